"""HL7 SPL XML (DailyMed Structured Product Labels) -> :class:`Document`.

Parsed with the standard library's ElementTree (expat >= 2.4 refuses entity-expansion
bombs and ElementTree never fetches external entities). Section kinds come from the LOINC
section codes; a nested section keeps its parent's kind unless its own code or title maps.
Section text is rendered as lines the unit splitter understands: paragraphs and table rows
as blank-line separated blocks (a row's cells joined with ", "), list items as ``- `` bullets.
The highlights excerpts are skipped: they repeat the full sections.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType

from extract.errors import ReaderError
from extract.model import Document, Section
from extract.reader import read_file_bytes
from extract.readers import register
from extract.readers.labeltext import label_heading_kind
from extract.text import slugify

MAX_BYTES = 64 * 1024 * 1024
V = "{urn:hl7-org:v3}"

#: LOINC section code -> section kind (codes not listed inherit or map by title).
LOINC_KINDS = MappingProxyType({
    "34067-9": "usage",              # indications & usage
    "34068-7": "dosage",             # dosage & administration
    "43678-2": "other",              # dosage forms & strengths (strengths, not dose guidelines)
    "34070-3": "contraindications",
    "43685-7": "precautions",        # warnings and precautions
    "34071-1": "precautions",        # warnings
    "42232-9": "precautions",        # precautions
    "34072-1": "precautions",        # general precautions
    "34066-1": "precautions",        # boxed warning
    "34084-4": "side_effects",       # adverse reactions
    "34073-7": "interactions",       # drug interactions
    "34074-5": "other",              # drug & laboratory test interactions
    "43684-0": "pregnancy",          # use in specific populations
    "42228-7": "pregnancy",
    "34077-8": "pregnancy",          # teratogenic effects
    "34078-6": "pregnancy",          # nonteratogenic effects
    "34079-4": "pregnancy",          # labor and delivery
    "34080-2": "pregnancy",          # nursing mothers
    "77290-5": "pregnancy",          # lactation
    "34081-0": "precautions",        # pediatric use
    "34082-8": "precautions",        # geriatric use
    "34075-2": "monitoring",         # laboratory tests
    "34090-1": "mechanism",          # clinical pharmacology
    "43679-0": "mechanism",          # mechanism of action
    "43681-6": "mechanism",          # pharmacodynamics
    "43682-4": "mechanism",          # pharmacokinetics
    "34088-5": "other",              # overdosage
    "34089-3": "other",              # description
    "43680-8": "other",              # nonclinical toxicology
    "34083-6": "other",              # carcinogenesis, mutagenesis, fertility
    "34092-7": "other",              # clinical studies
    "34093-5": "other",              # references
    "34069-5": "other",              # how supplied
    "44425-7": "other",              # storage and handling
    "34076-0": "other",              # patient counseling information
    "42230-3": "other",              # patient package insert
    "42231-1": "other",              # medication guide
    "43683-2": "other",              # recent major changes
    "51945-4": "other",              # package label
    "55106-9": "other",              # OTC active ingredient
    "55105-1": "other",              # OTC purpose
    "51727-6": "other",              # inactive ingredients
    "53413-1": "other",              # OTC questions
    "50565-1": "other",              # OTC keep out of reach of children
    "50570-1": "contraindications",  # OTC do not use
    "50569-3": "precautions",        # OTC ask a doctor
    "50568-5": "interactions",       # OTC ask a doctor or pharmacist (taking other drugs)
    "50567-7": "side_effects",       # OTC when using this product
    "50566-9": "precautions",        # OTC stop use and ask a doctor
})
#: Codes that name a kind only at the top of the document (labels nest "boxed warnings" as frames).
TOP_LEVEL_CODES = frozenset({"34066-1"})
#: Title-derived kinds too descriptive to override a parent section's kind.
WEAK_KINDS = frozenset({"mechanism", "other", "summary", "faq", "alternate_names", "combinations", "clinical_use"})
#: Sections without label text (product data elements).
SKIP_CODES = frozenset({"48780-1"})
_SKIP_INLINE = frozenset({f"{V}footnote", f"{V}renderMultiMedia", f"{V}caption"})
_INLINE_BULLET = "\u2022"
_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")
_RUN_IN = re.compile(r"^(\s*(?:- )?)([A-Z][^:\n]{1,60}):\s+")
_BLOCKS = frozenset({f"{V}paragraph", f"{V}list", f"{V}table"})


def is_spl(head: bytes) -> bool:
    """Sniff: the first bytes of an HL7 v3 ``<document>``."""
    return b"urn:hl7-org:v3" in head and b"<document" in head


@register("spl", (".xml",), sniff=is_spl, priority=10)
def read_spl(path: Path) -> Document:
    """Read a DailyMed SPL file; raises :class:`ReaderError` naming the file when it is not one."""
    name = str(path)
    raw = read_file_bytes(path, MAX_BYTES)
    if not raw.strip():
        raise ReaderError(name, "empty file")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise ReaderError(name, f"invalid XML ({exc})") from exc
    return parse_spl(name, root, hashlib.sha256(raw).hexdigest())


def parse_spl(path: str, root: ET.Element, content_hash: str = "") -> Document:
    """Build a :class:`Document` from a parsed SPL ``<document>`` element."""
    if root.tag != f"{V}document":
        raise ReaderError(path, f"not an HL7 SPL document (root element {root.tag!r})")
    warnings: list[str] = []
    generics, brands = product_names(root)
    label_title = _flat(root.find(f"{V}title"))
    title = generics[0] if generics else (brands[0] if brands else label_title)
    if not title:
        warnings.append(f"{path}: no product name or title; using the file name")
        title = Path(path).stem.replace("-", " ").replace("_", " ")
    brands = [b for b in brands if b.lower() not in {g.lower() for g in generics}]
    sections = list(document_sections(root))
    if not sections:
        raise ReaderError(path, "no label sections with text")
    if brands:
        sections.insert(0, Section("alternate_names", "Brand names", "\n".join(f"- {b}" for b in brands)))
    effective = _attr(root.find(f"{V}effectiveTime"), "value")
    metadata: dict[str, object] = {
        "format": "spl",
        "set_id": _attr(root.find(f"{V}setId"), "root"),
        "version": _attr(root.find(f"{V}versionNumber"), "value"),
        "document_id": _attr(root.find(f"{V}id"), "root"),
        "document_type": _attr(root.find(f"{V}code"), "displayName"),
        "effective_time": effective,
        "generic": generics[0] if generics else "",
        "label_title": label_title,
    }
    if brands:
        metadata["brand"] = brands[0]
        metadata["brands"] = tuple(brands)
    return Document(
        path=path,
        slug=slugify(Path(path).stem),
        title=title,
        sections=tuple(sections),
        modified=_iso_date(effective),
        content_hash=content_hash,
        metadata=metadata,
        warnings=tuple(warnings),
    )


def product_names(root: ET.Element) -> tuple[list[str], list[str]]:
    """(generic names, brand names) of the label's products, each once, in document order."""
    generics: dict[str, str] = {}
    brands: dict[str, str] = {}
    for tag in ("manufacturedProduct", "manufacturedMedicine"):
        for product in root.iter(f"{V}{tag}"):
            brand = _proprietary(product.find(f"{V}name"))
            generic = _flat(product.find(f"{V}asEntityWithGeneric/{V}genericMedicine/{V}name"))
            if brand:
                brands.setdefault(brand.lower(), brand)
            if generic:
                generics.setdefault(generic.lower(), generic)
    return list(generics.values()), list(brands.values())


