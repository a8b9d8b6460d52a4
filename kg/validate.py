"""SHACL validation of a built store against ``ontology/shapes.ttl`` (pySHACL).

The data graph is the union of every named graph of the store's current version, validated
as one graph and without RDFS/OWL inference (see the header of ``shapes.ttl``). Results of
severity ``sh:Violation`` break the contract and make the report non-conforming; ``sh:Warning``
results (edge endpoints whose types do not match the ontology) are reported but only fail
when ``strict`` is set.

Example::

    >>> from kg.store import open_read
    >>> report = validate(open_read("drugkg-store"))          # doctest: +SKIP
    >>> report.conforms, len(report.violations), len(report.warnings)  # doctest: +SKIP
    (True, 0, 3)
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.namespace import SH

from extract.errors import DrugKGError
from extract.resources import ontology_dir
from kg.namespaces import compact
from kg.query import run

SHAPES_NS = "https://w3id.org/drugkg/shapes#"
DIRECT_EDGES = ("interactsWith", "contraindicatedIn", "cautionIn", "monitors", "hasAdverseEffect", "indicatedFor",
                "memberOf", "combinedWith", "hasDoseGuideline")


@dataclass(frozen=True, slots=True)
class Finding:
    """One SHACL validation result, flattened to text."""

    severity: str  # "Violation", "Warning" or "Info"
    focus: str
    path: str
    message: str
    value: str
    shape: str

    def lines(self) -> list[str]:
        """A few readable lines: severity and focus node, then path, value and message."""
        out = [f"{self.severity}: {self.focus}"]
        if self.path:
            out.append(f"  path:    {self.path}")
        if self.value:
            out.append(f"  value:   {self.value}")
        out.append(f"  message: {self.message}")
        if self.shape:
            out.append(f"  shape:   {self.shape}")
        return out


@dataclass(frozen=True)
class Report:
    """The outcome of :func:`validate`: every finding and whether the graph conforms."""

    findings: tuple[Finding, ...]
    triples: int
    strict: bool = False

    @property
    def violations(self) -> tuple[Finding, ...]:
        """Findings of severity ``sh:Violation`` (the contract is broken)."""
        return tuple(f for f in self.findings if f.severity == "Violation")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """Findings of severity ``sh:Warning`` or ``sh:Info``."""
        return tuple(f for f in self.findings if f.severity != "Violation")

    @property
    def conforms(self) -> bool:
        """True when there is no violation (and, when ``strict``, no warning either)."""
        return not (self.findings if self.strict else self.violations)

    def text(self, limit: int = 50) -> str:
        """A readable report: a summary line, then up to ``limit`` findings (violations first)."""
        verdict = "conforms" if self.conforms else "does NOT conform"
        lines = [f"SHACL: {self.triples} triples {verdict}: {len(self.violations)} violation(s), "
                 f"{len(self.warnings)} warning(s)"]
        ordered = [*self.violations, *self.warnings]
        for finding in ordered[:limit]:
            lines.extend(finding.lines())
        if len(ordered) > limit:
            lines.append(f"... and {len(ordered) - limit} more")
        return "\n".join(lines)


def shapes_path() -> Path:
    """The shipped SHACL shapes file."""
    return ontology_dir() / "shapes.ttl"


def union_graph(store: ox.Store) -> rdflib.Graph:
    """Every named graph of ``store`` merged into one rdflib graph (the default graph is left out)."""
    merged = ox.Store()
    merged.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                  for q in store if not isinstance(q.graph_name, ox.DefaultGraph))
    graph = rdflib.Graph()
    graph.parse(data=merged.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()), format="nt")
    return graph


def validate(store: ox.Store, *, shapes: Path | None = None, strict: bool = False) -> Report:
    """Validate the union of the store's named graphs against the SHACL shapes (no inference).

    Adds the two contract rules SHACL Core cannot express (see the header of ``shapes.ttl``):
    every direct edge has an ``rdf:Statement`` with ``dkg:evidence`` in its named graph, and
    every statement's triple is asserted in the statement's graph.
    """
    report = validate_graph(union_graph(store), shapes=shapes, strict=strict)
    extra = tuple(contract_findings(store))
    return Report((*report.findings, *extra), report.triples, strict) if extra else report


_EDGES = ", ".join(f"dkg:{p}" for p in DIRECT_EDGES)
_UNSUPPORTED_EDGES = f"""SELECT DISTINCT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o FILTER(?p IN ({_EDGES}))
  FILTER NOT EXISTS {{ ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; dkg:evidence ?e }} }} }}"""
_UNASSERTED_STATEMENTS = """SELECT DISTINCT ?st ?p ?o ?g WHERE { GRAPH ?g {
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o FILTER NOT EXISTS { ?s ?p ?o } } }"""
CONTRACT_SHAPE = "drugkg contract (SPARQL check)"


def contract_findings(store: ox.Store) -> Iterable[Finding]:
    """Violations of the edge/statement rules, checked per named graph with SPARQL."""
    for s, p, o, g in _rows(store, _UNSUPPORTED_EDGES):
        yield Finding("Violation", compact(s), compact(p), f"A direct edge has no rdf:Statement with dkg:evidence "
                      f"in its named graph {compact(g)}.", compact(o), CONTRACT_SHAPE)
    for st, p, o, g in _rows(store, _UNASSERTED_STATEMENTS):
        yield Finding("Violation", compact(st), "rdf:subject", f"The statement's triple ({compact(p)} "
                      f"{compact(o)}) is not asserted in its named graph {compact(g)}.", "", CONTRACT_SHAPE)


def _rows(store: ox.Store, query: str) -> list[tuple[str, ...]]:
    result = run(store, query)
    return sorted(tuple(term.value for term in row) for row in result)


def validate_graph(data: rdflib.Graph, *, shapes: Path | None = None, strict: bool = False) -> Report:
    """Validate one rdflib graph against the SHACL shapes (no inference)."""
    import pyshacl

    shapes_graph = rdflib.Graph()
    try:
        shapes_graph.parse(str(shapes or shapes_path()), format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise DrugKGError(f"cannot read the SHACL shapes: {exc}") from exc
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        _conforms, results, _text = pyshacl.validate(
            data, shacl_graph=shapes_graph, inference="none", allow_warnings=True, allow_infos=True)
    assert isinstance(results, rdflib.Graph)
    findings = sorted(_findings(results), key=lambda f: (f.severity != "Violation", f.focus, f.path, f.message))
    return Report(tuple(findings), len(data), strict)


def _findings(results: rdflib.Graph) -> Iterable[Finding]:
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        severity = results.value(result, SH.resultSeverity)
        yield Finding(
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            focus=_show(results.value(result, SH.focusNode)),
            path=_show(results.value(result, SH.resultPath)),
            message=str(results.value(result, SH.resultMessage) or "(no message)"),
            value=_show(results.value(result, SH.value)),
            shape=_show(results.value(result, SH.sourceShape)),
        )


def _show(term: object) -> str:
    """Compact text for a result term: CURIEs for IRIs, quoted literals, ``""`` for none."""
    if term is None:
        return ""
    if isinstance(term, rdflib.URIRef):
        text = str(term)
        return "dkgsh:" + text[len(SHAPES_NS):] if text.startswith(SHAPES_NS) else compact(text)
    if isinstance(term, rdflib.Literal):
        return f'"{term}"'
    return "[blank node]" if isinstance(term, rdflib.BNode) else str(term)
