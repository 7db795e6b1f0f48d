"""Attacks told without their attacker, missions named by a nationality, bodies of a state, past trips, a
receive verb with a delegation, and speech told after an impersonal verb or by what something was called.
Sentences written for these tests."""
import pytest

from conftest import events_of, one_event, run_pipeline, speakers_of


def _attacks(text: str, published: str = "2027-09-14"):
    return sorted((e.time.value if e.time else "", e.place_key, tuple(e.participants))
                  for e in events_of(run_pipeline(text, "uk", published), "Attack"))


def test_an_attack_told_without_attacker_is_by_the_one_the_article_names():
    found = _attacks("Уночі російські дрони атакували склад у Бердичеві на Житомирщині. Постраждалих немає. "
                     "Востаннє склад у Бердичеві атакували в серпні 2027 року. "
                     "Через удар по Коростеню в липні без світла лишилися 3 тисячі родин.")
    assert [(t, place, who) for t, place, who in found] == [
        ("2027-07", "loc:korosten", ("wd:Q159",)),
        ("2027-08", "loc:berdychiv", ("wd:Q159",)),
        ("2027-09-14", "loc:berdychiv", ("wd:Q159",)),
    ]


def test_with_no_attacker_named_anywhere_the_target_stays():
    found = _attacks("Уночі дрони атакували склад у Бердичеві. "
                     "Через удар по Коростеню в липні без світла лишилися 3 тисячі родин.")
    assert ("2027-07", "loc:korosten", ("loc:korosten",)) in found
    assert all("wd:Q159" not in who for _t, _p, who in found)


def test_the_town_of_the_target_not_its_region_is_where():
    found = _attacks("Уночі російські дрони атакували порт у Вилковому на Одещині.")
    assert [p for _t, p, _w in found] == ["loc:vilkove"]


def test_a_night_after_an_inline_date_header_is_that_day():
    ax = run_pipeline(" date 2027-09-14 Уночі російські дрони атакували склад у Бердичеві.", "uk", "2027-09-14")
    assert [(t.text, t.value) for t in ax.times] == [("2027-09-14", "2027-09-14"), ("Уночі", "2027-09-14")]


@pytest.mark.parametrize("lang,text,speaker", [
    ("uk", "За добу противник випустив 40 дронів, з них збито 31, йдеться в повідомленні Повітряних сил.",
     "org:air-force-ua"),
    ("ru", "Всего за сутки противник выпустил 50 дронов, из них сбиты 44, говорится в сообщении Министерства "
           "обороны России.", "org:mod-ru"),
])
def test_the_source_named_after_a_trailing_impersonal_verb_speaks(lang, text, speaker):
    ax = run_pipeline(text, lang)
    assert speakers_of(ax) == [speaker]
    assert ax.statements[0].content.endswith(("31", "44"))


def test_a_mission_named_by_nationality_is_the_one_in_that_place():
    ax = run_pipeline("У російському посольстві в Осло заявили, що нова угода не змінить позиції Москви. "
                      "Російське посольство в Гельсінкі назвало рішення уряду «помилкою».", "uk")
    missions = [e for e in ax.entities if e.type == "ORG"]
    assert len(missions) == 2, [(e.key, [m.text for m in e.mentions]) for e in ax.entities]
    assert speakers_of(ax) == [m.key for m in missions]
    assert "wd:Q159" not in speakers_of(ax)


@pytest.mark.parametrize("lang,text,name", [
    ("uk", "Депутати Національної ради Австрії обрали нового голову.", "Національної ради Австрії"),
    ("ru", "Выборы в Национальное собрание Республики Мали прошли в мае.", "Национальное собрание Республики Мали"),
])
def test_a_body_takes_the_state_after_it(lang, text, name):
    ax = run_pipeline(text, lang)
    assert name in [m.text for e in ax.entities if e.type == "ORG" for m in e.mentions]


@pytest.mark.parametrize("lang,text,trigger,time", [
    ("ru", "Сергей Лавров провел переговоры с главой МИД Камбоджи. В прошлый раз Лавров приезжал в Пномпень "
           "в ноябре 2022 года.", "приезжал", "2022-11"),
    ("ru", "Владимир Путин был в Китае в сентябре 2025 года.", "был", "2025-09"),
    ("uk", "Володимир Путін був у Пекіні у вересні 2025 року.", "був", "2025-09"),
    ("uk", "Ентоні Албаніз приїздив до Києва в липні 2025 року.", "приїздив", "2025-07"),
])
def test_a_past_trip(lang, text, trigger, time):
    visit = one_event(run_pipeline(text, lang, "2027-05-05"), "Visit")
    assert (visit.trigger, visit.status, visit.time.value) == (trigger, "occurred", time)
    assert len(visit.participants) == 2


@pytest.mark.parametrize("lang,text", [
    ("ru", "Министр был в курсе переговоров."),
    ("uk", "Міністр був у складі делегації."),
    ("ru", "Владимир Путин будет в Китае в сентябре."),
])
def test_being_somewhere_else_is_no_trip(lang, text):
    assert not events_of(run_pipeline(text, lang, "2027-05-05"), "Visit")


def test_a_delegation_received_is_its_states_meeting():
    ax = run_pipeline("В среду российскую делегацию принял президент Ливана Жозеф Аун.", "ru", "2027-05-05")
    meeting = one_event(ax, "Meeting")
    assert "wd:Q159" in meeting.participants and len(meeting.participants) == 2


def test_a_law_received_is_still_no_meeting():
    ax = run_pipeline("Российский парламент принял закон о бюджете.", "ru", "2027-05-05")
    assert not events_of(ax, "Meeting")


@pytest.mark.parametrize("lang,text,content", [
    ("uk", "Посол Росії в Польщі Георгій Михно назвав звинувачення проти консула «безпідставними».",
     "звинувачення проти консула «безпідставними»"),
    ("ru", "Посол России в Польше Георгий Михно назвал обвинения против консула «безосновательными».",
     "обвинения против консула «безосновательными»"),
    ("uk", "Речниця МЗС Росії Марія Захарова охрестила польсько-українську угоду «ще одним кроком до ескалації».",
     "ще одним кроком до ескалації"),
])
def test_what_something_was_called(lang, text, content):
    ax = run_pipeline(text, lang)
    assert [s.content for s in ax.statements] == [content]
