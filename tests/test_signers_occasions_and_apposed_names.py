"""The signers a title's agreement is told with, occasions a verb is told at, appositions that take the case of their
noun and other cases met on unseen articles: sentences written for these tests."""
import pytest

from conftest import events_of, key_of, run_pipeline, speakers_of
from conftest import one_event as _only

_DAY = "2028-03-09"


# -- signers: a conjunction inside a title; the states of a title and the persons of the body -------------------
@pytest.mark.parametrize("text,lang", [
    ("Министр науки Литвы Йонас Петраускас и министр горного дела и энергетики Латвии Илзе Озола во вторник "
     "подписали в Риге соглашение о поставках газа.", "ru"),
    ("Міністр науки Литви Йонас Петраускас і міністр економіки та енергетики Латвії Ілзе Озола у вівторок "
     "підписали в Ризі угоду про постачання газу.", "uk"),
])
def test_a_conjunction_inside_a_title_joins_no_second_person(text, lang):
    ax = run_pipeline(text, lang, _DAY)
    persons = {e.key for e in ax.entities if e.type == "PER"}
    assert len(persons) == 2 and set(_only(ax, "Agreement").participants) == persons
    latvian = [r for r in ax.roles if r.person_key == key_of(ax, "Ілзе Озола" if lang == "uk" else "Илзе Озола")]
    assert [r.org_key for r in latvian] == ["wd:Q211"]


@pytest.mark.parametrize("text,lang", [
    ("Польща та Чехія підписали меморандум про енергетичну безпеку\n\nЯн Новак у вівторок провів у Празі "
     "переговори з Петром Ковалем. Міністри уклали меморандум щодо енергетичної безпеки.", "uk"),
    ("Польша и Чехия подписали меморандум об энергетической безопасности\n\nЯн Новак во вторник провел в Праге "
     "переговоры с Петром Ковалем. Министры заключили меморандум об энергетической безопасности.", "ru"),
])
def test_the_states_of_a_title_and_the_ministers_of_the_body_sign_one_agreement(text, lang):
    ax = run_pipeline(text, lang, _DAY)
    deal = _only(ax, "Agreement")
    assert {"wd:Q36", "wd:Q213"} <= set(deal.participants)
    assert {p for p in deal.participants if p.startswith("per:")} == {key_of(ax, "Ян Новак"), key_of(ax, "Петром Ковалем")}


# -- "договорились в телефонном разговоре": the call is where they agreed ------------------------------------------
@pytest.mark.parametrize("text,lang,kind", [
    ("Контракт, о котором Ян Новак и Петр Коваль договорились в телефонном разговоре в мае 2025 года, истек.",
     "ru", "Call"),
    ("Ян Новак і Петро Коваль домовилися під час телефонної розмови про нові поставки.", "uk", "Call"),
    ("Ян Новак и Петр Коваль договорились в ходе переговоров о поставках газа.", "ru", "Talks"),
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
    ("Секретар ради Ян Новак написав, що рішення ухвалили на засіданні ради в четвер.", "uk"),
    ("Питання безпеки також розглянуть на найближчому засіданні РНБО.", "uk"),
])
def test_who_tells_of_a_body_sitting_or_an_impersonal_verb_joins_no_sitting(text, lang):
    ax = run_pipeline(text, lang, _DAY)
    assert not any(p.startswith("per:") for p in _only(ax, "Meeting").participants)


def test_the_premier_is_the_prime_minister_named_before():
    ax = run_pipeline("Президент Литви Гітанас Науседа провів телефонну розмову з прем'єр-міністром Норвегії Юнасом "
                      "Гаром Стьоре. Президент і прем'єр домовилися наступного місяця зустрітися в Осло.", "uk", _DAY)
    meeting = _only(ax, "Meeting")
    assert meeting.status == "planned" and len(meeting.participants) == 2
    assert set(meeting.participants) == set(_only(ax, "Call").participants)


@pytest.mark.parametrize("text,lang", [
    ("Ян Новак провів переговори з Петром Ковалем. Уперше міністри бачилися минулого місяця в Парижі.", "uk"),
    ("Ян Новак провел переговоры с Петром Ковалем. Впервые министры виделись в прошлом месяце в Париже.", "ru"),
])
def test_having_seen_each_other_is_a_meeting(text, lang):
    ax = run_pipeline(text, lang, _DAY)
    meeting = _only(ax, "Meeting")
    assert meeting.place_key == "wd:Q90" and meeting.time.value == "2028-02" and len(meeting.participants) == 2


# -- the time in a relative clause on the document is what it provides; "після зустрічі", "згодом" -----------------
def test_a_season_in_the_documents_relative_clause_does_not_date_the_signing():
    ax = run_pipeline("Ян Новак у вівторок провів у Празі переговори з Петром Ковалем. Після зустрічі Варшава і Прага "
                      "уклали енергетичну угоду, яка дозволить Польщі влітку передавати надлишки електроенергії, а "
                      "взимку отримувати їх назад.", "uk", _DAY)
    deal = _only(ax, "Agreement")
    assert deal.time.value == "2028-03-07" and deal.place_key == "wd:Q1085"
    assert [e.type for e in ax.events if e.type in ("Meeting", "Talks")] == ["Talks"]


