from __future__ import annotations

from extract.model import EntityKind
from extract.spacy_pipeline import SPAN_KEY, mention_pipeline


def test_spacy_component_marks_mentions_with_concepts_and_context(lexicon) -> None:  # type: ignore[no-untyped-def]
    doc = mention_pipeline()("Aspirin raises bleeding risk. No interaction with omeprazole was seen.")
    spans = {span.text.lower(): span for span in doc.spans[SPAN_KEY]}
    assert any(c.kind == EntityKind.DRUG for c in spans["aspirin"]._.concepts)
    assert "NEGATED_EXISTENCE" in spans["omeprazole"]._.modifiers
    assert len(list(doc.sents)) == 2
