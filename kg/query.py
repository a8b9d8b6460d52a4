"""SPARQL over the store (Oxigraph's engine, never rdflib's slow in-memory one)."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from extract.errors import QueryError
from kg.namespaces import PREFIXES, compact

FORMATS = ("table", "csv", "tsv", "json")


@dataclass(frozen=True)
class Table:
    """A SELECT result: variable names and rows of terms (``None`` for unbound)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    def records(self) -> list[dict[str, str | None]]:
        """Rows as dicts of plain strings (IRIs, literal values)."""
        return [{c: (None if v is None else v.value) for c, v in zip(self.columns, row, strict=True)}
                for row in self.rows]


def read_query(text_or_file: str) -> str:
    """The query text itself, or the contents of a ``.rq`` / ``.sparql`` file."""
    if text_or_file.endswith((".rq", ".sparql")) and Path(text_or_file).is_file():
        return Path(text_or_file).read_text(encoding="utf-8")
    return text_or_file


def bind_values(query: str, values: dict[str, Any]) -> str:
    """Append a SPARQL ``VALUES`` clause binding each variable to one term.

    Terms are serialised by pyoxigraph (quotes, backslashes and newlines escaped), so user
    input can never change the structure of the query.
    """
    names, terms = [], []
    for name, value in values.items():
        if not name.isidentifier():
            raise QueryError(f"invalid variable name {name!r}")
        term = value if isinstance(value, ox.NamedNode | ox.Literal) else ox.Literal(str(value))
        names.append(f"?{name}")
        terms.append(str(term))
    return f"{query}\nVALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }}"


def run(store: ox.Store, query: str, substitutions: dict[str, Any] | None = None) -> Any:
    """Run a query with the contract's prefixes, all named graphs visible as the default graph.

    ``substitutions`` binds variables to terms (never string-formatted into the query).
    """
    if substitutions:
        query = bind_values(query, substitutions)
    try:
        return store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL: {exc}") from exc
    except OSError as exc:
        raise QueryError(f"query failed: {exc}") from exc


def select(store: ox.Store, query: str, substitutions: dict[str, Any] | None = None) -> Table:
    """A SELECT query as a :class:`Table`; ASK gives one ``ask`` column, CONSTRUCT s/p/o."""
    result = run(store, query, substitutions)
    if isinstance(result, ox.QueryBoolean):
        return Table(("ask",), ((ox.Literal(str(bool(result)).lower()),),))
    if isinstance(result, ox.QueryTriples):
        return Table(("subject", "predicate", "object"), tuple((t.subject, t.predicate, t.object) for t in result))
    columns = tuple(v.value for v in result.variables)
    return Table(columns, tuple(tuple(sol[c] for c in columns) for sol in result))


def term_text(term: Any, short: bool = True) -> str:
    """Human form of a term: CURIE for IRIs (when ``short``), value for literals."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return compact(term.value) if short else term.value
    return str(term.value)


def render(table: Table, fmt: str) -> str:
    """CSV, TSV or JSON text of a table (JSON is SPARQL 1.1 results JSON)."""
    if fmt == "json":
        bindings = []
        for row in table.rows:
            binding = {}
            for column, term in zip(table.columns, row, strict=True):
                if term is None:
                    continue
                if isinstance(term, ox.NamedNode):
                    binding[column] = {"type": "uri", "value": term.value}
                elif isinstance(term, ox.BlankNode):
                    binding[column] = {"type": "bnode", "value": term.value}
                else:
                    binding[column] = {"type": "literal", "value": term.value}
            bindings.append(binding)
        return json.dumps({"head": {"vars": list(table.columns)}, "results": {"bindings": bindings}}, indent=1)
    import csv

    out = io.StringIO()
    delimiter = "\t" if fmt == "tsv" else ","
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow([term_text(t, short=False) for t in row])
    return out.getvalue()
