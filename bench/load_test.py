"""Load test of ``drugkg serve``: N concurrent clients x M analyst queries over loopback HTTP.

Bounded by construction: a fixed number of requests, each with a timeout, a cap on the whole
run, and only 127.0.0.1 as a target. Starts ``drugkg serve`` (read-only, as users get it) on a
store (by default the sample corpus built into a temporary store), runs one warm-up pass over
the analyst queries ``ontology/queries/*.rq`` to learn each one's row count, then lets the
clients send the queries round-robin. A request counts as an error unless it answers 200 with
SPARQL results JSON holding the warm-up's number of rows.

It also proves the run wrote nothing: the store folder (every entry, the ``current`` link, and
size, mtime and SHA-256 of every file) is identical before and after, and a SPARQL UPDATE and a
Graph Store PUT are both refused. Exit status 0 only when there was no error and no write.

Usage::

    python bench/load_test.py [--store DIR] [--clients 32] [--queries 200] [--max-seconds 3600]
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import math
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from kg.namespaces import PREFIXES  # noqa: E402

DRUGKG = str(Path(sys.executable).with_name("drugkg"))
SAMPLE = ROOT / "data" / "monographs"
QUERY_DIR = ROOT / "ontology" / "queries"
HOST = "127.0.0.1"
STARTUP_SECONDS = 90.0
UPDATE = "INSERT DATA { GRAPH <urn:drugkg:load-test> { <urn:drugkg:s> <urn:drugkg:p> <urn:drugkg:o> } }"


@dataclass(frozen=True)
class LoadConfig:
    """What to run: store (``None``: build the sample corpus), clients x queries each, limits."""

    store: Path | None = None
    clients: int = 32
    queries: int = 200
    server_timeout: float = 30.0
    max_result_bytes: int = 64 << 20
    max_concurrent: int | None = None  # the server's default (2 per core)
    request_timeout: float = 300.0
    max_seconds: float = 3600.0


@dataclass
class Sample:
    """One request: which query, how long it took, and what went wrong (``None``: nothing)."""

    query: str
    seconds: float
    error: str | None = None


@dataclass
class LoadReport:
    """Everything the run measured; ``ok`` when there were no errors and nothing was written."""

    planned: int
    samples: list[Sample]
    wall: float
    warmup_errors: list[str]
    refusals: dict[str, int]
    changes: list[str]
    server_cpu: tuple[float, float] | None  # CPU seconds of the proxy (drugkg serve) and of oxigraph
    queries: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[str]:
        """Every failed request, warm-up included, and every request the time cap left unsent."""
        missing = self.planned - len(self.samples)
        return ([*self.warmup_errors, *(f"{s.query}: {s.error}" for s in self.samples if s.error)]
                + ([f"{missing} requests not sent (time limit)"] if missing else []))

    @property
    def writes_refused(self) -> bool:
        return bool(self.refusals) and all(status == 403 for status in self.refusals.values())

    @property
    def ok(self) -> bool:
        return not self.errors and not self.changes and self.writes_refused

    @property
    def latencies(self) -> list[float]:
        return sorted(s.seconds for s in self.samples if s.error is None)


def analyst_queries(folder: Path = QUERY_DIR) -> dict[str, str]:
    """The analyst query set, each with the contract's PREFIX lines (the endpoint predefines none)."""
    header = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())
    return {path.stem: header + path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.rq"))}


def snapshot(store: Path) -> dict[str, tuple[object, ...]]:
    """Every entry under ``store``: link targets, folders, and files' size, mtime and SHA-256."""
    entries: dict[str, tuple[object, ...]] = {}
    for root, dirs, files in os.walk(store, followlinks=False):
        for name in [*dirs, *files]:
            path = Path(root) / name
            key = str(path.relative_to(store))
            if path.is_symlink():
                entries[key] = ("link", os.readlink(path))
            elif path.is_dir():
                entries[key] = ("dir", path.stat().st_mtime_ns)
            else:
                info = path.stat()
                with path.open("rb") as handle:
                    digest = hashlib.file_digest(handle, "sha256").hexdigest()
                entries[key] = ("file", info.st_size, info.st_mtime_ns, digest)
    return entries


def compare(before: dict[str, tuple[object, ...]], after: dict[str, tuple[object, ...]]) -> list[str]:
    """What differs between two snapshots, one line per entry."""
    changes = [f"new: {k}" for k in sorted(after.keys() - before.keys())]
    changes += [f"gone: {k}" for k in sorted(before.keys() - after.keys())]
    changes += [f"changed: {k}" for k in sorted(before.keys() & after.keys()) if before[k] != after[k]]
    return changes


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def start_server(config: LoadConfig, store: Path, log: IO[bytes]) -> tuple[subprocess.Popen[bytes], int]:
    """``drugkg serve`` (read-only) on a free loopback port, once it answers."""
    port = _free_port()
    limits = ["--timeout", f"{config.server_timeout:g}", "--max-result-bytes", str(config.max_result_bytes)]
    if config.max_concurrent is not None:
        limits += ["--max-concurrent", str(config.max_concurrent)]
    process = subprocess.Popen([DRUGKG, "serve", "--store", str(store), "--host", HOST, "--port", str(port), *limits],
                               stdin=subprocess.DEVNULL, stdout=log, stderr=log)
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"drugkg serve exited with status {process.returncode}")
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=2)
            connection.request("GET", "/")
            if connection.getresponse().status == 200:
                connection.close()
                return process, port
        except OSError:
            time.sleep(0.2)
    stop_server(process)
    raise RuntimeError(f"drugkg serve did not answer within {STARTUP_SECONDS:g} s")


