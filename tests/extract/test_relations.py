"""Relation behaviours pinned on sentences written for these tests."""

from __future__ import annotations

import pytest

from extract.model import EntityKind, Relation
from extract.pipeline import extract_document
from extract.reader import parse_post


def edges(body: str, title: str = "Warfarin", meta: dict | None = None) -> set[tuple[str, str]]:
    doc = parse_post(f"{title.lower()}.md", {"title": title, **(meta or {})}, body)
    return {(st.relation.value, st.object.label.lower()) for st in extract_document(doc).statements}


def synonyms(bullets: str, title: str) -> tuple[str, ...]:
    """The synonyms extracted from an Alternate Names section holding ``bullets``."""
    doc = parse_post(f"{title.lower().replace(' ', '-')}.md", {"title": title}, "## Alternate Names\n" + bullets)
    return extract_document(doc).synonyms


def objects(found: set[tuple[str, str]], relation: str) -> set[str]:
    """The object labels of one relation among ``edges`` results."""
    return {label for rel, label in found if rel == relation}


def section_objects(relation: str, title: str, heading: str, *bullets: str) -> set[str]:
    """The object labels of one relation in a monograph of one section holding ``bullets``."""
    return objects(edges(f"## {heading}\n" + "".join(f"- {b}\n" for b in bullets), title=title), relation)


