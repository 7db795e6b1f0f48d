"""Hand-made extraction records (uk, ru, en) used by the graph tests, and sanity tests of them.

The texts are written for these tests; offsets are computed with ``str.find`` so they always point
at the words they name.
"""
from __future__ import annotations

from kg.records import (ArticleExtraction, Document, Entity, Event, Mention, Role, Statement,
                        TimeExpr)


def _span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    i = text.find(words, after)
    assert i >= 0, words
    return i, i + len(words)


def _sentence(text: str, start: int) -> tuple[int, int]:
    dot = text.rfind(". ", 0, start)
    s = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, start) + 1)
    e = text.find(". ", start)
    return s, (e + 1 if e >= 0 else len(text))


def _mention(text, words, label, key, norm="", after=0) -> Mention:
    s, e = _span(text, words, after)
    return Mention(s, e, words, label, norm=norm, entity_key=key, sentence=_sentence(text, s))


def uk_extraction() -> ArticleExtraction:
    text = ("Коваль провела переговори з Тарасенком\n"
            "date 2026-03-12 Міністерка закордонних справ Олена Коваль заявила: «Ми не погодимося на "
            "поступки». За словами агентства Вісник Дня, вона провела переговори з Іваном Тарасенком "
            "у Львові 10 березня 2026. Наступного тижня Коваль планує візит до Варшави. "
            "Ukrainian outlet Вісник Дня цитує її.")
    doc = Document(id="test-uk-0001", text=text, source="test", lang="uk", title=text.split("\n")[0],
                   title_span=(0, text.index("\n")), published="2026-03-12",
                   header_spans=[_span(text, "date 2026-03-12")])
    koval = Entity(key="per:olena-koval", type="PER", name="Олена Коваль", labels={"uk": "Олена Коваль"},
                   alt_labels={"Олена Коваль", "Коваль"}, gender="fem", country_key="wd:Q212")
    koval.mentions = [_mention(text, "Олена Коваль", "PER", koval.key, "Олена Коваль"),
                      _mention(text, "Коваль", "PER", koval.key, "Коваль")]
    taras = Entity(key="per:ivan-tarasenko", type="PER", name="Іван Тарасенко", labels={"uk": "Іван Тарасенко"},
                   alt_labels={"Іваном Тарасенком", "Тарасенком"})
    taras.mentions = [_mention(text, "Іваном Тарасенком", "PER", taras.key, "Іван Тарасенко"),
                      _mention(text, "Тарасенком", "PER", taras.key, "Тарасенко")]
    lviv = Entity(key="wd:Q36036", type="LOC", name="Львів", labels={"uk": "Львів", "en": "Lviv", "ru": "Львов"},
                  alt_labels={"Львові"}, wikidata="Q36036")
    lviv.mentions = [_mention(text, "Львові", "LOC", lviv.key, "Львів")]
    warsaw = Entity(key="wd:Q270", type="LOC", name="Варшава", labels={"uk": "Варшава"},
                    alt_labels={"Варшави"}, wikidata="Q270")
    warsaw.mentions = [_mention(text, "Варшави", "LOC", warsaw.key, "Варшава")]
    outlet = Entity(key="org:visnyk-dnia", type="ORG", name="Вісник Дня", labels={"uk": "Вісник Дня"},
                    alt_labels={"Вісник Дня"}, is_outlet=True)
    outlet.mentions = [_mention(text, "Вісник Дня", "ORG", outlet.key)]
    ukraine = Entity(key="wd:Q212", type="LOC", name="Україна", labels={"uk": "Україна", "en": "Ukraine"},
                     wikidata="Q212")
    role_s, role_e = _span(text, "Міністерка закордонних справ")
    role = Role(person_key=koval.key, title="Міністерка закордонних справ", start=role_s, end=role_e,
                title_norm="міністерка", org_key=ukraine.key)
    q_s, q_e = _span(text, "Ми не погодимося на поступки")
    cue = _span(text, "заявила")
    st1 = Statement(content=text[q_s:q_e], start=q_s, end=q_e, kind="direct", cue="заявила",
                    speaker_key=koval.key, speaker_text="Олена Коваль", speaker_span=_span(text, "Олена Коваль"),
                    cue_span=cue, sentence=_sentence(text, q_s), lang="uk")
    i_s, i_e = _span(text, "вона провела переговори з Іваном Тарасенком у Львові 10 березня 2026")
    t_s, t_e = _span(text, "10 березня 2026")
    said = TimeExpr(text="10 березня 2026", start=t_s, end=t_e, value="2026-03-10", granularity="day",
                    interval_start="2026-03-10", interval_end="2026-03-10")
    st2 = Statement(content=text[i_s:i_e], start=i_s, end=i_e, kind="indirect", cue="За словами",
                    speaker_key=outlet.key, speaker_text="агентства Вісник Дня", via_key=outlet.key,
                    cue_span=_span(text, "За словами"), sentence=_sentence(text, i_s), lang="uk")
    w_s, w_e = _span(text, "Наступного тижня")
    next_week = TimeExpr(text="Наступного тижня", start=w_s, end=w_e, value="2026-W12", granularity="week")
    tr_s, tr_e = _span(text, "переговори", text.index("\n"))
    talks = Event(type="Talks", trigger="переговори", start=tr_s, end=tr_e, status="occurred",
                  participants=[koval.key, taras.key], place_key=lviv.key, time=said,
                  sentence=_sentence(text, tr_s), statement=(i_s, i_e),
                  mentions=[(*_span(text, "переговори"), "переговори")])
    v_s, v_e = _span(text, "візит")
    visit = Event(type="Visit", trigger="візит", start=v_s, end=v_e, status="planned",
                  participants=[koval.key], place_key=warsaw.key, time=next_week,
                  sentence=_sentence(text, v_s))
    return ArticleExtraction(document=doc, entities=[koval, taras, lviv, warsaw, outlet, ukraine],
                             roles=[role], times=[said, next_week], statements=[st1, st2],
                             events=[talks, visit], sentences=[_sentence(text, q_s)])


