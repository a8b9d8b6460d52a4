"""Extraction quality of drugkg against a naive baseline, on the gold corpora.

For every corpus present (dev, ddi, adr under ``../shared``; team, the project's own blind-annotated
monographs in ``data/eval``) both systems build the corpus,
the result is exported as N-Quads and scored by the shared scorer (``eval/score.py --json``),
and one table compares them: per-relation F1, must-not violations, micro-F1 (pair-F1 for the
DDI pairs corpus), precision, recall and build wall time.

Usage::

    python bench/quality.py [--shared PATH] [--workers N] [--corpus dev|ddi|adr|team ...] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from bench.naive_baseline import naive_build, write_nquads  # noqa: E402
from extract.lexicon import load_lexicon  # noqa: E402
from kg.build import build  # noqa: E402
from kg.export import export  # noqa: E402
from kg.store import open_read  # noqa: E402

RELATIONS = (
    "interacts_with", "contraindicated_in", "monitors", "adverse_effect", "indicated_for", "drug_class", "synonym",
)
TABLE_WIDTH = 170
SHORT = {
    "interacts_with": "inter", "contraindicated_in": "contra", "monitors": "monit", "adverse_effect": "adv",
    "indicated_for": "indic", "drug_class": "class", "synonym": "syn",
}


@dataclass(frozen=True)
class Corpus:
    """A shared corpus: its monographs folder and its gold (a folder of JSON or one pairs file)."""

    name: str
    monographs: Path
    gold: Path

    def present(self) -> bool:
        return self.monographs.is_dir() and self.gold.exists()


def corpora(shared: Path) -> dict[str, Corpus]:
    """The known corpora: three under ``shared``, one in the project's ``data/eval``."""
    base = shared / "corpus"
    return {
        "dev": Corpus("dev", base / "dev" / "monographs", base / "dev" / "gold"),
        "ddi": Corpus("ddi", base / "ddi2013-train" / "monographs", base / "ddi2013-train" / "gold.json"),
        "adr": Corpus("adr", base / "adr-train" / "monographs", base / "adr-train" / "gold"),
        # written and annotated blind by the team in batches (each scored before any tuning on it): a check that
        # the rules generalise beyond the dev monographs
        "team": Corpus("team", ROOT / "data" / "eval" / "monographs", ROOT / "data" / "eval" / "gold"),
    }


@dataclass
class Row:
    """One corpus x system result."""

    corpus: str
    system: str
    f1: dict[str, float | None] = field(default_factory=dict)
    must_not: int | None = None
    metric: str = "micro-F1"
    micro_f1: float = 0.0
    p: float = 0.0
    r: float = 0.0
    build_s: float = 0.0
    documents: int = 0
    edges: int = 0
    failures: int = 0
    score: dict[str, Any] = field(default_factory=dict)


def parse_score_json(stdout: str) -> dict[str, Any]:
    """The JSON object score.py prints before its text lines."""
    start = stdout.find("{")
    if start < 0:
        raise ValueError(f"no JSON in the scorer's output:\n{stdout[:500]}")
    obj, _end = json.JSONDecoder().raw_decode(stdout, start)
    if not isinstance(obj, dict):
        raise ValueError("the scorer's JSON is not an object")
    return obj


