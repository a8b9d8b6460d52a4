"""NetworkX view of the store: typed entity nodes, direct edges keyed by predicate.

Nodes are entity IRIs with ``kind`` (``Drug``, ``DrugClass``, ...), ``label``, ``synonyms`` and
``monograph`` (the path of the monograph about it). Edges form a ``MultiDiGraph`` keyed by the
predicate's local name (``interactsWith``, ``memberOf``, ``broader``, ...); each edge carries
``predicate`` (IRI), ``source`` and ``evidence`` (of its first assertion) and ``provenance``
(every :class:`Evidence`). ``G.graph`` holds two look-up indexes for :mod:`kg.traverse`:
``names`` (lower-case label or synonym -> nodes) and ``interacts`` (node -> its
``interactsWith`` partners, either direction).

The view is frozen (``G.copy()`` gives a mutable copy) and cached twice per store version: in
the process (``lru_cache``) and on disk (a pickle under ``DRUGKG_CACHE/graphs``), because a
published version never changes and projecting millions of quads takes a while.

Why the projection reads the store the way it does (measured on 10,000 monographs, 4.6M
quads): scanning an index is cheap, but every term handed to Python costs a few microseconds
to decode, and a nested-loop join costs an index seek per row. So each pattern is read on its
own, the parts of a statement are hash-joined as sub-selects, and ``DISTINCT`` drops repeats
before they are decoded. That is half the CPU of reading the reified statements quad by quad
with ``quads_for_pattern``; the union-graph joins this replaced did not finish in 7 minutes.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import secrets
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from sys import intern
from typing import Any

import networkx as nx
import pyoxigraph as ox

from extract.errors import QueryError, StoreError
from extract.lexicon import cache_dir
from kg import query as query_mod
from kg.namespaces import DKG, ENTITY_TYPES, ID, LEXICON_GRAPH, SKOS
from kg.store import current_version, open_read

EDGE_PREDICATES: dict[str, str] = {
    local: DKG + local
    for local in ("interactsWith", "contraindicatedIn", "cautionIn", "monitors", "hasAdverseEffect",
                  "indicatedFor", "memberOf", "combinedWith")
} | {"broader": SKOS + "broader"}
KINDS = frozenset(ENTITY_TYPES.values())
QUALIFIERS = ("severity", "mechanism", "effect", "frequency", "route")
GENERATED_EVIDENCE = "{0} {1} {2} (asserted without an evidence sentence)"
CURATED_BROADER = "{0} is a kind of {1} (curated drug-class lexicon)"
LEXICON_PATH = "ontology/lexicon/drug_classes.tsv"
CACHE_FORMAT = "drugkg-graph-2"  # bump whenever the pickled view changes shape
CACHE_FOLDER = "graphs"
INDEXES = ("names", "interacts")  # what G.graph holds
STALE_TMP_S = 3600.0  # a temporary cache file this old belongs to a writer that died

_TYPES = "SELECT DISTINCT ?n ?t WHERE { VALUES ?t { {kinds} } GRAPH ?g { ?n a ?t } }"
_LABELS = "SELECT DISTINCT ?n ?label WHERE { GRAPH ?g { ?n rdfs:label ?label } }"
_ALTS = "SELECT DISTINCT ?n ?alt WHERE { GRAPH ?g { ?n skos:altLabel ?alt } }"
_EDGES = "SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?p { {predicates} } GRAPH ?g { ?s ?p ?o } }"
# Sub-selects make Oxigraph hash-join the parts of each statement (same graph ?g) instead of
# seeking the index once per statement and part.
_STATEMENTS = """
SELECT ?st ?s ?p ?o ?sentence ?src ?section WHERE {
  { SELECT ?st ?p ?g WHERE { VALUES ?p { {predicates} } GRAPH ?g { ?st rdf:predicate ?p } } }
  { SELECT ?st ?s ?g WHERE { GRAPH ?g { ?st rdf:subject ?s } } }
  { SELECT ?st ?o ?g WHERE { GRAPH ?g { ?st rdf:object ?o } } }
  { SELECT ?st ?sentence ?g WHERE { GRAPH ?g { ?st dkg:evidence ?sentence } } }
  { SELECT ?st ?src ?g WHERE { GRAPH ?g { ?st prov:wasDerivedFrom ?src } } }
  OPTIONAL { SELECT ?st ?section ?g WHERE { GRAPH ?g { ?st dkg:section ?section } } } }"""
_QUALIFIERS = "SELECT DISTINCT ?st ?k ?v WHERE { VALUES ?k { {keys} } GRAPH ?g { ?st ?k ?v } }"


@dataclass(frozen=True)
class Evidence:
    """One assertion of an edge: the sentence, its monograph (IRI and path), section, qualifiers."""

    sentence: str
    source: str
    path: str = ""
    section: str = ""
    qualifiers: tuple[tuple[str, str], ...] = ()


Provenance = dict[tuple[str, str, str], tuple[Evidence, ...]]


def _iri_list(iris: list[str]) -> str:
    return " ".join(str(ox.NamedNode(i)) for i in iris)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _rows(store: ox.Store, query: str) -> Iterator[ox.QuerySolution]:
    try:
        yield from query_mod.run(store, query)
    except (OSError, QueryError) as exc:
        raise StoreError(f"cannot read the store for the graph view ({exc})") from exc


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of long-lived objects are created, then
    collect once.

    Left running, the collector walks the growing view again and again (and once more per
    generation afterwards); one pass at the end moves it all to the oldest generation. Measured
    on the 10k-monograph view: a cache load takes 2.2 s of CPU this way, that pass included,
    against 3.6-4.2 s with the collector running.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.collect()
    finally:
        if enabled:
            gc.enable()


def _named(store: ox.Store, predicate: str, subject: str | None = None) -> Iterator[tuple[str, str, str]]:
    """(subject, object, graph) of ``predicate`` in named graphs (the default graph holds only
    store bookkeeping); a direct index lookup, for the few-thousand-row patterns."""
    node = None if subject is None else ox.NamedNode(subject)
    for quad in store.quads_for_pattern(node, ox.NamedNode(predicate), None, None):
        graph: Any = quad.graph_name
        if not isinstance(graph, ox.DefaultGraph):
            s: Any = quad.subject
            o: Any = quad.object
            yield s.value, o.value, graph.value


def build_graph(store: ox.Store) -> nx.MultiDiGraph:
    """Project the dataset onto a frozen ``MultiDiGraph`` (see the module docstring).

    Edges asserted without an ``rdf:Statement`` (the curated ``skos:broader`` hierarchy of the
    lexicon graph) get a generated evidence sentence naming their graph. Nodes and edges are
    added in sorted order, so the same store always gives the same view.

    >>> G = build_graph(kg.store.open_read("drugkg-store"))  # doctest: +SKIP
    >>> G.nodes["https://w3id.org/drugkg/id/drug/warfarin"]["label"]  # doctest: +SKIP
    'Warfarin'
    """
    with _no_gc():
        return nx.freeze(_project(store))


def _project(store: ox.Store) -> nx.MultiDiGraph:
    """Nodes, then edges with their provenance (an edge needs both ends to be entities)."""
    G = nx.MultiDiGraph()
    sources = [(s, intern(path), g) for s, path, g in _named(store, DKG + "sourcePath")]
    for node, data in sorted(_nodes(store, sources).items()):
        G.add_node(node, **data)
    provenance = _provenance(store, sources)
    by_iri = {iri: local for local, iri in EDGE_PREDICATES.items()}
    predicates = _iri_list(list(EDGE_PREDICATES.values()))
    edges = {(intern(s.value), by_iri[p.value], intern(o.value))
             for s, p, o in _rows(store, _EDGES.replace("{predicates}", predicates))}
    for s, key, o in sorted(edges):
        if s not in G or o not in G:
            continue
        predicate = EDGE_PREDICATES[key]
        evidence = provenance.get((s, predicate, o)) or (_generated(store, G, s, key, o),)
        G.add_edge(s, o, key=key, predicate=predicate, provenance=evidence,
                   source=evidence[0].source, evidence=evidence[0].sentence)
    _index_names(G)
    _index_interactions(G)
    return G


def _generated(store: ox.Store, G: nx.MultiDiGraph, s: str, key: str, o: str) -> Evidence:
    graphs = sorted(graph for _, obj, graph in _named(store, EDGE_PREDICATES[key], s) if obj == o)
    graph = LEXICON_GRAPH if LEXICON_GRAPH in graphs else graphs[0]
    subject, obj = G.nodes[s]["label"], G.nodes[o]["label"]
    if graph == LEXICON_GRAPH and key == "broader":
        return Evidence(CURATED_BROADER.format(subject, obj), graph, LEXICON_PATH, "lexicon")
    return Evidence(GENERATED_EVIDENCE.format(subject, key, obj), graph)


def _nodes(store: ox.Store, sources: list[tuple[str, str, str]]) -> dict[str, dict[str, Any]]:
    """Entities (IRIs under ``id:``) with a contract type and a label; ties broken by sort order."""
    kinds: dict[str, str] = {}
    for n, t in _rows(store, _TYPES.replace("{kinds}", _iri_list([DKG + k for k in sorted(KINDS)]))):
        if n.value.startswith(ID):
            kind = _local(t.value)
            kinds[intern(n.value)] = min(kinds.get(n.value, kind), kind)
    labels: dict[str, str] = {}
    for n, label in _rows(store, _LABELS):
        if n.value in kinds:
            labels[intern(n.value)] = min(labels.get(n.value, label.value), label.value)
    synonyms: dict[str, set[str]] = defaultdict(set)
    for n, alt in _rows(store, _ALTS):
        if n.value in labels:
            synonyms[n.value].add(alt.value)
    paths = {source: path for source, path, _ in sources}
    monographs: dict[str, str] = {}
    for source, node, _ in _named(store, DKG + "about"):
        path = paths.get(source)
        if path is not None and node in labels:
            monographs[node] = min(monographs.get(node, path), path)
    return {node: {"kind": kinds[node], "label": label, "synonyms": tuple(sorted(synonyms.get(node, ()))),
                   "monograph": monographs.get(node)} for node, label in labels.items()}


def _provenance(store: ox.Store, sources: list[tuple[str, str, str]]) -> Provenance:
    """Every ``rdf:Statement`` about an edge predicate, as :class:`Evidence` per (s, p, o).

    A statement's parts are read from its own named graph; the monograph path is the
    ``dkg:sourcePath`` its source states in the source's own graph.
    """
    qualifiers: dict[str, list[tuple[str, str]]] = defaultdict(list)
    keys = {DKG + q: q for q in QUALIFIERS}
    for st, k, v in _rows(store, _QUALIFIERS.replace("{keys}", _iri_list(list(keys)))):
        qualifiers[st.value].append((keys[k.value], intern(v.value)))
    paths = {source: path for source, path, graph in sources if source == graph}
    found: dict[tuple[str, str, str], set[Evidence]] = defaultdict(set)
    predicates = _iri_list(list(EDGE_PREDICATES.values()))
    for st, s, p, o, sentence, src, section in _rows(store, _STATEMENTS.replace("{predicates}", predicates)):
        source = intern(src.value)
        found[(intern(s.value), intern(p.value), intern(o.value))].add(Evidence(
            sentence.value, source, paths.get(source, ""), intern(section.value) if section else "",
            tuple(sorted(qualifiers.get(st.value, ())))))
    return {edge: tuple(sorted(items, key=lambda e: (e.path, e.sentence, e.source, e.section, e.qualifiers)))
            for edge, items in found.items()}


def _index_names(G: nx.MultiDiGraph) -> None:
    """``G.graph["names"]``: lower-case label or synonym -> nodes carrying it."""
    names: dict[str, list[str]] = defaultdict(list)
    for node, data in G.nodes(data=True):
        for name in (data["label"], *data["synonyms"]):
            key = " ".join(name.lower().split())
            if node not in names[key]:
                names[key].append(node)
    G.graph["names"] = {key: tuple(nodes) for key, nodes in names.items()}


def _index_interactions(G: nx.MultiDiGraph) -> None:
    """``G.graph["interacts"]``: node -> the nodes it shares an ``interactsWith`` edge with (either
    direction), so a regimen check tests class pairs by set membership instead of edge look-ups."""
    partners: dict[str, set[str]] = defaultdict(set)
    for u, v, key in G.edges(keys=True):
        if key == "interactsWith":
            partners[u].add(v)
            partners[v].add(u)
    G.graph["interacts"] = {node: frozenset(nodes) for node, nodes in partners.items()}


# -- the on-disk cache ------------------------------------------------------------------------

def _fingerprint(version: Path) -> str:
    """What identifies a version's content: its path and every file's name, size and mtime.

    Version names carry a timestamp, pid and clock digits, but a store deleted and rebuilt
    (or moved over) could still reuse one; its database files would not have the same sizes
    and modification times, so a stale view is never served.
    """
    digest = hashlib.sha256(f"{CACHE_FORMAT}\0{nx.__version__}\0{version}".encode())
    try:
        with os.scandir(version) as entries:
            for entry in sorted(entries, key=lambda e: e.name):
                stat = entry.stat(follow_symlinks=False)
                digest.update(f"\0{entry.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    except OSError as exc:
        raise StoreError(f"{version}: cannot open the store ({exc})") from exc
    return digest.hexdigest()[:24]


def _entry(version: Path, fingerprint: str) -> tuple[Path, dict[str, str]]:
    """The cache file of a version and the header that must open it."""
    path = cache_dir() / CACHE_FOLDER / f"{version.name}-{fingerprint}.pkl"
    return path, {"format": CACHE_FORMAT, "version": str(version), "fingerprint": fingerprint}


def cache_file(version: str | Path) -> Path:
    """Where the view of a version directory is cached (one file per version content)."""
    version = Path(version).resolve()
    return _entry(version, _fingerprint(version))[0]


def read_cached(version: str | Path, fingerprint: str | None = None) -> nx.MultiDiGraph | None:
    """The cached view of ``version``, or ``None`` when there is none or it is unreadable.

    A damaged file (truncated, garbage, written by an incompatible version) is deleted.
    """
    version = Path(version).resolve()
    path, header = _entry(version, fingerprint or _fingerprint(version))
    try:
        with path.open("rb") as handle:
            if pickle.load(handle) != header:
                return None
            with _no_gc():
                G = pickle.load(handle)
        indexed = isinstance(G, nx.MultiDiGraph) and all(isinstance(G.graph.get(i), dict) for i in INDEXES)
        if indexed and nx.is_frozen(G):
            return G
    except FileNotFoundError:
        return None
    except Exception:  # any damage to a cache file only means rebuilding the view
        pass
    with contextlib.suppress(OSError):
        path.unlink()
    return None


def write_cached(version: str | Path, G: nx.MultiDiGraph, fingerprint: str | None = None) -> Path | None:
    """Cache ``G`` as the view of ``version``; ``None`` when the cache folder cannot be written.

    The file is written under a temporary name and renamed, so a reader sees either no file
    or a whole one. A cache folder inside the version directory is refused: published versions
    are never written to.
    """
    version = Path(version).resolve()
    path, header = _entry(version, fingerprint or _fingerprint(version))
    folder = path.parent.resolve()
    if folder == version or version in folder.parents:
        return None
    tmp = folder / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tmp.open("xb") as handle:
            pickle.dump(header, handle, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(G, handle, protocol=pickle.HIGHEST_PROTOCOL)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        return None  # a read-only or full cache folder only costs speed
    _prune(folder, keep=path)
    return path


def _prune(folder: Path, keep: Path) -> None:
    """Drop cached views whose version directory is gone (a build keeps only two versions),
    and temporary files a killed writer left behind."""
    for item in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if time.time() - item.stat().st_mtime > STALE_TMP_S:
                item.unlink()
    for item in folder.glob("*.pkl"):
        if item == keep:
            continue
        try:
            with item.open("rb") as handle:
                header = pickle.load(handle)
            gone = not Path(header["version"]).is_dir()
        except Exception:  # unreadable: not worth keeping
            gone = True
        if gone:
            with contextlib.suppress(OSError):
                item.unlink()


def graph_at(version: str | Path) -> nx.MultiDiGraph:
    """The view of one store version directory: from memory, else from the disk cache, else built.

    Published versions never change, so the view is keyed by the version's path and fingerprint.
    """
    path = Path(version).resolve()
    return _cached(str(path), _fingerprint(path))


@lru_cache(maxsize=4)
def _cached(version: str, fingerprint: str) -> nx.MultiDiGraph:
    G = read_cached(version, fingerprint)
    if G is not None:
        return G
    try:
        store = ox.Store.read_only(version)
    except OSError as exc:
        raise StoreError(f"{version}: cannot open the store ({exc})") from exc
    G = build_graph(store)
    write_cached(version, G, fingerprint)
    return G


def graph_for(root: str | Path) -> nx.MultiDiGraph:
    """The NetworkX view of the store at ``root``, rebuilt only when a build publishes a new version.

    >>> G = graph_for("drugkg-store")  # doctest: +SKIP
    >>> G is graph_for("drugkg-store")  # doctest: +SKIP
    True
    """
    version = current_version(Path(root))
    if version is None:
        open_read(root)  # raises the usual "no drugkg store here" StoreError
        raise StoreError(f"{root}: no drugkg store here")
    return graph_at(version)
