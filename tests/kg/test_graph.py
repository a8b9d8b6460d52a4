from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from extract.errors import StoreError
from kg import graph as graph_mod
from kg.build import build
from kg.graph import EDGE_PREDICATES, Evidence, graph_at, graph_for
from kg.namespaces import DKG, ID, LEXICON_GRAPH, SOURCE
from kg.store import current_version
from tests.conftest import one_monograph_store

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


# -- the on-disk cache ----------------------------------------------------------------------

ASPIRIN_DOC = "---\ntitle: Warfarin\n---\n## Drug Interactions\n- Aspirin raises the risk of bleeding.\n"
AMIODARONE_DOC = "---\ntitle: Warfarin\n---\n## Drug Interactions\n- Amiodarone raises the INR.\n"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lexicon: object) -> Iterator[Path]:
    """A fresh ``DRUGKG_CACHE`` (the lexicon is loaded first, so only views land there) and an
    empty in-process cache; yields the folder cached views go to."""
    monkeypatch.setenv("DRUGKG_CACHE", str(tmp_path / "cache"))
    graph_mod._cached.cache_clear()
    yield tmp_path / "cache" / graph_mod.CACHE_FOLDER
    graph_mod._cached.cache_clear()


def _version(store: Path) -> Path:
    version = current_version(store)
    assert version is not None
    return version


def _no_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(store: object) -> nx.MultiDiGraph:
        raise AssertionError("the view was projected from the store again")

    monkeypatch.setattr(graph_mod, "build_graph", fail)


def _same_view(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> bool:
    return (list(a.nodes(data=True)) == list(b.nodes(data=True))
            and list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))
            and a.graph == b.graph)


def test_the_view_is_cached_on_disk_and_read_back_without_theone_monograph_store(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = one_monograph_store(tmp_path, ASPIRIN_DOC)
    first = graph_for(store)
    files = list(cache.glob("*.pkl"))
    assert files == [graph_mod.cache_file(_version(store))]
    assert files[0].name.startswith(_version(store).name)
    graph_mod._cached.cache_clear()
    _no_builds(monkeypatch)
    again = graph_for(store)
    assert again is not first and _same_view(again, first)
    assert nx.is_frozen(again)
    assert again.get_edge_data(WARFARIN, ID + "drug/aspirin", "interactsWith")["provenance"][0].sentence


def test_another_process_loads_the_cached_view(cache: Path, tmp_path: Path) -> None:
    store = one_monograph_store(tmp_path, ASPIRIN_DOC)
    G = graph_for(store)
    script = ("import sys, kg.graph as g\n"
              "def fail(store): raise SystemExit('projected again')\n"
              "g.build_graph = fail\n"
              "G = g.graph_for(sys.argv[1])\n"
              "print(G.number_of_nodes(), G.number_of_edges())\n")
    done = subprocess.run([sys.executable, "-c", script, str(store)], capture_output=True, text=True,
                          env={**os.environ, "DRUGKG_CACHE": str(cache.parent)}, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(G.number_of_nodes()), str(G.number_of_edges())]


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_a_damaged_cache_file_is_replaced_by_a_rebuilt_view(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str) -> None:
    store = one_monograph_store(tmp_path, ASPIRIN_DOC)
    good = graph_for(store)
    path = graph_mod.cache_file(_version(store))
    data = path.read_bytes()
    path.write_bytes({"garbage": b"not a pickle at all" * 10, "truncated": data[: len(data) // 2],
                      "empty": b""}[damage])
    graph_mod._cached.cache_clear()
    builds: list[object] = []
    real = graph_mod.build_graph
    monkeypatch.setattr(graph_mod, "build_graph", lambda s: builds.append(s) or real(s))
    rebuilt = graph_for(store)
    assert len(builds) == 1
    assert _same_view(rebuilt, good)
    assert path.read_bytes() != b"" and graph_mod.read_cached(_version(store)) is not None


def test_a_new_version_gets_a_new_view_and_views_of_removed_versions_are_dropped(
        cache: Path, tmp_path: Path) -> None:
    store = one_monograph_store(tmp_path, ASPIRIN_DOC)
    first, first_file = graph_for(store), graph_mod.cache_file(_version(store))
    one_monograph_store(tmp_path, AMIODARONE_DOC)
    second, second_file = graph_for(store), graph_mod.cache_file(_version(store))
    assert second_file != first_file
    assert first.has_edge(WARFARIN, ID + "drug/aspirin", "interactsWith")
    assert second.has_edge(WARFARIN, ID + "drug/amiodarone", "interactsWith")
    assert not second.has_edge(WARFARIN, ID + "drug/aspirin", "interactsWith")
    assert first_file.exists()  # its version is still kept as the previous one
    one_monograph_store(tmp_path, ASPIRIN_DOC)
    third_file = graph_mod.cache_file(_version(store))
    assert graph_for(store).has_edge(WARFARIN, ID + "drug/aspirin", "interactsWith")
    assert sorted(cache.glob("*.pkl")) == sorted([second_file, third_file])


def test_a_store_rebuilt_under_the_same_version_name_is_not_served_the_old_view(
        cache: Path, tmp_path: Path) -> None:
    old = one_monograph_store(tmp_path / "a", ASPIRIN_DOC)
    version = _version(old)
    assert graph_at(version).has_edge(WARFARIN, ID + "drug/aspirin", "interactsWith")
    other = _version(one_monograph_store(tmp_path / "b", AMIODARONE_DOC))
    shutil.rmtree(version)
    os.rename(other, version)  # same path and name, other content
    G = graph_at(version)
    assert G.has_edge(WARFARIN, ID + "drug/amiodarone", "interactsWith")
    assert not G.has_edge(WARFARIN, ID + "drug/aspirin", "interactsWith")


def test_the_cache_never_writes_into_a_published_version(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = one_monograph_store(tmp_path, ASPIRIN_DOC)
    version = _version(store)
    before = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in version.iterdir())
    monkeypatch.setenv("DRUGKG_CACHE", str(version / "cache"))
    assert graph_for(store).has_edge(WARFARIN, ID + "drug/aspirin", "interactsWith")
    assert sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in version.iterdir()) == before


def test_an_unwritable_cache_folder_only_costs_speed(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = one_monograph_store(tmp_path, ASPIRIN_DOC)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("DRUGKG_CACHE", str(blocker / "cache"))
    G = graph_for(store)
    assert G.has_edge(WARFARIN, ID + "drug/aspirin", "interactsWith")
    assert graph_mod.write_cached(_version(store), G) is None
