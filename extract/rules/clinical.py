"""Clinical rules: contraindications, cautions, monitoring, classes, names, combinations, pregnancy."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from extract.chunks import in_spans, list_items
from extract.context import find_triggers
from extract.guard import Guarded
from extract.lexicon import match_key
from extract.model import Concept, EntityKind, Mention, Relation
from extract.nlp import find_mentions
from extract.phrases import VERDICT, Phrase, acronym_spans, list_phrases
from extract.rules.allergies import (
    TriggeredReaction,
    allergens_apart,
    co_allergen,
    subject_allergy,
    triggered_reactions,
)
from extract.rules.base import (
    BLOCKING,
    CAUTION_CUE,
    CONDITION_KINDS,
    CONTRA_CUE,
    ENDOGENOUS,
    INTERACTION_KINDS,
    MONITOR_CUE,
    K,
    RuleContext,
    as_kind,
    denied_by_non,
    known_other,
    pick,
    usable,
)
from extract.rules.participants import participants
from extract.text import (
    ANOTHER_NAME,
    LIST_JOINT,
    NAME_LIST_SPLIT,
    PEOPLE,
    SIGNS_OF,
    blanked,
    clause_spans,
    lab_interference,
)
from extract.units import Unit


def _covering(phrases: list[Phrase], mention: Mention) -> Phrase | None:
    """The list phrase a mention belongs to (by its text), if any."""
    key = match_key(mention.text)
    return next((p for p in phrases if any(key in match_key(v) for v in p.variants)), None)


def _main_part(mention: Mention, phrase: Phrase) -> bool:
    """A lexicon mention stands for its list item only when it is most of the item, and not when it only
    completes a noun of the item's longer wording ("pregnancy" of "eclampsia or other hypertensive disorders of
    pregnancy", "labor induction" of "previous cesarean delivery for labor induction"; but "dementia-related
    psychosis" of "older adults with dementia-related psychosis" is the item)."""
    key = match_key(mention.text)
    if key not in match_key(phrase.core) and any(f"of {key}" in (variant := match_key(v)) or f"for {key}" in variant
                                                 for v in phrase.variants):
        return False
    return len(mention.text.split()) * 5 >= len(phrase.core.split()) * 3


_GRADE = re.compile(r"^(?:(?:mild|moderate)\s+(?:to|or|-)\s+)?"
                    r"(?:severe|moderate|mild|advanced|end-stage|active|uncontrolled|significant|marked|overt|"
                    r"uncompensated|unstable|symptomatic)\s+", re.I)
_RANGE_BEFORE = re.compile(r"\b(?:mild|moderate)\s+(?:to|or|-)\s+$", re.I)  # "moderate to [severe renal impairment]"


def _graded(mention: Mention, phrase: Phrase) -> bool:
    """The item grades the mention ("severe renal impairment"): the item is the contraindication, and
    the ungraded name would claim more than the text does."""
    grade = _GRADE.match(phrase.core)
    return grade is not None and match_key(phrase.core[grade.end():]) == match_key(mention.text)


def emit_phrase(
    ctx: RuleContext, relation: Relation, kind: EntityKind, phrase: Phrase, unit: Unit, concept: Concept | None = None
) -> None:
    """One edge to the phrase's concept (``concept`` when the caller knows it); every longer form becomes a
    surface form of it."""
    concept = concept or ctx.concept_for(phrase.core, kind)
    ctx.emit(relation, concept, unit, phrase.variants[0])
    for variant in phrase.variants[1:]:
        ctx.surface_forms.append((concept, variant))


def contraindications(ctx: RuleContext, unit: Unit, mentions: list[Mention], relation: Relation) -> None:
    """Conditions and populations in which the subject must not (or only carefully) be used."""
    if _NOT_CONTRAINDICATION.search(unit.text) or _OTHERS_CONTRAINDICATION.search(unit.text) or (
            unit.label and _NOT_CONTRAINDICATION.search(unit.label)) or _LIST_INTRO.search(unit.text):
        return  # "A or B is not a contraindication, but ...", "contraindications of the combination tablets", "Not
        # recommended (rather than contraindicated): A, B"
    if unit.label and VERDICT.match(unit.text):
        # "Elderly patients with dementia-related psychosis: not approved, because ...": the label is the item
        contraindications(ctx, replace(unit, text=unit.label, label=""), find_mentions(unit.label, ctx.lexicon),
                          relation)
        return
    if provisos := [m.span() for m in _PROVISO.finditer(unit.text)]:
        # "lack of meningococcal vaccination (without antibiotic cover), hypersensitivity": the bracket qualifies
        # its item; its "without" denies nothing and its "unless" ends no list
        mentions = find_mentions(blanked(unit.text, provisos), ctx.lexicon)
    negated = any(m.modifiers & BLOCKING for m in mentions)
    unless = next((m for m in _UNLESS.finditer(unit.text) if not any(lo <= m.start() < hi for lo, hi in provisos)),
                  None)
    limit = unless.start() if unless else len(unit.text)  # "unless observed for serotonin syndrome": a proviso
    limit = min(limit, setting_start(unit.text, mentions))
    reason = _REASON.search(unit.text, 0, limit)  # "..., because of the risk of aspiration": why, not where
    limit = min(reason.start() if reason else limit, manifestations_start(unit.text))
    useless = _INEFFECTIVE.search(unit.text, 0, limit)  # "... and it is ineffective against viral infections":
    limit = useless.start() if useless else limit  # what it does not treat, no place it must not be used
    treated_otherwise = _OTHER_TREATMENT.search(unit.text, 0, limit)
    if treated_otherwise is not None:  # "...; fungal nail infections and scalp ringworm need oral treatment"
        limit = max(0, unit.text.rfind(";", 0, treated_otherwise.start()))
    caution = _CAUTION_CLAUSE.search(unit.text, 0, limit) if relation == Relation.CONTRAINDICATED_IN else None
    if caution is not None:  # "Hypersensitivity; caution in glaucoma and asthma": the rest are cautions
        limit = caution.start()
        _cautions(ctx, unit, [m for m in mentions if caution.end() <= m.start < _clause_end(unit.text, caution.end())])
    unvaccinated = _UNVACCINATED.search(unit.text, 0, limit)
    if unvaccinated is not None:  # "Patients not vaccinated against N. meningitidis and S. pneumoniae": one item,
        # the missing vaccination, not the germs it covers
        missing = ctx.concept_for(_NO_VACCINATION, K.CONDITION)
        ctx.emit(relation, missing, unit, unit.text[unvaccinated.start():limit].strip(" ,;"))
        limit = max(unit.text.rfind(sep, 0, unvaccinated.start()) for sep in ",;:") + 1  # (the item it opens too)
    lowered = unit.text.lower()
    allergies = [] if negated else [a for a in triggered_reactions(ctx, unit.text, mentions) if a.start < limit]
    found = [(p, lowered.find(p.core.lower())) for p in ([] if negated else list_phrases(unit.text))]
    phrases = [p for p, at in found if at < limit and not in_spans(at, allergies)]
    for allergy in allergies:
        emit_phrase(ctx, relation, K.CONDITION, Phrase(allergy.variants[-1], allergy.variants), unit, allergy.concept)
    for mention in mentions:
        if not usable(mention) or mention.start >= limit or use_or_effect(unit.text, mention) \
                or other_drugs_use(unit.text, mention, mentions) or in_spans(mention.start, allergies):
            continue
        concept = pick(mention, CONDITION_KINDS)
        if concept is None or concept.label.lower() in _OUTCOMES:
            continue  # ("a trial found higher mortality": why, not where)
        if _THERAPY_AFTER.match(unit.text, mention.end):
            continue  # "an alternative hemophilia treatment should be considered": a therapy for it, no setting
        if concept.kind == K.POPULATION and _WHO_HAVE.match(unit.text, mention.end) and \
                not unit.text[:mention.start].strip(" *-:"):
            continue  # "Infants who have had a serious allergic reaction to it": who has the contraindication
        phrase = _covering(phrases, mention)
        if phrases and phrase is None and (parts := _named_parts(ctx, mention, found)):
            for part, part_concept in parts:  # "Children and adolescents": one thesaurus name, two items
                ctx.emit(relation, part_concept, unit, part.core)
            continue
        if phrases and (phrase is None or not _main_part(mention, phrase) or _graded(mention, phrase)):
            continue
        surface = mention.text
        gut = _gut_part(ctx, unit.text, mention.start, mention.text)
        if gut is not None:  # "active ulcer or bleeding", "GI hemorrhage, obstruction, or perforation": of the gut
            ctx.emit(relation, gut, unit, surface)
            continue
        graded_from = _RANGE_BEFORE.search(unit.text, max(0, mention.start - 20), mention.start)
        if graded_from is not None:  # "moderate to severe renal impairment": the range is the contraindication
            surface = " ".join(unit.text[graded_from.start():mention.end].split())
            concept = ctx.concept_for(surface, K.CONDITION)
        ctx.emit(relation, as_kind(concept, K.CONDITION) if concept.kind == K.ADVERSE_EFFECT else concept,
                 unit, surface)
    contraindicated_co_use(ctx, unit, mentions, allergies, limit)
    allergy_clause_end = -1  # where the clause naming an allergy to the subject ends
    for phrase, at, vetted in [(part, at, index > 0) for whole, at in found
                               for index, part in enumerate(allergens_apart(ctx, whole))]:
        if at >= limit or in_spans(at, allergies):
            continue
        if subject_allergy(ctx, phrase.core) is not None:
            allergy_clause_end = max(allergy_clause_end, _clause_end(unit.text, at))
        elif at < allergy_clause_end and not vetted:  # (an allergen that allergens_apart kept is one of its own)
            if phrase.core.lower().startswith("to "):  # "... to dronabinol or to sesame oil": an allergy of its own
                phrase = Phrase(f"hypersensitivity {phrase.core}", (f"hypersensitivity {phrase.core}",))
            elif co_allergen(ctx, phrase.core):
                continue  # "Hypersensitivity to leflunomide, teriflunomide, or any excipient": one allergy
        if phrase.core != phrase.variants[0] and ctx.lexicon_concept(phrase.variants[0], K.CONDITION) is not None:
            continue  # "Dementia with Lewy bodies": the whole item is a name the mentions gave, not "dementia"
        gut = _gut_part(ctx, unit.text, at, phrase.core)
        if gut is not None:
            emit_phrase(ctx, relation, K.CONDITION, phrase, unit, gut)
        elif not known_other(ctx, phrase.core) and not drug_use(ctx, phrase.core):
            for part in coordinated_parts(ctx, phrase, CONDITION_KINDS):  # an allergy to the subject is one
                emit_phrase(ctx, relation, K.CONDITION, part, unit,  # however worded; an effect's name is one too
                            subject_allergy(ctx, part.core) or known_effect(ctx, part.core))


