"""Adverse-effect extraction on side-effect sections, pinned on sentences written for these tests."""

from __future__ import annotations

import pytest

from extract.chunks import effect_phrase, enumeration_items
from extract.model import Relation
from extract.pipeline import extract_document
from extract.reader import parse_post
from extract.units import blocks, drop_cross_references, labelled


def effects(body: str, title: str = "Examplumab") -> set[str]:
    """Lower-cased labels and surface forms of the adverse effects found in a side-effect section."""
    doc = parse_post(f"{title.lower()}.md", {"title": title}, "## Side Effects\n\n" + body + "\n")
    found = set()
    for st in extract_document(doc).statements:
        if st.relation == Relation.HAS_ADVERSE_EFFECT:
            found.update({st.object.label.lower(), st.surface.lower()})
    return found


def effect_labels(body: str, title: str = "Examplumab") -> set[str]:
    """Lower-cased labels (not surface forms) of the adverse effects found in a monograph ``body``."""
    doc = parse_post(f"{title.lower()}.md", {"title": title}, body)
    return {st.object.label.lower() for st in extract_document(doc).statements
            if st.relation == Relation.HAS_ADVERSE_EFFECT}


_OTHER_SECTIONS = ("## Usage\n- It treats asthma.\n## Contraindications\n- Allergy\n## Dosage\n- Monthly\n"
                   "## Precautions\n- Take as directed.\n## Drug Interactions\n- None known.\n")


def monograph_effect_labels(*bullets: str) -> set[str]:
    """Lower-cased effect labels of a full monograph (enough section kinds to be one) whose Side Effects section
    holds ``bullets``: brackets and examples there are read as a monograph's, not as a label's table."""
    return effect_labels(_OTHER_SECTIONS + "## Side Effects\n" + "".join(f"- {bullet}\n" for bullet in bullets))


def side_effect_labels(title: str, *bullets: str) -> set[str]:
    """Lower-cased labels of the adverse effects found in a Side Effects section holding ``bullets``."""
    return effect_labels("## Side Effects\n" + "".join(f"- {bullet}\n" for bullet in bullets), title)


def test_comma_list_bullet_items_are_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Headache, queasy stomach, leg heaviness (mostly in the first week), nausea\n")
    assert {"headache", "nausea", "leg heaviness"} <= found


