"""Reverse proxy in front of the oxigraph server: a result-size limit and a hard query deadline.

Why a proxy: the oxigraph server streams every result with ``200 OK`` before it knows how it
ends, so it has no result-size limit, and an error or a timeout cancellation met while
streaming is only appended as text to a body the client takes for a result. Its
``--timeout-s`` cancellation is also not checked everywhere: an ORDER BY or COUNT over a
large join ran on for minutes with a 2 s timeout, even after the client had gone.

So the proxy buffers each response (in memory up to 1 MiB, then in a temporary file) before
answering, which lets it still choose the status: 507 when the body outgrows the limit, 504
when oxigraph cancelled the query or the query ran past its deadline. A query past its
deadline is still burning CPU in oxigraph, so the proxy reports it (``on_runaway``) and the
supervisor restarts the server, the only way to stop it. Requests that were in flight on a
restarted server are retried once when they are queries (safe to repeat).
"""

from __future__ import annotations

import contextlib
import http.client
import shutil
import socket
import socketserver
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import IO
from urllib.parse import urlsplit

SPOOL_IN_MEMORY = 1 << 20
CHUNK = 1 << 16
MAX_REQUEST_BYTES = 128 << 20  # the largest SPARQL request body oxigraph itself accepts
DEADLINE_GRACE_SECONDS = 5.0  # oxigraph gets this long past the timeout to cancel by itself
UPSTREAM_WAIT_SECONDS = 30.0  # how long a request waits for oxigraph to come (back) up
QUEUE_WAIT_SECONDS = 120.0  # how long a query waits for an evaluation slot before a 503
EVALUATING_PATHS = ("/query", "/update", "/store")  # what costs oxigraph work (the UI's files do not)
CONNECT_SECONDS = 5.0
IDLE_CLIENT_SECONDS = 120.0
# What oxigraph appends to a result stream when its timeout cancels the query.
CANCELLED = b"The SPARQL operation has been cancelled"
HOP_BY_HOP = frozenset({"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
                        "te", "trailer", "trailers", "transfer-encoding", "upgrade"})
NOT_FORWARDED = HOP_BY_HOP | {"host", "content-length", "expect"}
NOT_RELAYED = HOP_BY_HOP | {"content-length", "server", "date"}
NO_BODY_STATUSES = frozenset({204, 304})


@dataclass
class Upstream:
    """Where the oxigraph server listens now: the supervisor moves it on every (re)start."""

    host: str = "127.0.0.1"
    port: int = 0


@dataclass(frozen=True)
class Limits:
    """What the proxy enforces (``None``: no limit).

    ``max_concurrent`` bounds the requests oxigraph evaluates at once; the others wait in line.
    Without it every client gets its own evaluation thread, so on a small machine 32 clients
    made each query 16 times slower and the heavier analyst queries hit the timeout; in line,
    a query's evaluation keeps its normal speed and the timeout measures the query, not the crowd.
    """

    max_result_bytes: int | None = 64 << 20
    timeout: float | None = 30.0
    max_concurrent: int | None = None


class Refusal(Exception):
    """An answer the proxy gives itself instead of the upstream one."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def human_bytes(n: int) -> str:
    """``67108864`` -> ``64 MiB``: limits read better in binary units."""
    if n < 1024:
        return f"{n} bytes"
    size, units = n / 1024, ["KiB", "MiB", "GiB"]
    while size >= 1024 and len(units) > 1:
        size, units = size / 1024, units[1:]
    return f"{size:g} {units[0]}"


class ProxyServer(ThreadingHTTPServer):
    """The public listener: one thread per client connection, each with its own upstream connection."""

    daemon_threads = True
    request_queue_size = 1024  # socketserver's 5 resets clients that connect in a burst

    def __init__(self, address: tuple[str, int], upstream: Upstream, limits: Limits,
                 on_runaway: Callable[[], None], notice: Callable[[str], None]) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.upstream = upstream
        self.limits = limits
        self.slots = threading.BoundedSemaphore(limits.max_concurrent) if limits.max_concurrent else None
        self.on_runaway = on_runaway
        self.notice = notice
        super().__init__(address, ProxyHandler)

    def server_bind(self) -> None:
        """Bind without HTTPServer's reverse DNS lookup of the host (slow or hanging offline)."""
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), int(self.server_address[1])


