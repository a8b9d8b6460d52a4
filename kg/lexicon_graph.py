"""The curated drug-class hierarchy and memberships as the ``lexicon`` named graph.

Classes come from ``ontology/lexicon/drug_classes.tsv`` (``dkg:DrugClass`` with ``rdfs:label``,
``skos:altLabel``, ``skos:exactMatch`` and ``skos:broader`` to the parent class), memberships
from ``class_members.tsv`` (``dkg:memberOf`` edges, each with an ``rdf:Statement`` carrying a
generated evidence sentence, ``dkg:section "lexicon"`` and ``prov:wasDerivedFrom`` the lexicon
graph). Entity IRIs and labels are the ones monographs produce: the compiled lexicon's concept
for the same kind and key.

The graph's content hash is kept as ``dkg:contentHash`` on the lexicon graph IRI in the store's
*default* graph, next to a ``dkg:sourcePath`` and ``dcterms:title``: that way the lexicon is not
counted as a monograph (``dkg:Source``), never pruned as a vanished file, and queries and SHACL
validation (which see the named graphs only) are not affected by the bookkeeping.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from extract.lexicon import Lexicon, load_lexicon, split_cell
from extract.model import Concept, EntityKind
from extract.resources import read_tsv
from extract.text import slugify
from kg.namespaces import DCTERMS, DKG, LEXICON_GRAPH, PROV, RDF, SKOS, entity_iri, external_iri
from kg.rdfize import ALT, EXACT, LABEL, TYPE, preferred_label

CLASSES_FILE = "drug_classes.tsv"
MEMBERS_FILE = "class_members.tsv"
SECTION = "lexicon"
TITLE = "drugkg curated drug-class lexicon"

GRAPH = ox.NamedNode(LEXICON_GRAPH)
BROADER = ox.NamedNode(SKOS + "broader")
MEMBER_OF = ox.NamedNode(DKG + "memberOf")
CONTENT_HASH = ox.NamedNode(DKG + "contentHash")


class _Writer:
    """Quads of the lexicon graph, each entity described once with the lexicon's canonical concept."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.canonical = {(c.kind, c.key): c for c in lexicon.concepts}
        self.quads: list[ox.Quad] = []
        self.described: set[str] = set()

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        self.quads.append(ox.Quad(s, p, o, GRAPH))

    def class_concept(self, label: str, ids: tuple[str, ...] = ()) -> Concept:
        """The class concept monographs use for a curated class label (``_curated``: key = slug)."""
        known = self.canonical.get((EntityKind.DRUG_CLASS, slugify(label)))
        concept = known or Concept(EntityKind.DRUG_CLASS, slugify(label), label)
        return Concept(concept.kind, concept.key, concept.label, tuple(dict.fromkeys([*ids, *concept.ids])))

    def drug_concept(self, name: str) -> Concept:
        """The drug lexicon's concept for ``name`` (its first DRUG candidate), else a slug of the name."""
        for candidate in self.lexicon.lookup(name):
            if candidate.kind == EntityKind.DRUG:
                return candidate
        return Concept(EntityKind.DRUG, slugify(name), name)

    def entity(self, concept: Concept) -> ox.NamedNode:
        node = ox.NamedNode(entity_iri(concept))
        if node.value not in self.described:
            self.described.add(node.value)
            kind = "DrugClass" if concept.kind == EntityKind.DRUG_CLASS else "Drug"
            self.add(node, TYPE, ox.NamedNode(DKG + kind))
            self.add(node, LABEL, ox.Literal(preferred_label(concept)))
            for curie in concept.ids:
                target = external_iri(curie)
                if target:
                    self.add(node, EXACT, ox.NamedNode(target))
        return node

    def membership(self, drug_name: str, class_label: str) -> None:
        drug, cls = self.entity(self.drug_concept(drug_name)), self.entity(self.class_concept(class_label))
        self.add(drug, MEMBER_OF, cls)
        digest = hashlib.sha1(f"{drug.value}\x1f{cls.value}".encode()).hexdigest()[:16]
        statement = ox.NamedNode(f"{LEXICON_GRAPH}/statement/{digest}")
        self.add(statement, TYPE, ox.NamedNode(RDF + "Statement"))
        self.add(statement, ox.NamedNode(RDF + "subject"), drug)
        self.add(statement, ox.NamedNode(RDF + "predicate"), MEMBER_OF)
        self.add(statement, ox.NamedNode(RDF + "object"), cls)
        self.add(statement, ox.NamedNode(DKG + "evidence"),
                 ox.Literal(f"{drug_name} is a member of {class_label} (curated lexicon)"))
        self.add(statement, ox.NamedNode(DKG + "section"), ox.Literal(SECTION))
        self.add(statement, ox.NamedNode(PROV + "wasDerivedFrom"), GRAPH)


