"""A visit's scene (who, where and when the events told after an arrival happened), the eve of an event
told before, who leads or joins a party, foreign names in the instrumental, and a few speech frames
(sentences written for these tests; the people are invented, the states and towns real)."""
import pytest

from conftest import events_of as _events, key_of as _key, one_event as _one, run_pipeline
from kg.extract.names import normalize_person


def _statement(ax, cue):
    return next(s for s in ax.statements if s.cue == cue)


# -- a visit told as "до X з (прикметник) візитом прибув Y": the visitor after the verb -----------------
@pytest.mark.parametrize("text,lang,place", [
    ("Увечері до Варшави з короткочасним робочим візитом прилетів міністр закордонних справ Литви "
     "Антанас Петраускас.", "uk", "Q270"),
    ("В среду в Варшаву с трехдневным официальным визитом прибыл министр иностранных дел Литвы "
     "Антанас Петраускас.", "ru", "Q270"),
])
def test_visit_with_adjectives_before_the_noun_has_its_visitor_after_the_verb(text, lang, place):
    ax = run_pipeline(text, lang, "2027-03-10")
    visit = _one(ax, "Visit")
    assert visit.participants and visit.participants[0].startswith("per:")
    assert visit.place_key.endswith(place)


# -- the events of the visitor told after the arrival happened during the visit --------------------------
def test_a_later_meeting_of_the_visitor_is_dated_by_the_visit():
    ax = run_pipeline("У понеділок до Варшави з візитом прибув міністр закордонних справ Литви Антанас "
                      "Петраускас. Він провів переговори з польським колегою Яном Ковальським.\n\n"
                      "Польща погодилася відкрити консульство восени.\n\n"
                      "Згодом Петраускас зустрівся з мером Варшави Томашем Новаком.", "uk", "2027-03-10")
    meeting = _one(ax, "Meeting")
    assert meeting.time is not None and meeting.time.value == "2027-03-08"


def test_a_meeting_after_a_visit_told_as_background_keeps_no_date():
    ax = run_pipeline("Торік міністр закордонних справ Литви Антанас Петраускас прибув до Варшави з візитом.\n\n"
                      "Раніше Петраускас зустрівся з мером Варшави Томашем Новаком.", "uk", "2027-03-10")
    meeting = _one(ax, "Meeting")
    assert meeting.time is None or meeting.time.value != "2026"


# -- "після <event told before>": the sentence goes on with that day and place ----------------------------
def test_after_the_signing_the_reception_was_that_day_there():
    ax = run_pipeline("Міністри оборони Іван Коваль і Ян Ковальський у четвер підписали у Варшаві угоду про "
                      "виробництво дронів.\n\n«Ми будуємо спільну промисловість», – сказав Ковальський на "
                      "пресконференції.\n\nКоваль повідомив, що вартість проєкту становить мільярд євро.\n\n"
                      "Після підписання угоди Коваль зустрівся з прем'єр-міністром Польщі Томашем Новаком.", "uk",
                      "2027-10-22")
    meeting = _one(ax, "Meeting")
    assert meeting.time is not None and meeting.time.value == "2027-10-21"
    assert meeting.place_key is not None and meeting.place_key.endswith("Q270")


# -- a building noun names where ("у будівлі X") ---------------------------------------------------------
def test_the_building_named_after_its_noun_is_the_place():
    ax = run_pipeline("У будівлі Вестмінстерського палацу Антанас Петраускас провів переговори з Джоном Мілером.",
                      "uk", "2027-03-10")
    talks = _one(ax, "Talks")
    place = next(e for e in ax.entities if e.key == talks.place_key)
    assert any("Вестмінстерськ" in m.text for m in place.mentions)


# -- who leads a delegation, and who does the event together with the subject, take part ----------------
@pytest.mark.parametrize("text,lang,leader", [
    ("Іван Коваль провів у четвер у Львові переговори з делегацією Бундестагу на чолі з віцепрезидентом "
     "Бундестагу Клаусом Мюллером.", "uk", "Клаусом Мюллером"),
    ("Министр Иван Ковалев провел в четверг во Львове переговоры с делегацией Бундестага во главе с "
     "вице-президентом Бундестага Клаусом Мюллером.", "ru", "Клаусом Мюллером"),
])
def test_the_head_of_a_delegation_and_the_host_take_part(text, lang, leader):
    ax = run_pipeline(text, lang, "2027-05-26")
    talks = _one(ax, "Talks")
    assert _key(ax, leader) in talks.participants
    assert any(p.startswith("per:ivan-koval") for p in talks.participants)


