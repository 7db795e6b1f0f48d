"""Time expressions: candidate spans from the lexicons, values from dateparser against the
publication date. Sentences are written for these tests."""
import json
from pathlib import Path

import pytest

from kg import lexicons
from kg import nlp
from kg.extract import time as T
from kg.records import Document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def times(text, lang, published="2026-03-11", **kw):
    document = Document(id="t", text=text, source="test", lang=lang, published=published, **kw)
    return T.extract(nlp.blank(lang)(text), document)


def one(text, lang, published="2026-03-11"):
    found = times(text, lang, published)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    t = found[0]
    assert text[t.start:t.end] == t.text
    return t


# -- absolute dates ------------------------------------------------------------------------------
def test_day_uk():
    t = one("Угоду підписали 17 лютого 2026 року в обласному центрі.", "uk")
    assert (t.value, t.granularity, t.interval_start, t.interval_end) == ("2026-02-17", "day", "2026-02-17", "2026-02-17")


@pytest.mark.parametrize("dash", ["\u2212", "\u2013", "-", "\u2014"])
def test_interval_any_dash_ru(dash):
    t = one(f"Саммит пройдёт 12{dash}14 марта 2026 года в столице.", "ru")
    assert t.value == "2026-03-12/2026-03-14"
    assert t.granularity == "interval"
    assert (t.interval_start, t.interval_end) == ("2026-03-12", "2026-03-14")


def test_interval_across_new_year():
    t = one("Каникулы продлятся с 30 декабря – 2 января 2026 года.", "ru", published=None)
    assert t.value == "2025-12-30/2026-01-02"


def test_interval_en():
    t = one("The summit is set for March 12-14, 2026 in the capital.", "en")
    assert t.value == "2026-03-12/2026-03-14"


def test_day_without_year_takes_publication_year_by_tense():
    assert one("Министр прилетел 28 января и сразу уехал.", "ru").value == "2026-01-28"
    assert one("Министр прилетит 28 января.", "ru", published="2026-03-11").value == "2027-01-28"


def test_weekday_with_a_date_is_one_expression_valued_by_the_date():
    t = one("В понедельник 23 марта делегация прибыла.", "ru", published="2026-03-25")
    assert (t.text, t.value) == ("В понедельник 23 марта", "2026-03-23")
    assert one("On Tuesday, March 3, 2026, the talks began.", "en").value == "2026-03-03"


def test_numeric_date():
    assert one("Документ датирован 15.01.2026 и подписан.", "ru").value == "2026-01-15"


def test_time_of_day_joins_the_date():
    t = one("Засідання почнеться 10 березня 2026 року о 10:30 у великій залі.", "uk")
    assert (t.value, t.granularity) == ("2026-03-10T10:30", "datetime")


# -- months and years ----------------------------------------------------------------------------
def test_month_year_ru():
    t = one("Ноябрь 2025 года выдался тяжёлым.", "ru")
    assert (t.value, t.granularity, t.modifier) == ("2025-11", "month", None)
    assert (t.interval_start, t.interval_end) == ("2025-11-01", "2025-11-30")


def test_modifier_end_is_not_part_of_value():
    t = one("Делегация была там в конце октября 2024 года.", "ru")
    assert (t.value, t.modifier) == ("2024-10", "end")
    assert t.text.startswith("в конце")


def test_month_without_year_past_uk():
    t = one("Наприкінці листопада делегація повернулася додому.", "uk")
    assert (t.value, t.modifier) == ("2025-11", "end")


def test_locative_month_and_relative_year_uk():
    assert one("Закон ухвалили в березні минулого року.", "uk").value == "2025-03"


def test_start_of_year_uk():
    t = one("На початку року уряд оновить програму.", "uk")
    assert (t.value, t.granularity, t.modifier) == ("2026", "year", "start")


def test_year_with_year_word():
    t = one("Закон ухвалили у 2024 році.", "uk")
    assert (t.value, t.granularity, t.interval_end) == ("2024", "year", "2024-12-31")


def test_en_month_modifier():
    t = one("The plant closed in late November 2025 after the flood.", "en")
    assert (t.value, t.modifier) == ("2025-11", "end")


def test_en_modal_may_is_not_a_month():
    assert times("Officials may decide soon whether to act.", "en")[0].granularity == "vague"


