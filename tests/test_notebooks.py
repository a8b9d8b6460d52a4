"""The notebooks run top to bottom (nbclient, a fresh kernel, a temporary working directory)."""

from __future__ import annotations

import time
from pathlib import Path

import nbclient
import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
TIMEOUT = 300  # per cell; the whole notebook is expected to take well under a minute


@pytest.fixture(scope="module")
def notebook_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store path that does not exist yet: the first notebook builds it, the next one reuses it."""
    return tmp_path_factory.mktemp("notebooks") / "store"


@pytest.mark.parametrize("name", ["01_explore_interactions.ipynb", "02_sparql_cookbook.ipynb"])
def test_notebook_runs(name: str, notebook_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = NOTEBOOKS / name
    notebook = nbformat.read(path, as_version=4)
    assert all(not cell.get("outputs") and not cell.get("execution_count")
               for cell in notebook.cells if cell.cell_type == "code"), f"{name} is stored with outputs"
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.setenv("DRUGKG_STORE", str(notebook_store))
    monkeypatch.chdir(tmp_path)
    client = nbclient.NotebookClient(notebook, timeout=TIMEOUT, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    started = time.perf_counter()
    client.execute()  # raises CellExecutionError on the first failing cell
    elapsed = time.perf_counter() - started
    errors = [out for cell in notebook.cells for out in cell.get("outputs", ()) if out.get("output_type") == "error"]
    assert not errors
    print(f"{name}: {elapsed:.1f} s")