def test_together_with_a_vice_premier_he_holds_the_session():
    ax = run_pipeline("Министр торговли Бразилии Карлос Силва приедет в Казань, где совместно с вице-премьером "
                      "Олегом Сидоренко проведет заседание деловой комиссии.", "ru", "2028-01-20")
    meeting = _one(ax, "Meeting")
    assert _key(ax, "Олегом Сидоренко") in meeting.participants


# -- a title's prepositional complement stands between it and its holder ---------------------------------
def test_the_chair_of_a_committee_for_european_affairs_is_the_party():
    ax = run_pipeline("Увечері Іван Коваль зустрівся з головою комітету Бундестагу у справах Європи Клаусом Мюллером.",
                      "uk", "2027-03-10")
    meeting = _one(ax, "Meeting")
    assert _key(ax, "Клаусом Мюллером") in meeting.participants
    assert not any(p.startswith("org:") for p in meeting.participants)


# -- "накануне <event>": the event told before, and the day before it ------------------------------------
def test_on_the_eve_of_the_vote_is_the_day_before_the_election_told():
    ax = run_pipeline("Муниципальные выборы в Эстонии состоялись в воскресенье.\n\n"
                      "По данным газеты, накануне выборов белорусские дипломаты встретились в Таллине с руководством "
                      "партии «Центр».", "ru", "2028-10-30")
    [election] = _events(ax, "Election")  # the eve's noun is that election, not another one
    meeting = _one(ax, "Meeting")
    assert meeting.time is not None and meeting.time.value == "2028-10-28"
    assert any(p.endswith("Q184") for p in meeting.participants)  # the diplomats stand for their state
    assert any(p.startswith("org:") for p in meeting.participants)  # "с руководством" the party


# -- the next round of consultations "двух стран": the two states ---------------------------------------
def test_the_next_round_of_the_two_countries_is_between_their_states():
    ax = run_pipeline("Министр обороны Польши Ян Ковальский и министр обороны Украины Иван Ковалев провели в Варшаве "
                      "переговоры.\n\n"
                      "Очередной раунд переговоров экспертов двух стран запланирован на осень.", "ru", "2028-04-11")
    nxt = next(e for e in ax.events if e.type == "Talks" and e.status == "planned")
    assert {p.split("/")[-1] for p in nxt.participants} == {"wd:Q36", "wd:Q212"}


# -- "согласовали проведение в августе учений": the agreement is dated by the talks ----------------------
def test_agreeing_to_hold_a_drill_in_spring_is_dated_by_the_talks():
    ax = run_pipeline("Министр обороны Польши Ян Ковальский во вторник провел в Вильнюсе переговоры с литовским "
                      "коллегой Антанасом Петраускасом. Стороны также согласовали проведение весной командно-штабной "
                      "тренировки в Каунасе.", "ru", "2028-04-12")
    agreement = _one(ax, "Agreement")
    assert agreement.time is not None and agreement.time.value == "2028-04-11"


# -- "в ходе визита планируется подписать": the visit told before, an agreement of its two states --------
def test_an_agreement_planned_during_the_visit_is_between_the_two_states():
    ax = run_pipeline("Министр сельского хозяйства Египта Омар Хассан в мае посетит Москву.\n\n"
                      "Посол Египта в России Ахмед Саид рассказал, что в ходе визита планируется заключить "
                      "соглашение о строительстве элеватора.", "ru", "2028-01-20")
    agreement = _one(ax, "Agreement")
    assert {p.split("/")[-1] for p in agreement.participants} == {"wd:Q79", "wd:Q159"}
    assert _one(ax, "Visit")  # the visit noun is the visit told before


