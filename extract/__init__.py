"""Monograph text -> typed statements. Knows nothing about RDF.

Stages: :func:`read_monograph` (file -> :class:`Document`), :func:`find_mentions`
(sentence -> :class:`Mention`), :func:`extract_document` (document -> :class:`Extraction`).
"""

from extract.errors import DrugKGError, ReaderError
from extract.model import Concept, Document, EntityKind, Extraction, Mention, Relation, Statement
from extract.pipeline import extract_document, extract_file
from extract.reader import read_monograph

__all__ = [
    "Concept",
    "Document",
    "DrugKGError",
    "EntityKind",
    "Extraction",
    "Mention",
    "ReaderError",
    "Relation",
    "Statement",
    "extract_document",
    "extract_file",
    "read_monograph",
]