_THERAPY_AFTER = re.compile(r"\s+(?:treatments?|therapy|therapies|medicines?|medications?|products?)\b", re.I)
_WHO_HAVE = re.compile(r"\s+who\s+(?:have|has|had)\b", re.I)
_CO_USE = re.compile(
    r"\b(?:(?:concomitant|concurrent|current|recent|ongoing|combined)\s+(?:use|therapy|treatment|administration)\s+"
    r"(?:of|with)|use\s+of|^\W*use\s+with(?!\s+(?:caution|care))|co-?administration\s+(?:of|with)|"
    r"(?:in\s+combination|together|co-?administered|combined)"
    r"\s+with|(?:patients|those|people)\s+(?:taking|receiving|on))\b", re.IGNORECASE)


_OWN_FORM = re.compile(r"\s+(?:suspension|ester|salt|formulation)\b", re.IGNORECASE)


def contraindicated_co_use(
    ctx: RuleContext, unit: Unit, mentions: list[Mention], allergies: list[TriggeredReaction], limit: int
) -> None:
    """Drugs whose use with the subject is contraindicated ("Use of organic nitrates in any form (nitroglycerin,
    isosorbide mononitrate)", "Concomitant use of riociguat"): each is a partner of the subject, up to the end of
    the clause that names the use (enzymes, body substances and the subject's own classes are no partners)."""
    cues = [(cue.end(), min(_clause_end(unit.text, cue.end()), limit)) for cue in _CO_USE.finditer(unit.text, 0, limit)]
    if not cues:
        return
    for item in participants(ctx, unit.text, mentions):
        if item.is_subject or not item.ok or in_spans(item.mention.start, allergies) or not any(
                lo <= item.mention.start < hi for lo, hi in cues) or _OWN_FORM.match(unit.text, item.mention.end):
            continue  # (nor is "the acetate suspension", the subject's own form)
        ctx.emit(Relation.INTERACTS_WITH, item.concept, unit, item.mention.text, severity="contraindicated")


def _named_parts(ctx: RuleContext, mention: Mention, found: list[tuple[Phrase, int]]) -> list[tuple[Phrase, Concept]]:
    """The list items a mention spans when it spans several and the lexicon knows each ("Children and
    adolescents", a thesaurus name for children, is children and adolescents); else none."""
    inside = [p for p, at in found if mention.start <= at and at + len(p.core) <= mention.end]
    parts = [(p, c) for p in inside
             if (c := next((c for c in ctx.lexicon.lookup(p.core) if c.kind in CONDITION_KINDS), None)) is not None]
    return parts if len(inside) >= 2 and len(parts) == len(inside) else []


def known_effect(ctx: RuleContext, name: str) -> Concept | None:
    """The lexicon's effect of that name as a condition ("comatose states": coma), when no condition has it."""
    if ctx.lexicon_concept(name, K.CONDITION) is not None:
        return None
    effect = ctx.lexicon_concept(name, K.ADVERSE_EFFECT)
    return as_kind(effect, K.CONDITION) if effect is not None else None


_GUT_LIST = re.compile(
    r"\b(?:gastrointestinal|GI|ulcers?|ulceration)\b(?:\s+[\w-]+)?(?:\s*,\s*[\w-]+){0,3}\s*(?:,\s*)?(?:\b(?:or|and)\s+)?$",
    re.I)
_GUT_HEADS = frozenset({"bleeding", "hemorrhage", "haemorrhage", "perforation", "obstruction"})


def _gut_part(ctx: RuleContext, text: str, start: int, name: str) -> Concept | None:
    """A bare bleeding, perforation or obstruction listed with an ulcer or another gut disorder is the gut's
    ("active ulcer or bleeding" is gastrointestinal bleeding), when the lexicon has that name."""
    if start < 0 or name.lower() not in _GUT_HEADS or _GUT_LIST.search(text, max(0, start - 60), start) is None:
        return None
    concept = ctx.lexicon_concept(f"gastrointestinal {name}", K.CONDITION) or ctx.lexicon_concept(
        f"gastrointestinal {name}", K.ADVERSE_EFFECT)
    return as_kind(concept, K.CONDITION) if concept is not None else None


_CAUTION_CLAUSE = re.compile(r";\s*(?:use\s+(?:with\s+)?)?caution\b[^;]{0,40}?\b(?:in|with|for)\b", re.I)


