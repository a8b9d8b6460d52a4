"""Pictures of a drug's neighbourhood: a static PNG/SVG (matplotlib) or an offline HTML page.

The neighbourhood comes from the NetworkX view (:func:`kg.traverse.neighbours`): every node
within ``hops`` edges of the drug, nearest first, capped at ``max_nodes``. Nodes sit on rings
by distance (the drug in the centre), grouped by entity type and coloured by it; each node's
first edge (the one that reached it) is drawn and labelled by its relation, other edges between
shown nodes are drawn faintly. The HTML page embeds its data and script: no CDN, no network.

>>> render(graph.nx(), "warfarin", "warfarin.png", hops=1)  # doctest: +SKIP
PosixPath('warfarin.png')
"""

from __future__ import annotations

import html
import io
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from extract.errors import DrugKGError
from kg import traverse

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

FORMATS = ("png", "svg", "html")
MAX_NODES = 90
PNG_DPI = 100
RING_SPACING = 2 * math.pi / 80  # arc between neighbouring nodes on an outer ring
LABEL_CHARS = 34
KIND_COLOURS: dict[str, str] = {  # Okabe-Ito: distinguishable with colour-vision deficiencies
    "Drug": "#0072B2", "DrugClass": "#56B4E9", "Substance": "#E69F00", "Condition": "#009E73",
    "AdverseEffect": "#D55E00", "MonitoringParameter": "#CC79A7", "Population": "#B8A200",
}
KIND_NAMES: dict[str, str] = {
    "Drug": "drug", "DrugClass": "drug class", "Substance": "substance", "Condition": "condition",
    "AdverseEffect": "adverse effect", "MonitoringParameter": "monitoring parameter", "Population": "population",
}
RELATIONS: dict[str, tuple[str, str]] = {  # predicate -> (label, colour)
    "interactsWith": ("interacts with", "#C62828"), "contraindicatedIn": ("contraindicated in", "#212121"),
    "cautionIn": ("caution in", "#EF6C00"), "monitors": ("monitors", "#8E24AA"),
    "hasAdverseEffect": ("adverse effect", "#A1663A"), "indicatedFor": ("indicated for", "#2E7D32"),
    "memberOf": ("member of", "#1565C0"), "combinedWith": ("combined with", "#00897B"),
    "broader": ("broader class", "#5C6BC0"),
}
SYMMETRIC = frozenset({"interactsWith", "combinedWith"})
OTHER_COLOUR = "#757575"


@dataclass(frozen=True)
class Node:
    """A node of the picture: IRI, label, entity type, distance and the node it was reached from."""

    iri: str
    label: str
    kind: str
    hops: int
    parent: str | None


@dataclass(frozen=True)
class Edge:
    """An edge of the picture in its asserted direction; ``tree`` marks the edge that reached a node."""

    subject: str
    predicate: str
    object: str
    tree: bool
    evidence: str
    source: str


@dataclass(frozen=True)
class Neighbourhood:
    """What a picture shows: the centre, the nodes kept (nearest first) and the edges among them."""

    centre: str
    hops: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    total: int  # nodes within reach before the ``max_nodes`` cap, centre included


def relation_label(predicate: str) -> str:
    """Human wording of a predicate's local name (``hasAdverseEffect`` -> ``adverse effect``)."""
    return RELATIONS.get(predicate, (predicate, ""))[0]


def relation_colour(predicate: str) -> str:
    """The colour used for a relation in pictures and legends."""
    return RELATIONS.get(predicate, ("", OTHER_COLOUR))[1]


def kind_colour(kind: str) -> str:
    """The colour used for an entity type."""
    return KIND_COLOURS.get(kind, OTHER_COLOUR)


