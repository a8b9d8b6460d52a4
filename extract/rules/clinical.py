"""Clinical rules: indications, contraindications, cautions, monitoring, classes, names, combinations."""

from __future__ import annotations

import re

from extract.chunks import list_items
from extract.context import find_triggers
from extract.guard import Guarded
from extract.lexicon import match_key
from extract.model import Concept, EntityKind, Mention, Relation
from extract.phrases import Phrase, acronym_spans, list_phrases
from extract.rules.base import (
    BLOCKING,
    CAUTION_CUE,
    CONDITION_KINDS,
    CONTRA_CUE,
    ENDOGENOUS,
    INDICATION_CUE,
    INTERACTION_KINDS,
    MONITOR_CUE,
    STRONG_INDICATION_CUE,
    K,
    RuleContext,
    as_kind,
    chunk_concept,
    denied_by_non,
    known_other,
    pick,
    usable,
)
from extract.text import clause_spans
from extract.units import Unit


def _covering(phrases: list[Phrase], mention: Mention) -> Phrase | None:
    """The list phrase a mention belongs to (by its text), if any."""
    key = match_key(mention.text)
    return next((p for p in phrases if any(key in match_key(v) for v in p.variants)), None)


def _main_part(mention: Mention, phrase: Phrase) -> bool:
    """A lexicon mention stands for its list item only when it is most of the item."""
    return len(mention.text.split()) * 5 >= len(phrase.core.split()) * 3


def emit_phrase(ctx: RuleContext, relation: Relation, kind: EntityKind, phrase: Phrase, unit: Unit) -> None:
    """One edge to the phrase's concept; every longer form becomes a surface form of it."""
    concept = ctx.lexicon_concept(phrase.core, kind) or chunk_concept(phrase.core, kind)
    ctx.emit(relation, concept, unit, phrase.variants[0])
    for variant in phrase.variants[1:]:
        ctx.surface_forms.append((concept, variant))


def contraindications(ctx: RuleContext, unit: Unit, mentions: list[Mention], relation: Relation) -> None:
    """Conditions and populations in which the subject must not (or only carefully) be used."""
    if _NOT_CONTRAINDICATION.search(unit.text) or _OTHERS_CONTRAINDICATION.search(unit.text):
        return  # "A or B is not a contraindication, but ...", "contraindications of the combination tablets"
    negated = any(m.modifiers & BLOCKING for m in mentions)
    phrases = [] if negated else list_phrases(unit.text)
    for mention in mentions:
        if not usable(mention) or use_or_effect(unit.text, mention):
            continue
        concept = pick(mention, CONDITION_KINDS)
        if concept is None:
            continue
        phrase = _covering(phrases, mention)
        if phrases and (phrase is None or not _main_part(mention, phrase)):
            continue
        ctx.emit(relation, as_kind(concept, K.CONDITION) if concept.kind == K.ADVERSE_EFFECT else concept,
                 unit, mention.text)
    for phrase in phrases:
        if not known_other(ctx, phrase.core):
            emit_phrase(ctx, relation, K.CONDITION, phrase, unit)


_NOT_CONTRAINDICATION = re.compile(r"\b(?:is|are)\s+not\s+(?:a\s+)?contraindications?\b", re.I)
_OTHERS_CONTRAINDICATION = re.compile(
    r"\bcontraindications?\s+(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:tablets?|combinations?|products?|"
    r"components?|formulations?)\b",
    re.I,
)  # contraindications a combination product owes to its other component
_USE_OR_EFFECT = re.compile(
    r"\b(?:(?:used|given|taken|prescribed)\s+(?:[\w-]+\s+){0,4}?for|(?:trial|study)\s+of\s+[\w-]+\s+for|"
    r"(?:can|may|might|will)\s+cause|causes?|developed|experienced)\s+"
    r"(?:[\w-]+(?:,|\s+or|\s+and)?\s+){0,6}$",
    re.I,
)  # "when used for rheumatoid arthritis": the use; "can cause miscarriage": an effect; neither is a contraindication


def use_or_effect(text: str, mention: Mention) -> bool:
    """A condition the drug is used for or causes, or one denied by "non-" ("non-cancer uses"), named in a
    contraindication sentence: not itself a contraindication."""
    return denied_by_non(text, mention) or _USE_OR_EFFECT.search(
        text, max(0, mention.start - 80), mention.start) is not None


