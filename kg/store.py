"""The graph store: the only module that knows Oxigraph (pyoxigraph).

One on-disk pyoxigraph store; one named graph per article (its name is the article IRI), plus the
ontology in its own named graph so queries can follow ``rdfs:subClassOf`` and read class labels.
Queries run over the union of the named graphs. Results come back as rdflib terms.

    with Store(".kg/store") as st:
        st.replace_article(iri, graph)          # one transaction: old graph out, new graph in
        variables, rows = st.query("SELECT ...", {"x": Literal("...")})
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Iterable, Optional, Union

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from kg import rdf_mapping

DEFAULT_STORE = Path(".kg/store")
ENV_STORE = "NEWSKG_STORE"

# export format name -> (pyoxigraph format, holds named graphs)
FORMATS = {
    "turtle": (ox.RdfFormat.TURTLE, False),
    "ttl": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "ntriples": (ox.RdfFormat.N_TRIPLES, False),
    "trig": (ox.RdfFormat.TRIG, True),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "nquads": (ox.RdfFormat.N_QUADS, True),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
    "json-ld": (ox.RdfFormat.JSON_LD, True),
}

_OXRDFLIB_FORMATS = {ox.RdfFormat.TRIG: "ox-trig", ox.RdfFormat.N_QUADS: "ox-nquads", ox.RdfFormat.JSON_LD: "ox-json-ld"}
_RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_XSD_STRING = str(XSD.string)


class StoreLockedError(RuntimeError):
    """Another process has the store open for writing."""


def default_path() -> Path:
    env = os.environ.get(ENV_STORE)
    return Path(env) if env else DEFAULT_STORE


# -------------------------------------------------------------------------------- term conversion
def to_ox(term):
    """rdflib (or pyoxigraph) term -> pyoxigraph term."""
    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return term
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, str):
        return ox.Literal(term)
    raise TypeError(f"cannot use {term!r} as an RDF term")


def from_ox(term):
    """pyoxigraph term -> rdflib term (None stays None)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    raise TypeError(f"unexpected term {term!r}")


def _nt(term) -> str:
    """N-Triples text of a term (pyoxigraph escapes literals and validates IRIs)."""
    return str(to_ox(term))


