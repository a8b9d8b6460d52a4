from __future__ import annotations

from pathlib import Path

import pytest

from extract.errors import ReaderError
from extract.reader import clean_faq_answer, clean_faq_question, parse_post, read_monograph, split_sections

BODY_VARIANTS = {
    "atx-bold": "## **Contraindications**\n\n- Severe renal impairment\n",
    "atx-plain": "## Contraindications\n- Severe renal impairment\n",
    "atx-deep": "#### Contraindications:\n- Severe renal impairment\n",
    "numbered": "## 4. Contraindications\n- Severe renal impairment\n",
    "bold-line": "**Contraindications**\n\n- Severe renal impairment\n",
    "bold-colon": "**Contraindications:**\n- Severe renal impairment\n",
    "underscore": "## __Contraindications__\n- Severe renal impairment\n",
}


@pytest.mark.parametrize("body", BODY_VARIANTS.values(), ids=BODY_VARIANTS.keys())
def test_every_heading_style_maps_to_its_kind(body: str) -> None:
    sections, _ = split_sections(body)
    assert [(s.kind, s.text) for s in sections] == [("contraindications", "- Severe renal impairment")]


def test_unknown_subheading_inherits_parent_kind() -> None:
    body = "## **Dosage**\n### **Standard Dosage**\n#### **Adults:**\n- 10 mg daily\n## Zebra facts\n- stripes\n"
    sections, _ = split_sections(body)
    assert [(s.kind, s.heading) for s in sections] == [("dosage", "**Adults:**"), ("other", "Zebra facts")]
    assert sections[0].parents == ("**Dosage**", "**Standard Dosage**")


def test_side_effect_tiers_are_distinct_kinds() -> None:
    body = (
        "## Side Effects\n### Common Side Effects\n- nausea\n### Rare but Serious Side Effects\n- rash\n"
        "### Long-Term Effects\n- none\n### Adverse Drug Reactions (ADR)\n- hypotension\n"
    )
    kinds = [s.kind for s in split_sections(body)[0]]
    assert kinds == ["side_effects_common", "side_effects_serious", "side_effects_long_term", "side_effects_adr"]


def test_body_faqs_become_question_answer_pairs() -> None:
    body = (
        "## **FAQs (Frequently Asked Questions)**\n\n### **Q1: Can I take it with food?**\n\n"
        "**A:** Yes, with food.\n\n### **Q2:  Is it safe?**\n\n**A:**  Mostly.\n"
    )
    sections, faqs = split_sections(body)
    assert sections == []
    assert [(f.question, f.answer) for f in faqs] == [("Can I take it with food?", "Yes, with food."),
                                                      ("Is it safe?", "Mostly.")]


def test_front_matter_faq_debris_is_cleaned() -> None:
    question = "What is the dose of Drugx?**\n\n\n**A:** 10 mg a day."
    assert clean_faq_question(question) == "What is the dose of Drugx?"
    assert clean_faq_answer("A:**  10 mg a day,\n taken with food.") == "10 mg a day, taken with food."


def test_faq_duplicates_between_front_matter_and_body_merge() -> None:
    meta = {"title": "Drugx", "faqs": [{"q": "Is it safe?**\n\n**A:** Mostly.", "a": "A:** Mostly."}]}
    body = "## FAQs\n### Q1: Is it safe?\n**A:** Mostly.\n### Q2: Other?\n**A:** Yes.\n"
    doc = parse_post("drugx.md", meta, body)
    assert [f.question for f in doc.faqs] == ["Is it safe?", "Other?"]


def test_missing_title_falls_back_with_warning() -> None:
    doc = parse_post("some-drug.md", {}, "## Usage\n- Used for pain.\n")
    assert doc.title == "Some Drug"
    assert doc.warnings and "no title" in doc.warnings[0]


def test_reads_front_matter_fields(tmp_path: Path) -> None:
    path = tmp_path / "drugx.md"
    path.write_text("---\ntitle: Drugx\nlastModified: '2025-01-02T03:04:05Z'\n---\n## Usage\n- Used for pain.\n")
    doc = read_monograph(path)
    assert (doc.title, doc.slug, doc.modified) == ("Drugx", "drugx", "2025-01-02T03:04:05Z")
    assert len(doc.content_hash) == 64


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"\x00\x01\x02binary\x00stuff", "binary file"),
        (b"---\ntitle: [unclosed\n---\n## Usage\n- x\n", "invalid YAML front matter"),
        (b"---\ntitle: X\n---\n", "nothing to read"),
    ],
)
def test_bad_input_raises_reader_error_naming_the_file(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(ReaderError) as info:
        read_monograph(path)
    assert str(path) in str(info.value)
    assert problem in str(info.value)


def test_latin1_and_utf16_text_are_read(tmp_path: Path) -> None:
    text = "---\ntitle: Café drug\n---\n## Usage\n- Used for pain.\n"
    for encoding in ("latin-1", "utf-16"):
        path = tmp_path / f"{encoding}.md"
        path.write_bytes(text.encode(encoding))
        assert read_monograph(path).title == "Café drug"