def run_scorer(shared: Path, dataset: Path, gold: Path) -> dict[str, Any]:
    """Run the shared scorer on ``dataset`` as a subprocess and return its JSON result."""
    cmd = [sys.executable, str(shared / "eval" / "score.py"), str(dataset), str(gold), "--json"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"score.py failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return parse_score_json(done.stdout)


def row_from_score(corpus: str, system: str, score: dict[str, Any]) -> Row:
    """Fill a table row from the scorer's JSON (curated per-relation or DDI pairs)."""
    row = Row(corpus, system, score=score)
    micro = score.get("micro", {})
    row.micro_f1, row.p, row.r = micro.get("f1", 0.0), micro.get("p", 0.0), micro.get("r", 0.0)
    if "relations" in score:
        rels = score["relations"]
        row.f1 = {rel: (rels[rel]["f1"] if rel in rels else None) for rel in RELATIONS}
        row.must_not = len(score.get("must_not_violations", []))
    else:
        row.metric = "pair-F1"
        row.f1 = {rel: None for rel in RELATIONS}  # unordered DDI pairs: only the pair score exists
    return row


def drugkg_system(corpus: Corpus, work: Path, workers: int) -> tuple[Path, float, tuple[int, int, int]]:
    """Build ``corpus`` with drugkg into a temporary store, export N-Quads; (file, seconds, counts)."""
    store = work / "drugkg-store"
    started = time.perf_counter()
    report = build([corpus.monographs], store, workers=workers)
    elapsed = time.perf_counter() - started
    out = work / "drugkg.nq"
    ro = open_read(store)
    with out.open("wb") as handle:
        export(ro, "nquads", handle)
    del ro
    return out, elapsed, (report.built, report.statements, len(report.failures))


def naive_system(corpus: Corpus, work: Path, workers: int) -> tuple[Path, float, tuple[int, int, int]]:
    """Build ``corpus`` with the naive baseline and dump N-Quads; (file, seconds, counts)."""
    started = time.perf_counter()
    result = naive_build([corpus.monographs], workers=workers)
    elapsed = time.perf_counter() - started
    out = work / "naive.nq"
    write_nquads(result.store, out)
    rep = result.report
    return out, elapsed, (rep.built, rep.statements, len(rep.failures))


System = Callable[[Corpus, Path, int], tuple[Path, float, tuple[int, int, int]]]
SYSTEMS: dict[str, System] = {"drugkg": drugkg_system, "naive": naive_system}


def evaluate(corpus: Corpus, shared: Path, workers: int, console: Console) -> list[Row]:
    """Both systems on one corpus."""
    rows = []
    for name, system in SYSTEMS.items():
        with tempfile.TemporaryDirectory(prefix=f"drugkg-bench-{corpus.name}-{name}-") as tmp:
            console.print(f"[dim]{corpus.name}: building with {name}...[/dim]")
            dataset, seconds, (docs, edges, failures) = system(corpus, Path(tmp), workers)
            row = row_from_score(corpus.name, name, run_scorer(shared, dataset, corpus.gold))
        row.build_s, row.documents, row.edges, row.failures = seconds, docs, edges, failures
        rows.append(row)
    return rows


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def render(rows: list[Row]) -> Table:
    """The comparison table: corpus x system rows."""
    table = Table(title="drugkg vs naive baseline (shared scorer)")
    table.add_column("corpus")
    table.add_column("system")
    for rel in RELATIONS:
        table.add_column(f"{SHORT[rel]} F1", justify="right", no_wrap=True)
    for col in ("must-not", "metric", "F1", "P", "R", "build s", "docs", "edges"):
        table.add_column(col, justify="right", no_wrap=True)
    for row in rows:
        table.add_row(
            row.corpus, row.system, *(_fmt(row.f1.get(rel)) for rel in RELATIONS),
            "-" if row.must_not is None else str(row.must_not), row.metric,
            _fmt(row.micro_f1), _fmt(row.p), _fmt(row.r), f"{row.build_s:.1f}", str(row.documents), str(row.edges),
            end_section=row.system == list(SYSTEMS)[-1],
        )
    return table


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (default ../shared)")
    ap.add_argument("--workers", type=int, default=2, help="extraction worker processes (default 2)")
    ap.add_argument("--corpus", action="append", choices=("dev", "ddi", "adr", "team"),
                    help="corpus to run (repeatable)")
    ap.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    console = Console()
    if console.width < TABLE_WIDTH:  # piped output defaults to 80 columns: keep the table unclipped
        console = Console(width=TABLE_WIDTH)
    shared: Path = args.shared.resolve()
    known = corpora(shared)
    wanted = list(dict.fromkeys(args.corpus or known))
    started = time.perf_counter()
    load_lexicon()  # compile or load the lexicon before any timed build
    rows: list[Row] = []
    skipped = []
    scorer = shared / "eval" / "score.py"
    for name in wanted:
        corpus = known[name]
        if not scorer.is_file():  # data/eval needs no ../shared, but its scoring does
            skipped.append(name)
            console.print(f"[yellow]skipping {name}: the shared scorer {scorer} is absent[/yellow]")
            continue
        if not corpus.present():
            skipped.append(name)
            console.print(f"[yellow]skipping {name}: {corpus.monographs} or {corpus.gold} is absent[/yellow]")
            continue
        rows.extend(evaluate(corpus, shared, args.workers, console))
    total = time.perf_counter() - started
    if rows:
        console.print(render(rows))
    note = f", skipped {', '.join(skipped)}" if skipped else ""
    console.print(f"total {total:.1f} s, workers {args.workers}{note}")
    if args.json:
        payload = {
            "shared": str(shared), "workers": args.workers, "skipped": skipped, "total_s": total,
            "rows": [{k: v for k, v in asdict(row).items() if k != "score"} | {"score": row.score} for row in rows],
        }
        args.json.write_text(json.dumps(payload, indent=1))
    return 0 if rows else 1


if __name__ == "__main__":
    raise SystemExit(main())
