from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.export import EXTENSIONS, export, formats, write_kgx_files
from kg.namespaces import ID
from kg.query import select
from kg.store import open_read

RDFLIB_FORMAT = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}


def _triples(dataset: rdflib.Dataset) -> rdflib.Graph:
    graph = rdflib.Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "nquads", "trig", "jsonld"])
def test_every_format_round_trips(sample_store: Path, fmt: str) -> None:
    assert fmt in formats()
    db = open_read(sample_store)
    buffer = io.BytesIO()
    export(db, fmt, buffer)
    parsed = rdflib.Dataset()
    parsed.parse(data=buffer.getvalue(), format=RDFLIB_FORMAT[fmt])
    reference = rdflib.Dataset()
    reference.parse(data=db.dump(format=__import__("pyoxigraph").RdfFormat.N_QUADS), format="nquads")
    if fmt in ("nquads", "trig", "jsonld"):
        assert {str(g.identifier) for g in parsed.graphs() if len(g)} == {
            str(g.identifier) for g in reference.graphs() if len(g)}
    assert isomorphic(_triples(parsed), _triples(reference))


def _export(store: Path, fmt: str) -> bytes:
    buffer = io.BytesIO()
    export(open_read(store), fmt, buffer)
    return buffer.getvalue()


def _entities(store: Path) -> set[str]:
    table = select(open_read(store), """SELECT DISTINCT ?e WHERE { ?e a ?t ; rdfs:label ?l
        FILTER(?t IN (dkg:Drug, dkg:DrugClass, dkg:Condition, dkg:AdverseEffect, dkg:MonitoringParameter,
                      dkg:Population, dkg:Substance)) }""")
    return {row[0].value for row in table.rows}


def test_graphml_is_the_entity_graph_with_provenance(sample_store: Path, tmp_path: Path) -> None:
    path = tmp_path / "g.graphml"
    path.write_bytes(_export(sample_store, "graphml"))
    graph = nx.read_graphml(path, force_multigraph=True)
    assert set(graph.nodes) == _entities(sample_store)
    assert graph.nodes[f"{ID}drug/warfarin"]["type"] == "Drug"
    predicates = {d["predicate"] for _, _, d in graph.edges(data=True)}
    assert {"dkg:interactsWith", "dkg:memberOf", "skos:broader"} <= predicates
    for _, _, data in graph.edges(data=True):
        assert data["source"].startswith("https://w3id.org/drugkg/source/")
        assert data["evidence"] or data["predicate"] == "skos:broader"
    assert any(d["predicate"] == "dkg:interactsWith" and d["source"].endswith("/warfarin")
               for _, _, d in graph.out_edges(f"{ID}drug/warfarin", data=True))


def _kgx_members(data: bytes) -> dict[str, list[dict[str, str]]]:
    tables = {}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        for member in archive.getmembers():
            handle = archive.extractfile(member)
            assert handle is not None
            text = handle.read().decode("utf-8")
            tables[member.name] = list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    return tables


def test_kgx_nodes_and_edges_use_biolink(sample_store: Path) -> None:
    tables = _kgx_members(_export(sample_store, "kgx"))
    nodes, edges = tables["drugkg_nodes.tsv"], tables["drugkg_edges.tsv"]
    assert {n["id"] for n in nodes} == _entities(sample_store)
    categories = {n["id"]: n["category"] for n in nodes}
    assert categories[f"{ID}drug/warfarin"] == "biolink:Drug"
    assert set(categories.values()) <= {"biolink:Drug", "biolink:ChemicalEntity", "biolink:Disease",
                                        "biolink:PhenotypicFeature", "biolink:ClinicalAttribute",
                                        "biolink:PopulationOfIndividualOrganisms"}
    for edge in edges:
        assert edge["subject"] in categories and edge["object"] in categories
        assert edge["predicate"].startswith("biolink:")
        assert edge["primary_knowledge_source"].startswith("https://w3id.org/drugkg/source/")
        assert edge["aggregator_knowledge_source"] == "infores:drugkg"
    fluoro = next(n["id"] for n in nodes if n["name"] == "fluoroquinolones")
    assert any(e["subject"] == fluoro and e["predicate"] == "biolink:subclass_of" for e in edges)
    used = {e["predicate"] for e in edges}
    assert {"biolink:interacts_with", "biolink:has_adverse_event", "biolink:member_of"} <= used
    warfarin = [e for e in edges if e["subject"] == f"{ID}drug/warfarin" and e["predicate"] == "biolink:interacts_with"]
    assert warfarin and all(e["supporting_text"] for e in warfarin)


def test_kgx_files_next_to_the_output(sample_store: Path, tmp_path: Path) -> None:
    nodes, edges = write_kgx_files(open_read(sample_store), tmp_path / "graph.tsv")
    assert (nodes.name, edges.name) == ("graph_nodes.tsv", "graph_edges.tsv")
    assert nodes.read_text().startswith("id\tcategory\tname\t")
    assert edges.read_text().startswith("id\tsubject\tpredicate\tobject\t")


@pytest.mark.parametrize("tool", ["rapper", "oxigraph"])
@pytest.mark.parametrize("fmt", ["turtle", "nquads"])
def test_an_independent_parser_accepts_the_export(sample_store: Path, tmp_path: Path, tool: str, fmt: str) -> None:
    binary = shutil.which(tool) or shutil.which(tool, path=str(Path(sys.executable).parent))
    if binary is None:
        pytest.skip(f"{tool} is not installed")
    db = open_read(sample_store)
    path = tmp_path / f"graph.{EXTENSIONS[fmt]}"
    path.write_bytes(_export(sample_store, fmt))
    merged = ox.Store()
    merged.extend(ox.Quad(q.subject, q.predicate, q.object) for q in db)
    expected = len(merged) if fmt == "turtle" else len(db)
    if tool == "rapper":
        run = subprocess.run([binary, "-q", "-i", fmt, "-o", "ntriples", str(path)], capture_output=True, check=True)
    else:
        target = "nt" if fmt == "turtle" else "nq"
        run = subprocess.run([binary, "convert", "--from-file", str(path), "--to-format", target],
                             capture_output=True, check=True)
    assert len(run.stdout.splitlines()) == expected