_PURPOSE = re.compile(r"\s+(prophylaxis|prevention|treatment|management|control)\b", re.I)


def indications(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Conditions the subject is used for, when the sentence says so."""
    cue = INDICATION_CUE if unit.kind == "usage" else STRONG_INDICATION_CUE
    if not cue.search(unit.text):
        return
    cued = cued_clauses(ctx, unit.text, mentions, cue)
    for mention in mentions:
        if not usable(mention) or mention.first(K.DRUG, K.DRUG_CLASS):
            continue
        concept = pick(mention, (K.CONDITION, K.ADVERSE_EFFECT))
        if concept is None or concept.label.lower() in _NOT_INDICATIONS or not any(
                lo <= mention.start < hi for lo, hi in cued) or not_a_use(unit.text, mention):
            continue
        concept = as_kind(concept, K.CONDITION)
        cause = _CAUSE_KIND.search(unit.text, max(0, mention.start - 30), mention.start)
        if cause and not mention.text.lower().startswith(cause.group(1).lower()):
            # "infectious diarrhea" is its own indication, narrower than "diarrhea"
            phrase = f"{cause.group(1)} {mention.text}"
            concept = ctx.lexicon_concept(phrase, K.CONDITION) or chunk_concept(phrase, K.CONDITION)
            ctx.emit(Relation.INDICATED_FOR, concept, unit, phrase)
            continue
        therapy = _CAUSED_BY_THERAPY.match(unit.text, mention.end)
        if therapy:
            # "nausea and vomiting caused by chemotherapy": chemotherapy-induced nausea and vomiting
            name = f"{therapy.group(1).lower()}-induced {mention.text}"
            concept = ctx.lexicon_concept(name, K.CONDITION) or chunk_concept(name, K.CONDITION)
            written = " ".join(unit.text[mention.start:therapy.end()].split())
            ctx.emit(Relation.INDICATED_FOR, concept, unit, written)
            continue
        ctx.emit(Relation.INDICATED_FOR, concept, unit, mention.text)
        for name, shared in elided_conditions(ctx, unit.text, mention, concept):
            ctx.emit(Relation.INDICATED_FOR, shared, unit, name)
        purpose = _PURPOSE.match(unit.text, mention.end)
        if purpose:
            ctx.surface_forms.append((concept, f"{mention.text} {purpose.group(1)}"))


_ELIDED_RUN = re.compile(r"((?:\b[A-Za-z][\w-]*,\s+){0,4}\b[A-Za-z][\w-]*,?\s+(?:and|or|and/or)\s+)$")
_ELIDED_WORD = re.compile(r"\b[A-Za-z][\w-]*")


def elided_conditions(ctx: RuleContext, text: str, mention: Mention, concept: Concept) -> list[tuple[str, Concept]]:
    """The conditions whose head noun a coordinated modifier shares with the mention: "oropharyngeal and
    esophageal candidiasis", "a kidney, liver, heart, or lung transplant" (each only if the lexicon knows it)."""
    words = mention.text.split()
    if len(words) < 2:
        return []
    run = _ELIDED_RUN.search(text, max(0, mention.start - 80), mention.start)
    if run is None:
        return []
    head = " ".join(words[1:])
    found = []
    for word in _ELIDED_WORD.findall(run.group(1)):
        if word.lower() in ("and", "or"):
            continue
        name = f"{word} {head}"
        shared = ctx.lexicon_concept(name, K.CONDITION)
        if shared is not None and shared.key != concept.key:
            found.append((name, shared))
    return found


# procedures done to patients and outcomes, never what a drug is indicated for
_NOT_INDICATIONS = frozenset({
    "surgery", "dialysis", "anesthesia", "hospitalization", "mechanical ventilation", "death",
    "signs and symptoms", "sign and symptom", "symptoms", "signs",
})
_WITH_OTHER = re.compile(
    r"[,\s]+(?:usually\s+|often\s+|typically\s+|best\s+)?(?<!together )(?<!along )(?<!combined )(?<!combination )"
    r"with\s+$",
    re.I,
)  # "treat it with corticosteroids" (another drug treats), not "together with metronidazole" (a combination)


def not_a_use(text: str, mention: Mention) -> bool:
    """A condition in an indication sentence that the subject is not used for: one another therapy treats,
    a subgroup of the stated use, a harm the drug causes or carries, or a risk factor."""
    window = max(0, mention.start - 80)
    return (
        other_therapy_target(text, mention)
        or _SUBGROUP.search(text, window, mention.start) is not None
        or _CAUSED.search(text, window, mention.start) is not None
        or _RISK_AFTER.match(text, mention.end) is not None
        or _NOT_ADVISED.match(text, mention.end) is not None
        or _SYMPTOM_EXAMPLES.search(text, max(0, mention.start - 160), mention.start) is not None
        or _HISTORY_GROUP.search(text, window, mention.start) is not None
    )


def cued_clauses(ctx: RuleContext, text: str, mentions: list[Mention], cue: Guarded) -> list[tuple[int, int]]:
    """The "; "-separated clauses that carry an indication cue, less those that give the treatment to
    another drug ("treat the inflammation, usually with corticosteroids")."""
    out = []
    for lo, hi in clause_spans(text):
        if not cue.search(text[lo:hi]):
            continue
        if any(lo <= m.start < hi and m.first(K.DRUG, K.DRUG_CLASS) and not ctx.subject.is_alias(m.text, m.candidates)
               and _WITH_OTHER.search(text, lo, m.start) for m in mentions):
            continue
        out.append((lo, hi))
    return out


_CAUSED_BY_THERAPY = re.compile(
    r"\s+(?:caused|induced|linked|associated|related)\s+(?:by|to|with)\s+(?:[\w-]+\s+){0,6}?"
    r"(chemotherapy|radiotherapy|radiation|surgery|anesthesia)\b",
    re.I,
)
# a harm: "because it causes birth defects", "because of the risk of serious neuropsychiatric events", or a risk
# factor: "with additional bleeding risk factors such as coagulopathy"
_CAUSED = re.compile(
    r"\b(?:causes?|caused|can\s+cause|may\s+cause)\s+(?:[\w-]+\s+){0,2}$"
    r"|\b(?:because\s+of|due\s+to|given|carries|with)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?risks?\s+of\s+(?:[\w-]+\s+){0,3}$"
    r"|\brisk\s+factors?\b[^.;]{0,40}$",
    re.I,
)
_SYMPTOM_EXAMPLES = re.compile(
    r"\b(?:signs\s+(?:and|or)\s+)?symptoms\s+of\s+[^;.]{1,80}?,?\s+(?:such\s+as|including|like)\s+[^;.]*$", re.I
)  # "the symptoms of BPH, such as hesitancy and frequent urination": the condition's symptoms, not uses
_HISTORY_GROUP = re.compile(r"\b(?:people|patients|those|anyone)\s+with\s+(?:a\s+)?history\s+of\s+$", re.I)
_NOT_ADVISED = re.compile(
    r"[^.;:]{0,40}?\b(?:is|are)\s+not\s+(?:recommended|advised|approved|indicated)\b", re.I
)  # "use ... to treat delirium is not recommended"
_RISK_AFTER = re.compile(r"(?:\s+risk)?\s+factors?\b", re.I)  # "bleeding risk factors" (the mention may end in "risk")
_SUBGROUP = re.compile(
    r"\b(?:especially|particularly|notably)\s+(?:in|for)\s+(?:patients|people|those|adults|children)\s+with\s+"
    r"(?:[\w-]+(?:,|\s+or|\s+and)?\s+){0,6}$",
    re.I,
)  # "..., especially in patients with heart failure": a subgroup of the stated use, not another use
_CAUSE_KIND = re.compile(r"\b(infectious|bacterial|viral|fungal|parasitic|traveler'?s'?)\s+$", re.I)
_THERAPY = r"(?:chemotherapy|radiotherapy|radiation(?:\s+therapy)?|therapy|treatment|surgery|transplant\w*)"
_UNDERGOING = r"\b(?:receiving|undergoing|starting|during|before|after|linked\s+to|related\s+to)\s+(?:[\w-]+\s+)?"
_OTHER_THERAPY_FOR = re.compile(rf"{_UNDERGOING}{_THERAPY}\s+for\s+(?:[\w-]+(?:,|\s+or|\s+and)?\s+){{0,8}}$", re.I)
_OTHER_THERAPY_BEFORE = re.compile(rf"{_UNDERGOING}$", re.I)
_THERAPY_AFTER = re.compile(rf"\s+{_THERAPY}\b", re.I)


def other_therapy_target(text: str, mention: Mention) -> bool:
    """A condition another therapy treats ("patients starting chemotherapy for leukemia", "during cancer
    chemotherapy"): the subject is given alongside, not for it."""
    window = max(0, mention.start - 120)
    if _OTHER_THERAPY_FOR.search(text, window, mention.start):
        return True
    return bool(_OTHER_THERAPY_BEFORE.search(text, window, mention.start)) and bool(
        _THERAPY_AFTER.match(text, mention.end))


_MONITOR_FOR = Guarded(re.compile(r"\b(?:monitor\w*|observe\w*)\b[^.;]*?\bfor\b", re.I))


def monitoring(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Parameters to be monitored: lab values and vital signs, and effects "monitored for"."""
    if unit.kind != "monitoring" and not MONITOR_CUE.search(unit.text):
        return
    watched_from = _MONITOR_FOR.search(unit.text)
    for mention in mentions:
        if not usable(mention):
            continue
        concept = mention.first(K.MONITORING)
        if concept is None and watched_from and mention.start >= watched_from.end():
            effect = pick(mention, (K.ADVERSE_EFFECT, K.CONDITION))
            concept = as_kind(effect, K.MONITORING) if effect else None
        if concept is not None:
            ctx.emit(Relation.MONITORS, concept, unit, mention.text)
    if unit.kind == "monitoring" and unit.label:
        for phrase in list_phrases(unit.text, max_words=6):
            if asserted_item(phrase) and (phrase.core.lower() in ENDOGENOUS or not known_other(ctx, phrase.core)
                                          or ctx.lexicon_concept(phrase.core, K.MONITORING) is not None):
                emit_phrase(ctx, Relation.MONITORS, K.MONITORING, phrase, unit)  # "magnesium" is a lab value here


def asserted_item(phrase: Phrase) -> bool:
    """A list item with no negation or hypothesis of its own: in "LFTs if liver injury is suspected, serum
    sodium in older adults", the hypothesis covers the first item only, whatever its scope in the sentence."""
    return not any(t.rule.category in BLOCKING for t in find_triggers(phrase.variants[0].lower()))


def classification(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Classes the subject belongs to, from a "Pharmacological Classification:" bullet."""
    phrases = list_phrases(unit.text, max_words=6)
    spelt_out = acronym_spans(unit.text)
    for mention in mentions:
        concept = mention.first(K.DRUG_CLASS)
        if denied_by_non(unit.text, mention):
            continue  # "(Non-Dihydropyridine)": the class it is not
        if any(lo <= mention.start and mention.end <= hi and hi - lo > mention.end - mention.start
               for lo, hi in spelt_out):
            continue  # part of a longer name whose acronym follows it
        phrase = _covering(phrases, mention)
        if concept is not None and usable(mention) and (phrase is None or _main_part(mention, phrase)):
            ctx.emit(Relation.MEMBER_OF, concept, unit, mention.text)
    for phrase in phrases:
        if not any(c.kind == K.DRUG for c in ctx.lexicon.lookup(phrase.core)):
            emit_phrase(ctx, Relation.MEMBER_OF, K.DRUG_CLASS, phrase, unit)


def combinations(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Drugs the subject is commonly combined with (never interactions)."""
    for mention in mentions:
        if usable(mention) and not ctx.subject.is_alias(mention.text, mention.candidates):
            concept = pick(mention, INTERACTION_KINDS, by_priority=True)
            if concept is not None:
                ctx.emit(Relation.COMBINED_WITH, concept, unit, mention.text)


_PART_SPLIT = re.compile(r"\s*;(?![^()]*\))\s*")  # not inside brackets
_BRAND_CLAUSE = re.compile(
    r"^(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?:is|was|are|were)\s+(?:also\s+)?(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:brand|trade)\b(?![^.]*\bnot\b)"
)  # "Normodyne was an earlier US brand that is no longer marketed"


def _part_names(part: str) -> list[str]:
    """The names of one ';'-separated part of an alternate-names bullet: its list items, or the name a
    clause says is a brand of the subject (a clause saying something is *not* one names nothing)."""
    items = list_items(part, max_words=5)
    if items:
        return items
    brand = _BRAND_CLAUSE.match(part.strip())
    return [brand.group("name")] if brand else []


_NAME_AND_NAME = re.compile(r"\s+and\s+(?=[A-Z])")


def _names(item: str) -> list[str]:
    """"Tosymra and Onzetra Xsail" -> both names (only when each side starts with a capital)."""
    parts = _NAME_AND_NAME.split(item)
    return parts if len(parts) > 1 and all(p[:1].isupper() for p in parts) else [item]


def same_moiety(label: str, other: str) -> bool:
    """Two lexicon drugs that are forms of one active moiety ("Lithium" and "Lithium carbonate",
    "Ciprofloxacin Otic" and "Ciprofloxacin"): a brand of either names the monograph's drug."""
    first, second = match_key(label).split(), match_key(other).split()
    return bool(first and second) and first[0] == second[0] and len(first[0]) > 4


_TO_ACTIVE_FORM = re.compile(
    r"\b(?:prodrug\s+of|ester\s+of|convert(?:s|ed)?\s+(?:[\w-]+\s+){0,3}?(?:to|into))\s+(?:the\s+)?$", re.I
)
_SUBJECT_LED = re.compile(r"^\W*(?:it\s+is\s+an?\s+|an?\s+)?(?:inactive\s+)?prodrug\b", re.I)


def active_forms(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Learn the drug the subject becomes in the body ("Valacyclovir is rapidly converted to acyclovir",
    "Prodrug of prednisolone"): the interaction rules read that drug as standing for the subject."""
    text = unit.text
    if "rodrug" not in text and "onver" not in text and "ester of" not in text:
        return  # substring tests: most sentences say nothing of the kind
    named = [m for m in mentions if usable(m) and ctx.subject.is_alias(m.text, m.candidates)]
    for mention in mentions:
        drug = mention.first(K.DRUG)
        if drug is None or drug.key == ctx.subject.concept.key or not usable(mention):
            continue
        if not _TO_ACTIVE_FORM.search(text, max(0, mention.start - 60), mention.start):
            continue
        if any(m.start < mention.start for m in named) or _SUBJECT_LED.match(text):
            ctx.active_forms.add(drug.key)


def alternate_names(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Synonyms of the subject; a name the lexicon knows as another drug is not one."""
    items = [name for part in _PART_SPLIT.split(unit.text) for item in _part_names(part) for name in _names(item)]
    for item in items:
        found = [c for c in ctx.lexicon.lookup(item) if c.kind == K.DRUG]
        if found and not any(c.key == ctx.subject.concept.key or same_moiety(c.label, ctx.subject.concept.label)
                             for c in found):
            continue
        ctx.synonyms.append(item)
        ctx.subject.names.add(match_key(item))


def pregnancy(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Pregnancy/lactation statements become contraindications or cautions only when explicit, and only
    in the clause that says so ("preferred during pregnancy; X is contraindicated in Y")."""
    for lo, hi in clause_spans(unit.text):
        clause = unit.text[lo:hi]
        if CONTRA_CUE.search(clause):
            relation = Relation.CONTRAINDICATED_IN
        elif CAUTION_CUE.search(clause):
            relation = Relation.CAUTION_IN
        else:
            continue
        for mention in mentions:
            if lo <= mention.start < hi and usable(mention) and not use_or_effect(unit.text, mention) and (
                    concept := mention.first(K.POPULATION, K.CONDITION)) is not None:
                ctx.emit(relation, concept, unit, mention.text)


def precautions(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Cautions (conditions, populations) and monitoring advice."""
    monitoring(ctx, unit, mentions)
    if CONTRA_CUE.search(unit.text):
        contraindications(ctx, unit, [m for m in mentions if not m.first(K.MONITORING)], Relation.CONTRAINDICATED_IN)
    elif CAUTION_CUE.search(unit.text):
        for mention in mentions:
            if usable(mention) and not mention.first(K.MONITORING, K.DRUG, K.DRUG_CLASS):
                concept = pick(mention, (K.CONDITION, K.POPULATION))
                if concept is not None:
                    ctx.emit(Relation.CAUTION_IN, concept, unit, mention.text)


