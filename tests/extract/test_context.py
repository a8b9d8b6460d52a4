"""ConText scopes pinned on sentences written for these tests."""

from __future__ import annotations

from extract.context import find_triggers, modifiers_for


def negated(sentence: str, word: str) -> bool:
    key = sentence.lower()
    start = key.index(word)
    return "NEGATED_EXISTENCE" in modifiers_for((start, start + len(word)), find_triggers(key), key)


def test_a_forward_trigger_negates_what_follows_it() -> None:
    assert negated("There was no rise in lithium levels.", "lithium")


def test_a_negated_verb_denies_the_phrase_just_before_it() -> None:
    sentence = "Rifampin lowers its levels, and nicotine patches do not prevent this."
    assert negated(sentence, "nicotine")
    assert not negated(sentence, "rifampin")


def test_a_relative_clause_before_a_negated_verb_is_not_denied() -> None:
    assert not negated("Pain that does not settle with ibuprofen needs review.", "pain")
