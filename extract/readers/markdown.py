"""The markdown monograph format (YAML front matter + sections): the default reader."""

from __future__ import annotations

from pathlib import Path

from extract.model import Document
from extract.reader import read_monograph
from extract.readers import register


@register("markdown", (".md", ".markdown"))
def read_markdown(path: Path) -> Document:
    """Read a markdown monograph."""
    return read_monograph(path)