# -- weekdays --------------------------------------------------------------------------------------
def test_weekday_past_tense_goes_back():
    # published on a Thursday; the Tuesday before
    t = one("Во вторник министр встретился с фермерами.", "ru", published="2026-02-05")
    assert t.value == "2026-02-03"


def test_weekday_of_the_publication_day_in_past_tense_is_that_day():
    # published on a Wednesday
    assert one("Officials said on Wednesday that the line was repaired.", "en", published="2026-03-11").value == "2026-03-11"


def test_weekday_future_tense_goes_forward():
    t = one("У п'ятницю міністр зустрінеться з фермерами.", "uk", published="2026-02-05")
    assert t.value == "2026-02-06"


def test_weekday_with_typographic_apostrophe():
    assert one("У п’ятницю міністр зустрінеться з фермерами.", "uk", published="2026-02-05").value == "2026-02-06"


def test_weekday_en_next():
    assert one("The board meets next Monday.", "en", published="2026-02-05").value == "2026-02-09"


def test_next_weekday_is_in_the_next_week():
    # published on a Thursday: "next Friday" is not tomorrow but the Friday of the following week
    assert one("The board meets next Friday.", "en", published="2026-02-05").value == "2026-02-13"
    assert one("В следующую пятницу совет соберётся.", "ru", published="2026-02-05").value == "2026-02-13"


# -- relative ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,value,gran", [
    ("Вчора в місті було тихо.", "uk", "2026-03-10", "day"),
    ("Позавчера в городе было тихо.", "ru", "2026-03-09", "day"),
    ("На прошлой неделе в городе было тихо.", "ru", "2026-03-02/2026-03-08", "week"),
    ("Минулого місяця ціни зросли.", "uk", "2026-02", "month"),
    ("Last year prices rose.", "en", "2025", "year"),
])
def test_relative(text, lang, value, gran):
    t = one(text, lang)
    assert (t.value, t.granularity) == (value, gran)


def test_week_bounds():
    t = one("На прошлой неделе в городе было тихо.", "ru")
    assert (t.interval_start, t.interval_end) == ("2026-03-02", "2026-03-08")


@pytest.mark.parametrize("text,lang", [
    ("Решение примут в ближайшие недели.", "ru"),
    ("Рішення ухвалять найближчим часом.", "uk"),
    ("Раніше міністр це заперечував.", "uk"),
    ("The decision is expected in the coming weeks.", "en"),
])
def test_vague_has_no_value(text, lang):
    t = one(text, lang)
    assert t.granularity == "vague" and t.value is None


# -- no publication date -------------------------------------------------------------------------
def test_relative_without_publication_date_keeps_text_only():
    found = times("Вчера и во вторник министр встречался с фермерами.", "ru", published=None)
    assert [t.text for t in found] == ["Вчера", "во вторник"]
    assert all(t.value is None and t.interval_start is None for t in found)


def test_absolute_without_publication_date_still_resolves():
    t = one("Саммит пройдёт 12−14 марта 2026 года.", "ru", published=None)
    assert t.value == "2026-03-12/2026-03-14"


def test_month_without_year_and_without_publication_date_is_unresolved():
    t = one("В ноябре министр был в отпуске.", "ru", published=None)
    assert t.value is None and t.text == "В ноябре"


def test_undated_article_dates_without_year_take_the_last_written_year():
    found = times("Съезд прошёл 13 июня 2018 года. А 12 июня делегаты спорили. Вчера было тихо.", "ru",
                  published=None)
    assert [(t.text, t.value) for t in found] == [
        ("13 июня 2018 года", "2018-06-13"), ("12 июня", "2018-06-12"), ("Вчера", None)]


def test_undated_article_months_and_year_only_anchors_stay_unresolved():
    found = times("Закон ухвалили у 2017 році. У вересні та 25 жовтня його змінювали.", "uk", published=None)
    assert [(t.text, t.value) for t in found] == [("у 2017 році", "2017"), ("У вересні", None), ("25 жовтня", None)]


def test_header_date_is_not_a_time_expression():
    text = "date 2026-03-11 Вчора в місті було тихо."
    found = times(text, "uk", header_spans=[(0, 15)])
    assert [t.text for t in found] == ["Вчора"]


def test_noun_sreda_is_not_a_weekday():
    assert times("Окружающая среда страдает.", "ru") == []


