from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

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
    read_only = command(ServerConfig(sample_store, port=7999), version)
    assert read_only[1:] == ["serve-read-only", "--location", str(version), "--bind", "127.0.0.1:7999",
                             "--union-default-graph", "--timeout-s", "30"]
    assert command(ServerConfig(sample_store, writable=True), version)[1] == "serve"
    with pytest.raises(ServerError):
        command(ServerConfig(sample_store, port=0), version)


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
    assert command(ServerConfig(tmp_path, timeout=5), version)[-2:] == ["--timeout-s", "5"]
    assert "--timeout-s" not in command(ServerConfig(tmp_path, timeout=None), version)
