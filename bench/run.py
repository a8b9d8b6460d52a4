"""Scale benchmark: one command, one table, everything measured in this run on this machine.

Measures extraction throughput (in process, lexicon warm: documents per wall second and per
CPU second), a naive spaCy baseline on the same documents (``spacy.blank`` + sentencizer +
``PhraseMatcher`` over lexicon surface forms), ``drugkg build`` of generated corpora (wall time,
peak RSS of the whole process tree, triples, store size on disk), an incremental rebuild after one
monograph changed, and cold ``drugkg query`` start-up. ``--full`` adds the 100k corpus.

Usage::

    python bench/run.py [--workdir DIR] [--sizes 1000 10000] [--full] [--workers N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from bench.gen_corpus import generate, lexicon_names  # noqa: E402
from extract.lexicon import load_lexicon  # noqa: E402
from extract.model import Document  # noqa: E402
from extract.pipeline import extract_document  # noqa: E402
from extract.readers import read_document  # noqa: E402
from kg.store import current_version, open_read  # noqa: E402

DRUGKG = str(Path(sys.executable).with_name("drugkg"))
QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?d a dkg:Drug }"
FULL_LIMIT_S = 600.0


@dataclass
class Row:
    """One line of the result table."""

    metric: str
    value: str
    target: str = ""
    met: bool | None = None


@dataclass
class Run:
    """A measured subprocess: wall seconds, peak memory (PSS) of its process tree in bytes, stdout, CPU s."""

    wall: float
    peak_rss: int
    output: str
    cpu: float = 0.0


def _tree_memory(pid: int) -> int:
    """Proportional set size (PSS) of ``pid`` and its descendants: forked workers' shared pages count once."""
    import psutil

    total = 0
    try:
        procs = [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]
    except psutil.Error:
        return 0
    for proc in procs:
        try:
            info = proc.memory_full_info()
            total += getattr(info, "pss", info.rss)
        except psutil.Error:
            continue
    return total


