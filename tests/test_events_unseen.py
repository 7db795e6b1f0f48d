"""Events on patterns of unseen news: shootings and explosions, bare event nouns, invitations,
audiences, arrivals at a scene, take-part lists, clause subjects. Sentences and names are invented
for these tests; entity mentions come from the fixture index of test_events."""
import pytest

from kg import nlp
from kg.records import Document
from conftest import run_pipeline, told
from test_events import run, single


# -- attacks: shootings, explosions, assaults; the target or the place is enough ---------------------
@pytest.mark.parametrize("text,lang", [
    ("Во вторник в Харькове произошла стрельба.", "ru"),
    ("У вівторок у Харкові сталася стрілянина.", "uk"),
    ("Во вторник в Харькове прогремел взрыв.", "ru"),
    ("У вівторок у Харкові пролунав вибух.", "uk"),
    ("Во вторник в Харькове было совершено нападение на отделение альянса.", "ru"),
    ("У вівторок у Харкові стався напад на відділення альянсу.", "uk"),
    ("Неизвестные открыли огонь по зданию альянса в Харькове.", "ru"),
    ("Невідомі відкрили вогонь по будівлі альянсу в Харкові.", "uk"),
])
def test_violent_event_words_make_an_attack_without_a_named_attacker(text, lang):
    ev = single(text, lang)
    assert ev.type == "Attack"
    assert ev.place_key == "kharkiv" or "alliance" in ev.participants


def test_an_attack_on_an_organisation_names_it_as_the_target():
    ev = single("Неизвестные открыли огонь по зданию альянса в Харькове.", "ru")
    assert ev.participants == ["alliance"] and ev.place_key == "kharkiv"


def test_two_mentions_of_an_attack_at_one_place_are_one_event():
    evs = run("В Харькове произошел теракт. Полиция ищет организаторов теракта в Харькове.", "ru")
    assert [(e.type, e.place_key, len(e.mentions)) for e in evs] == [("Attack", "kharkiv", 1)]


def test_a_blow_without_target_or_place_is_no_attack():
    assert run("Этот удар по самолюбию Иванов перенес спокойно.", "ru") == []


# -- unambiguous event nouns stand with one participant, a place or a time ----------------------------
@pytest.mark.parametrize("text,lang,typ", [
    ("Переговоры в Берлине продлились до ночи.", "ru", "Talks"),
    ("Переговори в Берліні тривали до ночі.", "uk", "Talks"),
    ("Вибори в Монголії пройдуть у березні.", "uk", "Election"),
    ("Выборы в Монголии пройдут в марте.", "ru", "Election"),
])
def test_bare_event_noun_with_a_place_is_kept(text, lang, typ):
    ev = single(text, lang)
    assert ev.type == typ and ev.participants == [] or ev.participants == ["mongolia"]


def test_meeting_verb_with_its_subject_alone_is_kept():
    ev = single("Шевчук неодноразово зустрічався з підприємцями.", "uk")
    assert (ev.type, ev.participants) == ("Meeting", ["shevchuk"])


def test_readiness_to_negotiate_with_unnamed_parties_is_no_event():
    assert run("Иванов готов вести переговоры с соседними странами.", "ru") == []


def test_anaphoric_talks_without_names_take_the_previous_sentence_subject():
    evs = run("Иванов и Петров встретились в Берлине. Эти переговоры длились три часа.", "ru")
    talks = [e for e in evs if e.type == "Talks"]
    assert len(talks) == 1 and talks[0].participants == ["ivanov", "petrov"]


def test_session_with_the_speaker_before_it():
    ev = single("Цифру оприлюднив голова альянсу Шевчук на засіданні робочої групи.", "uk")
    assert ev.type == "Meeting" and "shevchuk" in ev.participants


def test_election_of_a_person_possessive_owner_country_and_year():
    ev = single("Коваленко отримав посаду. Після його обрання президентом Монголії у 2019 році все змінилося.", "uk")
    assert ev.type == "Election"
    assert ev.participants == ["kovalenko"] and ev.place_key == "mongolia"
    assert ev.time.value == "2019"


def test_agreement_needs_a_signing_or_concluding_word():
    assert run("Иванов поделился прогнозами относительно соглашения между Монголией и Кенией.", "ru") == []
    ev = single("Угоду було укладено між Монголією та Кенією у вівторок.", "uk")
    assert ev.type == "Agreement" and set(ev.participants) == {"mongolia", "kenya"}


# -- typing: calls with invitations, audiences, arrivals --------------------------------------------
def test_call_with_an_invitation_the_invitee_is_the_visitor():
    evs = run("Иванов в телефонном разговоре пригласил Петрова посетить Монголию.", "ru")
    by = {e.type: e for e in evs}
    assert set(by) == {"Call", "Visit"}
    assert by["Call"].participants == ["ivanov", "petrov"]
    assert by["Visit"].participants == ["petrov", "mongolia"] and by["Visit"].status == "planned"


def test_invitation_uk():
    evs = run("Коваленко запросив Шевчука відвідати Кенію.", "uk")
    visit = next(e for e in evs if e.type == "Visit")
    assert visit.participants == ["shevchuk", "kenya"] and visit.status == "planned"


@pytest.mark.parametrize("text,lang", [
    ("Иванов был принят на аудиенции у Петрова.", "ru"),
    ("Коваленко мав аудієнцію у Шевчука.", "uk"),
])
def test_audience_is_a_meeting(text, lang):
    ev = single(text, lang)
    assert ev.type == "Meeting"


@pytest.mark.parametrize("text,lang", [
    ("Прибывший на место происшествия Иванов осмотрел машину.", "ru"),
    ("Иванов прибыл работать в Кению по контракту.", "ru"),
    ("Петров прилетел из Берлина с намерением остаться.", "ru"),
    ("Шевчук прибув на місце події о восьмій.", "uk"),
])
def test_arrival_is_not_a_visit(text, lang):
    assert [e for e in run(text, lang) if e.type == "Visit"] == []


@pytest.mark.parametrize("text,lang", [
    ("Иванов прибыл в Монголию с официальным визитом.", "ru"),
    ("Коваленко приїхав до Кенії.", "uk"),
])
def test_arrival_in_a_country_is_a_visit(text, lang):
    ev = next(e for e in run(text, lang) if e.type == "Visit")
    assert ev.participants[0] in ("ivanov", "kovalenko")


# -- participants ---------------------------------------------------------------------------------
def test_take_part_names_after_a_comma_are_participants():
    evs = run("Во вторник состоялась встреча депутатов. Во встрече принимали участие председатель, "
              "министр Иванов и глава правительства Петров.", "ru")
    assert len(evs) == 1
    assert set(evs[0].participants) == {"ivanov", "petrov"} and evs[0].time.value == "2026-02-03"


def test_meetings_at_organisations_involve_them():
    ev = single("Під час зустрічей в альянсі Коваленко говорив про гроші.", "uk")
    assert ev.type == "Meeting" and "alliance" in ev.participants


def test_subject_right_before_a_call_phrase_takes_part_and_the_time_of_the_phrase():
    ev = single("Министр Иванов в телефонном разговоре 3 февраля поздравил Петрова.", "ru")
    assert ev.type == "Call" and ev.participants[0] == "ivanov"
    assert ev.time.value == "2026-02-03"


def test_nameless_call_mention_joins_the_named_call():
    evs = run("Состоялся телефонный разговор Иванова с Петровым. "
              "Министр в телефонном разговоре 3 февраля поздравил коллегу.", "ru")
    assert len(evs) == 1 and evs[0].time.value == "2026-02-03"
    assert evs[0].participants == ["ivanov", "petrov"]


# -- time: the clause's, else the sentence's ------------------------------------------------------
def test_time_of_the_sentence_when_the_clause_has_none():
    ev = single("Иванов, как стало известно 3 февраля, провел встречу с Петровым.", "ru")
    assert ev.type == "Meeting" and ev.time is not None and ev.time.value == "2026-02-03"


def test_a_time_inside_a_quote_does_not_date_an_event_outside_it():
    from kg.records import Statement
    text = 'Smith met Jones in Geneva and said: "From next month we will inspect every ship."'
    q0, q1 = text.index("From"), text.index('."')
    st = Statement(content=text[q0:q1], start=q0, end=q1, kind="direct", cue="said")
    evs = run(text, "en", statements=[st])
    meeting = next(e for e in evs if e.type == "Meeting")
    assert told(meeting.time) is None  # not the month inside the quote


def test_drones_hit_a_place_is_an_attack_en():
    ev = single("Drones hit a power station near Kharkiv overnight.", "en")
    assert ev.type == "Attack" and ev.place_key == "kharkiv"


def test_a_title_naming_only_the_place_joins_the_body_event():
    evs = run("Drones hit power station near Kharkiv\n\nBetanian drones struck a substation on Tuesday.", "en")
    assert len(evs) == 1
    assert evs[0].participants == ["betania"] and evs[0].place_key == "kharkiv"
    assert evs[0].time.value == "2026-02-03"


def test_a_relative_clause_on_another_noun_does_not_set_the_status():
    ev = single("В Харькове атаку совершили боевики, которые хотят захватить город.", "ru")
    assert (ev.type, ev.status) == ("Attack", "occurred")
    ev = single("Встреча Иванова с Петровым, которая планируется на март, пройдет в Берлине.", "ru")
    assert ev.status == "planned"


def test_election_country_of_the_office():
    ev = single("Явка была ниже, чем на выборах президента Монголии в марте.", "ru")
    assert ev.type == "Election" and ev.place_key == "mongolia"


@pytest.mark.parametrize("text,lang", [
    ("Під час телефонної розмови Коваленко запросив Шевчука відвідати Кенію.", "uk"),
    ("Kovalenko invited Shevchuk to visit Kenya during a phone call on Monday.", "en"),
])
def test_inviter_and_invitee_are_the_parties_of_the_call(text, lang):
    from test_events import PEOPLE
    PEOPLE[r"Kovalenko"], PEOPLE[r"Shevchuk"] = ("kovalenko", "PER"), ("shevchuk", "PER")
    try:
        by = {e.type: e for e in run(text, lang)}
    finally:
        del PEOPLE[r"Kovalenko"], PEOPLE[r"Shevchuk"]
    assert set(by["Call"].participants) == {"kovalenko", "shevchuk"}
    assert by["Visit"].participants[0] == "shevchuk" and by["Visit"].status == "planned"


@pytest.mark.parametrize("text,lang", [
    ("Між Коваленком і Шевчуком відбулися переговори.", "uk"),
    ("Между Ивановым и Петровым состоялась встреча.", "ru"),
])
def test_parties_named_between_before_the_trigger(text, lang):
    ev = single(text, lang)
    assert len(ev.participants) == 2


def test_a_sentence_without_a_time_goes_on_with_the_date_of_the_one_before():
    evs = run("Иванов и Петров подписали соглашение во вторник. Затем Иванов встретился с Петровым в Берлине.", "ru")
    meeting = next(e for e in evs if e.type == "Meeting")
    assert meeting.time is not None and meeting.time.value == "2026-02-03"
    evs = run("Иванов и Петров подписали соглашение во вторник. Коваленко встретился с Шевчуком в Берлине.", "ru")
    meeting = next(e for e in evs if e.type == "Meeting")
    assert told(meeting.time) is None  # other people: another occasion


def test_nameless_talks_at_a_place_are_held_by_those_who_met_there_before():
    evs = run("Встреча альянса прошла во вторник в Берлине. Иванов заявил, что на переговорах в Берлине "
              "12 марта утвердят документы.", "ru")
    talks = next(e for e in evs if e.type == "Talks")
    assert talks.participants == ["alliance"] and talks.place_key == "berlin"


def test_who_only_spoke_of_talks_in_the_sentence_before_is_not_their_party():
    from kg.records import Statement
    text = "Иванов заявил, что на переговорах в Берлине утвердят документы. Однако в этих переговорах никто не участвовал."
    q0, q1 = text.index("на переговорах"), text.index(". Однако")
    st = Statement(content=text[q0:q1], start=q0, end=q1, kind="indirect", cue="заявил", speaker_key="ivanov")
    talks = [e for e in run(text, "ru", statements=[st]) if e.type == "Talks"]
    assert all("ivanov" not in e.participants for e in talks)


def test_attack_without_a_named_attacker_keeps_its_targets():
    ev = single("Нападение на Петрова произошло во вторник в Харькове.", "ru")
    assert ev.type == "Attack" and ev.participants == ["petrov"] and ev.place_key == "kharkiv"


def test_these_talks_point_back_to_the_talks_told_before_not_to_the_last_subject():
    evs = run("Иванов провел переговоры с Петровым. Позже Коваленко уехал домой. Эти переговоры длились час.", "ru")
    talks = [e for e in evs if e.type == "Talks"]
    assert len(talks) == 1 and talks[0].participants == ["ivanov", "petrov"]


def test_election_winner_and_rival():
    ev = single("Иванов в марте победил на выборах своего соперника Петрова.", "ru")
    assert ev.type == "Election" and set(ev.participants) == {"ivanov", "petrov"}


def test_congratulating_on_an_election_does_not_make_a_candidate():
    evs = run("Иванов поздравил Петрова с избранием на выборах в марте.", "ru")
    assert all("ivanov" not in e.participants for e in evs if e.type == "Election")


@pytest.mark.parametrize("text,lang", [
    ("Иванов переговорил по телефону с Петровым.", "ru"),
    ("Коваленко переговорив телефоном із Шевчуком.", "uk"),
])
def test_talking_by_phone_is_a_call(text, lang):
    ev = single(text, lang)
    assert ev.type == "Call" and len(ev.participants) == 2


# -- who the participants are: titles, relative clauses, role nouns ------------------------------
def test_an_organisation_between_a_title_and_a_name_qualifies_the_title():
    ev = single("Иванов встретился с генеральным секретарем альянса Петровым.", "ru")
    assert ev.participants == ["ivanov", "petrov"]


@pytest.mark.parametrize("text,lang", [
    ("Иванов встретился с Петровым, который прибыл в Берлин с визитом.", "ru"),
    ("Коваленко зустрівся з Шевчуком, який прибув до Берліна з візитом.", "uk"),
])
def test_the_subject_of_a_relative_clause_is_its_antecedent(text, lang):
    visits = [e for e in run(text, lang) if e.type == "Visit"]
    assert len(visits) == 1 and visits[0].participants[:1] == (["petrov"] if lang == "ru" else ["shevchuk"])


def test_a_role_noun_names_the_person_the_article_gave_that_title():
    # full pipeline (bundled model): "визит канцлера" is the visit of the chancellor named before
    from kg.pipeline import extract_doc

    text = ("Канцлер Германии Олаф Шольц провел совещание в Берлине. Представитель МИД Турции заявил журналистам, "
            "что визит канцлера в Стамбул пока не согласован.")
    document = Document(id="t", text=text, source="test", lang="ru", published="2026-02-05")
    ax = extract_doc(nlp.load("ru")(text), document)
    scholz = next(e.key for e in ax.entities if e.type == "PER" and "Шольц" in e.name + " ".join(e.labels.values()))
    visits = [e for e in ax.events if e.type == "Visit"]
    # the visitor is the chancellor; the state visited (Istanbul's) takes part too
    assert visits and all(e.participants[0] == scholz and set(e.participants) <= {scholz, "wd:Q43"} for e in visits)
    # and the unnamed official of another state's ministry is not the chancellor
    assert [s.speaker_key for s in ax.statements] == ["org:mfa-tr"]  # the generated state body


def test_a_headline_role_names_the_person_the_body_gives_that_title():
    # the headline says "the new head of X" before the body names him; a title given by an appointment counts
    from kg.pipeline import extract_doc

    text = ("Состоялся телефонный разговор Шольца с новым главой Эквадора\n\n"
            "Канцлер Германии Олаф Шольц поздравил Марко Лиотти с избранием на пост главы Эквадора.")
    document = Document(id="t", text=text, source="test", lang="ru", published="2026-02-05")
    ax = extract_doc(nlp.load("ru")(text), document)
    people = {e.key for e in ax.entities if e.type == "PER"}
    calls = [e for e in ax.events if e.type == "Call"]
    assert len(people) == 2 and len(calls) == 1
    assert set(calls[0].participants) == people


@pytest.mark.parametrize("text,lang,visited", [
    ("Канцлер Австрии Марко Лиотти прибыл в Киев с необъявленным визитом.", "ru", "wd:Q212"),
    ("Міністр Марко Ліотті планує відвідати Москву наступного тижня.", "uk", "wd:Q159"),
])
def test_a_visit_to_a_city_is_a_visit_to_its_country(text, lang, visited):
    from kg.pipeline import extract_doc

    document = Document(id="t", text=text, source="test", lang=lang, published="2026-02-05")
    ax = extract_doc(nlp.load(lang)(text), document)
    visits = [e for e in ax.events if e.type == "Visit"]
    assert len(visits) == 1 and visits[0].participants[-1] == visited
    assert visits[0].place_key != visited  # the city stays the place


def test_a_trip_at_home_adds_no_country_and_capitals_that_sign_are_their_states():
    from kg.pipeline import extract_doc

    text = "Президент Украины Марко Лиотти посетил Харьков. Будапешт и Москва подписали соглашение о газе."
    document = Document(id="t", text=text, source="test", lang="ru", published="2026-02-05")
    ax = extract_doc(nlp.load("ru")(text), document)
    visit = next(e for e in ax.events if e.type == "Visit")
    assert "wd:Q212" not in visit.participants
    deal = next(e for e in ax.events if e.type == "Agreement")
    assert sorted(deal.participants) == ["wd:Q159", "wd:Q28"]


def _pipeline(text, lang, published="2026-02-05"):
    return run_pipeline(text, lang, published)


def _only(ax, etype):
    """The one event of that type (the test fails if there are none or several)."""
    [ev] = [e for e in ax.events if e.type == etype]
    return ev


