"""List-like bullets ("Diarrhea, nausea, abdominal cramps") -> their item phrases.

Monograph sections list conditions, effects and names as comma-separated items; when a
bullet reads as such a list (short items, no clause verbs), each item is a concept even if
no lexicon knows it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

_PARENS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_SPLIT = re.compile(r"\s*(?:(?!(?<=\b[dDlL]),[dDlL]\b)(?:,(?!\d)|(?<!\d),)|;|\band/or\b|(?<=\s)/(?=\s))\s*")
# "1,3-dimethylxanthine" and the racemate "d,l-sotalol" are one name ("Imodium A-D, Diamode" are two)
_CONJ = re.compile(
    r"^(?:and|or|plus|including|such as|as well as|e\.g\.|eg|etc|for example|for instance|notably|especially|namely|"
    r"i\.e\.|seen as|shown as|presenting as|"
    r"particularly|(?:fatal\s+or\s+)?non-?fatal)\s+",
    re.IGNORECASE,
)  # ("malignancies, notably lymphoma": an example; "fatal or non-fatal hepatic failure": the failure)
_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|be|been|may|might|can|could|should|must|will|would|has|have|had|do|does|did|not|no|"
    r"vary|varies|depend\w*|consult|take|taking|use|used|using|avoid|consider|see|refer|occur\w*|report\w*|"
    r"associated|caused?|attributed|rather|instead|confused|different|unlike|than|cannot|can't|isn't|aren't|"
    r"don't|doesn't|won't)\b",
    re.IGNORECASE,
)
MAX_WORDS = 7


def list_items(text: str, max_words: int = MAX_WORDS) -> list[str]:
    """Item phrases of a list-like text, or ``[]`` when it reads as prose."""
    flat = _PARENS.sub(" ", text).strip().rstrip(".")
    if not flat or len(flat) > 400:
        return []
    items = []
    for part in split_lazily(_SPLIT, flat):
        part = _CONJ.sub("", part.strip()).strip(" .:-")
        if not part:
            continue
        if len(part.split()) > max_words or _CLAUSE.search(part):
            return []
        items.append(part)
    return items


def split_lazily(separator: re.Pattern[str], text: str, start: int = 0) -> Iterator[str]:
    """``separator.split(text[start:])``, one part at a time: item lists stop at their first non-item,
    so long prose after it is never split.

    ``separator`` must not match the empty string, and ``start`` must be 0 or follow whitespace (as
    after a cue), where look-behinds and word boundaries see what they see at the start of a slice.
    """
    for match in separator.finditer(text, start):
        yield text[start:match.start()]
        start = match.end()
    yield text[start:]


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets ``[start, end)`` in a sentence."""

    start: int
    end: int


