"""Mentions and sentences on the hot path: Aho-Corasick lexicon matching with ConText modifiers.

spaCy is not imported here (it costs a second of start-up); :mod:`extract.spacy_pipeline`
wraps the same matcher as a spaCy component for users who want ``Doc`` objects.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract import scan
from extract.context import Scope, modifiers_in, scopes_by_sentence
from extract.lexicon import Lexicon
from extract.model import Concept, EntityKind, Mention

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
    return mentions_by_sentence([text], lexicon)[0]


def mentions_by_sentence(texts: Sequence[str], lexicon: Lexicon) -> list[list[Mention]]:
    """:func:`find_mentions` of every text, with one automaton pass over all of them."""
    keys = [match_text(text) for text in texts]
    joined, bounds = scan.joined(keys)
    found = scan.hits_by_sentence(lexicon.automaton, joined, bounds, words=True)
    scoped = scopes_by_sentence(keys, joined, bounds) if any(found) else [()] * len(keys)
    concepts = lexicon.concepts
    out: list[list[Mention]] = []
    for text, key, hits, scope in zip(texts, keys, found, scoped, strict=True):
        mentions = []
        longest = _longest(hits)
        if scope and "forms of " in key:
            scope = _disease_forms_kept(key, scope, longest, concepts)
        for start, end, indexes in longest:
            surface = text[start:end]
            if end - start <= _LONGEST_CAPITALS_ONLY and surface.lower() in _CAPITALS_ONLY and not surface.isupper():
                continue  # "aids small bowel intubation": a verb, not AIDS
            if surface.isupper() and _GENE_JOINT.match(text, end) is not None:
                continue  # "the PML-RARA fusion gene": part of a gene's name, not PML
            if text[max(0, start - 4):start].lower() == "non-":
                continue  # "non-transfusion-dependent thalassemia", "non-Hodgkin lymphoma": the opposite of the name
            candidates: tuple[Concept, ...] = tuple([concepts[i] for i in indexes])
            if "-" in text[end:end + 1] and _DISEASE_STATE.match(text, end) and all(
                    c.kind in (EntityKind.DRUG, EntityKind.DRUG_CLASS) for c in candidates):
                continue  # "platinum-resistant ovarian cancer": how the disease answers a drug, no mention of it
            mentions.append(Mention(surface, start, end, candidates, modifiers_in(start, end, scope)))
        if " (" in text and _INNER_ACRONYM.search(text):
            mentions = _acronym_bridged(text, key, mentions, lexicon, scope)
        if len(mentions) > 1 and ("/" in text or "-" in text):
            mentions = _combinations(text, mentions, lexicon)
        pointing = len(mentions) > 1 and ("that " in key or "this " in key or "the same " in key)
        out.append(_anaphors_resolved(text, mentions) if pointing else mentions)
    return out


_DISEASE_STATE = re.compile(r"-(?:resistant|refractory|sensitive|na[iï]ve|intolerant|pretreated|exposed)\b", re.I)
_GENE_JOINT = re.compile(r"-[A-Z]{2,}[\w\u03b1-\u03c9]*")  # "PML-RARA", "PML-RARα", "BCR-ABL1"
COMBINATION_GAP = re.compile(r"\s?[/-]\s?")  # "lopinavir/ritonavir", "atovaquone-proguanil"


def _combinations(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Two drugs written as one fixed-dose product ("lopinavir/ritonavir", "atovaquone-proguanil") made one
    mention of that product, when the lexicon has it; "ketoconazole/itraconazole" (either one) stays two."""
    out: list[Mention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        if previous is not None and COMBINATION_GAP.fullmatch(text, previous.end, mention.start) \
                and previous.first(EntityKind.DRUG) and mention.first(EntityKind.DRUG):
            product = _product(lexicon, previous.text, mention.text)
            if product is not None:
                out[-1] = Mention(text[previous.start:mention.end], previous.start, mention.end, (product,),
                                  previous.modifiers & mention.modifiers)
                continue
        out.append(mention)
    return out


def _product(lexicon: Lexicon, first: str, second: str) -> Concept | None:
    """The lexicon's drug for the combination of two named drugs, in either order."""
    for name in (f"{first}/{second}", f"{first} and {second}", f"{second} and {first}", f"{first}-{second}",
                 f"{second}/{first}"):
        found = next((c for c in lexicon.lookup(name) if c.kind == EntityKind.DRUG), None)
        if found is not None:
            return found
    return None


_INNER_ACRONYM = re.compile(r" \(([A-Z][A-Z0-9]{1,5})\)(?= [a-z])")
_WORDS_BEFORE = re.compile(r"(?:[A-Za-z][\w'-]*\s+){0,4}[A-Za-z][\w'-]*$")


def _spelled_out(acronym: str, words: str) -> bool:
    """Whether ``words`` end with the name ``acronym`` stands for: its letters in order, the first opening a word
    ("gastroesophageal junction" for GEJ, "pyruvate kinase" for PK)."""
    lowered, letters = words.lower(), acronym.lower()
    for start in (0, *(i + 1 for i, ch in enumerate(lowered) if ch in " -")):
        if lowered.startswith(letters[0], start):
            at = start + 1
            for letter in letters[1:]:
                at = lowered.find(letter, at) + 1
                if not at:
                    break
            else:
                return True
    return False


def _acronym_bridged(
    text: str, key: str, mentions: list[Mention], lexicon: Lexicon, scope: tuple[Scope, ...]
) -> list[Mention]:
    """Mentions with the terms that run through an acronym bracket: "gastroesophageal junction (GEJ)
    adenocarcinoma" and "pyruvate kinase (PK) deficiency" name one term each, written around its acronym."""
    for found in _INNER_ACRONYM.finditer(text):
        cut, shift = found.start(), found.end() - found.start()
        before = _WORDS_BEFORE.search(text, max(0, cut - 80), cut)
        if before is None or not _spelled_out(found.group(1), before.group()):
            continue
        bridged = key[:cut] + key[found.end():]
        hits = scan.hits_by_sentence(lexicon.automaton, bridged, [(0, len(bridged))], words=True)[0]
        named = {c for m in mentions if m.end == cut for c in m.candidates}
        for start, end, indexes in _longest(hits):
            candidates = tuple(lexicon.concepts[i] for i in indexes)
            if start < cut < end and not named & set(candidates):
                end += shift  # (a name the words before the bracket already give stays as it is: "a positive
                # antinuclear antibody (ANA) test" is the positive antibody)
                term = Mention(text[start:end], start, end, candidates, modifiers_in(start, end, scope))
                mentions = [m for m in mentions if m.end <= start or m.start >= end]
                mentions.append(term)
                mentions.sort(key=lambda m: m.start)
    return mentions


_DEMONSTRATIVE = re.compile(r"\b(?:that|this|the same)\s+$", re.IGNORECASE)


def _anaphors_resolved(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions less those that point back at an earlier one, by concept or head word ("does not cause the
    dry cough ... for patients who develop that cough"): the earlier mention already says all there is."""
    out: list[Mention] = []
    for mention in mentions:
        if _DEMONSTRATIVE.search(text, max(0, mention.start - 10), mention.start):
            word = " " + mention.text.lower()
            if any(m.candidates[0] == mention.candidates[0] or m.text.lower().endswith(word) for m in out):
                continue
        out.append(mention)
    return out


_CAPITALS_ONLY = frozenset({"aids", "caps"})  # acronyms that are also common words: they count only in capitals
_LONGEST_CAPITALS_ONLY = max(map(len, _CAPITALS_ONLY))
_FORMS_OF = re.compile(r"\bforms\s+of\s*$")
_DISEASE_KINDS = (EntityKind.CONDITION, EntityKind.ADVERSE_EFFECT)


def _disease_forms_kept(
    key: str, scope: tuple[Scope, ...], hits: list[tuple[int, int, tuple[int, ...]]], concepts: Sequence[Concept]
) -> tuple[Scope, ...]:
    """Scopes less the "other forms of" ones that open on a disease: "other forms of parkinsonism" are more
    uses, not another form of the drug."""
    kept = []
    for lo, hi, category in scope:
        if category == "OTHER_FORM" and _FORMS_OF.search(key, max(0, lo - 12), lo):
            first = next((h for h in hits if h[0] >= lo), None)
            if first is not None and first[0] - lo <= 1 and concepts[first[2][0]].kind in _DISEASE_KINDS:
                continue
        kept.append((lo, hi, category))
    return tuple(kept)


def _longest(found: list[scan.Hit]) -> list[tuple[int, int, tuple[int, ...]]]:
    """Of overlapping matches the longest (then the leftmost) wins; a name of the same concept that goes on past
    the winner's end extends it ("prevention of migraine" and "migraine headaches" in "prevention of migraine
    headaches" are one mention, not a migraine and a headache)."""
    hits = [(start, end, indexes) for start, end, (_, indexes) in found]
    if len(hits) < 2:
        return hits
    hits.sort(key=_longest_first)
    taken: list[tuple[int, int, tuple[int, ...]]] = []
    for hit in hits:
        start, end = hit[0], hit[1]
        for index, other in enumerate(taken):
            if end > other[0] and start < other[1]:
                if set(hit[2]) & set(other[2]) and start > other[0] and end > other[1]:
                    taken[index] = (other[0], end, other[2])  # the name goes on to its head noun
                break
        else:
            taken.append(hit)
    taken.sort()
    return taken


def _longest_first(hit: tuple[int, int, tuple[int, ...]]) -> tuple[int, int]:
    return hit[0] - hit[1], hit[0]


MAX_UNIT = 100_000
# The boundary starts after the terminal punctuation; matching the punctuation itself (rather than
# looking behind for it) lets ``re`` jump from one candidate to the next.
_BOUNDARY = re.compile(r"[.!?]([\"')\]]?)\s+(?=[\"'(\[]?[A-Z0-9])")
_NO_BREAK_BEFORE = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|fig|figs|dr|mr|mrs|ms|st|mt|ca|al|ref|sec|vol|max|min|"
    r"[A-Za-z])\.|\d\.)$",
    re.IGNORECASE,
)
# A _NO_BREAK_BEFORE match ends the head and is at most 7 characters long ("approx."), so only the
# last few characters are searched (a full search tries the alternatives at every position).
_LONGEST_ABBREVIATION = 8


def split_sentences(text: str) -> list[str]:
    """Sentences of a plain-text unit (a bullet or paragraph).

    A rule splitter (terminal punctuation followed by a capitalised start, abbreviations kept)
    instead of spaCy's tokenizer + sentencizer: same boundaries on monograph text, ~20x faster.
    """
    if len(text) <= MAX_UNIT and "." not in text and "!" not in text and "?" not in text:
        one = text.strip()  # no terminal punctuation: one sentence (most list bullets)
        return [one] if one else []
    sentences: list[str] = []
    for piece in _pieces(text, MAX_UNIT):
        start = 0
        for match in _BOUNDARY.finditer(piece):
            head = piece[start:match.end(1)]
            closed = head.rstrip("\"')]")  # ends with the terminal punctuation
            if _NO_BREAK_BEFORE.search(closed, max(0, len(closed) - _LONGEST_ABBREVIATION)) or (
                    closed.endswith(" No.") and piece[match.end():match.end() + 1].isdigit()):
                continue  # ("e.g. Warfarin", "FD&C Yellow No. 5")
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
