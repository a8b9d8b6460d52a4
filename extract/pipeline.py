"""One pure entry point per stage, and the composition used by ``drugkg build``."""

from __future__ import annotations

from pathlib import Path

from extract.classes import class_index
from extract.doses import doses_in
from extract.lexicon import Lexicon, load_lexicon
from extract.model import Document, Extraction
from extract.readers import read_document
from extract.rules import dedupe, extract_relations
from extract.subject import resolve_subject
from extract.units import document_units


def extract_document(doc: Document, lexicon: Lexicon | None = None) -> Extraction:
    """Statements, synonyms and doses of one read monograph.

    >>> from extract.reader import parse_post
    >>> doc = parse_post("x.md", {"title": "Warfarin"}, "## Drug Interactions\\n- Aspirin raises bleeding risk.")
    >>> sorted(s.object.label for s in extract_document(doc).statements)
    ['Aspirin']
    """
    lexicon = lexicon or load_lexicon()
    subject = resolve_subject(doc, lexicon)
    units = list(document_units(doc))
    ctx = extract_relations(subject, lexicon, units)
    synonyms = tuple(dict.fromkeys(s for s in ctx.synonyms if s.lower() != doc.title.lower()))
    return Extraction(
        document=doc,
        subject=subject.concept,
        statements=tuple(dedupe(ctx.statements, class_index(lexicon).kinds_of(subject.concept))),
        synonyms=synonyms,
        surface_forms=tuple(dict.fromkeys(ctx.surface_forms)),
        doses=tuple(dict.fromkeys(doses_in(units))),
    )


def extract_file(path: str | Path, vocab: tuple[str, ...] = ()) -> Extraction:
    """Read (any registered format) and extract one file; raises :class:`extract.errors.ReaderError`."""
    return extract_document(read_document(path), load_lexicon(vocab))