def _persons(ev):
    return len([p for p in ev.participants if p.startswith("per:")])


def test_they_are_the_two_persons_the_sentence_before_names():
    ax = _pipeline("Подготовкой занимаются советник Марко Лиотти и посланник Ян Коваль. "
                   "Они провели телефонный разговор в среду.", "ru")
    people = sorted(e.key for e in ax.entities if e.type == "PER")
    call = next(e for e in ax.events if e.type == "Call")
    assert len(people) == 2 and sorted(call.participants) == people


def test_a_plural_title_before_countries_names_their_title_holders():
    ax = _pipeline("Премьер Польши Марко Лиотти и премьер Чехии Ян Коваль выступили в Брюсселе. "
                   "Встреча премьеров Польши и Чехии состоится в марте.", "ru")
    people = sorted(e.key for e in ax.entities if e.type == "PER")
    meeting = next(e for e in ax.events if e.type == "Meeting")
    assert sorted(meeting.participants) == people


def test_who_allows_for_a_meeting_of_others_is_not_a_party_to_it():
    ax = _pipeline("Пресс-секретарь Ян Коваль допустил новую встречу Марко Лиотти и Петра Сойки.", "ru")
    meeting = next(e for e in ax.events if e.type == "Meeting")
    koval = next(e.key for e in ax.entities if "Коваль" in e.name)
    assert koval not in meeting.participants and len(meeting.participants) == 2
    assert meeting.status == "possible"
    ax = _pipeline("Премьер Ян Коваль планирует встречу с Марко Лиотти.", "ru")
    meeting = next(e for e in ax.events if e.type == "Meeting")
    assert len(meeting.participants) == 2  # the planner meets the other


def test_a_lower_case_title_is_not_part_of_the_name():
    ax = _pipeline("В переговорах участвовал спецпосланник Марко Лиотти.", "ru")
    assert [e.name for e in ax.entities if e.type == "PER"] == ["Марко Лиотти"]


def test_an_attack_by_a_named_force_on_a_region_takes_the_region_as_place():
    ax = _pipeline("Три человека ранены при атаке беспилотников ВСУ на Белгородскую область в ночь на пятницу.", "ru",
                   published="2026-11-27")
    attack = next(e for e in ax.events if e.type == "Attack")
    region = next(e.key for e in ax.entities if e.type == "LOC")
    assert region not in attack.participants and attack.place_key == region
    assert attack.time is not None and attack.time.value == "2026-11-27"
    # drones and air defence written in capitals are no organisations
    assert not any(e.name in ("БПЛА", "ПВО") for e in ax.entities)
    ax = _pipeline("Средства ПВО сбили 12 БПЛА над Курской областью.", "ru")
    assert not any(e.type == "ORG" for e in ax.entities)


def test_a_headline_attack_on_a_city_is_the_attack_the_body_tells_of():
    text = ("Масована атака на Київ\n\nКИЇВ, 12 листопада — Росія в ніч на четвер атакувала Київ дронами. "
            "Внаслідок удару загинули двоє людей.")
    ax = _pipeline(text, "uk", published="2026-11-12")
    attacks = [e for e in ax.events if e.type == "Attack"]
    assert len(attacks) == 1 and attacks[0].participants == ["wd:Q159"] and attacks[0].place_key == "wd:Q1899"
    assert attacks[0].time.value == "2026-11-12"


def test_a_meeting_after_pid_chas_takes_the_clause_subject_and_who_it_is_done_with():
    text = ("Президент України Марко Ліотті засудив атаку. Він заявив, що вже в п'ятницю обговорить це "
            "з генеральним секретарем НАТО Яном Ковалем під час зустрічі в Києві.")
    ax = _pipeline(text, "uk", published="2026-11-12")
    meeting = next(e for e in ax.events if e.type == "Meeting")
    people = sorted(e.key for e in ax.entities if e.type == "PER")
    assert sorted(meeting.participants) == people and len(people) == 2
    assert meeting.status == "planned" and meeting.time.value == "2026-11-13"  # "обговорить": future, next Friday


def test_one_occasion_goes_on_over_the_next_sentences():
    text = ("Канцлер Австрії Марко Ліотті у п'ятницю прибув з візитом до Києва. Це його другий візит в Україну. "
            "Марко Ліотті зустрівся з Президентом України Яном Ковалем у Маріїнському палаці. "
            "Після переговорів сторони підписали угоду про співпрацю.")
    ax = _pipeline(text, "uk", published="2026-11-20")
    by_type = {e.type: e for e in ax.events}
    assert {"Visit", "Meeting", "Agreement"} <= set(by_type)
    assert all(by_type[t].time is not None and by_type[t].time.value == "2026-11-20" for t in ("Meeting", "Agreement"))
    assert by_type["Agreement"].place_key == by_type["Meeting"].place_key is not None


def test_a_headline_deal_between_states_is_the_deal_their_leaders_signed():
    text = ("Австрія та Україна підписали угоду про дрони\n\n"
            "Канцлер Австрії Марко Ліотті та Президент України Ян Коваль підписали угоду про спільне виробництво дронів.")
    ax = _pipeline(text, "uk", published="2026-11-20")
    deals = [e for e in ax.events if e.type == "Agreement"]
    assert len(deals) == 1 and len(deals[0].participants) == 4


def test_an_event_named_as_a_landmark_gives_its_date_to_the_main_event():
    text = ("Канцлер Австрії Марко Ліотті прибув до Києва. "
            "За два дні до візиту, 18 листопада, Ліотті провів телефонну розмову з Яном Ковалем.")
    ax = _pipeline(text, "uk", published="2026-11-20")
    call = next(e for e in ax.events if e.type == "Call")
    assert call.time is not None and call.time.value == "2026-11-18"
    assert all(e.time is None or e.time.value != "2026-11-18" for e in ax.events if e.type == "Visit")


def test_a_role_with_a_nationality_names_the_one_official_of_that_state_named_before():
    text = ("Глава МИД Венгрии Ян Коваль провел переговоры в Москве. В Евросоюзе поездку венгерского министра "
            "раскритиковали. Премьер-министр Венгрии Марко Лиотти заявил, что решение не изменится.")
    ax = _pipeline(text, "ru")
    koval = next(e.key for e in ax.entities if "Коваль" in e.name)
    trip = next(e for e in ax.events if e.type == "Visit")
    assert koval in trip.participants and not any("Лиотти" in e.name for e in ax.entities if e.key in trip.participants)


def test_talks_begun_in_a_city_with_a_mediator():
    ax = _pipeline("Польша и Литва при посредничестве Латвии начали в Риге переговоры о безопасности судоходства "
                   "в Балтийском море.", "ru")
    talks = next(e for e in ax.events if e.type == "Talks")
    assert sorted(talks.participants) == sorted(["wd:Q36", "wd:Q37", "wd:Q211"])
    assert talks.place_key == "wd:Q1773"  # Riga, not the sea the talks are about


def test_discussing_by_phone_is_a_call_and_a_deal_only_when_made():
    ax = _pipeline("Премьер Польши Ян Коваль на этой неделе обсудит ход переговоров по телефону с Марко Лиотти.", "ru")
    assert [e.type for e in ax.events] == ["Call"] and len(ax.events[0].participants) == 2
    ax = _pipeline("Польща та Литва домовилися про новий обмін полоненими.", "uk")
    assert [(e.type, sorted(e.participants)) for e in ax.events] == [("Agreement", ["wd:Q36", "wd:Q37"])]
    ax = _pipeline("Есть опасения, что Польша договорится с Литвой о мире.", "ru")
    assert not any(e.type == "Agreement" for e in ax.events)  # may never happen


def test_talks_that_took_place_are_those_of_the_parties_just_told_of():
    ax = _pipeline("Польща та Литва за посередництва Латвії домовилися про обмін. "
                   "Перемовини відбулися вчора в Абу-Дабі, повідомив омбудсман.", "uk", published="2026-12-01")
    talks = next(e for e in ax.events if e.type == "Talks")
    assert sorted(talks.participants) == sorted(["wd:Q36", "wd:Q37", "wd:Q211"])
    assert talks.place_key == "wd:Q1519" and talks.time.value == "2026-11-30"  # an indeclinable city is a place


def test_a_call_during_which_someone_thanked_someone():
    ax = _pipeline("Прем'єр Польщі Ян Коваль подякував президентові Литви Марку Ліотті під час телефонної розмови "
                   "ввечері 30 листопада.", "uk", published="2026-12-01")
    call = next(e for e in ax.events if e.type == "Call")
    assert len(call.participants) == 2 and all(p.startswith("per:") for p in call.participants)


def test_an_army_with_a_state_in_its_name_attacks_as_the_state():
    ax = _pipeline("Армія РФ у ніч на суботу завдала удару дронами по Полтаві.", "uk", published="2026-12-05")
    attack = next(e for e in ax.events if e.type == "Attack")
    assert attack.participants == ["wd:Q159"]  # Russia
    assert attack.time.value == "2026-12-05"


def test_the_person_congratulated_on_an_election_is_its_winner():
    ax = _pipeline("Президент Польши Ян Коваль поздравил Марко Лиотти с победой на выборах президента Литвы.", "ru")
    election = next(e for e in ax.events if e.type == "Election")
    assert [next(x.name for x in ax.entities if x.key == p) for p in election.participants
            if p.startswith("per:")] == ["Марко Лиотти"]
    ax = _pipeline("Марко Ліотті провів телефонну розмову з Петром Новаком і привітав його з переобранням.", "uk")
    election = next(e for e in ax.events if e.type == "Election")
    assert any("Новак" in x.name for x in ax.entities if x.key in election.participants)


def test_the_head_of_a_states_ministry_named_by_role_after_a_time_adverb():
    # "глава МИД РФ" is the one Russian official named before; "Накануне" is no preposition; the hyphenated
    # title of the other party does not end the list of names
    text = ("Министр иностранных дел России Ян Коваль прилетел в Аддис-Абебу. Накануне глава МИД РФ провел "
            "переговоры с премьер-министром страны Марко Лиотти.")
    ax = _pipeline(text, "ru", published="2026-12-02")
    talks = next(e for e in ax.events if e.type == "Talks")
    people = sorted(e.key for e in ax.entities if e.type == "PER")
    assert sorted(talks.participants) == people and len(people) == 2
    assert talks.time.value == "2026-12-01"


def test_an_intention_points_ahead_and_a_city_visit_is_the_country_visit():
    text = ("Ян Коваль прибув до Токіо\n\nМіністр Польщі Ян Коваль у понеділок розпочав візит до Японії. "
            "У середу він має зустрітися з прем'єр-міністром Марком Ліотті.")
    ax = _pipeline(text, "uk", published="2026-11-30")
    visits = [e for e in ax.events if e.type == "Visit"]
    assert len(visits) == 1 and visits[0].place_key == "wd:Q1490"  # Tokyo, the more precise place
    meeting = next(e for e in ax.events if e.type == "Meeting")
    assert meeting.status == "planned" and meeting.time.value == "2026-12-02"


# -- visits told verb-first, by a delegation, or by a departure verb ------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Наступного тижня Берлін відвідає делегація альянсу.", "uk"),
    ("Делегація альянсу відвідає Берлін наступного тижня.", "uk"),
    ("На следующей неделе Берлин посетит делегация альянса.", "ru"),
])
def test_a_delegation_visits_for_the_body_it_represents(text, lang):
    ev = single(text, lang)
    assert (ev.type, ev.participants, ev.place_key, ev.status) == ("Visit", ["alliance"], "berlin", "planned")


def test_a_place_before_the_visit_verb_is_the_destination_of_the_visitor_after_it():
    ev = single("У вівторок Монголію відвідав міністр Коваленко.", "uk")
    assert (ev.type, ev.participants, ev.place_key) == ("Visit", ["kovalenko", "mongolia"], "mongolia")


@pytest.mark.parametrize("text,lang", [
    ("Иванов отправится в Кению в пятницу.", "ru"),
    ("Коваленко поїде до Кенії у п'ятницю.", "uk"),
])
def test_a_departure_to_a_country_is_a_planned_visit(text, lang):
    ev = single(text, lang)
    assert (ev.type, ev.participants[1:], ev.status) == ("Visit", ["kenya"], "planned")
    assert ev.time.value == "2026-02-06"


def test_a_departure_to_work_is_no_visit():
    assert run("Иванов отправился в Кению работать врачом.", "ru") == []


# -- a round of talks ----------------------------------------------------------------------------
def test_a_round_of_talks_is_one_event_named_by_the_talks():
    ev = single("Раунд переговоров Иванова с Петровым прошёл в Берлине.", "ru")
    assert (ev.type, ev.trigger, ev.participants) == ("Talks", "переговоров", ["ivanov", "petrov"])


def test_a_round_alone_is_talks():
    ev = single("Следующий раунд в Берлине может состояться 9–10 марта.", "ru")
    assert (ev.type, ev.place_key, ev.status, ev.time.value) == ("Talks", "berlin", "planned", "2026-03-09/2026-03-10")


# -- the subject after the verb, the other party before it ----------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Пізніше з Петровим зустрівся президент Коваленко.", "uk"),
    ("Петрова в міністерстві зустрів міністр Коваленко.", "uk"),
    ("Позже с Петровым встретился президент Иванов.", "ru"),
])
def test_a_meeting_told_object_first(text, lang):
    ev = single(text, lang)
    assert ev.type == "Meeting" and set(ev.participants) == {"petrov", "kovalenko" if lang == "uk" else "ivanov"}


# -- discussion verbs ----------------------------------------------------------------------------
def test_a_discussion_after_talks_tells_of_those_talks():
    evs = run("Иванов и Петров провели переговоры в Берлине. Стороны обсудили ситуацию в Монголии.", "ru")
    assert [(e.type, sorted(e.participants), e.place_key, len(e.mentions)) for e in evs] == [
        ("Talks", ["ivanov", "petrov"], "berlin", 1)]  # one more mention besides the first


def test_a_discussion_with_someone_new_is_talks_of_its_own_and_its_topic_is_no_place():
    evs = run("Иванов провел переговоры с Петровым. Позже Иванов обсудил ситуацию в Монголии с Коваленко.", "ru")
    assert [(e.type, sorted(e.participants), e.place_key) for e in evs] == [
        ("Talks", ["ivanov", "petrov"], None), ("Talks", ["ivanov", "kovalenko"], None)]


def test_names_after_another_event_noun_belong_to_that_event():
    evs = run("Коваленко обговорив з Шевчуком підготовку зустрічі альянсу.", "uk")
    talks = next(e for e in evs if e.type == "Talks")
    assert talks.participants == ["kovalenko", "shevchuk"]


# -- the occasion's most specific place ----------------------------------------------------------
def test_the_city_of_a_visit_is_where_the_next_meeting_is():
    from kg import documents, pipeline
    text = ("Міністр закордонних справ Польщі Ян Ковальський у вівторок прибув до Києва. Це його перша поїздка "
            "в Україну. Ковальського зустрів міністр Андрій Мельник. Після переговорів міністри підписали угоду.")
    doc = documents.read_text(text.encode(), "t.txt", lang="uk", published="2026-03-05")
    [r] = list(pipeline.process([doc]))
    for typ in ("Meeting", "Talks"):
        ev = next(e for e in r.events if e.type == typ)
        assert ev.place_key == "wd:Q1899" and ev.time.value == "2026-03-03"  # Kyiv, not Ukraine


# -- sanctions: who imposes them and against whom -------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Альянс ухвалив новий пакет санкцій проти Бетанії.", "uk"),
    ("Альянс объявил о новом пакете санкций против Бетании.", "ru"),
    ("Альянс ввел санкции против Бетании.", "ru"),
])
def test_sanctions_have_the_imposer_and_the_target(text, lang):
    ev = single(text, lang)
    assert (ev.type, ev.participants) == ("Sanctions", ["alliance", "betania"])


# -- summits: the group that meets, those who took part, the sides that discussed -------------------
def test_heads_of_states_of_an_organisation_hold_a_summit_and_sign():
    evs = run("Главы государств Северного альянса (Альянс) во вторник провели в Берлине саммит и подписали декларацию.", "ru")
    assert [(e.type, e.participants) for e in evs] == [("Meeting", ["alliance"]), ("Agreement", ["alliance"])]


def test_those_who_took_part_in_it_join_the_event_just_told():
    evs = run("Во вторник в Берлине прошло заседание альянса. В нем участвовали Иванов и Петров.", "ru")
    assert [(e.type, e.participants) for e in evs] == [("Meeting", ["alliance", "ivanov", "petrov"])]


def test_the_sides_are_not_the_person_whose_words_report_it():
    evs = run("Иванов провел встречу с Петровым. По словам помощника Коваленко, стороны обсудили урожай "
              "зерна в 2031 году.", "ru")
    assert [(e.type, sorted(e.participants), told(e.time)) for e in evs] == [("Meeting", ["ivanov", "petrov"], None)]


def test_a_comma_list_of_subjects_all_take_part():
    ev = single("Коваленко, Шевчук та альянс провели переговори в Берліні.", "uk")
    assert (ev.type, sorted(ev.participants)) == ("Talks", ["alliance", "kovalenko", "shevchuk"])


def test_a_discussion_in_a_call_is_that_call_and_the_subject_is_on_it():
    ev = single("Коваленко обговорив це питання в телефонній розмові з Шевчуком.", "uk")
    assert (ev.type, ev.participants) == ("Call", ["kovalenko", "shevchuk"])


def test_the_next_round_is_another_event_of_the_same_parties_and_a_scheduled_date_lies_ahead():
    evs = run("Иванов и Петров провели переговоры в Берлине. Следующий раунд переговоров назначен на 3 мая.",
              "ru", published="2026-11-26")
    assert [(e.type, sorted(e.participants), told(e.time).value if told(e.time) else None) for e in evs] == [
        ("Talks", ["ivanov", "petrov"], None), ("Talks", ["ivanov", "petrov"], "2027-05-03")]


