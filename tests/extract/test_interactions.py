"""Interaction rules pinned on sentences written for these tests."""

from __future__ import annotations

import pytest

from extract.model import Extraction, Relation
from extract.pipeline import extract_document
from extract.reader import parse_post


def extract(bullets: list[str], title: str = "Warfarin") -> Extraction:
    body = "## Drug Interactions\n" + "".join(f"- {b}\n" for b in bullets)
    return extract_document(parse_post(f"{title.lower()}.md", {"title": title}, body))


def pairs(bullets: list[str], title: str = "Warfarin") -> set[frozenset[str]]:
    """Unordered label pairs of the interaction edges of bullets in a Drug Interactions section."""
    return interaction_pairs(extract(bullets, title))


def document_pairs(body: str, title: str) -> set[frozenset[str]]:
    """Unordered label pairs of the interaction edges of a whole monograph ``body``."""
    return interaction_pairs(extract_document(parse_post(f"{title.lower()}.md", {"title": title}, body)))


def monograph_pairs(interaction_bullets: list[str], title: str) -> set[frozenset[str]]:
    """Interaction pairs of a full monograph (enough section kinds to be read as one about its drug) whose
    Drug Interactions section holds ``interaction_bullets``; the other sections name nothing that interacts."""
    body = ("## Usage\n- It relieves symptoms.\n## Side Effects\n- Nausea\n## Contraindications\n- Allergy\n"
            "## Dosage\n- Once daily\n## Precautions\n- Take as directed.\n## Drug Interactions\n"
            + "".join(f"- {b}\n" for b in interaction_bullets))
    return document_pairs(body, title)


def interaction_pairs(extraction: Extraction) -> set[frozenset[str]]:
    return {
        frozenset((st.subject.label.lower(), st.object.label.lower()))
        for st in extraction.statements
        if st.relation == Relation.INTERACTS_WITH
    }


def partners(found: set[frozenset[str]], name: str) -> set[str]:
    return {label for pair in found if name in pair for label in pair if label != name}


def subject_partners(bullets: list[str], title: str, *, monograph: bool = False) -> set[str]:
    """The partners of the title's drug in a Drug Interactions section of ``bullets`` (in a full monograph
    when ``monograph``)."""
    found = monograph_pairs(bullets, title) if monograph else pairs(bullets, title)
    return partners(found, title.lower())


def test_two_named_drugs_interact_with_each_other(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Rifampin speeds up the clearance of midazolam."], title="Fluconazole")
    assert frozenset({"rifampin", "midazolam"}) in found
    assert not partners(found, "fluconazole")


def test_named_subject_pairs_with_every_listed_drug(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Ketoconazole and ritonavir raise plasma levels of warfarin."])
    assert {"ketoconazole", "ritonavir"} <= partners(found, "warfarin")
    assert frozenset({"ketoconazole", "ritonavir"}) not in found  # a list of alternatives is no pair


def test_each_member_of_both_groups_is_paired(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Cimetidine and erythromycin may slow the elimination of theophylline or caffeine."],
                  title="Lorazepam")
    for left in ("cimetidine", "erythromycin"):
        assert {"theophylline", "caffeine"} <= partners(found, left)


def test_subjectless_bullet_keeps_the_monograph_drug(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["May lower the absorption of iron and zinc supplements."], title="Omeprazole")
    assert "iron" in partners(found, "omeprazole")


def test_bare_list_line_names_partners_of_the_subject(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Aspirin, clopidogrel, heparin, ibuprofen."])
    assert {"aspirin", "clopidogrel", "ibuprofen"} <= partners(found, "warfarin")


def test_single_drug_without_interaction_cue_is_not_a_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Patients were also allowed to take acetaminophen during the trial."], title="Celecoxib")
    assert not partners(found, "celecoxib")


def test_negated_pair_is_not_asserted(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["The kinetics of digoxin were unchanged when ranitidine was given."], title="Sucralfate")
    assert frozenset({"digoxin", "ranitidine"}) not in found


def test_bare_enzymes_are_not_partners_but_their_inhibitors_are(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Strong CYP3A4 inhibitors increase exposure to simvastatin, which is a CYP3A4 substrate."],
                  title="Clarithromycin")
    labels = {label for pair in found for label in pair}
    assert not any(label in ("cyp3a4", "cytochrome p-450 cyp3a4") for label in labels)


def test_blood_glucose_is_a_measurement_not_a_drug(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Thiazide diuretics can raise blood glucose."], title="Glipizide")
    assert not any("glucose" in pair for pair in found)
    assert partners(found, "glipizide")


def test_subject_brand_names_in_prose_are_the_subject(lexicon) -> None:  # type: ignore[no-untyped-def]
    ex = extract(["Caution is advised when ZORVANEX is given with verapamil."], title="Esmolol")
    edges = [st for st in ex.statements if st.relation == Relation.INTERACTS_WITH]
    assert any(st.subject.label.lower() == "esmolol" and st.object.label.lower() == "verapamil" for st in edges)
    assert any(c.label.lower() == "esmolol" and text == "ZORVANEX" for c, text in ex.surface_forms)


def test_salt_forms_are_kept_as_surface_forms(lexicon) -> None:  # type: ignore[no-untyped-def]
    ex = extract(["Colestipol lowers the absorption of pravastatin sodium."], title="Gemfibrozil")
    assert any(text == "pravastatin sodium" for _, text in ex.surface_forms)


def test_ester_forms_are_kept_as_surface_forms(lexicon) -> None:  # type: ignore[no-untyped-def]
    ex = extract(["Carbamazepine speeds the clearance of haloperidol decanoate."], title="Fluoxetine")
    assert any(text == "haloperidol decanoate" for _, text in ex.surface_forms)


def test_a_doubt_conceded_first_does_not_deny_what_follows(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Although formal studies have not been carried out, caution is advised when Velmora is given "
                   "with ketoconazole or other strong CYP3A4 inhibitors.",
                   "Though no trial has looked at it, an additive sedative effect with CNS depressants (alcohol, "
                   "opioids) should be expected."], title="Velmora")
    assert {"ketoconazole", "alcohol", "opioids"} <= partners(found, "velmora")


def test_a_denial_after_a_concession_still_denies(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Although Velmora briefly raises peak digoxin levels, total digoxin exposure does not change and "
                   "no clinically significant interaction with digoxin has been found."], title="Velmora")
    assert "digoxin" not in partners(found, "velmora")


def test_pairs_between_other_drugs_survive_deduplication(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Clarithromycin and itraconazole increase concentrations of cyclosporine and tacrolimus."],
                  title="Mycophenolate")
    cross = {frozenset({a, b}) for a in ("clarithromycin", "itraconazole") for b in ("cyclosporine", "tacrolimus")}
    assert len(cross & found) >= 3  # dedupe keys on (object, sentence); see report


def test_explicit_style_document_withholds_implicit_pairs(lexicon) -> None:  # type: ignore[no-untyped-def]
    bullets = [
        "Rifampin lowers warfarin levels.",
        "Amiodarone raises warfarin concentrations.",
        "Fluconazole inhibits warfarin metabolism.",
        "Aspirin increases the bleeding risk of warfarin.",
        "May increase the effect of theophylline.",
    ]
    assert "theophylline" not in partners(pairs(bullets), "warfarin")
    assert "theophylline" in partners(pairs(bullets[-1:]), "warfarin")


def test_advice_not_to_combine_is_still_an_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Ciprofloxacin should not be given with theophylline."], title="Ciprofloxacin")
    assert "theophylline" in partners(found, "ciprofloxacin")


def test_conditional_advice_names_an_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["If digoxin is started in patients taking amiodarone, reduce the digoxin dose."], title="Quinidine")
    assert frozenset({"digoxin", "amiodarone"}) in found


def test_coadministration_of_a_and_b_pairs_them(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Coadministration of ritonavir and midazolam is contraindicated."], title="Omeprazole")
    assert frozenset({"ritonavir", "midazolam"}) in found


def test_class_describing_a_drug_is_not_a_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Fluvoxamine raises the plasma levels of the benzodiazepine diazepam."], title="Clopidogrel")
    assert frozenset({"fluvoxamine", "diazepam"}) in found
    assert not any("benzodiazepine" in label for pair in found for label in pair)


def test_brand_glossed_with_the_subject_is_learned(lexicon) -> None:  # type: ignore[no-untyped-def]
    bullets = [
        "Zentravo (esmolol hydrochloride) may add to the effect of verapamil.",
        "Zentravo raises the plasma concentration of digoxin.",
    ]
    found = pairs(bullets, title="Esmolol")
    assert {"verapamil", "digoxin"} <= partners(found, "esmolol")


def test_a_drug_does_not_interact_with_its_own_class(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Aspirin and clopidogrel can add to the anticoagulant action of heparin."], title="Heparin")
    assert {"aspirin", "clopidogrel"} <= partners(found, "heparin")
    assert not any("anticoagulant" in label or "heparins" in label for pair in found for label in pair)


def test_other_members_of_the_own_class_are_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Taking ibuprofen with other NSAIDs raises the risk of stomach bleeding."], title="Ibuprofen")
    assert any("nsaid" in label for label in partners(found, "ibuprofen"))


def test_class_in_apposition_with_the_subject_also_pairs(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Giving a fluoroquinolone, including ciprofloxacin, with sucralfate lowers its absorption."],
                  title="Ciprofloxacin")
    assert "sucralfate" in partners(found, "ciprofloxacin")
    assert any("fluoroquinolone" in label for label in partners(found, "sucralfate"))
    assert not any("fluoroquinolone" in label for label in partners(found, "ciprofloxacin"))


def test_measured_body_substances_are_not_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs([
        "Spironolactone and other potassium-sparing diuretics raise serum potassium in patients on lisinopril.",
    ], title="Lisinopril")
    assert "spironolactone" in partners(found, "lisinopril")
    assert "potassium" not in {label for pair in found for label in pair}


def test_study_without_a_finding_is_no_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs([
        "Changes in the clearance of pravastatin with diltiazem were small and not significant.",
        "Whether combining amlodipine with digoxin is safe has not been established.",
        "Verapamil raises the plasma levels of digoxin.",
    ], title="Ranolazine")
    assert frozenset({"pravastatin", "diltiazem"}) not in found
    assert frozenset({"amlodipine", "digoxin"}) not in found
    assert frozenset({"verapamil", "digoxin"}) in found


def test_a_class_naming_an_effect_is_not_a_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs([
        "NSAIDs may blunt the antihypertensive effect of lisinopril.",
        "The diuretic and natriuretic actions of furosemide are weakened by indomethacin.",
    ], title="Metoprolol")
    assert any("lisinopril" in pair and any("nsaid" in label for label in pair) for pair in found)
    assert frozenset({"furosemide", "indomethacin"}) in found
    labels = {label for pair in found for label in pair}
    assert not any("antihypertensive" in label or "diuretic" in label for label in labels)


def test_alternatives_listed_with_the_subject_are_not_its_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Serotonin syndrome can follow sumatriptan given with an SSRI (e.g. fluoxetine, sertraline "
                   "or escitalopram)."], title="Escitalopram")
    assert "sumatriptan" in partners(found, "escitalopram")
    assert not {"fluoxetine", "sertraline"} & partners(found, "escitalopram")
    assert "tramadol" in partners(pairs(["Escitalopram and tramadol should not be combined."], title="Escitalopram"),
                                  "escitalopram")


def test_like_other_members_is_a_comparison_not_a_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Lorazepam, like other benzodiazepines, deepens sedation when taken with alcohol."],
                  title="Lorazepam")
    assert partners(found, "lorazepam") == {"alcohol"}
    assert any("benzodiazepine" in label for label in partners(pairs(
        ["Avoid lorazepam with other benzodiazepines."], title="Lorazepam"), "lorazepam"))


def test_a_lab_value_is_not_a_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Fluconazole lengthens the prothrombin time in patients on warfarin."], title="Warfarin")
    assert partners(found, "warfarin") == {"fluconazole"}


def test_semicolon_list_without_spaces_is_one_group(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Drugs that may raise the response include:allopurinol;amiodarone;cimetidine."], title="Warfarin")
    assert partners(found, "warfarin") == {"allopurinol", "amiodarone", "cimetidine"}
    assert frozenset({"allopurinol", "amiodarone"}) not in found


def test_subject_listed_among_examples_has_peers_not_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    sentence = ("Slow CYP2D6 metabolisers clear drugs such as dextromethorphan, metoprolol, "
                "the tricyclic antidepressants, and warfarin more slowly.")
    assert not partners(pairs([sentence]), "warfarin")


def test_plural_class_after_a_comma_is_a_list_item_not_an_apposition(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Warfarin levels rise with fluconazole, the macrolide antibiotics, and amiodarone."])
    assert {"fluconazole", "amiodarone"} <= partners(found, "warfarin")
    assert any("macrolide" in label for label in partners(found, "warfarin"))


def test_lab_analytes_and_plasma_carriers_are_not_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Warfarin may interfere with urinary assays of 5-hydroxy indoleacetic acid.",
                   "Warfarin raises sex hormone binding globulin, unlike phenytoin."])
    assert not any("indoleacetic" in label or "globulin" in label for label in partners(found, "warfarin"))


def test_both_named_partners_of_a_mutual_statement_pair_with_each_other(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Both cyclosporine and corticosteroids may accumulate when the two are given together."],
                  title="Prednisone")
    assert frozenset({"cyclosporine", "corticosteroids"}) in found


def test_a_reported_absence_of_interference_is_no_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["In a crossover study, warfarin did not interfere with the antiplatelet action of clopidogrel.",
                   "Giving warfarin with omeprazole does not result in higher INR values."])
    assert not partners(found, "warfarin")


