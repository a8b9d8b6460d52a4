"""ConText-style modifiers (negation, hypothetical, other form...) from ``context_rules.tsv``.

A trigger phrase opens a scope that runs forward, backward or both ways to the end of the
sentence or to the nearest terminating phrase; every mention inside the scope carries the
trigger's category. Pseudo-triggers ("not only") cancel the triggers they contain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

from extract.errors import LexiconError
from extract.resources import lexicon_path, read_tsv

DIRECTIONS = frozenset({"forward", "backward", "bidirectional", "terminate", "pseudo"})


@dataclass(frozen=True, slots=True)
class ContextRule:
    """One trigger: a literal phrase, its category and the direction of its scope."""

    literal: str
    category: str
    direction: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Trigger:
    """A rule matched in a sentence at ``[start, end)``."""

    rule: ContextRule
    start: int
    end: int


@lru_cache(maxsize=1)
def context_rules() -> tuple[ContextRule, ...]:
    """Rules from the curated tables (``context_rules*.tsv``), validated once."""
    rules = []
    rows = [row for path in sorted(lexicon_path("").glob("context_rules*.tsv")) for row in read_tsv(path.name)]
    for row in rows:
        literal, category, direction = row["literal"].strip().lower(), row["category"].strip(), row["direction"].strip()
        if direction not in DIRECTIONS:
            raise LexiconError(f"context_rules.tsv: bad direction {direction!r} for {literal!r}")
        if not literal or not category:
            raise LexiconError("context_rules.tsv: a rule lacks a literal or a category")
        body = re.escape(literal).replace(r"\ ", r"\s+")
        left = r"(?<![a-z0-9])" if literal[0].isalnum() else ""
        right = r"(?![a-z0-9])" if literal[-1].isalnum() else ""
        rules.append(ContextRule(literal, category, direction, re.compile(left + body + right)))
    return tuple(rules)


@lru_cache(maxsize=1)
def _default_index() -> Any:
    return trigger_index(context_rules())


def trigger_index(rules: tuple[ContextRule, ...]) -> Any:
    """An Aho-Corasick automaton over every trigger literal -> the rules it fires."""
    automaton = ahocorasick.Automaton()
    by_literal: dict[str, list[ContextRule]] = {}
    for rule in rules:
        by_literal.setdefault(" ".join(rule.literal.split()), []).append(rule)
    for literal, owners in by_literal.items():
        automaton.add_word(literal, (len(literal), tuple(owners)))
    if by_literal:
        automaton.make_automaton()
    return automaton


def find_triggers(lowered: str, rules: tuple[ContextRule, ...] | None = None) -> list[Trigger]:
    """Triggers in a lower-cased sentence, with those inside a pseudo-trigger removed."""
    if rules is None:
        return list(_default_triggers(lowered))
    return _triggers(lowered, trigger_index(rules))


@lru_cache(maxsize=256)
def _default_triggers(lowered: str) -> tuple[Trigger, ...]:
    """The default rules' triggers; cached because mentions and brand names of one sentence both need them."""
    return tuple(_triggers(lowered, _default_index()))


def _triggers(lowered: str, automaton: Any) -> list[Trigger]:
    if not len(automaton):
        return []
    found: list[Trigger] = []
    size = len(lowered)
    for end_index, (length, owners) in automaton.iter(lowered):
        end = end_index + 1
        start = end - length
        literal = owners[0].literal
        if literal[0].isalnum() and start > 0 and lowered[start - 1].isalnum():
            continue
        if literal[-1].isalnum() and end < size and lowered[end].isalnum():
            continue
        found.extend(Trigger(rule, start, end) for rule in owners)
    if len(found) == 1:
        return [] if found[0].rule.direction == "pseudo" else found
    pseudo = [t for t in found if t.rule.direction == "pseudo"]
    scoped = [t for t in found if t.rule.direction != "pseudo"]
    kept = []
    for trig in scoped:
        if any(p.start <= trig.start and trig.end <= p.end for p in pseudo):
            continue
        if any(o is not trig and o.start <= trig.start and trig.end <= o.end and o.end - o.start > trig.end - trig.start
               and o.rule.direction != "terminate" for o in scoped):
            continue  # a longer trigger ("no evidence of") owns the shorter one inside it ("no")
        kept.append(trig)
    return kept


def modifiers_for(span: tuple[int, int], triggers: list[Trigger], length: int) -> frozenset[str]:
    """Categories whose scope covers ``span`` (character offsets in the sentence)."""
    if not triggers:
        return _NONE
    terminators = [t for t in triggers if t.rule.direction == "terminate"]
    out = set()
    for trig in triggers:
        direction = trig.rule.direction
        if direction == "terminate":
            continue
        if direction in ("forward", "bidirectional") and span[0] >= trig.end:
            stop = min((t.start for t in terminators if t.start >= trig.end), default=length)
            if span[1] <= stop:
                out.add(trig.rule.category)
        if direction in ("backward", "bidirectional") and span[1] <= trig.start:
            begin = max((t.end for t in terminators if t.end <= trig.start), default=0)
            if span[0] >= begin:
                out.add(trig.rule.category)
    return frozenset(out)


_NONE: frozenset[str] = frozenset()