def test_enumeration_after_cue_yields_unknown_items(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("The reactions seen most often in the trial were nausea, gum soreness and lip tingling.")
    assert {"nausea", "gum soreness", "lip tingling"} <= found


def test_modifier_widens_a_mention(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "Reported reactions included gingival pain in two cases."
    start = text.index("pain")
    assert effect_phrase(text, start, start + 4) == "gingival pain"
    assert effect_phrase("severe pain", 7, 11) == ""


def test_enumeration_items_stop_at_a_clause() -> None:
    items = enumeration_items("Common reactions were rash, dizziness, and fatigue, which resolved within days.")
    assert items == ["rash", "dizziness", "fatigue"]


def test_system_organ_class_headings_are_not_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("Gastrointestinal disorders Nausea 14 (3.2) 6 (1.4) Skin and subcutaneous tissue disorders Rash 9")
    assert {"nausea", "rash"} <= {f for f in found if f in ("nausea", "rash")}
    assert not any("gastrointestinal" in f or "skin disease" in f or "subcutaneous" in f for f in found)


def test_labelled_soc_bullet_stays_a_side_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Metabolism and nutrition disorders: hypokalemia, dehydration\n")
    assert {"hypokalemia", "dehydration"} <= found


def test_boilerplate_and_headings_yield_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = (
        "6.2 Clinical Trials Experience\n\n"
        "As clinical trials are conducted under differing designs, a rate of headache in one cannot be compared.\n\n"
        "To report suspected adverse reactions such as dizziness, call the maker.\n"
    )
    assert effects(body) == set()


def test_study_population_conditions_are_not_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("In a trial in 300 patients with rheumatoid arthritis, nausea occurred in 5% of them.")
    assert "nausea" in found
    assert not any("arthritis" in f for f in found)


def test_negated_effect_is_not_asserted(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("No cases of pancreatitis were observed during the program.")
    assert not any("pancreatitis" in f for f in found)


def test_sentence_about_another_drug_is_skipped(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("Tendon rupture is linked mainly to other agents (a related compound, not examplumab).")
    assert not any("tendon" in f for f in found)


def test_lab_terms_in_either_word_order(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("Laboratory changes were elevated ALT, blood creatinine increased and decreased platelet count.")
    assert any("alanine" in f or "alt" in f.split() for f in found)
    assert any("creatinine" in f for f in found)


def test_cross_references_and_split_words_are_cleaned() -> None:
    assert drop_cross_references("Hepatotoxicity [see Warnings and Precautions (5.3)].") == "Hepatotoxicity ."
    assert drop_cross_references("headache and rash (6.1)") == "headache and rash"
    assert drop_cross_references("t horacic and m ediastinal") == "thoracic and mediastinal"
    assert drop_cross_references("rash (5%)") == "rash (5%)"


def test_table_rows_stay_apart() -> None:
    text = "Header line\n   Nausea      12     4\n   Rash        9      2\nclosing words\n"
    assert list(blocks(text)) == ["Header line", "Nausea 12 4", "Rash 9 2", "closing words"]


def test_list_after_a_boilerplate_lead_in_is_read(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects(
        "As reporting is voluntary, it is not always possible to reliably estimate how often these occur: "
        "nausea, gum soreness and vomiting."
    )
    assert {"nausea", "gum soreness", "vomiting"} <= found


def test_subsection_heading_is_not_an_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert effects("Pivotal Open Study Findings\n\nSome patients reported nausea.") == {"nausea"}


def test_where_or_why_an_effect_happens_is_not_part_of_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Hyponatremia from fluid retention, dizziness when getting up, gum soreness in older "
                    "adults, bone thinning in children, and behaviors in teenagers")
    assert {"gum soreness", "bone thinning"} <= found
    assert not any(" from " in label or " when " in label or " in " in label for label in found)
    assert not {"behaviors", "behavior"} & found


def test_a_bare_fluid_is_not_an_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert "fluid" not in effects("- Fluid and salt depletion, low blood pressure")


def test_a_lead_in_before_a_colon_is_not_part_of_the_first_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Rare at the right dose; most reactions reflect overdosing: palpitations, tremor, "
                    "heat intolerance")
    assert {"palpitations", "tremor", "heat intolerance"} <= found
    assert not any("reflect" in label for label in found)


def test_hedges_and_verbs_do_not_open_an_effect_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Mostly signs of excess dosing (tremor, insomnia); atrial fibrillation.\n"
                    "- Long use thins bone and raises fracture risk.")
    assert {"tremor", "insomnia", "atrial fibrillation"} <= found
    assert not any(label.startswith(("mostly", "raises")) for label in found)


def test_with_or_without_a_complication_is_not_an_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Hyperammonemia with or without encephalopathy, kidney stones, suicidal thoughts")
    assert {"kidney stones", "hyperammonemia"} <= found
    assert not any(label.startswith("without") for label in found)


def test_effects_signalled_with_another_drug_are_not_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Foot ulcers and bone fractures were signals with canagliflozin; they are not known "
                    "risks of this drug.\n- Genital yeast infections are common.")
    assert not any("fracture" in label or "ulcer" in label for label in found)


def test_where_on_the_body_an_effect_shows_is_not_a_new_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Angioedema of the face, tongue, or larynx; intestinal angioedema presenting as belly "
                    "pain; hyperkalemia")
    assert {"angioedema", "intestinal angioedema", "hyperkalemia"} <= found
    assert not any(label.startswith("angioedema of") or label == "larynx" or "presenting" in label
                   for label in found)


def test_addiction_is_not_physical_dependence(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Physical dependence and tolerance; misuse and addiction")
    assert {"addiction", "drug dependence"} <= found


def test_the_parts_of_an_injection_site_reaction_keep_the_site(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("Injection site reactions consisting of erythema, irritation and pain were seen; "
                    "headache was also reported.")
    assert {"injection site erythema", "injection site irritation", "injection site pain", "headache"} <= found
    assert not {"erythema", "irritation", "pain"} & found


def test_reactions_and_grades_do_not_make_a_narrower_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Side Effects\n\nHypersensitivity reactions, including anaphylaxis, have occurred. 18% of patients "
            "had Grade 2 or greater ALT elevation.\n")
    labels = effect_labels(body)
    assert {"hypersensitivity", "alanine aminotransferase increased"} <= labels
    assert not {"hypersensitivity reactions", "greater alt elevation"} & labels


def test_eczema_is_not_filed_under_dermatitis(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = "## Side Effects\n\n- Pruritus, eczema, dermatitis\n"
    labels = effect_labels(body)
    assert {"eczema", "dermatitis", "pruritus"} <= labels


def test_an_effect_said_to_be_no_problem_with_this_drug_is_none(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Adrenal insufficiency, a concern with ketoconazole, is not a problem with this drug.\n"
                    "- Headache")
    assert "adrenal insufficiency" not in found


def test_settings_courses_and_outcomes_are_not_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Side Effects\n\n- Myoclonus at high doses or in kidney failure; confusion mainly with renal "
            "impairment\n- New or worsening hypertension; pseudomembranous colitis, occasionally fatal\n"
            "- Fatal adverse reactions occurred in 2% of patients.\n")
    labels = effect_labels(body)
    assert {"myoclonus", "hypertension", "pseudomembranous colitis", "death"} <= labels
    assert not any("kidney" in label or "renal" in label or label.startswith("worsening") for label in labels)


def test_body_parts_decreases_and_settings_stay_out_of_effect_names(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Side Effects\n\n- Numbness of the fingers, toes, and lips; a transient fall in white cell count "
            "(leukopenia)\n- Dizzy spells in renal impairment, QT prolongation mainly with renal impairment\n")
    labels = effect_labels(body)
    assert {"leukopenia", "dizziness"} <= labels
    assert not labels & {"toe", "toes", "fall", "falls", "transient fall"}
    assert not any("renal" in label or "mainly" in label for label in labels)


def test_what_a_lab_test_looks_for_is_not_an_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- It can make platelet function tests for heparin-induced thrombocytopenia falsely negative.\n"
                    "- Dyspnea")
    assert "heparin-induced thrombocytopenia" not in found
    assert "dyspnoea" in found or "dyspnea" in found


def test_frequency_words_and_as_well_as_open_no_effect_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Dizziness, headache, constipation, and less often vomiting, as well as stroke")
    assert {"dizziness", "headache", "constipation", "vomiting"} <= found
    assert not any(label.startswith(("less often", "as well as")) for label in found)


def test_a_shared_modifier_and_the_patients_condition(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Side Effects\n\n- Suicidal behavior and ideation\n- Subjects treated with it with diabetes bled "
            "more often; it may matter in patients whose diabetes is hard to control.\n")
    labels = effect_labels(body)
    assert "suicidal ideation" in labels and "ideation" not in labels
    assert not any("diabetes" in label for label in labels)


def test_polyneuropathy_and_hypovolaemia_are_their_own_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = "## Side Effects\n\n- Peripheral neuropathy, polyneuropathy, dehydration, hypovolemia\n"
    labels = effect_labels(body)
    assert {"polyneuropathy", "dehydration", "hypovolaemia"} <= labels
    assert len(labels) == 4  # peripheral neuropathy is a fourth, separate effect


def test_an_unconfirmed_link_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Early reports of a link with dementia were not confirmed, and it is not regarded as a cause "
                    "of dementia.\n- Headache")
    assert "dementia" not in found


def test_the_course_of_a_known_effect_adds_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Tardive dyskinesia, dyslipidaemia, and gradual weight gain.\n- Ongoing nausea, headache\n"
                    "- New or worsened heart failure\n- Temporary acne, hidden blood loss\n")
    assert "weight increased" in found and "nausea" in found
    assert not {e for e in found if e.startswith(("gradual", "ongoing", "worsened", "temporary", "hidden"))}


def test_an_effect_leading_to_another_names_both(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Bowel slowing leading to ileus, and optic neuropathy, occasionally progressing to loss of "
                    "vision\n")
    assert {"bowel slowing", "ileus", "optic neuropathy", "blindness"} <= found
    assert not {e for e in found if "leading" in e or "progressing" in e}


def test_a_rise_with_its_tests_in_brackets_names_each_tests_rise(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("Liver transaminase elevations (ALT/AST) were seen in 12% of patients.")
    assert {"alanine aminotransferase increased", "aspartate aminotransferase increased"} <= found


def test_the_places_one_effect_affects_are_no_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Swelling of the face, lips, tongue, glottis, or larynx; hyperkalemia.\n"
                    "- Dark discoloration of the skin, nails, scars, sclerae, oral mucosa, and even adult teeth.\n"
                    "- Nosebleeds, blood in the urine, heavier menstrual periods.\n")
    assert {"hyperkalemia", "heavier menstrual periods"} <= found
    assert not {"glottis", "larynx", "scars", "sclerae", "oral mucosa", "nails"} & found


