"""Cross-article linking: a surname-only person joins the one full-name person the store knows."""
from kg import rdf_mapping as m
from kg.linking import link_to_store
from kg.records import ArticleExtraction, Document, Entity, Event, Mention, Statement
from kg.store import Store


def _ex(doc_id, persons, speaker):
    text = "Тут заявили, що міст відкриють."
    ents = [Entity(key=k, type="PER", name=n, labels={"uk": n}, mentions=[Mention(0, 3, n, "PER", n, k)])
            for k, n in persons]
    st = Statement(content="міст відкриють", start=16, end=30, kind="indirect", cue="заявили", speaker_key=speaker)
    ev = Event(type="Meeting", trigger="зустріч", start=0, end=3, participants=[speaker, "per:olha-bilyk"],
               key=f"Meeting|{'+'.join(sorted([speaker, 'per:olha-bilyk']))}|")
    return ArticleExtraction(document=Document(id=doc_id, text=text, source=doc_id, lang="uk"), entities=ents,
                             statements=[st], events=[ev])


def _store(tmp_path, *exs):
    st = Store(tmp_path / "s")
    for ex in exs:
        st.replace_article(m.article_iri(ex.document), m.to_graph(ex))
    return st


def test_surname_only_person_takes_the_known_full_name(tmp_path):
    full = _ex("a", [("per:ivan-koval", "Іван Коваль")], "per:ivan-koval")
    with _store(tmp_path, full) as st:
        later = _ex("b", [("per:koval", "Коваль")], "per:koval")
        assert link_to_store(later, st) == {"per:koval": "per:ivan-koval"}
        assert later.entities[0].key == "per:ivan-koval" and later.statements[0].speaker_key == "per:ivan-koval"
        assert later.entities[0].mentions[0].entity_key == "per:ivan-koval"
        assert "per:ivan-koval" in later.events[0].key and later.events[0].participants[0] == "per:ivan-koval"


def test_two_people_with_the_surname_are_not_merged_by_guess(tmp_path):
    a = _ex("a", [("per:ivan-koval", "Іван Коваль")], "per:ivan-koval")
    b = _ex("b", [("per:petro-koval", "Петро Коваль")], "per:petro-koval")
    with _store(tmp_path, a, b) as st:
        later = _ex("c", [("per:koval", "Коваль")], "per:koval")
        assert link_to_store(later, st) == {}
        assert later.entities[0].key == "per:koval"
