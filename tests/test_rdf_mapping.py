"""RDF mapping: every record field reaches the graph, IRIs are deterministic, shapes conform."""
from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kg import rdf_mapping as m
from kg.validate import validate

from test_rdf_sample import all_extractions, en_extraction, ru_extraction, uk_extraction

NKG, SEM, NIF = m.NKG, m.SEM, m.NIF


def _one(g: Graph, s, p):
    vals = list(g.objects(s, p))
    assert len(vals) == 1, (s, p, vals)
    return vals[0]


def test_each_article_graph_conforms_to_shapes():
    for x in all_extractions():
        conforms, n, report = validate(m.to_graph(x))
        assert conforms and n == 0, report


def test_union_of_articles_conforms():
    g = Graph()
    for x in all_extractions():
        g += m.to_graph(x)
    conforms, n, report = validate(g)
    assert conforms and n == 0, report


def test_same_input_gives_same_triples_and_no_blank_nodes():
    a, b = m.to_graph(uk_extraction()), m.to_graph(uk_extraction())
    assert set(a) == set(b)
    assert len(a) > 100
    assert not any(isinstance(t, BNode) for triple in a for t in triple)


def test_entity_iri_is_deterministic_and_slug_safe():
    assert m.entity_iri("wd:Q3052772") == m.ENTITY_BASE + "wd/Q3052772"
    assert m.entity_iri("per:ivan-koval") == m.ENTITY_BASE + "per/ivan-koval"
    odd = m.entity_iri("per:Олена Коваль/<x>")
    assert odd == m.entity_iri("per:Олена Коваль/<x>")
    tail = odd[len(m.ENTITY_BASE):]
    assert all(c.isascii() and (c.isalnum() or c in "-._~%/") for c in tail), tail
    assert tail.count("/") == 1  # the slash inside the key is encoded
    assert m.entity_iri("per:a") != m.entity_iri("per/a") != m.entity_iri("pera")


def test_article_iri_from_document_id():
    x = uk_extraction()
    assert m.article_iri(x.document) == m.ARTICLE_BASE + "test-uk-0001"
    url_iri = m.article_iri(ru_extraction().document)
    assert url_iri.startswith(m.ARTICLE_BASE) and "example.org" not in url_iri
    assert url_iri == m.article_iri_for_id("https://example.org/news/ru-1")


def test_document_metadata():
    x = ru_extraction()
    g = m.to_graph(x)
    art = URIRef(m.article_iri(x.document))
    assert _one(g, art, m.SCHEMA.url) == Literal("https://example.org/news/ru-1", datatype=XSD.anyURI)
    assert _one(g, art, m.SCHEMA.publisher) == URIRef(m.entity_iri("org:visnyk-dnia"))
    assert _one(g, art, m.SCHEMA.inLanguage) == Literal("ru")
    assert (art, m.SCHEMA.datePublished, None) not in g  # unknown date stays unknown
    uk = uk_extraction()
    g2 = m.to_graph(uk)
    art2 = URIRef(m.article_iri(uk.document))
    assert _one(g2, art2, m.SCHEMA.datePublished) == Literal("2026-03-12", datatype=XSD.date)
    assert _one(g2, art2, m.SCHEMA.headline).language == "uk"
    title = _one(g2, art2, NKG.titleSpan)
    assert str(_one(g2, title, NIF.anchorOf)) == uk.document.title
    en = en_extraction()
    g3 = m.to_graph(en)
    assert _one(g3, URIRef(m.article_iri(en.document)), NKG.publisherName) == Literal("Daily Herald")


