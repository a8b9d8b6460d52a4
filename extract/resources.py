"""Access to the data files shipped in the ``ontology`` package."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from extract.errors import LexiconError


def ontology_dir() -> Path:
    """Folder of the installed ``ontology`` package (ontology, shapes, lexicons, queries)."""
    return Path(str(resources.files("ontology")))


def lexicon_path(name: str) -> Path:
    """Path of a curated lexicon table by file name."""
    return ontology_dir() / "lexicon" / name


def read_tsv(name: str) -> Iterator[dict[str, str]]:
    """Rows of a curated TSV as dicts; ``#`` comment lines are skipped, short rows padded."""
    path = lexicon_path(name)
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read lexicon: {exc}") from exc
    with handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None:
            return
        for number, row in enumerate(reader, start=2):
            if len(row) > len(header):
                raise LexiconError(f"{path}: row {number} has {len(row)} columns, header has {len(header)}")
            yield dict(zip(header, row + [""] * (len(header) - len(row)), strict=True))