def test_what_use_is_linked_to_is_the_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- In older adults, repeated use is linked to falls and hip fractures.\n")
    assert {"falls", "hip fractures"} <= found
    assert not any(label.startswith("linked") for label in found)


def test_a_modifier_before_a_bracketed_gloss_forms_the_effects_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Folate deficiency, which can lead to megaloblastic (macrocytic) anemia.\n")
    assert "megaloblastic anemia" in found
    assert not {"anaemia", "anemia"} & found


def test_a_condition_named_with_its_treatment_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Headache and nausea; autoimmune reactions appear mostly after years of acne treatment.\n")
    assert {"headache", "nausea"} <= found
    assert not any("acne" in label for label in found)


def test_dosage_forms_and_bare_sites_in_an_effect_list_are_no_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Numbness in the mouth with sublingual and buccal products; anal irritation with suppositories "
                    "and enemas; application-site or injection-site reactions.\n")
    assert not {"buccal products", "enemas", "suppositories", "application-site"} & found


def test_a_change_in_a_lab_value_is_the_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Myopathy, pancreatitis, paradoxical severe decreases in HDL cholesterol\n")
    assert {"decreased hdl cholesterol", "pancreatitis"} <= found
    assert not any(label.startswith("paradoxical") and "hdl" not in label for label in found)


def test_chronic_is_no_part_of_an_effects_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Continued weight gain and dental decay from chronic dry mouth.\n")
    assert "dry mouth" in found and "chronic dry mouth" not in found


def test_an_answers_yes_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    answer = "A:** Yes. Reduced libido and delayed orgasm are common."
    meta = {"faqs": [{"q": "Does it cause sexual side effects?**\n\n**" + answer, "a": answer}]}
    doc = parse_post("examploxetine.md", {"title": "Examploxetine", **meta}, "## Usage\n- It treats depression.\n")
    found = {st.object.label.lower() for st in extract_document(doc).statements
             if st.relation == Relation.HAS_ADVERSE_EFFECT}
    assert "yes" not in found and found


def test_for_example_is_no_part_of_an_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Narrowing of small blood vessels (for example digital ischemia or Raynaud's phenomenon)\n")
    assert not any(label.startswith(("example", "for example")) for label in found)
    assert "digital ischemia" in found


def test_effects_at_a_site_are_site_reactions(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effect_labels("## Side Effects\n- Dizziness; stinging, redness, or itching at the application site\n"
                          "- Hyperkalemia, necrosis at the injection site\n")
    assert {"application site erythema", "application site pruritus", "injection site necrosis"} <= found
    assert {"dizziness", "hyperkalaemia"} <= found
    assert not {"erythema", "pruritus", "necrosis"} & found


def test_what_an_effect_led_to_is_no_effect_of_its_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effect_labels("## Side Effects\n- Liver injury (including fatal cases and cases requiring liver "
                          "transplantation), pancreatitis\n")
    assert "pancreatitis" in found
    assert not {"death", "liver transplantation"} & found


def test_a_quoted_name_before_sensations_is_part_of_the_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effect_labels('## Side Effects\n- Stopping suddenly can bring dizziness and "electric shock" sensations\n')
    assert "electric shock sensations" in found
    assert "electric shock" not in found


def test_a_likeness_or_a_finding_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effect_labels("## Long-Term Effects\n- Biopsies show flattened villi that resemble celiac disease.\n"
                          "- Studies found no increase in the risk of cancer.\n- Rash\n")
    assert "rash" in found
    assert not {label for label in found if "celiac" in label or "cancer" in label or "neoplasm" in label
                or "biopsies" in label}


def test_anaphor_of_a_denied_effect_stays_denied(lexicon) -> None:  # type: ignore[no-untyped-def]
    # "that rash" points back at the denied rash; it is no new, asserted effect
    found = effects("- Unlike penicillins, it does not usually cause the itchy rash seen with them, which makes it "
                    "a good choice for people who get that rash.\n"
                    "- It can cause a dry mouth, and that dryness may last.\n")
    assert "rash" not in found
    assert "dry mouth" in found


def test_a_warning_that_applies_to_another_drug_is_not_an_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- The agranulocytosis warning applies to clozapine; this drug does not carry it.\n"
                    "- Weight gain can build up over months.\n", title="Quetiapine")
    assert "agranulocytosis" not in found
    assert "weight gain" in found


def test_a_trailing_frequency_word_is_no_part_of_the_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- **Side Effects:** Headache, flushing; pancreatitis rarely.\n")
    assert "pancreatitis" in found
    assert "pancreatitis rarely" not in found


def test_a_lay_description_named_by_a_bracketed_term_is_that_term(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Burning or pins and needles in the toes and fingers (peripheral neuropathy), headache\n"
                    "- Skin peeling over large areas (toxic epidermal necrolysis), dizziness\n"
                    "- Rash with fever and organ involvement (DRESS)\n")
    assert {"peripheral neuropathy", "toxic epidermal necrolysis", "headache", "dizziness"} <= found
    assert "burning" not in found
    assert "rash" in found  # an abbreviation in brackets only shortens the words before it


def test_a_range_of_reactions_names_its_ends(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Allergic reactions ranging from hives to anaphylaxis, and a Jarisch-Herxheimer reaction "
                    "on the first day of treatment for syphilis\n")
    assert {"urticaria", "jarisch-herxheimer reaction"} <= found
    assert not {"syphilis", "allergic reactions ranging from hives", "hives to anaphylaxis"} & found


def test_a_range_opening_with_a_list_names_every_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Skin reactions ranging from itching, hives, and fever to angioedema\n")
    assert {"pruritus", "urticaria", "pyrexia", "angioedema"} <= found
    assert not any("ranging" in label or " to " in label for label in found)


def test_an_effect_named_for_two_effects_is_both(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Nausea and vomiting in the first weeks, numbness and tingling of the fingers\n")
    assert {"nausea", "vomiting", "paresthesia"} <= found
    assert "nausea and vomiting" not in found


def test_unknown_items_of_the_setting_after_an_effect_are_no_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Ototoxicity, most often with high trough levels, long infusions, or other ear-toxic drugs\n"
                    "- Joint pain, typically in the shoulders and small joints of the feet\n")
    assert {"ototoxicity", "arthralgia"} <= found
    assert not {"long infusions", "ear-toxic drugs", "small joints of the feet"} & found


def test_the_disease_patients_are_treated_for_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Angioedema, rhabdomyolysis, and hypoglycemia in patients treated for diabetes\n")
    assert {"angioedema", "rhabdomyolysis"} <= found
    assert not {"diabetes", "diabetes mellitus"} & found


def test_named_impulse_behaviours_are_effects_of_their_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Impulse control problems: pathological gambling, hypersexuality, compulsive buying, "
                    "binge eating\n- Falling asleep without warning, including while eating\n"
                    "- A salty taste in the mouth\n")
    assert {"compulsive gambling", "hypersexuality", "compulsive shopping", "binge eating", "sleep attack",
            "dysgeusia"} <= found
    assert "while eating" not in found


