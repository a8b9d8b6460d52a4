"""Upload a built dataset to a SPARQL 1.1 Graph Store Protocol server, one named graph at a time.

Each named graph (one per monograph) is sent as N-Triples with ``PUT ENDPOINT?graph=IRI``, which
replaces that graph on the server and leaves the others alone, so pushing again after an
incremental build is safe. Triples in the default graph, if any, go with ``PUT ENDPOINT?default``.
Works with any server implementing the protocol (Oxigraph server ``/store``, Fuseki ``/ds/data``,
GraphDB ``/repositories/NAME/rdf-graphs/service``, ...).

>>> push("drugkg-store", "http://localhost:7878/store")  # doctest: +SKIP
PushReport(graphs=27, triples=31234)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox

from extract.errors import DrugKGError
from kg.store import open_read

NTRIPLES = "application/n-triples"


class PushError(DrugKGError):
    """The Graph Store Protocol server refused a graph or could not be reached."""


@dataclass(frozen=True)
class PushReport:
    """How many graphs and triples were uploaded."""

    graphs: int = 0
    triples: int = 0


def _graphs(store: ox.Store) -> Iterator[ox.NamedNode | ox.DefaultGraph]:
    named = sorted((g for g in store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)
    yield from named
    if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        yield ox.DefaultGraph()


def _payload(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph) -> tuple[bytes, int]:
    triples = [q.triple for q in store.quads_for_pattern(None, None, None, graph)]
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return data or b"", len(triples)


def put_graph(client: httpx.Client, endpoint: str, graph: ox.NamedNode | ox.DefaultGraph, body: bytes) -> None:
    """Replace ``graph`` on the server with the N-Triples ``body``."""
    params = {"graph": graph.value} if isinstance(graph, ox.NamedNode) else {"default": ""}
    try:
        response = client.put(endpoint, params=params, content=body, headers={"Content-Type": NTRIPLES})
    except httpx.HTTPError as exc:
        raise PushError(f"cannot reach {endpoint}: {exc}") from exc
    if response.status_code not in (200, 201, 204):
        name = params.get("graph", "the default graph")
        raise PushError(f"{endpoint} refused {name}: HTTP {response.status_code} {response.text[:200]}")


def push(
    store_path: str | Path,
    endpoint: str,
    *,
    timeout: float = 60.0,
    client: httpx.Client | None = None,
    on_graph: Callable[[str, int], None] = lambda iri, n: None,
) -> PushReport:
    """PUT every graph of the store at ``store_path`` to the Graph Store endpoint ``endpoint``."""
    store = open_read(store_path)
    own = client is None
    http = client or httpx.Client(timeout=timeout)
    graphs = triples = 0
    try:
        for graph in _graphs(store):
            body, count = _payload(store, graph)
            put_graph(http, endpoint, graph, body)
            graphs += 1
            triples += count
            on_graph(graph.value if isinstance(graph, ox.NamedNode) else "", count)
    finally:
        if own:
            http.close()
    return PushReport(graphs, triples)
