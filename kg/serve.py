"""SPARQL 1.1 Protocol endpoint with a query UI: the ``oxigraph`` server (PyPI) over the store.

The oxigraph server runs on the current store version, on an internal loopback port, with all
named graphs as the default graph (``--union-default-graph``) so the example queries run
unchanged. Clients talk to :mod:`kg.proxy` on HOST:PORT, which adds what oxigraph lacks: a
result-size limit and a query deadline that holds (see that module for why).

Read-only unless ``writable``. Read-only servers follow the store: when a build publishes a
new version the oxigraph server is restarted on it (the old version directory may be
garbage-collected by later builds). A writable server writes straight into the version it
was started on; ``drugkg build`` must not run on the same store meanwhile.

The oxigraph process never outlives ``serve``: it is stopped on SIGINT/SIGTERM, runs in its
own session (so a terminal's Ctrl-C reaches only this process, which stops it in order) and,
where ``setpriv`` exists, gets SIGTERM from the kernel if this process dies (even by SIGKILL).
"""

from __future__ import annotations

import collections
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import FrameType
from typing import IO

from extract.errors import DrugKGError, StoreError
from kg.proxy import Limits, ProxyServer, Upstream
from kg.store import current_version

POLL_SECONDS = 1.0
STARTUP_SECONDS = 60.0
STOP_SECONDS = 10.0
DEFAULT_MAX_RESULT_BYTES = 64 << 20
DEFAULT_MAX_CONCURRENT = 2 * (os.cpu_count() or 1)
INTERNAL_HOST = "127.0.0.1"
# oxigraph lines that would only confuse: the internal port, and what the proxy already reports
# itself (it drops the connection of an oversized result; a cancelled query becomes a 504).
QUIET_LINES = ("Listening for requests at", "OxHTTP TCP error when writing response",
               "Internal server error while streaming results: The SPARQL operation has been cancelled")


class ServerError(DrugKGError):
    """The SPARQL server could not be started or stopped unexpectedly."""


@dataclass(frozen=True)
class ServerConfig:
    """Where and how to serve a store (``None`` timeout or result limit: none)."""

    store: Path
    host: str = "127.0.0.1"
    port: int = 7878
    writable: bool = False
    timeout: float | None = 30.0
    max_result_bytes: int | None = DEFAULT_MAX_RESULT_BYTES
    max_concurrent: int | None = DEFAULT_MAX_CONCURRENT

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


def command(config: ServerConfig, version: Path, port: int) -> list[str]:
    """The oxigraph command line serving ``version`` on the internal loopback ``port``."""
    if not 0 < port < 65536:
        raise ServerError(f"invalid port {port}")
    mode = "serve" if config.writable else "serve-read-only"
    args = [oxigraph_binary(), mode, "--location", str(version), "--bind", f"{INTERNAL_HOST}:{port}",
            "--union-default-graph"]
    if config.timeout:
        args += ["--timeout-s", f"{config.timeout:g}"]
    return args