def test_an_attack_by_a_states_troops_with_a_night_time_between():
    ev = single("Бетанські війська в ніч на середу атакували Харків.", "uk")
    assert (ev.type, ev.participants, ev.place_key) == ("Attack", ["betania"], "kharkiv")


# -- the attacker named by a people noun or a demonym before a support verb ------------------------
@pytest.mark.parametrize("text,lang", [
    ("Бетанські війська сьогодні близько 07:30 завдали артилерійського удару по Харкову.", "uk"),
    ("Попередній масований удар по Харкову бетанці завдали 19 листопада.", "uk"),
])
def test_the_attacker_of_a_support_verb_attack(text, lang):
    ev = single(text, lang)
    assert (ev.type, ev.participants, ev.place_key) == ("Attack", ["betania"], "kharkiv")


def test_an_event_is_dated_by_its_day_not_its_hour():
    ev = single("Бетанські війська сьогодні близько 07:30 завдали артилерійського удару по Харкову.", "uk")
    assert (ev.time.value, ev.time.granularity) == ("2026-02-05", "day")


@pytest.mark.parametrize("text", [
    "Министры альянса договорились о новом бюджете.",
    "Министры финансов стран альянса после встречи в Берлине договорились учредить фонд.",
])
def test_the_ministers_of_a_body_agree_for_that_body(text):
    ev = next(e for e in run(text, "ru") if e.type == "Agreement")
    assert ev.participants == ["alliance"]


@pytest.mark.parametrize("text", [
    "Петров победил во втором туре президентских выборов в Монголии.",
    "Петров победил во втором туре выборов президента Монголии.",
])
def test_the_winner_of_a_round_of_an_election(text):
    ev = single(text, "ru")
    assert (ev.type, ev.participants) == ("Election", ["petrov"])


def test_a_congratulation_does_not_date_the_election():
    evs = run("Петров победил на выборах в Монголии в воскресенье. Во вторник Иванов поздравил Петрова с избранием.", "ru")
    assert [(e.type, e.participants, e.time.value) for e in evs] == [("Election", ["petrov"], "2026-02-01")]


@pytest.mark.parametrize("text,lang", [
    ("План предусматривает перемирие между Бетанией и Монголией.", "ru"),
    ("План передбачає перемир'я між Бетанією та Монголією.", "uk"),
])
def test_a_proposed_ceasefire_between_two_states(text, lang):
    ev = single(text, lang)
    assert (ev.type, sorted(ev.participants), ev.status) == ("Ceasefire", ["betania", "mongolia"], "planned")


def test_a_state_shared_with_the_event_before_is_no_common_occasion():
    evs = run("Иванов побывал в Бетании в мае 2025 года. План предусматривает перемирие между Бетанией и Монголией.", "ru")
    cease = next(e for e in evs if e.type == "Ceasefire")
    assert cease.time is None


@pytest.mark.parametrize("text,lang", [
    ("Коваленко зустрівся з бетанською стороною.", "uk"),
    ("Иванов встретился с бетанской стороной.", "ru"),
])
def test_the_nationality_side_is_the_state(text, lang):
    ev = single(text, lang)
    assert ev.type == "Meeting" and ev.participants[1:] == ["betania"]


def test_a_compound_title_with_its_organisation_before_the_name():
    ev = single("Коваленко провів телефонну розмову з директоркою-розпорядницею альянсу Шевчук.", "uk")
    assert (ev.type, ev.participants) == ("Call", ["kovalenko", "shevchuk"])


def test_a_meeting_during_a_visit_takes_the_visits_place():
    evs = run("Коваленко у вівторок прибув до Берліна. Місто готувалося довго. Погода була ясна. Гості приїхали рано. "
              "Потім Коваленко провів переговори з Шевчуком.", "uk")  # further than one occasion reaches
    talks = next(e for e in evs if e.type == "Talks")
    assert talks.place_key == "berlin"


def test_a_planned_visit_does_not_place_a_meeting_that_happened():
    evs = run("Коваленко наступного тижня відвідає Берлін. Учора Коваленко провів переговори з Шевчуком.", "uk")
    talks = next(e for e in evs if e.type == "Talks")
    assert talks.place_key is None


@pytest.mark.parametrize("text,lang", [
    ("Коваленко по телефону обговорив з Шевчуком торгівлю.", "uk"),
    ("Иванов по телефону обсудил с Петровым торговлю.", "ru"),
])
def test_discussing_by_phone_before_the_verb_is_a_call(text, lang):
    ev = single(text, lang)
    assert ev.type == "Call" and len(ev.participants) == 2


def test_the_subject_after_the_support_verb_is_the_attacker():
    text = "У понеділок кібератака зупинила роботу сайту міністерства. Атаку здійснило хакерське угруповання Альянс."
    ev = single(text, "uk")
    assert ev.type == "Attack" and ev.participants == ["alliance"] and len(ev.mentions) == 1


def test_a_group_noun_before_an_attacker_in_the_genitive():
    ev = single("Хакери угруповання Альянс атакували сервери банку.", "uk")
    assert ev.type == "Attack" and ev.participants == ["alliance"]


def test_an_accepted_invitation_makes_the_subject_the_visitor():
    ev = single("Коваленко прийняв запрошення відвідати Кенію.", "uk")
    assert (ev.type, ev.status) == ("Visit", "planned")
    assert ev.participants == ["kovalenko", "kenya"]


def test_a_destination_fronted_before_an_arrival_verb():
    ev = single("У січні до Кенії приїде делегація альянсу.", "uk")
    assert (ev.type, ev.status, ev.participants) == ("Visit", "planned", ["alliance", "kenya"])


def test_a_fronted_destination_needs_a_named_visitor_after_the_verb():
    evs = run("Коваленко повідомив, що до Берліна вирушить делегація уряду.", "uk")
    assert not [e for e in evs if e.type == "Visit"]


def test_a_title_discussion_of_two_parties_is_the_call_the_body_tells():
    title = "Коваленко і Шевчук обговорили торгівлю"
    text = title + "\n\nУ понеділок Коваленко провів телефонну розмову з Шевчуком.\n"
    ev = single(text, "uk", title_span=(0, len(title)))
    assert ev.type == "Call" and set(ev.participants) == {"kovalenko", "shevchuk"} and ev.start < len(title) and len(ev.mentions) == 1


def test_a_title_attack_on_a_city_is_the_body_attack_with_its_attacker():
    title = "Атака на Харків"
    text = title + "\n\nБетанські війська в ніч на вівторок атакували Харків.\n"
    ev = single(text, "uk", title_span=(0, len(title)))
    assert ev.participants == ["betania"] and ev.place_key == "kharkiv" and ev.start == 0 and len(ev.mentions) == 1


def test_a_press_conference_is_no_meeting_a_conference_is():
    assert not run("Вчера Иванов провел пресс-конференцию в Берлине.", "ru")
    ev = single("Во вторник в Берлине открылась конференция, в которой участвовали Иванов и Петров.", "ru")
    assert ev.type == "Meeting" and ev.place_key == "berlin"


def test_a_title_attack_on_an_organisation_joins_the_body_attack_with_its_attacker():
    title = "Атака на Альянс"
    text = title + "\n\nБетанські хакери в ніч на вівторок атакували Альянс.\n"
    ev = single(text, "uk", title_span=(0, len(title)))
    assert ev.participants == ["betania"] and len(ev.mentions) == 1


@pytest.mark.parametrize("text,lang,who", [
    ("Альянс розгляне програму на засіданні 17 травня.", "uk", ["alliance"]),
    ("Коваленко і Шевчук відкрили виставку на міжнародній конференції в Берліні.", "uk", ["kovalenko", "shevchuk"]),
])
def test_the_subject_of_a_verb_done_at_a_meeting_takes_part(text, lang, who):
    ev = single(text, lang)
    assert ev.type == "Meeting" and ev.participants == who


def test_the_object_before_a_meeting_phrase_is_not_its_participant():
    ev = single("Коваленко представив Шевчука на засіданні 17 травня.", "uk")
    assert ev.participants == ["kovalenko"]


def test_a_separate_conference_is_another_event():
    text = "У вівторок Коваленко і Шевчук виступили на конференції в Берліні. Того ж дня окрему конференцію провів альянс."
    evs = [e for e in run(text, "uk") if e.type == "Meeting"]
    assert len(evs) == 2


def test_an_army_named_with_its_state_attacks_as_the_state():
    from kg.records import Entity, Mention
    from kg.extract.entity_index import EntityIndex
    from kg.extract import events as E, time as T
    from kg.records import Document
    text = "Армія Бетанії у вівторок завдала удару по Харкову."
    document = Document(id="t", text=text, source="test", lang="uk", published="2026-02-05")
    doc = nlp.blank("uk")(text)
    index = EntityIndex("uk")
    index.add_entity(Entity(key="betania", type="LOC", name="Бетанія", wikidata="Q1"))
    index.add_entity(Entity(key="org:armiia-betanii", type="ORG", name="Армія Бетанії", country_key="betania"))
    index.add_entity(Entity(key="kharkiv", type="LOC", name="Харків", country_key="somewhere"))
    index.add_mention(Mention(0, 13, "Армія Бетанії", "ORG"), "org:armiia-betanii")
    index.add_mention(Mention(42, 49, "Харкову", "LOC"), "kharkiv")
    [ev] = E.extract(doc, document, index, T.extract(doc, document), [])
    assert ev.participants == ["betania"] and ev.place_key == "kharkiv"


@pytest.mark.parametrize("text,lang", [
    ("Суд у середу обрав Коваленку запобіжний захід у вигляді тримання під вартою.", "uk"),
    ("Суд избрал Иванову меру пресечения в виде ареста.", "ru"),
])
def test_a_court_measure_is_no_election(text, lang):
    assert not [e for e in run(text, lang) if e.type == "Election"]


def test_a_state_holding_a_conference_after_the_support_verb():
    ev = single("У вівторок окрему конференцію провела Кенія.", "uk")
    assert ev.type == "Meeting" and ev.participants == ["kenya"]


def test_a_visit_to_a_country_goes_to_the_city_its_person_acts_in():
    from kg.extract.event_merge import _city_of_the_visit
    from kg.records import Event
    visit = Event(type="Visit", trigger="визитом", start=0, end=7, status="occurred",
                  participants=["ivanov", "betania"], place_key="betania", sentence=(0, 90))
    talks = Event(type="Talks", trigger="переговоры", start=40, end=50, status="occurred",
                  participants=["ivanov", "petrov"], place_key="betania-city", sentence=(0, 90))
    _city_of_the_visit([visit, talks], {"betania-city": "betania"})
    assert visit.place_key == "betania-city"


def test_the_parties_discussing_during_a_call_are_its_parties():
    ev = single("Иванов и Петров обсуждали торговлю во время телефонного разговора 20 января.", "ru")
    assert ev.type == "Call" and set(ev.participants) == {"ivanov", "petrov"}


def test_the_meeting_named_by_its_outcome_is_the_talks_just_told():
    text = ("Во вторник Иванов провел переговоры с Петровым в Берлине. "
            "По итогам встречи стороны подписали соглашение.")
    evs = run(text, "ru")
    assert sorted(e.type for e in evs) == ["Agreement", "Talks"]
    agreement = next(e for e in evs if e.type == "Agreement")
    assert agreement.time is not None and agreement.time.value == "2026-02-03"


def test_the_day_within_a_visit_dates_what_follows():
    text = ("Иванов, который 2–3 февраля был с визитом в Монголии, во вторник провел переговоры с Петровым. "
            "Стороны Иванов и Петров подписали соглашение.")
    agreement = next(e for e in run(text, "ru") if e.type == "Agreement")
    assert agreement.time is not None and agreement.time.value == "2026-02-03"


@pytest.mark.parametrize("text,lang", [
    ("Польско-литовские консультации прошли во вторник в Берлине.", "ru"),
    ("Українсько-польські переговори відбулися у Варшаві.", "uk"),
])
def test_a_compound_nationality_adjective_names_both_parties(text, lang):
    ax = _pipeline(text, lang)
    talks = next(e for e in ax.events if e.type == "Talks")
    assert len(talks.participants) == 2 and all(p.startswith("wd:") for p in talks.participants)


def test_coordinated_subjects_with_long_titles_both_take_part():
    text = "Міністр Коваленко і міністр сільського господарства Монголії Шевчук зустрілися в Берліні."
    ev = single(text, "uk")
    assert set(ev.participants) >= {"kovalenko", "shevchuk"}


def test_a_city_hosting_a_meeting_is_its_place():
    ev = single("У вівторок Берлін прийняв чергову зустріч Коваленка і Шевчука.", "uk")
    assert ev.type == "Meeting" and ev.place_key == "berlin"


def test_a_place_inside_a_gapped_trigger_is_where():
    ev = single("Коваленко і Шевчук підписали у Берліні угоду про постачання зерна.", "uk")
    assert ev.type == "Agreement" and ev.place_key == "berlin"


def test_a_title_with_its_own_complement_still_names_the_other_party():
    ev = single("Коваленко провів телефонну розмову з комісаром з питань торгівлі Шевчуком.", "uk")
    assert ev.type == "Call" and ev.participants == ["kovalenko", "shevchuk"]


def test_a_meeting_of_the_dateline_day_without_a_place_took_place_in_its_city():
    text = ("Министры договорились о поставках\n\nЖЕНЕВА, 5 февраля. Министр Иван Петров и министр Анна Смирнова "
            "в четверг провели переговоры о поставках зерна.\n")
    ax = _pipeline(text, "ru")
    talks = next(e for e in ax.events if e.type == "Talks")
    assert talks.place_key == "wd:Q71"  # Geneva


def test_an_agencys_dotted_dateline_gives_its_city_too():
    text = ("Министры договорились о поставках\n\nЖенева. 5 февраля. АГЕНТСТВО - Министр Иван Петров и министр "
            "Анна Смирнова в четверг провели переговоры о поставках зерна.\n")
    ax = _pipeline(text, "ru")
    talks = next(e for e in ax.events if e.type == "Talks")
    assert talks.place_key == "wd:Q71"


def test_a_state_in_capitals_is_no_dateline_city():
    text = ("Министры договорились о поставках\n\nУКРАИНА, 5 февраля. Министр Иван Петров и министр Анна Смирнова "
            "в четверг провели переговоры о поставках зерна.\n")
    ax = _pipeline(text, "ru")
    talks = next(e for e in ax.events if e.type == "Talks")
    assert talks.place_key is None


def test_an_event_in_a_relative_clause_of_a_dated_visit_shares_its_day():
    text = ("Канцлер Австрії Марко Ліотті у четвер прибув з візитом до Києва, "
            "де провів переговори з Президентом України Яном Ковалем.")
    ax = _pipeline(text, "uk", published="2026-11-20")
    talks = next(e for e in ax.events if e.type == "Talks")
    assert talks.time is not None and talks.time.value == "2026-11-19"


def test_an_election_congratulated_on_during_a_dated_call_keeps_its_own_time():
    text = ("Канцлер Австрії Марко Ліотті у четвер привітав Яна Коваля з обранням під час телефонної розмови.")
    ax = _pipeline(text, "uk", published="2026-11-20")
    assert [e.time.value for e in ax.events if e.type == "Call"] == ["2026-11-19"]
    assert all(told(e.time) is None for e in ax.events if e.type == "Election")


def test_a_meeting_during_a_dated_visit_took_place_then():
    text = ("Канцлер Австрії Марко Ліотті у четвер прибув з візитом до Києва. "
            "Це його другий візит в Україну. Минулого разу канцлер приїжджав навесні. Про це нагадало видання. "
            "Під час візиту Марко Ліотті зустрівся з Президентом України Яном Ковалем.")
    ax = _pipeline(text, "uk", published="2026-11-20")
    meeting = next(e for e in ax.events if e.type == "Meeting")
    assert meeting.time is not None and meeting.time.value == "2026-11-19"


def test_a_meeting_of_someone_else_after_a_visit_takes_no_time_from_it():
    text = ("Канцлер Австрії Марко Ліотті у четвер прибув з візитом до Києва. "
            "Це його другий візит в Україну. Минулого разу канцлер приїжджав навесні. Про це нагадало видання. "
            "Міністр Ігор Шевчук зустрівся з Президентом України Яном Ковалем.")
    ax = _pipeline(text, "uk", published="2026-11-20")
    meeting = next(e for e in ax.events if e.type == "Meeting")
    assert told(meeting.time) is None  # not the month inside the quote


@pytest.mark.parametrize("text,lang", [
    ("Міністр Ігор Шевчук у вівторок прибув до Токіо з робочим візитом.", "uk"),
    ("Министр Игорь Шевчук во вторник находился с визитом в Японии.", "ru"),
    ("Міністр Ігор Шевчук, який перебуває в Японії з робочим візитом, провів переговори з Петром Коваленком.", "uk"),
])
def test_the_state_visited_is_a_participant_of_the_visit(text, lang):
    ax = _pipeline(text, lang, published="2026-11-20")
    visit = next(e for e in ax.events if e.type == "Visit")
    assert "wd:Q17" in visit.participants and len(visit.participants) == 2  # Japan


@pytest.mark.parametrize("text,lang", [
    ("Міністр оборони Австрії Марко Ліотті та міністр оборони України Ян Коваль підписали угоду про постачання дронів.", "uk"),
    ("Министр обороны Австрии Марко Лиотти и министр обороны Украины Ян Коваль подписали соглашение о поставках дронов.", "ru"),
])
def test_officials_of_two_states_who_sign_are_the_parties_not_their_states(text, lang):
    ax = _pipeline(text, lang, published="2026-11-20")
    deal = next(e for e in ax.events if e.type == "Agreement")
    assert not {"wd:Q40", "wd:Q212"} & set(deal.participants) and _persons(deal) == len(deal.participants) == 2


