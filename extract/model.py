"""Typed records that flow between the extraction stages.

``Document -> Mention -> Statement``: each stage meets the next only through these
frozen dataclasses, so a stage can be tested, cached or distributed on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class EntityKind(StrEnum):
    """The closed set of node types in the graph; the value is the IRI path segment."""

    DRUG = "drug"
    DRUG_CLASS = "class"
    CONDITION = "condition"
    ADVERSE_EFFECT = "adverse-effect"
    MONITORING = "monitoring"
    POPULATION = "population"
    SUBSTANCE = "substance"


class Relation(StrEnum):
    """Direct edge predicates of the RDF contract (local names in the ``dkg:`` namespace)."""

    INTERACTS_WITH = "interactsWith"
    CONTRAINDICATED_IN = "contraindicatedIn"
    CAUTION_IN = "cautionIn"
    MONITORS = "monitors"
    HAS_ADVERSE_EFFECT = "hasAdverseEffect"
    INDICATED_FOR = "indicatedFor"
    MEMBER_OF = "memberOf"
    COMBINED_WITH = "combinedWith"


@dataclass(frozen=True, slots=True)
class Section:
    """A run of body text under one heading, with the heading's normalised kind."""

    kind: str
    heading: str
    text: str
    parents: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Faq:
    """A question and its answer, cleaned of markdown debris."""

    question: str
    answer: str


@dataclass(frozen=True)
class Document:
    """One monograph as read from disk: front matter, sections and FAQs."""

    path: str
    slug: str
    title: str
    sections: tuple[Section, ...]
    faqs: tuple[Faq, ...] = ()
    modified: str | None = None
    content_hash: str = ""
    metadata: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Concept:
    """A real-world concept a mention resolves to: one graph node."""

    kind: EntityKind
    key: str
    label: str
    ids: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a sentence that names one or more candidate concepts."""

    text: str
    start: int
    end: int
    candidates: tuple[Concept, ...]
    modifiers: frozenset[str] = frozenset()

    def first(self, *kinds: EntityKind) -> Concept | None:
        """The first candidate of one of ``kinds`` (all kinds when none are given)."""
        for concept in self.candidates:
            if not kinds or concept.kind in kinds:
                return concept
        return None


@dataclass(frozen=True, slots=True)
class Dose:
    """A dose guideline read from a dosage sentence."""

    population: str
    minimum: float | None
    maximum: float
    unit: str
    per: str | None
    route: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Statement:
    """One asserted edge with the sentence it came from and its qualifiers."""

    subject: Concept
    relation: Relation
    object: Concept
    evidence: str
    section: str
    surface: str = ""
    qualifiers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Extraction:
    """Everything one monograph contributes to the graph."""

    document: Document
    subject: Concept
    statements: tuple[Statement, ...]
    synonyms: tuple[str, ...] = ()
    surface_forms: tuple[tuple[Concept, str], ...] = ()
    doses: tuple[Dose, ...] = ()
