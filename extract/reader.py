"""Markdown monograph reader: YAML front matter plus a body split into typed sections.

Headings of any style are recognised (``#`` levels, bold-only lines, numbered), mapped to
the section kinds of DESIGN.md; an unknown sub-heading inherits its parent's kind and an
unknown top heading becomes ``other`` so nothing is dropped silently.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from extract.errors import ReaderError
from extract.model import Document, Faq, Section
from extract.sections import section_kind
from extract.text import slugify, strip_markdown

_ATX = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)([^*_\n]{1,120}?)(?:\*\*|__)\s*:?\s*$")
_QUESTION_HEADING = re.compile(r"^(?:q\s*\d+\s*[:.)-]\s*)", re.IGNORECASE)
_ANSWER_PREFIX = re.compile(r"^\s*(?:\*\*)?\s*a\s*[:.]\s*(?:\*\*)?\s*", re.IGNORECASE)
_DEBRIS = re.compile(r"\?\*\*|\*\*A:\*\*|A:\*\*|\*\*")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_Q_NUMBER = re.compile(r"^\W*q\s*\d+\s*[:.)-]\s*", re.IGNORECASE)
MAX_BYTES = 16 * 1024 * 1024  # monographs are kilobytes; SPL labels a few megabytes


def read_monograph(path: str | Path) -> Document:
    """Read one monograph file into a :class:`Document`.

    Raises :class:`ReaderError` naming the file for unreadable, binary, empty or
    malformed input.

    >>> read_monograph("data/monographs/warfarin.md").title  # doctest: +SKIP
    'Warfarin'
    """
    name = str(path)
    raw = read_file_bytes(Path(path))
    text, encoding_warning = _decode(name, raw)
    if not text.strip():
        raise ReaderError(name, "empty file")
    if not text.lstrip("\ufeff \t\r\n").startswith("---"):
        raise ReaderError(name, "no YAML front matter (a monograph starts with a '---' block holding its title)")
    handler = frontmatter.YAMLHandler()
    try:
        front, body = handler.split(text.lstrip("\ufeff \t\r\n"))
        metadata = handler.load(front)
    except yaml.YAMLError as exc:
        problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ReaderError(name, f"invalid YAML front matter ({problem})") from exc
    except ValueError as exc:
        raise ReaderError(name, "front matter is not closed by a '---' line") from exc
    if metadata is None:
        metadata = {}
    if not isinstance(metadata, dict):
        raise ReaderError(name, "front matter is not a mapping of keys to values")
    doc = parse_post(name, metadata, body.strip(), hashlib.sha256(raw).hexdigest())
    if encoding_warning:
        return replace(doc, warnings=(f"{name}: {encoding_warning}", *doc.warnings))
    return doc


def parse_post(path: str, metadata: dict[str, Any], body: str, content_hash: str = "") -> Document:
    """Build a :class:`Document` from already-split front matter and markdown body."""
    warnings: list[str] = []
    if not isinstance(metadata, dict):
        raise ReaderError(path, "front matter is not a mapping")
    sections, body_faqs = split_sections(body)
    title = _title(path, metadata, body, warnings)
    if not sections and not metadata.get("faqs"):
        raise ReaderError(path, "no sections and no FAQs: nothing to read")
    faqs = merge_faqs(_front_matter_faqs(path, metadata.get("faqs"), warnings), body_faqs)
    modified = metadata.get("lastModified") or metadata.get("last_modified") or metadata.get("modified")
    if isinstance(modified, dt.datetime | dt.date):
        modified = modified.isoformat()
    return Document(
        path=path,
        slug=slugify(Path(path).stem),
        title=title,
        sections=tuple(sections),
        faqs=tuple(faqs),
        modified=str(modified) if modified else None,
        content_hash=content_hash,
        metadata=metadata,
        warnings=tuple(warnings),
    )


def read_file_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of an input file; :class:`ReaderError` for folders, unreadable or oversized files."""
    name = str(path)
    try:
        if path.stat().st_size > limit:
            size = path.stat().st_size / (1024 * 1024)
            raise ReaderError(name, f"file too large ({size:.0f} MB; the limit is {limit // (1024 * 1024)} MB)")
        return path.read_bytes()
    except ReaderError:
        raise
    except IsADirectoryError as exc:
        raise ReaderError(name, "is a directory, not a file") from exc
    except OSError as exc:
        raise ReaderError(name, f"cannot read file ({exc.strerror or exc})") from exc


