"""An arrival after a modal ("має прибути") keeps its fronted destination; the subject of a relative clause arrives
even when the main clause goes on after it; the guest a host received after a visit was told; an agreement's words
apart over an acronym in brackets; what was agreed to be given, and the one who gets it is no party. Sentences
written for these tests."""
import pytest

from conftest import entity_of, events_of, key_of, key_of_wikidata, one_event, run_pipeline, speakers_of


@pytest.mark.parametrize("text,lang,visitor,capital", [
    ("Наприкінці жовтня до Вільнюса має приїхати делегація ЮНІСЕФ.", "uk", "ЮНІСЕФ", "Q216"),
    ("Наступного тижня до Одеси мають прибути експерти МАГАТЕ.", "uk", "МАГАТЕ", None),
    ("К концу октября в Минск должна приехать делегация ЮНЕСКО.", "ru", "ЮНЕСКО", "Q2280"),
])
def test_an_arrival_after_a_modal_verb_keeps_the_destination_fronted_before_both(text, lang, visitor, capital):
    ax = run_pipeline(text, lang, "2027-06-02")
    visit = one_event(ax, "Visit")
    assert key_of(ax, visitor) in visit.participants
    assert visit.status == "planned"
    if capital:
        assert visit.place_key == key_of_wikidata(ax, capital)


def test_a_modal_verb_with_no_arrival_after_it_makes_no_visit():
    ax = run_pipeline("До Києва має бути доставлено обладнання для ЮНІСЕФ.", "uk", "2027-06-02")
    assert events_of(ax, "Visit") == []


def test_the_subject_of_a_relative_clause_arrives_though_the_main_clause_goes_on():
    ax = run_pipeline("Голова Світового банку Мартін Гросс, котрий позавчора приїхав до Ужгорода, уклав угоду "
                      "з міністром Остапом Гнатюком.", "uk", "2027-06-02")
    visit = one_event(ax, "Visit")
    assert visit.participants[0] == key_of(ax, "Мартін Гросс")
    assert visit.time is not None and visit.time.value == "2027-05-31"


def test_an_arrival_for_a_purpose_told_by_an_infinitive_is_still_no_visit():
    ax = run_pipeline("Мартін Гросс прибув до Києва лікуватися.", "uk", "2027-06-02")
    assert events_of(ax, "Visit") == []


@pytest.mark.parametrize("text,lang,guest,host", [
    ("Мартіна Гросс у вівторок приїхала до Рівного. Увечері гостю прийняв мер Остап Гнатюк.", "uk",
     "Мартіна Гросс", "Остап Гнатюк"),
    ("Анна Гросс во вторник приехала в Казань. Вечером гостью принял мэр Олег Петренко.", "ru",
     "Анна Гросс", "Олег Петренко"),
])
def test_the_guest_a_host_received_is_the_visitor_told_before(text, lang, guest, host):
    ax = run_pipeline(text, lang, "2027-06-02")
    meeting = one_event(ax, "Meeting")
    assert set(meeting.participants) == {key_of(ax, host), key_of(ax, guest)}


def test_a_guest_noun_with_no_visit_told_makes_no_meeting():
    ax = run_pipeline("Мер Остап Гнатюк прийняв гостей на фестивалі.", "uk", "2027-06-02")
    assert events_of(ax, "Meeting") == []


def test_the_words_of_an_agreement_apart_over_an_acronym_in_brackets():
    ax = run_pipeline("Міністр Остап Гнатюк підписав з віцепрезидентом Північного інвестиційного банку (NIB) "
                      "угоду про кредит.", "uk", "2027-06-02")
    deal = one_event(ax, "Agreement")
    assert key_of(ax, "Остап Гнатюк") in deal.participants


