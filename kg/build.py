"""``drugkg build``: monograph files -> named graphs in the store, incrementally and atomically.

Why the build is shaped this way (measured on 10k generated monographs, 2 cores):

* Workers extract *and* serialise each graph to N-Quads, so the parent only bulk-loads bytes.
* Oxigraph's bulk loader sorts each call's quads into new SST files, and RocksDB then compacts
  files that overlap earlier calls: small calls cost more CPU (4.5M quads: 78 CPU-s in 120k-quad
  calls, 70 in 600k ones), while one huge call holds every quad in memory (1.8 GB for 10k
  monographs). Calls are therefore sized in quads (:data:`LOAD_QUADS`), which bounds memory
  whatever the corpus size. Loading, not extraction, is then most of the parent's work.
* The parent loads the compiled lexicon (a large pickle) only when it extracts in process or
  must rewrite the lexicon graph; workers load it themselves.
* A build that bulk-loaded more than once compacts the store before publishing it: otherwise
  the pending RocksDB compactions (~15-20 CPU-s per 10k monographs) fall on the next writer,
  typically a one-file incremental build, which they slow down several times over.
* Unchanged files are recognised from the previous version's manifest (size, times, inode)
  without being read; files whose stat changed are hashed, and only a different hash rebuilds.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import resource
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pyoxigraph as ox

from extract.errors import DrugKGError, ReaderError
from extract.lexicon import cache_path, fingerprint, load_lexicon
from extract.pipeline import extract_document
from extract.readers import read_document, supported_suffixes
from extract.text import slugify
from kg import lexicon_graph
from kg import manifest as manifest_mod
from kg.executors import get_executor, in_order
from kg.manifest import GraphCounts, Manifest, Source, StatKey, Totals, stat_key
from kg.namespaces import LEXICON_GRAPH, source_iri
from kg.rdfize import extraction_graph
from kg.store import Version, open_version

LOAD_QUADS = 200_000  # quads per bulk load: 10k build 0.8 GB PSS (1.24 GB at 500k), same wall time
MIN_LOAD_QUADS = 50_000  # smallest batch while documents are still coming
DOCUMENTATION_FILES = frozenset({"README", "NOTICE", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "AUTHORS"})


@dataclass
class BuildReport:
    """What a build did: counts, failures (file, reason), warnings, store totals, wall per phase and CPU."""

    built: int = 0
    unchanged: int = 0
    removed: int = 0
    statements: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    totals: Totals | None = None
    timings: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failures


class _Clock:
    """Wall seconds per build phase, summed over repeated entries (for ``--timings`` and the bench)."""

    def __init__(self, into: dict[str, float]) -> None:
        self.into = into

    @contextlib.contextmanager
    def __call__(self, phase: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.into[phase] = self.into.get(phase, 0.0) + time.perf_counter() - start


def collect_files(paths: Iterable[str | Path], report: BuildReport) -> list[Path]:
    """Monograph files under ``paths`` (files or folders, recursive), each once, sorted."""
    suffixes = supported_suffixes()
    found: dict[str, Path] = {}
    for item in paths:
        path = Path(item)
        if path.is_file():
            found.setdefault(str(path), path)
        elif path.is_dir():
            for root, _dirs, files in os.walk(path, followlinks=False, onerror=lambda e: report.failures.append(
                    (str(e.filename), f"cannot list folder ({e.strerror})"))):
                for name in files:
                    if os.path.splitext(name)[0].upper() in DOCUMENTATION_FILES:
                        report.skipped.append(os.path.join(root, name))
                    elif name.lower().endswith(suffixes):
                        candidate = os.path.join(root, name)
                        if candidate not in found:
                            found[candidate] = Path(candidate)
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


def _unchanged(source: Source, path: Path, key: StatKey | None) -> bool:
    """Whether ``path`` still has the content of ``source``, reading the file only if its stat moved."""
    if not source.hash:
        return False
    if key is not None and source.stat == key and source.path == str(path):
        return True
    if _file_hash(path) != source.hash:
        return False
    source.path, source.stat = str(path), key  # same content: remember the new stat
    return True


@dataclass(frozen=True)
class Extracted:
    """A worker's result for one file: its named graph as N-Quads, ready for bulk loading."""

    path: str
    nquads: bytes
    statements: int
    warnings: tuple[str, ...]
    content_hash: str
    counts: GraphCounts


