"""Statements -> RDF dataset (Oxigraph store), queries, exports and the ``drugkg`` CLI.

``kg.open(store)`` returns a :class:`kg.api.KnowledgeGraph` for notebooks.
"""

from kg.api import KnowledgeGraph, open

__all__ = ["KnowledgeGraph", "open"]