def test_a_cause_or_size_after_an_effect_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Proteinuria, at times in the nephrotic range, secondary to immune-complex kidney injury\n")
    assert "proteinuria" in found
    assert not any("range" in item or item.startswith("secondary") for item in found)


def test_conditions_after_a_setting_lead_are_settings(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Torsades de pointes, mostly in the first week, or with hypokalemia, and rarely cardiac arrest; "
                    "palpitations\n- Dizziness (brief, mainly with the first dose), dry mouth\n")
    assert {"torsade de pointes", "palpitations", "dizziness", "dry mouth"} <= found
    assert "hypokalaemia" not in found


def test_an_effect_mainly_linked_to_another_drug_is_not_the_subjects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Pigmentary retinopathy is mainly associated with thioridazine, a related drug.\n"
                    "- Hypotension, especially with diuretics\n", title="Perphenazine")
    assert "pigmentary retinopathy" not in found
    assert "hypotension" in found


def test_how_bad_an_effect_gets_is_no_part_of_its_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Anemia severe enough to need a transfusion\n- Bleeding that needs surgery\n"
                    "- Arrhythmias secondary to low potassium\n- Tooth decay linked to chronic dry mouth\n")
    assert {"anaemia", "haemorrhage", "dental caries"} <= found
    assert not [label for label in found if any(w in label for w in ("enough", "needs", "secondary", "linked"))]


def test_a_switch_into_mania_keeps_the_other_mood_state(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Switch to mania or hypomania in people with bipolar disorder\n")
    assert {"mania", "hypomania"} <= found
    assert "switch to mania" not in {label for label in effect_labels("## Side Effects\n- Switch to mania\n")}


def test_a_colour_alone_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Nausea, harmless reddish-brown or orange discoloration of the urine, diarrhea\n")
    assert "chromaturia" in found
    assert not [label for label in found if "reddish" in label]


def test_a_disease_named_in_a_trial_name_is_no_new_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- More high-grade prostate cancer was found in a large prostate cancer prevention trial.\n")
    assert "prostate cancer" in found
    assert "large prostate cancer" not in found


def test_a_lone_worsening_is_no_effect_and_a_positive_ana_is(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Worsening or new arrhythmias, bradycardia\n"
                    "- A positive antinuclear antibody (ANA) test may appear during long-term use.\n")
    assert {"arrhythmia", "bradycardia", "antinuclear antibody positive"} <= found
    assert "worsening" not in found


def test_a_trigger_a_description_and_a_when_clause_are_no_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Cold-induced digital vasospasm (pale, numb fingers) in acromegaly\n"
                    "- CSF rhinorrhea (a clear watery discharge from the nose) when large tumors shrink\n")
    assert {"cold-induced digital vasospasm", "cerebrospinal fluid rhinorrhea"} <= found
    assert not {"cold", "nasopharyngitis", "large tumors", "neoplasm"} & found
    assert not [label for label in found if "watery" in label]


def test_conjunctions_conditions_and_bare_adjectives_are_no_effect_names(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Dizziness, nausea if stopped abruptly, reversible, non-itchy\n"
                    "- No rise in cancer has been shown, although immunosuppression may favour lymphoma.\n")
    assert {"dizziness", "nausea", "immunosuppression"} <= found
    assert not [label for label in found if label.startswith(("although", "reversible", "non")) or " if " in label]


def test_the_diseases_of_the_trial_population_are_not_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("Advanced renal cell carcinoma, rheumatoid arthritis: Most common adverse reactions were headache "
                    "and nausea.\n\nIn controlled studies with Crohn's disease, rash was reported.\n")
    assert {"headache", "nausea", "rash"} <= found
    assert not any("carcinoma" in label or "arthritis" in label or "crohn" in label for label in found)


def test_effects_put_down_to_another_drug_are_not_the_drugs(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- It is not known to cause dependence; withdrawal symptoms and misuse are mainly a problem with "
                    "carisoprodol, a different muscle relaxant.\n- Drowsiness\n", title="Chlorzoxazone")
    assert "somnolence" in found
    assert not any("withdrawal" in label or "abuse" in label or "misuse" in label for label in found)


def test_an_unknown_item_naming_the_drug_itself_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    # table headers and clauses about the drug, written as list items of a side-effect section
    found = effects("- Examplumab Control Examplumab Control\n- Headache, dizziness, rash\n"
                    "- Examplumab pooled comparator\n- Thirst, relationship to Examplumab uncertain\n")
    assert {"headache", "dizziness", "rash", "thirst"} <= found
    assert not any("examplumab" in item or "comparator" in item for item in found)
    assert "examplumab-induced hepatitis" in effects("- Examplumab-induced hepatitis, nausea\n")


def test_frequency_words_and_shared_heads_are_no_effects_of_their_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Pleural effusions and, less often, pericardial effusions\n"
                    "- Reflex tachycardia, salt and water retention, and weight gain\n")
    assert {"pleural effusions", "pericardial effusions", "water retention", "reflex tachycardia"} <= found
    assert not found & {"less", "salt"}


def test_a_lone_unknown_verb_form_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Complex sleep behaviors such as sleep-driving, or preparing and eating food while not fully "
                    "awake\n- Burning, stinging, or pain at the application site\n")
    assert "preparing" not in found
    assert {"stinging", "burning"} <= found


def test_falls_and_fractures_are_two_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Next-day impairment of alertness, falls and fractures in older adults, and anaphylaxis\n")
    assert {"falls", "fracture"} <= {item.lower() for item in found}


