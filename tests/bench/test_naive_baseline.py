"""The naive baseline really is naive: negated, hedged mentions still become edges."""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.naive_baseline import naive_build, naive_extract, section_target  # noqa: E402
from extract.model import Relation  # noqa: E402
from extract.pipeline import extract_document  # noqa: E402
from extract.reader import read_monograph  # noqa: E402

MONOGRAPH = """---
title: Warfarin
---
# Warfarin

## Drug Interactions
- No interaction between warfarin and aspirin has ever been observed in our patients.
- Taking it with ibuprofen raises the chance of bleeding.

## Side Effects
- Some people notice nausea.

## Alternate Names
- Coumadin
"""


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "warfarin.md"
    path.write_text(MONOGRAPH, encoding="utf-8")
    return path


def _edges(extraction, relation: Relation) -> set[str]:  # type: ignore[no-untyped-def]
    return {st.object.label.lower() for st in extraction.statements if st.relation == relation}


def test_negated_interaction_still_becomes_an_edge(tmp_path: Path, lexicon) -> None:  # type: ignore[no-untyped-def]
    doc = read_monograph(_write(tmp_path))
    naive = naive_extract(doc, lexicon)
    interactions = _edges(naive, Relation.INTERACTS_WITH)
    assert {"aspirin", "ibuprofen"} <= interactions
    assert "warfarin" not in interactions  # the subject itself is never its own interaction
    assert "nausea" in _edges(naive, Relation.HAS_ADVERSE_EFFECT)
    assert not naive.synonyms  # alternate names yield nothing in the baseline
    # drugkg itself honours the negation, so the two systems really differ here
    assert "aspirin" not in _edges(extract_document(doc, lexicon), Relation.INTERACTS_WITH)


def test_naive_build_writes_the_edges_as_quads(tmp_path: Path, lexicon) -> None:  # type: ignore[no-untyped-def]
    _write(tmp_path)
    result = naive_build([tmp_path], workers=1)
    assert result.report.built == 1 and not result.report.failures
    predicate = ox.NamedNode("https://w3id.org/drugkg/ontology#interactsWith")
    objects = {q.object.value for q in result.store.quads_for_pattern(None, predicate, None, None)}
    assert any(iri.endswith("/aspirin") for iri in objects), objects


def test_section_kinds_map_to_relations() -> None:
    assert section_target("side_effects_serious") is not None
    assert section_target("alternate_names") is None
    target = section_target("dosage")
    assert target is not None and target[0] == Relation.MONITORS
