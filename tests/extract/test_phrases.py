from __future__ import annotations

import pytest

from extract.phrases import acronym_spans, acronym_variant, list_phrases


def cores(text: str) -> list[str]:
    return [p.core for p in list_phrases(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Known hypersensitivity to quinapril or any other ACE inhibitor", ["hypersensitivity to quinapril"]),
        ("Severe hepatic impairment, particularly with ascites", ["Severe hepatic impairment"]),
        ("Chronic kidney disease, including dialysis patients", ["Chronic kidney disease", "dialysis patients"]),
        ("Serum sodium and potassium, liver enzymes at baseline", ["Serum sodium", "potassium", "liver enzymes"]),
        ("Allergy to sulfa drugs or thiazides", ["Allergy to sulfa drugs or thiazides"]),
        ("First- or second-degree burns", ["First- or second-degree burns"]),
        ("Continuous ECG monitoring", ["ECG"]),
        ("Take it with food and avoid alcohol", []),
        ("Allergy to penicillin, HLA-A*31:01 carriers, probenecid coadministration",
         ["Allergy to penicillin", "HLA-A*31:01 carriers", "probenecid coadministration"]),
        ("Allergy to penicillin, including any earlier rash from it", ["Allergy to penicillin"]),
        ("Patients with heart block, recent stroke, or poorly controlled asthma",
         ["heart block", "recent stroke", "poorly controlled asthma"]),
        ("Hypokalemia or magnesium deficiency", ["Hypokalemia", "magnesium deficiency"]),
        ("Persistent and marked supine hypertension", ["Persistent and marked supine hypertension"]),
        ("Bowel obstruction, including gastric or duodenal stenosis",
         ["Bowel obstruction", "gastric or duodenal stenosis"]),
        ("Proven or suspected pancreatitis", ["pancreatitis"]),
        ("History of neutropenia, ITP, or gout", ["History of neutropenia", "ITP", "gout"]),
        ("Weight, bowel and bladder function", ["Weight", "bowel function", "bladder function"]),
        ("Long-term use in severe renal impairment", ["severe renal impairment"]),
        ("Allergy to drug A or to drug B, which shares its metabolite", ["Allergy to drug A or to drug B"]),
        ("Six-minute walk distance and WHO functional class", ["Six-minute walk distance", "WHO functional class"]),
        ("Signs of neutropenia such as sore throat, chills, or mouth ulcers",
         ["Signs of neutropenia", "sore throat", "chills", "mouth ulcers"]),
        ("Recent or active peptic ulcer", ["Recent or active peptic ulcer"]),
        ("History of seizures or head injury", ["History of seizures", "head injury"]),
        ("Hepatitis B and C serology", ["Hepatitis B and C serology"]),
        ("Blood glucose in diabetes, serum sodium in older adults", ["Blood glucose", "serum sodium"]),
        ("Allergy to terazosin, history of fainting, bowel obstruction",
         ["Allergy to terazosin", "history of fainting", "bowel obstruction"]),
        ("Allergy to chloroquine, pre-existing retinopathy", ["Allergy to chloroquine", "pre-existing retinopathy"]),
        ("Allergy to penicillin, cephalosporins, or latex", ["Allergy to penicillin", "Allergy to cephalosporins",
                                                             "Allergy to latex"]),
        ("Allergy to ibuprofen or to any ingredient of the tablet", ["Allergy to ibuprofen"]),
        ("Concomitant use of MAO inhibitors such as selegiline, including rasagiline", []),
        ("EU labeling also lists porphyria, myasthenia gravis", ["porphyria", "myasthenia gravis"]),
        ("Platelet count if fever or bruising suggests a blood disorder", ["Platelet count"]),
        ("Signs and symptoms of infection, mood and behavior at every visit, serum sodium in at-risk patients",
         ["Signs and symptoms of infection", "mood", "behavior", "serum sodium"]),
        ("Long QT syndrome or a family history of sudden cardiac death",
         ["Long QT syndrome", "family history of sudden cardiac death"]),
        ("INR 3-5 days after each dose change, then every 4 weeks; platelet count if bruising appears",
         ["INR", "platelet count"]),
        # a one-word item continues the object before it only when the run closes with "and/or X"
        ("Stroke within 30 days, the weeks after a heart attack, angioedema",
         ["Stroke", "weeks after a heart attack", "angioedema"]),
        ("Recent surgery of the brain, spine, or eye", ["Recent surgery of the brain, spine, or eye"]),
        # time windows and causes are no part of the condition's name
        ("Heparin-induced thrombocytopenia within the past 90 days", ["Heparin-induced thrombocytopenia"]),
        ("Previous angioedema caused by an ACE inhibitor", ["angioedema"]),
        # reasons and product qualifiers are not items
        ("Allergy to sotalol, because of cross-reactivity", ["Allergy to sotalol"]),
        ("Allergy; for the extended-release capsules, recent alcohol use", ["Allergy", "recent alcohol use"]),
        # organs before one head noun each take it
        ("Severe kidney or liver disease", ["Severe kidney disease", "Severe liver disease"]),
        ("Cardiac, renal or hepatic failure", ["Cardiac failure", "renal failure", "hepatic failure"]),
        # a condition clause closes its own item and leaves the rest of the list standing
        ("Weight, liver enzymes if jaundice is suspected, potassium in heart failure, and INR with warfarin",
         ["Weight", "liver enzymes", "potassium", "INR"]),
        ("Complete blood count with differential", ["Complete blood count with differential"]),
        # "current or previous diagnosis of" leads a list; it names no condition itself
        ("Current or previous diagnosis of psoriasis or lupus", ["psoriasis", "lupus"]),
        ("Use of an MAOI within 14 days, or starting one within 5 days of stopping", []),
        # a population tail is dropped before "A and B" is split
        ("Calcium and phosphate in patients at risk of renal bone disease", ["Calcium", "phosphate"]),
        # an item leaning on the one before it ("after it") names nothing by itself
        ("Unstable angina and the first weeks after it", ["Unstable angina"]),
        # a qualifier pair opens its item; the list goes on after it
        ("Acute or chronic bronchitis or hypoxia", ["Acute or chronic bronchitis", "hypoxia"]),
        # what the condition comes with or from is no part of its name; an age limit is
        ("Kidney or liver disease together with strong CYP3A4 inhibitors", ["Kidney disease", "liver disease"]),
        ("Pancreatitis associated with earlier use of the drug", ["Pancreatitis"]),
        ("Children younger than 6 years", ["Children younger than 6 years"]),
        # a sentence stays prose even when a "with" tail would hide its verb
        ("The ECG checks often advised with other antiarrhythmics are not needed for this drug", []),
        # a measurement qualifier before "and" shares the measure; "plus" opens an item; a purpose ends one
        ("Fasting and postprandial blood glucose, plus lipid panel, renal function for dose selection",
         ["Fasting blood glucose", "postprandial blood glucose", "lipid panel", "renal function"]),
        ("Eye examination after 5 years of use", ["Eye examination"]),
        # a qualifier before coordinated organs qualifies each; schedules are no items
        ("Severe hepatic or renal impairment", ["Severe hepatic impairment", "Severe renal impairment"]),
        ("Heart rate at baseline, after dose changes, and periodically", ["Heart rate"]),
        ("Frequency and severity of migraine attacks", ["migraine attacks"]),
        # the drugs given as examples of a co-use are no conditions; the list goes on after "or D"
        ("Current use of a nitrate such as nitroglycerin, isosorbide, or molsidomine, severe anemia",
         ["severe anemia"]),
        ("Allergy, and in some labeling marked agitation, glaucoma", ["Allergy", "marked agitation", "glaucoma"]),
        # routes, appositives and the product parts an allergy covers are no conditions
        ("Intravenous, intramuscular, or epidural administration", []),
        ("Allergy to the drug, including the patch adhesive or gel ingredients", ["Allergy to the drug"]),
        ("Allergy to risperidone, its active metabolite", ["Allergy to risperidone"]),
        # an allergy with its own "or" has listed its allergens: the next items are conditions
        ("Allergy to lincomycin or clindamycin, early pregnancy, porphyria",
         ["Allergy to lincomycin or clindamycin", "early pregnancy", "porphyria"]),
        ("Allergy to sulfa drugs, penicillin, or cephalosporins, liver failure",
         ["Allergy to sulfa drugs", "Allergy to penicillin", "Allergy to cephalosporins", "liver failure"]),
        # without a closing "or C", the items after an allergy are conditions of their own
        ("Angioedema, allergy to ACE inhibitors, pregnancy, aliskiren use",
         ["Angioedema", "allergy to ACE inhibitors", "pregnancy", "aliskiren use"]),
        # qualifiers alone are no items; "X included" is X; a comma between grading adjectives splits nothing
        ("Bowel obstruction, known or suspected, paralytic ileus included", ["Bowel obstruction", "paralytic ileus"]),
        ("A severe, immediate-type allergy to penicillins", ["severe, immediate-type allergy to penicillins"]),
        # body fluids share a head noun like organs; a cut tail leaves no dangling "and"
        ("HbA1c, and blood or urine ketones during illness", ["HbA1c", "blood ketones", "urine ketones"]),
        ("Pain intensity and daily function, bowel function", ["Pain intensity", "bowel function"]),
        # "without a pacemaker" qualifies; a bare diagnosis or form is no item; an organ's other state keeps
        # the organ; an adjective coordinated with the next part stays with its noun
        ("Sick sinus syndrome without a pacemaker, motor tics or a diagnosis of Tourette syndrome",
         ["Sick sinus syndrome", "motor tics", "Tourette syndrome"]),
        ("History of colitis for topical and vaginal forms", ["History of colitis"]),
        ("Liver disease or dysfunction, including cirrhosis", ["Liver disease", "Liver dysfunction", "cirrhosis"]),
        ("Mood changes and psychotic or manic symptoms; tics", ["Mood changes", "psychotic or manic symptoms", "tics"]),
        # postures, "whenever ...", "after parenteral doses", "from 2 weeks", "in PAH" and "periodic" frame an item
        ("Blood pressure lying and standing, serum uric acid from 2 weeks after starting, liver tests whenever "
         "symptoms suggest injury", ["Blood pressure", "serum uric acid", "liver tests"]),
        ("Heart rate after parenteral doses, baseline and periodic ECG, and, in PAH, exercise capacity",
         ["Heart rate", "ECG", "exercise capacity"]),
        # a "with" after "A or B" binds both; CNS and eye share a head; "who cannot ..." is a tail; "recent" qualifies
        ("Atrial fibrillation or flutter with an accessory pathway, cardiogenic shock",
         ["Atrial fibrillation or flutter with an accessory pathway", "cardiogenic shock"]),
        ("Active bleeding, recent CNS or eye surgery, psychosis who cannot follow dosing",
         ["Active bleeding", "recent CNS surgery", "recent eye surgery", "psychosis"]),
        # a schedule alone is no item
        ("Serum potassium at 1 week, monthly for the first 3 months, then every 3 months; serum sodium",
         ["Serum potassium", "serum sodium"]),
        # a lone qualifier opening a run of qualifiers stays with what they qualify
        ("Cirrhosis, and acute, untreated or uncontrolled hepatitis", ["Cirrhosis",
                                                                       "acute, untreated or uncontrolled hepatitis"]),
        # an item whose label is followed only by a verdict is the label
        ("Severe renal impairment (eGFR under 30 mL/min): not recommended", ["Severe renal impairment"]),
        # the markers an item lacks are no items; other things after a "without" are
        ("Melanomas without a confirmed NRAS mutation, fusion, or amplification, and pregnancy",
         ["Melanomas", "pregnancy"]),
        ("Infants without vaccination, pregnancy, or liver disease", ["Infants", "pregnancy", "liver disease"]),
    ],
)
def test_list_phrases_trim_qualifiers_and_split_coordination(text: str, expected: list[str]) -> None:
    assert cores(text) == expected


