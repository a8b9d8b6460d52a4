"""Optional user vocabularies (``--vocab``) that extend the lexicon.

Supported: the DrugBank open vocabulary CSV (``DrugBank ID``, ``Common name``, ``Synonyms``).
"""

from __future__ import annotations

import csv
from pathlib import Path

from extract.errors import LexiconError
from extract.model import Concept, EntityKind
from extract.text import slugify


def add_vocabularies(builder: object, paths: tuple[str, ...]) -> None:
    """Add every vocabulary file to ``builder`` (a :class:`extract.lexicon.LexiconBuilder`)."""
    for item in paths:
        path = Path(item)
        if not path.is_file():
            raise LexiconError(f"{path}: vocabulary file not found")
        with path.open(encoding="utf-8-sig", newline="") as handle:
            header = handle.readline()
        if "DrugBank ID" in header and "Common name" in header:
            _drugbank(builder, path)
        else:
            raise LexiconError(f"{path}: unrecognised vocabulary format (expected the DrugBank open vocabulary CSV)")


def _drugbank(builder: object, path: Path) -> None:
    from extract.lexicon import LexiconBuilder

    assert isinstance(builder, LexiconBuilder)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            name = (row.get("Common name") or "").strip()
            if not name:
                continue
            synonyms = [s.strip() for s in (row.get("Synonyms") or "").split("|") if s.strip()]
            ids = (f"drugbank:{row['DrugBank ID'].strip()}",) if row.get("DrugBank ID") else ()
            builder.add(Concept(EntityKind.DRUG, slugify(name), name, ids), [name, *synonyms], inflect=False)
