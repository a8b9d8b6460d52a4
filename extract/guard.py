"""Regex searches skipped when the text lacks every literal a match needs.

Python's ``re`` tries each alternative of a pattern such as ``\\b(?:cardiac disorders|...)\\b`` at
every position of the text, so big case-insensitive alternations cost tens of microseconds per
sentence even when nothing matches, which is the common case. Every match of such a pattern
contains one of a few literal strings ("disorders", "experience", ...); :class:`Guarded` derives
those strings from the parsed pattern and answers "no match" at the cost of a substring scan
when none occurs. Whenever a match is possible the original pattern runs, so results are the
same match objects as without the guard.

The analysis is conservative: any construct it does not understand (inline flag groups,
conditional groups, a branch that can match without a literal) leaves the pattern unguarded.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import ahocorasick

try:  # the parser is internal to ``re``; without it patterns just run unguarded
    _sre: Any = importlib.import_module("re._constants")
    _sre_parse: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python versions that rename the modules
    _sre = _sre_parse = None

MIN_ANCHOR = 2  # single characters occur in almost every sentence: no use as a filter


class Requirement:
    """What every match needs: one of ``literals`` in the text, or (``at_start``) to start the text."""

    __slots__ = ("at_start", "literals")

    def __init__(self, literals: frozenset[str], at_start: bool = False) -> None:
        self.literals = literals
        self.at_start = at_start

    def score(self) -> tuple[int, int]:
        """Higher is a better filter: only the text start, else long literals, else few of them."""
        if not self.literals:
            return (1_000_000, 0) if self.at_start else (-1, 0)
        return min(map(len, self.literals)), -len(self.literals)


def requirement(pattern: re.Pattern[str]) -> Requirement | None:
    """The literal strings one of which every match of ``pattern`` contains; ``None`` if unknown."""
    if _sre_parse is None or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # a pattern ``re`` compiled always parses; be safe anyway
        return None
    flags = parsed.state.flags
    found = _sequence(list(parsed.data), flags)
    if found is None:
        return None
    if flags & re.IGNORECASE:
        if not all(literal.isascii() for literal in found.literals):
            return None  # a non-ASCII literal may fold onto ASCII text ("\u212a" matches "k")
        found = Requirement(frozenset(literal.lower() for literal in found.literals), found.at_start)
    if found.literals and min(map(len, found.literals)) < MIN_ANCHOR and not found.at_start:
        return None
    return found


def _sequence(items: Sequence[tuple[Any, Any]], flags: int) -> Requirement | None:
    """Best requirement among the mandatory parts of a sequence of parsed items."""
    if items and items[0][0] is _sre.AT and (
        items[0][1] is _sre.AT_BEGINNING_STRING or (items[0][1] is _sre.AT_BEGINNING and not flags & re.MULTILINE)
    ):
        return Requirement(frozenset(), at_start=True)  # "^" or "\\A": only at the start of the text
    candidates: list[Requirement] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(Requirement(frozenset({"".join(run)})))
            run.clear()

    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        flush()
        found = _item(op, av, flags)
        if found is not None:
            candidates.append(found)
    flush()
    return max(candidates, key=Requirement.score, default=None)


def _item(op: Any, av: Any, flags: int) -> Requirement | None:
    """Requirement of one non-literal item (``None`` when it needs nothing or is not understood)."""
    if op is _sre.SUBPATTERN:
        _, add_flags, del_flags, body = av
        if add_flags or del_flags:
            return None
        return _sequence(list(body.data), flags)
    if op is _sre.ATOMIC_GROUP:
        return _sequence(list(av.data), flags)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _, body = av
        return _sequence(list(body.data), flags) if low >= 1 else None
    if op is _sre.BRANCH:
        literals: set[str] = set()
        at_start = False
        for alternative in av[1]:
            found = _sequence(list(alternative.data), flags)
            if found is None or (not found.literals and not found.at_start):
                return None
            literals |= found.literals
            at_start |= found.at_start
        return Requirement(frozenset(literals), at_start)
    return None


class _Scanner:
    """The literals of every guard in one automaton: one pass over a text answers for all guards.

    A sentence meets several guarded patterns in a row (boilerplate, headings, severity...), so the
    answer for the last text scanned is kept; it is replaced as one tuple, safe under threads.
    """

    def __init__(self, fold: bool) -> None:
        self.fold = fold
        self.guards = 0
        self.owners: dict[str, set[int]] = {}
        self.automaton: Any = None
        self.last: tuple[str, set[int]] | None = None

    def register(self, literals: frozenset[str]) -> int:
        """A new guard id whose literals are ``literals``."""
        self.guards += 1
        ident = self.guards
        for literal in literals:
            self.owners.setdefault(literal, set()).add(ident)
        self.automaton, self.last = None, None
        return ident

    def present(self, text: str) -> set[int]:
        """Ids of the guards one of whose literals occurs in ``text`` (lower-cased when folding)."""
        last = self.last
        if last is not None and last[0] is text:
            return last[1]
        automaton = self.automaton if self.automaton is not None else self._build()
        found: set[int] = set()
        for _, owners in automaton.iter(text.lower() if self.fold else text):
            found.update(owners)
        self.last = (text, found)
        return found

    def _build(self) -> Any:
        automaton = ahocorasick.Automaton()
        for literal, owners in self.owners.items():
            automaton.add_word(literal, frozenset(owners))
        automaton.make_automaton()
        self.automaton = automaton
        return automaton


_FOLDED, _EXACT = _Scanner(fold=True), _Scanner(fold=False)


class Guarded:
    """A compiled pattern with a literal pre-check; same results as the pattern itself."""

    __slots__ = ("_fold", "_ident", "_scanner", "_start_only", "guarded", "regex")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.regex = pattern
        found = requirement(pattern)
        self.guarded = found is not None and bool(found.literals)
        self._fold = bool(pattern.flags & re.IGNORECASE)
        self._start_only = found is not None and found.at_start
        self._scanner = _FOLDED if self._fold else _EXACT
        self._ident = self._scanner.register(found.literals) if found is not None and found.literals else 0

    @property
    def pattern(self) -> str:
        """The source of the wrapped pattern, as ``re.Pattern.pattern``."""
        return self.regex.pattern

    @property
    def flags(self) -> int:
        """The flags of the wrapped pattern, as ``re.Pattern.flags``."""
        return self.regex.flags

    def possible(self, text: str) -> bool:
        """False only when no match can exist away from the start of ``text``."""
        if self._ident == 0:
            return not self._start_only  # no literal at all: only a match at the start is possible
        if self._fold and not text.isascii():
            return True  # Unicode case folding is wider than str.lower(): let the pattern decide
        return self._ident in self._scanner.present(text)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``."""
        if self.possible(text):
            return self.regex.search(text, pos, endpos)
        if self._start_only and pos == 0:
            return self.regex.match(text, 0, endpos)  # "^" matches nowhere else
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)``."""
        if self._start_only or self.possible(text):
            return self.regex.finditer(text, pos, endpos)
        return iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """``pattern.findall(text, pos, endpos)``."""
        if self._start_only or self.possible(text):
            return self.regex.findall(text, pos, endpos)
        return []

    def sub(self, repl: str, text: str, count: int = 0) -> str:
        """``pattern.sub(repl, text, count)``."""
        if self._start_only or self.possible(text):
            return self.regex.sub(repl, text, count)
        return text

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.match(text, pos, endpos)`` (unguarded: a match at one position is cheap)."""
        return self.regex.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.fullmatch(text, pos, endpos)`` (unguarded)."""
        return self.regex.fullmatch(text, pos, endpos)

    def split(self, text: str, maxsplit: int = 0) -> list[Any]:
        """``pattern.split(text, maxsplit)``."""
        if self._start_only or self.possible(text):
            return self.regex.split(text, maxsplit)
        return [text]

