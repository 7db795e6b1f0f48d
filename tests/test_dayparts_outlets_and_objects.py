"""A time of the day said alone and a weekday adjective, outlets named after an outlet noun, a pronoun opening a
sentence, surnames of known persons standing alone, foreign names with particles in the instrumental, the object
of a first joined verb, a finance ministry of another state, and where a headline event took place (sentences
written for these tests; the people are invented or public figures, the states and outlets real)."""
import pytest

from conftest import key_of as _key, one_event as _one, run_entities, run_pipeline
from kg.extract.event_merge import _place_of_the_visit
from kg.extract.names import normalize_person
from kg.records import Event


@pytest.mark.parametrize("text,lang", [
    ("Увечері прем'єр-міністр Ян Коваль зустрівся з послом Ірландії Шоном Мерфі.", "uk"),
    ("Вечером премьер-министр Ян Коваль встретился с послом Ирландии Шоном Мерфи.", "ru"),
])
def test_time_of_the_day_said_alone_is_the_publication_day(text, lang):
    ax = run_pipeline(text, lang, "2028-03-09")
    assert _one(ax, "Meeting").time.value == "2028-03-09"


def test_time_of_the_day_after_a_named_day_keeps_that_day():
    ax = run_pipeline("У вівторок прем'єр-міністр Ян Коваль прибув до Дубліна, а ввечері зустрівся з послом Шоном Мерфі.",
                      "uk", "2028-03-09")
    assert _one(ax, "Meeting").time.value == "2028-03-07"


@pytest.mark.parametrize("text,lang,day", [
    ("На недільних виборах до парламенту Ірландії лідирувала партія прем'єра.", "uk", "2028-03-05"),
    ("Партия премьера лидирует по итогам воскресного голосования на выборах Ирландии.", "ru", "2028-03-05"),
])
def test_weekday_adjective_names_that_weekday(text, lang, day):
    ax = run_pipeline(text, lang, "2028-03-09")
    assert _one(ax, "Election").time.value == day


def test_statement_in_a_weekday_address_is_dated_by_that_weekday():
    ax = run_pipeline("Прем'єр-міністр Ян Коваль у п'ятничному відеоблозі розповів, що мито вже діє.", "uk", "2028-03-09")
    (st,) = ax.statements
    assert st.said_on is not None and st.said_on.value == "2028-03-03"


@pytest.mark.parametrize("text,lang,field,speaker", [
    # an outlet named after an outlet noun (and a nationality adjective) is the outlet that speaks
    ("Видання Baltic Herald пише, що саміт перенесуть.", "uk", "speaker_text", "Baltic Herald"),
    ("Телерадіокорпорація NHK у вечірньому випуску повідомляє, що візит скасовано.", "uk", "speaker_text", "NHK"),
    ("Телерадиокорпорация NHK в вечернем выпуске сообщает, что визит отменен.", "ru", "speaker_text", "NHK"),
    ("Австралийская телерадиокорпорация ABC в вечернем выпуске сообщает, что визит отменен.", "ru", "speaker_text", "ABC"),
    # the surname of a known person alone speaks, also where the recogniser typed it as a place
    ("Кубилюс, который прибыл в Женеву, подчеркнул, что график не изменится.", "ru", "speaker_key", "per:andrius-kubilius"),
    ("Лубинец, который прибыл в Женеву, подчеркнул, что график не изменится.", "ru", "speaker_key", "per:dmytro-lubinets"),
    ("Вадефуль, который прибыл в Женеву, подчеркнул, что график не изменится.", "ru", "speaker_key", "per:johann-wadephul"),
    # a name a few words after the first of two joined verbs is that verb's object
    ("Посольство Франції вчора назвало рішення помилкою Тбілісі і заявило, що діалог триває.",
     "uk", "speaker_text", "Посольство Франції"),
    ("Ян Коваль, как передает агентство Кабар, назвал Казахстан важным партнером и заявил, что торговля вырастет.",
     "ru", "speaker_text", "Ян Коваль"),
    ("Посольство Франции вчера назвало решение ошибкой Тбилиси и заявило, что диалог продолжится.",
     "ru", "speaker_text", "Посольство Франции"),
])
def test_who_speaks(text, lang, field, speaker):
    ax = run_pipeline(text, lang, "2028-03-09")
    (st,) = ax.statements
    assert getattr(st, field) == speaker


def test_outlet_named_after_radio_in_an_interview_is_told_not_speaking():
    ax = run_pipeline("Міністр Ян Коваль в ефірі радіо NHK наголосив, що квоти не зміняться.", "uk", "2028-03-09")
    (st,) = ax.statements
    assert st.speaker_text == "Ян Коваль" and st.addressee_key == _key(ax, "NHK")


def test_pronoun_and_common_nouns_opening_a_sentence_are_no_organisation():
    index, _ = run_entities("Никаких решений по тарифам пока нет.", "ru", [("Никаких решений", "ORG")])
    assert index.entities == {}


@pytest.mark.parametrize("words,lang,nominative", [
    ("Каримом бен Хасаном Аль Нури", "ru", "Карим бен Хасан Аль Нури"),
    ("Самиром бін Валідом", "uk", "Самир бін Валід"),
    ("Йостом де Вердером", "ru", "Йост де Вердер"),
])
def test_foreign_name_with_particles_declines_around_them(words, lang, nominative):
    assert " ".join(normalize_person(words.split(), lang)[0]) == nominative


def test_finance_ministry_named_with_another_state_is_that_states():
    index, _ = run_entities("Мінфін Канади оголосив нові мита, а Мінфін повідомив про виконання бюджету.", "uk",
                            [("Мінфін Канади", "ORG"), ("Мінфін", "ORG")])
    keys = [m.entity_key for m in index.mentions if m.label == "ORG"]
    assert keys[0] == "org:minfin-ca" and "org:minfin-ua" in keys


def test_headline_agreement_told_again_after_the_visit_took_place_where_the_visit_went():
    visit = Event(type="Visit", trigger="прибув", start=100, end=106, participants=["per:a", "wd:Q211"],
                  place_key="wd:Q1773")
    headline = Event(type="Agreement", trigger="домовилися", start=10, end=20, participants=["per:a", "per:b"],
                     mentions=[(300, 310, "підписали")])
    untold = Event(type="Agreement", trigger="домовилися", start=30, end=40, participants=["per:a", "per:b"])
    _place_of_the_visit([headline, untold, visit], {"per:a": "PER", "per:b": "PER"}, {})
    assert headline.place_key == "wd:Q1773" and untold.place_key is None


def test_pronoun_joined_to_a_name_as_subject_brings_the_person_it_stands_for():
    ax = run_pipeline("У 2025 році прем'єр-міністр Ян Коваль відвідав Вільнюс. Того дня він і Марко Тамм уклали угоду.",
                      "uk", "2028-03-09")
    assert {"per:ian-koval", "per:marko-tam"} <= set(_one(ax, "Agreement").participants)