@pytest.mark.parametrize("text,lang", [
    ("Міністри Остап Гнатюк і Мартін Гросс погодили надання Молдові пільгового кредиту.", "uk"),
    ("Министры Олег Петренко и Мартин Гросс согласовали выделение Молдове кредита.", "ru"),
])
def test_what_was_agreed_to_be_given_is_an_agreement_and_who_gets_it_is_no_party(text, lang):
    ax = run_pipeline(text, lang, "2027-06-02")
    deal = one_event(ax, "Agreement")
    assert key_of_wikidata(ax, "Q217") not in deal.participants
    assert key_of(ax, "Мартін Гросс" if lang == "uk" else "Мартин Гросс") in deal.participants


def test_a_participle_title_before_a_bank_and_a_name_makes_the_person_the_party_not_the_bank():
    ax = run_pipeline("Эльвира Набиуллина провела переговоры с управляющим Национального банка Лаоса "
                      "Сомсаком Ванной.", "ru", "2027-06-02")
    talks = one_event(ax, "Talks")
    assert set(talks.participants) == {key_of(ax, "Эльвира Набиуллина"), key_of(ax, "Сомсаком Ванной")}


def test_a_time_before_the_subject_of_a_take_part_verb_is_no_source_of_a_figure():
    ax = run_pipeline("Министр финансов Антон Силуанов прилетел в Ханой. В ноябре Силуанов будет участвовать в "
                      "совещании министров АСЕАН.", "ru", "2027-06-02")
    meeting = one_event(ax, "Meeting")
    assert key_of(ax, "Антон Силуанов") in meeting.participants


def test_a_russian_surname_the_dictionary_lacks_can_be_a_nominative_subject():
    ax = run_pipeline("Антон Силуанов будет участвовать в совещании министров АСЕАН.", "ru", "2027-06-02")
    meeting = one_event(ax, "Meeting")
    assert key_of(ax, "Антон Силуанов") in meeting.participants


@pytest.mark.parametrize("text,lang,state", [
    ("Это стало главной темой вьетнамского визита Владимира Путина.", "ru", "Q881"),
    ("Це стало головною темою в'єтнамського візиту Володимира Путіна.", "uk", "Q881"),
])
def test_a_nationality_adjective_before_a_visit_noun_names_the_state_visited(text, lang, state):
    ax = run_pipeline(text, lang, "2027-06-02")
    visit = one_event(ax, "Visit")
    assert key_of_wikidata(ax, state) in visit.participants
    assert visit.place_key == key_of_wikidata(ax, state)


def test_an_adjective_that_names_no_state_before_a_visit_noun_adds_no_state_visited():
    ax = run_pipeline("Это обсуждали во время официального визита Владимира Путина.", "ru", "2027-06-02")
    visit = one_event(ax, "Visit")
    assert visit.place_key is None and len(visit.participants) == 1


def test_one_who_takes_part_in_another_clause_is_no_party_of_the_event_before_it():
    ax = run_pipeline("Новый раунд консультаций состоится летом в Казани, а в ноябре Антон Силуанов будет "
                      "участвовать в совещании министров АСЕАН.", "ru", "2027-06-02")
    siluanov = key_of(ax, "Антон Силуанов")
    assert siluanov in one_event(ax, "Meeting").participants
    assert all(siluanov not in e.participants for e in ax.events if e.type != "Meeting")


@pytest.mark.parametrize("text,lang", [
    ("Генеральний прокурор України Остап Гнатюк поговорив з литовським колегою Мартінасом Грибаускасом. "
     "Наживо генпрокурори хочуть побачитися в травні в Тракаї.", "uk"),
    ("Генеральный прокурор Олег Петренко поговорил с литовским коллегой Мартинасом Грибаускасом. "
     "Вживую генпрокуроры хотят увидеться в мае в Тракае.", "ru"),
])
def test_office_holders_who_plan_to_see_each_other_are_the_two_of_the_call_before(text, lang):
    ax = run_pipeline(text, lang, "2027-03-10")
    call, meeting = one_event(ax, "Call"), one_event(ax, "Meeting")
    assert set(meeting.participants) == set(call.participants) and len(meeting.participants) == 2
    assert meeting.status == "planned"
    assert meeting.time is not None and meeting.time.value == "2027-05"


