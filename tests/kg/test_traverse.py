from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from extract.errors import DrugKGError, DrugNotFound
from kg.graph import graph_for
from kg.namespaces import ID
from kg.traverse import Finding, check, finding_record, label, neighbours, paths, resolve

MAGNESIUM = ID + "drug/magnesium-bisglycinate"
CIPRO = ID + "drug/ciprofloxacin"


@pytest.fixture(scope="module")
def G(sample_store: Path) -> nx.MultiDiGraph:
    return graph_for(sample_store)


@pytest.mark.parametrize("name", ["Warfarin", "warfarin", " WARFARIN ", "Coumadin", ID + "drug/warfarin"])
def test_resolve_by_label_synonym_case_or_iri(G: nx.MultiDiGraph, name: str) -> None:
    assert resolve(G, name) == ID + "drug/warfarin"


def test_resolve_by_slug(G: nx.MultiDiGraph) -> None:
    assert resolve(G, "magnesium-bisglycinate") == MAGNESIUM


def test_unknown_drug_suggests_a_close_match(G: nx.MultiDiGraph) -> None:
    with pytest.raises(DrugNotFound, match="did you mean 'Warfarin'"):
        resolve(G, "warfarine")
    with pytest.raises(DrugNotFound):
        resolve(G, "")


def test_quoted_or_sparql_like_names_are_just_not_found(G: nx.MultiDiGraph) -> None:
    with pytest.raises(DrugNotFound):
        resolve(G, 'x" } ; DROP ALL ; #\\')


def _kinds(findings: list[Finding]) -> set[str]:
    return {f.kind for f in findings}


def test_check_finds_the_class_mediated_interaction_with_evidence(G: nx.MultiDiGraph) -> None:
    findings = check(G, ["magnesium bisglycinate", "ciprofloxacin"])
    via_quinolones = [f for f in findings if f.kind == "class-interaction" and f.via == (ID + "class/quinolones",)]
    assert len(via_quinolones) == 1
    finding = via_quinolones[0]
    assert finding.drugs == (MAGNESIUM, CIPRO)
    predicates = [(label(G, s.subject), s.predicate, label(G, s.object)) for s in finding.steps]
    assert ("magnesium bisglycinate", "interactsWith", "quinolones") in predicates
    assert ("Ciprofloxacin", "memberOf", "fluoroquinolones") in predicates
    assert ("fluoroquinolones", "broader", "quinolones") in predicates
    interaction = finding.steps[0].evidence[0]
    assert "quinolones" in interaction.sentence
    assert interaction.path.endswith("data/monographs/magnesium-bisglycinate.md")


def test_check_direct_interaction_both_monographs(G: nx.MultiDiGraph) -> None:
    findings = check(G, ["warfarin", "aspirin"])
    direct = [f for f in findings if f.kind == "interaction"]
    assert len(direct) == 1
    paths_ = {Path(e.path).name for s in direct[0].steps for e in s.evidence}
    assert {"warfarin.md", "aspirin.md"} <= paths_


def test_check_shared_effects_contraindications_and_monitoring(G: nx.MultiDiGraph) -> None:
    findings = check(G, ["aspirin", "ibuprofen", "warfarin"])
    assert {"interaction", "additive-effect", "shared-contraindication", "monitoring"} <= _kinds(findings)
    for f in findings:
        assert f.steps and all(s.evidence and s.evidence[0].sentence and s.evidence[0].source for s in f.steps)
        if f.kind in ("additive-effect", "shared-contraindication"):
            assert len(f.drugs) >= 2
    inr = [f for f in findings if f.kind == "monitoring" and label(G, f.via[0]) == "INR"]
    assert inr and ID + "drug/warfarin" in inr[0].drugs


def test_check_record_is_plain_data(G: nx.MultiDiGraph) -> None:
    record = finding_record(G, check(G, ["warfarin", "aspirin"])[0])
    assert record["kind"] == "interaction"
    assert record["drugs"] == ["Warfarin", "Aspirin"]


@pytest.mark.parametrize("bad", [[], "warfarin", None])
def test_check_rejects_bad_input_up_front(G: nx.MultiDiGraph, bad: object) -> None:
    with pytest.raises(DrugKGError):
        check(G, bad)  # type: ignore[arg-type]


def test_check_names_the_unknown_drug(G: nx.MultiDiGraph) -> None:
    with pytest.raises(DrugNotFound, match="asprin"):
        check(G, ["warfarin", "asprin"])


def test_paths_through_classes_and_shared_effects(G: nx.MultiDiGraph) -> None:
    found = paths(G, "magnesium bisglycinate", "ciprofloxacin", max_hops=3)
    shapes = [[s.predicate for s in p] for p in found]
    assert ["interactsWith", "broader", "memberOf"] in shapes
    assert ["hasAdverseEffect", "hasAdverseEffect"] in shapes
    assert all(len({s.subject for s in p} | {s.object for s in p}) <= 4 for p in found)
    assert paths(G, "warfarin", "aspirin", max_hops=1)[0][0].predicate == "interactsWith"


def test_paths_input_checks(G: nx.MultiDiGraph) -> None:
    with pytest.raises(DrugKGError):
        paths(G, "warfarin", "aspirin", max_hops=0)
    with pytest.raises(DrugKGError):
        paths(G, "warfarin", "Coumadin")


def test_neighbours_by_distance(G: nx.MultiDiGraph) -> None:
    one = neighbours(G, "warfarin")
    assert {n.hops for n in one} == {1}
    assert "INR" in {label(G, n.node) for n in one if n.step.predicate == "monitors"}
    two = neighbours(G, "warfarin", hops=2)
    assert len(two) > len(one) and {n.hops for n in two} == {1, 2}
    with pytest.raises(DrugKGError):
        neighbours(G, "warfarin", hops=0)


def test_class_interactions_are_exactly_the_interacting_pairs_of_classes_above_each_drug(G: nx.MultiDiGraph) -> None:
    names = ["magnesium bisglycinate", "ciprofloxacin", "warfarin", "aspirin", "ibuprofen", "sertraline",
             "fluoxetine", "clarithromycin", "digoxin", "lisinopril", "carbamazepine", "levothyroxine"]
    drugs = [resolve(G, n) for n in names]
    classes = nx.subgraph_view(G, filter_edge=lambda u, v, k: k in ("memberOf", "broader"))
    expected: Counter[tuple[tuple[str, str], tuple[str, ...]]] = Counter()
    for a, b in itertools.combinations(drugs, 2):
        for x, y in itertools.product({a} | nx.descendants(classes, a), {b} | nx.descendants(classes, b)):
            linked = G.has_edge(x, y, "interactsWith") or G.has_edge(y, x, "interactsWith")
            if linked and (x, y) != (a, b) and x != y:
                expected[((a, b), tuple(n for n in (x, y) if n not in (a, b)))] += 1
    found = Counter((f.drugs, f.via) for f in check(G, names) if f.kind == "class-interaction")
    assert found == expected
    assert len(expected) > 3
