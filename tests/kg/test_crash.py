"""A build killed with SIGKILL at any moment leaves the last good store version readable and intact."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from kg import manifest
from kg.build import build
from kg.query import select
from kg.store import current_version, open_read
from tests.conftest import SAMPLE

FIXED_QUERY = """
SELECT ?g ?title (COUNT(DISTINCT ?st) AS ?statements) WHERE {
  GRAPH ?g { ?g dcterms:title ?title OPTIONAL { ?st a rdf:Statement } } }
GROUP BY ?g ?title ORDER BY ?g"""
SUBSET = ("aspirin.md", "digoxin.md", "warfarin.md")
CLI = "import sys; from kg.cli import main; sys.argv[0] = 'drugkg'; main()"


def _snapshot(store: Path) -> tuple[Any, int]:
    db = open_read(store)
    return select(db, FIXED_QUERY).rows, len(db)


def _good_store(tmp_path: Path) -> Path:
    subset = tmp_path / "subset"
    subset.mkdir()
    for name in SUBSET:
        (subset / name).write_bytes((SAMPLE / name).read_bytes())
    store = tmp_path / "store"
    assert build([subset], store, workers=1).ok
    return store


def _versions(store: Path) -> set[str]:
    return {p.name for p in store.iterdir() if p.name.startswith("v-")}


def _start_and_kill(store: Path, delay: float) -> None:
    """Run ``drugkg build`` on the sample corpus; SIGKILL it ``delay`` s after its new version appears."""
    before = _versions(store)
    proc = subprocess.Popen([sys.executable, "-c", CLI, "build", str(SAMPLE), "--store", str(store), "-j", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not (_versions(store) - before) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(delay)
        if proc.poll() is not None:
            pytest.skip(f"the build finished (exit {proc.returncode}) before the kill")
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


@pytest.fixture(scope="module")
def complete_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, int]:
    """What the store holds once the killed build's work is fully published."""
    store = _good_store(tmp_path_factory.mktemp("complete"))
    assert build([SAMPLE], store, workers=1).ok
    return _snapshot(store)


@pytest.mark.parametrize("delay", [0.0, 0.5, 1.0, 2.0, 4.0])
def test_a_killed_build_leaves_the_previous_version(tmp_path: Path, delay: float,
                                                    complete_build: tuple[Any, int]) -> None:
    store = _good_store(tmp_path)
    expected = _snapshot(store)
    assert len(expected[0]) == len(SUBSET)
    _start_and_kill(store, delay + random.uniform(0, 0.25))
    after = _snapshot(store)
    # Killed before it published: the previous version; killed after (while it was cleaning up):
    # the complete new one. Never anything in between.
    assert after in (expected, complete_build)


def test_the_next_build_after_a_kill_completes(tmp_path: Path) -> None:
    store = _good_store(tmp_path)
    _start_and_kill(store, 1.0)
    # On a fast machine the killed build may already have published and been cleaning up.
    published, _ = _snapshot(store)
    report = build([SAMPLE], store, workers=1)
    assert report.ok and report.unchanged == len(published)
    assert report.built == len(list(SAMPLE.glob("*.md"))) - len(published)
    rows, _size = _snapshot(store)
    assert len(rows) == len(list(SAMPLE.glob("*.md")))
    assert len(_versions(store)) <= 2  # the killed build's half-written version was collected
    version = current_version(store)
    recorded = manifest.read(version) if version else None
    assert recorded is not None and report.totals == recorded.totals() == manifest.from_store(open_read(store)).totals()