def stop_server(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _rows(body: bytes) -> int:
    """Rows of a SPARQL results JSON document (1 for an ASK); ValueError when it is not one."""
    data = json.loads(body)
    if "boolean" in data:
        return 1
    return len(data["results"]["bindings"])


def ask(connection: http.client.HTTPConnection, query: str) -> tuple[int, bytes]:
    """POST one query (form-encoded, as the SPARQL 1.1 Protocol allows); status and body."""
    connection.request("POST", "/query", urllib.parse.urlencode({"query": query}),
                       {"Content-Type": "application/x-www-form-urlencoded",
                        "Accept": "application/sparql-results+json"})
    response = connection.getresponse()
    return response.status, response.read()


def warm_up(port: int, queries: dict[str, str], timeout: float) -> tuple[dict[str, int], list[str]]:
    """One sequential pass: each query's row count, and the queries that failed."""
    expected, errors = {}, []
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        for name, text in queries.items():
            try:
                status, body = ask(connection, text)
                if status != 200:
                    raise ValueError(f"HTTP {status}: {body[:200].decode(errors='replace')}")
                expected[name] = _rows(body)
            except (OSError, http.client.HTTPException, ValueError, KeyError) as exc:
                errors.append(f"{name} (warm-up): {exc}")
                connection.close()
    finally:
        connection.close()
    return expected, errors


def client(offset: int, port: int, queries: dict[str, str], expected: dict[str, int], count: int,
           timeout: float, give_up: float, start: threading.Barrier, out: list[Sample]) -> None:
    """One client: ``count`` queries round-robin from ``offset`` on one kept-alive connection."""
    names = list(queries)
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    start.wait()
    try:
        for i in range(count):
            if time.monotonic() > give_up:
                return
            name = names[(offset + i) % len(names)]
            began = time.perf_counter()
            try:
                status, body = ask(connection, queries[name])
                if status != 200:
                    raise ValueError(f"HTTP {status}: {body[:200].decode(errors='replace')}")
                rows = _rows(body)
                if name in expected and rows != expected[name]:
                    raise ValueError(f"{rows} rows, {expected[name]} in the warm-up")
                out.append(Sample(name, time.perf_counter() - began))
            except (OSError, http.client.HTTPException, ValueError, KeyError) as exc:
                out.append(Sample(name, time.perf_counter() - began, str(exc) or type(exc).__name__))
                connection.close()  # reconnects on the next request
    finally:
        connection.close()


def write_attempts(port: int) -> dict[str, int]:
    """Status of a SPARQL UPDATE and of a Graph Store PUT (both must be refused: 403)."""
    statuses = {}
    attempts = {
        "SPARQL UPDATE": ("/update", UPDATE.encode(), "application/sparql-update"),
        "Graph Store PUT": ("/store?graph=urn%3Adrugkg%3Aload-test", b"<urn:drugkg:s> <urn:drugkg:p> <urn:drugkg:o> .",
                            "application/n-triples"),
    }
    for label, (path, body, media_type) in attempts.items():
        connection = http.client.HTTPConnection(HOST, port, timeout=30)
        try:
            connection.request("PUT" if path.startswith("/store") else "POST", path, body,
                               {"Content-Type": media_type})
            response = connection.getresponse()
            response.read()
            statuses[label] = response.status
        finally:
            connection.close()
    return statuses


def _tree_cpu(pid: int) -> tuple[float, float] | None:
    """CPU seconds used so far by ``pid`` and by its children (``None`` without psutil)."""
    try:
        import psutil
    except ImportError:
        return None
    try:
        parent = psutil.Process(pid)
        own = sum(parent.cpu_times()[:2])
        return own, sum(sum(p.cpu_times()[:2]) for p in parent.children(recursive=True))
    except psutil.Error:
        return None


def run(config: LoadConfig, console: Console | None = None) -> LoadReport:
    """Start the server, load it, check nothing was written, stop it."""
    say = console.print if console else (lambda *a, **k: None)
    with tempfile.TemporaryDirectory(prefix="drugkg-load-") as work:
        store = config.store
        if store is None:
            from kg.build import build

            store = Path(work) / "store"
            say(f"building {SAMPLE} into {store}", style="dim")
            report = build([SAMPLE], store, workers=1)
            if not report.ok:
                raise RuntimeError(f"sample build failed: {report.failures}")
        queries = analyst_queries()
        before = snapshot(store)
        log_path = Path(work) / "serve.log"
        with log_path.open("wb") as log:
            process, port = start_server(config, store, log)
            try:
                expected, warmup_errors = warm_up(port, queries, config.request_timeout)
                say(f"{len(queries)} analyst queries, warm-up done; {config.clients} clients x {config.queries} "
                    f"queries on http://{HOST}:{port}/query", style="dim")
                samples: list[Sample] = []
                start = threading.Barrier(config.clients + 1)
                give_up = time.monotonic() + config.max_seconds
                # clients start spread over the query set, so every query is in the mix from the start
                threads = [threading.Thread(target=client, args=(i * len(queries) // config.clients, port, queries,
                                                                 expected, config.queries, config.request_timeout,
                                                                 give_up, start, samples), daemon=True)
                           for i in range(config.clients)]  # daemon: Ctrl-C ends the run at once
                for thread in threads:
                    thread.start()
                cpu_before = _tree_cpu(process.pid)
                start.wait()
                began = time.perf_counter()
                for thread in threads:
                    thread.join()
                wall = time.perf_counter() - began
                cpu_after = _tree_cpu(process.pid)
                refusals = write_attempts(port)
            finally:
                stop_server(process)
        after = snapshot(store)
        if console and (process.returncode not in (0, -15)):
            console.print(log_path.read_text(errors="replace")[-2000:])
    server_cpu = (None if cpu_before is None or cpu_after is None
                  else (cpu_after[0] - cpu_before[0], cpu_after[1] - cpu_before[1]))
    return LoadReport(config.clients * config.queries, samples, wall, warmup_errors, refusals,
                      compare(before, after), server_cpu, list(queries))


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile of sorted ``values``."""
    return values[max(0, math.ceil(p / 100 * len(values)) - 1)]


def render(report: LoadReport, config: LoadConfig) -> Table:
    """The result table."""
    table = Table(title=f"drugkg serve load test: {config.clients} clients x {config.queries} queries "
                        f"({len(report.queries)} analyst queries, loopback)")
    table.add_column("metric")
    table.add_column("value", justify="right")
    lat = report.latencies
    table.add_row("queries sent / planned", f"{len(report.samples):,} / {report.planned:,}")
    table.add_row("errors", f"{len(report.errors):,}", style="red" if report.errors else "green")
    table.add_row("wall time", f"{report.wall:.2f} s")
    table.add_row("throughput", f"{len(lat) / report.wall:.1f} queries/s" if report.wall else "-")
    for label, p in (("p50", 50), ("p95", 95), ("p99", 99), ("max", 100)):
        table.add_row(f"latency {label}", f"{percentile(lat, p) * 1000:.1f} ms" if lat else "-")
    if report.server_cpu is not None:
        proxy, oxigraph = report.server_cpu
        table.add_row("server CPU: oxigraph / proxy", f"{oxigraph:.1f} s / {proxy:.1f} s")
        table.add_row("oxigraph CPU per query", f"{oxigraph / max(1, len(report.samples)) * 1000:.0f} ms")
    for label, status in report.refusals.items():
        table.add_row(f"{label} refused", f"HTTP {status}", style="green" if status == 403 else "red")
    table.add_row("store unchanged (entries, mtimes, SHA-256)", "yes" if not report.changes else
                  f"NO: {len(report.changes)} changes", style="red" if report.changes else "green")
    return table


def main(argv: Sequence[str] | None = None) -> int:
    """Run the load test, print the table; 0 when there were no errors and nothing was written."""
    parser = argparse.ArgumentParser(description="drugkg serve load test (loopback only, bounded)")
    parser.add_argument("--store", type=Path, help="store to serve (default: the sample corpus, built into a temp dir)")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--queries", type=int, default=200, help="queries per client")
    parser.add_argument("--timeout", type=float, default=30.0, help="the server's query timeout (s)")
    parser.add_argument("--max-result-bytes", type=int, default=64 << 20)
    parser.add_argument("--max-concurrent", type=int, help="queries the server evaluates at once (default: its own)")
    parser.add_argument("--max-seconds", type=float, default=3600.0, help="cap on the whole load phase")
    args = parser.parse_args(argv)
    if args.clients < 1 or args.queries < 1:
        parser.error("--clients and --queries must be at least 1")
    config = LoadConfig(args.store, args.clients, args.queries, args.timeout, args.max_result_bytes,
                        args.max_concurrent, max_seconds=args.max_seconds)
    console = Console(width=120)
    report = run(config, console)
    console.print(render(report, config))
    slowest: Counter[str] = Counter()
    for sample in report.samples:
        slowest[sample.query] = max(slowest[sample.query], round(sample.seconds * 1000))
    console.print("slowest query (max ms): " + ", ".join(f"{q} {ms}" for q, ms in slowest.most_common(3)),
                  style="dim")
    for line in report.errors[:20]:
        console.print(f"[red]error:[/] {line}", highlight=False)
    for line in report.changes[:20]:
        console.print(f"[red]written:[/] {line}", highlight=False)
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
