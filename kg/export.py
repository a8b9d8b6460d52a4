"""Export registry: format name -> writer. ``export`` only looks up and calls (rdflib-plugin style)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import BinaryIO

import pyoxigraph as ox

from extract.errors import DrugKGError
from kg.namespaces import PREFIXES

Exporter = Callable[[ox.Store, BinaryIO], None]
_REGISTRY: dict[str, Exporter] = {}
EXTENSIONS = {"turtle": "ttl", "ntriples": "nt", "nquads": "nq", "trig": "trig", "jsonld": "jsonld"}


def register(name: str) -> Callable[[Exporter], Exporter]:
    """Decorator adding an exporter under ``name``."""

    def wrap(func: Exporter) -> Exporter:
        _REGISTRY[name] = func
        return func

    return wrap


def formats() -> list[str]:
    """Registered export format names."""
    return sorted(_REGISTRY)


def export(store: ox.Store, fmt: str, out: BinaryIO) -> None:
    """Write the whole dataset to ``out`` in ``fmt``."""
    try:
        exporter = _REGISTRY[fmt]
    except KeyError:
        raise DrugKGError(f"unknown export format {fmt!r} (choose from {', '.join(formats())})") from None
    exporter(store, out)


def _union(store: ox.Store) -> ox.Store:
    """All named graphs merged into one default graph (for triple-only formats)."""
    merged = ox.Store()
    merged.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in store)
    return merged


@register("nquads")
def _nquads(store: ox.Store, out: BinaryIO) -> None:
    store.dump(out, ox.RdfFormat.N_QUADS)


@register("trig")
def _trig(store: ox.Store, out: BinaryIO) -> None:
    store.dump(out, ox.RdfFormat.TRIG, prefixes=PREFIXES)


@register("turtle")
def _turtle(store: ox.Store, out: BinaryIO) -> None:
    _union(store).dump(out, ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)


@register("ntriples")
def _ntriples(store: ox.Store, out: BinaryIO) -> None:
    _union(store).dump(out, ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())


@register("jsonld")
def _jsonld(store: ox.Store, out: BinaryIO) -> None:
    """JSON-LD with a ``@context`` of the contract's prefixes, one ``@graph`` per source."""
    import warnings

    import rdflib

    data = store.dump(format=ox.RdfFormat.N_QUADS)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's internal Dataset deprecations
        dataset = rdflib.Dataset()
        dataset.parse(data=data, format="nquads")
        text = dataset.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
    json.loads(text)  # fail loudly rather than write invalid JSON
    out.write(text.encode("utf-8"))
