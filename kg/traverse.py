"""Traversal over the NetworkX view (:mod:`kg.graph`), in networkx style: graph first.

* :func:`resolve` — a drug name (label, synonym or IRI) to its node, or :class:`DrugNotFound`.
* :func:`paths` — interaction paths between two drugs through interactions, class
  membership (``memberOf``, ``broader``) and shared adverse effects.
* :func:`neighbours` — everything within ``hops`` edges of a drug.
* :func:`check` — the regimen check: interacting pairs (direct or through a class), shared
  contraindications, additive adverse effects and the combined monitoring plan.
"""

from __future__ import annotations

import difflib
import itertools
import weakref
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import networkx as nx

from extract.errors import DrugKGError, DrugNotFound
from extract.text import slugify
from kg.graph import INDEXES, Evidence
from kg.namespaces import ENTITY_TYPES, ID

DRUG_KINDS = ("Drug", "Substance", "DrugClass")
PATH_EDGES = frozenset({"interactsWith", "memberOf", "broader", "hasAdverseEffect"})
PATH_KINDS = frozenset({"Drug", "Substance", "DrugClass", "AdverseEffect"})
CLASS_EDGES = ("memberOf", "broader")
MAX_PATHS = 50
MAX_ENUMERATED = 20_000
EFFECT_WEIGHT = 1.5  # rank interaction and class paths before shared-effect paths of the same length


@dataclass(frozen=True)
class Step:
    """One edge of a path, in its asserted direction, with every assertion's evidence."""

    subject: str
    predicate: str
    object: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Finding:
    """One result of a regimen check.

    ``kind`` is ``interaction`` (direct), ``class-interaction`` (through the classes in ``via``),
    ``shared-contraindication``, ``additive-effect`` or ``monitoring``; ``drugs`` are the
    regimen's node IRIs involved; ``steps`` are the edges that justify the finding.
    """

    kind: str
    drugs: tuple[str, ...]
    via: tuple[str, ...]
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Neighbour:
    """A node within reach of a drug: distance and the edge it was first reached by."""

    node: str
    hops: int
    step: Step


def _check_graph(G: nx.MultiDiGraph) -> None:
    if not isinstance(G, nx.MultiDiGraph) or not all(index in G.graph for index in INDEXES):
        raise TypeError("expected the drugkg view from kg.graph.build_graph / graph_for")


