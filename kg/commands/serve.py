"""``drugkg serve``: SPARQL 1.1 Protocol endpoint with a query UI over the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from extract.errors import DrugKGError
from kg.serve import ServerConfig
from kg.serve import serve as run_server
from kg.store import DEFAULT_STORE

err = Console(stderr=True, soft_wrap=True)


def serve(
    store: Annotated[Path, typer.Option("--store", "-s", help="Store folder.")] = Path(DEFAULT_STORE),
    host: Annotated[str, typer.Option("--host", help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="TCP port.")] = 7878,
    writable: Annotated[bool, typer.Option("--writable", help="Accept SPARQL Update (default: read-only).")] = False,
    timeout: Annotated[float, typer.Option("--timeout", min=0, help="Query timeout in seconds (0 = none).")] = 30.0,
) -> None:
    """Serve the store: query UI at http://HOST:PORT/, SPARQL endpoint at /query (Ctrl-C stops)."""
    config = ServerConfig(store, host, port, writable, timeout or None)

    def announce(version: Path) -> None:
        mode = "read-write" if writable else "read-only"
        err.print(f"serving {store} ({version.name}, {mode}): UI {config.url}/  SPARQL {config.url}/query",
                  highlight=False)

    try:
        code = run_server(config, on_start=announce)
    except DrugKGError as exc:
        from kg.cli import _fail

        raise _fail(exc) from None
    raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the ``drugkg`` app."""
    app.command()(serve)
