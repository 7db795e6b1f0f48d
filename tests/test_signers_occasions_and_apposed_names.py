"""The signers a title's agreement is told with, occasions a verb is told at, appositions that take the case of their
noun and other cases met on unseen articles: sentences written for these tests."""
import pytest

from conftest import events_of, key_of, run_pipeline, speakers_of
from conftest import one_event as _only

_DAY = "2028-03-09"


# -- signers: a conjunction inside a title; the states of a title and the persons of the body -------------------
@pytest.mark.parametrize("text,lang,latvian", [
    ("Министр науки Литвы Йонас Петраускас и министр морского дела и рыболовства Латвии Илзе Озола в понедельник "
     "подписали в Юрмале договор о портах.", "ru", "Илзе Озола"),
    ("Міністр науки Литви Йонас Петраускас і міністр культури та спорту Латвії Ілзе Озола в понеділок "
     "підписали в Юрмалі договір про музеї.", "uk", "Ілзе Озола"),
])
def test_a_conjunction_inside_a_title_joins_no_second_person(text, lang, latvian):
    ax = run_pipeline(text, lang, _DAY)
    persons = {e.key for e in ax.entities if e.type == "PER"}
    assert len(persons) == 2 and set(_only(ax, "Agreement").participants) == persons
    assert [r.org_key for r in ax.roles if r.person_key == key_of(ax, latvian)] == ["wd:Q211"]


@pytest.mark.parametrize("text,lang", [
    ("Польща та Чехія підписали меморандум про кібербезпеку\n\nЯн Новак у четвер провів у Брно переговори з "
     "Петром Ковалем. Обидва міністри уклали меморандум щодо захисту мереж.", "uk"),
    ("Польша и Чехия подписали меморандум о кибербезопасности\n\nЯн Новак в четверг провел в Брно переговоры с "
     "Петром Ковалем. Затем министры заключили меморандум о защите сетей.", "ru"),
])
def test_the_states_of_a_title_and_the_persons_of_the_body_sign_one_agreement(text, lang):
    ax = run_pipeline(text, lang, _DAY)
    deal = _only(ax, "Agreement")
    assert {"wd:Q36", "wd:Q213"} <= set(deal.participants)
    assert {p for p in deal.participants if p.startswith("per:")} == {key_of(ax, "Ян Новак"), key_of(ax, "Петром Ковалем")}


# -- "договорились в телефонном разговоре": the call is where they agreed ------------------------------------------
@pytest.mark.parametrize("text,lang,kind", [
    ("Тариф, о котором Ян Новак и Петр Коваль договорились в телефонном разговоре осенью 2024 года, отменен.",
     "ru", "Call"),
    ("Ян Новак і Петро Коваль домовилися під час телефонної розмови про обмін полоненими.", "uk", "Call"),
    ("Ян Новак и Петр Коваль договорились в ходе переговоров об обмене пленными.", "ru", "Talks"),
])
def test_an_agreement_made_at_an_event_tells_that_the_event_took_place(text, lang, kind):
    ax = run_pipeline(text, lang, _DAY)
    ev = _only(ax, kind)
    assert ev.status == "occurred" and len(ev.participants) == 2 and all(p.startswith("per:") for p in ev.participants)
    assert _only(ax, "Agreement").status == "occurred"


@pytest.mark.parametrize("text,lang", [
    ("Ян Новак договорился с Петром Ковалем о встрече в мае.", "ru"),
    ("Ян Новак домовився з Петром Ковалем про зустріч у травні.", "uk"),
])
def test_who_agreed_with_whom_on_a_meeting_meet(text, lang):
    ax = run_pipeline(text, lang, _DAY)
    meeting = _only(ax, "Meeting")
    assert meeting.status == "planned" and meeting.time.value == "2028-05"
    assert set(meeting.participants) == {e.key for e in ax.entities if e.type == "PER"}
    assert not events_of(ax, "Agreement")


@pytest.mark.parametrize("text,lang", [
    ("Речник уряду Ян Новак повідомив, що постанову затвердили на засіданні уряду в понеділок.", "uk"),
    ("Тему енергетики також винесуть на чергове засідання Кабміну.", "uk"),
])
def test_who_tells_of_a_body_sitting_or_an_impersonal_verb_joins_no_sitting(text, lang):
    ax = run_pipeline(text, lang, _DAY)
    assert not any(p.startswith("per:") for p in _only(ax, "Meeting").participants)