def _proprietary(name: ET.Element | None) -> str:
    """A product name without its ``<suffix>`` ("TRIAMINIC", not "TRIAMINIC Childrens Night Time ...")."""
    if name is None:
        return ""
    return _squash(name.text or "") or _flat(name)


def document_sections(root: ET.Element) -> Iterator[Section]:
    """Every section with text, depth first, with its kind and parent headings."""
    for section in root.findall(f"{V}component/{V}structuredBody/{V}component/{V}section"):
        yield from _walk(section, None, ())


def _walk(section: ET.Element, parent_kind: str | None, parents: tuple[str, ...]) -> Iterator[Section]:
    code = _attr(section.find(f"{V}code"), "code")
    if code in SKIP_CODES:
        return
    heading = _flat(section.find(f"{V}title"))
    kind = section_kind_of(code, heading, parent_kind)
    children = section.findall(f"{V}component/{V}section")
    text = neutral_labels(inline_bullets(render_text(section.find(f"{V}text"))), kind)
    if not text and not children:
        text = _NUMBER.sub("", heading)  # "4.1 Active liver disease ..." says it all in the title
    elif heading and parent_kind == "contraindications" and kind != parent_kind:
        # "4.3 Pregnancy" (a pregnancy section) under Contraindications: the title is the contraindication
        yield Section(parent_kind, heading, _NUMBER.sub("", heading), parents)
    if text:
        yield Section(kind, heading or (parents[-1] if parents else ""), text, parents)
    below = (*parents, heading) if heading else parents
    for child in children:
        yield from _walk(child, kind, below)


def section_kind_of(code: str, title: str, parent_kind: str | None) -> str:
    """A section's kind: its LOINC code, else its title, else its parent's kind, else ``other``.

    Inside a clinical section, a title naming a descriptive kind ("Class Effect", "Combination
    with other PDE5 Inhibitors") and a nested boxed-warning frame (used for dose boxes) do not
    override the parent's kind.
    """
    if code in LOINC_KINDS and not (parent_kind and code in TOP_LEVEL_CODES):
        return LOINC_KINDS[code]
    titled = label_heading_kind(title) if title else None
    if parent_kind and titled in WEAK_KINDS:
        titled = None
    return titled or parent_kind or "other"