def test_persons_of_one_state_add_no_state_to_their_agreement():
    ax = _pipeline("Міністр оборони України Ян Коваль та міністр фінансів України Марко Ліотті підписали угоду "
                   "про закупівлю дронів.", "uk", published="2026-11-20")
    deal = next(e for e in ax.events if e.type == "Agreement")
    assert "wd:Q212" not in deal.participants


@pytest.mark.parametrize("text,lang", [
    ("Президент Австрії Марко Ліотті прийняв запрошення Яна Коваля відвідати Київ.", "uk"),
    ("Президент Австрии Марко Лиотти принял приглашение Яна Коваля посетить Киев.", "ru"),
])
def test_who_accepts_an_invitation_visits_not_who_invited(text, lang):
    ax = _pipeline(text, lang, published="2026-11-20")
    visit = next(e for e in ax.events if e.type == "Visit")
    assert visit.participants[0] == "per:marko-lioti"
    assert not any(p.startswith("per:ian") for p in visit.participants)


@pytest.mark.parametrize("text,lang", [
    ("Российские беспилотники в ночь на субботу атаковали Бровары в Киевской области.", "ru"),
    ("Російські дрони в ніч на суботу атакували Білу Церкву в Київській області.", "uk"),
])
def test_the_town_attacked_is_where_not_its_region(text, lang):
    ax = _pipeline(text, lang, published="2026-11-28")
    attack = next(e for e in ax.events if e.type == "Attack")
    assert attack.participants == ["wd:Q159"]
    town = next(e for e in ax.entities if e.key == attack.place_key)
    assert any(w in a for a in town.alt_labels for w in ("Бровар", "Біл"))  # the town, not the Kyiv oblast


@pytest.mark.parametrize("text,lang", [
    ("Прем'єр Марко Ліотті та прем'єр Ян Коваль провели зустріч на полях саміту НАТО у Берліні.", "uk"),
    ("Премьер Марко Лиотти и премьер Ян Коваль провели встречу на полях саммита НАТО в Берлине.", "ru"),
])
def test_a_meeting_on_the_sidelines_of_a_summit_is_the_persons_not_the_summits(text, lang):
    ax = _pipeline(text, lang, published="2026-11-20")
    meetings = [e for e in ax.events if e.type == "Meeting"]
    pair = next(e for e in meetings if any(p.startswith("per:") for p in e.participants))
    assert sorted(pair.participants) == ["per:ian-koval", "per:marko-lioti"]
    assert pair.place_key == "wd:Q64"  # Berlin, where the summit was
    assert not any(p.startswith("per:") for e in meetings if e is not pair for p in e.participants)


def test_a_meeting_on_the_sidelines_takes_the_day_of_the_summit_told_before():
    text = ("Лідери країн НАТО у четвер зібралися на саміт у Берліні. "
            "На полях саміту прем'єр Марко Ліотті та прем'єр Ян Коваль провели двосторонню зустріч.")
    ax = _pipeline(text, "uk", published="2026-11-20")
    pair = next(e for e in ax.events if e.type == "Meeting" and "per:ian-koval" in e.participants)
    assert pair.time is not None and pair.time.value == "2026-11-19" and pair.place_key == "wd:Q64"


@pytest.mark.parametrize("text,lang", [
    ("Президент Марко Ліотті у вівторок провів телефонні розмови з прем'єром Яном Ковалем і канцлером Ігорем Шевчуком.", "uk"),
    ("Президент Марко Лиотти во вторник провел телефонные разговоры с премьером Яном Ковалем и канцлером Игорем Шевчуком.", "ru"),
])
def test_calls_in_the_plural_with_two_people_are_a_call_with_each(text, lang):
    ax = _pipeline(text, lang, published="2026-11-20")
    calls = sorted(sorted(e.participants) for e in ax.events if e.type == "Call")
    assert len(calls) == 2 and all(len(c) == 2 and "per:marko-lioti" in c for c in calls)
    assert {p for c in calls for p in c} >= {"per:ian-koval", "per:igor-shevchuk"}


def test_one_call_with_two_people_stays_one_event():
    ax = _pipeline("Президент Марко Ліотті у вівторок провів телефонну розмову з прем'єром Яном Ковалем "
                   "і канцлером Ігорем Шевчуком.", "uk", published="2026-11-20")
    calls = [e for e in ax.events if e.type == "Call"]
    assert len(calls) == 1 and len(calls[0].participants) == 3


def test_the_leaders_are_the_two_sides_of_the_call_not_a_visitor_and_a_country():
    text = ("Президент Марко Ліотті у вівторок провів телефонну розмову з канцлером Яном Ковалем. "
            "Під час розмови з Ковалем ішлося про енергетику. "
            "Канцлер розповів про підсумки свого візиту до Японії. "
            "Лідери також домовилися зустрітися в Берліні.")
    ax = _pipeline(text, "uk", published="2026-11-20")
    meeting = next(e for e in ax.events if e.type == "Meeting")
    assert sorted(meeting.participants) == ["per:ian-koval", "per:marko-lioti"]


@pytest.mark.parametrize("text,lang", [
    ("В Болгарии в воскресенье прошли выборы президента. По данным комиссии, победу в первом туре одержал "
     "председатель парламента Иван Петров, набравший 71 % голосов.", "ru"),
    ("У Болгарії в неділю відбулися вибори президента. Перемогу здобув Іван Петров.", "uk"),
])
def test_who_won_the_election_told_just_before_takes_part_in_it(text, lang):
    ax = _pipeline(text, lang, published="2026-11-20")
    election = next(e for e in ax.events if e.type == "Election")
    assert election.participants == ["per:ivan-petrov"]


def test_a_win_with_no_election_before_adds_no_one():
    ax = _pipeline("У Болгарії в неділю відбувся футбольний матч. Перемогу здобув Іван Петров.", "uk",
                   published="2026-11-20")
    assert not any(e.type == "Election" for e in ax.events)


@pytest.mark.parametrize("text,lang,place", [
    ("В непризнанной Абхазии в воскресенье прошли выборы президента.", "ru", "loc:abkhazia"),
    ("У прифронтовому Херсоні в неділю відбулася зустріч міністра Івана Петрова з мером.", "uk", "loc:kherson"),
])
def test_an_adjective_between_the_preposition_and_the_place_is_passed_over(text, lang, place):
    ax = _pipeline(text, lang, published="2026-11-20")
    assert [e.place_key for e in ax.events] == [place]


def test_talks_on_a_settlement_in_a_country_did_not_take_place_there():
    ev = next(e for e in _pipeline("Во вторник в Женеве прошли консультации Ивана Петрова и Марка Лиотти "
                                   "по урегулированию в Сирии.", "ru", published="2026-11-20").events
              if e.type == "Talks")
    assert ev.place_key == "wd:Q71"  # Geneva, not Ukraine


def test_an_attack_on_a_town_is_still_there():
    ev = next(e for e in _pipeline("Российские войска нанесли удар по Харькову.", "ru",
                                   published="2026-11-20").events if e.type == "Attack")
    assert ev.place_key == "wd:Q42308"


@pytest.mark.parametrize("text,lang", [
    ("Канада ввела санкции против 12 российских банков.", "ru"),
    ("Канада запровадила санкції проти російських банків.", "uk"),
])
def test_sanctions_against_a_nations_banks_hit_that_state(text, lang):
    ev = next(e for e in _pipeline(text, lang, published="2026-11-20").events if e.type == "Sanctions")
    assert ev.participants == ["wd:Q16", "wd:Q159"]  # Canada, Russia


def test_sanctions_against_a_number_of_ships_name_no_state():
    ev = next(e for e in _pipeline("Канада ввела санкции против 40 танкеров.", "ru",
                                   published="2026-11-20").events if e.type == "Sanctions")
    assert ev.participants == ["wd:Q16"]


def test_a_time_after_another_event_in_the_sentence_is_that_events():
    ax = _pipeline("Марко Лиотти провел в Минске совещание с губернаторами. "
                   "Совещание прошло впервые после выборов мэра, состоявшихся в мае.", "ru",
                   published="2026-11-20")
    meeting = [e for e in ax.events if e.type == "Meeting"]
    election = [e for e in ax.events if e.type == "Election"]
    assert len(meeting) == 1 and len(meeting[0].mentions) == 1  # the second "Совещание" is the same meeting
    assert meeting[0].time is None or meeting[0].time.value != "2026-05"
    assert election and election[0].time is not None and election[0].time.value == "2026-05"


def test_a_bare_mention_joins_the_event_told_with_the_same_noun():
    ax = _pipeline("Марко Лиотти провел в Минске совещание с губернаторами. "
                   "Затем у него прошла встреча с Яном Ковалем. "
                   "Совещание продлилось три часа.", "ru", published="2026-11-20")
    meeting = next(e for e in ax.events if e.type == "Meeting" and e.trigger.startswith("совещ"))
    assert any(m[2] == "Совещание" for m in meeting.mentions)


def test_the_clause_of_an_event_runs_on_after_a_relative_clause():
    ax = _pipeline("Он заявил, что встреча Марко Лиотти и Яна Коваля в Вене, о которой писали газеты, "
                   "в декабре не планируется.", "ru", published="2026-11-20")
    ev = next(e for e in ax.events if e.type == "Meeting")
    assert ev.status == "denied" and ev.time is not None and ev.time.value == "2026-12"


def test_an_event_noun_naming_an_offices_remit_is_no_event():
    ax = _pipeline("Радник президента з питань санкцій Жан Дюпон провів зустріч з Яном Ковалем.",
                   "uk", published="2026-12-05")
    assert [e.type for e in ax.events] == ["Meeting"]


def test_sanctions_are_between_states_a_ministry_stands_for_its_state():
    ax = _pipeline("Министерство финансов США в среду объявило санкции против компании «Ромашка».", "ru",
                   published="2026-12-05")
    ev = next(e for e in ax.events if e.type == "Sanctions")
    assert "wd:Q30" in ev.participants
    assert not any(p.startswith("org:minfin") for p in ev.participants)


def test_an_indeclinable_foreign_surname_after_a_first_name_is_the_subject():
    ax = _pipeline("Лоренцо Беллуччі у вівторок провів у Відні переговори з Марією Коваль.", "uk",
                   published="2026-12-05")
    ev = next(e for e in ax.events if e.type == "Talks")
    persons = {e.key: e.name for e in ax.entities if e.type == "PER"}
    assert any("Беллуччі" in persons.get(p, "") for p in ev.participants)


def test_a_counterpart_after_a_title_with_its_own_complements_takes_part():
    ax = _pipeline("Кардинал Лоренцо Тоцці у вівторок провів у Відні переговори з уповноваженою при президентові "
                   "Австрії з прав дитини Марією Коваль.", "uk", published="2026-12-05")
    ev = next(e for e in ax.events if e.type == "Talks")
    names = {e.key: e.name for e in ax.entities if e.type == "PER"}
    got = {names.get(p, p) for p in ev.participants}
    assert {"Лоренцо Тоцці", "Марія Коваль"} <= got


def test_a_visit_noun_with_the_visitor_then_the_destination_involves_the_visited_state():
    ax = _pipeline("Министры обсудили подготовку визита Коваля в Польшу в 2027 году.", "ru", published="2026-12-05")
    ev = next(e for e in ax.events if e.type == "Visit")
    assert "wd:Q36" in ev.participants and ev.place_key == "wd:Q36"


def test_a_ministry_named_without_its_state_before_a_known_minister_is_that_states():
    ax = _pipeline("На встрече присутствовал глава МИД Жан-Ноэль Барро.", "ru", published="2026-12-05")
    orgs = {e.key for e in ax.entities if e.type == "ORG"}
    assert "org:mfa-fr" in orgs and "org:mid" not in orgs


@pytest.mark.parametrize("text,lang,status", [
    ("Иван Петров исключил консультации с Варшавой.", "ru", "denied"),
    ("Иван Петров не исключил переговоров с Литвой.", "ru", "possible"),
    ("Олег Коваль виключив консультації з Варшавою.", "uk", "denied"),
    ("Олег Коваль не виключив переговорів з Литвою.", "uk", "possible"),
])
def test_ruling_out_denies_the_event_and_not_ruling_out_makes_it_possible(text, lang, status):
    ax = _pipeline(text, lang)
    ev = _only(ax, "Talks")
    assert ev.status == status and len(ev.participants) == 2


def test_talks_with_a_counterpart_inside_a_statement_have_the_speakers_side_too():
    ax = _pipeline("Министр Иван Петров заявил, что никаких консультаций с Литвой не планируется.", "ru")
    ev = _only(ax, "Talks")
    petrov = next(e.key for e in ax.entities if e.type == "PER")
    assert ev.status == "denied" and set(ev.participants) == {petrov, "wd:Q37"}
    ax = _pipeline("Речниця МЗС Польщі Анна Коваль заявила, що консультацій з Литвою не буде.", "uk")
    ev = _only(ax, "Talks")
    assert ev.status == "denied" and set(ev.participants) == {"wd:Q36", "wd:Q37"}


def test_who_rules_out_an_election_does_not_run_in_it():
    ax = _pipeline("Премьер Иван Петров исключил внеочередные парламентские выборы в Литве.", "ru")
    ev = _only(ax, "Election")
    assert ev.status == "denied" and not any(p.startswith("per:") for p in ev.participants)


def test_an_election_an_official_rules_out_is_in_the_officials_state():
    ax = _pipeline("Премьер-министр Литвы Иван Петров сказал, что внеочередных выборов не будет.", "ru")
    ev = _only(ax, "Election")
    assert (ev.status, ev.participants, ev.place_key) == ("denied", [], "wd:Q37")
    ax = _pipeline("Прем'єр-міністр Литви Іван Петренко виключив позачергові вибори.", "uk")
    ev = _only(ax, "Election")
    assert (ev.status, ev.participants, ev.place_key) == ("denied", [], "wd:Q37")


def test_who_took_part_in_something_else_does_not_join_the_event_told():
    ax = _pipeline("Вчера в Вене прошел саммит. По сведениям полиции, в забастовке приняли участие "
                   "Иван Петров и Олег Коваль.", "ru")
    ev = _only(ax, "Meeting")
    assert ev.participants == []


def test_the_period_a_thing_is_for_does_not_date_the_event():
    ax = _pipeline("Иван Петров и Олег Коваль одобрили план фонда на 2031 год и подписали совместное заявление.",
                   "ru", published="2026-11-27")
    ev = _only(ax, "Agreement")
    assert told(ev.time) is None and len(ev.participants) == 2


def test_signers_between_a_fronted_agreement_and_its_verb_take_part():
    ax = _pipeline("Договір про створення фонду Іван Петренко та Олег Коваль підписали у Варшаві в червні 2025 року.",
                   "uk", published="2026-11-27")
    ev = _only(ax, "Agreement")
    assert len(ev.participants) == 2 and all(p.startswith("per:") for p in ev.participants)
    assert ev.time.value == "2025-06" and ev.place_key == "wd:Q270"


@pytest.mark.parametrize("text,lang", [
    ("Министр Иван Петров в среду встретится с коллегами из Эстонии и Литвы.", "ru"),
    ("Міністр Іван Петренко у середу зустрінеться з колегами з Естонії та Литви.", "uk"),
])
def test_colleagues_from_states_bring_their_states(text, lang):
    ax = _pipeline(text, lang, published="2026-12-17")
    [ev] = ax.events
    assert {"wd:Q191", "wd:Q37"} <= set(ev.participants) and ev.status == "planned"


@pytest.mark.parametrize("text,lang", [
    ("Комиссия в понедельник отклонила жалобу Ивана Петрова на итоги выборов мэра, прошедших в сентябре.", "ru"),
    ("Комісія у понеділок відхилила скаргу Івана Петренка на підсумки виборів мера, що відбулися у вересні.", "uk"),
])
def test_a_participle_after_the_event_noun_tells_its_time(text, lang):
    ax = _pipeline(text, lang, published="2026-12-14")
    ev = _only(ax, "Election")
    assert ev.time is not None and ev.time.value == "2026-09"


def test_a_participle_on_the_counterpart_does_not_date_the_talks():
    ax = _pipeline("Иван Петров в пятницу провел переговоры с президентом Литвы Олегом Ковалем, "
                   "прибывшим 10–11 декабря с визитом в Минск.", "ru", published="2026-12-11")
    ev = _only(ax, "Talks")
    assert ev.time.value == "2026-12-11"


def test_a_horizon_after_a_noun_does_not_date_the_signing():
    ax = _pipeline("Иван Петров и Олег Коваль подписали дорожную карту по росту экспорта "
                   "до 5 млн тонн к 2032 году.", "ru", published="2027-02-04")
    ev = _only(ax, "Agreement")
    assert ev.time is None or ev.time.value != "2032"


@pytest.mark.parametrize("text,lang", [
    ("Олег Коваль у вівторок зустрівся з віце-прем’єр-міністром Литви Іваном Петренком.", "uk"),
    ("Иван Петров во вторник встретился с первым вице-премьером Госсовета Литвы Олегом Ковалем.", "ru"),
])
def test_a_compound_vice_title_before_the_counterpart(text, lang):
    ax = _pipeline(text, lang, published="2027-01-27")
    ev = _only(ax, "Meeting")
    assert _persons(ev) == 2


@pytest.mark.parametrize("text,lang", [
    ("Іван Петренко та Олег Коваль у четвер підписали у Вільнюсі довгострокову міжурядову угоду.", "uk"),
    ("Иван Петров и Олег Коваль в четверг подписали в Вильнюсе долгосрочное межправительственное соглашение.", "ru"),
])
def test_a_signing_verb_and_its_agreement_with_a_place_and_adjectives_between(text, lang):
    ax = _pipeline(text, lang, published="2027-01-22")
    ev = _only(ax, "Agreement")
    assert ev.place_key == "wd:Q216" and ev.time.value == "2027-01-21"