def test_implicit_subject_in_interaction_bullets(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Drug Interactions\n- Taking it with aspirin raises the risk of bleeding.\n")
    assert ("interactsWith", "aspirin") in found


def test_class_list_yields_class_and_members(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Drug Interactions\n- Lowers absorption of certain antibiotics (tetracyclines, quinolones).\n",
                  title="Calcium Carbonate")
    labels = objects(found, "interactsWith")
    assert {"tetracyclines", "quinolones"} <= labels
    assert any("antibacterial" in label or "antibiotic" in label for label in labels)


def test_negated_interaction_is_not_asserted(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Drug Interactions\n- No clinically significant interaction with omeprazole has been shown.\n")
    assert not any(label == "omeprazole" for _, label in found)


def test_other_form_is_not_about_the_subject(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = (
        "## Usage\n- Zinc gluconate is used to treat zinc deficiency.\n"
        "### Clinical Use Cases\n- Magnesium sulfate (not bisglycinate) is used for seizures in eclampsia.\n"
    )
    found = edges(body, title="Magnesium Bisglycinate")
    assert not any(rel == "indicatedFor" and "seizure" in label for rel, label in found)


def test_combinations_are_not_interactions(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Popular Combinations\n- Frequently paired with amlodipine for blood pressure.\n",
                  title="Atorvastatin")
    assert ("combinedWith", "amlodipine") in found
    assert ("interactsWith", "amlodipine") not in found


def test_side_effect_list_items_become_adverse_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Side Effects\n### Common Side Effects\n- Nausea, dizziness, mild stomach upset\n")
    effects = {label for rel, label in found if rel == Relation.HAS_ADVERSE_EFFECT.value}
    assert {"nausea", "dizziness"} <= effects
    assert any("stomach upset" in e or "discomfort" in e or "dyspepsia" in e for e in effects)


def test_contraindication_bullets(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Contraindications\n- Active bleeding\n- Pregnancy\n")
    contra = objects(found, "contraindicatedIn")
    assert "pregnancy" in contra
    assert any("bleeding" in c for c in contra)


def test_monitoring_advice(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Precautions\n- Check the INR regularly during therapy.\n")
    assert any(rel == "monitors" and "inr" in label.lower() for rel, label in found)


def test_questions_are_not_asserted_but_faq_answers_are(lexicon) -> None:  # type: ignore[no-untyped-def]
    meta = {"faqs": [{"q": "Does it interact with rifampin?**\n\n**A:** Yes, rifampin lowers its effect.",
                      "a": "A:** Yes, rifampin lowers its effect."}]}
    found = edges("## Drug Interactions\n- Does it interact with fluconazole?\n", meta=meta)
    assert ("interactsWith", "rifampin") in found
    assert ("interactsWith", "fluconazole") not in found


def test_alternate_names_become_synonyms_but_other_drugs_do_not(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = {s.lower() for s in synonyms("- Coumadin, Jantoven, warfarin sodium\n- Not to be confused with heparin.\n",
                                         "Warfarin")}
    assert {"coumadin", "jantoven", "warfarin sodium"} <= found
    assert "heparin" not in found


def test_every_statement_keeps_its_sentence(lexicon) -> None:  # type: ignore[no-untyped-def]
    doc = parse_post("w.md", {"title": "Warfarin"}, "## Drug Interactions\n- Aspirin adds to the bleeding risk.\n")
    statements = extract_document(doc).statements
    assert statements and all(st.evidence == "Aspirin adds to the bleeding risk." for st in statements)
    assert all(st.section == "interactions" for st in statements)


def test_a_lifted_contraindication_is_not_asserted(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Contraindications\n"
                  "- The contraindication in pregnancy was removed after new safety data.\n"
                  "- It is no longer contraindicated in asthma.\n"
                  "- Gout is not a contraindication.\n"
                  "- Do not use in patients with severe hepatic impairment.\n", title="Metoprolol")
    contraindications = objects(found, "contraindicatedIn")
    assert "severe hepatic impairment" in contraindications
    assert not {"pregnancy", "asthma", "gout"} & contraindications


def test_an_acronym_ending_in_s_is_not_singularised(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not lexicon.lookup("now")  # "NOWS" (neonatal opioid withdrawal syndrome) is not a plural
    assert lexicon.lookup("NOWS")
    assert lexicon.lookup("SSRIs") == lexicon.lookup("SSRI")
    found = edges("## Side Effects\n- Nausea is common; it is now and then followed by headache.\n", title="Methadone")
    assert objects(found, "hasAdverseEffect") == {"nausea", "headache"}


def test_an_effect_phrase_is_not_a_drug_class(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert any(c.kind == EntityKind.DRUG_CLASS for c in lexicon.lookup("diuretics"))
    for phrase in ("diuretic effect", "natriuretic effect", "anesthetic effects"):
        assert not any(c.kind == EntityKind.DRUG_CLASS for c in lexicon.lookup(phrase)), phrase


def test_a_class_name_with_its_acronym_inside_is_the_class(lexicon) -> None:  # type: ignore[no-untyped-def]
    for written, short in (("monoamine oxidase (MAO) inhibitors", "MAO inhibitors"),
                           ("angiotensin converting enzyme (ACE) inhibitors", "ACE inhibitors")):
        assert lexicon.lookup(written) and lexicon.lookup(written) == lexicon.lookup(short), written


def test_class_names_vary_their_head_noun_and_hyphenated_anti(lexicon) -> None:  # type: ignore[no-untyped-def]
    for written, known in (("decongestant drugs", "decongestants"), ("thyroid drugs", "thyroid agents"),
                           ("tricyclic anti-depressants", "tricyclic antidepressants")):
        assert lexicon.lookup(written) and lexicon.lookup(written) == lexicon.lookup(known), written
    assert all(c.kind != EntityKind.DRUG_CLASS for c in lexicon.lookup("warfarin products"))  # drugs do not vary


def test_effect_said_to_belong_to_another_drug_is_not_the_subjects(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Side Effects\n"
            "- Gingival overgrowth, typical of phenytoin, is not caused by lamotrigine.\n"
            "- Hair loss is not a known side effect of lamotrigine.\n"
            "- Dizziness and double vision are common.\n")
    found = edges(body, title="Lamotrigine")
    effects = objects(found, "hasAdverseEffect")
    assert "dizziness" in effects
    assert not any("gingival" in label or "alopecia" in label or "hair" in label for label in effects)


def test_condition_treated_by_another_therapy_is_no_indication(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n"
            "- Ondansetron is used to prevent nausea and vomiting in people receiving chemotherapy for breast "
            "cancer or lung cancer, and during radiotherapy for head and neck tumors.\n"
            "- It also treats postoperative nausea.\n")
    found = edges(body, title="Ondansetron")
    indications = objects(found, "indicatedFor")
    assert any("nausea" in label for label in indications)
    assert not any("cancer" in label or "tumor" in label for label in indications)


def test_body_parts_in_a_side_effect_list_are_not_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Side Effects\n### Common Side Effects\n"
            "- Pins and needles in the fingers, tightness in the neck, chest, or jaw, serious kidney, lung, "
            "and liver toxicity, a very fast heartbeat\n")
    found = edges(body, title="Zolmitriptan")
    effects = objects(found, "hasAdverseEffect")
    assert any("paresthesia" in label or "paraesthesia" in label for label in effects)
    assert not effects & {"chest", "jaw", "neck", "lung", "liver", "kidney", "pins", "needles", "very fast"}


def test_brands_of_another_form_of_the_same_moiety_are_synonyms(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- Lithobid (extended-release), Eskalith (discontinued) (brand names)\n"
                     "- Novaplex and Carbolith Forte (brand names)\n", "Lithium Carbonate")
    assert {"lithobid", "eskalith", "novaplex", "carbolith forte"} <= {name.lower() for name in found}


def test_indication_keeps_its_cause_and_skips_subgroups(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n"
            "- Levofloxacin is prescribed for bacterial sinusitis and infectious diarrhea, particularly in "
            "patients with diabetes or kidney disease.\n")
    found = edges(body, title="Levofloxacin")
    indications = objects(found, "indicatedFor")
    assert "infectious diarrhea" in indications
    assert "diarrhea" not in indications
    assert not any("diabet" in label or "kidney" in label for label in indications)


def test_items_naming_a_drug_use_are_no_contraindication(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Contraindications\n"
            "- Severe liver disease, or with a strong CYP3A4 inhibitor or within 2 weeks of stopping one\n")
    found = edges(body, title="Eletriptan")
    contra = objects(found, "contraindicatedIn")
    assert any("liver" in label or "hepatic" in label for label in contra)
    assert not any(label.startswith(("with", "within")) for label in contra)


def test_dose_limits_tied_to_other_drugs_are_interactions(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Dosage\n### Dosage Adjustments\n"
            "- Do not exceed 10 mg daily with diltiazem or verapamil; avoid with ketoconazole.\n"
            "- Take with food; usual range 5-40 mg daily.\n")
    found = edges(body, title="Lovastatin")
    partners = objects(found, "interactsWith")
    assert {"diltiazem", "verapamil", "ketoconazole"} <= partners
    assert "food" not in partners


def test_risk_factors_aliases_and_other_drugs_warnings_are_no_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Side Effects\n"
            "- Severe rash (more likely with rapid dose increases, liver impairment, or valproate), headache\n"
            "- Drug reaction with eosinophilia and systemic symptoms (DRESS, also called multiorgan "
            "hypersensitivity), aseptic meningitis\n"
            "- The boxed warning about sudden death applies to carbamazepine, not to lamotrigine.\n")
    found = edges(body, title="Lamotrigine")
    effects = objects(found, "hasAdverseEffect")
    assert {"headache"} <= effects and any("meningitis" in label for label in effects)
    assert not any("liver" in label or "hepatic" in label for label in effects)
    assert not any("called" in label or "sudden death" in label for label in effects)


def test_denied_contraindications_typicality_and_small_changes_assert_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Contraindications\n- Mild asthma and old age are not contraindications, but call for care.\n"
            "## Side Effects\n- Drowsiness is common. Hair loss is not typical.\n"
            "- Gum overgrowth is typical of phenytoin, not of pregabalin.\n"
            "## Drug Interactions\n- Antacids slightly lower its absorption, but the change is too small to "
            "matter.\n")
    found = edges(body, title="Pregabalin")
    assert not any(rel == "contraindicatedIn" and "asthma" in label for rel, label in found)
    effects = objects(found, "hasAdverseEffect")
    assert any("somnolence" in label or "drowsiness" in label for label in effects)
    assert not any("alopecia" in label or "hair" in label or "gingival" in label or "gum" in label
                   for label in effects)
    assert not any(rel == "interactsWith" and "antacid" in label for rel, label in found)


def test_indications_need_a_cue_in_their_own_clause_and_no_other_treater(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Clinical Use Cases\n"
            "- **Toxicity:** Amiodarone lung toxicity can progress to pulmonary fibrosis; stop the drug and treat "
            "the inflammation, usually with corticosteroids.\n"
            "- It is used to treat ventricular fibrillation, together with lidocaine in some protocols, and "
            "to prevent atrial fibrillation after cardiac surgery.\n")
    found = edges(body, title="Amiodarone")
    indications = objects(found, "indicatedFor")
    assert any("ventricular" in label for label in indications)
    assert any(label == "atrial fibrillation" for label in indications)
    assert not any("fibrosis" in label or "inflammation" in label or "surgery" in label for label in indications)


def test_uses_and_caused_harms_in_a_contraindication_are_not_contraindications(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Contraindications\n"
            "- Pregnancy, when leflunomide is used for non-cancer conditions such as lupus or psoriatic arthritis\n"
            "- Severe hepatic impairment for non-transplant uses\n"
            "## Pregnancy and Breastfeeding\n"
            "- Leflunomide can cause miscarriage and birth defects, so it must not be used in pregnancy.\n")
    found = edges(body, title="Leflunomide")
    contra = objects(found, "contraindicatedIn")
    assert "pregnancy" in contra
    assert not any(word in label for label in contra
                   for word in ("lupus", "arthritis", "cancer", "miscarriage", "abortion", "birth defect"))
    assert not any("non-transplant" in label or "uses" in label for label in contra)


def test_denials_comparisons_and_animal_findings_assert_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Side Effects\n- Headache is common. Liver tumors appeared in mice given huge doses.\n"
            "- Long-term use has not been shown to cause lasting hearing loss.\n"
            "## Contraindications\n- Hypersensitivity. Asthma and kidney disease do not by themselves rule out its "
            "use.\n"
            "## Monitoring\n- Routine clotting tests such as the prothrombin time are not useful here.\n"
            "## Pregnancy and Breastfeeding\n- It is the preferred choice during pregnancy; use in breastfeeding is "
            "contraindicated.\n"
            "## Drug Interactions\n- It is preferred over cimetidine in these patients. It can cause false-positive "
            "urine screens for amphetamine.\n")
    found = edges(body, title="Famotidine")
    effects = objects(found, "hasAdverseEffect")
    assert "headache" in effects
    assert not any("tumor" in label or "neoplasm" in label or "hearing" in label for label in effects)
    contra = objects(found, "contraindicatedIn")
    assert any("breast" in label or "lactation" in label for label in contra)
    assert not any("asthma" in label or "kidney" in label or "renal" in label or "pregnan" in label
                   for label in contra)
    assert not any(rel == "monitors" and "prothrombin" in label for rel, label in found)
    partners = objects(found, "interactsWith")
    assert not partners & {"cimetidine", "amphetamine", "amphetamines"}


def test_a_condition_from_a_failed_trial_or_that_patients_developed_is_no_contraindication(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Contraindications\n- A trial of tadalafil for preeclampsia was stopped after treated mothers "
            "developed hypotension, so it should not be used for that purpose.\n")
    found = edges(body, title="Tadalafil")
    assert not any(rel == "contraindicatedIn" and ("preeclampsia" in label or "hypotension" in label)
                   for rel, label in found)


def test_another_drugs_hallmarks_harms_and_outcomes_are_not_the_subjects(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n- Finasteride is prescribed for benign prostatic hyperplasia. Because it causes birth "
            "defects, pregnant women must not handle it. It lowers mortality in no one.\n"
            "- It is also used for hair loss in ventilated patients.\n"
            "## Side Effects\n- Gynecomastia is a hallmark of spironolactone and is uncommon with finasteride.\n"
            "- Tinnitus has not been linked to finasteride.\n"
            "- Reduced libido and erectile dysfunction are the most frequent.\n"
            "## Contraindications\n- Hypersensitivity to finasteride, to other 5-alpha reductase inhibitors, or to "
            "any component of the product\n")
    found = edges(body, title="Finasteride")
    indications = objects(found, "indicatedFor")
    assert any("prostatic" in label for label in indications)
    assert not any("birth" in label or "congenital" in label or "ventilat" in label or "death" in label
                   for label in indications)
    effects = objects(found, "hasAdverseEffect")
    assert any("libido" in label for label in effects)
    assert not any("gynecomastia" in label or "tinnitus" in label or "frequent" in label for label in effects)
    contra = objects(found, "contraindicatedIn")
    assert not any(label.startswith("to ") for label in contra)


def test_a_condition_caused_by_a_therapy_is_its_own_indication(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = "## Usage\n- Granisetron prevents nausea and vomiting caused by highly emetogenic chemotherapy.\n"
    found = edges(body, title="Granisetron")
    indications = objects(found, "indicatedFor")
    assert "chemotherapy-induced nausea and vomiting" in indications
    assert "nausea and vomiting" not in indications


def test_electrolytes_in_a_monitoring_list_are_lab_values(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = "## Drug Profile Summary\n- **Monitoring Parameters:** ECG, serum potassium and magnesium, weight.\n"
    found = edges(body, title="Dofetilide")
    monitors = objects(found, "monitors")
    assert any("magnesium" in label for label in monitors)


def test_a_graded_effect_is_not_repeated_without_its_grade(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Side Effects\n### Rare but Serious Side Effects\n"
            "- QT prolongation, severe skin reactions such as toxic epidermal necrolysis, pancreatitis\n")
    doc = parse_post("x.md", {"title": "Erythromycin"}, body)
    surfaces = [st.surface for st in extract_document(doc).statements if st.relation == Relation.HAS_ADVERSE_EFFECT]
    assert "severe skin reactions" in surfaces
    assert "skin reactions" not in surfaces


def test_class_hallmarks_no_benefit_and_dose_steps_are_not_read_as_relations(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Side Effects\n- The dry cough typical of ACE inhibitors occurs with valsartan at about placebo "
            "rates. Dizziness is common.\n"
            "## Clinical Use Cases\n- A trial in sepsis found no benefit from valsartan, so it is not used to treat "
            "sepsis.\n"
            "## Dosage\n### Dosage Adjustments\n- Risk reduction with heart failure: 40 mg twice daily, then add "
            "hydrochlorothiazide as needed.\n"
            "## Drug Interactions\n- Fluoxetine does not meaningfully alter valsartan exposure.\n")
    found = edges(body, title="Valsartan")
    assert not any(rel == "hasAdverseEffect" and "cough" in label for rel, label in found)
    assert not any(rel == "indicatedFor" and "sepsis" in label for rel, label in found)
    partners = objects(found, "interactsWith")
    assert not partners & {"hydrochlorothiazide", "fluoxetine"}


def test_risks_and_risk_factors_in_a_use_sentence_are_not_indications(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Clinical Use Cases\n- Because of the risk of serious liver injury, it should be kept for "
            "tuberculosis patients who cannot take other drugs.\n"
            "- Used for stress ulcer prophylaxis in patients with bleeding risk factors such as coagulopathy.\n")
    found = edges(body, title="Rifapentine")
    indications = objects(found, "indicatedFor")
    assert not any("liver" in label or "hepat" in label or "coagul" in label or "bleeding" in label
                   for label in indications)


def test_advice_to_watch_for_symptoms_and_raised_levels_are_no_monitoring_plan(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Dosage\n### Special Cases\n- Elderly: plasma levels average about 40% higher; start low and watch "
            "for dizziness and falls.\n"
            "## Side Effects\n- Weight loss is not an expected effect; it usually raises body weight.\n"
            "## Drug Interactions\n- Cimetidine raised exposure by about 10%, which is not clinically significant.\n")
    found = edges(body, title="Terazosin")
    assert not any(rel == "monitors" for rel, _ in found)
    assert not any(rel == "hasAdverseEffect" and "weight" in label and ("loss" in label or "decrease" in label)
                   for rel, label in found)
    assert not any(rel == "interactsWith" and label == "cimetidine" for rel, label in found)


def test_rather_than_the_subject_non_classes_and_study_negations(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Side Effects\n- Headache is common. Dizziness seen in combination trials is attributable to the "
            "alpha-blocker rather than to dutasteride.\n"
            "## Drug Profile Summary\n- **Pharmacological Classification:** Calcium Channel Blocker "
            "(Non-Dihydropyridine)\n"
            "## Drug Interactions\n- Studies with ketoconazole and cimetidine found no clinically significant "
            "interaction.\n")
    found = edges(body, title="Dutasteride")
    effects = objects(found, "hasAdverseEffect")
    assert "headache" in effects and "dizziness" not in effects
    assert not any(rel == "memberOf" and "dihydropyridine" in label and "non" not in label for rel, label in found)
    assert not any(rel == "interactsWith" for rel, _ in found)


def test_specific_indications_stay_apart_from_the_broader_ones(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n"
            "- Everolimus is used to prevent rejection after a kidney transplant or a liver transplant.\n"
            "- Olanzapine treats acute mania and bipolar depression; statins treat mixed dyslipidemia.\n")
    found = edges(body, title="Everolimus")
    indications = objects(found, "indicatedFor")
    assert {"kidney transplantation", "liver transplantation"} <= indications
    for narrow in ("kidney transplant", "acute mania", "bipolar depression", "mixed dyslipidemia"):
        (concept,) = [c for c in lexicon.lookup(narrow) if c.kind == EntityKind.CONDITION]
        assert concept.label.lower() not in ("organ transplantation", "bipolar disorder", "hyperlipidemia"), narrow


def test_part_of_a_class_name_spelt_out_before_its_acronym_is_no_class(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Drug Profile Summary\n"
            "- **Pharmacological Classification:** Antidepressant, Norepinephrine-Dopamine Reuptake Inhibitor "
            "(NDRI), Serotonin Antagonist and Reuptake Inhibitor (SARI)\n")
    classes = objects(edges(body, title="Examplazone"), "memberOf")
    assert "antidepressants" in classes
    assert not {"dopamine reuptake inhibitors", "dopamine reuptake inhibitor", "serotonin antagonists",
                "serotonin antagonist"} & classes


def test_a_chemical_name_with_a_locant_comma_is_one_synonym(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert synonyms("- Cafcit, 1,3,7-trimethylxanthine, Vivarin-2\n", "Caffeine") == (
        "Cafcit", "1,3,7-trimethylxanthine", "Vivarin-2")


def test_a_disease_named_as_the_setting_of_an_effect_is_no_effect(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Side Effects\n### Rare but Serious Side Effects\n"
            "- Seizures, severe hypertension, hallucinations, higher fasting glucose in diabetes, mania in people "
            "with bipolar disorder, floppy iris during cataract surgery, angina in obstructive coronary artery "
            "disease\n")
    effects = objects(edges(body, title="Examplazone"), "hasAdverseEffect")
    assert {"seizure", "hallucination", "mania"} <= effects
    assert not effects & {"diabetes", "diabetes mellitus", "bipolar disorder", "cataract", "cataracts",
                          "coronary artery disease"}


def test_coordinated_modifiers_share_the_head_of_an_indication(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n"
            "- Sirolimus is prescribed to prevent rejection in people who received a kidney, liver, or heart "
            "transplant.\n"
            "- It also treats oropharyngeal and esophageal candidiasis in trials.\n")
    indications = objects(edges(body, title="Sirolimus"), "indicatedFor")
    assert {"kidney transplantation", "liver transplantation", "heart transplantation"} <= indications
    assert {"oropharyngeal candidiasis", "esophageal candidiasis"} <= indications


def test_statements_that_something_is_no_contraindication_of_the_subject(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Contraindications\n"
            "- Hypersensitivity to the drug.\n"
            "- Epilepsy or severe hepatic impairment is not a contraindication, but either calls for closer "
            "follow-up and, in hepatic impairment, a lower dose.\n"
            "- Lactic acidosis and severe renal impairment are contraindications of the combination tablets that "
            "come from their metformin component.\n")
    contraindications = objects(edges(body, title="Examplagliptin"), "contraindicatedIn")
    assert any("hypersensitivity" in c for c in contraindications)
    assert not {"epilepsy", "hepatic impairment", "severe hepatic impairment", "lactic acidosis",
                "severe renal impairment", "renal impairment"} & contraindications


def test_a_use_said_to_be_not_recommended_is_no_indication(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Clinical Use Cases\n"
            "- Haloperidol is used for acute agitation in schizophrenia.\n"
            "- Routine use of antipsychotics, including haloperidol, to prevent or treat delirium is not "
            "recommended.\n")
    indications = objects(edges(body, title="Haloperidol"), "indicatedFor")
    assert "delirium" not in indications


def test_an_effect_that_has_not_appeared_with_the_subject_is_not_asserted(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Side Effects\n### Rare but Serious Side Effects\n"
            "- The pancreatitis signal seen with older agents has not appeared with this drug.\n")
    assert "pancreatitis" not in objects(edges(body, title="Examplagliptin"), "hasAdverseEffect")


def test_forms_of_an_effect_and_its_consequences_are_not_effects(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Side Effects\n### Rare but Serious Side Effects\n"
            "- Acute pancreatitis, including fatal hemorrhagic or necrotizing forms; acute kidney injury, "
            "sometimes requiring dialysis; bullous pemphigoid.\n")
    effects = objects(edges(body, title="Examplagliptin"), "hasAdverseEffect")
    assert {"pancreatitis", "bullous pemphigoid"} <= {e.removeprefix("acute ") for e in effects}
    assert not any("form" in e or "requiring" in e for e in effects)


def test_side_effect_items_that_are_clauses(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Side Effects\n### Long-Term Effects\n"
            "- Nausea, headache, spinal hematoma, which can cause permanent paralysis, suicidal thoughts or "
            "behavior, and, very rarely, liver failure.\n"
            "- Total cholesterol may fall slightly.\n")
    effects = objects(edges(body, title="Examplazone"), "hasAdverseEffect")
    assert "permanent paralysis" in effects or "paralysis" in effects
    assert not any(word in e for e in effects for word in ("can cause", "may fall", "cholesterol", "very rarely"))
    assert "behavior" not in effects


def test_a_hypothesis_in_one_monitoring_item_does_not_cover_the_next(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Drug Profile Summary\n"
            "- **Monitoring Parameters:** Weight, liver function tests if hepatitis is suspected, serum sodium in "
            "older adults, blood glucose in diabetes, and INR with warfarin.\n"
            "- **Monitoring Parameters:** No routine ECG, blood pressure.\n")
    monitored = objects(edges(body, title="Examplazone"), "monitors")
    assert {"serum sodium", "blood glucose", "inr", "blood pressure"} <= monitored
    assert not any("ecg" in m for m in monitored)


def test_symptoms_given_as_examples_of_an_indication_are_not_indications(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n"
            "- Alfuzosin is prescribed to relieve the signs and symptoms of benign prostatic hyperplasia, such as "
            "hesitancy, nocturia and frequent urination.\n"
            "- It has not been studied in people with a history of pancreatitis.\n")
    indications = objects(edges(body, title="Alfuzosin"), "indicatedFor")
    assert "benign prostatic hyperplasia" in indications
    assert not indications & {"hesitancy", "nocturia", "frequent urination", "pancreatitis", "sign and symptom"}


def test_a_clause_naming_an_earlier_brand_gives_a_synonym(lexicon) -> None:  # type: ignore[no-untyped-def]
    bullets = ("- Examplor (brand name); Oldbrandix was an earlier US brand that is no longer marketed\n"
               "- Carvedilol (Coreg) also blocks both receptors, but it is a separate medicine, not another brand.\n"
               "- Capsulix, Tabletix (brand names; Capsulix capsules are discontinued)\n")
    assert synonyms(bullets, "Examplazole") == ("Examplor", "Oldbrandix", "Capsulix", "Tabletix")


def test_not_shown_to_treat_and_needed_for_another_drug(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Clinical Use Cases\n"
            "- Rivastigmine is used for dementia in Parkinson's disease.\n"
            "- Cholinesterase inhibitors have not been shown to prevent or treat delirium in critically ill "
            "patients.\n"
            "## Monitoring\n"
            "- Weight and heart rate. Visual acuity testing is needed for ethambutol, not for rivastigmine.\n")
    found = edges(body, title="Rivastigmine")
    assert "delirium" not in objects(found, "indicatedFor")
    assert not any("visual" in m for m in objects(found, "monitors"))


def test_a_harm_named_as_another_drugs_risk_and_a_use_it_does_little_for(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n- Tolterodine treats overactive bladder.\n"
            "- It does little for bedwetting alone; a bedwetting alarm is the first-line treatment.\n"
            "## Side Effects\n### Rare but Serious Side Effects\n"
            "- Liver injury is a recognized risk of dantrolene, which needs liver tests; this drug does not.\n"
            "- Dry mouth and constipation are common.\n")
    found = edges(body, title="Tolterodine")
    assert objects(found, "indicatedFor") == {"overactive bladder"}
    effects = objects(found, "hasAdverseEffect")
    assert "dry mouth" in effects
    assert not any("liver" in e or "hepat" in e for e in effects)


def test_bracketed_acronyms_and_forms_and_names_used_abroad_are_synonyms(lexicon) -> None:  # type: ignore[no-untyped-def]
    bullets = ("- Examplix (examplazole sodium, EXS)\n"
               "- Examplazole acid (EXA), the active moiety\n"
               "- Procardix (US brand name); Adalix and Adalix LA are the names used in many other countries\n"
               "- Azathioprine (AZA) is a different drug and not a form of examplazole\n")
    found = set(synonyms(bullets, "Examplazole"))
    assert {"Examplix", "examplazole sodium", "EXS", "EXA", "Procardix", "Adalix", "Adalix LA"} <= found
    assert not {"AZA", "Azathioprine"} & found


def test_an_acid_and_its_salt_are_one_moiety() -> None:
    from extract.rules.clinical import same_moiety

    assert same_moiety("Mycophenolate mofetil", "Mycophenolic acid")
    assert same_moiety("Valproic acid", "Valproate sodium")
    assert not same_moiety("Lithium", "Lisinopril")
    assert not same_moiety("Acetic acid", "Acetate")  # stems too short to trust


def test_a_use_no_longer_acceptable_and_severe_hypertension_in_pregnancy(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Clinical Use Cases\n"
            "- **Emergency Situations:** Capsules given under the tongue for a hypertensive emergency are no "
            "longer acceptable. The exception is acute severe hypertension in pregnancy, where oral "
            "nifedipine is a first-line option.\n")
    indications = objects(edges(body, title="Nifedipine"), "indicatedFor")
    assert "severe hypertension in pregnancy" in indications
    assert not indications & {"hypertensive crisis", "hypertensive emergency"}


def test_a_combination_partners_contraindications_are_not_the_subjects(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Contraindications\n- Hypersensitivity to the drug.\n"
            "- Products that combine it with samidorphan carry that partner's contraindications as well, such as "
            "opioid use.\n")
    contraindications = objects(edges(body, title="Olanzapine"), "contraindicatedIn")
    assert not any("opioid" in c or "product" in c for c in contraindications)


def test_a_named_cause_makes_a_narrower_indication(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n- Micafungin is prescribed for Candida peritonitis and Candida urinary tract infections.\n"
            "- Ertapenem is prescribed for anaerobic bacterial infections.\n")
    indications = objects(edges(body, title="Micafungin"), "indicatedFor")
    assert {"candida peritonitis", "candida urinary tract infections"} <= indications
    assert "urinary tract infection" not in indications


def test_body_fluids_new_and_what_a_cause_promotes(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Side Effects\n### Common Side Effects\n"
            "- Harmless red discoloration of urine, sweat, saliva, and tears, nausea, rash.\n"
            "- New or worsening hypertension; stroke.\n"
            "### Long-Term Effects\n- Chronic dry mouth promotes dental caries.\n")
    effects = objects(edges(body, title="Examplazone"), "hasAdverseEffect")
    assert "dental caries" in effects
    assert not effects & {"sweat", "saliva", "tears", "tear", "new", "promotes dental caries"}


def test_kin_classes_unrecognised_effects_and_symptoms_of_a_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n- Etodolac relieves pain, stiffness, and swelling from osteoarthritis.\n"
            "- It is occasionally used for gout, but its anticholinergic effects can contribute to delirium.\n"
            "## Side Effects\n### Common Side Effects\n- Nausea and dyspepsia.\n"
            "- Weight gain is not a recognized effect.\n"
            "## Drug Profile Summary\n- **Pharmacological Classification:** NSAID, structurally related to the "
            "tricyclic antidepressants\n")
    found = edges(body, title="Etodolac")
    assert objects(found, "indicatedFor") >= {"osteoarthritis"}
    assert not objects(found, "indicatedFor") & {"pain", "stiffness", "swelling", "edema",
                                                                     "delirium"}
    assert "weight gain" not in objects(found, "hasAdverseEffect")
    assert not any("tricyclic" in c or c == "tcas" for c in objects(found, "memberOf"))


def test_a_salt_filed_under_another_entry_is_still_the_subject(lexicon) -> None:  # type: ignore[no-untyped-def]
    # the lexicon files "levothyroxine sodium" and its brands under thyroxine, a separate entry
    body = ("## Alternate Names\n- Synthroid, Levoxyl (brands); levothyroxine sodium\n"
            "## Drug Interactions\n- Sucralfate binds levothyroxine sodium in the gut.\n")
    doc = parse_post("levothyroxine.md", {"title": "Levothyroxine"}, body)
    extraction = extract_document(doc)
    assert {"synthroid", "levoxyl", "levothyroxine sodium"} <= {s.lower() for s in extraction.synonyms}
    pairs = {(st.subject.label.lower(), st.object.label.lower()) for st in extraction.statements
             if st.relation == Relation.INTERACTS_WITH}
    assert pairs == {("levothyroxine", "sucralfate")}


def test_also_called_introduces_a_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert synonyms("- Clopidogrel bisulfate, also called clopidogrel hydrogen sulfate\n", "Clopidogrel") == (
        "Clopidogrel bisulfate", "clopidogrel hydrogen sulfate")


def test_a_use_it_must_not_be_given_for_is_no_indication(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Usage\n- It is used to treat hypothyroidism.\n"
                  "- It must not be used to treat obesity or to help weight loss.\n", title="Levothyroxine")
    assert objects(found, "indicatedFor") == {"hypothyroidism"}


def test_with_or_without_marks_a_feature_not_a_use_and_negates_nothing_after(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Usage\n- It is approved for panic disorder with or without agoraphobia, social anxiety "
                  "disorder, and premenstrual dysphoric disorder.\n", title="Paroxetine")
    assert {"panic disorder", "social anxiety disorder", "premenstrual dysphoric disorder"} <= objects(
        found, "indicatedFor")
    assert "agoraphobia" not in objects(found, "indicatedFor")


def test_with_or_without_a_drug_makes_it_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Drug Interactions\n- Clearance doubles in patients taking phenytoin with or without "
                  "other enzyme-inducing drugs such as primidone.\n", title="Tiagabine")
    assert objects(found, "interactsWith") == {"phenytoin"}


def test_edema_a_diuretic_relieves_is_a_use_and_its_causes_are_not(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Usage\n- It is prescribed to relieve edema caused by heart failure.\n"
                  "- It is also used, together with a low-salt diet, to treat high blood pressure.\n",
                  title="Torsemide")
    assert {"edema", "hypertension"} <= objects(found, "indicatedFor")
    assert "heart failure" not in objects(found, "indicatedFor")


def test_the_illness_a_pain_follows_is_no_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Usage\n- It is prescribed for postherpetic neuralgia (nerve pain that persists after "
                  "shingles).\n", title="Pregabalin")
    assert "herpes zoster" not in objects(found, "indicatedFor")


def test_narrower_thyroid_indications_keep_their_names(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Usage\n- It is used to treat hypothyroidism, congenital hypothyroidism in newborns, and "
                  "myxedema coma.\n", title="Levothyroxine")
    assert {"hypothyroidism", "congenital hypothyroidism", "myxedema coma"} <= objects(found, "indicatedFor")


def test_pattern_hair_loss_keeps_its_sex(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Usage\n- Off-label, it is used for female pattern hair loss.\n", title="Spironolactone")
    assert objects(found, "indicatedFor") == {"female pattern hair loss"}
    found = edges("## Usage\n- It is used to treat male pattern hair loss.\n", title="Finasteride")
    assert objects(found, "indicatedFor") == {"androgenetic alopecia"}


def test_a_graded_contraindication_is_not_also_claimed_ungraded(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Contraindications\n- Known allergy, severe hepatic or renal impairment, severe heart failure\n",
                  title="Buspirone")
    contra = objects(found, "contraindicatedIn")
    assert {"severe hepatic impairment", "severe renal impairment", "severe heart failure"} <= contra
    assert not contra & {"renal impairment", "kidney disease", "heart failure", "hepatic impairment"}


def test_symptoms_effects_and_other_drugs_uses_are_not_indications(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Usage\n- It is prescribed to relieve the pain, swelling, and stiffness of osteoarthritis.\n"
                  "- It is used for muscle spasm, although its sedative and anticholinergic effects can contribute "
                  "to delirium.\n"
                  "- Overdose causes toxicity (tachycardia, seizures), and sodium bicarbonate is used for "
                  "conduction abnormalities.\n", title="Cyclobenzaprine")
    assert objects(found, "indicatedFor") == {"osteoarthritis", "muscle spasm"}


def test_a_bracket_inside_a_condition_name_keeps_the_whole_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Usage\n- It is used to prevent chest pain in vasospastic (Prinzmetal's) angina.\n",
                  title="Nifedipine")
    assert "variant angina" in objects(found, "indicatedFor")


def test_where_a_name_is_sold_is_not_part_of_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert synonyms("- Morphine sulfate; morphine hydrochloride in some countries\n", "Morphine") == (
        "Morphine sulfate", "morphine hydrochloride")


def test_lowering_the_risk_of_an_illness_is_a_use_and_its_features_are_not(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Usage\n- In adults it also lowers the risk of stroke in atrial fibrillation, and slows the "
                  "progression of diabetic kidney disease with albuminuria.\n", title="Exemplapril")
    indications = objects(found, "indicatedFor")
    assert {"stroke", "atrial fibrillation"} <= indications
    assert "albuminuria" not in indications


def test_given_or_taken_for_names_a_use_and_a_described_bracket_does_not(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Usage\n- It is an antifungal taken by mouth for onychomycosis (fungal infection of the "
                  "toenails) and given as granules for tinea capitis (scalp ringworm). It also lowers the chance of "
                  "recurrence after surgery for ductal carcinoma in situ (DCIS).\n", title="Exemplafine")
    indications = objects(found, "indicatedFor")
    assert {"onychomycosis", "tinea capitis", "ductal carcinoma in situ"} <= indications
    assert not {"fungal infections", "tinea infections"} & indications


def test_a_use_treated_with_the_subject_in_clinical_notes(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Clinical Use Cases\n- Myxedema coma is treated with intravenous levothyroxine, given with "
                  "intravenous hydrocortisone until coexisting adrenal insufficiency has been excluded.\n"
                  "- Severe poisoning is treated with intravenous fluids and hemodialysis.\n", title="Levothyroxine")
    assert objects(found, "indicatedFor") == {"myxedema coma"}


def test_the_course_written_before_a_use_is_one_of_its_names(lexicon) -> None:  # type: ignore[no-untyped-def]
    doc = parse_post("metoprolol.md", {"title": "Metoprolol"},
                     "## Usage\n- It is prescribed to reduce attacks of chronic stable angina pectoris.\n")
    extraction = extract_document(doc)
    assert any(text == "chronic stable angina pectoris" for _, text in extraction.surface_forms)


def test_a_labelled_verdict_provisos_and_another_drugs_use_in_contraindications(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Contraindications\n"
            "- Older adults with dementia-related psychosis: not recommended, since deaths rose in trials\n"
            "- Pheochromocytoma, unless blood pressure is watched for a hypertensive crisis\n"
            "- Taking an MAOI for depression now or in the last two weeks\n"
            "- Use of an MAOI intended to treat anxiety, or within 14 days of stopping one\n")
    contra = objects(edges(body, title="Quetiapine"), "contraindicatedIn")
    assert "dementia-related psychosis" in contra and "pheochromocytoma" in contra
    assert not any(word in label for label in contra for word in ("recommended", "hypertensi", "depressi", "anxiety"))


def test_monitoring_items_the_list_names_and_what_prompts_a_check(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Drug Profile Summary\n- **Monitoring Parameters:** Full blood count weekly, troponin and C-reactive "
            "protein monthly, and serum lactate if unexplained nausea, vomiting, or acidosis develops.\n")
    watched = objects(edges(body, title="Metformin"), "monitors")
    assert {"troponin", "c-reactive protein", "lactate"} <= watched
    assert not any(" and " in label or "vomit" in label or "acidosis" in label for label in watched)


def test_licensed_uses_and_broad_disease_groups_are_indications(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n- In several countries it is also licensed for stable heart failure, and for rheumatic "
            "disorders and severe allergic conditions.\n")
    uses = objects(edges(body, title="Examplol"), "indicatedFor")
    assert {"heart failure", "rheumatic diseases", "allergic conditions"} <= uses


def test_a_dosing_bullet_labelled_with_a_condition_names_a_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Dosage\n- Raynaud's phenomenon: 1 mg twice daily.\n- Renal impairment: 1 mg once daily.\n"
            "- Most infections: 2 mg daily.\n- Prophylaxis in bone marrow transplantation: 4 mg daily.\n")
    uses = objects(edges(body, title="Examplosin"), "indicatedFor")
    assert uses == {"raynaud's phenomenon"}


def test_graded_items_adverbs_and_dosage_forms_in_a_contraindication_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Contraindications\n- Taking any nitrate, daily or occasionally\n"
            "- Recent stroke, unstable angina, or NYHA class III or higher heart failure\n"
            "- The chewable tablets in phenylketonuria\n")
    contra = objects(edges(body, title="Examplafil"), "contraindicatedIn")
    assert {"unstable angina", "phenylketonuria"} <= contra
    assert not any(label in ("occasionally", "higher heart failure", "nyha class iii", "chewable tablets")
                   for label in contra)


def test_an_umbrella_word_before_its_specific_uses_is_no_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n- It is prescribed for infections caused by herpes viruses, including genital herpes, and "
            "the injection treats serious infections such as herpes simplex encephalitis.\n")
    uses = objects(edges(body, title="Examplovir"), "indicatedFor")
    assert {"genital herpes", "herpes simplex encephalitis"} <= uses
    assert not any("infection" in use for use in uses)


def test_kinds_of_pneumonia_and_skin_infection_are_uses_of_their_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n- It is used for community-acquired pneumonia, nosocomial pneumonia, and uncomplicated skin "
            "and skin structure infections, including VRE infections.\n")
    uses = objects(edges(body, title="Examplomycin"), "indicatedFor")
    assert {"community-acquired pneumonia", "hospital-acquired pneumonia",
            "uncomplicated skin and skin structure infections", "vancomycin-resistant enterococcal infections"} <= uses


def test_receptor_status_is_no_other_drug_and_stages_are_uses_of_their_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n- It is prescribed for women with hormone receptor-positive early breast cancer. It is also "
            "a first-line option for advanced or metastatic breast cancer, and it treats glucocorticoid-induced "
            "osteoporosis and toxic multinodular goiter.\n")
    uses = objects(edges(body, title="Examplozole"), "indicatedFor")
    assert {"early breast cancer", "advanced breast cancer", "glucocorticoid-induced osteoporosis",
            "toxic multinodular goiter"} <= uses


def test_harms_named_in_a_contraindication_and_an_unreliable_test(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Pregnancy and Breastfeeding\n- Warfarin can harm an unborn child, causing miscarriage, and is "
            "contraindicated in pregnancy.\n## Monitoring\n- The aPTT can help in emergencies, but the INR is not "
            "a reliable measure of its effect.\n")
    found = edges(body)
    assert objects(found, "contraindicatedIn") == {"pregnancy"}
    assert "aptt" in objects(found, "monitors") and "inr" not in objects(found, "monitors")


def test_a_racemate_name_is_one_synonym(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = {s.lower() for s in synonyms("- Propranolol hydrochloride; d,l-propranolol (the racemic mixture)\n",
                                         "Propranolol")}
    assert "d,l-propranolol" in found and "d" not in found


def test_what_a_contraindicated_condition_caused_is_not_itself_one(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Contraindications\n- Bradycardia that has caused fainting spells, unless a pacemaker is present\n"
            "- Syncope-causing heart block without a pacemaker\n")
    contra = objects(edges(body, title="Amiodarone"), "contraindicatedIn")
    assert "bradycardia" in contra and "syncope" not in contra


def test_a_threshold_outside_the_clause_that_asks_for_a_check_is_not_monitored(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Dosage\n- Avoid when creatinine clearance is below 30 mL/min; in milder impairment, use the lowest "
            "dose and check serum potassium.\n")
    watched = objects(edges(body, title="Examplopril"), "monitors")
    assert "potassium" in {w.split()[-1] for w in watched} and "creatinine clearance" not in watched


def test_an_adjuvant_use_after_surgery_is_a_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n- It is prescribed as adjuvant therapy after surgery for early breast cancer, and for patients "
            "starting chemotherapy for leukemia to protect the kidneys.\n")
    uses = objects(edges(body, title="Examplifen"), "indicatedFor")
    assert "early breast cancer" in uses and "leukemia" not in uses


def test_a_dosing_label_naming_a_breast_disease_is_a_use_and_breastfeeding_is_not(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = "## Dosage\n- Breast cancer: 20 mg once daily.\n- Breastfeeding mothers: 10 mg once daily.\n"
    assert objects(edges(body, title="Examplifen"), "indicatedFor") == {"breast cancer"}


def test_a_question_about_taking_two_drugs_together_reads_as_interactions(lexicon) -> None:  # type: ignore[no-untyped-def]
    answer = "A:** NSAIDs such as naproxen can weaken its blood pressure effect."
    meta = {"faqs": [{"q": "Can I take naproxen with losartan?**\n\n**" + answer, "a": answer}]}
    found = edges("## Usage\n- It lowers blood pressure.\n", meta=meta, title="Losartan")
    assert ("interactsWith", "naproxen") in found


def faq_edges(title: str, question: str, answer: str) -> set[tuple[str, str]]:
    """Edges of a monograph whose only content besides a usage line is one front-matter FAQ."""
    meta = {"faqs": [{"q": f"{question}**\n\n**A:** {answer}", "a": answer}]}
    return edges("## Usage\n- It lowers blood pressure.\n", meta=meta, title=title)


def test_an_answer_about_asked_drugs_by_their_class_makes_them_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = faq_edges("Quinapril", "Can I take ibuprofen or naproxen for a headache?",
                      "Occasional doses are fine, but regular NSAID use can weaken quinapril and strain the kidneys.")
    assert {"ibuprofen", "naproxen"} <= objects(found, "interactsWith")


def test_an_answer_that_speaks_of_both_asked_drugs_makes_them_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = faq_edges("Edoxaban", "Can I take ibuprofen or aspirin for back pain?",
                      "Both add to the bleeding risk; paracetamol is usually the safer choice.")
    assert objects(found, "interactsWith") == {"ibuprofen", "aspirin"}


def test_an_asked_drug_the_answer_clears_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not objects(faq_edges("Quinapril", "Can I take acetaminophen for a headache?",
                                 "Yes. It has no known interaction with quinapril."), "interactsWith")
    assert not objects(faq_edges("Quinapril", "Can I take ibuprofen or aspirin if I am allergic to sulfa?",
                                 "Both are unrelated to sulfa drugs, although NSAIDs can raise potassium."),
                       "interactsWith") & {"ibuprofen", "aspirin"}


def test_each_item_of_a_listing_dosing_label_is_a_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Dosage\n- Primary hyperlipidemia, familial hypercholesterolemia, and mixed hyperlipidemia: 10 mg "
            "once daily.\n- Renal impairment, elderly patients, and children: 5 mg once daily.\n")
    uses = objects(edges(body, title="Examplimibe"), "indicatedFor")
    assert uses == {"hyperlipidemia", "familial hypercholesterolemia", "mixed hyperlipidemia"}


def test_gastric_and_duodenal_ulcers_are_uses_of_their_own_and_eradicating_is_a_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n- It is used to treat duodenal ulcers and benign gastric ulcers. With antibiotics, it "
            "eradicates Helicobacter pylori infection. It also heals NSAID-associated gastric ulcers.\n")
    uses = objects(edges(body, title="Examprazole"), "indicatedFor")
    assert {"duodenal ulcer", "gastric ulcer", "h. pylori infection", "nsaid-associated ulcer"} <= uses
    assert "peptic ulcer" not in uses


def test_the_conditions_of_a_contraindications_setting_are_not_contraindications(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Contraindications\n- Uncontrolled hypertension or malignancy in patients being treated for "
            "rheumatoid arthritis or psoriasis\n- Psoriasis patients receiving coal tar or radiation therapy\n")
    contra = objects(edges(body, title="Examplosporin"), "contraindicatedIn")
    assert {"hypertension", "cancer"} <= contra
    assert not {"rheumatoid arthritis", "psoriasis"} & contra
    assert not any(label.startswith("psoriasis") for label in contra)


def test_monitoring_another_drugs_levels_and_who_is_tested(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Monitoring\n- **Parameters:** Serum potassium, white blood cell count in patients with collagen "
            "vascular disease such as lupus or scleroderma, and tacrolimus trough concentrations.\n"
            "- **Labs:** Liver function tests; antinuclear antibodies if joint pain, rash, or fever suggest a "
            "lupus-like reaction; INR in patients taking warfarin.\n")
    monitored = objects(edges(body, title="Examplopril"), "monitors")
    assert {"serum potassium", "white blood cell count", "tacrolimus trough concentrations",
            "liver function tests", "antinuclear antibodies", "inr"} <= monitored
    assert not {"serum drug levels", "systemic lupus erythematosus", "lupus", "scleroderma", "rash"} & monitored
    assert not any(label.startswith("fever") for label in monitored)


def test_monitoring_items_with_a_purpose_schedule_or_bare_head(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Monitoring\n- **Parameters:** Pain intensity and function, intraocular pressure and eye examinations "
            "for glaucoma and cataracts, the mouth for signs of thrush, skin for any rash, nightmare frequency when "
            "used for PTSD, troponin weekly for the first 4 weeks.\n"
            "- **Labs:** Serum potassium and renal function, checked before starting, 1-2 weeks after a dose "
            "change, and periodically thereafter.\n")
    monitored = objects(edges(body, title="Examplonide"), "monitors")
    assert {"intraocular pressure", "signs of thrush", "rash", "nightmare frequency", "troponin",
            "serum potassium", "renal function"} <= monitored
    assert not {"function", "cataracts", "mouth", "skin", "checked", "1-2 weeks"} & monitored
    assert not any(label.startswith(("eye examinations for", "the first")) for label in monitored)


def test_the_reason_another_drug_is_not_tolerated_is_no_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n- It treats hypertension. It is a common choice for patients who cannot tolerate an ACE "
            "inhibitor because of cough.\n")
    uses = objects(edges(body, title="Examplosartan"), "indicatedFor")
    assert "hypertension" in uses and "cough" not in uses