def ru_extraction() -> ArticleExtraction:
    text = ("Источник: Вестник Дня\nМинистр Елена Коваль в среду сказала телеканалу Север-ТВ, что "
            "встреча с Тарасенко не планируется. По её словам, «контактов пока нет».")
    pub = _span(text, "Вестник Дня")
    doc = Document(id="https://example.org/news/ru-1", text=text, source="test", lang="ru",
                   url="https://example.org/news/ru-1", publisher="Вестник Дня", publisher_span=pub,
                   header_spans=[(0, text.index("\n"))])
    koval = Entity(key="per:olena-koval", type="PER", name="Елена Коваль", labels={"ru": "Елена Коваль"},
                   alt_labels={"Елена Коваль", "Коваль"}, gender="fem")
    koval.mentions = [_mention(text, "Елена Коваль", "PER", koval.key)]
    taras = Entity(key="per:ivan-tarasenko", type="PER", name="Тарасенко", labels={"ru": "Тарасенко"},
                   alt_labels={"Тарасенко"})
    taras.mentions = [_mention(text, "Тарасенко", "PER", taras.key)]
    tv = Entity(key="org:sever-tv", type="ORG", name="Север-ТВ", labels={"ru": "Север-ТВ"},
                alt_labels={"Север-ТВ"}, is_outlet=True)
    tv.mentions = [_mention(text, "Север-ТВ", "ORG", tv.key)]
    outlet = Entity(key="org:visnyk-dnia", type="ORG", name="Вестник Дня", labels={"ru": "Вестник Дня"},
                    alt_labels={"Вестник Дня"}, is_outlet=True)
    outlet.mentions = [_mention(text, "Вестник Дня", "ORG", outlet.key)]
    c_s, c_e = _span(text, "встреча с Тарасенко не планируется")
    wd_s, wd_e = _span(text, "в среду")
    wednesday = TimeExpr(text="в среду", start=wd_s, end=wd_e)  # no publication date: unresolved
    st1 = Statement(content=text[c_s:c_e], start=c_s, end=c_e, kind="indirect", cue="сказала",
                    speaker_key=koval.key, speaker_text="Министр Елена Коваль", addressee_key=tv.key,
                    cue_span=_span(text, "сказала"), said_on=wednesday, sentence=_sentence(text, c_s), lang="ru")
    q_s, q_e = _span(text, "контактов пока нет")
    st2 = Statement(content=text[q_s:q_e], start=q_s, end=q_e, kind="direct", cue="По её словам",
                    speaker_key=koval.key, lang="ru")
    m_s, m_e = _span(text, "встреча")
    meeting = Event(type="Meeting", trigger="встреча", start=m_s, end=m_e, status="denied",
                    participants=[koval.key, taras.key], statement=(c_s, c_e), sentence=_sentence(text, m_s))
    return ArticleExtraction(document=doc, entities=[koval, taras, tv, outlet], statements=[st1, st2],
                             events=[meeting], times=[wednesday], publisher_key=outlet.key)


def en_extraction() -> ArticleExtraction:
    text = ("Lviv, March 2026. Olena Koval said on March 18 the talks were useful. "
            "A drone attack hit the city in early March 2026, officials said.")
    doc = Document(id="test-en-0003", text=text, source="test", lang="en", published="2026-03-20",
                   publisher="Daily Herald")
    koval = Entity(key="per:olena-koval", type="PER", name="Olena Koval", labels={"en": "Olena Koval"},
                   alt_labels={"Olena Koval"})
    koval.mentions = [_mention(text, "Olena Koval", "PER", koval.key)]
    lviv = Entity(key="wd:Q36036", type="LOC", name="Lviv", labels={"en": "Lviv"}, wikidata="Q36036")
    lviv.mentions = [_mention(text, "Lviv", "LOC", lviv.key), _mention(text, "the city", "LOC", lviv.key)]
    c_s, c_e = _span(text, "the talks were useful")
    d_s, d_e = _span(text, "on March 18")
    march18 = TimeExpr(text="on March 18", start=d_s, end=d_e, value="2026-03-18", granularity="day")
    st = Statement(content=text[c_s:c_e], start=c_s, end=c_e, kind="indirect", cue="said",
                   speaker_key=koval.key, cue_span=_span(text, "said"), said_on=march18, lang="en")
    t_s, t_e = _span(text, "early March 2026")
    early = TimeExpr(text="early March 2026", start=t_s, end=t_e, value="2026-03", granularity="month",
                     modifier="start")
    a_s, a_e = _span(text, "attack")
    attack = Event(type="Attack", trigger="drone attack", start=a_s, end=a_e, status="occurred",
                   place_key=lviv.key, time=early)
    return ArticleExtraction(document=doc, entities=[koval, lviv], statements=[st], events=[attack],
                             times=[early, march18])


def all_extractions() -> list[ArticleExtraction]:
    return [uk_extraction(), ru_extraction(), en_extraction()]


def test_sample_offsets_point_at_their_words():
    for x in all_extractions():
        for st in x.statements:
            assert x.document.text[st.start:st.end] == st.content
        for ent in x.entities:
            for m in ent.mentions:
                assert x.document.text[m.start:m.end] == m.text


def test_sample_covers_every_status_and_kind_used_by_queries():
    xs = all_extractions()
    assert {e.status for x in xs for e in x.events} == {"occurred", "planned", "denied"}
    assert {s.kind for x in xs for s in x.statements} == {"direct", "indirect"}
