"""Small text helpers shared by the reader and the extractors."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

# A single "*" between a letter or digit and a digit is an allele name ("HLA-B*58:01"), not emphasis.
_MARKDOWN_EMPHASIS = re.compile(r"\*\*|__|`|(?<![A-Za-z0-9])\*|\*(?!\d)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_HTML_TAG = re.compile(r"<[^>]{1,200}>")
_SPACES = re.compile(r"[ \t\u00a0]+")
_NON_SLUG = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=16384)
def slugify(text: str) -> str:
    """A stable lower-case ASCII slug: ``"Magnesium Bisglycinate"`` -> ``"magnesium-bisglycinate"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    return slug or "x"


def strip_markdown(text: str) -> str:
    """Plain text of a markdown fragment: emphasis, links and inline HTML removed."""
    # Each pattern runs only when its literal characters occur: most text has no markup at all.
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if "<" in text:
        text = _HTML_TAG.sub(" ", text)
    if "*" in text or "__" in text or "`" in text:
        text = _MARKDOWN_EMPHASIS.sub("", text)
    if "  " in text or "\t" in text or "\u00a0" in text:
        text = _SPACES.sub(" ", text)
    return text.strip()


def normalise_term(text: str) -> str:
    """Lower-case, unify dashes and quotes and collapse spaces: the key used for lexicon lookups."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return _SPACES.sub(" ", text).strip()


def looks_plural(word: str) -> bool:
    """An English plural by its ending ("antidepressants", "NSAIDs"), not "-ss", "-is" or "-us"."""
    return word.endswith("s") and not word.endswith(("ss", "is", "us"))


EFFECT_NOUNS = r"effects?|responses?|actions?|activit(?:y|ies)|properties"  # what a drug does, not a drug
NAME_SEPARATOR = r"(?:,|/|&|\band/or\b|\band\b|\bor\b|\bplus\b)"
NAME_LIST_SPLIT = re.compile(rf"\s*{NAME_SEPARATOR}\s*", re.IGNORECASE)
# the separators of a short list of names: "ALT/AST", "troponin and CRP", "Anticoagulants & antiplatelets"
CLOSED_BRACKET = re.compile(r"\([^()]*\)")  # a bracket with no bracket inside: an aside, a remark
LIST_JOINT = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)", re.IGNORECASE)
# the joint between two items of a coordinated list: ", ", ", and ", " or "
PEOPLE = r"(?:people|patients|persons|individuals|those|adults|children|women|men|infants|babies|newborns|neonates)"
# who a statement is about ("in patients with lupus", "psoriasis patients receiving PUVA")


_CLAUSE_BREAK = re.compile(r";\s+")


ANOTHER_NAME = r"(?:also\s+)?(?:called|known\s+as|termed)"  # "(DRESS, also called ...)", "also known as a gliptin"
SIGNS_OF = r"(?:signs?|symptoms?)\s+(?:(?:and|or)\s+(?:signs?|symptoms?)\s+)?of"  # "signs and symptoms of"
NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty)"


def blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with the spans replaced by spaces, so that offsets into it still hold."""
    chars = list(text)
    for lo, hi in spans:
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


def clause_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each "; "-separated clause of a sentence outside brackets (one span when there is
    none)."""
    if "; " not in text:
        return [(0, len(text))]
    bounds = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)
                   if text.count("(", 0, m.start()) <= text.count(")", 0, m.start())), len(text)]
    return list(pairwise(bounds))  # a semicolon inside brackets ("(A, B; C is also listed)") parts no clause


_LAB_INTERFERENCE = re.compile(
    r"\bdrug\s*/\s*laboratory\s+tests?\s+interactions?\b|\bfalse[- ]?(?:positive|negative)\b|\bfalsely\b|"
    r"\bfalse\s+(?:[\w-]+\s+){0,3}(?:tests?|results?|readings?)\b|"
    r"\binterfer\w*\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:tests?|assays?|determinations?|measurements?|readings?)\b|"
    r"\b(?:endocrine|laboratory|liver\s+function)\s+tests?\s+(?:[\w-]+\s+){0,2}(?:affected|altered)\b|"
    r"\b(?:causes?|gives?|produces?)\s+(?:a\s+)?positive\s+(?:[\w-]+\s+){0,3}(?:tests?|results?)\b|"
    r"\b(?:tests?|assays?)\s+(?:results?\s+)?unreliable\b",
    re.IGNORECASE,
)  # ("causes a positive urine glucose test and makes the 1,5-AG assay unreliable")


def lab_interference(text: str) -> bool:
    """A sentence about a laboratory test the drug upsets; an aside in brackets ("... can blunt its effect (and
    cause a false-positive suppression test)") leaves the rest of the sentence an interaction."""
    return any(text.count("(", 0, m.start()) <= text.count(")", 0, m.start())
               for m in _LAB_INTERFERENCE.finditer(text))
