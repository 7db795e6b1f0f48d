"""Who speaks across a relative clause or a first verb's object, a Latin-script name the recogniser missed, a
monarch's number, and who attacked when the attack noun names the weapons' state after it (sentences written
for these tests; the people are invented or public figures, the states, towns and companies real)."""
import pytest

from conftest import one_event as _one, run_pipeline


@pytest.mark.parametrize("text", [
    "У компанії «Укрнафта», якій належить склад, визнали пошкодження та повідомили, що ремонт триватиме тиждень.",
    "В Укренерго, якому належить підстанція, визнали пошкодження та повідомили, що ремонт триватиме тиждень.",
])
def test_body_in_the_locative_speaks_across_a_relative_clause(text):
    ax = run_pipeline(text, "uk", "2028-03-09")
    (st,) = ax.statements
    assert st.speaker_key in ("org:ukrnafta", "org:ukrenergo")


def test_name_after_the_first_of_two_joined_verbs_is_its_object_not_who_speaks():
    ax = run_pipeline("Речниця міністерства Ірина Коваль у Facebook схвалила Вільнюс і повідомила, що кордон закрито.",
                      "uk", "2028-03-09")
    (st,) = ax.statements
    assert st.speaker_text == "Ірина Коваль"


def test_nationality_after_the_attack_noun_names_the_attacker_and_the_town_that_suffered_is_where():
    ax = run_pipeline("Уночі Харків зазнав удару російських ракет.", "uk", "2028-03-09")
    ev = _one(ax, "Attack")
    assert ev.participants == ["wd:Q159"] and ev.place_key == "wd:Q42308"


def test_company_that_suffered_the_attack_gives_way_to_the_attacker():
    ax = run_pipeline("Криворізька теплова електростанція минулої ночі зазнала атаки російських безпілотників.",
                      "uk", "2028-03-09")
    assert _one(ax, "Attack").participants == ["wd:Q159"]


def test_latin_script_name_opening_the_clause_of_a_cue_is_the_outlet_that_speaks():
    ax = run_pipeline("Прем'єр Чехії Петр Фіала провів консультації з українською делегацією.\n\nTagesspiegel, "
                      "посилаючись на власні джерела в чеському уряді, пише, що влітку Фіала приїде до Львова.",
                      "uk", "2028-03-09")
    (st,) = ax.statements
    assert st.speaker_text == "Tagesspiegel" and st.speaker_key.startswith("org:")


@pytest.mark.parametrize("text,lang,name", [
    ("Увечері гостя прийняла в замку королева Данії Маргрете II.", "uk", "Маргрете II"),
    ("Вечером гостя принял во дворце король Бельгии Альберт II.", "ru", "Альберт II"),
])
def test_monarch_s_number_ends_the_name_after_the_title(text, lang, name):
    ax = run_pipeline(text, lang, "2028-03-09")
    assert any(e.type == "PER" and any(m.text == name for m in e.mentions) for e in ax.entities)
