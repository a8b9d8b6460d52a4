"""Export registry: format name -> writer. ``export`` only looks up and calls (rdflib-plugin style).

RDF formats (turtle, ntriples, nquads, trig, jsonld) are written by Oxigraph (JSON-LD by rdflib).
The property-graph formats ``graphml`` and ``kgx`` write a projection of the dataset: entities
as nodes, every reified direct edge (one per subject, predicate, object and source, with its
evidence sentences) plus the ``skos:broader`` class hierarchy as edges.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import networkx as nx
import pyoxigraph as ox

from extract.errors import DrugKGError
from kg.namespaces import DKG, ENTITY_TYPES, LEXICON_GRAPH, PREFIXES, SKOS, compact
from kg.query import run

Exporter = Callable[[ox.Store, BinaryIO], None]
_REGISTRY: dict[str, Exporter] = {}
EXTENSIONS = {"turtle": "ttl", "ntriples": "nt", "nquads": "nq", "trig": "trig", "jsonld": "jsonld",
              "graphml": "graphml", "kgx": "kgx.tar.gz"}


def register(name: str) -> Callable[[Exporter], Exporter]:
    """Decorator adding an exporter under ``name``."""

    def wrap(func: Exporter) -> Exporter:
        _REGISTRY[name] = func
        return func

    return wrap


def formats() -> list[str]:
    """Registered export format names."""
    return sorted(_REGISTRY)


def export(store: ox.Store, fmt: str, out: BinaryIO) -> None:
    """Write the whole dataset to ``out`` in ``fmt``."""
    try:
        exporter = _REGISTRY[fmt]
    except KeyError:
        raise DrugKGError(f"unknown export format {fmt!r} (choose from {', '.join(formats())})") from None
    exporter(store, out)


def _union(store: ox.Store) -> ox.Store:
    """All named graphs merged into one default graph (for triple-only formats)."""
    merged = ox.Store()
    merged.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in store)
    return merged


@register("nquads")
def _nquads(store: ox.Store, out: BinaryIO) -> None:
    store.dump(out, ox.RdfFormat.N_QUADS)


@register("trig")
def _trig(store: ox.Store, out: BinaryIO) -> None:
    store.dump(out, ox.RdfFormat.TRIG, prefixes=PREFIXES)


@register("turtle")
def _turtle(store: ox.Store, out: BinaryIO) -> None:
    _union(store).dump(out, ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)


@register("ntriples")
def _ntriples(store: ox.Store, out: BinaryIO) -> None:
    _union(store).dump(out, ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())


@register("jsonld")
def _jsonld(store: ox.Store, out: BinaryIO) -> None:
    """JSON-LD with a ``@context`` of the contract's prefixes, one ``@graph`` per source."""
    import warnings

    import rdflib

    data = store.dump(format=ox.RdfFormat.N_QUADS)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's internal Dataset deprecations
        dataset = rdflib.Dataset()
        dataset.parse(data=data, format="nquads")
        text = dataset.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
    json.loads(text)  # fail loudly rather than write invalid JSON
    out.write(text.encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# Property-graph projection shared by GraphML and KGX
# ---------------------------------------------------------------------------------------------

BIOLINK_CATEGORY = {
    "Drug": "biolink:Drug",
    "DrugClass": "biolink:ChemicalEntity",
    "Substance": "biolink:ChemicalEntity",
    "Condition": "biolink:Disease",
    "AdverseEffect": "biolink:PhenotypicFeature",
    "MonitoringParameter": "biolink:ClinicalAttribute",
    "Population": "biolink:PopulationOfIndividualOrganisms",
}
BIOLINK_PREDICATE = {
    DKG + "interactsWith": "biolink:interacts_with",
    DKG + "contraindicatedIn": "biolink:contraindicated_in",
    DKG + "hasAdverseEffect": "biolink:has_adverse_event",
    DKG + "indicatedFor": "biolink:treats",
    DKG + "memberOf": "biolink:member_of",
    SKOS + "broader": "biolink:subclass_of",
}  # cautionIn, monitors, combinedWith: biolink:related_to (the ontology's broadMatch)
AGGREGATOR = "infores:drugkg"
KGX_NODE_COLUMNS = ("id", "category", "name", "xref", "synonym", "provided_by")
KGX_EDGE_COLUMNS = ("id", "subject", "predicate", "object", "original_predicate", "primary_knowledge_source",
                    "aggregator_knowledge_source", "knowledge_level", "agent_type", "supporting_text", "section")
KGX_MEMBERS = ("drugkg_nodes.tsv", "drugkg_edges.tsv")

_NODES = f"""SELECT ?n ?t ?label WHERE {{ ?n a ?t ; rdfs:label ?label
  FILTER(?t IN ({", ".join(f"dkg:{t}" for t in ENTITY_TYPES.values())})) }}"""
_XREFS = "SELECT DISTINCT ?n ?x WHERE { ?n skos:exactMatch ?x }"
_SYNONYMS = "SELECT DISTINCT ?n ?alt WHERE { ?n skos:altLabel ?alt }"
_EDGES = """SELECT ?s ?p ?o ?src ?evidence ?section WHERE {
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; dkg:evidence ?evidence ;
      prov:wasDerivedFrom ?src . OPTIONAL { ?st dkg:section ?section } FILTER(?p != dkg:hasDoseGuideline) }"""
_BROADER = "SELECT DISTINCT ?s ?o ?g WHERE { GRAPH ?g { ?s skos:broader ?o } }"


@dataclass(frozen=True, slots=True)
class Node:
    """An entity: IRI, drugkg type local name, preferred label, external IRIs and synonyms."""

    iri: str
    kind: str
    label: str
    xrefs: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Edge:
    """A direct edge as asserted by one source, with every evidence sentence and section."""

    subject: str
    predicate: str
    object: str
    source: str
    evidence: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """A stable identifier for the edge."""
        text = "\x1f".join((self.subject, self.predicate, self.object, self.source))
        return hashlib.sha1(text.encode()).hexdigest()[:16]


def projection(store: ox.Store) -> tuple[list[Node], list[Edge]]:
    """Entities and direct edges (plus ``skos:broader``) of the union of all named graphs, sorted."""
    grouped: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for name, query in (("label", _NODES), ("xref", _XREFS), ("synonym", _SYNONYMS)):
        for row in run(store, query):
            values = grouped[row[0].value]
            values[name].append(row[2].value if name == "label" else row[1].value)
            if name == "label":
                values["kind"].append(row[1].value[len(DKG):])
    nodes = {iri: Node(iri, min(v["kind"]), min(v["label"]), tuple(sorted(set(v["xref"]))),
                       tuple(sorted(set(v["synonym"])))) for iri, v in grouped.items() if v["label"]}
    evidence: dict[tuple[str, str, str, str], tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for row in run(store, _EDGES):
        sentences, sections = evidence[(row[0].value, row[1].value, row[2].value, row[3].value)]
        sentences.add(row[4].value)
        if row[5] is not None:
            sections.add(row[5].value)
    for row in run(store, _BROADER):
        evidence.setdefault((row[0].value, SKOS + "broader", row[1].value, row[2].value), (set(), set()))
    edges = [Edge(s, p, o, src, tuple(sorted(ev)), tuple(sorted(sec)))
             for (s, p, o, src), (ev, sec) in sorted(evidence.items()) if s in nodes and o in nodes]
    return sorted(nodes.values(), key=lambda n: n.iri), edges


def to_networkx(store: ox.Store) -> nx.MultiDiGraph:
    """The projection as a MultiDiGraph with only string attributes (GraphML-safe).

    Nodes: ``label``, ``type`` (``Drug``, ``DrugClass``, ...), ``xrefs``. Edges (key = edge id):
    ``label`` and ``predicate`` (CURIE), ``source`` (source IRI), ``evidence`` (sentences joined
    with `` | ``), ``section``.
    """
    graph = nx.MultiDiGraph(name="drugkg")
    nodes, edges = projection(store)
    for node in nodes:
        graph.add_node(node.iri, label=node.label, type=node.kind, xrefs="|".join(node.xrefs))
    for edge in edges:
        curie = compact(edge.predicate)
        graph.add_edge(edge.subject, edge.object, key=edge.key, label=curie.split(":", 1)[-1], predicate=curie,
                       source=edge.source, evidence=" | ".join(edge.evidence), section=",".join(edge.sections))
    return graph


@register("graphml")
def _graphml(store: ox.Store, out: BinaryIO) -> None:
    """GraphML of the NetworkX projection (Gephi, Cytoscape, yEd)."""
    nx.write_graphml(to_networkx(store), out, encoding="utf-8", prettyprint=False)


def _cell(text: str) -> str:
    """A TSV cell: no tabs or line breaks, and ``|`` kept for KGX multi-value separators."""
    return " ".join(text.replace("|", "/").split())


def kgx_tables(store: ox.Store) -> tuple[str, str]:
    """KGX TSV text of the nodes file and the edges file (Biolink categories and predicates)."""
    nodes, edges = projection(store)
    node_lines = ["\t".join(KGX_NODE_COLUMNS)]
    for node in nodes:
        xrefs = "|".join(compact(x) for x in node.xrefs)
        node_lines.append("\t".join((node.iri, BIOLINK_CATEGORY.get(node.kind, "biolink:NamedThing"),
                                     _cell(node.label), xrefs, "|".join(_cell(s) for s in node.synonyms),
                                     AGGREGATOR)))
    edge_lines = ["\t".join(KGX_EDGE_COLUMNS)]
    for edge in edges:
        curated = edge.source == LEXICON_GRAPH
        edge_lines.append("\t".join((
            f"urn:drugkg:edge:{edge.key}", edge.subject, BIOLINK_PREDICATE.get(edge.predicate, "biolink:related_to"),
            edge.object, compact(edge.predicate), edge.source, AGGREGATOR, "knowledge_assertion",
            "manual_agent" if curated else "text_mining_agent",
            "|".join(_cell(e) for e in edge.evidence), "|".join(edge.sections))))
    return "\n".join(node_lines) + "\n", "\n".join(edge_lines) + "\n"


@register("kgx")
def _kgx(store: ox.Store, out: BinaryIO) -> None:
    """KGX TSV: a gzipped tar stream holding ``drugkg_nodes.tsv`` and ``drugkg_edges.tsv``.

    Readable with ``kgx transform --input-format tsv --input-compression tar.gz``; use
    :func:`write_kgx_files` for two plain TSV files.
    """
    with tarfile.open(fileobj=out, mode="w|gz") as archive:
        for name, text in zip(KGX_MEMBERS, kgx_tables(store), strict=True):
            data = text.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(data), 0o644
            archive.addfile(info, io.BytesIO(data))


def write_kgx_files(store: ox.Store, output: Path) -> tuple[Path, Path]:
    """Write ``{output}_nodes.tsv`` and ``{output}_edges.tsv`` (suffix of ``output`` dropped) next to it."""
    stem = output.with_suffix("") if output.suffix in (".tsv", ".kgx") else output
    paths = (stem.with_name(stem.name + "_nodes.tsv"), stem.with_name(stem.name + "_edges.tsv"))
    for path, text in zip(paths, kgx_tables(store), strict=True):
        path.write_text(text, encoding="utf-8")
    return paths
