"""Arabic name particles, ministries named by their square, another state's ministry named by its adjective,
two bodies run together, the leaders after a congratulation and other cases met on unseen articles:
sentences written for these tests."""
import pytest

from conftest import one_event as _only
from conftest import key_of, run_entities, run_pipeline, speakers_of


# -- bodies that speak: a ministry by its square after "на", another state's ministry by its adjective, curated ones
@pytest.mark.parametrize("text,lang,key", [
    pytest.param("Ответная нота будет направлена в пятницу, добавили на Смоленской площади.", "ru", "org:mfa-ru",
                 id="square-after-the-content"),
    pytest.param("На Смоленской площади заявили, что ответ последует.", "ru", "org:mfa-ru", id="square-ru"),
    pytest.param("На Михайлівській площі заявили, що відповідь буде.", "uk", "org:mfa-ua", id="square-uk"),
    pytest.param("На Банковій заявили, що відповідь буде.", "uk", "org:bankova", id="street-uk"),
    pytest.param("Як повідомило грецьке Міністерство внутрішніх справ, явка склала 60%.", "uk", "org:mvs-gr",
                 id="adjective-interior"),
    pytest.param("Як повідомило Українське Міністерство закордонних справ, посла викликано.", "uk", "org:mfa-ua",
                 id="adjective-ours"),
    pytest.param("Как сообщили в польском Министерстве иностранных дел, посол вызван.", "ru", "org:mfa-pl",
                 id="adjective-foreign"),
    pytest.param("Представитель эстонского внешнеполитического ведомства заявил, что ответ будет.", "ru", "org:mfa-ee",
                 id="adjective-descriptive"),
    pytest.param("Как сообщили в Лиге арабских государств, саммит перенесен.", "ru", "wd:Q7172", id="arab-league"),
    pytest.param("Як повідомили у ВМС, ворожі дрони збито над морем.", "uk", "org:ua-navy", id="bare-navy-uk"),
    pytest.param("Генштаб Збройних сил України повідомив, що уражено склад пального.", "uk", "org:general-staff-ua",
                 id="general-staff-in-full"),
])
def test_the_body_speaks(text, lang, key):
    assert speakers_of(run_pipeline(text, lang, "2028-03-09")) == [key]


@pytest.mark.parametrize("text,lang", [
    ("Госкорпорация «Росатом» построит станцию в Гане.\n\nСтроительство начнется весной, сообщили в "
     "госкорпорации.", "ru"),
    ("Держкорпорація «Росатом» збудує станцію в Гані.\n\nБудівництво почнеться навесні, повідомили в "
     "держкорпорації.", "uk"),
])
def test_the_state_corporation_named_before_speaks(text, lang):
    assert speakers_of(run_pipeline(text, lang, "2028-03-09")) == ["org:rosatom"]


# -- "як свідчать дані X", "дав зрозуміти" ---------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,cue", [
    ("Як свідчать дані Міністерства фінансів Польщі, дефіцит зріс до 6%.", "uk", "Як свідчать дані"),
    ("Как показывают данные Министерства финансов Польши, дефицит вырос до 6%.", "ru", "Как показывают данные"),
])
def test_what_the_data_of_a_body_show_is_its_statement(text, lang, cue):
    ax = run_pipeline(text, lang, "2028-03-09")
    assert speakers_of(ax) == ["org:minfin-pl"] and ax.statements[0].cue == cue


@pytest.mark.parametrize("text,lang,cue", [
    ("Спікер сейму Шимон Головня дав зрозуміти, що не голосуватиме за бюджет.", "uk", "дав зрозуміти"),
    ("Спикер сейма Шимон Головня дал понять, что не станет голосовать за бюджет.", "ru",
     "дал понять"),
])
def test_giving_to_understand_is_a_statement(text, lang, cue):
    ax = run_pipeline(text, lang, "2028-03-09")
    assert [(s.cue, s.speaker_text) for s in ax.statements] == [(cue, text.split()[2] + " " + text.split()[3])]


# -- Arabic names: an article glued on by a hyphen, "бен", "улд" ------------------------------------------------
def test_a_surname_with_its_article_is_the_person_named_in_full():
    text = ("Глава МИД Омана Бадр аль-Бусаиди провел встречу с министром Кувейта.\n\nВ беседе с агентством ONA "
            "аль-Бусаиди сказал, что Маскат готов к посредничеству.")
    index, _roles = run_entities(text, "ru", [("Бадр аль-Бусаиди", "PER")])
    person = next(e for e in index.entities.values() if e.type == "PER")
    assert {m.text for m in person.mentions} == {"Бадр аль-Бусаиди", "аль-Бусаиди"}


