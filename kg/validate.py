"""SHACL validation of the graph (pyshacl) against ontology/shapes.ttl, with the ontology as ont graph."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Union

from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph
from rdflib.namespace import SH, RDF

from kg import rdf_mapping


def _load_file(path: Path) -> Graph:
    """An RDF file as one merged graph (dataset formats merge their graphs)."""
    suffix = path.suffix.lower()
    if suffix in (".trig", ".nq", ".nquads", ".jsonld", ".json"):
        ds = Dataset()
        ds.parse(path)
        g = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            g.add((s, p, o))
        return g
    g = Graph()
    g.parse(path)
    return g


def data_graph(source) -> Graph:
    """The data to validate: a store (union of article graphs), an rdflib Graph, or an RDF file path."""
    if isinstance(source, Graph):
        return source
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such file")
        try:
            return _load_file(path)
        except Exception as exc:  # rdflib raises many parser-specific errors
            raise ValueError(f"{path}: cannot parse as RDF: {exc}") from None
    to_rdflib = getattr(source, "to_rdflib", None)
    if to_rdflib is None:
        raise TypeError(f"cannot validate {source!r}")
    return to_rdflib(include_ontology=False)


def validate(store_or_file: Union["object", str, os.PathLike, Graph]) -> tuple[bool, int, str]:
    """Validate; returns ``(conforms, n_violations, report_text)``.

    Warnings (e.g. a role held by a non-person) are reported in the text but neither make the
    graph non-conforming nor count as violations.
    """
    data = data_graph(store_or_file)
    shapes = Graph().parse(rdf_mapping.shapes_path())
    ont = Graph().parse(rdf_mapping.ontology_path())
    conforms, results, text = shacl_validate(
        data, shacl_graph=shapes, ont_graph=ont, inference="none", allow_warnings=True,
        advanced=True, abort_on_first=False, meta_shacl=False,
    )
    n = sum(1 for r in results.subjects(RDF.type, SH.ValidationResult)
            if (r, SH.resultSeverity, SH.Violation) in results)
    return bool(conforms) and n == 0, n, text