@pytest.mark.parametrize("text,lang", [
    ("Иван Петров прибыл в Вильнюс с новыми предложениями. В пятницу он проведет консультации с заместителем "
     "министра иностранных дел Литвы Олегом Ковалем.", "ru"),
    ("Іван Петренко прибув до Вільнюса з новими пропозиціями. У п’ятницю він проведе консультації із заступником "
     "міністра закордонних справ Литви Олегом Ковалем.", "uk"),
])
def test_a_title_with_long_genitive_complements_before_the_counterpart(text, lang):
    ax = _pipeline(text, lang, published="2027-03-10")
    ev = _only(ax, "Talks")
    assert ev.place_key == "wd:Q216"
    assert _persons(ev) == 2


@pytest.mark.parametrize("text,lang", [
    ("Иван Петров в среду прибыл в Вильнюс. В четверг он проведет переговоры с Олегом Ковалем.", "ru"),
    ("Іван Петренко у середу прибув до Вільнюса. У четвер він проведе переговори з Олегом Ковалем.", "uk"),
])
def test_talks_during_a_visit_to_a_city_are_held_there(text, lang):
    ax = _pipeline(text, lang, published="2027-03-10")
    ev = _only(ax, "Talks")
    assert ev.place_key == "wd:Q216"


def test_talks_long_after_a_visit_are_not_placed_there():
    ax = _pipeline("Иван Петров 3 марта прибыл в Вильнюс. 20 марта он проведет переговоры с Олегом Ковалем.", "ru",
                   published="2027-03-04")
    ev = _only(ax, "Talks")
    assert ev.place_key is None


@pytest.mark.parametrize("text,lang", [
    ("Прем'єр-міністр Литви Іван Петренко та прем'єр-міністр Латвії Олег Коваль у четвер підписали в Ризі "
     "міжурядову угоду про співпрацю.", "uk"),
    ("Премьер-министр Литвы Иван Петров и премьер-министр Латвии Олег Коваль в четверг подписали в Риге "
     "межправительственное соглашение о сотрудничестве.", "ru"),
])
def test_two_signers_each_with_a_hyphenated_title_both_sign(text, lang):
    ax = _pipeline(text, lang, published="2027-03-10")
    ev = _only(ax, "Agreement")
    assert _persons(ev) == 2
    assert ev.place_key == "wd:Q1773"


def test_a_company_in_quotes_and_a_government_both_sign_and_the_city_between_is_only_the_place():
    ax = _pipeline("Вчера «Северсталь» и правительство Литвы подписали в Каунасе соглашение о поставках.", "ru",
                   published="2027-03-10")
    ev = _only(ax, "Agreement")
    assert "org:gov-lt" in ev.participants and len(ev.participants) == 2
    assert not any(p.startswith("loc:") for p in ev.participants) and ev.place_key is not None


@pytest.mark.parametrize("text,lang", [
    ("Іван Петренко наголосив, що країна обрала мирне майбутнє.", "uk"),
    ("Іван Петренко наголосив, що країна обрала шлях до Європи.", "uk"),
])
def test_choosing_a_thing_is_no_election(text, lang):
    ax = _pipeline(text, lang, published="2027-04-02")
    assert [e for e in ax.events if e.type == "Election"] == []


@pytest.mark.parametrize("text", ["Депутати обрали Івана Петренка спікером парламенту.",
                                  "Депутати обрали нового спікера Івана Петренка."])
def test_electing_someone_to_an_office_is_still_an_election(text):
    ax = _pipeline(text, "uk", published="2027-04-02")
    assert [e.type for e in ax.events] == ["Election"]


@pytest.mark.parametrize("text,lang", [
    ("Іван Петренко та Олег Коваль у четвер підписали в Білому домі угоду про вільну торгівлю. Угода скасовує "
     "мита на зерно і метал, а парламенти обох країн мають її схвалити найближчими місяцями. "
     "Сторони також домовилися про нові консультації. Міністри фінансів Марко Лиотти і Ян Новак "
     "того ж дня підписали меморандум про митну співпрацю.", "uk"),
])
def test_a_venue_is_no_party_and_the_same_day_is_the_day_of_the_occasion_told_before(text, lang):
    ax = _pipeline(text, lang, published="2027-04-02")
    agreements = sorted((e for e in ax.events if e.type == "Agreement"), key=lambda e: e.start)
    assert not any(p.startswith("org:") for p in agreements[0].participants)
    assert agreements[0].time.value == "2027-04-01"
    assert agreements[-1].time is not None and agreements[-1].time.value == "2027-04-01"


@pytest.mark.parametrize("text,lang", [
    ("Иван Петров в четверг провел телефонный разговор с Олегом Ковалем. Стороны обсудили поставки газа. "
     "Министр Марко Лиотти заявил журналистам, что готовит документы. Пресс-секретарь Ян Новак не исключил "
     "встречи двух лидеров в сентябре в Вильнюсе.", "ru"),
    ("Іван Петренко у четвер провів телефонну розмову з Олегом Ковалем. Сторони обговорили постачання газу. "
     "Міністр Марко Лиотті заявив журналістам, що готує документи. Речник Ян Новак не виключив "
     "зустрічі двох лідерів у вересні у Вільнюсі.", "uk"),
])
def test_a_possible_meeting_of_the_two_leaders_is_theirs_and_lies_ahead(text, lang):
    ax = _pipeline(text, lang, published="2027-04-09")
    ev = _only(ax, "Meeting")
    assert _persons(ev) == 2
    assert not any("novak" in p or "liotti" in p for p in ev.participants)
    assert ev.status == "possible" and ev.time.value == "2027-09"


@pytest.mark.parametrize("text,lang", [
    ("Иван Петров прибыл в Москву. Олег Коваль проведет с ним переговоры в пятницу.", "ru"),
    ("Іван Петренко прибув до Києва. Олег Коваль проведе з ним переговори у п'ятницю.", "uk"),
])
def test_with_him_between_the_support_verb_and_the_talks_is_the_person_named_before(text, lang):
    ax = _pipeline(text, lang, published="2027-04-14")
    ev = _only(ax, "Talks")
    assert _persons(ev) == 2
    assert ev.time.value == "2027-04-16"  # a weekday ahead: the event noun is no verb of the present


def test_a_weekday_of_a_planned_event_is_never_moved_by_a_year():
    ax = _pipeline("Олег Коваль проведе переговори у п'ятницю.", "uk", published="2027-04-14")
    ev = _only(ax, "Talks")
    assert ev.time.value == "2027-04-16"


@pytest.mark.parametrize("text,lang", [
    ("Анна Петрова напомнила, что поездка Ивана Петрова на форум в Ригу в мае 2025 года вызвала вопросы.", "ru"),
    ("Анна Петренко нагадала, що поїздка Івана Петренка на форум до Риги у травні 2025 року викликала питання.", "uk"),
])
def test_a_trip_to_an_occasion_in_a_city_goes_to_that_city(text, lang):
    ev = _only(_pipeline(text, lang, published="2027-04-14"), "Visit")
    assert ev.place_key == "wd:Q1773" and "wd:Q211" in ev.participants


def test_a_visit_ruled_out_now_and_a_trip_that_happened_before_are_two_events():
    ax = _pipeline("Помощник добавил, что визит Ивана Петрова в Латвию пока не обсуждается. "
                   "Анна Петрова напомнила, что поездка Ивана Петрова на форум в Ригу в мае 2025 года вызвала вопросы.",
                   "ru", published="2027-04-14")
    visits = sorted((e for e in ax.events if e.type == "Visit"), key=lambda e: e.start)
    assert [v.status for v in visits] == ["denied", "occurred"]
    assert visits[0].time is None and visits[1].time.value == "2025-05"


@pytest.mark.parametrize("text,lang", [
    ("Иван Петров заявил, что не планирует встречаться с Олегом Ковалем до парламентских выборов в Литве.", "ru"),
    ("Іван Петренко заявив, що не планує зустрічатися з Олегом Ковалем до парламентських виборів у Литві.", "uk"),
])
def test_an_election_that_is_only_a_landmark_takes_no_denial_from_its_clause(text, lang):
    ax = _pipeline(text, lang, published="2027-04-14")
    assert _only(ax, "Election").status == "planned"
    assert _only(ax, "Meeting").status == "denied"


@pytest.mark.parametrize("text,lang", [
    ("Ракета влучила в будинок у Харкові. Спецпредставниця ООН Марта Ковач заявила, що наступного тижня "
     "відвідає місто.", "uk"),
    ("Ракета попала в дом в Харькове. Спецпредставитель ООН Марта Ковач заявила, что на следующей неделе "
     "посетит город.", "ru"),
])
def test_a_visit_to_the_city_goes_to_the_last_city_named(text, lang):
    ev = _only(_pipeline(text, lang, published="2027-04-14"), "Visit")
    assert ev.place_key == "wd:Q42308"
    assert "wd:Q212" in ev.participants and ev.status == "planned"


def test_a_city_noun_with_its_own_name_is_not_the_city_named_before():
    ev = _only(_pipeline("Ракета влучила в будинок у Харкові. Іван Петренко відвідає місто Суми.", "uk",
                         published="2027-04-14"), "Visit")
    assert ev.place_key == "loc:sumy"


@pytest.mark.parametrize("text,lang", [
    ("Президент Литви Іван Петренко і президент Польщі Ян Новак провели переговори. Глави відомств "
     "Олег Коваль і Марек Вуйцик підписали угоду про кордон.", "uk"),
    ("Президент Литвы Иван Петров и президент Польши Ян Новак провели переговоры. Главы ведомств "
     "Олег Коваль и Марек Вуйцик подписали соглашение о границе.", "ru"),
])
def test_ministers_of_unnamed_states_sign_as_themselves(text, lang):
    ev = _only(_pipeline(text, lang, published="2027-04-14"), "Agreement")
    assert _persons(ev) == len(ev.participants) == 2


def test_signers_of_one_known_state_and_a_third_state_get_no_pair():
    ax = _pipeline("Президент Литви Іван Петренко і президент Польщі Ян Новак провели переговори. "
                   "Міністр фінансів Чехії Олег Коваль і Марек Вуйцик підписали угоду.", "uk", published="2027-04-14")
    ev = _only(ax, "Agreement")
    assert "wd:Q37" not in ev.participants and "wd:Q36" not in ev.participants


@pytest.mark.parametrize("text,lang,body", [
    ("Верховна Рада у вівторок на пленарному засіданні ухвалила закон про мову.", "uk", "org:verkhovna-rada"),
    ("Государственная дума во вторник на пленарном заседании одобрила законопроект о связи.", "ru", "org:state-duma"),
])
def test_a_body_that_acts_at_its_session_holds_the_session(text, lang, body):
    ev = _only(_pipeline(text, lang, published="2027-04-14"), "Meeting")
    assert ev.participants == [body] and ev.time is not None


def test_an_object_before_the_session_phrase_does_not_hold_it():
    ax = _pipeline("Иван Петров передал документы Государственной думе на заседании в среду.", "ru", published="2027-04-14")
    assert "org:state-duma" not in _only(ax, "Meeting").participants


@pytest.mark.parametrize("text,lang", [
    ("Іван Петренко у середу провів у Вільнюсі переговори з Олегом Ковалем, а потім лідери підписали "
     "угоду про кордон.", "uk"),
    ("Иван Петров в среду провел в Вильнюсе переговоры с Олегом Ковалем, а затем лидеры подписали "
     "соглашение о границе.", "ru"),
])
def test_the_leaders_after_talks_in_the_same_sentence_are_the_parties_of_those_talks(text, lang):
    ax = _pipeline(text, lang, published="2027-04-15")
    ev = _only(ax, "Agreement")
    assert _persons(ev) == 2 and not any(e.type == "Sanctions" for e in ax.events)
    assert ev.place_key == "wd:Q216" and ev.time.value == "2027-04-14"


@pytest.mark.parametrize("text,lang", [
    ("Іван Петренко у вівторок прибув до Німеччини для участі в інвестиційному форумі в Мюнхені.", "uk"),
    ("Иван Петров во вторник прибыл в Германию для участия в инвестиционном форуме в Мюнхене.", "ru"),
])
def test_a_visit_to_a_state_goes_to_its_city_named_later_in_the_sentence(text, lang):
    ev = _only(_pipeline(text, lang, published="2027-04-15"), "Visit")
    assert ev.place_key == "wd:Q1726" and "wd:Q183" in ev.participants


@pytest.mark.parametrize("text,lang,place", [
    ("Иван Петров во вторник прибыл в Вильнюс. В среду Иван Петров встретился с Олегом Ковалем.", "ru", "wd:Q216"),
    ("Іван Петренко у вівторок прибув до Вільнюса. У середу Іван Петренко зустрівся з Олегом Ковалем.", "uk", "wd:Q216"),
    ("Иван Петров во вторник прибыл в Вильнюс. В субботу Иван Петров встретился с Олегом Ковалем.", "ru", None),
])
def test_a_meeting_a_day_or_two_after_the_arrival_is_held_where_the_visit_went(text, lang, place):
    assert _only(_pipeline(text, lang, published="2027-04-15"), "Meeting").place_key == place


@pytest.mark.parametrize("text,lang", [
    ("Російські війська вночі атакували Суми на Сумщині.", "uk"),
    ("Российские войска ночью атаковали Сумы в Сумской области.", "ru"),
])
def test_the_town_attacked_is_the_place_not_the_region_named_after_it(text, lang):
    ev = _only(_pipeline(text, lang, published="2027-04-15"), "Attack")
    assert ev.place_key == "loc:sumy" and ev.participants == ["wd:Q159"]


def test_districts_attacked_give_the_city_they_are_of():
    ax = _pipeline("Російські війська вночі завдали ракетного удару по Шевченківському та Подільському районах Києва.",
                   "uk", published="2027-04-15")
    assert _only(ax, "Attack").place_key == "wd:Q1899"


@pytest.mark.parametrize("text,lang", [
    ("В воскресенье в Литве прошли президентские выборы. Иван Петров поздравил Олега Коваля с победой.", "ru"),
    ("У неділю в Литві відбулися президентські вибори. Іван Петренко привітав Олега Коваля з перемогою.", "uk"),
    ("В воскресенье в Литве прошли президентские выборы. Олега Коваля с победой поздравил Иван Петров.", "ru"),
])
def test_a_congratulation_on_a_victory_is_a_mention_of_the_election_the_winner_won(text, lang):
    ev = _only(_pipeline(text, lang, published="2027-04-15"), "Election")
    assert ev.participants == ["per:oleg-koval"] and ev.time.value == "2027-04-11" and len(ev.mentions) == 1


def test_a_victory_in_a_championship_is_no_election():
    assert _pipeline("Иван Петров поздравил команду с победой в чемпионате.", "ru", published="2027-04-15").events == []


@pytest.mark.parametrize("text,lang,person,office", [
    ("Наступного тижня до Канади вирушить секретар РНБО Олег Коваль.", "uk", "per:oleg-koval", "org:nsdc-ua"),
    ("На следующей неделе в Китай отправится глава МИД России Сергей Лавров.", "ru", "wd:Q80837", "org:mfa-ru"),
])
def test_the_office_in_a_travellers_title_is_no_party_of_the_visit(text, lang, person, office):
    ev = _only(_pipeline(text, lang, published="2027-04-15"), "Visit")
    assert person in ev.participants and office not in ev.participants


@pytest.mark.parametrize("text,lang", [
    ("Місія МВФ у вівторок у Римі завершила консультації з литовською владою.", "uk"),
    ("Миссия МВФ во вторник в Риме завершила консультации с литовскими властями.", "ru"),
])
def test_the_authorities_with_a_nationality_adjective_are_the_state_and_the_mission_that_ends_talks_holds_them(text, lang):
    ev = _only(_pipeline(text, lang, published="2027-04-15"), "Talks")
    assert "wd:Q37" in ev.participants and len(ev.participants) == 2 and ev.place_key == "wd:Q220"


@pytest.mark.parametrize("text,lang", [
    ("Уряд оголосив про підготовку до можливої зустрічі Івана Петренка і Олега Коваля.", "uk"),
    ("Литва почала підготовку до переговорів Івана Петренка з Олегом Ковалем.", "uk"),
])
def test_preparation_for_an_event_is_no_landmark_in_time(text, lang):
    [ev] = _pipeline(text, lang, published="2027-04-15").events
    assert ev.status == "planned"


@pytest.mark.parametrize("text,lang", [
    ("Евросоюз не признает выборы в Литве, прошедшие в воскресенье.", "ru"),
    ("ЄС не визнає виборів у Литві, що відбулися в неділю.", "uk"),
])
def test_an_election_not_recognised_still_took_place(text, lang):
    assert _only(_pipeline(text, lang, published="2027-04-15"), "Election").status == "occurred"


def test_a_negated_meeting_verb_still_denies_the_meeting():
    assert _only(_pipeline("Иван Петров не встретится с Олегом Ковалем.", "ru", published="2027-04-15"),
                 "Meeting").status == "denied"


