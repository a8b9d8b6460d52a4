from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest

from extract.lexicon import load_lexicon
from extract.pipeline import extract_document
from extract.readers import read_document
from extract.text import slugify
from kg import build as build_mod
from kg import manifest
from kg import store as store_mod
from kg.build import build
from kg.manifest import stat_key
from kg.namespaces import DKG, ID, LEXICON_GRAPH, RDF, SOURCE
from kg.query import select
from kg.rdfize import extraction_graph
from kg.store import current_version, new_version, open_read
from tests.conftest import SAMPLE

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

    monkeypatch.setattr("kg.build.extraction_graph", explode)
    with pytest.raises(RuntimeError):
        build([path], store, workers=1)
    assert current_version(store) == before
    assert len(open_read(store)) > 0


def _manifest_matches_store(store: Path) -> manifest.Manifest:
    """The manifest of the current version, checked against a count of the store itself."""
    version = current_version(store)
    assert version is not None
    recorded = manifest.read(version)
    assert recorded is not None
    counted = manifest.from_store(open_read(store))
    assert recorded.totals() == counted.totals()
    assert recorded.entities == counted.entities
    assert {iri: s.hash for iri, s in recorded.sources.items()} == {iri: s.hash for iri, s in counted.sources.items()}
    return recorded


def test_recorded_totals_follow_every_kind_of_update(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "warfarin.md", GOOD)
    write(folder, "heparin.md", GOOD.replace("Warfarin", "Heparin"))
    write(folder, "digoxin.md", GOOD.replace("Warfarin", "Digoxin").replace("Aspirin", "Amiodarone"))
    store = tmp_path / "store"
    report = build([folder], store, workers=1)
    assert report.totals == _manifest_matches_store(store).totals()
    assert report.totals is not None and report.totals.documents == 3
    write(folder, "heparin.md", GOOD.replace("Warfarin", "Heparin").replace("Aspirin", "Ibuprofen"))
    assert build([folder], store, workers=1).built == 1
    _manifest_matches_store(store)
    write(folder, "digoxin.md", "---\ntitle: [oops\n---\n")  # a changed file that now fails keeps its graph
    report = build([folder], store, workers=1)
    assert len(report.failures) == 1 and report.built == 0
    assert _manifest_matches_store(store).totals().documents == 3
    (folder / "warfarin.md").unlink()
    assert build([folder], store, workers=1, prune=True).removed == 1
    _manifest_matches_store(store)
    monkeypatch.setattr("kg.lexicon_graph._code_digest", lambda: "changed")  # the lexicon graph is rewritten
    before = open_read(store).quads_for_pattern(ox.NamedNode(LEXICON_GRAPH), None, None, ox.DefaultGraph())
    assert [Path(p).name for p, _ in build([folder], store, workers=1).failures] == ["digoxin.md"]
    after = open_read(store).quads_for_pattern(ox.NamedNode(LEXICON_GRAPH), None, None, ox.DefaultGraph())
    assert set(before) != set(after)
    _manifest_matches_store(store)


def test_a_version_without_a_manifest_is_counted_from_the_store(tmp_path: Path) -> None:
    path = write(tmp_path, "warfarin.md", GOOD)
    store = tmp_path / "store"
    build([path], store, workers=1)
    other = ox.NamedNode(SOURCE + "added-by-hand")
    with new_version(store) as db:  # another writer: publishes a version without a manifest
        db.add(ox.Quad(other, ox.NamedNode(DKG + "sourcePath"), ox.Literal("by hand"), other))
        drug = ox.NamedNode(ID + "drug/by-hand")
        db.add(ox.Quad(drug, ox.NamedNode(RDF + "type"), ox.NamedNode(DKG + "Drug"), other))
    del db  # the writer must be closed before its published version is copied
    version = current_version(store)
    assert version is not None and manifest.read(version) is None
    report = build([path], store, workers=1)
    assert report.unchanged == 1
    assert report.totals == _manifest_matches_store(store).totals()
    assert report.totals is not None and report.totals.documents == 2


def test_a_manifest_of_another_version_is_ignored(tmp_path: Path) -> None:
    path = write(tmp_path, "warfarin.md", GOOD)
    store = tmp_path / "store"
    build([path], store, workers=1)
    version = current_version(store)
    assert version is not None and manifest.read(version) is not None
    copy = tmp_path / "v-copy"
    copy.mkdir()
    (copy / manifest.FILE).write_bytes((version / manifest.FILE).read_bytes())
    assert manifest.read(copy) is None
    (version / manifest.FILE).write_text("{not json")
    assert manifest.read(version) is None


