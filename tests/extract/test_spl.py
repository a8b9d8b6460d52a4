"""The SPL reader: real DailyMed labels (skipped when ../shared is absent) and small hand-written SPL."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.errors import ReaderError
from extract.lexicon import Lexicon
from extract.model import Document, Relation
from extract.pipeline import extract_document
from extract.readers import read_document, reader_for
from extract.readers.spl import is_spl, read_spl
from tests.conftest import shared_path

LOINC = "2.16.840.1.113883.6.1"


def section(code: str, title: str = "", text: str = "", children: str = "") -> str:
    """One SPL ``<component><section>`` (title, text and nested sections optional)."""
    title_xml = f"<title>{title}</title>" if title else ""
    text_xml = f"<text>{text}</text>" if text else ""
    return (f'<component><section><code code="{code}" codeSystem="{LOINC}"/>{title_xml}{text_xml}'
            f"{children}</section></component>")


def product(brand: str = "", generic: str = "") -> str:
    """An SPL product data elements section naming a brand and a generic medicine."""
    name = f"<name>{brand}</name>" if brand else ""
    generic_xml = (f"<asEntityWithGeneric><genericMedicine><name>{generic}</name></genericMedicine>"
                   "</asEntityWithGeneric>") if generic else ""
    return (f'<component><section><code code="48780-1" codeSystem="{LOINC}"/><subject><manufacturedProduct>'
            f"<manufacturedProduct>{name}{generic_xml}</manufacturedProduct></manufacturedProduct></subject>"
            "</section></component>")


def spl(*components: str, title: str = "", header: str = "") -> str:
    """A whole SPL document around ``components``."""
    head = header or ('<setId root="set-1"/><versionNumber value="7"/><effectiveTime value="20140113"/>'
                      '<id root="doc-1"/>')
    title_xml = f"<title>{title}</title>" if title else "<title/>"
    return (f'<?xml version="1.0" encoding="UTF-8"?><document xmlns="urn:hl7-org:v3">{head}{title_xml}'
            f"<component><structuredBody>{''.join(components)}</structuredBody></component></document>")


def write(tmp_path: Path, text: str, name: str = "label.xml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def kinds(doc: Document) -> list[tuple[str, str]]:
    return [(s.kind, s.heading) for s in doc.sections]


# --- hand-written SPL: edge cases ------------------------------------------------------------------


def test_metadata_title_brand_and_provenance(tmp_path: Path) -> None:
    path = write(tmp_path, spl(product("PLAVIX", "clopidogrel bisulfate"),
                               section("34070-3", "4 CONTRAINDICATIONS", "<paragraph>Active bleeding.</paragraph>")))
    doc = read_spl(path)
    assert doc.title == "clopidogrel bisulfate"
    assert doc.path == str(path) and doc.slug == "label"
    assert doc.modified == "2014-01-13"
    assert doc.metadata["set_id"] == "set-1" and doc.metadata["version"] == "7"
    assert doc.metadata["brand"] == "PLAVIX" and doc.metadata["format"] == "spl"
    assert len(doc.content_hash) == 64
    assert doc.sections[0].kind == "alternate_names" and doc.sections[0].text == "- PLAVIX"


def test_no_title_and_no_product_falls_back_to_file_name(tmp_path: Path) -> None:
    path = write(tmp_path, spl(section("34084-4", "", "<paragraph>Headache.</paragraph>")), "mystery-label.xml")
    doc = read_spl(path)
    assert doc.title == "mystery label"
    assert doc.warnings and "no product name" in doc.warnings[0]
    assert kinds(doc) == [("side_effects", "")]


def test_label_title_is_used_when_there_is_no_product(tmp_path: Path) -> None:
    doc = read_spl(write(tmp_path, spl(section("34084-4", "", "<paragraph>Rash.</paragraph>"),
                                       title="Drug Facts")))
    assert doc.title == "Drug Facts" and not doc.warnings


def test_brand_equal_to_generic_is_not_an_alternate_name(tmp_path: Path) -> None:
    doc = read_spl(write(tmp_path, spl(product("Haloperidol", "haloperidol"),
                                       section("34084-4", "ADVERSE REACTIONS", "<paragraph>Rash.</paragraph>"))))
    assert "brand" not in doc.metadata
    assert [s.kind for s in doc.sections] == ["side_effects"]


def test_missing_sections_is_a_reader_error(tmp_path: Path) -> None:
    path = write(tmp_path, spl(product("PLAVIX", "clopidogrel")))
    with pytest.raises(ReaderError, match="no label sections"):
        read_spl(path)


def test_missing_header_fields_leave_metadata_empty(tmp_path: Path) -> None:
    doc = read_spl(write(tmp_path, spl(section("34084-4", "6 ADVERSE REACTIONS", "<paragraph>Rash.</paragraph>"),
                                       header="<id/>")))
    assert doc.modified is None
    assert doc.metadata["set_id"] == "" and doc.metadata["version"] == ""


def test_nested_sections_inherit_unless_their_code_or_title_maps(tmp_path: Path) -> None:
    inner = (section("42229-5", "7.1 Strong Inhibitors of CYP 3A4", "<paragraph>Avoid itraconazole.</paragraph>")
             + section("42229-5", "", "<paragraph>Untitled child.</paragraph>"))
    warnings = (section("42229-5", "Usage in Pregnancy", "<paragraph>Not advised.</paragraph>")
                + section("42228-7", "8.1 Odd title", "<paragraph>Category X.</paragraph>"))
    doc = read_spl(write(tmp_path, spl(
        section("34073-7", "7 DRUG INTERACTIONS", "<paragraph>See below.</paragraph>", inner),
        section("34071-1", "WARNINGS", "", warnings),
        section("99999-9", "Zebra facts", "<paragraph>Stripes.</paragraph>"),
    )))
    assert kinds(doc) == [
        ("interactions", "7 DRUG INTERACTIONS"),
        ("interactions", "7.1 Strong Inhibitors of CYP 3A4"),
        ("interactions", "7 DRUG INTERACTIONS"),
        ("pregnancy", "Usage in Pregnancy"),
        ("pregnancy", "8.1 Odd title"),
        ("other", "Zebra facts"),
    ]
    assert doc.sections[1].parents == ("7 DRUG INTERACTIONS",)


def test_title_only_sections_and_coded_children_of_contraindications(tmp_path: Path) -> None:
    children = (section("42229-5", "4.1 Active liver disease")
                + section("42228-7", "4.3 Pregnancy", "<paragraph>Fetal harm may occur.</paragraph>"))
    doc = read_spl(write(tmp_path, spl(section("34070-3", "4 CONTRAINDICATIONS", "", children))))
    assert [(s.kind, s.text) for s in doc.sections] == [
        ("contraindications", "Active liver disease"),
        ("contraindications", "Pregnancy"),
        ("pregnancy", "Fetal harm may occur."),
    ]


def test_tables_become_one_line_per_row(tmp_path: Path) -> None:
    table = ("<table><caption>Table 1. Interactions</caption><thead><tr><th>Agent</th><th>Advice</th></tr></thead>"
             "<tbody><tr><td>Cyclosporine<br/>telaprevir</td><td>Avoid <content styleCode='bold'>use</content>"
             "<sup>a</sup></td></tr><tr><td/><td/></tr>"
             "<tr><td>Gemfibrozil</td><td>Do not exceed 20 mg<footnote>see 12.3</footnote></td></tr></tbody></table>")
    doc = read_spl(write(tmp_path, spl(section("34073-7", "7 DRUG INTERACTIONS", table))))
    assert doc.sections[0].text.split("\n\n") == [
        "Table 1. Interactions",
        "Agent, Advice",
        "Cyclosporine; telaprevir, Avoid use",
        "Gemfibrozil, Do not exceed 20 mg",
    ]


def test_lists_become_bullets_and_paragraphs_stay_apart(tmp_path: Path) -> None:
    text = ("<paragraph>Intro <content styleCode='italics'>text</content>.</paragraph>"
            "<list><item><caption>a</caption>Rash</item><item>Nausea<list><item>severe</item></list></item></list>"
            "<paragraph>Outro.</paragraph>")
    doc = read_spl(write(tmp_path, spl(section("34084-4", "6 ADVERSE REACTIONS", text))))
    assert doc.sections[0].text == "Intro text.\n\n- Rash\n- Nausea\n  - severe\n\nOutro."


def test_run_in_label_naming_another_kind_does_not_retype_the_line(tmp_path: Path) -> None:
    text = "<list><item><content styleCode='bold'>Combination of Protease Inhibitors:</content> AUC rises.</item>" \
           "<item>Digoxin: monitor.</item></list>"
    doc = read_spl(write(tmp_path, spl(section("34073-7", "7 DRUG INTERACTIONS", text))))
    assert doc.sections[0].text == "- Combination of Protease Inhibitors \u2013 AUC rises.\n- Digoxin: monitor."


def test_highlights_excerpts_and_product_data_are_skipped(tmp_path: Path) -> None:
    excerpt = "<excerpt><highlight><text><paragraph>Highlight only.</paragraph></text></highlight></excerpt>"
    body = ('<component><section><code code="34073-7"/><title>7 DRUG INTERACTIONS</title>'
            f"<text><paragraph>Full text.</paragraph></text>{excerpt}</section></component>")
    doc = read_spl(write(tmp_path, spl(product("X", "y"), body)))
    assert [s.text for s in doc.sections if s.kind == "interactions"] == ["Full text."]


@pytest.mark.parametrize("content, problem", [
    ("<document xmlns='urn:hl7-org:v3'><title>broken", "invalid XML"),
    ("", "empty file"),
    ("<?xml version='1.0'?><rss><channel/></rss>", "not an HL7 SPL document"),
])
def test_bad_files_raise_reader_error_naming_the_file(tmp_path: Path, content: str, problem: str) -> None:
    path = write(tmp_path, content, "bad.xml")
    with pytest.raises(ReaderError, match=problem) as info:
        read_document(path)
    assert info.value.path == str(path) and str(path) in str(info.value)


def test_registry_finds_spl_by_suffix_and_by_sniffing(tmp_path: Path) -> None:
    text = spl(section("34084-4", "6 ADVERSE REACTIONS", "<paragraph>Rash.</paragraph>"))
    assert is_spl(text.encode()[:4096]) and not is_spl(b"---\ntitle: x\n---\n")
    assert reader_for(Path("x.xml")).name == "spl"
    disguised = write(tmp_path, text, "label.txt")
    assert reader_for(disguised, text.encode()).name == "spl"
    assert read_document(disguised).sections[0].kind == "side_effects"


def test_brand_and_generic_are_one_drug(tmp_path: Path, lexicon: Lexicon) -> None:
    path = write(tmp_path, spl(product("PLAVIX", "clopidogrel bisulfate"), section(
        "34073-7", "7 DRUG INTERACTIONS", "<paragraph>PLAVIX with omeprazole reduces its effect.</paragraph>")))
    extraction = extract_document(read_spl(path), lexicon)
    assert extraction.subject.key == "clopidogrel"
    assert "PLAVIX" in extraction.synonyms
    objects = {s.object.key for s in extraction.statements if s.relation == Relation.INTERACTS_WITH}
    assert "omeprazole" in objects and "clopidogrel" not in objects


# --- the six real DailyMed labels ------------------------------------------------------------------


def real(name: str) -> Path:
    return shared_path("corpus", "spl-samples", name)


@pytest.mark.parametrize("name, title, brand, version", [
    ("lipitor-orig.xml", "atorvastatin calcium", "Lipitor", "11"),
    ("lipitor-repack.xml", "atorvastatin calcium trihydrate", "Lipitor", "8"),
    ("humira.xml", "Adalimumab", "Humira", "1560"),
    ("cough.xml", "Diphenhydramine HCl, Phenylephrine HCl", "TRIAMINIC", "1"),
    ("no-title.xml", "haloperidol", None, "1"),
    ("64f8040f-938d-4236-8e22-c838c9b5f8da.xml", "sildenafil citrate", "Viagra", "20"),
])
def test_real_labels_read(name: str, title: str, brand: str | None, version: str) -> None:
    doc = read_document(real(name))
    assert doc.title == title
    assert doc.metadata.get("brand") == brand
    assert doc.metadata["version"] == version and doc.metadata["set_id"]
    assert doc.modified is not None and len(doc.modified) == 10
    assert {"usage", "dosage", "side_effects"} <= {s.kind for s in doc.sections}
    assert all(s.text.strip() for s in doc.sections)


def test_real_label_sections_and_tables() -> None:
    doc = read_document(real("lipitor-orig.xml"))
    found = {s.kind for s in doc.sections}
    assert {"contraindications", "interactions", "precautions", "pregnancy", "mechanism", "other"} <= found
    effects = "\n".join(s.text for s in doc.sections if s.kind == "side_effects")
    assert "\n\nNasopharyngitis, 8.3, 12.9, 5.3, 7.0, 4.2, 8.2\n\n" in effects
    headings = [s.heading for s in doc.sections if s.kind == "interactions"]
    assert "7.3 Cyclosporine" in headings


def test_lipitor_graph_content(lexicon: Lexicon) -> None:
    extraction = extract_document(read_document(real("lipitor-orig.xml")), lexicon)
    assert extraction.subject.key == "atorvastatin"
    assert "Lipitor" in extraction.synonyms
    by_relation: dict[Relation, set[str]] = {}
    for statement in extraction.statements:
        by_relation.setdefault(statement.relation, set()).add(statement.object.label.lower())
        assert statement.evidence.strip()
    assert {"cyclosporine", "gemfibrozil", "strong cyp3a4 inhibitors"} <= by_relation[Relation.INTERACTS_WITH]
    assert {"active liver disease", "pregnancy"} <= by_relation[Relation.CONTRAINDICATED_IN]
    assert len(by_relation[Relation.HAS_ADVERSE_EFFECT]) >= 10


def test_humira_adverse_effects(lexicon: Lexicon) -> None:
    extraction = extract_document(read_document(real("humira.xml")), lexicon)
    assert extraction.subject.key == "adalimumab"
    effects = {s.object.label.lower() for s in extraction.statements if s.relation == Relation.HAS_ADVERSE_EFFECT}
    assert len(effects) >= 20


@settings(max_examples=100, deadline=None)
# "\u2022" is excluded: run-together bullets are split into list items on purpose (see inline_bullets).
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2022"),
               min_size=1, max_size=80))
def test_fuzzed_paragraph_text_survives(tmp_path_factory: pytest.TempPathFactory, words: str) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "f.xml"
    path.write_text(spl(section("34084-4", "6 ADVERSE REACTIONS", f"<paragraph>{escape(words)}</paragraph>")),
                    encoding="utf-8")
    expected = " ".join(words.split())
    texts = [s.text for s in read_spl(path).sections]
    assert texts == ([expected] if expected else ["ADVERSE REACTIONS"])


def test_descriptive_titles_and_nested_boxes_do_not_override_the_parent(tmp_path: Path) -> None:
    warnings = (section("42229-5", "5.7 Combination with other PDE5 Inhibitors", "<paragraph>Avoid.</paragraph>")
                + section("42229-5", "Class Effect", "<paragraph>Dystonia.</paragraph>"))
    dosage = section("34066-1", "", "<paragraph>Adults - 0.5 mg to 2 mg</paragraph>")
    doc = read_spl(write(tmp_path, spl(
        section("34066-1", "WARNING: SERIOUS INFECTIONS", "<paragraph>Infections.</paragraph>"),
        section("43685-7", "5 WARNINGS AND PRECAUTIONS", "", warnings),
        section("34068-7", "DOSAGE AND ADMINISTRATION", "", dosage),
    )))
    assert [s.kind for s in doc.sections] == ["precautions", "precautions", "precautions", "dosage"]


def test_inline_bullet_characters_become_bullets(tmp_path: Path) -> None:
    text = ("<list><item>heart disease \u2022 glaucoma</item></list>"
            "<paragraph>\u2022 sneezing \u2022 runny nose</paragraph>")
    doc = read_spl(write(tmp_path, spl(section("50569-3", "Ask a doctor before use if the child has", text))))
    assert doc.sections[0].text == "- heart disease\n- glaucoma\n\n- sneezing\n- runny nose"
    assert doc.sections[0].kind == "precautions"


def test_entity_expansion_bomb_is_refused(tmp_path: Path) -> None:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    bomb = (f'<?xml version="1.0"?><!DOCTYPE document [{entities}]>'
            '<document xmlns="urn:hl7-org:v3"><title>&i;</title></document>')
    with pytest.raises(ReaderError, match="invalid XML"):
        read_spl(write(tmp_path, bomb, "bomb.xml"))
