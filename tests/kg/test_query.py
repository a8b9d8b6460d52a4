from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.errors import QueryError
from kg.query import render, select
from kg.store import open_read


def test_select_with_contract_prefixes(sample_store: Path) -> None:
    table = select(open_read(sample_store), "SELECT (COUNT(?g) AS ?n) WHERE { ?g a dkg:Source }")
    assert int(table.rows[0][0].value) >= 26


def test_bound_values_cannot_change_the_query(sample_store: Path) -> None:
    hostile = 'warfarin" } UNION { ?s ?p ?o } #'
    table = select(open_read(sample_store), "SELECT ?d WHERE { ?d rdfs:label ?name }", {"name": hostile})
    assert table.rows == ()


def test_render_formats(sample_store: Path) -> None:
    table = select(open_read(sample_store), "SELECT ?g ?t WHERE { ?g dcterms:title ?t } ORDER BY ?t LIMIT 3")
    assert render(table, "csv").splitlines()[0] == "g,t"
    assert render(table, "tsv").splitlines()[0] == "g\tt"
    assert len(json.loads(render(table, "json"))["results"]["bindings"]) == 3


def test_invalid_sparql_is_a_query_error(sample_store: Path) -> None:
    with pytest.raises(QueryError):
        select(open_read(sample_store), "SELEKT nothing")