def test_longer_forms_are_kept_as_variants() -> None:
    phrase = list_phrases("Acute or chronic pancreatitis")[0]
    assert "pancreatitis" in phrase.variants and "Acute or chronic pancreatitis" in phrase.variants


def test_a_recent_event_is_also_named_without_recent() -> None:
    phrase = list_phrases("Active bleeding, recent CNS surgery")[1]
    assert phrase.core == "recent CNS surgery" and "CNS surgery" in phrase.variants


def test_an_allergy_to_either_of_two_names_is_written_both_ways() -> None:
    phrase = list_phrases("Anemia, hypersensitivity to lincomycin or clindamycin, colitis")[1]
    assert phrase.core == "hypersensitivity to lincomycin or clindamycin"
    assert {"hypersensitivity to lincomycin", "hypersensitivity to clindamycin"} <= set(phrase.variants)


def test_acronym_variant() -> None:
    assert acronym_variant("Selective Serotonin Reuptake Inhibitor (SSRI) Antidepressant") == "SSRI Antidepressant"
    assert acronym_variant("Proton Pump Inhibitor (PPI)") == "PPI"
    assert acronym_variant("Water (not an acronym) here") is None


def test_a_name_spelt_out_before_its_acronym_is_one_name() -> None:
    text = "Antidepressant, Selective Norepinephrine and Serotonin Enhancer (SNSE), Kinase-Dependent Blocker (KDB)"
    spans = acronym_spans(text)
    assert [text[lo:hi] for lo, hi in spans] == ["Selective Norepinephrine and Serotonin Enhancer",
                                                 "Kinase-Dependent Blocker"]
    assert "Selective Norepinephrine and Serotonin Enhancer" in cores(text)
    assert acronym_spans("Loop Diuretic (not a thiazide)") == []


