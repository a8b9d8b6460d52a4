"""Reader registry: input format name -> reader, looked up by file suffix or sniffed content.

rdflib-plugin style: each format module calls :func:`register` at import; :func:`read_document`
only looks up and calls. Formats: ``markdown`` (monographs with YAML front matter); more
modules (SPL XML, label text) register themselves the same way.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from extract.errors import ReaderError
from extract.model import Document

Reader = Callable[[Path], Document]
Sniffer = Callable[[bytes], bool]


@dataclass(frozen=True, slots=True)
class ReaderSpec:
    """A registered input format."""

    name: str
    suffixes: tuple[str, ...]
    read: Reader
    sniff: Sniffer | None = None
    priority: int = 0


_REGISTRY: dict[str, ReaderSpec] = {}
_LOADED = False


def register(name: str, suffixes: tuple[str, ...], *, sniff: Sniffer | None = None,
             priority: int = 0) -> Callable[[Reader], Reader]:
    """Decorator registering a reader for ``suffixes`` (lower-case, with the dot)."""

    def wrap(func: Reader) -> Reader:
        _REGISTRY[name] = ReaderSpec(name, suffixes, func, sniff, priority)
        return func

    return wrap


def _load() -> None:
    global _LOADED
    if not _LOADED:
        for module in pkgutil.iter_modules(__path__):
            importlib.import_module(f"{__name__}.{module.name}")
        _LOADED = True


def readers() -> dict[str, ReaderSpec]:
    """All registered readers by name."""
    _load()
    return dict(_REGISTRY)


def supported_suffixes() -> tuple[str, ...]:
    """Every file suffix some reader accepts (used to collect files from folders)."""
    return tuple(sorted({s for spec in readers().values() for s in spec.suffixes}))


def reader_for(path: Path, head: bytes = b"") -> ReaderSpec:
    """The reader for a file: sniffed content first (highest priority), then the suffix."""
    specs = sorted(readers().values(), key=lambda s: -s.priority)
    if head:
        for spec in specs:
            if spec.sniff is not None and spec.sniff(head):
                return spec
    suffix = path.suffix.lower()
    for spec in specs:
        if suffix in spec.suffixes:
            return spec
    raise ReaderError(str(path), f"no reader for files of type {suffix or '(none)'!r}")


def read_document(path: str | Path) -> Document:
    """Read any supported file into a :class:`Document`."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        head = b""
    return reader_for(path, head).read(path)
