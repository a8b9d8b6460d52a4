"""``drugkg`` command line: build, query, export (Typer + Rich).

Exit codes: 0 success; 1 validation failed; 2 usage error; 3 some documents failed (the
rest were built); 4 store, query or other drugkg error.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from extract.errors import DrugKGError
from kg import query as query_mod
from kg.commands import register_all
from kg.store import DEFAULT_STORE, open_read

EXIT_VALIDATION = 1
EXIT_PARTIAL = 3
EXIT_ERROR = 4

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Drug-interaction knowledge graph from monographs.")
console = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)
STATE = {"debug": False}

StoreOpt = Annotated[Path, typer.Option("--store", "-s", help="Store folder.")]


@app.callback()
def _main(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False) -> None:
    STATE["debug"] = debug


def _fail(exc: Exception, code: int = EXIT_ERROR) -> typer.Exit:
    if STATE["debug"]:
        raise exc
    err.print(f"[bold red]error:[/] {exc}", highlight=False)
    return typer.Exit(code)


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Monograph files or folders (searched recursively).")],
    store: StoreOpt = Path(DEFAULT_STORE),
    vocab: Annotated[list[Path] | None, typer.Option("--vocab", help="Extra vocabulary file(s).")] = None,
    workers: Annotated[int | None, typer.Option("--workers", "-j", help="Extraction processes.")] = None,
    executor: Annotated[str, typer.Option(
        "--executor", help="Where extraction runs: local (process pool) or dask://HOST:PORT.")] = "local",
    prune: Annotated[bool, typer.Option("--prune", help="Remove graphs of files no longer given.")] = False,
    timings: Annotated[bool, typer.Option("--timings", help="Print where the build spent its time.")] = False,
) -> None:
    """Extract every monograph under PATHS into the store (incremental and atomic)."""
    from kg import build as build_mod  # imported here: extraction code is only needed to build
    from kg.manifest import store_totals

    with Progress(
        TextColumn("[bold]extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("extract", total=None)
        try:
            report = build_mod.build(
                paths, store, vocab=tuple(str(v) for v in vocab or ()), workers=workers, executor=executor,
                prune=prune,
                on_total=lambda n: progress.update(task, total=n),
                on_progress=lambda: progress.advance(task),
            )
        except DrugKGError as exc:
            raise _fail(exc) from None
    for path in report.skipped:
        err.print(f"skipped: {path} (documentation file, not a monograph)", highlight=False)
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/] {warning}", highlight=False)
    for path, reason in report.failures:
        err.print(f"[red]failed:[/] {path}: {reason}", highlight=False)
    totals = report.totals or store_totals(store)  # the build's manifest totals: no store scan
    if timings:
        err.print("timings: " + ", ".join(f"{name} {s:.2f} s" for name, s in report.timings.items()), highlight=False)
        err.print("cpu: " + ", ".join(f"{name} {s:.2f} s" for name, s in report.cpu.items()), highlight=False)
    console.print(
        f"built {report.built}, unchanged {report.unchanged}, removed {report.removed}, failed {len(report.failures)}"
        f" | store {store}: {totals.documents} documents, {totals.entities} entities, {totals.edges} edges,"
        f" {totals.triples} triples",
        highlight=False,
    )
    if report.failures:
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def query(
    sparql: Annotated[str, typer.Argument(help="SPARQL text or a .rq file.")],
    store: StoreOpt = Path(DEFAULT_STORE),
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json.")] = "table",
    limit: Annotated[int, typer.Option(help="Rows shown in table format (0 = all).")] = 0,
) -> None:
    """Run a SPARQL query (all named graphs form the default graph; contract prefixes predefined)."""
    if fmt not in query_mod.FORMATS:
        raise _fail(DrugKGError(f"unknown format {fmt!r} (choose from {', '.join(query_mod.FORMATS)})"), 2)
    try:
        table = query_mod.select(open_read(store), query_mod.read_query(sparql))
    except DrugKGError as exc:
        raise _fail(exc) from None
    if fmt != "table":
        sys.stdout.write(query_mod.render(table, fmt))
        return
    rich_table = RichTable(*table.columns, show_lines=False)
    rows = table.rows if not limit else table.rows[:limit]
    for row in rows:
        rich_table.add_row(*(query_mod.term_text(t) for t in row))
    console.print(rich_table)
    console.print(f"{len(table.rows)} row(s)", style="dim")


@app.command()
def export(
    store: StoreOpt = Path(DEFAULT_STORE),
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="turtle, ntriples, nquads, trig, jsonld, graphml or kgx.")] = "nquads",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
) -> None:
    """Write the whole dataset in an RDF format."""
    from kg import export as export_mod

    try:
        db = open_read(store)
        if fmt == "kgx" and output is not None and not output.name.endswith((".tar.gz", ".tgz")):
            for written in export_mod.write_kgx_files(db, output):
                err.print(f"wrote {written} ({written.stat().st_size:,} bytes, kgx)", highlight=False)
        elif output is None:
            export_mod.export(db, fmt, sys.stdout.buffer)
        else:
            tmp = output.with_name(output.name + ".part")
            with tmp.open("wb") as handle:
                export_mod.export(db, fmt, handle)
            tmp.replace(output)
            err.print(f"wrote {output} ({output.stat().st_size:,} bytes, {fmt})", highlight=False)
    except DrugKGError as exc:
        raise _fail(exc) from None
    except OSError as exc:
        raise _fail(DrugKGError(f"cannot write {output}: {exc.strerror or exc}")) from None


def main() -> None:
    """Console-script entry point."""
    app()


register_all(app)


if __name__ == "__main__":
    main()