def test_like_an_illness_is_not_the_illness(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- A flu-like acute phase reaction may follow the first dose\n"
                    "- Neuroleptic malignant syndrome-like reactions after abrupt withdrawal\n")
    assert "flu" not in found and "influenza" not in found
    assert "neuroleptic malignant syndrome" in found


def test_an_effect_no_more_often_than_with_placebo_is_denied(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Hyperkalemia. In the outcome trials, acute kidney injury occurred no more often than with "
                    "placebo.\n")
    assert "hyperkalemia" in found
    assert not any("kidney" in item for item in found)


def test_a_worsened_known_effect_is_that_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Nadolol", "Stopping it suddenly can unmask or intensify angina.")
    assert "angina pectoris" in found
    assert not any("intensify" in label for label in found)


def test_granulocytopenia_is_its_own_blood_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effect_labels("## Side Effects\n- Agranulocytosis; granulocytopenia is commoner with liver disease.\n")
    assert {"agranulocytosis", "granulocytopenia"} <= found


def test_immune_reconstitution_syndrome_is_an_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Dolutegravir", "Immune reconstitution inflammatory syndrome in the first months")
    assert "immune reconstitution inflammatory syndrome" in found


def test_fatal_cases_qualify_the_effect_before_them(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Ibandronate",
                               "Anaphylaxis, including fatal cases; rarely osteonecrosis of the external auditory "
                               "canal")
    assert "osteonecrosis of external auditory canal" in found
    assert not any("case" in label for label in found)


def test_example_and_outcome_words_are_no_part_of_an_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Tofacitinib", "Malignancies, notably lymphoma, and lung cancer",
                               "Raised liver enzymes and, very rarely, fatal or non-fatal hepatic failure")
    assert {"lymphoma", "hepatic failure"} <= found
    assert not any(label.startswith(("notably", "non-fatal")) for label in found)


def test_sensations_placed_in_the_chest_are_chest_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Naratriptan",
                               "Heaviness, tightness, or pressure in the chest, neck, or jaw, which passes quickly",
                               "Dizziness and a feeling of pain or tightness in the chest")
    assert {"chest discomfort", "chest heaviness", "chest pain", "dizziness"} <= found
    assert not found & {"tightness", "pressure", "heaviness", "pressure in the chest", "neck or jaw"}
    assert not any("feeling" in label for label in found)


def test_signs_a_drug_may_mask_are_not_its_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Nadolol",
                               "Fatigue and cold hands; it can also mask the early signs of low blood sugar, such as "
                               "shakiness and a pounding heartbeat.")
    assert {"fatigue"} <= found
    assert not any("tremor" in label or "palpitation" in label or "heart rate" in label for label in found)


def test_how_long_an_effect_lasts_is_no_part_of_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Brimonidine", "After each dose: short-lived blurred vision and mild eye irritation")
    assert "vision blurred" in found
    assert not any("short" in label for label in found)


def test_a_bracketed_lay_description_names_no_effects_of_its_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Linagliptin",
                               "Angioedema (swelling of the lips, tongue, or face) and a blistering skin disease, "
                               "bullous pemphigoid (tense blisters on the arms and trunk)",
                               "Blocked or runny nose with a scratchy throat (nasopharyngitis)")
    assert {"angioedema", "bullous pemphigoid", "nasopharyngitis"} <= found
    assert not found & {"face oedema", "lip swelling", "rhinorrhoea", "pharyngitis", "tense blisters"}


def test_a_bracketed_synonym_of_the_last_item_glosses_only_that_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Budesonide", "Thin skin with easy bruising and stretch marks (striae)")
    assert {"easy bruising", "striae"} <= found


def test_an_item_borrows_the_head_of_the_next_one(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Sitagliptin", "Upper respiratory and urinary tract infections, back pain",
                               "Severe or prolonged low blood sugar")
    assert {"upper respiratory tract infection", "urinary tract infection"} <= found
    assert "upper respiratory" not in found
    assert not any(label.startswith("severe") for label in found)


def test_what_a_long_course_is_used_for_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effect_labels("## Side Effects\n- Nausea and bloating\n## Long-Term Side Effects\n- Daily use for "
                          "hepatic encephalopathy has been well tolerated for over a year in follow-up studies.\n",
                          "Lactulose")
    assert "nausea" in found
    assert "hepatic encephalopathy" not in found


def test_anger_is_not_aggression_and_feeling_unwell_is_malaise(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Levetiracetam", "Irritability, anger and feeling generally unwell")
    assert {"anger", "malaise"} <= found
    assert "aggression" not in found


def test_a_syndromes_bracketed_signs_and_how_an_effect_shows_are_no_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Mirtazapine", "Serotonin syndrome (agitation, sweating, tremor, diarrhea)",
                               "Neutropenia (signalled by fever or mouth ulcers)")
    assert {"serotonin syndrome", "neutropenia"} <= found
    assert not any(word in label for label in found for word in ("agitation", "tremor", "pyrexia", "fever"))


def test_an_effect_no_more_common_than_placebo_is_denied(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Ezetimibe",
                               "Gout and gallstones were more frequent than with placebo, and new-onset diabetes was "
                               "not increased.")
    assert {"gout", "cholelithiasis"} <= found
    assert not any("diabetes" in label for label in found)


def test_an_increased_risk_of_death_is_increased_mortality(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Quetiapine",
                               "Older adults with dementia-related psychosis treated with antipsychotics have an "
                               "increased risk of death.")
    assert "increased mortality" in found and "death" not in found


def test_how_an_effect_ends_or_how_grave_it_was_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Metaxalone", "Liver failure, both fatal and non-fatal, seen after marketing",
                               "Raised liver enzymes, usually reversible on stopping",
                               "Sudden weakness and double vision after the first dose. These usually resolve within "
                               "hours.", "Reversible cerebral vasoconstriction syndrome (RCVS)")
    assert {"hepatic failure", "reversible cerebral vasoconstriction syndrome"} <= found
    assert not any(label.startswith(("both", "reversible on", "these")) for label in found)


def test_advice_after_a_list_of_warning_signs_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effects("- Dark urine, pale stools or yellow eyes. Stop the tablets and seek medical help.\n", "Dantrolene")
    assert not any(label.startswith(("stop", "seek")) for label in found)


