"""Damage done by a weapon on a day of its own as an attack ("у липні російська ракета зруйнувала"), and not the damage
of an attack just told or damage with no weapon; a signing that ended talks, with the talks' parties; a visitor named
by a title alone (a state's official, or the person of that state told of before); an election greeted abroad, held
at home; the day of a joint press conference, a speaker's own relative clause dating it; a name the recogniser took
for an organisation, said again as a sentence's subject; who heads a state by a "руководитель" title; the chairman
of a body that is no title of a person known only by his state; a capital between a locative source and the verb.
Sentences written for these tests (the guards pass on the code before them too)."""
import pytest

from conftest import events_of, key_of, one_event, run_entities, run_pipeline, speakers_of


@pytest.mark.parametrize("lang,text,place,month", [
    ("uk", "Як повідомляє місцевий сайт, у липні російська ракета зруйнувала склад поблизу Ніжина.", "Ніжина",
     "2027-07"),
    ("uk", "Ще в серпні уламки російської ракети зруйнували дах школи в Ніжині.", "Ніжині", "2027-08"),
    ("ru", "Как пишет местная газета, в сентябре российский беспилотник разрушил крышу склада в Сумах.", "Сумах",
     "2027-09"),
])
def test_a_weapon_that_damaged_something_on_a_day_of_its_own_is_an_attack(lang, text, place, month):
    ax = run_pipeline(text, lang, "2027-11-18")
    attack = one_event(ax, "Attack")
    assert attack.place_key == key_of(ax, place) and attack.time is not None and attack.time.value == month
    assert "wd:Q159" in attack.participants  # the weapon's adjective: Russia's


@pytest.mark.parametrize("lang,text", [
    ("uk", "Пожежа в серпні зруйнувала склад у Ніжині."),  # no weapon
    ("uk", "Уламки збитого дрона пошкодили дах будинку в Ніжині."),  # no day of its own: an attack's damage
])
def test_damage_with_no_weapon_or_no_day_of_its_own_is_no_attack(lang, text):
    assert events_of(run_pipeline(text, lang, "2027-11-18"), "Attack") == []


@pytest.mark.parametrize("text", [
    "Уночі ракета влучила в котельню в Ніжині, а уламки дронів у вівторок пошкодили дитячий садок.",
    "Росія обстріляла Ніжин у квітні: тоді ракети зруйнували склад біля вокзалу.",  # "тоді": that day
])
def test_the_damage_of_the_attack_told_in_the_same_sentence_is_that_attack(text):
    ax = run_pipeline(text, "uk", "2027-11-18")
    assert len(events_of(ax, "Attack")) == 1


@pytest.mark.parametrize("lang,text", [
    ("uk", "У Мадриді Андрій Сибіга провів переговори з іспанським колегою Хосе Мануелем Альбаресом. Розмова "
           "закінчилася підписанням меморандуму щодо співпраці."),
    ("ru", "В Мадриде Сергей Лавров провел переговоры с испанским коллегой Хосе Мануэлем Альбаресом. Беседа "
           "закончилась подписанием плана консультаций."),
])
def test_a_signing_that_ended_talks_is_an_agreement_of_their_parties(lang, text):
    ax = run_pipeline(text, lang, "2027-11-18")
    talks, deal = one_event(ax, "Talks"), one_event(ax, "Agreement")
    assert set(deal.participants) == set(talks.participants) and len(deal.participants) == 2


@pytest.mark.parametrize("lang,text,visitor,status", [
    ("uk", "За даними порталу Delfi, навесні естонський міністр енергетики може відвідати Львів.", "wd:Q191",
     "possible"),  # Estonia
    ("uk", "Восени міністр культури Чилі відвідає Львів.", "wd:Q298", "planned"),  # Chile
    ("ru", "По данным портала, весной эстонский министр энергетики может прилететь во Львов.", "wd:Q191", "possible"),
])
def test_a_visitor_named_by_a_title_alone_is_his_state(lang, text, visitor, status):
    ax = run_pipeline(text, lang, "2027-11-18")
    visit = one_event(ax, "Visit")
    assert visit.participants[0] == visitor and visit.status == status
    assert visit.place_key == "wd:Q36036"  # Lviv


