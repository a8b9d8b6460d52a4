"""Scanning many sentences in one automaton pass gives what scanning each one alone gives."""

from __future__ import annotations

import ahocorasick

from extract import chunks, scan, units
from extract.lexicon import load_lexicon
from extract.nlp import find_mentions, mentions_by_sentence, split_sentences
from extract.text import strip_markdown


def _automaton(*words: str) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, (len(word), word))
    automaton.make_automaton()
    return automaton


def test_hits_across_the_separator_are_dropped() -> None:
    automaton = _automaton("ab\ncd", "b", "cd", "bc")
    text, bounds = scan.joined(["xab", "cdy", "", "bc"])
    groups = scan.hits_by_sentence(automaton, text, bounds)
    assert [[(start, end, value[1]) for start, end, value in group] for group in groups] == [
        [(2, 3, "b")], [(0, 2, "cd")], [], [(0, 1, "b"), (0, 2, "bc")],
    ]
    words = scan.hits_by_sentence(automaton, text, bounds, words=True)  # no letter or digit either side
    assert [[value[1] for _, _, value in group] for group in words] == [[], [], [], ["bc"]]


def test_one_pass_equals_one_sentence_at_a_time() -> None:
    lexicon = load_lexicon()
    texts = [
        "Aspirin may increase the risk of bleeding with warfarin.",
        "No hepatotoxicity was observed; nausea and vomiting were common.",
        "",
        "Avoid alcohol\nand grapefruit juice.",
        "Patients without renal impairment did not develop hypotension.",
        "warfarin",
    ]
    assert mentions_by_sentence(texts, lexicon) == [mentions_by_sentence([text], lexicon)[0] for text in texts]
    found = find_mentions(texts[1], lexicon)
    negated = {m.text.lower(): m.modifiers for m in found}
    assert "NEGATED_EXISTENCE" in negated["hepatotoxicity"]
    assert not negated["nausea and vomiting"]  # the ";" ends the negation scope


def test_sentence_splitting_keeps_abbreviations_at_the_end_of_a_head() -> None:
    assert split_sentences("Take approx. 5 mg daily. Then stop.") == ["Take approx. 5 mg daily.", "Then stop."]
    assert split_sentences("Seen in 2.5. Rarely more.") == ["Seen in 2.5. Rarely more."]
    assert split_sentences("A list without a full stop") == ["A list without a full stop"]
    assert split_sentences("   ") == []


def test_strip_markdown_only_touches_markup() -> None:
    assert strip_markdown("  plain text  ") == "plain text"
    assert strip_markdown("**Bold** and [a link](http://x) <b>tag</b>\tend") == "Bold and a link tag end"
    assert strip_markdown("two  spaces\u00a0here") == "two spaces here"


def test_lazy_split_gives_the_parts_of_split() -> None:
    texts = ["a, b and c", "were: rash, nausea; and/or vomiting", "x/y, z", "", ", ,", "no separators"]
    for pattern in (chunks._SPLIT, chunks._ENUM_SPLIT):
        for text in texts:
            for start in [0, *(i + 1 for i, ch in enumerate(text) if ch.isspace())]:
                assert list(chunks.split_lazily(pattern, text, start)) == pattern.split(text[start:])


def test_split_word_count_from_the_gap() -> None:
    texts = [
        "t horacic and m ediastinal", "b abc d efgh", "(b abcd and c defg", "x.b abcd", "ab abcd",
        "\u00e9 b abcd c wxyz", "a abcd i abcd", "b ab", "one b abcd", "b abcd,c abcd", "b  abcd", "- b abcd' c abcd",
    ]
    for text in texts:
        assert len(units._SPLIT_WORD_GAP.findall(text)) == len(units._SPLIT_WORD.findall(text)), text


def test_cues_found_in_lower_case_text() -> None:
    assert chunks._ENUM_CUE.pattern == chunks._ENUM_CUE.pattern.lower()  # no capital the folding could miss
    text = "Adverse Reactions Were: Rash, nausea; Such As vomiting. INCLUDING fever, e.g. chills"
    folded = [m.span() for m in chunks._ENUM_CUE_LOWER.finditer(text.lower())]
    assert folded == [m.span() for m in chunks._ENUM_CUE.finditer(text)] and len(folded) == 4