def measure(cmd: Sequence[str]) -> Run:
    """Run ``cmd``; peak memory is the sampled PSS sum over the tree (psutil) or the largest child's RSS."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.25):
            peak[0] = max(peak[0], _tree_memory(proc.pid))

    try:
        import psutil  # noqa: F401

        sampler: threading.Thread | None = threading.Thread(target=sample, daemon=True)
    except ImportError:
        sampler = None
    if sampler:
        sampler.start()
    out, errs = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    if proc.returncode not in (0, 3):
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {errs[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return Run(wall, peak[0] or after.ru_maxrss * 1024, out, cpu)


def store_size(store: Path) -> int:
    """Bytes of the current store version on disk."""
    version = current_version(store)
    assert version is not None
    return sum(p.stat().st_size for p in version.rglob("*") if p.is_file())


def extraction_rate(docs: list[Document]) -> tuple[float, float]:
    """(documents per wall second, per CPU second) of in-process extraction, lexicon warm."""
    lexicon = load_lexicon()
    extract_document(docs[0], lexicon)
    wall, cpu = time.perf_counter(), time.process_time()
    for doc in docs:
        extract_document(doc, lexicon)
    return len(docs) / (time.perf_counter() - wall), len(docs) / (time.process_time() - cpu)


def naive_rate(docs: list[Document], max_terms: int) -> tuple[float, float, int, float]:
    """The naive spaCy pipeline: (docs/s wall, docs/s CPU, terms in the matcher, matcher build s)."""
    import spacy
    from spacy.matcher import PhraseMatcher

    built = time.perf_counter()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    surfaces = sorted(load_lexicon().automaton.keys())
    step = max(1, len(surfaces) // max_terms) if max_terms else 1
    terms = surfaces[::step]
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("TERM", [nlp.make_doc(term) for term in terms])
    built = time.perf_counter() - built
    texts = [[s.text for s in d.sections] + [f.question + " " + f.answer for f in d.faqs] for d in docs]
    wall, cpu = time.perf_counter(), time.process_time()
    for parts in texts:
        for doc in nlp.pipe(parts):
            for sent in doc.sents:
                matcher(sent.as_doc())
    return len(docs) / (time.perf_counter() - wall), len(docs) / (time.process_time() - cpu), len(terms), built


def profile_extraction(docs: list[Document], top: int = 15) -> str:
    """cProfile of extraction over ``docs``: the top functions by own time."""
    lexicon = load_lexicon()
    profiler = cProfile.Profile()
    profiler.enable()
    for doc in docs:
        extract_document(doc, lexicon)
    profiler.disable()
    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).sort_stats("tottime").print_stats(top)
    return buffer.getvalue()


def _gb(n: int) -> str:
    return f"{n / 2**30:.2f} GB" if n >= 2**30 else f"{n / 2**20:.0f} MB"


def bench_build(size: int, corpus: Path, store: Path, workers: int, rows: list[Row]) -> Run:
    """Fresh build of ``corpus`` into ``store``; adds its rows."""
    run = measure([DRUGKG, "build", str(corpus), "--store", str(store), "--workers", str(workers)])
    target = size == 10_000
    rows.append(Row(f"build {size:,}: wall (CPU of all processes)",
                    f"{run.wall:.1f} s ({size / run.wall:.0f} docs/s; CPU {run.cpu:.0f} s)",
                    "<= 30 s" if target else "", run.wall <= 30 if target else None))
    rows.append(Row(f"build {size:,}: peak memory (PSS of process tree)", _gb(run.peak_rss),
                    "<= 2 GB" if target else "", run.peak_rss <= 2 * 2**30 if target else None))
    triples = len(open_read(store))
    rows.append(Row(f"build {size:,}: triples / store on disk", f"{triples:,} / {_gb(store_size(store))}"))
    return run


def bench_incremental(corpus: Path, store: Path, workers: int, rows: list[Row]) -> None:
    """Change one monograph and rebuild."""
    victim = sorted(corpus.glob("*.md"))[len(list(corpus.glob("*.md"))) // 2]
    with victim.open("a", encoding="utf-8") as handle:
        handle.write("\n- Changed for the incremental benchmark: check the INR weekly.\n")
    run = measure([DRUGKG, "build", str(corpus), "--store", str(store), "--workers", str(workers)])
    rows.append(Row(f"incremental rebuild, 1 changed file of {len(list(corpus.glob('*.md'))):,}",
                    f"{run.wall:.2f} s (CPU {run.cpu:.2f} s)", "<= 3 s", run.wall <= 3))


def bench_query(store: Path, rows: list[Row], repeat: int = 3) -> None:
    """Cold ``drugkg query`` (a new process each time)."""
    runs = [measure([DRUGKG, "query", QUERY, "--store", str(store), "--format", "csv"]) for _ in range(repeat)]
    best, median = min(r.wall for r in runs), statistics.median(r.wall for r in runs)
    cpu = statistics.median(r.cpu for r in runs)
    rows.append(Row("cold drugkg query (wall min / median of 3; CPU)", f"{best:.2f} s / {median:.2f} s; {cpu:.2f} s",
                    "<= 1.5 s", median <= 1.5))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description="drugkg scale benchmark")
    parser.add_argument("--workdir", type=Path, help="where corpora and stores go (default: a temp folder)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--full", action="store_true", help="also 100k monographs (skipped if > 10 min expected)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--sample", type=int, default=300, help="documents for the extraction rates")
    parser.add_argument("--baseline-terms", type=int, default=20_000, help="PhraseMatcher terms (0 = all)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of extraction")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="drugkg-bench-"))
    console = Console(width=150)
    rows: list[Row] = []
    names = lexicon_names()
    sizes = sorted(set(args.sizes) | ({100_000} if args.full else set()))
    corpora = {}
    for size in sizes:
        started = time.perf_counter()
        corpora[size] = work / f"corpus-{size}"
        generate(size, corpora[size], seed=args.seed, names=names)
        console.print(f"generated {size:,} monographs in {time.perf_counter() - started:.1f} s", style="dim")
    sample_files = sorted(corpora[sizes[0]].glob("*.md"))[: args.sample]
    docs = [read_document(p) for p in sample_files]
    wall_rate, cpu_rate = extraction_rate(docs)
    rows.append(Row("extraction docs/s per core (wall / CPU)", f"{wall_rate:.0f} / {cpu_rate:.0f}", ">= 1,000",
                    cpu_rate >= 1000))
    n_wall, n_cpu, n_terms, n_built = naive_rate(docs, args.baseline_terms)
    rows.append(Row(f"naive spaCy docs/s (wall / CPU; {n_terms:,} terms, matcher {n_built:.1f} s)",
                    f"{n_wall:.0f} / {n_cpu:.0f}"))
    rows.append(Row("drugkg / naive ratio (CPU)", f"{cpu_rate / n_cpu:.2f}x"))
    walls: dict[int, float] = {}
    for size in sizes:
        if size == 100_000 and 10_000 in walls and walls[10_000] * 10 > FULL_LIMIT_S:
            rows.append(Row("build 100,000", f"skipped: ~{walls[10_000] * 10:.0f} s expected (> 10 min)"))
            continue
        store = work / f"store-{size}"
        walls[size] = bench_build(size, corpora[size], store, args.workers, rows).wall
        console.print(f"built {size:,} in {walls[size]:.1f} s", style="dim")
    if 100_000 in walls and 10_000 in walls:
        rows.append(Row("100k / 10k wall ratio", f"{walls[100_000] / walls[10_000]:.1f} (linear = 10)"))
    largest = max(walls)
    bench_incremental(corpora[largest], work / f"store-{largest}", args.workers, rows)
    bench_query(work / f"store-{largest}", rows)
    table = Table("metric", "measured", "target", "met", title=f"drugkg bench ({os.cpu_count()} cores, {work})")
    for row in rows:
        table.add_row(row.metric, row.value, row.target, "" if row.met is None else ("yes" if row.met else "NO"))
    console.print(table)
    if args.profile:
        console.print(profile_extraction(docs[:200]), highlight=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
