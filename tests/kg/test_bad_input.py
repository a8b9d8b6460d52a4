"""The bad-input catalogue: each case is reported with one line naming the file, the rest builds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.build import build
from kg.query import select
from kg.store import open_read

GOOD = "---\ntitle: Warfarin\n---\n## Drug Interactions\n- Aspirin raises the risk of bleeding.\n"

# file name -> (content, expected words in the one-line reason)
FAILING: dict[str, tuple[bytes, str]] = {
    "invalid-yaml.md": (b"---\ntitle: [unclosed\n---\n## Usage\n- x\n", "invalid YAML front matter"),
    "no-front-matter.md": (b"# Aspirin\n\n## Usage\n- Pain relief.\n", "no YAML front matter"),
    "list-front-matter.md": (b"---\n- a\n- b\n---\n## Usage\n- x\n", "not a mapping"),
    "empty.md": (b"", "empty file"),
    "binary.md": (bytes(range(256)) * 4, "binary file"),
    "heading-only.md": (b"---\ntitle: Lonely\n---\n## Usage\n", "nothing to read"),
    "too-large.md": (b"---\ntitle: Huge\n---\n## Usage\n" + b"- filler text\n" * 1_300_000, "file too large"),
}


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    folder = tmp_path_factory.mktemp("bad")
    (folder / "warfarin.md").write_text(GOOD)
    for name, (content, _) in FAILING.items():
        (folder / name).write_bytes(content)
    (folder / "latin1.md").write_bytes("---\ntitle: Caf\u00e9ine\n---\n## Usage\n- Used for apnea.\n".encode("latin-1"))
    (folder / "utf16.md").write_bytes("---\ntitle: Heparin\n---\n## Usage\n- Used for thrombosis.\n".encode("utf-16"))
    (folder / "no-title.md").write_text("---\ndescription: x\n---\n## Usage\n- Used for pain.\n")
    bullets = "".join(f"- Nausea case {i} reported.\n" for i in range(10_000))
    (folder / "many-bullets.md").write_text(f"---\ntitle: Busy\n---\n## Side Effects\n{bullets}")
    nested = "".join("  " * depth + "- level\n" for depth in range(200))
    html = "<div><b>Bold</b> <table><tr><td>rash</td></tr></table></div>\n| effect | rate |\n|---|---|\n| rash | 2% |\n"
    (folder / "nested-html.md").write_text(f"---\ntitle: Nested\n---\n## Side Effects\n{nested}{html}")
    (folder / "dup-a.md").write_text(GOOD)
    sub = folder / "sub"
    sub.mkdir()
    (sub / "dup-b.md").write_text(GOOD.replace("Aspirin", "Ibuprofen"))
    os.symlink(sub, sub / "loop")  # a folder symlink loop is not followed
    os.symlink(folder / "ghost-a.md", folder / "ghost-b.md")
    os.symlink(folder / "ghost-b.md", folder / "ghost-a.md")  # a file symlink loop cannot be read
    store = folder.parent / f"{folder.name}-store"
    return store, build([folder], store, workers=1)


@pytest.mark.parametrize("name", sorted(FAILING))
def test_each_bad_file_fails_with_a_one_line_reason(catalogue, name: str) -> None:  # type: ignore[no-untyped-def]
    _, report = catalogue
    reasons = {Path(path).name: reason for path, reason in report.failures}
    assert FAILING[name][1] in reasons[name]
    assert "\n" not in reasons[name]


def test_symlink_loop_is_reported(catalogue) -> None:  # type: ignore[no-untyped-def]
    _, report = catalogue
    reasons = {Path(path).name: reason for path, reason in report.failures}
    assert "cannot read file" in reasons["ghost-a.md"]


def test_the_good_and_the_odd_files_are_built(catalogue) -> None:  # type: ignore[no-untyped-def]
    store, report = catalogue
    assert report.built == 8  # warfarin, latin1, utf16, no-title, many-bullets, nested-html, dup-a, sub/dup-b
    titles = {r["t"] for r in select(open_read(store), "SELECT DISTINCT ?t WHERE { ?s dcterms:title ?t }").records()}
    assert {"Warfarin", "Caf\u00e9ine", "Heparin", "No Title", "Busy", "Nested"} <= titles
    assert any("no title" in w for w in report.warnings)
    assert any("Latin-1" in w for w in report.warnings)


def test_duplicate_titles_are_one_entity_with_two_sources(catalogue) -> None:  # type: ignore[no-untyped-def]
    store, _ = catalogue
    rows = select(open_read(store), """
        SELECT DISTINCT ?src WHERE { ?src dkg:about ?d . ?d rdfs:label "Warfarin" }""").records()
    assert len(rows) >= 3  # warfarin.md, dup-a.md and sub/dup-b.md


DRUGKG = Path(sys.executable).parent / "drugkg"


def _without_read_override() -> list[str] | None:
    """A command prefix under which file permissions hold, or ``None`` when there is none.

    Root reads a mode-000 file anyway (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so as root the
    command runs with those capabilities dropped (setpriv, else capsh); other users need nothing.
    """
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv:
        return [setpriv, "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search", "--"]
    capsh = shutil.which("capsh")
    if capsh:  # capsh hands what follows "--" to bash: exec the command given as $0 "$@"
        return [capsh, "--drop=cap_dac_override,cap_dac_read_search", "--", "-c", 'exec "$0" "$@"']
    return None


def test_unreadable_file_and_folder_are_reported_and_the_rest_built(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "warfarin.md").write_text(GOOD)
    locked = folder / "locked.md"
    locked.write_text(GOOD.replace("Warfarin", "Heparin"))
    locked.chmod(0)
    sealed = folder / "sealed"  # a folder that cannot be listed
    sealed.mkdir()
    (sealed / "aspirin.md").write_text(GOOD.replace("Warfarin", "Aspirin"))
    sealed.chmod(0)
    prefix = _without_read_override()
    probe = None if prefix is None else subprocess.run(
        [*prefix, sys.executable, "-c", "import sys; open(sys.argv[1], 'rb')", str(locked)], capture_output=True)
    if probe is None or probe.returncode == 0:
        pytest.skip("no way to make a file unreadable here (root without setpriv or capsh)")
    assert prefix is not None
    store = tmp_path / "store"
    result = subprocess.run([*prefix, str(DRUGKG), "build", str(folder), "--store", str(store), "--workers", "1"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 3, result.stderr
    failed = sorted(line for line in result.stderr.splitlines() if line.startswith("failed:"))
    assert failed == [f"failed: {locked}: cannot read file (Permission denied)",
                      f"failed: {sealed}: cannot list folder (Permission denied)"]
    titles = {r["t"] for r in select(open_read(store), "SELECT DISTINCT ?t WHERE { ?s dcterms:title ?t }").records()}
    assert "Warfarin" in titles and not {"Heparin", "Aspirin"} & titles
