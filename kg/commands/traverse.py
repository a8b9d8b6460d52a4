"""``drugkg paths``, ``drugkg neighbours`` and ``drugkg check`` (regimen check)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from extract.errors import DrugKGError
from kg.store import DEFAULT_STORE

if TYPE_CHECKING:  # imported where used: NetworkX costs every other command its start-up time
    from kg import api
    from kg import traverse as tr

EXIT_USAGE = 2
EXIT_ERROR = 4
CHECK_FORMATS = ("table", "json")

console = Console(soft_wrap=True)
StoreOpt = Annotated[Path, typer.Option("--store", "-s", help="Store folder.")]


def _fail(exc: DrugKGError, code: int = EXIT_ERROR) -> NoReturn:
    """One-line error and exit code, or the traceback under ``drugkg --debug`` (as in kg.cli)."""
    from kg.cli import _fail as cli_fail

    raise cli_fail(exc, code) from None


def _graph(store: Path) -> api.KnowledgeGraph:
    from kg import api
    try:
        return api.open(store)
    except DrugKGError as exc:
        _fail(exc)


def _row(*cells: str) -> list[Text]:
    """Cells as plain text: monograph text and paths must never be read as Rich markup."""
    return [Text(cell) for cell in cells]


def _evidence_text(step: tr.Step) -> str:
    first = step.evidence[0]
    more = f" (+{len(step.evidence) - 1} more)" if len(step.evidence) > 1 else ""
    return f"{first.sentence} [{first.path or first.source}]{more}"


def _step_text(graph: api.KnowledgeGraph, step: tr.Step) -> str:
    from kg import traverse as tr
    G = graph.nx()
    return f"{tr.label(G, step.subject)} —{step.predicate}→ {tr.label(G, step.object)}"


def paths(
    drug_a: Annotated[str, typer.Argument(metavar="A", help="First drug (name, synonym or IRI).")],
    drug_b: Annotated[str, typer.Argument(metavar="B", help="Second drug.")],
    store: StoreOpt = Path(DEFAULT_STORE),
    max_hops: Annotated[int, typer.Option("--max-hops", min=1, help="Longest path, in edges.")] = 3,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Paths shown.")] = 10,
) -> None:
    """Paths between two drugs through interactions, class membership and shared adverse effects."""
    graph = _graph(store)
    try:
        found = graph.paths(drug_a, drug_b, max_hops=max_hops, limit=limit)
    except DrugKGError as exc:
        _fail(exc)
    table = Table("#", "step", "evidence [source]", show_lines=True)
    for number, path in enumerate(found, 1):
        table.add_row(*_row(str(number), "\n".join(_step_text(graph, s) for s in path),
                            "\n".join(_evidence_text(s) for s in path)))
    console.print(table)
    console.print(f"{len(found)} path(s) of at most {max_hops} hop(s)", style="dim")


def neighbours(
    drug: Annotated[str, typer.Argument(help="A drug (name, synonym or IRI).")],
    store: StoreOpt = Path(DEFAULT_STORE),
    hops: Annotated[int, typer.Option("--hops", min=1, help="Distance, in edges.")] = 1,
) -> None:
    """Everything within HOPS edges of a drug, with the edge that reaches it."""
    from kg import traverse as tr
    graph = _graph(store)
    try:
        found = graph.neighbours(drug, hops=hops)
    except DrugKGError as exc:
        _fail(exc)
    G = graph.nx()
    table = Table("hops", "node", "kind", "reached by", "evidence [source]")
    for item in found:
        table.add_row(*_row(str(item.hops), tr.label(G, item.node), str(G.nodes[item.node]["kind"]),
                            _step_text(graph, item.step), _evidence_text(item.step)))
    console.print(table)
    console.print(f"{len(found)} node(s) within {hops} hop(s)", style="dim")


def check(
    drugs: Annotated[list[str], typer.Argument(metavar="DRUG...", help="The regimen's drugs.")],
    store: StoreOpt = Path(DEFAULT_STORE),
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Regimen check: interactions (direct or through a class), shared contraindications,
    additive adverse effects and the combined monitoring plan, each with its evidence."""
    from kg import traverse as tr
    if fmt not in CHECK_FORMATS:
        _fail(DrugKGError(f"unknown format {fmt!r} (choose from {', '.join(CHECK_FORMATS)})"), EXIT_USAGE)
    graph = _graph(store)
    try:
        findings = graph.check(drugs)
    except DrugKGError as exc:
        _fail(exc)
    G = graph.nx()
    if fmt == "json":
        typer.echo(json.dumps([tr.finding_record(G, f) for f in findings], indent=1, ensure_ascii=False))
        return
    table = Table("finding", "drugs", "via", "edges", "evidence [source]", show_lines=True)
    for f in findings:
        table.add_row(*_row(f.kind, ", ".join(tr.label(G, d) for d in f.drugs),
                            ", ".join(tr.label(G, v) for v in f.via),
                            "\n".join(_step_text(graph, s) for s in f.steps),
                            "\n".join(_evidence_text(s) for s in f.steps)))
    console.print(table)
    console.print(f"{len(findings)} finding(s)", style="dim")


def register(app: typer.Typer) -> None:
    """Add ``paths``, ``neighbours`` and ``check`` to the ``drugkg`` app."""
    app.command()(paths)
    app.command()(neighbours)
    app.command()(check)
