"""Section-aware relation rules: sentences with mentions -> typed statements.

The monograph's drug is the implicit subject of every bullet; the section kind decides which
relation a mention takes part in and which entity kinds qualify. Context (ConText
modifiers, questions, other forms of the drug) decides what is *not* asserted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from extract.chunks import list_items
from extract.lexicon import Lexicon, match_key
from extract.model import Concept, EntityKind, Mention, Relation, Statement
from extract.nlp import find_mentions
from extract.subject import Subject
from extract.text import slugify
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
_INDICATION_CUE = re.compile(
    r"\b(?:treat\w*|indicat\w*|prescribed|used (?:for|to|in)|management|manage|prevent\w*|prophylaxis|"
    r"relie\w*|therapy for|control of|address|approved)\b",
    re.IGNORECASE,
)
_STRONG_INDICATION_CUE = re.compile(
    r"\b(?:indicated|used (?:for|to treat|in the treatment)|treat(?:s|ment of)?|prescribed for|first-line)\b", re.I
)
_MONITOR_CUE = re.compile(
    r"\b(?:monitor\w*|check\w*|assess\w*|measur\w*|follow(?:ed)?|watch\w*|periodic\w*|evaluat\w*|tests?|levels?)\b",
    re.IGNORECASE,
)
_CONTRA_CUE = re.compile(r"\b(?:contraindicat\w*|must not|should not be used|do not use|not be used)\b", re.I)
_CAUTION_CUE = re.compile(r"\b(?:caution\w*|careful\w*|avoid\w*|not recommended|risk)\b", re.I)
_SEVERITY = re.compile(r"\b(life-threatening|fatal|severe|serious|major|moderate|minor|mild|significant)\b", re.I)
_MECHANISM = re.compile(
    r"\b(absorption|chelat\w*|metabolism|CYP\s?\d\w*|P-?glycoprotein|clearance|excretion|protein binding|"
    r"serotonin\w*|QT|additive|synergistic|potentiat\w*|antagoni\w*|enzyme induc\w*|inhibit\w*)\b",
    re.I,
)
_NOT_SUBJECT = re.compile(r"\(\s*not\s+([^)]{1,40})\)", re.I)


def _usable(mention: Mention) -> bool:
    return not (mention.modifiers & BLOCKING)


def _as_kind(concept: Concept, kind: EntityKind) -> Concept:
    """The same concept re-typed (a MeSH condition named as an adverse effect)."""
    return concept if concept.kind == kind else replace(concept, kind=kind, key=slugify(concept.label))


def _chunk_concept(text: str, kind: EntityKind) -> Concept:
    label = " ".join(text.split())
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

    def emit(self, relation: Relation, obj: Concept, unit: Unit, surface: str, **qualifiers: str) -> None:
        if relation == Relation.INTERACTS_WITH and obj.kind == K.DRUG and obj.key == self.subject.concept.key:
            return
        quals = tuple(sorted((k, v) for k, v in qualifiers.items() if v))
        self.statements.append(
            Statement(self.subject.concept, relation, obj, unit.text, unit.kind, surface, quals)
        )
        if surface:
            self.surface_forms.append((obj, surface))


def about_other_drug(unit: Unit, mentions: list[Mention], subject: Subject) -> bool:
    """True when the sentence is about another drug or form ("X sulfate (not bisglycinate) ...")."""
    for match in _NOT_SUBJECT.finditer(unit.text):
        inner = match_key(match.group(1))
        if any(w in subject.tokens for w in inner.split()) or "this" in inner or "drug" in inner:
            return True
    drugs = [m for m in mentions if m.first(K.DRUG)]
    if drugs and drugs[0].start <= 3:
        lead = drugs[0]
        if not subject.is_alias(lead.text, lead.candidates):
            return True
    return False


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


def _effect_qualifiers(unit: Unit) -> dict[str, str]:
    severity = _SEVERITY.search(unit.text)
    return {
        "frequency": SIDE_EFFECT_TIERS.get(unit.kind, ""),
        "severity": severity.group(1).lower() if severity else "",
    }


def interactions(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Drugs, classes and substances in an interaction sentence interact with the subject."""
    mechanism = _MECHANISM.search(unit.text)
    severity = _SEVERITY.search(unit.text)
    effect = ", ".join(
        m.text for m in mentions if _usable(m) and m.first(K.ADVERSE_EFFECT) and not m.first(K.DRUG, K.DRUG_CLASS)
    )
    for mention in mentions:
        if not _usable(mention) or ctx.subject.is_alias(mention.text, mention.candidates):
            continue
        concept = pick(mention, INTERACTION_KINDS, by_priority=True)
        if concept is None:
            continue
        ctx.emit(
            Relation.INTERACTS_WITH, concept, unit, mention.text,
            mechanism=mechanism.group(1) if mechanism else "",
            severity=severity.group(1).lower() if severity else "",
            effect=effect,
        )