# -- a visit told in a participle phrase on a name in another case ---------------------------------------
def test_the_person_a_participle_phrase_qualifies_is_the_visitor():
    ax = run_pipeline("В пятницу Иван Ковалев встретился с премьером Сенегала Амаду Диопом, пребывающим во "
                      "французской столице с официальным визитом.", "ru", "2028-02-16")
    visit = _one(ax, "Visit")
    assert visit.participants[0] == _key(ax, "Амаду Диопом")
    assert visit.place_key.endswith("Q90")  # "французская столица"


# -- a receive verb: the object pronoun is the subject of the clause before ------------------------------
def test_the_pronoun_received_is_the_subject_before_not_the_gallery():
    ax = run_pipeline("Зранку Іван Коваль відвідає Дрезденську галерею, а ввечері його прийме прем'єр Саксонії "
                      "Клаус Мюллер.", "uk", "2027-03-10")
    meeting = _one(ax, "Meeting")
    assert set(meeting.participants) == {_key(ax, "Іван Коваль"), _key(ax, "Клаус Мюллер")}


def test_a_town_that_hosts_talks_is_where_not_who():
    ax = run_pipeline("Торік Мукачево вже приймало польсько-угорські двосторонні переговори.", "uk", "2027-05-20")
    assert not _events(ax, "Meeting")
    talks = _one(ax, "Talks")
    assert talks.place_key is not None and "mukachevo" in talks.place_key


# -- who proposes an event, who denies reports of it: not its parties -----------------------------------
def test_the_proposer_of_a_conference_is_not_its_party():
    ax = run_pipeline("Президент Чили Хуан Перес предложил провести в 2030 году в Сантьяго конференцию стран региона.",
                      "ru", "2028-07-20")
    conference = _one(ax, "Meeting")
    assert _key(ax, "Хуан Перес") not in conference.participants


def test_who_denies_reports_of_a_meeting_is_not_at_it():
    ax = run_pipeline("Пресс-служба правительства Чехии опровергла слухи о встрече Павла Новака с Иваном Ковалем.", "ru",
                      "2028-01-20")
    meeting = _one(ax, "Meeting")
    assert not any(p.startswith("org:") for p in meeting.participants)
    assert meeting.status == "denied"


def test_her_visit_is_the_woman_named_before():
    ax = run_pipeline("Іван Коваль провів телефонну розмову з молдовською міністеркою економіки Наталією Попеску. "
                      "Він запросив її до Львова, де її прийме мер Петро Бондар; її візит заплановано на жовтень.",
                      "uk", "2027-08-10")
    visit = _one(ax, "Visit")
    assert visit.participants and visit.participants[0] == _key(ax, "Наталією Попеску")


# -- elections: re-elected, a convincing victory, the participle's day, a party's state -----------------
def test_reelected_and_the_day_of_the_vote_before_the_count():
    ax = run_pipeline("Рахим Назаров переизбран президентом Киргизии.\n\n"
                      "Центральная избирательная комиссия Киргизии во вторник огласила итоги голосования, "
                      "состоявшегося накануне.\n\n"
                      "Президент Армении Арам Петросян поздравил его с уверенной победой.", "ru", "2027-10-12")
    [election] = _events(ax, "Election")
    assert election.participants == [_key(ax, "Рахим Назаров")]
    assert election.time is not None and election.time.value == "2027-10-11"


def test_an_event_word_inside_a_commissions_name_is_no_event():
    ax = run_pipeline("Центральная комиссия по выборам и референдумам Киргизии во вторник огласила итоги голосования.",
                      "ru", "2027-10-12")
    assert not any(m[2].startswith("референдум") for e in ax.events for m in [(e.start, e.end, e.trigger)] + e.mentions)


def test_an_election_won_by_a_party_is_held_in_the_partys_state():
    ax = run_pipeline("Партия «Единая Латвия» получила почти треть мандатов на муниципальных выборах.", "ru",
                      "2028-10-30")
    election = _one(ax, "Election")
    assert any(p.startswith("org:") for p in election.participants)
    assert election.place_key is not None and election.place_key.endswith("Q211")


# -- entities: quoted names in another case, a capital by its state's adjective, left-out given names ----
def test_a_quoted_party_name_in_another_case_is_the_same_party():
    ax = run_pipeline("Партия «Новая сила» победила на выборах в Латвии. Оппозиция обвинила «Новую силу» в "
                      "подкупе избирателей.", "ru", "2028-10-30")
    party = next(e for e in ax.entities if any(m.text == "Новая сила" for m in e.mentions))
    assert any(m.text == "Новую силу" for m in party.mentions)