def _extract_one(item: tuple[str, str], vocab: tuple[str, ...]) -> Extracted | tuple[str, str]:
    """Worker entry point: extract and serialise one file (so the parent only loads bytes)."""
    path, slug = item
    try:
        extraction = extract_document(read_document(path), load_lexicon(vocab))
        graph = extraction_graph(extraction, slug)
        data = ox.serialize(graph.quads, format=ox.RdfFormat.N_QUADS)
        assert data is not None
        doc = extraction.document
        return Extracted(path, data, len(extraction.statements), doc.warnings, doc.content_hash, graph.counts())
    except DrugKGError as exc:
        return (path, str(exc.problem) if isinstance(exc, ReaderError) else str(exc))
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError, UnicodeError) as exc:
        return (path, f"extraction failed ({type(exc).__name__}: {exc})")


def _lexicon_cached(vocab: tuple[str, ...]) -> bool:
    """Whether the compiled lexicon is on disk (workers then load it instead of compiling it)."""
    return cache_path(vocab).is_file()


def _extract_all(
    items: list[tuple[str, str]], vocab: tuple[str, ...], workers: int, progress: Callable[[], None],
    executor: str = "local",
) -> Iterator[Extracted | tuple[str, str]]:
    """Extract ``items`` (path, slug) on ``executor`` and yield results in input order (deterministic)."""
    runner = get_executor(executor, workers)
    if items and executor == "local" and not _lexicon_cached(vocab):
        load_lexicon(vocab)  # compile once here rather than in every local worker
    for result in in_order(runner.imap(partial(_extract_one, vocab=vocab), items)):
        yield result
        progress()


class _Loader:
    """Collects serialised graphs and bulk-loads them about ``limit`` quads at a time.

    Near the end of a build the batches shrink (to half the quads still expected, at least
    :data:`MIN_LOAD_QUADS`), so the load left to do once the last document is extracted, which
    nothing overlaps, stays short. Bulk loading skips transactions, which is safe because the
    version is still private.
    """

    def __init__(self, store: ox.Store, clock: _Clock, limit: int, documents: int) -> None:
        self.store, self.clock, self.limit = store, clock, limit
        self.remaining = documents
        self.chunks: list[bytes] = []
        self.pending = 0
        self.seen_documents = self.seen_quads = 0
        self.loads = 0

    def add(self, data: bytes, quads: int) -> None:
        self.chunks.append(data)
        self.pending += quads
        self.seen_documents += 1
        self.seen_quads += quads
        self.done()
        expected = self.remaining * self.seen_quads / self.seen_documents
        if self.pending >= max(min(MIN_LOAD_QUADS, self.limit), min(self.limit, expected / 2)):
            self.flush()

    def done(self) -> None:
        """One document fewer to come (loaded or failed)."""
        self.remaining = max(0, self.remaining - 1)

    def flush(self) -> None:
        if not self.chunks:
            return
        data = b"".join(self.chunks)
        self.chunks.clear()
        self.pending = 0
        with self.clock("load"):
            # lenient: the bytes come from ox.serialize of already validated terms
            self.store.bulk_load(data, ox.RdfFormat.N_QUADS, lenient=True)
        self.loads += 1


def _previous_manifest(version: Version) -> Manifest:
    """The manifest of the version being updated, rebuilt from the store when it has none."""
    if version.previous is None:
        return Manifest()
    return manifest_mod.read(version.previous) or manifest_mod.from_store(version.store)


def _remove_graph(store: ox.Store, manifest: Manifest, iri: str) -> None:
    manifest.remove(manifest_mod.graph_counts(store, iri))
    store.remove_graph(ox.NamedNode(iri))


