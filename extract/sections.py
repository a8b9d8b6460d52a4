"""Heading text -> section kind, from the curated ``sections.tsv`` table."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.errors import LexiconError
from extract.resources import read_tsv

SECTION_KINDS = frozenset(
    {
        "usage", "alternate_names", "mechanism", "dosage", "clinical_use", "side_effects",
        "side_effects_common", "side_effects_serious", "side_effects_long_term", "side_effects_adr",
        "contraindications", "interactions", "pregnancy", "summary", "combinations", "precautions",
        "monitoring", "faq", "other",
    }
)

_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[ivxlc]+\.|[a-z]\.|q\d+[:.])\s+", re.IGNORECASE)
_DECORATION = re.compile(r"[*_#`]+")


@dataclass(frozen=True, slots=True)
class SectionRule:
    """One row of ``sections.tsv``: a heading pattern and the kind it names."""

    pattern: re.Pattern[str]
    kind: str


def clean_heading(text: str) -> str:
    """Heading text without markdown decoration, numbering or a trailing colon, lower-cased."""
    text = _DECORATION.sub("", text).strip()
    text = _NUMBERING.sub("", text).strip()
    return text.rstrip(":.").strip().lower()


@lru_cache(maxsize=1)
def section_rules() -> tuple[SectionRule, ...]:
    """The compiled heading rules, validated once per process."""
    rules = []
    for row in read_tsv("sections.tsv"):
        pattern, kind = row.get("pattern", ""), row.get("kind", "")
        if kind not in SECTION_KINDS:
            raise LexiconError(f"sections.tsv: unknown section kind {kind!r} for pattern {pattern!r}")
        try:
            rules.append(SectionRule(re.compile(pattern), kind))
        except re.error as exc:
            raise LexiconError(f"sections.tsv: bad pattern {pattern!r}: {exc}") from exc
    return tuple(rules)


@lru_cache(maxsize=4096)
def section_kind(heading: str) -> str | None:
    """The section kind a heading names, or ``None`` when no rule matches (cached: headings and
    bullet labels repeat across documents, and every rule is tried in turn)."""
    text = clean_heading(heading)
    for rule in section_rules():
        if rule.pattern.match(text):
            return rule.kind
    return None