def test_two_conditions_sharing_a_head_are_two_contraindications(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = "## Contraindications\n- Sulfonamide hypersensitivity, intestinal or urinary obstruction, porphyria.\n"
    contra = objects(edges(body, title="Examplazine"), "contraindicatedIn")
    assert {"bowel obstruction", "urinary retention", "porphyria"} <= contra
    assert not any(" or " in label for label in contra)


def test_conditions_said_not_to_be_absolute_contraindications(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Precautions\n- Narrow-angle glaucoma and prostatic hyperplasia are not absolute contraindications, "
            "but report eye pain, halos, or difficulty passing urine promptly.\n")
    assert not objects(edges(body, title="Tiotropium"), "contraindicatedIn")


def test_the_illness_a_treated_symptom_accompanies_is_no_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n- It is prescribed for depression, including the depressive symptoms that accompany "
            "alcoholism or physical illness.\n")
    uses = objects(edges(body, title="Examplepin"), "indicatedFor")
    assert "depression" in uses and not any("alcohol" in use for use in uses)


def test_inner_capital_brands_split_and_the_international_name_is_a_synonym(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = {s.lower() for s in synonyms("- Canasa (rectal suppository); Rowasa and sfRowasa (rectal enema)\n"
                                         "- Mesalazine (international name), 5-aminosalicylic acid (5-ASA)\n",
                                         "Mesalamine")}
    assert {"rowasa", "sfrowasa", "mesalazine"} <= found
    assert "rowasa and sfrowasa" not in found


def test_a_monitored_test_keeps_its_name_and_distal_colitis_is_a_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Monitoring\n- **Parameters:** Liver function tests, urine drug testing, ECG.\n"
            "## Usage\n- Enemas are used for distal colitis.\n")
    found = edges(body, title="Examplorphine")
    assert "urine drug screen" in objects(found, "monitors")
    assert "urine drug" not in objects(found, "monitors")
    assert "distal ulcerative colitis" in objects(found, "indicatedFor")


def test_exacerbations_are_uses_of_their_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n- It treats acute bacterial exacerbations of chronic bronchitis and community-acquired "
            "pneumonia, and is used for acute exacerbations of COPD.\n")
    uses = objects(edges(body, title="Examplomycin"), "indicatedFor")
    assert {"acute bacterial exacerbation of chronic bronchitis", "copd exacerbation"} <= uses
    assert not {"bronchitis", "copd"} & uses


def test_the_illness_of_the_people_a_use_is_for_is_no_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n- It is used to prevent disseminated Mycobacterium avium complex (MAC) infection in people "
            "with advanced HIV.\n")
    uses = objects(edges(body, title="Examplomycin"), "indicatedFor")
    assert "mycobacterium avium complex" in uses and "hiv infection" not in uses


def test_stemi_and_nstemi_are_distinct_kinds_of_myocardial_infarction(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Enoxaparin", "Usage",
                            "It treats unstable angina, non-Q-wave MI and STEMI.")
    assert {"st-elevation myocardial infarction", "non-st-elevation myocardial infarction"} <= found


def test_the_reason_a_contraindication_gives_is_not_one(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Sevelamer", "Contraindications",
                            "Chewable tablets in patients with dysphagia, because of the risk of aspiration pneumonia")
    assert not {label for label in found if "aspiration" in label or "pneumonia" in label}
    assert found


def test_a_clause_with_cannot_is_no_alternate_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- Lioresal (brand)\n- It is chemically close to GABA; one cannot substitute the other.\n",
                     "Baclofen")
    assert "Lioresal" in found
    assert not any("cannot" in name for name in found)


def test_urge_incontinence_and_stent_thrombosis_are_conditions_of_their_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Examplumab", "Usage",
                            "It treats overactive bladder and urge incontinence, and it prevents stent thrombosis.")
    assert {"overactive bladder", "urge urinary incontinence", "stent thrombosis"} <= found


def test_the_use_of_another_drug_is_no_contraindicated_condition(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Zolmitriptan", "Contraindications",
                            "Uncontrolled hypertension, recent ergot or triptan use, current MAO inhibitor therapy")
    assert found == {"hypertension"}


def test_coordinated_drugs_before_levels_each_name_a_level(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Fluvoxamine", "Precautions",
                            "**Monitoring Parameters:** Liver tests, INR with warfarin, and phenytoin or clozapine "
                            "levels when given together.",
                            "**Monitoring:** Blood pressure, INR in patients taking warfarin, and tacrolimus trough "
                            "concentrations.")
    assert {"phenytoin levels", "clozapine levels"} <= found
    assert not {label for label in found if label.startswith("warfarin")}


def test_a_no_to_taking_a_drug_along_warns_of_the_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = objects(faq_edges("Diclofenac", "Can I take ibuprofen or naproxen with diclofenac?",
                              "No. Combining it with another NSAID, such as ibuprofen or naproxen, is not advised."),
                    "interactsWith")
    assert {"ibuprofen", "naproxen"} <= found
    assert not objects(faq_edges("Diclofenac", "Does diclofenac interact with amoxicillin?",
                                 "No. Amoxicillin can be taken with it."), "interactsWith")


def test_an_effect_named_after_a_drug_names_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = objects(faq_edges("Tinidazole", "Can I drink alcohol while taking tinidazole?",
                              "No. Alcohol can cause a disulfiram-like reaction with flushing and vomiting."),
                    "interactsWith")
    assert "alcohol" in found
    assert "disulfiram" not in found


def test_a_chemical_kin_in_the_classification_is_no_class(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("memberOf", "Torsemide", "Drug Profile Summary",
                            "**Pharmacological Classification:** Loop Diuretic (sulfonylurea derivative)")
    assert "loop diuretics" in found
    assert not {label for label in found if "sulfonylurea" in label}


def test_a_condition_said_to_be_none_of_the_contraindications_is_none(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Guanfacine", "Contraindications", "Hypersensitivity to guanfacine",
                            "No other contraindications are listed; pregnancy is not one of them.")
    assert "pregnancy" not in found


def test_an_effect_set_aside_by_the_subjects_short_name_is_not_its_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Alternate Names\n- PTU\n## Side Effects\n- Rash\n## Long-Term Effects\n"
            "- Aplasia cutis and esophageal atresia belong to methimazole exposure, not to PTU.\n")
    found = objects(edges(body, title="Propylthiouracil"), "hasAdverseEffect")
    assert "rash" in found
    assert not {label for label in found if "aplasia" in label or "atresia" in label}


def test_the_examples_of_an_allergy_are_no_contraindications_of_their_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Saxagliptin", "Contraindications",
                            "A serious allergic reaction to saxagliptin, such as anaphylaxis, angioedema or urticaria",
                            "Type 1 diabetes")
    assert "type 1 diabetes" in found
    assert not {"anaphylaxis", "angioedema", "urticaria"} & found


def test_a_graded_range_is_one_contraindication(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Examplumab", "Contraindications",
                            "Moderate to severe hepatic impairment",
                            "Large open wounds in patients with moderate to severe renal impairment")
    assert {"moderate to severe hepatic impairment", "moderate to severe renal impairment"} <= found
    assert not {"severe hepatic impairment", "severe renal impairment"} & found


def test_thionamides_are_a_class_within_the_antithyroid_agents(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("memberOf", "Carbimazole", "Drug Profile Summary",
                            "**Pharmacological Classification:** Antithyroid Agent, Thionamide")
    assert {"antithyroid agents", "thionamides"} <= found


def test_alone_or_with_other_drugs_keeps_the_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Indapamide", "Usage",
                            "Indapamide is prescribed for edema in heart failure and for hypertension, either alone "
                            "or with antihypertensives of another class.")
    assert {"edema", "hypertension"} <= found


def test_vitamin_b12_in_a_monitoring_list_is_a_lab_value(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Esomeprazole", "Precautions",
                            "**Monitoring Parameters:** Serum magnesium with prolonged use; vitamin B12 with "
                            "multi-year use.")
    assert {"serum magnesium", "vitamin b12"} <= found


def test_a_withdrawn_indication_is_no_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Rofecoxib", "Usage",
                            "It relieves osteoarthritis pain. It was once approved to reduce polyps in familial "
                            "adenomatous polyposis, but that indication was withdrawn.")
    assert "osteoarthritis" in found
    assert not {label for label in found if "polyp" in label}


def test_a_dose_cap_in_brackets_does_not_make_a_regimen_partner_an_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("interactsWith", "Isoniazid", "Dosage",
                            "Short course: 900 mg (maximum 900 mg per dose) twice weekly with rifampin for 4 months.",
                            "Do not exceed 300 mg daily with phenytoin.")
    assert "rifampin" not in found
    assert "phenytoin" in found


def test_one_ingredient_of_a_combination_title_is_no_synonym(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Alternate Names\n- Augmentin\n## Drug Interactions\n"
            "- Probenecid blocks the tubular secretion of amoxicillin and raises its levels.\n")
    doc = parse_post("amoxicillin-clavulanate.md", {"title": "Amoxicillin-Clavulanate"}, body)
    extraction = extract_document(doc)
    named = {surface.lower() for concept, surface in extraction.surface_forms if concept == extraction.subject}
    assert ("interactsWith", "probenecid") in {(st.relation.value, st.object.label.lower())
                                              for st in extraction.statements}
    assert "amoxicillin" not in named


def test_combined_use_with_a_drug_is_no_condition(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Valsartan", "Contraindications",
                            "Combined use with aliskiren in people with diabetes")
    assert "combined use" not in found
    assert "diabetes mellitus" in found


def test_examples_of_a_past_drug_reaction_are_no_contraindications(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Allopurinol", "Contraindications",
                            "Earlier severe drug reactions to it such as fever, joint pain, or blistering",
                            "Earlier liver injury caused by it")
    assert not {"fever", "arthralgia", "joint pain", "blister"} & found
    assert "earlier liver injury" not in found
    assert "liver injury" in found


def test_latent_tuberculosis_is_its_own_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Rifampin", "Usage",
                            "It treats active tuberculosis with other drugs, and latent tuberculosis infection alone.")
    assert {"tuberculosis", "latent tuberculosis infection"} <= found


