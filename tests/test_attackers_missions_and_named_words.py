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
    ("uk", "Протягом ночі ворог запустив 40 дронів, 31 з них знешкоджено, йдеться в повідомленні Генерального "
           "штабу ЗСУ.", "org:general-staff-ua"),
    ("ru", "За сутки ликвидировано 44 пожара, говорится в сообщении МЧС России.", "org:mchs-ru"),
])
def test_the_source_named_after_a_trailing_impersonal_verb_speaks(lang, text, speaker):
    ax = run_pipeline(text, lang)
    assert speakers_of(ax) == [speaker]
    assert ax.statements[0].content.endswith(("знешкоджено", "пожара"))


def test_a_mission_named_by_nationality_is_the_one_in_that_place():
    ax = run_pipeline("У російському посольстві в Осло заявили, що нова угода не змінить позиції Москви. "
                      "Російське посольство в Гельсінкі назвало рішення уряду «помилкою».", "uk")
    missions = [e for e in ax.entities if e.type == "ORG"]
    assert len(missions) == 2, [(e.key, [m.text for m in e.mentions]) for e in ax.entities]
    assert speakers_of(ax) == [m.key for m in missions]
    assert "wd:Q159" not in speakers_of(ax)


@pytest.mark.parametrize("lang,text,trigger,time", [
    ("ru", "Сергей Лавров обсудил с вьетнамским коллегой поставки нефти. В прошлый раз Лавров посещал Ханой "
           "в январе 2024 года.", "посещал", "2024-01"),
    ("ru", "Владимир Путин был в Монголии в сентябре 2024 года.", "был", "2024-09"),
    ("uk", "Володимир Путін був у Пхеньяні у червні 2024 року.", "був", "2024-06"),
    ("uk", "Марк Карні приїздив до Києва в серпні 2025 року.", "приїздив", "2025-08"),
])
def test_a_past_trip(lang, text, trigger, time):
    visit = one_event(run_pipeline(text, lang, "2027-05-05"), "Visit")
    assert (visit.trigger, visit.status, visit.time.value) == (trigger, "occurred", time)
    assert len(visit.participants) == 2


@pytest.mark.parametrize("lang,text", [
    ("ru", "Министр был в курсе переговоров."),
    ("uk", "Міністр був у складі делегації."),
    ("ru", "Владимир Путин будет в Монголии осенью."),
])
def test_being_somewhere_else_is_no_trip(lang, text):
    assert not events_of(run_pipeline(text, lang, "2027-05-05"), "Visit")


def test_a_delegation_received_is_its_states_meeting():
    ax = run_pipeline("В понедельник президент Парагвая Сантьяго Пенья принял российскую делегацию.", "ru", "2027-05-05")
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
    ("uk", "Представниця МЗС Росії Марія Захарова охрестила чесько-українську декларацію «папірцем для внутрішнього "
           "вжитку».", "папірцем для внутрішнього вжитку"),
])
def test_what_something_was_called(lang, text, content):
    ax = run_pipeline(text, lang)
    assert [s.content for s in ax.statements] == [content]


def test_a_joint_body_of_two_speakers_is_their_chambers():
    ax = run_pipeline("Председатель Совета Федерации Валентина Матвиенко и председатель Сената Парагвая Басилио Нуньес "
                      "подписали в Асунсьоне соглашение о сотрудничестве. Заседание совместной комиссии "
                      "запланировано на весну в Санкт-Петербурге.", "ru", "2027-05-05")
    meeting = one_event(ax, "Meeting")
    assert sorted(meeting.participants) == ["org:federation-council", "org:senat-paragva"]


@pytest.mark.parametrize("lang,text,speaker,content", [
    ("ru", "Кремль не станет комментировать учения у Готланда. С таким заявлением выступил Дмитрий Песков. "
           "Это заявление вызвало критику в Стокгольме.",
     "per:dmitry-peskov", "Кремль не станет комментировать учения у Готланда"),
    ("ru", "Кремль не станет комментировать учения у Готланда. Такое заявление в понедельник сделал журналистам "
           "Юрий Ушаков, помощник президента.", "per:yuri-ushakov", "Кремль не станет комментировать учения у Готланда"),
    ("uk", "Москва не визнає підсумків голосування. Таку заяву зробила Марія Захарова.",
     "per:maria-zakharova", "Москва не визнає підсумків голосування"),
])
def test_a_statement_made_as_the_sentence_before(lang, text, speaker, content):
    ax = run_pipeline(text, lang)
    assert [(s.speaker_key, s.content) for s in ax.statements] == [(speaker, content)]