def neighbourhood(G: nx.MultiDiGraph, drug: str, hops: int = 1, max_nodes: int = MAX_NODES) -> Neighbourhood:
    """Select what to draw: ``drug`` and its nodes within ``hops`` edges, at most ``max_nodes`` in all.

    Raises :class:`~extract.errors.DrugNotFound` (with suggestions) for an unknown drug.

    >>> hood = neighbourhood(G, "warfarin")  # doctest: +SKIP
    >>> hood.nodes[0].label, len(hood.nodes) <= MAX_NODES  # doctest: +SKIP
    ('Warfarin', True)
    """
    if isinstance(max_nodes, bool) or not isinstance(max_nodes, int) or max_nodes < 2:
        raise DrugKGError(f"max_nodes must be an integer >= 2, got {max_nodes!r}")
    reached = traverse.neighbours(G, drug, hops)
    centre = traverse.resolve(G, drug)
    nodes = [Node(centre, traverse.label(G, centre), str(G.nodes[centre]["kind"]), 0, None)]
    kept = {centre}
    for item in reached:
        parent = item.step.subject if item.step.object == item.node else item.step.object
        if len(nodes) >= max_nodes:
            break
        if parent in kept:
            kept.add(item.node)
            nodes.append(Node(item.node, traverse.label(G, item.node), str(G.nodes[item.node]["kind"]),
                              item.hops, parent))
    tree = {frozenset((n.iri, n.parent)) for n in nodes if n.parent}
    edges = []
    for u, v, key, data in G.subgraph(kept).edges(keys=True, data=True):
        edges.append(Edge(u, str(key), v, frozenset((u, v)) in tree, str(data.get("evidence", "")),
                          str(data.get("source", ""))))
    edges.sort(key=lambda e: (not e.tree, e.subject, e.predicate, e.object))
    return Neighbourhood(centre, hops, tuple(nodes), tuple(edges), len(reached) + 1)


def layout(hood: Neighbourhood) -> dict[str, tuple[float, float]]:
    """Rings by distance: hop-1 nodes evenly spaced and grouped by entity type, farther nodes
    gathered around their parent's angle (as close as the spacing allows)."""
    rank = {kind: i for i, kind in enumerate(KIND_COLOURS)}
    angle: dict[str, float] = {hood.centre: 0.0}
    first = sorted((n for n in hood.nodes if n.hops == 1), key=lambda n: (rank.get(n.kind, 99), n.label.lower()))
    slots: list[Node | None] = []
    for i, node in enumerate(first):  # one empty slot between type groups keeps them apart
        if i and first[i - 1].kind != node.kind:
            slots.append(None)
        slots.append(node)
    for i, slot in enumerate(slots):
        if slot is not None:
            angle[slot.iri] = 2 * math.pi * i / len(slots)
    for ring in range(2, hood.hops + 1):
        members = [n for n in hood.nodes if n.hops == ring]
        if not members:
            continue
        wanted = sorted({angle[n.parent or hood.centre] for n in members})
        gaps = [((wanted[(i + 1) % len(wanted)] - a) % (2 * math.pi) or 2 * math.pi, i) for i, a in enumerate(wanted)]
        start = wanted[(max(gaps)[1] + 1) % len(wanted)]  # unroll the circle at its widest empty arc
        members.sort(key=lambda n: ((angle[n.parent or hood.centre] - start) % (2 * math.pi), rank.get(n.kind, 99),
                                    n.label.lower()))
        desired = [(angle[n.parent or hood.centre] - start) % (2 * math.pi) for n in members]
        spacing = min(2 * math.pi / len(members), RING_SPACING / ring)
        for node, theta in zip(members, _spread(desired, spacing), strict=True):
            angle[node.iri] = theta + start
    return {n.iri: (0.0, 0.0) if n.hops == 0 else (n.hops * math.cos(angle[n.iri]), n.hops * math.sin(angle[n.iri]))
            for n in hood.nodes}