def test_an_adverb_before_an_organ_list_keeps_the_shared_head() -> None:
    assert next(p.core for p in list_phrases("Markedly impaired hepatic, renal, or cardiac function")) == \
        "Markedly impaired hepatic function"


def test_a_history_of_such_events_is_no_item_of_its_own() -> None:
    assert [p.core for p in list_phrases("Active thrombosis or thromboembolic disease, or a history of such events")] \
        == ["Active thrombosis", "thromboembolic disease"]


def test_a_degree_and_a_course_qualify_the_next_noun() -> None:
    assert [p.core for p in list_phrases("Severe acute or chronic kidney disease, including renal failure")] == [
        "Severe acute or chronic kidney disease", "renal failure"]
    assert [p.core for p in list_phrases("extrapyramidal symptoms and abnormal involuntary movements")] == [
        "extrapyramidal symptoms", "abnormal involuntary movements"]


def test_a_lead_label_with_a_bracketed_remark_is_no_part_of_the_first_item() -> None:
    assert [p.core for p in list_phrases("Relative contraindications (use only if the benefit is worth it): "
                                         "narrow-angle glaucoma, and asthma")] == ["narrow-angle glaucoma", "asthma"]


def test_an_approximate_schedule_is_no_item() -> None:
    cores = [p.core for p in list_phrases("Lymphocyte count and hemoglobin at baseline, after 4-8 weeks, and about "
                                          "every 3 months")]
    assert "about" not in cores