def _cautions(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """The conditions and populations a caution names, as cautions."""
    for mention in mentions:
        if usable(mention) and not mention.first(K.MONITORING, K.DRUG, K.DRUG_CLASS):
            concept = pick(mention, (K.CONDITION, K.POPULATION))
            if concept is not None:
                ctx.emit(Relation.CAUTION_IN, concept, unit, mention.text)


def _clause_end(text: str, at: int) -> int:
    end = text.find(";", at)
    return len(text) if end < 0 else end


_USE_OF = re.compile(r"^(?:(?:recent|current|prior|previous|concurrent|concomitant|ongoing|many|most|some|certain|"
                     r"several|other)\s+)?(?P<what>.+?)"
                     r"(?:\s+(?:use|therapy|treatment|intake|co-?administration))?$", re.I)


def drug_use(ctx: RuleContext, item: str) -> bool:
    """An item naming the use of another drug or class ("recent triptan or ergot use", "MAO inhibitor use"):
    a drug to keep apart, which the interactions name, not a condition. Substances stay ("alcohol use")."""
    found = ctx.lexicon.lookup(_USE_OF.sub(r"\g<what>", item))
    return bool(found) and all(c.kind in (K.DRUG, K.DRUG_CLASS) for c in found)


_OUTCOMES = frozenset({"death", "mortality", "sudden death", "increased mortality"})
_INEFFECTIVE = re.compile(
    r"\b(?:(?:is|are)\s+(?:also\s+)?(?:ineffective|not\s+effective|of\s+no\s+use)|(?:does|do)\s+not\s+work)\s+"
    r"(?:against|for|in)\b", re.I)
_OTHER_TREATMENT = re.compile(
    r"\b(?:needs?|requires?)\s+(?:an?\s+)?(?:oral|systemic|other|different|separate|specific|prescription)\s+"
    r"(?:treatment|therapy|medicines?|medications?|antifungals?|antibiotics?|drugs?)\b", re.I)
_ALLERGY = re.compile(
    r"\b(?:hypersensitivity|allerg(?:y|ies|ic)|(?:adverse|drug|severe|serious)\s+(?:[\w-]+\s+){0,2}?reactions?|"
    r"withdrawal\s+syndrome)\b",
    re.I)  # "a severe delayed skin reaction (such as ...)", "alcohol withdrawal syndrome, including seizures": what the
# examples show
_EXAMPLES = re.compile(r"(?:,\s*)?\b(?:such\s+as|including|e\.g\.|like)\b", re.I)


_REACTIONS_SEEN = re.compile(
    r"\b(?:reactions?|symptoms?|manifestations?)\s+(?:(?:reported|seen|observed|described)\s+)?(?:have\s+)?"
    r"(?:include[sd]?|included|consist(?:ed)?\s+of)\b", re.I)


def manifestations_start(text: str) -> int:
    """Where the examples of an allergy, other reaction or withdrawal syndrome begin ("a serious hypersensitivity
    reaction to it, such as anaphylaxis or angioedema", "severe reactions to it such as fever or arthritis"): what
    the reaction looks like, not further contraindications (``len(text)`` if none)."""
    for allergy in _ALLERGY.finditer(text):
        described = _REACTIONS_SEEN.search(text, allergy.end(), allergy.end() + 120)
        if described is not None:  # "...; reactions reported include rash, facial swelling, and anaphylaxis"
            return described.start()
        examples = _EXAMPLES.search(text, allergy.end(), allergy.end() + 80)
        if examples is not None and ";" not in text[allergy.end():examples.start()]:
            return examples.start()
    return len(text)


_REASON = re.compile(r"(?<!inadvisable )(?<!unsafe )(?<!dangerous )\bbecause\b|"
                     r"\b(?:due|owing)\s+to\s+(?:the\s+|a\s+)?(?:risk|danger|possibility)\b|"
                     r"\bgiven\s+(?:the\s+|a\s+|its\s+)?(?:known\s+)?(?:risk|danger|possibility)\b|"
                     r"(?:\bin\s+order\s+|\bso\s+as\s+)?\bto\s+(?:avoid|prevent|minimi[sz]e)\s+(?:the\s+)?"
                     r"(?:development|emergence|risk|spread)\b", re.I)
# (but "sexual activity is inadvisable because of serious cardiovascular disease": the disease is the item);
# "..., and take it every day to avoid the development of resistance": what the advice is for
_SHARED_HEAD = re.compile(r"(?P<a>[\w-]+)\s+(?:or|and|and/or)\s+(?P<b>[\w-]+(?:\s+[\w-]+){1,2})", re.I)


def coordinated_parts(ctx: RuleContext, phrase: Phrase, kinds: tuple[EntityKind, ...]) -> list[Phrase]:
    """A list item naming two known conditions that share a head is two items: "intestinal or urinary
    obstruction" is intestinal obstruction and urinary obstruction."""
    pair = _SHARED_HEAD.fullmatch(phrase.core)
    if pair is None or (_RANGE_BEFORE.search(phrase.core, 0, pair.start("b")) and _GRADE.match(pair.group("b"))):
        return [phrase]  # "moderate or severe hepatic impairment": one range of grades, as "moderate to severe"
    second = pair.group("b")
    first = f"{pair.group('a')} {second.split(' ', 1)[1]}"  # "chronic or active liver disease": chronic liver disease
    if not all(any(c.kind in kinds for c in ctx.lexicon.lookup(name)) for name in (first, second)):
        return [phrase]
    return [Phrase(name, (name,)) for name in (first, second)]


_NOT_CONTRAINDICATION = re.compile(
    r"\b(?:is|are)\s+(?:not|no\s+longer)\s+(?:(?:listed|regarded|considered|treated)\s+as\s+|considered\s+)?(?:an?\s+)?"
    r"(?:absolute\s+|strict\s+|formal\s+|listed\s+|"
    r"labell?ed\s+)?"
    r"contraindications?\b|"
    r"\bcontraindications?\b[^;]*;\s*[\w\s-]+\s+(?:is|are)\s+not\s+(?:one|among)\s+(?:of\s+)?them\b|"
    r"\bcalls?\s+for\s+(?:[\w-]+\s+)?caution\b[^.;]*\brather\s+than\s+avoidance\b|"
    r"\brather\s+than\s+(?:being\s+)?(?:an?\s+)?(?:absolute\s+|strict\s+|formal\s+)?contraindicat(?:ions?|ed)\b|"
    r"\b(?:should|must)\s+not\s+be\s+used\s+(?:for|to\s+treat)\s+(?:(?:these|those|such|this|that)\s+"
    r"(?:conditions?|uses?|purposes?|indications?|disorders?)\b|them\b)|"  # what it is not for, not who must not
    # take it
    r"\bnot\s+(?:approved|indicated|licensed)\s+for\s+(?:either|these|those|such|this|that|any\s+of\s+these)\s+"
    r"(?:conditions?|uses?|indications?|disorders?|diseases?)\b|"
    r"\b(?:lists?|has|have|carr(?:y|ies)|gives?|contains?|includes?)\s+no\s+(?:absolute\s+|strict\s+|formal\s+|specific\s+|"
    r"other\s+)?"
    r"contraindications?\b|"
    r"\bno\s+(?:other\s+|further\s+|formal\s+)?contraindications?\s+(?:appear|are\s+(?:listed|given|stated)|exist)\b",
    re.I)
# "No other contraindications are listed; pregnancy is not one of them"; "the label lists no contraindications;
# the two above reflect European labeling": a sentence about the list, naming none
_LIST_INTRO = re.compile(r"\b(?:following|these|below)\b[^:]*:\s*$", re.I)
# "European labeling rules it out in the following situations, and most teams apply the same limits:" (the list follows)
_OTHERS_CONTRAINDICATION = re.compile(
    r"\bcontraindications?\s+(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:tablets?|combinations?|products?|"
    r"components?|formulations?)\b|\b(?:partner|component)(?:'s|s')?\s+contraindications\b",
    re.I,
)  # contraindications a combination product owes to its other component
_USE_OR_EFFECT = re.compile(
    r"\b(?:(?:used|given|taken|prescribed)\s+(?:[\w-]+\s+){0,4}?for|(?:trial|study)\s+of\s+[\w-]+\s+for|"
    r"(?:use|used|take|taken|give|given|prescribed)\s+(?:[\w-]+\s+){0,2}?to\s+(?:relieve|treat|stop|abort|reverse|"
    r"manage|reduce|prevent|lower)|"
    r"(?:the\s+)?(?:indication|reason\s+for\s+(?:treatment|use))\s+is|when\s+treating|"
    r"(?:can|may|might|will)\s+cause|causes?|caused|causing|harms?|harming|developed|experienced)\s+"
    r"(?:(?!contraindicat|avoid)[\w-]+(?:,|\s+or|\s+and)?\s+){0,6}$",
    re.I,
)  # "when used for rheumatoid arthritis", "when the indication is onychomycosis": the use; "can cause miscarriage":
# an effect; "do not use it to relieve acute bronchospasm": a use it does not serve; none is a contraindication


_UNVACCINATED = re.compile(
    r"\b(?:(?:not|never)\s+(?:(?:been|fully|yet|currently|adequately|properly)\s+)*|un)vaccinated\s+"
    r"(?:against|for)\b", re.I)
_NO_VACCINATION = "unvaccinated patients"
_PROVISO = re.compile(r"\((?:unless|without|except|if\s+not)\b[^()]*\)", re.I)
_UNLESS = re.compile(r"\bunless\b|\bexcept\s+(?:when|if|in|where|under|for|with|during)\b", re.I)
_FOR_GAP = re.compile(
    r"(?:\s*\([^()]{1,15}\))?\s+(?:(?:intended|used|given|taken|prescribed)\s+)?(?:to\s+treat|for)\s+"
    r"(?:[\w-]+\s+){0,3}", re.I)
# ("an MAOI for psychiatric disorders", "a monoamine oxidase inhibitor (MAOI) intended to treat ...")


def other_drugs_use(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """A condition named as what another drug is taken for ("use of an MAOI for psychiatric disorders")."""
    return any(
        other.end <= mention.start and other.first(K.DRUG, K.DRUG_CLASS) is not None
        and _FOR_GAP.fullmatch(text, other.end, mention.start) is not None
        for other in mentions
    )


_SETTING_IN = re.compile(rf"\s+in\s+(?:{PEOPLE}\s+(?:with|who\s+have|(?:being\s+)?treated\s+for)\s+)?", re.I)


def setting_start(text: str, mentions: list[Mention]) -> int:
    """Where the conditions of a contraindication item's setting begin: "uncontrolled hypertension or
    malignancy in patients being treated for psoriasis" forbids the drug in the first two, not in psoriasis."""
    conditions = [m for m in mentions if usable(m) and m.first(K.CONDITION, K.ADVERSE_EFFECT) is not None]
    for before, after in pairwise(conditions):
        if after.first(K.POPULATION) is None and _SETTING_IN.fullmatch(text, before.end, after.start):
            return after.start
    return len(text)


def use_or_effect(text: str, mention: Mention) -> bool:
    """A condition the drug is used for or causes, or one denied by "non-" ("non-cancer uses"), named in a
    contraindication sentence: not itself a contraindication."""
    return denied_by_non(text, mention) or _CAUSING_AFTER.match(text, mention.end) is not None or (
        _USE_OR_EFFECT.search(text, max(0, mention.start - 80), mention.start) is not None)


_CAUSING_AFTER = re.compile(r"-causing\b", re.I)  # "syncope-causing bradycardia": the bradycardia is the item


_MONITOR_FOR = Guarded(re.compile(r"\b(?:monitor\w*|observe\w*)\b[^.;]*?\bfor\b", re.I))


_CHECK_ASKED = re.compile(r"\b(?:monitor\w*|check\w*|measur\w*|watch\s+for)\b", re.I)
_OTHERS_CHECK = re.compile(r"'s\s+(?:own\s+|usual\s+|regular\s+)?$")  # "warfarin's own INR checks": that drug's


def interaction_checks(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """The checks an interaction calls for ("check the INR when it is started or stopped", "monitor lithium
    levels"): only where a check is asked for, of a named parameter or drug level, and not another drug's own."""
    if not _CHECK_ASKED.search(unit.text):
        return
    kept = [m for m in mentions if not _OTHERS_CHECK.search(unit.text, 0, m.start)]
    monitoring(ctx, unit, kept, unnamed_levels=False)  # ("monitor blood levels" names no drug: says nothing here)


_STORAGE = re.compile(r"\b(?:stor(?:e|ed|ing|age)|refrigerat\w*|freezer|room\s+temperature|unopened|shelf\s+life)\b",
                      re.I)  # "keep vials in the refrigerator and follow the limit on room temperature": storage


def monitoring(ctx: RuleContext, unit: Unit, mentions: list[Mention], *, unnamed_levels: bool = True) -> None:
    """Parameters to be monitored: lab values and vital signs, and effects "monitored for" (``unnamed_levels``:
    also "drug levels" whose drug the sentence does not name)."""
    if unit.kind != "monitoring" and not MONITOR_CUE.search(unit.text):
        return
    watched_from = _MONITOR_FOR.search(unit.text)
    named: set[str] = set()
    # outside a monitoring section only the clauses that ask for a check name parameters ("not recommended
    # when creatinine clearance is below 30; check kidney function": the clearance is a threshold there);
    # nowhere does a test the drug upsets ("it can give false pregnancy test results"), nor storage advice
    checked = [(lo, hi) for lo, hi in clause_spans(unit.text) if not lab_interference(unit.text[lo:hi]) and (
        unit.kind == "monitoring" or MONITOR_CUE.search(unit.text[lo:hi])) and not _STORAGE.search(unit.text, lo, hi)]
    reason = _REASON_LEAD.match(unit.text)
    who = [m.span() for m in _PATIENT_SCOPE.finditer(unit.text)]  # "in patients with a history of gallstones"
    for mention in mentions:
        if not usable(mention) or not any(lo <= mention.start < hi for lo, hi in checked) or \
                any(lo <= mention.start < hi for lo, hi in who) or (
                unit.kind != "monitoring" and _THRESHOLD_AFTER.match(unit.text, mention.end)) or (
                reason is not None and mention.start < reason.end()) or \
                _NOT_USED_BEFORE.search(unit.text, max(0, mention.start - 40), mention.start) or \
                _PRODUCT_AFTER.match(unit.text, mention.end):
            continue  # "(creatinine clearance below about 10 mL/min)": who the advice is for, not a check; nor
            # what a leading reason names ("Because urinary glucose is always raised, ..."), a test not to use
            # ("do not use urine glucose tests to judge glycemic control") or a medicine named for what it
            # acts on ("blood sugar tablets")
        concept = mention.first(K.MONITORING)
        if concept is None and watched_from and mention.start >= watched_from.end():
            effect = pick(mention, (K.ADVERSE_EFFECT, K.CONDITION))
            concept = as_kind(effect, K.MONITORING) if effect else None
        surface = mention.text
        anchor, level = mention, _LEVEL_TAIL.search(mention.text, 1)  # "clozapine levels"
        if concept is not None and concept.label == DRUG_LEVELS:
            whose = drug_before(unit.text, mention, mentions)
            after = None if whose is not None else drug_after(unit.text, mention, mentions)
            if whose is not None:  # "cyclosporine blood concentrations": that drug's levels, not the subject's
                anchor, level = whose, _LEVEL_TAIL.search(unit.text, whose.end, mention.end)
                surface = " ".join(unit.text[whose.start:mention.end].split())
                concept = ctx.concept_for(surface, K.MONITORING)
            elif after is not None and level is not None:  # "trough levels with cyclosporine": that drug's levels
                surface = f"{after.text} {' '.join(level.group().split())}"
                concept = ctx.concept_for(surface, K.MONITORING)
                level = None  # (no drug before it shares them: "the INR with warfarin and trough levels with ...")
        if concept is not None and level is not None:
            for other in coordinated_before(unit.text, anchor, mentions):  # "theophylline or clozapine levels"
                name = f"{other.text} {' '.join(level.group().split())}"
                ctx.emit(Relation.MONITORS, ctx.concept_for(name, K.MONITORING), unit, name)
        if concept is not None:
            if unnamed_levels or concept.label != DRUG_LEVELS:
                ctx.emit(Relation.MONITORS, concept, unit, surface)
            named.add(match_key(mention.text))
            named.update(bracketed_lab_values(ctx, unit, mention))
    if unit.kind == "monitoring" and unit.label and not lab_interference(unit.text):
        monitored_list_items(ctx, unit, mentions, named)  # (a list, not a test the drug upsets)


_PRODUCT_AFTER = re.compile(r"[\s-]+(?:tablets?|pills?|medicines?|medications?|correction|replacement|repletion|"
                            r"supplements?|supplementation)\b", re.I)  # (also "electrolyte correction": a treatment)
_NOT_USED_BEFORE = re.compile(r"\b(?:do\s+not|don't|never|avoid)\s+(?:use|using|rely\s+on)\s+(?:the\s+|a\s+)?$", re.I)
_REASON_LEAD = re.compile(r"\s*(?:because|since)\b[^,;]{1,120},", re.I)
_THRESHOLD_AFTER = re.compile(
    r"\s+(?:is\s+|of\s+)?(?:(?:at\s+or\s+)?(?:below|above)|under|over|less\s+than|greater\s+than|more\s+than|<|>|"
    r"\u2264|\u2265)\s*(?:about\s+|approximately\s+|roughly\s+|around\s+|the\s+)?\d|"
    r"\s+(?:is|are)\s+(?:already\s+)?(?:reduced|lowered|impaired|decreased|low)\b", re.I)
# ("... should be followed when creatinine clearance is reduced": who the advice is for, no check)
_NAMED_WITH_WHEN = re.compile(r" (?:after|before|during|at|on|in|when|while|if|for|from|within) ")


_BRACKET_LIST = re.compile(r"\s*\(([^()]{3,120})\)")
_TIMING_ITEM = re.compile(
    r"(?:^|\bneed\s+for\s+)(?:(?:a|an|the)\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|final|last|each|"
    r"every)\s+"
    r"(?:doses?|infusions?|injections?|visits?|cycles?|courses?)\b|^(?:during|throughout|until)\s|"
    r"^(?:hospitali[sz]ation|admission|inpatient\s+(?:stay|care|monitoring)|a\s+hospital\s+stay)\b", re.I)
# "before the 2nd, 3rd, 4th, and 7th infusions": when a scan is done, no parameter (nor "need for a second dose");
# "hospitalization for 24 hours after the first dose": where the patient is watched


def bracketed_lab_values(ctx: RuleContext, unit: Unit, mention: Mention) -> set[str]:
    """The body substances a bracket lists after a parameter ("serum electrolytes (potassium, sodium,
    magnesium, chloride)"): each is a serum level watched; returns their match keys."""
    bracket = _BRACKET_LIST.match(unit.text, mention.end)
    if bracket is None:
        return set()
    keys = set()
    for part in NAME_LIST_SPLIT.split(bracket.group(1)):
        name = part.strip().lower()
        if name not in ENDOGENOUS:
            continue
        concept = ctx.lexicon_concept(f"serum {name}", K.MONITORING) or ctx.lexicon_concept(name, K.MONITORING)
        if concept is not None:
            ctx.emit(Relation.MONITORS, concept, unit, part.strip())
            keys.add(match_key(part))
    return keys


def monitored_list_items(ctx: RuleContext, unit: Unit, mentions: list[Mention], named: set[str]) -> None:
    """The items of a labelled monitoring list that no lexicon mention already named ("nightmare frequency")."""
    scopes = not_monitored_spans(unit.text, mentions)
    phrases = list_phrases(unit.text, max_words=6)
    if not phrases and ";" in unit.text:  # "CBC every 2-4 weeks until doses are stable; spleen size": the
        phrases = [p for part in unit.text.split(";") for p in list_phrases(part, max_words=6)]  # list part
    for phrase in phrases:
        at = unit.text.find(phrase.core)
        if any(lo < at < hi for lo, hi in scopes) or phrase.core.lower() in _BARE_HEADS \
                or _TIMING_ITEM.match(phrase.variants[0]):
            continue  # "WBC count in patients with lupus", "eye exams for glaucoma and cataracts": not what
        watched = watched_item(ctx, phrase, named)
        if watched is None:
            continue
        trimmed = _CHECK_LEAD.sub("", _PURPOSE_TAIL.sub("", watched.core))  # "cultures to confirm response": the
        # cultures; "check liver function tests", "clinicians follow heart failure symptoms": what is checked
        if trimmed != watched.core and trimmed:
            watched = Phrase(trimmed, (trimmed, *watched.variants))
        parts = [part for part in NAME_LIST_SPLIT.split(watched.core) if part.strip()]
        unnamed = [part.strip() for part in parts if match_key(part) not in named]
        if len(parts) > 1 and len(unnamed) == 1 and len(unnamed[0].split()) > 1:
            # "signs of edema and body weight": the weight is named already ("total or free T3": one word shares)
            watched = Phrase(unnamed[0], (unnamed[0],))
        core = match_key(watched.core)
        if not unnamed or any(
                key.startswith(f"{core} ") or (_NAMED_WITH_WHEN.match(core, len(key)) and core.startswith(key))
                for key in named):
            continue  # "troponin and C-reactive protein": named already; "urine drug" of "urine drug testing";
            # "blood pressure after injection": a named parameter and when to check it
        if asserted_item(watched) and (watched.core.lower() in ENDOGENOUS or not known_other(ctx, watched.core)
                                       or ctx.lexicon_concept(watched.core, K.MONITORING) is not None):
            emit_phrase(ctx, Relation.MONITORS, K.MONITORING, watched, unit)  # "magnesium" is a lab value here


_CHECK_LEAD = re.compile(
    r"^(?:(?:clinicians?|doctors?|prescribers?|nurses?|pharmacists?)\s+)?(?:check|ask\s+about|follow|track|assess|"
    r"review|record|measure|monitor|watch\s+for|look\s+for|confirm|confirmation\s+of|verify|verification\s+of)\s+"
    r"(?:the\s+|for\s+)?(?=\w)", re.I)  # ("confirmation of KRAS G12C status": the status is checked)
_PURPOSE_TAIL = re.compile(
    r"\s+(?:to\s+(?:confirm|guide|check|assess|detect|judge|look|see|document|exclude|follow|track|gauge)|during|"
    r"suggesting|suggestive\s+of|indicating|indicative\s+of|"  # "respiratory symptoms suggesting ILD": what for
    r"throughout|until\s+(?:recovery|resolution|it\s+resolves|counts?\s+recover|blood\s+counts?\s+recover)|"
    r"for\s+(?:at\s+least|up\s+to|about|\d)|"
    r"after\s+(?:washout|each|every|the|starting|stopping)|with\s+the|in\s+(?:patients|people|those)|"
    r"by\s+(?:[\w-]+\s+){0,2}?(?:echocardiogra\w*|DXA|DEXA|PCR|ultrasound|ECG|EKG|electrocardiogra\w*|spirometry|MRI|CT|oximetry|"
    r"x-?rays?|imaging|scans?|testing|tests?|exams?|examinations?))\b.*$", re.I)  # ("by echocardiography": how)


_SIGNS_EXAMPLES = re.compile(
    rf"\b{SIGNS_OF}\s+[^,;:()]{{2,60}}?,?\s+"
    r"((?:such\s+as|like|e\.\s?g\.,?|including)\s+(?:[\w'-]+\s*,\s*)*[^,;.]*)", re.I)
# (the examples end at the first comma after a word of their own: "such as black stools, weight gain or edema in
# patients with heart failure" names one example; "such as cold, pale or bluish fingers" runs on)


def not_monitored_spans(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Spans of a monitoring list that say who is tested, what an exam is for or what prompts a test."""
    spans = [m.span() for m in _PATIENT_SCOPE.finditer(text)]
    spans += [m.span(1) for m in _SIGNS_EXAMPLES.finditer(text)]  # "symptoms of Raynaud's phenomenon such as cold,
    # pale or bluish fingers": what the signs look like, one parameter
    spans += [m.span() for m in _PURPOSE_SCOPE.finditer(text)  # "eye exams for glaucoma and cataracts"
              if any(n.first(K.MONITORING) and n.end <= m.start() and not text[n.end:m.start()].strip()
                     for n in mentions)]
    if "; " in text:  # "ANA if joint pain, rash, or fever suggest lupus; INR ...": what prompts the test
        spans += [m.span() for m in _PROMPT_SCOPE.finditer(text)]
    return spans


def watched_item(ctx: RuleContext, phrase: Phrase, named: set[str]) -> Phrase | None:
    """What an item watches: "the mouth for signs of thrush" watches signs of thrush; "eye exams for glaucoma"
    is the exam itself (``None`` when the exam is named already)."""
    purpose = _FOR.match(phrase.variants[0])
    if purpose is None or _NAMED_TEST.search(purpose.group(1)) or _DURATION.match(purpose.group(2)):
        return phrase
    if _DOSING.match(purpose.group(2)):  # "dry body weight for dose calculation": the weight, for the dose
        weighed = match_key(purpose.group(1))
        named_in = any(weighed == key or weighed.endswith(f" {key}") for key in named)
        return None if named_in else Phrase(purpose.group(1), (purpose.group(1),))
    if ctx.lexicon_concept(purpose.group(1), K.MONITORING) or match_key(purpose.group(1)) in named:
        return None
    watched = _ANY.sub("", purpose.group(2))
    return Phrase(watched, (watched,))


_PATIENT_SCOPE = re.compile(
    rf"\bin\s+{PEOPLE}\s+(?:with|who)\b[^,;]*(?:(?:,\s*(?:(?!\b(?:and|or)\b)[^,;]){{1,30}})*,?\s+or\s+[^,;]*)?", re.I)
# (with the rest of an "or" list: "in patients with liver disease, heavy alcohol use, HIV, or pregnancy")
_PURPOSE_SCOPE = re.compile(r"\bfor\s+(?!(?:signs?|symptoms?)\s+of\b)[^,;]*", re.I)
_FOR = re.compile(r"^((?:(?!\b(?:when|if|used|treated|taken|given|in)\b).)+?)\s+for\s+(.+)$", re.I)
_DOSING = re.compile(r"(?:the\s+)?(?:dose|doses|dosing|dosage)\b", re.I)
_NAMED_TEST = re.compile(r"\b(?:screening|testing|tests?|checks?)$", re.I)  # "screening for tardive dyskinesia"
_ANY = re.compile(r"^(?:any|new)\s+", re.I)
_DURATION = re.compile(r"(?:the\s+)?(?:(?:at\s+least|up\s+to|about|approximately|around|several|a\s+few)\s+)?"
                       r"(?:first|next|last|initial|\d|months?\b|weeks?\b|days?\b|years?\b|life\b|long)",
                       re.I)  # "weekly for the first 4 weeks": how long, not what for
_BARE_HEADS = frozenset({"function", "level", "levels", "status", "count", "test", "tests", "signs", "symptoms",
                         "values", "output", "intake"})
# ("pain intensity and function", "fluid intake and output": the head of an item, not one of its own)
_PROMPT_SCOPE = re.compile(r"\b(?:if|when|whenever|should)\b[^;]*", re.I)
DRUG_LEVELS = "serum drug levels"  # the lexicon's generic drug-level parameter
_SAMPLE = r"(?:serum|plasma|blood|whole-blood|trough|peak)"  # where or when a drug level is taken
_LEVEL_GAP = re.compile(rf"\s*(?:{_SAMPLE}\s+)*", re.I)


def drug_before(text: str, mention: Mention, mentions: list[Mention]) -> Mention | None:
    """The drug named just before a drug-level mention ("tacrolimus trough concentrations")."""
    return next((m for m in mentions if m.end <= mention.start and m.first(K.DRUG) is not None
                 and _LEVEL_GAP.fullmatch(text, m.end, mention.start)), None)


_LEVEL_OF = re.compile(r"\s+(?:of|with|for)\s+(?:the\s+)?")


def drug_after(text: str, mention: Mention, mentions: list[Mention]) -> Mention | None:
    """The drug a level names just after it ("trough levels with cyclosporine", "levels of lithium")."""
    return next((m for m in mentions if m.start >= mention.end and m.first(K.DRUG) is not None
                 and _LEVEL_OF.fullmatch(text, mention.end, m.start)), None)


_LEVEL_TAIL = re.compile(rf"\b(?:{_SAMPLE}\s+)*(?:levels?|concentrations?)$", re.I)


def coordinated_before(text: str, drug: Mention, mentions: list[Mention]) -> list[Mention]:
    """The drugs coordinated before ``drug`` ("digoxin, theophylline or clozapine"), nearest last; a bare
    comma is no coordination ("INR in patients taking warfarin, digoxin levels")."""
    found: list[Mention] = []
    current = drug
    serial = False  # ", or B": a series, which needs two items before the conjunction
    for other in sorted((m for m in mentions if m.end <= drug.start), key=lambda m: -m.start):
        gap = LIST_JOINT.fullmatch(text, other.end, current.start)
        if other.first(K.DRUG) is None or gap is None or bool(found) == bool(gap.group().strip(" ,")):
            break  # one conjunction, nearest, then commas: "INR with warfarin, A or B levels" stops at A
        serial = serial or (not found and "," in gap.group())
        found.insert(0, other)
        current = other
    return found if len(found) >= 2 or not serial else []  # "INR with warfarin, and B levels": two items


def asserted_item(phrase: Phrase) -> bool:
    """A list item with no negation or hypothesis of its own: in "LFTs if liver injury is suspected, serum
    sodium in older adults", the hypothesis covers the first item only, whatever its scope in the sentence."""
    return not any(t.rule.category in BLOCKING for t in find_triggers(phrase.variants[0].lower()))


_CHEMICAL_KIN = re.compile(r"[\s-]*(?:derivatives?|analogu?es?|group|moiety|structure|-like)\b", re.I)
_RELATED_TO = re.compile(r"\b(?:related|similar)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|\b(?:resembl\w*|unlike)\s+"
                         r"(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


_KIND = r"(?:non-?)?selective|(?:ir)?reversible"  # "Selective, Reversible MAO-B Inhibitor": its kind, said first
_NOT_A_CLASS = re.compile(rf"\w+ly$|(?:{_KIND})$|[\w-]+-(?:directed|targeted|targeting|based|derived)$", re.I)
# (and "chemically (related to ...)": how, not what; "TROP2-Directed": what it is aimed at, no class)
_KIND_LEAD = re.compile(rf"^(?:{_KIND})\s+(?=\w)", re.I)
_AGENT_NOUN = re.compile(r"(?:stimulator|modulator|inhibitor|agonist|antagonist|blocker|enhancer|activator)s?", re.I)
_CLASS_HEAD = re.compile(rf"\b(?:{_AGENT_NOUN.pattern}|agents?|drugs?|medicines?|analogu?es?|antibod\w+|"
                         r"derivatives?|compounds?|medications?|[\w-]+ics?|[\w-]+ives?|[\w-]+ants?|[\w-]+ides|"
                         r"[\w-]+cide|[\w-]+ins)$", re.I)
# the head noun a class name ends in; "Dual Glucose-Dependent Insulinotropic Polypeptide" has none of its own
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_SUBTYPE_BEFORE = re.compile(r"\b(?:alpha|beta|α|β|H|M|D|5-HT)-?\d[A-Za-z]?\s+$", re.I)
_BRACKETED_CLASS = re.compile(r"\(\s*((?=[^()]*[a-z])[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})\s*\)")
_NON = re.compile(r"non\b|non-", re.I)
_DESCRIBING = re.compile(r"(?:ic|ive|al|ous|ed)$", re.I)  # "(semisynthetic)", "(beta-1 selective)": a kind, no class
_CLASS_PAIR = re.compile(r"\s+(?:and|or)\s+|\s*/\s*", re.I)  # "(Scabicide and Pediculicide)": two classes
_OF_THE_CLASS = re.compile(r"\s+of\s+the\s+([\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:class|family|group|subclass)\b", re.I)


_ALSO_CALLED = re.compile(rf"^{ANOTHER_NAME}\s+(?:an?\s+)?|^as\s+an?\s+", re.I)


def classification(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Classes the subject belongs to, from a "Pharmacological Classification:" bullet ("a tricyclic of the
    dibenzoxazepine class" names both)."""
    phrases = list_phrases(_OF_THE_CLASS.sub(r", \1", unit.text), max_words=6)
    spelt_out = acronym_spans(unit.text)
    for mention in mentions:
        concept = mention.first(K.DRUG_CLASS)
        if denied_by_non(unit.text, mention):
            continue  # "(Non-Dihydropyridine)": the class it is not
        if any(lo <= mention.start and mention.end <= hi and hi - lo > mention.end - mention.start
               for lo, hi in spelt_out):
            continue  # part of a longer name whose acronym follows it
        if _RELATED_TO.search(unit.text, max(0, mention.start - 40), mention.start) or \
                _CHEMICAL_KIN.match(unit.text, mention.end):
            continue  # "structurally related to the TCAs", "(pyridine-sulfonylurea derivative)": a kin, not its class
        if _SUBTYPE_BEFORE.search(unit.text, max(0, mention.start - 12), mention.start):
            continue  # "Beta-3 Adrenergic Receptor Agonist": the subtype's class (the whole item), not every agonist
        phrase = _covering(phrases, mention)
        if concept is not None and usable(mention) and (phrase is None or _main_part(mention, phrase)):
            ctx.emit(Relation.MEMBER_OF, concept, unit, mention.text)
    for index, phrase in enumerate(phrases):
        if index + 1 < len(phrases):
            phrase = _dual_class(ctx, unit.text, phrase, phrases[index + 1]) or phrase
        if _AGENT_NOUN.fullmatch(phrase.core):  # "Serotonin Modulator and Stimulator": one name, not a "stimulator"
            whole = re.search(rf"(?:[\w-]+\s+){{1,3}}and\s+{re.escape(phrase.core)}\b", unit.text)
            phrase = Phrase(whole.group(), (whole.group(),)) if whole is not None else None
        if phrase is not None and (kindless := _KIND_LEAD.sub("", phrase.core)) != phrase.core \
                and ctx.lexicon_concept(phrase.core, K.DRUG_CLASS) is None:
            phrase = Phrase(kindless, (*phrase.variants, kindless))  # "Reversible MAO-B Inhibitor": the class
        if phrase is not None and (named := _ALSO_CALLED.sub("", phrase.core)) != phrase.core:
            phrase = Phrase(named, (named,))  # "DPP1 Inhibitor, also called a cathepsin C inhibitor": another name
        if phrase is not None and _NOT_A_CLASS.match(phrase.core) is None \
                and not any(c.kind == K.DRUG for c in ctx.lexicon.lookup(phrase.core)):
            emit_phrase(ctx, Relation.MEMBER_OF, K.DRUG_CLASS, phrase, unit)
    for bracket in _BRACKETED_CLASS.finditer(unit.text):  # "Pediculicide (Topical Ectoparasiticide)": a class too
        for inner in _CLASS_PAIR.split(bracket.group(1)):
            if _CLASS_HEAD.search(inner) and not _DESCRIBING.search(inner) and not _NON.match(inner) and not any(
                    c.kind == K.DRUG for c in ctx.lexicon.lookup(inner)):
                emit_phrase(ctx, Relation.MEMBER_OF, K.DRUG_CLASS, Phrase(inner, (inner,)), unit)


def _dual_class(ctx: RuleContext, text: str, phrase: Phrase, later: Phrase) -> Phrase | None:
    """A list item with no head noun of its own joined by "and" to a class ("Dual Glucose-Dependent Insulinotropic
    Polypeptide (GIP) and Glucagon-Like Peptide-1 (GLP-1) Receptor Agonist"): the two halves name one dual class."""
    if not _AGENT_NOUN.search(later.core.split()[-1]) or _CLASS_HEAD.search(phrase.core) \
            or ctx.lexicon_concept(phrase.core, K.DRUG_CLASS) is not None:
        return None
    joint = re.search(rf"{re.escape(phrase.core)}\s+and\s+{re.escape(later.core)}", _BRACKETS.sub("", text), re.I)
    return Phrase(joint.group(), (joint.group(),)) if joint is not None else None


def combinations(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Drugs the subject is commonly combined with (never interactions)."""
    for mention in mentions:
        if usable(mention) and not ctx.subject.is_alias(mention.text, mention.candidates):
            concept = pick(mention, INTERACTION_KINDS, by_priority=True)
            if concept is not None:
                ctx.emit(Relation.COMBINED_WITH, concept, unit, mention.text)


_PART_SPLIT = re.compile(r"\s*;(?![^()]*\))\s*")  # not inside brackets
_NAME = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
_BRAND_CLAUSE = re.compile(
    rf"^(?P<name>{_NAME}(?:\s+and\s+{_NAME})?)\s+(?:is|was|are|were)\s+(?:also\s+)?(?:(?:an?|the)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:brand|trade|names?)\b(?![^.]*\bnot\b)"
)  # "Normodyne was an earlier US brand", "Adalat and Adalat LA are the names used in many other countries",
# "Batrafen and Stieprox are trade names used outside the United States"


_REMARK = re.compile(r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){2,}")  # three or more lower-case words
_DESCRIPTION = re.compile(r"(?:the|an?)\s+\S|(?:remains?|is|are|was|were)\s+\w", re.I)  # "the R-enantiomer"
_PRONOUN_LED = re.compile(r"(?:they|these|those|both|each|it|which)\b", re.I)
# "...; they differ in dosing, potency, and side-effect profile": a remark on what was just named


def _part_names(part: str) -> list[str]:
    """The names of one ';'-separated part of an alternate-names bullet: its list items, or the name a
    clause says is a brand of the subject (a clause saying something is *not* one names nothing)."""
    if _CALLED_A_KIND.match(part.strip()):
        return []  # 'Sometimes called a "twincretin"': a kind it belongs to, no name of its own
    names, colon, after = part.partition(":")
    if colon and _LOWER_REMARK.match(after) and names.count("(") == names.count(")"):
        part = names  # "Mounjaro (...) and Zepbound (...): the same active ingredient, ...": the names lead
    part = _CALLED.sub("", part.strip())  # "older literature calls the compound X", "marketed in Europe as X"
    if _SUPPLY_LEAD.match(part):
        return []  # "Supplied as 1 mg, 2 mg, and 3 mg film-coated tablets": strengths, no names
    part = _CALLED_BRANDS.sub("", part)  # "Transderm Scop (US), Scopoderm (UK) are brand names."
    chemical = _CHEMICAL_NAME.fullmatch(part)
    name = (chemical.group("lead") or chemical.group("tail")) if chemical is not None else ""
    if chemical is not None and name and not _CLAUSE_VERB.search(name):
        # a chemical name keeps its commas and brackets: "(-)-2',3'-dideoxy-3'-thiacytidine"
        return [*list_items(chemical.group("before") or "", max_words=5), name]
    # "Frisium in the United Kingdom, Canada and many other countries", "A in the US, B in the UK": where each is sold
    part = _PLACES.sub(lambda m: "" if part.count("(", 0, m.start()) == part.count(")", 0, m.start()) else m[0], part)
    remark = _SUPPLY_REMARK.search(part)
    if remark and part.count("(", 0, remark.start()) == part.count(")", 0, remark.start()) \
            and not _CLAUSE_VERB.search(remark.group()):
        part = part[:remark.start()]  # "Avodart (brand name), supplied as 0.5 mg soft gelatin capsules"
    items = list_items(part, max_words=5)
    if items:
        return items
    brand = _BRAND_CLAUSE.match(part.strip()) or _NAME_DESCRIBED.match(part.strip())
    return [brand.group("name")] if brand and not _DENIAL.search(part) else []  # ("Maxipime is a brand of cefepime
    # alone and is a different product": another product's name)


_CALLED_A_KIND = re.compile(
    r"(?:(?:also|sometimes|often|informally|colloquially)\s+)?(?:called|described\s+as)\s+an?\s+", re.I)
_LOWER_REMARK = re.compile(r"\s+(?:the|both|each|an?|all|one|same|two)\b")
_SUPPLIED = r"(?:supplied|available|sold|marketed|packaged|dispensed|provided)\s+(?:as|in)"
_SUPPLY_LEAD = re.compile(rf"{_SUPPLIED}\b", re.I)
_CALLED_BRANDS = re.compile(
    r"(?:,?\s+(?:is|are)\s+(?:the\s+|its\s+)?|\s+[-\u2013\u2014]\s+)(?:(?:main|common|usual)\s+)?"
    r"(?:brand|trade|proprietary)\s+names?\.?$", re.I)  # "A (cream), B and C (lacquer) - brand names"
_NAME_DESCRIBED = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:the|an?|its)\s+(?:(?:(?:original|older|former|first|common|usual|international|"
    r"chemical|generic|brand|trade)\s+)*(?:name|term|spelling)|(?:[\w-]+\s+){1,3}(?:tablets?|capsules?|formulation|"
    r"product|preparation))\b"
)  # "Rapamycin, the name given when the compound was first isolated from ...", "Vivalan, an immediate-release
# viloxazine tablet once sold in the UK"
_SUPPLY_REMARK = re.compile(
    rf",\s*(?:{_SUPPLIED}|plus\s+(?:many|various|several|numerous|other|a\s+number\s+of))\b.*$", re.I | re.S
)  # ", supplied as 0.5 mg capsules", ", plus many store-brand products"
_CHEMICAL_LABEL = re.compile(r"(?:chemical|iupac|systematic)\s+names?$", re.I)
_CHEMICAL_NAME = re.compile(
    r"(?:chemically|(?:the\s+)?(?:chemical|iupac|systematic)\s+name(?:\s+is)?)\s*[:,]?\s+(?P<lead>\S.{2,80})|"
    r"(?P<before>.*,\s+)?(?P<tail>(?:[^;,\s]|,(?!\s)|\s(?!\()){3,80}?)\s*"
    r"\((?:older\s+|former\s+|original\s+)?(?:chemical|iupac|systematic)\s+names?\)",
    re.I,
)  # "Chemical name: 2-ethyl-2-methylsuccinimide", "chemically, (-)-2',3'-dideoxy-3'-thiacytidine",
# "A, X (chemical name)"
_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|not)\b", re.I)  # "Lithium orotate, sold as ..., is not ..."
_GENERIC_FORM = re.compile(r"generics?\b", re.I)
_STRENGTH = re.compile(r"[\d.,/\s]+\s*(?:%|mg|mcg|µg|g|mL|ml|IU|units?)?(?:/\s*\w+)?", re.I)
_DENIAL = re.compile(r"\bnot\b|\bseparate\b|\bdifferent\b", re.I)  # "Azathioprine (AZA) is not a form of it"
_BRACKETED = re.compile(r"\(([^()]{2,120})\)")
_ACRONYM_NAME = re.compile(r"[A-Z]{2,5}")
_PLACE_CODES = frozenset({"US", "USA", "UK", "EU", "EEA", "NZ", "UAE"})  # "Largactil (UK)": where it is sold


_EARLIER_NAME = re.compile(
    r"(?:originally|formerly|previously|earlier)\s+(?:called\s+|known\s+as\s+)?([A-Z][\w-]*\d[\w-]*)")


_BRAND_AMONG = re.compile(r"([A-Z][\w-]+)\s+and\s+other\s+(?:brands|brand\s+names|trade\s+names)\b.*")


_BRACKET_PARTS = re.compile(r"[,;]")
_HOLDS_FORM = re.compile(r"\b(?:containing|contains|made\s+with)\s+([\w-]+\s+[\w-]+)$", re.I)


def _bracketed_names(text: str, subject: str) -> list[str]:
    """Names given in brackets: an acronym ("CellCept (mycophenolate mofetil, MMF)") or a form of the
    subject's own name; descriptions in brackets ("(US brand names)", "(the salt used in tablets)") are not."""
    head = match_key(subject).split()[:1]
    found = []
    for inner in _BRACKETED.findall(text):
        for part in (p.strip() for p in _BRACKET_PARTS.split(inner)):
            earlier = _EARLIER_NAME.fullmatch(part) or _BRAND_AMONG.fullmatch(part)
            if earlier is not None:  # "(originally SKL-N05)", "(Disipal and other brands outside the US)"
                found.append(earlier.group(1))
                continue
            held = _HOLDS_FORM.search(part)
            if held is not None and head and match_key(held.group(1)).split()[:1] == head:
                found.append(held.group(1))  # "(injection containing pasireotide diaspartate)": the salt it holds
                continue
            words = match_key(part).split()
            if (_ACRONYM_NAME.fullmatch(part) and part not in _PLACE_CODES) or (
                    head and len(words) <= 3 and words[:1] == head and len(words) > 1):
                found.append(part)
    return found


_NAME_AND_NAME = re.compile(r"\s+and\s+")  # split only when every side is a brand or a name of the subject (_names)
_CALLED = re.compile(
    r"^(?:(?:(?:also|formerly|often|commonly|usually|sometimes)\s+)?(?:called|abbreviated(?:\s+(?:as|to))?|"
    r"shortened\s+to|(?:known|sold|marketed)(?:\s+in(?:\s+[\w-]+){1,3}?)?\s+as|written|spelled|spelt)|"
    r"(?:[\w-]+\s+){0,3}(?:calls?|names?)\s+(?:it|the\s+(?:compound|drug|medicine))|"  # "older literature calls it"
    r"(?:developed|studied|tested|introduced|launched)\s+(?:under|as)\s+(?:the\s+)?(?:name|code)|"
    r"(?:(?:originally|first|initially)\s+)?(?:discovered|developed|synthesi[sz]ed|made|studied)\s+as|"
    r"(?:also\s+)?known\s+by\s+(?:its|the)\s+(?:[\w-]+\s+)?(?:code|name)|"  # "known by its development code X"
    r"(?:development|research|investigational|laboratory)\s+(?:codes?|names?)(?:\s+names?)?\s*:?)\s+", re.I)
_PLACE = (r"(?:the\s+)?(?:US|USA|UK|EU|Europe|Canada|Australia|Japan|India|China|United\s+(?:States|Kingdom)|"
          r"(?:(?:many|most|some|several|certain|various|different|numerous)\s+)?(?:other\s+)?(?:countries|markets))")
_PLACES = re.compile(rf"\s+(?:in|outside)\s+{_PLACE}(?:\s*(?:,|\band\b|\bor\b)\s*(?:(?:and|or)\s+)?{_PLACE})*\b", re.I)
_WHERE_WRITTEN = re.compile(
    r"\s+(?:in|on)\s+(?:[\w-]+\s+)?(?:notes|charts|practice|prescriptions|"
    r"shorthand|speech|the\s+clinic|hospitals?|literature)\b.*$", re.I)  # "CPZ in clinical notes": where it is written
_WHERE_SOLD = re.compile(
    r"\s+(?:in|outside)\s+(?:the\s+)?(?:some|many|other|most|certain|several|various|different|numerous|US|USA|UK|EU|"
    r"Europe|Canada|Australia|"
    r"Japan|India|China|United\s+(?:States|Kingdom))\b.*$", re.I
)  # "morphine hydrochloride in some countries", "Frisium in the United Kingdom, Canada and many other countries"


def _names(ctx: RuleContext, item: str) -> list[str]:
    """"Tosymra and Onzetra Xsail" -> both names (when each side starts with a capital), as are "Cefuroxime
    axetil and cefuroxime sodium" (each side names the subject); "also called X" -> X."""
    item = _WHERE_WRITTEN.sub("", _WHERE_SOLD.sub("", _CALLED.sub("", item)))
    parts = _NAME_AND_NAME.split(item)
    if len(parts) > 1 and (all(_brand_like(p) for p in parts) or all(
            (ctx.subject.is_alias(p) or ctx.subject.is_salt_form(p)) and not ctx.subject.is_component(p)
            for p in parts)):
        return parts  # (but "Xanomeline tartrate and trospium chloride", the parts of a combination, is one name)
    return [item]


def _brand_like(name: str) -> bool:
    """A name written as a brand: capitalised ("Rowasa") or one word with an inner capital ("sfRowasa")."""
    return name[:1].isupper() or (" " not in name and any(c.isupper() for c in name[1:]))


def same_moiety(label: str, other: str) -> bool:
    """Two lexicon drugs that are forms of one active moiety ("Lithium" and "Lithium carbonate",
    "Ciprofloxacin Otic" and "Ciprofloxacin", "Mycophenolate mofetil" and "Mycophenolic acid"): a brand
    of either names the monograph's drug."""
    first, second = match_key(label).split(), match_key(other).split()
    if not (first and second) or len(first[0]) <= 4:
        return False
    return first[0] == second[0] or _moiety_stem(first[0]) == _moiety_stem(second[0])


def _moiety_stem(word: str) -> str:
    """The acid and its salt share a stem: "mycophenolic" / "mycophenolate", "valproic" / "valproate"."""
    for ending in ("ic", "ate"):
        if word.endswith(ending) and len(word) > len(ending) + 5:
            return word[: -len(ending)]
    return word


_TO_ACTIVE_FORM = re.compile(
    r"\b(?:prodrug\s+of|ester\s+of|convert(?:s|ed)?\s+(?:[\w-]+\s+){0,3}?(?:to|into))\s+(?:the\s+)?"
    r"(?:(?:two|its|an?)\s+)?(?:active\s+metabolites?,?\s+)?$", re.I
)  # "converted to acyclovir", "converted in the liver to two active metabolites, phenobarbital and PEMA"
_ACTIVE_METABOLITE = re.compile(
    r"\b(?:its|the)\s+(?:main\s+|major\s+|principal\s+)?active\s+metabolite,?\s+(?:is\s+)?$", re.I
)
_SUBJECT_LED = re.compile(r"^\W*(?:it\s+is\s+an?\s+|an?\s+)?(?:inactive\s+)?prodrug\b", re.I)
_ACTIVE_METABOLITE_AFTER = re.compile(
    r",?\s+(?:which\s+is\s+)?(?:the|its)\s+(?:main\s+|major\s+|principal\s+)?active\s+(?:metabolite|moiety|form)\b",
    re.I,
)  # "converted in the liver, by CYP3A4, to albendazole sulfoxide, the active metabolite responsible for ..."


def active_forms(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Learn the drug the subject becomes in the body ("Valacyclovir is rapidly converted to acyclovir",
    "Prodrug of prednisolone", "produces the active metabolite desloratadine"): the interaction rules read
    that drug as standing for the subject."""
    text = unit.text
    if "rodrug" not in text and "onver" not in text and "ester of" not in text and "metabolite" not in text:
        return  # substring tests: most sentences say nothing of the kind
    named = [m for m in mentions if usable(m) and ctx.subject.is_alias(m.text, m.candidates)]
    for mention in mentions:
        drug = mention.first(K.DRUG)
        if drug is None or drug.key == ctx.subject.concept.key or not usable(mention):
            continue
        if _ACTIVE_METABOLITE.search(text, max(0, mention.start - 60), mention.start) \
                or _ACTIVE_METABOLITE_AFTER.match(text, mention.end):
            ctx.active_forms.add(drug.key)  # "produces the active metabolite desloratadine"
            continue
        if not _TO_ACTIVE_FORM.search(text, max(0, mention.start - 60), mention.start):
            continue
        if any(m.start < mention.start for m in named) or _SUBJECT_LED.match(text):
            ctx.active_forms.add(drug.key)


def alternate_names(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Synonyms of the subject; a name the lexicon knows as another drug is not one."""
    if _CHEMICAL_LABEL.match(unit.label):  # "Chemical name: 6-(piperidin-1-yl)pyrimidine-2,4-diamine 3-oxide"
        parts = [f"chemical name: {unit.text.strip().rstrip('.')}"]
    else:
        parts = [piece for part in _PART_SPLIT.split(unit.text) if not _PRONOUN_LED.match(part)
                 for piece in _own_form_listed(ctx, part)]
    items = [name for part in parts for item in _part_names(part) for name in _names(ctx, item)]
    items += [name for part in parts if not _DENIAL.search(part)
              for name in _bracketed_names(part, ctx.subject.concept.label)]
    for item in items:
        found = [c for c in ctx.lexicon.lookup(item) if c.kind == K.DRUG]
        if not found and _REMARK.fullmatch(item) and ctx.subject.tokens.isdisjoint(match_key(item).split()):
            continue  # "availability differs between countries": a remark, not a name
        if not found and _DESCRIPTION.match(item):
            continue  # "Arketamine, the R-enantiomer, remains investigational": what another drug is, no name
        if _GENERIC_FORM.match(item) or _STRENGTH.fullmatch(item):
            continue  # "generic bosentan tablets": how it is sold, not a name; nor is "10%" in "X solution, 10%"
        if not found and _with_other_drug(ctx, item):
            continue  # "darunavir with cobicistat": what a combination product holds, not a name of the drug
        if found and not any(ctx.subject.is_concept(c) or same_moiety(c.label, ctx.subject.concept.label)
                             for c in found):
            continue
        ctx.synonyms.append(item)
        ctx.subject.names.add(match_key(item))


_FORM_GLOSS = re.compile(r",\s+(?:the|an?|its)\s+[^,:]*$", re.I)


def _own_form_listed(ctx: RuleContext, part: str) -> list[str]:
    """A form of the subject that leads a list of its own brands ("Paliperidone palmitate, the long-acting
    injectable ester: Invega Sustenna, Invega Trinza") is a name, and so is each brand after the colon."""
    label, colon, rest = part.partition(":")
    form = _FORM_GLOSS.sub("", label).strip()
    if not colon or not rest.strip() or match_key(form).split()[:1] != match_key(ctx.subject.concept.label).split()[:1]:
        return [part]
    return [form, rest]


_WITH_PARTNER = re.compile(r"\s+(?:with|and|plus)\s+|\s*\+\s*", re.I)


def _with_other_drug(ctx: RuleContext, item: str) -> bool:
    """Whether ``item`` joins the subject's name to another known drug ("darunavir with cobicistat")."""
    parts = _WITH_PARTNER.split(item)
    if len(parts) != 2 or not any(ctx.subject.is_alias(part) for part in parts):
        return False
    return any(c.kind == K.DRUG and not ctx.subject.is_concept(c) for part in parts for c in ctx.lexicon.lookup(part))


def pregnancy(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Pregnancy/lactation statements become contraindications or cautions only when explicit, and only
    in the clause that says so ("preferred during pregnancy; X is contraindicated in Y")."""
    for lo, hi in _contrast_spans(unit.text):
        clause = unit.text[lo:hi]
        if _NOT_CONTRAINDICATION.search(clause):
            continue  # "Pregnancy is not listed as a formal contraindication, but ...": the clause denies one
        if CONTRA_CUE.search(clause):
            relation = Relation.CONTRAINDICATED_IN
        elif CAUTION_CUE.search(clause):
            relation = Relation.CAUTION_IN
        else:
            continue
        reason = _REASON.search(unit.text, lo, hi)  # "..., because of serious reactions including arrhythmias"
        hi = reason.start() if reason else hi
        for mention in mentions:
            if lo <= mention.start < hi and usable(mention) and not use_or_effect(unit.text, mention) and (
                    concept := mention.first(K.POPULATION, K.CONDITION)) is not None:
                ctx.emit(relation, concept, unit, mention.text)


_BUT = re.compile(r",\s+but\s+", re.I)


def _contrast_spans(text: str) -> list[tuple[int, int]]:
    """Clauses, with ", but" parting them too ("a dose on the first day after delivery prevents lactation, but
    it should not be used if you have pre-eclampsia": the timing of a use, then the contraindication)."""
    spans = []
    for lo, hi in clause_spans(text):
        cuts = [m.end() for m in _BUT.finditer(text, lo, hi)]
        spans += list(pairwise([lo, *cuts, hi])) if cuts else [(lo, hi)]
    return spans


def precautions(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Cautions (conditions, populations) and monitoring advice."""
    monitoring(ctx, unit, mentions)
    if CONTRA_CUE.search(unit.text):
        contraindications(ctx, unit, [m for m in mentions if not m.first(K.MONITORING)], Relation.CONTRAINDICATED_IN)
    elif CAUTION_CUE.search(unit.text):
        _cautions(ctx, unit, mentions)