def test_the_premier_is_the_prime_minister_named_before():
    ax = run_pipeline("Президент Литви Гітанас Науседа провів телефонну розмову з прем'єр-міністром Норвегії Юнасом "
                      "Гаром Стьоре. Наприкінці розмови президент і прем'єр домовилися про зустріч в Осло у квітні.",
                      "uk", _DAY)
    meeting = _only(ax, "Meeting")
    assert meeting.status == "planned" and len(meeting.participants) == 2
    assert set(meeting.participants) == set(_only(ax, "Call").participants)


@pytest.mark.parametrize("text,lang", [
    ("Ян Новак провів переговори з Петром Ковалем. Раніше обидва міністри бачилися в лютому в Парижі.", "uk"),
    ("Ян Новак провел переговоры с Петром Ковалем. Ранее министры виделись в феврале в Париже.", "ru"),
])
def test_having_seen_each_other_is_a_meeting(text, lang):
    ax = run_pipeline(text, lang, _DAY)
    meeting = _only(ax, "Meeting")
    assert meeting.place_key == "wd:Q90" and meeting.time.value == "2028-02" and len(meeting.participants) == 2


# -- the time in a relative clause on the document is what it provides; "після зустрічі", "згодом" -----------------
def test_a_season_in_the_documents_relative_clause_does_not_date_the_signing():
    ax = run_pipeline("Ян Новак у вівторок провів у Празі переговори з Петром Ковалем. Після зустрічі Варшава і Прага "
                      "підписали транзитну угоду, яка передбачає навесні ремонт залізниці, а восени відкриття нового "
                      "маршруту.", "uk", _DAY)
    deal = _only(ax, "Agreement")
    assert deal.time.value == "2028-03-07" and deal.place_key == "wd:Q1085"
    assert [e.type for e in ax.events if e.type in ("Meeting", "Talks")] == ["Talks"]


@pytest.mark.parametrize("text,lang", [
    ("У вівторок у Вільнюсі пройшли переговори Яна Новака з Петром Ковалем. Пізніше Новака зустрів президент "
     "Литви Гітанас Науседа.", "uk"),
    ("Во вторник в Вильнюсе состоялись переговоры Яна Новака с Петром Ковалем. Позднее Новака встретил президент "
     "Литвы Гитанас Науседа.", "ru"),
])
def test_what_happened_later_happened_that_day_there(text, lang):
    meeting = _only(run_pipeline(text, lang, _DAY), "Meeting")
    assert meeting.time.value == "2028-03-07" and meeting.place_key == "wd:Q216"


def test_what_a_visitor_will_discuss_there_is_no_earlier_meeting():
    ax = run_pipeline("Ян Новак у вівторок провів у Празі зустріч з Петром Ковалем. У середу Новак поїде до Брно, де "
                      "обговорить з інженерами фабрики графік робіт.", "uk", _DAY)
    meeting = _only(ax, "Meeting")
    assert meeting.time.value == "2028-03-07" and meeting.place_key == "wd:Q1085"


def test_the_woman_named_in_the_instrumental_is_not_the_one_who_travels_on():
    ax = run_pipeline("Міністр Ян Новак прибув до Перу. У четвер міністр проведе зустріч із віцепрезиденткою Перу "
                      "Оленою Мартінес, після чого полетить з робочим візитом до Еквадору.", "uk", _DAY)
    novak, other = key_of(ax, "Ян Новак"), key_of(ax, "Оленою Мартінес")
    assert set(_only(ax, "Meeting").participants) == {novak, other}
    assert [v.participants[0] for v in events_of(ax, "Visit") if v.status == "planned"] == [novak]


@pytest.mark.parametrize("text,lang", [
    ("Ян Новак і Петро Коваль домовилися зустрітися в Берліні в травні.", "uk"),
    ("Ян Новак и Петр Коваль договорились провести в мае в Берлине встречу.", "ru"),
])
def test_an_agreement_to_meet_is_the_meeting_planned(text, lang):
    ax = run_pipeline(text, lang, _DAY)
    assert _only(ax, "Meeting").status == "planned" and not events_of(ax, "Agreement")


