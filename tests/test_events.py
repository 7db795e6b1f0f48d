"""Events: triggers, participants, place, time, status, merging. Entity mentions are given by a
small fixture index (the NER is tested elsewhere); sentences are written for these tests."""
import re

import pytest

from kg import lexicons
from kg import nlp
from kg.extract import events as E
from kg.extract import time as T
from kg.extract.entity_index import EntityIndex
from kg.records import Document, Entity, Mention, Statement

PEOPLE = {
    # surface form regex -> (key, type)
    r"Иванов\w*": ("ivanov", "PER"), r"Петров\w*": ("petrov", "PER"),
    r"Коваленк\w*": ("kovalenko", "PER"), r"Шевчук\w*": ("shevchuk", "PER"),
    r"Smith": ("smith", "PER"), r"Jones": ("jones", "PER"),
    r"альянс\w*": ("alliance", "ORG"), r"Берлин\w*": ("berlin", "LOC"), r"Берлін\w*": ("berlin", "LOC"),
    r"Монголи\w*|Монголі\w*": ("mongolia", "LOC"), r"Geneva": ("geneva", "LOC"), r"Kenya|Кени\w*|Кені\w*": ("kenya", "LOC"),
    r"Харков\w*|Харьков\w*|Харків\w*|Kharkiv": ("kharkiv", "LOC"), r"Бетани\w*|Бетані\w*": ("betania", "LOC"),
    r"Women's League": ("league", "ORG"), r"Альянс": ("alliance", "ORG"),
}

STATES = {"mongolia", "kenya", "betania"}


DEMONYMS = {"бетанские": "betania", "бетанські": "betania", "betanian": "betania", "бетанці": "betania", "бетанською": "betania", "бетанской": "betania"}


def _resolver(text, lang, typ):
    key = DEMONYMS.get(text.lower())
    return Entity(key=key, type="LOC", name=key, wikidata="Q1") if key else None


def run(text, lang, published="2026-02-05", statements=(), title_span=None):
    document = Document(id="t", text=text, source="test", lang=lang, published=published, title_span=title_span)
    doc = nlp.blank(lang)(text)
    index = EntityIndex(lang, resolver=_resolver)
    for pat, (key, typ) in PEOPLE.items():
        for m in re.finditer(rf"(?<!\w)(?:{pat})(?!\w)", text):
            # states carry a Wikidata id and no country; cities belong to a country (as the gazetteer does)
            country = key in STATES
            index.add_entity(Entity(key=key, type=typ, name=key, wikidata="Q1" if country else None,
                                    country_key=None if country or typ != "LOC" else "somewhere"))
            index.add_mention(Mention(m.start(), m.end(), m.group(), typ), key)
    times = T.extract(doc, document)
    return E.extract(doc, document, index, times, list(statements))


def single(text, lang, **kw):
    evs = run(text, lang, **kw)
    assert len(evs) == 1, [(e.type, e.trigger, e.participants) for e in evs]
    return evs[0]


# -- triggers, participants, status ----------------------------------------------------------------
def test_planned_talks_with_subject_of_support_verb():
    ev = single("Министр Иванов намерен в столице провести переговоры с Петровым уже в ближайшие недели.", "ru")
    assert ev.type == "Talks" and ev.status == "planned"
    assert ev.participants == ["ivanov", "petrov"]
    assert ev.time is not None and ev.time.granularity == "vague" and ev.time.value is None


def test_call_from_genitive_and_instrumental_may_take_place_is_planned():
    ev = single("Следующий телефонный разговор Иванова с Петровым может состояться в марте.", "ru")
    assert (ev.type, ev.status, ev.trigger) == ("Call", "planned", "телефонный разговор")
    assert ev.participants == ["ivanov", "petrov"]
    assert ev.time.value == "2026-03"


def test_meeting_of_an_organisation_occurred_with_place_and_weekday():
    ev = single("Встреча альянса, которая прошла во вторник в Берлине, закончилась заявлением.", "ru")
    assert (ev.type, ev.status) == ("Meeting", "occurred")
    assert ev.participants == ["alliance"]
    assert ev.place_key == "berlin"
    assert ev.time.value == "2026-02-03"


