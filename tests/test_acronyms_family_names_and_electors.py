"""A state body named with the state's acronym ("МИД КНР") is that state's body; an East Asian family name that is
also a preposition opens a titled name ("посол Китаю У X"); a second person joined by a conjunction to a full name
is a person though the recogniser missed it; a foreign given name in a vowel keeps its form; "Токио" is the curated
Tokyo; a quoted name inside a dash attribution does not end it; the press office of a nationality's leader speaks for
that leader; "також" after a role noun continues the speaker of no known state; what was said after a signing was said
on its day; "уранці" is the day of the report; who is elected takes part, not who elects; "уряди" are the states;
"його польський колега" goes on a list of parties; a town inside a quoted name is no mention. Sentences written
for these tests."""
import pytest

from conftest import entity_of, key_of, key_of_wikidata, one_event, run_pipeline, speakers_of, told


@pytest.mark.parametrize("text,lang,surface,key", [
    ("Представительница МИД КНР сообщила, что пошлины вредят торговле.", "ru", "МИД КНР", "org:mfa-cn"),
    ("Речник МЗС ФРН повідомив, що Берлін готує відповідь.", "uk", "МЗС ФРН", "org:mfa-de"),
])
def test_a_state_body_named_with_the_states_acronym_is_that_states_body(text, lang, surface, key):
    ax = run_pipeline(text, lang, "2027-04-01")
    assert entity_of(ax, surface).key == key
    assert speakers_of(ax) == [key]


@pytest.mark.parametrize("text,lang,name", [
    ("Посол Китаю У Цзяньмін учора приїхав до Гродна.", "uk", "У Цзяньмін"),
    ("Посол КНР Ли Чжэньхуа в среду передал ноту.", "ru", "Ли Чжэньхуа"),
])
def test_an_east_asian_family_name_opens_a_titled_name(text, lang, name):
    ax = run_pipeline(text, lang, "2027-04-01")
    assert entity_of(ax, name).type == "PER"


def test_a_second_person_after_a_conjunction_is_a_person():
    ax = run_pipeline("Міністри Олег Бондар і Ралука Негою провели переговори в Ужгороді.", "uk", "2027-04-01")
    talks = one_event(ax, "Talks")
    assert entity_of(ax, "Ралука Негою").type == "PER"
    assert set(talks.participants) == {key_of(ax, "Олег Бондар"), key_of(ax, "Ралука Негою")}


@pytest.mark.parametrize("text,lang,name", [
    ("Речник уряду Японії Сатору Ямада заявив, що консультації тривають.", "uk", "Сатору Ямада"),
    ("Міністри Олег Бондар і Оана Цою провели переговори.", "uk", "Оана Цою"),
])
def test_a_foreign_given_name_in_a_vowel_keeps_its_form(text, lang, name):
    ax = run_pipeline(text, lang, "2027-04-01")
    assert entity_of(ax, name).name == name


def test_tokyo_after_a_conjunction_is_the_curated_tokyo():
    ax = run_pipeline("Сеул и Токио провели консультации по рыболовству.", "ru", "2027-04-01")
    assert entity_of(ax, "Токио").wikidata == "Q1490"


def test_a_quoted_name_inside_a_dash_attribution_does_not_end_it():
    ax = run_pipeline("«Очередей на границе нет», — рассказал в прямом эфире радиостанции «Маяк» глава комитета "
                      "Иван Сорокин.", "ru", "2027-04-01")
    assert speakers_of(ax) == [key_of(ax, "Иван Сорокин")]


@pytest.mark.parametrize("text,lang,leader", [
    ("В среду Касым-Жомарт Токаев обсудил транзит с премьером Японии, сообщила пресс-служба казахстанского "
     "лидера.", "ru", "Касым-Жомарт Токаев"),
    ("У середу Касим-Жомарт Токаєв обговорив транзит із прем'єром Японії, повідомила пресслужба казахстанського "
     "лідера.", "uk", "Касим-Жомарт Токаєв"),
])
def test_the_press_office_of_a_nationalitys_leader_speaks_for_the_leader(text, lang, leader):
    ax = run_pipeline(text, lang, "2027-04-01")
    assert speakers_of(ax) == [key_of(ax, leader)]