def test_an_enzyme_followed_by_another_verb_is_not_a_perpetrator_class(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Warfarin can inhibit CYP2C9 and induce CYP1A2 in some patients."])
    assert not partners(found, "warfarin")


def test_a_singular_class_set_off_by_a_comma_describes_the_drug(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Rifampin may weaken the effect of the oral anticoagulant, warfarin, within days."],
                  title="Rifampin")
    assert partners(found, "rifampin") == {"warfarin"}


def test_neither_nor_and_negligible_report_no_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Neither cimetidine nor ranitidine appears to change warfarin clearance.",
                   "The effect of omeprazole on warfarin exposure was negligible."])
    assert not partners(found, "warfarin")


def test_a_list_after_a_colon_stays_one_list_across_unknown_items(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Drugs reported to raise the response include:aspirin;dietary deficiencies;prolonged hot weather;"
                   "prolonged fluconazole;amiodarone sodium;metronidazole."])
    assert {"aspirin", "fluconazole", "amiodarone", "metronidazole"} <= partners(found, "warfarin")
    assert frozenset({"aspirin", "metronidazole"}) not in found
    assert frozenset({"amiodarone", "metronidazole"}) not in found


def test_a_list_stays_one_list_across_an_unknown_item_without_a_colon(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Ketoconazole, star fruit, erythromycin, or verapamil may raise the levels of "
                   "simvastatin."], title="Atorvastatin")
    assert {"ketoconazole", "erythromycin", "verapamil"} <= partners(found, "simvastatin")
    assert frozenset({"ketoconazole", "erythromycin"}) not in found
    assert frozenset({"ketoconazole", "verapamil"}) not in found


def test_a_list_after_a_colon_stays_one_list_across_modifiers_and_brackets(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Reports describe a stronger or weaker anticoagulant response with several agents: fluconazole, "
                   "amiodarone, older tetracyclines (doxycycline, minocycline), metronidazole, aspirin."])
    assert {"fluconazole", "amiodarone", "metronidazole", "aspirin"} <= partners(found, "warfarin")
    assert not partners(found, "fluconazole") - {"warfarin"}
    assert not partners(found, "metronidazole") - {"warfarin"}


def test_metabolites_and_vehicles_are_not_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Amiodarone increases plasma concentrations of procainamide and N-acetyl procainamide."],
                  title="Amiodarone")
    assert partners(found, "amiodarone") == {"procainamide"}
    vehicle = pairs(["The granules may be dispersed in orange juice or apple juice, which increases absorption."])
    assert not partners(vehicle, "warfarin")


def test_others_and_etc_close_a_list_without_splitting_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Potassium-sparing diuretics (spironolactone, amiloride, and others) or potassium supplements "
                   "can increase the risk of hyperkalemia."], title="Lisinopril")
    assert frozenset({"spironolactone", "potassium supplements"}) not in found


def test_an_unstudied_interaction_is_not_asserted(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not partners(pairs(["Changes in omeprazole exposure with warfarin were not studied."]), "warfarin")


def test_a_drug_level_names_the_drug_whose_level_changes(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Agents known to raise serum theophylline concentrations include cimetidine and "
                   "ciprofloxacin."], title="Montelukast")
    assert {"cimetidine", "ciprofloxacin"} <= partners(found, "theophylline")
    assert not partners(found, "montelukast")
    found = pairs(["Montelukast did not change plasma digoxin levels; fluconazole may lower blood glucose."],
                  title="Montelukast")
    assert "glucose" not in partners(found, "fluconazole") | partners(found, "montelukast")
    assert "digoxin" not in partners(found, "montelukast")  # negated


def test_toxicity_of_a_named_drug_names_that_drug(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["When a loop diuretic is added, the risk of lithium toxicity rises."], title="Enalapril")
    assert "lithium" in partners(found, "diuretics") | partners(found, "loop diuretics")


def test_hormone_levels_are_a_measurement_not_a_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Birth control pills reach higher hormone levels when taken with rosuvastatin."],
                  title="Rosuvastatin")
    assert not any("hormone" in name for name in partners(found, "rosuvastatin"))


def test_thesaurus_enzymes_are_not_partners_but_enzyme_drugs_are(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Mercaptopurine is broken down by xanthine oxidase, which febuxostat blocks; streptokinase "
                   "adds to the bleeding risk."], title="Febuxostat")
    named = partners(found, "febuxostat") | partners(found, "mercaptopurine")
    assert not any("oxidase" in name for name in named)
    assert "mercaptopurine" in partners(found, "febuxostat")
    assert "streptokinase" in named


def test_a_study_design_without_a_finding_pairs_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["The potential for interactions with VELTRA has been studied with ritonavir, rifabutin and "
                   "fluconazole."], title="Veltrazine")
    assert not any(partners(found, name) for name in ("veltrazine", "ritonavir", "rifabutin", "fluconazole"))


def test_each_clause_of_a_semicolon_sentence_is_read_on_its_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Enzyme inducers such as rifampin and phenobarbital lower its levels; potent inhibitors such "
                   "as itraconazole and voriconazole raise exposure."], title="Budesonide")
    assert {"rifampin", "phenobarbital", "itraconazole", "voriconazole"} <= partners(found, "budesonide")
    assert "itraconazole" not in partners(found, "rifampin")


def test_elided_class_heads_are_restored_but_dual_classes_stay_one(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = partners(pairs(["Loop and thiazide diuretics deepen the potassium loss it causes."],
                           title="Budesonide"), "budesonide")
    assert {"loop diuretics", "thiazide diuretics"} <= found
    found = partners(pairs(["Combined strong CYP3A4 and P-gp inducers lower its levels."], title="Edoxaban"),
                     "edoxaban")
    assert not any(name.startswith("cyp3a4") or name.startswith("cyp 3a4") for name in found)


def test_worsening_verbs_are_interaction_cues(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Nitrous oxide deepens the folate depletion and can provoke mouth ulcers."], title="Pemetrexed")
    assert "nitrous oxide" in partners(found, "pemetrexed")


def test_with_it_names_the_subject_and_also_taking_is_a_cue(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = partners(pairs(["The protease inhibitors atazanavir and saquinavir should not be given with it.",
                            "Low magnesium is more harmful in people also taking diuretics or digoxin."],
                           title="Esomeprazole"), "esomeprazole")
    assert {"atazanavir", "saquinavir", "digoxin"} <= found
    doc = parse_post("esomeprazole.md", {"title": "Esomeprazole"},
                     "## Drug Interactions\n- Atazanavir should not be given with it.\n")
    assert "it" not in {surface for _, surface in extract_document(doc).surface_forms}  # not a name


def test_a_labelled_interaction_list_with_unknown_modifiers_names_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Drug Profile Summary\n- **Drug Interactions:** Rilpivirine, atazanavir, high-dose methotrexate, "
            "digoxin, diuretics.\n")
    doc = parse_post("rabeprazole.md", {"title": "Rabeprazole"}, body)
    found = {st.object.label.lower() for st in extract_document(doc).statements
             if st.relation == Relation.INTERACTS_WITH}
    assert {"rilpivirine", "atazanavir", "methotrexate", "digoxin"} <= found


def test_cue_words_inside_a_labelled_interaction_list_do_not_pair_its_items(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## Drug Profile Summary\n- **Drug Interactions:** MAOIs, linezolid, CYP3A4 inhibitors and inducers, "
            "seizure-threshold-lowering drugs, digoxin.\n")
    found = document_pairs(body, "Tramadol")
    assert {"maois", "linezolid", "digoxin"} <= partners(found, "tramadol")
    assert all("tramadol" in pair for pair in found)


def test_a_route_word_does_not_split_a_list_of_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Linezolid, selegiline and intravenous methylene blue raise the risk of serotonin syndrome."],
                  title="Sertraline")
    assert {"linezolid", "selegiline", "methylene blue"} <= partners(found, "sertraline")
    assert all("sertraline" in pair for pair in found)


def test_the_active_form_of_a_prodrug_stands_for_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## How It Works\n- Famciclovir is a prodrug that the liver converts to penciclovir.\n"
            "- Valganciclovir is a prodrug of ganciclovir.\n"
            "## Drug Interactions\n- Probenecid raises penciclovir exposure. Zidovudine adds to ganciclovir "
            "toxicity.\n")
    extraction = extract_document(parse_post("famciclovir.md", {"title": "Famciclovir"}, body))
    found = interaction_pairs(extraction)
    assert "probenecid" in partners(found, "famciclovir")
    assert "zidovudine" not in partners(found, "famciclovir")  # another drug's prodrug
    assert frozenset({"famciclovir", "penciclovir"}) not in found
    assert "penciclovir" not in {s.lower() for c, s in extraction.surface_forms if c.label == "Famciclovir"}


def test_a_full_monograph_keeps_its_implicit_partners_whatever_the_style(lexicon) -> None:  # type: ignore[no-untyped-def]
    interactions = "".join(f"- {line}\n" for line in [
        "Alcohol and other CNS depressants add to drowsiness.",
        "Rifampin speeds temazepam clearance.", "Ketoconazole raises temazepam levels.",
        "Valproate given with temazepam deepens sedation.", "Temazepam does not alter digoxin levels.",
    ])
    body = ("## Usage\n- Temazepam is used for insomnia.\n## Side Effects\n- Drowsiness.\n"
            "## Contraindications\n- Pregnancy.\n## Dosage\n- 15 mg at bedtime.\n"
            "## Drug Interactions\n" + interactions)
    doc = parse_post("temazepam.md", {"title": "Temazepam"}, body)
    found = {st.object.label.lower() for st in extract_document(doc).statements
             if st.relation == Relation.INTERACTS_WITH}
    assert "alcohol" in found
    bare = extract_document(parse_post("temazepam.md", {"title": "Temazepam"}, "## Drug Interactions\n" + interactions))
    assert "alcohol" not in {st.object.label.lower() for st in bare.statements}  # a label excerpt: withheld


def test_an_enzyme_named_with_its_stimulators_is_a_class(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = partners(pairs(["Riociguat and other guanylate cyclase stimulators deepen the fall in blood pressure."],
                           title="Tadalafil"), "tadalafil")
    assert "guanylate cyclase stimulators" in found
    assert "guanylate cyclase" not in found


def test_a_combination_given_for_its_benefit_is_no_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Isosorbide dinitrate widens veins and this drug widens arteries; together they improve survival "
                   "in heart failure.", "Sildenafil increases the hypotensive effect."],
                  title="Hydralazine")
    assert partners(found, "hydralazine") == {"sildenafil"}


def test_partners_made_less_effective_interact(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Tacrolimus, nifedipine, simvastatin and levothyroxine may all become much less effective."],
                  title="Rifabutin")
    assert {"tacrolimus", "nifedipine", "simvastatin", "levothyroxine"} <= partners(found, "rifabutin")


def test_not_shown_to_negates_what_comes_before_it_too(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["NSAIDs such as ibuprofen increase its levels. Low-dose aspirin has not been shown to cause a "
                   "clinically significant rise."], title="Lithium")
    assert "ibuprofen" in partners(found, "lithium")
    assert not any("aspirin" in p for p in partners(found, "lithium"))


def test_a_finding_shown_not_to_change_anything_names_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Giving betaxolol together with warfarin was shown not to strengthen the effect of warfarin.",
                   "In a crossover study, cimetidine was found not to alter the clearance of betaxolol.",
                   "Verapamil may add to its slowing of the heart."], title="Betaxolol")
    assert partners(found, "betaxolol") == {"verapamil"}


def test_the_phrase_a_negated_verb_is_said_of_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Quitting smoking raises its levels, and nicotine gum does not prevent this rise.",
                   "Fluvoxamine raises its levels; famotidine did not slow its clearance.",
                   "Seizures that do not settle with phenytoin may need a lower dose."], title="Clozapine")
    assert "fluvoxamine" in partners(found, "clozapine")
    assert not {p for p in partners(found, "clozapine") if "nicotine" in p or "famotidine" in p}
    assert "phenytoin" in partners(found, "clozapine")  # a relative clause describes, it does not deny


def test_drugs_said_to_have_no_interaction_are_no_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Acetaminophen has no meaningful interaction and is the better pain reliever; naproxen raises "
                   "bleeding risk.",
                   "Lithium and valproate do not shift its levels to a degree that matters."], title="Sertraline")
    assert partners(found, "sertraline") == {"naproxen"}


def test_a_drug_measured_with_the_subject_is_acted_on_alongside_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Cimetidine can raise imipramine and desipramine levels."], title="Imipramine")
    assert partners(found, "imipramine") == {"cimetidine"}
    assert partners(found, "desipramine") == {"cimetidine"}


