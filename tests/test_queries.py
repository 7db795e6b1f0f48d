"""Named queries: every one runs and returns the expected rows; parameters are bound as terms."""
from __future__ import annotations

import json

import pytest
from rdflib import URIRef

from kg import queries
from kg import rdf_mapping as m
from kg.store import Store

from test_rdf_sample import all_extractions


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "store"
    with Store(path) as st:
        for x in all_extractions():
            st.replace_article(m.article_iri(x.document), m.to_graph(x))
    with Store(path, read_only=True) as ro:
        yield ro


def rows_of(store, name, **params):
    variables, rows = queries.run(store, queries.load(name), params)
    return [dict(zip(variables, (str(t) if t is not None else None for t in r))) for r in rows]


def test_every_named_query_has_a_header_and_runs(store):
    names = {q.name for q in queries.list_queries()}
    assert {"who-said-what", "statements-by", "statements-about", "timeline", "events", "entities",
            "sources"} <= names
    required = {"statements-by": {"speaker": "Коваль"}, "statements-about": {"about": "Тарасенко"},
                "timeline": {"entity": "Коваль"}, "resolve-entity": {"name": "ЛЬВІВ"},
                "persons-by-surname": {"surname": "koval"}}
    for q in queries.list_queries(include_internal=True):
        assert q.description, q.name
        variables, rows = queries.run(store, q, required.get(q.name, {}))
        assert rows, q.name


def test_who_said_what_columns_and_rows(store):
    rows = rows_of(store, "who-said-what")
    assert list(rows[0]) == ["when", "speaker", "cue", "what", "article"]
    assert len(rows) == 5
    by_what = {r["what"]: r for r in rows}
    r = by_what["Ми не погодимося на поступки"]
    assert (r["when"], r["speaker"], r["cue"], r["article"]) == ("2026-03-12", "Олена Коваль", "заявила", "test-uk-0001")
    # the speaker's label is the one in the article's language
    assert by_what["контактов пока нет"]["speaker"] == "Елена Коваль"
    assert by_what["the talks were useful"]["speaker"] == "Olena Koval"
    # the day it was said (when the text gives it) comes before the publication date
    assert by_what["the talks were useful"]["when"] == "2026-03-18"


def test_speaker_by_any_name_form_key_or_iri(store):
    for value in ("коваль", "ЕЛЕНА КОВАЛЬ", "Olena Koval", "per:olena-koval", m.entity_iri("per:olena-koval")):
        rows = rows_of(store, "who-said-what", speaker=value)
        assert len(rows) == 4, value
    assert rows_of(store, "who-said-what", speaker="Тарасенко") == []
    assert rows_of(store, "who-said-what", speaker="Нікого Немає") == []


def test_time_window_and_about(store):
    rows = rows_of(store, "who-said-what", **{"from": "2026-03-15"})
    assert [r["what"] for r in rows] == ["the talks were useful"]
    rows = rows_of(store, "who-said-what", to="2026-03-15")
    assert {r["article"] for r in rows} == {"test-uk-0001"}
    about = rows_of(store, "who-said-what", about="Тарасенком")
    assert {r["what"] for r in about} == {"встреча с Тарасенко не планируется",
                                           "вона провела переговори з Іваном Тарасенком у Львові 10 березня 2026"}
    assert rows_of(store, "statements-about", about="per:ivan-tarasenko") == about


def test_statements_by(store):
    rows = rows_of(store, "statements-by", speaker="Вісник Дня")
    assert len(rows) == 1 and rows[0]["via"] == "Вісник Дня" and rows[0]["kind"] == "indirect"
    rows = rows_of(store, "statements-by", speaker="Коваль")
    assert {r["to"] for r in rows} == {"Север-ТВ", None}
    assert {r["kind"] for r in rows} == {"direct", "indirect"}
    with pytest.raises(ValueError, match="required"):
        queries.run(store, queries.load("statements-by"), {})


def test_events_filters(store):
    rows = rows_of(store, "events")
    assert {r["type"] for r in rows} == {"Talks", "Visit", "Meeting", "Attack"}
    assert len(rows) == 4  # one row per event, however many mentions
    assert [r["type"] for r in rows_of(store, "events", status="planned")] == ["Visit"]
    assert [r["type"] for r in rows_of(store, "events", status="denied")] == ["Meeting"]
    assert {r["type"] for r in rows_of(store, "events", type="Contact")} == {"Talks", "Meeting"}
    assert [r["type"] for r in rows_of(store, "events", type="attack")] == ["Attack"]
    talks = rows_of(store, "events", participant="Тарасенко", **{"from": "2026-03-01", "to": "2026-03-31"})
    assert [r["type"] for r in talks] == ["Talks"]
    assert talks[0]["place"] == "Львів" and talks[0]["when"] == "2026-03-10"
    assert set(talks[0]["participants"].split(", ")) == {"Олена Коваль", "Іван Тарасенко"}
    with pytest.raises(ValueError):
        queries.run(store, queries.load("events"), {"status": "maybe"})