def test_bad_lexicon_line_names_the_file(tmp_path, monkeypatch):
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "time.tsv").write_text("monthh\tfoo\t1\n", encoding="utf-8")
    monkeypatch.setattr(lexicons, "LEXICON_DIR", tmp_path)
    T.lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"time.tsv:1"):
            T.lexicon("xx")
    finally:
        T.lexicon.cache_clear()


# -- real articles (gold values only, no text copied) --------------------------------------------
@pytest.mark.skipif(not SHARED.exists(), reason="../shared is not beside the repo")
def test_gold_event_times_are_found_in_their_sentences():
    from kg import documents as reader

    checked = 0
    for line in (SHARED / "eval" / "dev" / "seeds.gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        document = next(reader.read([str(SHARED / gold["doc"])]))
        document.lang = gold["lang"]
        values = {t.value for t in T.extract(nlp.blank(gold["lang"])(document.text), document)}
        for ev in gold["events"]:
            if ev["when"] and ev["when"][:4].isdigit():
                assert ev["when"] in values
                checked += 1
    assert checked > 0


def test_dateline_is_the_base_without_publication_date():
    text = "Border talks stall\n\nRIGA, 5 February 2026 \u2014 Officials met on Tuesday and will meet again next week."
    found = times(text, "en", published=None)
    assert [(t.text, t.value) for t in found] == [
        ("5 February 2026", "2026-02-05"), ("on Tuesday", "2026-02-03"), ("next week", "2026-02-09/2026-02-15")]
    assert T.dateline(Document(id="d", text=text, source="t", lang="en")) == "2026-02-05"


def test_a_date_inside_a_sentence_is_not_a_dateline():
    text = "Officials said the deal of 5 February 2026 - the first in years - holds."
    assert T.dateline(Document(id="d", text=text, source="t", lang="en")) is None


# -- a day counted from the occasion told of ---------------------------------------------------
def test_eve_without_a_date_before_is_the_day_before_publication():
    t = [x for x in times("Напередодні війська обстріляли місто.", "uk") if x.text == "Напередодні"][0]
    assert t.value == "2026-03-10"


def test_day_before_and_after_count_from_the_last_written_date():
    found = {x.text: x.value for x in times(
        "5 березня міністри зустрілися у Варшаві. Днем раніше вони говорили телефоном. "
        "Наступного дня делегація вирушила додому.", "uk")}
    assert found["Днем раніше"] == "2026-03-04"
    # counted from the written date, not from the day "Днем раніше" gave
    assert found["Наступного дня"] == "2026-03-06"


def test_eve_of_something_is_no_date():
    t = [x for x in times("Накануне визита министр заявил, что готов к переговорам.", "ru") if x.text == "Накануне"][0]
    assert t.value is None
    t = [x for x in times("Напередодні зустрічі Коваль заявив про підтримку.", "uk") if x.text == "Напередодні"][0]
    assert t.value is None


def test_a_day_earlier_without_any_date_stays_unresolved():
    t = [x for x in times("A day earlier the ministers spoke by phone.", "en") if x.text.lower() == "a day earlier"][0]
    assert t.value is None


def test_a_scheduled_date_without_a_year_lies_ahead_even_after_a_past_verb():
    from kg import nlp
    from kg.extract import time as T
    from kg.records import Document
    text = "Речник розповів, що засідання призначене на 3 травня."
    document = Document(id="t", text=text, source="t", lang="uk", published="2026-11-26")
    [te] = T.extract(nlp.blank("uk")(text), document)
    assert te.value == "2027-05-03"


def test_a_future_weekday_that_is_the_publication_day_is_that_day():
    from kg import nlp
    from kg.extract import time as T
    from kg.records import Document
    text = "В четверг он проведет консультации."  # published on a Thursday
    document = Document(id="t", text=text, source="t", lang="ru", published="2026-12-03")
    [te] = T.extract(nlp.load("ru")(text), document)
    assert te.value == "2026-12-03"


def test_a_clock_time_after_an_approximation_word_joins_the_day_before():
    from kg import nlp
    from kg.extract import time as T
    from kg.records import Document
    for text, lang in (("Війська вчора близько 07:30 завдали удару.", "uk"), ("Войска вчера около 07:30 нанесли удар.", "ru")):
        document = Document(id="t", text=text, source="t", lang=lang, published="2026-02-05")
        assert [(t.value, t.granularity) for t in T.extract(nlp.load(lang)(text), document)] == [
            ("2026-02-04T07:30", "datetime")]
    text = "Вчора. О 07:30 вийшла заява."
    document = Document(id="t", text=text, source="t", lang="uk", published="2026-02-05")
    assert len(T.extract(nlp.load("uk")(text), document)) == 2  # a sentence ends between them


@pytest.mark.parametrize("text,lang", [
    ("У вівторок уряд ухвалив бюджет. Того ж дня міністр провів нараду.", "uk"),
    ("Во вторник правительство приняло бюджет. В тот же день министр провел совещание.", "ru"),
    ("On Tuesday the cabinet passed the budget. The same day the minister held a meeting.", "en"),
])
def test_the_same_day_is_the_day_told_before(text, lang):
    ts = times(text, lang)
    assert [t.value for t in ts] == ["2026-03-10", "2026-03-10"]


def test_the_same_day_with_no_day_before_has_no_value():
    ts = times("Того ж дня міністр провів нараду.", "uk")
    assert len(ts) == 1 and ts[0].value is None


def test_then_is_the_time_told_before_and_nothing_alone():
    ts = times("У травні 2023 року делегація відвідала Київ, тоді вона побувала і в Одесі.", "uk")
    assert [t.value for t in ts] == ["2023-05", "2023-05"]
    assert times("Тоді міністр промовчав.", "uk") == []


@pytest.mark.parametrize("text,lang", [
    ("Следующий раунд пройдет в марте.", "ru"),
    ("Наступна зустріч відбудеться у березні.", "uk"),
    ("Встреча состоялась в марте.", "ru"),
])
def test_the_publication_month_named_without_a_year_is_this_one(text, lang):
    assert one(text, lang, published="2026-03-11").value == "2026-03"


@pytest.mark.parametrize("text,lang", [
    ("Министр, находившийся 2–3 декабря с визитом в Риге, провел переговоры.", "ru"),
    ("Міністр, який перебував 2–3 грудня з візитом у Ризі, провів переговори.", "uk"),
])
def test_an_interval_without_year_holding_the_publication_day_is_this_year(text, lang):
    found = [t for t in times(text, lang, published="2026-12-02") if t.granularity == "interval"]
    assert [t.value for t in found] == ["2026-12-02/2026-12-03"]


@pytest.mark.parametrize("text,lang,value", [
    ("Консультации проходили во вторник и среду.", "ru", "2026-12-01/2026-12-02"),
    ("Переговори тривали у вівторок і середу.", "uk", "2026-12-01/2026-12-02"),
    ("The talks ran on Tuesday and Wednesday.", "en", "2026-12-01/2026-12-02"),
    ("Встречи прошли в понедельник и в четверг.", "ru", "2026-11-30 2026-12-03"),  # a Thursday paper: that Thursday
])
def test_two_weekdays_running_are_an_interval(text, lang, value):
    found = [t for t in times(text, lang, published="2026-12-03") if t.value]
    assert [t.value for t in found] == value.split()


def test_a_capitalised_name_the_dictionary_does_not_know_does_not_set_the_tense():
    # the tagger may read an unknown surname as a past-tense verb; the future verb after it decides
    text = "Скейде у середу вирушить до Варшави."
    document = Document(id="t", text=text, source="test", lang="uk", published="2026-12-08")
    got = T.extract(nlp.load("uk")(text), document)
    assert [t.value for t in got] == ["2026-12-09"]


def test_a_line_break_has_no_tense_that_could_date_a_month():
    from kg.extract import morph

    text = "Банк скличе донорів на засідання наприкінці січня.\n\nРеактор працює."
    doc = nlp.load("uk")(text)
    assert all(morph.tense(t, "uk") is None for t in doc if t.is_space)
    document = Document(id="t", text=text, source="test", lang="uk", published="2026-12-10")
    [t] = [t for t in T.extract(doc, document) if "січня" in t.text]
    assert t.value == "2027-01"


@pytest.mark.parametrize("text,value", [
    ("Министр сообщил, что согласился приехать в Литву в октябре.", "2027-10"),
    ("Делегации условились провести следующий раунд консультаций в Вильнюсе в июле.", "2027-07"),
    ("Посол рассказал, что в сентябре смог посетить Литву.", "2026-09"),
])
def test_a_month_an_infinitive_governs_lies_ahead(text, value):
    document = Document(id="t", text=text, source="test", lang="ru", published="2027-01-27")
    [t] = T.extract(nlp.load("ru")(text), document)
    assert t.value == value


def test_the_same_day_of_a_past_clause_is_not_a_day_still_to_come():
    text = ("Утром 10 февраля суд огласил приговор. Слушания по второму делу продолжатся 17 февраля. "
            "В тот же день Иван Петров встретился с Олегом Ковалем.")
    document = Document(id="t", text=text, source="test", lang="ru", published="2027-02-10")
    same = [t for t in T.extract(nlp.load("ru")(text), document) if t.text == "В тот же день"]
    assert same and same[0].value == "2027-02-10"


@pytest.mark.parametrize("text,lang", [
    ("Президент Литвы приглашен на саммит в Вильнюсе 9 мая, сообщил помощник.", "ru"),
    ("Як повідомив помічник, президент Литви запрошений на саміт у Вільнюсі 9 травня.", "uk"),
])
def test_the_day_someone_is_invited_to_lies_ahead(text, lang):
    t = one(text, lang, published="2027-04-14")
    assert t.value == "2027-05-09"


@pytest.mark.parametrize("text,lang", [
    ("Міністр сказав, що у п'ятницю планує зустріч із прем'єром.", "uk"),
    ("Министр сказал, что в пятницу планирует встречу с премьером.", "ru"),
])
def test_a_weekday_an_intention_verb_plans_for_lies_ahead(text, lang):
    assert one(text, lang, published="2027-04-14").value == "2027-04-16"


@pytest.mark.parametrize("text,lang,value", [
    ("Візит триватиме з 12 по 14 травня.", "uk", "2027-05-12/2027-05-14"),
    ("Форум пройдет с 30 апреля по 2 мая 2027 года.", "ru", "2027-04-30/2027-05-02"),
    ("Міністр гостює в Римі з понеділка до середи.", "uk", "2027-04-12/2027-04-14"),
    ("Министр гостит в Риме со вторника по четверг.", "ru", "2027-04-13/2027-04-15"),
    ("Министр был в Риме с пятницы по понедельник.", "ru", "2027-04-09/2027-04-12"),
])
def test_a_range_of_days_or_weekdays_is_one_interval(text, lang, value):
    t = one(text, lang, published="2027-04-14")
    assert t.value == value and t.granularity == "interval"


@pytest.mark.parametrize("text,lang", [
    ("Рух перекрили з 18:00 п'ятниці до полудня неділі.", "uk"),
    ("Движение перекрыли с 18:00 пятницы до полудня воскресенья.", "ru"),
    ("The road was closed from 18:00 Friday to noon Sunday.", "en"),
])
def test_a_range_of_weekdays_with_hours_is_the_days(text, lang):
    # published on Tuesday 2026-03-10: the past Friday to Sunday
    t = one(text, lang, published="2026-03-10")
    assert t.value == "2026-03-06/2026-03-08"


# -- seasons: the year of the season meant -----------------------------------------------------------
@pytest.mark.parametrize("text,lang,published,value", [
    ("Міністр відвідає Грац восени.", "uk", "2026-11-20", "2026"),  # this autumn is not over yet
    ("Міністр відвідає Грац навесні.", "uk", "2026-11-20", "2027"),  # this spring is over: the next one
    ("Навесні міністр відвідав Грац.", "uk", "2026-03-10", "2026"),
    ("Восени міністр відвідав Грац.", "uk", "2026-03-10", "2025"),  # no autumn yet this year: the last one
    ("Летом министр посетит Грац.", "ru", "2026-09-15", "2027"),
    ("Этой зимой министр посетит Грац.", "ru", "2026-10-15", "2026"),
])
def test_a_season_alone_is_the_year_of_the_season_meant_by_the_tense(text, lang, published, value):
    t = one(text, lang, published)
    assert (t.value, t.granularity) == (value, "year")


def test_a_season_without_a_publication_date_stays_unresolved():
    t = one("Міністр відвідає Грац восени.", "uk", None)
    assert t.value is None


def test_a_season_before_a_written_year_is_that_year():
    found = times("Міністр відвідає Грац восени 2029 року.", "uk", "2026-11-20")
    assert [t.value for t in found if t.value] == ["2029"]
