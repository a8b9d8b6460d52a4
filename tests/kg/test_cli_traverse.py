from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from kg.cli import EXIT_ERROR, app

runner = CliRunner()


def test_check_table_shows_the_class_mediated_interaction(sample_store: Path) -> None:
    result = runner.invoke(app, ["check", "magnesium bisglycinate", "ciprofloxacin", "--store", str(sample_store)],
                           env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    assert "class-interaction" in result.output and "quinolones" in result.output
    assert "magnesium-bisglycinate.md" in result.output


def test_check_json_lists_findings_with_evidence(sample_store: Path) -> None:
    result = runner.invoke(app, ["check", "warfarin", "aspirin", "ibuprofen", "--store", str(sample_store),
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    findings = json.loads(result.output)
    kinds = {f["kind"] for f in findings}
    assert {"interaction", "additive-effect", "monitoring"} <= kinds
    step = findings[0]["steps"][0]
    assert step["evidence"][0]["sentence"] and step["evidence"][0]["source"].startswith("https://w3id.org/drugkg/")


def test_check_unknown_drug_is_a_one_line_error_with_exit_4(sample_store: Path) -> None:
    result = runner.invoke(app, ["check", "warfarin", "warfarine", "--store", str(sample_store)])
    assert result.exit_code == EXIT_ERROR
    assert "did you mean 'Warfarin'" in result.output
    assert "Traceback" not in result.output


def test_check_bad_format_is_a_usage_error(sample_store: Path) -> None:
    result = runner.invoke(app, ["check", "warfarin", "aspirin", "--store", str(sample_store), "--format", "xml"])
    assert result.exit_code == 2


def test_paths_and_neighbours(sample_store: Path) -> None:
    paths = runner.invoke(app, ["paths", "aspirin", "lithium", "--max-hops", "2", "--store", str(sample_store)],
                          env={"COLUMNS": "250"})
    assert paths.exit_code == 0, paths.output
    assert "NSAIDs" in paths.output and "path(s)" in paths.output
    near = runner.invoke(app, ["neighbours", "warfarin", "--hops", "1", "--store", str(sample_store)],
                         env={"COLUMNS": "250"})
    assert near.exit_code == 0, near.output
    assert "INR" in near.output and "node(s) within 1 hop(s)" in near.output


def test_missing_store_exits_4(tmp_path: Path) -> None:
    result = runner.invoke(app, ["neighbours", "warfarin", "--store", str(tmp_path / "none")])
    assert result.exit_code == EXIT_ERROR
    assert "no drugkg store" in result.output


def test_api_wraps_the_same_functions(sample_store: Path) -> None:
    import kg

    graph = kg.open(sample_store)
    assert graph.nx() is graph.nx()
    findings = graph.check(["magnesium bisglycinate", "ciprofloxacin"])
    assert any(f.kind == "class-interaction" for f in findings)
    assert graph.paths("warfarin", "aspirin", max_hops=1)
    assert graph.neighbours("warfarin")
