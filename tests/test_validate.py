"""`kg validate`: SHACL over the store or a file; clean data conforms, broken data is reported."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg import rdf_mapping as m
from kg.export import export
from kg.store import Store
from kg.validate import validate

from test_rdf_sample import all_extractions


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "store") as st:
        for x in all_extractions():
            st.replace_article(m.article_iri(x.document), m.to_graph(x))
        yield st


def test_store_conforms(store):
    conforms, n, report = validate(store)
    assert conforms and n == 0, report


def test_exported_files_conform(store, tmp_path):
    for fmt, name in (("turtle", "g.ttl"), ("trig", "g.trig"), ("nq", "g.nq")):
        path = tmp_path / name
        with open(path, "wb") as fh:
            export(store, fmt, fh)
        conforms, n, report = validate(path)
        assert conforms and n == 0, (fmt, report)


def test_violations_are_counted_and_reported(tmp_path):
    x = all_extractions()[0]
    g = m.to_graph(x)
    ev = URIRef(m.event_iri(m.article_iri(x.document), x.events[0]))
    g.remove((ev, m.NKG.status, None))  # every event needs a status
    g.add((ev, m.NKG.participant, Literal("not an entity")))
    g.add((URIRef("http://example.org/t"), RDF.type, m.NKG.TimeExpression))
    g.add((URIRef("http://example.org/t"), m.NKG.granularity, Literal("fortnight")))
    path = tmp_path / "bad.ttl"
    g.serialize(path, format="turtle")
    conforms, n, report = validate(path)
    assert not conforms and n == 3
    assert "status" in report and "granularity" in report


def test_role_held_by_a_non_person_is_only_a_warning():
    x = all_extractions()[0]
    x.roles[0].person_key = "org:visnyk-dnia"
    conforms, n, report = validate(m.to_graph(x))
    assert conforms and n == 0
    assert "should be a person" in report


def test_unreadable_file(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.ttl"):
        validate(bad)
    with pytest.raises(FileNotFoundError):
        validate(tmp_path / "missing.ttl")