# -- "домовилися зустрітися": the meeting it governs is planned; the agreement to meet is no deal of its own --
_AGREED = {
    "uk": ("Президент Литви Гітанас Науседа у понеділок провів телефонну розмову з прем'єр-міністром Польщі "
           "Дональдом Туском. Співрозмовники домовилися зустрітися у Вільнюсі наприкінці травня."),
    "ru": ("Президент Литвы Гитанас Науседа в понедельник провел телефонный разговор с премьер-министром Польши "
           "Дональдом Туском. Собеседники договорились встретиться в Вильнюсе в конце мая."),
}


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_an_agreement_to_meet_plans_the_meeting_and_was_made_at_the_call(lang):
    ax = _pipeline(_AGREED[lang], lang, published="2027-04-14")
    call, meeting = _only(ax, "Call"), _only(ax, "Meeting")
    assert meeting.status == "planned" and call.status == "occurred"
    assert not [e for e in ax.events if e.type == "Agreement"]
    # where and when after the meeting verb are the meeting's; the call was the day the text names
    assert meeting.place_key == "wd:Q216" and meeting.time.value == "2027-05"
    assert call.place_key is None and call.time.value == "2027-04-12"


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_leaders_who_agreed_and_the_sides_that_agreed_are_the_persons(lang):
    ax = _pipeline(_AGREED[lang], lang, published="2027-04-14")
    people = {e.key for e in ax.entities if e.type == "PER"}
    assert set(_only(ax, "Meeting").participants) == people and len(people) == 2
    sides = _AGREED[lang].replace("Співрозмовники домовилися зустрітися", "Сторони домовилися про співпрацю") \
        .replace("Собеседники договорились встретиться", "Стороны договорились о сотрудничестве")
    deal = _only(_pipeline(sides, lang, published="2027-04-14"), "Agreement")
    assert set(deal.participants) == people  # (the sides that signed a document are their states)


# -- talks that open the clause after an arrival; "за підсумками переговорів" and what was done there --
_STAY = {
    "uk": ("Прем'єр-міністр Литви Йонас Бартас у вівторок прибув до Львова з робочим візитом. "
           "Переговори з мером Андрієм Садовим тривали дві години. "
           "За підсумками переговорів міністр фінансів Литви Рімас Ванагас і міністр фінансів України "
           "Олег Гнатюк підписали угоду про кредит."),
    "ru": ("Премьер-министр Литвы Йонас Бартас во вторник прибыл во Львов с рабочим визитом. "
           "Переговоры с мэром Андреем Садовым продолжались два часа. "
           "По итогам переговоров министр финансов Литвы Римас Ванагас и министр финансов Украины "
           "Олег Гнатюк подписали соглашение о кредите."),
}


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_talks_opening_the_clause_after_an_arrival_are_the_visitors_and_what_they_yield_is_done_there(lang):
    ax = _pipeline(_STAY[lang], lang, published="2027-04-14")
    talks, deal = _only(ax, "Talks"), _only(ax, "Agreement")
    assert talks.participants == ["per:ionas-bartas", "per:andriy-sadovyi"]
    assert talks.place_key == deal.place_key == "wd:Q36036"
    assert talks.time.value == deal.time.value == "2027-04-13"
    # the signers are the agreement's parties, not the talks' visitor
    assert set(deal.participants) == {"per:rimas-vanagas", "per:oleg-gnatuk"}


@pytest.mark.parametrize("agreed,lang", [
    ("Лідери домовилися, що в травні у Вільнюсі відбудуться консультації урядів.", "uk"),
    ("Лидеры договорились, что в мае в Вильнюсе пройдут консультации правительств.", "ru"),
])
def test_what_the_agreed_clause_plans_is_dated_by_that_clause_and_the_agreement_by_the_call(agreed, lang):
    call = _AGREED[lang].split(". ")[0]  # the same call as above, then what the leaders agreed on
    ax = _pipeline(f"{call}. {agreed}", lang, published="2027-04-14")
    deal, talks = _only(ax, "Agreement"), _only(ax, "Talks")
    assert deal.status == "occurred" and deal.time.value == "2027-04-12" and deal.place_key is None
    assert talks.status == "planned" and talks.time.value == "2027-05" and talks.place_key == "wd:Q216"


@pytest.mark.parametrize("text,lang", [
    ("Прем'єр Польщі Дональд Туск підтримав переговори. За його словами, у травні до Литви з візитом "
     "поїде радник президента з питань національної безпеки Іван Коваль.", "uk"),
    ("Премьер Польши Дональд Туск поддержал переговоры. По его словам, в мае в Литву с визитом "
     "отправится советник президента по национальной безопасности Иван Коваль.", "ru"),
])
def test_the_visitor_after_the_verb_that_follows_with_a_visit(text, lang):
    ev = _only(_pipeline(text, lang, published="2027-04-14"), "Visit")
    assert ev.participants == ["per:ivan-koval", "wd:Q37"] and ev.status == "planned" and ev.time.value == "2027-05"


@pytest.mark.parametrize("text,lang", [
    ("Консервативная партия Tevynes («Родина») победила на прошедших в субботу выборах. "
     "Лидер Tevynes Иван Коваль поблагодарил избирателей.", "ru"),
    ("Консервативна партія Tevynes («Батьківщина») перемогла на виборах, що відбулися в суботу. "
     "Лідер Tevynes Іван Коваль подякував виборцям.", "uk"),
])
def test_a_party_named_in_latin_letters_after_its_kind_is_one_organisation_and_wins(text, lang):
    ax = _pipeline(text, lang, published="2027-04-14")
    orgs = [e for e in ax.entities if e.type == "ORG"]
    assert len(orgs) == 1 and any("Tevynes" in a for a in orgs[0].alt_labels)
    assert not [e for e in ax.entities if e.type == "PER" and "Tevynes" in e.name]
    ev = _only(ax, "Election")
    assert ev.participants[:1] == [orgs[0].key] and ev.time.value == "2027-04-10"


@pytest.mark.parametrize("text,lang", [
    ("На выборах в Литве победил Иван Коваль.", "ru"),
    ("На виборах у Литві переміг Іван Коваль.", "uk"),
])
def test_the_winner_named_after_the_win_verb_that_follows_the_election(text, lang):
    ev = _only(_pipeline(text, lang, published="2027-04-14"), "Election")
    assert ev.participants == ["per:ivan-koval"] and ev.place_key == "wd:Q37"


@pytest.mark.parametrize("text,lang", [
    ("Латвийско-эстонская комиссия завершила во вторник сессию в Риге. Стороны договорились о новых квотах.", "ru"),
    ("Латвійсько-естонська комісія завершила у вівторок сесію в Ризі. Сторони домовилися про нові квоти.", "uk"),
])
def test_the_sides_after_a_two_state_body_are_its_two_states_and_a_session_is_a_meeting(text, lang):
    ax = _pipeline(text, lang, published="2027-04-14")
    assert set(_only(ax, "Agreement").participants) == {"wd:Q211", "wd:Q191"}
    session = _only(ax, "Meeting")
    assert session.place_key == "wd:Q1773" and session.time.value == "2027-04-13"


@pytest.mark.parametrize("text,lang", [
    ("По итогам торговой сессии на бирже индекс вырос на два процента.", "ru"),
    ("За підсумками торгової сесії на біржі індекс зріс на два відсотки.", "uk"),
])
def test_a_trading_session_is_no_meeting(text, lang):
    assert _pipeline(text, lang).events == []


def test_a_two_state_adjective_told_before_adds_no_states_unless_the_sides_take_them():
    ax = _pipeline("Латвийско-эстонская граница закрыта. Иван Коваль договорился о встрече.", "ru")
    assert not {"wd:Q211", "wd:Q191"} & {e.key for e in ax.entities}


@pytest.mark.parametrize("text,lang,city,state", [
    ("Министр Иван Коваль в пятницу вылетит в Ханой.", "ru", "loc:hanoi", "wd:Q881"),
    ("Міністр Іван Коваль у п'ятницю прибуде до Бангкока.", "uk", "loc:bangkok", "wd:Q869"),
    ("Министр Иван Коваль в пятницу прибудет в Найроби.", "ru", "loc:nairobi", "wd:Q114"),
])
def test_a_visit_to_a_capital_involves_its_state(text, lang, city, state):
    ev = _only(_pipeline(text, lang, published="2027-04-14"), "Visit")
    assert ev.participants == ["per:ivan-koval", state] and ev.place_key == city


@pytest.mark.parametrize("text,lang", [
    ("Президент Литвы Иван Коваль выступил в Сейме. Министр Литвы Олег Петров прибыл в Варшаву. "
     "Министры обсудили возможную поездку литовского лидера в Польшу.", "ru"),
    ("Президент Литви Іван Коваль виступив у Сеймі. Міністр Литви Олег Петров прибув до Варшави. "
     "Міністри обговорили можливу поїздку литовського лідера до Польщі.", "uk"),
    ("Министр Литвы Олег Петров прибыл в Варшаву. Вечером его принял председатель Совета Литвы Иван Коваль. "
     "Министры обсудили возможную поездку литовского лидера в Польшу.", "ru"),
])
def test_a_leader_named_by_nationality_is_that_states_head_told_of_before(text, lang):
    visits = [e for e in _pipeline(text, lang, published="2027-04-14").events if e.type == "Visit"]
    later = next(e for e in visits if e.status == "possible")
    assert later.participants == ["per:ivan-koval", "wd:Q36"]


@pytest.mark.parametrize("text,lang", [
    ("Президент Литвы Иван Коваль принял в Вильнюсе министра Польши Олега Петрова.", "ru"),
    ("Министр Польши Олег Петров прибыл в Вильнюс. Вечером польского министра принял президент Литвы Иван Коваль.", "ru"),
    ("Президент Литви Іван Коваль прийняв у вівторок міністра Польщі Олега Петрова.", "uk"),
])
def test_a_host_receiving_a_named_guest_is_a_meeting(text, lang):
    ev = _only(_pipeline(text, lang, published="2027-04-14"), "Meeting")
    assert set(ev.participants) == {"per:ivan-koval", "per:oleg-petrov"}


@pytest.mark.parametrize("text,lang", [
    ("Президент Литвы Иван Коваль принял приглашение Олега Петрова посетить Варшаву.", "ru"),
    ("В заседании приняли участие Иван Коваль и Олег Петров.", "ru"),
    ("Іван Коваль прийняв рішення Олега Петрова без заперечень.", "uk"),
    ("Сейм Литвы принял закон о выборах.", "ru"),
])
def test_receiving_a_thing_is_no_meeting(text, lang):
    assert not [e for e in _pipeline(text, lang, published="2027-04-14").events
                if e.type == "Meeting" and e.trigger.lower().startswith(("прин", "прий"))]


@pytest.mark.parametrize("text,lang", [
    ("Іван Коваль заявив, що наступного місяця очікується візит естонської делегації до Вільнюса.", "uk"),
    ("Иван Коваль сообщил, что в следующем месяце ожидается визит эстонской делегации в Вильнюс.", "ru"),
    ("Наступного місяця естонська делегація відвідає Вільнюс.", "uk"),
])
def test_a_states_delegation_visits_for_that_state(text, lang):
    ev = _only(_pipeline(text, lang, published="2027-04-14"), "Visit")
    assert ev.participants == ["wd:Q191", "wd:Q37"] and ev.place_key == "wd:Q216" and ev.status == "planned"


@pytest.mark.parametrize("text,lang", [
    ("Норвегія приєдналася до нового пакета санкцій ЄС проти Росії.", "uk"),
    ("Норвегия присоединилась к новому пакету санкций ЕС против России.", "ru"),
    ("Норвегія перейняла санкції Євросоюзу проти Росії.", "uk"),
])
def test_who_joins_anothers_sanctions_imposes_them(text, lang):
    ev = _only(_pipeline(text, lang, published="2027-04-14"), "Sanctions")
    assert ev.participants == ["wd:Q20", "wd:Q159"]


def test_the_sides_do_not_join_a_delegations_visit():
    ax = _pipeline("Іван Коваль провів розмову з Олегом Петровим. Сторони обговорили візит литовської делегації "
                   "до Варшави.", "uk", published="2027-04-14")
    visit = _only(ax, "Visit")
    assert visit.participants == ["wd:Q37", "wd:Q36"]


@pytest.mark.parametrize("text,lang", [
    ("У понеділок телефоном поспілкувалися Іван Коваль і Олег Петров.", "uk"),
    ("В понедельник по телефону пообщались Иван Коваль и Олег Петров.", "ru"),
    ("Іван Коваль і Олег Петров спілкувалися телефоном у понеділок.", "uk"),
    ("Иван Коваль и Олег Петров общались по телефону в понедельник.", "ru"),
])
def test_a_call_told_with_a_talk_verb_and_the_phone_word(text, lang):
    ev = _only(_pipeline(text, lang, published="2027-04-14"), "Call")
    assert set(ev.participants) == {"per:ivan-koval", "per:oleg-petrov"} and ev.time.value == "2027-04-12"


@pytest.mark.parametrize("text,lang", [
    ("Іван Коваль зустрівся з Олегом Петровим у Варшаві. Ці плани обговорять 20 квітня у Страсбурзі під час "
     "засідання Ради Європи.", "uk"),
    ("Иван Коваль встретился с Олегом Петровым в Варшаве. Эти планы обсудят 20 апреля в Страсбурге во время "
     "заседания Совета Европы.", "ru"),
])
def test_a_discussion_verb_goes_with_the_event_its_own_sentence_names(text, lang):
    ax = _pipeline(text, lang, published="2027-04-14")
    first, session = sorted((e for e in ax.events if e.type == "Meeting"), key=lambda e: e.start)
    assert first.mentions == [] and first.place_key == "wd:Q270"
    assert session.time.value == "2027-04-20" and session.place_key != "wd:Q270" and len(session.mentions) == 1


@pytest.mark.parametrize("text,lang", [
    ("Міністр Іван Коваль прибув до Польщі. Сьогодні він відвідає Гданськ, а потім має зустрітися "
     "з Олегом Петровим.", "uk"),
    ("Министр Иван Коваль прибыл в Польшу. Сегодня он посетит Гданьск, а потом намерен встретиться "
     "с Олегом Петровым.", "ru"),
])
def test_the_pronoun_subject_of_the_clause_before_meets(text, lang):
    ev = _only(_pipeline(text, lang, published="2027-04-14"), "Meeting")
    assert set(ev.participants) == {"per:ivan-koval", "per:oleg-petrov"} and ev.status == "planned"


@pytest.mark.parametrize("text,lang", [
    ("Иван Коваль занял первое место на выборах президента Литвы. В 2022 году на прошлых выборах "
     "победил Олег Петров.", "ru"),
    ("Іван Коваль посів перше місце на виборах президента Литви. У 2022 році на минулих виборах "
     "переміг Олег Петров.", "uk"),
])
def test_the_previous_election_is_another_one_and_first_place_wins(text, lang):
    ax = _pipeline(text, lang, published="2027-04-14")
    now, before = sorted((e for e in ax.events if e.type == "Election"), key=lambda e: e.start)
    assert "per:ivan-koval" in now.participants and "per:oleg-petrov" not in now.participants
    assert "per:oleg-petrov" in before.participants and before.time.value == "2022"


@pytest.mark.parametrize("text,lang", [
    ("У суботу Литва атакувала дронами Мінськ. У неділю президент Литви Іван Коваль оголосив перемир'я.", "uk"),
    ("В субботу Литва атаковала дронами Минск. В воскресенье президент Литвы Иван Коваль объявил перемирие.",
     "ru"),
])
def test_a_declared_ceasefire_is_between_the_warring_states_not_the_person_who_declared_it(text, lang):
    ax = _pipeline(text, lang, published="2027-04-14")
    truce = _only(ax, "Ceasefire")
    assert sorted(truce.participants) == ["wd:Q184", "wd:Q37"]  # Belarus (the state of the city attacked) and Lithuania


@pytest.mark.parametrize("text,lang", [
    ("Радник президента Литви Іван Коваль зустрівся з президентом Литви Олегом Петровим. "
     "Наступного дня литовський дипломат поїде до Варшави.", "uk"),
    ("Советник президента Литвы Иван Коваль встретился с президентом Литвы Олегом Петровым. "
     "На следующий день литовский дипломат поедет в Варшаву.", "ru"),
])
def test_a_nationality_and_an_officials_noun_name_that_states_official_who_is_not_its_head(text, lang):
    ev = _only(_pipeline(text, lang, published="2027-04-14"), "Visit")
    assert ev.participants[0] == "per:ivan-koval" and "per:oleg-petrov" not in ev.participants


@pytest.mark.parametrize("text,lang", [
    ("У 2023 році Іван Коваль кілька разів бував у Варшаві.", "uk"),
    ("В 2023 году Иван Коваль несколько раз бывал в Варшаве.", "ru"),
])
def test_having_been_somewhere_is_a_visit(text, lang):
    ev = _only(_pipeline(text, lang, published="2027-04-14"), "Visit")
    assert ev.participants[0] == "per:ivan-koval" and ev.place_key == "wd:Q270" and ev.time.value == "2023"


def test_a_meeting_of_two_on_the_sidelines_of_a_summit_of_many_is_not_the_summit():
    text = ("У Варшаві в четвер відбувся саміт, у ньому взяли участь прем'єр Марко Ліотті, прем'єр Ян Коваль "
            "і президент Олег Петров. На полях саміту Ліотті та Коваль провели двосторонню зустріч.")
    ax = _pipeline(text, "uk", published="2027-04-16")
    summit, pair = sorted((e for e in ax.events if e.type == "Meeting"), key=lambda e: e.start)
    assert _persons(summit) == 3 and _persons(pair) == 2 and "per:oleg-petrov" not in pair.participants
    assert pair.place_key == "wd:Q270" and pair.time.value == "2027-04-15"


def test_the_summit_on_whose_sidelines_two_met_is_the_one_held_not_the_next_one_planned():
    text = ("Засідання ради відбулося у Варшаві в четвер. Наступне засідання заплановано в Парижі на 2028 рік. "
            "На полях засідання прем'єр Марко Ліотті та прем'єр Ян Коваль провели зустріч.")
    ax = _pipeline(text, "uk", published="2027-04-16")
    pair = next(e for e in ax.events if e.type == "Meeting" and "per:ian-koval" in e.participants)
    assert pair.place_key == "wd:Q270" and pair.time.value == "2027-04-15"


