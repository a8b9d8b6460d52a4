"""Shared pieces of the relation rules: the per-document context and mention helpers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from extract.classes import class_index
from extract.guard import Guarded
from extract.lexicon import Lexicon, match_key
from extract.model import Concept, EntityKind, Mention, Relation, Statement
from extract.subject import Subject
from extract.text import clause_spans, slugify
from extract.units import Unit

K = EntityKind
BLOCKING = frozenset({"NEGATED_EXISTENCE", "OTHER_FORM", "HYPOTHETICAL", "FAMILY", "HISTORICAL"})
INTERACTION_KINDS = (K.DRUG, K.DRUG_CLASS, K.SUBSTANCE)
EFFECT_KINDS = (K.ADVERSE_EFFECT, K.CONDITION)
CONDITION_KINDS = (K.CONDITION, K.POPULATION, K.ADVERSE_EFFECT)
SIDE_EFFECT_TIERS = {
    "side_effects_common": "common",
    "side_effects_serious": "serious",
    "side_effects_long_term": "long_term",
    "side_effects_adr": "adr",
}
INDICATION_CUE = Guarded(re.compile(
    r"\b(?:treat\w*|indicat\w*|prescribed|used(?:,[^,.;]{1,60},)? (?:for|to|in)|management|manage|prevent\w*|"
    r"prophylaxis|relie\w*|therapy for|control of|address|approved|licensed|authori[sz]ed|(?<!off-)labell?ed for|"
    r"eradicat\w*|heal(?:s|ed|ing)?|cures?|"
    r"(?:lowers?|reduces?) the (?:risk|chance) of|(?:lowers?|reduces?) [\w-]+(?: [\w-]+)? risk|"  # prevention
    r"slows? (?:the )?(?:progression|loss|decline)|(?:taken|given)(?: [\w-]+){0,4} for|first-line|"
    r"(?:label|approval|indication|licen[cs]e)s? (?:was|were|has been|have been|is) (?:extended|expanded|broadened|"
    r"widened) to|"
    r"(?:given|administered|infused|injected)(?: [\w-]+){0,6}? to (?:raise|lower|reduce|control|prevent|improve|"
    r"restore|increase|decrease|stop|relieve|correct|reverse)|"
    r"(?:option|choice) for|(?:medicine|medication|remedy) for|"
    r"(?:being |under |in )?develop(?:ed|ment) for|"  # (an investigational drug's target)
    r"(?:given|administered|offered) to (?:[\w-]+ ){0,2}(?:adults|children|adolescents|patients|people|infants) "
    r"(?:with|who)|"
    r"(?:main|typical|common|usual|principal|labell?ed|approved|other)\s+uses\s+(?:are|include))\b",
    re.IGNORECASE,
))  # ("Typical uses are bacterial septicemia, ...")
STRONG_INDICATION_CUE = Guarded(re.compile(
    r"\b(?:indicated|used (?:for|to treat|in the treatment)|treat(?:s|ment of)?|prescribed for|first-line|"
    r"part of (?:[\w-]+ ){0,3}(?:therapy|treatment|regimens?) for)\b", re.I
))
MONITOR_CUE = Guarded(re.compile(
    r"\b(?:monitor\w*|check\w*|assess\w*|measur\w*|confirm\w*|"
    r"(?<!doses )(?<!dosing )(?<!dose )follow(?:ed)?(?!\s+by)|periodic\w*|evaluat\w*|tests?|"
    r"guided\s+by|titrat\w*)\b",  # (not "levels": "plasma levels are higher" asks for no monitoring)
    re.IGNORECASE,
))
CONTRA_CUE = Guarded(re.compile(r"\b(?:contraindicat\w*|must not|should not be used|do not use|not be used)\b", re.I))
CAUTION_CUE = Guarded(re.compile(r"\b(?:caution\w*|careful\w*|avoid\w*|not recommended|risk)\b", re.I))
SEVERITY = Guarded(
    re.compile(r"\b(life-threatening|fatal|severe|serious|major|moderate|minor|mild|significant)\b", re.I)
)
MECHANISM = Guarded(re.compile(
    r"\b(absorption|chelat\w*|metabolism|CYP\s?\d\w*|P-?glycoprotein|clearance|excretion|protein binding|"
    r"serotonin\w*|QT|additive|synergistic|potentiat\w*|antagoni\w*|enzyme induc\w*|inhibit\w*)\b",
    re.I,
))
NOT_SUBJECT = re.compile(r"\(\s*not\s+([^)]{1,40})\)", re.I)


def usable(mention: Mention) -> bool:
    return not (mention.modifiers & BLOCKING)


def as_kind(concept: Concept, kind: EntityKind) -> Concept:
    """The same concept re-typed (a MeSH condition named as an adverse effect)."""
    return concept if concept.kind == kind else _retyped(concept, kind)


@lru_cache(maxsize=8192)
def _retyped(concept: Concept, kind: EntityKind) -> Concept:
    return replace(concept, kind=kind, key=slugify(concept.label))


_QUOTES = str.maketrans("", "", "\"\u201c\u201d")


def chunk_concept(text: str, kind: EntityKind) -> Concept:
    label = " ".join(text.translate(_QUOTES).split())  # '"electric shock" sensations' -> electric shock sensations
    if label[:1].isupper() and not label[1:2].isupper():
        label = label[0].lower() + label[1:]  # "Nausea" -> "nausea", but keep "ACE", "HbA1c"
    return Concept(kind, slugify(label), label)


class RuleContext:
    """Everything the rules of one document share: subject, lexicon and output buffer."""

    def __init__(self, subject: Subject, lexicon: Lexicon) -> None:
        self.subject = subject
        self.lexicon = lexicon
        self.statements: list[Statement] = []
        self.synonyms: list[str] = []
        self.surface_forms: list[tuple[Concept, str]] = []
        self.active_forms: set[str] = set()  # keys of drugs the subject is converted to ("a prodrug of X")
        self.monograph = False  # a full monograph (many section kinds), not a label excerpt

    def lexicon_concept(self, text: str, kind: EntityKind) -> Concept | None:
        """The lexicon's concept of ``kind`` for an exact phrase (case and plural folded)."""
        return next((c for c in self.lexicon.lookup(text) if c.kind == kind), None)

    def concept_for(self, text: str, kind: EntityKind) -> Concept:
        """The lexicon's concept of ``kind`` for a phrase, else a concept of the phrase's own (a chunk)."""
        return self.lexicon_concept(text, kind) or chunk_concept(text, kind)

    def emit(self, relation: Relation, obj: Concept, unit: Unit, surface: str, **qualifiers: str) -> None:
        if relation == Relation.INTERACTS_WITH and obj.kind == K.DRUG and obj.key == self.subject.concept.key:
            return
        quals = tuple(sorted((k, v) for k, v in qualifiers.items() if v))
        self.statements.append(
            Statement(self.subject.concept, relation, obj, unit.text, unit.kind, surface, quals)
        )
        if surface:
            self.surface_forms.append((obj, surface))