def test_summing_up_the_call_dates_the_words_by_it():
    ax = run_pipeline("У вівторок Президент Володимир Зеленський провів переговори з прем'єр-міністром Японії. "
                      "Сторони обговорили постачання генераторів.\n\n«Дякую за підтримку. Наші команди підготують "
                      "угоду», – зазначив глава держави в соцмережах, підсумовуючи переговори.", "uk", "2028-05-12")
    assert [s.said_on.value if s.said_on else None for s in ax.statements] == ["2028-05-09"]


def test_a_time_in_the_speakers_adverbial_phrase_is_when_it_was_said():
    ax = run_pipeline("«Виборці дали нам мандат. Ми продовжимо курс», – сказала Метте Фредеріксен, звертаючись до "
                      "прихильників у Копенгагені в ніч на середу.", "uk", "2028-05-12")
    assert [s.said_on.value if s.said_on else None for s in ax.statements] == ["2028-05-10"]


def test_a_town_that_suffered_an_attack_is_where_the_articles_attacker_struck():
    found = _attacks("Уночі російські дрони атакували Житомир. У липні Вінниця зазнала удару дронів.")
    assert ("2027-07", "loc:vinnytsia", ("wd:Q159",)) in found


def test_a_copula_before_an_attack_noun_gives_it_no_party():
    found = _attacks("Єврокомісарка Марта Кос заявила, що обстріли елеваторів «є атакою на світову торгівлю зерном». "
                     "Уночі російські дрони атакували Ізмаїл.")
    assert [who for _t, _p, who in found] == [("wd:Q159",)]


def test_a_trip_told_with_its_noun_is_one_visit():
    ax = run_pipeline("Касым-Жомарт Токаев был в Японии с официальным визитом в декабре 2024 года.", "ru",
                      "2027-09-14")
    assert [(e.trigger, e.time.value) for e in events_of(ax, "Visit")] == [("визитом", "2024-12")]


def test_a_trip_made_years_ago_is_not_the_one_invited_to():
    ax = run_pipeline("Зеленський запросив прем'єра Канади Марка Карні відвідати Україну. "
                      "Карні вже був у Києві в серпні 2025 року.", "uk", "2027-09-14")
    assert sorted((e.status, e.time.value if e.time else None) for e in events_of(ax, "Visit")) == [
        ("occurred", "2025-08"), ("planned", None)]


def test_a_name_in_quotes_is_not_what_something_was_called():
    ax = run_pipeline("Министр назвал незаконными новые ограничения против «Совкомфлота».", "ru")
    assert not ax.statements


@pytest.mark.parametrize("lang,text,parties", [
    ("ru", "В МИД России вызвали посла Германии.", ["org:mfa-ru", "wd:Q183"]),
    ("ru", "МИД России вызвал временного поверенного в делах Литвы.", ["org:mfa-ru", "wd:Q37"]),
    ("uk", "До МЗС України викликали посла Угорщини.", ["org:mfa-ua", "wd:Q28"]),
    ("uk", "МЗС України викликало тимчасового повіреного у справах Словаччини.", ["org:mfa-ua", "wd:Q214"]),
])
def test_an_envoy_summoned_meets_the_ministry(lang, text, parties):
    meeting = one_event(run_pipeline(text, lang, "2027-09-14"), "Meeting")
    assert meeting.participants == parties


@pytest.mark.parametrize("lang,text,speaker", [
    ("uk", "Згідно з даними Центральної виборчої комісії Литви, партія набрала 31% голосів.",
     "org:tsentralna-viborcha-komisia-litvi"),
    ("ru", "Согласно сообщению пресс-службы Кремля, собеседники затронули поставки удобрений.", "org:kremlin"),
])
def test_according_to_the_data_of(lang, text, speaker):
    assert speakers_of(run_pipeline(text, lang)) == [speaker]