def test_a_given_name_before_bin_is_part_of_the_name_and_names_him_later():
    ax = run_pipeline("Делегацию принял эмир Кувейта Мишааль бен Ахмед Аль Сабах.\n\nВесной в Сочи эмир Мишааль "
                      "провел переговоры с Путиным о поставках зерна.", "ru", "2028-03-09")
    key = key_of(ax, "Мишааль бен Ахмед Аль Сабах")
    assert key_of(ax, "Мишааль") == key
    assert set(_only(ax, "Talks").participants) == {key, "wd:Q7747"}


def test_the_word_after_bin_is_no_surname_of_a_known_person():
    ax = run_pipeline("Принц Хамад провел переговоры в Манаме.", "ru", "2028-03-09")
    assert key_of(ax, "Хамад") != "per:tamim-bin-hamad"


def test_a_name_opening_with_ould_is_the_full_name_again():
    ax = run_pipeline("Председатель Сената Мавритании Мохамед Улд Бейбакар принял делегацию.\n\nУлд Бейбакар "
                      "подчеркнул, что сотрудничество растет.", "ru", "2028-03-09")
    assert key_of(ax, "Улд Бейбакар") == key_of(ax, "Мохамед Улд Бейбакар")


# -- "он" after a woman is not her ------------------------------------------------------------------------------
def test_he_is_not_the_woman_named_last():
    ax = run_pipeline("Президент Сенегала Бассиру Диомай Фай прибыл в Москву. Его встретила Валентина Матвиенко.\n\n"
                      "Через час он вместе с Владимиром Путиным подписал пакет соглашений.", "ru", "2028-03-09")
    assert "per:valentina-matviyenko" not in _only(ax, "Agreement").participants


# -- title, body with a genitive complement, name ----------------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Сергей Лавров провел переговоры с председателем Палаты депутатов чилийского конгресса Карлосом Рохасом.", "ru"),
    ("Сергій Лавров провів переговори з головою Палати депутатів чилійського конгресу Карлосом Рохасом.", "uk"),
])
def test_the_person_after_a_title_and_its_body_takes_part(text, lang):
    ax = run_pipeline(text, lang, "2028-03-09")
    assert set(_only(ax, "Talks").participants) == {"wd:Q80837", key_of(ax, "Карлосом Рохасом")}


# -- the congratulator and the winner are the leaders who talk next ------------------------------------------------
def test_the_leaders_after_a_congratulation_are_both():
    ax = run_pipeline("Партія «Ліберали» прем'єра Мете Фредеріксен перемогла на виборах у Данії.\n\nПрезидент "
                      "України Володимир Зеленський першим привітав Фредеріксен з перемогою. «Розраховую на співпрацю», – "
                      "написав він.\n\nУже ввечері лідери поговорили по телефону та домовилися зустрітися в Гаазі "
                      "в жовтні.", "uk", "2027-09-20")
    call = _only(ax, "Call")
    assert set(call.participants) == {"wd:Q3874799", key_of(ax, "Фредеріксен")}
    assert call.status == "occurred" and (call.time is None or not call.time.value.startswith("2027-10"))
    # (October is the meeting's)
    assert _only(ax, "Meeting").time.value == "2027-10"


# -- outlets, bodies, places ------------------------------------------------------------------------------------
def test_an_outlets_article_is_part_of_its_name():
    ax = run_pipeline("Як пише газета la Stampa, уряд піде у відставку.", "uk", "2028-03-09")
    assert [s.speaker_text for s in ax.statements] == ["la Stampa"]


def test_two_bodies_joined_by_a_conjunction_are_two():
    ax = run_pipeline("В мае Российский экспортный центр и Управление портов Танзании проведут консультации по "
                      "аренде причала.", "ru", "2028-03-09")
    names = {m.text for e in ax.entities for m in e.mentions}
    assert {"Российский экспортный центр", "Управление портов Танзании"} <= names
    assert len(_only(ax, "Talks").participants) == 2


def test_a_towns_adjective_opening_an_institutions_name_is_no_town():
    ax = run_pipeline("Инженеров для станции обучат в Новосибирском государственном университете.", "ru", "2028-03-09")
    assert "Новосибирском государственном университете" in {m.text for e in ax.entities for m in e.mentions}
    assert not any(e.type == "LOC" for e in ax.entities)


@pytest.mark.parametrize("name,kind", [("Олексій Мороз", "PER"), ("Івано-Франківщині", "LOC")])
def test_a_given_name_and_a_surname_typed_as_a_place_are_a_person(name, kind):
    text = f"Про наслідки обстрілу в Telegram написав {name}." if kind == "PER" \
        else f"Удару зазнала електростанція на {name}."  # (one word with a hyphen is no given name and surname)
    index, _roles = run_entities(text, "uk", [(name, "LOC")])
    assert {e.type for e in index.entities.values() if any(m.text == name for m in e.mentions)} == {kind}