def test_unchanged_files_are_not_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kg.manifest.RACY_NS", 0)
    paths = [write(tmp_path, f"{name}.md", GOOD.replace("Warfarin", name)) for name in ("Warfarin", "Heparin")]
    store = tmp_path / "store"
    build(paths, store, workers=1)
    read: list[Path] = []
    real = build_mod._file_hash

    def file_hash(path: Path) -> str | None:
        read.append(path)
        return real(path)

    monkeypatch.setattr("kg.build._file_hash", file_hash)
    assert build(paths, store, workers=1).unchanged == 2
    assert read == []
    os.utime(paths[0])  # touched, same content: hashed once, then trusted again
    assert build(paths, store, workers=1).unchanged == 2
    assert read == [paths[0]]
    assert build(paths, store, workers=1).unchanged == 2
    assert read == [paths[0]]


def test_a_rewrite_keeping_size_and_mtime_is_still_noticed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kg.manifest.RACY_NS", 0)
    path = write(tmp_path, "warfarin.md", GOOD)
    store = tmp_path / "store"
    build([path], store, workers=1)
    before = path.stat()
    path.write_text(GOOD.replace("Aspirin", "Heparin"))  # same length
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert build([path], store, workers=1).built == 1  # the inode change time moved


def test_a_file_changed_just_before_it_was_looked_at_gets_no_stat_key(tmp_path: Path) -> None:
    path = write(tmp_path, "warfarin.md", GOOD)
    changed = max(path.stat().st_mtime_ns, path.stat().st_ctime_ns)
    assert stat_key(path, changed + manifest.RACY_NS // 2) is None
    assert stat_key(path, changed + manifest.RACY_NS + 1) is not None


def test_graph_counts_kept_while_writing_agree_with_the_store(sample_store: Path) -> None:
    db = open_read(sample_store)
    lexicon = load_lexicon(())
    for path in sorted(SAMPLE.glob("*.md"))[:8]:
        graph = extraction_graph(extract_document(read_document(path), lexicon), slugify(path.stem))
        assert graph.counts() == manifest.graph_counts(db, graph.graph.value)
        assert graph.counts().edges > 0


def test_loading_in_small_batches_gives_the_same_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted(SAMPLE.glob("*.md"))[:6]:
        write(corpus, path.name, path.read_bytes())
    assert "compact" not in build([corpus], tmp_path / "one", workers=1).timings  # one bulk load
    monkeypatch.setattr("kg.build.LOAD_QUADS", 300)
    assert "compact" in build([corpus], tmp_path / "many", workers=1).timings  # several: compacted
    changed = sorted(corpus.glob("*.md"))[2]
    changed.write_text(changed.read_text() + "\n## Drug Interactions\n- Aspirin raises the risk of bleeding.\n")
    for name in ("one", "many"):
        assert build([corpus], tmp_path / name, workers=1).built == 1
    dumps = [open_read(tmp_path / name).dump(format=ox.RdfFormat.N_QUADS) for name in ("one", "many")]
    assert dumps[0] is not None and dumps[1] is not None
    assert sorted(dumps[0].splitlines()) == sorted(dumps[1].splitlines())
    _manifest_matches_store(tmp_path / "many")


def test_the_writer_closes_its_store_before_publishing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    published = []
    real = store_mod._publish

    def publish(root: Path, name: str) -> None:
        ox.Store(str(root / name))  # RocksDB refuses a second writer while this process still holds one
        published.append(name)
        real(root, name)

    monkeypatch.setattr("kg.store._publish", publish)
    assert build([write(tmp_path, "warfarin.md", GOOD)], tmp_path / "store", workers=1).ok
    assert len(published) == 1


def test_a_build_with_nothing_to_do_does_not_load_the_lexicon(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "warfarin.md", GOOD)
    store = tmp_path / "store"
    build([path], store, workers=1)

    def explode(*args: object) -> None:
        raise AssertionError("the lexicon was loaded")

    monkeypatch.setattr("kg.build.load_lexicon", explode)
    assert build([path], store, workers=1).unchanged == 1