@pytest.mark.parametrize("text,lang", [
    ("У вівторок у Вільнюсі відбулися переговори Яна Новака з Петром Ковалем. Згодом Новака прийняв президент "
     "Литви Гітанас Науседа.", "uk"),
    ("Во вторник в Вильнюсе прошли переговоры Яна Новака с Петром Ковалем. Затем Новака принял президент Литвы "
     "Гитанас Науседа.", "ru"),
])
def test_what_happened_later_happened_that_day_there(text, lang):
    meeting = _only(run_pipeline(text, lang, _DAY), "Meeting")
    assert meeting.time.value == "2028-03-07" and meeting.place_key == "wd:Q216"


def test_what_a_visitor_will_discuss_there_is_no_earlier_meeting():
    ax = run_pipeline("Ян Новак у вівторок провів у Празі зустріч з Петром Ковалем. У середу Новак відвідає Брно, де "
                      "обговорить із керівництвом заводу нові поставки.", "uk", _DAY)
    meeting = _only(ax, "Meeting")
    assert meeting.time.value == "2028-03-07" and meeting.place_key == "wd:Q1085"


def test_the_woman_named_in_the_instrumental_is_not_the_one_who_travels_on():
    ax = run_pipeline("Міністр Ян Новак прибув до Уругваю. У середу міністр зустрінеться з віцепрезиденткою Уругваю Кароліною "
                      "Мартінес, а потім вирушить з робочим візитом до Аргентини.", "uk", _DAY)
    novak, other = key_of(ax, "Ян Новак"), key_of(ax, "Кароліною Мартінес")
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
    ("Накануне министр Ян Новак, выступая в Риге на фестивале «Балтик Форум», заявил, что Варшава не исключает "
     "закрытия границы.", "ru"),
    ("Напередодні Ян Новак на фестивалі «Балтик Форум» заявив, що Варшава не виключає закриття кордону.", "uk"),
])
def test_a_quoted_name_after_a_noun_in_another_case_is_no_speaker_and_no_person(text, lang):
    ax = run_pipeline(text, lang, _DAY)
    assert speakers_of(ax) == [key_of(ax, "Ян Новак")]
    assert next(e for e in ax.entities if "Балтик Форум" in e.name or any("Балтик" in m.text for m in e.mentions)).type == "ORG"


def test_a_town_between_a_title_and_a_name_is_no_part_of_the_name():
    ax = run_pipeline("Міський голова Бара Ігор Мельник розповів, що школи відновлять роботу в середу.", "uk", _DAY)
    assert [s.speaker_text for s in ax.statements] == ["Ігор Мельник"]


@pytest.mark.parametrize("text,lang,outlet", [
    ("Як пише газета The Baltic Times, Новак може приїхати до Києва навесні.", "uk", "The Baltic Times"),
    ("Как пишет газета The Irish Times, Новак может приехать в Киев весной.", "ru", "The Irish Times"),
])
def test_an_outlets_capitalised_article_is_part_of_its_name(text, lang, outlet):
    ax = run_pipeline(text, lang, _DAY)
    assert [s.speaker_text for s in ax.statements] == [outlet]


def test_a_surname_alone_is_the_namesake_named_in_full_not_the_known_person():
    ax = run_pipeline("Віцепрем'єр-міністр Олег Лавров пообіцяв, що кошти виділять. За словами Лаврова, у четвер він "
                      "приїде до Одеси.", "uk", _DAY)
    assert len({s.speaker_key for s in ax.statements}) == 1 and ax.statements[0].speaker_key != "wd:Q80837"


# -- speakers: the subject before the object who spoke last; a relative clause after the trailing speaker ----------
def test_he_is_the_host_not_the_guest_who_spoke_before():
    ax = run_pipeline("Іван Сорока прибув до Варшави. Сорока заявив, що Україна вдячна.\n\nЗгодом Сороку прийняв "
                      "президент Польщі Анджей Мазур. Він запевнив, що Польща допомагатиме.", "uk", _DAY)
    assert speakers_of(ax) == [key_of(ax, "Іван Сорока"), key_of(ax, "Анджей Мазур")]


@pytest.mark.parametrize("text,lang", [
    ("У четвер міністр відвідає Бейрут, де огляне порт, повідомив речник відомства Іван Петренко, який "
     "супроводжує міністра.", "uk"),
    ("У четвер міністр відвідає Бейрут, де огляне порт, повідомив речник відомства Іван Петренко, що "
     "супроводжує міністра.", "uk"),
    ("В четверг министр посетит Бейрут, где осмотрит порт, сообщил представитель ведомства Иван Петренко, "
     "который сопровождает министра.", "ru"),
])
def test_a_relative_clause_on_the_trailing_speaker_ends_the_attribution(text, lang):
    ax = run_pipeline(text, lang, _DAY)
    [st] = ax.statements
    assert st.speaker_text.endswith("Петренко") and st.content.endswith(("порт", "порт"))


