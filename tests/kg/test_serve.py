from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pyoxigraph as ox
import pytest

from kg.proxy import CANCELLED, Limits, ProxyServer, Upstream
from kg.serve import ServerConfig, ServerError, command
from kg.store import CURRENT, current_version

CHROMIUM = Path("/usr/bin/chromium")
DRUGKG = Path(sys.executable).parent / "drugkg"
STARTUP_SECONDS = 90


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_ready(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"drugkg serve exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    raise AssertionError(f"{url} not up after {STARTUP_SECONDS} s")


def _serve(store: Path, *extra: str) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen([str(DRUGKG), "serve", "--store", str(store), "--port", str(port), *extra],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(url + "/", process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture(scope="module")
def server(sample_store: Path) -> Iterator[str]:
    """``drugkg serve`` (read-only) on the sample store, on a free loopback port."""
    yield from _serve(sample_store)


def _copy_store(sample_store: Path, tmp_path: Path) -> Path:
    version = current_version(sample_store)
    assert version is not None
    store = tmp_path / "store"
    store.mkdir()
    shutil.copytree(version, store / version.name)
    os.symlink(version.name, store / CURRENT)
    return store


@pytest.fixture()
def writable_server(sample_store: Path, tmp_path: Path) -> Iterator[str]:
    """``drugkg serve --writable`` on a copy of the sample store (the session's store stays untouched)."""
    yield from _serve(_copy_store(sample_store, tmp_path), "--writable")


def _ask(url: str, query: str) -> bool:
    request = urllib.request.Request(url + "/query?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return bool(json.load(response)["boolean"])


def test_read_only_server_follows_a_newly_published_version(sample_store: Path, tmp_path: Path) -> None:
    store = _copy_store(sample_store, tmp_path)
    served = _serve(store)
    url = next(served)
    try:
        marker = "ASK { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }"
        assert not _ask(url, marker)
        old = current_version(store)
        assert old is not None
        new = store / "v-new"
        ox.Store.read_only(str(old)).backup(str(new))
        db = ox.Store(str(new))
        s, p, o, g = (ox.NamedNode(f"urn:x:{x}") for x in "spog")
        db.add(ox.Quad(s, p, o, g))
        db.flush()
        del db
        os.symlink("v-new", store / ".tmp-link")
        os.replace(store / ".tmp-link", store / CURRENT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if _ask(url, marker):
                    break
            except (urllib.error.URLError, ConnectionError):
                pass  # restarting on the new version
            time.sleep(0.3)
        else:
            raise AssertionError("the server did not switch to the new version")
    finally:
        served.close()


COUNT = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://w3id.org/drugkg/ontology#Drug> }"
UPDATE = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }"


def test_sparql_protocol_query_with_sparqlwrapper(server: str) -> None:
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(server + "/query")
    client.setQuery("""PREFIX dkg: <https://w3id.org/drugkg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?partner WHERE { ?d rdfs:label "Warfarin" ; dkg:interactsWith ?p . ?p rdfs:label ?partner }""")
    client.setReturnFormat(JSON)
    result: Any = client.queryAndConvert()
    assert "Aspirin" in {row["partner"]["value"] for row in result["results"]["bindings"]}


def test_update_is_refused_when_read_only(server: str) -> None:
    from SPARQLWrapper import POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    client = SPARQLWrapper(server + "/query", updateEndpoint=server + "/update")
    client.setMethod(POST)
    client.setQuery(UPDATE)
    with pytest.raises((urllib.error.HTTPError, SPARQLWrapperException)) as caught:
        client.query()
    if isinstance(caught.value, urllib.error.HTTPError):
        assert caught.value.code >= 400
        caught.value.close()


def test_update_is_accepted_when_writable(writable_server: str) -> None:
    from SPARQLWrapper import JSON, POST, SPARQLWrapper

    client = SPARQLWrapper(writable_server + "/query", updateEndpoint=writable_server + "/update")
    client.setMethod(POST)
    client.setQuery(UPDATE)
    client.query().response.close()
    check = SPARQLWrapper(writable_server + "/query")
    check.setQuery("ASK { <urn:x:s> <urn:x:p> <urn:x:o> }")
    check.setReturnFormat(JSON)
    answer: Any = check.queryAndConvert()
    assert answer["boolean"] is True


def test_command_line_of_the_oxigraph_server(sample_store: Path) -> None:
    version = current_version(sample_store)
    assert version is not None
    read_only = command(ServerConfig(sample_store, host="0.0.0.0", port=7999), version, 41234)
    assert read_only[1:] == ["serve-read-only", "--location", str(version), "--bind", "127.0.0.1:41234",
                             "--union-default-graph", "--timeout-s", "30"]  # oxigraph itself: loopback only
    assert command(ServerConfig(sample_store, writable=True), version, 41234)[1] == "serve"
    with pytest.raises(ServerError):
        command(ServerConfig(sample_store), version, 0)


@pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install -y chromium)")
def test_query_ui_in_a_headless_browser(server: str) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox",
                                                                          "--disable-gpu"])
        try:
            page = browser.new_page()
            page.goto(server + "/")
            page.wait_for_selector(".CodeMirror", timeout=30_000)
            page.evaluate("q => document.querySelector('.CodeMirror').CodeMirror.setValue(q)",
                          COUNT.replace("(COUNT(DISTINCT ?d) AS ?n)", "DISTINCT ?d") + " LIMIT 5")
            page.click(".yasqe_queryButton")
            rows = page.locator(".yasr table.dataTable tbody tr")
            rows.first.wait_for(timeout=30_000)
            assert rows.count() == 5
            assert "https://w3id.org/drugkg/id/" in page.locator(".yasr").inner_text()
        finally:
            browser.close()


def test_query_timeout_is_passed_to_the_server(tmp_path: Path) -> None:
    version = tmp_path / "v"
    assert command(ServerConfig(tmp_path, timeout=5), version, 41234)[-2:] == ["--timeout-s", "5"]
    assert "--timeout-s" not in command(ServerConfig(tmp_path, timeout=None), version, 41234)


# -- result-size limit, timeout and read-only through `drugkg serve` (real oxigraph) ------------------

ALL_TRIPLES = "SELECT * WHERE { ?s ?p ?o }"
CROSS_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?a ?b ?c }"
CROSS_SORTED = "SELECT ?s WHERE { ?s ?p ?o . ?a ?b ?c } ORDER BY ?c"