def test_between_two_persons_preparation_is_planned_uk():
    ev = single("Міністерство готує можливу зустріч між міністрами Коваленком і Шевчуком.", "uk")
    assert (ev.type, ev.status) == ("Meeting", "planned")
    assert ev.participants == ["kovalenko", "shevchuk"]


def test_possible():
    ev = single("Возможная встреча Иванова и Петрова обсуждается дипломатами.", "ru")
    assert (ev.type, ev.status) == ("Meeting", "possible")


@pytest.mark.parametrize("text,lang", [
    ("Зустріч Коваленка з Шевчуком не планується.", "uk"),
    ("Переговоров между Ивановым и Петровым нет.", "ru"),
    ("Smith did not meet Jones in Geneva.", "en"),
])
def test_denied(text, lang):
    assert single(text, lang).status == "denied"


def test_verb_trigger_with_subject_and_dative_object_occurred_yesterday():
    ev = single("Коваленко зателефонував Шевчуку вчора ввечері.", "uk", published="2026-02-12")
    assert (ev.type, ev.status) == ("Call", "occurred")
    assert ev.participants == ["kovalenko", "shevchuk"]
    assert ev.time.value == "2026-02-11"


def test_visit_destination_is_participant_and_place_time_with_modifier():
    ev = single("Министр Иванов во время визита в Монголию в конце октября 2025 года выступил с лекцией.", "ru")
    assert (ev.type, ev.status) == ("Visit", "occurred")
    assert ev.participants == ["ivanov", "mongolia"]
    assert ev.place_key == "mongolia"
    assert (ev.time.value, ev.time.modifier) == ("2025-10", "end")


def test_en_future_meeting_with_place_and_week():
    ev = single("Smith will meet Jones in Geneva next week.", "en")
    assert (ev.type, ev.status) == ("Meeting", "planned")
    assert ev.participants == ["smith", "jones"]
    assert ev.place_key == "geneva"
    assert ev.time.granularity == "week"


def test_visit_to_a_city_has_it_as_place_only():
    ev = single("Министр Иванов во время визита в Берлин выступил с лекцией.", "ru")
    assert ev.participants == ["ivanov"] and ev.place_key == "berlin"


def test_signing_a_contract_is_an_agreement_uk():
    ev = single("Коваленко підписав контракт з Шевчуком у Берліні.", "uk")
    assert (ev.type, ev.participants, ev.place_key) == ("Agreement", ["kovalenko", "shevchuk"], "berlin")


def test_call_by_phone_with_a_kin_noun_apposition_ru():
    ev = single("Иванов поговорил по телефону с женой коллеги Петровой.", "ru")
    assert ev.type == "Call" and ev.participants == ["ivanov", "petrov"]


def test_genitive_after_a_common_noun_is_not_a_participant():
    ev = single("Иванов встретился с семьей Петрова в Берлине.", "ru")
    assert ev.participants == ["ivanov"] and ev.place_key == "berlin"


def test_visit_verb_with_a_summit_object_is_a_meeting():
    evs = run("Иванов посетит саммит альянса в Берлине.", "ru")
    assert [(e.type, e.participants, e.place_key) for e in evs] == [("Meeting", ["ivanov", "alliance"], "berlin")]


def test_coordinated_clause_takes_the_sentence_subject():
    evs = run("Иванов посетит Монголию, проведёт встречу с министром Петровым и вернётся.", "ru")
    assert [(e.type, e.participants) for e in evs] == [("Visit", ["ivanov", "mongolia"]),
                                                      ("Meeting", ["ivanov", "petrov"])]


def test_pronoun_subject_is_the_last_person_named():
    evs = run("Иванов выступил рано. Он встретится с Петровым в Берлине.", "ru")
    assert [(e.type, e.participants) for e in evs if e.type == "Meeting"] == [("Meeting", ["ivanov", "petrov"])]


