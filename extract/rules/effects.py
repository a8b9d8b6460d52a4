"""Adverse-effect rules for side-effect sections (monograph lists and FDA label prose)."""

from __future__ import annotations

from extract.chunks import list_items
from extract.lexicon import match_key
from extract.model import Mention, Relation
from extract.rules.base import (
    BLOCKING,
    EFFECT_KINDS,
    K,
    RuleContext,
    as_kind,
    chunk_concept,
    effect_qualifiers,
    known_other,
    pick,
    usable,
)
from extract.units import Unit


def side_effects(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Adverse effects named in a side-effect sentence; list items count even when unknown."""
    quals = effect_qualifiers(unit)
    covered: set[str] = set()
    for mention in mentions:
        if not usable(mention) or (mention.first(K.DRUG, K.DRUG_CLASS) and not mention.first(*EFFECT_KINDS)):
            continue
        concept = pick(mention, EFFECT_KINDS)
        if concept is None:
            continue
        ctx.emit(Relation.HAS_ADVERSE_EFFECT, as_kind(concept, K.ADVERSE_EFFECT), unit, mention.text, **quals)
        covered.add(match_key(mention.text))
    if any(m.modifiers & BLOCKING for m in mentions):
        return
    for item in list_items(unit.text):
        if match_key(item) not in covered and not known_other(ctx, item):
            ctx.emit(Relation.HAS_ADVERSE_EFFECT, chunk_concept(item, K.ADVERSE_EFFECT), unit, item, **quals)