class Bounded(Protocol):
    """Anything that covers ``[start, end)`` of a sentence (a span, a mention, a rule's find)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def in_spans(offset: int, spans: Sequence[Bounded]) -> bool:
    """True when ``offset`` lies inside one of ``spans``."""
    return any(s.start <= offset < s.end for s in spans)


_ENUM_CUE = re.compile(
    r"(?::|\b(?:include[sd]?|including|were|was|are|is|such as|e\.g\.|consisted (?:mainly )?of|as follows|"
    r"reported|observed|occurred|experienced|included|(?:preferred )?terms?))\s+",
    re.IGNORECASE,
)
# Case-insensitive matching is slow in ``re``; on ASCII text the pattern (written without capitals)
# finds the same spans in the lower-cased text, twice as fast.
_ENUM_CUE_LOWER = re.compile(_ENUM_CUE.pattern)
_ENUM_SPLIT = re.compile(
    r"\s*(?:,|;|\band/or\b|\band\b|\bor\b|(?<=\w)/(?=\w)|(?<=\s)/(?=\s)|\bincluding\b|\bsuch as\b|\bconsisting of\b|"
    r"\bfor (?:example|instance)\b)\s*",
    re.IGNORECASE,
)
_FREQUENCY_PREFIX = re.compile(
    r"^(?:(?:very\s+)?(?:common|uncommon|rare|frequent|infrequent)\s*[-:\u2013]|[a-z]\s+includes?:?|"
    r"(?:a|an|the|other|some|any|rare|rarely|occasional|occasionally|severe|mild|moderate|serious|fatal|for|of|"
    r"in|with|to|on|at|from|by)\s(?=\S))\s*",
    re.IGNORECASE,
)

_FREQUENCY_SUFFIX = re.compile(
    r"\s+(?:(?:very|only)\s+)?(?:rarely|occasionally|commonly|frequently|uncommonly|infrequently|seldom|often|"
    r"sometimes)$", re.IGNORECASE,
)  # "angioedema rarely"


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_LEFT_STOP = _word_set(
    "a an the and or plus alongside besides despite of in on at to for as by from with without within into after "
    "before during than that suggest suggests suggested study studies animal animals data show shows showed "
    "which who whom were was is are be been had has have including include includes included such other "
    "any all both each some no not most more less common commonly frequent frequently serious severe mild marked "
    "moderate grade new onset treatment emergent related patients patient subjects placebo reports "
    "reported experienced observed occurred developed cases case events event incidence rate rates higher "
    "lower risk fatal transient persistent isolated possible potential rare reversible significant "
    "clinically disorders disorder conditions these those this there their its his her one two three four "
    "five also only very when while if but potentially especially particularly mainly predominantly "
    "primarily generally usually often rarely seen noted known like due because versus mean median "
    "baseline change changes excluding except worsening new-onset terms term preferred being additional chronic "
    "infrequent uncommon adverse reaction reactions criteria effects called termed named can may might could "
    "will would should must cause causes caused develop develops lead leads trigger triggers promote promotes "
    "unmask unmasks raise raises increase increases reduce reduces lowers worsen intensify intensifies "
    "exacerbate exacerbates precipitate precipitates provoke provokes "
    "worsens produce produces produced reflect reflects greater lesser above below whose continued gradual ongoing "
    "steady further slow sustained worsened small slight modest temporary progressive harmless hidden brief "
    "short-lived momentary fleeting "
    "example examples instance eg show shows showed shown reveal reveals revealed resemble resembles resembling "
    "mimic mimics mimicking although though unless whereas presenting accompany accompanies accompanied accompanying "
    "notice notices noticed few many several people occasional occasionally needing requiring formed form forms "
    "keep keeps kept leave leaves allow allows permit permits"
)
_RIGHT_WORDS = _word_set(
    "increased decreased elevated abnormal peripheral generalised generalized localised localized "
    "exertional paradoxical viral bacterial fungal upper lower aggravated macular papular pruritic "
    "erythematous maculopapular maculo-papular nos present positive prolonged irregular postural "
    "orthostatic acute chronic haemorrhagic hemorrhagic sensation sensations"
)
_RELATIVE = re.compile(
    r"^(?:which|that|who|whom|when|while|whereas|although|though|but|especially|particularly)\b", re.IGNORECASE
)
_ITEM_LABEL = re.compile(r"^[A-Za-z]+\s*:\s+")
_FOOTNOTE = re.compile(r"(?<=\w\w)\s+[a-z]$")
MAX_ITEM_WORDS = 6


@lru_cache(maxsize=8192)
def clean_item(item: str) -> str:
    """An item without a frequency or footnote prefix ("Rare - x", "c Includes: x") and stray punctuation.

    Cached: an enumeration is split again after every cue, so the same parts are cleaned repeatedly.
    """
    item = _FREQUENCY_PREFIX.sub("", _ITEM_LABEL.sub("", item.strip()))
    item = _FREQUENCY_SUFFIX.sub("", item.rstrip(" ."))
    return _FOOTNOTE.sub("", _CONJ.sub("", item)).strip(" .:-\u2013*")


@lru_cache(maxsize=8192)
def _enumerated(part: str) -> str | None:
    """A split part as an enumeration item: ``""`` to skip it, ``None`` when it ends the enumeration."""
    part = clean_item(part)
    if part and (len(part.split()) > MAX_ITEM_WORDS or _CLAUSE.search(part) or _RELATIVE.match(part)):
        return None
    return part


def enumeration_items(text: str) -> list[str]:
    """Items of the longest enumeration that follows a cue ("were: a, b and c"); ``[]`` if none has two."""
    flat = _PARENS.sub(" ", text).strip().rstrip(".")
    best: list[str] = []
    cues = _ENUM_CUE_LOWER.finditer(flat.lower()) if flat.isascii() else _ENUM_CUE.finditer(flat)
    for start in [0, *(cue.end() for cue in cues)]:
        items = []
        for raw in split_lazily(_ENUM_SPLIT, flat, start):
            part = _enumerated(raw)
            if part is None:
                break
            if part:
                items.append(part)
        if len(items) > len(best):
            best = items
    return best if len(best) >= 2 else []


def effect_phrase(text: str, start: int, end: int, bounds: Span | None = None) -> str:
    """The phrase around ``text[start:end]`` with its modifiers ("eyelid edema", "edema peripheral")."""
    lo, hi = (bounds.start, bounds.end) if bounds else (0, len(text))
    left = start
    words = 0
    for word in reversed(list(_WORD.finditer(text, lo, start))):
        gap = text[word.end():left]
        if (gap.strip() and gap != "-") or words == 3 or not _modifier(word.group()):
            break
        left, words = word.start(), words + 1
    right = end
    for word in _WORD.finditer(text, end, hi):
        if text[right:word.start()].strip() or word.group().lower() not in _RIGHT_WORDS:
            break
        right = word.end()
    if left == start and right == end:
        return ""
    return " ".join(text[left:right].split())


def _modifier(word: str) -> bool:
    lowered = word.lower()
    return (
        len(word) > 2 and lowered not in _LEFT_STOP and not any(part in _LEFT_STOP for part in lowered.split("-"))
        and not lowered.endswith(("ly", "ing"))
        and not (word.isupper() and len(word) > 4)
    )
