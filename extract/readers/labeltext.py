"""Plain-text drug labels: numbered or ALL-CAPS headings ("4 CONTRAINDICATIONS", "7.1 CYP3A4 Inhibitors").

Headings are mapped to section kinds with :func:`label_heading_kind` (the curated
``sections.tsv`` rules plus a few label-only phrasings such as "WARNING: ..." or
"Nursing Mothers"); a sub-heading that names no kind inherits its parent's kind and an
unknown top heading becomes ``other``. The SPL reader uses the same heading mapping.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from extract.errors import ReaderError
from extract.model import Document, Section
from extract.reader import read_file_bytes
from extract.readers import register
from extract.sections import clean_heading, section_kind
from extract.text import slugify

MAX_BYTES = 64 * 1024 * 1024
MAX_HEADING_WORDS = 12

# Label phrasings the monograph table does not know: (pattern over the cleaned heading, kind).
_LABEL_KINDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), kind)
    for pattern, kind in (
        (r"^(boxed )?warnings?\b", "precautions"),
        (r"^(general )?precautions\b", "precautions"),
        (r"^(pediatric|geriatric) use\b|^(renal|hepatic) impairment\b", "precautions"),
        (r"^(nursing mothers|lactation|labor and delivery|females and males of reproductive)", "pregnancy"),
        (r"^(teratogenic|nonteratogenic) effects", "pregnancy"),
        (r"^do not use\b", "contraindications"),
        (r"^ask a doctor or pharmacist\b", "interactions"),
        (r"^(ask a doctor|stop use)\b", "precautions"),
        (r"^when using\b", "side_effects"),
        (r"^(directions|recommended dos)", "dosage"),
        (r"^(overdosage|description|how supplied|storage|references|clinical studies|nonclinical)", "other"),
        (r"^(inactive|active) ingredients?\b|^purposes?\b|^(patient counseling|medication guide)", "other"),
        (r"^(highlights|full prescribing|recent major changes|package label|principal display)", "other"),
    )
)
_USE_IN = re.compile(r"^(?:use|usage) in (.+)$")

_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$")
_RULE_CHARS = re.compile(r"^[\s\-=_*#]+|[\s\-=_*#]+$")
_BRAND_GENERIC = re.compile(r"\b([A-Z][A-Z0-9-]{2,})\s*[®™]?\s*\(([a-z][a-z0-9 ,/-]{2,80})\)")


def label_heading_kind(heading: str) -> str | None:
    """The section kind a label heading names, or ``None`` (then it inherits its parent's kind).

    >>> label_heading_kind("5 WARNINGS AND PRECAUTIONS"), label_heading_kind("Usage in Pregnancy")
    ('precautions', 'pregnancy')
    """
    text = clean_heading(heading)
    if not text:
        return None
    use_in = _USE_IN.match(text)
    if use_in:  # "Usage in Pregnancy" is about pregnancy, not indications
        return section_kind(use_in.group(1)) or _label_kind(use_in.group(1))
    return section_kind(text) or _label_kind(text)


def _label_kind(text: str) -> str | None:
    for pattern, kind in _LABEL_KINDS:
        if pattern.search(text):
            return kind
    return None


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading line: its nesting level, its text and the top-level number it belongs to."""

    level: int
    text: str
    number: str = ""


@register("labeltext", (".txt",))
def read_label_text(path: Path) -> Document:
    """Read a plain-text label into a :class:`Document`; raises :class:`ReaderError` naming the file."""
    name = str(path)
    raw = read_file_bytes(path, MAX_BYTES)
    text = _decode(name, raw)
    if not text.strip():
        raise ReaderError(name, "empty file")
    return parse_label_text(name, text, hashlib.sha256(raw).hexdigest())


def parse_label_text(path: str, text: str, content_hash: str = "") -> Document:
    """Build a :class:`Document` from label text (headings -> sections, brand -> alternate names)."""
    lines = text.splitlines()
    sections, first_heading = split_label(lines)
    if not sections:
        raise ReaderError(path, "no label headings (numbered or ALL CAPS) with text under them")
    warnings: list[str] = []
    brand, generic = _brand_and_generic(lines[: max(first_heading, 40)])
    title = generic or _first_line(lines[:first_heading])
    if not title:
        warnings.append(f"{path}: no product name found; using the file name")
        title = Path(path).stem.replace("-", " ").replace("_", " ")
    metadata: dict[str, object] = {"format": "label-text"}
    if brand:
        metadata["brand"] = brand
        sections.insert(0, Section("alternate_names", "Brand name", f"- {brand}"))
    return Document(
        path=path,
        slug=slugify(Path(path).stem),
        title=title,
        sections=tuple(sections),
        content_hash=content_hash,
        metadata=metadata,
        warnings=tuple(warnings),
    )


def split_label(lines: list[str]) -> tuple[list[Section], int]:
    """Sections of label lines and the index of the first heading (``len(lines)`` when none)."""
    sections: list[Section] = []
    stack: list[tuple[Heading, str]] = []
    body: list[str] = []
    first = len(lines)

    def flush() -> None:
        content = "\n".join(body).strip()
        if content and stack:
            heading, kind = stack[-1]
            sections.append(Section(kind, heading.text, content, tuple(h.text for h, _ in stack[:-1])))
        body.clear()

    for index, line in enumerate(lines):
        heading = parse_heading(line, stack[0][0] if stack else None)
        if heading is None:
            body.append(line.rstrip())
            continue
        first = min(first, index)
        flush()
        while stack and stack[-1][0].level >= heading.level:
            stack.pop()
        kind = label_heading_kind(heading.text) or (stack[-1][1] if stack else "other")
        stack.append((heading, kind))
    flush()
    return sections, first


def parse_heading(line: str, top: Heading | None = None) -> Heading | None:
    """The heading a line is, given the current top-level heading, or ``None`` for body text."""
    if "\t" in line.strip() or "   " in line.strip():
        return None  # a flattened table row, not a heading
    text = _RULE_CHARS.sub("", line).strip()
    if not text or text[-1] in ".;,":
        return None
    numbered = _NUMBERED.match(text)
    if numbered:  # the number vouches for the line: long sub-headings ("4.1 Active liver disease, ...") count
        if len(text.split()) > 2 * MAX_HEADING_WORDS:
            return None
        return _numbered(numbered.group(1), numbered.group(2), top)
    if len(text.split()) > MAX_HEADING_WORDS:
        return None
    if _all_caps(text):  # a known name opens a top section; other capitals are sub-headings
        if label_heading_kind(text) is not None or top is None:
            return Heading(1, text)
        return Heading(top.level + 1, text, top.number)
    if text[0].isupper() and len(text.split()) <= 6 and label_heading_kind(text) is not None:
        return Heading((top.level if top else 0) + 1, text, top.number if top else "")
    return None


def _numbered(number: str, rest: str, top: Heading | None) -> Heading | None:
    if not rest[0].isalpha():
        return None
    parts = number.split(".")
    if len(parts) == 1:
        return Heading(1, f"{number} {rest}", number) if _all_caps(rest) else None
    if not rest[0].isupper() or (top is not None and top.number and top.number != parts[0]):
        return None
    return Heading(len(parts), f"{number} {rest}", parts[0])


def _all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def _brand_and_generic(lines: list[str]) -> tuple[str, str]:
    for line in lines:
        match = _BRAND_GENERIC.search(line)
        if match:
            return match.group(1), " ".join(match.group(2).split())
    return "", ""


def _first_line(lines: list[str]) -> str:
    for line in lines:
        text = " ".join(line.split())
        if text and len(text.split()) <= MAX_HEADING_WORDS:
            return text
    return ""




def _decode(name: str, raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReaderError(name, "invalid UTF-16 text") from exc
    if b"\x00" in raw[:8192]:
        raise ReaderError(name, "binary file (NUL bytes), not label text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")
