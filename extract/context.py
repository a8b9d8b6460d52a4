"""ConText-style modifiers (negation, hypothetical, other form...) from ``context_rules.tsv``.

A trigger phrase opens a scope that runs forward, backward or both ways to the end of the
sentence or to the nearest terminating phrase; every mention inside the scope carries the
trigger's category. Pseudo-triggers ("not only") cancel the triggers they contain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

from extract.errors import LexiconError
from extract.resources import lexicon_path, read_tsv
from extract.scan import Hit, hits_by_sentence
from extract.text import CLOSED_BRACKET

DIRECTIONS = frozenset({"forward", "backward", "bidirectional", "subject", "terminate", "pseudo"})
_CLAUSE_OPENING = re.compile(r"[,;:(]|\b(?:while|when|if)\b")
_RELATIVE_END = re.compile(r"\b(?:that|who|whose)\s*$")


@dataclass(frozen=True, slots=True)
class ContextRule:
    """One trigger: a literal phrase, its category and the direction of its scope."""

    literal: str
    category: str
    direction: str


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
        rules.append(ContextRule(literal, category, direction))
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
    automaton = _default_index() if rules is None else trigger_index(rules)
    found = hits_by_sentence(automaton, lowered, [(0, len(lowered))])[0]
    return [Trigger(rule, start, end) for start, end, rule in _kept(lowered, found)]


_Hit = tuple[int, int, ContextRule]


def _kept(lowered: str, found: list[Hit]) -> list[_Hit]:
    """The triggers among a sentence's automaton hits, as plain ``(start, end, rule)`` tuples."""
    hits: list[_Hit] = []
    size = len(lowered)
    for start, end, (_, owners) in found:
        literal = owners[0].literal
        if literal[0].isalnum() and start > 0 and lowered[start - 1].isalnum():
            continue
        if literal[-1].isalnum() and end < size and lowered[end].isalnum():
            continue
        hits.extend((start, end, rule) for rule in owners)
    if len(hits) < 2:
        return [] if hits and hits[0][2].direction == "pseudo" else hits
    pseudo = [(start, end) for start, end, rule in hits if rule.direction == "pseudo"]
    scoped = [hit for hit in hits if hit[2].direction != "pseudo"]
    kept = []
    for index, (start, end, rule) in enumerate(scoped):
        if any(p_start <= start and end <= p_end for p_start, p_end in pseudo):
            continue
        if any(other != index and o_start <= start and end <= o_end and o_end - o_start > end - start
               and o_rule.direction != "terminate" for other, (o_start, o_end, o_rule) in enumerate(scoped)):
            continue  # a longer trigger ("no evidence of") owns the shorter one inside it ("no")
        kept.append((start, end, rule))
    return kept


Scope = tuple[int, int, str]


def scopes(triggers: Sequence[Trigger], length: int, key: str | None = None) -> tuple[Scope, ...]:
    """``(lo, hi, category)`` per trigger scope: a span ``[s, e)`` with ``lo <= s`` and ``e <= hi`` is in it.

    A forward scope runs from the trigger's end to the next terminator (or the sentence end), a
    backward one from the previous terminator (or the sentence start) to the trigger's start, and a
    ``subject`` one over the phrase just before the trigger (given the sentence ``key`` to find it).
    """
    return _scopes([(t.start, t.end, t.rule) for t in triggers], length, key)


def _scopes(hits: list[_Hit], length: int, key: str | None = None) -> tuple[Scope, ...]:
    if not hits:
        return ()
    terminators = [(start, end) for start, end, rule in hits if rule.direction == "terminate"]
    yielded = concession_end(key) if key is not None else None
    asides = [m.span() for m in CLOSED_BRACKET.finditer(key)] if key is not None and "(" in key else []
    out: list[Scope] = []
    for start, end, rule in hits:
        direction = rule.direction
        if direction == "terminate":
            continue
        # a trigger inside a bracketed aside scopes only the aside ("... glaucoma (especially if mist gets into the
        # eyes), urinary retention": the retention is no hypothetical)
        inside = next(((lo, hi) for lo, hi in asides if lo <= start and end <= hi), (0, length))
        if direction in ("forward", "bidirectional"):
            stop = min((t_start for t_start, _ in terminators if t_start >= end
                        and not _aside_terminator(asides, t_start, end)), default=length)
            if yielded is not None and end <= yielded:
                stop = min(stop, yielded)
            out.append((end, min(stop, inside[1]), rule.category))
        if direction in ("backward", "bidirectional"):
            crossed = _contrasts_crossed(key, start, end, terminators)
            begin = max((t_end for t_start, t_end in terminators if t_end <= start
                         and not _aside_clause(key, t_start, t_end, start) and (t_start, t_end) not in crossed),
                        default=0)
            out.append((max(begin, inside[0]), start, rule.category))
        if direction == "subject" and key is not None:
            subject = _subject_before(key, start, terminators)
            if subject is not None:
                out.append((subject, start, rule.category))
    return tuple(out)


