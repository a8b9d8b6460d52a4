"""Section-aware relation rules: sentences with mentions -> typed statements.

The monograph's drug is the implicit subject of every bullet; the section kind decides which
rule module reads a sentence. Context (ConText modifiers, questions, other forms of the drug)
decides what is *not* asserted. One module per family of rules:
``interactions``, ``effects`` and ``clinical``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from extract.lexicon import Lexicon
from extract.model import Mention, Relation, Statement
from extract.nlp import find_mentions, mentions_by_sentence
from extract.rules.base import INTERACTION_KINDS, RuleContext, about_other_drug, subject_denied
from extract.rules.clinical import (
    active_forms,
    alternate_names,
    classification,
    combinations,
    contraindications,
    interaction_checks,
    monitoring,
    precautions,
    pregnancy,
)
from extract.rules.effects import side_effects
from extract.rules.indications import dosing_label_uses, indications
from extract.rules.interactions import asked_interactions, dose_interactions, interactions
from extract.subject import Subject
from extract.units import Unit

__all__ = ["RuleContext", "apply_rules", "dedupe", "extract_relations"]


def apply_rules(ctx: RuleContext, unit: Unit, mentions: list[Mention] | None = None) -> None:
    """Dispatch one sentence to the rules of its section kind (``mentions``: its mentions, if known)."""
    text = unit.text.strip()
    if not readable(text):
        return
    if mentions is None:
        mentions = find_mentions(text, ctx.lexicon)
    kind = unit.kind
    if kind not in _NO_ACTIVE_FORMS and not kind.startswith("side_effects"):
        active_forms(ctx, unit, mentions)
    if kind == "alternate_names":
        alternate_names(ctx, unit, mentions)
        return
    if kind == "interactions":
        if subject_denied(text, ctx.subject):
            return  # "the aspirin component (not orphenadrine itself) raises the bleeding risk of warfarin"
        interactions(ctx, unit, mentions)
        interaction_checks(ctx, unit, mentions)
        return
    if kind == "combinations":
        combinations(ctx, unit, mentions)
        return
    if kind == "classification":
        classification(ctx, unit, mentions)
        return
    if about_other_drug(unit, mentions, ctx.subject, ctx.lexicon):
        return
    if kind.startswith("side_effects"):
        side_effects(ctx, unit, mentions)
    elif kind == "contraindications":
        contraindications(ctx, unit, mentions, Relation.CONTRAINDICATED_IN)
    elif kind in ("usage", "clinical_use"):
        indications(ctx, unit, mentions)
    elif kind == "classification":
        classification(ctx, unit, mentions)
    elif kind == "monitoring":
        monitoring(ctx, unit, mentions)
    elif kind == "pregnancy":
        pregnancy(ctx, unit, mentions)
        monitoring(ctx, unit, [m for m in mentions if _PREGNANCY_TEST.fullmatch(m.text)])  # "a pregnancy test
        # before starting" (the section's other checks are the baby's, not the patient's)
    elif kind in ("precautions", "dosage"):
        if kind == "precautions":
            precautions(ctx, unit, mentions)
        else:
            monitoring(ctx, unit, mentions)
            dose_interactions(ctx, unit, mentions)
            dosing_label_uses(ctx, unit)


# A document with this many kinds of section is a full monograph about its drug (not a label excerpt): its
# interaction sentences that name no drug of their own are about that drug.
MONOGRAPH_SECTIONS = 5

# sections that never say what the subject is converted to (saves a search per sentence)
_NO_ACTIVE_FORMS = frozenset({
    "interactions", "contraindications", "dosage", "precautions", "pregnancy", "monitoring", "combinations",
    "alternate_names",
})


def readable(text: str) -> bool:
    """A sentence the rules read: not empty, not a question."""
    return bool(text) and not text.endswith("?")


_DENIAL = re.compile(
    r"^\s*(?:no\b(?!\s+(?:dose|specific))|not\s+(?:to\s+(?:a|any)\s+(?:meaningful|significant|clinically\s+[\w-]+|"
    r"relevant|important)\s+(?:degree|extent)|(?:meaningfully|significantly)\b))", re.I)
# "No. ...", "Not to a meaningful degree. ...": the answer denies what the question asks


def extract_relations(subject: Subject, lexicon: Lexicon, units: Iterable[Unit]) -> RuleContext:
    """Run every rule over the units (alternate names first, so aliases are known early)."""
    ctx = RuleContext(subject, lexicon)
    ordered = sorted(units, key=lambda u: u.kind != "alternate_names")
    ctx.monograph = len({unit.kind for unit in ordered}) >= MONOGRAPH_SECTIONS
    texts = [unit.text.strip() for unit in ordered]
    found = iter(mentions_by_sentence([text for text in texts if readable(text)], lexicon))
    denied: set[str] = set()
    asked: dict[str, list[Mention]] = {}
    for unit, text in zip(ordered, texts, strict=True):
        mentions = next(found) if readable(text) else []
        if unit.question:
            if unit.question in denied:
                continue
            if _DENIAL.match(unit.text):
                if not (_NO_WORD.match(unit.text) and asks_permission(unit.question)):
                    denied.add(unit.question)  # "No. ..." answers deny what the question asks ...
                continue  # ... except a "No." to "Can I take X with it?", which warns of the interaction
            if unit.question not in asked:
                asked[unit.question] = asked_to_take(ctx, unit)
            if asked[unit.question] and readable(text):
                asked_interactions(ctx, replace(unit, kind="interactions"), mentions, asked[unit.question])
                continue
        apply_rules(ctx, unit, mentions)
    return ctx


_ASK_TO_TAKE = re.compile(
    r"^\W*(?:(?:can|may|could)\s+(?:i|you|we)|is\s+it\s+(?:safe|ok|okay|all\s+right)\s+to)\s+"
    r"(?:also\s+|still\s+)?(?:take|use|have|drink|combine)\b|"
    r"^\W*(?:can|may|could|should)\s+(?:it|this\s+(?:drug|medicine))\s+be\s+(?:combined|taken|used|given)\s+"
    r"(?:together\s+)?with\b",
    re.IGNORECASE,
)  # (also "Can it be combined with a biologic such as adalimumab?")
_ASK_ABOUT_ME = re.compile(r"\b(?:if|when|since)\s+I\b|\ballerg|\bduring\b|\bpregnan|\bbreast", re.IGNORECASE)
_PREGNANCY_TEST = re.compile(r"pregnancy\s+(?:tests?|testing|status)", re.I)
_NO_WORD = re.compile(r"^\s*no\s*[.,;:!]", re.I)  # a bare "No." answer, not "No interaction is known"


def asks_permission(question: str) -> bool:
    """ "Can I take ibuprofen with it?": a question a "No." answers with a warning, not a denial."""
    return _ASK_TO_TAKE.match(question) is not None and not _ASK_ABOUT_ME.search(question)


def asked_to_take(ctx: RuleContext, unit: Unit) -> list[Mention]:
    """The other drugs a question asks to take along with the subject ("Can I take ibuprofen for pain?"),
    unless it asks about the reader instead ("Can I take it if I am allergic to penicillin?"). Questions the
    FAQ kinds already file under interactions are read there."""
    question = unit.question
    if not asks_permission(question):
        return []
    return [m for m in find_mentions(question, ctx.lexicon)
            if m.first(*INTERACTION_KINDS) is not None and not ctx.subject.is_alias(m.text, m.candidates)]


def dedupe(statements: Iterable[Statement], own_classes: frozenset[str] = frozenset()) -> Iterator[Statement]:
    """Drop repeats (same relation to the same object from the same sentence) while keeping order.

    The key leaves the subject out on purpose: the interaction rules order candidate pairs so that
    the first statement per object and sentence is the one to keep (measured better on DDI-2013).
    A statement with a class that says what the monograph's drug is (``own_classes``: "quinolones" in
    ciprofloxacin's) at one end is the exception: "a quinolone, including ciprofloxacin, with antacids"
    pairs the class with the antacids as well as the drug, so both ends make its key.
    """
    seen: set[tuple[object, ...]] = set()
    for st in statements:
        key: tuple[object, ...] = (st.relation, st.object.kind, st.object.key, st.evidence, st.section)
        if own_classes and {st.subject.key, st.object.key} & own_classes:
            pair = (*key, st.subject.kind, st.subject.key)
            if pair not in seen:
                seen.update((pair, key))  # (and takes the object's place from any later statement, as before)
                yield st
        elif key not in seen:
            seen.add(key)
            yield st
