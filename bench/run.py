"""Scale benchmark: one command, one table, everything measured in this run on this machine.

Measures extraction throughput (in process, lexicon warm: documents per wall second and per
CPU second), a naive spaCy baseline on the same documents (``spacy.blank`` + sentencizer +
``PhraseMatcher`` over lexicon surface forms), ``drugkg build`` of generated corpora into fresh
stores (wall time, peak PSS of the whole process tree, triples, store size on disk, and where the
build spent its wall time, from ``drugkg build --timings``), an incremental rebuild after one
monograph of the 10k store changed, and cold ``drugkg query`` start-up. ``--full`` adds the 100k
corpus (``--full-size`` changes that size, e.g. to try the path on a small corpus). Every row
states its target (``info`` rows have none) and whether this run met it.

Usage::

    python bench/run.py [--workdir DIR] [--sizes 1000 10000] [--full [--full-size N]] [--workers N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import shutil
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
TARGET_SIZE = 10_000  # the size the build, incremental and query targets are stated for
LINEAR_SLACK = 1.1  # a 10x corpus may take up to 11x the wall time and still count as linear


@dataclass
class Row:
    """One line of the result table."""

    metric: str
    value: str
    target: str = "info"
    met: bool | None = None


@dataclass
class Run:
    """A measured subprocess: wall seconds, peak memory (PSS) of its process tree in bytes, stdout, CPU s."""

    wall: float
    peak_rss: int
    output: str
    cpu: float = 0.0
    errors: str = ""

    def timings(self) -> str:
        """The ``timings:`` line a ``drugkg build --timings`` printed on stderr (empty if none)."""
        lines = [line for line in self.errors.splitlines() if line.startswith("timings: ")]
        return lines[-1].removeprefix("timings: ") if lines else ""


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
    return Run(wall, peak[0] or after.ru_maxrss * 1024, out, cpu, errs)


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


def _build_cmd(corpus: Path, store: Path, workers: int) -> list[str]:
    return [DRUGKG, "build", str(corpus), "--store", str(store), "--workers", str(workers), "--timings"]


def bench_build(size: int, corpus: Path, store: Path, workers: int, rows: list[Row]) -> Run:
    """Build of ``corpus`` into a fresh ``store`` (a leftover one is removed first); adds its rows."""
    shutil.rmtree(store, ignore_errors=True)
    run = measure(_build_cmd(corpus, store, workers))
    target = size == TARGET_SIZE
    rows.append(Row(f"build {size:,}: wall (CPU of all processes)",
                    f"{run.wall:.1f} s ({size / run.wall:.0f} docs/s; CPU {run.cpu:.0f} s)",
                    "<= 30 s" if target else "info", run.wall <= 30 if target else None))
    rows.append(Row(f"build {size:,}: peak memory (PSS of process tree)", _gb(run.peak_rss),
                    "<= 2 GB" if target else "info", run.peak_rss <= 2 * 2**30 if target else None))
    triples = len(open_read(store))
    rows.append(Row(f"build {size:,}: triples / store on disk", f"{triples:,} / {_gb(store_size(store))}"))
    if run.timings():
        rows.append(Row(f"build {size:,}: wall per phase", run.timings()))
    return run


def bench_incremental(corpus: Path, store: Path, workers: int, rows: list[Row]) -> None:
    """Change one monograph and rebuild."""
    files = sorted(corpus.glob("*.md"))
    with files[len(files) // 2].open("a", encoding="utf-8") as handle:
        handle.write("\n- Changed for the incremental benchmark: check the INR weekly.\n")
    run = measure(_build_cmd(corpus, store, workers))
    if "built 1," not in run.output:
        raise RuntimeError(f"the incremental build did not rebuild exactly one file: {run.output.strip()}")
    target = len(files) == TARGET_SIZE  # the target is stated for a 10k store
    rows.append(Row(f"incremental rebuild, 1 changed file of {len(files):,}", f"{run.wall:.2f} s (CPU {run.cpu:.2f} s)",
                    "<= 3 s" if target else "info", run.wall <= 3 if target else None))
    if run.timings():
        rows.append(Row("incremental rebuild: wall per phase", run.timings()))
    startup = [measure([sys.executable, "-c", "import kg.cli"]).wall for _ in range(3)]
    rows.append(Row("CLI start-up (import kg.cli; median of 3)", f"{statistics.median(startup):.2f} s"))


def bench_query(store: Path, size: int, rows: list[Row], repeat: int = 3) -> None:
    """Cold ``drugkg query`` on the store of ``size`` monographs (a new process each time)."""
    runs = [measure([DRUGKG, "query", QUERY, "--store", str(store), "--format", "csv"]) for _ in range(repeat)]
    best, median = min(r.wall for r in runs), statistics.median(r.wall for r in runs)
    cpu = statistics.median(r.cpu for r in runs)
    target = size == TARGET_SIZE
    rows.append(Row(f"cold drugkg query, {size:,} store (wall min / median of {repeat}; CPU)",
                    f"{best:.2f} s / {median:.2f} s; {cpu:.2f} s", "<= 1.5 s" if target else "info",
                    median <= 1.5 if target else None))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description="drugkg scale benchmark")
    parser.add_argument("--workdir", type=Path,
                        help="where corpora and stores go (default: a temp folder, removed afterwards)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--full", action="store_true", help="also 100k monographs (see --full-limit)")
    parser.add_argument("--full-size", type=int, default=100_000, help="corpus size --full adds (default 100,000)")
    parser.add_argument("--full-limit", type=float, default=FULL_LIMIT_S,
                        help="skip the --full build if the 10k build predicts more seconds than this (0: never)")
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
    full = args.full_size if args.full else None
    sizes = sorted(set(args.sizes) | ({full} if full else set()))

    def corpus(size: int) -> Path:
        """The generated corpus of ``size`` monographs, regenerated (an incremental run changes it)."""
        started = time.perf_counter()
        folder = work / f"corpus-{size}"
        shutil.rmtree(folder, ignore_errors=True)
        generate(size, folder, seed=args.seed, names=names)
        console.print(f"generated {size:,} monographs in {time.perf_counter() - started:.1f} s", style="dim")
        return folder

    corpora = {sizes[0]: corpus(sizes[0])}
    sample_files = sorted(corpora[sizes[0]].glob("*.md"))[: args.sample]
    docs = [read_document(p) for p in sample_files]
    wall_rate, cpu_rate = extraction_rate(docs)
    rows.append(Row("extraction docs/s per core (wall / CPU)", f"{wall_rate:.0f} / {cpu_rate:.0f}", ">= 1,000 (CPU)",
                    cpu_rate >= 1000))
    n_wall, n_cpu, n_terms, n_built = naive_rate(docs, args.baseline_terms)
    rows.append(Row(f"naive spaCy docs/s (wall / CPU; {n_terms:,} terms, matcher {n_built:.1f} s)",
                    f"{n_wall:.0f} / {n_cpu:.0f}"))
    rows.append(Row("drugkg / naive ratio (CPU)", f"{cpu_rate / n_cpu:.2f}x"))
    walls: dict[int, float] = {}

    def base() -> int | None:
        """The size the --full build is compared with: 10k, else the largest other size built."""
        others = [size for size in walls if size != full]
        return TARGET_SIZE if TARGET_SIZE in others else max(others, default=None)

    for size in sizes:
        ref = base()
        expected = walls[ref] * size / ref if size == full and ref is not None else 0.0
        if args.full_limit and expected > args.full_limit:
            skipped = f"skipped: ~{expected:.0f} s expected (> --full-limit {args.full_limit:.0f} s)"
            rows.append(Row(f"build {size:,}", skipped, "completes", False))
            continue
        if size not in corpora:
            corpora[size] = corpus(size)
        store = work / f"store-{size}"
        walls[size] = bench_build(size, corpora[size], store, args.workers, rows).wall
        console.print(f"built {size:,} in {walls[size]:.1f} s", style="dim")
    ref = base()
    if full in walls and ref is not None:
        ratio, linear = walls[full] / walls[ref], full / ref
        rows.append(Row(f"{full:,} / {ref:,} wall ratio", f"{ratio:.2f} (linear = {linear:g})",
                        f"<= {linear * LINEAR_SLACK:g}", ratio <= linear * LINEAR_SLACK))
    measured = TARGET_SIZE if TARGET_SIZE in walls else max(walls)
    bench_incremental(corpora[measured], work / f"store-{measured}", args.workers, rows)
    bench_query(work / f"store-{measured}", measured, rows)
    table = Table("metric", "measured", "target", "met", title=f"drugkg bench ({os.cpu_count()} cores, {work})")
    for row in rows:
        table.add_row(row.metric, row.value, row.target, "-" if row.met is None else ("yes" if row.met else "NO"))
    console.print(table)
    if args.profile:
        console.print(profile_extraction(docs[:200]), highlight=False)
    if args.workdir is None:
        shutil.rmtree(work, ignore_errors=True)  # corpora and stores of a 10k run take 1.7 GB of /tmp
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
