"""Curated class membership at extraction time: which classes a drug (or class) belongs to.

The relation rules need it to tell a partner from a description: "heparin" and "the
anticoagulant action of heparin" name one drug and its own class, not two interacting
participants. Memberships come from ``class_members.tsv`` and the ``broader`` column of
``drug_classes.tsv`` (the same tables the lexicon graph publishes), closed transitively.
"""

from __future__ import annotations

from collections import defaultdict

from extract.lexicon import Lexicon, split_cell
from extract.model import Concept, EntityKind
from extract.resources import read_tsv
from extract.text import slugify

Identity = tuple[EntityKind, str]


def _drug_key(lexicon: Lexicon, name: str) -> str:
    """The key monographs use for a drug name: the lexicon's first drug candidate, else its slug."""
    return next((c.key for c in lexicon.lookup(name) if c.kind == EntityKind.DRUG), slugify(name))


INTERACTION_ROLE = "interaction"  # drug_classes.tsv role of groupings such as "CYP3A4 inhibitors"


class ClassIndex:
    """Drug and class identities -> every class they belong to (directly or through ``broader``)."""

    def __init__(self, lexicon: Lexicon) -> None:
        broader: dict[str, set[str]] = defaultdict(set)
        groupings: set[str] = set()
        for row in read_tsv("drug_classes.tsv"):
            label = row.get("label", "").strip()
            if label:
                broader[slugify(label)].update(slugify(p) for p in split_cell(row.get("broader", "")))
                if row.get("role", "").strip() == INTERACTION_ROLE:
                    groupings.add(slugify(label))
        direct: dict[Identity, set[str]] = defaultdict(set)
        for row in read_tsv("class_members.tsv"):
            name, cls = row.get("drug", "").strip(), row.get("class", "").strip()
            if name and cls:
                direct[(EntityKind.DRUG, _drug_key(lexicon, name))].add(slugify(cls))
        for cls in broader:
            direct[(EntityKind.DRUG_CLASS, cls)].update(broader[cls])
        self._closed = {identity: frozenset(self._close(classes, broader)) for identity, classes in direct.items()}
        kinds = {cls: parents - groupings for cls, parents in broader.items() if cls not in groupings}
        self._kinds = {
            identity: frozenset(self._close(classes - groupings, kinds)) for identity, classes in direct.items()
        }

    @staticmethod
    def _close(start: set[str], broader: dict[str, set[str]]) -> set[str]:
        seen: set[str] = set()
        todo = list(start)
        while todo:
            cls = todo.pop()
            if cls not in seen:
                seen.add(cls)
                todo.extend(broader.get(cls, ()))
        return seen

    def classes_of(self, concept: Concept) -> frozenset[str]:
        """Keys of every class ``concept`` is a member (or subclass) of."""
        return self._closed.get((concept.kind, concept.key), frozenset())

    def kinds_of(self, concept: Concept) -> frozenset[str]:
        """Keys of the classes that say what ``concept`` is (see :meth:`defines`)."""
        return self._kinds.get((concept.kind, concept.key), frozenset())

    def defines(self, a: Concept, b: Concept) -> bool:
        """True when one concept is a class that says what the other *is* ("lisinopril" / "ACE inhibitors"),
        not a grouping it merely belongs to by what it does to other drugs ("methadone" / "QT-prolonging
        drugs": in methadone's monograph that grouping names the other QT-prolonging drugs)."""
        return _either_in(a, b, self._kinds)

    def related(self, a: Concept, b: Concept) -> bool:
        """True when one concept is a class the other belongs to ("heparin" / "anticoagulants")."""
        return _either_in(a, b, self._closed)


def _either_in(a: Concept, b: Concept, classes: dict[Identity, frozenset[str]]) -> bool:
    """One of ``a`` and ``b`` is a class that ``classes`` lists for the other."""
    return (b.kind == EntityKind.DRUG_CLASS and b.key in classes.get((a.kind, a.key), ())) or (
        a.kind == EntityKind.DRUG_CLASS and a.key in classes.get((b.kind, b.key), ())
    )


_INDEXES: dict[str, ClassIndex] = {}


def class_index(lexicon: Lexicon) -> ClassIndex:
    """The index for one compiled lexicon, built once per process (keyed by its fingerprint)."""
    index = _INDEXES.get(lexicon.fingerprint)
    if index is None:
        index = _INDEXES[lexicon.fingerprint] = ClassIndex(lexicon)
    return index
