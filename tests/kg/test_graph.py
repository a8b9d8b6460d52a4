from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from extract.errors import StoreError
from kg.build import build
from kg.graph import EDGE_PREDICATES, Evidence, graph_for
from kg.namespaces import DKG, ID, LEXICON_GRAPH, SOURCE

WARFARIN = ID + "drug/warfarin"


def test_nodes_are_typed_and_labelled(sample_store: Path) -> None:
    G = graph_for(sample_store)
    node = G.nodes[WARFARIN]
    assert node["kind"] == "Drug"
    assert node["label"] == "Warfarin"
    assert "Coumadin" in node["synonyms"]
    assert node["monograph"].endswith("warfarin.md")
    assert {kind for _, kind in G.nodes(data="kind")} >= {"Drug", "DrugClass", "AdverseEffect", "Condition"}


def test_edges_are_keyed_by_predicate_with_source_and_evidence(sample_store: Path) -> None:
    G = graph_for(sample_store)
    assert set(k for _, _, k in G.edges(keys=True)) <= set(EDGE_PREDICATES)
    data = G.get_edge_data(ID + "drug/aspirin", WARFARIN, "interactsWith")
    assert data["predicate"] == DKG + "interactsWith"
    assert data["source"] == SOURCE + "aspirin"
    assert "warfarin" in data["evidence"].lower()
    assert all(isinstance(e, Evidence) and e.sentence and e.source for e in data["provenance"])
    assert data["provenance"][0].path.endswith("data/monographs/aspirin.md")


def test_every_monograph_edge_has_an_evidence_sentence(sample_store: Path) -> None:
    G = graph_for(sample_store)
    for _, _, data in G.edges(data=True):
        assert data["provenance"] and all(e.sentence for e in data["provenance"])


def test_curated_class_hierarchy_links_fluoroquinolones_to_quinolones(sample_store: Path) -> None:
    G = graph_for(sample_store)
    data = G.get_edge_data(ID + "class/fluoroquinolones", ID + "class/quinolones", "broader")
    assert data["source"] == LEXICON_GRAPH
    assert "drug_classes.tsv" in data["provenance"][0].path
    assert data["evidence"] == "fluoroquinolones is a kind of quinolones (curated drug-class lexicon)"


def test_view_is_frozen_and_cached_per_version(sample_store: Path) -> None:
    G = graph_for(sample_store)
    assert graph_for(sample_store) is G
    with pytest.raises(nx.NetworkXError):
        G.add_node("x")


def test_a_new_build_gives_a_new_view(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    doc = folder / "warfarin.md"
    doc.write_text("---\ntitle: Warfarin\n---\n## Drug Interactions\n- Aspirin raises the risk of bleeding.\n")
    store = tmp_path / "store"
    build([folder], store, workers=1)
    first = graph_for(store)
    assert first.has_edge(WARFARIN, ID + "drug/aspirin", "interactsWith")
    doc.write_text("---\ntitle: Warfarin\n---\n## Drug Interactions\n- Amiodarone raises the INR.\n")
    build([folder], store, workers=1)
    second = graph_for(store)
    assert second is not first
    assert second.has_edge(WARFARIN, ID + "drug/amiodarone", "interactsWith")
    assert not second.has_edge(WARFARIN, ID + "drug/aspirin", "interactsWith")


def test_missing_store_raises_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no drugkg store"):
        graph_for(tmp_path / "nothing")
