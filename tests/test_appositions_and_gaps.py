"""Clauses of unseen news: a title with a name in another case, a name ending in a one-letter word, an
agency giving someone's words, a verb left out after a dash, delegation leaders, denials, postponed
visits. Sentences and names are invented for these tests."""
import pytest

from kg import nlp
from conftest import run_pipeline


def _speaker(ax, cue):
    return next(s.speaker_key for s in ax.statements if s.cue == cue)


def _persons(ev):
    return [p for p in ev.participants if p.startswith("per:")]


# -- a title followed by a name in another case is not that name's title -------------------------------
@pytest.mark.parametrize("text", [
    "Юрий Соколов, помощник Андрея Кузнецова по международным делам, уточнил, что разговор был долгим.",
    "Андрей Кузнецов провел встречу. Юрий Соколов, помощник Кузнецова по международным делам, уточнил, "
    "что разговор был долгим.",
])
def test_the_genitive_name_after_a_title_is_neither_its_holder_nor_the_speaker(text):
    ax = run_pipeline(text, "ru", "2027-05-05")
    assert _speaker(ax, "уточнил") == "per:yury-sokolov"
    assert {r.person_key for r in ax.roles} == {"per:yury-sokolov"}
    assert "per:andrey-kuznetsov" in {e.key for e in ax.entities}  # normalised from the genitive


# -- "Ван И." ends the sentence when a common word follows --------------------------------------------
def test_a_one_letter_name_word_with_a_stop_ends_the_sentence_before_a_common_word():
    doc = nlp.load("ru")("Глава МИД провел переговоры с министром Чжаном И. Министры обсудили торговлю. "
                         "Об этом сказал В. Путин.")
    assert [s.text for s in doc.sents] == ["Глава МИД провел переговоры с министром Чжаном И.",
                                           "Министры обсудили торговлю.", "Об этом сказал В. Путин."]


# -- an agency giving someone's words: the person speaks, the agency is the via ---------------------------
@pytest.mark.parametrize("text,lang", [
    ("Агентство Рейтер приводит слова Андрея Кузнецова о том, что переговоры будут трудными.", "ru"),
    ("Агентство Рейтер наводить слова Андрія Коваля про те, що переговори будуть важкими.", "uk"),
])
def test_an_agency_giving_the_words_of_a_person_is_the_via(text, lang):
    ax = run_pipeline(text, lang, "2027-05-05")
    st = ax.statements[0]
    persons = {e.key for e in ax.entities if e.type == "PER"}
    assert st.speaker_key in persons and st.via_key is not None and st.via_key not in persons


# -- a verb left out after a conjunction and a dash: another event of its kind --------------------------
@pytest.mark.parametrize("text,lang", [
    ("Министр Андрей Кузнецов в среду встретился с Петром Соколовым, а в четверг — с Иваном Мельниковым.", "ru"),
    ("Міністр Андрій Коваль у середу зустрівся з Петром Шевчуком, а в четвер — з Іваном Мельником.", "uk"),
])
def test_a_dash_after_a_conjunction_gives_a_second_meeting_on_its_own_day(text, lang):
    ax = run_pipeline(text, lang, "2027-05-07")
    meetings = sorted((e.time.value, len(e.participants)) for e in ax.events if e.type == "Meeting")
    assert meetings == [("2027-05-05", 2), ("2027-05-06", 2)]
    firsts = {e.participants[0] for e in ax.events}
    assert len(firsts) == 1  # the subject meets both


# -- the leaders of the delegations take part in the talks told just before -----------------------------
def test_delegation_leaders_named_after_the_talks_take_part_in_them():
    text = ("Переговоры Армении и Турции о транзите зерна завершились во вторник в Анкаре. "
            "Делегацию Армении возглавлял министр Андрей Кузнецов, турецкую сторону представлял Мехмет Демир.")
    ax = run_pipeline(text, "ru", "2027-05-05")
    talks = next(e for e in ax.events if e.type == "Talks")
    assert "per:andrey-kuznetsov" in talks.participants and len(_persons(talks)) == 2


