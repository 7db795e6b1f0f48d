"""Clause edges, bare town nouns, occasions of a saying, word-order and name-shape cases (sentences written
for these tests; the names are invented or generic)."""
import pytest

from conftest import events_of as _events, run_pipeline


def _speaker(ax, cue):
    return next(s.speaker_key for s in ax.statements if s.cue == cue)


# -- a time in a coordinate clause of another tense dates that clause, not the event -------------------
def test_the_next_round_keeps_its_own_month():
    ax = run_pipeline("Польща і Чехія завершили у Празі перший раунд консультацій, другий пройде в травні.",
                      "uk", "2027-02-05")
    [talks] = _events(ax, "Talks")  # the round held, not the next one
    assert talks.status == "occurred" and (talks.time is None or talks.time.value != "2027-05")


def test_a_clause_the_verb_governs_still_dates_the_event():
    ax = run_pipeline("Литва скликала позачергове засідання уряду і сподівається, що його проведуть у середу.",
                      "uk", "2027-02-05")
    [meeting] = _events(ax, "Meeting")
    assert meeting.time is not None and meeting.time.value is not None


# -- a bare meeting noun after the talks were told is those talks, not a meeting told later -------------
def test_after_the_end_of_the_meeting_means_the_talks_before():
    ax = run_pipeline("Делегації Польщі та Чехії в середу провели у Празі переговори щодо енергетики.\n\n"
                      "«Ми домовилися про головне», – сказав Іван Коваль по закінченні зустрічі.\n\n"
                      "У четвер Коваль провів зустріч з Петром Бондарем.", "uk", "2027-02-05")
    talks = next(e for e in ax.events if e.type == "Talks")
    meeting = next(e for e in ax.events if e.type == "Meeting")
    told = lambda ev: [m[2] for m in ev.mentions]  # noqa: E731
    assert "зустрічі" in told(talks)
    assert "зустрічі" not in told(meeting) and meeting.trigger != "зустрічі"


# -- occasions: "після підписання", "на заявлении для прессы" date the saying by the day told before -----
@pytest.mark.parametrize("text,lang", [
    ("У вівторок міністри Іван Коваль і Петро Бондар підписали у Відні угоду про транзит.\n\n"
     "«Це добрий день для обох країн», – заявив Коваль після підписання документа.", "uk"),
    ("Во вторник министры Иван Ковалев и Петр Бондарев подписали в Вене соглашение о транзите.\n\n"
     "«Это хороший день для обеих стран», — сказал глава таможенной службы Олег Сидоренко на заявлении "
     "для журналистов.", "ru"),
])
def test_said_after_the_signing_on_the_day_told_before(text, lang):
    ax = run_pipeline(text, lang, "2027-02-05")
    [st] = [s for s in ax.statements if s.kind == "direct"]
    assert st.said_on is not None and st.said_on.value == "2027-02-02"


# -- a sentence-initial group noun does not make an organisation of its state ---------------------------
@pytest.mark.parametrize("text,lang,state", [
    ("Делегації України та Молдови провели у Відні консультації щодо транзиту.", "uk", "Q212"),
    ("Делегация Украины во вторник провела консультации в Вене.", "ru", "Q212"),
    ("Делегация Польши прибыла в Вену.", "ru", "Q36"),
])
def test_a_delegation_opening_the_sentence_is_no_organisation(text, lang, state):
    ax = run_pipeline(text, lang, "2027-02-05")
    assert not any(e.key.endswith("delegatsia-ukraini") or e.key.endswith("delegatsia-polshi") for e in ax.entities)
    assert any(e.type == "LOC" and e.wikidata == state for e in ax.entities)


# -- the attacker told after the verb; the bare town noun is the town told before ----------------------
def test_the_town_was_attacked_by_drones_named_after_the_verb():
    ax = run_pipeline("За словами мера Полтави Івана Коваля, вночі місто обстріляли російські ракети.", "uk", "2027-02-07")
    [attack] = _events(ax, "Attack")
    assert attack.participants == ["wd:Q159"]
    assert attack.place_key == "loc:poltava"


def test_a_target_before_the_verb_stays_with_the_attacker_after_it():
    ax = run_pipeline("Уночі Лисичанський НПЗ обстріляли російські безпілотники.", "uk", "2027-02-07")
    [attack] = _events(ax, "Attack")
    assert "wd:Q159" in attack.participants and len(attack.participants) == 2


def test_the_town_will_be_visited():
    ax = run_pipeline("Мер Полтави Іван Коваль розповів про відновлення.\n\n"
                      "Наступного тижня місто відвідає міністр енергетики Петро Бондар.", "uk", "2027-02-07")
    [visit] = _events(ax, "Visit")
    assert visit.place_key == "loc:poltava"


# -- a state after the topic of a talk verb is the topic's --------------------------------------------
def test_a_state_after_the_topic_is_no_party():
    ax = run_pipeline("Іван Коваль і Петро Бондар обговорили охорону спільної річки з Молдовою.", "uk", "2027-02-07")
    [ev] = [e for e in ax.events if e.type in ("Talks", "Meeting")]
    assert not any(p == "wd:Q217" for p in ev.participants)
    assert sum(p.startswith("per:") for p in ev.participants) == 2


# -- a medium noun before an outlet: the speaker is the person before it ------------------------------
def test_in_a_comment_to_a_broadcaster_the_person_speaks():
    ax = run_pipeline("Міністр Іван Коваль у коментарі телебаченню ICTV підкреслив, що уряд підтримає фермерів.",
                      "uk", "2027-02-07")
    assert _speaker(ax, "підкреслив").startswith("per:")