def test_a_quoted_missile_model_is_no_organisation():
    ax = run_pipeline("За даними Повітряних сил, росіяни випустили по місту три ракети «Іскандер-К».", "uk", "2028-03-09")
    assert not any(m.text == "Іскандер-К" for e in ax.entities for m in e.mentions)


# -- a relative clause with a hyphenated agency's name ---------------------------------------------------------------
def test_the_person_an_agency_quotes_speaks_through_it():
    ax = run_pipeline("Зеленський провів розмову з президентом Австрії Олександром ван дер Белленом.\n\nВан дер "
                      "Беллен, слова якого наводить агентство APA-OTS, сказав, що Австрія допоможе з розмінуванням.",
                      "uk", "2028-03-09")
    st = ax.statements[-1]
    assert st.speaker_key == key_of(ax, "Олександром ван дер Белленом") and st.via_key == key_of(ax, "APA-OTS")


# -- an agreed visit is planned --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Того дня міністри погодили візит віцеканцлера Австрії Андреаса Баблера до Львова у квітні.", "uk"),
    ("В тот день министры согласовали визит вице-канцлера Австрии Андреаса Баблера во Львов в апреле.", "ru"),
])
def test_an_agreed_visit_is_planned_for_the_coming_month(text, lang):
    visit = _only(run_pipeline(text, lang, "2027-02-10"), "Visit")
    assert visit.status == "planned" and visit.time.value == "2027-04"


# -- a party named by a capitalised adjective and lower-case ones ---------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Португальська соціалістична партія прем'єра Антоніу Кошти має 80 мандатів.", "Португальська соціалістична партія"),
    ("Лідер Польської селянської партії заявив, що коаліція збережеться.", "Польської селянської партії"),
])
def test_a_party_named_by_its_adjectives_is_one_body(text, name):
    index, _roles = run_entities(text, "uk", [])  # (found by the rule alone, with no name from the recogniser)
    assert any(e.type == "ORG" and any(m.text == name for m in e.mentions) for e in index.entities.values())


def test_a_plain_adjective_at_a_sentence_start_names_no_party():
    ax = run_pipeline("Нова робітнича партія отримала 2%.", "uk", "2028-03-09")
    assert not any(e.type == "ORG" for e in ax.entities)


# -- where from, then where to ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,state", [
    ("Сергей Лавров после переговоров вылетит из Дохи в Маскат.", "ru", "wd:Q842"),
    ("У середу Сибіга вирушить з Варшави до Вільнюса.", "uk", "wd:Q37"),
])
def test_a_trip_from_one_place_to_another_visits_the_second(text, lang, state):
    visit = _only(run_pipeline(text, lang, "2028-02-15"), "Visit")
    assert state in visit.participants


# -- a monarch called by his given name takes part ---------------------------------------------------------------------
def test_a_king_called_by_his_given_name_is_the_subject():
    ax = run_pipeline("Делегацию принял король Иордании Абдалла бен Хусейн Аль Хашими.\n\nОсенью в Сочи король Абдалла "
                      "провел переговоры с Путиным о поставках зерна.", "ru", "2028-02-15")
    assert set(_only(ax, "Talks").participants) == {key_of(ax, "Абдалла бен Хусейн Аль Хашими"), "wd:Q7747"}


def test_a_navy_of_another_state_is_not_ours():
    ax = run_pipeline("Как сообщили в ВМС Франции, учения завершены.", "ru", "2028-02-15")
    assert speakers_of(ax) != ["org:ua-navy"] and ax.statements[0].speaker_text == "ВМС Франции"


# -- "вона" is no man: a given name says the gender, an indeclinable surname does not ------------------------------------
def test_she_is_the_woman_with_a_foreign_name_not_the_man_named_more_often():
    ax = run_pipeline("Андрій Сибіга прибув до Рейк'явіка. Сибіга провів переговори.\n\nУвечері Сибігу прийняла президентка "
                      "Ісландії Галла Томасдоттір. Вона пообіцяла, що Рейк'явік збільшить допомогу енергетиці.",
                      "uk", "2028-02-15")
    assert speakers_of(ax) == [key_of(ax, "Галла Томасдоттір")]