def test_effects_linked_to_another_drug_are_not_the_subjects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = effect_labels("## Long-Term Side Effects\n- Severe chronic diarrhea with weight loss has been linked to "
                          "olmesartan (another ARB), not to this one.\n- Hyperkalemia in kidney disease\n",
                          "Candesartan")
    assert "hyperkalaemia" in found
    assert not any("diarrh" in label or "weight" in label for label in found)


def test_sensations_in_the_throat_count_only_as_known_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Frovatriptan", "Tightness or heaviness in the throat or jaw",
                               "Pressure, pain or heaviness in the neck, jaw or chest")
    assert {"throat tightness", "chest pain", "chest heaviness"} <= found
    assert not found & {"throat heaviness", "neck pressure", "neck heaviness"}


def test_a_course_alone_or_what_another_drug_loses_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Netupitant", "Raised transaminases, usually slight and transient",
                               "Skin rash, reduced efficacy of oral contraceptives and tacrolimus by enzyme induction")
    assert {"skin rash", "transaminases increased"} <= found
    assert not {"transient", "reduced efficacy"} & found
    assert not any("contraceptive" in label for label in found)


def test_effects_linked_mainly_to_another_form_are_not_the_subjects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Aprepitant", "Phlebitis is linked mainly to intravenous fosaprepitant.",
                               "The injectable form, withdrawn from the market long ago, caused anaphylaxis.",
                               "Hiccups")
    assert "hiccups" in found
    assert not {"phlebitis", "anaphylactic reaction", "anaphylaxis"} & found


def test_a_place_before_a_shared_head_borrows_it_and_a_generic_head_lends_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Goserelin", "Hot flashes, neck and shoulder pain, weakness",
                               "Serious skin and allergic reactions")
    assert {"neck pain", "shoulder pain"} <= found
    assert not any(label.startswith(("skin", "cutaneous")) for label in found)


def test_a_setting_keeps_its_bracketed_examples(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Ramipril", "Agranulocytosis, mainly in patients with kidney disease or "
                                           "connective tissue disease (e.g., lupus, scleroderma)")
    assert "agranulocytosis" in found
    assert not any("scleroderma" in label or "lupus" in label for label in found)


def test_a_site_closes_only_the_last_pair(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Clotrimazole", "nausea, upper abdominal pain, and tongue pain or itching at the "
                                               "application site")
    assert {"abdominal pain upper", "application site pain", "application site pruritus"} <= found


def test_what_an_effect_accompanies_its_course_and_dosage_forms_are_no_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Tirzepatide", "Hair thinning can accompany rapid weight loss",
                               "Raynaud's phenomenon, either new or a flare of existing disease",
                               "Contact dermatitis with gels and lotions",
                               "Intraoperative floppy iris syndrome (IFIS) during cataract surgery")
    assert {"alopecia", "rapid weight loss", "raynaud's phenomenon", "intraoperative floppy iris syndrome"} <= found
    assert not any(label.startswith(("accompan", "either", "flare", "gel", "lotion")) or "cataract" in label
                   for label in found)


def test_an_effect_of_an_earlier_drug_or_likened_or_shown_is_not_named(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Atogepant",
                               "An earlier gepant, telcagepant, was dropped because of liver toxicity.",
                               "Pancreatitis, presenting as sudden abdominal pain with vomiting",
                               "Fever and rigidity, resembling neuroleptic malignant syndrome, after abrupt stopping",
                               "Pulmonary aspiration during general anesthesia or deep sedation")
    assert {"pancreatitis", "pyrexia", "pulmonary aspiration"} <= found
    assert not {"hepatotoxicity", "abdominal pain", "vomiting", "neuroleptic malignant syndrome", "sedation",
                "deep sedation"} & found


def test_a_course_or_grade_or_site_in_words_or_a_form_is_no_part_of_a_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Ciclopirox", "New or worsening psychiatric symptoms, such as marked irritability",
                               "Kidney injury or worsening of chronic renal failure",
                               "Burning and irritation where applied; redness with the nail lacquer",
                               "Some people notice hair discoloration")
    assert {"psychiatric symptoms", "irritability", "application site burning", "application site irritation",
            "chronic kidney disease"} <= found
    assert not any(label.startswith(("new", "worsening", "marked", "of ", "notice")) or "lacquer" in label
                   or "where" in label for label in found)


def test_aspects_places_and_explanations_of_an_effect_are_no_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Lasmiditan", "Increased frequency, duration, or severity of angina",
                               "Mild anemia, reflecting small falls in hemoglobin from hemodilution",
                               "Bone fractures, mostly of the upper arm, hand, and foot",
                               "Lasmiditan produced euphoria in abuse studies",
                               "Increased pressure inside the eye")
    assert {"angina pectoris", "anaemia", "bone fractures", "euphoric mood",
            "intraocular pressure increased"} <= found
    assert not {"duration", "severity of angina", "haemoglobin decreased", "foot"} & found
    assert not any("produced" in label for label in found)


def test_a_monographs_site_reaction_in_brackets_is_one_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_effect_labels("Injection-site reactions (soreness, redness, itching), headache")
    assert "headache" in found and any("injection site reaction" in label for label in found)
    assert not {"injection site erythema", "injection site pruritus", "erythema", "pruritus"} & found
    listed = side_effect_labels("Examplumab", "Injection site reactions consisting of erythema and pain")
    assert "injection site erythema" in listed  # (a label's own list reports each term)


def test_effects_rarer_than_on_placebo_and_gene_names_are_not_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Examplumab", "Herpes infections were in fact less common than with placebo.",
                               "Rash, in people carrying the PML-RARA fusion gene")
    assert "rash" in found
    assert not {"herpes", "herpes simplex", "progressive multifocal leukoencephalopathy"} & found