def test_electrolytes_a_diuretic_depletes_are_no_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Thiazides that deplete potassium or magnesium add to the risk of torsades."], title="Haloperidol")
    assert partners(found, "haloperidol") == {"thiazide diuretics"}
    assert not partners(found, "thiazide diuretics") - {"haloperidol"}


def test_clauses_of_their_own_name_no_partners_of_each_other(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Opioids, particularly when given intravenously, have been linked to deep sedation and apnoea; "
                   "alcohol and other sedatives add to drowsiness.",
                   "Anticholinergic drugs worsen constipation, and other QT-prolonging drugs add to arrhythmia risk."],
                  title="Quetiapine")
    expected = {"opioids", "alcohol", "sedatives", "anticholinergics", "qt-prolonging drugs"}
    assert expected <= partners(found, "quetiapine")
    assert not partners(found, "opioids") - {"quetiapine"}
    assert not partners(found, "anticholinergics") - {"quetiapine"}


def test_a_list_closed_by_a_comma_and_stays_one_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["The absorption of digoxin, furosemide, and warfarin was reduced when given with colestipol."],
                  title="Colestipol")
    assert partners(found, "colestipol") == {"digoxin", "furosemide", "warfarin"}


def test_a_grouping_the_subject_belongs_to_names_other_drugs(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["QT-prolonging drugs add to the risk of torsades.",
                   "Serotonergic drugs raise the risk of serotonin syndrome."], title="Methadone")
    assert partners(found, "methadone") == {"qt-prolonging drugs", "serotonergic drugs"}


def test_more_effect_wordings_and_a_drug_named_again_in_a_later_clause(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Class I antiarrhythmics such as flecainide may further depress conduction.",
                   "Insulin often needs higher doses.",
                   "Rifampin cuts exposure; other inducers such as phenytoin, and also bosentan, lower levels.",
                   "Non-dihydropyridine calcium channel blockers (verapamil, diltiazem) slow conduction; "
                   "intravenous verapamil is particularly hazardous."], title="Bisoprolol")
    assert {"class i antiarrhythmics", "flecainide", "insulin", "rifampin", "phenytoin", "bosentan", "verapamil",
            "diltiazem"} <= partners(found, "bisoprolol")
    assert not partners(found, "verapamil") - {"bisoprolol"}
    assert not partners(found, "bosentan") - {"bisoprolol"}


def test_vaccines_by_short_name_and_a_planned_combination(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Avoid live vaccines such as MMR while on high doses.",
                   "LAIV should be avoided for two weeks after a dose.",
                   "Combined with ondansetron, together they control vomiting better than either alone."],
                  title="Prednisolone")
    assert {"measles-mumps-rubella vaccine", "live attenuated influenza vaccine"} <= partners(found, "prednisolone")
    assert "ondansetron" not in partners(found, "prednisolone")


def test_unknown_items_with_bracketed_examples_stay_in_one_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Other QT-prolonging drugs, such as class IA antiarrhythmics (quinidine), other repolarising "
                   "blockers (amiodarone, dofetilide), and fluoroquinolones, add to the risk of torsades."],
                  title="Sotalol")
    assert {"quinidine", "amiodarone", "dofetilide", "fluoroquinolones"} <= partners(found, "sotalol")
    assert not partners(found, "amiodarone") - {"sotalol"}


def test_a_partner_that_does_not_reduce_absorption_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Food does not reduce absorption and may ease stomach upset.", "Probenecid raises its levels."],
                  title="Amoxicillin")
    assert partners(found, "amoxicillin") == {"probenecid"}


def test_examples_after_an_unknown_name_still_belong_to_their_class(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["QT-prolonging drugs, such as class IA and class III antiarrhythmics (e.g., quinidine, sotalol), "
                   "and antipsychotics raise the risk of torsades de pointes."], title="Moxifloxacin")
    assert {"quinidine", "sotalol"} <= partners(found, "moxifloxacin")
    assert all("moxifloxacin" in pair for pair in found)


def test_a_partner_whose_effect_is_unchanged_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["It slightly delays acetaminophen absorption without changing its effect.",
                   "Fluvoxamine raises its levels tenfold."], title="Tizanidine")
    assert partners(found, "tizanidine") == {"fluvoxamine"}


def test_drugs_taken_together_without_any_sign_of_an_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["It has been taken with digoxin, insulin, and allopurinol without any sign of an adverse "
                   "interaction.", "Verapamil raises its levels."], title="Prazosin")
    assert partners(found, "prazosin") == {"verapamil"}


def test_every_class_of_a_comma_run_shares_the_head_noun(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Thiazide, loop, and potassium-sparing diuretics raise its levels."], title="Lithium")
    assert {"thiazide diuretics", "loop diuretics", "potassium-sparing diuretics"} <= partners(found, "lithium")


def test_suggested_alternatives_are_not_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Alternatives to ketoconazole, such as fluconazole, may be preferred.",
                   "Rifampin lowers its levels."], title="Tacrolimus")
    assert partners(found, "tacrolimus") == {"rifampin"}


def test_a_short_sentence_is_not_a_bare_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Usual care includes antacids, such as calcium carbonate, as needed."], title="Famotidine")
    assert not partners(found, "famotidine")
    assert "aspirin" in partners(pairs(["Aspirin, naproxen, heparin."], title="Famotidine"), "famotidine")


def test_making_an_effect_more_likely_is_an_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Diuretics, for example furosemide, make dizziness on standing more likely."],
                  title="Terazosin")
    assert "furosemide" in partners(found, "terazosin")


def test_interactions_not_expected_between_the_drugs_are_none(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["From their metabolic routes, interactions are not expected between terbinafine and "
                   "digoxin, fluconazole or theophylline.",
                   "Interactions have not been observed between terbinafine and cimetidine.",
                   "Rifampin doubles its clearance."], title="Terbinafine")
    assert partners(found, "terbinafine") == {"rifampin"}


def test_a_drug_that_does_not_add_to_a_risk_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Loop diuretics such as furosemide do not add to the hyperkalemia risk.",
                   "Trimethoprim adds to the hyperkalemia risk."], title="Eplerenone")
    assert partners(found, "eplerenone") == {"trimethoprim"}


def test_levels_similar_with_and_without_a_drug_pair_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Levels of ethinyl estradiol and norethindrone were similar with and without "
                   "coadministration of topiramate at low doses."], title="Topiramate")
    assert not found


def test_metabolites_devices_and_receptors_are_not_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Valproate raises levels of the active epoxide metabolite.",
                   "It weakens hormonal contraceptives, so a copper IUD is advised.",
                   "Because it binds androgen receptors, abiraterone should not be combined with it."],
                  title="Carbamazepine")
    assert partners(found, "carbamazepine") == {"valproic acid", "hormonal contraceptives", "abiraterone"}


def test_a_list_comma_never_belongs_to_a_drug_name(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Alcohol, allopurinol, and amiodarone raise its effect.",
                   "Efavirenz, emtricitabine, and tenofovir lower its levels."], title="Warfarin")
    assert {"alcohol", "allopurinol", "amiodarone", "efavirenz", "emtricitabine", "tenofovir"} <= partners(
        found, "warfarin")
    assert "benzyl alcohol" not in partners(found, "warfarin")


def test_other_members_listed_with_the_subject_act_alongside_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Diclofenac and other NSAIDs can blunt the effect of loop diuretics."], title="Diclofenac")
    assert frozenset({"nsaids", "loop diuretics"}) in found
    assert "loop diuretics" in partners(found, "diclofenac")
    assert "nsaids" not in partners(found, "diclofenac")


def test_a_list_item_with_its_own_hyphenated_modifier_stays_in_the_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Potassium supplements, potassium-based salt substitutes, and trimethoprim can cause "
                   "hyperkalemia."], title="Lisinopril")
    assert {"potassium supplements", "salt substitutes", "trimethoprim"} <= partners(found, "lisinopril")
    assert all("lisinopril" in pair for pair in found)


def test_the_bodys_own_glucose_and_sodium_are_not_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Insulin and sulfonylureas may lower glucose more than expected.",
                   "NSAIDs, such as ibuprofen, promote sodium retention and weaken its effect."], title="Enalapril")
    assert partners(found, "enalapril") == {"insulin", "sulfonylureas", "nsaids", "ibuprofen"}


def test_no_adverse_interactions_and_a_contrast_are_not_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["It has been given with digoxin and prazosin without clinically significant adverse "
                   "interactions.",
                   "Fluoxetine does not change its levels; this differs from metoprolol, whose levels it raises.",
                   "Verapamil slows the heart further."], title="Atenolol")
    assert partners(found, "atenolol") == {"verapamil"}


def test_study_findings_of_no_effect_name_no_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["In volunteers, co-administration of cimetidine with it had no substantive effect on its levels.",
                   "In a study it was given with naproxen, causing no significant changes in naproxen exposure.",
                   "The effect of phenytoin on its clearance was not evaluated.",
                   "It may be safely co-administered with nitrates.",
                   "Rifampin halves its exposure."], title="Zolpidem")
    assert partners(found, "zolpidem") == {"rifampin"}


def test_a_lead_in_names_the_partner_of_a_sentence_that_names_none(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Cimetidine: coadministration raises naproxen levels.",
                   "Insulin and sulfonylureas: NSAIDs may enhance their glucose-lowering effect.",
                   "Antacids: separate doses of lithium and naproxen by two hours."], title="Naproxen")
    assert {"cimetidine", "insulin", "sulfonylureas", "lithium"} <= partners(found, "naproxen")
    assert "antacids" not in partners(found, "naproxen")  # the sentence names its own partner


def test_a_change_judged_not_significant_names_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Atorvastatin levels increase only slightly, which is not considered clinically significant.",
                   "Paroxetine raised its levels by about 20%, so no dose adjustment is needed.",
                   "Ketoconazole triples its exposure."], title="Ticagrelor")
    assert partners(found, "ticagrelor") == {"ketoconazole"}


def test_a_list_with_plain_modifiers_and_measured_body_substances(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Anticoagulants (such as warfarin), fibrinolytic agents, and regular NSAID use add to the risk "
                   "of bleeding.",
                   "Rifampin may weaken its effect; check uric acid two weeks after starting it."],
                  title="Ticagrelor")
    assert {"anticoagulants", "warfarin", "thrombolytics", "nsaids", "rifampin"} <= partners(found, "ticagrelor")
    assert all("ticagrelor" in pair for pair in found)
    assert "uric acid" not in partners(found, "ticagrelor")


def test_the_active_metabolite_stands_for_the_subject(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## How It Works\n- First-pass metabolism by CYP3A4 produces the active metabolite desloratadine.\n"
            "## Drug Interactions\n- Ketoconazole and cimetidine raise blood levels of loratadine and "
            "desloratadine.\n")
    found = document_pairs(body, "Loratadine")
    assert {"ketoconazole", "cimetidine"} <= partners(found, "loratadine")
    assert "desloratadine" not in partners(found, "loratadine")


def test_the_bodys_hormone_levels_are_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["The following agents may alter thyroid hormone or TSH levels: amiodarone, lithium."],
                  title="Levothyroxine")
    assert partners(found, "levothyroxine") == {"amiodarone", "lithium"}
    assert all("levothyroxine" in pair for pair in found)


def test_the_drug_a_clause_names_as_the_alternative_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["It weakens clopidogrel's antiplatelet effect; pantoprazole is a common alternative.",
                   "Epinephrine can lower blood pressure further; phenylephrine or norepinephrine is preferred."],
                  title="Omeprazole")
    assert partners(found, "omeprazole") == {"clopidogrel", "epinephrine"}


def test_a_lead_in_listing_classes_names_partners_in_a_full_monograph(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["**Anticoagulants and antiplatelets:** Warfarin and clopidogrel raise the risk of "
                             "serious bleeding.", "**Other NSAIDs:** Adding naproxen or another NSAID increases harm."],
                            "Ibuprofen")
    assert {"anticoagulants", "antiplatelet agents", "warfarin", "clopidogrel", "naproxen", "nsaids"} <= partners(
        found, "ibuprofen")
    assert frozenset({"naproxen", "nsaids"}) not in found


def test_a_drug_named_as_the_safer_choice_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Naproxen raises the risk of stomach bleeding with it; paracetamol may be a better choice.",
                   "Acetaminophen is usually preferred because no meaningful interaction is known.",
                   "Ibuprofen can push its levels up; codeine is generally safer."],
                  title="Sertraline")
    assert partners(found, "sertraline") == {"naproxen", "ibuprofen"}


def test_a_combination_given_on_purpose_is_no_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not pairs(["Yes. It is often combined with cetirizine or loratadine for hay fever."], title="Montelukast")


def test_too_high_is_an_interaction_cue(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Amiloride, potassium supplements and trimethoprim can push serum potassium too high."],
                  title="Losartan")
    assert {"amiloride", "potassium supplements", "trimethoprim"} <= partners(found, "losartan")


def test_the_renin_angiotensin_system_names_no_drug(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Dual blockade of the renin-angiotensin system with an ACE inhibitor or aliskiren raises the "
                   "risk of hyperkalemia."], title="Losartan")
    assert partners(found, "losartan") == {"ace inhibitors", "aliskiren"}
    assert not any("renin" in label or "angiotensin" in label for pair in found for label in pair)


