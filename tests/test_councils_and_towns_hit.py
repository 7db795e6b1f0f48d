"""A surname written as the person's name right before its verb is the subject, whatever case the tagger guesses; a
month's adjective after a noun of preparing lies ahead and dates only its own noun; the NATO councils with a
state are one body each; a known body's span ends before "у/в" and its town; a town's name the recogniser cut in
two; a town hit with no attacker named is where the attack was, not a party to it; who speaks of an attack did not
strike. Sentences written for these tests."""
import pytest

from conftest import entity_of, events_of, key_of, key_of_wikidata, one_event, run_pipeline


def test_a_surname_in_a_foreign_form_before_its_verb_is_the_subject_not_a_genitive():
    ax = run_pipeline("Глава МИД Литвы Пётр Грига прибыл в Вену. На полях конференции Грига провел переговоры "
                      "с министром Олегом Петренко.", "ru", "2027-06-02")
    talks = one_event(ax, "Talks")
    assert set(talks.participants) == {key_of(ax, "Пётр Грига"), key_of(ax, "Олегом Петренко")}


@pytest.mark.parametrize("text,lang", [
    ("Министры в четверг завершили встречу в Вене, посвященную подготовке июльского саммита в Риге.", "ru"),
    ("Міністри у четвер завершили зустріч у Відні, присвячену підготовці липневого саміту в Ризі.", "uk"),
])
def test_a_month_adjective_after_a_noun_of_preparing_lies_ahead_and_dates_only_its_noun(text, lang):
    ax = run_pipeline(text, lang, "2027-04-08")
    by_place = {e.place_key: e for e in ax.events}
    meeting = by_place[key_of_wikidata(ax, "Q1741")]  # Vienna: the meeting told with the weekday
    summit = by_place[key_of_wikidata(ax, "Q1773")]  # Riga
    assert meeting.time is not None and meeting.time.value == "2027-04-08"
    assert summit.time is not None and summit.time.value == "2027-07"


def test_a_month_adjective_with_no_noun_of_preparing_keeps_the_tense_of_its_clause():
    ax = run_pipeline("Министры вспомнили об июльском саммите в Риге.", "ru", "2027-04-08")
    summit = next(e for e in ax.events if e.place_key == key_of_wikidata(ax, "Q1773"))
    assert summit.time is not None and summit.time.value == "2026-07"


@pytest.mark.parametrize("text,lang,name", [
    ("Міністр оборони взяв участь у засіданні Ради Україна – НАТО.", "uk", "Ради Україна – НАТО"),
    ("Вчера в Брюсселе собрался Совет Украина — НАТО.", "ru", "Совет Украина — НАТО"),
])
def test_the_nato_ukraine_council_is_one_body_not_cut_at_its_dash(text, lang, name):
    ax = run_pipeline(text, lang, "2027-04-08")
    ent = entity_of(ax, name)
    assert ent.key == "org:nato-ukraine-council"
    # (no body cut off at the dash: "Рада Україна" alone)
    assert {e.key for e in ax.entities if e.type == "ORG"} == {"org:nato-ukraine-council", "wd:Q7184"}


@pytest.mark.parametrize("text,lang,body,town", [
    ("Санкції затвердили на засіданні Ради ЄС у Люксембурзі.", "uk", "Q8896", "Q32"),
    ("Рішення ухвалили в Раді ЄС у Брюсселі в понеділок.", "uk", "Q8896", "Q239"),
])
def test_a_known_body_ends_before_the_town_it_sits_in(text, lang, body, town):
    ax = run_pipeline(text, lang, "2027-04-08")
    assert key_of_wikidata(ax, body) and key_of_wikidata(ax, town)
    assert all(e.type != "ORG" or e.wikidata for e in ax.entities)


def test_a_town_the_recogniser_cut_in_two_is_found_whole_and_is_where_the_attack_was():
    ax = run_pipeline("Беспилотники в ночь на среду ударили по Великим Лукам в Псковской области.", "ru", "2027-04-08")
    town = entity_of(ax, "Великим Лукам")
    assert town.key == "loc:velikiye-luki"
    attack = one_event(ax, "Attack")
    assert attack.place_key == town.key
    assert attack.participants == []


@pytest.mark.parametrize("text,lang,town", [
    ("Дроны атаковали нефтебазу Новороссийска в Краснодарском крае.", "ru", "Новороссийска"),
    ("Дрони атакували нафтобазу Бердянська в Запорізькій області.", "uk", "Бердянська"),
])
def test_a_town_hit_with_no_attacker_named_is_the_place_not_a_party(text, lang, town):
    ax = run_pipeline(text, lang, "2027-04-08")
    attack = one_event(ax, "Attack")
    assert attack.place_key == key_of(ax, town)
    assert key_of(ax, town) not in attack.participants


def test_a_state_that_attacks_a_town_stays_the_party_and_the_town_the_place():
    ax = run_pipeline("Россия атаковала нефтебазу Измаила в Одесской области.", "ru", "2027-04-08")
    attack = one_event(ax, "Attack")
    assert attack.participants == [key_of(ax, "Россия")]
    assert attack.place_key == key_of(ax, "Измаила")


@pytest.mark.parametrize("text,lang", [
    ("Губернатор Олег Петренко опроверг публикации о якобы нанесенном вечером ударе по Белгороду.", "ru"),
    ("Голова ОВА Остап Гнатюк спростував публікації про нібито завданий увечері удар по Сумах.", "uk"),
])
def test_who_denies_reports_of_an_attack_is_no_party_to_it_nor_is_the_town_hit(text, lang):
    ax = run_pipeline(text, lang, "2027-04-08")
    attack = one_event(ax, "Attack")
    assert attack.participants == []
    assert attack.place_key is not None and ax_type(ax, attack.place_key) == "LOC"


def ax_type(ax, key):
    return next(e.type for e in ax.entities if e.key == key)
