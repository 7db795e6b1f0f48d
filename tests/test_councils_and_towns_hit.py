"""A surname written as the person's name right before its verb is the subject, whatever case the tagger guesses; a
month's adjective after a noun of preparing lies ahead and dates only its own noun; the NATO councils with a
state are one body each; a known body's span ends before "у/в" and its town; a town's name the recogniser cut in
two; a town hit with no attacker named, told with its region, is the place (not the region) and no party (a town
told alone as the place stays the target, as before); who speaks of an attack did not strike; a time between the
words of "взяти участь"; "the next summit" with its parties named is another one; "Альянс" is NATO. Sentences
written for these tests."""
import pytest

from conftest import entity_of, events_of, key_of, key_of_wikidata, one_event, run_pipeline, told


def test_a_surname_in_a_foreign_form_before_its_verb_is_the_subject_not_a_genitive():
    ax = run_pipeline("Глава МИД Литвы Пётр Грига прибыл в Вену. На полях конференции Грига провел переговоры "
                      "с министром Олегом Петренко.", "ru", "2027-06-02")
    talks = one_event(ax, "Talks")
    assert set(talks.participants) == {key_of(ax, "Пётр Грига"), key_of(ax, "Олегом Петренко")}


@pytest.mark.parametrize("text,lang", [
    ("Министры в четверг закончили совещание в Вене, посвященное подготовке июльского саммита в Риге.", "ru"),
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
    ("Міністр оборони прозвітував перед Радою Україна – НАТО.", "uk", "Радою Україна – НАТО"),
    ("Вчера в Вильнюсе заседал Совет Украина — НАТО.", "ru", "Совет Украина — НАТО"),
])
def test_the_nato_ukraine_council_is_one_body_not_cut_at_its_dash(text, lang, name):
    ax = run_pipeline(text, lang, "2027-04-08")
    ent = entity_of(ax, name)
    assert ent.key == "org:nato-ukraine-council"
    # (no body cut off at the dash: "Рада Україна" alone)
    assert {e.key for e in ax.entities if e.type == "ORG"} == {"org:nato-ukraine-council", "wd:Q7184"}


@pytest.mark.parametrize("text,lang,body,town", [
    ("Нові обмеження ухвалили в Раді ЄС у Люксембурзі.", "uk", "Q8896", "Q32"),
    ("Рішення ухвалили в Раді ЄС у Брюсселі в понеділок.", "uk", "Q8896", "Q239"),
])
def test_a_known_body_ends_before_the_town_it_sits_in(text, lang, body, town):
    ax = run_pipeline(text, lang, "2027-04-08")
    assert key_of_wikidata(ax, body) and key_of_wikidata(ax, town)
    assert all(e.type != "ORG" or e.wikidata for e in ax.entities)


def test_a_town_the_recogniser_cut_in_two_is_found_whole_and_is_where_the_attack_was():
    ax = run_pipeline("Ночью беспилотники ударили по Великим Лукам в Псковской области.", "ru", "2027-04-08")
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
    ("Губернатор Олег Петренко опроверг заметки о якобы нанесенном вечером ударе по Белгороду.", "ru"),
    ("Голова ОВА Остап Гнатюк спростував публікації про нібито завданий увечері удар по Сумах.", "uk"),
])
def test_who_denies_reports_of_an_attack_is_no_party_to_it(text, lang):
    ax = run_pipeline(text, lang, "2027-04-08")
    attack = one_event(ax, "Attack")
    assert not any(ax_type(ax, p) == "PER" for p in attack.participants)
    assert attack.place_key is not None and ax_type(ax, attack.place_key) == "LOC"


def ax_type(ax, key):
    return next(e.type for e in ax.entities if e.key == key)


@pytest.mark.parametrize("text,lang,person", [
    ("Міністр Остап Гнатюк узяв у вівторок участь у нараді Ради Україна – НАТО.", "uk", "Остап Гнатюк"),
    ("Министр Олег Петренко во вторник принимал участие в заседании Совета Украина — НАТО.", "ru", "Олег Петренко"),
])
def test_who_takes_part_with_a_time_between_the_words_and_no_name_inside_the_bodys(text, lang, person):
    ax = run_pipeline(text, lang, "2027-04-08")
    meeting = one_event(ax, "Meeting")
    assert set(meeting.participants) == {key_of(ax, person), "org:nato-ukraine-council"}
    assert meeting.time is not None and meeting.time.value == "2027-04-06"


def test_the_next_summit_with_its_parties_named_is_not_the_one_told_before():
    # (a headline, then the next summit in the same town)
    ax = run_pipeline("Главы правительств союза на саммите в Вене согласовали бюджет\n\n18.12.2027 | 09:05\n\n"
                      "Очередной саммит ЕС состоится в Вене в марте.", "ru", "2027-12-18")
    summits = sorted(events_of(ax, "Meeting"), key=lambda e: e.start)
    assert len(summits) == 2
    assert getattr(told(summits[1].time), "value", None) == "2028-03"
    assert getattr(told(summits[0].time), "value", None) != "2028-03"


