"""NetworkX view of the store: typed entity nodes, direct edges keyed by predicate.

Nodes are entity IRIs with ``kind`` (``Drug``, ``DrugClass``, ...), ``label`` and ``synonyms``.
Edges form a ``MultiDiGraph`` keyed by the predicate's local name (``interactsWith``,
``memberOf``, ``broader``, ...); each edge carries ``predicate`` (IRI), ``source`` and
``evidence`` (of its first assertion) and ``provenance`` (every :class:`Evidence`).

The view is built with two Oxigraph queries and cached per store version; it is frozen
(``G.copy()`` gives a mutable copy).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from extract.errors import StoreError
from kg import query as query_mod
from kg.namespaces import DKG, ENTITY_TYPES, LEXICON_GRAPH, SKOS
from kg.store import current_version, open_read

EDGE_PREDICATES: dict[str, str] = {
    local: DKG + local
    for local in ("interactsWith", "contraindicatedIn", "cautionIn", "monitors", "hasAdverseEffect",
                  "indicatedFor", "memberOf", "combinedWith")
} | {"broader": SKOS + "broader"}
KINDS = frozenset(ENTITY_TYPES.values())
QUALIFIERS = ("severity", "mechanism", "effect", "frequency", "route")
GENERATED_EVIDENCE = "{0} {1} {2} (asserted without an evidence sentence)"
CURATED_BROADER = "{0} is a kind of {1} (curated drug-class lexicon)"
LEXICON_PATH = "ontology/lexicon/drug_classes.tsv"

_NODES = """
SELECT DISTINCT ?n ?t ?label WHERE { ?n a ?t ; rdfs:label ?label .
  FILTER(STRSTARTS(STR(?t), STR(dkg:)) && STRSTARTS(STR(?n), STR(id:))) }"""
_ALT = "SELECT DISTINCT ?n ?alt WHERE { ?n skos:altLabel ?alt }"
_ABOUT = "SELECT DISTINCT ?n ?src ?path WHERE { ?src dkg:about ?n ; dkg:sourcePath ?path }"
_EDGES = """
SELECT DISTINCT ?s ?p ?o ?g WHERE { VALUES ?p { {predicates} } GRAPH ?g { ?s ?p ?o } }"""
_STATEMENTS = """
SELECT DISTINCT ?st ?s ?p ?o ?sentence ?src ?path ?section WHERE {
  VALUES ?p { {predicates} }
  GRAPH ?g { ?st rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o ;
                 dkg:evidence ?sentence ; prov:wasDerivedFrom ?src .
             OPTIONAL { ?st dkg:section ?section } }
  OPTIONAL { GRAPH ?src { ?src dkg:sourcePath ?path } } }"""
_QUALIFIERS = """
SELECT DISTINCT ?st ?k ?v WHERE { VALUES ?k { {keys} } GRAPH ?g { ?st ?k ?v } }"""


@dataclass(frozen=True)
class Evidence:
    """One assertion of an edge: the sentence, its monograph (IRI and path), section, qualifiers."""

    sentence: str
    source: str
    path: str = ""
    section: str = ""
    qualifiers: tuple[tuple[str, str], ...] = ()


def _iri_list(iris: list[str]) -> str:
    return " ".join(str(ox.NamedNode(i)) for i in iris)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def build_graph(store: ox.Store) -> nx.MultiDiGraph:
    """Project the dataset onto a frozen ``MultiDiGraph`` (see the module docstring).

    Edges asserted without an ``rdf:Statement`` (the curated ``skos:broader`` hierarchy of the
    lexicon graph) get a generated evidence sentence naming their graph.

    >>> G = build_graph(kg.store.open_read("drugkg-store"))  # doctest: +SKIP
    >>> G.nodes["https://w3id.org/drugkg/id/drug/warfarin"]["label"]  # doctest: +SKIP
    'Warfarin'
    """
    G = nx.MultiDiGraph()
    _add_nodes(G, store)
    provenance = _provenance(store)
    predicates = _iri_list(list(EDGE_PREDICATES.values()))
    by_iri = {iri: local for local, iri in EDGE_PREDICATES.items()}
    for s, p, o, g in query_mod.select(store, _EDGES.replace("{predicates}", predicates)).rows:
        if s.value not in G or o.value not in G:
            continue
        key = by_iri[p.value]
        evidence = provenance.get((s.value, p.value, o.value), ())
        if G.has_edge(s.value, o.value, key):
            continue
        if not evidence:
            evidence = (_generated(G, s.value, key, o.value, g.value),)
        G.add_edge(s.value, o.value, key=key, predicate=p.value, provenance=evidence,
                   source=evidence[0].source, evidence=evidence[0].sentence)
    _index_names(G)
    return nx.freeze(G)


def _generated(G: nx.MultiDiGraph, s: str, key: str, o: str, graph: str) -> Evidence:
    subject, obj = G.nodes[s]["label"], G.nodes[o]["label"]
    if graph == LEXICON_GRAPH and key == "broader":
        return Evidence(CURATED_BROADER.format(subject, obj), graph, LEXICON_PATH, "lexicon")
    return Evidence(GENERATED_EVIDENCE.format(subject, key, obj), graph)


def _add_nodes(G: nx.MultiDiGraph, store: ox.Store) -> None:
    for n, t, label in query_mod.select(store, _NODES).rows:
        kind = _local(t.value)
        if kind in KINDS and n.value not in G:
            G.add_node(n.value, kind=kind, label=label.value, synonyms=(), monograph=None)
    synonyms: dict[str, set[str]] = defaultdict(set)
    for n, alt in query_mod.select(store, _ALT).rows:
        synonyms[n.value].add(alt.value)
    for node, names in synonyms.items():
        if node in G:
            G.nodes[node]["synonyms"] = tuple(sorted(names))
    for n, _src, path in query_mod.select(store, _ABOUT).rows:
        if n.value in G:
            G.nodes[n.value]["monograph"] = path.value


def _provenance(store: ox.Store) -> dict[tuple[str, str, str], tuple[Evidence, ...]]:
    qualifiers: dict[str, list[tuple[str, str]]] = defaultdict(list)
    keys = _iri_list([DKG + q for q in QUALIFIERS])
    for st, k, v in query_mod.select(store, _QUALIFIERS.replace("{keys}", keys)).rows:
        qualifiers[st.value].append((_local(k.value), v.value))
    found: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    predicates = _iri_list(list(EDGE_PREDICATES.values()))
    for st, s, p, o, sentence, src, path, section in query_mod.select(
            store, _STATEMENTS.replace("{predicates}", predicates)).rows:
        found[(s.value, p.value, o.value)].append(Evidence(
            sentence.value, src.value, path.value if path else "", section.value if section else "",
            tuple(sorted(qualifiers.get(st.value, ())))))
    return {edge: tuple(sorted(set(items), key=lambda e: (e.path, e.sentence))) for edge, items in found.items()}


def _index_names(G: nx.MultiDiGraph) -> None:
    """``G.graph["names"]``: lower-case label or synonym -> nodes carrying it."""
    names: dict[str, list[str]] = defaultdict(list)
    for node, data in G.nodes(data=True):
        for name in (data["label"], *data["synonyms"]):
            key = " ".join(name.lower().split())
            if node not in names[key]:
                names[key].append(node)
    G.graph["names"] = {key: tuple(nodes) for key, nodes in names.items()}


def graph_at(version: str | Path) -> nx.MultiDiGraph:
    """The view of one store version directory (cached: versions never change once published)."""
    return _cached(str(Path(version).resolve()))


@lru_cache(maxsize=4)
def _cached(version: str) -> nx.MultiDiGraph:
    try:
        store = ox.Store.read_only(version)
    except OSError as exc:
        raise StoreError(f"{version}: cannot open the store ({exc})") from exc
    return build_graph(store)


def graph_for(root: str | Path) -> nx.MultiDiGraph:
    """The NetworkX view of the store at ``root``, rebuilt only when a build publishes a new version.

    >>> G = graph_for("drugkg-store")  # doctest: +SKIP
    >>> G is graph_for("drugkg-store")  # doctest: +SKIP
    True
    """
    version = current_version(Path(root))
    if version is None:
        open_read(root)  # raises the usual "no drugkg store here" StoreError
        raise StoreError(f"{root}: no drugkg store here")
    return graph_at(version)