def test_the_therapy_that_causes_a_use_is_no_use_itself(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Droperidol", "Usage",
                            "It prevents nausea and vomiting associated with anesthesia and surgery.")
    assert found == {"postoperative nausea and vomiting"}


def test_what_a_drug_does_not_treat_is_no_contraindication(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Amoxicillin", "Precautions",
                            "It should not be used in infectious mononucleosis, and it is ineffective against "
                            "viral infections.", "Treatment of lower respiratory tract symptoms is contraindicated.")
    assert "infectious mononucleosis" in found
    assert not {"viral infections", "viral infection", "treatment of lower respiratory tract symptoms"} & found


def test_a_test_the_drug_upsets_is_no_monitoring(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Chlorpromazine", "Precautions",
                            "It can give false pregnancy test results; check blood glucose in diabetes.")
    assert "pregnancy test" not in found
    assert "blood glucose" in found


def test_a_parameter_with_when_to_check_it_is_that_parameter(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Ketorolac", "Monitoring",
                            "**Monitoring Parameters:** Mental status, blood pressure after injection, and CBC.")
    assert "blood pressure" in found
    assert not any(label.startswith("blood pressure ") for label in found)


def test_brands_of_a_combination_filed_under_its_reversed_name_are_synonyms(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert "Bactrim" in synonyms("- Bactrim, Septra\n", "Sulfamethoxazole-Trimethoprim")


def test_a_sentence_about_the_list_of_contraindications_names_none(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Lacosamide", "Contraindications", "Hypersensitivity to it",
                            "The US label lists no absolute contraindications; the one above reflects common "
                            "practice in Europe.")
    assert found == {"hypersensitivity"}


def test_salt_forms_joined_by_and_are_two_synonyms(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- Zinacef\n- Cefuroxime axetil and cefuroxime sodium (salt forms)\n", "Cefuroxime")
    assert {"Cefuroxime axetil", "cefuroxime sodium"} <= set(found)


def test_a_test_the_drug_upsets_is_not_monitored_even_in_a_monitoring_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Cefazolin", "Monitoring",
                            "Laboratory tests: it can give a false-negative blood glucose test.",
                            "Renal function during long courses.")
    assert found == {"renal function"}


def test_virus_strains_are_no_muscle_strain(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Rimantadine", "Usage",
                            "It treats influenza A, though most circulating strains are now resistant.")
    assert found == {"influenza"}


def test_a_clause_led_by_another_drug_gives_it_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Spironolactone", "Usage", "It treats heart failure.",
                            "It is not approved for that; finerenone, a newer agent, is used to slow kidney "
                            "damage in type 2 diabetes.")
    assert found == {"heart failure"}


def test_a_definition_of_a_condition_names_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Mirabegron", "Usage",
                            "It treats overactive bladder, but not stress incontinence, which is leakage with "
                            "coughing or sneezing.")
    assert found == {"overactive bladder"}


def test_an_outcome_a_trial_found_is_no_contraindication(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Dexamethasone", "Precautions",
                            "Do not use it in septic shock without infection control; a trial found higher "
                            "mortality with high doses.")
    assert not {"death", "mortality"} & found


def test_the_salts_a_bracket_lists_after_a_parameter_are_watched(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Torsemide", "Monitoring",
                            "**Monitoring Parameters:** Serum electrolytes (sodium, magnesium, chloride), fluid "
                            "intake and output, and blood pressure.")
    assert {"serum sodium", "serum magnesium", "serum chloride", "blood pressure"} <= found
    assert "output" not in found


def test_other_forms_of_a_disease_are_more_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Trihexyphenidyl", "Usage",
                            "It treats Parkinson's disease and other forms of parkinsonism, and, as an add-on, "
                            "drug-induced extrapyramidal reactions.")
    assert "extrapyramidal disorder" in found
    assert not section_objects("indicatedFor", "Magnesium Citrate", "Usage",
                               "Other forms of magnesium treat muscle cramps.")


def test_a_no_to_taking_drugs_of_the_subjects_own_class_makes_them_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = faq_edges("Meloxicam", "Can I take ibuprofen or naproxen with meloxicam?",
                      "No. Two NSAIDs together raise the risk of stomach ulcers and bleeding.")
    assert {"ibuprofen", "naproxen"} <= objects(found, "interactsWith")
    assert not objects(faq_edges("Meloxicam", "Can I take acetaminophen with meloxicam?",
                                 "Yes. Acetaminophen is a safe choice alongside it."), "interactsWith")


def test_an_allergy_to_the_subject_is_one_contraindication_however_worded(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Apixaban", "Contraindications",
                            "History of a serious hypersensitivity reaction to apixaban, such as anaphylaxis",
                            "Severe hypersensitivity to apixaban or any tablet ingredient",
                            "Hypersensitivity to sulfonamides")
    assert "hypersensitivity" in found
    assert not any("apixaban" in label for label in found)
    assert len(found) == 2  # the allergy to another drug stays an item of its own


def test_harms_whose_risk_the_drug_raises_are_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Dronedarone", "Usage",
                            "It is used to lower the chance of hospitalization in atrial fibrillation.",
                            "It must not be used in permanent AF, where it doubles the risk of cardiovascular "
                            "death, stroke, and heart failure.")
    assert "atrial fibrillation" in found
    assert not {"stroke", "heart failure"} & found


def test_aids_as_a_verb_is_no_disease_and_a_gut_intubation_is_a_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Metoclopramide", "Usage",
                            "The injection prevents postoperative nausea and vomiting and aids small bowel intubation.")
    assert "small bowel intubation" in found
    assert not {"acquired immunodeficiency syndrome", "intubation"} & found
    written_in_capitals = section_objects("indicatedFor", "Megestrol", "Usage", "It treats weight loss in AIDS.")
    assert "acquired immunodeficiency syndrome" in written_in_capitals


def test_reactions_a_drug_sets_off_are_one_allergy_to_that_drug(lexicon) -> None:  # type: ignore[no-untyped-def]
    contra = section_objects(
        "contraindicatedIn", "Fenbufen", "Contraindications",
        "Wheezing, hives (urticaria) or other allergic-type reactions after using aspirin or any other NSAID",
        "Hypersensitivity reactions following exposure to penicillin",
        "Severe renal impairment")
    assert contra == {"aspirin allergy", "penicillin allergy", "severe renal impairment"}


def test_reactions_not_tied_to_a_drug_stay_separate_contraindications(lexicon) -> None:  # type: ignore[no-untyped-def]
    contra = section_objects("contraindicatedIn", "Fenbufen", "Contraindications",
                             "Asthma, urticaria, or allergic-type reactions after meals")
    assert {"asthma", "urticaria"} <= contra and not any("allergy" in label for label in contra)


def test_a_definition_after_a_use_and_a_lay_name_glossed_by_it_are_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects("indicatedFor", "Naftidrofuryl", "Usage",
                           "It treats intermittent claudication, the aching calf pain that walking brings on.",
                           "It is also used for high blood sugar in pregnancy (gestational diabetes).")
    assert uses == {"intermittent claudication", "gestational diabetes"}


def test_the_rest_of_a_setting_after_in_patients_with_is_no_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects("indicatedFor", "Losartan", "Usage",
                           "It is indicated for diabetic nephropathy in patients with type 2 diabetes and hypertension "
                           "who have an elevated serum creatinine and proteinuria.")
    assert uses == {"diabetic nephropathy"}


def test_normal_faculties_are_no_conditions(lexicon) -> None:  # type: ignore[no-untyped-def]
    contra = section_objects("contraindicatedIn", "Fenbufen", "Contraindications",
                             "Late pregnancy, where the choice is left to clinical judgment")
    assert contra and "judgment" not in contra
    uses = section_objects("indicatedFor", "Modafinil", "Usage",
                           "It is used to treat narcolepsy and improves arousal, attention and reaction time.")
    assert uses == {"narcolepsy"}


def test_the_course_of_treatment_and_relapse_are_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects("indicatedFor", "Ethambutol", "Usage",
                           "Visual acuity and kidney disease checks are needed before treatment lasting months.",
                           "For tuberculosis it is continued for months after cultures clear to lower the risk of "
                           "relapse.")
    assert uses == {"tuberculosis"}


def test_a_negation_ends_where_a_new_purpose_is_coordinated(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects("indicatedFor", "Buprenorphine", "Usage",
                           "It is prescribed for pain when other options are not tolerated, and for the maintenance "
                           "treatment of opioid use disorder.")
    assert "opioid use disorder" in uses


def test_conditions_that_qualify_a_patient_for_the_use_are_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects("indicatedFor", "Orlistat", "Usage",
                           "It is approved for obesity, or for overweight plus at least one weight-related condition "
                           "such as hypertension or dyslipidemia.")
    assert "obesity" in uses and not {"hypertension", "dyslipidemia"} & uses


def test_overlapping_names_of_one_condition_are_one_mention(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects("indicatedFor", "Propranolol", "Usage", "It is also used for the prevention of migraine "
                           "headaches.")
    assert uses == {"migraine"}


def test_harms_a_warning_names_and_the_illness_patients_recover_from_are_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects("indicatedFor", "Quinine", "Usage",
                           "It is not approved for leg cramps, and regulators warned against this use because of "
                           "serious blood disorders.",
                           "It is used for urinary retention in patients recovering from sepsis.")
    assert uses == {"urinary retention"}


def test_a_use_not_recommended_as_a_treatment_and_other_drugs_uses_are_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects("indicatedFor", "Topiramate", "Usage", "It treats epilepsy.",
                           "It is not recommended as a treatment for obesity.",
                           "It raises levels of midazolam used for sedation.")
    assert uses == {"epilepsy"}


def test_a_development_code_is_a_synonym_and_a_remark_is_not(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- Zolvex (tablets), Zolvex XR; supply varies from country to country.\n"
                     "- Development code AB-1234\n", "Examplostat")
    assert set(found) == {"Zolvex", "Zolvex XR", "AB-1234"}


def test_a_drug_allergy_and_a_mere_reference_are_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Cefuroxime", "Usage",
                            "It is used for sinusitis, especially when a penicillin allergy rules out amoxicillin.",
                            "It is given to prevent the return of the arrhythmia in atrial flutter.")
    assert found == {"sinusitis", "atrial flutter"}


def test_reaction_examples_a_stated_use_and_drug_groups_are_no_contraindications(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Terbinafine", "Contraindications",
                            "A serious delayed skin reaction (such as DRESS or Stevens-Johnson syndrome) to it",
                            "Pregnancy, when the indication is tinea pedis",
                            "Chronic liver disease; many CYP2D6 substrates")
    assert not {"stevens-johnson syndrome", "drug reaction with eosinophilia and systemic symptoms", "tinea pedis",
                "many cyp2d6 substrates"} & found
    assert {"pregnancy", "hepatic impairment"} <= found


def test_where_a_brand_is_sold_is_no_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- Zolvex (tablets) and Zolvex Sprinkle (granules) in the United States; Zolvexa in the "
                     "United Kingdom, Canada and many other countries.\n- Zolvix (brand name in the US and EU)\n",
                     "Examplostat")
    assert set(found) == {"Zolvex", "Zolvex Sprinkle", "Zolvexa", "Zolvix"}
    assert set(synonyms("- Zolvex in the US, Zolvexa in the UK\n", "Examplostat")) == {"Zolvex", "Zolvexa"}


def test_what_an_exception_allows_is_no_contraindication(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Triamterene", "Contraindications",
                            "Other potassium-sparing drugs, except under close supervision in persistent hypokalemia",
                            "Anuria")
    assert "hypokalemia" not in found and "hypokalaemia" not in found
    assert "anuria" in found


def test_an_umbrella_word_ending_an_unknown_name_is_no_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Famciclovir", "Usage",
                            "It treats shingles and recurrent zoster-associated infections in older adults.")
    assert "herpes zoster" in found
    assert not {"infections", "infection"} & found


def test_a_country_code_in_brackets_is_no_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert set(synonyms("- Zolvex (US), Zolvexa (UK), Examplostat mesylate (EM)\n", "Examplostat")) == {
        "Zolvex", "Zolvexa", "Examplostat mesylate", "EM"}


def test_supply_remarks_and_generic_forms_are_no_synonyms(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- Zolvaxa (brand name), supplied as 5 mg film-coated tablets\n- generic zolvaximab vials\n",
                     "Zolvaximab")
    assert found == ("Zolvaxa",)


def test_a_dosing_line_led_by_two_uses_names_both(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Cinacalcet", "Dosage",
                            "Parathyroid carcinoma and primary hyperparathyroidism: start with 30 mg twice daily.",
                            "Secondary hyperparathyroidism on dialysis: 30 mg once daily.")
    assert {"parathyroid neoplasms", "primary hyperparathyroidism"} <= found


def test_a_thesaurus_name_spanning_two_list_items_gives_both(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Finasteride", "Contraindications",
                            "Pregnancy, children and adolescents, severe hepatic impairment.")
    assert {"pregnancy", "children", "adolescents", "severe hepatic impairment"} <= found


def test_a_bracketed_threshold_is_not_a_check(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Flecainide", "Dosage",
                            "In severe renal failure (creatinine clearance below about 15 mL/min) its half-life "
                            "lengthens, so titrate slowly and consider checking plasma levels.")
    assert "serum drug levels" in found
    assert "creatinine clearance" not in found


def test_the_noun_a_condition_completes_is_not_the_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Cabergoline", "Contraindications",
                            "Pre-eclampsia, eclampsia or other hypertensive disorders of pregnancy")
    assert {"preeclampsia", "eclampsia"} <= found
    assert "pregnancy" not in found


def test_dose_adjustment_labels_and_lay_descriptions_are_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Usage\n- It is used to treat a bleed around the brain from a burst aneurysm (subarachnoid "
            "hemorrhage).\n## Dosage\n### Standard Dosage\n- Migraine: 10 mg once daily.\n"
            "### Dosage Adjustments\n- Hepatic cirrhosis: 5 mg once daily.\n")
    found = objects(edges(body, title="Nimodipine"), "indicatedFor")
    assert "migraine" in found and any("hemorrhage" in label or "stroke" in label for label in found)
    assert not {"cirrhosis", "aneurysm", "haemorrhage"} & found


def test_from_any_cause_is_no_part_of_a_contraindication(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Haloperidol", "Contraindications",
                            "Severe CNS depression or comatose states from any cause")
    assert "coma" in found
    assert not [label for label in found if "any cause" in label or "comatose" in label]


def test_a_use_not_served_and_a_reason_are_no_contraindications(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Montelukast", "Precautions",
                            "Do not use it to relieve acute bronchospasm or status asthmaticus; it only prevents "
                            "attacks.")
    assert not found
    found = section_objects("contraindicatedIn", "Ritodrine", "Pregnancy and Breastfeeding",
                            "It must not be used for prolonged tocolysis, because of serious maternal reactions "
                            "including arrhythmias and pulmonary edema.")
    assert not {"arrhythmias", "arrhythmia", "pulmonary edema"} & found


def test_the_use_a_contraindication_applies_to_is_no_part_of_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Dinoprostone", "Contraindications",
                            "Previous cesarean delivery for labor induction, ectopic pregnancy for abortion regimens",
                            "Pregnancy, when it is prescribed to reduce the risk of NSAID-induced ulcers")
    assert {"cesarean delivery", "ectopic pregnancy", "pregnancy"} <= found
    assert not [label for label in found if "induction" in label or "regimen" in label or "ulcer" in label]


def test_who_a_use_is_for_and_split_lung_diseases(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Sucralfate", "Usage",
                            "It is prescribed to prevent gastric ulcers in patients at high risk of ulcer "
                            "complications, such as those with a previous peptic ulcer; it treats infected wounds.",
                            "It relieves bronchospasm in chronic bronchitis and emphysema (COPD); deaths in mothers "
                            "were reported.")
    assert {"gastric ulcer", "wound infections", "chronic bronchitis", "emphysema"} <= found
    assert not {"peptic ulcer", "ulcer", "mothers", "wounds and injuries"} & found


def test_a_monitoring_item_without_its_purpose_or_time(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Drug Profile Summary\n- **Monitoring Parameters:** Sputum cultures to confirm response, "
            "vestibular symptoms throughout use, plasma drug level after washout.\n")
    watched = objects(edges(body, title="Ethionamide"), "monitors")
    assert {"sputum cultures", "vestibular symptoms"} <= watched
    assert not [label for label in watched if "confirm" in label or "throughout" in label or "washout" in label]


def test_settings_of_a_denied_use_and_another_forms_use_are_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Conivaptan", "Usage",
                            "It treats euvolemic hyponatremia in hospitalized adults.",
                            "It should not be used to treat hyponatremia in patients with underlying liver disease, "
                            "including cirrhosis.",
                            "Inhaled products are used for COPD, but the tablets discussed here are not.",
                            "It can prevent the nausea that occurs when apomorphine is started in advanced "
                            "Parkinson's disease.")
    assert not {"cirrhosis", "copd", "parkinson's disease"} & found


def test_the_class_the_drug_is_said_to_be_does_not_take_its_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Cefadroxil", "Usage",
                            "Cefadroxil is an oral antibiotic prescribed for otitis media, impetigo and bone "
                            "infections.")
    assert {"otitis media", "impetigo", "osteomyelitis"} <= found


def test_a_use_with_other_drugs_for_a_purpose_is_still_the_drugs_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Omeprazole", "Usage",
                            "Omeprazole is prescribed for duodenal ulcer, and with antibiotics to eradicate "
                            "Helicobacter pylori.")
    assert "duodenal ulcer" in found and any("pylori" in label for label in found)
    treated_by_others = section_objects("indicatedFor", "Amiodarone", "Usage",
                                        "Lung toxicity is treated with corticosteroids to calm the inflammation.")
    assert not treated_by_others


def test_heartburn_is_a_symptom_of_its_own_not_reflux_disease(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Famotidine", "Usage",
                            "Famotidine treats gastroesophageal reflux disease and relieves heartburn.")
    assert {"gerd", "heartburn"} <= found


def test_drugs_named_with_an_allergy_to_the_drug_are_that_allergy(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Escitalopram", "Contraindications",
                            "Hypersensitivity to escitalopram, racemic citalopram, or any inactive ingredient",
                            "Known hypersensitivity or idiosyncratic reaction to escitalopram or other SSRIs")
    assert found == {"hypersensitivity"}
    oil = section_objects("contraindicatedIn", "Dronabinol", "Contraindications",
                          "Hypersensitivity to dronabinol or to sesame oil")
    assert oil == {"hypersensitivity", "hypersensitivity to sesame oil"}


def test_a_caution_clause_in_contraindications_gives_cautions(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Contraindications\n- Hypersensitivity to meclizine; caution in glaucoma and asthma.\n",
                  title="Meclizine")
    assert objects(found, "contraindicatedIn") == {"hypersensitivity"}
    assert {"glaucoma", "asthma"} <= objects(found, "cautionIn")


def test_bleeding_listed_with_an_ulcer_is_gastrointestinal(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Naproxen", "Contraindications",
                            "Active ulcer or bleeding, severe heart failure",
                            "A history of gastrointestinal ulceration, bleeding, or perforation",
                            "Bleeding disorders")
    assert {"gastrointestinal bleeding", "gastrointestinal perforation", "bleeding disorders"} <= found
    assert "hemorrhage" not in found


def test_a_procedure_the_drug_is_given_around_is_no_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Amoxicillin", "Usage",
                            "A single dose is given before certain dental procedures to prevent endocarditis.",
                            "It is given before and during anesthesia to reduce secretions.")
    assert "endocarditis" in found
    assert not any("dental" in label or "anesthesia" in label for label in found)


def test_a_bracket_that_explains_a_use_is_no_second_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Felodipine", "Usage",
                            "It is also used to prevent stable angina (chest pain).",
                            "It is taken daily to prevent angina (chest pain caused by narrowed heart arteries).")
    assert found == {"angina"}
    examples = section_objects("indicatedFor", "Cefaclor", "Usage", "It treats serious infections (pneumonia).")
    assert "pneumonia" in examples


def test_exercise_tolerance_is_no_drug_tolerance(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Ranolazine", "Usage",
                            "It treats chronic angina, improving exercise tolerance.")
    assert "drug tolerance" not in found