def test_a_sentence_whose_only_cue_is_denied_pairs_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not pairs(["They relieve pain differently and do not interact significantly; total acetaminophen must "
                      "stay at or below 4 g a day."], title="Hydrocodone")
    found = pairs(["Cimetidine does not interact with it, but ketoconazole raises its levels."], title="Hydrocodone")
    assert partners(found, "hydrocodone") == {"ketoconazole"}


def test_absorbed_is_a_cue_and_neprilysin_inhibitors_are_a_class(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Ketoconazole, dasatinib, and iron salts may be absorbed less well.",
                   "mTOR inhibitors (everolimus, sirolimus) and neprilysin inhibitors such as sacubitril increase "
                   "the chance of angioedema."], title="Lansoprazole")
    assert {"ketoconazole", "dasatinib", "mtor inhibitors", "everolimus", "sirolimus", "neprilysin inhibitors",
            "sacubitril"} <= partners(found, "lansoprazole")
    assert all("lansoprazole" in pair for pair in found)


def test_the_subjects_own_component_stands_for_the_subject(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["The sulfonamide component may enhance the glucose-lowering effect of sulfonylureas such as "
                   "glipizide."], title="Sulfasalazine")
    assert partners(found, "sulfasalazine") == {"sulfonylureas", "glipizide"}
    assert all("sulfasalazine" in pair for pair in found)


def test_a_sentence_listing_what_the_one_before_includes_names_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["Other anticholinergic medicines add to its effects. This includes ipratropium, other "
                             "LAMAs such as umeclidinium, and drugs with strong anticholinergic activity such as "
                             "oxybutynin and first-generation antihistamines (e.g., diphenhydramine)."], "Tiotropium")
    assert {"ipratropium", "lamas", "umeclidinium", "oxybutynin", "first-generation antihistamines",
            "diphenhydramine"} <= partners(found, "tiotropium")
    assert all("tiotropium" in pair for pair in found)


def test_a_change_said_not_to_matter_and_a_treatment_are_no_interactions(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not pairs(["Antacids lower the peak concentration of ezetimibe but not its overall exposure, so no dose "
                      "separation is required."], title="Ezetimibe")
    body = ("## Dosage Adjustments\n- Reduce the dose when hypertension cannot be controlled with antihypertensive "
            "treatment.\n")
    assert not document_pairs(body, "Cyclosporine")


def test_class_numbers_do_not_break_a_list_of_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["Class IC (flecainide, propafenone) and class III (dofetilide, sotalol) antiarrhythmics "
                             "need caution because their QT effects add up."], title="Solifenacin")
    assert {"flecainide", "propafenone", "dofetilide", "sotalol"} <= partners(found, "solifenacin")
    assert not partners(found, "flecainide") - {"solifenacin"}


def test_contributing_to_serotonin_syndrome_is_an_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {"duloxetine", "nortriptyline"} <= subject_partners(
        ["SNRIs (e.g., duloxetine) and tricyclic antidepressants (e.g., nortriptyline) can contribute to serotonin "
         "syndrome."], "Zolmitriptan", monograph=True)


def test_what_the_body_holds_on_to_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert subject_partners(["Potassium supplements raise its risk of hyperkalemia, since it makes the kidneys "
                             "hold on to potassium."], "Perindopril", monograph=True) == {"potassium supplements"}


def test_the_target_a_class_is_named_after_is_no_participant(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["Phosphodiesterase-5 (PDE-5) inhibitors such as sildenafil and tadalafil add to its "
                             "blood pressure-lowering effect."], title="Terazosin")
    assert {"sildenafil", "tadalafil"} <= partners(found, "terazosin")
    assert not partners(found, "sildenafil") - {"terazosin"}


def test_what_the_body_loses_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["Loop diuretics (e.g., bumetanide): together they can cause large losses of fluid, "
                             "sodium, and potassium."], title="Indapamide")
    assert partners(found, "indapamide") == {"loop diuretics", "bumetanide"}
    assert not partners(found, "sodium") and not partners(found, "potassium")


def test_lead_to_is_an_interaction_cue(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {"amiloride", "potassium supplements"} <= subject_partners(
        ["Amiloride and potassium supplements can lead to hyperkalemia."], "Telmisartan", monograph=True)


def test_groups_joined_by_or_are_alternatives_not_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Cephalosporins with a thiotetrazole side chain (cefotetan, cefoperazone) or a thiadiazole ring "
                   "(cefazolin) can cause vitamin K deficiency."], title="Menadione")
    assert not partners(found, "cefazolin") & {"cefotetan", "cefoperazone"}


def test_plasma_proteins_a_label_lists_are_no_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Other plasma proteins may be increased (angiotensinogen, alpha-1-antitrypsin, ceruloplasmin)."],
                  title="Estropipate")
    assert not found


def test_a_body_substance_measured_or_tested_for_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Cefuroxime may give a false-positive reaction for glucose in the urine.",
                   "Valproate may cause increased serum concentrations of glucose and potassium."], title="Cefuroxime")
    assert not partners(found, "glucose") and not partners(found, "potassium")


def test_a_non_prefixed_name_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not pairs(["VIMPAT is considered a non-enzyme inducing AED."], title="Lacosamide")


def test_a_laboratory_test_the_drug_upsets_is_no_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert subject_partners(["Drug/Laboratory Test Interactions: trandolapril may give falsely low digoxin readings "
                             "with some immunoassays.",
                             "High urine concentrations may interfere with the Jaffe creatinine test in patients on "
                             "ranitidine.",
                             "Cimetidine raises trandolapril exposure by 20%."], "Trandolapril") == {"cimetidine"}


def test_a_bracketed_test_aside_leaves_the_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert "rifampin" in subject_partners(["Rifampin speeds up prednisolone clearance and can blunt its effect (and "
                                           "give a false-positive suppression test)."], "Prednisolone")


def test_examples_of_an_unknown_last_item_belong_to_the_same_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Potassium supplements, salt substitutes, and other medicines that raise potassium, such as "
                   "amiloride and heparin, increase the risk of hyperkalemia."], title="Losartan")
    assert {"amiloride", "potassium supplements"} <= partners(found, "losartan")
    assert frozenset({"amiloride", "potassium supplements"}) not in found


def test_a_safer_alternative_named_in_the_answer_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["NSAIDs such as naproxen can weaken its effect; acetaminophen is usually a safer "
                              "pain reliever."], title="Valsartan")
    assert {"nsaids", "naproxen"} <= found
    assert "acetaminophen" not in found


def test_a_class_naming_a_dose_strength_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["NSAIDs, including aspirin at anti-inflammatory doses, can blunt its effect.",
                              "Beta-blockers such as atenolol: the beta-blocker dose may need lowering."],
                             title="Valsartan", monograph=True)
    assert {"aspirin", "nsaids", "atenolol"} <= found
    assert "anti-inflammatory agents" not in found


def test_a_substance_the_subject_retains_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Potassium supplements add to its potassium-retaining effect."], title="Amiloride")
    assert "potassium" not in found
    assert "potassium supplements" in found


def test_the_subjects_active_metabolite_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## How It Works\n- Loratadine is converted in the liver to two active metabolites, desloratadine "
            "and another compound.\n## Drug Interactions\n"
            "- Ketoconazole slows the conversion of loratadine to desloratadine, raising desloratadine levels.\n")
    found = document_pairs(body, "Loratadine")
    assert "ketoconazole" in partners(found, "loratadine")
    assert "desloratadine" not in partners(found, "loratadine")


def test_the_subjects_own_class_given_with_a_partner_stands_for_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Neuromuscular blockers (e.g., rocuronium) given together with high-dose "
                              "corticosteroids can cause acute myopathy."], title="Dexamethasone", monograph=True)
    assert {"neuromuscular blocking agents", "rocuronium"} <= found


def test_an_ester_form_of_the_title_names_the_subject(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Antacids and famotidine reduce absorption of cefuroxime axetil."], title="Cefuroxime")
    assert {"antacids", "famotidine"} <= found


def test_control_of_a_body_substance_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Rifampin lowers its levels and may weaken glucose control."], title="Glipizide")
    assert found == {"rifampin"}


def test_other_members_of_the_subjects_class_and_their_examples_are_its_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["Other anticholinergic drugs deepen its dry mouth and constipation, for example "
                             "tricyclic antidepressants (nortriptyline) and bladder antimuscarinics (solifenacin)."],
                            "Benztropine")
    assert {"nortriptyline", "solifenacin", "anticholinergics"} <= partners(found, "benztropine")
    assert frozenset({"anticholinergics", "nortriptyline"}) not in found


def test_a_list_taken_without_any_significant_interaction_names_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Patients have used it together with metformin, simvastatin and omeprazole without "
                              "any clinically significant interaction being seen.", "Ketoconazole raises its levels."],
                             "Prazosin", monograph=True)
    assert found == {"ketoconazole"}


def test_lab_values_named_beside_partners_are_no_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners([
        "Aminoglycosides (amikacin) add to its kidney toxicity, so drug levels and creatinine need closer follow-up.",
        "Gemfibrozil raises its levels a little, but glucose should still be watched.",
        "Dual blockade of the renin-angiotensin-aldosterone system with aliskiren is not recommended.",
    ], "Teicoplanin", monograph=True)
    assert {"amikacin", "aminoglycosides", "gemfibrozil", "aliskiren"} <= found
    assert not {"creatinine", "glucose", "aldosterone"} & found


def test_drugs_said_to_push_a_body_value_up_are_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Potassium-sparing diuretics (amiloride), trimethoprim and heparin can all push serum "
                              "potassium up."], "Trandolapril", monograph=True)
    assert {"amiloride", "trimethoprim"} <= found


def test_drugs_a_comparison_measures_against_are_no_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners([
        "Itraconazole raises its levels far less than its effect on midazolam, but sedation should be watched.",
        "It is less sedating than benzodiazepines, but alcohol should be avoided.",
        "Rifampin lowers its levels by less than two-fold.",
    ], "Zaleplon", monograph=True)
    assert {"itraconazole", "alcohol", "rifampin"} <= found
    assert not {"midazolam", "benzodiazepines"} & found


def test_a_drug_added_on_purpose_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["It rarely clears every parasite alone, so doxycycline is added to prevent relapse.",
                              "In older people an acid blocker such as famotidine is commonly added.",
                              "Antacids reduce its absorption."], "Artesunate", monograph=True)
    assert found == {"antacids"}


def test_denials_across_an_aside_and_after_but_and_attributions_name_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners([
        "Temazepam and oxazepam, which are cleared by glucuronidation, are not meaningfully affected.",
        "Modafinil may delay its absorption, but no clinically significant change in exposure has been shown.",
        "It has no clinically significant interaction with antiretrovirals; the regimen's interactions come from "
        "rifabutin.",
        "Cimetidine raises its levels.",
    ], "Pyrazinamide", monograph=True)
    assert found == {"cimetidine"}


def test_who_took_what_in_a_study_is_no_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners([
        "In the pivotal trials most patients also received concomitant medications such as NSAIDs and prednisone.",
        "Beta-blockers and nitrates have been used concurrently with it in controlled studies.",
        "Interaction studies in healthy adults were conducted with digoxin and cimetidine.",
        "Nitrates have been used together with it, and the risk of low blood pressure increased.",
    ], "Ranolazine", monograph=True)
    assert found == {"nitrates"}


def test_a_bracketed_note_on_one_item_does_not_end_the_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners([
        "**Lower the dose:** tacrolimus (watch trough levels), warfarin (check the INR), digoxin, and "
        "nifedipine (ankle swelling).",
    ], "Voriconazole", monograph=True)
    assert found == {"tacrolimus", "warfarin", "digoxin", "nifedipine"}


def test_groups_with_their_reasons_under_a_warning_lead_are_all_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs([
        "**Avoid:** pimozide and quinidine (QT prolongation); simvastatin (muscle breakdown); triazolam "
        "(oversedation).",
    ], title="Clarithromycin")
    assert partners(found, "clarithromycin") == {"pimozide", "quinidine", "simvastatin", "triazolam"}
    assert frozenset({"pimozide", "simvastatin"}) not in found


def test_other_members_of_a_grouping_the_subject_belongs_to_are_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners([
        "Other QT-prolonging drugs raise the risk of arrhythmia: haloperidol, citalopram and class III "
        "antiarrhythmics (such as amiodarone).",
    ], "Sotalol", monograph=True)
    assert {"haloperidol", "citalopram", "class iii antiarrhythmics", "amiodarone"} <= found
    assert partners(monograph_pairs([
        "Other QT-prolonging drugs raise the risk of arrhythmia: haloperidol and citalopram."], "Sotalol"),
        "qt-prolonging drugs") == {"sotalol"}


def test_a_drug_inside_a_product_is_listed_not_paired_with_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Opioids (for instance morphine or codeine-containing cough syrups) deepen its sedation."],
                  title="Diazepam")
    assert {"morphine", "codeine"} <= partners(found, "diazepam")
    assert not partners(found, "morphine") - {"diazepam"}


