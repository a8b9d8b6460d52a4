"""Clinical rules: indications, contraindications, cautions, monitoring, classes, names, combinations."""

from __future__ import annotations

from extract.chunks import list_items
from extract.lexicon import match_key
from extract.model import Mention, Relation
from extract.rules.base import (
    BLOCKING,
    CAUTION_CUE,
    CONDITION_KINDS,
    CONTRA_CUE,
    INDICATION_CUE,
    INTERACTION_KINDS,
    MONITOR_CUE,
    STRONG_INDICATION_CUE,
    K,
    RuleContext,
    as_kind,
    chunk_concept,
    known_other,
    pick,
    usable,
)
from extract.units import Unit


def contraindications(ctx: RuleContext, unit: Unit, mentions: list[Mention], relation: Relation) -> None:
    """Conditions and populations in which the subject must not (or only carefully) be used."""
    covered: set[str] = set()
    for mention in mentions:
        if not usable(mention):
            continue
        concept = pick(mention, CONDITION_KINDS)
        if concept is None:
            continue
        if concept.kind == K.ADVERSE_EFFECT:
            concept = as_kind(concept, K.CONDITION)
        ctx.emit(relation, concept, unit, mention.text)
        covered.add(match_key(mention.text))
    if any(m.modifiers & BLOCKING for m in mentions):
        return
    for item in list_items(unit.text, max_words=10):
        if match_key(item) not in covered and not known_other(ctx, item):
            ctx.emit(relation, chunk_concept(item, K.CONDITION), unit, item)


def indications(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Conditions the subject is used for, when the sentence says so."""
    cue = INDICATION_CUE if unit.kind == "usage" else STRONG_INDICATION_CUE
    if not cue.search(unit.text):
        return
    for mention in mentions:
        if not usable(mention) or mention.first(K.DRUG, K.DRUG_CLASS):
            continue
        concept = pick(mention, (K.CONDITION, K.ADVERSE_EFFECT))
        if concept is not None:
            ctx.emit(Relation.INDICATED_FOR, as_kind(concept, K.CONDITION), unit, mention.text)


def monitoring(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Parameters to be monitored during therapy."""
    if unit.kind != "monitoring" and not MONITOR_CUE.search(unit.text):
        return
    for mention in mentions:
        if usable(mention) and (concept := mention.first(K.MONITORING)) is not None:
            ctx.emit(Relation.MONITORS, concept, unit, mention.text)


def classification(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Classes the subject belongs to, from a "Pharmacological Classification:" bullet."""
    covered: set[str] = set()
    for mention in mentions:
        concept = mention.first(K.DRUG_CLASS)
        if concept is not None and usable(mention):
            ctx.emit(Relation.MEMBER_OF, concept, unit, mention.text)
            covered.add(match_key(mention.text))
    for item in list_items(unit.text):
        if match_key(item) not in covered and not any(c.kind == K.DRUG for c in ctx.lexicon.lookup(item)):
            ctx.emit(Relation.MEMBER_OF, chunk_concept(item, K.DRUG_CLASS), unit, item)


def combinations(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Drugs the subject is commonly combined with (never interactions)."""
    for mention in mentions:
        if usable(mention) and not ctx.subject.is_alias(mention.text, mention.candidates):
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
    if CONTRA_CUE.search(unit.text):
        relation = Relation.CONTRAINDICATED_IN
    elif CAUTION_CUE.search(unit.text):
        relation = Relation.CAUTION_IN
    else:
        return
    for mention in mentions:
        if usable(mention) and (concept := mention.first(K.POPULATION, K.CONDITION)) is not None:
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


