"""IRIs of the RDF contract (DESIGN.md): ontology, entity and source namespaces."""

from __future__ import annotations

from functools import lru_cache

import curies

from extract.model import Concept

DKG = "https://w3id.org/drugkg/ontology#"
ID = "https://w3id.org/drugkg/id/"
SOURCE = "https://w3id.org/drugkg/source/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
LEXICON_GRAPH = SOURCE + "lexicon"

PREFIXES: dict[str, str] = {
    "dkg": DKG,
    "id": ID,
    "src": SOURCE,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "xsd": XSD,
    "owl": OWL,
}

ENTITY_TYPES: dict[str, str] = {
    "drug": "Drug",
    "class": "DrugClass",
    "condition": "Condition",
    "adverse-effect": "AdverseEffect",
    "monitoring": "MonitoringParameter",
    "population": "Population",
    "substance": "Substance",
}

# External identifier prefixes -> IRI stems (bioregistry's preferred URI formats).
EXTERNAL_PREFIXES: dict[str, str] = {
    "drugbank": "https://go.drugbank.com/drugs/",
    "mesh": "http://id.nlm.nih.gov/mesh/",
    "hp": "http://purl.obolibrary.org/obo/HP_",
    "atc": "http://purl.bioontology.org/ontology/ATC/",
    "doid": "http://purl.obolibrary.org/obo/DOID_",
    "chebi": "http://purl.obolibrary.org/obo/CHEBI_",
    "rxnorm": "http://purl.bioontology.org/ontology/RXNORM/",
    "umls": "http://linkedlifedata.com/resource/umls/id/",
    "snomedct": "http://snomed.info/id/",
    "loinc": "https://loinc.org/",
    "symp": "http://purl.obolibrary.org/obo/SYMP_",
}


@lru_cache(maxsize=1)
def converter() -> curies.Converter:
    """CURIE <-> IRI converter for external identifiers and the project's own prefixes."""
    return curies.Converter.from_prefix_map({**EXTERNAL_PREFIXES, **PREFIXES})


def entity_iri(concept: Concept) -> str:
    """``https://w3id.org/drugkg/id/{kind}/{slug}``."""
    return f"{ID}{concept.kind.value}/{concept.key}"


def source_iri(slug: str) -> str:
    """``https://w3id.org/drugkg/source/{slug}``."""
    return SOURCE + slug


def external_iri(curie: str) -> str | None:
    """Expand a CURIE such as ``drugbank:DB00682``; ``None`` for unknown prefixes."""
    prefix, _, local = curie.partition(":")
    if not local:
        return None
    return converter().expand(f"{prefix.lower()}:{local}")


def compact(iri: str) -> str:
    """Shortest CURIE for an IRI, or the IRI itself."""
    result = converter().compress(iri)
    return result if result else iri
