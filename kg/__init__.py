"""Statements -> RDF dataset (Oxigraph store), queries, exports and the ``drugkg`` CLI."""
