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


def test_a_joint_body_of_two_speakers_is_their_chambers():
    ax = run_pipeline("Председатель Совета Федерации Валентина Матвиенко и председатель Сената Парагвая Басилио Нуньес "
                      "подписали в Асунсьоне соглашение о сотрудничестве. Первое заседание совместной комиссии "
                      "пройдет осенью в Москве.", "ru", "2027-05-05")
    meeting = one_event(ax, "Meeting")
    assert sorted(meeting.participants) == ["org:federation-council", "org:senat-paragva"]


@pytest.mark.parametrize("lang,text,speaker,content", [
    ("ru", "Кремль ответит на размещение ракет в Эстонии. С таким заявлением выступил пресс-секретарь президента "
           "России Дмитрий Песков. Это заявление вызвало критику в Таллине.",
     "per:dmitry-peskov", "Кремль ответит на размещение ракет в Эстонии"),
    ("ru", "Кремль ответит на размещение ракет в Эстонии. Такое заявление сделал журналистам Дмитрий Песков, "
           "пресс-секретарь президента РФ.", "per:dmitry-peskov", "Кремль ответит на размещение ракет в Эстонии"),
    ("uk", "Москва не визнає результатів виборів. Таку заяву зробила речниця МЗС Росії Марія Захарова.",
     "per:maria-zakharova", "Москва не визнає результатів виборів"),
])
def test_a_statement_made_as_the_sentence_before(lang, text, speaker, content):
    ax = run_pipeline(text, lang)
    assert [(s.speaker_key, s.content) for s in ax.statements] == [(speaker, content)]


def test_summing_up_the_call_dates_the_words_by_it():
    ax = run_pipeline("У вівторок Президент Володимир Зеленський провів телефонну розмову з прем'єр-міністром Японії. "
                      "Сторони обговорили постачання генераторів.\n\n«Дякую за підтримку. Наші команди підготують "
                      "угоду», – написав Зеленський у Telegram, підсумовуючи розмову.", "uk", "2028-05-12")
    assert [s.said_on.value if s.said_on else None for s in ax.statements] == ["2028-05-09"]


def test_a_time_in_the_speakers_adverbial_phrase_is_when_it_was_said():
    ax = run_pipeline("«Виборці дали нам мандат. Ми продовжимо курс», – сказала Метте Фредеріксен, звертаючись до "
                      "прихильників у Копенгагені в ніч на середу.", "uk", "2028-05-12")
    assert [s.said_on.value if s.said_on else None for s in ax.statements] == ["2028-05-10"]


def test_a_town_that_suffered_an_attack_stays_its_party():
    found = _attacks("Уночі російські дрони атакували Житомир. У липні Вінниця зазнала удару дронів.")
    assert ("2027-07", "loc:vinnytsia", ("loc:vinnytsia",)) in found


def test_a_copula_before_an_attack_noun_gives_it_no_party():
    found = _attacks("Посол ЄС Катаріна Матернова написала, що удари по портах «є атакою на світову торгівлю». "
                     "Уночі російські дрони атакували Ізмаїл.")
    assert [who for _t, _p, who in found] == [("wd:Q159",)]


def test_a_trip_told_with_its_noun_is_one_visit():
    ax = run_pipeline("Ильхам Алиев в последний раз был в Китае с государственным визитом в апреле 2025 года.", "ru",
                      "2027-09-14")
    assert [(e.trigger, e.time.value) for e in events_of(ax, "Visit")] == [("визитом", "2025-04")]


def test_a_trip_made_years_ago_is_not_the_one_invited_to():
    ax = run_pipeline("Зеленський запросив прем'єра Індії Нарендру Моді відвідати Україну. "
                      "Моді вже був у Києві в серпні 2024 року.", "uk", "2027-09-14")
    assert sorted((e.status, e.time.value if e.time else None) for e in events_of(ax, "Visit")) == [
        ("occurred", "2024-08"), ("planned", None)]


def test_a_name_in_quotes_is_not_what_something_was_called():
    ax = run_pipeline("Дмитрий Песков назвал незаконными новые ограничения против «Роснефти».", "ru")
    assert not ax.statements


@pytest.mark.parametrize("lang,text,parties", [
    ("ru", "В МИД России вызвали посла Германии.", ["org:mfa-ru", "wd:Q183"]),
    ("ru", "МИД России вызвал временного поверенного в делах Польши.", ["org:mfa-ru", "wd:Q36"]),
    ("uk", "До МЗС України викликали посла Угорщини.", ["org:mfa-ua", "wd:Q28"]),
    ("uk", "МЗС України викликало тимчасового повіреного у справах Угорщини.", ["org:mfa-ua", "wd:Q28"]),
])
def test_an_envoy_summoned_meets_the_ministry(lang, text, parties):
    meeting = one_event(run_pipeline(text, lang, "2027-09-14"), "Meeting")
    assert meeting.participants == parties