# -- appositions: a quoted name takes its noun's case; a name after a title and a town ------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Вчера Ян Новак, выступая в Гданьске на форуме «Балтик Форум», сказал, что Варшава готова к переговорам.",
     "ru"),
    ("Учора Ян Новак на фестивалі «Балтик Форум» сказав, що Варшава готова до переговорів.", "uk"),
])
def test_a_quoted_name_after_an_occasions_noun_is_no_speaker_and_no_person(text, lang):
    ax = run_pipeline(text, lang, _DAY)
    assert speakers_of(ax) == [key_of(ax, "Ян Новак")]
    assert next(e for e in ax.entities if any("Балтик" in m.text for m in e.mentions)).type == "ORG"


def test_a_town_between_a_title_and_a_name_is_no_part_of_the_name():
    ax = run_pipeline("Міський голова Бара Ігор Мельник розповів, що школи відновлять роботу в середу.", "uk", _DAY)
    assert [s.speaker_text for s in ax.statements] == ["Ігор Мельник"]


@pytest.mark.parametrize("text,lang,outlet", [
    ("Як повідомляє газета The Baltic Times, Новак планує поїздку до Таллінна.", "uk", "The Baltic Times"),
    ("Как сообщает газета The Irish Times, Новак планирует поездку в Таллин.", "ru", "The Irish Times"),
])
def test_an_outlets_capitalised_article_is_part_of_its_name(text, lang, outlet):
    ax = run_pipeline(text, lang, _DAY)
    assert [s.speaker_text for s in ax.statements] == [outlet]


def test_a_surname_alone_is_the_namesake_named_in_full_not_the_known_person():
    ax = run_pipeline("Заступник міністра Олег Лавров запевнив, що гроші знайдуть. За словами Лаврова, у п'ятницю він "
                      "відвідає Херсон.", "uk", _DAY)
    assert len({s.speaker_key for s in ax.statements}) == 1 and ax.statements[0].speaker_key != "wd:Q80837"


# -- speakers: the subject before the object who spoke last; a relative clause after the trailing speaker ----------
def test_he_is_the_host_not_the_guest_who_spoke_before():
    ax = run_pipeline("Іван Сорока приїхав до Кракова. Сорока сказав, що візит важливий.\n\nУвечері Сороку прийняв "
                      "мер Кракова Анджей Мазур. Він пообіцяв, що місто підтримає проєкт.", "uk", _DAY)
    assert speakers_of(ax) == [key_of(ax, "Іван Сорока"), key_of(ax, "Анджей Мазур")]


@pytest.mark.parametrize("text,lang", [
    ("У п'ятницю делегація огляне склади в Гдині, повідомив речник відомства Іван Петренко, який "
     "очолює прес-службу.", "uk"),
    ("У п'ятницю делегація огляне склади в Гдині, повідомив речник відомства Іван Петренко, що "
     "очолює прес-службу.", "uk"),
    ("В пятницу делегация осмотрит склады в Гдыне, сообщил представитель ведомства Иван Петренко, "
     "который возглавляет пресс-службу.", "ru"),
])
def test_a_relative_clause_on_the_trailing_speaker_ends_the_attribution(text, lang):
    ax = run_pipeline(text, lang, _DAY)
    [st] = ax.statements
    assert st.speaker_text.endswith("Петренко") and st.content.endswith(("Гдині", "Гдыне"))


def test_a_warning_told_inside_a_ministrys_report_is_the_ministrys():
    ax = run_pipeline("Після нічної тривоги Литва відправила патруль до кордону, а жителів міста Алітус попередили про "
                      "загрозу через мобільні застосунки, повідомили в Міністерстві оборони Литви.", "uk", _DAY)
    [st] = ax.statements
    assert st.cue == "повідомили" and st.content.startswith("Після нічної тривоги")


@pytest.mark.parametrize("text,lang", [
    ("Ян Новак, який очолює бюджетний комітет Сейму, у своєму Telegram-каналі написав, що Литва має план.", "uk"),
    ("Ян Новак, возглавляющий бюджетный комитет сейма, в своем Telegram-канале написал, что у Литвы есть план.",
     "ru"),
])
def test_the_body_in_a_relative_clause_before_a_channel_is_no_speaker(text, lang):
    ax = run_pipeline("Сейм Литвы утвердил бюджет.\n\n" + text if lang == "ru" else "Сейм Литви ухвалив бюджет.\n\n" + text,
                      lang, _DAY)
    assert speakers_of(ax) == [key_of(ax, "Ян Новак")]


