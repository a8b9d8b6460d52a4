"""Curated ontology, shapes, lexicons and queries shipped with drugkg."""