@lru_cache(maxsize=1)
def _death_signal_prefix() -> tuple[str, ...]:
    """``setpriv --pdeathsig TERM --`` where available: the kernel stops the child if we die."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return ()
    try:
        usage = subprocess.run([setpriv, "--help"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    return (setpriv, "--pdeathsig", "TERM", "--") if "--pdeathsig" in usage else ()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((INTERNAL_HOST, 0))
        return int(sock.getsockname()[1])


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection((INTERNAL_HOST, port), timeout=0.5):
            return True
    except OSError:
        return False


def _version(store: Path) -> Path:
    version = current_version(store)
    if version is None:
        raise StoreError(f"{store}: no drugkg store here (run `drugkg build PATH --store {store}` first)")
    return version


class Oxigraph:
    """One oxigraph server process on a fresh internal port; its stderr relayed to ``notice``."""

    def __init__(self, config: ServerConfig, notice: Callable[[str], None]) -> None:
        self.config = config
        self.notice = notice
        self.child: subprocess.Popen[bytes] | None = None
        self.port = 0
        self.last_lines: collections.deque[str] = collections.deque(maxlen=3)

    def start(self, version: Path, stopping: Callable[[], bool]) -> None:
        """Start on ``version`` and wait until it accepts connections (a new port on a clash)."""
        for _attempt in range(3):
            port = _free_port()
            try:
                child = subprocess.Popen([*_death_signal_prefix(), *command(self.config, version, port)],
                                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.PIPE, start_new_session=True)
            except OSError as exc:
                raise ServerError(f"cannot start the oxigraph server: {exc}") from exc
            self.child, self.port = child, port
            assert child.stderr is not None
            threading.Thread(target=self._relay, args=(child.stderr,), daemon=True, name="oxigraph-stderr").start()
            deadline = time.monotonic() + STARTUP_SECONDS
            while child.poll() is None and time.monotonic() < deadline and not stopping():
                if _accepts(port):
                    return
                time.sleep(0.05)
            if stopping():
                return
            self.stop()
        detail = f": {self.last_lines[-1]}" if self.last_lines else ""
        raise ServerError(f"the oxigraph server did not start on {version}{detail}")

    def exited(self) -> int | None:
        """The exit status if the server has stopped, else ``None``."""
        return None if self.child is None else self.child.poll()

    def failure(self) -> str:
        detail = f": {self.last_lines[-1]}" if self.last_lines else ""
        return f"the oxigraph server stopped (exit status {self.exited()}){detail}"

    def stop(self) -> None:
        child, self.child = self.child, None
        if child is None or child.poll() is not None:
            return
        child.terminate()
        try:
            child.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()

    def _relay(self, stream: IO[bytes]) -> None:
        with stream:
            for raw in stream:
                line = raw.decode("utf-8", "replace").rstrip()
                if line and not line.startswith(QUIET_LINES):
                    self.last_lines.append(line)
                    self.notice(f"oxigraph: {line}")


def _listen(config: ServerConfig, upstream: Upstream, on_runaway: Callable[[], None],
            notice: Callable[[str], None]) -> ProxyServer:
    if not 0 < config.port < 65536:
        raise ServerError(f"invalid port {config.port}")
    limits = Limits(max_result_bytes=config.max_result_bytes or None, timeout=config.timeout or None,
                    max_concurrent=config.max_concurrent or None)
    try:
        return ProxyServer((config.host, config.port), upstream, limits, on_runaway, notice)
    except OSError as exc:
        raise ServerError(f"cannot listen on {config.url}: {exc.strerror or exc}") from exc


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[Callable[[], bool]]:
    """SIGINT/SIGTERM set a flag (a signal handler must not take locks) that the caller polls."""
    stopping = [False]

    def _handler(signum: int, frame: FrameType | None) -> None:
        stopping[0] = True

    previous = {s: signal.signal(s, _handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield lambda: stopping[0]
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _to_stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def serve(config: ServerConfig, on_start: Callable[[Path], None] = lambda v: None,
          notice: Callable[[str], None] = _to_stderr) -> int:
    """Run the server until interrupted (SIGINT/SIGTERM); returns the exit status.

    ``on_start`` is called with the served version once the endpoint answers, and again after
    each switch to a newly published version; ``notice`` gets one line per refused request,
    restart, or oxigraph message.

    >>> serve(ServerConfig(Path("drugkg-store"), port=7878))  # doctest: +SKIP
    """
    runaway = threading.Event()
    with _stop_on_signals() as stopping:
        version = _version(config.store)
        upstream = Upstream(INTERNAL_HOST)
        proxy = _listen(config, upstream, runaway.set, notice)
        oxigraph = Oxigraph(config, notice)
        serving: threading.Thread | None = None
        try:
            oxigraph.start(version, stopping)
            upstream.port = oxigraph.port
            serving = threading.Thread(target=proxy.serve_forever, kwargs={"poll_interval": 0.25}, daemon=True,
                                       name="drugkg-proxy")
            serving.start()
            if not stopping():
                on_start(version)
            while not stopping():
                time.sleep(POLL_SECONDS)
                if stopping():
                    break
                if oxigraph.exited() is not None:
                    raise ServerError(oxigraph.failure())
                latest = current_version(config.store)
                moved = not config.writable and latest is not None and latest != version
                if moved or runaway.is_set():
                    runaway.clear()
                    if not moved:
                        notice("restarting the oxigraph server to stop a query that ran past the timeout")
                    oxigraph.stop()
                    version = latest if moved and latest is not None else version
                    oxigraph.start(version, stopping)
                    upstream.port = oxigraph.port
                    if moved and not stopping():
                        on_start(version)
            return 0
        finally:
            if serving is not None:
                proxy.shutdown()
            proxy.server_close()
            oxigraph.stop()
