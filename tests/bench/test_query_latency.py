"""``bench/query_latency.py`` on the sample store: both sides agree and the report is printed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import kg  # noqa: E402
from bench.query_latency import INTERACTIONS_OF, main, raw_rows, sample  # noqa: E402
from kg.store import open_read  # noqa: E402


def test_sample_is_spread_over_drugs_with_interactions(sample_store: Path) -> None:
    names = sample(open_read(sample_store), 3)
    assert len(names) == 3 and len(set(names)) == 3
    assert all(raw_rows(open_read(sample_store), name) for name in names)


def test_raw_and_api_sides_return_the_same_rows(sample_store: Path) -> None:
    store = open_read(sample_store)
    name = sample(store, 1)[0]
    frame = kg.open(sample_store).sparql(INTERACTIONS_OF, name=name)
    assert sorted(map(tuple, frame.itertuples(index=False))) == sorted(raw_rows(store, name))


def test_report_names_both_sides_and_the_ratio(sample_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--store", str(sample_store), "--drugs", "2", "--runs", "1"])
    out = capsys.readouterr().out
    assert "raw pyoxigraph" in out and "DataFrame" in out and "ratio API / raw" in out
    assert "2 drugs x 1 runs per side" in out