# -- a name opening the next clause after a comma is not the event's party ---------------------------
def test_the_congratulating_leader_is_not_elected():
    ax = run_pipeline("Иван Ковалев избран председателем парламента Молдавии, Путин направил ему телеграмму.",
                      "ru", "2027-02-07")
    [election] = _events(ax, "Election")
    assert "wd:Q7747" not in election.participants
    assert any(p.startswith("per:") for p in election.participants)


def test_the_president_elect_is_no_election():
    ax = run_pipeline("Лукашенко и избранный президент Молдавии проведут переговоры в октябре в Минске.", "ru", "2027-02-07")
    assert not _events(ax, "Election")
    assert _events(ax, "Talks")


# -- "у першій половині" is a modifier of the month; the place after it is still found ------------------
def test_the_first_half_of_a_month():
    ax = run_pipeline("Нова сесія консультацій пройде в першій половині березня у Варшаві.",
                      "uk", "2027-02-07")
    [t] = [t for t in ax.times if "березня" in t.text]
    assert t.text.startswith("в першій половині") and t.value == "2027-03" and t.modifier == "start"


# -- a function word capitalised inside a sentence is part of the name after it ------------------------
def test_a_capitalised_particle_inside_a_sentence_is_a_family_name():
    ax = run_pipeline("Премьер Иван Ковалев и министр Во Минь провели переговоры в Риге.", "ru", "2027-02-07")
    names = [e.name for e in ax.entities if e.type == "PER"]
    assert "Во Минь" in names


# -- receive verbs: a venue between the verb and the host; the guest named first ------------------------
@pytest.mark.parametrize("text,lang", [
    ("Вечером Ковалева принял в загородной резиденции Лесная канцлер Австрии Иван Петров.", "ru"),
    ("Министр Олег Ковалев провел переговоры.\n\nУтром Ковалева принял канцлер Австрии Иван Петров.", "ru"),
    ("Міністр Олег Коваль провів переговори.\n\nПісля обіду Коваля прийняв у резиденції прем'єр Молдови Іван Петренко.", "uk"),
])
def test_the_guest_named_before_the_receive_verb(text, lang):
    ax = run_pipeline(text, lang, "2027-02-07")
    [meeting] = _events(ax, "Meeting")
    assert sum(p.startswith("per:") for p in meeting.participants) == 2


def test_a_guest_named_by_nationality_and_title():
    ax = run_pipeline("Премьер-министр России Михаил Мишустин провел переговоры в Вене.\n\n"
                      "Вечером российского премьера принял канцлер Австрии Иван Петров.", "ru", "2027-02-07")
    [meeting] = _events(ax, "Meeting")
    assert "per:mikhail-mishustin" in meeting.participants and len(meeting.participants) == 2


# -- "в предыдущий раз", "востаннє": an earlier event, not the one told before ---------------------------
def test_the_previous_time_is_another_event():
    ax = run_pipeline("Иван Ковалев в четверг провел переговоры в Кишиневе.\n\n"
                      "В прошлый раз Ковалев приезжал в Кишинев в ноябре 2025 года.",
                      "ru", "2027-02-07")
    talks = next(e for e in ax.events if e.type == "Talks")
    assert talks.time is not None and talks.time.value == "2027-02-04"
    assert any(e.type == "Visit" and e.time is not None and e.time.value == "2025-11" for e in ax.events)


# -- a visit verb as a participle qualifies the noun after its phrase -----------------------------------
def test_the_arriving_guest_is_the_noun_the_participle_qualifies():
    ax = run_pipeline("Владимир Путин и приехавший в Сочи с рабочим визитом президент Молдавии Иван Петров "
                      "в среду провели переговоры.", "ru", "2027-02-07")
    [visit] = _events(ax, "Visit")
    assert "wd:Q7747" not in visit.participants and any(p.startswith("per:") for p in visit.participants)
    [talks] = _events(ax, "Talks")
    assert "wd:Q7747" in talks.participants and len(talks.participants) == 2


def test_talks_in_the_seat_of_government_are_not_with_it():
    ax = run_pipeline("Иван Петров и Путин подписали декларацию после переговоров в Кремле", "ru", "2027-02-07")
    assert not any("org:kremlin" in e.participants for e in ax.events)


# -- "беспилотники X атаковали": whose drones they were; a threat of an attack is none -------------------
def test_the_drones_of_an_army_attacked():
    ax = run_pipeline("Ночью беспилотники ВСУ обстреляли окраину Белгорода.", "ru", "2027-02-07")
    [attack] = _events(ax, "Attack")
    assert attack.participants == ["org:afu"]


def test_a_passive_attack_verb_takes_no_attacker_from_a_genitive():
    ax = run_pipeline("Склады и суда Молдавии обстреляны с катера.", "ru", "2027-02-07")
    assert not any("wd:Q217" in e.participants for e in ax.events)


def test_a_threat_of_an_attack_is_no_attack():
    ax = run_pipeline("Из-за угрозы удара вокзал Курска закрыли на два часа.", "ru", "2027-02-07")
    assert not _events(ax, "Attack")


@pytest.mark.parametrize("text,lang", [
    ("Уряд Норвегії запровадив обмеження проти трьох банків.", "uk"),
    ("Правительство Норвегии ввело ограничения против трех банков.", "ru"),
])
def test_restrictions_against_are_sanctions(text, lang):
    ax = run_pipeline(text, lang, "2027-02-07")
    [sanctions] = _events(ax, "Sanctions")
    assert "wd:Q20" in sanctions.participants