def test_timeline_in_time_order(store):
    rows = rows_of(store, "timeline", entity="Ковальчук")  # no such name: nothing
    assert rows == []
    rows = rows_of(store, "timeline", entity="Olena Koval")
    dated = [r["when"] for r in rows if r["when"]]
    assert dated[0] == "2026-03-10" and "2026-W12" in dated and dated[-1] == "2026-03-18"
    assert {r["what"] for r in rows} == {"statement", "event"}
    place = rows_of(store, "timeline", entity="Lviv")
    assert [r["detail"] for r in place] == ["Attack", "Talks"]


def test_entities_query(store):
    rows = rows_of(store, "entities")
    koval = next(r for r in rows if r["entity"] == m.entity_iri("per:olena-koval"))
    assert koval["type"] == "PER" and koval["articles"] == "3" and koval["statements"] == "4"
    assert set(koval["labels"].split(" | ")) == {"Olena Koval@en", "Олена Коваль@uk", "Елена Коваль@ru"}
    lviv = rows_of(store, "entities", entity="Львов")
    assert len(lviv) == 1 and lviv[0]["wikidata"] == "Q36036" and lviv[0]["articles"] == "2"
    assert {r["type"] for r in rows_of(store, "entities", type="loc")} == {"LOC"}


def test_sources_query(store):
    rows = rows_of(store, "sources")
    assert len(rows) == 3
    uk = next(r for r in rows if r["article"] == "test-uk-0001")
    assert uk["via"] == "Вісник Дня" and uk["statements"] == "2" and uk["events"] == "2"
    assert [r["article"] for r in rows_of(store, "sources", publisher="Daily Herald")] == ["test-en-0003"]
    assert [r["article"] for r in rows_of(store, "sources", publisher="вісник дня")] == ["https://example.org/news/ru-1"]
    assert [r["article"] for r in rows_of(store, "sources", via="org:visnyk-dnia")] == ["test-uk-0001"]


def test_eval_read_back_queries(store):
    ents = rows_of(store, "eval-entities", article="test-uk-0001")
    labels = {r["label"] for r in ents if r["entity"] == m.entity_iri("per:ivan-tarasenko")}
    assert labels == {"Іван Тарасенко", "Іваном Тарасенком", "Тарасенком", "Тарасенко"}  # + the ru article's form
    assert m.entity_iri("org:sever-tv") not in {r["entity"] for r in ents}  # only in the ru article
    sts = rows_of(store, "eval-statements", article="https://example.org/news/ru-1")
    assert [(r["start"], r["kind"], r["cue"]) for r in sts][0][1:] == ("indirect", "сказала")
    assert sts[0]["addressee"] == m.entity_iri("org:sever-tv") and sts[0]["said_on"] is None
    assert set(sts[0]) == {"article", "statement", "start", "end", "content", "kind", "cue", "speaker",
                           "speaker_text", "via", "addressee", "said_on"}
    evs = rows_of(store, "eval-events", article=m.ARTICLE_BASE + "test-uk-0001")
    talks = [r for r in evs if r["type"] == "Talks"]
    assert {(r["start"], r["end"]) for r in talks} == {(str(a), str(b)) for a, b in
                                                       [(all_extractions()[0].events[0].start, all_extractions()[0].events[0].end),
                                                        all_extractions()[0].events[0].mentions[0][:2]]}
    assert {r["participant"] for r in talks} == {m.entity_iri("per:olena-koval"), m.entity_iri("per:ivan-tarasenko")}
    assert {r["time"] for r in talks} == {"2026-03-10"} and {r["status"] for r in talks} == {"occurred"}
    assert all(r["article"] == m.ARTICLE_BASE + "test-uk-0001" for r in evs)


INJECTIONS = [
    '") } } DELETE WHERE { ?s ?p ?o } #',
    "Коваль\" || true || \"",
    "<http://evil> } UNION { ?st ?p ?o",
    "x' . ?s ?p ?o . FILTER('1'='1",
    "UNDEF ) ( UNDEF",
]