def test_an_item_is_also_named_without_its_article() -> None:
    phrases = list_phrases("Congenital long QT syndrome, or a baseline QTc above 460 ms")
    assert "baseline QTc above 460 ms" in phrases[-1].variants


def test_where_a_label_applies_is_no_item() -> None:
    assert cores("In Canada, labeling also excludes severe renal impairment and unstable angina") == [
        "severe renal impairment", "unstable angina"]


def test_the_halves_of_an_elided_class_list_are_no_items() -> None:
    assert cores("Known allergy; strong or moderate CYP2D6 inhibitors or inducers") == ["allergy",
                                                                                        "moderate CYP2D6 inhibitors"]


def test_when_a_check_is_done_is_no_part_of_it() -> None:
    assert cores("Serum digoxin level where available, and potassium") == ["Serum digoxin level", "potassium"]


def test_organism_kinds_before_one_head_each_take_it() -> None:
    assert cores("Untreated bacterial, fungal, or viral skin infections") == [
        "Untreated bacterial skin infections", "fungal skin infections", "viral skin infections"]


def test_forms_an_allergy_covers_and_states_of_the_skin() -> None:
    assert cores("Allergy to the drug or to any component of the foam, ointment, or spray") == ["Allergy to the drug"]
    assert cores("Application to chapped, irritated, or inflamed skin") == [
        "chapped skin", "irritated skin", "inflamed skin"]