def test_also_after_a_role_noun_continues_a_speaker_of_no_known_state():
    ax = run_pipeline("Пётр Савельев во вторник выступил в Женеве.\n\n«Угрозы нет», — сказал Савельев журналистам."
                      "\n\nРоссийский дипломат также отверг слухи о тайной встрече с коллегами.", "ru",
                      "2027-04-01")
    assert speakers_of(ax) == [key_of(ax, "Савельев")] * 2


def test_a_role_noun_with_also_after_a_speaker_of_another_state_is_not_him():
    ax = run_pipeline("Министр торговли Казахстана Пётр Савельев во вторник выступил в Женеве.\n\n«Угрозы нет»,"
                      " — сказал Савельев журналистам.\n\nРоссийский дипломат также отверг слухи о встрече.", "ru",
                      "2027-04-01")
    assert speakers_of(ax)[1] != key_of(ax, "Савельев")


def test_what_was_written_after_the_signing_was_said_on_its_day():
    ax = run_pipeline("Меморандум у вівторок у Любліні підписали міністр енергетики Петро Гнатюк і його польський "
                      "колега Ян Вуйцік.\n\nЦе підтвердили в міністерстві.\n\n«Маємо резерв на зиму», – написав "
                      "Гнатюк одразу після підписання.", "uk", "2027-02-11")
    said = next(s for s in ax.statements if s.kind == "direct")
    assert said.said_on is not None and said.said_on.value == "2027-02-09"
    deal = one_event(ax, "Agreement")
    assert {key_of(ax, "Ян Вуйцік"), key_of(ax, "Петро Гнатюк")} <= set(deal.participants)


def test_the_morning_is_the_day_of_the_report():
    ax = run_pipeline("«Світло повернули всім», – написав уранці в Telegram голова громади Петро Гнатюк.", "uk",
                      "2027-02-11")
    assert ax.statements[0].said_on is not None and ax.statements[0].said_on.value == "2027-02-11"


@pytest.mark.parametrize("text,lang,elected", [
    ("Генасамблея ООН учора обрала Ірландію членом Ради економічного співробітництва.", "uk",
     "Ірландію"),
    ("Генассамблея ООН во вторник избрала Ирландию членом Комитета по торговле.", "ru", "Ирландию"),
    ("Парламент Естонії у вівторок обрав Марту Кулль президенткою країни.", "uk", "Марту Кулль"),
])
def test_who_is_elected_takes_part_not_who_elects(text, lang, elected):
    ax = run_pipeline(text, lang, "2027-10-14")
    assert one_event(ax, "Election").participants == [key_of(ax, elected)]


def test_a_thing_chosen_is_still_no_election():
    ax = run_pipeline("Уряд обрав Відень місцем наступного раунду.", "uk", "2027-10-14")
    assert not [e for e in ax.events if e.type == "Election"]


@pytest.mark.parametrize("text,lang", [
    ("Прем'єр Латвії Марта Озола і прем'єр Польщі Ян Вуйцік провели переговори в Ризі. Уряди підписали меморандум "
     "про енергетику.", "uk"),
    ("Премьер Латвии Марта Озола и премьер Польши Ян Вуйцик провели переговоры в Риге. Правительства подписали "
     "меморандум об энергетике.", "ru"),
])
def test_governments_signing_are_their_states(text, lang):
    ax = run_pipeline(text, lang, "2027-10-14")
    deal = one_event(ax, "Agreement")
    assert set(deal.participants) == {key_of_wikidata(ax, "Q211"), key_of_wikidata(ax, "Q36")}


def test_a_party_named_in_quotes_after_its_kind_noun_wins_the_election():
    ax = run_pipeline("На виборах у неділю перемогла партія «Громада».", "uk", "2027-10-14")
    assert one_event(ax, "Election").participants == [key_of(ax, "Громада")]


def test_a_town_inside_a_quoted_outlet_name_is_no_mention():
    ax = run_pipeline("За даними «Суспільне Полтава», частина сіл залишилася без води.", "uk", "2027-10-14")
    assert not [e for e in ax.entities if e.wikidata == "Q154842" or e.name == "Полтава"]