def test_parameters_cannot_inject_sparql(store):
    total = store.triple_count()
    for bad in INJECTIONS:
        for name, p in (("who-said-what", "speaker"), ("events", "participant"), ("entities", "entity")):
            variables, rows = queries.run(store, queries.load(name), {p: bad})
            assert rows == [], (name, bad)
    with pytest.raises(ValueError):  # an IRI-looking value must be a valid IRI
        queries.run(store, queries.load("who-said-what"), {"speaker": "http://x> } UNION { ?a ?b ?c"})
    with pytest.raises(ValueError):
        queries.run(store, queries.load("who-said-what"), {"from": "2026-01-01\"^^<x> ) } #"})
    with pytest.raises(ValueError, match="unknown parameter"):
        queries.run(store, queries.load("who-said-what"), {"speaker; DROP": "x"})
    assert store.triple_count() == total


def test_bound_query_text_has_one_values_block(store):
    q = queries.load("who-said-what")
    text = queries.bind(q, {"speaker": "per:olena-koval", "from": "2026-03"})
    assert text.count("VALUES") == 1
    assert f"<{m.entity_iri('per:olena-koval')}>" in text
    assert '"2026-03-01"^^<http://www.w3.org/2001/XMLSchema#date>' in text and "UNDEF" in text
    text = queries.bind(queries.load("resolve-entity"), {"name": 'a"b'})
    assert '"a\\"b"' in text
    # a name is resolved to the IRIs of every entity it matches, one VALUES row each
    text = queries.bind(q, {"about": "Львів"}, store=store)
    assert f"<{m.entity_iri('wd:Q36036')}>" in text
    text = queries.bind(q, {"about": "nobody at all"}, store=store)
    assert f"<{queries.NO_MATCH}>" in text
    with pytest.raises(ValueError, match="store"):
        queries.bind(q, {"about": "Львів"})


def test_load_by_path_and_adhoc_text(tmp_path, store):
    p = tmp_path / "mine.rq"
    p.write_text("# description: count statements\n"
                 "# param: speaker entity? - who\n"
                 "PREFIX nkg: <https://w3id.org/newskg/ontology#>\n"
                 "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {\n#PARAMS\n ?s nkg:speaker ?sp .\n"
                 " FILTER(!BOUND(?speaker_iri) || ?sp = ?speaker_iri) }\n", encoding="utf-8")
    q = queries.load(str(p))
    assert q.name == "mine" and q.params == ["speaker"]
    _, rows = queries.run(store, q, {"speaker": "per:olena-koval"})
    assert int(rows[0][0]) == 4
    adhoc = queries.from_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(queries.run(store, adhoc, {})[1][0][0]) > 0
    with pytest.raises(KeyError):
        queries.load("no-such-query")
    with pytest.raises(FileNotFoundError):
        queries.load(str(tmp_path / "missing.rq"))


def test_format_result_formats(store):
    variables, rows = queries.run(store, queries.load("events"), {"status": "planned"})
    as_json = json.loads(queries.format_result(variables, rows, "json"))
    assert as_json[0]["type"] == "Visit" and as_json[0]["place"] == "Варшава"
    csv_out = queries.format_result(variables, rows, "csv").splitlines()
    assert csv_out[0] == ",".join(variables) and "Visit" in csv_out[1]
    tsv_out = queries.format_result(variables, rows, "tsv").splitlines()
    assert tsv_out[1].split("\t")[1] == "Visit"
    table = queries.format_result(variables, rows, "table")
    assert "Visit" in table and "Варшава" in table and "1 row(s)" in table
    counts = json.loads(queries.format_result(*queries.run(store, queries.load("entities"), {}), "json"))
    assert all(isinstance(r["articles"], int) for r in counts)


def test_conditional_blocks_follow_the_given_parameters(tmp_path):
    q = queries.load("who-said-what")
    assert "?about_iri ; nif:referenceContext" not in queries.bind(q, {})
    assert "#IF" not in queries.bind(q, {}) and "#END" not in queries.bind(q, {})
    bad = tmp_path / "bad.rq"
    bad.write_text("# param: x string?\nSELECT * WHERE {\n#PARAMS\n#IF y\n?s ?p ?o\n#END\n}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="#IF y"):
        queries.load(str(bad))
    bad.write_text("# param: x string?\nSELECT * WHERE {\n#PARAMS\n#IF x\n?s ?p ?o\n}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="without #END"):
        queries.load(str(bad))


def test_a_surname_alone_finds_the_full_name_when_nothing_matches_exactly(store):
    assert queries.resolve_entity(store, "тарасенко") == [URIRef(m.entity_iri("per:ivan-tarasenko"))]  # exact (ru form)
    assert queries.resolve_entity(store, "ІВАН") == [URIRef(m.entity_iri("per:ivan-tarasenko"))]  # a word of a label
    assert queries.resolve_entity(store, "Дня") == [URIRef(m.entity_iri("org:visnyk-dnia"))]
    assert queries.resolve_entity(store, "Тарас") == []  # part of a word is not a word
    rows = rows_of(store, "statements-by", speaker="Koval")
    assert len(rows) == 4