def test_a_warning_told_inside_a_ministrys_report_is_the_ministrys():
    ax = run_pipeline("Через нічну атаку Польща підняла в повітря винищувачі, а мешканців повіту Хелм попередили про "
                      "небезпеку через систему оповіщення, повідомили в Міністерстві національної оборони Польщі.",
                      "uk", _DAY)
    [st] = ax.statements
    assert st.cue == "повідомили" and st.content.startswith("Через нічну атаку")


@pytest.mark.parametrize("text,lang", [
    ("Ян Новак, який очолює комітет Сейму, у своєму Telegram-каналі зазначив, що Литва робить вибір.", "uk"),
    ("Ян Новак, возглавляющий международный комитет сейма, в своем Telegram-канале отметил, что Литва делает "
     "выбор.", "ru"),
])
def test_the_body_in_a_relative_clause_before_a_channel_is_no_speaker(text, lang):
    ax = run_pipeline("Сейм Литвы утвердил бюджет.\n\n" + text if lang == "ru" else "Сейм Литви ухвалив бюджет.\n\n" + text,
                      lang, _DAY)
    assert speakers_of(ax) == [key_of(ax, "Ян Новак")]


# -- working groups that convene; the talks after a meeting; sanctions joined; a party and its leader -------------
@pytest.mark.parametrize("text,lang", [
    ("Литва и Польша подписали соглашение о газе. Рабочая группа по расширению хранилища соберется в Вильнюсе "
     "в мае.", "ru"),
    ("Литва і Польща підписали угоду про газ. Робоча група збереться восени у Вільнюсі.", "uk"),
    ("Литва и Польша подписали соглашение. В мае в Вильнюсе пройдет первое заседание совместного "
     "координационного комитета.", "ru"),
])
def test_a_group_the_two_sides_set_up_convening_is_their_meeting(text, lang):
    meeting = _only(run_pipeline(text, lang, "2027-03-02"), "Meeting")
    assert meeting.status == "planned" and set(meeting.participants) == {"wd:Q37", "wd:Q36"}
    assert meeting.place_key == "wd:Q216"


def test_talks_after_a_meeting_are_talks_of_their_own_and_a_meeting_after_talks_is_them():
    ax = run_pipeline("Ян Новак у вівторок провів у Празі переговори з Петром Ковалем. Після зустрічі Варшава і Прага "
                      "уклали угоду.", "uk", _DAY)
    assert [e.type for e in ax.events if e.type in ("Meeting", "Talks")] == ["Talks"]
    ax = run_pipeline("Ян Новак у вівторок зустрівся у Празі з Петром Ковалем. Після переговорів міністри підписали "
                      "угоду.", "uk", _DAY)
    assert sorted(e.type for e in ax.events if e.type in ("Meeting", "Talks")) == ["Meeting", "Talks"]


@pytest.mark.parametrize("text,lang,status", [
    ("Литва ответит на присоединение Норвегии к пакету санкций ЕС.", "ru", "planned"),
    ("Литва не оставит без ответа решение Норвегии присоединиться к пакету санкций Евросоюза.", "ru", "planned"),
    ("Норвегия присоединилась к антироссийским ограничениям Евросоюза весной 2022 года.", "ru", "occurred"),
    ("Норвегія приєдналася до антиросійських санкцій ЄС навесні 2022 року.", "uk", "occurred"),
])
def test_who_joins_sanctions_imposes_them_and_a_negation_of_another_verb_denies_nothing(text, lang, status):
    ev = _only(run_pipeline(text, lang, _DAY), "Sanctions")
    assert ev.participants[0] == "wd:Q20" and ev.status == status
    assert "wd:Q458" not in ev.participants
    if "антиросс" in text or "антирос" in text:
        assert ev.participants == ["wd:Q20", "wd:Q159"]


def test_a_party_runs_not_its_leader():
    ax = run_pipeline("Партія Новака знову перемогла на виборах у Литві\n\nДемократична партія (DP) прем'єр-міністра "
                      "Яна Новака посіла перше місце на виборах до Сейму, що відбулися в неділю.", "uk", _DAY)
    [election] = [e for e in ax.events if e.type == "Election" and e.status == "occurred"]
    assert election.participants and not any(p.startswith("per:") for p in election.participants)


# -- names in an oblique case: a participle phrase's holder, a foreign given name ----------------------------------
def test_the_holder_of_a_participle_phrase_with_a_working_visit_is_the_visitor():
    ax = run_pipeline("Ян Новак провел во вторник переговоры с министром иностранных дел Литвы Аббасом Кайрисом, "
                      "находящимся в Польше с рабочим визитом.", "ru", _DAY)
    assert _only(ax, "Visit").participants[0] == key_of(ax, "Аббасом Кайрисом")


def test_a_foreign_given_name_the_dictionary_does_not_know_leaves_the_name_a_subject():
    ax = run_pipeline("Радник президента Бразилії Селсу Мартінс у середу прибув до Києва з неоголошеним візитом і "
                      "зустрівся з президентом Володимиром Зеленським.", "uk", _DAY)
    assert _only(ax, "Visit").participants[0] == key_of(ax, "Селсу Мартінс")
