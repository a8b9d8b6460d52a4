"""Guarded regexes answer exactly like the patterns they wrap, only faster when no match can exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.guard import Guarded, requirement
from extract.readers import read_document
from extract.rules import base, effects
from extract.units import document_units

ROOT = Path(__file__).resolve().parents[2]

PATTERNS = [
    re.compile(r"\b(?:severe|mild|life-threatening)\b", re.I),
    re.compile(r"^\s*\d+(?:\.\d+)+\s+[A-Z]|\bexperience\b", re.I),
    re.compile(r"\bnot (?:with )?warfarin\b"),
    re.compile(r"^(?:reactions?|events?)$|\badverse\b", re.I),
    re.compile(r"(?m)^risk\b|\bdanger\b"),
    re.compile(r"(?i:kelvin)|zz"),
    re.compile(r"(?:ab)?c|\d+"),
    re.compile(r"x{0,2}y"),
    re.compile(r"(?:cardiac|renal)[\s,]+(?:and\s+)?(?:disorders|conditions)", re.I),
]
TEXTS = [
    "", "Severe rash", "mild", "MILD headache", "a life-threatening event", "milder forms", "5.1 Hepatotoxicity",
    "  12.3 Serious", "Clinical trials experience", "post-marketing EXPERIENCE: rash", "not warfarin", "Not warfarin",
    "reaction", "Events", "adverse events", "line one\nrisk here", "risk first", "a danger", "\u212aelvin", "KELVIN",
    "ab c 12", "xxy", "y", "Cardiac, and Disorders", "renal conditions", "\u0130nfections and \u017fevere mild",
    "seVERE", "caf\u00e9 severe",
]


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:30])
def test_guarded_matches_the_pattern(pattern: re.Pattern[str]) -> None:
    guarded = Guarded(pattern)
    assert (guarded.pattern, guarded.flags) == (pattern.pattern, pattern.flags)
    for text in TEXTS:
        assert _spans(guarded.search(text)) == _spans(pattern.search(text)), text
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in pattern.finditer(text)], text
        assert guarded.findall(text) == pattern.findall(text), text
        assert guarded.sub("#", text) == pattern.sub("#", text), text
        assert guarded.split(text) == pattern.split(text), text
        for pos in (0, 1, 3):
            assert _spans(guarded.search(text, pos)) == _spans(pattern.search(text, pos)), (text, pos)


def test_requirements() -> None:
    severity = requirement(re.compile(r"\b(?:Severe|mild)\b", re.I))
    assert severity is not None and severity.literals == {"severe", "mild"} and not severity.at_start
    anchored = requirement(re.compile(r"^\d+\.\d+ [A-Z]|experience"))
    assert anchored is not None and anchored.at_start and anchored.literals == {"experience"}
    assert requirement(re.compile(r"\d+|[a-z]+")) is None  # a branch without any literal
    assert requirement(re.compile(r"(?i:severe)|mild")) is None  # a group with its own flags is not analysed
    outside = requirement(re.compile(r"(?i:abc)def"))
    assert outside is not None and outside.literals == {"def"}
    assert requirement(re.compile(r"\ba\b|\bxyz\b")) is None  # one character filters nothing
    assert requirement(re.compile("\u212a|kk", re.I)) is None  # non-ASCII literal under case folding


def test_guard_skips_the_pattern_when_no_literal_occurs() -> None:
    calls = []

    class Spy:
        """A stand-in pattern that records searches."""

        pattern = r"\bsevere\b"
        flags = re.I | re.U

        def search(self, text: str, pos: int = 0, endpos: int = 0) -> None:
            calls.append(text)

    guarded = Guarded(Spy())  # type: ignore[arg-type]
    guarded.search("a mild rash")
    assert calls == []
    guarded.search("a SEVERE rash")
    assert calls == ["a SEVERE rash"]
    guarded.search("\u0130 severe")  # non-ASCII: case folding is left to the pattern
    assert len(calls) == 2


def test_project_patterns_agree_on_sample_sentences() -> None:
    """Every guarded project pattern gives the raw pattern's matches on the sample monographs."""
    texts = [
        unit.text for path in sorted((ROOT / "data" / "monographs").glob("*.md"))
        for unit in document_units(read_document(path))
    ]
    guarded = [
        value for module in (base, effects) for value in vars(module).values() if isinstance(value, Guarded)
    ]
    assert len(guarded) >= 8 and all(g.guarded for g in guarded)
    for g in guarded:
        for text in texts:
            assert [m.span() for m in g.finditer(text)] == [m.span() for m in g.regex.finditer(text)]
            assert _spans(g.search(text)) == _spans(g.regex.search(text))


def _spans(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None