def test_site_reaction_examples_and_who_has_an_effect_more_often(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_effect_labels("Injection-site reactions such as soreness, bruising, or itching, and headache",
                                    "Urinary tract infections, more frequent in women")
    assert {"headache", "urinary tract infection"} <= found
    assert not {"injection site pruritus", "injection site bruising", "more frequent"} & found


def test_an_effect_not_expected_to_be_added_is_denied(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Examplumab", "Because examplumab lacks anticholinergic activity, it is not expected "
                                             "to contribute to cognitive impairment or dementia risk the way older "
                                             "drugs may.", "Dizziness; dry mouth is not expected.")
    assert found == {"dizziness"}


def test_what_a_rash_may_be_instead_and_a_tail_of_form_or_frequency(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Examplumab",
                               "A rash that does not improve may be eczema or psoriasis, and it needs a proper "
                               "diagnosis.",
                               "Nasal crusting and, rarely, nasal septal perforation with the nasal spray",
                               "The main concerns were more atrial fibrillation and bleeding.",
                               "No increase in new-onset diabetes or memory problems was seen.")
    assert {"nasal septal perforation", "atrial fibrillation", "haemorrhage"} <= found
    assert not {"eczema", "psoriasis", "more atrial fibrillation", "new-onset diabetes"} & found
    assert not any(label.endswith(" and") or "diagnosis" in label for label in found)


def test_advice_after_the_effects_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Examplumab", "Bloating, nausea, and loose stools; a low-fat diet helps.")
    assert "nausea" in found
    assert not any("diet" in label for label in found)


def test_a_colon_inside_a_bracket_opens_no_label(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert labelled("Sinusitis (nose symptoms: congestion, discharge), cough") == (
        "", "Sinusitis (nose symptoms: congestion, discharge), cough")
    found = side_effect_labels("Examplumab", "Nasopharyngitis (cold symptoms: sore throat, stuffy nose), influenza")
    assert {"nasopharyngitis", "influenza"} <= found
    assert not any(")" in label for label in found)


def test_who_notices_an_effect_and_where_it_strikes_are_no_part_of_its_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Examplumab", "A few notice mild itching, dryness, or peeling where the gel is applied.",
                               "Allergic reactions affecting the skin, such as hives")
    assert "pruritus" in found
    assert not any("notice" in label or "affecting" in label for label in found)


def test_a_safety_signal_not_shown_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Examplumab", "Very low potassium levels during long-term use have not shown a clear "
                               "safety signal.", "Headache")
    assert "headache" in found
    assert "hypokalemia" not in found


def test_a_monographs_liver_enzymes_in_brackets_are_one_rise(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_effect_labels("Nausea, raised liver enzymes (ALT and AST)")
    assert "nausea" in found and any("enzyme" in label for label in found)
    assert not {"alanine aminotransferase increased", "aspartate aminotransferase increased"} & found


def test_how_long_an_effect_lasts_is_no_part_of_its_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Examplumab", "Cataplexy-like symptoms, such as sudden leg weakness lasting seconds to "
                               "minutes")
    assert "sudden leg weakness" in found
    assert not any("lasting" in label for label in found)


def test_frequency_outcome_and_likeness_words_and_a_falling_value(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Examplumab", "Headache; occasional night terrors and severe anemia occasionally "
                               "needing transfusion", "Spells resembling mild cataplexy (brief muscle weakness)",
                               "Haemoglobin usually falls within the first weeks and then steadies.")
    assert {"headache", "night terrors", "anaemia"} <= found
    assert not any("occasional" in label or "needing" in label for label in found)
    assert not {"cataplexy", "fall"} & found


def test_what_an_effect_hinders_most_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Examplumab", "Blurred vision, especially for reading and other close work")
    assert found == {"vision blurred"}


def test_plus_joins_list_items_and_a_time_of_onset_is_no_part_of_an_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Nalmefene", "Nausea, dizziness, headache, plus vomiting, fatigue.",
                               "Emergence reactions on waking, such as vivid dreams", "Instability on sudden reversal")
    assert {"vomiting", "emergence reactions", "instability"} <= found
    assert not {label for label in found if label.startswith("plus ") or " on " in label}


def test_an_effect_that_has_not_been_a_recognized_problem_is_none(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Conivaptan", "Serious liver injury, a known warning with tolvaptan, has not been a "
                                             "recognized problem with short courses of conivaptan.")
    assert not {label for label in found if "liver" in label or "hepat" in label}


def test_a_lab_value_said_to_rise_is_an_effect_and_how_often_is_no_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Deucravacitinib", "Serum lipase can rise over time, and liver enzymes may increase.",
                               "Dizziness, anemia; pancreatitis and acute kidney injury less often.",
                               "Total cholesterol may fall slightly.")
    assert {"hepatic enzyme increased", "dizziness", "acute kidney injury"} <= found
    assert any("lipase" in label for label in found)
    assert not {label for label in found if label.endswith(" less") or "cholesterol" in label}


@pytest.mark.parametrize(("title", "bullets"), [
    ("Sotagliflozin", ("Problems seen with older agents, such as pancreatitis or bone fractures, have not emerged in "
                       "the trials.",
                       "It has no known effect on the retina, so it would not be expected to cause macular edema.")),
    ("Elacestrant", ("The blood clots and uterine cancers seen with tamoxifen have not been identified with "
                     "elacestrant.",
                     "Achilles tendon rupture and QT prolongation are boxed warnings for fluoroquinolones such as "
                     "levofloxacin; they are not warnings for elacestrant.")),
])
def test_effects_denied_or_put_down_to_another_drug_are_none(lexicon, title, bullets) -> None:  # type: ignore[no-untyped-def]
    assert side_effect_labels(title, *bullets, "Nausea") == {"nausea"}


def test_signs_that_introduce_examples_are_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Olezarsen", "Allergic reactions, with signs such as hives or throat tightness.")
    assert {"hypersensitivity", "urticaria"} <= found
    assert not found & {"signs", "sign"}


def test_a_procedure_as_the_cause_or_the_place_an_effect_is_seen_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Tofersen", "Back pain and headache from the lumbar puncture are frequent.",
                               "Most ARIA episodes are found only on MRI and cause no symptoms, but some bring on "
                               "confusion.", "Fatigue, and ARIA found on routine MRI, which is often silent")
    assert {"back pain", "headache", "confusional state", "amyloid-related imaging abnormalities"} <= found
    assert not {label for label in found if "puncture" in label or "mri" in label or "magnetic" in label}


def test_what_an_effect_does_over_time_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Donanemab", "Areas of superficial siderosis usually persist.")
    assert not {label for label in found if "persist" in label}


def test_effects_no_more_common_than_placebo_are_denied(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Xanomeline/Trospium", "Nausea and dyspepsia were frequent.",
                               "Weight gain and extrapyramidal symptoms were no more common than with placebo.")
    assert "nausea" in found
    assert not found & {"weight increased", "extrapyramidal disorder"}


def test_complications_of_another_therapy_are_not_its_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Crinecerfont", "Headache and fatigue were the most common.",
                               "Weight gain and bone loss are complications of long-term high-dose glucocorticoid "
                               "therapy, which it aims to spare.")
    assert {"headache", "fatigue"} <= found
    assert not found & {"weight increased", "osteoporosis"}