def test_a_visitor_named_by_nationality_and_title_is_the_person_of_that_state_told_of_before():
    ax = run_pipeline("Прем'єр-міністр Юлія Свириденко у вівторок провела переговори в Осло. Наступного тижня "
                      "український прем'єр вирушить до Малайзії.", "uk", "2027-11-18")
    visit = one_event(ax, "Visit")
    assert visit.participants[0] == key_of(ax, "Юлія Свириденко")


def test_an_election_greeted_abroad_was_held_at_home():
    ax = run_pipeline("Президент Гани Джон Махама переміг на виборах.\n\nУ Пекіні переобрання Махами привітали "
                      "прихильно.", "uk", "2027-08-16")
    assert one_event(ax, "Election").place_key == key_of(ax, "Гани")


def test_a_joint_press_conference_with_a_named_host_is_on_the_day_told_before():
    ax = run_pipeline("Сибіга в Осло домовився про енергетичне обладнання\n\nДжерело: Європейська правда\n\n"
                      "5 березня 2027, 18:20\n\nУ вівторок Андрій Сибіга прибув до Норвегії і провів в Осло переговори "
                      "з колегою Еспеном Бартом Ейде. Розмова тривала близько години, після чого міністри підписали "
                      "меморандум.\n\n«Норвегія допомагає нам пережити зиму, – наголосив Сибіга на "
                      "спільній з Ейде пресконференції. – Ми цього не забудемо».", "uk", "2027-03-05")
    assert [s.said_on.value if s.said_on else None for s in ax.statements] == ["2027-03-02"] * 2


def test_the_speakers_own_relative_clause_dates_the_occasion():
    ax = run_pipeline("Поляки передадуть дрони\n\nДжерело: Європейська правда\n\n5 березня 2027, 18:20\n\nУ вівторок "
                      "Андрій Сибіга провів переговори в Осло.\n\nДенис Шмигаль, що керує оборонним відомством та в "
                      "четвер приїхав у Варшаву, мав переговори з польським колегою.\n\nНа спільному з ним брифінгу "
                      "Шмигаль наголосив: «Польща щодня бачить дрони біля свого кордону».", "uk", "2027-03-05")
    assert [s.said_on.value if s.said_on else None for s in ax.statements] == ["2027-03-04"]


def test_a_name_the_recogniser_took_for_a_body_said_again_as_a_subject_is_a_person():
    index, _roles = run_entities("Переможець набрав 50,3% голосів, а суперник від опозиційної коаліції Мусалія "
                                 "Мудаваді – 47%.\n\nМудаваді пообіцяв, що коаліція оскаржить підсумки в суді.", "uk",
                                 [("Мусалія Мудаваді", "ORG")])  # (as the recogniser typed a name like it)
    found = [(e.type, sorted(m.text for m in e.mentions)) for e in index.entities.values()]
    assert found == [("PER", ["Мудаваді", "Мусалія Мудаваді"])]


def test_a_leader_of_a_state_by_a_plain_title_is_its_head():
    ax = run_pipeline("Керівник Туркменістану Сердар Бердимухамедов прийняв Олега Дубового.\n\nТуркменський лідер "
                      "заявив, що Ашгабат готовий продавати газ.", "uk", "2027-08-16")
    assert speakers_of(ax) == [key_of(ax, "Сердар Бердимухамедов")]


def test_the_chairman_of_a_body_is_no_person_known_only_by_his_state():
    ax = run_pipeline("Вчера Вячеслав Володин провел переговоры в Пхеньяне.\n\nПредседатель Президиума ВНС, как "
                      "сообщает агентство, выразил уверенность, что торговля вырастет.", "ru", "2027-08-16")
    assert speakers_of(ax) == [key_of(ax, "Президиума ВНС")]


