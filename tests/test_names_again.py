"""A name told again where the recogniser missed it, and a foreign name it cut in two. Sentences and names
are invented for these tests; the recogniser's spans are given by hand (conftest.run_entities)."""
from conftest import run_entities, run_pipeline


def _mentions(index, key_part):
    return sorted(m.text for m in index.mentions if m.entity_key and key_part in m.entity_key)


def test_a_surname_known_only_as_a_name_opens_a_sentence_as_that_person():
    text = "Учора Ірина Гуц зустрілася з міністром. Гуц заявила, що зустріч була корисною."
    index, _roles = run_entities(text, "uk", [(r"Ірина Гуц", "PER")])
    assert _mentions(index, "huts") + _mentions(index, "guts") == ["Ірина Гуц", "Гуц"]


def test_a_one_word_name_the_dictionary_does_not_know_is_that_person_again():
    text = "Министр говорил с главой МИД Сугирто. Сугирто заявил, что торговля растет."
    index, _roles = run_entities(text, "ru", [(r"(?<=МИД )Сугирто", "PER")])
    assert _mentions(index, "sugirto") == ["Сугирто", "Сугирто"]


def test_an_unknown_given_name_cut_off_from_the_rest_of_the_name_joins_it():
    text = "Министр встретился с египетским коллегой Бахиром Абдель Сами."
    index, _roles = run_entities(text, "ru", [(r"Бахиром", "PER"), (r"Абдель Сами", "PER")])
    assert [m.text for m in index.mentions if m.label == "PER"] == ["Бахиром Абдель Сами"]


def test_an_oblique_surname_told_before_stays_apart_from_the_next_name():
    text = ("Президент Табо Мбекела провел переговоры. Пресс-секретарь Мбекелы Вусумузи Ндлову "
            "сообщил о договоренностях.")
    index, _roles = run_entities(text, "ru", [(r"Табо Мбекела", "PER"), (r"Мбекелы", "PER"),
                                              (r"Вусумузи Ндлову", "PER")])
    assert "Вусумузи Ндлову" in [m.text for m in index.mentions if m.label == "PER"]


def test_a_compound_of_a_known_word_is_no_given_name():
    text = "Глава Росрыбнадзора Илья Сомов сообщил о квотах."
    index, _roles = run_entities(text, "ru", [(r"Росрыбнадзора", "PER"), (r"Илья Сомов", "PER")])
    assert "Илья Сомов" in [m.text for m in index.mentions if m.label == "PER"]


# -- when it was said: an occasion with an adjective before the day -------------------------------------
def test_a_day_after_an_occasion_with_an_adjective_dates_the_statement():
    text = ("На регулярном брифинге в среду Ирина Гуцал, официальный представитель МИД Бетании, заявила, "
            "что переговоры продолжатся.")
    ax = run_pipeline(text, "ru", "2027-04-22")
    assert [s.said_on.value for s in ax.statements] == ["2027-04-21"]


# -- a dateline's city is where the talks of the day before took place ----------------------------------
def test_a_dateline_city_is_the_place_of_a_meeting_told_for_the_day_before():
    text = ("Лавров провел переговоры в Бишкеке\n\n"
            "БИШКЕК, 18 июня. /ТАСС/. В четверг вечером министр Андрей Кузнецов встретился с Петром Соколовым.")
    ax = run_pipeline(text, "ru", "2027-06-18")
    meeting = next(e for e in ax.events if e.type == "Meeting")
    bishkek = next(e.key for e in ax.entities if e.name in ("Бишкек", "Bishkek"))
    assert meeting.time.value == "2027-06-17" and meeting.place_key == bishkek
