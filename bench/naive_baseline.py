"""A deliberately naive baseline: every lexicon match in a section becomes an edge.

For each monograph the subject is resolved as drugkg does, and every lexicon mention in a
sentence becomes an edge from that drug, typed only by the sentence's section kind. ConText
modifiers (negation, hypothetical, other form...), cue words, list structure and "about
another drug" checks are all ignored: this is the floor drugkg's rules are measured against.

Only self-interactions (the subject with itself) are skipped, as they are not edges at all.
The mention text is kept as a surface form (an ``skos:altLabel``) exactly like drugkg does, so
the scorer's label matching treats both systems alike.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from extract.errors import DrugKGError
from extract.lexicon import Lexicon, load_lexicon
from extract.model import Concept, Document, EntityKind, Extraction, Mention, Relation, Statement
from extract.nlp import find_mentions
from extract.reader import read_monograph
from extract.subject import Subject, resolve_subject
from extract.text import slugify
from extract.units import Unit, document_units
from kg.build import BuildReport, assign_slugs, collect_files
from kg.rdfize import extraction_quads

K = EntityKind

# section kind -> (relation, candidate kinds in preference order, kind the object is re-typed to or None)
Target = tuple[Relation, tuple[EntityKind, ...], EntityKind | None]
INTERACTION: Target = (Relation.INTERACTS_WITH, (K.DRUG, K.DRUG_CLASS, K.SUBSTANCE), None)
ADVERSE: Target = (Relation.HAS_ADVERSE_EFFECT, (K.ADVERSE_EFFECT, K.CONDITION), K.ADVERSE_EFFECT)
CONTRAINDICATION: Target = (Relation.CONTRAINDICATED_IN, (K.CONDITION, K.POPULATION, K.ADVERSE_EFFECT), None)
INDICATION: Target = (Relation.INDICATED_FOR, (K.CONDITION, K.ADVERSE_EFFECT), K.CONDITION)
MONITORING: Target = (Relation.MONITORS, (K.MONITORING,), None)
CLASS: Target = (Relation.MEMBER_OF, (K.DRUG_CLASS,), None)

SECTION_TARGETS: dict[str, Target] = {
    "interactions": INTERACTION,
    "contraindications": CONTRAINDICATION,
    "usage": INDICATION,
    "clinical_use": INDICATION,
    "monitoring": MONITORING,
    "precautions": MONITORING,
    "dosage": MONITORING,
    "classification": CLASS,
}


def section_target(kind: str) -> Target | None:
    """What a sentence of section ``kind`` yields; ``None`` (e.g. alternate_names) yields nothing."""
    if kind.startswith("side_effects"):
        return ADVERSE
    return SECTION_TARGETS.get(kind)


def pick_candidate(mention: Mention, kinds: tuple[EntityKind, ...]) -> Concept | None:
    """The mention's first candidate of the preferred kinds (kind order), ignoring its modifiers."""
    for kind in kinds:
        found = mention.first(kind)
        if found is not None:
            return found
    return None


def retype(concept: Concept, kind: EntityKind | None) -> Concept:
    """``concept`` as ``kind`` (a MeSH condition listed as a side effect becomes an adverse effect)."""
    if kind is None or concept.kind == kind:
        return concept
    return replace(concept, kind=kind, key=slugify(concept.label))


def unit_statements(subject: Subject, unit: Unit, lexicon: Lexicon) -> Iterator[Statement]:
    """One statement per lexicon mention of the sentence, typed by its section kind only."""
    target = section_target(unit.kind)
    if target is None:
        return
    relation, kinds, as_kind = target
    for mention in find_mentions(unit.text, lexicon):
        concept = pick_candidate(mention, kinds)
        if concept is None:
            continue
        obj = retype(concept, as_kind)
        if relation == Relation.INTERACTS_WITH and obj.kind == K.DRUG and obj.key == subject.concept.key:
            continue
        yield Statement(subject.concept, relation, obj, unit.text, unit.kind, mention.text)


def naive_extract(doc: Document, lexicon: Lexicon) -> Extraction:
    """The naive extraction of one read monograph (deduplicated per edge and sentence)."""
    subject = resolve_subject(doc, lexicon)
    statements: dict[tuple[str, str, str, str, str], Statement] = {}
    for unit in document_units(doc):
        for st in unit_statements(subject, unit, lexicon):
            key = (st.relation.value, st.object.kind.value, st.object.key, st.evidence, st.section)
            statements.setdefault(key, st)
    surfaces = tuple(dict.fromkeys((st.object, st.surface) for st in statements.values()))
    return Extraction(document=doc, subject=subject.concept, statements=tuple(statements.values()),
                      surface_forms=surfaces)


def _extract_path(path: str) -> Extraction | tuple[str, str]:
    """Worker entry point: the naive extraction of one file, or (path, reason) when unreadable."""
    try:
        return naive_extract(read_monograph(path), load_lexicon())
    except DrugKGError as exc:
        return (path, str(exc))


@dataclass
class NaiveResult:
    """What a naive build produced: the in-memory store plus counts and failures."""

    store: ox.Store
    report: BuildReport = field(default_factory=BuildReport)


def naive_build(paths: Iterable[str | Path], *, workers: int = 1) -> NaiveResult:
    """Naively extract every monograph under ``paths`` into an in-memory pyoxigraph store."""
    report = BuildReport()
    files = collect_files(paths, report)
    slugs = {str(p): s for p, s in assign_slugs(files).items()}
    names = [str(p) for p in files]
    store = ox.Store()
    load_lexicon()  # compile or load the cache once before any worker starts
    if workers > 1 and len(names) >= 16:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            chunk = max(1, min(64, len(names) // (workers * 8) or 1))
            results: Iterable[Extraction | tuple[str, str]] = list(pool.map(_extract_path, names, chunksize=chunk))
    else:
        results = (_extract_path(name) for name in names)
    for result in results:
        if isinstance(result, tuple):
            report.failures.append(result)
            continue
        store.extend(list(extraction_quads(result, slugs[result.document.path])))
        report.built += 1
        report.statements += len(result.statements)
    return NaiveResult(store, report)


def write_nquads(store: ox.Store, out: str | Path) -> None:
    """Dump ``store`` as N-Quads to the file ``out``."""
    with open(out, "wb") as handle:
        store.dump(handle, ox.RdfFormat.N_QUADS)


def main(argv: list[str] | None = None) -> int:
    """``python bench/naive_baseline.py OUT.nq PATH...``: write the naive graph of PATH as N-Quads."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if len(args) < 2:
        print("usage: naive_baseline.py OUT.nq MONOGRAPH_PATH...", file=sys.stderr)
        return 2
    result = naive_build(args[1:], workers=os.cpu_count() or 1)
    write_nquads(result.store, args[0])
    print(f"{result.report.built} documents, {result.report.statements} edges, "
          f"{len(result.report.failures)} failures -> {args[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