@pytest.mark.parametrize("text,lang,states", [
    ("Минюсты Латвии и Эстонии подписали программу сотрудничества.", "ru", {"Q211", "Q191"}),
    ("Міністерства юстиції Латвії та Естонії підписали програму співпраці.", "uk", {"Q211", "Q191"}),
])
def test_a_plural_body_noun_before_two_states_is_one_body_of_each_so_the_two_states_take_part(text, lang, states):
    ax = run_pipeline(text, lang, "2027-03-10")
    deal = one_event(ax, "Agreement")
    assert set(deal.participants) == {key_of_wikidata(ax, q) for q in states}


def test_a_singular_body_and_a_state_after_it_stay_as_they_are():
    ax = run_pipeline("Міністерство юстиції Латвії та Естонія підписали програму співпраці.", "uk", "2027-03-10")
    deal = one_event(ax, "Agreement")
    assert key_of_wikidata(ax, "Q211") not in deal.participants


@pytest.mark.parametrize("text,lang,person", [
    ("Глава Минприроды Олег Петренко сообщил, что пожары локализованы. Министр приедет в Тверь в конце недели.",
     "ru", "Олег Петренко"),
    ("Очільник МОЗ Остап Гнатюк запевнив, що амбулаторію відбудують. Наступного четверга міністр хоче особисто "
     "приїхати до Ковеля.",
     "uk", "Остап Гнатюк"),
])
def test_a_bare_title_as_the_subject_of_an_arrival_is_the_official_the_article_named(text, lang, person):
    ax = run_pipeline(text, lang, "2027-03-10")
    visit = one_event(ax, "Visit")
    assert visit.participants[0] == key_of(ax, person)


def test_a_town_name_shared_by_two_states_is_the_one_of_the_state_the_article_names():
    ax = run_pipeline("Зеленський поговорив з президенткою Коста-Рики Марією Рохас. Сибіга відвідає Сан-Хосе "
                      "наступного місяця.", "uk", "2027-03-16")
    visit = one_event(ax, "Visit")
    assert key_of(ax, "Коста-Рики") in visit.participants
    assert entity_of(ax, "Сан-Хосе").key == visit.place_key
    assert entity_of(ax, "Сан-Хосе").country_key == key_of(ax, "Коста-Рики")


def test_with_no_state_named_a_shared_town_name_stays_the_larger_town():
    ax = run_pipeline("Сибіга відвідає Сан-Хосе наступного місяця.", "uk", "2027-03-16")
    visit = one_event(ax, "Visit")
    assert key_of_wikidata(ax, "Q30") in visit.participants


def test_the_colleague_named_by_nationality_between_a_signing_verb_and_its_object_is_a_party():
    ax = run_pipeline("Міністр Остап Гнатюк учора уклав із чилійським колегою меморандум про освіту.",
                      "uk", "2027-05-28")
    deal = one_event(ax, "Agreement")
    assert len(deal.participants) == 2 and key_of(ax, "Остап Гнатюк") in deal.participants


@pytest.mark.parametrize("text,lang", [
    ("Відомство дякує: Управління ООН у справах біженців та мерія погодили план.", "uk"),
    ("Управление ООН по делам беженцев и мэрия согласовали план.", "ru"),
])
def test_the_refugee_agency_by_its_short_name_is_the_one_gazetteer_body(text, lang):
    ax = run_pipeline(text, lang, "2027-05-28")
    assert any(e.key == "org:unhcr" for e in ax.entities)


@pytest.mark.parametrize("text,lang", [
    ("Марія Рохас виграла повторне голосування президентських перегонів у листопаді 2025-го.", "uk"),
    ("Мария Рохас выиграла повторное голосование президентской гонки в ноябре 2025-го.", "ru"),
])
def test_a_presidential_race_is_an_election_of_its_winner(text, lang):
    ax = run_pipeline(text, lang, "2027-05-28")
    election = one_event(ax, "Election")
    assert election.participants == [key_of(ax, "Марія Рохас" if lang == "uk" else "Мария Рохас")]
    assert election.time is not None and election.time.value == "2025-11"


