"""Allergies in contraindication lists.

Reactions that a named drug sets off: "asthma, urticaria, or allergic-type reactions after taking aspirin or other
NSAIDs" is one contraindication (an allergy to those drugs), not three separate conditions. An allergy to the subject,
however worded, is its hypersensitivity, and drugs named along with it ("to escitalopram, racemic citalopram, or any
ingredient") are part of that allergy."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.model import Concept, Mention
from extract.phrases import ALLERGEN_SPLIT, Phrase
from extract.rules.base import K, RuleContext, as_kind

_ANCHOR = re.compile(
    r"\b(?:(?:other|similar|any)\s+)?(?:allergic(?:[- ]type|-like)?|hypersensitivity|anaphylactic|anaphylactoid)\s+"
    r"reactions?\s+(?:after|following|on|when|in\s+response\s+to|(?:induced|triggered|caused|provoked)\s+by)\s+"
    r"(?:(?:taking|using|receiving|(?:the\s+)?use\s+of|exposure\s+to)\s+)?",
    re.I,
)
_LIST_GAP = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,\s*)?(?:(?:or|and|and/or)\s+)?(?:(?:an?|other)\s+)?", re.I)
_TRIGGER_GAP = re.compile(r"\s*(?:,|/|\bor\b|\band\b)?\s*(?:(?:an|any)?\s*other\s+|another\s+)?", re.I)
_HISTORY = re.compile(r"(?:\b(?:an?\s+)?(?:past\s+|previous\s+|prior\s+)?history\s+of\s+)$", re.I)


@dataclass(frozen=True)
class TriggeredReaction:
    """One drug-triggered reaction item: its span in the sentence, its concept and how it was written."""

    start: int
    end: int
    concept: Concept
    variants: tuple[str, ...]


def _is_drug(mention: Mention) -> bool:
    return mention.first(K.DRUG, K.DRUG_CLASS) is not None


def _is_reaction(mention: Mention) -> bool:
    return not _is_drug(mention) and mention.first(K.ADVERSE_EFFECT, K.CONDITION) is not None


def triggered_reactions(ctx: RuleContext, text: str, mentions: list[Mention]) -> list[TriggeredReaction]:
    """Every "<reactions> after <drugs>" item of a sentence, the reactions listed before it included."""
    found = []
    for anchor in _ANCHOR.finditer(text):
        triggers = _trigger_run(text, anchor.end(), mentions)
        if not triggers:
            continue
        start = anchor.start()
        for mention in sorted((m for m in mentions if m.end <= anchor.start()), key=lambda m: -m.start):
            if text.rfind("(", 0, mention.start) > text.rfind(")", 0, mention.start):
                continue  # "hives (urticaria)": the bracket glosses the item before it
            if _is_reaction(mention) and _LIST_GAP.fullmatch(text, mention.end, start):
                start = mention.start  # "asthma, urticaria, or [allergic-type reactions ...]"
            elif mention.end > start:
                continue  # a shorter mention inside one already taken
            else:
                break
        core = " ".join(text[start:triggers[-1].end].split())
        history = _HISTORY.search(text, 0, start)
        variants = (" ".join(text[history.start():triggers[-1].end].split()), core) if history else (core,)
        found.append(TriggeredReaction(start, triggers[-1].end, _allergy_concept(ctx, triggers, core), variants))
    return found


def _trigger_run(text: str, at: int, mentions: list[Mention]) -> list[Mention]:
    """The drugs named one after another from ``at`` ("aspirin or other NSAIDs")."""
    run: list[Mention] = []
    for mention in sorted((m for m in mentions if m.start >= at), key=lambda m: m.start):
        gap_from = run[-1].end if run else at
        if not _is_drug(mention) or not _TRIGGER_GAP.fullmatch(text, gap_from, mention.start):
            break
        run.append(mention)
    return run


def _allergy_concept(ctx: RuleContext, triggers: list[Mention], core: str) -> Concept:
    """The lexicon's allergy to the first triggering drug it knows one for ("aspirin allergy", which NSAIDs share:
    "NSAID allergy" is one of its names), else the item."""
    for mention in triggers:
        for name in (mention.text, mention.text[:-1] if mention.text.lower().endswith("s") else ""):
            concept = ctx.lexicon_concept(f"{name} allergy", K.CONDITION) if name else None
            if concept is not None:
                return concept
    return ctx.concept_for(core, K.CONDITION)


_CO_ALLERGEN = re.compile(
    r"^(?:(?:hypersensitivity|allergy|(?:allergic|idiosyncratic)\s+reactions?)\s+)?(?:to\s+)?(?:other\s+)?(?P<what>.+)$",
    re.I)


def co_allergen(ctx: RuleContext, item: str) -> bool:
    """A drug or class named along with an allergy to the subject ("to escitalopram, racemic citalopram, or ...",
    "to promethazine or other phenothiazines"): part of that allergy, no contraindication of its own."""
    what = _CO_ALLERGEN.match(item.strip())
    if what is None:
        return False
    name = _ARTICLE.sub("", what.group("what"))
    name = re.split(r"\s+(?:such\s+as|like|e\.g\.)\s+", name)[0]  # "a carbamate such as meprobamate"
    for candidate in (name, name.split(" ", 1)[-1]):  # ("racemic citalopram": citalopram)
        found = ctx.lexicon.lookup(candidate)
        if found and all(c.kind in (K.DRUG, K.DRUG_CLASS) for c in found):
            return True
    return False


_ALLERGY_OPENING = (
    r"^(?:(?:an?\s+)?history\s+of\s+)?(?:an?\s+)?(?:(?:known|serious|severe|previous|prior|documented|life-threatening)"
    r"\s+)*(?:hypersensitivity|allergy|(?:allergic|idiosyncratic)(?=\s+reaction))(?:\s+reactions?)?"
)  # "History of a serious hypersensitivity reaction", "Known hypersensitivity or idiosyncratic reaction"
_SUBJECT_ALLERGY = re.compile(
    _ALLERGY_OPENING + r"(?:\s+to\s+(?P<to>.+?))?(?:\s+or\s+(?:to\s+)?any\s+(?:[\w-]+\s+)?(?:ingredients?|components?|"
    r"excipients?))?$", re.I)
_ALLERGY_LEAD = re.compile(_ALLERGY_OPENING + r"\s+to\s+", re.I)
_ANY_INGREDIENT = re.compile(r"^(?:to\s+)?(?:any|anything|its|their)\b", re.I)  # "its vehicle", "to anything else"
_ARTICLE = re.compile(r"^(?:an?|the)\s+", re.I)
_SELF = frozenset({"it", "this drug", "this medicine", "the drug", "the medicine", "the product", "this product",
                   "the preparation", "the formulation", "the components", "its components", "both components",
                   "either component", "the combination", "this combination"})
# "hypersensitivity to the product", "to the components" (of a combination): to the subject
_PRODUCT_PART = re.compile(r"\b(?:ingredients?|components?|excipients?|vehicle|base)$", re.I)
# "to malathion or lotion ingredients", "or vehicle components": what the product holds, the one allergy


def allergens_apart(ctx: RuleContext, phrase: Phrase) -> list[Phrase]:
    """An allergy to the subject and to more ("hypersensitivity to dronabinol or to sesame oil") is the subject's
    allergy, less the related drugs it names, plus an allergy of its own to each other thing."""
    lead = _ALLERGY_LEAD.match(phrase.core)
    if lead is None:
        return [phrase]
    first, *others = [o for o in ALLERGEN_SPLIT.split(phrase.core[lead.end():]) if o]
    if not others or not ctx.subject.is_alias(first):
        return [phrase]
    parts = [Phrase(f"{lead.group()}{first}", (f"{lead.group()}{first}",))]
    for other in others:
        own = other.lower().startswith("to ") and _ARTICLE.match(other[3:]) is None
        if _ANY_INGREDIENT.match(other) or _PRODUCT_PART.search(other) or (co_allergen(ctx, other) and not own):
            continue  # (but "or to sesame oil", a substance of its own, is an allergy of its own)
        name = f"hypersensitivity to {other[3:] if other.lower().startswith('to ') else other}"
        parts.append(Phrase(name, (name,)))
    return parts


def subject_allergy(ctx: RuleContext, item: str) -> Concept | None:
    """The lexicon's hypersensitivity for an item naming an allergy to the subject itself ("History of a serious
    hypersensitivity reaction to dabigatran", "Serious hypersensitivity to it or any tablet ingredient")."""
    found = _SUBJECT_ALLERGY.match(item.strip())
    if found is None:
        return None
    target = found.group("to")
    if target is not None and target.lower() not in _SELF \
            and not ctx.subject.is_alias(target) and not ctx.subject.is_salt_form(target):
        return None
    concept = ctx.lexicon_concept("hypersensitivity", K.CONDITION) or ctx.lexicon_concept(
        "hypersensitivity", K.ADVERSE_EFFECT)
    return as_kind(concept, K.CONDITION) if concept is not None else None
