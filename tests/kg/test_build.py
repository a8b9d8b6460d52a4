from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build
from kg.namespaces import DKG, SOURCE
from kg.query import select
from kg.store import current_version, open_read

GOOD = """---
title: Warfarin
faqs:
  - q: "Does warfarin interact with aspirin?**\\n\\n**A:** Yes."
    a: "A:** Yes, aspirin raises the bleeding risk."
---
## Drug Interactions
- Aspirin raises the risk of bleeding.
## Contraindications
- Pregnancy
"""


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


def test_named_graph_per_monograph_with_provenance(tmp_path: Path) -> None:
    write(tmp_path, "warfarin.md", GOOD)
    report = build([tmp_path], tmp_path / "store", workers=1)
    assert report.ok and report.built == 1
    db = open_read(tmp_path / "store")
    graph = ox.NamedNode(SOURCE + "warfarin")
    assert db.contains_named_graph(graph)
    rows = select(db, """
        SELECT ?o ?evidence ?section WHERE {
          GRAPH ?g { ?drug dkg:interactsWith ?o .
                     ?st rdf:subject ?drug ; rdf:predicate dkg:interactsWith ; rdf:object ?o ;
                         dkg:evidence ?evidence ; dkg:section ?section ; prov:wasDerivedFrom ?g .
                     ?g dkg:about ?drug ; dkg:sourcePath ?path } }""").records()
    assert {"Aspirin raises the risk of bleeding.", "Yes, aspirin raises the bleeding risk."} == {
        r["evidence"] for r in rows}
    assert {r["section"] for r in rows} == {"interactions"}


def test_every_edge_has_an_evidence_statement(sample_store: Path) -> None:
    db = open_read(sample_store)
    missing = select(db, f"""
        SELECT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o .
          FILTER(?p IN (dkg:interactsWith, dkg:contraindicatedIn, dkg:cautionIn, dkg:monitors,
                        dkg:hasAdverseEffect, dkg:indicatedFor, dkg:memberOf, dkg:combinedWith))
          FILTER NOT EXISTS {{ ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; <{DKG}evidence> ?e }} }} }}""")
    assert missing.rows == ()


def test_bad_files_are_reported_and_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "warfarin.md", GOOD)
    write(folder, "broken-yaml.md", "---\ntitle: [oops\n---\n## Usage\n- x\n")
    write(folder, "binary.md", b"\x00\x01\x02\x03garbage")
    write(folder, "empty.md", "")
    report = build([folder], tmp_path / "store", workers=1)
    assert report.built == 1
    failed = {Path(path).name: reason for path, reason in report.failures}
    assert set(failed) == {"broken-yaml.md", "binary.md", "empty.md"}
    assert "YAML" in failed["broken-yaml.md"] and "binary" in failed["binary.md"] and "empty" in failed["empty.md"]
    assert open_read(tmp_path / "store").contains_named_graph(ox.NamedNode(SOURCE + "warfarin"))


def test_rebuild_skips_unchanged_and_replaces_changed(tmp_path: Path) -> None:
    path = write(tmp_path, "warfarin.md", GOOD)
    store = tmp_path / "store"
    build([path], store, workers=1)
    assert build([path], store, workers=1).unchanged == 1
    path.write_text(GOOD.replace("Aspirin raises", "Amiodarone raises"))
    report = build([path], store, workers=1)
    assert report.built == 1
    labels = {r["l"] for r in select(open_read(store), """
        SELECT ?l WHERE { ?d dkg:interactsWith ?o . ?o rdfs:label ?l }""").records()}
    assert "Amiodarone" in labels


def test_prune_removes_deleted_sources(tmp_path: Path) -> None:
    a = write(tmp_path, "warfarin.md", GOOD)
    b = write(tmp_path, "other.md", GOOD.replace("Warfarin", "Heparin"))
    store = tmp_path / "store"
    build([a, b], store, workers=1)
    report = build([a], store, workers=1, prune=True)
    assert report.removed == 1
    assert not open_read(store).contains_named_graph(ox.NamedNode(SOURCE + "other"))


def test_failed_build_keeps_previous_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "warfarin.md", GOOD)
    store = tmp_path / "store"
    build([path], store, workers=1)
    before = current_version(store)
    path.write_text(GOOD.replace("Aspirin", "Amiodarone"))

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("crash in the middle of a build")

    monkeypatch.setattr("kg.build.extraction_quads", explode)
    with pytest.raises(RuntimeError):
        build([path], store, workers=1)
    assert current_version(store) == before
    assert len(open_read(store)) > 0
