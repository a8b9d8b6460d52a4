"""Executors: local and Dask builds give the same dataset; order and spec handling."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.gen_corpus import generate  # noqa: E402
from kg.build import build  # noqa: E402
from kg.executors import DaskExecutor, ExecutorError, LocalExecutor, get_executor, in_order  # noqa: E402
from kg.store import open_read  # noqa: E402


def _square(x: int) -> int:
    return x * x


def nquads(store: Path) -> list[str]:
    """The dataset as sorted N-Quads lines (our IRIs are deterministic; no blank nodes)."""
    data = open_read(store).dump(format=ox.RdfFormat.N_QUADS)
    assert data is not None
    return sorted(data.decode().splitlines())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate(10, folder, seed=7)
    return folder


@pytest.fixture(scope="module")
def dask_address() -> Iterator[str]:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                                  dashboard_address=None, scheduler_port=0) as cluster:
        yield str(cluster.scheduler_address).removeprefix("tcp://")


def test_dask_build_is_isomorphic_to_local(corpus: Path, dask_address: str, tmp_path: Path) -> None:
    local = build([corpus], tmp_path / "local", workers=1)
    remote = build([corpus], tmp_path / "dask", executor=f"dask://{dask_address}")
    assert local.ok and remote.ok and local.built == remote.built == 10
    assert local.statements == remote.statements > 0
    assert nquads(tmp_path / "local") == nquads(tmp_path / "dask")


def test_dask_executor_streams_every_index(dask_address: str) -> None:
    runner = DaskExecutor(f"tcp://{dask_address}", batch_size=3)
    assert list(in_order(runner.imap(_square, list(range(10))))) == [x * x for x in range(10)]


def test_local_pool_keeps_input_order() -> None:
    items = list(range(40))
    assert list(in_order(LocalExecutor(2).imap(_square, items))) == [x * x for x in items]


def test_in_order_reorders_and_detects_gaps() -> None:
    assert list(in_order([(2, "c"), (0, "a"), (1, "b")])) == ["a", "b", "c"]
    with pytest.raises(ExecutorError):
        list(in_order([(1, "b")]))


@pytest.mark.parametrize("spec", ["spark://x:1", "dask://nohost", "dask://:80", ""])
def test_bad_specs_are_rejected(spec: str) -> None:
    with pytest.raises(ExecutorError):
        get_executor(spec)


def test_unreachable_scheduler_is_a_drugkg_error() -> None:
    pytest.importorskip("distributed")
    assert isinstance(get_executor("dask://127.0.0.1:9"), DaskExecutor)
    runner = DaskExecutor("tcp://127.0.0.1:9", timeout="1s")
    with pytest.raises(ExecutorError, match="cannot reach"):
        list(runner.imap(_square, [1]))
