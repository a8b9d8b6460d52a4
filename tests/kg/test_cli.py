from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from kg.cli import EXIT_ERROR, EXIT_PARTIAL, app

runner = CliRunner()
GOOD = "---\ntitle: Warfarin\n---\n## Drug Interactions\n- Aspirin raises the risk of bleeding.\n"


def test_build_with_a_corrupt_file_exits_3_and_keeps_the_good_ones(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "warfarin.md").write_text(GOOD)
    (folder / "bad.md").write_text("---\ntitle: [x\n---\n## Usage\n- y\n")
    store = tmp_path / "store"
    result = runner.invoke(app, ["build", str(folder), "--store", str(store), "--workers", "1"])
    assert result.exit_code == EXIT_PARTIAL
    assert "bad.md" in result.output and "invalid YAML" in result.output
    assert "1 documents" in result.output
    query = runner.invoke(app, ["query", "SELECT ?l WHERE { ?d dkg:interactsWith ?o . ?o rdfs:label ?l }",
                                "--store", str(store), "--format", "json"])
    assert query.exit_code == 0
    labels = {b["l"]["value"] for b in json.loads(query.output)["results"]["bindings"]}
    assert labels == {"Aspirin"}


def test_query_file_and_export(tmp_path: Path) -> None:
    (tmp_path / "warfarin.md").write_text(GOOD)
    store = tmp_path / "store"
    assert runner.invoke(app, ["build", str(tmp_path / "warfarin.md"), "--store", str(store)]).exit_code == 0
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?t WHERE { <https://w3id.org/drugkg/source/warfarin> dcterms:title ?t }")
    result = runner.invoke(app, ["query", str(rq), "--store", str(store), "--format", "csv"])
    assert result.output.splitlines() == ["t", "Warfarin"]
    out = tmp_path / "out.nq"
    assert runner.invoke(app, ["export", "--store", str(store), "--format", "nquads", "-o", str(out)]).exit_code == 0
    assert "<https://w3id.org/drugkg/source/warfarin>" in out.read_text()


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "SELECT * WHERE { ?s ?p ?o }", "--store", str(tmp_path / "none")])
    assert result.exit_code == EXIT_ERROR
    assert "no drugkg store" in result.output


def test_build_summary_and_timings(tmp_path: Path) -> None:
    (tmp_path / "warfarin.md").write_text(GOOD)
    store = tmp_path / "store"
    result = runner.invoke(app, ["build", str(tmp_path / "warfarin.md"), "--store", str(store), "--timings"])
    assert result.exit_code == 0
    assert "timings: scan " in result.output and "publish " in result.output
    count = runner.invoke(app, ["query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g dkg:sourcePath ?p } }",
                                "--store", str(store), "--format", "csv"])
    assert "built 1, unchanged 0" in result.output
    assert f"{count.output.splitlines()[1]} documents" in result.output
