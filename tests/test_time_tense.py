"""Tense of the governing verb, which decides weekdays, year-less months and event status."""
import pytest

from kg import nlp
from kg.extract import morph


def tense_of(text, lang, word):
    doc = nlp.blank(lang)(text)
    tok = next(t for t in doc if t.text == word)
    return morph.tense(tok, lang)


@pytest.mark.parametrize("text,lang,word,expected", [
    ("Вибори відбудуться восени.", "uk", "відбудуться", "future"),  # perfective: future
    ("Вибори відбуваються зараз.", "uk", "відбуваються", "present"),
    ("Встреча состоялась вчера.", "ru", "состоялась", "past"),
    ("Встреча состоится завтра.", "ru", "состоится", "future"),
    ("Документы будут утверждены.", "ru", "будут", "future"),
    ("They might travel in May.", "en", "might", "future"),
    ("They visited Kyiv.", "en", "visited", "past"),
    ("Переговоры с партнёрами.", "ru", "Переговоры", None),
])
def test_tense(text, lang, word, expected):
    assert tense_of(text, lang, word) == expected


def test_participle_is_not_a_clause_verb():
    doc = nlp.blank("ru")("недавно избранной группы")
    assert not morph.is_verb(doc[1], "ru")


def test_dictionary_cases_of_a_known_word():
    doc = nlp.blank("uk")("у Києві")
    assert "Loc" in morph.cases(doc[1], "uk")


def test_governing_tense_takes_the_nearest_verb_of_the_clause():
    doc = nlp.blank("ru")("Министр сказал, что во вторник встретится с коллегой.")
    i = next(t.i for t in doc if t.text == "вторник")
    assert morph.governing_tense(doc, i, "ru") == "future"


def test_an_infinitive_the_tagger_calls_finite_has_no_tense():
    # "може відбутися": the dictionary knows "відбутися" only as an infinitive
    doc = nlp.load("uk")("Зустріч може відбутися дев'ятого.")
    assert morph.tense(doc[2], "uk") is None
    assert morph.governing_tense(doc, 3, "uk") == "future"


def test_a_capitalised_russian_surname_can_be_nominative_whatever_the_dictionary_says():
    doc = nlp.blank("ru")("Выступил Игорь Садов.")
    tok = next(t for t in doc if t.text == "Садов")
    assert "Nom" in morph.cases(tok, "ru")
    assert morph.cases(nlp.blank("ru")("много садов")[1], "ru") == {"Gen"}