_CONCESSION = re.compile(r"^[^a-z0-9]*(?:[^:.;]{1,80}:\s*)?(?:although|though|even\s+though|while|whereas)\b")
_LIST_GOES_ON = re.compile(r"\s*(?:and|or|nor|including|such\s+as|e\.g\.|i\.e\.|notably|particularly|especially)\b")
_SHORT_ITEM = re.compile(r"\s*(?:[^\s,;()]+\s+){0,3}[^\s,;()]+\s*,\s*(?:and|or)?\b")


def concession_end(key: str) -> int | None:
    """Where a sentence's opening concession ends ("Although no study was done, | caution is advised ..."): at
    its first comma outside brackets that does not go on with a list. What the concession denies or doubts is
    its own business; the main clause after it is asserted."""
    opening = _CONCESSION.match(key)
    if opening is None:
        return None
    closed = [m.span() for m in CLOSED_BRACKET.finditer(key)] if "(" in key else []
    for mark in _CLAUSE_MARK.finditer(key, opening.end()):
        if any(lo < mark.start() < hi for lo, hi in closed):
            continue
        if mark.group() == ";":
            return None
        if not _LIST_GOES_ON.match(key, mark.end()) and not _SHORT_ITEM.match(key, mark.end()):
            return mark.end()
    return None


_CLAUSE_MARK = re.compile(r"[,;]")
_POINTS_BACK = re.compile(r"\s(?:it|them)$")  # "..., but the drug does not treat it": "it" is named before "but"
_CONTRAST = frozenset({"but", "yet"})
_RELATIVE_OPENING = frozenset({"which", "who"})


def _contrasts_crossed(
        key: str | None, start: int, end: int, terminators: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The "but" a backward trigger ending in "it" runs across ("X looks similar, but the drug does not treat
    it"): the pronoun points to what was named before it."""
    if key is None or _POINTS_BACK.search(key, start, end) is None:
        return set()
    return {(lo, hi) for lo, hi in terminators if key[lo:hi] in _CONTRAST}


def _aside_terminator(asides: list[tuple[int, int]], t_start: int, trigger_end: int) -> bool:
    """A terminator inside a bracketed aside the trigger is not in ("No differences were seen in X (although Cmax
    rose 11%) when Y was given"): it ends scopes in the aside only, and the denial goes on after it."""
    return any(lo < t_start < hi and not lo < trigger_end < hi for lo, hi in asides)


def _aside_clause(key: str | None, t_start: int, t_end: int, start: int) -> bool:
    """A relative clause set off by commas before a backward trigger ("Lorazepam and oxazepam, which are cleared
    by glucuronidation, are not meaningfully affected"): an aside, which the trigger's scope runs across."""
    return key is not None and key[t_start:t_end] in _RELATIVE_OPENING and key[max(0, t_start - 2):t_start] == ", " \
        and "," in key[t_end:start]


def _subject_before(key: str, start: int, terminators: list[tuple[int, int]]) -> int | None:
    """Where the phrase a negated verb is said of starts ("..., | and nicotine patches do not prevent it",
    "| lithium and valproate do not change it"): after the last punctuation or clause opening before it;
    ``None`` for a relative clause ("infections that do not respond"), which describes the phrase before
    it instead of denying it."""
    begin = max((t_end for _, t_end in terminators if t_end <= start), default=0)
    closed = [m.span() for m in CLOSED_BRACKET.finditer(key, begin, start)]  # "antacids (a/b) and c do not"
    for match in _CLAUSE_OPENING.finditer(key, begin, start):
        if not any(lo <= match.start() < hi for lo, hi in closed):
            begin = match.end()
    if _RELATIVE_END.search(key, begin, start):
        return None
    return begin


def scopes_by_sentence(keys: Sequence[str], text: str, bounds: Sequence[tuple[int, int]]) -> list[tuple[Scope, ...]]:
    """The default rules' scopes in each lower-cased sentence ``keys[i]``, found in one pass over
    ``text``, the keys joined as :func:`extract.scan.joined` does."""
    found = hits_by_sentence(_default_index(), text, bounds)
    return [_scopes(_kept(key, hits), len(key), key) if hits else () for key, hits in zip(keys, found, strict=True)]


def modifiers_in(start: int, end: int, scoped: tuple[Scope, ...]) -> frozenset[str]:
    """Categories of the scopes that contain ``[start, end)``."""
    if not scoped:
        return _NONE
    return frozenset([category for lo, hi, category in scoped if lo <= start and end <= hi])


def modifiers_for(span: tuple[int, int], triggers: Sequence[Trigger], key: str) -> frozenset[str]:
    """Categories whose scope covers ``span`` (character offsets in the lower-cased sentence ``key``)."""
    if not triggers:
        return _NONE
    return modifiers_in(span[0], span[1], scopes(triggers, len(key), key))


_NONE: frozenset[str] = frozenset()