def test_an_event_phrase_closing_a_relative_clause_takes_no_party_from_the_main_clause():
    text = "Іван Коваль, який не полетів на саміт, у розмові з газетою Nova сказав, що все гаразд."
    ev = _only(_pipeline(text, "uk", published="2027-04-16"), "Meeting")
    assert ev.participants == ["per:ivan-koval"]


@pytest.mark.parametrize("text,lang", [
    ("Наступного місяця Литва знизить стелю цін на російський газ. Росія заборонила в'їзд "
     "литовським депутатам.", "uk"),
    ("В следующем месяце Литва снизит потолок цен на российский газ. Россия запретила въезд "
     "литовским депутатам.", "ru"),
])
def test_price_caps_and_entry_bans_are_sanctions_against_the_nationality_named(text, lang):
    ax = _pipeline(text, lang, published="2027-04-14")
    cap, ban = sorted((e for e in ax.events if e.type == "Sanctions"), key=lambda e: e.start)
    assert cap.participants == ["wd:Q37", "wd:Q159"] and cap.status == "planned"
    assert ban.participants == ["wd:Q159", "wd:Q37"] and ban.status == "occurred"


@pytest.mark.parametrize("text,lang", [
    ("Литва запровадила санкції проти Росії. Попередній пакет обмежувальних санкцій Литва схвалила ще в січні.", "uk"),
    ("Литва ввела санкции против России. Прошлый пакет ограничительных санкций Литва одобрила еще в январе.", "ru"),
])
def test_a_states_previous_sanctions_are_against_the_state_its_other_sanctions_are(text, lang):
    ax = _pipeline(text, lang, published="2027-04-14")
    now, before = sorted((e for e in ax.events if e.type == "Sanctions"), key=lambda e: e.start)
    assert now.participants == before.participants == ["wd:Q37", "wd:Q159"] and before.time.value == "2027-01"


def test_whom_a_relative_clause_bans_from_entry_are_the_antecedents_and_the_main_subject_bans():
    text = "МИД Литвы внес в черный список депутатов России, которым запрещен въезд."
    ev = _only(_pipeline(text, "ru", published="2027-04-14"), "Sanctions")
    assert ev.participants == ["wd:Q37", "wd:Q159"]


def test_a_relative_clause_of_taking_part_after_sanctions_adds_no_parties():
    text = ("Литва ввела санкции против России. Работу в портах, в которых участвуют компании Astra и Nordlin, "
            "Литва продолжит.")
    ev = _only(_pipeline(text, "ru", published="2027-04-14"), "Sanctions")
    assert ev.participants == ["wd:Q37", "wd:Q159"]


@pytest.mark.parametrize("text,lang", [
    ("У Варшаві в четвер відбувся саміт, у ньому взяли участь прем'єр Марко Ліотті та прем'єр Ян Коваль. "
     "Учасники саміту ухвалили підсумкову декларацію про енергетику.", "uk"),
    ("В Варшаве в четверг прошел саммит, в нем приняли участие премьер Марко Лиотти и премьер Ян Коваль. "
     "В конце участники приняли итоговую декларацию об энергетике.", "ru"),
])
def test_the_participants_who_adopt_a_declaration_are_those_of_the_summit(text, lang):
    ev = _only(_pipeline(text, lang, published="2027-04-16"), "Agreement")
    assert _persons(ev) == 2 and ev.place_key == "wd:Q270" and ev.time.value == "2027-04-15"


@pytest.mark.parametrize("text,lang", [
    ("Прем'єр Марко Ліотті та прем'єр Ян Коваль у четвер ухвалили спільну декларацію. Того ж дня Ліотті та "
     "Коваль підписали меморандум про енергетику.", "uk"),
    ("Премьер Марко Лиотти и премьер Ян Коваль в четверг приняли совместную декларацию. В тот же день Лиотти и "
     "Коваль подписали меморандум об энергетике.", "ru"),
])
def test_a_declaration_and_a_memorandum_of_the_same_parties_are_two_agreements(text, lang):
    ax = _pipeline(text, lang, published="2027-04-16")
    assert len([e for e in ax.events if e.type == "Agreement"]) == 2


def test_the_second_half_of_a_dashed_name_is_no_party_listed_before_the_subject():
    text = "У Ризі пройшов форум Україна – Північна Європа, Київ і Варшава домовилися будувати міст."
    ev = _only(_pipeline(text, "uk", published="2027-04-16"), "Agreement")
    assert sorted(ev.participants) == ["wd:Q212", "wd:Q36"]


def test_choosing_a_city_for_a_trip_is_no_election():
    ax = _pipeline("Прем'єр Ян Коваль обрав Відень місцем наступного саміту.", "uk")
    assert not [e for e in ax.events if e.type == "Election"]


@pytest.mark.parametrize("text,lang", [
    ("Жители Ладонии в воскресенье проголосовали на референдуме. В Вене итоги голосования встретили сдержанно.", "ru"),
    ("Жителі Ладонії в неділю проголосували на референдумі. У Відні підсумки голосування зустріли стримано.", "uk"),
])
def test_where_the_results_of_a_vote_were_met_is_not_where_it_was_held(text, lang):
    ax = _pipeline(text, lang, published="2026-09-14")
    city = next(e.key for e in ax.entities if any(a.startswith(("Вен", "Відн")) for a in e.alt_labels))
    assert not any(e.type == "Election" and e.place_key == city for e in ax.events)


def test_the_names_after_an_outcome_phrase_that_run_to_the_verb_are_its_subject():
    ax = _pipeline("У середу в Римі прем'єр Ян Коваль провів переговори з прем'єром Марко Ліотті. "
                   "За результатами переговорів АТ «Бетанія Енерго» і австрійська група Ладонія Гас підписали "
                   "контракт на постачання газу.", "uk", published="2026-03-06")
    assert not [e for e in ax.events if e.type == "Meeting"]  # the meeting is the talks just told
    talks = _only(ax, "Talks")
    deal = _only(ax, "Agreement")
    assert deal.place_key == talks.place_key and deal.time is not None and deal.time.value == talks.time.value


@pytest.mark.parametrize("text,lang", [
    ("Встреча лидеров НАТО в Риме закончилась принятием совместной декларации.", "ru"),
    ("Зустріч лідерів НАТО в Римі закінчилася ухваленням спільної декларації.", "uk"),
])
def test_a_declaration_adopted_at_a_summit_is_the_summits_parties(text, lang):
    ax = _pipeline(text, lang, published="2026-06-20")
    summit, deal = _only(ax, "Meeting"), _only(ax, "Agreement")
    assert deal.participants and deal.participants == summit.participants
    assert deal.place_key == summit.place_key


def test_the_previous_referendum_takes_no_mention_that_names_nothing():
    ax = _pipeline("Жители Ладонии в воскресенье голосовали на референдуме о новой конституции. "
                   "Итоги референдума огласят в пятницу. "
                   "Прошлый референдум в стране состоялся в 2019 году.", "ru", published="2026-04-13")
    votes = [e for e in ax.events if e.type == "Election"]
    earlier = next(e for e in votes if e.time is not None and e.time.value == "2019")
    assert len(votes) == 2 and len(earlier.mentions) <= 1


def test_congratulations_on_a_referendum_do_not_put_it_in_the_congratulators_state():
    ax = _pipeline("Президент Литвы Ян Коваль поздравил соседей с «впечатляющими итогами» референдума.", "ru",
                   published="2026-04-13")
    lithuania = next(e.key for e in ax.entities if e.labels.get("en") == "Lithuania")
    assert not any(e.type == "Election" and e.place_key == lithuania for e in ax.events)


@pytest.mark.parametrize("text,lang", [
    ("Міністр Ладонії Ян Коваль у середу відвідав Грац. Біля ратуші його зустрів мер міста Марко Ліотті.", "uk"),
    ("Министр Ладонии Ян Коваль в среду посетил Грац. У ратуши его встретил мэр города Марко Лиотти.", "ru"),
])
def test_an_object_pronoun_before_a_meeting_verb_is_the_person_met(text, lang):
    ax = _pipeline(text, lang, published="2026-03-06")
    meeting = _only(ax, "Meeting")
    assert _persons(meeting) == 2


@pytest.mark.parametrize("text,lang", [
    ("Жители Австрии в воскресенье проголосовали на референдуме за новый закон о нейтралитете.", "ru"),
    ("Громадяни Австрії в неділю проголосували на референдумі за новий закон про нейтралітет.", "uk"),
    ("Австрийцы в воскресенье проголосовали на референдуме за новый закон о нейтралитете.", "ru"),
    ("Австрійці в неділю проголосували на референдумі за новий закон про нейтралітет.", "uk"),
])
def test_a_vote_of_a_states_citizens_is_in_that_state(text, lang):
    ax = _pipeline(text, lang, published="2026-03-09")
    vote = _only(ax, "Election")
    austria = next(e.key for e in ax.entities if e.labels.get("en") == "Austria")
    assert vote.place_key == austria


def test_a_day_after_an_anchor_noun_dates_the_event_not_the_anchor():
    ax = _pipeline("Напередодні переговорів, у неділю, Ян Коваль провів телефонну розмову з президентом Литви "
                   "Марком Ліотті.", "uk", published="2027-05-17")  # a Monday
    call = _only(ax, "Call")
    assert call.time is not None and call.time.value == "2027-05-16"


@pytest.mark.parametrize("text,lang", [
    ("Президент Ладонії Ян Коваль у понеділок прибув до Граца, де на вокзалі його зустрів канцлер Австрії Марко "
     "Ліотті. Переговори лідерів завершилися ввечері.", "uk"),
    ("Президент Ладонии Ян Коваль в понедельник прибыл в Грац, где на вокзале его встретил канцлер Австрии Марко "
     "Лиотти. Переговоры лидеров завершились вечером.", "ru"),
])
def test_the_leaders_talks_are_between_the_two_who_met(text, lang):
    ax = _pipeline(text, lang, published="2027-05-17")
    talks = _only(ax, "Talks")
    assert _persons(talks) == 2
    assert talks.time is not None and talks.time.value == "2027-05-17"
    assert talks.place_key == _only(ax, "Visit").place_key


@pytest.mark.parametrize("text,lang", [
    ("Міністри обговорили фінансування морських портів ЄС.", "uk"),
    ("Министры обсудили финансирование морских портов ЕС.", "ru"),
])
def test_a_name_inside_the_topic_of_a_discussion_is_no_party(text, lang):
    ax = _pipeline(text, lang)
    assert all(not ev.participants for ev in ax.events)


def test_a_party_named_after_with_is_kept_after_a_topic_verb():
    ax = _pipeline("Ян Коваль у середу обговорить з литовським колегою Марком Ліотті ремонт мостів.", "uk")
    assert _persons(_only(ax, "Talks")) == 2


def test_experts_of_an_organisation_visiting_stand_for_it():
    ax = _pipeline("Наступного тижня до Граца прибудуть експерти Агентства ЄС з авіаційної безпеки.", "uk")
    visit = _only(ax, "Visit")
    assert any(e.type == "ORG" and e.key in visit.participants for e in ax.entities)


@pytest.mark.parametrize("text,lang", [
    ("Президент Ладонії Ян Коваль прибув до Граца. Це перша поїздка лідера після ремонту палацу, що "
     "завершився в п'ятницю.", "uk"),
    ("Президент Ладонии Ян Коваль прибыл в Грац. Это первая поездка лидера после ремонта дворца, который "
     "завершился в пятницу.", "ru"),
])
def test_a_day_in_a_relative_clause_on_another_noun_does_not_date_the_event(text, lang):
    ax = _pipeline(text, lang, published="2027-05-17")
    visit = _only(ax, "Visit")
    assert visit.time is None or visit.time.value != "2027-05-14"


def test_a_relative_clause_right_after_the_event_noun_still_dates_it():
    ax = _pipeline("Результати виборів, що відбулися у травні 2026 року, оскаржили.", "uk")
    assert _only(ax, "Election").time.value == "2026-05"


@pytest.mark.parametrize("text,lang", [
    ("Президент Литви Ян Коваль прибув до Граца. Коваль переміг у другому турі президентських виборів "
     "25 квітня.", "uk"),
    ("Президент Литвы Ян Коваль прибыл в Грац. Коваль победил во втором туре президентских выборов "
     "25 апреля.", "ru"),
])
def test_an_election_won_by_a_states_president_is_in_that_state(text, lang):
    ax = _pipeline(text, lang, published="2027-05-17")
    vote = _only(ax, "Election")
    koval = next(e for e in ax.entities if e.type == "PER")
    assert vote.participants == [koval.key]
    assert vote.place_key == koval.country_key and vote.place_key is not None


@pytest.mark.parametrize("text,lang", [
    ("Пленарная сессия Северного совета прошла в четверг в Граце.", "ru"),
    ("Пленарна сесія Північної ради відбулася в четвер у Граці.", "uk"),
])
def test_a_sitting_the_ner_glued_to_its_body_is_the_bodys_meeting(text, lang):
    ax = _pipeline(text, lang, published="2027-05-21")
    meeting = _only(ax, "Meeting")
    [body] = [e for e in ax.entities if e.type == "ORG"]
    assert not body.name.lower().startswith(("пленарная", "пленарна"))
    assert meeting.participants == [body.key] and meeting.time.value == "2027-05-20"


def test_an_indeclinable_surname_before_its_verb_after_a_sidelines_phrase_is_the_subject():
    ax = _pipeline("Премьер Литвы Янис Дюбуа выступил на сессии.\n\nНа полях сессии Дюбуа встретился с "
                   "министром Польши Марко Лиотти, прибывшим в Грац накануне с визитом.", "ru", published="2027-05-20")
    [meeting] = [e for e in ax.events if e.type == "Meeting" and _persons(e) == 2]
    assert meeting.time is None or meeting.time.value != "2027-05-19"


@pytest.mark.parametrize("text,lang", [
    ("Следующая сессия пройдет в 2030 году в Чехии.", "ru"),
    ("Наступна сесія відбудеться у 2030 році в Чехії.", "uk"),
])
def test_a_place_after_a_time_after_the_verb_is_the_events(text, lang):
    ax = _pipeline(text, lang)
    [czechia] = [e.key for e in ax.entities if e.type == "LOC"]
    assert _only(ax, "Meeting").place_key == czechia


def test_the_next_sitting_is_of_the_body_whose_sitting_was_told_with_that_noun():
    ax = _pipeline("Сессия Северного совета прошла в Граце. На полях сессии Янис Коваль встретился с Марко Лиотти. "
                   "Следующая сессия пройдет в 2030 году.", "ru")
    body = next(e.key for e in ax.entities if e.type == "ORG")
    nxt = next(e for e in ax.events if e.time is not None and e.time.value == "2030")
    assert nxt.participants == [body]


def test_an_arrival_followed_by_and_a_second_verb_is_a_visit():
    ax = _pipeline("Президент Литвы Ян Коваль впервые приехал в Грац и провел переговоры с Марко Лиотти в ратуше.", "ru")
    visit = _only(ax, "Visit")
    assert any(p.startswith("per:") for p in visit.participants)


@pytest.mark.parametrize("text,lang", [
    ("В январе Грац посетила делегация во главе с Яном Ковалем.", "ru"),
    ("У січні Грац відвідала делегація на чолі з Яном Ковалем.", "uk"),
])
def test_a_delegation_headed_by_a_person_is_that_persons_visit(text, lang):
    ax = _pipeline(text, lang)
    assert _persons(_only(ax, "Visit")) == 1


def test_a_person_met_in_an_organisations_seat_leaves_the_seat_out_of_the_parties():
    ax = _pipeline("Ян Коваль провел переговоры с Марко Лиотти в Кремле.", "ru")
    talks = _only(ax, "Talks")
    assert _persons(talks) == 2 and len(talks.participants) == 2


def test_an_organisations_premises_without_a_person_is_the_party_met():
    ax = _pipeline("Ян Коваль провел встречу в министерстве иностранных дел Литвы.", "ru")
    meeting = _only(ax, "Meeting")
    assert any(e.type == "ORG" and e.key in meeting.participants for e in ax.entities)


def test_ministers_talks_are_between_the_two_ministers_named_before():
    ax = _pipeline("Министр обороны Литвы Ян Коваль и министр обороны Польши Марко Лиотти во вторник подписали "
                   "соглашение. Президент Литвы Петр Новак примет Лиотти в среду. По словам советника, накануне "
                   "переговоров министров Новак обсудил по телефону ход подготовки договора с президентом Польши "
                   "Анджеем Вуйциком.", "ru", published="2027-05-20")
    talks = _only(ax, "Talks")
    ministers = {e.key for e in ax.entities if e.type == "PER" and e.name.split()[-1] in ("Коваль", "Лиотти")}
    assert set(talks.participants) == ministers and len(ministers) == 2
    call = _only(ax, "Call")
    assert call.status == "occurred" and _persons(call) == 2


@pytest.mark.parametrize("text,lang", [
    ("Ян Коваль в беседе с «Коммерсантом» заявил, что соглашение важно.", "ru"),
    ("Ян Коваль в розмові з «Українською правдою» заявив, що угода важлива.", "uk"),
])
def test_a_talk_with_a_news_outlet_is_an_interview_not_an_event(text, lang):
    ax = _pipeline(text, lang)
    assert not [e for e in ax.events if e.type in ("Call", "Meeting", "Talks")]


@pytest.mark.parametrize("text,lang", [
    ("Следующий раунд консультаций по торговому сотрудничеству пройдет в мае в Граце.", "ru"),
    ("Наступний раунд консультацій щодо торговельної співпраці відбудеться в травні в Граці.", "uk"),
])
def test_a_place_after_the_verb_that_follows_the_topic_is_the_events(text, lang):
    ax = _pipeline(text, lang)
    graz = next(e.key for e in ax.entities if e.type == "LOC")
    assert _only(ax, "Talks").place_key == graz