def test_a_specimen_named_once_serves_both_tests(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Rifampin", "Precautions",
                            "**Monitoring Parameters:** Liver tests; sputum smear and culture in pulmonary TB; INR.")
    assert "culture" not in found and any("sputum" in label and "culture" in label for label in found)


def test_who_is_tested_stays_out_of_the_monitoring_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Rifampin", "Precautions",
                            "**Monitoring Parameters:** Repeat liver tests in patients with liver disease, heavy "
                            "alcohol use, HIV, or pregnancy; INR with warfarin.")
    assert "hiv" not in found and "inr" in found


def test_uses_of_other_drugs_and_misuses_are_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Prednisolone", "Clinical Use Cases",
                            "In anaphylaxis, epinephrine is the first-line treatment, and prednisolone has no place "
                            "in the immediate management.",
                            "Intravenous sildenafil, a different agent, may occasionally be used for pulmonary "
                            "hypertension; prednisolone is not used for this purpose.",
                            "Prednisolone is sometimes misused in large amounts to self-treat fatigue.",
                            "It is used to treat asthma exacerbations.")
    assert not any("anaphyla" in label or "pulmonary" in label or "fatigue" in label for label in found)
    assert any("asthma" in label for label in found)


def test_drugs_whose_co_use_is_contraindicated_are_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Usage\n- It treats erectile dysfunction.\n## Side Effects\n- Headache\n"
                  "## Contraindications\n- Use of organic nitrates in any form (nitroglycerin, isosorbide "
                  "mononitrate), or amyl nitrite\n- Concomitant use of riociguat\n"
                  "- Agranulocytosis during earlier treatment with methimazole\n- Hypersensitivity to sulfonamides\n"
                  "## Dosage\n- Once daily\n## Precautions\n- Take as directed.\n", title="Vardenafil")
    partners_found = objects(found, "interactsWith")
    assert {"nitrates", "nitroglycerin", "isosorbide mononitrate", "riociguat"} <= partners_found
    assert "methimazole" not in partners_found and not any("sulfonamide" in label for label in partners_found)


def test_what_makes_an_activity_inadvisable_is_the_contraindication(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Vardenafil", "Contraindications",
                            "Men for whom sexual activity is inadvisable because of serious cardiovascular disease, "
                            "such as unstable angina",
                            "Acute dysentery, marked by blood in the stool and high fever")
    assert {"cardiovascular disease", "unstable angina"} <= found
    assert not any("sexual" in label or "marked" in label for label in found)


def test_a_cause_before_a_use_names_a_narrower_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Triamterene", "Usage",
                            "Triamterene is prescribed for edema of heart failure, as well as steroid-induced edema "
                            "and idiopathic edema.")
    assert {"steroid-induced edema", "idiopathic edema"} <= found


def test_a_hyphen_elided_pair_stays_one_item_among_others(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Dipyridamole", "Contraindications",
                            "Second- or third-degree AV block or sick sinus syndrome")
    assert "sick sinus syndrome" in found
    assert not any("sick sinus" in label and "block" in label for label in found)


def test_chemical_names_are_read_whole(lexicon) -> None:  # type: ignore[no-untyped-def]
    # commas, brackets and primes belong to a chemical name; a clause after "chemically" names nothing
    assert synonyms("- Chemical name: 4-(2-hydroxyethyl)-1,3-thiazol-5-one\n", "Examplazole") == (
        "4-(2-hydroxyethyl)-1,3-thiazol-5-one",)
    assert synonyms("- Exampla; chemically, (+)-2',3'-dideoxy-5-fluorouridine\n", "Examplazole") == (
        "Exampla", "(+)-2',3'-dideoxy-5-fluorouridine")
    assert synonyms("- Examplazole sodium, oxathiazolone (older chemical name)\n", "Examplazole") == (
        "Examplazole sodium", "oxathiazolone")
    assert synonyms("- Chemically it is a thiazole, like sulfathiazole\n", "Examplazole") == ()


def test_brand_lists_with_a_trailing_remark_or_capital_letter_suffixes(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert synonyms("- Exampla, Examplon (2% and 5% foam), plus many store-brand generic products\n",
                    "Examplazole") == ("Exampla", "Examplon")
    assert synonyms("- Exampla, Exampla A-D, Examplon (brand names)\n", "Examplazole") == (
        "Exampla", "Exampla A-D", "Examplon")


def test_a_name_described_after_a_comma_is_a_synonym(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert synonyms("- Exampla (brand)\n- Examplomycin, the name given when it was first isolated from soil fungi\n",
                    "Examplazole") == ("Exampla", "Examplomycin")


def test_a_verdict_leading_a_contraindication_item_is_no_part_of_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Examplazole", "Contraindications",
                            "Hypersensitivity; not recommended after liver or lung transplantation.",
                            "Not recommended in patients with active infection.")
    assert {"liver transplantation", "lung transplantation", "active infection"} <= found
    assert not any("recommended" in item or item == "patients" for item in found)


def test_aspects_of_one_monitored_thing_stay_one_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Examplazole", "Precautions",
                            "**Monitoring Parameters:** Cough frequency and severity, and drowsiness.")
    assert "cough frequency and severity" in found
    assert "severity" not in found


def test_who_or_when_a_use_is_for_is_no_use_of_its_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Examplovir", "Usage",
                            "It is also used for recurrent genital herpes in adults living with HIV.",
                            "In children it is used to prevent CMV disease after kidney or heart transplantation.",
                            "It prevents MAC infection in advanced HIV.")
    assert {"genital herpes", "cytomegalovirus infection"} <= found
    assert not any("hiv" in item or "transplant" in item for item in found)


def test_a_but_clause_parts_the_timing_of_a_use_from_a_contraindication(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Examplazole", "Pregnancy and Breastfeeding",
                            "A single dose on the first day after delivery stops lactation, but it should not be "
                            "used if you have pre-eclampsia.")
    assert found == {"preeclampsia"}


def test_a_prohibition_with_if_you_have_is_a_contraindication(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Examplazole", "Contraindications",
                            "Do not take it if you have glaucoma.", "Avoid if you have myasthenia gravis.")
    assert found == {"glaucoma", "myasthenia gravis"}
    # a hypothetical elsewhere still asserts nothing
    assert not section_objects("hasAdverseEffect", "Examplazole", "Side Effects",
                               "Call your doctor if you notice jaundice.")


def test_a_symptom_around_a_procedure_is_a_narrower_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Examplazepam", "Usage",
                            "It is also given as a premedication to relieve apprehension before surgery.",
                            "It prevents bacterial endocarditis before dental procedures.")
    assert "anxiety before surgery" in found
    assert not found & {"anxiety", "anxiety disorders"}
    assert "endocarditis" in found


def test_strengths_and_a_brand_name_clause_in_alternate_names(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert synonyms("- Exampla (brand name)\n- Supplied as 1 mg, 2 mg, and 3 mg film-coated tablets\n"
                    "- Examplon (US), Exampoderm (UK), Kwellex (travel tablets) are brand names.\n",
                    "Examplazole") == ("Exampla", "Examplon", "Exampoderm", "Kwellex")


def test_labeled_for_is_an_indication_cue_but_off_label_is_not(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Examplacycline", "Usage",
                            "It is labeled for rickettsial diseases such as typhus and for psittacosis.",
                            "Doctors have used it off-label for rosacea.")
    assert {"psittacosis"} <= found
    assert "rosacea" not in found


def test_the_event_a_use_follows_is_no_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Examplronate", "Usage",
                            "It treats osteoporosis (thinning bones) after menopause.",
                            "It prevents osteoporosis in women after menopause.")
    assert found == {"osteoporosis"}


def test_a_use_it_is_not_reliable_for_is_no_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Examplofloxacin", "Clinical Use Cases",
                            "Sometimes used for severe community-acquired pneumonia, but it is not reliable for "
                            "ventilator-associated pneumonia.")
    assert "community-acquired pneumonia" in found
    assert not any("ventilator" in item or "hospital" in item for item in found)


def test_what_a_drug_reverses_is_its_reversal_not_a_condition(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = edges("## Usage\n- It is used to reverse neuromuscular blockade after surgery and to treat myasthenia "
                  "gravis.\n- It is also used for the reversal of bronchospasm in asthma.\n"
                  "## Dosage\n- Reversal of neuromuscular blockade: 0.5 mg/kg IV.\n", title="Examplostigmine")
    uses = objects(found, "indicatedFor")
    assert {"neuromuscular blockade reversal", "myasthenia gravis", "bronchospasm"} <= uses
    assert "neuromuscular blockade" not in uses


def test_the_signs_a_use_is_recognised_by_are_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Examploxone", "Usage",
                            "It is used for the emergency treatment of opioid overdose, recognized by slowed "
                            "breathing, pinpoint pupils, and unresponsiveness.",
                            "It treats bowel disorders marked by cramping and spasm, and as an adjunct in peptic "
                            "ulcer disease.")
    assert {"opioid overdose", "peptic ulcer"} <= found
    assert not found & {"miosis", "coma", "spasm"}


def test_stress_ulcers_and_bleeding_ulcers_are_one_use_each(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Famotidine", "Usage",
                            "In hospitals it is given for stress ulcer prophylaxis in patients on a ventilator.",
                            "An infusion of it is also used for bleeding peptic ulcers after endoscopic treatment.")
    assert {"stress ulcer", "bleeding peptic ulcer"} <= found
    assert not found & {"ulcer", "hemorrhage", "peptic ulcer"}


def test_intestinal_worms_are_one_use_each(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Mebendazole", "Usage",
                            "It treats roundworm, hookworm, whipworm, and pinworm infections of the gut.")
    assert {"ascariasis", "hookworm infections", "trichuriasis", "enterobiasis"} <= found


def test_what_a_drug_does_not_treat_is_no_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Loratadine", "Usage",
                            "It relieves hay fever.", "Antihistamines like it do not treat anaphylaxis, which needs "
                            "epinephrine.")
    assert "anaphylaxis" not in found
    assert "seasonal allergic rhinitis" in found


def test_the_subject_with_a_partner_is_a_product_not_a_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- Prezista (brand)\n- Combined products: Prezcobix (darunavir with cobicistat)\n", "Darunavir")
    assert "Prezista" in found
    assert not any("cobicistat" in name for name in found)


def test_a_range_of_grades_is_one_contraindication(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Roflumilast", "Contraindications",
                            "Moderate or severe liver impairment (Child-Pugh B or C)")
    assert not found & {"severe hepatic impairment", "moderate hepatic impairment"}
    assert len(found) == 1


def test_the_inherited_sugar_disorders_are_three_contraindications(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Voriconazole", "Contraindications",
                            "Rare inherited problems of galactose intolerance, total lactase deficiency or "
                            "glucose-galactose malabsorption, since the tablets hold lactose")
    assert found == {"galactose intolerance", "total lactase deficiency", "glucose-galactose malabsorption"}


def test_idiopathic_angioedema_is_not_any_history_of_angioedema(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Quinapril", "Contraindications",
                            "A history of angioedema", "Hereditary or idiopathic angioedema")
    assert {"history of angioedema", "hereditary angioedema", "idiopathic angioedema"} <= found


def test_a_dose_limit_after_the_partners_is_an_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("interactsWith", "Vilazodone", "Dosage",
                            "With strong CYP3A4 inhibitors (for example itraconazole), do not exceed 20 mg daily.",
                            "With food, take it in the morning.")
    assert {"strong cyp3a4 inhibitors", "itraconazole"} <= {label.lower() for label in found}
    assert len(found) == 2


def test_a_name_after_non_is_not_that_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Deferasirox", "Usage",
                            "It treats chronic iron overload in non-transfusion-dependent thalassemia.")
    assert "iron overload" in found
    assert not any("thalassemia" in label for label in found)


def test_two_kinds_of_one_disorder_are_two_contraindications(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Zolmitriptan", "Contraindications",
                            "History of hemiplegic or basilar migraine", "Acute or chronic liver disease")
    assert "history of hemiplegic migraine" in found
    assert "history of hemiplegic" not in found
    assert not any(label.startswith("acute liver") for label in found)


def test_when_to_take_it_names_no_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Zolmitriptan", "Usage",
                            "It treats migraine attacks and is taken once the headache has begun.")
    assert found == {"migraine"}


def test_risk_factors_of_the_patients_are_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Orlistat", "Usage",
                            "It is prescribed for weight loss in adults with obesity, or in those who are overweight "
                            "with risk factors such as high blood pressure, type 2 diabetes, or dyslipidemia, along "
                            "with a low-fat diet.")
    assert "obesity" in found
    assert "dyslipidemia" not in found


def test_where_a_brand_is_sold_is_no_part_of_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- Biltricide (brand); also sold as Cysticide, Distocide, and Cesol in various countries\n",
                     "Praziquantel")
    assert "Cesol" in found


def test_a_schedule_word_is_no_part_of_what_is_watched(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Deferasirox", "Precautions",
                            "**Monitoring Parameters:** Monthly serum ferritin; yearly hearing tests.")
    assert "ferritin" in found
    assert not any(label.startswith(("monthly", "yearly")) for label in found)


def test_an_interaction_asks_for_its_own_checks(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Modafinil", "Drug Interactions",
                            "Warfarin: check the INR more often when it is started or stopped.")
    assert found == {"inr"}


def test_another_drugs_own_checks_and_bare_levels_are_not_asked_for(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Quinapril", "Drug Interactions",
                            "It did not change warfarin's effect, and warfarin's own INR checks continue as usual.",
                            "Azoles raise its levels; monitor blood levels when one is added.")
    assert not found


def test_a_check_not_routinely_required_is_no_monitoring(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Brivaracetam", "Precautions",
                            "Therapeutic drug monitoring of it is not routinely required.")
    assert not found


def test_women_not_using_contraception_are_one_contraindication(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Bosentan", "Contraindications",
                            "Women of childbearing potential who are not using reliable contraception")
    assert found == {"women of childbearing potential not using contraception"}


def test_a_nested_list_lead_and_its_remarks_are_no_items(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Contraindications\n- Pregnancy\n- Further contraindications in some regions (e.g., EU labeling):\n"
            "  - Hypersensitivity to ambrisentan, to soya, or to any excipient\n"
            "- Severe liver impairment; European labeling also lists myasthenia gravis and toxic megacolon\n"
            "- Although not a formal contraindication, it is best avoided in infants.\n"
            "- Pregnancy; also (in some regions) hypersensitivity.\n")
    found = objects(edges(body, title="Ambrisentan"), "contraindicatedIn")
    assert {"pregnancy", "hypersensitivity", "hypersensitivity to soya", "myasthenia gravis",
            "toxic megacolon"} <= found
    assert not any("contraindication" in label or "to to" in label or "also" in label or "labeling" in label
                   for label in found)


def test_what_a_lowered_value_treats_is_a_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Pitavastatin", "Usage",
                            "It is prescribed to lower elevated LDL cholesterol in adults with primary "
                            "hyperlipidemia.")
    assert "hyperlipidemia" in found


def test_a_placed_gloss_of_a_use_is_no_use_of_its_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Ambrisentan", "Usage",
                            "It treats pulmonary arterial hypertension (high blood pressure in the lung arteries), "
                            "improving exercise ability.")
    assert found == {"pulmonary hypertension"}


def test_common_words_a_thesaurus_lists_as_names_are_not_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Darifenacin", "Usage",
                            "It treats overactive bladder, easing the sudden, hard-to-defer need to pass urine.")
    assert found == {"overactive bladder"}


def test_a_use_it_has_not_been_studied_for_is_no_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Cariprazine", "Usage", "It treats schizophrenia.",
                            "It has not been studied for delirium in ICU patients and is not used for that.")
    assert found == {"schizophrenia"}


def test_typical_uses_are_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Amikacin", "Usage",
                            "Typical uses are bacterial septicemia, bone and joint infections, and infected burns.")
    assert "bacterial septicemia" in found


def test_left_ventricular_dysfunction_is_not_heart_failure(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Trandolapril", "Usage",
                            "It is prescribed for heart failure, and for left ventricular systolic dysfunction after "
                            "a heart attack.")
    assert {"heart failure", "left ventricular dysfunction"} <= found


def test_part_of_a_therapy_for_a_condition_is_a_use_in_clinical_notes(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Amikacin", "Clinical Use Cases",
                            "**Emergency Situations:** Part of empiric therapy for septic shock or febrile neutropenia "
                            "when resistant organisms are suspected.")
    assert "febrile neutropenia" in found


def test_an_overt_or_uncompensated_state_is_the_contraindication(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Metoprolol", "Contraindications",
                            "Overt cardiac failure", "Uncompensated heart failure")
    assert found == {"overt cardiac failure", "uncompensated heart failure"}


def test_what_advice_is_meant_to_avoid_is_no_contraindication(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Lamivudine", "Precautions",
                            "Do not use it as the only active drug, and take every dose to avoid the development "
                            "of resistance.")
    assert not any("resistance" in label for label in found)


def test_the_patients_a_relapse_is_prevented_in_are_no_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Lactulose", "Usage",
                            "It lowers the chance of hepatic encephalopathy coming back in adults with cirrhosis.")
    assert found == {"hepatic encephalopathy"}


