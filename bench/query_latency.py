"""Latency of the notebook API's ``sparql()`` against the same query on raw pyoxigraph.

Issue 5 asks that the API (``kg.open(store).sparql(q, name=...)`` returning a pandas
DataFrame) stays within 1.5x of running the same query straight on ``pyoxigraph.Store``.
Both sides run the same parametrised query, the interactions of one drug with their
evidence sentence and source monograph, for each drug of a deterministic sample, and both
materialise every row as plain Python values (pyoxigraph's results are lazy, so not reading
them would time nothing). Both bind the drug name through ``kg.query.bind_values``, so the
raw side runs exactly the query text the API runs. Calls alternate raw/API so drift on
a busy machine hits both alike; the ratio is of medians over all calls.

Usage::

    python bench/query_latency.py --store DIR [--drugs 20] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

import kg  # noqa: E402
from bench.check_latency import percentile, timed  # noqa: E402
from kg.namespaces import PREFIXES  # noqa: E402
from kg.query import bind_values  # noqa: E402
from kg.store import DEFAULT_STORE, current_version, open_read  # noqa: E402

TARGET_RATIO = 1.5

INTERACTIONS_OF = """
SELECT DISTINCT ?partner ?evidence ?source WHERE {
  ?d rdfs:label ?name .
  ?st rdf:subject ?d ; rdf:predicate dkg:interactsWith ; rdf:object ?p ;
      dkg:evidence ?evidence ; prov:wasDerivedFrom ?src .
  ?p rdfs:label ?partner .
  ?src dkg:sourcePath ?source .
}
ORDER BY ?partner
"""

MONOGRAPH_DRUGS = """
SELECT DISTINCT ?name WHERE {
  ?st rdf:subject ?d ; rdf:predicate dkg:interactsWith .
  ?d a dkg:Drug ; rdfs:label ?name .
}
ORDER BY ?name
"""


def solutions(store: ox.Store, query: str) -> ox.QuerySolutions:
    """A SELECT query's solutions, with the contract's prefixes and the union default graph."""
    result = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    return result


def sample(store: ox.Store, size: int) -> list[str]:
    """``size`` drug labels spread evenly over the sorted subjects of interaction statements."""
    names = [row["name"].value for row in solutions(store, MONOGRAPH_DRUGS)]
    if not names:
        raise SystemExit("the store holds no interaction statements")
    step = max(1, len(names) // size)
    return names[::step][:size]


def raw_rows(store: ox.Store, name: str) -> list[tuple[str | None, ...]]:
    """The query on pyoxigraph alone, every row read into plain values."""
    result = solutions(store, bind_values(INTERACTIONS_OF, {"name": name}))  # the query text the API runs
    columns = [v.value for v in result.variables]
    return [tuple(None if sol[c] is None else sol[c].value for c in columns) for sol in result]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--store", default=os.environ.get("DRUGKG_STORE", DEFAULT_STORE), help="a built store")
    ap.add_argument("--drugs", type=int, default=20, help="drugs in the sample (default 20)")
    ap.add_argument("--runs", type=int, default=5, help="timed calls per drug and side (default 5)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.drugs < 1 or args.runs < 1:
        raise SystemExit("--drugs and --runs must be >= 1")
    store_path = Path(args.store)
    store = open_read(store_path)  # a clear StoreError when there is no store
    handle = kg.open(store_path)
    names = sample(store, args.drugs)

    raw_wall: list[float] = []
    raw_cpu: list[float] = []
    api_wall: list[float] = []
    api_cpu: list[float] = []
    rows = 0
    for name in names:
        expected = raw_rows(store, name)  # warm-up, and the answer both sides must give
        frame = handle.sparql(INTERACTIONS_OF, name=name)
        if len(frame) != len(expected):
            raise SystemExit(f"{name}: API gave {len(frame)} rows, pyoxigraph {len(expected)}")
        rows += len(expected)
        for _ in range(args.runs):
            _, wall, cpu = timed(partial(raw_rows, store, name))
            raw_wall.append(wall * 1000)
            raw_cpu.append(cpu * 1000)
            _, wall, cpu = timed(partial(handle.sparql, INTERACTIONS_OF, name=name))
            api_wall.append(wall * 1000)
            api_cpu.append(cpu * 1000)

    ratio = statistics.median(api_wall) / statistics.median(raw_wall)
    cpu_ratio = statistics.median(api_cpu) / max(statistics.median(raw_cpu), 1e-9)
    version = current_version(store_path)
    table = Table(title=f"Interactions of a drug: API sparql() vs raw pyoxigraph on {store_path} "
                        f"({version.name if version else '?'})")
    for column, justify in (("side", "left"), ("median wall", "right"), ("p95 wall", "right"),
                            ("median CPU", "right")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for side, walls, cpus in (("raw pyoxigraph (rows read)", raw_wall, raw_cpu),
                              ("kg.open().sparql() -> DataFrame", api_wall, api_cpu)):
        table.add_row(side, f"{statistics.median(walls):.2f} ms", f"{percentile(walls, 0.95):.2f} ms",
                      f"{statistics.median(cpus):.2f} ms")
    verdict = "[green]met[/green]" if ratio <= TARGET_RATIO else "[red]missed[/red]"
    table.add_row("ratio API / raw", f"{ratio:.2f}", "", f"{cpu_ratio:.2f}")
    console = Console()
    console.print(table)
    console.print(f"{len(names)} drugs x {args.runs} runs per side; {rows} rows over the sample; "
                  f"target ratio <= {TARGET_RATIO}: {verdict}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