def _check_int(value: int, name: str, minimum: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise DrugKGError(f"{name} must be an integer >= {minimum}, got {value!r}")


def resolve(G: nx.MultiDiGraph, name: str, kinds: Sequence[str] = DRUG_KINDS) -> str:
    """The node of a drug named by label, synonym (any case), slug (``magnesium-bisglycinate``) or IRI.

    Raises :class:`DrugNotFound`, with the closest names as a suggestion.

    >>> resolve(G, "coumadin")  # doctest: +SKIP
    'https://w3id.org/drugkg/id/drug/warfarin'
    """
    _check_graph(G)
    if not isinstance(name, str) or not name.strip():
        raise DrugNotFound(f"not a drug name: {name!r}")
    if name in G and G.nodes[name]["kind"] in kinds:
        return name
    candidates = G.graph["names"].get(" ".join(name.lower().split()), ())
    candidates += tuple(f"{ID}{folder}/{slugify(name)}" for folder, kind in ENTITY_TYPES.items() if kind in kinds)
    for kind in kinds:
        for node in candidates:
            if node in G and G.nodes[node]["kind"] == kind:
                return str(node)
    choices = [G.nodes[n]["label"] for n in G if G.nodes[n]["kind"] in kinds]
    close = difflib.get_close_matches(name, choices, n=3, cutoff=0.6) or difflib.get_close_matches(
        name.lower(), [c.lower() for c in choices], n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    raise DrugNotFound(f"no drug named {name!r} in the graph{hint}")


def label(G: nx.MultiDiGraph, node: str) -> str:
    """The preferred label of a node (the IRI when it has none)."""
    return str(G.nodes[node].get("label", node)) if node in G else node


def _steps_between(G: nx.MultiDiGraph, u: str, v: str, keys: Iterable[str] | None = None) -> list[Step]:
    wanted = None if keys is None else set(keys)
    steps = []
    for a, b in ((u, v), (v, u)):
        for key, data in (G.get_edge_data(a, b) or {}).items():
            if wanted is None or key in wanted:
                steps.append(Step(a, key, b, data["provenance"]))
    return steps


_PROJECTIONS: weakref.WeakKeyDictionary[nx.MultiDiGraph, nx.Graph] = weakref.WeakKeyDictionary()


def _projection(G: nx.MultiDiGraph) -> nx.Graph:
    """Undirected simple graph over path edges between drugs, classes and effects (cached)."""
    if G not in _PROJECTIONS:
        H = nx.Graph()
        for u, v, key in G.edges(keys=True):
            if key in PATH_EDGES and G.nodes[u]["kind"] in PATH_KINDS and G.nodes[v]["kind"] in PATH_KINDS:
                weight = EFFECT_WEIGHT if key == "hasAdverseEffect" else 1.0
                H.add_edge(u, v, weight=min(weight, H.get_edge_data(u, v, {}).get("weight", weight)))
        _PROJECTIONS[G] = H
    return _PROJECTIONS[G]


def _bounded_paths(H: nx.Graph, source: str, target: str, max_hops: int) -> list[list[str]]:
    """Simple paths of at most ``max_hops`` edges, pruned by the distance to ``target``."""
    to_target = nx.single_source_shortest_path_length(H, target, cutoff=max_hops)
    found: list[list[str]] = []
    if source not in to_target:
        return found
    path, on_path = [source], {source}

    def walk(node: str) -> None:
        if node == target:
            found.append(list(path))
            return
        left = max_hops - len(path)  # edges still allowed after the next one
        for nxt in H[node]:
            if nxt not in on_path and to_target.get(nxt, max_hops + 1) <= left and len(found) < MAX_ENUMERATED:
                path.append(nxt)
                on_path.add(nxt)
                walk(nxt)
                on_path.discard(path.pop())

    walk(source)
    return found


def paths(G: nx.MultiDiGraph, a: str, b: str, max_hops: int = 3, limit: int = MAX_PATHS) -> list[list[Step]]:
    """Paths of at most ``max_hops`` edges linking drugs ``a`` and ``b``, shortest first.

    Edges followed in either direction: ``interactsWith``, ``memberOf``, ``broader`` and
    ``hasAdverseEffect`` (two drugs sharing an effect are two hops apart). Each path is a
    list of :class:`Step` (when two nodes are linked several ways, one step per way); at equal
    length, paths through interactions and classes come before shared-effect paths.

    >>> found = paths(G, "magnesium bisglycinate", "ciprofloxacin", max_hops=3)  # doctest: +SKIP
    >>> ["interactsWith", "broader", "memberOf"] in [[s.predicate for s in p] for p in found]  # doctest: +SKIP
    True
    """
    source, target = resolve(G, a), resolve(G, b)
    _check_int(max_hops, "max_hops", 1)
    _check_int(limit, "limit", 1)
    if source == target:
        raise DrugKGError(f"{a!r} and {b!r} are the same drug")
    H = _projection(G)
    if source not in H or target not in H:
        return []
    ranked = sorted(_bounded_paths(H, source, target, max_hops),
                    key=lambda nodes: (nx.path_weight(H, nodes, "weight"), nodes))
    found = []
    for nodes in ranked[:limit]:
        found.append([s for u, v in itertools.pairwise(nodes) for s in _steps_between(G, u, v, PATH_EDGES)])
    return found


def neighbours(G: nx.MultiDiGraph, drug: str, hops: int = 1) -> list[Neighbour]:
    """Every node within ``hops`` edges of ``drug`` (any predicate, either direction), nearest first.

    >>> {label(G, n.node) for n in neighbours(G, "warfarin") if n.step.predicate == "monitors"}  # doctest: +SKIP
    {'INR', ...}
    """
    start = resolve(G, drug)
    _check_int(hops, "hops", 1)
    U = G.to_undirected(as_view=True)
    found: list[Neighbour] = []
    depth = {start: 0}
    for parent, child in nx.bfs_edges(U, start, depth_limit=hops):
        depth[child] = depth[parent] + 1
        found.append(Neighbour(child, depth[child], _steps_between(G, parent, child)[0]))
    return found


def _ancestors(G: nx.MultiDiGraph, node: str) -> dict[str, tuple[Step, ...]]:
    """Classes above ``node`` through memberOf / broader, each with the chain of steps reaching it."""
    chains: dict[str, tuple[Step, ...]] = {}
    todo: list[tuple[str, tuple[Step, ...]]] = [(node, ())]
    while todo:
        current, chain = todo.pop()
        for _, parent, key, data in G.out_edges(current, keys=True, data=True):
            if key in CLASS_EDGES and parent not in chains and parent != node:
                step = Step(current, key, parent, data["provenance"])
                chains[parent] = (*chain, step)
                todo.append((parent, chains[parent]))
    return chains


def _interactions(G: nx.MultiDiGraph, a: str, b: str) -> list[Step]:
    return _steps_between(G, a, b, ("interactsWith",))


def _pair(G: nx.MultiDiGraph, a: str, b: str, up: dict[str, dict[str, tuple[Step, ...]]]) -> list[Finding]:
    """Direct and class-mediated interactions between two regimen drugs.

    Every (drug or class above ``a``) x (drug or class above ``b``) pair is a candidate; the
    ``interacts`` index rules out the many that do not interact before any edge is read.
    """
    partners: dict[str, frozenset[str]] = G.graph["interacts"]
    findings = []
    if b in partners.get(a, ()):
        findings.append(Finding("interaction", (a, b), (), tuple(_interactions(G, a, b))))
    sides_b = {b: (), **up[b]}
    for x, chain_x in {a: (), **up[a]}.items():
        linked = partners.get(x)
        if not linked:
            continue
        for y, chain_y in sides_b.items():
            if y in linked and (x, y) != (a, b) and x != y:
                via = tuple(n for n in (x, y) if n not in (a, b))
                steps = _interactions(G, x, y)
                findings.append(Finding("class-interaction", (a, b), via, (*steps, *chain_x, *chain_y)))
    return findings


def _shared(G: nx.MultiDiGraph, drugs: Sequence[str], key: str, kind: str, minimum: int) -> list[Finding]:
    """Objects of ``key`` edges that at least ``minimum`` regimen drugs share."""
    by_object: dict[str, list[Step]] = defaultdict(list)
    for drug in drugs:
        for _, obj, k, data in G.out_edges(drug, keys=True, data=True):
            if k == key:
                by_object[obj].append(Step(drug, k, obj, data["provenance"]))
    return [Finding(kind, tuple(dict.fromkeys(s.subject for s in steps)), (obj,), tuple(steps))
            for obj, steps in sorted(by_object.items(), key=lambda item: label(G, item[0]).lower())
            if len({s.subject for s in steps}) >= minimum]


def check(G: nx.MultiDiGraph, drugs: Sequence[str]) -> list[Finding]:
    """Regimen check of ``drugs`` (names, synonyms or IRIs): every finding with its evidence.

    For every pair: direct ``interaction`` s and ``class-interaction`` s (drug A is a member of
    class C, directly or through ``broader``, and drug B interacts with C); for the regimen:
    ``shared-contraindication`` s and ``additive-effect`` s (two or more drugs) and the
    ``monitoring`` plan (every parameter any drug calls for).

    >>> [f.kind for f in check(G, ["magnesium bisglycinate", "ciprofloxacin"])]  # doctest: +SKIP
    ['class-interaction', ..., 'monitoring', ...]
    """
    _check_graph(G)
    if isinstance(drugs, str) or not isinstance(drugs, Sequence) or not drugs:
        raise DrugKGError("check needs a list of drug names")
    nodes = list(dict.fromkeys(resolve(G, d) for d in drugs))
    up = {n: _ancestors(G, n) for n in nodes}
    findings = [f for a, b in itertools.combinations(nodes, 2) for f in _pair(G, a, b, up)]
    findings += _shared(G, nodes, "contraindicatedIn", "shared-contraindication", 2)
    findings += _shared(G, nodes, "hasAdverseEffect", "additive-effect", 2)
    findings += _shared(G, nodes, "monitors", "monitoring", 1)
    return findings


def step_record(G: nx.MultiDiGraph, step: Step) -> dict[str, object]:
    """A step as plain data: labels, predicate and every evidence sentence with its source."""
    return {
        "subject": label(G, step.subject), "predicate": step.predicate, "object": label(G, step.object),
        "evidence": [{"sentence": e.sentence, "source": e.source, "path": e.path, "section": e.section,
                      **dict(e.qualifiers)} for e in step.evidence],
    }


def finding_record(G: nx.MultiDiGraph, finding: Finding) -> dict[str, object]:
    """A finding as plain data (JSON-ready), with labels instead of IRIs."""
    return {
        "kind": finding.kind, "drugs": [label(G, d) for d in finding.drugs],
        "via": [label(G, v) for v in finding.via], "steps": [step_record(G, s) for s in finding.steps],
    }
