"""Document -> text units: one plain-text sentence per unit, tagged with its section kind.

Bullets and paragraphs are split into sentences; a leading bold label ("**Side Effects:**")
re-types the bullet when it names a section kind, so summaries and FAQ answers feed the
same rules as the sections they summarise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from extract.model import Document
from extract.nlp import split_sentences
from extract.sections import clean_heading, section_kind
from extract.text import strip_markdown

_BULLET = re.compile(r"^\s*(?:[-*+\u2022]|\d+[.)])\s+")
_LABEL = re.compile(
    r"^\s*(?:\*\*|__)([^*_]{1,80}?)(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|(?:\*\*|__)\s+[-\u2013\u2014]\s)\s*")
# ("**Strong CYP3A inducers** - rifampin lowers exposure": a bold lead before a dash is a label too)
_TABLE_GAP = re.compile(r"\S(?: {3,}|\t+)(?=\S)")
_PLAIN_LABEL = re.compile(r"^([A-Z][A-Za-z &/()'-]{1,50}):\s+")
_PLAIN_LABEL_REACH = 52  # the colon of a plain label is among the first 52 characters
_CROSS_REF = re.compile(
    r"\[\s*see[^\[\]]{0,160}\]|\(\s*see\b[^()]{0,80}(?:\([^()]{0,20}\)[^()]{0,40})*\)"
    r"|\(\s*\d+(?:\.\d+)+\s*(?:[-,]\s*\d+(?:\.\d+)*\s*)*\)|\(\s*\d\s*\)(?=\s*(?:\.|$))",
    re.IGNORECASE,
)
_SPLIT_WORD = re.compile(r"(?<![\w.,'-])([b-hj-z]) ([a-z]{3,})")
# The same matches, counted from their space: a literal first character lets ``re`` skip ahead,
# three times faster on text without split words (nearly all of it).
_SPLIT_WORD_GAP = re.compile(r" (?<=[b-hj-z] )(?<![\w.,'-][b-hj-z] )[a-z]{3}")
CLASSIFICATION = re.compile(r"^(?:pharmacolog\w*|therapeutic|drug|chemical)?\s*(?:class(?:ification)?|category)\b")

FAQ_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "Why is it taken together with an LHRH injection?": the reason for a planned combination
    (re.compile(r"^why (?:is|are|do|does|would) [^?]{1,60}? (?:taken|given|used|combined|prescribed|paired) "
                r"(?:together |alongside |along )?with\b"), "combinations"),
    (re.compile(r"\binteract|\btaken? (?:with|together)|\bcombine\w* with\b|"
                r"\b(?:take|taking|use|using|drink|drinking|mix|mixing) [^?]{1,40}? "
                r"(?:with|while (?:taking|on|using))\b"), "interactions"),
    (re.compile(r"\bside effects?\b|\badverse\b|\breactions?\b"), "side_effects"),
    (re.compile(r"\bmonitor|\blab(?:oratory)? tests?\b|\bcheck(?:ed)?\b"), "monitoring"),
    (re.compile(r"\bpregnan|\bbreast|\blactat|\bnursing\b"), "pregnancy"),
    (re.compile(r"\bcontraindicat|\bwho should not\b|\bshould (?:not|avoid)\b"), "contraindications"),
    (re.compile(r"\bused? (?:for|to)\b|\btreat|\bindicat|\bprescribed for\b|\bhelp with\b"), "usage"),
    (re.compile(r"\bdos(?:e|age|ing)\b|\bhow (?:much|should)\b"), "dosage"),
)


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence with its effective section kind and any bullet label."""

    kind: str
    text: str
    label: str = ""
    heading: str = ""
    parents: tuple[str, ...] = ()
    question: str = ""
    bullet: bool = False


def blocks(text: str) -> Iterator[str]:
    """Bullets and paragraphs of a section body, continuation lines joined; table rows stay apart."""
    for block, _, _ in indented_blocks(text):
        yield block