class ProxyHandler(BaseHTTPRequestHandler):
    """Forwards one client connection's requests to oxigraph, buffering and checking each response."""

    protocol_version = "HTTP/1.1"
    server_version = "drugkg-serve"
    sys_version = ""
    timeout = IDLE_CLIENT_SECONDS
    server: ProxyServer

    def setup(self) -> None:
        super().setup()
        self._upstream: http.client.HTTPConnection | None = None
        self._upstream_port = 0

    def finish(self) -> None:
        self._drop_upstream()
        super().finish()

    def log_message(self, format: str, *args: object) -> None:
        """No access log: the proxy reports only what it refused (through ``notice``)."""

    # -- one request -------------------------------------------------------------------------

    def _forward(self) -> None:
        try:
            body = self._request_body()
            with self._slot():
                status, reason, headers, payload, size = self._exchange(body)
        except Refusal as refusal:
            self._refuse(refusal)
            return
        with payload:  # relayed after the slot is free: a slow client does not hold one
            self._relay(status, reason, headers, payload, size)

    # every method is forwarded alike; oxigraph decides what it allows (updates get 403)
    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_OPTIONS = _forward

    @contextlib.contextmanager
    def _slot(self) -> Iterator[None]:
        """Wait for an evaluation slot (queries, updates, Graph Store requests only)."""
        slots = self.server.slots
        if slots is None or not urlsplit(self.path).path.startswith(EVALUATING_PATHS):
            yield
            return
        if not slots.acquire(timeout=QUEUE_WAIT_SECONDS):
            raise Refusal(503, f"the server is busy ({self.server.limits.max_concurrent} queries running, none "
                               f"finished within {QUEUE_WAIT_SECONDS:g} s); try again later")
        try:
            yield
        finally:
            slots.release()

    def _request_body(self) -> bytes | None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True
            raise Refusal(411, "send the request body with a Content-Length (chunked requests are not supported)")
        declared = self.headers.get("Content-Length")
        if declared is None:
            return None
        if not declared.strip().isdigit():
            self.close_connection = True
            raise Refusal(400, f"invalid Content-Length {declared!r}")
        length = int(declared)
        if length > MAX_REQUEST_BYTES:
            self.close_connection = True
            raise Refusal(413, f"request body of {human_bytes(length)} is over the "
                               f"{human_bytes(MAX_REQUEST_BYTES)} limit")
        body = self.rfile.read(length)
        if len(body) < length:
            self.close_connection = True
            raise Refusal(400, "the request body ended early")
        return body

    def _retryable(self) -> bool:
        """Whether the request may be sent twice: reads and queries, never updates or uploads."""
        return self.command in ("GET", "HEAD", "OPTIONS") or (
            self.command == "POST" and urlsplit(self.path).path == "/query")

    def _exchange(self, body: bytes | None) -> tuple[int, str, list[tuple[str, str]], IO[bytes], int]:
        """Send the request upstream and read the whole response (retried once on a lost connection)."""
        attempts = 2 if self._retryable() else 1
        for attempt in range(1, attempts + 1):
            connection = self._connection()
            try:
                self._send(connection, body)
                deadline = self._deadline()
                self._arm(connection, deadline)
                try:
                    response = connection.getresponse()
                    payload, size = self._read_body(connection, response, deadline)
                except TimeoutError:
                    self._drop_upstream()
                    raise self._runaway() from None
            except (OSError, http.client.HTTPException) as exc:
                self._drop_upstream()
                if attempt < attempts:
                    continue
                raise Refusal(502, f"the SPARQL server dropped the request ({type(exc).__name__}); "
                                   "it may be restarting, try again") from None
            if response.will_close:
                self._drop_upstream()
            return response.status, response.reason, response.getheaders(), payload, size
        raise AssertionError("unreachable")

    def _deadline(self) -> float | None:
        timeout = self.server.limits.timeout
        return None if timeout is None else time.monotonic() + timeout + DEADLINE_GRACE_SECONDS

    def _send(self, connection: http.client.HTTPConnection, body: bytes | None) -> None:
        connection.putrequest(self.command, self.path, skip_host=True, skip_accept_encoding=True)
        connection.putheader("Host", f"{connection.host}:{connection.port}")
        for name, value in self.headers.items():
            if name.lower() not in NOT_FORWARDED:
                connection.putheader(name, value)
        if body is not None:
            connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)

    @staticmethod
    def _arm(connection: http.client.HTTPConnection, deadline: float | None) -> None:
        """Make the next socket read give up at the deadline."""
        if connection.sock is None:
            raise ConnectionResetError("upstream connection closed")
        if deadline is None:
            connection.sock.settimeout(None)
            return
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        connection.sock.settimeout(remaining)

    def _read_body(self, connection: http.client.HTTPConnection, response: http.client.HTTPResponse,
                   deadline: float | None) -> tuple[IO[bytes], int]:
        limit = self.server.limits.max_result_bytes
        declared = response.getheader("Content-Length", "")
        if limit and declared.isdigit() and int(declared) > limit:
            self._drop_upstream()
            raise self._too_large(limit)
        spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)  # noqa: SIM115 (the caller closes it)
        size = 0
        try:
            while True:
                self._arm(connection, deadline)
                chunk = response.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if limit and size > limit:
                    self._drop_upstream()  # oxigraph stops on the closed socket
                    raise self._too_large(limit)
                spool.write(chunk)
            if response.status == 200 and size >= len(CANCELLED) and self.server.limits.timeout:
                spool.seek(-len(CANCELLED), 2)
                if spool.read() == CANCELLED:
                    raise Refusal(504, f"the query was cancelled at the {self.server.limits.timeout:g} s timeout; "
                                       "add LIMIT or narrow the query")
        except BaseException:
            spool.close()
            raise
        spool.seek(0)
        return spool, size

    def _too_large(self, limit: int) -> Refusal:
        return Refusal(507, f"the result is larger than this server's limit of {human_bytes(limit)} "
                            "(drugkg serve --max-result-bytes); add LIMIT (with OFFSET to page) or narrow the query")

    def _runaway(self) -> Refusal:
        self.server.on_runaway()
        timeout = self.server.limits.timeout
        return Refusal(504, f"the query ran past the {timeout:g} s timeout and was stopped (the SPARQL server "
                            "restarts); add LIMIT or narrow the query")

    # -- upstream connection -----------------------------------------------------------------

    def _connection(self) -> http.client.HTTPConnection:
        """This client's upstream connection, opened (waiting while oxigraph restarts) when needed."""
        upstream = self.server.upstream
        if self._upstream is not None and self._upstream_port == upstream.port:
            return self._upstream
        self._drop_upstream()
        give_up = time.monotonic() + UPSTREAM_WAIT_SECONDS
        while True:
            port = upstream.port
            connection = http.client.HTTPConnection(upstream.host, port, timeout=CONNECT_SECONDS)
            try:
                connection.connect()
            except OSError:
                connection.close()
                if time.monotonic() > give_up:
                    raise Refusal(503, "the SPARQL server is not available (restarting?); try again") from None
                time.sleep(0.1)
                continue
            self._upstream, self._upstream_port = connection, port
            return connection

    def _drop_upstream(self) -> None:
        if self._upstream is not None:
            self._upstream.close()
            self._upstream = None

    # -- answers to the client ---------------------------------------------------------------

    def _relay(self, status: int, reason: str, headers: list[tuple[str, str]], payload: IO[bytes],
               size: int) -> None:
        try:
            self.send_response(status, reason)
            for name, value in headers:
                if name.lower() not in NOT_RELAYED:
                    self.send_header(name, value)
            if self.command != "HEAD" and status not in NO_BODY_STATUSES and status >= 200:
                self.send_header("Content-Length", str(size))
            self.end_headers()
            if self.command != "HEAD":
                shutil.copyfileobj(payload, self.wfile, CHUNK)
        except (ConnectionError, TimeoutError):
            self.close_connection = True  # the client went away

    def _refuse(self, refusal: Refusal) -> None:
        self.server.notice(f"{refusal.status} {self.command} {urlsplit(self.path).path}: {refusal.message}")
        data = f"{refusal.message}\n".encode()
        try:
            self.send_response(refusal.status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)
        except (ConnectionError, TimeoutError):
            self.close_connection = True
