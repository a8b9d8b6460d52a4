"""Extraction -> quads of one named graph, following the RDF contract exactly.

Pure: no store access. Statement and dose node IRIs are derived from content hashes so a
rebuild of unchanged input yields the identical graph.

Every build turns each monograph into a few hundred quads, so this module is on the build's hot
path: term objects for the contract's fixed IRIs are made once at import, entity nodes once per
graph, and the writer counts what the build manifest needs while it writes (no re-parse).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import cache, lru_cache

import pyoxigraph as ox

from extract.model import Concept, Dose, EntityKind, Extraction, Statement
from extract.text import slugify
from kg.manifest import GraphCounts
from kg.namespaces import (
    DCTERMS,
    DKG,
    ENTITY_TYPES,
    OWL,
    PROV,
    RDF,
    RDFS,
    SKOS,
    XSD,
    entity_iri,
    external_iri,
    source_iri,
)

TYPE = ox.NamedNode(RDF + "type")
LABEL = ox.NamedNode(RDFS + "label")
ALT = ox.NamedNode(SKOS + "altLabel")
EXACT = ox.NamedNode(SKOS + "exactMatch")
STATEMENT = ox.NamedNode(RDF + "Statement")
DECIMAL = ox.NamedNode(XSD + "decimal")
SUBJECT = ox.NamedNode(RDF + "subject")
PREDICATE = ox.NamedNode(RDF + "predicate")
OBJECT = ox.NamedNode(RDF + "object")
DERIVED_FROM = ox.NamedNode(PROV + "wasDerivedFrom")
ENTITY_CLASS_NODES = {kind: ox.NamedNode(DKG + local) for kind, local in ENTITY_TYPES.items()}


def _node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


@cache
def _dkg(local: str) -> ox.NamedNode:
    """The ontology term ``dkg:local`` (a closed set of names: cached for the life of the process)."""
    return ox.NamedNode(DKG + local)


@lru_cache(maxsize=1 << 16)
def _external_node(curie: str) -> ox.NamedNode | None:
    target = external_iri(curie)
    return ox.NamedNode(target) if target else None


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


def preferred_label(concept: Concept) -> str:
    """One spelling per node: non-drug names start lower-case unless they open with an acronym."""
    label = " ".join(concept.label.split())
    first = label.split(" ", 1)[0] if label else ""
    if concept.kind != EntityKind.DRUG and first[:1].isupper() and first[1:] == first[1:].lower():
        return label[0].lower() + label[1:]
    return label


class GraphWriter:
    """Accumulates the quads of one source graph, describing each entity once."""

    def __init__(self, graph: str) -> None:
        self.graph = _node(graph)
        self._quads: dict[ox.Quad, None] = {}  # insertion-ordered set: the store keeps one of each
        self._entities: dict[str, ox.NamedNode] = {}
        self._alts: set[tuple[str, str]] = set()
        self.edges = 0

    @property
    def quads(self) -> list[ox.Quad]:
        return list(self._quads)

    def counts(self) -> GraphCounts:
        """What this graph adds to the store's totals (as :func:`kg.manifest.graph_counts` counts them)."""
        return GraphCounts(len(self._quads), self.edges, tuple(sorted(self._entities)))

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        self._quads[ox.Quad(s, p, o, self.graph)] = None

    def entity(self, concept: Concept) -> ox.NamedNode:
        iri = entity_iri(concept)
        node = self._entities.get(iri)
        if node is None:
            node = self._entities[iri] = _node(iri)
            self.add(node, TYPE, ENTITY_CLASS_NODES[concept.kind.value])
            self.add(node, LABEL, ox.Literal(preferred_label(concept)))
            for curie in concept.ids:
                target = _external_node(curie)
                if target is not None:
                    self.add(node, EXACT, target)
        return node

    def statement_node(self, iri: str) -> ox.NamedNode:
        """A reified statement's node, typed ``rdf:Statement`` (and counted as one edge)."""
        node = _node(iri)
        quad = ox.Quad(node, TYPE, STATEMENT, self.graph)
        if quad not in self._quads:
            self._quads[quad] = None
            self.edges += 1
        return node

    def alt_label(self, concept: Concept, text: str) -> None:
        text = " ".join(text.split())
        if not text or text == preferred_label(concept) or (entity_iri(concept), text) in self._alts:
            return
        self._alts.add((entity_iri(concept), text))
        self.add(self.entity(concept), ALT, ox.Literal(text))


