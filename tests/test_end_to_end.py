"""End to end: a folder of self-written articles -> kg ingest -> every named query -> export -> validate
-> re-ingest leaves the triple count unchanged; bad inputs are reported and the rest goes on."""
import json
import re

import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()

UK = (" date 2025-06-12 Уряд України схвалив план відбудови енергетики. "
      "Прем'єр-міністр України Олена Гордієнко заявила, що роботи почнуться вже цього літа.\n\n"
      "\"Ми відновимо кожну електростанцію\", — сказала Гордієнко.\n\n"
      "Раніше агентство Укрінформ повідомляло, що переговори з партнерами тривають.\n")
RU = ("Мэр Казани встретился с послом Германии\n\n"
      "Источник: Вечерний вестник\n\n"
      "Мэр Казани Ильдар Сафин провел встречу с послом Германии в понедельник. "
      "По словам Сафина, стороны обсудили культурный обмен.\n\n"
      "«Мы рады гостям из Европы», — сказал Сафин журналистам.\n")
FEED = [
    {"url": "https://example.org/news/1", "title": "Minister visits Kyiv", "published": "2025-06-10",
     "publisher": "Example Times", "lang": "en",
     "text": "Minister visits Kyiv\n\nThe French foreign minister Claire Duval arrived in Kyiv on Monday. "
             "\"We stand with Ukraine,\" Duval told reporters. She said that new aid would follow.",
     "section": "world"},
    {"id": "feed-2", "published": "2025-06-11",
     "text": "Министр обороны Литвы Томас Ригас заявил, что учения начнутся в июле. "
             "«Мы готовы», — подчеркнул Ригас."},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("articles")
    (root / "uk.txt").write_text(UK, encoding="utf-8")
    (root / "legacy").mkdir()
    (root / "legacy" / "ru-cp1251.txt").write_bytes(RU.encode("cp1251"))
    (root / "feed.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in FEED), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def store(corpus, tmp_path_factory):
    store = tmp_path_factory.mktemp("kg") / "store"
    res = runner.invoke(app, ["ingest", str(corpus), "--store", str(store), "-q"])
    assert res.exit_code == 0, res.output
    assert "stored: 4" in res.output
    return store


def _triples(store):
    res = runner.invoke(app, ["stats", "--store", str(store), "--json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.output.strip().splitlines()[-1])["triples"]


def test_every_named_query_runs(store):
    from kg import queries

    named = [q for q in queries.list_queries() if not q.name.startswith("eval-")]
    assert {"who-said-what", "statements-by", "statements-about", "timeline", "events", "entities",
            "sources"} <= {q.name for q in named}
    for q in named:
        args = []
        for spec in q.specs.values():
            if not spec.optional:  # required entity parameters get a person of the corpus
                assert spec.type == "entity", (q.name, spec)
                args += ["--param", f"{spec.name}=Сафин"]
        res = runner.invoke(app, ["query", q.name, "--store", str(store), "--format", "json", *args])
        assert res.exit_code == 0, (q.name, res.output)
        json.loads(res.output)


def test_statements_by_finds_a_speaker_by_name(store):
    res = runner.invoke(app, ["query", "statements-by", "--param", "speaker=Сафин", "--store", str(store),
                              "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert any("Мы рады гостям из Европы" in json.dumps(r, ensure_ascii=False) for r in rows)


def test_who_said_what_holds_statements_from_every_language(store):
    res = runner.invoke(app, ["query", "who-said-what", "--store", str(store), "--format", "csv"])
    assert res.exit_code == 0, res.output
    out = res.output
    assert "Ми відновимо кожну електростанцію" in out
    assert "Мы рады гостям из Европы" in out
    assert "We stand with Ukraine" in out


def test_export_turtle_parses_back(store, tmp_path):
    out = tmp_path / "graph.ttl"
    res = runner.invoke(app, ["export", "-o", str(out), "--store", str(store)])
    assert res.exit_code == 0, res.output
    g = rdflib.Graph().parse(out, format="turtle")
    # the Turtle export is the union of the store's graphs, each triple once
    res = runner.invoke(app, ["query", "--sparql", "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                              "WHERE { ?s ?p ?o } }", "--store", str(store), "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert len(g) == int(res.output.split()[-1])
    assert len(g) > _triples(store) / 2


def test_validate_is_clean(store):
    res = runner.invoke(app, ["validate", "--store", str(store)])
    assert res.exit_code == 0, res.output
    assert re.search(r"\b0 violation", res.output)


def test_reingest_keeps_the_triple_count(store, corpus):
    before = _triples(store)
    res = runner.invoke(app, ["ingest", str(corpus), "--store", str(store), "-q"])
    assert res.exit_code == 0, res.output
    assert _triples(store) == before


def test_bad_inputs_are_reported_and_the_rest_goes_on(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text("Мэр Казани заявил, что новый мост откроют осенью.", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "bad.jsonl").write_text('{"text": "Мэр заявил, что мост откроют."}\n{oops\n', encoding="utf-8")
    (folder / "german.txt").write_text("Der Bürgermeister sagte, dass die neue Brücke im Herbst eröffnet wird und "
                                       "die Stadt sich darauf freut.", encoding="utf-8")
    store = tmp_path / "store"
    res = runner.invoke(app, ["ingest", str(folder), "--store", str(store), "-q"])
    assert res.exit_code == 1
    out = res.output
    assert re.search(r"empty\.txt: empty file", out)
    assert "binary.txt" in out and "bad.jsonl:2: malformed JSON" in out
    assert re.search(r"skipped: .*german\.txt: unsupported language 'de'", out)
    assert "stored: 2" in out