def _classes(writer: _Writer) -> None:
    for row in read_tsv(CLASSES_FILE):
        label = row.get("label", "").strip()
        if not label:
            continue
        node = writer.entity(writer.class_concept(label, tuple(split_cell(row.get("ids", "")))))
        for synonym in dict.fromkeys(split_cell(row.get("synonyms", ""))):
            writer.add(node, ALT, ox.Literal(synonym))
        for parent in split_cell(row.get("broader", "")):
            writer.add(node, BROADER, writer.entity(writer.class_concept(parent)))


def _members(writer: _Writer) -> None:
    seen: set[tuple[str, str]] = set()
    for row in read_tsv(MEMBERS_FILE):
        name, cls = row.get("drug", "").strip(), row.get("class", "").strip()
        if name and cls and (name, cls) not in seen:
            seen.add((name, cls))
            writer.membership(name, cls)


def lexicon_quads(lexicon: Lexicon | None = None) -> list[ox.Quad]:
    """Every quad of the lexicon graph (graph IRI :data:`kg.namespaces.LEXICON_GRAPH`), deduplicated."""
    writer = _Writer(lexicon or load_lexicon())
    _classes(writer)
    _members(writer)
    return list(dict.fromkeys(writer.quads))


def content_hash(quads: list[ox.Quad]) -> str:
    """SHA-256 of the quads in canonical (sorted N-Quads) order."""
    lines = sorted(str(q) for q in quads)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _stored_hash(store: ox.Store) -> str | None:
    for quad in store.quads_for_pattern(GRAPH, CONTENT_HASH, None, ox.DefaultGraph()):
        if isinstance(quad.object, ox.Literal):
            return quad.object.value
    return None


def _bookkeeping(digest: str) -> Iterator[ox.Quad]:
    default = ox.DefaultGraph()
    yield ox.Quad(GRAPH, CONTENT_HASH, ox.Literal(digest), default)
    yield ox.Quad(GRAPH, ox.NamedNode(DKG + "sourcePath"), ox.Literal(f"ontology/lexicon/{CLASSES_FILE}"), default)
    yield ox.Quad(GRAPH, ox.NamedNode(DCTERMS + "title"), ox.Literal(TITLE), default)


def _code_digest() -> str:
    """Hash of this module, so a change in how the graph is written also rewrites it."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]


def graph_digest(fingerprint: str) -> str:
    """The content hash recorded for the graph of the lexicon with this fingerprint."""
    return f"lexicon-{fingerprint}-{_code_digest()}"


def is_current(store: ox.Store, fingerprint: str) -> bool:
    """Whether the store's lexicon graph was written from the lexicon with ``fingerprint``.

    Lets a build skip loading the compiled lexicon (a large pickle) just to find nothing to do.
    """
    return _stored_hash(store) == graph_digest(fingerprint) and store.contains_named_graph(GRAPH)


def sync_lexicon_graph(store: ox.Store, lexicon: Lexicon | None = None) -> bool:
    """Replace the lexicon graph in ``store`` when its content changed; True if it was rewritten."""
    # The lexicon's fingerprint covers every input of the graph (TSVs, packages, vocabularies,
    # code), so an unchanged fingerprint means an unchanged graph: no need to rebuild it to compare.
    lexicon = lexicon or load_lexicon()
    digest = graph_digest(lexicon.fingerprint)
    if is_current(store, lexicon.fingerprint):
        return False
    quads = lexicon_quads(lexicon)
    if store.contains_named_graph(GRAPH):
        store.remove_graph(GRAPH)
    for old in list(store.quads_for_pattern(GRAPH, None, None, ox.DefaultGraph())):
        store.remove(old)
    store.bulk_extend(quads)  # ~30k quads: the transactional extend costs several times more
    store.extend(list(_bookkeeping(digest)))
    return True
