"""Where extraction runs: in process, on a local process pool, or on a Dask cluster.

An :class:`Executor` maps a picklable function over items and streams ``(index, result)``
pairs as results arrive (the index is the item's position in the input). Completion order is
executor-specific; :func:`in_order` turns any stream back into input order, so a build is
deterministic whatever the executor.

Executors are chosen by a spec string::

    local                      in process (workers <= 1) or a process pool of ``workers``
    dask://HOST:PORT           a running Dask distributed scheduler (``pip install "dask[distributed]"``)

A Dask worker reads the files itself, so paths must be visible to the workers under the same
name (a shared filesystem, or a cluster on this machine); each worker compiles or loads the
lexicon cache once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Protocol, TypeVar

from extract.errors import DrugKGError

T = TypeVar("T")
R = TypeVar("R")

DASK_SCHEME = "dask://"
MIN_POOL_ITEMS = 16


class ExecutorError(DrugKGError):
    """An executor spec is invalid or the cluster cannot be reached."""


class Executor(Protocol):
    """Maps ``fn`` over ``items``, yielding ``(index, fn(items[index]))`` as results arrive."""

    def imap(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[tuple[int, R]]:
        """Stream results; every index of ``items`` appears exactly once."""
        ...


class LocalExecutor:
    """In process for one worker or few items, else a :class:`ProcessPoolExecutor` (input order).

    At most ``window`` batches per worker are in flight, so a slow consumer (the store writer)
    holds back the workers instead of letting finished results pile up in memory; the window
    is wide enough for the workers to keep busy while the writer runs one bulk load (seconds).
    """

    def __init__(self, workers: int = 1, window: int = 6) -> None:
        self.workers = max(1, workers)
        self.window = max(1, window)

    def imap(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[tuple[int, R]]:
        """Results in input order."""
        if self.workers <= 1 or len(items) < MIN_POOL_ITEMS:
            for index, item in enumerate(items):
                yield index, fn(item)
            return
        size = max(1, min(64, len(items) // (self.workers * 8) or 1))
        batches = (list(items[start:start + size]) for start in range(0, len(items), size))
        index = 0
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            pending: deque[Future[list[R]]] = deque()
            for batch in batches:
                pending.append(pool.submit(_run_batch, fn, batch))
                while len(pending) >= self.workers * self.window:
                    for result in pending.popleft().result():
                        yield index, result
                        index += 1
            while pending:
                for result in pending.popleft().result():
                    yield index, result
                    index += 1


def _run_batch(fn: Callable[[Any], Any], batch: list[Any]) -> list[Any]:
    return [fn(item) for item in batch]


class DaskExecutor:
    """Batches of items as tasks on a Dask distributed scheduler, streamed as they complete."""

    def __init__(self, address: str, batch_size: int = 32, timeout: str = "10s") -> None:
        self.address = address
        self.batch_size = max(1, batch_size)
        self.timeout = timeout

    def imap(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[tuple[int, R]]:
        """Results in completion order (batch by batch)."""
        try:
            from distributed import Client, as_completed
        except ImportError as exc:
            raise ExecutorError('the dask executor needs `pip install "dask[distributed]"`') from exc
        try:
            client = Client(self.address, timeout=self.timeout, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise ExecutorError(f"cannot reach the Dask scheduler at {self.address}: {exc}") from exc
        with client:
            starts = list(range(0, len(items), self.batch_size))
            batches = [list(items[start:start + self.batch_size]) for start in starts]
            futures = client.map(_run_batch, [fn] * len(batches), batches, pure=False)
            start_of = {future.key: start for future, start in zip(futures, starts, strict=True)}
            for future in as_completed(futures, loop=client.loop):
                results = future.result()  # fetched only when the consumer is ready for it
                start = start_of[future.key]
                future.release()
                for offset, result in enumerate(results):
                    yield start + offset, result


def in_order(stream: Iterable[tuple[int, R]]) -> Iterator[R]:
    """Results of an ``(index, result)`` stream in index order, holding back only early arrivals."""
    pending: dict[int, R] = {}
    expected = 0
    for index, result in stream:
        pending[index] = result
        while expected in pending:
            yield pending.pop(expected)
            expected += 1
    if pending:
        raise ExecutorError(f"executor lost results: expected index {expected}, holding {sorted(pending)[:5]}")


def get_executor(spec: str = "local", workers: int = 1) -> Executor:
    """The executor named by ``spec`` (``local`` or ``dask://HOST:PORT``)."""
    if spec == "local":
        return LocalExecutor(workers)
    if spec.startswith(DASK_SCHEME):
        address = spec[len(DASK_SCHEME):]
        host, _, port = address.rpartition(":")
        if not host or not port.isdigit():
            raise ExecutorError(f"bad executor {spec!r}: expected dask://HOST:PORT")
        return DaskExecutor(f"tcp://{address}")
    raise ExecutorError(f"unknown executor {spec!r} (choose local or dask://HOST:PORT)")


def executor_names() -> tuple[str, ...]:
    """Spec forms accepted by :func:`get_executor` (for help texts)."""
    return ("local", f"{DASK_SCHEME}HOST:PORT")