def test_a_leader_in_a_relative_clause_does_not_join_the_event():
    text = ("Україна та ЄС у вівторок провели переговори в Брюсселі. Про це повідомив віцепрем'єр Андрій Коваль, "
            "який очолював українську делегацію.")
    ax = run_pipeline(text, "uk", "2027-05-05")
    talks = next(e for e in ax.events if e.type == "Talks")
    assert not _persons(talks)


# -- "the leaders of" a body or states named after them are not the pair told before ----------------------
def test_a_summit_of_the_leaders_of_a_named_body_is_that_bodys():
    text = ("Андрей Кузнецов встретился с Мехметом Демиром в Анкаре. "
            "Саммит лидеров ШОС пройдет в октябре в Бишкеке, сообщили в МИД.")
    ax = run_pipeline(text, "ru", "2027-05-05")
    summit = next(e for e in ax.events if e.trigger == "Саммит")
    assert not _persons(summit)


# -- what a speaker denies did not take place ---------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Пресс-секретарь Андрей Кузнецов опроверг, что на прошлой неделе Петр Соколов провел в Пекине встречу "
     "с Иваном Мельниковым.", "ru"),
    ("Речник Андрій Коваль спростував, що минулого тижня Петро Шевчук провів у Пекіні зустріч з Іваном Мельником.",
     "uk"),
])
def test_an_event_told_inside_a_denial_is_denied(text, lang):
    ax = run_pipeline(text, lang, "2027-05-05")
    assert [e.status for e in ax.events if e.type == "Meeting"] == ["denied"]


# -- a visit: the visitor's title between the noun and where to; a postponement is a visit to come ----------
@pytest.mark.parametrize("text,lang", [
    ("Визит президента Бетании Андрея Кузнецова в Польшу откладывается.", "ru"),
    ("Візит президента Бетанії Андрія Коваля до Польщі відкладається.", "uk"),
])
def test_a_postponed_visit_of_a_titled_visitor_goes_to_the_country_named_after_him(text, lang):
    ev = next(e for e in run_pipeline(text, lang, "2027-05-05").events if e.type == "Visit")
    assert ev.status == "planned" and ev.place_key == "wd:Q36" and "wd:Q36" in ev.participants


def test_a_title_with_no_verb_takes_the_status_the_body_tells():
    text = ("Сроки визита Андрея Кузнецова в Польшу пока не определены\n\n"
            "Визит Андрея Кузнецова в Польшу, который ожидался в мае, откладывается, сообщили в МИД.")
    ax = run_pipeline(text, "ru", "2027-04-21")
    visits = [e for e in ax.events if e.type == "Visit"]
    assert [(e.status, len(e.mentions)) for e in visits] == [("planned", 1)]


# -- export bans are sanctions of the state that imposes them ------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Бетания ввела экспортные ограничения против Польши.", "ru"),
    ("Бетанія запровадила експортні обмеження проти Польщі.", "uk"),
])
def test_an_export_ban_is_a_sanction_of_the_state_that_imposed_it_on_the_other(text, lang):
    ev = next(e for e in run_pipeline(text, lang, "2027-05-05").events if e.type == "Sanctions")
    assert len(ev.participants) == 2 and ev.participants[-1] == "wd:Q36"


# -- verbs of hitting a target tell of an attack -------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("У вівторок ракета влучила в торговельний центр у Полтаві.", "uk"),
    ("У вівторок дрони уразили нафтобазу в Полтаві.", "uk"),
    ("Во вторник дроны поразили нефтебазу в Полтаве.", "ru"),
])
def test_a_missile_hitting_a_building_is_an_attack_there(text, lang):
    ev = next(e for e in run_pipeline(text, lang, "2027-05-05").events if e.type == "Attack")
    assert ev.place_key is not None and ev.time.value == "2027-05-04"