def test_the_subjects_own_class_stands_for_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["SSRIs raise the plasma level of pimozide.",
                             "Other SSRIs add to the risk of serotonin syndrome."], "Sertraline")
    assert "pimozide" in partners(found, "sertraline")
    assert frozenset({"ssris", "pimozide"}) in found  # what the sentence says of the class stays too


def test_vaccines_inactivated_by_its_class_are_partners_but_gut_products_are_not(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners([
        "Live oral cholera vaccine may be inactivated by antibiotic treatment.",
        "Antibiotics may rarely raise the INR, perhaps by killing gut bacteria that produce vitamin K.",
        "Responses to inactivated vaccines are unchanged.",
    ], "Cefixime", monograph=True)
    assert "cholera vaccine" in found
    assert "vitamin k" not in found
    assert not {"vaccines", "immunizing agents"} & found


def test_a_lead_that_says_what_happens_makes_a_bare_pair_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["**Lower its levels:** Rifampin and carbamazepine."], "Voriconazole", monograph=True)
    assert found == {"rifampin", "carbamazepine"}


def test_a_subset_of_the_own_class_does_not_stand_for_the_subject(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["It causes no flushing with alcohol; that belongs to cephalosporins with an NMTT side "
                              "chain, such as cefoperazone."], "Cefadroxil", monograph=True)
    assert "cefoperazone" not in found


def test_a_product_named_by_its_minerals_is_one_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners([
        "Laxatives containing magnesium or aluminum reduce its absorption.",
        "Calcium/iron supplements lower its levels.",
        "Oral contraceptives containing ethinyl estradiol and levonorgestrel reach higher levels with it.",
    ], "Dolutegravir", monograph=True)
    assert not {"magnesium", "aluminum", "calcium", "iron"} & found
    assert {"laxatives", "iron supplements", "ethinyl estradiol", "levonorgestrel"} <= found


def test_a_bracket_does_not_cut_the_subject_a_denial_is_said_of(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Antacids (calcium carbonate) and ranitidine do not change its absorption.",
                              "Usual doses of ibuprofen are considered safe with it.",
                              "Tramadol is not safe to take with it."], "Sertraline", monograph=True)
    assert found == {"tramadol"}


def test_drugs_under_a_class_lead_are_all_partners_of_the_subject(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs([
        "**Stimulants:** amphetamines, cocaine, and decongestants in cough remedies (pseudoephedrine) can cause "
        "a hypertensive crisis; methyldopa should also be avoided.",
        "**Opioids:** tramadol, methadone, and the cough suppressant dextromethorphan carry a serotonin risk.",
    ], "Tranylcypromine")
    assert {"amphetamines", "cocaine", "decongestants", "pseudoephedrine", "methyldopa", "tramadol", "methadone",
            "dextromethorphan"} <= partners(found, "tranylcypromine")
    assert not partners(found, "pseudoephedrine") - {"tranylcypromine"}
    assert not partners(found, "methadone") - {"tranylcypromine"}


def test_a_fixed_dose_combination_is_one_partner_and_either_or_stays_two(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners([
        "It lowers artemether/lumefantrine and lopinavir/ritonavir exposure.",
        "Ketoconazole/itraconazole raise its levels.",
        "Piperacillin-tazobactam is often given with it; no interaction is known.",
    ], "Rifabutin", monograph=True)
    assert {"lumefantrine co-artemether", "lopinavir/ritonavir", "ketoconazole", "itraconazole"} <= found
    assert not {"artemether", "lumefantrine", "lopinavir", "ritonavir"} & found


def test_the_subject_inside_its_own_combination_is_the_subject(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Piperacillin/tazobactam raises methotrexate levels."], title="Piperacillin")
    assert partners(found, "piperacillin") == {"methotrexate"}


def test_an_enzyme_named_for_its_inhibition_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["**Combined CYP2C9 and CYP3A4 inhibition:** fluconazole, which blocks both, raises "
                              "its exposure sharply."], "Losartan", monograph=True)
    assert "fluconazole" in found
    assert not any("cyp" in label or "cytochrome" in label for label in found)


def test_an_introductory_phrase_ends_at_its_comma(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["With ritonavir-boosted HIV protease inhibitors (e.g., lopinavir/ritonavir), sildenafil "
                              "is started at a low dose."], "Sildenafil")
    assert {"hiv protease inhibitors", "lopinavir/ritonavir"} <= found


def test_a_body_substance_to_recheck_or_its_load_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Atorvastatin levels fall by a third; cholesterol should be rechecked.",
                              "Triptans add to the serotonin load.",
                              "MAO inhibitors (phenelzine) block the other route of catecholamine breakdown."],
                             "Entacapone", monograph=True)
    assert {"atorvastatin", "triptans", "phenelzine"} <= found
    assert not {"cholesterol", "serotonin", "catecholamines"} & found


def test_the_drug_to_use_instead_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners([
        "**Glipizide:** avoid the pair, since liver enzymes rise with both; another glucose-lowering drug should "
        "be chosen.",
        "Clopidogrel: it blunts clopidogrel activation. Famotidine, an acid reducer with no CYP2C19 effect, is "
        "usually chosen instead.",
    ], "Omeprazole", monograph=True)
    assert found == {"glipizide", "clopidogrel"}


def test_a_class_of_the_subject_with_other_examples_is_a_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Anticholinergic drugs (e.g., benztropine, oxybutynin) add to constipation."],
                             "Imipramine", monograph=True)
    assert {"anticholinergics", "benztropine", "oxybutynin"} <= found
    assert not subject_partners(["Tricyclics such as imipramine add to the sedation of alcohol."], "Imipramine",
                                monograph=True) - {"alcohol"}


def test_a_contrast_clause_is_read_on_its_own(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs([
        "The pressor response to epinephrine is exaggerated, while the blood-pressure-lowering effect of clonidine "
        "may be lost.",
        "Opioids (e.g., morphine) delay its absorption, whereas metoclopramide hastens it; the amount absorbed "
        "does not change.",
    ], "Nortriptyline")
    assert {"epinephrine", "clonidine", "morphine", "metoclopramide"} <= partners(found, "nortriptyline")
    assert frozenset({"epinephrine", "clonidine"}) not in found
    assert not partners(found, "metoclopramide") - {"nortriptyline"}


def test_large_doses_of_an_item_keep_it_in_its_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["Urinary alkalinizers (sodium bicarbonate, large doses of antacids) slow its "
                             "excretion."], "Flecainide")
    assert {"sodium bicarbonate", "antacids"} <= partners(found, "flecainide")
    assert not partners(found, "antacids") - {"flecainide"}


def test_the_class_a_copula_gives_the_subject_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Propafenone is mainly a CYP2D6 substrate, so quinidine raises its levels."], title="Propafenone")
    assert partners(found, "propafenone") == {"quinidine"}
    assert not partners(found, "cyp2d6 substrates")


def test_the_brand_of_a_combination_with_the_subject_is_the_subject(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Jalyn and sildenafil taken together can lower blood pressure."], "Dutasteride",
                             monograph=True)
    assert "sildenafil" in found
    assert not any("tamsulosin" in label for label in found)


def test_reuptake_inhibitor_classes_and_idase_enzymes(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs([
        "Tricyclics (e.g., desipramine) and noradrenaline reuptake inhibitors (e.g., maprotiline) need caution.",
        "Drugs acting on intestinal beta-glucuronidase, such as probenecid, may alter its levels.",
    ], "Entacapone")
    assert {"norepinephrine reuptake inhibitors", "maprotiline", "desipramine", "probenecid"} <= partners(
        found, "entacapone")
    assert not partners(found, "maprotiline") - {"entacapone"}
    assert "glucuronidase" not in partners(found, "entacapone")


def test_a_class_named_for_the_body_substance_it_lowers(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners([
        "Other calcium-lowering medicines, such as denosumab, add to the risk of hypocalcemia.",
        "Itraconazole doubles its exposure; calcium and PTH should be rechecked after it is started.",
    ], "Cinacalcet", monograph=True)
    assert {"calcium-lowering medicines", "denosumab", "itraconazole"} <= found
    assert "calcium" not in found


def test_a_semicolon_inside_brackets_parts_no_clause(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["CYP3A4 inhibitors raise pimozide levels: macrolides (clarithromycin; azithromycin is "
                             "listed for QT reasons), HIV protease inhibitors (ritonavir), and nefazodone."],
                            "Pimozide")
    assert {"clarithromycin", "azithromycin", "ritonavir", "nefazodone"} <= partners(found, "pimozide")
    assert not partners(found, "azithromycin") - {"pimozide"}


def test_a_class_defined_by_a_relative_clause_keeps_its_examples(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["Diuretics that lower potassium or magnesium, such as loop diuretics and thiazide "
                             "diuretics, increase the risk of torsades."], "Haloperidol")
    assert {"diuretics", "loop diuretics", "thiazide diuretics"} <= partners(found, "haloperidol")


def test_linked_to_an_outcome_is_an_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Decongestants such as pseudoephedrine have been linked to severe hypertension."],
                             "Cabergoline", monograph=True)
    assert {"pseudoephedrine"} <= found


def test_a_lead_drug_whose_class_names_the_effect_is_the_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["**Warfarin:** the anticoagulant effect may be enhanced.",
                              "Neuromuscular blocking agents (e.g., succinylcholine) may act longer."],
                             "Quinidine", monograph=True)
    assert {"warfarin", "neuromuscular blocking agents", "succinylcholine"} <= found
    assert "anticoagulants" not in found


def test_vaccines_named_by_their_disease_under_a_vaccine_class(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Live vaccines (for example yellow fever, measles-mumps-rubella, varicella) can cause "
                              "disseminated infection and should not be given during treatment."],
                             "Azathioprine", monograph=True)
    assert {"live vaccines", "yellow fever vaccine", "measles-mumps-rubella vaccine", "chickenpox vaccine"} <= found


def test_the_bodys_own_messengers_are_no_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners([
        "Metoclopramide blocks dopamine and can weaken its effect.",
        "SSRIs add to the bleeding risk by depleting platelet serotonin.",
        "ARBs reduce aldosterone-mediated potassium excretion.",
        "Clopidogrel, through its CYP2C8-inhibiting metabolite, raises its levels.",
        "Glucose can fall more than expected when insulin is added.",
    ], "Ropinirole", monograph=True)
    assert {"metoclopramide", "ssris", "arbs", "clopidogrel", "insulin"} <= found
    assert not [label for label in found if label in ("dopamine", "serotonin", "aldosterone", "glucose")
                or "cyp" in label]


def test_a_modest_change_needing_no_dose_change_or_no_additive_effect_pairs_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners([
        "**Disulfiram:** its exposure rises modestly when the two are taken together, but no dose change is required.",
        "Patients switching from interferon beta can start it right away, as no additive immune effect is expected.",
        "Rifampin lowers its levels by half.",
    ], "Acamprosate", monograph=True)
    assert found == {"rifampin"}


def test_hormones_and_enzymes_a_label_measures_are_not_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Response should be followed by measuring serum total testosterone concentrations.",
                   "Serum transaminase levels should be obtained before starting treatment.",
                   "It may increase growth hormone levels."], title="Abarelix")
    assert not partners(found, "abarelix")


def test_the_medicines_used_alongside_in_trials_are_not_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["The medications most often used concomitantly with Velmora in trials were aspirin, furosemide "
                   "and ranitidine."], title="Velmora")
    assert not partners(found, "velmora")


def test_a_conceding_aside_does_not_end_a_denial(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["No significant differences were observed in mean phenytoin AUC or Cmax (although Cmax rose by 11%) "
                   "when extended phenytoin sodium capsules were coadministered with enoxacin for five days."],
                  title="Enoxacin")
    assert "phenytoin" not in partners(found, "enoxacin")


def test_a_change_called_not_clinically_significant_pairs_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Velmora slightly lowers peak digoxin concentrations, but this is not clinically significant."],
                  title="Velmora")
    assert "digoxin" not in partners(found, "velmora")


def test_a_denied_interaction_with_drugs_often_taken_together(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["**Calcium channel blockers such as amlodipine:** no clinically significant interaction "
                             "is expected, and they are often used together.",
                             "**Warfarin:** when Velmora was added to warfarin, bleeding was no more frequent than "
                             "with warfarin alone, and no clinically significant interaction has been shown."],
                            title="Velmora")
    assert not partners(found, "velmora")


def test_an_ingredient_of_the_drugs_own_product_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["Anticoagulants such as heparin increase the bleeding risk, especially with the "
                             "aspirin-containing product.",
                             "Ibuprofen may blunt the antiplatelet effect of the aspirin in the combination tablet."],
                            title="Dipyridamole")
    assert "aspirin" not in partners(found, "dipyridamole")
    assert {"anticoagulants", "ibuprofen"} <= partners(found, "dipyridamole")


def test_a_product_form_filed_apart_from_the_drug_is_the_subject(lexicon) -> None:  # type: ignore[no-untyped-def]
    # the lexicon has entries of their own for "cholestyramine resin" and "nitroglycerin spray"
    assert subject_partners(["Cholestyramine resin may reduce the absorption of warfarin and propranolol."],
                            "Cholestyramine") == {"warfarin", "propranolol"}
    assert subject_partners(["Using the nitroglycerin spray with sildenafil can cause severe hypotension."],
                            "Nitroglycerin") == {"sildenafil"}