def test_the_alliance_capitalised_is_nato():
    ax = run_pipeline("Нову зустріч міністрів призначено на липень, додали в штаб-квартирі Альянсу.", "uk", "2027-04-08")
    assert entity_of(ax, "Альянсу").key == "wd:Q7184"


def test_a_plural_title_in_the_genitive_of_a_singular_one_does_not_stop_the_name_after_it():
    ax = run_pipeline("В среду мэр Анна Гросс обсудит с главой литовского кабинета министров Павлом Кулигой транзит.",
                      "ru", "2027-11-23")
    meeting = one_event(ax, "Meeting")  # (a discussion to come with a named partner: a meeting)
    assert set(meeting.participants) == {key_of(ax, "Анна Гросс"), key_of(ax, "Павлом Кулигой")}


@pytest.mark.parametrize("text,lang", [
    ("Премьер Литвы Анна Гросс провела в Варшаве переговоры с Павлом Кулигой, премьером Польши. По итогам "
     "встречи политики подписали совместное заявление.\n\nПомимо этого, подписан и межправительственный договор о "
     "поставках угля.", "ru"),
    ("Прем'єр Литви Анна Гросс провела переговори у Варшаві з Павлом Кулигою, прем'єром Польщі. Після "
     "зустрічі політики підписали спільну заяву.\n\nОкрім цього, підписано також міжурядову угоду щодо "
     "вугілля.", "uk"),
])
def test_a_joint_statement_and_an_intergovernmental_treaty_are_two_agreements(text, lang):
    ax = run_pipeline(text, lang, "2027-11-23")
    agreements = events_of(ax, "Agreement")
    assert len(agreements) == 2, [(e.trigger, e.participants) for e in agreements]
    by_persons, by_states = sorted(agreements, key=lambda e: e.start)
    assert set(by_persons.participants) == {key_of(ax, "Анна Гросс"), next(
        e.key for e in ax.entities if e.type == "PER" and e.key != key_of(ax, "Анна Гросс"))}
    assert set(by_states.participants) == {key_of_wikidata(ax, "Q37"), key_of_wikidata(ax, "Q36")}


def test_a_subjectless_content_clause_tells_of_the_speakers_own_visit():
    # (a surname that is also a title noun, "герцог": only the clause's agreement with the speaker finds him)
    ax = run_pipeline("Учора президент Литви Павло Герцог говорив із прем'єром Олегом Петренком. Герцог також сказав "
                      "колезі, що хотів би восени відвідати Львів.", "uk", "2027-09-14")
    visit = one_event(ax, "Visit")
    assert key_of(ax, "Павло Герцог") in visit.participants


def test_a_content_clause_with_a_verb_of_another_gender_is_not_the_speakers():
    ax = run_pipeline("Президент Литви Анна Гросс повідомила, що хотів би ще цього року відвідати Львів.", "uk",
                      "2027-09-14")
    assert all(key_of(ax, "Анна Гросс") not in e.participants for e in events_of(ax, "Visit"))


@pytest.mark.parametrize("text,lang", [
    ("«Соседи сами закрыли дверь, — продолжил министр Олег Петренко. — Мы ответим, как только они созреют».", "ru"),
    ("«Сусіди самі зачинили двері, – продовжив міністр Олег Петренко. – Ми відгукнемося, коли вони будуть готові».", "uk"),
])
def test_a_split_quote_attributed_with_a_continuing_verb_is_two_direct_statements(text, lang):
    ax = run_pipeline(text, lang, "2027-01-19")
    assert [s.speaker_key for s in ax.statements] == [key_of(ax, "Олег Петренко")] * 2
    assert all(s.kind == "direct" for s in ax.statements)


def test_a_continuing_verb_with_an_object_before_a_relative_clause_says_nothing():
    ax = run_pipeline("Министр Олег Петренко продолжал работу, что вызвало критику коллег.", "ru", "2027-01-19")
    assert ax.statements == []


@pytest.mark.parametrize("text,lang", [
    ("Министр Олег Петренко обсудил ситуацию в регионе по телефону с Павлом Кулигой.", "ru"),
    ("Міністр Олег Петренко обговорив із Павлом Кулигою телефоном ситуацію в регіоні.", "uk"),
    ("Minister Oleg Petrenko discussed the crisis by phone with Pavel Kuliga.", "en"),
])
def test_a_discussion_held_by_phone_is_a_call(text, lang):
    ax = run_pipeline(text, lang, "2027-01-19")
    call = one_event(ax, "Call")
    assert set(call.participants) == {key_of(ax, "Олег Петренко" if lang != "en" else "Oleg Petrenko"),
                                      key_of(ax, "Павлом Кулигой" if lang == "ru" else "Павлом Кулигою" if lang == "uk"
                                             else "Pavel Kuliga")}
    assert events_of(ax, "Talks") == []


