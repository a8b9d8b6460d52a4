"""Statements -> RDF dataset (Oxigraph store), queries, exports and the ``drugkg`` CLI.

``kg.open(store)`` returns a :class:`kg.api.KnowledgeGraph` for notebooks. The API is imported on first
use, so the command line (which does not need NetworkX or pandas) starts faster.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.api import KnowledgeGraph, open

__all__ = ["KnowledgeGraph", "open"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
