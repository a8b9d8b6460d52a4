"""``drugkg push`` against a real ``oxigraph serve`` process started by the test."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.gen_corpus import generate  # noqa: E402
from kg.build import build  # noqa: E402
from kg.cli import app  # noqa: E402
from kg.push import PushError, push  # noqa: E402
from kg.store import new_version, open_read  # noqa: E402

COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
DEFAULT_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    location = tmp_path_factory.mktemp("server")
    proc = subprocess.Popen([_oxigraph(), "serve", "--location", str(location),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{base}/query", params={"query": "ASK {}"}, timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("oxigraph serve did not start")
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("push")
    generate(3, root / "corpus", seed=3)
    assert build([root / "corpus"], root / "store", workers=1).ok
    return root / "store"


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A hand-made store: three named graphs and a default-graph triple."""
    root = tmp_path_factory.mktemp("small") / "store"
    with new_version(root) as db:
        for n in range(3):
            graph = ox.NamedNode(f"https://w3id.org/drugkg/source/g{n}")
            db.extend([ox.Quad(graph, ox.NamedNode(f"urn:p{i}"), ox.Literal(f"v{i}"), graph) for i in range(n + 1)])
        db.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("default")))
    return root


def local_counts(store: Path) -> dict[str, int]:
    """Triples per named graph, and under "" those of the default graph (when not empty)."""
    db = open_read(store)
    counts = {g.value: sum(1 for _ in db.quads_for_pattern(None, None, None, g)) for g in db.named_graphs()}
    default = sum(1 for _ in db.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    return counts | ({"": default} if default else {})


def server_counts(base: str, only: dict[str, int] | None = None) -> dict[str, int]:
    """Triples per graph on the server (restricted to the keys of ``only`` when given)."""
    counts = {}
    for query in (COUNTS, DEFAULT_COUNT):
        response = httpx.get(f"{base}/query", params={"query": query},
                             headers={"Accept": "application/sparql-results+json"})
        response.raise_for_status()
        for row in response.json()["results"]["bindings"]:
            if int(row["n"]["value"]):
                counts[row.get("g", {}).get("value", "")] = int(row["n"]["value"])
    return counts if only is None else {k: v for k, v in counts.items() if k in only}


def test_push_uploads_every_graph(server: str, store: Path) -> None:
    expected = local_counts(store)
    report = push(store, f"{server}/store")
    assert report.graphs == len(expected) >= 3
    assert report.triples == sum(expected.values())
    assert server_counts(server) == expected


def test_push_again_replaces_graphs(server: str, small: Path) -> None:
    first = ox.NamedNode(sorted(k for k in local_counts(small) if k)[0])
    stale = f"<{first.value}> <urn:x> <urn:stale> ."
    httpx.put(f"{server}/store", params={"graph": first.value}, content=stale,
              headers={"Content-Type": "application/n-triples"}).raise_for_status()
    assert server_counts(server)[first.value] == 1
    push(small, f"{server}/store")
    assert server_counts(server, local_counts(small)) == local_counts(small)


def test_cli_push(server: str, small: Path) -> None:
    result = CliRunner().invoke(app, ["push", "--store", str(small), "--endpoint", f"{server}/store"])
    assert result.exit_code == 0, result.output
    assert f"pushed {len(local_counts(small))} graphs" in result.output
    assert server_counts(server, local_counts(small)) == local_counts(small)


def test_refused_and_unreachable_are_push_errors(server: str, small: Path) -> None:
    with pytest.raises(PushError, match="refused"):
        push(small, f"{server}/no-such-endpoint")
    with pytest.raises(PushError, match="cannot reach"):
        push(small, f"http://127.0.0.1:{_free_port()}/store", timeout=2)
    result = CliRunner().invoke(app, ["push", "--store", str(small), "--endpoint", f"http://127.0.0.1:{_free_port()}/x"])
    assert result.exit_code == 4