def _sync_lexicon(store: ox.Store, manifest: Manifest, vocab: tuple[str, ...]) -> None:
    """Rewrite the lexicon graph if the lexicon changed (loading the lexicon only then)."""
    if lexicon_graph.is_current(store, fingerprint(vocab)):
        return
    if store.contains_named_graph(ox.NamedNode(LEXICON_GRAPH)):
        manifest.remove(manifest_mod.graph_counts(store, LEXICON_GRAPH))
    lexicon_graph.sync_lexicon_graph(store, load_lexicon(vocab))
    manifest.add(manifest_mod.graph_counts(store, LEXICON_GRAPH))


def _update(
    version: Version, files: list[Path], slugs: dict[Path, str], report: BuildReport, clock: _Clock, *,
    vocab: tuple[str, ...], workers: int, executor: str, prune: bool,
    on_total: Callable[[int], None], on_progress: Callable[[], None],
) -> None:
    """Bring ``version`` up to date with ``files``; every store reference dies when this returns."""
    store = version.store
    with clock("changes"):
        manifest = _previous_manifest(version)
        sources = manifest.sources
        existing = set(sources)
        stats: dict[Path, StatKey | None] = {}
        todo = []
        now = time.time_ns()
        for path in files:
            try:
                stats[path] = stat_key(path, now)
            except OSError:
                stats[path] = None  # reading it will report the problem
            source = sources.get(source_iri(slugs[path]))
            if source is not None and _unchanged(source, path, stats[path]):
                report.unchanged += 1
            else:
                todo.append(path)
    with clock("lexicon graph"):
        # Before the bulk loads: written into a store that has just taken many loads, these few
        # quads wait behind RocksDB's pending compactions (104 s of a 100k build).
        _sync_lexicon(store, manifest, vocab)
    on_total(len(todo))
    loader = _Loader(store, clock, LOAD_QUADS, len(todo))
    items = [(str(p), slugs[p]) for p in todo]
    with clock("extract+load"):
        for path, result in zip(todo, _extract_all(items, vocab, workers, on_progress, executor), strict=True):
            if isinstance(result, tuple):
                report.failures.append(result)
                loader.done()
                continue
            report.warnings.extend(result.warnings)
            iri = source_iri(slugs[path])
            if iri in existing:  # the old graph goes before the new one is loaded
                with clock("remove"):
                    _remove_graph(store, manifest, iri)
            loader.add(result.nquads, result.counts.quads)
            manifest.add(result.counts)
            sources[iri] = Source(result.content_hash, str(path), stats[path])
            report.built += 1
            report.statements += result.statements
        loader.flush()
    if prune:
        with clock("remove"):
            wanted = {source_iri(s) for s in slugs.values()}
            for iri in sorted(existing - wanted):
                _remove_graph(store, manifest, iri)
                del sources[iri]
                report.removed += 1
    if loader.loads > 1:
        with clock("compact"):
            # Overlapping bulk loads leave RocksDB compactions pending; a writer that closes stops
            # them, so the next one (an incremental build) would pay them: seconds per 10k
            # monographs, up to a flush that waits for all of it. The big build settles them here.
            store.optimize()
    with clock("manifest"):
        manifest.default_quads = manifest_mod.default_graph_quads(store)
        manifest_mod.write(version.path, manifest)
    report.totals = manifest.totals()


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
    clock = _Clock(report.timings)
    cpu_before = _cpu_seconds()
    with clock("scan"):
        files = collect_files(paths, report)
        slugs = assign_slugs(files)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    started = time.perf_counter()
    with open_version(store_path) as version:
        report.timings["open version"] = time.perf_counter() - started
        _update(version, files, slugs, report, clock, vocab=vocab, workers=workers, executor=executor,
                prune=prune, on_total=on_total, on_progress=on_progress)
        started = time.perf_counter()
    report.timings["publish"] = time.perf_counter() - started
    cpu_after = _cpu_seconds()
    report.cpu = {"parent": cpu_after[0] - cpu_before[0], "local workers": cpu_after[1] - cpu_before[1]}
    return report


def _cpu_seconds() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its finished child processes."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime
