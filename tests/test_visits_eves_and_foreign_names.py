"""A visit's scene (who, where and when the events told after an arrival happened), the eve of an event
told before, who leads or joins a party, foreign names in the instrumental, and a few speech frames
(sentences written for these tests; the people are invented, the states and towns real)."""
import pytest

from conftest import run_pipeline
from kg.extract.names import normalize_person


def _events(ax, etype):
    return [e for e in ax.events if e.type == etype]


def _one(ax, etype):
    found = _events(ax, etype)
    assert len(found) == 1, [(e.type, e.trigger, e.participants) for e in ax.events]
    return found[0]


def _key(ax, surface):
    return next(m.entity_key for e in ax.entities for m in e.mentions if m.text == surface)


def _statement(ax, cue):
    return next(s for s in ax.statements if s.cue == cue)


# -- a visit told as "до X з (прикметник) візитом прибув Y": the visitor after the verb -----------------
@pytest.mark.parametrize("text,lang,place", [
    ("У вівторок до Варшави з дводенним офіційним візитом прибув міністр закордонних справ Литви "
     "Антанас Петраускас.", "uk", "Q270"),
    ("Во вторник в Варшаву с двухдневным официальным визитом прибыл министр иностранных дел Литвы "
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
                      "Після підписання угоди Коваля прийняв прем'єр-міністр Польщі Томаш Новак.", "uk", "2027-10-22")
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
    ("Голова парламенту Іван Коваль провів у вівторок у Києві переговори з делегацією Сейму Литви на чолі з "
     "головою Сейму Антанасом Петраускасом.", "uk", "Антанасом Петраускасом"),
    ("Министр Иван Ковалев провел во вторник в Киеве переговоры с делегацией Сейма Литвы во главе с "
     "председателем Сейма Антанасом Петраускасом.", "ru", "Антанасом Петраускасом"),
])
def test_the_head_of_a_delegation_and_the_host_take_part(text, lang, leader):
    ax = run_pipeline(text, lang, "2027-05-26")
    talks = _one(ax, "Talks")
    assert _key(ax, leader) in talks.participants
    assert any(p.startswith("per:ivan-koval") for p in talks.participants)


def test_together_with_a_vice_premier_he_holds_the_session():
    ax = run_pipeline("Министр иностранных дел Индии Арун Шарма посетит Москву, где вместе с первым "
                      "вице-премьером Олегом Сидоренко проведет заседание межправкомиссии.", "ru", "2028-01-20")
    meeting = _one(ax, "Meeting")
    assert _key(ax, "Олегом Сидоренко") in meeting.participants


# -- a title's prepositional complement stands between it and its holder ---------------------------------
def test_the_chair_of_a_committee_for_foreign_affairs_is_the_party():
    ax = run_pipeline("Згодом Іван Коваль зустрівся з головою комітету Бундестагу у закордонних справах "
                      "Клаусом Мюллером.", "uk", "2027-03-10")
    meeting = _one(ax, "Meeting")
    assert _key(ax, "Клаусом Мюллером") in meeting.participants
    assert not any(p.startswith("org:") for p in meeting.participants)


def test_a_minister_for_transport_and_the_name_before_him_both_sign():
    ax = run_pipeline("Віцепрем'єр-міністр Іван Петренко і словацький міністр транспорту Йозеф Новак підписали "
                      "угоду про міст.", "uk", "2027-05-20")
    agreement = _one(ax, "Agreement")
    assert {_key(ax, "Іван Петренко"), _key(ax, "Йозеф Новак")} <= set(agreement.participants)


# -- "накануне <event>": the event told before, and the day before it ------------------------------------
def test_on_the_eve_of_the_vote_is_the_day_before_the_election_told():
    ax = run_pipeline("Парламентские выборы в Латвии прошли в субботу.\n\n"
                      "Оппозиция утверждает, что накануне голосования российские дипломаты встречались в Риге "
                      "с руководством партии «Новая сила».", "ru", "2028-10-30")
    [election] = _events(ax, "Election")  # the eve's noun is that election, not another one
    meeting = _one(ax, "Meeting")
    assert meeting.time is not None and meeting.time.value == "2028-10-27"
    assert any(p.endswith("Q159") for p in meeting.participants)  # the diplomats stand for their state
    assert any(p.startswith("org:") for p in meeting.participants)  # "с руководством" the party


# -- the next round of consultations "двух стран": the two states ---------------------------------------
def test_the_next_round_of_the_two_countries_is_between_their_states():
    ax = run_pipeline("Министр обороны Польши Ян Ковальский и министр обороны Украины Иван Ковалев провели в Варшаве "
                      "переговоры.\n\n"
                      "Следующий раунд консультаций генеральных штабов двух стран пройдет в июне в Киеве.",
                      "ru", "2028-04-11")
    nxt = next(e for e in ax.events if e.type == "Talks" and e.status == "planned")
    assert {p.split("/")[-1] for p in nxt.participants} == {"wd:Q36", "wd:Q212"}


# -- "согласовали проведение в августе учений": the agreement is dated by the talks ----------------------
def test_agreeing_to_hold_exercises_in_august_is_dated_by_the_talks():
    ax = run_pipeline("Министр обороны Польши Ян Ковальский во вторник провел в Вильнюсе переговоры с литовским "
                      "коллегой Антанасом Петраускасом. Министры согласовали проведение в августе совместных "
                      "учений на Балтийском море.", "ru", "2028-04-12")
    agreement = _one(ax, "Agreement")
    assert agreement.time is not None and agreement.time.value == "2028-04-11"


# -- "в ходе визита планируется подписать": the visit told before, an agreement of its two states --------
def test_an_agreement_planned_during_the_visit_is_between_the_two_states():
    ax = run_pipeline("Министр иностранных дел Индии Арун Шарма 3–4 февраля посетит Москву.\n\n"
                      "Посол России в Индии Олег Сидоренко сообщил, что в ходе визита планируется подписать "
                      "межправительственное соглашение о поставках удобрений.", "ru", "2028-01-20")
    agreement = _one(ax, "Agreement")
    assert {p.split("/")[-1] for p in agreement.participants} == {"wd:Q668", "wd:Q159"}
    assert _one(ax, "Visit")  # the visit noun is the visit told before


# -- a visit told in a participle phrase on a name in another case ---------------------------------------
def test_the_person_a_participle_phrase_qualifies_is_the_visitor():
    ax = run_pipeline("В среду Иван Ковалев провел переговоры с президентом Сенегала Амаду Диопом, находящимся "
                      "в российской столице с официальным визитом.", "ru", "2028-02-16")
    visit = _one(ax, "Visit")
    assert visit.participants[0] == _key(ax, "Амаду Диопом")
    assert visit.place_key.endswith("Q649")  # "российская столица"


# -- a receive verb: the object pronoun is the subject of the clause before ------------------------------
def test_the_pronoun_received_is_the_subject_before_not_the_students():
    ax = run_pipeline("У четвер Іван Коваль виступить перед студентами Гейдельберзького університету, а після "
                      "цього його прийме федеральний канцлер Клаус Мюллер.", "uk", "2027-03-10")
    meeting = _one(ax, "Meeting")
    assert set(meeting.participants) == {_key(ax, "Іван Коваль"), _key(ax, "Клаус Мюллер")}


def test_a_town_that_hosts_consultations_is_where_not_who():
    ax = run_pipeline("У січні Ужгород уже приймав українсько-словацькі міжурядові консультації.", "uk",
                      "2027-05-20")
    assert not _events(ax, "Meeting")
    talks = _one(ax, "Talks")
    assert talks.place_key is not None and "uzhhorod" in talks.place_key


# -- who proposes an event, who denies reports of it: not its parties -----------------------------------
def test_the_proposer_of_a_summit_is_not_its_party():
    ax = run_pipeline("Премьер-министр Малайзии Амир Рахман предложил провести в 2029 году в Куала-Лумпуре "
                      "саммит Россия — АСЕАН.", "ru", "2028-07-20")
    summit = _one(ax, "Meeting")
    assert _key(ax, "Амир Рахман") not in summit.participants


def test_who_denies_reports_of_a_meeting_is_not_at_it():
    ax = run_pipeline("МИД Индии опроверг сообщения о встрече Аджая Шармы с Иваном Ковалем.", "ru", "2028-01-20")
    meeting = _one(ax, "Meeting")
    assert not any(p.startswith("org:") for p in meeting.participants)
    assert meeting.status == "denied"


def test_her_visit_is_the_woman_named_before():
    ax = run_pipeline("Іван Коваль обговорив телефоном з міністеркою закордонних справ Румунії Оленою Попеску "
                      "ситуацію на кордоні. Коваль запросив колегу до Києва, її візит може відбутися восени.",
                      "uk", "2027-08-10")
    visit = _one(ax, "Visit")
    assert visit.participants and visit.participants[0] == _key(ax, "Оленою Попеску")


# -- elections: re-elected, a convincing victory, the participle's day, a party's state -----------------
def test_reelected_and_the_day_of_the_vote_before_the_count():
    ax = run_pipeline("Рахим Назаров переизбран президентом Таджикистана.\n\n"
                      "Центральная комиссия по выборам и референдумам Таджикистана в понедельник объявила итоги "
                      "президентских выборов, прошедших накануне.\n\n"
                      "Президент Казахстана Асан Беков поздравил его с убедительной победой.", "ru", "2027-10-11")
    [election] = _events(ax, "Election")
    assert election.participants == [_key(ax, "Рахим Назаров")]
    assert election.time is not None and election.time.value == "2027-10-10"


def test_an_election_won_by_a_party_is_held_in_the_partys_state():
    ax = run_pipeline("Правящая партия «Единая Латвия» набирает 40% голосов на парламентских выборах, "
                      "прошедших в субботу.", "ru", "2028-10-30")
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
    ax = run_pipeline("Міністр оборони України Іван Коваль і міністр оборони Данії Еспен Лунд Гансен у четвер "
                      "підписали угоду.", "uk", "2027-10-22")
    [person] = [e for e in ax.entities if any("Гансен" in m.text for m in e.mentions)]
    assert any(m.text == "Еспен Лунд Гансен" for m in person.mentions)
    assert any(p == person.key for p in _one(ax, "Agreement").participants)


def test_a_verb_after_a_surname_is_not_part_of_the_name():
    ax = run_pipeline("Отвечая на вопрос журналистов, Сарсенбаев опроверг, что президенты встретятся.", "ru",
                      "2028-04-01")
    assert any(m.text == "Сарсенбаев" for e in ax.entities for m in e.mentions)
    assert not any("опроверг" in m.text for e in ax.entities for m in e.mentions)


@pytest.mark.parametrize("words,lang,expected,gender", [
    (["Лауринасом", "Кіршисом"], "uk", ["Лауринас", "Кіршис"], "masc"),
    (["Гінтарасом", "Вайчюнасом"], "uk", ["Гінтарас", "Вайчюнас"], "masc"),  # the dictionary's guess already
    (["Рамтаном", "Ламамрой"], "ru", ["Рамтан", "Ламамра"], "masc"),
    (["Аураною", "Цою"], "uk", ["Аурана", "Цою"], "femn"),
    (["Ибрагимом", "Сангаре"], "ru", ["Ибрагим", "Сангаре"], "masc"),
    (["Денисом", "Мантуровим"], "uk", ["Денис", "Мантуров"], "masc"),  # known words: the dictionary's reading
])
def test_foreign_names_in_the_instrumental(words, lang, expected, gender):
    assert normalize_person(words, lang) == (expected, gender)


# -- statements ---------------------------------------------------------------------------------------------
def test_a_delegation_speaks_for_its_state():
    ax = run_pipeline("Министр обороны Франции Жан Дюпон прибыл в Пекин.\n\nВ среду французского министра примет "
                      "премьер Госсовета КНР Ли Цян, сообщили во французской делегации.", "ru", "2028-04-11")
    assert _statement(ax, "сообщили").speaker_key.endswith("Q142")


def test_the_words_an_agency_relays_in_a_relative_clause():
    ax = run_pipeline("Амаду Диоп посетил Москву.\n\nДиоп, слова которого приводит агентство APS, заявил, что "
                      "золото будет работать на народ.", "ru", "2028-02-16")
    st = _statement(ax, "заявил")
    assert st.speaker_key == _key(ax, "Амаду Диоп")
    assert st.via_key is not None and "aps" in st.via_key


def test_about_this_at_the_weekly_briefing_in_a_capital():
    ax = run_pipeline("Министр иностранных дел Индии Арун Шарма посетит Москву. Об этом в четверг на еженедельном "
                      "брифинге в Нью-Дели сообщил Рави Кумар, официальный представитель МИД Индии.",
                      "ru", "2028-01-20")
    assert _statement(ax, "сообщил").speaker_key == _key(ax, "Рави Кумар")


def test_a_denial_of_reports_published_on_tuesday_is_not_dated_tuesday():
    ax = run_pipeline("Рави Кумар опроверг опубликованные во вторник сведения британской газеты The Guardian о том, "
                      "что советник премьер-министра Аджай Шарма провел встречу с Иваном Ковалем.",
                      "ru", "2028-01-20")
    st = _statement(ax, "опроверг")
    assert st.speaker_key == _key(ax, "Рави Кумар") and st.said_on is None


def test_a_place_between_the_trailing_verb_and_its_speaker():
    ax = run_pipeline("Рахим Назаров получил большинство голосов, сообщил журналистам в Душанбе председатель "
                      "комиссии Бахтиёр Каримов.", "ru", "2027-10-11")
    assert _statement(ax, "сообщил").speaker_key == _key(ax, "Бахтиёр Каримов")