def _spread(desired: list[float], gap: float) -> list[float]:
    """Positions closest to ``desired`` (sorted) with neighbours at least ``gap`` apart.

    Isotonic regression (pool adjacent violators) of ``desired[i] - i * gap``.
    """
    blocks: list[tuple[float, int]] = []  # (sum, count) of pooled values
    for i, value in enumerate(desired):
        total, count = value - i * gap, 1
        while blocks and blocks[-1][0] / blocks[-1][1] > total / count:
            previous_total, previous_count = blocks.pop()
            total, count = total + previous_total, count + previous_count
        blocks.append((total, count))
    fitted = [total / count for total, count in blocks for _ in range(count)]
    return [value + i * gap for i, value in enumerate(fitted)]


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _upright(theta: float) -> tuple[float, str]:
    """Rotation (degrees) and alignment for text running outwards at angle ``theta``."""
    degrees = math.degrees(theta) % 360
    return (degrees, "left") if degrees <= 90 or degrees >= 270 else (degrees - 180, "right")


def _tree_labels(hood: Neighbourhood) -> dict[frozenset[str], tuple[str, str]]:
    """For each tree edge (as an unordered pair): its relation wording(s) and the first predicate."""
    found: dict[frozenset[str], list[str]] = {}
    for edge in hood.edges:
        if edge.tree:
            found.setdefault(frozenset((edge.subject, edge.object)), []).append(edge.predicate)
    return {pair: (", ".join(dict.fromkeys(relation_label(p) for p in preds)), preds[0])
            for pair, preds in found.items()}