def test_a_colon_list_after_a_class_names_its_members_as_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(
        ["Drugs that lengthen the QT interval raise the risk of arrhythmia: class III antiarrhythmics (such as "
         "amiodarone), antipsychotics, and clarithromycin."], "Levofloxacin", monograph=True)
    assert {"amiodarone", "antipsychotics", "clarithromycin", "class iii antiarrhythmics"} <= found
    pairs_found = monograph_pairs(["Serotonergic medicines add to the risk of serotonin syndrome: SSRIs (sertraline), "
                                   "tramadol, and St. John's wort."], "Linezolid")
    assert {"sertraline", "tramadol", "st. john's wort"} <= partners(pairs_found, "linezolid")
    assert all("linezolid" in pair for pair in pairs_found)


def test_a_body_substance_retained_or_lost_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["NSAIDs (for example ibuprofen) cause sodium and water retention and blunt its effect."],
                             "Hydralazine", monograph=True)
    assert found == {"nsaids", "ibuprofen"}


def test_a_drug_and_similar_members_of_its_class_are_one_partner_group(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["Succinylcholine and similar depolarizing muscle relaxants: prolonged paralysis."],
                            "Donepezil")
    assert partners(found, "donepezil") >= {"succinylcholine"}
    assert all("donepezil" in pair for pair in found)


def test_taking_it_with_meals_for_tolerability_is_no_food_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not subject_partners(["Taking it with meals reduces stomach upset and nausea."], "Metformin",
                                monograph=True)
    assert subject_partners(["Food reduces its absorption by about a third."], "Alendronate",
                            monograph=True) == {"food"}


def test_a_co_use_without_any_known_interaction_pairs_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not subject_partners(["Nasal steroids such as mometasone can be used at the same time without any known "
                                 "interaction."], "Cetirizine", monograph=True)


def test_when_to_take_it_around_meals_is_no_food_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert subject_partners(["Antacids may reduce its absorption; take it before meals and antacids after meals."],
                            "Dicyclomine", monograph=True) == {"antacids"}


def test_a_purpose_between_a_class_and_its_bracketed_examples(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["Cholinesterase inhibitors for dementia (donepezil, galantamine) oppose its effects and "
                             "reduce the benefit of both."], "Oxybutynin")
    assert partners(found, "oxybutynin") == {"cholinesterase inhibitors", "donepezil", "galantamine"}
    assert all("oxybutynin" in pair for pair in found)


def test_an_enzyme_activity_the_partner_changes_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert subject_partners(["Warfarin: tetracyclines can depress prothrombin activity and raise the INR."],
                            "Doxycycline", monograph=True) == {"warfarin"}


def test_a_co_use_allowed_at_usual_doses_or_a_change_never_significant(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert subject_partners(["Tricyclic antidepressants like desipramine need caution, while selective MAO-B "
                             "inhibitors such as selegiline can be used at their usual doses."], "Entacapone",
                            monograph=True) == {"tcas", "desipramine"}
    assert not subject_partners(["Exemestane levels rise a little when the two are combined, but this has not been "
                                 "clinically significant."], "Sirolimus", monograph=True)


def test_a_modifier_before_the_last_list_item_keeps_the_list_whole(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["Alcohol and other CNS depressants (for example, benzodiazepines, opioids, and older "
                             "sleep aids) may deepen drowsiness."], "Levocetirizine")
    assert {"alcohol", "benzodiazepines", "opioids", "hypnotics"} <= partners(found, "levocetirizine")
    assert all("levocetirizine" in pair for pair in found)


def test_a_dual_enzyme_class_is_one_more_list_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["CYP3A4 inhibitors and dual CYP3A4/CYP1A2 inhibitors (such as fluvoxamine) raise its "
                             "exposure."], "Roflumilast")
    assert {"cyp3a4 inhibitors", "cyp1a2 inhibitors", "fluvoxamine"} <= partners(found, "roflumilast")
    assert all("roflumilast" in pair for pair in found)


def test_the_active_metabolite_named_after_it_stands_for_the_subject(lexicon) -> None:  # type: ignore[no-untyped-def]
    body = ("## How It Works\n- In the liver it is converted, by CYP3A4 and other enzymes, to albendazole "
            "sulfoxide, the active metabolite that acts on the worms.\n"
            "## Drug Interactions\n- Dexamethasone raises albendazole sulfoxide levels by about half.\n")
    found = document_pairs(body, "Albendazole")
    assert frozenset({"albendazole", "dexamethasone"}) in found
    assert not any("albendazole oxide" in pair for pair in found)


def test_a_modified_class_after_and_is_one_more_list_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["MAO-A inhibitors (e.g., moclobemide) and nonselective MAO inhibitors (phenelzine) "
                             "block the breakdown of its active metabolite; the combination is contraindicated."],
                            "Zolmitriptan")
    assert {"mao-a inhibitors", "moclobemide", "phenelzine"} <= partners(found, "zolmitriptan")
    assert all("zolmitriptan" in pair for pair in found)


def test_a_lost_control_is_an_interaction_cue(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["**HIV medicines (e.g., efavirenz):** Loss of virological control has been reported."],
                             "Orlistat", monograph=True)
    assert "efavirenz" in found


def test_a_class_named_after_what_it_blocks_is_no_partner_drug(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["Biologics (for example the IL-6 blocker tocilizumab) should not be combined with "
                             "tofacitinib."], "Tofacitinib")
    assert "tocilizumab" in partners(found, "tofacitinib")
    assert not any("interleukin" in label for pair in found for label in pair)


def test_a_partner_used_without_a_dose_change_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Efavirenz lowers its levels and should be avoided. Nevirapine and dolutegravir can be "
                              "used without dose changes."], "Bedaquiline", monograph=True)
    assert found == {"efavirenz"}


def test_combined_with_it_before_a_comma_names_the_subject(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["Triazolam must not be combined with it, alprazolam needs a much lower dose, and "
                             "lorazepam can generally be used without a dose change."], "Nefazodone")
    assert "triazolam" in partners(found, "nefazodone")
    assert all("nefazodone" in pair for pair in found)
    assert "lorazepam" not in partners(found, "nefazodone")


def test_alternatives_to_ask_about_are_no_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Avoid cimetidine, which can raise its levels; ask a pharmacist about alternatives such "
                              "as famotidine."], "Dalfampridine", monograph=True)
    assert found == {"cimetidine"}


def test_an_unstudied_pair_with_an_expected_effect_is_an_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Use of Velmora with strong CYP2D6 inhibitors (for example paroxetine or bupropion) "
                              "has not been studied, but they would be expected to raise Velmora levels.",
                              "Use with digoxin has not been studied, but no interaction is expected.",
                              "Use with warfarin has not been studied."], "Velmora")
    assert {"paroxetine", "bupropion"} <= found
    assert not {"digoxin", "warfarin"} & found


def test_a_bracketed_abbreviation_does_not_end_a_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["Ergot medicines (ergotamine, dihydroergotamine [DHE], methysergide) prolong "
                             "vasospasm; keep them a day apart from it."], "Naratriptan")
    assert {"ergotamine", "dihydroergotamine", "methysergide"} <= partners(found, "naratriptan")
    assert all("naratriptan" in pair for pair in found)


def test_a_slashed_enzyme_class_is_one_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Strong CYP3A4/5 inhibitors (such as clarithromycin) raise its levels; cap the dose.",
                              "Moderate CYP3A4/5 inducers lower its levels."], "Linagliptin", monograph=True)
    assert {"strong cyp3a4 inhibitors", "clarithromycin", "moderate cyp3a4 inducers"} <= found


def test_a_dosage_form_after_a_drug_is_its_form_not_a_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Epinephrine eye drops can blunt its effect on eye pressure."], "Timolol", monograph=True)
    assert found == {"epinephrine"}


def test_drugs_that_shorten_the_qt_interval_are_one_class(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Use caution with other medicines that shorten the QT interval."],
                             "Lacosamide", monograph=True)
    assert found == {"qt-shortening drugs"}


def test_studies_that_have_shown_no_interaction_deny_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Trials of combined use with travoprost have shown no clinically significant "
                              "interaction.", "Timolol adds to the slowing of the heart rate."],
                             "Apraclonidine", monograph=True)
    assert found == {"timolol"}


def test_examples_after_the_route_that_clears_a_class_belong_to_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Sedatives cleared by CYP3A4 (midazolam, triazolam): their levels climb.",
                              "Statins metabolized by CYP3A4, such as simvastatin and lovastatin: use with caution."],
                             "Netupitant", monograph=True)
    assert {"midazolam", "triazolam", "simvastatin", "lovastatin"} <= found


def test_a_second_class_the_subject_is_said_to_be_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Bosentan is a CYP3A4 substrate and a CYP2C9 inducer, so its effects change over "
                              "weeks."], "Bosentan", monograph=True)
    assert not any("cyp" in label for label in found)


def test_drugs_to_be_used_cautiously_are_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Drugs that lengthen the QT interval, such as sotalol and haloperidol, should be used "
                              "cautiously because testosterone suppression also lengthens it."],
                             "Degarelix", monograph=True)
    assert {"sotalol", "haloperidol"} <= found
    assert not any("androgen" in label or "testosterone" in label for label in found)


def test_the_drug_a_comparison_borrows_from_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Tricyclic antidepressants may weaken its effect, as they do with clonidine.",
                              "Antihypertensives and beta-blockers add to its lowering of blood pressure."],
                             "Lofexidine", monograph=True)
    assert {"tcas", "antihypertensives", "beta blockers"} <= found
    assert "clonidine" not in found


def test_a_substance_in_a_description_of_a_partner_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Saccharomyces boulardii, a probiotic yeast, is killed by it when taken together."],
                             "Amphotericin B", monograph=True)
    assert "saccharomyces boulardii" in found
    assert not {"probiotics", "yeast"} & found


def test_a_combination_said_to_be_permitted_is_no_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Use with rasagiline or selegiline at the usual doses is permitted.",
                              "Dopaminergic drugs, meaning medicines that raise dopamine levels (e.g., levodopa, "
                              "ropinirole), may add to its effects."], "Entacapone", monograph=True)
    assert {"levodopa", "ropinirole"} <= found
    assert not {"rasagiline", "selegiline"} & found


def test_a_sentence_that_sets_the_subject_aside_names_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["With the aspirin-containing combination tablets, the aspirin component (not "
                              "carisoprodol itself) raises the bleeding risk of anticoagulants such as warfarin.",
                              "Alcohol adds to its sedation."], "Carisoprodol", monograph=True)
    assert "alcohol" in found
    assert not {"warfarin", "anticoagulants"} & found


def test_co_formulation_dismissed_changes_and_a_components_interactions(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["It stays stable next to clindamycin, and the two are combined in one gel.",
                              "Diltiazem raised its exposure by about 30%; no clinically significant interaction is "
                              "expected.",
                              "Interactions with strong CYP3A4 inhibitors such as itraconazole apply to the "
                              "formoterol component of the combination inhaler.",
                              "Other anticholinergics add to its effects."], "Aclidinium", monograph=True)
    assert "anticholinergics" in found
    assert not {"clindamycin", "diltiazem", "itraconazole", "strong cyp3a4 inhibitors"} & found


def test_changes_not_expected_to_matter_and_drugs_acted_on_together(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["**CYP2D6 inhibitors:** Poor metabolizers had similar exposure, so drugs that block "
                              "this enzyme (e.g., paroxetine) are not expected to cause a clinically meaningful "
                              "interaction.",
                              "Antacids may lower the absorption of both entacapone and levodopa; separate doses."],
                             "Entacapone", monograph=True)
    assert "antacids" in found
    assert not {"cyp2d6 inhibitors", "paroxetine", "levodopa"} & found


def test_a_short_summary_sentence_and_an_alternative_to_ask_about(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["**Drug Interactions:** Not formally studied; beta-blockers may worsen anaphylaxis "
                              "and blunt the response to epinephrine.",
                              "Avoid applying it with benzoyl peroxide, or ask about tazarotene (Tazorac), a "
                              "different retinoid."], "Examplumab", monograph=True)
    assert "benzoyl peroxide" in found
    assert not {"epinephrine", "tazarotene"} & found


def test_examples_given_after_what_a_class_does(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["Live vaccines should not be given during treatment, for example the yellow fever "
                             "vaccine and the varicella vaccine."], "Examplumab")
    assert partners(found, "examplumab") >= {"live vaccines", "yellow fever vaccine"}
    assert partners(found, "live vaccines") == {"examplumab"}


def test_vaccines_named_by_disease_share_the_last_head(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Live vaccines, such as MMR, rotavirus, or yellow fever vaccines, must be avoided."],
                             "Examplumab", monograph=True)
    assert {"live vaccines", "yellow fever vaccine"} <= found
    assert "vaccines" not in found


def test_skin_products_listed_with_a_compound_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Harsh soaps, astringents, alcohol-containing toners and lotions, and nail polish add to "
                              "dryness; use them with caution."], "Examplumab", monograph=True)
    assert {"abrasive cleansers", "astringents", "alcohol", "nail polish"} <= found
    pairs_found = monograph_pairs(["Harsh soaps, astringents, alcohol-containing toners and lotions, and nail "
                                   "polish add to dryness; use them with caution."], "Examplumab")
    assert partners(pairs_found, "astringents") == {"examplumab"}


