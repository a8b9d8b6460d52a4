"""``drugkg validate``: SHACL-check the current store version (exit 1 when it does not conform)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.store import DEFAULT_STORE


def register(app: typer.Typer) -> None:
    """Add the ``validate`` command to ``app``."""
    app.command("validate")(validate)


def validate(
    store: Annotated[Path, typer.Option("--store", "-s", help="Store folder.")] = Path(DEFAULT_STORE),
    shapes: Annotated[Path | None, typer.Option("--shapes", help="SHACL shapes file (default: the shipped one).")]
    = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    limit: Annotated[int, typer.Option("--limit", help="Findings shown (0 = all).")] = 50,
) -> None:
    """Validate the union of all named graphs against ontology/shapes.ttl (no inference).

    Exit code 0 when the graph conforms, 1 when it has violations (or warnings with --strict).
    """
    from extract.errors import DrugKGError
    from kg import cli
    from kg import validate as validate_mod
    from kg.store import open_read

    try:
        report = validate_mod.validate(open_read(store), shapes=shapes, strict=strict)
    except DrugKGError as exc:
        raise cli._fail(exc) from None
    cli.console.print(report.text(limit or len(report.findings) or 1), highlight=False, markup=False)
    if not report.conforms:
        raise typer.Exit(cli.EXIT_VALIDATION)