def test_a_parliaments_short_name_opening_a_sentence_after_its_full_name_is_that_body():
    ax = run_pipeline("Спікер Верховної Ради Остап Гнатюк відвідав Перу. Рада та перуанський Конгрес підписали "
                      "спільну декларацію.", "uk", "2027-09-09")
    deal = one_event(ax, "Agreement")
    assert key_of(ax, "Верховної Ради") in deal.participants and len(deal.participants) == 2


def test_a_short_name_that_is_a_common_word_opening_an_article_stays_no_body():
    ax = run_pipeline("Рада громади ухвалила бюджет.", "uk", "2027-09-09")
    assert not any(e.key == "org:verkhovna-rada" for e in ax.entities)


def test_a_visit_noun_after_a_whose_pronoun_goes_where_the_phrase_after_says():
    ax = run_pipeline("Сергей Лавров встретил Анну Коваль, визит которой в Минск завершится к пятнице.", "ru",
                      "2027-10-26")
    visit = one_event(ax, "Visit")
    assert key_of(ax, "Анну Коваль") in visit.participants
    assert visit.place_key == key_of_wikidata(ax, "Q2280")


@pytest.mark.parametrize("text,lang", [
    ("Визит Ивана Петрова в Тверь продлится до пятницы.", "ru"),
    ("Візит Івана Петренка до Луцька триватиме до п'ятниці.", "uk"),
])
def test_a_visit_lasting_until_a_day_runs_from_the_day_of_the_report_to_it(text, lang):
    visit = one_event(run_pipeline(text, lang, "2027-10-26"), "Visit")
    assert visit.time.value == "2027-10-26/2027-10-29"


def test_a_visit_to_take_place_by_a_day_with_no_verb_of_lasting_keeps_its_day():
    visit = one_event(run_pipeline("Визит Ивана Петрова в Тверь состоится до пятницы.", "ru", "2027-10-26"), "Visit")
    assert visit.time.value == "2027-10-29"


def test_the_guest_who_meets_someone_is_the_visitor_told_several_sentences_before():
    ax = run_pipeline("Анна Коваль прибыла в Москву с визитом. Она провела переговоры в МИД. Стороны обсудили "
                      "гуманитарные вопросы. Речь шла о пленных. Обсуждали и поставки. Завтра австрийская гостья "
                      "встретится с уполномоченным Марией Петровой.", "ru", "2027-10-26")
    meeting = one_event(ax, "Meeting")
    assert set(meeting.participants) == {key_of(ax, "Анна Коваль"), key_of(ax, "Марией Петровой")}


def test_the_head_of_a_body_named_by_a_common_noun_speaks_as_the_person_not_the_body():
    ax = run_pipeline("Директор НАБУ Остап Гнатюк заявив, що гроші повернуться.\n\nОчільник бюро також анонсував, "
                      "що поїде до Брюсселя.", "uk", "2027-06-16")
    assert speakers_of(ax) == [key_of(ax, "Остап Гнатюк")] * 2


def test_the_body_named_by_a_common_noun_alone_still_speaks_as_the_body():
    ax = run_pipeline("Директор НАБУ Остап Гнатюк заявив, що гроші повернуться.\n\nУ бюро також анонсували, "
                      "що поїдуть до Брюсселя.", "uk", "2027-06-16")
    assert speakers_of(ax)[1] == key_of(ax, "НАБУ")


@pytest.mark.parametrize("text,lang,value", [
    ("Годом ранее похожая встреча состоялась в Ханое.", "ru", "2026"),
    ("Год назад министры встретились в Ханое.", "ru", "2026"),
    ("Месяцем ранее министры встретились в Ханое.", "ru", "2027-06"),
    ("Роком раніше подібна зустріч відбулася в Ханої.", "uk", "2026"),
    ("Місяць тому міністри зустрілися в Ханої.", "uk", "2027-06"),
])
def test_a_year_or_a_month_before_the_report_dates_the_event(text, lang, value):
    meeting = one_event(run_pipeline(text, lang, "2027-07-27"), "Meeting")
    assert meeting.time is not None and meeting.time.value == value


