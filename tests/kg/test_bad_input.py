"""The bad-input catalogue: each case is reported with one line naming the file, the rest builds."""

from __future__ import annotations

import os
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