def sets_subject_aside(subject: Subject, text: str) -> bool:
    """A sentence that sets the subject aside in favour of another drug ("..., not doxycycline", "is not
    caused by doxycycline")."""
    lowered = match_key(text)
    if "not " not in lowered and "rather than" not in lowered:
        return False  # most sentences: no per-name pattern to compile or run
    names = [name for name in subject.tokens | subject.names if len(name) >= 3]  # its alternate names ("PTU") too
    return any(_aside_pattern(name).search(lowered) for name in names)


@lru_cache(maxsize=1024)
def _aside_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:not|rather than) (?:with |to |of |from |by |for |in |{_NOT_OF})?{re.escape(name)}\b")


_HALLMARK_NOUNS = ("characteristic", "typical", "hallmark", "hazard", "feature", "risk", "signal")
_HALLMARK_WORDS = (*_HALLMARK_NOUNS, "appl", "belong", "ly associated", "ly linked", "ed mainly", "ed mostly",
                   "ed chiefly", "ed largely", "ed primarily")  # substring test
_HALLMARK_OF = re.compile(
    rf"\b(?:(?:{'|'.join(_HALLMARK_NOUNS)})s?\s+of|signals?\s+(?:with|for)|appl(?:y|ies)\s+(?:only\s+)?to|"
    rf"belongs?\s+to|(?:is|are)\s+(?:mainly|mostly|chiefly|largely|primarily|typically)\s+(?:associated\s+with|"
    rf"linked\s+to)|(?:is|are)\s+(?:associated|linked)\s+(?:mainly|mostly|chiefly|largely|primarily)\s+(?:with|to))"
    rf"\s+(?:[\w-]+\s+){{0,3}}?$", re.IGNORECASE
)  # "... are typical of X", "... were signals with canagliflozin", "the boxed warning ... applies to X", "... is
# mainly associated with thioridazine", "... are linked mainly to intravenous fosaprepitant"
# "... is not caused by X", "is not a side effect of X": what the sentence names belongs to another drug
_NOT_OF = (
    r"(?:(?:been )?(?:caused by |due to |associated with |linked to |seen with )|"
    r"an? (?:[\w-]+ ){0,2}(?:effect|reaction) (?:of|to) )"
)


