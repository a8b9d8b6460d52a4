"""``drugkg show``: a drug's neighbourhood as a picture (PNG/SVG) or an offline HTML page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from extract.errors import DrugKGError
from kg.store import DEFAULT_STORE

EXIT_USAGE = 2
EXIT_ERROR = 4

err = Console(stderr=True, soft_wrap=True)


def _fail(exc: DrugKGError, code: int = EXIT_ERROR) -> NoReturn:
    """One-line error and exit code, or the traceback under ``drugkg --debug`` (as in kg.cli)."""
    from kg.cli import _fail as cli_fail

    raise cli_fail(exc, code) from None


def show(
    drug: Annotated[str, typer.Argument(help="A drug (name, synonym or IRI).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="FILE.png, FILE.svg or FILE.html.")],
    store: Annotated[Path, typer.Option("--store", "-s", help="Store folder.")] = Path(DEFAULT_STORE),
    hops: Annotated[int, typer.Option("--hops", min=1, help="Distance from the drug, in edges.")] = 1,
    max_nodes: Annotated[int, typer.Option("--max-nodes", min=2, help="Nodes drawn at most (nearest first).")] = 90,
) -> None:
    """Draw DRUG's neighbourhood: nodes coloured by entity type, edges labelled by relation.

    PNG and SVG are static pictures; HTML is an interactive page (pan, zoom, evidence on hover) that works offline.
    """
    from kg import api
    from kg import show as show_mod

    suffix = output.suffix.lower().lstrip(".")
    if suffix not in show_mod.FORMATS:
        _fail(DrugKGError(f"{output}: use a .png, .svg or .html file name"), EXIT_USAGE)
    try:
        G = api.open(store).nx()
        written = show_mod.render(G, drug, output, hops=hops, max_nodes=max_nodes)
    except DrugKGError as exc:
        _fail(exc)
    err.print(f"wrote {written} ({written.stat().st_size:,} bytes)", highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``show`` to the ``drugkg`` app."""
    app.command()(show)
