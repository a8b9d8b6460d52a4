"""The synthetic corpus: deterministic, in the seed's format, and extractable."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.gen_corpus import generate, lexicon_names, main  # noqa: E402
from extract.model import Relation  # noqa: E402
from extract.pipeline import extract_file  # noqa: E402
from extract.readers import read_document  # noqa: E402

SECTIONS = {"usage", "alternate_names", "dosage", "interactions", "contraindications", "pregnancy", "summary",
            "combinations", "precautions", "faq"}


def test_same_seed_same_corpus_other_seed_differs(tmp_path: Path) -> None:
    a = [p.read_bytes() for p in generate(5, tmp_path / "a", seed=1)]
    b = [p.read_bytes() for p in generate(5, tmp_path / "b", seed=1)]
    c = [p.read_bytes() for p in generate(5, tmp_path / "c", seed=2)]
    assert a == b and a != c


def test_files_read_like_the_seed_and_yield_relations(tmp_path: Path) -> None:
    names = lexicon_names()
    assert names.drugs and names.classes and names.conditions and names.effects
    paths = generate(4, tmp_path, seed=5, names=names)
    relations = set()
    for path in paths:
        doc = read_document(path)
        assert doc.title in names.drugs and not doc.warnings
        assert {s.kind for s in doc.sections} | {"faq" if doc.faqs else ""} >= SECTIONS
        assert all("**" not in f.question + f.answer and not f.answer.startswith("A:") for f in doc.faqs)
        relations |= {s.relation for s in extract_file(path).statements}
    assert {Relation.INTERACTS_WITH, Relation.HAS_ADVERSE_EFFECT, Relation.CONTRAINDICATED_IN} <= relations


def test_command_line(tmp_path: Path) -> None:
    assert main(["3", str(tmp_path / "out"), "--seed", "9"]) == 0
    assert len(list((tmp_path / "out").glob("*.md"))) == 3