# ------------------------------------------------------------------------------------------ store
class Store:
    """A pyoxigraph on-disk store holding one named graph per article.

    ``Store(path=None, read_only=False)``: ``path`` defaults to ``$NEWSKG_STORE`` or ``./.kg/store``.
    Raises ``StoreLockedError`` when another process holds the store, ``FileNotFoundError`` when a
    read-only store does not exist.
    """

    def __init__(self, path: Union[str, os.PathLike, None] = None, read_only: bool = False):
        self.path = Path(path) if path is not None else default_path()
        self.read_only = read_only
        try:
            if read_only:
                if not (self.path / "CURRENT").exists():
                    raise FileNotFoundError(f"{self.path}: no store here (run `kg ingest` first)")
                self._s = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._s = ox.Store(str(self.path))
        except OSError as exc:
            if isinstance(exc, FileNotFoundError):
                raise
            msg = str(exc)
            if "lock" in msg.lower() or "temporarily unavailable" in msg.lower():
                raise StoreLockedError(
                    f"store {self.path} is in use by another process (a running `kg ingest` or "
                    f"`kg serve`?); wait for it to finish or stop it, or use another --store"
                ) from None
            raise OSError(f"{self.path}: cannot open store: {msg}") from exc
        self._ontology_checked = False

    @classmethod
    def open_read_only(cls, path=None) -> "Store":
        return cls(path, read_only=True)

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        s = getattr(self, "_s", None)
        if s is not None:
            if not self.read_only:
                try:
                    s.flush()
                except OSError:
                    pass
            self._s = None
            del s

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store (for tools in this module's family only)."""
        return self._s

    # -- writing ---------------------------------------------------------------------------
    def _ontology_update(self) -> str:
        """Update text that (re)loads the ontology graph if it is missing or outdated, else ''."""
        if self._ontology_checked:
            return ""
        self._ontology_checked = True
        onto = Graph().parse(rdf_mapping.ontology_path())
        g = ox.NamedNode(rdf_mapping.ONTOLOGY_IRI)
        have = sum(1 for _ in self._s.quads_for_pattern(None, None, None, g))
        if have == len(onto):
            return ""
        body = "\n".join(f"{_nt(s)} {_nt(p)} {_nt(o)} ." for s, p, o in onto)
        return f"DROP SILENT GRAPH <{g.value}> ;\nINSERT DATA {{ GRAPH <{g.value}> {{\n{body}\n}} }} ;\n"

    def replace_article(self, graph_iri: str, graph: Graph) -> None:
        """Replace the named graph ``graph_iri`` by the triples of ``graph`` in ONE transaction.

        Either the old graph is gone and the new one is complete, or nothing changed (one SPARQL
        update request; Oxigraph applies it atomically). Re-ingesting the same article therefore
        leaves the triple count unchanged. Entity descriptions (types, labels, sameAs: see
        ``rdf_mapping.is_entity_description``) are added to the shared entities graph, so that each is
        stored once however many articles mention the entity (the union of graphs then holds no
        duplicates); they are not removed when an article is replaced.
        """
        if self.read_only:
            raise PermissionError(f"{self.path}: store opened read-only")
        g = ox.NamedNode(str(graph_iri))  # validates the IRI
        own, shared = rdf_mapping.split(graph)
        body = "\n".join(f"{_nt(s)} {_nt(p)} {_nt(o)} ." for s, p, o in own)
        ents = "\n".join(f"{_nt(s)} {_nt(p)} {_nt(o)} ." for s, p, o in shared)
        update = self._ontology_update()
        update += f"DROP SILENT GRAPH <{g.value}> ;\n"
        parts = []
        if body:
            parts.append(f"GRAPH <{g.value}> {{\n{body}\n}}")
        if ents:
            parts.append(f"GRAPH <{rdf_mapping.ENTITIES_GRAPH}> {{\n{ents}\n}}")
        if parts:
            update += "INSERT DATA {\n" + "\n".join(parts) + "\n}"
        self._s.update(update)

    def remove_article(self, graph_iri: str) -> None:
        if self.read_only:
            raise PermissionError(f"{self.path}: store opened read-only")
        self._s.update(f"DROP SILENT GRAPH <{ox.NamedNode(str(graph_iri)).value}>")

    def bulk_load_quads(self, quads: Iterable[tuple]) -> None:
        """Load (s, p, o, graph) rdflib quads fast, without a transaction (benchmarks, restores)."""
        self._s.bulk_extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(g))) for s, p, o, g in quads)

    def flush(self) -> None:
        if not self.read_only:
            self._s.flush()

    # -- reading ---------------------------------------------------------------------------
    def query(self, sparql: str, bindings: Optional[dict] = None):
        """Run SPARQL over the union of the named graphs.

        ``bindings`` maps variable names to RDF terms (rdflib or pyoxigraph; a ``str`` becomes a plain
        literal); they are passed as pyoxigraph ``substitutions`` (never spliced into the text), so
        each bound variable must be in the SELECT projection.
        The usual prefixes (nkg:, schema:, nif:, sem:, rdfs:, skos:, ... see ``rdf_mapping.PREFIXES``)
        are predeclared. Returns ``(variables, rows)`` for SELECT (rows: tuples of rdflib terms or None),
        ``bool`` for ASK and an rdflib ``Graph`` for CONSTRUCT/DESCRIBE.
        """
        subs = {ox.Variable(k.lstrip("?$")): to_ox(v) for k, v in (bindings or {}).items()} or None
        res = self._s.query(sparql, use_default_graph_as_union=True, substitutions=subs,
                            prefixes=rdf_mapping.PREFIXES)
        if isinstance(res, ox.QuerySolutions):
            variables = [v.value for v in res.variables]
            rows = [tuple(from_ox(sol[i]) for i in range(len(variables))) for sol in res]
            return variables, rows
        if isinstance(res, ox.QueryBoolean):
            return bool(res)
        g = Graph()
        for t in res:
            g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
        return g

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._s.named_graphs() if isinstance(g, ox.NamedNode))

    def article_graphs(self) -> list[str]:
        return [g for g in self.named_graphs() if rdf_mapping.is_article_graph(g)]

    def has_article(self, graph_iri: str) -> bool:
        return self._s.contains_named_graph(ox.NamedNode(str(graph_iri)))

    def _graph_size(self, graph_iri: str) -> int:
        res = self._s.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ox.NamedNode(graph_iri).value}> {{ ?s ?p ?o }} }}")
        return int(next(iter(res))[0].value)

    def triple_count(self) -> int:
        """Number of triples in the article graphs (the ontology graph is not counted)."""
        total = len(self._s)
        if self._s.contains_named_graph(ox.NamedNode(rdf_mapping.ONTOLOGY_IRI)):
            total -= self._graph_size(rdf_mapping.ONTOLOGY_IRI)
        return total

    def article_count(self) -> int:
        return len(self.article_graphs())

    def stats(self) -> dict:
        """Counts for ``kg stats``: articles, triples, entities by type, statements, events (+ by type)."""
        figures: dict = {"store": str(self.path), "articles": self.article_count(),
                         "triples": self.triple_count()}
        _, rows = self.query(rdf_mapping.STATS_QUERY)
        counts = {str(r[0]): int(r[1]) for r in rows}
        for k in ("entities", "persons", "organizations", "places", "roles", "statements", "events"):
            figures[k] = counts.get(k, 0)
        _, rows = self.query(rdf_mapping.EVENT_TYPE_COUNTS_QUERY)
        for t, n in rows:
            figures[f"events:{t}"] = int(n)
        return figures

    # -- export ----------------------------------------------------------------------------
    def export(self, fmt: str, out: Union[IO[bytes], str, os.PathLike, None], graph_iri: Optional[str] = None):
        """Serialise with Oxigraph's own writers (fast: about a million triples in seconds).

        ``fmt``: turtle | trig | nt | nq | jsonld. With ``graph_iri`` only that graph (as triples for
        triple formats, as one named graph for dataset formats). Without it: triple formats get the
        merged union of all graphs (each triple once), dataset formats every named graph.
        ``out``: binary stream or path; None returns bytes.
        """
        try:
            ofmt, dataset = FORMATS[fmt.lower()]
        except KeyError:
            raise ValueError(f"unknown export format {fmt!r} (expected turtle, trig, nt, nq or jsonld)") from None
        prefixes = dict(rdf_mapping.PREFIXES)
        if graph_iri is not None:
            quads = self._article_quads(graph_iri)
            if dataset:
                return ox.serialize(quads, out, ofmt, prefixes=prefixes)
            return ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), out, ofmt,
                                prefixes=prefixes)
        if dataset:
            if out is None:
                return self._s.dump(None, ofmt, prefixes=prefixes)
            # through rdflib's API: a Dataset backed by this store (oxrdflib), written by Oxigraph's serialiser
            ds = self.rdflib_dataset()
            ds.serialize(out, format=_OXRDFLIB_FORMATS[ofmt])
            return None
        triples = self._s.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
        return ox.serialize(triples, out, ofmt, prefixes=prefixes)

    def rdflib_dataset(self):
        """An rdflib ``Dataset`` over this store (oxrdflib; no copy): rdflib's API at Oxigraph's speed."""
        from oxrdflib import OxigraphStore
        from rdflib import Dataset

        from rdflib.namespace import NamespaceManager

        ds = Dataset(store=OxigraphStore(store=self._s))
        ds.namespace_manager = NamespaceManager(ds, bind_namespaces="none")
        for p, ns in rdf_mapping.PREFIXES.items():
            ds.bind(p, ns)
        return ds

    def _article_quads(self, graph_iri: str) -> list:
        """The quads of one article graph plus the descriptions of the entities it mentions."""
        g = ox.NamedNode(str(graph_iri))
        if not self._s.contains_named_graph(g):
            raise KeyError(f"no article graph {graph_iri} in the store")
        quads = list(self._s.quads_for_pattern(None, None, None, g))
        ents = ox.NamedNode(rdf_mapping.ENTITIES_GRAPH)
        mentions = ox.NamedNode(rdf_mapping.MENTIONS_PREDICATE)
        for q in self._s.quads_for_pattern(g, mentions, None, g):
            quads.extend(self._s.quads_for_pattern(q.object, None, None, ents))
        return quads

    def to_rdflib(self, graph_iri: Optional[str] = None, include_ontology: bool = True) -> Graph:
        """An in-memory rdflib Graph of one article graph or of the union (for validation)."""
        g = Graph()
        for p, ns in rdf_mapping.PREFIXES.items():
            g.bind(p, ns)
        if graph_iri is not None:
            quads = self._article_quads(graph_iri)
        else:
            quads = iter(self._s)
        onto = rdf_mapping.ONTOLOGY_IRI
        for q in quads:
            if not include_ontology and isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == onto:
                continue
            g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        return g