def test_a_city_states_dateline_is_where_the_days_meeting_was():
    ax = run_pipeline("МОНАКО, 14 марта. /ТАСС/. Вице-премьер Иван Петров во вторник обсудил на переговорах "
                      "с министром Анной Коваль.", "ru", "2028-03-14")
    talks = one_event(ax, "Talks")
    assert talks.place_key == key_of(ax, "МОНАКО")


@pytest.mark.parametrize("text,lang,guest", [
    ("Анна Коваль во вторник прибыла в Москву. В четверг бразильская гостья отправится в Казань.", "ru", "Анна Коваль"),
    ("Анна Коваль у вівторок приїхала до Рівного. У четвер гостя вирушить до Луцька.", "uk", "Анна Коваль"),
])
def test_the_guest_who_travels_on_is_the_visitor_told_before(text, lang, guest):
    ax = run_pipeline(text, lang, "2027-10-20")
    second = max(events_of(ax, "Visit"), key=lambda e: e.start)
    assert second.participants[0] == key_of(ax, guest)
    assert second.time is not None and second.time.value == "2027-10-21"


def test_a_guest_travelling_with_no_visit_told_makes_no_visit():
    ax = run_pipeline("У четвер гості вирушать до Львова.", "uk", "2027-10-20")
    assert events_of(ax, "Visit") == []


@pytest.mark.parametrize("text,lang,a,b", [
    ("Помощник президента предположил, что у Ивана Петрова и Олега Коваля пройдет телефонный разговор на этой неделе.",
     "ru", "Ивана Петрова", "Олега Коваля"),
    ("Речник не виключив, що в Остапа Гнатюка та Ігоря Коваля відбудеться телефонна розмова.", "uk",
     "Остапа Гнатюка", "Ігоря Коваля"),
])
def test_the_two_at_whom_a_call_may_take_place_hold_it(text, lang, a, b):
    ax = run_pipeline(text, lang, "2027-03-10")
    call = one_event(ax, "Call")
    assert set(call.participants) == {key_of(ax, a), key_of(ax, b)}
    assert call.status in ("possible", "planned")


@pytest.mark.parametrize("text", [
    "Остап Гнатюк на зустрічі з Анною Коваль сказав, що села страждають від повеней.",
    "Остап Гнатюк, котрий керує районною адміністрацією, на зустрічі з Анною Коваль сказав, що села потерпають.",
])
def test_one_who_speaks_at_a_meeting_told_between_him_and_his_verb_takes_part(text):
    ax = run_pipeline(text, "uk", "2027-09-16")
    assert set(one_event(ax, "Meeting").participants) == {key_of(ax, "Остап Гнатюк"), key_of(ax, "Анною Коваль")}


def test_the_object_of_a_verb_before_a_meeting_phrase_takes_no_part():
    ax = run_pipeline("Президент привітав Остапа Гнатюка на зустрічі з Анною Коваль.", "uk", "2027-09-16")
    assert key_of(ax, "Остапа Гнатюка") not in one_event(ax, "Meeting").participants


@pytest.mark.parametrize("text,lang", [
    ("Вчера Генпрокуратура Латвии и Генпрокуратура Литвы утвердили программу. Совещание двух генпрокуратур "
     "пройдет весной в Риге.", "ru"),
    ("Міністерство оборони Латвії та Міністерство оборони Литви підписали програму. Засідання колегій двох "
     "міністерств відбудеться восени в Ризі.", "uk"),
])
def test_the_two_bodies_of_a_kind_are_the_two_the_article_names(text, lang):
    ax = run_pipeline(text, lang, "2027-03-10")
    meeting = one_event(ax, "Meeting")
    assert len(meeting.participants) == 2
    assert all(ax_entity.type == "ORG" for ax_entity in ax.entities if ax_entity.key in meeting.participants)