def indented_blocks(text: str) -> Iterator[tuple[str, bool, int]]:
    """Like :func:`blocks`, each block with whether it is a list bullet and the indent of its marker (0 for other
    blocks)."""
    current: list[str] = []
    bullet, indent = False, 0
    for line in text.splitlines():
        row = table_row(line)
        marker = _BULLET.match(line)
        stripped = line.strip()
        if row or not stripped or marker:
            if current:
                yield " ".join(current), bullet, indent
            current, bullet, indent = [], False, 0
        if row:
            yield " ".join(line.split()), False, 0
        elif marker:
            current, bullet, indent = [line[marker.end():]], True, len(line) - len(line.lstrip())
        elif stripped:
            current.append(stripped)
    if current:
        yield " ".join(current), bullet, indent


def table_row(line: str) -> bool:
    """A line of a flattened text table: cells separated by wide runs of spaces or tabs."""
    if "   " not in line and "\t" not in line:
        return False  # no gap wide enough: the common case, without running the pattern
    return len(_TABLE_GAP.findall(line.strip())) >= 2


def labelled(block: str) -> tuple[str, str]:
    """Split ``"**Label:** rest"`` (or ``"Label: rest"``) into (label, rest)."""
    # Cheap necessary conditions first: a bold label has "**" or "__", a plain one an early colon.
    match = _LABEL.match(block) if "**" in block or "__" in block else None
    if match is None and ":" in block[:_PLAIN_LABEL_REACH]:
        match = _PLAIN_LABEL.match(block)
        if match and match.group(1).count("(") != match.group(1).count(")"):
            match = None  # "Nasopharyngitis (common cold symptoms: sore throat)": the colon is inside a bracket
    if match:
        return clean_heading(match.group(1)), block[match.end():]
    return "", block


def label_kind(label: str, default: str) -> str:
    """The kind a bullet label names, ``classification`` for class labels, else ``default``."""
    if not label:
        return default
    if CLASSIFICATION.match(label):
        return "classification"
    kind = section_kind(label)
    if default.startswith("side_effects") and not (kind or "").startswith("side_effects"):
        return default  # "Metabolism and nutrition disorders:" lists effects, not pharmacology
    return kind or default


@lru_cache(maxsize=4096)
def faq_kind(question: str) -> str:
    """Which section an FAQ answer speaks for, judged by its question."""
    lowered = question.lower()
    for pattern, kind in FAQ_KINDS:
        if pattern.search(lowered):
            return kind
    return "faq"


def drop_cross_references(text: str) -> str:
    """Text without label cross-references (``[see Warnings and Precautions (5.1)]``, ``(6.1)``)
    and with split words of converted labels rejoined (``"m ediastinal d isorders"``)."""
    if "[" in text or "(" in text:  # every cross-reference is bracketed
        text = _CROSS_REF.sub(" ", text)
    if len(_SPLIT_WORD_GAP.findall(text)) >= 2:
        text = _SPLIT_WORD.sub(r"\1\2", text)
    return " ".join(text.split())


def document_units(doc: Document) -> Iterator[Unit]:
    """Every sentence of the document (body sections, then FAQ answers) as a :class:`Unit`."""
    for section in doc.sections:
        held: tuple[str, int] | None = None  # a label bullet with no text of its own, and its indent
        for block, bullet, indent in indented_blocks(section.text):
            label, rest = labelled(block)
            if held is not None and (not bullet or indent <= held[1]):
                held = None
            if held is not None and not label:  # "- **Monitoring Parameters:**" then nested "  - Serum potassium"
                label = held[0]
            kind = label_kind(label, section.kind)
            plain = drop_cross_references(strip_markdown(rest))
            if not plain:
                if label and bullet and held is None:
                    held = (label, indent)
                continue
            for sentence in split_sentences(plain):
                yield Unit(kind, sentence, label, section.heading, section.parents, bullet=bullet)
    for faq in doc.faqs:
        kind = faq_kind(faq.question)
        for sentence in split_sentences(strip_markdown(faq.answer)):
            yield Unit(kind, sentence, "", "faq", (), faq.question)
