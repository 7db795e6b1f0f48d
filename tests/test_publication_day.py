"""An event told as done with no time of its own is the news of the article's day: it gets the publication date,
marked as read off the date line (nkg:timeBasis "publication"), never inside someone's statement, never for planned
events, never without a publication date, and the day does not split one event across articles (sentences written
for these tests; the people are invented)."""
import pytest

from conftest import one_event as _one, run_pipeline
from kg import rdf_mapping as m
from kg.extract.event_merge import event_key
from kg.records import Event, TimeExpr

_MET = "Прем'єр-міністр Ян Коваль зустрівся з послом Ірландії Шоном Мерфі."


def test_event_done_with_no_time_of_its_own_is_of_the_publication_day():
    ax = run_pipeline(_MET, "uk", "2028-03-09")
    t = _one(ax, "Meeting").time
    assert (t.value, t.granularity, t.basis) == ("2028-03-09", "day", "publication")
    g = m.to_graph(ax)
    rows = list(g.query("SELECT ?b ?v WHERE { ?e nkg:time ?t . ?t nkg:timeBasis ?b ; nkg:isoValue ?v }",
                        initNs={"nkg": m.NKG}))
    assert [(str(b), str(v)) for b, v in rows] == [("publication", "2028-03-09")]


@pytest.mark.parametrize("text,published", [
    (_MET, None),  # no publication date: nothing to give
    ("Прем'єр-міністр Ян Коваль зустрінеться з послом Ірландії Шоном Мерфі.", "2028-03-09"),  # planned
    ("Речник Іван Бондар заявив, що прем'єр-міністр Ян Коваль зустрівся з послом Ірландії Шоном Мерфі.",
     "2028-03-09"),  # told inside a statement
    ("Раніше прем'єр-міністр Ян Коваль зустрівся з послом Ірландії Шоном Мерфі.", "2028-03-09"),  # a vague time
])
def test_no_publication_day_where_it_would_be_a_guess(text, published):
    ax = run_pipeline(text, "uk", published)
    t = _one(ax, "Meeting").time
    assert t is None or t.basis is None


def test_time_the_text_says_wins_over_the_publication_day():
    ax = run_pipeline("Прем'єр-міністр Ян Коваль зустрівся у вівторок з послом Ірландії Шоном Мерфі.", "uk", "2028-03-09")
    t = _one(ax, "Meeting").time
    assert (t.value, t.basis) == ("2028-03-07", None)


def test_publication_day_neither_keys_nor_joins_events_across_articles():
    day = TimeExpr(text="", start=0, end=0, value="2028-03-09", granularity="day", basis="publication")
    two = Event(type="Meeting", trigger="зустрівся", start=0, end=9, participants=["per:a", "per:b"], time=day)
    assert event_key(two) == "Meeting|per:a+per:b|"
    one = Event(type="Attack", trigger="атакувала", start=0, end=9, participants=["wd:Q159"], time=day)
    one.key = event_key(one)
    assert m.event_iri("https://w3id.org/newskg/id/article/x", one).startswith("https://w3id.org/newskg/id/article/x")
