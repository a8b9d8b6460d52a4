"""Build manifest of a store version: what each source graph was built from, and store totals.

``drugkg build`` writes ``drugkg-manifest.json`` into the version folder it prepares, just before
that version is published, so a manifest always describes exactly its own version. It lets the
next build skip reading files whose size, times and inode are unchanged (a hash is kept for
each), and lets the build summary report totals (documents, entities, edges, triples) without
counting millions of quads. A version without a valid manifest (written by another writer, such
as a test, or an older drugkg) is read from the store itself instead, at the old cost.

The entity total is a count of distinct IRIs over all graphs, so the manifest keeps, for each
entity, the number of named graphs that type it: removing a graph decrements its entities.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.namespaces import DKG, ENTITY_TYPES, PREFIXES
from kg.store import current_version, open_read

FILE = "drugkg-manifest.json"
FORMAT = 1
RACY_NS = 2_000_000_000  # a file changed this close to its stat() may change again with the same times

ENTITY_CLASSES = tuple(DKG + local for local in ENTITY_TYPES.values())
_VALUES = " ".join(f"<{iri}>" for iri in ENTITY_CLASSES)

StatKey = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode


@dataclass(frozen=True)
class GraphCounts:
    """What one named graph adds to the totals: its quads, its statements and its typed entities."""

    quads: int
    edges: int
    entities: tuple[str, ...]


@dataclass(frozen=True)
class Totals:
    """The figures of the build summary."""

    documents: int
    entities: int
    edges: int
    triples: int


@dataclass
class Source:
    """A source graph's content hash, and the file (path and stat) last seen with that content."""

    hash: str
    path: str = ""
    stat: StatKey | None = None


@dataclass
class Manifest:
    """Sources by graph IRI, entity reference counts, and named-graph quad and statement totals."""

    sources: dict[str, Source] = field(default_factory=dict)
    entities: dict[str, int] = field(default_factory=dict)
    edges: int = 0
    quads: int = 0
    default_quads: int = 0

    def add(self, counts: GraphCounts) -> None:
        """Account for a graph that was loaded."""
        self.quads += counts.quads
        self.edges += counts.edges
        for iri in counts.entities:
            self.entities[iri] = self.entities.get(iri, 0) + 1

    def remove(self, counts: GraphCounts) -> None:
        """Account for a graph that was removed."""
        self.quads -= counts.quads
        self.edges -= counts.edges
        for iri in counts.entities:
            left = self.entities.get(iri, 0) - 1
            if left > 0:
                self.entities[iri] = left
            else:
                self.entities.pop(iri, None)

    def totals(self) -> Totals:
        """Documents, distinct entities, statements and all quads (named and default graph)."""
        return Totals(len(self.sources), len(self.entities), self.edges, self.quads + self.default_quads)


def stat_key(path: str | Path, now_ns: int | None = None) -> StatKey | None:
    """The file's (size, mtime, ctime, inode), or ``None`` when it cannot vouch for the content.

    A file whose times are within :data:`RACY_NS` of now could be changed again without its
    times moving (timestamp granularity), so it gets no key and is hashed by the next build.
    """
    st = os.stat(path)
    now_ns = time.time_ns() if now_ns is None else now_ns
    if now_ns - max(st.st_mtime_ns, st.st_ctime_ns) < RACY_NS:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def _ask(store: ox.Store, query: str) -> ox.QuerySolutions:
    result = store.query(query, prefixes=PREFIXES)
    assert isinstance(result, ox.QuerySolutions)
    return result


def _number(store: ox.Store, query: str) -> int:
    for row in _ask(store, query):
        term = row[0]
        return int(term.value) if term is not None else 0
    return 0


def graph_counts(store: ox.Store, graph: str) -> GraphCounts:
    """Counts of a graph as the store holds it (read before the graph is removed)."""
    quads = _number(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    edges = _number(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s a rdf:Statement }} }}")
    rows = _ask(store, f"SELECT DISTINCT ?e WHERE {{ VALUES ?t {{ {_VALUES} }} GRAPH <{graph}> {{ ?e a ?t }} }}")
    return GraphCounts(quads, edges, tuple(sorted(row[0].value for row in rows)))


def default_graph_quads(store: ox.Store) -> int:
    """Quads of the default graph (the lexicon graph's bookkeeping)."""
    return sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def from_store(store: ox.Store) -> Manifest:
    """A manifest rebuilt from the store's contents (no file stats): the fallback, at full-scan cost."""
    manifest = Manifest()
    sources = "SELECT ?g ?h WHERE { GRAPH ?g { ?g dkg:sourcePath ?p OPTIONAL { ?g dkg:contentHash ?h } } }"
    for row in _ask(store, sources):
        graph, digest = row["g"], row["h"]
        manifest.sources[graph.value] = Source(digest.value if digest is not None else "")
    for row in _ask(store, f"""SELECT ?e (COUNT(DISTINCT ?g) AS ?n) WHERE {{
            VALUES ?t {{ {_VALUES} }} GRAPH ?g {{ ?e a ?t }} }} GROUP BY ?e"""):
        manifest.entities[row["e"].value] = int(row["n"].value)
    manifest.edges = _number(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a rdf:Statement } }")
    manifest.default_quads = default_graph_quads(store)
    manifest.quads = len(store) - manifest.default_quads
    return manifest


def read(version: Path) -> Manifest | None:
    """The manifest written for ``version``, or ``None`` if it is missing, damaged or not its own."""
    try:
        data = json.loads((version / FILE).read_bytes())
        if data.get("format") != FORMAT or data.get("version") != version.name:
            return None
        sources = {iri: Source(h, p, tuple(s) if s else None)
                   for iri, (h, p, s) in data["sources"].items()}
        return Manifest(sources, dict(data["entities"]), int(data["edges"]), int(data["quads"]),
                        int(data["default_quads"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write(version: Path, manifest: Manifest) -> None:
    """Write the manifest into ``version`` (before the version is published).

    No fsync: a manifest damaged by a power cut does not parse and is ignored (:func:`read`),
    which only costs the next build a scan of the store.
    """
    data = {
        "format": FORMAT,
        "version": version.name,
        "sources": {iri: [s.hash, s.path, list(s.stat) if s.stat else None] for iri, s in manifest.sources.items()},
        "entities": manifest.entities,
        "edges": manifest.edges,
        "quads": manifest.quads,
        "default_quads": manifest.default_quads,
        "totals": manifest.totals().__dict__,
    }
    tmp = version / f".{FILE}.tmp"
    with tmp.open("wb") as handle:
        handle.write(json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode())  # C encoder: one shot
    os.replace(tmp, version / FILE)


def store_totals(root: str | Path) -> Totals:
    """Totals of the store's current version: from its manifest, else counted in the store."""
    version = current_version(Path(root))
    manifest = read(version) if version is not None else None
    if manifest is None:
        manifest = from_store(open_read(root))
    return manifest.totals()