def _decode(name: str, raw: bytes) -> tuple[str, str | None]:
    """Text and an optional warning: UTF-8 (BOM or not), UTF-16 with BOM, else Latin-1."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            raise ReaderError(name, "invalid UTF-16 text") from exc
    if b"\x00" in raw[:8192]:
        raise ReaderError(name, "binary file (NUL bytes), not a markdown monograph")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
        controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\r\n\t\f")
        if controls > 8:
            raise ReaderError(name, "binary file (control bytes), not a markdown monograph") from None
        return text, "not valid UTF-8; read as Latin-1"


def _title(path: str, metadata: dict[str, Any], body: str, warnings: list[str]) -> str:
    title = metadata.get("title")
    if isinstance(title, str | int | float) and str(title).strip():
        return strip_markdown(str(title))
    for line in body.splitlines():
        match = _ATX.match(line)
        if match and len(match.group(1)) == 1:
            warnings.append(f"{path}: no title in front matter; using the first heading")
            return strip_markdown(match.group(2))
    warnings.append(f"{path}: no title in front matter; using the file name")
    return Path(path).stem.replace("-", " ").replace("_", " ").title()


def _heading(line: str) -> tuple[int, str] | None:
    """(level, text) when ``line`` is a heading; bold-only lines count as level 7."""
    match = _ATX.match(line) if line.startswith("#") else None
    if match:
        return len(match.group(1)), match.group(2)
    bold = _BOLD_LINE.match(line) if "**" in line or "__" in line else None
    if bold and not _ANSWER_PREFIX.match(line):
        return 7, bold.group(1)
    return None


def split_sections(body: str) -> tuple[list[Section], list[Faq]]:
    """Split a markdown body into sections; the FAQ section is returned as question/answer pairs."""
    sections: list[Section] = []
    faqs: list[Faq] = []
    stack: list[tuple[int, str, str]] = []  # (level, heading, kind)
    lines: list[str] = []
    question: str | None = None
    answer: list[str] = []

    def flush() -> None:
        nonlocal question, answer
        kind = stack[-1][2] if stack else "other"
        if kind == "faq":
            if question is not None:
                faqs.append(Faq(question, _clean_answer(" ".join(answer))))
            elif lines and any(x.strip() for x in lines):
                faqs.extend(_inline_faqs(lines))
            question, answer = None, []
        else:
            text = "\n".join(lines).strip()
            if text:
                heading = stack[-1][1] if stack else ""
                parents = tuple(h for _, h, _ in stack[:-1])
                sections.append(Section(kind, heading, text, parents))
        lines.clear()

    for line in body.splitlines():
        head = _heading(line)
        if head is None:
            if stack and stack[-1][2] == "faq" and question is not None:
                answer.append(line)
            else:
                lines.append(line)
            continue
        flush()
        level, text = head
        if level == 7:
            level = _bold_heading_level(text, stack)
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent_kind = stack[-1][2] if stack else None
        if parent_kind == "faq":
            question = strip_markdown(_strip_q(text))
            answer = []
            stack.append((level, text, "faq"))
            continue
        kind = _child_kind(text, parent_kind)
        stack.append((level, text, kind))
    flush()
    return sections, faqs


_SUBKINDS = frozenset(
    {"side_effects_common", "side_effects_serious", "side_effects_long_term", "side_effects_adr", "clinical_use"}
)


def _bold_heading_level(text: str, stack: list[tuple[int, str, str]]) -> int:
    """Bold-only lines have no level: a known top-level name opens a section, others nest."""
    known = section_kind(text)
    inside_faq = any(kind == "faq" for _, _, kind in stack)
    if known is not None and known not in _SUBKINDS and not (inside_faq and known != "faq"):
        return 2
    return stack[-1][0] + 1 if stack else 2


def _child_kind(heading: str, parent_kind: str | None) -> str:
    """Kind of a heading given its parent: known names win, unknown ones inherit."""
    kind = section_kind(heading)
    if kind is None:
        return parent_kind or "other"
    if parent_kind == "faq":
        return "faq"
    return kind


def _strip_q(text: str) -> str:
    return _Q_NUMBER.sub("", strip_markdown(text)).strip()


def _clean_answer(text: str) -> str:
    return strip_markdown(_ANSWER_PREFIX.sub("", text.strip()))


def _inline_faqs(lines: list[str]) -> list[Faq]:
    """FAQs written as ``**Q: ...?** answer`` paragraphs rather than headings."""
    out = []
    for block in re.split(r"\n\s*\n", "\n".join(lines)):
        flat = strip_markdown(block)
        match = re.match(r"^(?:q\s*\d*\s*[:.]\s*)?(.+?\?)\s*(?:a\s*[:.]\s*)?(.*)$", flat, re.IGNORECASE | re.DOTALL)
        if match and match.group(2).strip():
            out.append(Faq(match.group(1).strip(), match.group(2).strip()))
    return out


def clean_faq_question(raw: str) -> str:
    """Front-matter question text without the ``?** **A:** ...`` debris that trails it."""
    head = raw.split("?**", 1)[0] if "?**" in raw else raw.split("**A:**", 1)[0]
    head = _DEBRIS.sub("", head).strip()
    head = " ".join(head.split())
    if head and not head.endswith("?"):
        head += "?"
    return strip_markdown(_QUESTION_HEADING.sub("", head))


def clean_faq_answer(raw: str) -> str:
    """Front-matter answer text without its leading ``A:**`` debris."""
    return " ".join(_clean_answer(_DEBRIS.sub(" ", _ANSWER_PREFIX.sub("", raw.strip()))).split())


def _front_matter_faqs(path: str, raw: Any, warnings: list[str]) -> list[Faq]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        warnings.append(f"{path}: front-matter 'faqs' is not a list; ignored")
        return []
    faqs = []
    for item in raw:
        if not isinstance(item, dict):
            warnings.append(f"{path}: a front-matter FAQ is not a mapping; ignored")
            continue
        question, answer = item.get("q") or item.get("question"), item.get("a") or item.get("answer")
        if not isinstance(question, str) or not isinstance(answer, str):
            warnings.append(f"{path}: a front-matter FAQ lacks a question or an answer; ignored")
            continue
        faqs.append(Faq(clean_faq_question(question), clean_faq_answer(answer)))
    return faqs


def merge_faqs(first: list[Faq], second: list[Faq]) -> list[Faq]:
    """FAQs from both places, duplicates (same question and answer words) kept once."""
    seen: set[tuple[str, str]] = set()
    merged = []
    for faq in [*first, *second]:
        key = (_faq_key(faq.question), _faq_key(faq.answer))
        if key not in seen:
            seen.add(key)
            merged.append(faq)
    return merged


def _faq_key(text: str) -> str:
    return _NON_ALNUM.sub(" ", text.lower()).strip()