def inline_bullets(text: str) -> str:
    """Lines run together with bullet characters ("- heart disease \u2022 glaucoma", common on OTC
    labels) become one ``- `` bullet per item."""
    lines = []
    for line in text.split("\n"):
        if _INLINE_BULLET not in line:
            lines.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        first, *rest = line.split(_INLINE_BULLET)
        if first.strip():
            lines.append(first.rstrip())
        lines.extend(f"{indent}- {item.strip()}" for item in rest if item.strip())
    return "\n".join(lines)


def neutral_labels(text: str, kind: str) -> str:
    """Run-in labels ("Combination of Protease Inhibitors: ...") that would re-type a line as another
    section kind lose their colon: in SPL the LOINC section code decides the kind."""
    lines = []
    for line in text.split("\n"):
        match = _RUN_IN.match(line)
        if match and label_heading_kind(match.group(2)) not in (None, kind):
            line = f"{match.group(1)}{match.group(2)} \u2013 {line[match.end():]}"
        lines.append(line)
    return "\n".join(lines)


def render_text(text: ET.Element | None) -> str:
    """The lines of a section's ``<text>``: blocks separated by blank lines."""
    if text is None:
        return ""
    return "\n\n".join(line for line in _blocks(text) if line.strip()).strip()


def _blocks(element: ET.Element, depth: int = 0) -> Iterator[str]:
    """Block lines of an element whose children mix inline text with paragraphs, lists and tables."""
    inline: list[str] = [element.text or ""]
    for child in element:
        if child.tag in _BLOCKS:
            yield _squash("".join(inline))
            inline = []
            if child.tag == f"{V}paragraph":
                yield from _blocks(child, depth)
            elif child.tag == f"{V}list":
                yield from _list(child, depth)
            else:
                yield from _table(child)
        else:
            inline.append(_child_text(child))
        inline.append(child.tail or "")
    yield _squash("".join(inline))


def _list(element: ET.Element, depth: int) -> Iterator[str]:
    """Each ``<item>`` as a ``- `` bullet (nested lists indented), blocks inside items kept apart."""
    indent = "  " * depth
    items = []
    for item in element.findall(f"{V}item"):
        lines = [line for line in _blocks(item, depth + 1) if line]
        if lines:
            first, rest = lines[0], lines[1:]
            bullet = first if first.lstrip().startswith("- ") else f"{indent}- {first}"
            items.append("\n".join([bullet, *rest]))
    if items:
        yield "\n".join(items)


def _table(table: ET.Element) -> Iterator[str]:
    """The caption, then each row as one line with its cells joined by ", "."""
    caption = _flat(table.find(f"{V}caption"))
    if caption:
        yield caption
    for row in table.iter(f"{V}tr"):
        cells = [_cell(cell) for cell in row if cell.tag in (f"{V}td", f"{V}th")]
        line = ", ".join(c for c in cells if c)
        if line:
            yield line


def _cell(cell: ET.Element) -> str:
    parts = [cell.text or ""]
    for child in cell:
        if child.tag == f"{V}br":
            parts.append("; ")
        elif child.tag in _BLOCKS:
            parts.append(f" {_inline(child)} ")
        else:
            parts.append(_child_text(child))
        parts.append(child.tail or "")
    return _squash("".join(parts)).strip(" ;")


def _inline(element: ET.Element) -> str:
    """The text of an element and its inline children (content, links, sub/sup), footnotes and media left out."""
    parts = [element.text or ""]
    for child in element:
        parts.append(_child_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _child_text(child: ET.Element) -> str:
    if child.tag in _SKIP_INLINE:
        return ""
    if child.tag == f"{V}br":
        return " "
    if child.tag == f"{V}sup" and _footnote_mark(_squash("".join(child.itertext()))):
        return ""
    return _inline(child)


def _footnote_mark(text: str) -> bool:
    """``*``, ``†``, ``a`` and the like: superscript markers pointing at a table footnote."""
    return len(text) <= 2 and all(ch in "*†‡§¶#" or ch.isalpha() for ch in text)


def _flat(element: ET.Element | None) -> str:
    """All text of an element, whitespace collapsed (``<br/>`` reads as a space)."""
    return "" if element is None else _squash(_inline(element))


def _squash(text: str) -> str:
    return " ".join(text.split())


def _attr(element: ET.Element | None, name: str) -> str:
    return "" if element is None else element.get(name, "")


def _iso_date(value: str) -> str | None:
    """``20140113`` (or a longer HL7 timestamp) -> ``2014-01-13``; ``None`` when absent or malformed."""
    digits = value[:8]
    if len(digits) == 8 and digits.isdigit():
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    return None
