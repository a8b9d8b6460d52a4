from __future__ import annotations

from pathlib import Path

import pytest

from kg.query import read_query, select
from kg.store import open_read

QUERIES = sorted((Path(__file__).resolve().parents[2] / "ontology" / "queries").glob("*.rq"))


def test_at_least_ten_documented_queries() -> None:
    assert len(QUERIES) >= 10
    for path in QUERIES:
        header = [line for line in path.read_text().splitlines() if line.startswith("#")]
        assert header, f"{path.name} has no comment header"
        assert "DISTINCT" in path.read_text(), f"{path.name} should use DISTINCT (the union default graph repeats)"


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_query_returns_rows_on_the_sample_store(sample_store: Path, path: Path) -> None:
    table = select(open_read(sample_store), read_query(str(path)))
    assert table.rows, f"{path.name} returned no rows"
    assert all(any(term is not None for term in row) for row in table.rows)


def _records(sample_store: Path, name: str) -> list[dict[str, str | None]]:
    return select(open_read(sample_store), read_query(str(QUERIES[0].parent / name))).records()


def test_class_mediated_interactions_name_member_class_and_partner(sample_store: Path) -> None:
    rows = _records(sample_store, "class-mediated-interactions.rq")
    assert any(r["member"] == "Aspirin" and r["class"] == "NSAIDs" and r["partner"] == "Lithium" for r in rows)
    assert any(r["member"] == "Ciprofloxacin" and r["class"] == "quinolones" for r in rows)
    assert all(r["evidence"] and r["source"] for r in rows)


def test_monitoring_plan_and_inr(sample_store: Path) -> None:
    assert "Warfarin" in {r["drug"] for r in _records(sample_store, "inr-monitoring.rq")}
    plan = _records(sample_store, "monitoring-plan.rq")
    assert any("lithium" in (r["parameter"] or "").lower() for r in plan)


def test_drugs_without_monograph_excludes_monograph_drugs(sample_store: Path) -> None:
    names = {r["drug"] for r in _records(sample_store, "drugs-without-monograph.rq")}
    assert "Warfarin" not in names and "Aspirin" not in names
    assert names


def test_pregnancy_contraindications(sample_store: Path) -> None:
    assert {"Warfarin", "Ibuprofen"} & {r["drug"] for r in _records(sample_store, "pregnancy-contraindications.rq")}
