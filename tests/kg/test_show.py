"""``drugkg show`` and :mod:`kg.show`: pictures and offline HTML of a drug's neighbourhood."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from extract.errors import DrugKGError, DrugNotFound
from kg import show
from kg.cli import app
from kg.graph import graph_for

runner = CliRunner()


@pytest.fixture(scope="module")
def G(sample_store: Path) -> nx.MultiDiGraph:
    return graph_for(sample_store)


def _show(store: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["show", *args, "--store", str(store)])
    return result.exit_code, result.output


def test_png_is_a_real_picture(sample_store: Path, tmp_path: Path) -> None:
    from PIL import Image

    out = tmp_path / "warfarin.png"
    code, output = _show(sample_store, "Warfarin", "--hops", "1", "--output", str(out))
    assert code == 0, output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert 50_000 < out.stat().st_size < 400_000
    with Image.open(out) as image:
        assert min(image.size) >= 1000
        assert len(image.convert("RGB").getcolors(maxcolors=1 << 16) or ()) > 20  # not a blank canvas
    assert not list(tmp_path.glob("*.part"))


def test_svg_keeps_labels_relations_and_legend_as_text(sample_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "warfarin.svg"
    code, output = _show(sample_store, "coumadin", "--output", str(out))  # a synonym works too
    assert code == 0, output
    svg = out.read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    for text in ("Warfarin", "Aspirin", "INR", "interacts with", "monitors", "entity type", "relation"):
        assert text in svg, text


def test_html_is_interactive_and_offline(sample_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "magnesium.html"
    code, output = _show(sample_store, "magnesium bisglycinate", "--hops", "2", "--max-nodes", "60", "-o", str(out))
    assert code == 0, output
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src\s*=", page, re.I)  # every script is inline
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)  # no CDN, no remote CSS
    assert "@import" not in page
    data = json.loads(re.search(r"const DATA = (.*?);\n", page).group(1).replace("<\\/", "</"))  # type: ignore[union-attr]
    assert len(data["nodes"]) == 60
    assert {n["hops"] for n in data["nodes"]} == {0, 1, 2}
    assert any(e["caption"] == "interacts with" and e["evidence"] for e in data["edges"])
    assert "(the 59 nearest of" in page


def test_unknown_drug_exits_4_with_a_suggestion(sample_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.png"
    code, output = _show(sample_store, "Warfrin", "--output", str(out))
    assert code == 4
    assert "did you mean 'Warfarin'" in output
    assert "Traceback" not in output and len(output.strip().splitlines()) == 1
    assert not out.exists()


def test_unknown_format_is_a_usage_error(sample_store: Path, tmp_path: Path) -> None:
    code, output = _show(sample_store, "Warfarin", "--output", str(tmp_path / "x.gif"))
    assert code == 2
    assert ".png, .svg or .html" in output


def test_missing_store_exits_4(tmp_path: Path) -> None:
    code, output = _show(tmp_path / "nowhere", "Warfarin", "--output", str(tmp_path / "x.png"))
    assert code == 4
    assert "no drugkg store" in output


def test_neighbourhood_caps_nodes_and_keeps_every_parent(G: nx.MultiDiGraph) -> None:
    hood = show.neighbourhood(G, "warfarin", hops=2, max_nodes=30)
    assert len(hood.nodes) == 30 and hood.total > 30
    kept = {n.iri for n in hood.nodes}
    assert hood.nodes[0].iri == hood.centre and hood.nodes[0].hops == 0
    assert all(n.parent in kept for n in hood.nodes[1:])
    assert all(e.subject in kept and e.object in kept for e in hood.edges)
    assert sum(e.tree for e in hood.edges) >= len(hood.nodes) - 1
    with pytest.raises(DrugNotFound):
        show.neighbourhood(G, "no such drug")
    with pytest.raises(DrugKGError):
        show.neighbourhood(G, "warfarin", max_nodes=1)


def test_layout_puts_each_hop_on_its_ring(G: nx.MultiDiGraph) -> None:
    hood = show.neighbourhood(G, "magnesium bisglycinate", hops=2, max_nodes=60)
    pos = show.layout(hood)
    assert pos[hood.centre] == (0.0, 0.0)
    for node in hood.nodes:
        assert math.isclose(math.hypot(*pos[node.iri]), node.hops, abs_tol=1e-9)
    assert len(set(pos.values())) == len(pos)  # no two nodes on the same spot


def test_render_rejects_unknown_suffix(G: nx.MultiDiGraph, tmp_path: Path) -> None:
    with pytest.raises(DrugKGError, match="unknown picture format"):
        show.render(G, "warfarin", tmp_path / "x.jpg")
