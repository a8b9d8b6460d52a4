"""SPARQL 1.1 Protocol endpoint with a query UI: the ``oxigraph`` server (PyPI) over the store.

The server runs on the current store version directory with all named graphs as the default
graph (``--union-default-graph``), so the example queries run unchanged. Read-only unless
``writable``. Read-only servers follow the store: when a build publishes a new version the
server is restarted on it (the old version directory may be garbage-collected by later builds).
A writable server writes straight into the version it was started on; ``drugkg build`` must
not run on the same store meanwhile.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from extract.errors import DrugKGError, StoreError
from kg.store import current_version

POLL_SECONDS = 1.0


class ServerError(DrugKGError):
    """The SPARQL server could not be started or stopped unexpectedly."""


@dataclass(frozen=True)
class ServerConfig:
    """Where and how to serve a store."""

    store: Path
    host: str = "127.0.0.1"
    port: int = 7878
    writable: bool = False
    timeout: float | None = 30.0

    @property
    def url(self) -> str:
        """The base URL (query UI); the endpoint is ``{url}/query`` (``/update`` when writable)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"


def oxigraph_binary() -> str:
    """Path of the ``oxigraph`` server binary (installed next to this Python, or on PATH)."""
    local = Path(sys.executable).parent / "oxigraph"
    found = str(local) if local.is_file() else shutil.which("oxigraph")
    if not found:
        raise ServerError("the `oxigraph` server binary is missing (pip install 'oxigraph>=0.5,<0.6')")
    return found


def command(config: ServerConfig, version: Path) -> list[str]:
    """The oxigraph command line serving ``version``."""
    if not 0 < config.port < 65536:
        raise ServerError(f"invalid port {config.port}")
    mode = "serve" if config.writable else "serve-read-only"
    host = f"[{config.host}]" if ":" in config.host else config.host
    args = [oxigraph_binary(), mode, "--location", str(version), "--bind", f"{host}:{config.port}",
            "--union-default-graph"]
    if config.timeout:
        args += ["--timeout-s", f"{config.timeout:g}"]
    return args


def _version(store: Path) -> Path:
    version = current_version(store)
    if version is None:
        raise StoreError(f"{store}: no drugkg store here (run `drugkg build PATH --store {store}` first)")
    return version


def _start(config: ServerConfig, version: Path) -> subprocess.Popen[bytes]:
    try:
        return subprocess.Popen(command(config, version))
    except OSError as exc:
        raise ServerError(f"cannot start the oxigraph server: {exc}") from exc


def _stop(child: subprocess.Popen[bytes]) -> None:
    if child.poll() is None:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def serve(config: ServerConfig, on_start: Callable[[Path], None] = lambda v: None) -> int:
    """Run the server until interrupted (SIGINT/SIGTERM); returns the exit status.

    >>> serve(ServerConfig(Path("drugkg-store"), port=7878))  # doctest: +SKIP
    """
    stopping = False

    def _stop_signal(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    previous = {s: signal.signal(s, _stop_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    version = _version(config.store)
    child = _start(config, version)
    on_start(version)
    try:
        while not stopping:
            if child.poll() is not None:
                raise ServerError(f"the oxigraph server stopped (exit status {child.returncode})")
            time.sleep(POLL_SECONDS)
            latest = current_version(config.store)
            if not config.writable and latest is not None and latest != version:
                _stop(child)
                version, child = latest, _start(config, latest)
                on_start(version)
        return 0
    finally:
        _stop(child)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