def test_a_class_of_the_named_class_names_both(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("memberOf", "Loxapine", "Drug Profile Summary",
                            "**Pharmacological Classification:** Antipsychotic of the dibenzoxazepine class")
    assert found == {"antipsychotics", "dibenzoxazepine"}


def test_a_coordinated_class_name_is_one_class(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("memberOf", "Vortioxetine", "Drug Profile Summary",
                            "**Pharmacological Classification:** Antidepressant; Serotonin Modulator and Stimulator")
    assert "stimulator" not in {label.lower() for label in found}
    assert "serotonin modulator and stimulator" in {label.lower() for label in found}


def test_spellings_and_older_names_are_synonyms(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- Cefuroxime axetil, also spelled cefuroxim axetil; older papers call the compound "
                     "cefuroximum\n", "Cefuroxime")
    assert {"cefuroxim axetil", "cefuroximum"} <= {name.lower() for name in found}
    assert not any(name.lower().startswith(("also", "older")) for name in found)


def test_where_an_item_is_listed_is_no_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Nitrofurantoin", "Contraindications",
                            "Anuria and creatinine clearance below 30 mL/min, as listed in older labeling")
    assert not any(label.startswith("as ") for label in found)


def test_what_another_drug_is_meant_to_treat_is_no_contraindication(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Desvenlafaxine", "Contraindications",
                            "Use of a monoamine oxidase inhibitor (MAOI) intended to treat psychiatric disorders "
                            "within 7 days")
    assert not any("disorder" in label for label in found)


def test_anxiety_symptoms_are_not_an_anxiety_disorder(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Hydroxyzine", "Usage",
                            "It is used for generalized anxiety disorder and for the short-term relief of anxiety "
                            "symptoms.")
    assert found == {"generalized anxiety disorder", "anxiety"}


def test_hemiplegic_and_basilar_migraine_are_two_conditions(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Naratriptan", "Contraindications", "Hemiplegic or basilar migraine")
    assert found == {"hemiplegic migraine", "basilar migraine"}


def test_where_it_should_not_be_used_is_no_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Dapagliflozin", "Usage",
                            "It is used to treat type 2 diabetes. It should not be used in type 1 "
                            "diabetes or to treat diabetic ketoacidosis.")
    assert found == {"type 2 diabetes"}


def test_reactions_reported_with_an_allergy_are_no_contraindications(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Lurasidone", "Contraindications",
                            "Known hypersensitivity to lurasidone; reactions reported include rash, throat swelling "
                            "and anaphylaxis.")
    assert found == {"hypersensitivity"}


def test_a_form_of_the_drug_leading_its_brands_and_brands_sold_elsewhere(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- Aripiprazole lauroxil, the long-acting ester: Aristada (monthly) and Aristada Initio; marketed "
                     "in Canada as Abilify Maintena\n", "Aripiprazole")
    assert {"Aripiprazole lauroxil", "Aristada", "Aristada Initio", "Abilify Maintena"} <= set(found)


def test_how_a_drug_is_related_to_a_class_is_no_class(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("memberOf", "Tetracaine", "Drug Profile Summary",
                            "**Pharmacological Classification:** Antipruritic; chemically related to the amino esters")
    assert "chemically" not in found


def test_a_class_named_after_its_kind_words_is_that_class(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("memberOf", "Rasagiline", "Drug Profile Summary",
                            "**Pharmacological Classification:** Antiparkinson agent; Selective, Irreversible "
                            "Monoamine Oxidase Type B (MAO-B) Inhibitor")
    assert found == {"antiparkinson agents", "mao-b inhibitors"}


def test_a_development_name_is_a_synonym(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- 3TC (common abbreviation); developed under the name Epivir-HBV\n", "Lamivudine")
    assert "Epivir-HBV" in found
    assert not any(name.lower().startswith("developed") for name in found)


def test_a_symptom_tied_to_a_condition_is_one_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects(
        "indicatedFor", "Quetiapine", "Usage",
        "It is approved for restlessness associated with dementia due to Alzheimer's disease.",
        "Low doses also calm irritability linked to autistic disorder.")
    assert "restlessness associated with dementia due to alzheimer's disease" in uses
    assert not {"dementia", "alzheimer's disease", "restlessness"} & uses


def test_a_tied_list_or_a_named_disease_keeps_its_parts(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects(
        "indicatedFor", "Torsemide", "Usage",
        "It relieves itching associated with cirrhosis, chronic kidney disease, and lymphoma.",
        "It is also used to treat chronic obstructive pulmonary disease associated with emphysema.")
    assert {"cirrhosis", "lymphoma", "copd"} <= uses
    assert not any("associated" in label for label in uses)


def test_risk_factors_in_a_bracket_and_the_chemotherapy_of_a_symptom(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects(
        "indicatedFor", "Palonosetron", "Usage",
        "It prevents nausea and vomiting from cancer chemotherapy.",
        "It is given to higher-risk patients (e.g., a history of migraine or motion sickness) before surgery.")
    assert "chemotherapy-induced nausea and vomiting" in uses
    assert not {"motion sickness", "migraine", "nausea and vomiting"} & uses


def test_a_bracket_inside_a_use_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects("indicatedFor", "Ketoconazole", "Usage",
                           "It treats ringworm and pityriasis (tinea) versicolor.")
    assert "tinea versicolor" in uses
    assert "pityriasis" not in uses


def test_a_later_list_item_loses_its_people_lead_in(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Nystatin", "Contraindications",
                            "infants under 3 months, and older infants or children with a poor gag reflex")
    assert "poor gag reflex" in found


def test_a_remark_after_denied_names_gives_no_synonym(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- Nilandron (brand name)\n"
                     "- Flutamide and apalutamide are other antiandrogens, not forms of it; they differ in "
                     "strength, cost, and liver safety.\n", "Nilutamide")
    assert [name.lower() for name in found] == ["nilandron"]


def test_why_it_is_taken_with_another_drug_is_a_combination(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = faq_edges("Enzalutamide", "Why is enzalutamide taken together with leuprolide?",
                      "Leuprolide lowers testosterone, and enzalutamide blocks what is left.")
    assert "leuprolide" not in objects(found, "interactsWith")
    assert "leuprolide" in objects(found, "combinedWith")


def test_a_test_the_drug_upsets_or_a_reason_is_not_monitored(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Dapagliflozin", "Monitoring",
                            "Laboratory tests: it causes a positive urine glucose test and makes the "
                            "1,5-anhydroglucitol assay unreliable.",
                            "Because urine glucose is always high, do not use urine glucose tests; check HbA1c.")
    assert "hba1c" in found
    assert not any("glucose" in label or "assay" in label or "makes" in label for label in found)


def test_coordinated_kinds_before_a_one_word_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects("indicatedFor", "Clotrimazole", "Usage",
                           "It treats cutaneous or mucocutaneous candidiasis and steatohepatitis.")
    assert "cutaneous candidiasis" in uses
    assert "candidiasis" not in uses


def test_when_to_hold_a_dose_and_a_threshold_are_no_parts(lexicon) -> None:  # type: ignore[no-untyped-def]
    contra = section_objects("contraindicatedIn", "Guanfacine", "Contraindications",
                             "Marked bradycardia or symptomatic hypotension at dosing time")
    assert "hypotension" in contra
    assert not any("dosing" in label for label in contra)
    watched = section_objects("monitors", "Liraglutide", "Monitoring",
                              "Monitoring: Stool frequency and symptom response at about 4 weeks, renal function")
    assert "symptom response" in watched
    assert not any("about" in label for label in watched)
    dosing = section_objects("monitors", "Liraglutide", "Dosage",
                             "Adolescents with obesity (BMI at or above the 95th percentile) use the adult titration.")
    assert "bmi" not in dosing


def test_brand_and_code_lists_in_other_shapes(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- Exelderm (cream) and Sulcosyn (solution) - brand names\n"
                     "- Tiamon and Zaxolin are trade names used in Europe\n"
                     "- Development codes RS-1234 and ZX-88 (originally AB-77)\n", "Sulconazole")
    assert {"exelderm", "sulcosyn", "tiamon", "zaxolin", "rs-1234", "zx-88", "ab-77"} <= {n.lower() for n in found}
    assert not any("development" in name.lower() for name in found)


def test_another_drugs_licensed_use_and_a_form_of_the_subject(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects(
        "indicatedFor", "Liraglutide", "Usage",
        "Liraglutide injection (1.2 mg and 1.8 mg) is prescribed to lower blood sugar in type 2 diabetes.",
        "It is not approved for weight loss here; orlistat 120 mg (Xenical) is among the medicines licensed for "
        "obesity.")
    assert "type 2 diabetes" in uses
    assert "obesity" not in uses


def test_a_definition_after_a_use_names_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects(
        "indicatedFor", "Entacapone", "Usage",
        "It is used in Parkinson's disease for off episodes, the periods of returning stiffness and tremor as each "
        "dose fades (end-of-dose motor fluctuations).",
        "It is used to improve wakefulness in adults with narcolepsy.")
    assert "motor fluctuations" in uses
    assert not {"tremor", "musculoskeletal stiffness", "wakefulness"} & uses


def test_a_repeated_of_and_a_denied_route_are_no_parts(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Tolcapone", "Contraindications",
                            "History of neuroleptic malignant syndrome or of non-traumatic rhabdomyolysis",
                            "Hypersensitivity to it; not for ophthalmic, oral, or intravaginal use.")
    assert "non-traumatic rhabdomyolysis" in found
    assert not any(label.startswith(("of ", "not ")) or "use" in label for label in found)


def test_uses_named_in_their_own_right_and_their_settings(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects(
        "indicatedFor", "Sodium Oxybate", "Usage",
        "It treats cataplexy (sudden muscle weakness triggered by laughter) in narcolepsy.",
        "It relieves constipation caused by opioid pain medicines, not chronic idiopathic constipation.",
        "It is prescribed for opioid-induced constipation (OIC) in adults with chronic non-cancer pain.")
    assert {"cataplexy", "opioid-induced constipation"} <= uses
    assert not {"muscle weakness", "constipation", "chronic idiopathic constipation", "chronic pain"} & uses


def test_qualifiers_and_lead_ins_are_no_items(lexicon) -> None:  # type: ignore[no-untyped-def]
    contra = section_objects("contraindicatedIn", "Naldemedine", "Contraindications",
                             "Anyone with a known or suspected bowel obstruction",
                             "Known serious or severe hypersensitivity to naldemedine",
                             "Additionally contraindicated under European labeling: stroke within 6 months")
    assert {"bowel obstruction", "stroke"} <= contra
    assert not any(label.startswith(("a known", "known", "serious", "additionally")) for label in contra)
    watched = section_objects("monitors", "Amantadine", "Monitoring",
                              "Monitoring: New or worsening dyskinesia, hallucinations")
    assert "dyskinesia" in watched
    assert "new" not in watched


def test_names_in_brackets_and_descriptions(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- Benztropine mesylate; benztropine hydrochloride (Cogenix and other brands outside the US)\n"
                     "- Also known by its development code MK-02.\n"
                     "- Tremin, an immediate-release benztropine tablet once sold in Europe, was withdrawn.\n",
                     "Benztropine")
    assert {"cogenix", "mk-02", "tremin"} <= {name.lower() for name in found}


def test_systemic_fungal_infections_are_not_all_fungal_infections(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Prednisone", "Contraindications", "Systemic fungal infections")
    assert found == {"systemic fungal infections"}


def test_uses_of_a_combination_product_or_that_failed_in_trials_are_not_the_subjects(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects(
        "indicatedFor", "Vilanterol", "Usage",
        "It treats constipation caused by opioid pain medicines in adults with long-term pain.",
        "It was studied for irritable bowel syndrome, but the trials did not show benefit, and it is not approved "
        "for that use.",
        "The combination inhaler Anoro Ellipta, which also contains umeclidinium, is approved for emphysema.")
    assert "opioid-induced constipation" in uses
    assert not {"chronic pain", "pain", "irritable bowel syndrome", "emphysema"} & uses


def test_a_setting_goes_on_through_the_patients_whose_condition_it_names(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects("indicatedFor", "Naloxegol", "Usage",
                           "It treats opioid-induced constipation in adults with chronic non-cancer pain, including "
                           "patients whose chronic pain stems from an earlier cancer.")
    assert uses == {"opioid-induced constipation"}


def test_conditions_said_to_need_another_treatment_are_no_contraindications(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Terbinafine", "Contraindications",
                            "Not for the eyes or mouth; thrush and scalp ringworm require oral treatment.",
                            "Pregnancy")
    assert found == {"pregnancy"}


def test_strengths_kinds_and_remarks_are_no_names(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- Ozempic (type 2 diabetes) and Wegovy (weight loss): one active ingredient, two dose ranges\n"
                     "- Semaglutide injection, 2.4 mg\n"
                     '- Sometimes called a "weight-loss jab"\n', "Semaglutide")
    assert set(found) == {"Ozempic", "Wegovy", "Semaglutide injection"}


def test_a_dual_class_and_a_class_in_brackets(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("memberOf", "Retatrutide", "Drug Profile Summary",
                            "**Pharmacological Classification:** Triple Glucagon Receptor (GCGR) and Glucagon-Like "
                            "Peptide-1 (GLP-1) Receptor Agonist; Peptide (Long-Acting Analogue) (semisynthetic)")
    assert "triple glucagon receptor and glucagon-like peptide-1 receptor agonist" in {c.lower() for c in found}
    assert "triple glucagon receptor" not in {c.lower() for c in found}
    assert "long-acting analogue" in {c.lower() for c in found}
    assert "semisynthetic" not in {c.lower() for c in found}


def test_a_drug_level_named_after_it_is_that_drugs(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Examplumab", "Monitoring",
                            "Check the INR with warfarin and trough levels with tacrolimus.")
    assert {"inr", "tacrolimus levels"} <= {c.lower() for c in found}
    assert "warfarin levels" not in {c.lower() for c in found}


def test_an_allergy_to_the_products_ingredients_is_the_one_allergy(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Permethrin", "Contraindications",
                            "Hypersensitivity to permethrin or the cream base; infants under 2 months.")
    assert "hypersensitivity" in found
    assert not any("base" in label for label in found)


def test_a_condition_already_treated_otherwise_and_a_feature_of_the_use_are_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects("indicatedFor", "Mirabegron", "Usage",
                           "It treats overactive bladder, including in men already receiving drug therapy for "
                           "benign prostatic hyperplasia (BPH).",
                           "It is used for chronic heart failure, mainly with reduced ejection fraction.")
    assert {"overactive bladder", "heart failure"} <= uses
    assert not {"benign prostatic hyperplasia", "ejection fraction decreased"} & uses


def test_none_beyond_an_allergy_to_the_product_is_that_allergy(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Examplumab", "Drug Profile Summary",
                            "**Contraindications:** None known other than hypersensitivity to the product.")
    assert found == {"hypersensitivity"}


def test_a_receptor_subtypes_class_is_not_every_agonist(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("memberOf", "Mirabegron", "Drug Profile Summary",
                            "**Pharmacological Classification:** Beta-3 Adrenergic Receptor Agonist")
    assert {c.lower() for c in found} == {"beta-3 adrenergic receptor agonist"}


@pytest.mark.parametrize("sentence", [
    "Pregnancy is not listed as a formal contraindication, but because data are limited, it is usually avoided in "
    "pregnancy.",
    "Pregnancy is not a listed contraindication, but therapy is generally stopped once pregnancy is confirmed.",
])
def test_a_clause_denying_a_contraindication_names_none(lexicon, sentence: str) -> None:  # type: ignore[no-untyped-def]
    found = edges(f"## Pregnancy and Breastfeeding\n- {sentence}\n", title="Examplumab")
    assert not objects(found, "contraindicatedIn")


def test_the_cause_of_a_use_and_the_stage_of_life_are_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects("indicatedFor", "Ospemifene", "Usage",
                           "It is prescribed for painful intercourse caused by vulvar and vaginal atrophy (VVA) due "
                           "to menopause.", "Paroxetine 7.5 mg is not it; ospemifene is not used for menopausal hot "
                           "flashes.")
    assert "vaginal atrophy" in uses
    assert not {"menopause", "menopausal symptoms"} & uses


def test_an_acute_angle_closure_attack_is_its_own_condition(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Examplumab", "Contraindications",
                            "Acute angle-closure glaucoma", "Untreated narrow-angle glaucoma")
    assert found == {"acute angle-closure glaucoma", "narrow-angle glaucoma"}


def test_the_subjects_own_form_leading_a_contraindication_is_no_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Cetirizine", "Contraindications",
                            "Oral cetirizine in children younger than 2 years",
                            "Topical cetirizine in patients with broken skin")
    assert not any("cetirizine" in item for item in found)
    assert any("children" in item for item in found)


def test_ocular_hypertension_is_its_own_use_in_the_setting_of_a_lowered_pressure(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects("indicatedFor", "Examplol", "Usage",
                           "It is prescribed to lower raised intraocular pressure (IOP) in adults with open-angle "
                           "glaucoma or ocular hypertension.")
    assert {"glaucoma", "ocular hypertension"} <= uses


def test_monitoring_lists_read_past_a_for_lead_a_product_name_and_an_aside(lexicon) -> None:  # type: ignore[no-untyped-def]
    listed = section_objects("monitors", "Examplumab", "Drug Profile Summary",
                             "**Monitoring Parameters:** For oral use: daytime sleepiness, body weight, and platelet "
                             "count; eye pressure, visual acuity and, as part of routine care, visual fields.")
    assert {"daytime sleepiness", "body weight", "platelet count", "visual acuity"} <= listed
    assert not any("part of" in item for item in listed)
    parts = section_objects("monitors", "Examplumab", "Drug Profile Summary",
                            "**Monitoring Parameters:** CBC every 2 weeks until the dose is stable; spleen size; "
                            "lipids.")
    assert "spleen size" in parts
    checked = section_objects("monitors", "Examplumab", "Drug Interactions",
                              "A fall in platelet count has been seen with blood sugar tablets, so platelet counts "
                              "should be checked.")
    assert "platelet count" in checked and "blood glucose" not in checked


def test_rescue_inhaler_use_acute_attacks_and_what_hinders_another_product(lexicon) -> None:  # type: ignore[no-untyped-def]
    monitored = section_objects("monitors", "Examplumab", "Drug Profile Summary",
                                "**Monitoring Parameters:** Peak flow, and how often the rescue inhaler is needed.")
    assert "rescue inhaler use" in monitored
    contra = section_objects("contraindicatedIn", "Examplumab", "Contraindications",
                             "Treatment of an acute asthma attack")
    assert contra == {"asthma exacerbation"}
    uses = section_objects("indicatedFor", "Examplumab", "Usage",
                           "It treats COPD and suits people who have difficulty using inhalers, for example because "
                           "of arthritis or tremor.")
    assert "copd" in uses
    assert not {"arthritis", "tremor"} & uses


def test_use_with_a_drug_is_a_contraindicated_co_use_but_use_with_caution_is_not(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("interactsWith", "Examplumab", "Contraindications",
                            "Use with PDE5 inhibitors (sildenafil, avanafil)",
                            "Use with caution in people who have reacted to other azole antifungals")
    assert {"pde5 inhibitors", "sildenafil", "avanafil"} <= found
    assert "azole antifungals" not in found


def test_a_provoked_harm_a_use_not_recommended_and_a_symptom_triggered_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects("indicatedFor", "Examplumab", "Usage",
                           "It treats acute pain, but because a metabolite can build up and provoke seizures, it is "
                           "not recommended for chronic pain.",
                           "It is used for symptom-triggered treatment of alcohol withdrawal.")
    assert {"acute pain", "alcohol withdrawal"} <= uses
    assert not {"chronic pain", "epilepsy", "seizures"} & uses


def test_a_verdict_leading_items_and_a_method_after_a_parameter(lexicon) -> None:  # type: ignore[no-untyped-def]
    contra = section_objects("contraindicatedIn", "Examplumab", "Contraindications",
                             "Hypersensitivity to the product; generally avoided in bowel obstruction, severe "
                             "constipation, or fecal impaction.")
    assert {"hypersensitivity", "bowel obstruction"} <= contra
    assert not any("avoided" in item for item in contra)
    monitored = section_objects("monitors", "Examplumab", "Drug Profile Summary",
                                "**Monitoring Parameters:** LVEF and the LVOT gradient by echocardiography, NYHA "
                                "class, bone mineral density by DXA.")
    assert {"left ventricular outflow tract gradient", "bone mineral density"} <= monitored
    assert not any(" by " in item for item in monitored)
    uses = section_objects("indicatedFor", "Examplumab", "Usage",
                           "It treats heart failure in New York Heart Association class II-III.")
    assert "association" not in uses


def test_off_episodes_are_apart_from_wearing_off(lexicon) -> None:  # type: ignore[no-untyped-def]
    uses = section_objects("indicatedFor", "Examplumab", "Usage",
                           "It treats sudden off episodes and end-of-dose wearing-off in Parkinson's disease.")
    assert {"off episodes", "motor fluctuations"} <= uses


def test_a_dye_number_splits_no_sentence_and_none_in_a_labeling_is_no_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Examplumab", "Contraindications",
                            "Sensitivity to tartrazine (FD&C Yellow No. 5)",
                            "None in US labeling; hypersensitivity (EU).")
    assert found == {"sensitivity to tartrazine", "hypersensitivity"}


def test_a_square_bracket_of_examples_is_no_contraindication_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Nalmefene", "Contraindications",
                            "Current use of opioid agonists [opioid pain relievers, methadone, buprenorphine]; severe "
                            "renal impairment.")
    assert "severe renal impairment" in found
    assert not {label for label in found if "]" in label or "buprenorphine" in label}


def test_what_is_no_longer_regarded_as_a_contraindication_is_none(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not section_objects("contraindicatedIn", "Ketamine", "Contraindications",
                               "Raised intracranial pressure was once listed as a reason to avoid ketamine, but it is "
                               "no longer regarded as a contraindication.")


def test_checks_a_monitoring_list_asks_for_are_named_without_the_verb(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Ketamine", "Monitoring",
                            "Monitoring Parameters: blood pressure and heart rate. With long-term use, check liver "
                            "function tests and ask about urinary symptoms; clinicians follow body weight.")
    assert {"liver function tests", "urinary symptoms", "body weight"} <= found
    assert not {label for label in found if label.split()[0] in ("check", "ask", "clinicians")}


def test_transthyretin_amyloid_diseases_are_uses_of_their_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Tafamidis", "Usage",
                            "Tafamidis is prescribed for adults with cardiomyopathy caused by transthyretin "
                            "amyloidosis (ATTR-CM), and in some countries for hereditary ATTR polyneuropathy.")
    assert {"transthyretin amyloid cardiomyopathy", "hereditary transthyretin amyloid polyneuropathy"} <= found
    assert "cardiomyopathy" not in found


def test_hyponatremia_by_volume_status_is_no_siadh_and_cancer_pain_a_use_of_its_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Conivaptan", "Usage",
                            "It is given for euvolemic and hypervolemic hyponatremia in hospitalized adults.",
                            "Patches are also used for breakthrough cancer pain and for other cancer pain.")
    assert {"euvolemic hyponatremia", "hypervolemic hyponatremia", "breakthrough cancer pain", "cancer pain"} <= found
    assert "siadh" not in found


def test_the_signs_of_a_withdrawal_syndrome_are_no_contraindications(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Nalmefene", "Contraindications",
                            "Severe hepatic impairment; a recent history of acute alcohol withdrawal syndrome, "
                            "including hallucinations, seizures or delirium tremens.")
    assert "severe hepatic impairment" in found
    assert not found & {"hallucinations", "epilepsy", "seizures", "delirium tremens"}


def test_vital_capacity_and_orthostatic_readings_are_monitored_parameters(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Edrophonium", "Monitoring",
                            "Monitoring Parameters: blood pressure including orthostatic readings; breathing effort "
                            "and vital capacity in crisis.")
    assert {"orthostatic blood pressure", "vital capacity"} <= found
    assert "vital" not in found


def test_monitoring_items_lose_when_to_check_and_how(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Esketamine", "Monitoring",
                            "Monitoring Parameters: blood pressure before the dose, about 40 minutes afterward; "
                            "sedation and dissociation for at least 2 hours after every dose; oxygen saturation by "
                            "continuous pulse oximetry; blood glucose, more often in patients with diabetes.")
    assert {"blood pressure", "dissociation", "oxygen saturation", "blood glucose"} <= found
    assert not {label for label in found if label.startswith(("about", "more")) or label.endswith((" for", "oximetry"))}


def test_conditions_that_call_for_caution_rather_than_avoidance_are_no_contraindications(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not section_objects("contraindicatedIn", "Lanreotide", "Contraindications",
                               "There are no other absolute contraindications; diabetes, bradycardia, and gallbladder "
                               "disease call for caution and monitoring rather than avoidance.")


def test_a_description_of_another_drug_is_no_alternate_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- Spravato (brand name)\n- Esketamine hydrochloride, S-ketamine\n"
                     "- Arketamine, the R-enantiomer, remains investigational.\n", "Esketamine")
    assert {"Spravato", "Esketamine hydrochloride", "S-ketamine"} <= set(found)
    assert not {name for name in found if name.lower().startswith(("the ", "remain"))}


def test_an_abbreviation_given_as_such_is_an_alternate_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- Veltassa (brand)\n- RLY5016 (research code); commonly abbreviated as PAT on ward charts\n",
                     "Patiromer")
    assert {"Veltassa", "RLY5016", "PAT"} <= set(found)
    assert not {name for name in found if " " in name and name.lower().startswith(("commonly", "pat "))}


def test_a_salt_form_a_brand_contains_is_an_alternate_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- Sandostatin (short-acting injection containing octreotide acetate; 50, 100 and 500 "
                     "microgram ampules)\n", "Octreotide")
    assert {"Sandostatin", "octreotide acetate"} <= set(found)


@pytest.mark.parametrize("bullet", [
    "Severe asthma is a reason for great caution rather than a contraindication.",
    "Peripheral vascular disease calls for extreme caution rather than being a formal contraindication.",
])
def test_conditions_said_to_be_cautions_rather_than_contraindications_are_none(lexicon, bullet) -> None:  # type: ignore[no-untyped-def]
    assert not section_objects("contraindicatedIn", "Terlipressin", "Contraindications", bullet)


def test_what_older_labeling_advised_against_is_the_condition_itself(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Vasopressin", "Contraindications",
                            "Earlier US labeling also advised against use in chronic nephritis until the blood urea "
                            "had been brought under control.")
    assert found and all("nephritis" in label for label in found)


def test_an_item_whose_label_carries_only_the_verdict_is_the_label(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Difelikefalin", "Contraindications",
                            "End-stage kidney disease (eGFR under 15 mL/min/1.73 m²): not recommended")
    assert found == {"end-stage renal disease"}


def test_storage_advice_asks_for_no_monitoring(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Setmelanotide", "Precautions",
                            "Keep unopened pens in the fridge and follow the limit on how long an opened pen may stay "
                            "at room temperature.",
                            "Check blood pressure at every visit.")
    assert found == {"blood pressure"}


def test_a_monitoring_item_joined_to_a_named_parameter_stands_on_its_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Patiromer", "Monitoring",
                            "Monitoring Parameters: serum potassium and magnesium, signs of dehydration and body "
                            "weight, and total or free T3.")
    assert {"serum potassium", "serum magnesium", "signs of dehydration", "body weight"} <= found
    assert not {label for label in found if " and " in label or label in {"total", "magnesium"}}


def test_what_a_drug_is_given_to_do_in_people_with_a_condition_is_a_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Angiotensin II", "Usage",
                            "Angiotensin II is given as a continuous infusion to raise blood pressure in adults with "
                            "septic shock that persists despite fluids.")
    assert "septic shock" in found


def test_the_conditions_of_people_it_helps_stay_on_another_therapy_are_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Patiromer", "Usage",
                            "Patiromer treats hyperkalemia.",
                            "In practice it often lets people with heart failure or diabetic kidney disease stay on "
                            "ACE inhibitors that would otherwise be stopped, and it is also used in patients on "
                            "long-term dialysis.")
    assert "hyperkalemia" in found
    assert not {label for label in found if "heart failure" in label or "diabet" in label or "kidney" in label}


@pytest.mark.parametrize("bullet", [
    "Its use in ulcerative colitis is still being tested in trials and is not an established indication.",
    "A cream has been tried for itch in lichen planus and prurigo nodularis, but neither is an approved use.",
])
def test_uses_still_under_test_are_no_indications(lexicon, bullet) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Tofacitinib", "Usage", "Tofacitinib treats rheumatoid arthritis.", bullet)
    assert "rheumatoid arthritis" in found
    assert not {label for label in found if "colitis" in label or "lichen" in label or "prurigo" in label}


def test_a_label_extended_to_a_condition_names_a_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Apremilast", "Usage",
                            "Apremilast treats plaque psoriasis. In 2021 the approval was expanded to adults with "
                            "oral ulcers of Behcet's disease.")
    assert any("behcet" in label for label in found)


def test_the_conditions_a_label_says_are_not_contraindications_are_none(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Avacopan", "Contraindications",
                            "Not recommended (rather than contraindicated): decompensated cirrhosis and active "
                            "hepatitis", "Serious allergy to avacopan")
    assert found == {"hypersensitivity"}


def test_an_infection_after_a_transplant_is_the_use_not_the_transplant(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Letermovir", "Usage",
                            "Letermovir is used to prevent CMV infection or disease after hematopoietic stem cell or "
                            "solid organ transplantation.")
    assert any("cytomegalovirus" in label for label in found)
    assert not {label for label in found if "transplant" in label}


def test_what_people_already_at_risk_of_are_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Atrasentan", "Usage",
                            "Atrasentan is used to reduce proteinuria in adults with IgA nephropathy who are at risk "
                            "of disease progression.")
    assert "proteinuria" in found
    assert "disease progression" not in found


def test_a_weight_taken_for_the_dose_is_the_weight_and_a_stool_aspect_no_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Tenapanor", "Monitoring",
                            "Monitoring Parameters: stool frequency and consistency, serum phosphorus, and dry "
                            "body weight for dose calculation.")
    assert {"serum phosphate", "body weight"} <= found
    assert not {label for label in found if label in {"consistency", "dose calculation"}}


def test_the_features_an_acronym_spells_out_are_no_uses(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Mavorixafor", "Usage",
                            "Mavorixafor is prescribed for adults with WHIM syndrome (warts, hypogammaglobulinemia, "
                            "infections, and myelokathexis).")
    assert found == {"whim syndrome"}


def test_what_a_drug_is_not_for_is_no_contraindication(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Trofinetide", "Contraindications",
                            "Hypersensitivity to trofinetide",
                            "It was also tried in traumatic brain injury and in fragile X syndrome; neither trial led "
                            "to approval, and it should not be used for these conditions.")
    assert found == {"hypersensitivity"}


def test_a_use_named_again_as_this_disease_is_not_a_new_use(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("indicatedFor", "Omaveloxolone", "Usage",
                            "Omaveloxolone treats Friedreich's ataxia. It was the first medicine approved for this "
                            "inherited neurodegenerative disease.")
    assert found == {"friedreich ataxia"}


def test_missing_vaccination_is_one_contraindication_not_the_germs(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Ravulizumab", "Contraindications",
                            "Serious hypersensitivity to ravulizumab",
                            "Patients who have not been vaccinated against Neisseria meningitidis, unless they "
                            "receive antibiotic prophylaxis")
    assert found == {"hypersensitivity", "unvaccinated patients"}


def lexicon_entries(lexicon, name: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(kind, lower-cased label) of every concept the lexicon gives for ``name``."""
    return {(c.kind.value, c.label.lower()) for c in lexicon.lookup(name)}


@pytest.mark.parametrize(("name", "entry"), [
    ("Cushing disease", ("condition", "cushing's disease")),
    ("cardiogenic shock", ("condition", "cardiogenic shock")),
    ("ANCA-associated vasculitis", ("condition", "anca-associated vasculitis")),
    ("WHIM syndrome", ("condition", "whim syndrome")),
    ("24-hour urinary free cortisol", ("monitoring", "urinary free cortisol")),
    ("IGF-1", ("monitoring", "igf-1 levels")),
    ("HIV antivirals", ("class", "antiretrovirals")),
    ("11β-hydroxylase inhibitors", ("class", "11-beta-hydroxylase inhibitors")),
    ("strong CYP2C8 inhibitors", ("class", "strong cyp2c8 inhibitors")),
    ("moderate CYP2C8 inhibitors", ("class", "moderate cyp2c8 inhibitors")),
    ("BCRP substrates", ("class", "bcrp substrates")),
    ("OATP2B1 substrates", ("class", "oatp2b1 substrates")),
    ("OAT3 substrates", ("class", "oat3 substrates")),
    ("allopregnanolone", ("drug", "brexanolone")),
    ("argipressin", ("drug", "vasopressin")),
    ("ARIA", ("adverse-effect", "amyloid-related imaging abnormalities")),
    ("amyloid-related imaging abnormalities-edema", ("adverse-effect", "aria-e")),
    ("ARIA-H", ("adverse-effect", "aria-h")),
    ("CAA", ("condition", "cerebral amyloid angiopathy")),
    ("vasogenic edema", ("condition", "vasogenic edema")),
    ("lumbar puncture", ("condition", "lumbar puncture")),
    ("brain MRI", ("monitoring", "mri")),
    ("familial chylomicronemia syndrome", ("condition", "familial chylomicronemia syndrome")),
    ("anti-amyloid antibodies", ("class", "anti-amyloid monoclonal antibodies")),
    ("17-OHP", ("monitoring", "17-hydroxyprogesterone")),
    ("serum androstenedione", ("monitoring", "androstenedione")),
    ("immunodeficient state", ("condition", "immunodeficiency")),
    ("sino-atrial block", ("condition", "sinoatrial block")),
    ("variceal hemorrhage", ("condition", "variceal bleeding")),
    ("PK deficiency", ("condition", "pyruvate kinase deficiency")),
    ("chronic refractory cough", ("condition", "refractory chronic cough")),
    ("unexplained chronic cough", ("condition", "unexplained chronic cough")),
    ("decreased taste", ("adverse-effect", "hypogeusia")),
    ("unconjugated bilirubin", ("monitoring", "indirect bilirubin")),
    ("serum haptoglobin", ("monitoring", "haptoglobin")),
    ("Fc fusion proteins", ("class", "fc-fusion proteins")),
    ("drugs eliminated by OCT2", ("class", "oct2 substrates")),
    ("OATP1B3 inhibitors", ("class", "oatp1b3 inhibitors")),
    ("inhibitors of NTCP", ("class", "ntcp inhibitors")),
    ("OATP1B1 substrates", ("class", "oatp1b1 substrates")),
    ("PFIC", ("condition", "progressive familial intrahepatic cholestasis")),
    ("liver decompensation", ("condition", "hepatic decompensation")),
    ("CIDP", ("condition", "chronic inflammatory demyelinating polyneuropathy")),
])
def test_lexicon_names_from_the_new_monographs(lexicon, name, entry) -> None:  # type: ignore[no-untyped-def]
    assert entry in lexicon_entries(lexicon, name)


def test_lexicon_names_kept_apart_or_left_out(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert ("condition", "cushing's syndrome") not in lexicon_entries(lexicon, "Cushing's disease")
    assert ("condition", "shock") not in lexicon_entries(lexicon, "septic shock")
    for name in ("granulomatosis with polyangiitis", "microscopic polyangiitis", "C3 glomerulopathy"):
        assert lexicon_entries(lexicon, name) == {("condition", name.lower())}
    assert {c.label for c in lexicon.lookup("C3 glomerulopathy")} == {"C3 glomerulopathy"}
    assert ("condition", "neuraxial anesthesia") not in lexicon_entries(lexicon, "lumbar puncture")
    assert ("condition", "imaging procedures") not in lexicon_entries(lexicon, "MRI")
    assert ("condition", "ankylosing spondylitis") not in lexicon_entries(
        lexicon, "non-radiographic axial spondyloarthritis")
    assert not lexicon_entries(lexicon, "peptidases")
    assert not lexicon_entries(lexicon, "sexual arousal")


def test_findings_that_rule_out_treatment_are_contraindications(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Lecanemab", "Contraindications",
                            "Baseline scan findings that rule out starting treatment: more than 4 microhemorrhages, "
                            "vasogenic edema, or cerebral amyloid angiopathy")
    assert {"vasogenic edema", "cerebral amyloid angiopathy"} <= found
    assert not any("findings" in label for label in found)


def test_a_number_with_a_thousands_comma_is_one_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Sotatercept", "Contraindications",
                            "A platelet count below 75,000/mm3 before the first dose", "Known hypersensitivity")
    assert "hypersensitivity" in found
    assert not any(label.startswith("000") for label in found)
    assert len(found) == 2


def test_the_salts_of_a_combination_named_together_are_one_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = synonyms("- Cobenfy\n- Xanomeline tartrate and trospium chloride (the salts in each capsule)\n",
                     "Xanomeline/Trospium")
    assert "Cobenfy" in found
    assert "trospium chloride" not in {name.lower() for name in found}


def test_the_infusions_a_scan_comes_before_are_not_monitored(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("monitors", "Donanemab", "Monitoring",
                            "**Monitoring Parameters:** Brain MRI before the 2nd, 3rd, 4th, and 7th infusions; "
                            "neurological symptoms.")
    assert "mri" in found
    assert not any("infusion" in label for label in found)


def test_who_a_label_additionally_excludes_is_no_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("contraindicatedIn", "Ritlecitinib", "Contraindications",
                            "The European label additionally excludes patients with active serious infections or "
                            "severe hepatic impairment.")
    assert {"active infection", "severe hepatic impairment"} <= found
    assert not {label for label in found if "label" in label}


def test_a_development_name_after_originally_discovered_as(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert "SSR125543" in synonyms("- NBI-74788 (development code), originally discovered as SSR125543\n",
                                   "Crinecerfont")


def test_bullets_nested_under_a_bare_label_take_its_section(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Profile Summary\n- **Monitoring Parameters:**\n  - Serum potassium\n  - Signs of infection\n"
            "- **Dosage:** 10 mg daily.\n- Serum sodium is often low in this illness.\n")
    assert objects(edges(body, title="Finerenone"), "monitors") == {"serum potassium", "signs of infection"}


def test_another_name_given_for_a_class_is_that_class(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = section_objects("memberOf", "Metyrosine", "Usage",
                            "**Pharmacological Classification:** Tyrosine Hydroxylase Inhibitor, also known as a "
                            "catecholamine synthesis inhibitor; antihypertensive agent")
    assert "catecholamine synthesis inhibitor" in found
    assert not any(label.startswith(("also", "called")) for label in found)


@pytest.mark.parametrize(("relation", "title", "heading", "bullets", "expected"), [
    # indications: the use named again after "whose", "given to adults with X", a condition other drugs treat, the
    # therapy that causes a use, the definition of one, its features, outcomes and origins, a toxicity
    ("indicatedFor", "Etrasimod", "Usage", ("It treats adults with moderately to severely active ulcerative colitis, "
     "including patients whose colitis has responded poorly to conventional therapy.",), {"ulcerative colitis"}),
    ("indicatedFor", "Mirikizumab", "Usage", ("Mirikizumab (Omvoh) is a biologic given to adults with moderately to "
     "severely active ulcerative colitis and to adults with active Crohn's disease.",),
     {"ulcerative colitis", "crohn's disease"}),
    ("indicatedFor", "Pegcetacoplan", "Clinical Use Cases", ("Treat fever or sepsis as a possible bacterial infection, "
     "with prompt empirical antibiotics.",), set()),
    ("indicatedFor", "Elinzanetant", "Usage", ("It is also approved for vasomotor symptoms caused by adjuvant "
     "endocrine therapy for breast cancer.",), {"endocrine therapy-induced vasomotor symptoms"}),
    ("indicatedFor", "Elinzanetant", "Usage", ("It prevents migraine, covering episodic migraine (fewer than 15 "
     "headache days a month) and chronic migraine.",), {"migraine"}),
    ("indicatedFor", "Examplinib", "Usage", ("Suspected colitis (new diarrhea, cramping, fever) is managed by "
     "withholding the drug and giving corticosteroids as indicated.",), set()),
    ("indicatedFor", "Examplinib", "Usage", ("It is used for acute migraine attacks and their accompanying symptoms "
     "such as vomiting and a runny nose.",), {"migraine"}),
    ("indicatedFor", "Examplinib", "Usage", ("It is approved for adults with chronic spontaneous urticaria, the skin "
     "condition that causes recurrent itching and swelling.",), {"urticaria"}),
    ("indicatedFor", "Examplinib", "Usage", ("It is prescribed for the neurological manifestations of Wilson "
     "disease.",), {"wilson's disease"}),
    ("indicatedFor", "Examplinib", "Usage", ("It is used for primary biliary cholangitis; a benefit on preventing "
     "hepatic encephalopathy has not yet been shown.",), {"primary biliary cholangitis"}),
    ("indicatedFor", "Examplinib", "Usage", ("It is used in bronchiectasis to lower the number of exacerbations, the "
     "flare-ups of cough and breathlessness that need antibiotics.",), {"bronchiectasis"}),
    ("indicatedFor", "Examplinib", "Usage", ("It is a later-line treatment for colorectal cancer, intended to slow "
     "disease progression.",), {"colorectal cancer"}),
    ("indicatedFor", "Agalsidase", "Usage", ("Agalsidase beta is used to treat Fabry disease in adults and "
     "children.",), {"fabry disease"}),
    ("indicatedFor", "Fedratinib", "Usage", ("It treats myelofibrosis, including myelofibrosis that has evolved from "
     "polycythemia vera or essential thrombocythemia.",), {"myelofibrosis"}),
    # contraindications: one item for a missing vaccination, a named kind of dementia, provisos, reasons, times,
    # uses it is not approved for, a none clause and labelling leads
    ("contraindicatedIn", "Pegcetacoplan", "Contraindications", ("Patients not currently vaccinated against "
     "Streptococcus pneumoniae and Neisseria meningitidis",), {"unvaccinated patients"}),
    ("contraindicatedIn", "Haloperidol", "Contraindications", ("Dementia with Lewy bodies", "Mild cognitive "
     "impairment"), {"dementia with lewy bodies", "mild cognitive impairment"}),
    ("contraindicatedIn", "Lenalidomide", "Contraindications", ("Pregnancy, given the risk of severe birth defects",
     "Breastfeeding, during treatment and for 4 weeks after the last dose"), {"pregnancy", "breastfeeding"}),
    ("contraindicatedIn", "Nintedanib", "Contraindications", ("Nintedanib has been investigated in systemic sclerosis "
     "and sarcoidosis, but it is not approved for either condition and should not be used for them outside a "
     "clinical trial.",), set()),
    ("contraindicatedIn", "Ocrelizumab", "Contraindications", ("Hypersensitivity to the drug; for the subcutaneous "
     "form, hypersensitivity to hyaluronidase as well.", "No other contraindications appear in the label."),
     {"hypersensitivity", "hypersensitivity to hyaluronidase"}),
    ("contraindicatedIn", "Selumetinib", "Contraindications", ("None formally listed; avoided in pregnancy, "
     "breastfeeding, and severe hepatic impairment.", "European labeling rules out use in patients with "
     "hypersensitivity to selumetinib or to any of the excipients."),
     {"pregnancy", "breastfeeding", "severe hepatic impairment", "hypersensitivity"}),
    # monitoring: timing, signs' examples, dose rules and purposes are no parameters
    ("monitors", "Sebetralstat", "Monitoring", ("**Monitoring Parameters:** Symptom response after each dose, need for "
     "a second dose, attack frequency.",), {"symptom response", "attack frequency"}),
    ("monitors", "Rimegepant", "Monitoring", ("**Monitoring Parameters:** Blood pressure, and symptoms of Raynaud's "
     "phenomenon such as cold, numb or white fingers.",), {"blood pressure", "symptoms of raynaud's phenomenon"}),
    ("monitors", "Rozanolixizumab", "Dosage", ("Doses follow actual body weight.",), set()),
    ("monitors", "Gilteritinib", "Monitoring", ("**Monitoring Parameters:** ECG at baseline, weekly during induction "
     "and consolidation, then monthly; serum potassium.",), {"ecg", "serum potassium"}),
    ("monitors", "Alglucosidase", "Dosage", ("Start at 1 mg/kg, followed by 5 and then 20 mg/kg; infusion volumes are "
     "scaled to body weight.",), set()),
    ("monitors", "Sebelipase", "Monitoring", ("**Monitoring Parameters:** ALT, platelet count, and lipid profile to "
     "follow response.",), {"alt", "platelet count", "lipid profile"}),
    # signs of several things: each one is watched
    ("monitors", "Examplinib", "Monitoring", ("**Monitoring Parameters:** Liver enzymes, signs of infusion reactions, "
     "bruising, and fever.",), {"liver function tests", "signs of infusion reactions", "bruising", "fever"}),
    # contraindications: the verdict after an item ("rules out further use") and a restart ruled out
    ("contraindicatedIn", "Examplinib", "Contraindications", ("None formally listed; hypersensitivity and prior "
     "drug-induced pancreatitis rule out further use.",), {"hypersensitivity", "drug-induced pancreatitis"}),
    ("contraindicatedIn", "Examplinib", "Contraindications", ("A prior severe anaphylactic reaction to examplinib "
     "precludes retreatment.",), {"severe anaphylactic reaction to examplinib"}),
    ("contraindicatedIn", "Examplinib", "Contraindications", ("Not resumed after confirmed myocarditis, and generally "
     "avoided in people with a history of heart failure.",), {"myocarditis", "history of heart failure"}),
    ("contraindicatedIn", "Examplinib", "Contraindications", ("In practice, the drug is not restarted after grade 4 "
     "myocarditis or in patients who had a severe hypersensitivity reaction to it.",),
     {"myocarditis", "hypersensitivity"}),
    # a term written around its acronym is one term
    ("indicatedFor", "Examplinib", "Usage", ("It is used for adults with metastatic gastroesophageal junction (GEJ) "
     "adenocarcinoma.",), {"gastric cancer"}),
    ("indicatedFor", "Examplinib", "Usage", ("It is given to adults with pyruvate kinase (PK) deficiency who still "
     "need transfusions.",), {"pyruvate kinase deficiency"}),
    ("indicatedFor", "Examplumab", "Usage", ("It is used as routine prophylaxis in hemophilia A and hemophilia B.",),
     {"hemophilia a", "hemophilia b"}),
    # a past-tense list lead and patients who developed a condition
    ("contraindicatedIn", "Examplumab", "Contraindications", ("None formally defined; trials excluded allergy, "
     "bleeding disorders, and pregnancy.", "Patients who developed symptomatic heart failure during treatment"),
     {"hypersensitivity", "bleeding disorders", "pregnancy", "symptomatic heart failure"}),
    ("monitors", "Examplumab", "Monitoring", ("**Monitoring Parameters:** Serum potassium; breathing symptoms "
     "suggesting pneumonitis.",), {"serum potassium", "breathing symptoms"}),
    # what an investigational drug is developed for, and a class described with a comma
    ("indicatedFor", "Examplavir", "Usage", ("Examplavir is an investigational oral antifungal being developed for "
     "scedosporiosis and invasive aspergillosis.",), {"scedosporiosis", "aspergillosis"}),
    ("indicatedFor", "Tolebrutinib", "Usage", ("Tolebrutinib is a once-daily, brain-penetrant BTK inhibitor used in "
     "adults with relapsing multiple sclerosis.",), {"multiple sclerosis"}),
    # "a medicine for X"; how a use presents is no use
    ("indicatedFor", "Examplinib", "Usage", ("Examplinib is a topical medicine for primary axillary hyperhidrosis.",),
     {"hyperhidrosis"}),
    ("indicatedFor", "Examplinib", "Usage", ("It treats molybdenum cofactor deficiency (MoCD) Type A, a disorder that "
     "usually presents in the first week of life with seizures and feeding difficulty.",),
     {"molybdenum cofactor deficiency"}),
    ("monitors", "Examplinib", "Precautions", ("**Patients with Renal Impairment:** Its partner drug is cleared by the "
     "kidneys, so that drug's label should be followed when creatinine clearance is reduced.",), set()),
    ("indicatedFor", "Pegcetacoplan", "Usage", ("It has no approval for IgA nephropathy and trials continue; "
     "sparsentan and budesonide are the drugs approved for IgA nephropathy.",), set()),
    ("indicatedFor", "Pegcetacoplan", "Usage", ("It is used for paroxysmal nocturnal hemoglobinuria; eculizumab is "
     "another option.",), {"paroxysmal nocturnal hemoglobinuria"}),
    ("indicatedFor", "Lumasiran", "Clinical Use Cases", ("**Emergency Situations:** Secondary hyperoxaluria looks much "
     "the same on urine tests, but lumasiran does not treat it because the liver enzyme is normal there.",), set()),
    ("memberOf", "Examplinib", "Mechanism", ("**Pharmacological Classification:** Antibody-Drug Conjugate, "
     "HER2-Directed; Antineoplastic Agent",), {"antibody-drug conjugates", "antineoplastics"}),
    ("interactsWith", "Examplinib", "Drug Interactions", ("Other HER2-directed agents may add to its effects on heart "
     "function.",), {"her2-directed therapies"}),
    ("monitors", "Examplinib", "Precautions", ("**Patients with Comorbid Conditions:** Low magnesium calls for extra "
     "ECG checks and electrolyte correction before the first dose.",), {"ecg"}),
    ("indicatedFor", "Examplinib", "Usage", ("It treats an inherited ataxia and is meant to slow the loss of walking, "
     "speech and swallowing.",), {"ataxia"}),
    ("indicatedFor", "Ramucirumab", "Usage", ("Ramucirumab is used for advanced gastroesophageal adenocarcinoma.",),
     {"gastroesophageal adenocarcinoma"}),
    ("hasAdverseEffect", "Examplinib", "Side Effects", ("Raised ALT, amylase and lipase", "Headache"),
     {"alanine aminotransferase increased", "amylase increased", "lipase increased", "headache"}),
    ("memberOf", "Examplimab", "Mechanism", ("**Pharmacological Classification:** Monoclonal Antibody, Passive "
     "Immunizing Agent",), {"monoclonal antibodies", "passive immunizing agents"}),
    ("hasAdverseEffect", "Examplinib", "Side Effects", ("Headache", "Injection-site nodules are a problem of "
     "injectable octreotide, not of this oral tablet."), {"headache"}),
    ("hasAdverseEffect", "Examplinib", "Side Effects", ("Kidney stones and their complications, such as obstruction or "
     "infection",), {"nephrolithiasis", "obstruction", "infection"}),
    ("hasAdverseEffect", "Examplimab", "Side Effects", ("Mild pain or bruising where the needle went in, and fever",),
     {"injection site pain", "injection site bruising", "pyrexia"}),
    ("hasAdverseEffect", "Examplimab", "Side Effects", ("Bruising at the injection site in infants with "
     "thrombocytopenia",), {"injection site bruising"}),
    ("contraindicatedIn", "Examplimab", "Contraindications", ("Infants who have had anaphylaxis after a previous "
     "dose.",), {"anaphylaxis"}),
    ("contraindicatedIn", "Examplinib", "Contraindications", ("However:", "Severe hepatic impairment"),
     {"severe hepatic impairment"}),
    ("contraindicatedIn", "Examplinib", "Contraindications", ("In people with a history of gallstones, an alternative "
     "epilepsy treatment should be considered.",), {"gallbladder disease"}),
    ("monitors", "Examplinib", "Monitoring", ("**Monitoring Parameters:** Platelet count at baseline and monthly for "
     "at least 6 months after starting",), {"platelet count"}),
    ("monitors", "Examplinib", "Precautions", ("Monitor blood pressure closely, and watch for urinary symptoms in "
     "patients with a history of kidney stones.",), {"blood pressure"}),
    ("monitors", "Examplinib", "Monitoring", ("**Monitoring Parameters:** Blood pressure, thyroid function tests as "
     "with other kinase inhibitors",), {"blood pressure", "thyroid function"}),
    ("monitors", "Examplinib", "Precautions", ("Confirm pregnancy status before the first dose.",), {"pregnancy test"}),
    ("indicatedFor", "Nirsevimab", "Usage", ("Nirsevimab is given to infants to prevent lower respiratory tract "
     "disease caused by respiratory syncytial virus.",), {"respiratory syncytial virus infection"}),
    ("indicatedFor", "Olaparib", "Usage", ("Olaparib is used for platinum-sensitive ovarian cancer or fallopian tube "
     "cancer.",), {"ovarian cancer", "fallopian tube cancer"}),
    ("indicatedFor", "Micafungin", "Usage", ("Micafungin is used for candidemia in critically ill adults.",),
     {"invasive candidiasis"}),
    ("contraindicatedIn", "Examplinib", "Contraindications", ("The label lists no specific contraindications.",),
     set()),
    ("monitors", "Examplinib", "Pregnancy and Breastfeeding", ("It may harm a fetus. A pregnancy test is recommended "
     "before starting, and breastfed babies should be watched for drowsiness.",), {"pregnancy test"}),
    ("hasAdverseEffect", "Examplinib", "Side Effects", ("Headache", "Kidney injury was common with colistin, the "
     "comparator, and rare with this drug."), {"headache"}),
    ("monitors", "Examplinib", "Monitoring", ("**Monitoring Parameters:** Confirmation of KRAS mutation status before "
     "starting; blood pressure",), {"kras mutation status", "blood pressure"}),
    ("monitors", "Examplimab", "Monitoring", ("**Monitoring Parameters:** Hospitalization for 48 hours after the first "
     "dose; blood pressure",), {"blood pressure"}),
    ("contraindicatedIn", "Examplinib", "Contraindications", ("The US label contains no formal contraindications.",),
     set()),
    ("interactsWith", "Examplinib", "Drug Interactions", ("**Strong CYP3A inducers** - phenytoin lowers exposure; "
     "avoid.",), {"phenytoin"}),
    ("indicatedFor", "Examplimab", "Usage", ("It treats relapsed follicular lymphoma and mantle cell lymphoma.",),
     {"follicular lymphoma", "mantle cell lymphoma"}),
    ("indicatedFor", "Examplicillin", "Usage", ("It is used for hospital-acquired bacterial pneumonia caused by "
     "Klebsiella.",), {"hospital-acquired pneumonia"}),
    ("interactsWith", "Examplicillin", "Drug Interactions", ("OAT1 inhibitors such as probenecid raise its levels.",),
     {"oat1 and oat3 inhibitors", "probenecid"}),
    ("hasAdverseEffect", "Examplinib", "Side Effects", ("Liver toxicity, from raised transaminases to acute liver "
     "failure",), {"hepatotoxicity", "transaminases increased", "acute liver failure"}),
    ("hasAdverseEffect", "Examplinib", "Side Effects", ("Rash, from mild to severe",), {"rash"}),
    ("hasAdverseEffect", "Examplinib", "Side Effects", ("Anemia, fatigue; low platelets, neutrophils, and magnesium",),
     {"anaemia", "fatigue", "platelet count decreased", "neutrophil count decreased", "blood magnesium decreased"}),
    ("hasAdverseEffect", "Examplinib", "Side Effects", ("Neurologic toxicity, for example tremor or confusion",),
     {"neurotoxicity", "tremor", "confusional state"}),
    ("hasAdverseEffect", "Examplinib", "Side Effects", ("Pain and swelling at lymphoma sites",), {"pain", "oedema"}),
    ("hasAdverseEffect", "Examplinib", "Side Effects", ("Peripheral neuropathy (tingling, numbness, or pain in the "
     "feet)",), {"neuropathy peripheral"}),
    ("hasAdverseEffect", "Examplinib", "Side Effects", ("Liver fibrosis, which can be silent; alopecia; nail thinning "
     "(brittle, split nails)",), {"liver fibrosis", "alopecia", "nail thinning", "split nail"}),
    ("contraindicatedIn", "Examplicillin", "Contraindications", ("Severe hypersensitivity to either component",),
     {"hypersensitivity"}),
    ("contraindicatedIn", "Examplimab", "Contraindications", ("Active inflammatory disorder at the planned time of "
     "infusion",), {"active inflammatory disorder"}),
    ("hasAdverseEffect", "Examplimab", "Side Effects", ("Headache", "Hemolytic anemia is a known effect of the "
     "fludarabine given before the infusion."), {"headache"}),
    ("hasAdverseEffect", "Examplicillin", "Side Effects", ("Long courses can allow superinfection with resistant "
     "organisms.",), {"superinfection"}),
    ("hasAdverseEffect", "Examplimab", "Side Effects", ("Cytopenias; laboratory changes such as low albumin and high "
     "glucose or uric acid",), {"cytopenias", "hypoalbuminemia", "blood glucose increased",
                                "blood uric acid increased"}),
    ("hasAdverseEffect", "Examplinib", "Side Effects", ("Reduced LVEF / systolic dysfunction, dizziness",),
     {"ejection fraction decreased", "systolic dysfunction", "dizziness"}),
    ("hasAdverseEffect", "Examplimab", "Side Effects", ("Low antibody levels, which can keep infection risk raised",),
     {"low antibody levels", "infection"}),
    ("indicatedFor", "Examplinib", "Usage", ("It treats obstructive hypertrophic cardiomyopathy to relieve symptoms "
     "such as breathlessness and fatigue.",), {"hypertrophic cardiomyopathy"}),
    ("indicatedFor", "Examplidine", "Usage", ("It is used to relieve symptoms such as heartburn.",), {"heartburn"}),
    ("indicatedFor", "Examplinib", "Usage", ("It is approved for myeloid/lymphoid neoplasms with FGFR1 rearrangement, "
     "a rare group of blood cancers.",), {"myeloid/lymphoid neoplasms with fgfr1 rearrangement"}),
    ("monitors", "Examplimab", "Monitoring", ("**Monitoring Parameters:** Complete blood count until recovery; "
     "ferritin",), {"cbc", "ferritin"}),
    ("hasAdverseEffect", "Examplimab", "Side Effects", ("Pneumonitis, especially with the partner kinase "
     "inhibitor, toxic epidermal necrolysis, eye problems (keratitis, uveitis)",),
     {"pneumonitis", "toxic epidermal necrolysis", "keratitis", "uveitis"}),
    ("hasAdverseEffect", "Examplinib", "Side Effects", ("Toe amputations are more likely in people with earlier "
     "amputation, peripheral artery disease, neuropathy or foot ulcers.",), {"lower limb amputation"}),
    ("hasAdverseEffect", "Examplinib", "Side Effects", ("Modest rises in LDL cholesterol and hematocrit may occur.",),
     {"low density lipoprotein increased", "haematocrit increased"}),
    ("hasAdverseEffect", "Examplimab", "Side Effects", ("Persistent nail changes and hair changes",),
     {"nail disorder", "hair changes"}),
    ("hasAdverseEffect", "Examplinib", "Side Effects", ("Liver injury, seen as raised ALT", "Skin cancers, namely "
     "basal cell carcinoma"), {"liver injury", "alanine aminotransferase increased", "skin cancer",
                               "basal cell carcinoma"}),
    ("hasAdverseEffect", "Examplinib", "Side Effects", ("Unlike doxorubicin, which is sometimes used for aggressive "
     "desmoid tumors, it has not been linked to heart damage; nausea",), {"nausea"}),
    ("contraindicatedIn", "Examplinib", "Contraindications", ("Its European label excludes these groups, and most "
     "clinics follow it:", "Pregnancy"), {"pregnancy"}),
    ("indicatedFor", "Examplinib", "Usage", ("It treats extensive-stage small cell lung cancer.",),
     {"small cell lung cancer"}),
    ("indicatedFor", "Examplinib", "Usage", ("It is used for activated PI3K-delta syndrome (APDS).",),
     {"activated pi3k-delta syndrome"}),
    ("indicatedFor", "Eplontersen", "Usage", ("It treats the polyneuropathy of hereditary transthyretin-mediated "
     "amyloidosis. Its use in transthyretin amyloid cardiomyopathy is being investigated but has not been approved.",),
     {"hereditary transthyretin amyloid polyneuropathy"}),
    ("hasAdverseEffect", "Examplinib", "Side Effects", ("Nausea", "In a patient with leukemia, the graft could be "
     "contaminated."), {"nausea"}),
    ("indicatedFor", "Examplimab", "Usage", ("It treats advanced squamous cell carcinoma of the anal canal and "
     "cutaneous squamous cell carcinoma.",),
     {"anal canal squamous cell carcinoma", "cutaneous squamous cell carcinoma"}),
])
def test_what_a_section_names(lexicon, relation, title, heading, bullets, expected) -> None:  # type: ignore[no-untyped-def]
    """Exactly the objects of one relation that a section holding ``bullets`` names."""
    assert section_objects(relation, title, heading, *bullets) == expected


@pytest.mark.parametrize(("relation", "title", "heading", "bullets", "named", "not_named"), [
    ("indicatedFor", "Daprodustat", "Usage", ("Daprodustat is prescribed for the treatment of anemia caused by chronic "
     "kidney disease (CKD) in adults on dialysis.",), {"anemia"}, {"chronic kidney disease"}),
    ("indicatedFor", "Daprodustat", "Usage", ("It is used in adults with psoriatic arthritis and non-radiographic "
     "axial spondyloarthritis with objective signs of inflammation.",),
     {"psoriatic arthritis", "non-radiographic axial spondyloarthritis"}, {"inflammation"}),
    ("indicatedFor", "Ensifentrine", "Clinical Use Cases", ("Acute COPD exacerbations are treated with short-acting "
     "bronchodilators, oral corticosteroids, and antibiotics when indicated; ensifentrine is restarted once the "
     "patient is stable.",), set(), {"copd exacerbation"}),
    ("indicatedFor", "Lanthanum Carbonate", "Usage", ("It is prescribed for patients on dialysis whose "
     "hyperphosphatemia persists despite a low-phosphate diet.",), {"hyperphosphatemia"}, set()),
    # (named here for the first time: the use)
    ("indicatedFor", "Vutrisiran", "Usage", ("It treats transthyretin amyloid cardiomyopathy, where it lowers the risk "
     "of cardiovascular death and urgent heart failure visits.",), {"transthyretin amyloid cardiomyopathy"},
     {"heart failure"}),
    ("indicatedFor", "Ocrelizumab", "Usage", ("Ocrelizumab is used for relapsing multiple sclerosis, and its "
     "subcutaneous form, co-formulated with hyaluronidase, is also approved for primary progressive disease.",),
     {"multiple sclerosis"}, set()),
    ("contraindicatedIn", "Etrasimod", "Contraindications", ("European labelling also lists [an immunodeficient state, "
     "active malignancy, and severe hepatic impairment]",),
     {"immunodeficiency", "active malignancy", "severe hepatic impairment"}, set()),
    ("contraindicatedIn", "Ravulizumab", "Contraindications", ("Unresolved serious infection, lack of meningococcal "
     "vaccination (without antibiotic prophylaxis), severe hepatic impairment (unless the benefit is judged to "
     "outweigh the risk), hypersensitivity.",),
     {"lack of meningococcal vaccination", "severe hepatic impairment", "hypersensitivity"}, set()),
    ("monitors", "Crinecerfont", "Monitoring", ("**Monitoring Parameters:** Serum androstenedione, the daily "
     "glucocorticoid dose, bone age.",), {"androstenedione", "daily glucocorticoid dose", "bone age"}, {"the"}),
])
def test_what_a_section_names_and_leaves_out(lexicon, relation, title, heading, bullets, named, not_named) -> None:  # type: ignore[no-untyped-def]
    """What a section holding ``bullets`` names (among other objects) and what it must not name."""
    found = section_objects(relation, title, heading, *bullets)
    assert named <= found
    assert not found & not_named


def test_a_brand_clause_that_sets_the_product_apart_names_none(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert synonyms("- Exblifep (brand name)\n- Maxipime is a brand name of plain cefepime and is a separate "
                    "product.\n", "Cefepime-Enmetazobactam") == ("Exblifep",)
