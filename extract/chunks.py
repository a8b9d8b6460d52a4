"""List-like bullets ("Diarrhea, nausea, abdominal cramps") -> their item phrases.

Monograph sections list conditions, effects and names as comma-separated items; when a
bullet reads as such a list (short items, no clause verbs), each item is a concept even if
no lexicon knows it.
"""

from __future__ import annotations

import re

_PARENS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_SPLIT = re.compile(r"\s*(?:,|;|\band/or\b)\s*")
_CONJ = re.compile(r"^(?:and|or|including|such as|e\.g\.|eg|etc)\s+", re.IGNORECASE)
_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|be|been|may|might|can|could|should|must|will|would|has|have|had|do|does|did|not|no|"
    r"vary|varies|depend\w*|consult|take|taking|use|used|using|avoid|consider|see|refer|occur\w*|report\w*|"
    r"associated|caused?|attributed|rather|instead|confused|different|unlike|than)\b",
    re.IGNORECASE,
)
MAX_WORDS = 7


def list_items(text: str, max_words: int = MAX_WORDS) -> list[str]:
    """Item phrases of a list-like text, or ``[]`` when it reads as prose."""
    flat = _PARENS.sub(" ", text).strip().rstrip(".")
    if not flat or len(flat) > 400:
        return []
    items = []
    for part in _SPLIT.split(flat):
        part = _CONJ.sub("", part.strip()).strip(" .:-")
        if not part:
            continue
        if len(part.split()) > max_words or _CLAUSE.search(part):
            return []
        items.append(part)
    return items


def split_or(item: str) -> list[str]:
    """``"A or B"`` -> the whole item only; kept together because gold wording often keeps it."""
    return [item]
