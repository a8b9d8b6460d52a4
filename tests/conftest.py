"""Shared fixtures: paths to the bundled sample corpus and the optional ../shared corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "monographs"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available")
    return path


def one_monograph_store(folder: Path, text: str) -> Path:
    """(Re)build ``folder/store`` from one monograph (``folder/in/warfarin.md``) holding ``text``."""
    from kg.build import build

    docs = folder / "in"
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "warfarin.md").write_text(text)
    build([docs], folder / "store", workers=1)
    return folder / "store"


@pytest.fixture(scope="session")
def lexicon():  # type: ignore[no-untyped-def]
    from extract.lexicon import load_lexicon

    return load_lexicon()


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample corpus built once into a temporary store."""
    from kg.build import build

    store = tmp_path_factory.mktemp("sample") / "store"
    report = build([SAMPLE], store, workers=1)
    assert report.ok, report.failures
    return store
