"""Mentions and sentences on the hot path: Aho-Corasick lexicon matching with ConText modifiers.

spaCy is not imported here (it costs a second of start-up); :mod:`extract.spacy_pipeline`
wraps the same matcher as a spaCy component for users who want ``Doc`` objects.
"""

from __future__ import annotations

import re

from extract.context import find_triggers, modifiers_for
from extract.lexicon import Lexicon
from extract.model import Concept, Mention

_FOLD = str.maketrans({c: " " for c in "-\u2010\u2011\u2012\u2013\u2014/"} | {"\u2018": "'", "\u2019": "'"})


def match_text(text: str) -> str:
    """Length-preserving lower-cased form the automaton runs over."""
    folded = text.lower().translate(_FOLD)
    if len(folded) == len(text):
        return folded
    out = []
    for ch in text:
        low = ch.lower()
        if len(low) != 1:
            low = ch
        if low in "-\u2010\u2011\u2012\u2013\u2014/":
            low = " "
        elif low in "\u2018\u2019":
            low = "'"
        out.append(low)
    return "".join(out)


def find_mentions(text: str, lexicon: Lexicon) -> list[Mention]:
    """Longest non-overlapping lexicon matches on word boundaries, left to right."""
    key = match_text(text)
    hits: list[tuple[int, int, tuple[int, ...]]] = []
    for end_index, (length, indexes) in lexicon.automaton.iter(key):
        end = end_index + 1
        start = end - length
        if start > 0 and key[start - 1].isalnum():
            continue
        if end < len(key) and key[end].isalnum():
            continue
        hits.append((start, end, indexes))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken: list[tuple[int, int, tuple[int, ...]]] = []
    for hit in hits:
        if all(hit[1] <= t[0] or hit[0] >= t[1] for t in taken):
            taken.append(hit)
    taken.sort()
    triggers = find_triggers(key)
    mentions = []
    for start, end, indexes in taken:
        concepts: tuple[Concept, ...] = tuple(lexicon.concepts[i] for i in indexes)
        mods = modifiers_for((start, end), triggers, len(key))
        mentions.append(Mention(text[start:end], start, end, concepts, mods))
    return mentions


MAX_UNIT = 100_000
_BOUNDARY = re.compile(r"(?<=[.!?])([\"')\]]?)\s+(?=[\"'(\[]?[A-Z0-9])")
_NO_BREAK_BEFORE = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|fig|figs|dr|mr|mrs|ms|st|mt|ca|al|ref|sec|vol|max|min|"
    r"[A-Za-z])\.|\d\.)$",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[str]:
    """Sentences of a plain-text unit (a bullet or paragraph).

    A rule splitter (terminal punctuation followed by a capitalised start, abbreviations kept)
    instead of spaCy's tokenizer + sentencizer: same boundaries on monograph text, ~20x faster.
    """
    sentences: list[str] = []
    for piece in _pieces(text, MAX_UNIT):
        start = 0
        for match in _BOUNDARY.finditer(piece):
            head = piece[start:match.start() + len(match.group(1))]
            if _NO_BREAK_BEFORE.search(head.rstrip("\"')]")):
                continue
            if head.strip():
                sentences.append(head.strip())
            start = match.end()
        if piece[start:].strip():
            sentences.append(piece[start:].strip())
    return sentences


def _pieces(text: str, size: int) -> list[str]:
    """``text`` in pieces of at most ``size`` characters, cut at whitespace where possible."""
    pieces = []
    while len(text) > size:
        cut = text.rfind(" ", 0, size)
        cut = cut if cut > size // 2 else size
        pieces.append(text[:cut])
        text = text[cut:]
    pieces.append(text)
    return pieces