def test_a_title_an_organisation_and_its_acronym_in_brackets_before_the_name():
    ax = _pipeline("Ян Коваль встретился с председателем Комиссии Андского сообщества (КАС) Марко Лиотти.", "ru")
    assert _persons(_only(ax, "Meeting")) == 2


def test_a_relative_pronouns_antecedent_holds_the_meeting_its_verb_is_done_at():
    ax = _pipeline("Нагляд за виконанням здійснюватиме Комітет міністрів Ради Європи, який вивчить скаргу на засіданні "
                   "в жовтні.", "uk")
    meeting = _only(ax, "Meeting")
    assert [getattr(next((e for e in ax.entities if e.key == p), None), "type", None)
            for p in meeting.participants] == ["ORG"]


def test_a_compound_adjective_before_the_object_of_a_visit_does_not_hide_its_place():
    ax = _pipeline("Ян Коваль у четвер відвідає науково-дослідну станцію в Граці.", "uk")
    graz = next(e.key for e in ax.entities if e.type == "LOC" and e.labels.get("en") == "Graz")
    assert _only(ax, "Visit").place_key == graz


@pytest.mark.parametrize("text,lang,value", [
    ("Министр Литвы Ян Коваль, прибывший в Грац в понедельник с трехдневным визитом, встретился с мэром.", "ru",
     "2027-05-17/2027-05-19"),
    ("Міністр Литви Ян Коваль у понеділок прибув до Граца з дводенним візитом.", "uk", "2027-05-17/2027-05-18"),
])
def test_a_visit_told_with_its_length_in_days_lasts_from_its_first_day(text, lang, value):
    ax = _pipeline(text, lang, published="2027-05-20")
    assert _only(ax, "Visit").time.value == value


@pytest.mark.parametrize("text,lang,etype,value", [
    ("Міністр Литви Ян Коваль у понеділок прибув до Граца з дводенним робочим візитом.", "uk", "Visit",
     "2027-05-17/2027-05-18"),
    ("Двухдневное заседание совета министров альянса завершилось в среду в Граце.", "ru", "Meeting",
     "2027-05-18/2027-05-19"),
    ("Триденний саміт альянсу в Граці завершився в середу.", "uk", "Meeting", "2027-05-17/2027-05-19"),
    ("The two-day summit of the alliance in Graz ended on Wednesday.", "en", "Meeting", "2027-05-18/2027-05-19"),
])
def test_an_occasion_told_with_its_length_ends_on_the_day_a_verb_of_ending_gives(text, lang, etype, value):
    ax = _pipeline(text, lang, published="2027-05-20")
    assert _only(ax, etype).time.value == value


def test_a_visit_with_no_known_first_day_keeps_no_interval():
    ax = _pipeline("Министр Литвы Ян Коваль прибыл в Грац с трехдневным визитом.", "ru", published=None)
    visit = _only(ax, "Visit")
    assert visit.time is None or visit.time.value is None


def test_a_relative_clause_after_a_quoted_name_still_dates_the_event_noun_before_it():
    ax = _pipeline("Коваль заявил журналистам после встречи так называемой «группы друзей», которая состоялась во "
                   "вторник в Граце.", "ru", published="2026-01-08")
    assert _only(ax, "Meeting").time.value == "2026-01-06"


@pytest.mark.parametrize("text,lang", [
    ("Ян Коваль і Марко Лиотті у п'ятницю провели переговори в Граці. Після них вони підписали спільну заяву, "
     "в якій пообіцяли до кінця 2029 року відкрити нові консульства.", "uk"),
    ("Ян Коваль и Марко Лиотти в пятницу провели переговоры в Граце. После них они подписали совместное заявление, "
     "в котором пообещали до конца 2029 года открыть новые консульства.", "ru"),
])
def test_a_relative_clause_on_the_signed_document_gives_the_signing_neither_status_nor_time(text, lang):
    ax = _pipeline(text, lang, published="2026-02-07")
    deal = _only(ax, "Agreement")
    assert deal.status == "occurred"
    assert told(deal.time) is None or not deal.time.value.startswith("2029")


@pytest.mark.parametrize("text,lang", [
    ("Ян Коваль і Марко Лиотті у п'ятницю провели переговори в Граці. За їх підсумками сторони підписали угоду, "
     "в якій пообіцяли до кінця 2029 року відкрити консульства.", "uk"),
    ("Ян Коваль и Марко Лиотти в пятницу провели переговоры в Граце. По их итогам стороны подписали соглашение, "
     "в котором пообещали до конца 2029 года открыть консульства.", "ru"),
])
def test_an_outcome_phrase_with_a_pronoun_dates_what_follows_by_the_talks_before(text, lang):
    ax = _pipeline(text, lang, published="2026-02-07")
    talks, deal = _only(ax, "Talks"), _only(ax, "Agreement")
    assert talks.time.value == "2026-02-06"
    assert deal.time is not None and deal.time.value == "2026-02-06" and deal.place_key == talks.place_key


@pytest.mark.parametrize("text,lang", [
    ("Ян Коваль и Марко Лиотти договорились сохранить тарифы для Граца до 2031 года.", "ru"),
    ("Ян Коваль і Марко Лиотті домовилися зберегти тарифи для Граца до 2031 року.", "uk"),
])
def test_a_horizon_after_a_verb_in_the_past_is_not_when_the_deal_was_made(text, lang):
    deal = _only(_pipeline(text, lang, published="2026-02-07"), "Agreement")
    assert deal.status == "occurred"
    assert told(deal.time) is None or not deal.time.value


@pytest.mark.parametrize("text,lang", [
    ("Ян Коваль і Марко Лиотті зустрілися в Граці. За словами Коваля, контракт на поставку турбін сторони розраховують укласти.", "uk"),
    ("Ян Коваль и Марко Лиотти встретились в Граце. По словам Коваля, контракт на поставку турбин стороны рассчитывают заключить.", "ru"),
])
def test_an_intention_told_between_the_words_of_a_split_trigger_makes_it_planned(text, lang):
    deal = _only(_pipeline(text, lang, published="2026-02-07"), "Agreement")
    assert deal.status == "planned"


@pytest.mark.parametrize("text,lang", [
    ("Андрій Коваль і Ян Новак обговорили саміт «Україна – Африка», який Київ планує провести.", "uk"),
    ("Андрей Коваль и Ян Новак обсудили саммит «Россия – Африка», который Москва планирует провести.", "ru"),
])
def test_a_relative_clause_after_a_summits_quoted_name_tells_the_summits_status(text, lang):
    summit = _only(_pipeline(text, lang), "Meeting")
    assert summit.status == "planned"


def test_a_meeting_noun_after_a_preposition_is_one_meeting_with_everyone_named():
    ax = _pipeline("Після зустрічі з Яном Новаком і Петром Шевчуком Андрій Коваль заявив журналістам про прогрес.", "uk")
    assert _persons(_only(ax, "Meeting")) == 3


def test_a_feminine_head_of_government_noun_names_the_one_titled_so_before():
    ax = _pipeline("Прем'єр-міністерка Литви Ірена Ковальська у вівторок прибула до Граца. Міністр закордонних справ "
                   "Литви Ян Новак і Петро Шевчук підписали угоду. Згодом литовська прем'єрка зустрілася з мером Граца "
                   "Марком Лиотті.", "uk")
    meeting = _only(ax, "Meeting")
    assert _persons(meeting) == 2 and any("kovalsk" in p for p in meeting.participants)


@pytest.mark.parametrize("text,lang", [
    ("Ян Коваль і Марко Лиотті у вівторок провели переговори в Граці. Сторони також домовилися провести в листопаді "
     "в Римі перше засідання спільної комісії.", "uk"),
    ("Ян Коваль и Марко Лиотти во вторник провели переговоры в Граце. Стороны также договорились провести в ноябре "
     "в Риме первое заседание совместной комиссии.", "ru"),
])
def test_the_time_after_agreed_to_hold_is_the_planned_sittings_not_the_agreements(text, lang):
    ax = _pipeline(text, lang, published="2026-02-05")
    sitting = next(e for e in ax.events if e.type == "Meeting" and e.status == "planned")
    assert sitting.time.value == "2026-11"
    assert all(e.time is None or e.time.value != "2026-11" for e in ax.events if e.type == "Agreement")


def test_the_subject_of_a_second_verb_is_not_the_title_holder_met_with_the_first():
    ax = _pipeline("Андрій Коваль прибув до Граца, де зустрівся з президентом Австрії Яном Новаком та провів переговори "
                   "з міністром закордонних справ Петром Шевчуком.", "uk")
    talks = _only(ax, "Talks")
    assert sorted(p.split(":")[-1] for p in talks.participants) == ["andrey-koval", "petr-shevchuk"]


def test_a_title_with_its_complement_before_a_name_is_that_name_not_an_earlier_holder():
    ax = _pipeline("Міністр закордонних справ України Андрій Коваль прибув до Граца. Там він провів переговори з "
                   "міністром закордонних справ Австрії Петром Шевчуком.", "uk")
    talks = _only(ax, "Talks")
    assert sorted(p.split(":")[-1] for p in talks.participants) == ["andrey-koval", "petr-shevchuk"]


def test_an_event_told_at_another_state_does_not_take_the_date_of_the_occasion_before():
    ax = _pipeline("У середу Андрій Коваль прибув до Граца, де зустрівся з президентом Австрії Яном Новаком.\n\n"
                   "Посольство Угорщини в Польщі назвало візит Коваля до Польщі «провокацією».", "uk",
                   published="2026-02-05")
    graz, poland = sorted((e for e in ax.events if e.type == "Visit"), key=lambda e: e.start)
    assert graz.time.value == "2026-02-04"
    assert poland.place_key == "wd:Q36" and told(poland.time) is None


@pytest.mark.parametrize("text,lang,head", [
    ("Володимир Зеленський прибув до Граца. У вівторок президент України зустрівся з мером Граца Яном Новаком.", "uk",
     "wd:Q3874799"),
    ("Владимир Путин прибыл в Грац. Во вторник президент России встретился с мэром Граца Яном Новаком.", "ru",
     "wd:Q7747"),
])
def test_a_head_of_state_named_without_a_title_is_the_one_its_title_names_later(text, lang, head):
    meeting = _only(_pipeline(text, lang), "Meeting")
    assert head in meeting.participants and _persons(meeting) == 1


# -- a list of signers that goes on after ", а также"; the light verb before "на полях саммита" ----------------
@pytest.mark.parametrize("text,lang", [
    ("Президенты Литвы и Латвии Ян Коваль и Марко Лиотти, а также премьер-министр Эстонии Петр Сидоров подписали "
     "декларацию.", "ru"),
    ("Президенти Литви і Латвії Ян Коваль і Марко Ліотті, а також прем'єр-міністр Естонії Петро Сидоренко підписали "
     "декларацію.", "uk"),
])
def test_signers_listed_before_and_after_as_well_as_all_sign_and_their_three_states_do_not(text, lang):
    ev = _only(_pipeline(text, lang), "Agreement")
    assert _persons(ev) == 3 and len(ev.participants) == 3


@pytest.mark.parametrize("text,lang", [
    ("Ян Коваль провел на полях саммита переговоры с Марко Лиотти.", "ru"),
    ("Ян Коваль провів на полях саміту переговори з Марко Ліотті.", "uk"),
])
def test_the_subject_of_a_light_verb_before_on_the_sidelines_is_a_party(text, lang):
    ev = _only(_pipeline(text, lang), "Talks")
    assert _persons(ev) == 2


@pytest.mark.parametrize("text,lang", [
    ("Ян Коваль проведе зустріч\n\nМер міста повідомив про це в понеділок.", "uk"),
    ("Ян Коваль проведет встречу\n\nМэр города сообщил об этом в понедельник.", "ru"),
])
def test_a_headline_ending_on_the_event_noun_is_read(text, lang):
    assert _only(_pipeline(text, lang), "Meeting").status == "planned"


def test_summoning_an_ambassador_is_a_meeting_with_the_state_he_stands_for():
    for text, lang in (("У середу МЗС Австрії викличе російського посла.", "uk"),
                       ("МИД Австрии вызвал посла России в среду.", "ru")):
        ev = _only(_pipeline(text, lang), "Meeting")
        assert "wd:Q159" in ev.participants and len(ev.participants) == 2, (text, ev.participants)


@pytest.mark.parametrize("text,lang", [
    ("Президент Литви Ян Коваль, канцлер Австрії Марко Ліотті і прем'єр-міністр Чехії Петро Сидоренко в четвер "
     "провели зустріч у Граці.", "uk"),
    ("Президент Литвы Ян Коваль, канцлер Австрии Марко Лиотти и премьер-министр Чехии Петр Сидоров в четверг "
     "провели встречу в Граце.", "ru"),
])
def test_each_person_of_a_list_keeps_the_title_before_the_name(text, lang):
    assert _persons(_only(_pipeline(text, lang), "Meeting")) == 3


@pytest.mark.parametrize("text,lang", [
    ("Ян Коваль і Марко Ліотті у п'ятницю зустрілися в Граці. Сторони підписали меморандум, у якому пообіцяли "
     "до кінця 2030 року відкрити консульства.", "uk"),
    ("Ян Коваль и Марко Лиотти в пятницу встретились в Граце. Стороны подписали меморандум, в котором пообещали "
     "до конца 2030 года открыть консульства.", "ru"),
])
def test_a_time_in_a_relative_clause_does_not_stop_the_occasion_told_before_from_dating_the_sentence(text, lang):
    ax = _pipeline(text, lang, published="2027-05-22")
    meeting = _only(ax, "Meeting")
    adopted = next(e for e in ax.events if e.type == "Agreement" and e.start > meeting.end)
    assert adopted.time is not None and adopted.time.value == "2027-05-21"
    assert adopted.place_key == meeting.place_key is not None


@pytest.mark.parametrize("text,lang", [
    ("Альянс і «Граніт» у вівторок підписали в Граці контракт. Документ підписали Ян Коваль і Марко Ліотті.", "uk"),
    ("Альянс и «Гранит» во вторник подписали в Граце контракт. Документ подписали Ян Коваль и Марко Лиотти.", "ru"),
])
def test_the_document_signed_is_the_agreement_told_before_and_its_signers_are_parties(text, lang):
    ev = _only(_pipeline(text, lang), "Agreement")
    assert _persons(ev) == 2 and len(ev.mentions) == 1


def test_refusing_to_sign_any_document_is_no_agreement():
    ax = _pipeline("Мер Ян Коваль пообіцяв, що не підписуватиме документів про продаж парку.", "uk")
    assert not [e for e in ax.events if e.type == "Agreement"]


@pytest.mark.parametrize("text,lang,states,etype", [
    # two nationality adjectives before a negotiators noun
    ("МИД опроверг сообщения о встрече польских и литовских переговорщиков в Риге.", "ru", {"wd:Q36", "wd:Q37"},
     "Meeting"),
    # two nationality adjectives before delegations as the subject (met for consultations: the talks they held)
    ("Вчера в Вильнюсе польская и латвийская делегации встретились для консультаций.", "ru", {"wd:Q36", "wd:Q211"},
     "Talks"),
    # delegations of two states joined by a conjunction
    ("Минулого тижня делегації Польщі та Литви зустрічалися в Гданську.", "uk", {"wd:Q36", "wd:Q37"}, "Meeting"),
])
def test_delegations_of_two_states_meet_as_both_states(text, lang, states, etype):
    ev = _only(_pipeline(text, lang), etype)
    assert states <= set(ev.participants), ev.participants


def test_a_town_that_suffered_an_attack_is_its_target_and_place():
    ax = _pipeline("Минулого тижня Ніжин зазнав удару дронів.", "uk")
    ev = _only(ax, "Attack")
    assert ev.participants and ev.participants == [ev.place_key], (ev.participants, ev.place_key)


def test_a_city_that_underwent_a_strike_in_russian():
    ax = _pipeline("В ночь на среду Липецк подвергся удару беспилотников.", "ru")
    ev = _only(ax, "Attack")
    assert ev.place_key and ev.place_key in ev.participants


def test_arrival_participle_with_a_time_word_before_the_destination():
    ax = _pipeline("Президент Литвы Петр Новак, прибывший вчера в Латвию с государственным визитом, в четверг "
                   "провел переговоры в Риге.", "ru", published="2027-06-10")
    ev = _only(ax, "Visit")
    assert "wd:Q211" in ev.participants, ev.participants
    assert ev.time is not None and ev.time.value.startswith("2027-06-09"), ev.time


def test_a_minister_named_by_nationality_is_the_minister_told_before():
    ax = _pipeline("Министр иностранных дел Латвии Янис Озолс прибыл в Вильнюс. Глава МИД Литвы Петр Новак "
                   "сказал, что встреча латвийского министра с президентом Литвы Яном Ковалем не планируется.", "ru")
    meetings = [e for e in ax.events if e.type == "Meeting"]
    assert any(any("ozol" in p for p in e.participants) and any("koval" in p for p in e.participants)
               for e in meetings), [(e.participants) for e in meetings]


def test_the_programme_of_the_visit_is_the_visit_told_before():
    ax = _pipeline("Министр иностранных дел Латвии Янис Озолс прибыл в Вильнюс с визитом. Встречи с президентом "
                   "Литвы в программе визита не предусмотрено.", "ru")
    assert len([e for e in ax.events if e.type == "Visit"]) == 1, [(e.type, e.trigger) for e in ax.events]


def test_a_visit_to_a_state_the_list_has_no_wikidata_id_for_involves_that_state():
    from kg import gazetteer
    ax = _pipeline("Министр обороны Литвы Петр Новак прибыл в Боливию с официальным визитом.", "ru")
    ev = _only(ax, "Visit")
    assert any(gazetteer.load().is_state(p) and not p.startswith("wd:") for p in ev.participants), ev.participants