def test_demonstrative_before_a_verb_is_not_an_anaphoric_event():
    evs = run("Иванов посетит Монголию. После этого Иванов посетит Кению.", "ru")
    assert [e.participants for e in evs] == [["ivanov", "mongolia"], ["ivanov", "kenya"]]


def test_country_of_a_title_is_not_a_participant():
    ev = single("Коваленко провів переговори з президентом Монголії Шевчуком.", "uk")
    assert ev.participants == ["kovalenko", "shevchuk"]


def test_a_quoted_name_after_a_common_noun_takes_part():
    ev = single("Иванов победил на выборах в Берлине как кандидат блока «Альянс»", "ru")
    assert ev.type == "Election"
    ev = single("Переговоры Иванова с делегацией блока «Альянс» прошли в Берлине.", "ru")
    assert ev.participants == ["ivanov", "alliance"]


def test_a_name_inside_a_genitive_of_a_common_noun_is_not_a_participant():
    ev = single("Иванов встретился в Берлине с семьей бывшего министра Петрова.", "ru")
    assert ev.participants == ["ivanov"] and ev.place_key == "berlin"


def test_other_party_named_only_by_title_keeps_the_event():
    ev = single("Состоялся телефонный разговор Иванова с президентом Монголии.", "ru")
    assert (ev.type, ev.participants) == ("Call", ["ivanov"])


def test_also_marks_another_event_of_the_kind_on_the_same_occasion():
    evs = run("Иванов поговорил с Петровым 3 февраля 2026 года. Иванов также поговорил с Коваленко.", "ru")
    assert [e.participants for e in evs] == [["ivanov", "petrov"], ["ivanov", "kovalenko"]]
    assert [e.time.value for e in evs] == ["2026-02-03", "2026-02-03"]


def test_same_event_told_twice_merges():
    evs = run("Иванов поговорил с Петровым. Разговор Иванова с Петровым длился час.", "ru")
    assert len(evs) == 1 and len(evs[0].mentions) == 1


def test_pronoun_takes_the_person_named_earlier_in_its_sentence():
    evs = run("Петров выступил. По словам Иванова, он поговорил с Коваленко по телефону.", "ru")
    assert [e.participants for e in evs] == [["ivanov", "kovalenko"]]


def test_fronted_phrase_takes_the_subject_after_it():
    ev = single("На встрече с Петровым Иванов заявил о новых планах.", "ru")
    assert (ev.type, ev.participants) == ("Meeting", ["ivanov", "petrov"])
    ev = single("Під час візиту до Монголії Коваленко виступив з лекцією.", "uk")
    assert (ev.type, set(ev.participants)) == ("Visit", {"kovalenko", "mongolia"})


def test_a_bare_title_is_the_person_the_article_names_with_it():
    text = ("Президент Монголии Петров прибыл в Берлин. "
            "Иванов провел переговоры с президентом Монголии. Президент Монголии встретился с Коваленко.")
    evs = run(text, "ru")
    assert [(e.type, e.participants) for e in evs if e.type != "Visit"] == [
        ("Talks", ["ivanov", "petrov"]), ("Meeting", ["petrov", "kovalenko"])]


def test_those_taking_part_are_participants():
    ev = single("В переговорах в Берлине приняли участие Иванов и Петров.", "ru")
    assert (ev.type, set(ev.participants), ev.place_key) == ("Talks", {"ivanov", "petrov"}, "berlin")
    ev = single("Smith took part in the talks with Jones in Geneva.", "en")
    assert set(ev.participants) == {"smith", "jones"}


def test_en_possessive_visit():
    ev = single("Smith's visit to Kenya ended on Tuesday.", "en")
    assert ev.type == "Visit" and ev.participants == ["smith", "kenya"] and ev.status == "occurred"


def test_attack_target_and_agent_uk():
    ev = single("Удари по Харкову з боку Бетанії тривали всю ніч.", "uk")
    # the attacker is named: it is the participant; the targeted city is where it happened
    assert ev.type == "Attack" and ev.participants == ["betania"]
    assert ev.place_key == "kharkiv"


