from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.lexicon_graph import GRAPH, lexicon_quads, sync_lexicon_graph
from kg.namespaces import LEXICON_GRAPH
from kg.query import select
from kg.store import open_read


def test_class_hierarchy_is_in_the_lexicon_graph(sample_store: Path) -> None:
    rows = select(open_read(sample_store), f"""
        SELECT ?label ?parent WHERE {{ GRAPH <{LEXICON_GRAPH}> {{
          ?c a dkg:DrugClass ; rdfs:label "fluoroquinolones" ; skos:broader ?p ; skos:altLabel ?label ;
             skos:exactMatch <http://purl.bioontology.org/ontology/ATC/J01MA> .
          ?p a dkg:DrugClass ; rdfs:label ?parent }} }}""").records()
    assert {r["parent"] for r in rows} == {"quinolones"}
    assert "fluoroquinolone antibiotics" in {r["label"] for r in rows}


def test_every_membership_has_an_evidence_statement(sample_store: Path) -> None:
    db = open_read(sample_store)
    missing = select(db, f"""
        SELECT ?d ?c WHERE {{ GRAPH <{LEXICON_GRAPH}> {{ ?d dkg:memberOf ?c
          FILTER NOT EXISTS {{ ?st rdf:subject ?d ; rdf:predicate dkg:memberOf ; rdf:object ?c ; dkg:evidence ?e ;
                               dkg:section "lexicon" ; prov:wasDerivedFrom <{LEXICON_GRAPH}> }} }} }}""")
    assert missing.rows == ()
    evidence = select(db, f"""
        SELECT ?e WHERE {{ GRAPH <{LEXICON_GRAPH}> {{ ?st rdf:subject ?d ; rdf:object ?c ; dkg:evidence ?e .
          ?c rdfs:label "fluoroquinolones" }} ?src dkg:about ?d ; dcterms:title "Ciprofloxacin" }}""").records()
    assert {r["e"] for r in evidence} == {"ciprofloxacin is a member of fluoroquinolones (curated lexicon)"}


def test_sync_replaces_the_graph_only_when_it_changed(lexicon: Any) -> None:
    store = ox.Store()
    assert sync_lexicon_graph(store, lexicon) is True
    size = len(store)
    assert sync_lexicon_graph(store, lexicon) is False
    stale = ox.Quad(ox.NamedNode("https://w3id.org/drugkg/id/drug/x"), ox.NamedNode("urn:p"), ox.Literal("y"), GRAPH)
    store.add(stale)
    hashes = list(store.quads_for_pattern(GRAPH, ox.NamedNode("https://w3id.org/drugkg/ontology#contentHash"), None))
    store.remove(hashes[0])
    store.add(ox.Quad(hashes[0].subject, hashes[0].predicate, ox.Literal("old"), hashes[0].graph_name))
    assert sync_lexicon_graph(store, lexicon) is True
    assert stale not in store and len(store) == size
    assert len(lexicon_quads(lexicon)) == len(list(store.quads_for_pattern(None, None, None, GRAPH)))


def test_prune_keeps_the_lexicon_graph_and_it_is_not_a_document(tmp_path: Path) -> None:
    from kg.build import build

    (tmp_path / "warfarin.md").write_text("---\ntitle: Warfarin\n---\n## Drug Interactions\n- Aspirin.\n")
    assert build([tmp_path / "warfarin.md"], tmp_path / "store", workers=1).ok
    report = build([tmp_path / "warfarin.md"], tmp_path / "store", workers=1, prune=True)
    assert (report.built, report.unchanged, report.removed) == (0, 1, 0)
    db = open_read(tmp_path / "store")
    assert db.contains_named_graph(GRAPH)
    sources = select(db, "SELECT ?s WHERE { ?s a dkg:Source }").records()
    assert [r["s"] for r in sources] == ["https://w3id.org/drugkg/source/warfarin"]
