"""``drugkg build``: monograph files -> named graphs in the store, incrementally and atomically."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pyoxigraph as ox

from extract.errors import DrugKGError, ReaderError
from extract.lexicon import load_lexicon
from extract.pipeline import extract_document
from extract.readers import read_document, supported_suffixes
from extract.text import slugify
from kg.executors import get_executor, in_order
from kg.namespaces import DKG, source_iri
from kg.rdfize import extraction_quads
from kg.store import new_version

BATCH = 256  # graphs per bulk load
DOCUMENTATION_FILES = frozenset({"README", "NOTICE", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "AUTHORS"})


@dataclass
class BuildReport:
    """What a build did: counts, failures (file, reason) and warnings."""

    built: int = 0
    unchanged: int = 0
    removed: int = 0
    statements: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def collect_files(paths: Iterable[str | Path], report: BuildReport) -> list[Path]:
    """Monograph files under ``paths`` (files or folders, recursive), each once, sorted."""
    found: dict[str, Path] = {}
    for item in paths:
        path = Path(item)
        if path.is_file():
            found.setdefault(str(path), path)
        elif path.is_dir():
            for root, _dirs, files in os.walk(path, followlinks=False, onerror=lambda e: report.failures.append(
                    (str(e.filename), f"cannot list folder ({e.strerror})"))):
                for name in files:
                    if Path(name).stem.upper() in DOCUMENTATION_FILES:
                        report.skipped.append(str(Path(root) / name))
                    elif name.lower().endswith(supported_suffixes()):
                        candidate = Path(root) / name
                        found.setdefault(str(candidate), candidate)
        else:
            report.failures.append((str(path), "no such file or folder"))
    return [found[k] for k in sorted(found)]


def assign_slugs(files: list[Path]) -> dict[Path, str]:
    """One source slug per file: the file stem, disambiguated by a path hash on collision."""
    by_stem: dict[str, list[Path]] = {}
    for path in files:
        by_stem.setdefault(slugify(path.stem), []).append(path)
    slugs = {}
    for stem, group in by_stem.items():
        for path in group:
            if len(group) == 1:
                slugs[path] = stem
            else:
                slugs[path] = f"{stem}-{hashlib.sha1(str(path).encode()).hexdigest()[:8]}"
    return slugs


def _file_hash(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _existing_hashes(store: ox.Store) -> dict[str, str]:
    """source IRI -> content hash of what the store holds now."""
    query = f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?g <{DKG}contentHash> ?h }} }}"
    result = store.query(query)
    assert isinstance(result, ox.QuerySolutions)
    return {row["g"].value: row["h"].value for row in result}


@dataclass(frozen=True)
class Extracted:
    """A worker's result for one file: its named graph as N-Quads, ready for bulk loading."""

    path: str
    nquads: bytes
    statements: int
    warnings: tuple[str, ...]


def _extract_one(item: tuple[str, str], vocab: tuple[str, ...]) -> Extracted | tuple[str, str]:
    """Worker entry point: extract and serialise one file (so the parent only loads bytes)."""
    path, slug = item
    try:
        extraction = extract_document(read_document(path), load_lexicon(vocab))
        quads = extraction_quads(extraction, slug)
        data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
        assert data is not None
        return Extracted(path, data, len(extraction.statements), extraction.document.warnings)
    except DrugKGError as exc:
        return (path, str(exc.problem) if isinstance(exc, ReaderError) else str(exc))
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError, UnicodeError) as exc:
        return (path, f"extraction failed ({type(exc).__name__}: {exc})")


def _extract_all(
    items: list[tuple[str, str]], vocab: tuple[str, ...], workers: int, progress: Callable[[], None],
    executor: str = "local",
) -> Iterator[Extracted | tuple[str, str]]:
    """Extract ``items`` (path, slug) on ``executor`` and yield results in input order (deterministic)."""
    load_lexicon(vocab)  # compile (or load) once so local workers only read the cache
    runner = get_executor(executor, workers)
    for result in in_order(runner.imap(partial(_extract_one, vocab=vocab), items)):
        yield result
        progress()


def _load_batch(store: ox.Store, batch: list[bytes]) -> None:
    """Bulk-load serialised graphs: safe without transactions because the version is still private."""
    if batch:
        store.bulk_load(b"".join(batch), ox.RdfFormat.N_QUADS)
        batch.clear()


def build(
    paths: Iterable[str | Path],
    store_path: str | Path,
    *,
    vocab: tuple[str, ...] = (),
    workers: int | None = None,
    executor: str = "local",
    prune: bool = False,
    on_total: Callable[[int], None] = lambda n: None,
    on_progress: Callable[[], None] = lambda: None,
) -> BuildReport:
    """Build or update the store from monograph files; a failing file is reported and skipped.

    Unchanged files (same content hash at the same source IRI) are skipped, changed ones have
    their named graph replaced, and with ``prune`` graphs of files no longer given are removed.
    Nothing becomes visible to readers until the whole build has succeeded.
    """
    report = BuildReport()
    files = collect_files(paths, report)
    slugs = assign_slugs(files)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    with new_version(store_path) as store:
        existing = _existing_hashes(store)
        todo = []
        for path in files:
            iri = source_iri(slugs[path])
            if iri in existing and existing[iri] == _file_hash(path):
                report.unchanged += 1
            else:
                todo.append(path)
        on_total(len(todo))
        batch: list[bytes] = []
        items = [(str(p), slugs[p]) for p in todo]
        for (_path, slug), result in zip(items, _extract_all(items, vocab, workers, on_progress, executor),
                                        strict=True):
            if isinstance(result, tuple):
                report.failures.append(result)
                continue
            report.warnings.extend(result.warnings)
            if source_iri(slug) in existing:
                store.remove_graph(ox.NamedNode(source_iri(slug)))
            batch.append(result.nquads)
            if len(batch) >= BATCH:
                _load_batch(store, batch)
            report.built += 1
            report.statements += result.statements
        _load_batch(store, batch)
        if prune:
            wanted = {source_iri(s) for s in slugs.values()}
            for iri in existing:
                if iri not in wanted:
                    store.remove_graph(ox.NamedNode(iri))
                    report.removed += 1
        from kg.lexicon_graph import sync_lexicon_graph  # curated class hierarchy + memberships

        sync_lexicon_graph(store, load_lexicon(vocab))  # replaced only when its content hash changed
    return report