def draw(ax: Axes, hood: Neighbourhood, *, faint_edges: bool = True) -> None:
    """Draw a neighbourhood on matplotlib axes: coloured nodes, labelled relations, two legends."""
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    pos = layout(hood)
    labels = _tree_labels(hood)
    if faint_edges:
        faint = [e for e in hood.edges if not e.tree]
        ax.add_collection(LineCollection([(pos[e.subject], pos[e.object]) for e in faint], linewidths=0.5,
                                         colors=[relation_colour(e.predicate) for e in faint], alpha=0.15, zorder=0))
    for pair, (text, predicate) in labels.items():
        child = next(n for n in hood.nodes if n.iri in pair and n.parent in pair)
        (x1, y1), (x2, y2) = pos[child.parent or hood.centre], pos[child.iri]
        outward = any(e.tree and e.subject == child.parent and e.object == child.iri for e in hood.edges)
        colour = relation_colour(predicate)
        ax.add_patch(FancyArrowPatch(
            (x1, y1) if outward else (x2, y2), (x2, y2) if outward else (x1, y1), mutation_scale=9,
            arrowstyle="-" if predicate in SYMMETRIC else "-|>", shrinkA=7, shrinkB=7, color=colour, lw=1.1,
            alpha=0.9, zorder=1))
        rotation, _ = _upright(math.atan2(y2 - y1, x2 - x1))
        ax.text(x1 + 0.55 * (x2 - x1), y1 + 0.55 * (y2 - y1), text, fontsize=6.5, color=colour, rotation=rotation,
                ha="center", va="center", rotation_mode="anchor", zorder=2,
                bbox={"boxstyle": "round,pad=0.08", "fc": "white", "ec": "none", "alpha": 0.85})
    ax.scatter([pos[n.iri][0] for n in hood.nodes], [pos[n.iri][1] for n in hood.nodes],
               s=[420 if n.iri == hood.centre else 70 for n in hood.nodes],
               c=[kind_colour(n.kind) for n in hood.nodes], edgecolors="white", linewidths=1.2, zorder=3)
    for node in hood.nodes:
        x, y = pos[node.iri]
        if node.iri == hood.centre:
            ax.text(x, y - 0.09, node.label, fontsize=13, fontweight="bold", ha="center", va="top", zorder=4,
                    bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": kind_colour(node.kind)})
            continue
        theta = math.atan2(y, x)
        rotation, align = _upright(theta)
        r = math.hypot(x, y) + 0.045
        ax.text(r * math.cos(theta), r * math.sin(theta), _short(node.label), fontsize=8.5, rotation=rotation,
                ha=align, va="center", rotation_mode="anchor", zorder=4,
                bbox={"boxstyle": "round,pad=0.05", "fc": "white", "ec": "none", "alpha": 0.7})
    kinds = {n.kind for n in hood.nodes}
    shown_kinds = [k for k in KIND_COLOURS if k in kinds]
    shown_relations = [p for p in RELATIONS if any(e.predicate == p for e in hood.edges)]
    kind_legend = ax.legend(
        handles=[Line2D([], [], marker="o", ls="", color=kind_colour(k), markersize=9, label=KIND_NAMES[k])
                 for k in shown_kinds], title="entity type", loc="upper left", fontsize=9, title_fontsize=10,
        frameon=False)
    ax.add_artist(kind_legend)
    ax.legend(handles=[Line2D([], [], color=relation_colour(p), lw=2, label=relation_label(p))
                       for p in shown_relations], title="relation", loc="upper right", fontsize=9,
              title_fontsize=10, frameon=False)
    reach = hood.hops + 0.62
    ax.set_xlim(-reach, reach)
    ax.set_ylim(-reach, reach)
    ax.set_aspect("equal")
    ax.axis("off")


def title(G: nx.MultiDiGraph, hood: Neighbourhood) -> str:
    """A one-line caption: the drug, the distance and how many nodes are shown."""
    shown = len(hood.nodes) - 1
    cap = f" (the {shown} nearest of {hood.total - 1})" if hood.total > len(hood.nodes) else ""
    plural = "s" if hood.hops > 1 else ""
    return f"{traverse.label(G, hood.centre)}: {shown} nodes within {hood.hops} hop{plural}{cap}"


def figure(G: nx.MultiDiGraph, hood: Neighbourhood, *, size: float | None = None) -> Figure:
    """A matplotlib ``Figure`` of the neighbourhood (no pyplot: safe in servers and the CLI)."""
    from matplotlib.figure import Figure

    inches = size or min(22.0, 10.0 + 0.08 * len(hood.nodes))
    fig = Figure(figsize=(inches, inches))
    ax = fig.add_axes((0.01, 0.01, 0.98, 0.95))
    draw(ax, hood)
    ax.set_title(title(G, hood), fontsize=14)
    return fig


def _html(G: nx.MultiDiGraph, hood: Neighbourhood) -> str:
    pos = layout(hood)
    labels = _tree_labels(hood)
    edges = []
    for e in hood.edges:
        pair = frozenset((e.subject, e.object))
        caption = labels.pop(pair)[0] if e.tree and pair in labels else ""
        edges.append({"s": e.subject, "o": e.object, "rel": relation_label(e.predicate), "caption": caption,
                      "colour": relation_colour(e.predicate), "tree": e.tree, "evidence": e.evidence,
                      "source": e.source})
    data = {
        "nodes": [{"id": n.iri, "label": n.label, "kind": KIND_NAMES.get(n.kind, n.kind),
                   "colour": kind_colour(n.kind), "hops": n.hops, "x": round(pos[n.iri][0], 4),
                   "y": round(pos[n.iri][1], 4)} for n in hood.nodes],
        "edges": edges,
    }
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    legend = "".join(f'<li><i style="background:{kind_colour(k)}"></i>{KIND_NAMES[k]}</li>'
                     for k in KIND_COLOURS if any(n.kind == k for n in hood.nodes))
    return (_PAGE.replace("{{TITLE}}", html.escape(title(G, hood))).replace("{{LEGEND}}", legend)
            .replace("{{DATA}}", payload))


def _save_figure(fig: Figure, path: Path, fmt: str) -> None:
    """SVG with text kept as text (searchable, small); PNG quantised to a 256-colour palette."""
    if fmt != "png":
        from matplotlib import rc_context

        with rc_context({"svg.fonttype": "none"}):
            fig.savefig(path, format=fmt, metadata={"Date": None})
        return
    from PIL import Image

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=PNG_DPI)
    with Image.open(buffer) as image:
        palette = image.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE)
        palette.save(path, format="png", optimize=True)