# -- "страны подписали": the states of the parties told of --------------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Министр энергетики Польши Милош Мотыка и министр энергетики Литвы Жигимантас Вайчюнас подписали в Вильнюсе "
     "соглашение о мосте.\n\n"
     "Соглашение о газопроводе страны подписали в 2019 году в Риге.", "ru"),
    ("Міністр енергетики Польщі Мілош Мотика та міністр енергетики Литви Жигімантас Вайчюнас підписали у Вільнюсі "
     "угоду про міст.\n\n"
     "Угоду про газогін країни підписали у 2019 році в Ризі.", "uk"),
])
def test_the_countries_that_signed_are_the_states_told_of(text, lang):
    ax = run_pipeline(text, lang, "2028-02-15")
    old = next(e for e in ax.events if e.type == "Agreement" and e.time is not None and e.time.value == "2019")
    assert set(old.participants) == {"wd:Q36", "wd:Q37"}


def test_the_country_a_president_heads_does_not_sign():
    ax = run_pipeline("Президент страны подписал соглашение о мосте.", "ru", "2028-02-15")
    assert not any(e.participants for e in ax.events)


# -- "X і його литовський колега": the person and the other state ----------------------------------------------------------
@pytest.mark.parametrize("text,lang,state", [
    ("У Вільнюсі міністр енергетики Світлана Гринчук та її литовський колега уклали угоду про обмін струмом.", "uk",
     "wd:Q37"),
    ("Тем временем министр экономики Максим Решетников и его монгольский коллега заключили соглашение о туризме.",
     "ru", "wd:Q711"),
])
def test_a_person_and_a_counterpart_named_by_nationality_sign(text, lang, state):
    ax = run_pipeline(text, lang, "2028-02-15")
    deal = _only(ax, "Agreement")
    assert state in deal.participants and any(p.startswith("per:") for p in deal.participants)


# -- another state's ministry is one mention, not ours inside it ----------------------------------------------------------
def test_a_foreign_ministry_named_by_adjective_holds_no_mention_of_ours():
    ax = run_pipeline("Як повідомило португальське Міністерство внутрішніх справ, явка склала 60%.", "uk", "2028-03-09")
    assert {e.key for e in ax.entities if e.type == "ORG"} == {"org:mvs-pt"}


# -- put on a sanctions list ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Эстония включила в санкционный список еще 40 российских компаний.", "ru"),
    ("Естонія включила до санкційного списку ще 40 російських компаній.", "uk"),
])
def test_putting_companies_on_a_sanctions_list_is_sanctions(text, lang):
    assert set(_only(run_pipeline(text, lang, "2028-02-15"), "Sanctions").participants) == {"wd:Q191", "wd:Q159"}


def test_a_lower_case_word_of_a_dateline_is_no_person():
    index, _roles = run_entities("МИНСК, 3 фев — БЕЛТА. Переговоры продлятся два дня.", "ru", [("фев", "PER")])
    assert not any(e.type == "PER" for e in index.entities.values())


def test_a_common_adjective_opening_the_sentence_is_no_part_of_a_partys_name():
    ax = run_pipeline("ЛІСАБОН, 19 липня – Укрінформ. Центристська Ліберальна партія перемогла на виборах.\n\n"
                      "На попередніх виборах Ліберальна партія також виграла.", "uk", "2027-07-19")
    names = {m.text for e in ax.entities for m in e.mentions if e.type == "ORG"}
    assert "Ліберальна партія" in names and not any(n.startswith("Центристська") for n in names)


def test_a_known_body_inside_another_bodys_name_is_still_named():
    ax = run_pipeline("В Генштабе ВСУ заявили, что подразделения поразили завод.", "ru", "2028-04-12")
    assert {"org:general-staff-ua", "org:afu"} <= {e.key for e in ax.entities}


# -- "стороны подписали": the states of the two persons told of, once dated and placed by their talks ------------------
def test_the_sides_that_signed_are_the_two_states_and_sign_at_the_talks():
    ax = run_pipeline("Министр обороны Польши Ян Ковальский во вторник провел в Вильнюсе переговоры с литовским "
                      "коллегой Антанасом Петраускасом. Стороны подписали меморандум о тренировках.", "ru", "2028-04-12")
    deal = _only(ax, "Agreement")
    assert set(deal.participants) == {"wd:Q36", "wd:Q37"} and deal.time.value == "2028-04-11"


# -- an embassy on an island: "на", as for the other states "в" ------------------------------------------------------
def test_two_embassies_of_one_state_are_two():
    ax = run_pipeline("У посольстві Росії на Кіпрі заявили, що активів немає.\n\nЯк повідомили в посольстві Росії в "
                      "Ірландії, відповідь буде.", "uk", "2028-02-15")
    assert len(set(speakers_of(ax))) == 2 and ax.statements[0].speaker_text == "посольстві Росії на Кіпрі"