@pytest.mark.parametrize("text,lang", [
    ("Бетанские дроны атаковали Харьков ночью.", "ru"),
    ("Betanian drones struck Kharkiv overnight.", "en"),
])
def test_attack_agent_named_by_a_demonym(text, lang):
    PEOPLE[r"Харьков\w*|Kharkiv"] = ("kharkiv", "LOC")
    try:
        ev = single(text, lang)
    finally:
        del PEOPLE[r"Харьков\w*|Kharkiv"]
    assert ev.type == "Attack" and ev.participants == ["betania"] and ev.place_key == "kharkiv"


def test_apposition_after_a_comma_en():
    ev = single("Smith spoke by phone with his counterpart, Jones, on Monday.", "en")
    assert (ev.type, ev.participants, ev.time.value) == ("Call", ["smith", "jones"], "2026-02-02")


def test_a_cue_counts_for_the_nearest_trigger():
    PEOPLE[r"Харьков\w*"] = ("kharkiv", "LOC")
    try:
        evs = run("Обстрел Харькова со стороны Бетании продолжается и показывает готовность к переговорам между Ивановым и Петровым.", "ru")
    finally:
        del PEOPLE[r"Харьков\w*"]
    assert [(e.type, e.status) for e in evs] == [("Attack", "occurred"), ("Talks", "possible")]


def test_place_in_locative_uk():
    ev = single("Переговори Коваленка з Шевчуком відбулися у Берліні.", "uk")
    assert ev.place_key == "berlin" and ev.status == "occurred"


def test_talks_in_a_city_on_dates_are_planned_by_future_tense():
    ev = single("Документы утвердят на переговорах в Берлине 12−14 марта 2026 года.", "ru",
                published=None)
    assert (ev.type, ev.status, ev.place_key) == ("Talks", "planned", "berlin")
    assert ev.time.value == "2026-03-12/2026-03-14"


def test_unresolvable_time_without_publication_date():
    ev = single("Встреча Иванова с Петровым состоялась во вторник.", "ru", published=None)
    assert ev.time is not None and ev.time.text == "во вторник" and ev.time.value is None


# -- what is not an event ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Никаких контактов между ведомствами пока нет.", "ru"),
    ("Заявление не означает готовности к переговорам.", "ru"),
    ("The union will call for a strike vote.", "en"),
])
def test_nobody_nowhere_is_no_event(text, lang):
    assert [e for e in run(text, lang) if e.type in ("Contact", "Talks", "Call")] == []


def test_contact_with_a_country_alone_is_not_an_event():
    assert run("Иванов рассчитывает наладить контакты с Монголией.", "ru") == []


def test_acronym_is_not_a_trigger():
    assert run("Депутат от партии УДАР Иванов выступил в Берлине.", "ru") == []


def test_a_blow_by_a_person_is_not_an_attack():
    assert run("Від ударів Коваленка тріснув камінь.", "uk") == []


def test_a_visit_needs_a_visitor():
    assert run("Делегация прибыла в Берлин вечером.", "ru") == []


# -- merging, statements, keys ----------------------------------------------------------------------
def test_title_and_body_merge_into_one_event():
    text = "Иванов собирается позвонить Петрову\n\nСледующий телефонный разговор Иванова с Петровым может состояться в марте."
    ev = single(text, "ru", title_span=(0, text.index("\n")))
    assert ev.type == "Call" and ev.start == text.index("позвонить")
    assert [m[2] for m in ev.mentions] == ["телефонный разговор"]
    assert ev.time.value == "2026-03"


def test_anaphoric_mention_merges():
    text = "Переговоры в Берлине начнутся в марте. Делегация альянса в этих переговорах не участвует."
    ev = single(text, "ru")
    assert ev.type == "Talks" and len(ev.mentions) == 1 and ev.mentions[0][2] == "переговорах"