def test_a_meeting_in_the_seat_of_a_government_is_in_its_capital_when_the_article_names_it():
    ax = run_pipeline("Министр Фейсал бин Фархан прилетел в Москву. Вечером в Кремле гостя встретил глава государства "
                      "Владимир Путин.", "ru", "2028-04-10")
    assert one_event(ax, "Meeting").place_key == key_of(ax, "Москву")


def test_a_guest_of_another_nationality_than_the_visitor_told_is_not_that_visitor():
    ax = run_pipeline("Премьер Грузии Ираклий Кобахидзе прибыл в Киев. Последний раз высокий украинский гость "
                      "побывал в Грузии в 2021 году.", "ru", "2027-06-02")
    assert all(key_of(ax, "Ираклий Кобахидзе") not in v.participants for v in events_of(ax, "Visit")
               if v.time is not None and v.time.value == "2021")


@pytest.mark.parametrize("text,lang", [
    ("Иван Петров в пятницу отверг слухи, будто премьер якобы летит в Ханой. «Никакого полета в планах нет», "
     "— добавил он.", "ru"),
    ("Остап Гнатюк у п'ятницю відкинув чутки, ніби прем'єр нібито летить до Ханоя. «Жодного перельоту в планах "
     "немає», – додав він.", "uk"),
])
def test_a_quote_going_on_in_the_paragraph_of_a_dated_statement_is_dated_alike(text, lang):
    ax = run_pipeline(text, lang, "2027-11-12")
    assert [s.said_on.value if s.said_on else None for s in ax.statements] == ["2027-11-12", "2027-11-12"]


def test_a_quote_in_the_next_paragraph_keeps_no_date_of_its_own():
    ax = run_pipeline("Иван Петров в пятницу отверг слухи, будто премьер якобы летит в Ханой.\n\n"
                      "«Никакого полета в планах нет», — добавил он.", "ru", "2027-11-12")
    assert [s.said_on.value if s.said_on else None for s in ax.statements] == ["2027-11-12", None]


def test_a_programmes_name_with_stops_in_it_ends_no_sentence():
    ax = run_pipeline("Во вторник в эфире программы «Город. Страна. Мир» Иван Петров заявил, что визит готовится.",
                      "ru", "2027-06-02")
    (st,) = ax.statements
    assert st.said_on is not None and st.said_on.value == "2027-06-01"


@pytest.mark.parametrize("text,lang,day", [
    ("Остап Гнатюк в інтерв'ю телеканалу Nova, яке вийшло в неділю, заявив, що ремонт мосту завершать.", "uk",
     "2027-05-30"),
    ("В интервью CNN, опубликованном во вторник, Иван Петров заявил, что переговоры продолжатся.", "ru", "2027-06-01"),
])
def test_an_interview_dated_in_its_own_relative_clause_or_participle_phrase_dates_what_was_said(text, lang, day):
    (st,) = run_pipeline(text, lang, "2027-06-02").statements
    assert st.said_on is not None and st.said_on.value == day


def test_a_relative_clause_on_another_thing_dates_nothing_said():
    ax = run_pipeline("Иван Петров, который во вторник вернулся из Парижа, заявил, что переговоры продолжатся.", "ru",
                      "2027-06-02")
    (st,) = ax.statements
    assert st.said_on is None


@pytest.mark.parametrize("text,lang,value", [
    ("Лідери хочуть зустрітися на вересневій сесії Асамблеї.", "uk", "2027-09"),
    ("Министры собираются встретиться на сентябрьской сессии ассамблеи.", "ru", "2027-09"),
])
def test_a_months_adjective_dates_the_event_to_that_month(text, lang, value):
    meeting = next(e for e in run_pipeline(text, lang, "2027-03-16").events if e.type in ("Meeting", "Summit"))
    assert meeting.time is not None and meeting.time.value == value


def test_a_months_adjective_inside_a_districts_name_is_no_time():
    ax = run_pipeline("Жители Октябрьского района получили помощь.", "ru", "2027-03-16")
    assert not any(t.granularity == "month" for t in ax.times)