def test_given_names_the_tagger_left_out_begin_the_name():
    ax = run_pipeline("Міністр оборони України Іван Коваль і міністр оборони Норвегії Еспен Лунд Гансен у четвер "
                      "підписали меморандум.", "uk", "2027-10-22")
    [person] = [e for e in ax.entities if any("Гансен" in m.text for m in e.mentions)]
    assert any(m.text == "Еспен Лунд Гансен" for m in person.mentions)
    assert any(p == person.key for p in _one(ax, "Agreement").participants)


def test_a_verb_after_a_surname_is_not_part_of_the_name():
    ax = run_pipeline("На пресс-конференции в Астане Жаксыбеков опроверг, что министры встретятся.", "ru", "2028-04-01")
    assert any(m.text == "Жаксыбеков" for e in ax.entities for m in e.mentions)
    assert not any("опроверг" in m.text for e in ax.entities for m in e.mentions)


@pytest.mark.parametrize("words,lang,expected,gender", [
    (["Лауринасом", "Кіршисом"], "uk", ["Лауринас", "Кіршис"], "masc"),
    (["Гінтарасом", "Вайчюнасом"], "uk", ["Гінтарас", "Вайчюнас"], "masc"),  # the dictionary's guess already
    (["Бахтаном", "Ламурой"], "ru", ["Бахтан", "Ламура"], "masc"),
    (["Аураною", "Цою"], "uk", ["Аурана", "Цою"], "femn"),
    (["Ибрагимом", "Сангаре"], "ru", ["Ибрагим", "Сангаре"], "masc"),
    (["Денисом", "Мантуровим"], "uk", ["Денис", "Мантуров"], "masc"),  # known words: the dictionary's reading
])
def test_foreign_names_in_the_instrumental(words, lang, expected, gender):
    assert normalize_person(words, lang) == (expected, gender)


# -- statements ---------------------------------------------------------------------------------------------
def test_a_delegation_speaks_for_its_state():
    ax = run_pipeline("Министр культуры Италии Марко Росси находится в Токио.\n\nВ пятницу его примет премьер-министр "
                      "Японии Кэндзи Ямада, сообщили в итальянской делегации.", "ru", "2028-04-11")
    assert _statement(ax, "сообщили").speaker_key.endswith("Q38")


def test_the_words_an_agency_relays_in_a_relative_clause():
    ax = run_pipeline("Амаду Диоп посетил Казань.\n\nДиоп, слова которого приводит агентство APS, заявил, что "
                      "рыбаки страны получат новые суда.", "ru", "2028-02-16")
    st = _statement(ax, "заявил")
    assert st.speaker_key == _key(ax, "Амаду Диоп")
    assert st.via_key is not None and "aps" in st.via_key


def test_about_this_at_a_press_conference_in_a_capital():
    ax = run_pipeline("Министр иностранных дел Аргентины Карлос Гомес посетит Москву. Об этом во вторник на "
                      "пресс-конференции в Буэнос-Айресе рассказал Хуан Перес, представитель МИД Аргентины.",
                      "ru", "2028-01-20")
    assert _statement(ax, "рассказал").speaker_key == _key(ax, "Хуан Перес")


def test_a_denial_of_reports_that_appeared_on_wednesday_is_not_dated_wednesday():
    ax = run_pipeline("Хуан Перес опроверг появившиеся в среду публикации испанской газеты El País о том, что министр "
                      "обороны Карлос Гомес тайно встречался с Иваном Ковалем.", "ru", "2028-01-20")
    st = _statement(ax, "опроверг")
    assert st.speaker_key == _key(ax, "Хуан Перес") and st.said_on is None


def test_a_place_between_the_trailing_verb_and_its_speaker():
    ax = run_pipeline("Явка превысила шестьдесят процентов, сказал журналистам в Минске глава комиссии Игорь Карпенко.",
                      "ru", "2027-10-11")
    assert _statement(ax, "сказал").speaker_key == _key(ax, "Игорь Карпенко")