def test_patients_taking_a_drug_to_be_monitored_and_a_refuted_expectation(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Patients taking anticoagulants (e.g., apixaban, dabigatran) should be monitored for "
                              "bleeding.",
                              "Carbachol was once expected to counteract it, but studies show no clinically "
                              "significant antagonism, and the two can be used together."],
                             "Examplumab", monograph=True)
    assert {"anticoagulants", "apixaban", "dabigatran"} <= found
    assert "carbachol" not in found


@pytest.mark.parametrize(("bullets", "title", "kept", "dropped"), [
    (["Emollients are encouraged; put them on at another time than pimecrolimus so the cream is not thinned.",
      "Benzoyl peroxide may add to irritation."], "Pimecrolimus", "benzoyl peroxide", "emollients"),
    (["Fibrates raise PCSK9 levels and shorten the half-life of alirocumab a little, but this does not reduce its "
      "lipid-lowering benefit.", "Warfarin may add to bruising."], "Alirocumab", "warfarin", "fibrates"),
])
def test_products_encouraged_alongside_or_changes_without_harm_name_no_partner(  # type: ignore[no-untyped-def]
        lexicon, bullets: list[str], title: str, kept: str, dropped: str) -> None:
    found = subject_partners(bullets, title, monograph=True)
    assert kept in found
    assert dropped not in found


def test_a_second_head_noun_keeps_the_list_together(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = monograph_pairs(["Harsh soaps and scrubs, astringents, and nail polish add to dryness."], "Examplumab")
    assert partners(found, "examplumab") >= {"abrasive cleansers", "astringents", "nail polish"}
    assert partners(found, "astringents") == {"examplumab"}


@pytest.mark.parametrize(("bullets", "kept", "denied"), [
    (["In trials it was given with beta-agonists (such as salmeterol) and inhaled corticosteroids without clinical "
      "evidence of interactions.", "Warfarin may add to bruising."], "warfarin",
     {"salmeterol", "inhaled corticosteroids"}),
    (["It can be taken with decongestants and nasal steroids without any known pharmacokinetic interaction.",
      "Alcohol adds to drowsiness."], "alcohol", {"decongestants", "nasal steroids", "corticosteroids"}),
])
def test_use_together_without_evidence_of_an_interaction_names_no_partner(  # type: ignore[no-untyped-def]
        lexicon, bullets: list[str], kept: str, denied: set[str]) -> None:
    found = subject_partners(bullets, "Examplumab", monograph=True)
    assert kept in found
    assert not denied & found


def test_masking_and_a_poor_response_are_interaction_cues(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["**Topical steroids:** Strong steroid ointments such as clobetasol can mask the "
                              "infection and let it spread.",
                              "Patients on long-term oral corticosteroids (for example, prednisone) may respond "
                              "poorly to treatment."], "Econazole", monograph=True)
    assert {"clobetasol", "prednisone"} <= found


def test_substrates_taken_without_dose_adjustment_and_remarks_in_a_summary_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["It neither inhibits nor induces CYP2C9, so CYP2C9 substrates can be taken without "
                              "dose adjustment.",
                              "**Drug Interactions:** Strong CYP3A inhibitors (avoid), weak CYP3A inhibitors (use the "
                              "lowest dose), opioids, alcohol."], "Examplumab", monograph=True)
    assert {"weak cyp3a4 inhibitors", "opioids", "alcohol"} <= found
    assert not any("cyp2c9 substrate" in partner for partner in found)
    pairs_found = monograph_pairs(["**Drug Interactions:** Strong CYP3A inhibitors (avoid), weak CYP3A inhibitors "
                                   "(use the lowest dose), opioids, alcohol."], "Examplumab")
    assert partners(pairs_found, "opioids") == {"examplumab"}


def test_no_donors_are_nitric_oxide_donors_not_a_denial(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Nitrates and NO donors such as amyl nitrite can cause severe hypotension and are "
                              "contraindicated."], "Examplumab", monograph=True)
    assert {"nitrates", "amyl nitrite"} <= found


def test_the_subjects_own_class_keeps_its_partners_beside_the_subject(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Giving a quinolone such as ciprofloxacin together with antacids, sucralfate or iron lowers its "
                   "absorption."], title="Ciprofloxacin")
    for partner in ("antacids", "sucralfate", "iron"):
        assert frozenset({"ciprofloxacin", partner}) in found
        assert frozenset({"quinolones", partner}) in found


def test_a_pharmacodynamic_interactions_label_keeps_the_bullet_an_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Pharmacodynamic interactions: the sedation clonazepam causes is deepened by alcohol and opioids."],
                  title="Clonazepam")
    assert partners(found, "clonazepam") == {"alcohol", "opioids"}


def test_maalox_is_an_antacid_not_loperamide(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Taking atorvastatin with Maalox lowered its plasma levels by about a third."], title="Atorvastatin")
    assert partners(found, "atorvastatin") == {"aluminum hydroxide and magnesium hydroxide"}


@pytest.mark.parametrize(("title", "sentence", "holder", "expected", "peer"), [
    pytest.param("Diazepam", "The sedation of benzodiazepines can be deepened by alcohol, opioids, and by other "
                 "anticonvulsants.", "benzodiazepines", {"alcohol", "opioids", "anticonvulsants"}, "alcohol",
                 id="preposition said again"),
    pytest.param("Diazepam", "The sedation of benzodiazepines can be deepened by alcohol, barbiturates, nonbarbiturate "
                 "hypnotics and opioids.", "benzodiazepines", {"alcohol", "barbiturates", "hypnotics", "opioids"},
                 "alcohol", id="item led by a non- modifier"),
    pytest.param("Morphine", "Muscle relaxants may deepen sedation; diuretics may work less well; anticholinergic "
                 "drugs raise the risk of constipation.", "morphine",
                 {"muscle relaxants", "diuretics", "anticholinergics"}, "diuretics",
                 id="semicolon clauses that each state an effect"),
])
def test_list_items_pair_with_what_they_act_on_not_with_each_other(  # type: ignore[no-untyped-def]
        lexicon, title: str, sentence: str, holder: str, expected: set[str], peer: str) -> None:
    found = pairs([sentence], title=title)
    assert partners(found, holder) == expected
    assert not partners(found, peer) - {holder}


def test_a_class_the_lexicon_lacks_with_its_examples_continues_the_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Mixed agonist-antagonists and partial agonists (butorphanol, nalbuphine) can weaken pain relief."],
                  title="Morphine")
    assert {"butorphanol", "nalbuphine"} <= partners(found, "morphine")


def test_a_change_called_modest_but_not_meaningful_pairs_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not subject_partners(["Food: a fatty meal raises exposure modestly, but not meaningfully; the tablets can "
                                 "be taken with or without food."], "Nalmefene")


def test_a_caution_said_not_to_come_from_an_interaction_pairs_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Digoxin and verapamil are used cautiously in cardiac amyloidosis because of the disease itself, "
                   "not because of an interaction with tafamidis."], title="Tafamidis")
    assert not found


def test_changes_said_to_need_no_dose_adjustment_and_to_be_irrelevant_pair_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not subject_partners(["Clarithromycin and ticlopidine change esketamine exposure only slightly, and "
                                 "rifampin lowers it modestly; none of these changes is clinically relevant, so no "
                                 "dose adjustment is required."], "Esketamine")


def test_an_answer_that_denies_a_meaningful_interaction_pairs_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = document_pairs("## Drug Interactions\n- Opioids deepen its sedation.\n## FAQs\n"
                           "### Q1: Does esketamine interact with clarithromycin?\n"
                           "**A:** Not to a meaningful degree. Clarithromycin raises esketamine levels only "
                           "slightly.\n",
                           "Esketamine")
    assert "clarithromycin" not in partners(found, "esketamine")
    assert "opioids" in partners(found, "esketamine")


def test_a_separation_in_hours_is_an_interaction_and_bracketed_examples_one_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["It can raise gastric pH for a while, which changes how some oral drugs dissolve. Take such drugs "
                   "at least 3 hours before or after sevelamer; examples [azole antifungals (itraconazole, "
                   "posaconazole), certain HIV antivirals (rilpivirine), kinase inhibitors (dasatinib)]."],
                  title="Sevelamer")
    assert {"azole antifungals", "itraconazole", "posaconazole", "antiretrovirals", "rilpivirine",
            "dasatinib"} <= partners(found, "sevelamer")
    assert all("sevelamer" in pair for pair in found)  # the examples do not interact with each other


def test_a_lower_food_intake_is_no_food_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Insulin and sulfonylureas: weight loss and lower food intake may reduce "
                              "glucose-lowering needs and raise the risk of hypoglycemia."], "Tirzepatide")
    assert {"insulin", "sulfonylureas"} <= found
    assert "food" not in found


def test_an_excipient_of_the_product_and_a_vaccine_organism_are_no_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["A tablet excipient (polysorbate 80) may raise absorption of P-gp substrates such as "
                              "digoxin.",
                              "Avoid live vaccines during treatment, because the vaccine virus could spread."],
                             "Avacopan")
    assert {"p-glycoprotein substrates", "digoxin", "live vaccines"} <= found
    assert not {label for label in found if "polysorbate" in label or label == "vaccines"}


def test_an_answer_advising_against_the_combination_asked_about_pairs_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = document_pairs("## Drug Interactions\n- Opioids deepen its sedation.\n## FAQs\n"
                           "### Q3: Can it be combined with a biologic such as etanercept?\n"
                           "**A:** This is not recommended. The two together may add to the risk of infection.\n",
                           "Deucravacitinib")
    assert "etanercept" in partners(found, "deucravacitinib")


def test_compounding_and_a_monitoring_list_after_watch(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Gabapentin, which many patients on dialysis take, may compound dizziness.",
                              "**CYP3A inhibitors:** With moderate inhibitors such as verapamil, watch blood pressure, "
                              "potassium, and kidney function."], "Sparsentan")
    assert {"gabapentin", "verapamil"} <= found
    assert "potassium" not in found


def test_a_lab_value_with_a_threshold_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = document_pairs("## Usage\n- It treats hot flashes.\n## Dosage\n### Dosage Adjustments\n"
                           "- Stop the drug if transaminases climb above 5 times the upper limit of normal, or above 3 "
                           "times with bilirubin above 2 times that limit.\n"
                           "## Drug Interactions\n- It raises digoxin levels.\n", "Fezolinetant")
    assert "digoxin" in partners(found, "fezolinetant")
    assert not partners(found, "fezolinetant") & {"bilirubin", "transaminases"}


def test_dose_caps_name_no_chemical(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Gemfibrozil, cyclosporine, statins (dose caps), CYP2C8 substrates."], "Resmetirom")
    assert {"gemfibrozil", "statins"} <= found
    assert not {label for label in found if "sulfonic" in label}


@pytest.mark.parametrize("bullet", [
    "Gemfibrozil raised iptacopan levels only modestly, and no clinically significant interaction or dose change is "
    "expected.",
    "**Gemfibrozil:** raised its exposure a little; there is no clinically significant interaction and no dose change "
    "is needed.",
])
def test_a_change_said_to_be_no_clinically_significant_interaction_pairs_nothing(lexicon, bullet) -> None:  # type: ignore[no-untyped-def]
    assert "gemfibrozil" not in subject_partners([bullet], "Iptacopan")


@pytest.mark.parametrize("bullet", [
    "It is not expected to change the blood levels of digoxin.",
    "These capsules are not expected to make oral contraceptives less reliable.",
])
def test_what_it_is_not_expected_to_do_pairs_nothing(lexicon, bullet) -> None:  # type: ignore[no-untyped-def]
    assert not subject_partners([bullet], "Olezarsen")


def test_extra_care_with_listed_drugs_names_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Take extra care with blood thinners (e.g., dabigatran) and antiplatelet drugs (e.g., "
                              "prasugrel)."], "Olezarsen")
    assert {"dabigatran", "prasugrel", "anticoagulants", "antiplatelet agents"} <= found


def test_a_semicolon_inside_a_bracket_keeps_one_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Antithrombotic agents [anticoagulants such as dabigatran; antiplatelet drugs such as prasugrel] "
                   "raise the chance of a serious bleed."], "Sotatercept")
    assert {"dabigatran", "prasugrel", "anticoagulants", "antiplatelet agents"} <= partners(found, "sotatercept")
    assert frozenset(("dabigatran", "prasugrel")) not in found


def test_a_bracket_saying_which_infusions_lists_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Prostacyclin infusions (epoprostenol, or intravenous or subcutaneous treprostinil) were linked to "
                   "more bleeding in the trials."], "Sotatercept")
    assert {"epoprostenol", "treprostinil"} <= partners(found, "sotatercept")
    assert frozenset(("epoprostenol", "treprostinil")) not in found


def test_a_second_clause_that_also_adds_to_the_risk_names_partners_too(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Blood thinners (e.g., dabigatran, edoxaban) are the main worry, and antiplatelet drugs such as "
                   "prasugrel may also add to it."], "Donanemab")
    assert {"dabigatran", "edoxaban", "prasugrel"} <= partners(found, "donanemab")
    assert frozenset(("dabigatran", "prasugrel")) not in found


