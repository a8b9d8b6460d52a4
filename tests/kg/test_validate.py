from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from typer.testing import CliRunner

from kg.cli import EXIT_VALIDATION, app
from kg.store import new_version, open_read
from kg.validate import validate

runner = CliRunner()

BROKEN = """
@prefix dkg: <https://w3id.org/drugkg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/drugkg/id/> .
@prefix src: <https://w3id.org/drugkg/source/> .

id:drug\\/warfarin a dkg:Drug ; rdfs:label "Warfarin" , "warfarin sodium" ;
    dkg:interactsWith id:drug\\/aspirin ; dkg:hasDoseGuideline src:warfarin\\/dose\\/1 ;
    dkg:contraindicatedIn id:condition\\/bleeding .
id:condition\\/bleeding a dkg:Condition ; rdfs:label "bleeding" .
id:drug\\/aspirin a dkg:Drug ; rdfs:label "Aspirin" .
src:warfarin\\/statement\\/1 a rdf:Statement ; rdf:subject id:drug\\/warfarin ;
    rdf:predicate dkg:interactsWith ; rdf:object id:drug\\/aspirin ;
    dkg:section "interactions" ; prov:wasDerivedFrom src:warfarin .
src:warfarin\\/dose\\/1 a dkg:DoseGuideline ; dkg:doseMax "10"^^xsd:decimal ; dkg:doseText "up to 10 daily" .
"""


def _broken_store(root: Path) -> Path:
    graph = ox.NamedNode("https://w3id.org/drugkg/source/warfarin")
    with new_version(root) as store:
        store.load(BROKEN.encode(), ox.RdfFormat.TURTLE, to_graph=graph)
    return root


def test_sample_store_conforms(sample_store: Path) -> None:
    report = validate(open_read(sample_store))
    assert report.conforms, report.text()
    assert report.triples > 1000
    result = runner.invoke(app, ["validate", "--store", str(sample_store)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_broken_graph_fails_with_a_readable_report(tmp_path: Path) -> None:
    store = _broken_store(tmp_path / "store")
    report = validate(open_read(store))
    assert not report.conforms
    problems = {(f.focus, f.path) for f in report.violations}
    assert ("src:warfarin/statement/1", "dkg:evidence") in problems
    assert ("id:drug/warfarin", "rdfs:label") in problems
    assert ("src:warfarin/dose/1", "dkg:doseUnit") in problems
    assert ("id:drug/warfarin", "dkg:contraindicatedIn") in problems  # an edge with no statement at all
    assert ("id:drug/warfarin", "dkg:interactsWith") in problems  # its statement has no evidence

    result = runner.invoke(app, ["validate", "--store", str(store)])
    assert result.exit_code == EXIT_VALIDATION
    assert "does NOT conform: 6 violation(s)" in result.output
    assert "Violation: src:warfarin/statement/1" in result.output
    assert "path:    dkg:evidence" in result.output
    assert "at least one non-empty dkg:evidence sentence" in result.output