def _post_query(url: str, query: str, timeout: float = 60) -> tuple[int, bytes]:
    """POST a query (form-encoded, as the SPARQL protocol allows); status and body, errors included."""
    request = urllib.request.Request(url + "/query", data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.read()


@pytest.fixture(scope="module")
def small_limit_server(sample_store: Path) -> Iterator[str]:
    """``drugkg serve`` with a 100 kB result limit and a 2 s timeout."""
    yield from _serve(sample_store, "--max-result-bytes", "100000", "--timeout", "2")


def test_result_over_the_limit_is_refused_with_a_clear_error(small_limit_server: str) -> None:
    status, body = _post_query(small_limit_server, ALL_TRIPLES)
    assert status == 507
    message = body.decode()
    assert "LIMIT" in message and "97.6562 KiB" in message and "--max-result-bytes" in message
    status, body = _post_query(small_limit_server, ALL_TRIPLES + " LIMIT 10")
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == 10


def test_query_cancelled_at_the_timeout_is_an_error_not_a_cut_result(small_limit_server: str) -> None:
    started = time.monotonic()
    status, body = _post_query(small_limit_server, CROSS_COUNT)
    assert status == 504, body[:200]
    assert "timeout" in body.decode()
    assert time.monotonic() - started < 2 + 5 + 5  # timeout + the proxy's grace + slack


def test_query_oxigraph_does_not_cancel_is_stopped_and_the_server_recovers(small_limit_server: str) -> None:
    status, body = _post_query(small_limit_server, CROSS_SORTED)
    assert status == 504, body[:200]
    assert "timeout" in body.decode()
    status, body = _post_query(small_limit_server, COUNT)  # waits while oxigraph restarts
    assert status == 200
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 10


def test_graph_store_writes_are_refused_when_read_only(server: str) -> None:
    import httpx

    response = httpx.put(f"{server}/store", params={"graph": "urn:x:g"}, content=b"<urn:x:s> <urn:x:p> <urn:x:o> .",
                         headers={"Content-Type": "application/n-triples"}, timeout=30)
    assert response.status_code == 403
    assert not _ask(server, "ASK { GRAPH <urn:x:g> { ?s ?p ?o } }")


def _children(pid: int) -> list[Any]:
    import psutil

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        children = psutil.Process(pid).children(recursive=True)
        if children:
            return children
        time.sleep(0.2)
    raise AssertionError("drugkg serve started no oxigraph process")


@pytest.mark.parametrize("how", ["SIGTERM", "SIGINT", "SIGKILL"])
def test_no_oxigraph_process_outlives_drugkg_serve(sample_store: Path, how: str) -> None:
    psutil = pytest.importorskip("psutil")
    if how == "SIGKILL" and not shutil.which("setpriv"):
        pytest.skip("no setpriv: nothing stops the oxigraph child when its parent is killed")
    port = _free_port()
    process = subprocess.Popen([str(DRUGKG), "serve", "--store", str(sample_store), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_ready(f"http://127.0.0.1:{port}/", process)
        children = _children(process.pid)
        assert any("oxigraph" in " ".join(c.cmdline()) for c in children)
        process.send_signal(getattr(signal, how))
        process.wait(timeout=30)
        _gone, alive = psutil.wait_procs(children, timeout=15)
        assert not alive, [c.cmdline() for c in alive]
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


# -- the proxy alone, against a scripted upstream ------------------------------------------------------


class _Upstream(BaseHTTPRequestHandler):
    """A stand-in for oxigraph: each path answers one way."""

    protocol_version = "HTTP/1.1"
    calls: ClassVar[dict[str, int]] = {}
    running: ClassVar[list[int]] = [0, 0]  # now, most at once
    lock = threading.Lock()
    release = threading.Event()

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _answer(self, body: bytes, chunked: bool = False) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for i in range(0, len(body), 100):
                piece = body[i:i + 100]
                self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        else:
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def do_GET(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        calls = self.calls[path] = self.calls.get(path, 0) + 1
        if path == "/declared":
            self._answer(b"x" * 2000)
        elif path == "/streamed":
            self._answer(b"x" * 2000, chunked=True)
        elif path == "/fits":
            self._answer(b"y" * 1000, chunked=True)
        elif path == "/cancelled":
            self._answer(b'{"head":{"vars":["n"]},"results":{"bindings":[' + CANCELLED, chunked=True)
        elif path == "/stuck":
            self.release.wait(30)
            self._answer(b"late")
        elif path == "/query":  # a query taking 0.1 s: counts how many run at once
            with self.lock:
                self.running[0] += 1
                self.running[1] = max(self.running)
            time.sleep(0.1)
            with self.lock:
                self.running[0] -= 1
            self._answer(b"{}")
        elif path == "/echo":
            self._answer(json.dumps({k.lower(): v for k, v in self.headers.items()}).encode())
        elif path == "/flaky" and calls == 1:
            self.close_connection = True  # hang up without an answer, as a restarting oxigraph does
            self.connection.shutdown(socket.SHUT_RDWR)
        else:
            self._answer(b"ok")

    def do_POST(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        self.calls[path] = self.calls.get(path, 0) + 1
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)


@dataclass
class Front:
    """The proxy under test: its URL, the server object, and what it reported."""

    url: str
    server: ProxyServer
    runaways: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


@contextlib.contextmanager
def _front(limits: Limits) -> Iterator[Front]:
    """A ProxyServer with ``limits`` in front of a fresh ``_Upstream``, both in threads."""
    _Upstream.calls.clear()
    _Upstream.release.clear()
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), _Upstream)
    upstream.daemon_threads = True
    runaways: list[str] = []
    notices: list[str] = []
    server = ProxyServer(("127.0.0.1", 0), Upstream("127.0.0.1", upstream.server_address[1]), limits,
                         lambda: runaways.append("runaway"), notices.append)
    for s in (upstream, server):
        threading.Thread(target=s.serve_forever, daemon=True).start()
    try:
        yield Front(f"http://127.0.0.1:{server.server_address[1]}", server, runaways, notices)
    finally:
        _Upstream.release.set()
        for s in (server, upstream):
            s.shutdown()
            s.server_close()


@pytest.fixture()
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[Front]:
    """The proxy with a 1500-byte limit and a 0.2 s timeout (+ 0.3 s grace)."""
    monkeypatch.setattr("kg.proxy.DEADLINE_GRACE_SECONDS", 0.3)
    monkeypatch.setattr("kg.proxy.UPSTREAM_WAIT_SECONDS", 1.0)
    with _front(Limits(max_result_bytes=1500, timeout=0.2)) as front:
        yield front


def _get(url: str, **headers: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=20) as response:
            return response.status, response.read(), dict(response.headers.items())
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.read(), dict(exc.headers.items())


def test_proxy_refuses_results_over_the_limit_declared_or_streamed(proxy: Front) -> None:
    for path in ("/declared", "/streamed"):
        status, body, _ = _get(proxy.url + path)
        assert status == 507 and b"1.46484 KiB" in body and b"LIMIT" in body
    status, body, headers = _get(proxy.url + "/fits")
    assert status == 200 and body == b"y" * 1000 and headers["Content-Length"] == "1000"
    assert not proxy.runaways
    assert sum(line.startswith("507 GET") for line in proxy.notices) == 2


def test_proxy_turns_a_cancelled_stream_into_504(proxy: Front) -> None:
    status, body, _ = _get(proxy.url + "/cancelled")
    assert status == 504 and b"cancelled" in body
    assert not proxy.runaways  # oxigraph stopped that one itself


def test_proxy_reports_a_query_past_its_deadline(proxy: Front) -> None:
    started = time.monotonic()
    status, body, _ = _get(proxy.url + "/stuck")
    assert status == 504 and b"ran past" in body
    assert time.monotonic() - started < 5
    assert proxy.runaways == ["runaway"]


def test_proxy_forwards_headers_but_not_hop_by_hop_ones(proxy: Front) -> None:
    status, body, headers = _get(proxy.url + "/echo", Accept="text/csv", **{"X-Test": "1", "Proxy-Connection": "x"})
    seen = json.loads(body)
    assert status == 200 and seen["accept"] == "text/csv" and seen["x-test"] == "1"
    assert "proxy-connection" not in seen
    assert headers["Content-Type"] == "application/sparql-results+json"


def test_proxy_retries_reads_once_but_never_writes(proxy: Front) -> None:
    status, body, _ = _get(proxy.url + "/flaky")
    assert (status, body) == (200, b"ok")
    assert _Upstream.calls["/flaky"] == 2
    request = urllib.request.Request(proxy.url + "/update", data=b"update=x", method="POST")
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=20)
    with caught.value:
        assert caught.value.code == 502
    assert _Upstream.calls["/update"] == 1


def test_proxy_answers_503_while_the_upstream_is_down(proxy: Front) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        proxy.server.upstream.port = sock.getsockname()[1]  # bound, never listening: refused
        status, body, _ = _get(proxy.url + "/anything")
    assert status == 503 and b"not available" in body


def _burst(url: str, clients: int) -> list[int]:
    """``clients`` GETs sent at the same moment, each on its own connection; their statuses."""
    start = threading.Barrier(clients)
    statuses: list[int] = []

    def one() -> None:
        start.wait()
        try:
            statuses.append(_get(url)[0])
        except OSError:  # reset or refused
            statuses.append(-1)

    threads = [threading.Thread(target=one) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def test_proxy_accepts_a_burst_of_connections(proxy: Front) -> None:
    assert _burst(proxy.url + "/anything", 200) == [200] * 200


def test_proxy_evaluates_at_most_max_concurrent_queries_at_once() -> None:
    _Upstream.running[:] = [0, 0]
    with _front(Limits(max_concurrent=2, timeout=None)) as front:
        assert _burst(front.url + "/query?query=x", 8) == [200] * 8
    assert _Upstream.running == [0, 2]
