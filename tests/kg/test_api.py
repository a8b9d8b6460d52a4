from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.graph import graph_for
from kg.namespaces import ID
from tests.conftest import one_monograph_store

WARFARIN = ID + "drug/warfarin"
DOC = "---\ntitle: Warfarin\n---\n## Drug Interactions\n- {0}\n"


def test_sparql_returns_a_dataframe_with_bound_parameters(sample_store: Path) -> None:
    graph = kg.open(sample_store)
    frame = graph.sparql("SELECT DISTINCT ?d WHERE { ?d rdfs:label ?name }", name="Warfarin")
    assert list(frame.columns) == ["d"]
    assert frame["d"].tolist() == ["https://w3id.org/drugkg/id/drug/warfarin"]


def test_rdflib_dataset_view(sample_store: Path) -> None:
    dataset = kg.open(sample_store).dataset()
    assert len(list(dataset.quads((None, None, None, None)))) > 1000


def test_a_handle_keeps_the_view_of_the_version_it_opened(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lexicon: object) -> None:
    monkeypatch.setenv("DRUGKG_CACHE", str(tmp_path / "cache"))
    store = one_monograph_store(tmp_path, DOC.format("Aspirin raises the risk of bleeding."))
    before = kg.open(store)
    assert before.nx() is before.nx()
    one_monograph_store(tmp_path, DOC.format("Amiodarone raises the INR."))
    after = kg.open(store)
    assert [f.kind for f in before.check(["warfarin", "aspirin"])] == ["interaction"]
    assert after.check(["warfarin", "amiodarone"])[0].kind == "interaction"
    assert not after.nx().has_edge(WARFARIN, ID + "drug/aspirin", "interactsWith")
    assert after.nx() is graph_for(store)
