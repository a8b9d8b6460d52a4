"""``drugkg serve``: SPARQL 1.1 Protocol endpoint with a query UI over the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from extract.errors import DrugKGError
from kg.proxy import human_bytes
from kg.serve import DEFAULT_MAX_CONCURRENT, DEFAULT_MAX_RESULT_BYTES, ServerConfig
from kg.serve import serve as run_server
from kg.store import DEFAULT_STORE

err = Console(stderr=True, soft_wrap=True)


def serve(
    store: Annotated[Path, typer.Option("--store", "-s", help="Store folder.")] = Path(DEFAULT_STORE),
    host: Annotated[str, typer.Option("--host", help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="TCP port.")] = 7878,
    writable: Annotated[bool, typer.Option("--writable", help="Accept SPARQL Update (default: read-only).")] = False,
    timeout: Annotated[float, typer.Option(
        "--timeout", min=0,
        help="Query timeout in seconds (0 = none). A query still running a few seconds past it gets HTTP 504 "
             "and the SPARQL server is restarted to stop it.")] = 30.0,
    max_result_bytes: Annotated[int, typer.Option(
        "--max-result-bytes", min=0,
        help=f"Largest response body in bytes (default {human_bytes(DEFAULT_MAX_RESULT_BYTES)}; 0 = no limit). "
             "A larger result gets HTTP 507 with a message asking for LIMIT.")] = DEFAULT_MAX_RESULT_BYTES,
    max_concurrent: Annotated[int, typer.Option(
        "--max-concurrent", min=0,
        help="Queries evaluated at once (default: 2 per CPU core; 0 = no limit). Others wait in line, "
             "up to 2 minutes, then get HTTP 503.")] = DEFAULT_MAX_CONCURRENT,
) -> None:
    """Serve the store: query UI at http://HOST:PORT/, SPARQL endpoint at /query (Ctrl-C stops).

    Read-only unless --writable: SPARQL Update (/update) and Graph Store writes (/store) get HTTP 403.

    Results are buffered before they are sent: an oversized or timed-out query gets an HTTP error, never a cut result.
    """
    config = ServerConfig(store, host, port, writable, timeout or None, max_result_bytes or None,
                          max_concurrent or None)

    def announce(version: Path) -> None:
        mode = "read-write" if writable else "read-only"
        err.print(f"serving {store} ({version.name}, {mode}): UI {config.url}/  SPARQL {config.url}/query",
                  highlight=False)

    def notice(line: str) -> None:
        err.print(line, highlight=False, markup=False)

    try:
        code = run_server(config, on_start=announce, notice=notice)
    except DrugKGError as exc:
        from kg.cli import _fail

        raise _fail(exc) from None
    raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the ``drugkg`` app."""
    app.command()(serve)
