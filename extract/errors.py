"""The exception hierarchy shared by every drugkg package.

One root (:class:`DrugKGError`) so callers can catch everything the project raises
deliberately; library errors are re-raised at the boundary with ``raise ... from exc``.
"""

from __future__ import annotations


class DrugKGError(Exception):
    """Root of every error drugkg raises on purpose."""


class ReaderError(DrugKGError):
    """A monograph file could not be read; the message names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class LexiconError(DrugKGError):
    """A curated lexicon or rule table is malformed."""


class StoreError(DrugKGError):
    """The RDF store could not be opened, read or written."""


class QueryError(DrugKGError):
    """A SPARQL query is invalid or failed."""


class DrugNotFound(DrugKGError):
    """A drug named by the user is not in the graph."""