def test_a_plant_hit_with_no_attacker_named_is_no_party():
    found = _attacks("Уночі російські ракети атакували Бурштинську ТЕС. Попередній удар по Бурштинській ТЕС стався "
                     "в березні 2027 року.")
    assert all(who == ("wd:Q159",) for _t, _p, who in found) and len(found) == 2, found


@pytest.mark.parametrize("lang,text", [
    ("ru", "В ответ Рига расширила санкционный список."),
    ("uk", "У відповідь Рига розширила санкційний список."),
])
def test_a_sanctions_list_widened(lang, text):
    assert one_event(run_pipeline(text, lang, "2027-09-14"), "Sanctions").participants[0] == "wd:Q211"


@pytest.mark.parametrize("lang,text,name", [
    # a body's name takes the state after it
    ("uk", "Депутати Національної ради Австрії обрали нового голову.", "Національної ради Австрії"),
    ("ru", "Выборы в Национальное собрание Республики Мали прошли в мае.", "Национальное собрание Республики Мали"),
    # a news agency named by its adjectives
    ("ru", "Гость, слова которого приводит Малийское информационное агентство, отметил рост торговли.",
     "Малийское информационное агентство"),
    ("uk", "Про угоду написало Державне інформаційне агентство Ірану.",
     "Державне інформаційне агентство Ірану"),
])
def test_an_organisations_name_in_full(lang, text, name):
    ax = run_pipeline(text, lang)
    assert name in [m.text for e in ax.entities if e.type == "ORG" for m in e.mentions]


@pytest.mark.parametrize("lang,text,place", [
    ("uk", "Наступні вибори до фолькетингу призначено на червень.", "wd:Q35"),
    ("uk", "Вибори до бундестагу відбудуться у вересні.", "wd:Q183"),
    ("ru", "Выборы в кнессет пройдут в октябре.", "wd:Q801"),
])
def test_an_election_to_a_parliament_named_in_lower_case_is_in_its_state(lang, text, place):
    assert one_event(run_pipeline(text, lang, "2027-05-05"), "Election").place_key == place


def test_a_body_named_after_the_attack_verb_is_not_replaced_by_the_articles_attacker():
    ax = run_pipeline("Российские ракеты атаковали Одессу. В тот же день танкер в Черном море поразили морские дроны "
                      "СБУ.", "ru", "2027-09-14")
    assert sorted(tuple(e.participants) for e in events_of(ax, "Attack")) == [("org:sbu",), ("wd:Q159",)]


def test_a_delegation_received_on_a_visit_is_met_where_the_visit_is():
    ax = run_pipeline("Министр энергетики России Сергей Цивилев прибыл в Асунсьон с рабочим визитом. В среду российскую "
                      "делегацию принял президент Парагвая Сантьяго Пенья.", "ru", "2027-09-14")
    assert one_event(ax, "Meeting").place_key == "loc:asuncion"


@pytest.mark.parametrize("lang,text,key", [
    ("ru", "Переговоры продолжатся в марте, отметили в российском дипведомстве.", "org:mfa-ru"),
    ("ru", "Внешнеполитическое ведомство России выразило протест.", "org:mfa-ru"),
    ("ru", "Поставки возобновят к зиме, заверили в российском Минэнерго.", "org:minenergo-ru"),
    ("uk", "Графіки відключень скасують, повідомили в Міністерстві енергетики України.", "org:minenergo-ua"),
])
def test_a_states_ministry_by_any_of_its_names(lang, text, key):
    ax = run_pipeline(text, lang)
    assert key in [e.key for e in ax.entities]


@pytest.mark.parametrize("lang,text,value", [
    ("ru", "Россия и Парагвай могут до конца года подписать соглашение.", "2028"),
    ("uk", "Україна та Чилі можуть до кінця року підписати угоду.", "2028"),
    ("ru", "Переговоры продлятся до конца недели.", "2028-03-06/2028-03-12"),
])
def test_by_the_end_of_a_period(lang, text, value):
    ax = run_pipeline(text, lang, "2028-03-10")
    assert [(t.value, t.modifier) for t in ax.times] == [(value, "end")]


def test_to_the_end_with_no_period_is_no_time():
    assert not run_pipeline("Уряд Чилі довів реформу до кінця.", "uk", "2028-03-10").times