_WITHDRAWN_FORM = re.compile(
    r"\b(?:formulations?|forms?|injections?|versions?|products?|preparations?)\b[^.;]{0,60}?"
    r"\b(?:withdrawn|no\s+longer\s+(?:available|marketed|sold|made))\b", re.I)
# "The intravenous formulation of X, withdrawn from the market many years ago, was linked to ...": a former product


PROCEDURES = (r"procedures?|surgery|surgeries|an(?:a)?esthesia|intubation|extractions?|endoscopy|imaging|"
              r"catheteri[sz]ation")  # what is done to a patient, not what a drug treats or causes

_OTHER_DRUG_LEAD = re.compile(
    r"\W*(?:an?|the)\s+(?:(?:earlier|older|other|another|related|similar|first|previous)\s+[\w-]+(?:\s+[\w-]+)?,\s+|"
    r"(?:triple|dual|combination|combined)\s+(?:inhaler|tablet|pill|product|inhalers|tablets|products)\s+)", re.I)
# ("An earlier gepant, telcagepant, ...", "The triple inhaler Trelegy Ellipta ... is approved for asthma")


def subject_denied(text: str, subject: Subject) -> bool:
    """A bracket that denies the subject ("the aspirin component (not orphenadrine itself) increases ..."):
    the sentence is about another drug or form."""
    for match in NOT_SUBJECT.finditer(text):
        inner = match_key(match.group(1))
        if any(w in subject.tokens for w in inner.split()) or "this" in inner or "drug" in inner:
            return True
    return False


def about_other_drug(unit: Unit, mentions: list[Mention], subject: Subject, lexicon: Lexicon) -> bool:
    """True when the sentence is about another drug or form ("X sulfate (not bisglycinate) ...", "... which
    arise from the decongestant rather than from cetirizine", a form withdrawn from the market)."""
    if sets_subject_aside(subject, unit.text) or subject_denied(unit.text, subject) \
            or _WITHDRAWN_FORM.search(unit.text):
        return True
    lead = next((m for m in mentions if m.first(K.DRUG)), None)  # the first drug named
    if lead is not None and (lead.start <= 3 or _OTHER_DRUG_LEAD.fullmatch(unit.text, 0, lead.start)) \
            and not subject.is_alias(lead.text, lead.candidates):
        return True  # (a drug the sentence sets before the subject: _OTHER_DRUG_LEAD)
    if "; " in unit.text and _other_led_clauses(unit.text, mentions, subject):
        return True
    # "X and Y are characteristic of cyclosporine": what the sentence names belongs to that drug
    return unit.kind.startswith("side_effects") and any(w in unit.text for w in _HALLMARK_WORDS) and any(
        _HALLMARK_OF.search(unit.text, max(0, m.start - 40), m.start) and other_drug_or_class(m, subject, lexicon)
        for m in mentions)


def other_led_spans(text: str, mentions: list[Mention], subject: Subject) -> list[tuple[int, int]]:
    """The clauses after a semicolon that open with another drug ("It is not approved for that; A and B are
    the inhibitors approved for it"): what they name belongs to those drugs."""
    if "; " not in text:
        return []
    return [(lo, hi) for lo, hi in clause_spans(text)
            if lo > 0 and text[:lo].rstrip().endswith(";") and _opened_by_other(lo, hi, mentions, subject)]


def _other_led_clauses(text: str, mentions: list[Mention], subject: Subject) -> bool:
    """Every clause that names something opens with another drug ("It is not approved for that; finerenone,
    a different drug, is used to slow kidney damage in diabetes")."""
    named = False
    for lo, hi in clause_spans(text):
        if all(m.first(K.DRUG) for m in mentions if lo <= m.start < hi):
            continue  # a clause naming no condition, effect or class says nothing of its own
        named = True
        if not _opened_by_other(lo, hi, mentions, subject):
            return False
    return named


def _opened_by_other(lo: int, hi: int, mentions: list[Mention], subject: Subject) -> bool:
    """The clause ``[lo, hi)`` opens with a drug that is not the subject."""
    lead = next((m for m in mentions if lo <= m.start < hi and m.first(K.DRUG)), None)
    return lead is not None and lead.start - lo <= 3 and not subject.is_alias(lead.text, lead.candidates)