@pytest.mark.parametrize("text,lang", [
    ("Прем'єр Латвії Марта Озола провела переговори в Ризі.", "uk"),
    ("Премьер Латвии Марта Озола провела переговоры в Риге.", "ru"),
])
def test_a_month_word_before_a_capitalised_word_is_a_name(text, lang):
    ax = run_pipeline(text, lang, "2027-10-14")
    assert told(one_event(ax, "Talks").time) is None


@pytest.mark.parametrize("text,lang,body", [
    ("Делегация Государственной думы во главе с Петром Сергеевым в понедельник прибыла в Гану. В четверг российская "
     "делегация посетит город Тамале на севере страны.", "ru", "Государственной думы"),
    ("Делегація Сейму на чолі з Анною Ковальською в понеділок прибула до Гани. У четвер польська делегація відвідає "
     "місто Тамале на півночі країни.", "uk", "Сейму"),
])
def test_a_bare_delegation_travelling_on_is_the_visits_delegation(text, lang, body):
    ax = run_pipeline(text, lang, "2027-10-14")
    trip = next(e for e in ax.events if e.type == "Visit" and e.status == "planned")
    assert key_of(ax, body) in trip.participants


def test_a_delegation_another_states_adjective_names_is_not_the_visits():
    ax = run_pipeline("Делегация Государственной думы во главе с Петром Сергеевым в понедельник прибыла в Гану. "
                      "Осенью ганская парламентская делегация посетит Казань.", "ru", "2027-10-14")
    assert all(key_of(ax, "Государственной думы") not in e.participants
               for e in ax.events if e.type == "Visit" and e.status != "occurred")


def test_a_persons_trip_is_no_delegation_travelling_on():
    ax = run_pipeline("Министр Петр Сергеев в понедельник прибыл в Гану. Осенью делегация посетит Казань.", "ru",
                      "2027-10-14")
    assert all(key_of(ax, "Петр Сергеев") not in e.participants
               for e in ax.events if e.type == "Visit" and e.status != "occurred")


@pytest.mark.parametrize("text,lang", [
    ("Марія Коваль і Петро Гнатюк провели в Луцьку першу за п'ять років зустріч.", "uk"),
    ("Мария Коваль и Петр Гнатюк провели в Луцке первую за шесть лет встречу.", "ru"),
])
def test_the_span_since_the_last_meeting_stands_between_verb_and_event(text, lang):
    ax = run_pipeline(text, lang, "2027-10-14")
    assert len(one_event(ax, "Meeting").participants) == 2


def test_a_head_noun_of_the_event_stands_with_it_after_a_place():
    ax = run_pipeline("Марія Коваль і Петро Гнатюк провели в Луцьку черговий раунд переговорів.", "uk",
                      "2027-10-14")
    assert set(one_event(ax, "Talks").participants) == {key_of(ax, "Марія Коваль"), key_of(ax, "Петро Гнатюк")}


@pytest.mark.parametrize("text", [
    "Петро Гнатюк і посланець Китаю Ван І провели переговори в Луцьку.",
    "Петро Гнатюк і голова МЗС Китаю Ван І провели переговори в Луцьку.",
])
def test_a_one_letter_syllable_ends_a_name_after_its_state(text):
    ax = run_pipeline(text, "uk", "2027-10-14")
    assert key_of(ax, "Ван І") in one_event(ax, "Talks").participants


@pytest.mark.parametrize("text,lang", [
    ("Меморандум у вівторок у Любліні підписали Петро Гнатюк і Ян Вуйцік.\n\nВуйцік на спільній пресконференції "
     "сказав, що Польща передасть сусідам два трансформатори.", "uk"),
    ("Меморандум во вторник в Люблине подписали Петр Гнатюк и Ян Вуйцик.\n\nВуйцик на совместной пресс-конференции "
     "сказал, что Польша передаст соседям два трансформатора.", "ru"),
])
def test_what_was_said_at_a_press_event_was_said_on_the_day_of_the_signing(text, lang):
    ax = run_pipeline(text, lang, "2027-02-11")
    said = ax.statements[-1]
    assert said.said_on is not None and said.said_on.value == "2027-02-09"