def _statement(writer: GraphWriter, source: ox.NamedNode, st: Statement) -> None:
    subject, obj = writer.entity(st.subject), writer.entity(st.object)
    predicate = _dkg(st.relation.value)
    writer.add(subject, predicate, obj)
    node = writer.statement_node(
        f"{source.value}/statement/{_digest(subject.value, predicate.value, obj.value, st.evidence)}")
    writer.add(node, SUBJECT, subject)
    writer.add(node, PREDICATE, predicate)
    writer.add(node, OBJECT, obj)
    writer.add(node, _dkg("evidence"), ox.Literal(st.evidence))
    writer.add(node, _dkg("section"), ox.Literal(st.section))
    writer.add(node, DERIVED_FROM, source)
    if st.surface:
        writer.add(node, _dkg("surfaceForm"), ox.Literal(st.surface))
    for key, value in st.qualifiers:
        writer.add(node, _dkg(key), ox.Literal(value))


def _dose(writer: GraphWriter, source: ox.NamedNode, drug: ox.NamedNode, dose: Dose) -> None:
    digest = _digest(dose.text, dose.population, str(dose.minimum), str(dose.maximum), dose.unit)
    node = _node(f"{source.value}/dose/{digest}")
    writer.add(drug, _dkg("hasDoseGuideline"), node)
    writer.add(node, TYPE, _dkg("DoseGuideline"))
    population = Concept(EntityKind.POPULATION, slugify(dose.population), dose.population)
    writer.add(node, _dkg("population"), writer.entity(population))
    if dose.minimum is not None:
        writer.add(node, _dkg("doseMin"), ox.Literal(_decimal(dose.minimum), datatype=DECIMAL))
    writer.add(node, _dkg("doseMax"), ox.Literal(_decimal(dose.maximum), datatype=DECIMAL))
    writer.add(node, _dkg("doseUnit"), ox.Literal(dose.unit))
    if dose.per:
        writer.add(node, _dkg("dosePer"), ox.Literal(dose.per))
    if dose.route:
        writer.add(node, _dkg("route"), ox.Literal(dose.route))
    writer.add(node, _dkg("doseText"), ox.Literal(dose.text))
    stmt = writer.statement_node(f"{node.value}/statement")
    writer.add(stmt, SUBJECT, drug)
    writer.add(stmt, PREDICATE, _dkg("hasDoseGuideline"))
    writer.add(stmt, OBJECT, node)
    writer.add(stmt, _dkg("evidence"), ox.Literal(dose.text))
    writer.add(stmt, _dkg("section"), ox.Literal("dosage"))
    writer.add(stmt, DERIVED_FROM, source)


def _decimal(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


def extraction_quads(extraction: Extraction, slug: str | None = None) -> Iterator[ox.Quad]:
    """All quads of the extraction's named graph (the graph IRI is the source IRI), each once."""
    return iter(extraction_graph(extraction, slug).quads)


def extraction_graph(extraction: Extraction, slug: str | None = None) -> GraphWriter:
    """The extraction's named graph, written: its quads and its counts for the build manifest."""
    doc = extraction.document
    source = _node(source_iri(slug or doc.slug))
    writer = GraphWriter(source.value)
    drug = writer.entity(extraction.subject)
    writer.add(source, TYPE, _dkg("Source"))
    writer.add(source, _dkg("sourcePath"), ox.Literal(doc.path))
    writer.add(source, _dkg("about"), drug)
    writer.add(source, _node(DCTERMS + "title"), ox.Literal(doc.title))
    if doc.modified:
        writer.add(source, _node(DCTERMS + "modified"), ox.Literal(doc.modified))
    if doc.content_hash:
        writer.add(source, _dkg("contentHash"), ox.Literal(doc.content_hash))
    set_id, version = doc.metadata.get("set_id"), doc.metadata.get("version")
    if set_id:  # SPL labels: DailyMed set id and label version
        writer.add(source, _node(DCTERMS + "identifier"), ox.Literal(str(set_id)))
    if version:
        writer.add(source, _node(OWL + "versionInfo"), ox.Literal(str(version)))
    writer.alt_label(extraction.subject, doc.title)
    for synonym in extraction.synonyms:
        writer.alt_label(extraction.subject, synonym)
    for st in extraction.statements:
        _statement(writer, source, st)
    for concept, surface in extraction.surface_forms:
        writer.alt_label(concept, surface)
    for dose in extraction.doses:
        _dose(writer, source, drug, dose)
    return writer