def test_entities_labels_altlabels_sameas_and_mentions():
    x = uk_extraction()
    g = m.to_graph(x)
    lviv = URIRef(m.entity_iri("wd:Q36036"))
    assert (lviv, RDF.type, NKG.Place) in g
    assert (lviv, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q36036")) in g
    labels = {(str(l), l.language) for l in g.objects(lviv, RDFS.label)}
    assert labels == {("Львів", "uk"), ("Lviv", "en"), ("Львов", "ru")}
    assert Literal("Львові", lang="uk") in set(g.objects(lviv, SKOS.altLabel))
    koval = URIRef(m.entity_iri("per:olena-koval"))
    assert (koval, RDF.type, NKG.Person) in g
    assert _one(g, koval, m.FOAF.gender) == Literal("female")
    assert _one(g, koval, NKG.country) == URIRef(m.entity_iri("wd:Q212"))
    mentions = set(g.objects(koval, NKG.hasMention))
    assert len(mentions) == 2
    for sp in mentions:
        b, e = int(_one(g, sp, NIF.beginIndex)), int(_one(g, sp, NIF.endIndex))
        assert x.document.text[b:e] == str(_one(g, sp, NIF.anchorOf))
        assert _one(g, sp, m.ITSRDF.taIdentRef) == koval
        assert _one(g, sp, NIF.referenceContext) == URIRef(m.article_iri(x.document))
        assert (_one(g, sp, NIF.sentence), RDF.type, NIF.Sentence) in g
    outlet = URIRef(m.entity_iri("org:visnyk-dnia"))
    assert (outlet, RDF.type, NKG.NewsOutlet) in g and (outlet, RDF.type, NKG.Organization) in g


def test_latin_surface_form_in_cyrillic_article_is_not_tagged_as_article_language():
    x = uk_extraction()
    x.entities[0].alt_labels.add("Olena Koval")
    g = m.to_graph(x)
    alts = set(g.objects(URIRef(m.entity_iri("per:olena-koval")), SKOS.altLabel))
    assert Literal("Olena Koval") in alts and Literal("Olena Koval", lang="uk") not in alts


def test_statement_fields():
    x = ru_extraction()
    g = m.to_graph(x)
    art = m.article_iri(x.document)
    st = x.statements[0]
    s = URIRef(m.statement_iri(art, st))
    assert str(s).endswith(f"/statement/{st.start}-{st.end}")
    assert _one(g, s, NKG.content) == Literal(st.content, lang="ru")
    assert _one(g, s, NKG.kind) == NKG.IndirectSpeech
    assert _one(g, s, NKG.cue) == Literal("сказала", lang="ru")
    assert _one(g, s, NKG.speaker) == URIRef(m.entity_iri("per:olena-koval"))
    assert _one(g, s, NKG.speakerText) == Literal("Министр Елена Коваль", lang="ru")
    assert _one(g, s, NKG.addressee) == URIRef(m.entity_iri("org:sever-tv"))
    assert _one(g, s, NKG.reportedIn) == URIRef(art)
    span = _one(g, s, NKG.contentSpan)
    assert (int(_one(g, span, NIF.beginIndex)), int(_one(g, span, NIF.endIndex))) == (st.start, st.end)
    cue = _one(g, s, NKG.cueSpan)
    assert str(_one(g, cue, NIF.anchorOf)) == "сказала"
    said = _one(g, s, NKG.saidOn)  # unresolved weekday: the text is kept, no value
    assert (said, RDF.type, NKG.TimeExpression) in g
    assert (said, NKG.isoValue, None) not in g and (said, SEM.hasTimeStamp, None) not in g
    assert str(_one(g, _one(g, said, NKG.hasMention), NIF.anchorOf)) == "в среду"
    uk = uk_extraction()
    g2 = m.to_graph(uk)
    s2 = URIRef(m.statement_iri(m.article_iri(uk.document), uk.statements[1]))
    assert _one(g2, s2, NKG.via) == URIRef(m.entity_iri("org:visnyk-dnia"))
    assert _one(g2, URIRef(m.statement_iri(m.article_iri(uk.document), uk.statements[0])), NKG.kind) == NKG.DirectSpeech


def test_event_fields():
    x = uk_extraction()
    g = m.to_graph(x)
    art = m.article_iri(x.document)
    talks, visit = x.events
    e = URIRef(m.event_iri(art, talks))
    assert (e, RDF.type, NKG.Event) in g and (e, RDF.type, NKG.Talks) in g
    assert _one(g, e, NKG.status) == NKG.Occurred
    assert set(g.objects(e, NKG.participant)) == {URIRef(m.entity_iri(k)) for k in talks.participants}
    assert _one(g, e, NKG.place) == URIRef(m.entity_iri("wd:Q36036"))
    assert _one(g, e, NKG.reportedInStatement) == URIRef(m.statement_iri(art, x.statements[1]))
    assert _one(g, e, NKG.trigger) == Literal("переговори", lang="uk")
    spans = {(int(_one(g, sp, NIF.beginIndex)), int(_one(g, sp, NIF.endIndex))) for sp in g.objects(e, NKG.hasMention)}
    assert spans == {(talks.start, talks.end), tuple(talks.mentions[0][:2])}
    t = _one(g, e, NKG.time)
    assert _one(g, t, SEM.hasTimeStamp) == Literal("2026-03-10", datatype=XSD.date)
    assert _one(g, t, NKG.granularity) == Literal("day")
    v = URIRef(m.event_iri(art, visit))
    assert _one(g, v, NKG.status) == NKG.Planned
    tv = _one(g, v, NKG.time)
    assert _one(g, tv, NKG.isoValue) == Literal("2026-W12")
    assert _one(g, tv, SEM.hasBeginTimeStamp) == Literal("2026-03-16", datatype=XSD.date)
    assert _one(g, tv, SEM.hasEndTimeStamp) == Literal("2026-03-22", datatype=XSD.date)
    ru = ru_extraction()
    g2 = m.to_graph(ru)
    assert _one(g2, URIRef(m.event_iri(m.article_iri(ru.document), ru.events[0])), NKG.status) == NKG.Denied


def test_role_fields():
    x = uk_extraction()
    g = m.to_graph(x)
    r = URIRef(m.role_iri(m.article_iri(x.document), x.roles[0]))
    assert (r, RDF.type, NKG.Role) in g
    assert _one(g, r, NKG.roleHolder) == URIRef(m.entity_iri("per:olena-koval"))
    assert _one(g, r, NKG.roleTitle) == Literal("Міністерка закордонних справ", lang="uk")
    assert _one(g, r, NKG.roleOf) == URIRef(m.entity_iri("wd:Q212"))
    assert str(_one(g, _one(g, r, NKG.hasMention), NIF.anchorOf)) == "Міністерка закордонних справ"


def test_time_values_are_typed():
    assert m.time_literal("2026-02-04") == Literal("2026-02-04", datatype=XSD.date)
    assert m.time_literal("2025-11") == Literal("2025-11", datatype=XSD.gYearMonth)
    assert m.time_literal("2026") == Literal("2026", datatype=XSD.gYear)
    assert m.time_literal("2026-02-04T10:30") == Literal("2026-02-04T10:30:00", datatype=XSD.dateTime)
    assert m.time_literal("2026-01-06/2026-01-07") is None
    assert m.time_literal("2026-02-30") is None
    assert m.time_bounds("2026-01-06/2026-01-07") == ("2026-01-06", "2026-01-07")
    assert m.time_bounds("2024-02") == ("2024-02-01", "2024-02-29")
    assert m.time_bounds("2025") == ("2025-01-01", "2025-12-31")
    assert m.time_bounds("soon") == (None, None)


def test_interval_time_gets_begin_and_end_and_modifier():
    x = en_extraction()
    x.events[0].time.value = "2026-01-06/2026-01-07"
    x.events[0].time.granularity = "interval"
    g = m.to_graph(x)
    t = _one(g, URIRef(m.event_iri(m.article_iri(x.document), x.events[0])), NKG.time)
    assert (t, SEM.hasTimeStamp, None) not in g
    assert _one(g, t, NKG.isoValue) == Literal("2026-01-06/2026-01-07")
    assert _one(g, t, SEM.hasBeginTimeStamp) == Literal("2026-01-06", datatype=XSD.date)
    assert _one(g, t, SEM.hasEndTimeStamp) == Literal("2026-01-07", datatype=XSD.date)
    assert _one(g, t, NKG.modifier) == Literal("start")


def test_unknown_event_type_and_dangling_keys_still_conform():
    x = en_extraction()
    x.events[0].type = "Prisoner exchange"
    x.events[0].participants = ["org:not-in-article"]
    g = m.to_graph(x)
    e = URIRef(m.event_iri(m.article_iri(x.document), x.events[0]))
    assert (e, RDF.type, NKG.PrisonerExchange) in g and (e, RDF.type, NKG.Event) in g
    conforms, n, report = validate(g)
    assert conforms, report


def test_shapes_catch_a_broken_statement():
    x = uk_extraction()
    g = m.to_graph(x)
    s = URIRef(m.statement_iri(m.article_iri(x.document), x.statements[0]))
    g.remove((s, NKG.content, None))
    g.add((s, NKG.kind, NKG.Planned))
    conforms, n, report = validate(g)
    assert not conforms and n >= 2
    assert "content" in report


def test_ontology_declares_every_mapped_event_type_with_three_labels():
    onto = Graph().parse(m.ontology_path())
    for t in m.EVENT_TYPES:
        cls = NKG[t]
        assert (cls, RDFS.subClassOf, None) in onto, t
        langs = {l.language for l in onto.objects(cls, RDFS.label)}
        assert {"en", "uk", "ru"} <= langs, t


def test_country_not_mentioned_is_linked_but_not_an_entity_of_the_article():
    x = en_extraction()
    x.entities[0].country_key = "wd:Q212"
    g = m.to_graph(x)
    ukraine = URIRef(m.entity_iri("wd:Q212"))
    assert (URIRef(m.entity_iri("per:olena-koval")), NKG.country, ukraine) in g
    assert (ukraine, None, None) not in g
    conforms, n, report = validate(g)
    assert conforms, report


def test_every_ontology_term_the_mapping_uses_is_declared_with_labels_in_three_languages():
    onto = Graph().parse(m.ontology_path())
    used = set()
    for x in all_extractions():
        for s, p, o in m.to_graph(x):
            used.add(p)
            if p == RDF.type:
                used.add(o)
            if isinstance(o, URIRef) and str(o).startswith(str(NKG)):
                used.add(o)
    used = {t for t in used if str(t).startswith(str(NKG))}
    assert NKG.Statement in used and NKG.reportedInStatement in used
    for term in used:
        langs = {l.language for l in onto.objects(term, RDFS.label)}
        assert {"en", "uk", "ru"} <= langs, term


def test_entity_without_any_name_still_gets_a_label():
    x = en_extraction()
    x.entities[1].name = ""
    x.entities[1].labels = {}
    g = m.to_graph(x)
    assert Literal("Q36036") in set(g.objects(URIRef(m.entity_iri("wd:Q36036")), RDFS.label))
    assert validate(g)[0]


def test_an_events_day_of_a_clock_time_is_a_node_of_its_own():
    from kg.rdf_mapping import time_iri
    from kg.records import TimeExpr
    clock = TimeExpr("вчора о 07:30", 10, 23, "2026-12-01T07:30", "datetime")
    day = TimeExpr("вчора о 07:30", 10, 23, "2026-12-01", "day")
    assert time_iri("a", clock) != time_iri("a", day)
    assert time_iri("a", TimeExpr("1 грудня", 0, 8, "2026-12-01", "day")) == "a/time/0-8"


def test_one_time_expression_read_two_ways_gives_two_nodes_of_one_value_each():
    import dataclasses

    from kg.records import TimeExpr

    x = uk_extraction()
    day = TimeExpr("у п'ятницю", 30, 40, "2027-05-28", "day")
    span = TimeExpr("у п'ятницю", 30, 40, "2027-05-27/2027-05-28", "interval",
                    interval_start="2027-05-27", interval_end="2027-05-28")
    x.statements[0] = dataclasses.replace(x.statements[0], said_on=day)
    x.events[0] = dataclasses.replace(x.events[0], time=span)
    g = m.to_graph(x)
    article = str(m.article_iri(x.document))
    said = _one(g, URIRef(m.statement_iri(article, x.statements[0])), NKG.saidOn)
    when = _one(g, URIRef(m.event_iri(article, x.events[0])), NKG.time)
    assert said != when
    assert [str(v) for v in g.objects(said, NKG.isoValue)] == ["2027-05-28"]
    assert [str(v) for v in g.objects(when, NKG.isoValue)] == ["2027-05-27/2027-05-28"]


def test_a_gazetteer_place_the_article_does_not_name_is_labelled_by_the_gazetteer():
    import dataclasses

    from kg import gazetteer

    x = uk_extraction()
    moscow = gazetteer.load().by_id["moscow"]
    x.events[0] = dataclasses.replace(x.events[0], place_key=moscow.key)
    assert moscow.key not in {e.key for e in x.entities}
    g = m.to_graph(x)
    labels = set(g.objects(URIRef(m.entity_iri(moscow.key)), RDFS.label))
    assert Literal(moscow.labels["uk"], lang="uk") in labels
