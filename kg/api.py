"""Python API for notebooks and scripts: ``kg.open(store)`` -> :class:`KnowledgeGraph`.

The CLI wraps these same functions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg import query as query_mod
from kg import traverse
from kg.store import DEFAULT_STORE, current_version, open_read

if TYPE_CHECKING:
    import networkx
    import pandas as pd
    import rdflib


class KnowledgeGraph:
    """A read-only handle on a built store.

    >>> import kg
    >>> graph = kg.open("drugkg-store")  # doctest: +SKIP
    >>> graph.sparql("SELECT ?l WHERE { ?d a dkg:Drug ; rdfs:label ?l } LIMIT 3")  # doctest: +SKIP
    """

    def __init__(self, path: str | Path = DEFAULT_STORE) -> None:
        self.path = Path(path)
        self.store: ox.Store = open_read(self.path)
        self.version = current_version(self.path)
        self._graph: networkx.MultiDiGraph | None = None

    def sparql(self, query: str, **bindings: Any) -> pd.DataFrame:
        """Run SPARQL (text or .rq path) and return a DataFrame of plain values.

        Keyword arguments bind variables safely (``graph.sparql(q, name='warfarin')``).
        """
        import pandas as pd

        table = query_mod.select(self.store, query_mod.read_query(query), bindings or None)
        return pd.DataFrame(table.records(), columns=list(table.columns))

    def dataset(self) -> rdflib.Dataset:
        """The store as an rdflib ``Dataset`` (Oxigraph-backed through oxrdflib)."""
        import rdflib
        from oxrdflib import OxigraphStore

        return rdflib.Dataset(store=OxigraphStore(store=self.store))

    def nx(self) -> networkx.MultiDiGraph:
        """The NetworkX view of this store version (frozen; cached in memory and on disk per version).

        Kept on the handle, which is pinned to one version, so repeated ``check`` calls cost
        no file-system look-up.
        """
        from kg.graph import graph_at, graph_for

        if self._graph is None:
            self._graph = graph_at(self.version) if self.version is not None else graph_for(self.path)
        return self._graph

    def paths(self, a: str, b: str, max_hops: int = 3, limit: int = traverse.MAX_PATHS) -> list[list[traverse.Step]]:
        """Paths linking two drugs (:func:`kg.traverse.paths`): ``graph.paths("aspirin", "warfarin")``."""
        return traverse.paths(self.nx(), a, b, max_hops, limit)

    def neighbours(self, drug: str, hops: int = 1) -> list[traverse.Neighbour]:
        """Nodes within ``hops`` edges of a drug (:func:`kg.traverse.neighbours`)."""
        return traverse.neighbours(self.nx(), drug, hops)

    def check(self, drugs: list[str]) -> list[traverse.Finding]:
        """Regimen check (:func:`kg.traverse.check`): ``graph.check(["magnesium", "ciprofloxacin"])``."""
        return traverse.check(self.nx(), drugs)


def open(path: str | Path = DEFAULT_STORE) -> KnowledgeGraph:
    """Open a built store read-only."""
    return KnowledgeGraph(path)
