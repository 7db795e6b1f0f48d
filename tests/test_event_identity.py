"""One event, one IRI across articles: two articles telling of the same call share the event node."""
from kg import rdf_mapping as m
from kg.records import ArticleExtraction, Document, Entity, Event, TimeExpr
from kg.store import Store


def _article(doc_id, text, trigger, key_time=None):
    doc = Document(id=doc_id, text=text, source=f"{doc_id}.txt", lang="uk", published="2025-03-02")
    start = text.index(trigger)
    ents = [Entity(key="per:ivan-koval", type="PER", name="Іван Коваль", labels={"uk": "Іван Коваль"}),
            Entity(key="per:olha-bilyk", type="PER", name="Ольга Білик", labels={"uk": "Ольга Білик"})]
    t = TimeExpr(text="1 березня", start=0, end=0, value=key_time, granularity="day") if key_time else None
    ev = Event(type="Call", trigger=trigger, start=start, end=start + len(trigger), status="occurred",
               participants=["per:ivan-koval", "per:olha-bilyk"], time=t,
               key=f"Call|per:ivan-koval+per:olha-bilyk|{key_time or ''}")
    return ArticleExtraction(document=doc, entities=ents, events=[ev], sentences=[(0, len(text))])


def test_same_event_in_two_articles_is_one_node_with_both_sources(tmp_path):
    a = _article("a1", "Іван Коваль провів телефонну розмову з Ольгою Білик.", "телефонну розмову")
    b = _article("b2", "Вчора відбулася розмова Коваля з Білик щодо газу.", "розмова")
    assert m.event_iri(m.article_iri(a.document), a.events[0]) == m.event_iri(m.article_iri(b.document), b.events[0])
    with Store(tmp_path / "s") as st:
        st.replace_article(m.article_iri(a.document), m.to_graph(a))
        st.replace_article(m.article_iri(b.document), m.to_graph(b))
        _, rows = st.query("SELECT DISTINCT ?e ?art WHERE { ?e a nkg:Event ; nkg:reportedIn ?art }")
        assert len({r[0] for r in rows}) == 1 and len({r[1] for r in rows}) == 2
        # re-ingesting one article keeps the other's mention of the event
        st.replace_article(m.article_iri(b.document), m.to_graph(b))
        _, rows = st.query("SELECT (COUNT(DISTINCT ?mn) AS ?n) WHERE { ?e a nkg:Event ; nkg:hasMention ?mn }")
        assert int(rows[0][0]) == 2


def test_events_with_different_times_or_one_party_stay_apart():
    a = _article("a1", "Іван Коваль провів телефонну розмову з Ольгою Білик.", "телефонну розмову", "2025-03-01")
    b = _article("b2", "Іван Коваль провів телефонну розмову з Ольгою Білик.", "телефонну розмову", "2025-02-01")
    assert m.event_iri("x", a.events[0]) != m.event_iri("y", b.events[0])
    lone = _article("c3", "Іван Коваль провів телефонну розмову з Ольгою Білик.", "телефонну розмову")
    lone.events[0].participants = ["per:ivan-koval"]
    lone.events[0].key = "Call|per:ivan-koval|"
    assert m.event_iri("https://w3id.org/newskg/id/article/c3", lone.events[0]).startswith(
        "https://w3id.org/newskg/id/article/c3")
