from __future__ import annotations

import io
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.export import export, formats
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