def test_a_semicolon_closes_the_allergens_of_an_allergy() -> None:
    assert cores("Allergy to the drug or its base; breastfeeding; liver or kidney disease") == [
        "Allergy to the drug or its base", "breastfeeding", "liver disease", "kidney disease"]


def test_a_follow_up_visit_is_when_a_check_is_done() -> None:
    assert cores("Skin dryness at follow-up") == ["Skin dryness"]


def test_when_a_level_is_checked_and_why_a_group_is_at_risk_are_no_items() -> None:
    assert cores("Fasting, pre-meal, and bedtime blood glucose") == ["Fasting", "blood glucose"]
    assert cores("Older adults, whose frail, thin skin bruises easily, and smokers") == ["Older adults", "smokers"]


def test_a_grade_alone_is_no_item() -> None:
    assert cores("Known significant or chronic liver disease, such as cirrhosis") == [
        "chronic liver disease", "cirrhosis"]


def test_cells_and_solutes_before_one_measure_each_take_it() -> None:
    assert cores("Anemia, low eosinophil and monocyte counts") == ["Anemia", "low eosinophil counts",
                                                                   "low monocyte counts"]
    assert cores("High potassium, chloride and calcium levels") == [
        "High potassium levels", "High chloride levels", "High calcium levels"]
    assert cores("Reduced hemoglobin, low platelets and leukocyte counts") == [
        "Reduced hemoglobin", "low platelet counts", "low leukocyte counts"]  # the hemoglobin is no count
    assert cores("Weight loss and low platelet counts") == ["Weight loss", "low platelet counts"]


def test_a_kind_of_measure_with_examples_is_no_item() -> None:
    assert cores("Blood pressure, and efficacy endpoints such as exercise capacity and symptom scores") == [
        "Blood pressure", "exercise capacity", "symptom scores"]


def test_signs_of_two_things_are_two_items_unless_they_share_a_head() -> None:
    assert cores("ECG, signs of bleeding and liver function tests") == [
        "ECG", "signs of bleeding", "liver function tests"]
    assert cores("signs of bacterial or fungal infection") == ["signs of bacterial or fungal infection"]


def test_being_on_treatment_is_no_part_of_an_item() -> None:
    assert cores("Pregnancy, grade 3 pneumonitis on therapy") == ["Pregnancy", "grade 3 pneumonitis"]


def test_the_people_an_example_names_are_no_part_of_what_they_have() -> None:
    assert cores("Risk of seizures, such as those with epilepsy or recent head injury or alcohol withdrawal") == [
        "Risk of seizures", "epilepsy", "recent head injury", "alcohol withdrawal"]


def test_bare_times_and_weeks_are_no_items() -> None:
    assert cores("Lipid panel at baseline, 2, 4 and 8 months; pain score at week 12") == ["Lipid panel",
                                                                                       "pain score"]


def test_the_locants_of_a_chemical_name_are_no_list() -> None:
    assert cores("Echinocandin, 1,3-beta-D-glucan synthase inhibitor") == ["Echinocandin",
                                                                          "1,3-beta-D-glucan synthase inhibitor"]
