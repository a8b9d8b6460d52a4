"""Interaction rules: which drugs, classes and substances interact, and with whom."""

from __future__ import annotations

from extract.model import Mention, Relation
from extract.rules.base import (
    INTERACTION_KINDS,
    MECHANISM,
    SEVERITY,
    K,
    RuleContext,
    pick,
    usable,
)
from extract.units import Unit


def interactions(ctx: RuleContext, unit: Unit, mentions: list[Mention]) -> None:
    """Drugs, classes and substances in an interaction sentence interact with the subject."""
    mechanism = MECHANISM.search(unit.text)
    severity = SEVERITY.search(unit.text)
    effect = ", ".join(
        m.text for m in mentions if usable(m) and m.first(K.ADVERSE_EFFECT) and not m.first(K.DRUG, K.DRUG_CLASS)
    )
    for mention in mentions:
        if not usable(mention) or ctx.subject.is_alias(mention.text, mention.candidates):
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


