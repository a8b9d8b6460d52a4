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


def test_a_denial_in_an_opening_concession_ends_with_the_concession() -> None:
    sentence = "Although no study with digoxin, verapamil, or diltiazem was done, ketoconazole raises its levels."
    assert negated(sentence, "verapamil") and negated(sentence, "diltiazem")
    assert not negated(sentence, "ketoconazole")
    assert not negated("While not common, liver injury has been reported.", "liver injury")


def test_a_trigger_inside_a_bracketed_aside_scopes_only_the_aside() -> None:
    sentence = "glaucoma with eye pain (especially if the spray gets into the eyes), urinary retention, constipation"
    key = sentence.lower()
    for word, hypothetical in (("urinary retention", False), ("constipation", False), ("eyes", True)):
        start = key.index(word)
        found = "HYPOTHETICAL" in modifiers_for((start, start + len(word)), find_triggers(key), key)
        assert found is hypothetical, word
    assert not negated("Flushing (not a rash), headache and nausea were common.", "nausea")
    assert negated("Flushing (not a rash), headache and nausea were common.", "rash")


def test_a_finding_that_was_not_apparent_is_denied() -> None:
    assert negated("Tolerance was not apparent in studies lasting up to a year.", "tolerance")
