"""drugkg as spaCy components: blank English + sentencizer + the lexicon matcher.

No statistical model is downloaded: the ``drugkg_mentions`` component finds lexicon terms with
the compiled Aho-Corasick automaton (:func:`extract.nlp.find_mentions`) and stores them in
``doc.spans["drugkg"]``, each span carrying its candidate concepts in ``span._.concepts`` and
its ConText modifiers in ``span._.modifiers``.

>>> nlp = mention_pipeline()  # doctest: +SKIP
>>> [s.text for s in nlp("No interaction with aspirin.").spans["drugkg"]]  # doctest: +SKIP
['aspirin']
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.lexicon import load_lexicon
from extract.nlp import find_mentions

SPAN_KEY = "drugkg"
for _name in ("concepts", "modifiers"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=())


@Language.factory("drugkg_mentions", default_config={"vocab": []})
class MentionMatcher:
    """spaCy component: lexicon mentions with ConText modifiers as ``doc.spans["drugkg"]``."""

    def __init__(self, nlp: Language, name: str, *, vocab: list[str]) -> None:
        self.name = name
        self.lexicon = load_lexicon(tuple(vocab))

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for mention in find_mentions(doc.text, self.lexicon):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                span._.concepts = mention.candidates
                span._.modifiers = tuple(sorted(mention.modifiers))
                spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc


@lru_cache(maxsize=4)
def mention_pipeline(vocab: tuple[str, ...] = ()) -> Language:
    """A spaCy pipeline (blank English, sentencizer, drugkg mentions) for ``Doc``-based work."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("drugkg_mentions", config={"vocab": list(vocab)})
    return nlp
