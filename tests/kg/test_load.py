"""``bench/load_test.py`` at small scale: concurrent analyst queries, zero errors, nothing written."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.load_test import LoadConfig, analyst_queries, compare, main, percentile, run, snapshot  # noqa: E402
from kg.store import current_version  # noqa: E402


def test_small_load_run_has_no_errors_and_writes_nothing(sample_store: Path) -> None:
    report = run(LoadConfig(sample_store, clients=4, queries=5, max_concurrent=2))
    assert report.planned == 20 and len(report.samples) == 20
    assert report.errors == []
    assert {s.query for s in report.samples} == set(analyst_queries())  # 4 x 5 round-robin covers all 13
    assert report.refusals == {"SPARQL UPDATE": 403, "Graph Store PUT": 403}
    assert report.changes == []
    assert report.ok
    assert 0 < percentile(report.latencies, 50) <= percentile(report.latencies, 99) <= report.wall


def test_errors_are_counted_and_fail_the_run(sample_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 2 kB is less than most analyst queries return: those answer 507, in the warm-up and under load
    status = main(["--store", str(sample_store), "--clients", "2", "--queries", "2", "--max-result-bytes", "2000"])
    assert status == 1
    out = capsys.readouterr().out
    assert "HTTP 507" in out and "(warm-up)" in out


def test_snapshot_sees_every_kind_of_write(sample_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(sample_store, store, symlinks=True)
    before = snapshot(store)
    assert compare(before, snapshot(store)) == []
    version = current_version(store)
    assert version is not None and version.parent == store  # the copy's own version, not the original
    victim = next(p for p in sorted(version.iterdir()) if p.suffix == ".sst")
    stat = victim.stat()
    data = victim.read_bytes()
    victim.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))  # same size, one bit flipped
    os.utime(victim, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same mtime: only the hash can tell
    (version / "NEW.log").write_bytes(b"x")
    changes = compare(before, snapshot(store))
    assert f"changed: {victim.relative_to(store)}" in changes
    assert f"new: {(version / 'NEW.log').relative_to(store)}" in changes