def test_who_an_effect_is_seen_in_is_no_part_of_its_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Crinecerfont",
                               "Fatigue, dizziness, myalgia; in children also abdominal pain, epistaxis.")
    assert {"fatigue", "abdominal pain", "epistaxis"} <= found
    assert not {label for label in found if "children" in label}


def test_symptoms_said_not_to_be_a_side_effect_are_denied(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Etrasimod", "Headache was common.",
                               "Bloody diarrhea and abdominal pain that persist reflect the colitis itself, not a side "
                               "effect of the drug.")
    assert "headache" in found
    assert not found & {"bloody diarrhea", "abdominal pain"}


def test_an_effect_not_considered_a_side_effect_is_denied(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Seladelpar", "Itching was reported less often with it than with placebo, so it is not "
                               "considered a side effect of the drug.", "Nausea was common.")
    assert found == {"nausea"}


def test_who_notices_an_effect_is_no_part_of_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Atogepant", "Nausea and constipation; some people also notice a smaller appetite.")
    assert found == {"nausea", "constipation", "decreased appetite"}


def test_how_many_people_report_an_effect_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Rimegepant", "Dizziness, reported by about one in five users; nausea")
    assert found == {"dizziness", "nausea"}


def test_change_nouns_share_the_complement_after_the_last(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Vismodegib", "Loss, reduction, or alteration of taste; muscle spasms.")
    assert {"ageusia", "hypogeusia", "dysgeusia"} <= found
    assert not found & {"loss", "reduction"}


def test_what_an_effect_is_or_usually_looks_like_is_no_effect_of_its_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Natalizumab", "Herpes infections; PML, a rare brain infection caused by the JC "
                                              "virus; bruising (usually minor bleeding under the skin); headache")
    assert {"progressive multifocal leukoencephalopathy", "headache"} <= found
    assert not found & {"brain infection", "minor bleeding"}


def test_a_time_word_cut_from_its_phrase_is_no_part_of_the_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Ocrelizumab", "Infusion reactions: itching, throat irritation, or flushing during "
                                              "or shortly after the infusion")
    assert "flushing" in found
    assert not any(label.endswith(" during") for label in found)


def test_an_effect_listed_alongside_others_is_named_without_the_joining_word(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Tazemetostat", "Fatigue and pain are the most common, alongside nausea, leg "
                                               "heaviness and decreased appetite.")
    assert {"fatigue", "nausea", "leg heaviness", "decreased appetite"} <= found
    assert not any(label.startswith("alongside") for label in found)


def test_a_cause_other_than_the_drug_and_a_study_lead_are_no_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Tovorafenib", "Headaches also occurred during treatment, although the tumour itself "
                                              "is a common cause.",
                               "Animal studies suggest impaired fertility in both sexes.")
    assert found == {"headache", "infertility"}


def test_a_preposition_cut_from_a_range_is_no_part_of_the_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Nabumetone", "Hepatotoxicity, from raised liver enzymes to, rarely, severe hepatitis")
    assert found == {"hepatotoxicity", "hepatic enzyme increased", "hepatitis"}


def test_a_gloss_the_lexicon_joins_to_a_term_and_a_known_cause_are_no_part_of_the_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Examplinib", "Interstitial lung disease (pneumonitis), fatigue",
                               "Severe diarrhoea, electrolyte loss from prolonged vomiting")
    assert {"interstitial lung disease", "pneumonitis", "fatigue", "diarrhoea", "electrolyte loss"} <= found
    assert not {label for label in found if "lung disease pneumonitis" in label or " from " in label}


def test_a_condition_patients_already_have_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Examplinib", "Poorer control of blood pressure in people who already have "
                                             "hypertension.", "Nausea")
    assert found == {"nausea"}


def test_reactions_where_the_injection_was_given_are_site_reactions(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert side_effect_labels("Examplumab", "Reactions where the injection was given (bruising, redness), "
                                            "headache") == {"injection site reaction", "headache"}
    assert side_effect_labels("Examplumab", "Redness or pain where the shot was given") == {
        "injection site erythema", "injection site pain"}


def test_antibodies_to_the_drug_and_slashed_known_effects_are_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_effect_labels("Anti-drug antibodies may form with long use.",
                                    "Interstitial lung disease (ILD)/pneumonitis, nausea")
    assert found == {"anti-drug antibodies", "interstitial lung disease", "pneumonitis", "nausea"}
    # (a label's immunogenicity text reports antibodies as a test result, no effect)
    assert side_effect_labels("Examplumab", "Anti-drug antibodies developed in 4% of patients.") == set()


def test_effects_put_down_to_another_drug_or_to_the_disease_are_none(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert side_effect_labels("Examplinib", "Low platelet counts are common with the combination but are attributed "
                                            "mainly to cytarabine.", "Nausea") == {"nausea"}
    assert side_effect_labels("Examplinib", "Seizures and developmental delay are features of the disease itself "
                                            "rather than side effects of the drug.", "Headache") == {"headache"}


def test_measures_sharing_a_head_are_each_an_effect_named_in_full(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = side_effect_labels("Examplinib", "Blood tests showed low eosinophil and leukocyte counts, and high "
                                             "potassium and calcium levels.")
    assert found == {"eosinophil count decreased", "white blood cell count decreased", "hyperkalemia",
                     "hypercalcemia"}


def test_autoimmune_diabetes_is_an_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert side_effect_labels("Examplinib", "Hormone problems: hypothyroidism, type 1 diabetes mellitus") >= {
        "type 1 diabetes mellitus"}


def test_the_risk_of_an_effect_is_that_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert side_effect_labels("Examplinib", "Marked neutropenia with a risk of bleeding",
                              "Cumulative infection risk over long courses") == {"neutropenia", "bleeding", "infection"}


def test_who_formed_antibodies_is_no_part_of_the_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert "anti-drug antibodies" in monograph_effect_labels("A few patients formed anti-drug antibodies, without a "
                                                             "clear effect on safety.")


def test_an_effect_said_not_to_be_a_feature_of_the_drug_is_none(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert side_effect_labels("Examplinib", "Seizures, a known risk with bupropion, have not been a major feature of "
                                            "this drug.", "Nausea") == {"nausea"}


def test_two_symptoms_placed_in_the_body_describe_the_effect_before(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert monograph_effect_labels("Peripheral neuropathy (burning or numbness in feet and hands), dizziness") == {
        "neuropathy peripheral", "dizziness"}
