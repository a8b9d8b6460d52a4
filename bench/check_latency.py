"""Latency of the NetworkX view and of the regimen check on a store that is already built.

Measures on ``--store`` (nothing is built or changed in it):

* the view built cold: the store projected by :func:`kg.graph.build_graph`, no disk cache;
* the view loaded from the disk cache (:func:`kg.graph.read_cached`, median of ``--loads``),
  after writing it there, and the cache file's size;
* ``check()`` of a 10-drug regimen warm, through the notebook API (``kg.open(store).check``):
  median and p95 of ``--runs`` calls after one warm-up call.

The regimen is deterministic: the 10 ``Drug`` nodes that have a monograph and the most
``interactsWith`` edges (either direction), ties broken by IRI; or the names given with ``--drugs``.
Wall and CPU time are both shown: the CPU figure is the one to compare on a busy machine.

Usage::

    python bench/check_latency.py --store drugkg-store [--runs 50] [--loads 3] [--cache DIR] [--drugs A B ...]
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import networkx as nx  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

import kg  # noqa: E402
from kg.graph import build_graph, read_cached, write_cached  # noqa: E402
from kg.store import DEFAULT_STORE, current_version, open_read  # noqa: E402

TARGET_MS = 50.0
REGIMEN_SIZE = 10
T = TypeVar("T")


def timed(work: Callable[[], T]) -> tuple[T, float, float]:
    """``work()``, its wall seconds and its CPU seconds."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def regimen(G: nx.MultiDiGraph, size: int = REGIMEN_SIZE) -> list[str]:
    """Labels of the ``size`` monograph drugs with the most ``interactsWith`` edges (ties by IRI)."""
    degree: Counter[str] = Counter()
    for u, v, key in G.edges(keys=True):
        if key == "interactsWith":
            for node in (u, v):
                if G.nodes[node]["kind"] == "Drug" and G.nodes[node]["monograph"]:
                    degree[node] += 1
    ranked = sorted(degree.items(), key=lambda item: (-item[1], item[0]))[:size]
    return [G.nodes[node]["label"] for node, _ in ranked]


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (``share`` in 0..1)."""
    ordered = sorted(values)
    return ordered[min(len(ordered), max(1, math.ceil(share * len(ordered)))) - 1]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--store", default=os.environ.get("DRUGKG_STORE", DEFAULT_STORE), help="a built store")
    ap.add_argument("--runs", type=int, default=50, help="timed check() calls (default 50)")
    ap.add_argument("--loads", type=int, default=3, help="timed loads from the disk cache (default 3)")
    ap.add_argument("--cache", help="cache folder to use (sets DRUGKG_CACHE)")
    ap.add_argument("--drugs", nargs="+", help="the regimen to check instead of the top-10 drugs")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.runs < 1 or args.loads < 0:
        raise SystemExit("--runs must be >= 1 and --loads >= 0")
    if args.cache:
        os.environ["DRUGKG_CACHE"] = args.cache
    console = Console()
    store = Path(args.store)
    open_read(store)  # a clear StoreError when there is no store
    version = current_version(store)
    assert version is not None

    G, build_wall, build_cpu = timed(lambda: build_graph(open_read(store)))
    nodes, edges = G.number_of_nodes(), G.number_of_edges()
    drugs = args.drugs or regimen(G)
    cache_path = write_cached(version, G)
    if cache_path is None:
        console.print("[red]the cache folder cannot be written; no load figures[/red]")
    del G
    gc.collect()

    loads: list[tuple[float, float]] = []
    for _ in range(args.loads if cache_path else 0):
        loaded, wall, cpu = timed(lambda: read_cached(version))
        assert loaded is not None and loaded.number_of_edges() == edges
        loads.append((wall, cpu))
        del loaded
        gc.collect()

    handle = kg.open(store)
    findings = handle.check(drugs)  # warm-up: the view is in memory from here on
    walls, cpus = [], []
    for _ in range(args.runs):
        _, wall, cpu = timed(lambda: handle.check(drugs))
        walls.append(wall * 1000)
        cpus.append(cpu * 1000)

    table = Table(title=f"NetworkX view and check() on {store} ({version.name})")
    table.add_column("measure")
    table.add_column("wall", justify="right")
    table.add_column("CPU", justify="right")
    table.add_column("note")
    table.add_row("view: nodes / edges", f"{nodes:,} / {edges:,}", "", "")
    table.add_row("view build, cold (no disk cache)", f"{build_wall:.2f} s", f"{build_cpu:.2f} s", "")
    if loads:
        size = cache_path.stat().st_size if cache_path else 0
        table.add_row(f"view load from disk cache (median of {len(loads)})",
                      f"{statistics.median(w for w, _ in loads):.2f} s",
                      f"{statistics.median(c for _, c in loads):.2f} s", f"file {size / 2**20:.1f} MiB")
    median, p95 = statistics.median(walls), percentile(walls, 0.95)
    verdict = "[green]met[/green]" if median <= TARGET_MS else "[red]missed[/red]"
    table.add_row(f"check() of {len(drugs)} drugs, warm: median ({args.runs} runs)", f"{median:.2f} ms",
                  f"{statistics.median(cpus):.2f} ms", f"target <= {TARGET_MS:.0f} ms: {verdict}")
    table.add_row("check() warm: p95", f"{p95:.2f} ms", f"{percentile(cpus, 0.95):.2f} ms",
                  f"{len(findings)} findings")
    console.print(table)
    console.print("regimen: " + ", ".join(drugs))
    if cache_path:
        console.print(f"cache file: {cache_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
