"""Who visits when a relative clause names the body the visitor heads, places after a place noun, "на" before an
island state, places after "near" prepositions, signers split by an inserted phrase, long fronted agreements,
summoned envoys, attacks a town suffered, towns the recogniser took for persons, and the night of the report.
Sentences written for these tests."""
import pytest

from conftest import events_of, key_of, one_event, run_pipeline


@pytest.mark.parametrize("lang,text,visitor,body", [
    ("ru", "Ольга Кравцова, которая возглавляет Конституционный суд и находится в Чили с официальным визитом, "
           "провела во вторник переговоры в Сантьяго.", "Ольга Кравцова", "Конституционный суд"),
    ("uk", "Остап Мельничук, який очолює Міноборони України і вперше прибув до Чилі з офіційним візитом, провів у "
           "вівторок переговори в Сантьяго.", "Остап Мельничук", "Міноборони України"),
])
def test_the_body_a_relative_clause_names_before_the_visit_verb_is_no_visitor(lang, text, visitor, body):
    ax = run_pipeline(text, lang, "2027-03-09")
    visit = one_event(ax, "Visit")
    assert key_of(ax, visitor) in visit.participants
    assert key_of(ax, body) not in visit.participants


def test_a_name_after_a_port_noun_is_the_place_visited():
    ax = run_pipeline("Олена Гордієнко провела переговори в Коломбо.\n\nУ п'ятницю Гордієнко поїде до порту "
                      "Тринкомалі на сході острова.", "uk", "2028-03-09")
    planned = [e for e in events_of(ax, "Visit") if e.status == "planned"]
    assert [e.place_key for e in planned] == [key_of(ax, "Тринкомалі")]
    assert next(e for e in ax.entities if e.key == key_of(ax, "Тринкомалі")).type == "LOC"


@pytest.mark.parametrize("lang,text,state", [
    ("ru", "Игорь Васильев, который прилетел на Кипр с официальным визитом, провел переговоры.", "Кипр"),
    ("uk", "Ігор Васильченко, який прибув на Мальту з робочим візитом, провів переговори.", "Мальту"),
])
def test_na_before_an_island_state_is_where_the_visit_goes(lang, text, state):
    ax = run_pipeline(text, lang, "2028-01-12")
    visit = one_event(ax, "Visit")
    assert key_of(ax, state) in visit.participants


def test_na_before_an_occasion_is_no_destination():
    ax = run_pipeline("Ігор Васильченко прибув на форум з робочим візитом.", "uk", "2028-01-12")
    assert all(e.place_key is None for e in events_of(ax, "Visit"))


@pytest.mark.parametrize("lang,text,town", [
    ("uk", "Уночі російські дрони атакували електропідстанцію поблизу Старокостянтинова на Хмельниччині.",
     "Старокостянтинова"),
    ("ru", "Ночью дроны атаковали нефтебазу возле Новозыбкова в Брянской области.", "Новозыбкова"),
])
def test_a_town_after_a_near_preposition_is_where_the_attack_was(lang, text, town):
    ax = run_pipeline(text, lang, "2027-10-02")
    assert one_event(ax, "Attack").place_key == key_of(ax, town)


@pytest.mark.parametrize("lang,text,first,second", [
    ("ru", "Ирина Белова, возглавляющая Министерство транспорта РФ, и казахстанский министр Ержан Сапаров в среду "
           "подписали в Москве соглашение о перевозках.", "Ирина Белова", "Ержан Сапаров"),
    ("uk", "Марія Ткач, яка очолює Міністерство енергетики, та литовський міністр Йонас Карвеліс у вівторок "
           "підписали угоду про постачання газу.", "Марія Ткач", "Йонас Карвеліс"),
])
def test_a_signer_before_an_inserted_phrase_signs_too(lang, text, first, second):
    ax = run_pipeline(text, lang, "2028-01-26")
    assert {key_of(ax, first), key_of(ax, second)} <= set(one_event(ax, "Agreement").participants)


def test_a_long_fronted_agreement_has_its_signers_not_the_village_in_its_topic():
    ax = run_pipeline("Межправительственное соглашение о строительстве солнечной электростанции у села Каменка в "
                      "Омской области в среду подписали в Астане министр энергетики России Олег Рябов и министр "
                      "энергетики Казахстана Ерлан Ахметов.", "ru", "2028-04-12")
    ev = one_event(ax, "Agreement")
    assert {key_of(ax, "Олег Рябов"), key_of(ax, "Ерлан Ахметов")} <= set(ev.participants)
    assert key_of(ax, "Каменка") not in ev.participants


@pytest.mark.parametrize("lang,text", [
    ("ru", "В четверг временного поверенного в делах Литвы пригласят в МИД, где ему вручат ноту протеста."),
    ("uk", "У четвер тимчасового повіреного у справах Угорщини запросять до МЗС, де йому вручать ноту протесту."),
])
def test_an_envoy_invited_to_a_ministry_is_summoned(lang, text):
    ax = run_pipeline(text, lang, "2028-02-14")
    assert one_event(ax, "Meeting").status == "planned"


def test_a_plant_that_suffered_an_attack_stays_its_party():
    ax = run_pipeline("Уночі українські дрони атакували Саратов. Саратовский НПЗ уже подвергался атаке "
                      "беспилотников в мае.", "ru", "2027-11-23")
    plant = key_of(ax, "Саратовский НПЗ")
    assert any(e.participants == [plant] for e in events_of(ax, "Attack"))


def test_a_town_written_as_a_place_elsewhere_is_a_place_after_a_preposition():
    ax = run_pipeline("Ракета влучила у міст поблизу Тернової.\n\nУ понеділок до Тернової приїде віцепрем'єр "
                      "Олексій Гнатенко.", "uk", "2028-02-09")
    keys = {m.entity_key for e in ax.entities for m in e.mentions if m.text == "Тернової"}
    assert len(keys) == 1 and next(e for e in ax.entities if e.key in keys).type == "LOC"
    assert any(e.place_key in keys for e in events_of(ax, "Visit"))


def test_the_adjective_of_the_first_weapons_names_the_attacker_of_coordinated_weapons():
    ax = run_pipeline("У ніч на п'ятницю російські ударні дрони і крилаті ракети атакували нафтобазу в Липовці.", "uk",
                      "2027-11-26")
    assert one_event(ax, "Attack").participants == ["wd:Q159"]


def test_a_town_and_its_district_in_the_genitive_are_a_town():
    ax = run_pipeline("Уночі дрони атакували склад у Вороновиці Вінницького району.", "uk", "2027-11-26")
    town = next(e for e in ax.entities if any(m.text.startswith("Вороновиці") for m in e.mentions))
    assert town.type == "LOC" and all(m.text == "Вороновиці" for m in town.mentions)


@pytest.mark.parametrize("lang,text", [
    ("uk", "Цієї ночі ворог атакував Бердичів."),
    ("ru", "Этой ночью противник атаковал Брянск."),
])
def test_the_night_of_the_report_dates_the_attack(lang, text):
    ax = run_pipeline(text, lang, "2027-11-23")
    assert any(t.text.lower().startswith(("цієї", "этой")) and t.value == "2027-11-23" for t in ax.times)


def test_a_surname_that_also_spells_a_plural_genitive_stays_a_subject():
    ax = run_pipeline("По завершении встречи Лавров и министр иностранных дел Ганы подписали план консультаций.",
                      "ru", "2028-03-09")
    assert "wd:Q80837" in one_event(ax, "Agreement").participants