# -- working groups that convene; the talks after a meeting; sanctions joined; a party and its leader -------------
@pytest.mark.parametrize("text,lang", [
    ("Литва и Польша подписали договор о транзите. Рабочая группа по тарифам соберется в Вильнюсе в мае.", "ru"),
    ("Литва і Польща підписали договір про транзит. Робоча група збереться влітку у Вільнюсі.", "uk"),
    ("Литва и Польша подписали договор. Летом в Вильнюсе состоится второе заседание совместного инвестиционного "
     "комитета.", "ru"),
])
def test_a_group_the_two_sides_set_up_convening_is_their_meeting(text, lang):
    meeting = _only(run_pipeline(text, lang, "2027-03-02"), "Meeting")
    assert meeting.status == "planned" and set(meeting.participants) == {"wd:Q37", "wd:Q36"}
    assert meeting.place_key == "wd:Q216"


def test_talks_after_a_meeting_are_talks_of_their_own_and_a_meeting_after_talks_is_them():
    ax = run_pipeline("Ян Новак у вівторок провів у Празі переговори з Петром Ковалем. Після зустрічі Варшава і Прага "
                      "підписали угоду.", "uk", _DAY)
    assert [e.type for e in ax.events if e.type in ("Meeting", "Talks")] == ["Talks"]
    ax = run_pipeline("Ян Новак у вівторок зустрівся у Празі з Петром Ковалем. Після переговорів посадовці уклали "
                      "угоду.", "uk", _DAY)
    assert sorted(e.type for e in ax.events if e.type in ("Meeting", "Talks")) == ["Meeting", "Talks"]


@pytest.mark.parametrize("text,lang,status", [
    ("Литва осудит присоединение Норвегии к новым санкциям ЕС.", "ru", "planned"),
    ("Литва не простит решения Норвегии присоединиться к новым санкциям Евросоюза.", "ru", "planned"),
    ("Норвегия еще в 2023 году присоединилась к антироссийским мерам Евросоюза.", "ru", "occurred"),
    ("Норвегія ще у 2023 році приєдналася до антиросійських санкцій ЄС.", "uk", "occurred"),
])
def test_who_joins_sanctions_imposes_them_and_a_negation_of_another_verb_denies_nothing(text, lang, status):
    ev = _only(run_pipeline(text, lang, _DAY), "Sanctions")
    assert ev.participants[0] == "wd:Q20" and ev.status == status
    assert "wd:Q458" not in ev.participants
    if "антиросс" in text or "антирос" in text:
        assert ev.participants == ["wd:Q20", "wd:Q159"]


def test_a_party_runs_not_its_leader():
    ax = run_pipeline("Партія Новака виграла вибори в Литві\n\nЛіберальна партія (LP) прем'єр-міністра Яна Новака "
                      "отримала найбільше голосів на виборах до Сейму, що пройшли в неділю.", "uk", _DAY)
    elections = [e for e in ax.events if e.type == "Election" and e.status == "occurred"]
    assert elections and all(e.participants and not any(p.startswith("per:") for p in e.participants) for e in elections)


# -- names in an oblique case: a participle phrase's holder, a foreign given name ----------------------------------
def test_the_holder_of_a_participle_phrase_with_a_working_visit_is_the_visitor():
    ax = run_pipeline("Ян Новак принял в пятницу министра транспорта Литвы Ахмеда Кайриса, находящегося в Польше с "
                      "рабочим визитом.", "ru", _DAY)
    assert _only(ax, "Visit").participants[0] == key_of(ax, "Ахмеда Кайриса")


def test_a_foreign_given_name_the_dictionary_does_not_know_leaves_the_name_a_subject():
    ax = run_pipeline("Спецпосланець президента Чилі Жуану Мартінс у четвер прибув до Одеси з робочим візитом і "
                      "зустрівся з мером Геннадієм Трухановим.", "uk", _DAY)
    assert _only(ax, "Visit").participants[0] == key_of(ax, "Жуану Мартінс")
    assert key_of(ax, "Жуану Мартінс") in _only(ax, "Meeting").participants