def other_drug_or_class(mention: Mention, subject: Subject, lexicon: Lexicon) -> bool:
    """A drug other than the subject, or a class the subject does not belong to ("typical of ACE inhibitors"
    in losartan's monograph)."""
    if mention.first(K.DRUG):
        return not subject.is_alias(mention.text, mention.candidates)
    cls = mention.first(K.DRUG_CLASS)
    return cls is not None and not class_index(lexicon).related(subject.concept, cls)


_ELIDED_RUN = re.compile(r"((?:\b[A-Za-z][\w-]*,\s+){0,4}\b[A-Za-z][\w-]*,?\s+(?:and|or|and/or)\s+)$")
_ELIDED_WORD = re.compile(r"\b[A-Za-z][\w-]*")


def coordinated_words(text: str, end: int) -> list[re.Match[str]]:
    """The words of a coordination that ends at ``end`` ("loop and " in "loop and thiazide diuretics",
    "kidney, liver, or "), without its conjunctions."""
    run = _ELIDED_RUN.search(text, max(0, end - 80), end)
    if run is None:
        return []
    return [w for w in _ELIDED_WORD.finditer(text, run.start(1), run.end(1)) if w.group().lower() not in ("and", "or")]


def elided_heads(
    ctx: RuleContext, text: str, mention: Mention, concept: Concept, kind: EntityKind
) -> list[tuple[re.Match[str], Concept]]:
    """The modifiers coordinated before a multi-word mention that share its head noun, each with the concept
    of ``kind`` it then names ("loop and thiazide diuretics", "a kidney, liver, or heart transplant"); only
    names the lexicon knows count."""
    words = mention.text.split()
    if len(words) < 2:
        return []
    head = " ".join(words[1:])
    found = []
    for word in coordinated_words(text, mention.start):
        shared = ctx.lexicon_concept(f"{word.group()} {head}", kind)
        if shared is not None and shared.key != concept.key:
            found.append((word, shared))
    return found


def denied_by_non(text: str, mention: Mention) -> bool:
    """A name the text denies with "non-" ("non-cancer uses", "Non-Dihydropyridine")."""
    return text[max(0, mention.start - 4):mention.start].lower() in ("non-", "non ")


def pick(mention: Mention, kinds: Iterable[EntityKind], *, by_priority: bool = False) -> Concept | None:
    """The mention's candidate of the preferred kinds: in kind order, or in lexicon priority order."""
    kinds = tuple(kinds)
    if by_priority:
        return next((c for c in mention.candidates if c.kind in kinds), None)
    for kind in kinds:
        found = mention.first(kind)
        if found is not None:
            return found
    return None


def effect_qualifiers(unit: Unit) -> dict[str, str]:
    severity = SEVERITY.search(unit.text)
    return {
        "frequency": SIDE_EFFECT_TIERS.get(unit.kind, ""),
        "severity": severity.group(1).lower() if severity else "",
    }



# body substances measured in blood or urine; as list items of a monitoring plan they are lab values
ENDOGENOUS = frozenset({
    "potassium", "sodium", "calcium", "magnesium", "glucose", "phosphate", "chloride", "bicarbonate", "creatinine",
    "urea", "uric acid", "cholesterol", "triglycerides", "bilirubin", "cortisol", "prolactin", "prothrombin",
    "hormone", "hormones", "thyroid hormone", "thyroid hormones", "vitamin b12", "vitamin d", "folate", "ferritin",
    "dopamine", "serotonin", "aldosterone", "methemoglobin", "histamine", "acetylcholine", "bradykinin",
    # analytes a label reports or asks to measure, though the lexicon also files some as drugs
    "testosterone", "transaminase", "transaminases", "alanine transaminase", "alanine aminotransferase",
    "aspartate aminotransferase", "ldh", "prostate-specific antigen", "prostate specific antigen", "psa",
    "growth hormone", "pregnanediol", "norepinephrine", "noradrenaline", "renin", "albumin", "hemoglobin",
    "antibodies", "igg antibodies", "igg", "immunoglobulin g",  # ("speed the breakdown of IgG antibodies")
})


def known_other(ctx: RuleContext, item: str) -> bool:
    """An item the lexicon knows as a drug, class or substance (not an effect)."""
    found = ctx.lexicon.lookup(item)
    return bool(found) and not any(c.kind in (K.ADVERSE_EFFECT, K.CONDITION) for c in found)


