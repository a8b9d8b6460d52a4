"""The on-disk store: versioned Oxigraph directories behind an atomically swapped symlink.

Layout of a store folder::

    STORE/current -> v-<timestamp>-<pid>   (symlink, replaced atomically)
    STORE/v-.../                           (an Oxigraph database)
    STORE/.lock                            (one writer at a time)

A build copies the current version (Oxigraph backups hard-link their files, so this is
cheap), changes the copy, and only then points ``current`` at it. A build killed at any
moment leaves ``current`` on the last good version: readers never see a half-written graph.
Files a build adds to its version folder (the build manifest) are published with it, by the
same symlink swap.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from extract.errors import StoreError

CURRENT = "current"
DEFAULT_STORE = "drugkg-store"


def current_version(root: Path) -> Path | None:
    """The directory ``current`` points at, or ``None`` for a store never built."""
    link = root / CURRENT
    if not link.is_symlink() and not link.exists():
        return None
    target = link.resolve()
    return target if target.is_dir() else None


def open_read(root: str | Path) -> ox.Store:
    """Open the last good version read-only; :class:`StoreError` when there is none."""
    root = Path(root)
    version = current_version(root)
    if version is None:
        raise StoreError(f"{root}: no drugkg store here (run `drugkg build PATH --store {root}` first)")
    try:
        return ox.Store.read_only(str(version))
    except OSError as exc:
        raise StoreError(f"{root}: cannot open the store ({exc})") from exc


@contextlib.contextmanager
def writer_lock(root: Path) -> Iterator[None]:
    """Exclusive lock so that two builds never write the same store."""
    root.mkdir(parents=True, exist_ok=True)
    with (root / ".lock").open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise StoreError(f"{root}: the store is busy (another build is writing it)") from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class Version:
    """A private, writable store version being prepared, and the version it was copied from.

    :func:`open_version` drops its store before publishing it, so that no background work of
    the writer (RocksDB compactions) changes files under readers of the published version:
    write through ``version.store`` and keep no other reference past the ``with`` block.
    """

    def __init__(self, store: ox.Store, path: Path, previous: Path | None) -> None:
        self._store: ox.Store | None = store
        self.path = path
        self.previous = previous

    @property
    def store(self) -> ox.Store:
        """The writable store; an error once the version was closed."""
        if self._store is None:
            raise StoreError(f"{self.path}: this store version is closed")
        return self._store

    def close(self) -> None:
        """Flush and drop the writer's store (it closes when its last reference goes)."""
        if self._store is not None:
            self._store.flush()
            self._store = None


@contextlib.contextmanager
def open_version(root: str | Path) -> Iterator[Version]:
    """A writable copy of the current version, published only if the block succeeds."""
    root = Path(root)
    with writer_lock(root):
        previous = current_version(root)
        name = f"v-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
        target = root / name
        try:
            if previous is not None:
                ox.Store.read_only(str(previous)).backup(str(target))
            version = Version(ox.Store(str(target)), target, previous)
        except OSError as exc:
            shutil.rmtree(target, ignore_errors=True)
            raise StoreError(f"{root}: cannot create a new store version ({exc})") from exc
        try:
            yield version
            version.close()
        except BaseException:
            version._store = None
            shutil.rmtree(target, ignore_errors=True)
            raise
        _publish(root, name)
        _collect_garbage(root, keep={name, previous.name if previous else name})


@contextlib.contextmanager
def new_version(root: str | Path) -> Iterator[ox.Store]:
    """The store of :func:`open_version`, for writers that need nothing else.

    The caller's reference outlives the block: delete it once the block is done, so that the
    writer is closed before anyone copies the version it published.
    """
    with open_version(root) as version:
        yield version.store


def _publish(root: Path, name: str) -> None:
    tmp = root / f".{CURRENT}.{os.getpid()}"
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.symlink(name, tmp)
    os.replace(tmp, root / CURRENT)
    fd = os.open(root, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _collect_garbage(root: Path, keep: set[str]) -> None:
    """Remove versions no reader can still be opening (all but current and the previous one)."""
    for child in root.iterdir():
        if child.is_dir() and child.name.startswith("v-") and child.name not in keep:
            shutil.rmtree(child, ignore_errors=True)
