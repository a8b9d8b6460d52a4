from __future__ import annotations

from pathlib import Path

import kg


def test_sparql_returns_a_dataframe_with_bound_parameters(sample_store: Path) -> None:
    graph = kg.open(sample_store)
    frame = graph.sparql("SELECT DISTINCT ?d WHERE { ?d rdfs:label ?name }", name="Warfarin")
    assert list(frame.columns) == ["d"]
    assert frame["d"].tolist() == ["https://w3id.org/drugkg/id/drug/warfarin"]


def test_rdflib_dataset_view(sample_store: Path) -> None:
    dataset = kg.open(sample_store).dataset()
    assert len(list(dataset.quads((None, None, None, None)))) > 1000