@pytest.mark.parametrize("text", [
    "В Берлине позицию Берна поддержали и добавили, что ФРГ готова помочь.",
    "В Берлине добавили, что ФРГ готова помочь.",  # (guard)
])
def test_a_capital_named_between_the_locative_source_and_the_verb_is_not_the_source(text):
    ax = run_pipeline(text, "ru", "2027-08-16")
    assert speakers_of(ax) == ["wd:Q183"]  # Germany, for "в Берлине"


def test_a_minister_by_nationality_is_no_president_of_his_state():
    ax = run_pipeline("Литовський президент Гітанас Науседа виступив у Сеймі. Як пише портал, литовський міністр енергетики "
                      "може відвідати Львів.", "uk", "2027-11-18")
    assert one_event(ax, "Visit").participants[0] == "wd:Q37"  # Lithuania, not its president


def test_the_head_of_a_government_named_before_by_his_office_is_the_visitor():
    ax = run_pipeline("Прем'єр-міністр Юлія Свириденко у вівторок провела переговори в Осло. Наступного тижня глава "
                      "українського уряду вирушить до Малайзії.", "uk", "2027-11-18")
    assert one_event(ax, "Visit").participants[0] == key_of(ax, "Юлія Свириденко")


def test_a_dated_weapon_strike_after_a_colon_is_its_own_attack():
    ax = run_pipeline("Обстріли громади почастішали: у липні російська ракета зруйнувала склад поблизу Ніжина.", "uk",
                      "2027-11-18")
    assert [e.time.value for e in events_of(ax, "Attack")] == ["2027-07"]


def test_a_delegation_named_by_a_sentence_opening_adjective_is_its_states():
    ax = run_pipeline("Українська делегація відвідає Дакар.", "uk", "2027-11-18")
    assert one_event(ax, "Visit").participants[0] == "wd:Q212"  # Ukraine ("Українська" reads as a noun too)


def test_a_foreign_name_before_its_verb_is_the_winner():
    ax = run_pipeline("Сенегал пережил кризис: Юсуфа Пинто победил на парламентских выборах, но оппозиция не признала "
                      "итогов.", "ru", "2027-11-18")
    assert one_event(ax, "Election").participants == [key_of(ax, "Юсуфа Пинто")]


@pytest.mark.parametrize("lang,text", [
    ("uk", "У четвер міністр оборони відвідає Констанцу, де огляне порт."),
    ("ru", "В четверг министр обороны посетит Констанцу и осмотрит порт."),
])
def test_a_word_two_towns_could_be_read_as_is_the_larger(lang, text):
    ax = run_pipeline(text, lang, "2027-11-18")
    town = next(e for e in ax.entities if e.key == key_of(ax, "Констанцу"))
    assert town.country_key == "wd:Q218"  # Constanța in Romania, not Konstanz in Germany


def test_a_quoted_foreign_firm_name_is_an_organisation_not_its_state():
    ax = run_pipeline("РЖД и «Узбекистон темир йуллари» договорились о закупке вагонов.", "ru", "2027-11-18")
    deal = one_event(ax, "Agreement")
    firm = key_of(ax, "Узбекистон темир йуллари")
    assert set(deal.participants) == {key_of(ax, "РЖД"), firm}
    assert next(e for e in ax.entities if e.key == firm).type == "ORG"


@pytest.mark.parametrize("text,told,other", [
    ("Вячеслав Володин встретился в Лиме с председателем Конгресса Перу. Переговоры закончились подписанием "
     "соглашения о сотрудничестве.", "Meeting", "Talks"),
    ("Сергей Лавров провел в Ташкенте переговоры с Бахтиёром Саидовым. Стороны закончили встречу подписанием плана "
     "консультаций.", "Talks", "Meeting"),
])
def test_talks_that_ended_in_a_signing_are_the_talks_told_before_whatever_their_word(text, told, other):
    ax = run_pipeline(text, "ru", "2027-11-18")
    meeting, deal = one_event(ax, told), one_event(ax, "Agreement")
    assert events_of(ax, other) == [] and set(deal.participants) == set(meeting.participants)
