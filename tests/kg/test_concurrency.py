"""Readers during a build see the last good version or the new one, never a half-written graph."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from extract.errors import StoreError
from kg.build import build
from kg.query import select
from kg.store import open_read, writer_lock

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "monographs"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _count(store: Path) -> int:
    return int(select(open_read(store), COUNT).rows[0][0].value)


def test_queries_during_a_build_see_a_complete_version(tmp_path: Path) -> None:
    store = tmp_path / "store"
    build(sorted(SAMPLE.glob("*.md"))[:3], store, workers=1)
    before = _count(store)
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "build", str(SAMPLE), "--store", str(store), "--workers", "1"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    seen = set()
    try:
        while proc.poll() is None:
            seen.add(_count(store))
            time.sleep(0.05)
    finally:
        proc.wait(timeout=300)
    after = _count(store)
    assert proc.returncode == 0
    assert after > before
    assert seen <= {before, after}


def test_a_second_writer_is_told_the_store_is_busy(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with writer_lock(store):
        try:
            build(sorted(SAMPLE.glob("*.md"))[:1], store, workers=1)
        except StoreError as exc:
            assert "busy" in str(exc)
        else:
            raise AssertionError("a concurrent build was allowed")