def side_effects(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Adverse effects named in a side-effect sentence; list items count even when unknown."""
    quals = _effect_qualifiers(unit)
    covered: set[str] = set()
    for mention in mentions:
        if not _usable(mention) or (mention.first(K.DRUG, K.DRUG_CLASS) and not mention.first(*EFFECT_KINDS)):
            continue
        concept = pick(mention, EFFECT_KINDS)
        if concept is None:
            continue
        ctx.emit(Relation.HAS_ADVERSE_EFFECT, _as_kind(concept, K.ADVERSE_EFFECT), unit, mention.text, **quals)
        covered.add(match_key(mention.text))
    if any(m.modifiers & BLOCKING for m in mentions):
        return
    for item in list_items(unit.text):
        if match_key(item) not in covered and not _known_other(ctx, item):
            ctx.emit(Relation.HAS_ADVERSE_EFFECT, _chunk_concept(item, K.ADVERSE_EFFECT), unit, item, **quals)


def _known_other(ctx: RuleContext, item: str) -> bool:
    """An item the lexicon knows as a drug, class or substance (not an effect)."""
    found = ctx.lexicon.lookup(item)
    return bool(found) and not any(c.kind in (K.ADVERSE_EFFECT, K.CONDITION) for c in found)


def contraindications(ctx: RuleContext, unit: Unit, mentions: list[Mention], relation: Relation) -> None:
    """Conditions and populations in which the subject must not (or only carefully) be used."""
    covered: set[str] = set()
    for mention in mentions:
        if not _usable(mention):
            continue
        concept = pick(mention, CONDITION_KINDS)
        if concept is None:
            continue
        if concept.kind == K.ADVERSE_EFFECT:
            concept = _as_kind(concept, K.CONDITION)
        ctx.emit(relation, concept, unit, mention.text)
        covered.add(match_key(mention.text))
    if any(m.modifiers & BLOCKING for m in mentions):
        return
    for item in list_items(unit.text, max_words=10):
        if match_key(item) not in covered and not _known_other(ctx, item):
            ctx.emit(relation, _chunk_concept(item, K.CONDITION), unit, item)


def indications(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Conditions the subject is used for, when the sentence says so."""
    cue = _INDICATION_CUE if unit.kind == "usage" else _STRONG_INDICATION_CUE
    if not cue.search(unit.text):
        return
    for mention in mentions:
        if not _usable(mention) or mention.first(K.DRUG, K.DRUG_CLASS):
            continue
        concept = pick(mention, (K.CONDITION, K.ADVERSE_EFFECT))
        if concept is not None:
            ctx.emit(Relation.INDICATED_FOR, _as_kind(concept, K.CONDITION), unit, mention.text)


def monitoring(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Parameters to be monitored during therapy."""
    if unit.kind != "monitoring" and not _MONITOR_CUE.search(unit.text):
        return
    for mention in mentions:
        if _usable(mention) and (concept := mention.first(K.MONITORING)) is not None:
            ctx.emit(Relation.MONITORS, concept, unit, mention.text)


def classification(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Classes the subject belongs to, from a "Pharmacological Classification:" bullet."""
    covered: set[str] = set()
    for mention in mentions:
        concept = mention.first(K.DRUG_CLASS)
        if concept is not None and _usable(mention):
            ctx.emit(Relation.MEMBER_OF, concept, unit, mention.text)
            covered.add(match_key(mention.text))
    for item in list_items(unit.text):
        if match_key(item) not in covered and not any(c.kind == K.DRUG for c in ctx.lexicon.lookup(item)):
            ctx.emit(Relation.MEMBER_OF, _chunk_concept(item, K.DRUG_CLASS), unit, item)


def combinations(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Drugs the subject is commonly combined with (never interactions)."""
    for mention in mentions:
        if _usable(mention) and not ctx.subject.is_alias(mention.text, mention.candidates):
            concept = pick(mention, INTERACTION_KINDS, by_priority=True)
            if concept is not None:
                ctx.emit(Relation.COMBINED_WITH, concept, unit, mention.text)


def alternate_names(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Synonyms of the subject; a name the lexicon knows as another drug is not one."""
    for item in list_items(unit.text, max_words=5):
        found = [c for c in ctx.lexicon.lookup(item) if c.kind == K.DRUG]
        if found and not any(c.key == ctx.subject.concept.key for c in found):
            continue
        ctx.synonyms.append(item)
        ctx.subject.names.add(match_key(item))


def pregnancy(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Pregnancy/lactation statements become contraindications or cautions only when explicit."""
    if _CONTRA_CUE.search(unit.text):
        relation = Relation.CONTRAINDICATED_IN
    elif _CAUTION_CUE.search(unit.text):
        relation = Relation.CAUTION_IN
    else:
        return
    for mention in mentions:
        if _usable(mention) and (concept := mention.first(K.POPULATION, K.CONDITION)) is not None:
            ctx.emit(relation, concept, unit, mention.text)


def precautions(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Cautions (conditions, populations) and monitoring advice."""
    monitoring(ctx, unit, mentions)
    if _CONTRA_CUE.search(unit.text):
        contraindications(ctx, unit, [m for m in mentions if not m.first(K.MONITORING)], Relation.CONTRAINDICATED_IN)
    elif _CAUTION_CUE.search(unit.text):
        for mention in mentions:
            if _usable(mention) and not mention.first(K.MONITORING, K.DRUG, K.DRUG_CLASS):
                concept = pick(mention, (K.CONDITION, K.POPULATION))
                if concept is not None:
                    ctx.emit(Relation.CAUTION_IN, concept, unit, mention.text)


def apply_rules(ctx: RuleContext, unit: Unit) -> None:
    """Dispatch one sentence to the rules of its section kind."""
    text = unit.text.strip()
    if not text or text.endswith("?"):
        return
    mentions = find_mentions(text, ctx.lexicon)
    kind = unit.kind
    if kind == "alternate_names":
        alternate_names(ctx, unit, mentions)
        return
    if kind == "interactions":
        interactions(ctx, unit, mentions)
        return
    if kind == "combinations":
        combinations(ctx, unit, mentions)
        return
    if about_other_drug(unit, mentions, ctx.subject):
        return
    if kind.startswith("side_effects"):
        side_effects(ctx, unit, mentions)
    elif kind == "contraindications":
        contraindications(ctx, unit, mentions, Relation.CONTRAINDICATED_IN)
    elif kind in ("usage", "clinical_use"):
        indications(ctx, unit, mentions)
    elif kind == "classification":
        classification(ctx, unit, mentions)
    elif kind == "monitoring":
        monitoring(ctx, unit, mentions)
    elif kind == "pregnancy":
        pregnancy(ctx, unit, mentions)
    elif kind in ("precautions", "dosage"):
        precautions(ctx, unit, mentions) if kind == "precautions" else monitoring(ctx, unit, mentions)


def extract_relations(subject: Subject, lexicon: Lexicon, units: Iterable[Unit]) -> RuleContext:
    """Run every rule over the units (alternate names first, so aliases are known early)."""
    ctx = RuleContext(subject, lexicon)
    ordered = sorted(units, key=lambda u: u.kind != "alternate_names")
    for unit in ordered:
        apply_rules(ctx, unit)
    return ctx


def dedupe(statements: Iterable[Statement]) -> Iterator[Statement]:
    """Drop exact repeats (same edge, same sentence) while keeping order."""
    seen: set[tuple[str, str, str, str]] = set()
    for st in statements:
        key = (st.relation.value, st.object.kind.value + st.object.key, st.evidence, st.section)
        if key not in seen:
            seen.add(key)
            yield st
