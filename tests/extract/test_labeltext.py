"""The plain label text reader: numbered and ALL-CAPS headings, brand/generic, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.errors import ReaderError
from extract.lexicon import Lexicon
from extract.model import Relation
from extract.pipeline import extract_document
from extract.readers import read_document, reader_for
from extract.readers.labeltext import label_heading_kind, parse_heading, parse_label_text, split_label

LABEL = """\
PLAVIX (clopidogrel bisulfate) tablets, for oral use
Initial U.S. Approval: 1997

1 INDICATIONS AND USAGE
PLAVIX is indicated for acute coronary syndrome.

4 CONTRAINDICATIONS
4.1 Active Bleeding
PLAVIX is contraindicated in patients with active pathological bleeding.

7 DRUG INTERACTIONS
7.1 CYP2C19 Inhibitors
Avoid concomitant use of omeprazole or esomeprazole with PLAVIX.
1 tablet of omeprazole is not a heading.
Drug      Effect      Advice
Omeprazole   reduced activity   avoid

12 ZEBRA STUDIES
Stripes.
"""


def test_numbered_headings_map_and_sub_headings_inherit() -> None:
    doc = parse_label_text("plavix.txt", LABEL)
    assert [(s.kind, s.heading) for s in doc.sections] == [
        ("alternate_names", "Brand name"),
        ("usage", "1 INDICATIONS AND USAGE"),
        ("contraindications", "4.1 Active Bleeding"),
        ("interactions", "7.1 CYP2C19 Inhibitors"),
        ("other", "12 ZEBRA STUDIES"),
    ]
    interactions = doc.sections[3]
    assert interactions.parents == ("7 DRUG INTERACTIONS",)
    assert "1 tablet of omeprazole is not a heading." in interactions.text
    assert "Omeprazole   reduced activity   avoid" in interactions.text


def test_title_is_the_generic_and_the_brand_an_alternate_name() -> None:
    doc = parse_label_text("plavix.txt", LABEL)
    assert doc.title == "clopidogrel bisulfate"
    assert doc.metadata == {"format": "label-text", "brand": "PLAVIX"}
    assert doc.sections[0].text == "- PLAVIX"
    assert doc.slug == "plavix" and doc.path == "plavix.txt"


def test_all_caps_headings_and_known_mixed_case_sub_headings() -> None:
    text = ("haloperidol tablets\n\nWARNINGS\nTardive dyskinesia may develop.\nCARDIOVASCULAR EFFECTS\n"
            "QT prolongation has been reported.\nPregnancy\nNot advised in pregnancy.\n"
            "ADVERSE REACTIONS\n- insomnia\n")
    doc = parse_label_text("haloperidol.txt", text)
    assert [(s.kind, s.heading) for s in doc.sections] == [
        ("precautions", "WARNINGS"),
        ("precautions", "CARDIOVASCULAR EFFECTS"),
        ("pregnancy", "Pregnancy"),
        ("side_effects", "ADVERSE REACTIONS"),
    ]
    assert doc.title == "haloperidol tablets"
    assert "brand" not in doc.metadata


def test_highlights_rules_around_headings_are_stripped() -> None:
    sections, first = split_label(["intro", "----- CONTRAINDICATIONS -----", "Known hypersensitivity (4)"])
    assert first == 1
    assert [(s.kind, s.heading, s.text) for s in sections] == [
        ("contraindications", "CONTRAINDICATIONS", "Known hypersensitivity (4)")
    ]


@pytest.mark.parametrize("line", [
    "1 tablet daily", "LIPITOR is metabolized by CYP3A4.", "", "   ", "DRUG      EFFECT      ADVICE",
    "2.1 the dose is 10 mg", "This is a long line of ordinary prose that happens to have no period at the end",
])
def test_body_lines_are_not_headings(line: str) -> None:
    assert parse_heading(line) is None


def test_sub_numbers_must_belong_to_the_current_section() -> None:
    top = parse_heading("7 DRUG INTERACTIONS")
    assert top is not None and top.number == "7"
    assert parse_heading("7.2 Grapefruit Juice", top) is not None
    assert parse_heading("2.5 Hours After Dosing", top) is None


@pytest.mark.parametrize("heading, kind", [
    ("5 WARNINGS AND PRECAUTIONS", "precautions"), ("WARNING: SERIOUS INFECTIONS", "precautions"),
    ("Usage in Pregnancy", "pregnancy"), ("8.3 Nursing Mothers", "pregnancy"), ("OVERDOSAGE", "other"),
    ("6 ADVERSE REACTIONS", "side_effects"), ("Do not use", "contraindications"), ("7.4 Gemfibrozil", None),
    ("Use in Patients with Recent Stroke", None),
])
def test_label_heading_kinds(heading: str, kind: str | None) -> None:
    assert label_heading_kind(heading) == kind


def test_file_name_is_the_title_of_last_resort() -> None:
    doc = parse_label_text("some-label.txt", "CONTRAINDICATIONS\nHypersensitivity.\n")
    assert doc.title == "some label" and doc.warnings


@pytest.mark.parametrize("content, problem", [
    (b"", "empty file"), (b"just prose.\nmore prose.\n", "no label headings"), (b"\x00\x01binary", "binary"),
])
def test_bad_files_raise_reader_error_naming_the_file(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "label.txt"
    path.write_bytes(content)
    with pytest.raises(ReaderError, match=problem) as info:
        read_document(path)
    assert info.value.path == str(path)


def test_registry_and_read_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "plavix.txt"
    path.write_text(LABEL, encoding="utf-8")
    assert reader_for(path).name == "labeltext"
    doc = read_document(path)
    assert doc.path == str(path) and len(doc.content_hash) == 64


def test_label_text_extracts_like_any_monograph(lexicon: Lexicon) -> None:
    extraction = extract_document(parse_label_text("plavix.txt", LABEL), lexicon)
    assert extraction.subject.key == "clopidogrel"
    assert "PLAVIX" in extraction.synonyms
    interacting = {s.object.key for s in extraction.statements if s.relation == Relation.INTERACTS_WITH}
    assert {"omeprazole", "esomeprazole"} <= interacting


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("AB c7.1\n -:\t"), max_size=200))
def test_fuzzed_label_text_reads_or_raises_reader_error(text: str) -> None:
    try:
        doc = parse_label_text("fuzz.txt", text)
    except ReaderError:
        return
    assert doc.sections and all(s.text.strip() for s in doc.sections)


def test_a_real_label_as_text_gets_the_same_kinds() -> None:
    """The Lipitor SPL flattened to text (headings on their own lines) reads back with matching kinds."""
    from extract.readers.spl import read_spl
    from tests.conftest import shared_path

    spl_doc = read_spl(shared_path("corpus", "spl-samples", "lipitor-orig.xml"))
    lines, seen = ["LIPITOR\u00ae (atorvastatin calcium) tablets, for oral use", ""], set()
    for section in spl_doc.sections[1:]:
        lines += [h for h in (*section.parents, section.heading) if h and not (h in seen or seen.add(h))]
        lines += [section.text.replace("\n\n", "\n"), ""]
    doc = parse_label_text("lipitor.txt", "\n".join(lines))
    assert (doc.title, doc.metadata.get("brand")) == ("atorvastatin calcium", "LIPITOR")
    kinds = {s.heading: s.kind for s in doc.sections}
    assert kinds["7.3 Cyclosporine"] == "interactions"
    assert kinds["4.1 Active liver disease, which may include unexplained persistent elevations in hepatic "
                 "transaminase levels"] == "contraindications"
    assert {"usage", "dosage", "side_effects", "precautions", "pregnancy", "mechanism"} <= set(kinds.values())