def test_different_events_of_one_type_stay_apart():
    text = ("Иванов намерен провести переговоры с Петровым. "
            "Документы утвердят на переговорах в Берлине 12−14 марта 2026 года.")
    evs = run(text, "ru")
    assert [(e.type, e.participants, e.place_key) for e in evs] == [
        ("Talks", ["ivanov", "petrov"], None), ("Talks", [], "berlin")]


def test_event_inside_a_statement_points_to_it():
    text = "Иванов заявил, что встреча с Петровым состоится в марте."
    content = "встреча с Петровым состоится в марте"
    st = Statement(content=content, start=text.index(content), end=text.index(content) + len(content),
                   kind="indirect", cue="заявил", speaker_key="ivanov")
    ev = single(text, "ru", statements=[st])
    assert ev.statement == (st.start, st.end)
    assert ev.status == "planned"


def test_event_key_is_deterministic():
    ev = single("Телефонный разговор Петрова с Ивановым может состояться в марте.", "ru")
    assert ev.key == "Call|ivanov+petrov|2026-03"


def test_event_key_uses_the_place_when_nobody_is_named():
    ev = single("Саммит в Берлине пройдёт 12−14 марта 2026 года.", "ru")
    assert ev.key == "Meeting|@berlin|2026-03-12/2026-03-14"


def test_bad_event_lexicon_names_the_file(tmp_path, monkeypatch):
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "events.tsv").write_text("trigger\tfoo\n", encoding="utf-8")
    from kg.extract import event_lexicon

    monkeypatch.setattr(lexicons, "LEXICON_DIR", tmp_path)
    event_lexicon.lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"events.tsv:1"):
            event_lexicon.lexicon("xx")
    finally:
        event_lexicon.lexicon.cache_clear()


def test_an_event_dated_after_publication_is_planned_whatever_the_tense_of_the_report():
    ev = single("Коваленко анонсував візит до Берліна наступного місяця.", "uk")
    assert ev.type == "Visit" and ev.status == "planned" and ev.time.value == "2026-03"


@pytest.mark.parametrize("text,lang", [
    ("Иванов провел переговоры с Петровым. Стороны договорились о новой встрече в Берлине.", "ru"),
    ("Коваленко провів переговори з Шевчуком. Сторони домовилися про нову зустріч у Берліні.", "uk"),
    ("Smith held talks with Jones. The two leaders agreed to a new meeting in Geneva.", "en"),
])
def test_the_sides_of_an_event_just_told_of_are_the_participants_of_the_next(text, lang):
    evs = run(text, lang)
    meeting = [e for e in evs if e.type == "Meeting"]
    talks = [e for e in evs if e.type == "Talks"]
    assert len(meeting) == 1 and len(talks) == 1
    assert sorted(meeting[0].participants) == sorted(talks[0].participants) and len(talks[0].participants) == 2


def test_the_day_a_statement_was_made_does_not_date_the_event_it_tells_of():
    text = "Smith told reporters on Tuesday that Jones had not been informed about the talks with Kenya."
    content = "Jones had not been informed about the talks with Kenya"
    st = Statement(content=content, start=text.index(content), end=text.index(content) + len(content),
                   kind="indirect", cue="told", speaker_key="smith")
    ev = single(text, "en", statements=[st])
    assert ev.type == "Talks" and ev.time is None


def test_a_noun_trigger_that_also_reads_as_a_verb_takes_the_tense_of_its_clause():
    # "встречу" is also "I meet" (the tagger may call it a verb): the future of "проведёт" decides
    from kg.pipeline import extract_doc

    text = "Позже министр Олаф Шольц проведёт встречу с Дональдом Туском."
    document = Document(id="t", text=text, source="test", lang="ru", published="2026-02-05")
    ax = extract_doc(nlp.load("ru")(text), document)
    assert [(e.type, e.status) for e in ax.events] == [("Meeting", "planned")]


def test_a_plural_title_with_the_names_right_after_takes_only_those_names():
    ev = single("Новая встреча президентов Монголии и Кении Иванова и Петрова может состояться в марте.", "ru")
    assert sorted(ev.participants) == ["ivanov", "petrov"]