def test_an_adverb_after_a_bodys_name_is_no_part_of_it():
    ax = run_pipeline("Як зазначає «Дзеркало тижня», Фонд раніше вимагав скорочення видатків.", "uk", "2027-09-15")
    assert all("раніше" not in (e.name or "") for e in ax.entities)


def test_a_platform_posted_on_is_never_the_body_that_speaks():
    ax = run_pipeline("Дрони вдарили по Кременчуку. «Світло є», – написав мер міста Остап Гнатюк у Telegram.\n\n"
                      "У міській раді додали, що школи працюватимуть дистанційно.", "uk", "2027-08-11")
    telegram = {e.key for e in ax.entities if e.name == "Telegram"}
    assert telegram and not any(s.speaker_key in telegram for s in ax.statements)


@pytest.mark.parametrize("text,lang", [
    ("Снігопад залишив без світла 412 сіл Одеської області.\n\nЯк розповіли Укрінформу в обласній державній "
     "адміністрації, ремонтники вже працюють на лініях.", "uk"),
    ("Снегопад оставил без света 412 сел Одесской области.\n\nКак сообщили Интерфаксу в областной администрации, "
     "ремонтники уже работают на линиях.", "ru"),
])
def test_an_outlet_in_the_dative_is_told_and_the_regional_administration_speaks_for_its_region(text, lang):
    ax = run_pipeline(text, lang, "2027-11-25")
    (st,) = ax.statements
    region = next(e.key for e in ax.entities if e.key == "loc:odesa-oblast")
    outlet = next(e.key for e in ax.entities if e.is_outlet)
    assert st.speaker_key == region
    assert st.addressee_key == outlet


@pytest.mark.parametrize("text,lang,state", [
    ("Переговоры о вступлении Исландии в ЕС возобновились в мае.", "ru", "Q189"),
    ("Переговори про вступ Молдови до ЄС відновили навесні.", "uk", "Q217"),
])
def test_talks_on_a_states_accession_are_between_the_state_and_the_union(text, lang, state):
    ax = run_pipeline(text, lang, "2027-06-30")
    talks = one_event(ax, "Talks")
    assert set(talks.participants) == {key_of_wikidata(ax, state), key_of_wikidata(ax, "Q458")}


def test_talks_on_a_topic_that_is_no_accession_name_no_state_of_it():
    ax = run_pipeline("Переговоры о поставках рыбы из Исландии в ЕС идут с весны.", "ru", "2027-06-30")
    assert all(not e.participants for e in events_of(ax, "Talks"))


def test_a_treaty_on_a_states_accession_is_between_the_state_and_the_union():
    ax = run_pipeline("Договор о вступлении Исландии в ЕС подписали в Афинах в четверг.", "ru", "2027-06-30")
    agreement = one_event(ax, "Agreement")
    assert set(agreement.participants) == {key_of_wikidata(ax, "Q189"), key_of_wikidata(ax, "Q458")}


def test_an_intergovernmental_body_agreed_on_is_no_treaty_between_the_states():
    ax = run_pipeline("Прем'єр Литви Анна Гросс провела переговори у Варшаві з Павлом Кулигою, прем'єром "
                      "Польщі.\n\nСторони також домовилися створити міжурядову комісію.", "uk", "2027-11-23")
    assert not any(set(e.participants) == {key_of_wikidata(ax, "Q37"), key_of_wikidata(ax, "Q36")}
                   for e in events_of(ax, "Agreement"))


def test_a_continuing_verb_inside_a_reported_clause_leaves_the_report_to_its_source():
    ax = run_pipeline("Прем'єрка Анна Гросс дала інтерв'ю.\n\nЗа її словами, Вільнюс «не бачить альтернативи підтримці "
                      "сусідів, доки Москва продовжує тиск».", "uk", "2027-11-23")
    assert [s.speaker_key for s in ax.statements] == [key_of(ax, "Анна Гросс")]


def test_undated_talks_on_accession_are_the_process_and_name_no_parties():
    ax = run_pipeline("Прем'єр Олег Петренко вважає, що переговори про вступ Молдови до ЄС мають завершитися швидко.", "uk",
                      "2027-06-30")
    assert all(not e.participants for e in events_of(ax, "Talks"))


def test_a_regional_administration_the_article_names_speaks_as_itself():
    ax = run_pipeline("Голова Волинської обласної державної адміністрації Олег Петренко відвідав Ковель.\n\n"
                      "В обласній державній адміністрації додали, що ремонт почнеться влітку.", "uk", "2027-06-30")
    body = next(e.key for e in ax.entities if e.type == "ORG")
    assert ax.statements and ax.statements[-1].speaker_key == body


def test_the_first_word_of_a_quoted_name_is_not_the_alliance():
    ax = run_pipeline("Перемогу здобув опозиційний блок «Альянс надії».", "uk", "2027-04-08")
    assert not any(e.wikidata == "Q7184" for e in ax.entities)
