"""The pyoxigraph store: one named graph per article, atomic replace, locking, export, counts."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg import rdf_mapping as m
from kg.export import export
from kg.store import Store, StoreLockedError

from test_rdf_sample import all_extractions, en_extraction, uk_extraction


def _ingest(st: Store, extractions) -> None:
    for x in extractions:
        st.replace_article(m.article_iri(x.document), m.to_graph(x))


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "store") as st:
        _ingest(st, all_extractions())
        yield st


def test_counts_after_ingest(store):
    expected = set()
    for x in all_extractions():
        own, shared = m.split(m.to_graph(x))
        expected |= {(s, p, o, m.article_iri(x.document)) for s, p, o in own}
        expected |= {(s, p, o, m.ENTITIES_GRAPH) for s, p, o in shared}  # stored once
    assert store.article_count() == 3
    assert store.triple_count() == len(expected)
    stats = store.stats()
    assert stats["articles"] == 3 and stats["statements"] == 5 and stats["events"] == 4
    assert stats["persons"] == 2 and stats["events:Talks"] == 1


def test_reingest_leaves_triple_count_unchanged(store):
    before = store.triple_count()
    _ingest(store, all_extractions())
    _ingest(store, all_extractions())
    assert store.triple_count() == before
    assert store.article_count() == 3


def test_replace_drops_the_old_version_of_an_article(store):
    x = uk_extraction()
    x.statements = x.statements[:1]
    x.events = []
    store.replace_article(m.article_iri(x.document), m.to_graph(x))
    _, rows = store.query("PREFIX nkg: <https://w3id.org/newskg/ontology#> "
                          "SELECT ?s WHERE { GRAPH ?g { ?s a nkg:Statement } }")
    assert len(rows) == 1 + 2 + 1  # uk now 1, ru 2, en 1
    assert store.stats()["events"] == 2


def test_failed_replace_keeps_the_previous_graph(store):
    x = en_extraction()
    iri = m.article_iri(x.document)
    before = store.triple_count()
    bad = m.to_graph(x)
    bad.add((URIRef("http://example.org/s"), URIRef("http://example.org/p"), URIRef("http://example.org/not an iri")))
    with pytest.raises(Exception):
        store.replace_article(iri, bad)
    assert store.triple_count() == before
    assert store.has_article(iri)


def test_query_bindings_are_terms_not_text(store):
    q = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
         "SELECT DISTINCT ?e ?l WHERE { ?e rdfs:label ?l }")
    _, rows = store.query(q, {"l": Literal("Львів", lang="uk")})
    assert [r[0] for r in rows] == [URIRef(m.entity_iri("wd:Q36036"))]
    _, rows = store.query(q, {"l": Literal('Львів"@uk } UNION { ?e ?p ?l', lang="uk")})
    assert rows == []


def test_entity_descriptions_are_stored_once(store):
    # the person is mentioned by all three articles; its labels are not repeated per article
    _, rows = store.query("SELECT ?l WHERE { <%s> <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
                          % m.entity_iri("per:olena-koval"))
    assert sorted(str(r[0]) for r in rows) == ["Olena Koval", "Елена Коваль", "Олена Коваль"]
    _, rows = store.query("SELECT ?a WHERE { ?a <https://schema.org/mentions> <%s> }" % m.entity_iri("per:olena-koval"))
    assert len(rows) == 3


def test_union_default_graph_and_results_as_rdflib_terms(store):
    vars_, rows = store.query("PREFIX nkg: <https://w3id.org/newskg/ontology#> "
                              "SELECT DISTINCT ?s WHERE { ?s a nkg:Person }")
    assert vars_ == ["s"]
    assert {r[0] for r in rows} == {URIRef(m.entity_iri("per:olena-koval")), URIRef(m.entity_iri("per:ivan-tarasenko"))}
    assert store.query("ASK { ?s ?p ?o }") is True
    g = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/newskg/ontology#Role> ; ?p ?o }")
    assert isinstance(g, Graph) and len(g) > 3


def test_turtle_export_parses_back(store, tmp_path):
    out = tmp_path / "graph.ttl"
    with open(out, "wb") as fh:
        export(store, "turtle", fh)
    g = Graph().parse(out, format="turtle")
    assert len(g) >= store.triple_count() - 50  # merged: shared entity triples appear once
    assert (URIRef(m.entity_iri("wd:Q36036")), None, None) in g
    # the ontology travels with the whole-store export
    assert (URIRef(m.ONTOLOGY_IRI), None, None) in g


def test_every_format_and_single_article_export(store):
    for fmt, rdflib_fmt in (("nt", "nt"), ("turtle", "turtle")):
        buf = io.BytesIO()
        export(store, fmt, buf)
        assert len(Graph().parse(data=buf.getvalue(), format=rdflib_fmt)) > 500
    for fmt, rdflib_fmt in (("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")):
        buf = io.BytesIO()
        export(store, fmt, buf)
        ds = Dataset()
        ds.parse(data=buf.getvalue(), format=rdflib_fmt)
        graphs = {str(c.identifier) for c in ds.graphs()}
        assert {m.article_iri(x.document) for x in all_extractions()} | {m.ENTITIES_GRAPH} <= graphs
    x = en_extraction()
    buf = io.BytesIO()
    export(store, "turtle", buf, article="test-en-0003")
    one = set(Graph().parse(data=buf.getvalue(), format="turtle"))
    # the article's own triples and the descriptions of the entities it mentions (labels from other
    # articles included), nothing of other articles
    assert set(m.to_graph(x)) <= one
    assert (URIRef(m.entity_iri("per:olena-koval")), RDFS.label, Literal("Олена Коваль", lang="uk")) in one
    assert not any(str(s).startswith(m.article_iri(uk_extraction().document)) for s, _, _ in one)
    buf = io.BytesIO()
    export(store, "nq", buf, article=m.article_iri(x.document))
    ds = Dataset()
    ds.parse(data=buf.getvalue(), format="nquads")
    assert {str(c.identifier) for c in ds.graphs() if len(c)} == {m.article_iri(x.document), m.ENTITIES_GRAPH}
    with pytest.raises(KeyError):
        export(store, "turtle", io.BytesIO(), article="no-such-article")
    with pytest.raises(ValueError):
        export(store, "rdfxml-ish", io.BytesIO())


_HOLD = """
import sys, time
from kg.store import Store
st = Store(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
"""


def test_second_process_gets_a_clear_lock_message(tmp_path):
    path = tmp_path / "locked"
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreLockedError) as err:
            Store(path)
        assert "in use by another process" in str(err.value) and str(path) in str(err.value)
        # a reader can still open the store read-only
        with Store(path, read_only=True) as ro:
            assert ro.triple_count() == 0
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    with Store(path) as st:  # released when the other process ends
        assert st.article_count() == 0


def test_read_only_store(tmp_path):
    path = tmp_path / "ro"
    with pytest.raises(FileNotFoundError):
        Store(path, read_only=True)
    with Store(path) as st:
        _ingest(st, [en_extraction()])
    with Store(path, read_only=True) as ro:
        assert ro.article_count() == 1
        with pytest.raises(PermissionError):
            ro.replace_article(m.article_iri(en_extraction().document), Graph())


def test_store_path_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSKG_STORE", str(tmp_path / "envstore"))
    with Store() as st:
        assert st.path == Path(tmp_path / "envstore")
    assert (tmp_path / "envstore").is_dir()


_BIG_REPLACE = """
import sys
from rdflib import Graph, Literal, URIRef
from kg.store import Store
g = Graph()
for i in range(int(sys.argv[3])):
    g.add((URIRef(f"http://example.org/s{i}"), URIRef("http://example.org/p"), Literal(i)))
st = Store(sys.argv[1])
print("start", flush=True)
st.replace_article(sys.argv[2], g)
print("done", flush=True)
"""


def test_killed_replace_leaves_old_or_new_graph_never_half(tmp_path):
    import time

    path = tmp_path / "atomic"
    x = en_extraction()
    iri = m.article_iri(x.document)
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"
    with Store(path) as st:
        st.replace_article(iri, m.to_graph(x))
        old = st.triple_count()
        old_graph = int(st.query(count)[1][0][0])
    n = 60000
    proc = subprocess.Popen([sys.executable, "-c", _BIG_REPLACE, str(path), iri, str(n)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "start"
    time.sleep(0.15)
    proc.kill()
    proc.wait(timeout=30)
    with Store(path) as st:
        in_graph = int(st.query(count)[1][0][0])
        assert in_graph in (old_graph, n)
        assert st.triple_count() == (old if in_graph == old_graph else old - old_graph + n)
