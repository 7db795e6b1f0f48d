"""Spans of bodies' names: capitalised adjectives before the institution noun, the remit after it, lower-case
adjectives up to it, a press service's body, a body's name before a person the recogniser ran into it, the
leadership of a state as the state, a region that is no mention of its continent, a building before a person."""
import pytest

from conftest import run_pipeline


def _with_mention(ax, text):
    return next((e for e in ax.entities if any(m.text == text for m in e.mentions)), None)


@pytest.mark.parametrize("text,lang,name", [
    ("Вчора Народна партія Молдови здобула 20% голосів на виборах.", "uk", "Народна партія Молдови"),
    ("Вчора Соціал-демократична партія Латвії оголосила про створення коаліції.", "uk",
     "Соціал-демократична партія Латвії"),
    ("Вчера Либерально-демократическая партия Словении объявила о создании коалиции.", "ru",
     "Либерально-демократическая партия Словении"),
])
def test_capitalised_adjectives_open_a_partys_name(text, lang, name):
    ax = run_pipeline(text, lang, "2028-03-09")
    party = _with_mention(ax, name)
    assert party is not None and party.type == "ORG"
    assert not [e for e in ax.entities if e.type == "ORG" and e is not party]


@pytest.mark.parametrize("text,lang,name", [
    # the remit after the body's noun
    ("У Державній службі з надзвичайних ситуацій повідомили, що пожежу на складі ліквідовано.", "uk",
     "Державній службі з надзвичайних ситуацій"),
    ("Федеральное агентство по делам национальностей сообщило, что конкурс продлится до мая.", "ru",
     "Федеральное агентство по делам национальностей"),
    # a press service's body
    ("Тарифы снизят в июле, сообщили в пресс-службе Совета министров Беларуси.", "ru", "Совета министров Беларуси"),
    ("Нові тарифи запрацюють у липні, уточнили в пресслужбі Кабінету міністрів.", "uk", "Кабінету міністрів"),
    # a lower-case adjective before a state's institution
    ("В президентском секретариате Перу отметили, что реформа продолжится.", "ru", "президентском секретариате Перу"),
    ("У президентському секретаріаті Перу зазначили, що реформа триватиме.", "uk",
     "президентському секретаріаті Перу"),
])
def test_a_bodys_whole_name_speaks(text, lang, name):
    ax = run_pipeline(text, lang, "2028-03-09")
    body = _with_mention(ax, name)
    assert body is not None and body.type == "ORG"
    assert ax.statements and ax.statements[0].speaker_key == body.key

def test_a_plain_adjective_opening_a_sentence_is_no_part_of_the_name():
    ax = run_pipeline("Нове посольство Чилі відкрилося вчора.", "uk", "2028-03-09")
    assert not any("Нове" in m.text for e in ax.entities for m in e.mentions)


def test_a_time_after_a_bodys_noun_is_no_remit():
    ax = run_pipeline("Державна служба з початку року перевірила сорок шкіл у Полтаві.", "uk", "2028-03-09")
    assert not any("початку" in m.text for e in ax.entities for m in e.mentions)


def test_lower_case_adjectives_lead_to_the_institution_noun():
    ax = run_pipeline("Мешканці звернулися у Рівненську обласну військову адміністрацію зі скаргою.", "uk", "2028-03-09")
    body = _with_mention(ax, "Рівненську обласну військову адміністрацію")
    assert body is not None and body.type == "ORG"


def test_a_bodys_name_ends_before_the_person_a_title_introduces():
    ax = run_pipeline("Делегация обсудила тарифы с заместителем председателя Палаты представителей Дян Сари.",
                      "ru", "2028-03-09")
    assert _with_mention(ax, "Палаты представителей") is not None
    person = _with_mention(ax, "Дян Сари")
    assert person is not None and person.type == "PER"


@pytest.mark.parametrize("text,lang,place", [
    ("В пятницу делегация проведет переговоры с руководством Парагвая о поставках мяса.", "ru", "Парагвая"),
    ("У п'ятницю делегація проведе переговори з керівництвом Парагваю про постачання м'яса.", "uk", "Парагваю"),
])
def test_the_leadership_of_a_state_is_that_state(text, lang, place):
    ax = run_pipeline(text, lang, "2028-03-09")
    state = next(e for e in ax.entities if e.type == "LOC" and any(place in m.text for m in e.mentions))
    assert not [e for e in ax.entities if e.type == "ORG"]
    talks = next(e for e in ax.events if e.type == "Talks")
    assert state.key in talks.participants


@pytest.mark.parametrize("text,lang,region,whole", [
    ("Экспорт пшеницы в страны Западной Африки вырос вдвое.", "ru", "Западной Африки", "Африки"),
    ("Експорт пшениці до країн Південно-Східної Азії зріс удвічі.", "uk", "Південно-Східної Азії", "Азії"),
])
def test_a_region_is_no_mention_of_its_continent(text, lang, region, whole):
    ax = run_pipeline(text, lang, "2028-03-09")
    place = _with_mention(ax, region)
    assert place is not None and place.type == "LOC"
    assert _with_mention(ax, whole) is None


def test_a_buildings_name_ends_before_the_person_after_it():
    ax = run_pipeline("Награды вручал во Дворце Республики Алексей Петренко.", "ru", "2028-03-09")
    person = _with_mention(ax, "Алексей Петренко")
    assert person is not None and person.type == "PER"
    assert _with_mention(ax, "Дворце Республики") is not None
