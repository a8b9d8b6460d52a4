"""``drugkg push``: upload the store to a SPARQL 1.1 Graph Store Protocol server."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from extract.errors import DrugKGError
from kg.store import DEFAULT_STORE

EXIT_ERROR = 4


def push_command(
    endpoint: Annotated[str, typer.Option("--endpoint", "-e", help="Graph Store endpoint, e.g. http://HOST:7878/store.")],
    store: Annotated[Path, typer.Option("--store", "-s", help="Store folder.")] = Path(DEFAULT_STORE),
    timeout: Annotated[float, typer.Option(help="Seconds to wait for each request.")] = 60.0,
) -> None:
    """Upload the dataset graph by graph (HTTP PUT ?graph=IRI, N-Triples); each PUT replaces that graph."""
    from kg.cli import STATE
    from kg.push import push

    err = Console(stderr=True, soft_wrap=True)
    try:
        report = push(store, endpoint, timeout=timeout)
    except DrugKGError as exc:
        if STATE["debug"]:
            raise
        err.print(f"[bold red]error:[/] {exc}", highlight=False)
        raise typer.Exit(EXIT_ERROR) from None
    Console(soft_wrap=True).print(f"pushed {report.graphs} graphs, {report.triples} triples to {endpoint}",
                                  highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``push`` to the CLI."""
    app.command("push")(push_command)
