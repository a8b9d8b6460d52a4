"""Hypothesis fuzzing: whatever the bytes, only drugkg's own errors escape the reader and extractor."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.errors import DrugKGError
from extract.pipeline import extract_document
from extract.reader import read_monograph

MARKDOWN_BITS = st.sampled_from([
    "---\n", "title: X\n", "faqs:\n  - q: a?**\n    a: 'A:** b'\n", "## **Drug Interactions**\n", "# Usage\n",
    "- aspirin and warfarin\n", "**Side Effects**\n", "### Q1: why?\n", "**A:** no.\n", "| a | b |\n", "<b>x</b>\n",
    "- Nausea, rash (mild), hypotension\n", "\n", "  - nested\n", ": : :\n", "[link](http://x)\n", "\u00e9\u2019\u2013",
])
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read_and_extract(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.md"
        path.write_bytes(raw)
        with contextlib.suppress(DrugKGError):
            extract_document(read_monograph(path))


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes(lexicon, raw: bytes) -> None:  # type: ignore[no-untyped-def]
    _read_and_extract(raw)


@FUZZ
@given(st.lists(MARKDOWN_BITS | st.text(max_size=40), max_size=40))
def test_markdown_like_text(lexicon, parts: list[str]) -> None:  # type: ignore[no-untyped-def]
    _read_and_extract("".join(parts).encode("utf-8", "surrogatepass"))