def render(G: nx.MultiDiGraph, drug: str, output: str | Path, *, hops: int = 1,
           max_nodes: int = MAX_NODES) -> Path:
    """Write a picture of ``drug``'s neighbourhood; the format follows the suffix (.png, .svg, .html).

    The file is written next to its destination and moved into place, so a failure leaves no
    half-written file.
    """
    output = Path(output)
    fmt = output.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise DrugKGError(f"{output}: unknown picture format (use one of: {', '.join('.' + f for f in FORMATS)})")
    hood = neighbourhood(G, drug, hops, max_nodes)
    tmp = output.with_name(output.name + ".part")
    try:
        if fmt == "html":
            tmp.write_text(_html(G, hood), encoding="utf-8")
        else:
            _save_figure(figure(G, hood), tmp, fmt)
        tmp.replace(output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DrugKGError(f"cannot write {output}: {exc.strerror or exc}") from exc
    return output



_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{TITLE}}</title>
<style>
body{margin:0;font:13px system-ui,sans-serif;color:#222;height:100vh;display:flex;flex-direction:column}
header{padding:6px 12px;border-bottom:1px solid #ddd;display:flex;gap:16px;align-items:center;flex-wrap:wrap}
h1{font-size:15px;margin:0}
ul{list-style:none;margin:0;padding:0;display:flex;gap:10px;flex-wrap:wrap}
li i{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px}
svg{flex:1;width:100%;min-height:0;cursor:grab;display:block}
#tip{position:fixed;max-width:420px;background:#fff;border:1px solid #999;padding:6px 8px;display:none;
 box-shadow:0 2px 6px #0003;pointer-events:none}
text{font-size:11px;paint-order:stroke;stroke:#fff;stroke-width:3px}
.rel{font-size:9px;stroke-width:1.5px}.faint{opacity:.15}.dim{opacity:.08}
</style></head><body>
<header><h1>{{TITLE}}</h1><ul>{{LEGEND}}</ul>
<input id="find" placeholder="find a node…"> <small>drag to pan · wheel to zoom · drag a node ·
click a node to focus · hover an edge for its evidence</small></header>
<svg id="view"><g id="world"></g></svg><div id="tip"></div>
<script>
const DATA = {{DATA}};
const NS = "http://www.w3.org/2000/svg", S = 260, world = document.getElementById("world");
const svg = document.getElementById("view"), tip = document.getElementById("tip");
const byId = new Map(DATA.nodes.map(n => [n.id, n]));
let view = {x: 0, y: 0, k: 1}, focus = null;
function el(tag, attrs, parent) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  parent.appendChild(e); return e;
}
const edgeLayer = el("g", {}, world), nodeLayer = el("g", {}, world);
for (const e of DATA.edges) {
  e.line = el("line", {stroke: e.colour, "stroke-width": e.tree ? 1.6 : 0.8, class: e.tree ? "" : "faint"},
              edgeLayer);
  if (e.caption) e.text = el("text", {class: "rel", fill: e.colour, "text-anchor": "middle", dy: 3}, edgeLayer);
  if (e.text) e.text.textContent = e.caption;
  e.line.addEventListener("mousemove", ev => show(ev, `<b>${esc(byId.get(e.s).label)}</b> ${esc(e.rel)} ` +
    `<b>${esc(byId.get(e.o).label)}</b><br>${esc(e.evidence)}<br><small>${esc(e.source)}</small>`));
  e.line.addEventListener("mouseleave", () => tip.style.display = "none");
}
for (const n of DATA.nodes) {
  n.g = el("g", {style: "cursor:pointer"}, nodeLayer);
  el("circle", {r: n.hops ? 6 : 11, fill: n.colour, stroke: "#fff", "stroke-width": 1.5}, n.g);
  const deg = -Math.atan2(n.y, n.x) * 180 / Math.PI, left = Math.abs(deg) > 90;
  const t = el("text", n.hops ? {x: left ? -9 : 9, y: 4, "text-anchor": left ? "end" : "start",
                                 transform: `rotate(${left ? deg + 180 : deg})`}
                              : {y: -15, "text-anchor": "middle", "font-weight": "bold"}, n.g);
  t.textContent = n.label;
  n.g.addEventListener("mousemove", ev => show(ev, `<b>${esc(n.label)}</b> (${esc(n.kind)}, ${n.hops} hop(s))`));
  n.g.addEventListener("mouseleave", () => tip.style.display = "none");
  n.g.addEventListener("click", ev => { focus = focus === n ? null : n; paint(); ev.stopPropagation(); });
  n.g.addEventListener("mousedown", ev => { drag = {node: n, x: ev.clientX, y: ev.clientY}; ev.stopPropagation(); });
}
const ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"};
function esc(s) { return String(s).replace(/[&<>"]/g, c => ENTITIES[c]); }
function show(ev, text) {
  tip.innerHTML = text; tip.style.display = "block";
  tip.style.left = (ev.clientX + 14) + "px"; tip.style.top = (ev.clientY + 10) + "px";
}
function paint() {
  world.setAttribute("transform", `translate(${view.x},${view.y}) scale(${view.k})`);
  const near = new Set(focus ? [focus.id] : []);
  for (const e of DATA.edges) if (focus && (e.s === focus.id || e.o === focus.id)) { near.add(e.s); near.add(e.o); }
  for (const e of DATA.edges) {
    const a = byId.get(e.s), b = byId.get(e.o);
    e.line.setAttribute("x1", a.x * S); e.line.setAttribute("y1", -a.y * S);
    e.line.setAttribute("x2", b.x * S); e.line.setAttribute("y2", -b.y * S);
    const lit = !focus || e.s === focus.id || e.o === focus.id;
    e.line.setAttribute("class", lit ? (e.tree || focus ? "" : "faint") : "dim");
    if (e.text) {
      let ang = Math.atan2(a.y - b.y, b.x - a.x) * 180 / Math.PI;
      if (ang > 90) ang -= 180; if (ang < -90) ang += 180;
      const mx = (a.x + 0.55 * (b.x - a.x)) * S, my = -(a.y + 0.55 * (b.y - a.y)) * S;
      e.text.setAttribute("transform", `translate(${mx},${my}) rotate(${ang})`);
      e.text.setAttribute("class", "rel" + (lit ? "" : " dim"));
    }
  }
  for (const n of DATA.nodes) {
    n.g.setAttribute("transform", `translate(${n.x * S},${-n.y * S})`);
    n.g.setAttribute("class", !focus || near.has(n.id) ? "" : "dim");
  }
}
let drag = null;
svg.addEventListener("mousedown", ev => { drag = {x: ev.clientX, y: ev.clientY}; });
window.addEventListener("mouseup", () => { drag = null; });
window.addEventListener("mousemove", ev => {
  if (!drag) return;
  const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y; drag.x = ev.clientX; drag.y = ev.clientY;
  if (drag.node) { drag.node.x += dx / view.k / S; drag.node.y -= dy / view.k / S; }
  else { view.x += dx; view.y += dy; }
  paint();
});
svg.addEventListener("wheel", ev => {
  ev.preventDefault(); const f = ev.deltaY < 0 ? 1.15 : 1 / 1.15, r = svg.getBoundingClientRect();
  const px = ev.clientX - r.left, py = ev.clientY - r.top;
  view.x = px - (px - view.x) * f; view.y = py - (py - view.y) * f; view.k *= f; paint();
}, {passive: false});
svg.addEventListener("click", () => { focus = null; paint(); });
document.getElementById("find").addEventListener("input", ev => {
  const q = ev.target.value.trim().toLowerCase();
  focus = q ? DATA.nodes.find(n => n.label.toLowerCase().includes(q)) || null : null; paint();
});
const box = svg.getBoundingClientRect(), reach = Math.max(...DATA.nodes.map(n => Math.hypot(n.x, n.y))) + 0.7;
view.k = Math.min(box.width, box.height) / (2 * reach * S); view.x = box.width / 2; view.y = box.height / 2;
paint();
</script></body></html>
"""