def test_a_component_of_a_combination_title_is_the_subject(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["By blocking renal transporters, trimethoprim raises the levels of drugs cleared that way.",
                   "Trimethoprim also raises dofetilide levels."], "Sulfamethoxazole/Trimethoprim")
    assert partners(found, "co-trimoxazole") == {"dofetilide"}  # (the lexicon's name for the combination)


def test_plural_of_a_curated_vaccine_name_is_that_vaccine(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["**Live vaccines:** avoid during treatment (for example, intranasal influenza "
                              "vaccines)."], "Bimekizumab")
    assert "live attenuated influenza vaccine" in found


def test_drugs_continued_alongside_it_by_design_are_no_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Glucocorticoids (hydrocortisone or prednisolone) and fludrocortisone are continued "
                              "alongside crinecerfont by design; their doses are raised for illness."], "Crinecerfont")
    assert not found


def test_the_exceptions_of_a_class_are_no_partners_but_its_examples_are(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Pills with progestins other than levonorgestrel or norethindrone (for example "
                              "desogestrel or drospirenone) may work less well."], "Suzetrigine")
    assert {"desogestrel", "drospirenone", "progestins"} <= found
    assert not found & {"levonorgestrel", "norethindrone"}
    listed = subject_partners(["Use caution with strong CYP3A4 inhibitors such as, but not limited to, "
                               "clarithromycin and voriconazole."], "Suzetrigine")
    assert {"clarithromycin", "voriconazole"} <= listed


def test_lab_values_to_follow_are_no_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Rifampin can lower its levels and blunt the response; follow ALP and bilirubin."],
                             "Seladelpar")
    assert found == {"rifampin"}


def test_drugs_said_to_be_no_interaction_pair_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Beta-blockers are often poorly tolerated in this cardiomyopathy because of low blood "
                              "pressure; this is a feature of the disease and not an interaction with acoramidis."],
                             "Acoramidis")
    assert not found


def test_examples_of_a_qualified_class_are_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["CYP2C9 substrates with a narrow therapeutic index (for example warfarin or phenytoin): "
                              "acoramidis may raise their exposure."], "Acoramidis")
    assert {"cyp2c9 substrates", "warfarin", "phenytoin"} <= found


def test_a_name_that_only_qualifies_another_word_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["ACE inhibitors can provoke bradykinin-driven attacks.",
                              "Potassium- or magnesium-wasting drugs such as loop diuretics can raise arrhythmia "
                              "risk."], "Garadacimab")
    assert {"ace inhibitors", "loop diuretics"} <= found
    assert not found & {"bradykinin", "potassium"}


def test_a_list_that_ends_in_other_potent_members_of_a_class_stays_one_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["**Other JAK inhibitors, cyclosporine, and other potent immunosuppressants** such as tacrolimus: "
                   "the added immunosuppression raises the risk of serious infection."], "Baricitinib")
    assert {"jak inhibitors", "cyclosporine", "immunosuppressants", "tacrolimus"} <= partners(found, "baricitinib")
    assert frozenset({"jak inhibitors", "immunosuppressants"}) not in found
    assert frozenset({"cyclosporine", "immunosuppressants"}) not in found


def test_a_reason_clause_neither_denies_nor_repeats_the_partners_before_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Live vaccines (for example, yellow fever or MMR vaccine) should not be given during "
                              "treatment, since the response to live vaccines under this antibody has not been "
                              "studied."], "Dupilumab")
    assert {"live vaccines", "yellow fever vaccine", "measles-mumps-rubella vaccine"} <= found


def test_transporter_classes_are_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert {"oatp1b3 inhibitors", "ntcp inhibitors"} <= subject_partners(
        ["**Drug Interactions:** OATP1B3 or NTCP inhibitors, antacids."], "Rimegepant")
    assert {"oct2 substrates", "dofetilide"} <= subject_partners(
        ["It can raise the levels of OCT2 substrates (for example dofetilide), which should be avoided."],
        "Vandetanib")


def test_a_body_substance_whose_rise_a_list_adds_to_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Other drugs that block creatinine secretion [cimetidine, trimethoprim] may add to the creatinine "
                   "rise and make kidney tests hard to read."], "Bictegravir")
    assert partners(found, "bictegravir") == {"cimetidine", "trimethoprim"}
    assert not partners(found, "creatinine")


def test_a_class_that_describes_a_drug_or_the_subject_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    glossed = subject_partners(["By contrast, ketoconazole (a strong CYP3A4 and P-gp inhibitor) doubled its exposure "
                                "and needs a lower dose."], "Ibrutinib")
    assert glossed == {"ketoconazole"}
    itself = subject_partners(["Lorlatinib is itself a moderate CYP3A4 inducer: it lowered midazolam exposure by "
                               "half."], "Lorlatinib")
    assert itself == {"midazolam"}


def test_the_subjects_other_products_in_a_labelled_list_are_one_more_item(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["**Drug Interactions:** Other 4-aminopyridine products, OCT2 inhibitors (cimetidine), "
                              "seizure threshold-lowering drugs."], "Dalfampridine")
    assert found == {"oct2 inhibitors", "cimetidine", "drugs that lower seizure threshold"}


def test_a_bracket_that_names_a_listed_drug_again_is_no_partner_of_the_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Strong CYP3A inducers such as rifampin and carbamazepine can cut its levels sharply (rifampin by "
                   "about 90%) and are contraindicated."], "Avapritinib")
    assert {"strong cyp3a4 inducers", "rifampin", "carbamazepine"} <= partners(found, "avapritinib")
    assert frozenset({"rifampin", "carbamazepine"}) not in found


def test_lists_that_each_open_a_clause_with_a_verdict_are_all_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Strong CYP3A inhibitors such as ketoconazole and clarithromycin are contraindicated, moderate "
                   "inhibitors such as fluconazole and verapamil should be avoided, and weak inhibitors need a lower "
                   "dose."], "Avanafil")
    assert {"ketoconazole", "clarithromycin", "fluconazole", "verapamil"} <= partners(found, "avanafil")
    assert frozenset({"ketoconazole", "fluconazole"}) not in found


def test_drugs_routinely_used_together_without_a_dose_change_are_no_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not subject_partners(["Long-term doxycycline was allowed in the trials; the two are usually given together, "
                                 "and no dose adjustment is needed."], "Ensifentrine")
    assert subject_partners(["Doxycycline raises its levels; the two are usually given together, but the dose must be "
                             "halved."], "Ensifentrine") == {"doxycycline"}


def test_clotting_factor_products_are_partners_and_thrombin_generation_is_none(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["**Factor VIII and factor IX concentrates:** Given for a breakthrough bleed, they add "
                              "to thrombin generation.",
                              "**Bypassing agents:** Recombinant factor VIIa and aPCC may raise the risk of clots "
                              "when combined with it."], "Examplumab")
    assert found == {"factor viii", "factor ix", "eptacog alfa", "anti-inhibitor coagulant complex"}


def test_a_substance_the_body_breaks_down_and_partners_without_any_apparent_interaction_are_none(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Trial participants took it alongside metformin or lisinopril without any apparent "
                   "pharmacokinetic interaction.",
                   "ACE inhibitors such as ramipril slow the breakdown of bradykinin and may bring on attacks; they "
                   "are best avoided."], title="Examplumab")
    assert partners(found, "examplumab") == {"ace inhibitors", "ramipril"}
    assert not partners(found, "bradykinin")


def test_a_vaughan_williams_class_goes_on_with_the_list(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Drugs that lengthen the QT interval [haloperidol, class IA or III antiarrhythmics]: avoid "
                   "using them together."], title="Citalopram")
    assert partners(found, "citalopram") >= {"haloperidol", "antiarrhythmics"}
    assert not partners(found, "antiarrhythmics") - {"citalopram"}


def test_values_the_advice_keeps_in_range_are_no_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = subject_partners(["Methadone and sotalol may add to QT prolongation; take an ECG and keep calcium and "
                              "potassium in range."], "Citalopram")
    assert found == {"methadone", "sotalol"}


def test_an_acetylated_amino_acid_drug_is_a_partner_not_a_metabolite(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert subject_partners(["N-acetylcysteine may deepen the blood pressure fall it causes."],
                            "Nitroglycerin") == {"acetylcysteine"}


def test_the_blockade_a_drug_brings_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert subject_partners(["Estrogen-containing products, such as combined hormonal contraceptives, work against "
                             "estrogen blockade and should not be used."], "Fulvestrant") == {
        "estrogens", "combined hormonal contraceptives"}


def test_doses_that_need_adjusting_mark_an_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert subject_partners(["**Insulin and other glucose-lowering drugs** (e.g., sulfonylureas): glucose control may "
                             "change, so doses may need adjustment."], "Octreotide") >= {"insulin", "sulfonylureas"}


def test_a_dose_said_to_need_no_adjusting_pairs_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not subject_partners(["Trials with metoprolol and ramipril found no need to adjust the dose, but dizziness "
                                 "should be reported."], "Silodosin")


def test_examples_after_a_relative_clause_belong_to_their_class(lexicon) -> None:  # type: ignore[no-untyped-def]
    """"CYP450 substrates in which small changes matter, such as warfarin": warfarin is one of the substrates, each
    a partner of the subject and none of the class."""
    found = pairs(["For CYP450 substrates in which small changes matter, such as warfarin or tacrolimus, check "
                   "levels."], title="Examplimab")
    assert partners(found, "examplimab") == {"cyp450 substrates", "warfarin", "tacrolimus"}
    assert not partners(found, "cyp450 substrates") - {"examplimab"}


def test_second_role_word_takes_the_first_ones_modifiers(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert subject_partners(["Strong CYP3A4 inhibitors (for example itraconazole) and inducers (for example "
                             "rifampin) change its exposure."], "Examplinib") == {
        "strong cyp3a4 inhibitors", "itraconazole", "strong cyp3a4 inducers", "rifampin"}


def test_as_should_gives_the_second_list_the_first_ones_verdict(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = pairs(["Opioids raise the risk of sedation and should be avoided, as should alcohol."], "Examplinib")
    assert partners(found, "examplinib") == {"opioids", "alcohol"}
    assert frozenset({"opioids", "alcohol"}) not in found


def test_the_company_a_comparison_keeps_is_no_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    """"Like other antibiotics, it ...": the class the subject is compared with pairs with nothing."""
    assert pairs(["Like other antibiotics, it may weaken live bacterial vaccines such as the oral typhoid vaccine."],
                 "Examplicillin") == {frozenset({"examplicillin", "live vaccines"}),
                                      frozenset({"examplicillin", "typhoid vaccine"})}


def test_the_cytokines_a_treatment_releases_are_no_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert subject_partners(["Cytokines released during treatment (especially interleukin-6) can suppress CYP450 "
                             "enzymes and raise levels of CYP450 substrates."], "Examplimab") == {"cyp450 substrates"}


def test_a_class_the_lexicon_puts_the_subject_in_stands_for_it(lexicon) -> None:  # type: ignore[no-untyped-def]
    """"SGLT2 inhibitors can lower lithium levels" in bexagliflozin's monograph: the class is the subject."""
    assert subject_partners(["SGLT2 inhibitors can lower serum lithium concentrations, so lithium levels should be "
                             "checked after bexagliflozin is started."], "Bexagliflozin") == {"lithium"}


def test_inducers_of_ugt_enzymes_are_a_class(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert subject_partners(["Strong inducers of UGT enzymes, for example phenobarbital, lower its exposure."],
                            "Examplinib") == {"ugt inducers", "phenobarbital"}


def test_star_fruit_is_a_partner(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert "star fruit" in subject_partners(["Grapefruit and starfruit raise its levels."], "Examplinib")


def test_a_regimen_given_on_purpose_pairs_nothing(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not pairs(["Filgrastim is given with it on purpose; this is a designed regimen, not an unwanted "
                      "interaction."], "Motixafortide")


@pytest.mark.parametrize(("bullet", "title", "expected"), [
    ("Vitamin C (ascorbic acid) supplements raise urinary oxalate and should be avoided.", "Examplisiran",
     {"vitamin c"}),
    ("FcRn blockers such as efgartigimod speed the breakdown of IgG antibodies and may lower its levels.",
     "Examplimab", {"fcrn blockers", "efgartigimod alfa"}),
    ("Other TTR-lowering drugs such as patisiran should not be combined with it.", "Eplontersen",
     {"ttr-lowering drugs", "patisiran"}),
    ("Adding it to a thalidomide analogue such as pomalidomide raised mortality.", "Examplimab",
     {"thalidomide analogues", "pomalidomide"}),
])
def test_what_a_partner_list_holds(lexicon, bullet, title, expected) -> None:  # type: ignore[no-untyped-def]
    """A supplement is its substance, the body's own antibodies are no partner, and classes the lexicon lacked."""
    assert subject_partners([bullet], title) == expected


def test_advice_for_recovering_from_an_illness_is_no_interaction(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert not pairs(["Avoiding alcohol while recovering from a serious infection is sensible."], "Examplicillin")
