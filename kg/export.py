"""Serialising the graph: the whole store or one article, in Turtle, TriG, N-Triples, N-Quads or JSON-LD.

Writing goes through Oxigraph's own serialisers (kg.store), so a million triples take seconds.
"""
from __future__ import annotations

import os
from typing import IO, Optional, Union

from kg import rdf_mapping

FORMATS = ("turtle", "trig", "nt", "nq", "jsonld")
EXTENSIONS = {"turtle": ".ttl", "trig": ".trig", "nt": ".nt", "nq": ".nq", "jsonld": ".jsonld"}


def article_graph_iri(article: str) -> str:
    """Graph IRI of an article given as its IRI, document id or URL."""
    a = article.strip()
    if a.startswith(rdf_mapping.ARTICLE_BASE):
        return a
    return rdf_mapping.article_iri_for_id(a)


def export(store, fmt: str, out: Union[IO[bytes], str, os.PathLike, None], article: Optional[str] = None):
    """Write the graph to ``out`` (binary stream or path; None returns bytes).

    ``fmt``: turtle | trig | nt | nq | jsonld. Triple formats (turtle, nt) merge every article graph
    (each triple once); dataset formats (trig, nq, jsonld) keep one named graph per article.
    ``article``: only that article's graph (IRI, document id or URL); KeyError if it is not stored.
    """
    if fmt.lower() not in FORMATS and fmt.lower() not in ("ttl", "ntriples", "nquads", "json-ld"):
        raise ValueError(f"unknown export format {fmt!r} (expected {', '.join(FORMATS)})")
    graph_iri = article_graph_iri(article) if article else None
    return store.export(fmt, out, graph_iri=graph_iri)
