"""Products named by the minerals in them ("antacids containing aluminum or magnesium", "aluminum- or
magnesium-containing antacids", "aluminum/magnesium antacids"): in a monograph the product is the partner,
and the whole phrase is its name as written."""

from __future__ import annotations

import re

from extract.model import EntityKind, Mention

_CONTAINING_AFTER = re.compile(r"\s+(?:(?:that|which)\s+)?contain(?:s|ing)?\s+", re.IGNORECASE)
_CONTAINING_BEFORE = re.compile(r"(?:-?\s*(?:or|and|/)\s*[\w]+)?-\s?containing\s+", re.IGNORECASE)
_SHARED_SUFFIX = re.compile(r"-\s*(?:or|and|/)\s*", re.IGNORECASE)  # "aluminum- or magnesium-containing antacids"
_INGREDIENT_GAP = re.compile(r"\s*(?:,|/|\bor\b|\band\b)?\s*", re.IGNORECASE)
_PRODUCT_KINDS = (EntityKind.DRUG_CLASS,)
_MINERALS = frozenset({"aluminum", "aluminium", "magnesium", "calcium", "iron", "zinc", "potassium", "sodium",
                       "bismuth", "lanthanum", "copper", "selenium", "chromium", "manganese"})


def _mineral(mention: Mention) -> bool:
    """A metal a product is named by ("aluminum" in "aluminum-containing antacids"), not a drug taken on its own
    ("oral contraceptives containing ethinyl estradiol": that drug is a partner)."""
    return mention.text.lower() in _MINERALS and mention.first(EntityKind.DRUG, EntityKind.SUBSTANCE) is not None


def products(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions with each product named by its minerals made one mention of the product: the product takes
    part, its minerals do not."""
    out: list[Mention] = []
    index = 0
    while index < len(mentions):
        merged = _minerals_after(text, mentions, index) or _minerals_before(text, mentions, index)
        mention, index = merged if merged is not None else (mentions[index], index + 1)
        out.append(mention)
    return out


def _minerals_after(text: str, mentions: list[Mention], index: int) -> tuple[Mention, int] | None:
    """"antacids containing aluminum or magnesium": the product and the index after its last mineral."""
    product = mentions[index]
    after = _CONTAINING_AFTER.match(text, product.end) if product.first(*_PRODUCT_KINDS) else None
    if after is None:
        return None
    last, end = index, after.end()
    while last + 1 < len(mentions) and _mineral(mentions[last + 1]) \
            and _INGREDIENT_GAP.fullmatch(text, end, mentions[last + 1].start):
        last, end = last + 1, mentions[last + 1].end
    return (_spanning(text, product, product.start, end), last + 1) if last > index else None


def _minerals_before(text: str, mentions: list[Mention], index: int) -> tuple[Mention, int] | None:
    """"aluminum- or magnesium-containing antacids", "aluminum/magnesium antacids", "calcium/iron supplements": the
    product and the index after it."""
    if not _mineral(mentions[index]):
        return None
    last = index
    while last + 1 < len(mentions) and _mineral(mentions[last + 1]) \
            and text[mentions[last].end:mentions[last + 1].start] == "/":
        last += 1
    if last + 1 >= len(mentions) or not mentions[last + 1].first(*_PRODUCT_KINDS):
        return None
    product = mentions[last + 1]
    gap = text[mentions[last].end:product.start]
    if _CONTAINING_BEFORE.fullmatch(gap) or (gap == " " and last > index) \
            or (gap.strip() in ("/", "or", "and") and product.text.split()[0].lower() in _MINERALS) \
            or (_SHARED_SUFFIX.fullmatch(gap) and "-containing" in product.text.lower()):
        return _spanning(text, product, mentions[index].start, product.end), last + 2
    return None


def _spanning(text: str, product: Mention, start: int, end: int) -> Mention:
    return Mention(text[start:end], start, end, product.candidates, product.modifiers)
