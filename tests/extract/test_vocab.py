from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from extract.errors import LexiconError
from extract.lexicon import load_lexicon
from extract.model import EntityKind
from kg.build import build
from kg.cli import EXIT_ERROR, app
from kg.namespaces import ID
from kg.query import select
from kg.store import open_read
from tests.conftest import shared_path

# "Adenosine triphosphate" is a DrugBank synonym of ATP (DB00171) that the packaged lexicon lacks.
MONOGRAPH = """---
title: Adenosine Triphosphate
---
## Drug Interactions
- Dipyridamole increases the effect of adenosine triphosphate.
"""


def test_a_drugbank_synonym_resolves_to_the_drugbank_concept(tmp_path: Path, lexicon: Any) -> None:
    vocab = str(shared_path("vocab", "drugbank_vocabulary.csv"))
    assert not any(c.kind == EntityKind.DRUG and c.key == "atp" for c in lexicon.lookup("adenosine triphosphate"))
    with_vocab = load_lexicon((vocab,))
    atp = next(c for c in with_vocab.lookup("adenosine triphosphate") if c.kind == EntityKind.DRUG)
    assert (atp.key, atp.label) == ("atp", "ATP") and "drugbank:DB00171" in atp.ids

    (tmp_path / "atp.md").write_text(MONOGRAPH)
    report = build([tmp_path / "atp.md"], tmp_path / "store", vocab=(vocab,), workers=1)
    assert report.ok and report.built == 1
    rows = select(open_read(tmp_path / "store"), """
        SELECT ?drug ?label ?id WHERE { src:atp dkg:about ?drug .
          ?drug rdfs:label ?label ; skos:exactMatch ?id ; skos:altLabel "Adenosine Triphosphate" }""").records()
    assert {(r["drug"], r["label"]) for r in rows} == {(f"{ID}drug/atp", "ATP")}
    assert "https://go.drugbank.com/drugs/DB00171" in {r["id"] for r in rows}


def test_an_unrecognised_vocabulary_is_a_clear_lexicon_error(tmp_path: Path) -> None:
    bad = tmp_path / "terms.csv"
    bad.write_text("id,name\n1,foo\n")
    with pytest.raises(LexiconError, match="unrecognised vocabulary format"):
        load_lexicon((str(bad),))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "atp.md").write_text(MONOGRAPH)
    result = CliRunner().invoke(app, ["build", str(tmp_path / "in"), "--store", str(tmp_path / "store"),
                                      "--vocab", str(bad), "--workers", "1"])
    assert result.exit_code == EXIT_ERROR
    assert "terms.csv: unrecognised vocabulary format" in result.output
    assert not (tmp_path / "store" / "current").exists()
