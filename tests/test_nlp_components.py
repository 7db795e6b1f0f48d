"""Sentence rules (newskg_sentences), the memoised pymorphy3 lemmatiser and the corpus conversion."""
from __future__ import annotations

import spacy

import kg.components  # noqa: F401
from kg.train import convert_module


def _sents(lang, text):
    nlp = spacy.blank(lang)
    nlp.add_pipe("newskg_sentences")
    return [s.text.strip() for s in nlp(text).sents]


def test_quote_followed_by_dash_stays_one_sentence():
    text = "«Переговори триватимуть до ранку»,\u00a0— повідомив речник. Інші деталі не розголошуються."
    assert _sents("uk", text) == [
        "«Переговори триватимуть до ранку»,\u00a0— повідомив речник.",
        "Інші деталі не розголошуються.",
    ]


def test_line_breaks_and_header_split():
    text = " date 2024-05-17 Уряд ухвалив рішення. Його оприлюднять завтра.\n\nДжерело: агентство\nЗаголовок без крапки\nТекст."
    assert _sents("uk", text) == [
        "date 2024-05-17",
        "Уряд ухвалив рішення.",
        "Його оприлюднять завтра.",
        "Джерело: агентство",
        "Заголовок без крапки",
        "Текст.",
    ]


def test_no_break_spaces_and_abbreviations_do_not_split():
    text = "В\u00a02023\u00a0г. в\u00a0Казани прошел саммит, т.\u00a0е. встреча лидеров. Потом все\u00a0уехали."
    assert _sents("ru", text) == [
        "В\u00a02023\u00a0г. в\u00a0Казани прошел саммит, т.\u00a0е. встреча лидеров.",
        "Потом все\u00a0уехали.",
    ]


def test_no_empty_whitespace_sentences():
    nlp = spacy.blank("ru")
    nlp.add_pipe("newskg_sentences")
    doc = nlp("\n\n  Первое предложение.\n\n\nВторое.\n")
    assert all(s.text.strip() for s in doc.sents)
    assert len(list(doc.sents)) == 2


def test_cached_lemmatiser_uses_pos_and_caches():
    nlp = spacy.blank("ru")
    nlp.add_pipe("newskg_lemmatizer")
    nlp.initialize()
    doc = nlp("Оливером Гофманом")
    assert [t.lemma_ for t in doc] == ["оливер", "гофман"]
    assert len(nlp.get_pipe("newskg_lemmatizer")._memo) == 2
    assert [t.lemma_ for t in nlp("Гофманом")] == ["гофман"]


def test_brat_reader_both_layouts(tmp_path):
    conv = convert_module()
    (tmp_path / "a.ann").write_text("T1\tPERSON 0 5\tПетро\nT2\tDATE 7 9;12 14\tx y\nR1\tWORKS Arg1:T1 Arg2:T2\n", encoding="utf-8")
    (tmp_path / "b.ann").write_text("T1\tPERS\t0\t5\tПетро\nT2\tMON\t6\t9\t5 $\n", encoding="utf-8")
    a = conv.read_brat(tmp_path / "a.ann", conv.NEREL_MAP)
    b = conv.read_brat(tmp_path / "b.ann", conv.NER_UK_MAP)
    assert [(s.start, s.end, s.label) for s in a] == [(0, 5, "PER")]  # discontinuous DATE skipped
    assert [(s.start, s.end, s.label) for s in b] == [(0, 5, "PER")]  # MON not mapped


def test_flatten_keeps_outermost_names_and_cuts_roles():
    conv = convert_module()
    S = conv.Span
    text = "президента России Владимира Котова и Совет безопасности России"
    spans = [
        S(0, 17, "JOB"),  # президента России
        S(11, 17, "LOC"),  # России
        S(18, 34, "PER"),  # Владимира Котова
        S(37, 62, "ORG"),  # Совет безопасности России
        S(56, 62, "LOC"),  # nested России
    ]
    got = [(text[s.start:s.end], s.label) for s in conv.flatten(spans, text)]
    assert got == [
        ("президента", "JOB"),
        ("России", "LOC"),
        ("Владимира Котова", "PER"),
        ("Совет безопасности России", "ORG"),
    ]
    # scoring view: names only, outermost
    assert [(text[s.start:s.end], s.label) for s in conv.outermost(spans)] == [
        ("России", "LOC"),
        ("Владимира Котова", "PER"),
        ("Совет безопасности России", "ORG"),
    ]


def test_pymorphy_flags_mark_names_places_and_unknown_words():
    from kg.components.lexfeats import FLAG_ATTRS

    nlp = spacy.blank("ru", config={"nlp": {"after_creation": {"@callbacks": "newskg.pymorphy_flags.v1"}}})
    doc = nlp("Ирина Петрова уехала из Новосибирска в Зублинград")
    flags = {t.text: dict(zip(FLAG_ATTRS, row)) for t, row in zip(doc, doc.to_array(FLAG_ATTRS).tolist())}
    assert flags["Ирина"]["FLAG19"] == 1 and flags["Ирина"]["FLAG22"] == 1  # name, animate
    assert flags["Новосибирска"]["FLAG20"] == 1  # place
    assert [flags["из"][f] for f in ("FLAG19", "FLAG20", "FLAG21")] == [0, 0, 0]  # lower case: no name flags
    assert flags["уехала"]["FLAG22"] == 0 and flags["уехала"]["FLAG23"] == 0
    assert flags["Зублинград"]["FLAG23"] == 1  # unknown to the dictionary
