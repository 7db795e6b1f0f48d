"""Unnamed sources inside a body, offices that speak for themselves, seats of government as places, guests and
hosts, "where" clauses, and names the recogniser cuts or glues: verbs, first names, short body names, family
names of one syllable, weapon models and plants (sentences written for these tests; the people are invented,
the states, towns and bodies real)."""
import pytest

from conftest import events_of as _events, key_of as _key, one_event as _one, run_entities, run_pipeline


# -- "a source in X told Y": X speaks, Y is told; "the interlocutor" after it is that source -------------------
def test_source_inside_a_body_speaks_for_it_and_the_outlet_after_the_verb_is_told():
    ax = run_pipeline("Джерело в Міноборони сказало «РБК-Україна», що склад пального вибухнув після влучання. "
                      "Як додав співрозмовник, вогонь гасили до ранку.", "uk", "2027-05-02")
    first, second = ax.statements
    body = _key(ax, "Міноборони")
    assert first.speaker_key == body and first.addressee_key == "org:rbc-ukraine"
    assert second.speaker_key == body  # not the outlet the source talked to


def test_interlocutor_of_a_named_outlet_stays_the_outlet():
    ax = run_pipeline("Джерело в Міноборони сказало «РБК-Україна», що склад пального вибухнув після влучання. "
                      "Як додав співрозмовник «Української правди», вогонь гасили до ранку.", "uk", "2027-05-02")
    assert ax.statements[1].speaker_key != _key(ax, "Міноборони")


def test_nobody_is_told_what_they_say_themselves():
    ax = run_pipeline("Источник в правительстве сообщил ТАСС, что переговоры пройдут в Минске.", "ru", "2027-05-02")
    (st,) = ax.statements
    assert st.addressee_key is None or st.addressee_key != st.speaker_key


# -- an office the gazetteer knows by name speaks itself -------------------------------------------------------
def test_presidential_administration_of_a_state_is_a_body_of_its_own():
    ax = run_pipeline("Президент Литви Андрюс Вайткус у четвер прийняв у Вільнюсі делегацію Сейму. "
                      "В Адміністрації президента Литви повідомили, що наступна зустріч відбудеться восени.",
                      "uk", "2027-05-06")
    st = next(s for s in ax.statements if s.cue == "повідомили")
    assert st.speaker_key == "org:presidency-lt"


def test_office_noun_speaks_for_the_body_named_with_it_before():
    ax = run_pipeline("В аппарате правительства Казахстана заявили, что переговоры о зерне продолжатся. В аппарате "
                      "позднее отвергли сведения британского агентства Reuters о том, что делегация покинула Ташкент.",
                      "ru", "2027-05-06")
    assert [s.speaker_key for s in ax.statements] == ["org:gov-kz", "org:gov-kz"]


def test_outlet_after_a_comment_noun_and_its_adjectives_is_no_speaker():
    ax = run_pipeline("МИД Норвегии в интервью государственной телерадиокомпании NRK сообщил, что рыболовные квоты "
                      "останутся прежними.", "ru", "2027-05-06")
    (st,) = ax.statements
    assert st.speaker_key == "org:mfa-no"


def test_bare_ministry_is_the_one_named_last_before_it_not_one_named_after():
    ax = run_pipeline("МИД Польши вызвал посла Чехии.\n\nМинистерство иностранных дел Польши вручило ноту. "
                      "«Это недопустимо», — говорится в сообщении МИД.\n\nМИД Чехии ответил, что все законно. "
                      "Замглавы польского МИД Ян Ковальчик пообещал ответ.", "ru", "2027-05-06")
    st = next(s for s in ax.statements if s.cue == "говорится")
    assert st.speaker_key == "org:mfa-pl"


def test_plural_verb_with_a_singular_object_is_no_trailing_attribution():
    ax = run_pipeline("Латвия закрыла въезд для грузовиков из Беларуси, в Минске обещают зеркальный ответ.", "ru",
                      "2027-05-06")
    assert ax.statements == []


# -- names the recogniser cut or glued -------------------------------------------------------------------------
def test_verbs_are_trimmed_from_both_ends_of_an_organisation():
    ax = run_entities("У Міністерстві охорони здоров'я Молдови заявили, що лікарні працюють. «Дякуємо Литві», "
                      "– сказав лікар.", "uk",
                      [("Міністерстві охорони здоров'я Молдови заявили", "ORG"), ("Дякуємо Литві", "ORG")])
    index = ax[0] if isinstance(ax, tuple) else ax
    surfaces = {m.text for m in index.mentions}
    assert "Міністерстві охорони здоров'я Молдови" in surfaces
    assert not any("заявили" in s or "Дякуємо" in s for s in surfaces)


@pytest.mark.parametrize("text,lang,spans", [
    # a first name the recogniser took for a place is the person named in full
    ("Президент Чилі Кеван Орсан прибув до Вільнюса. «З Кеваном ми говорили про зерно», – сказав литовський "
     "міністр.", "uk", [("Кеван Орсан", "PER"), ("Кеваном", "LOC")]),
    # a one-syllable family name stays with the rest of the name
    ("Министр провел переговоры с вице-премьером Вьетнама Нго Минь Тханем. Позже Нго Минь Тхан уехал.", "ru",
     [("Нго Минь Тханем", "PER"), ("Нго Минь Тхан", "PER")]),
    # a short foreign surname in another case is the same person
    ("Министр встретился с Ван Локом. Ван Лок уехал в Пекин.", "ru", [("Ван Локом", "PER"), ("Ван Лок", "PER")]),
])
def test_two_mentions_of_one_person_the_recogniser_cut_or_mistyped_are_one_entity(text, lang, spans):
    index = run_entities(text, lang, spans)[0]
    keys = {m.text: m.entity_key for m in index.mentions}
    assert keys[spans[0][0]] == keys[spans[1][0]]


def test_short_body_name_the_recogniser_took_for_a_place_is_the_body():
    index = run_entities("Як зазначили в Генеральному штабі ЗСУ, удар завдали вночі. У Генштабі додали, що склад "
                         "згорів.", "uk", [("Генеральному штабі ЗСУ", "ORG"), ("Генштабі", "LOC")])[0]
    keys = {m.text: m.entity_key for m in index.mentions}
    assert keys["Генштабі"] == keys["Генеральному штабі ЗСУ"] == "org:general-staff-ua"


def test_weapon_models_after_their_noun_are_no_entities():
    ax = run_pipeline("Швеція передасть Україні винищувачі Gripen і крилаті ракети Taurus та Scalp.", "uk",
                      "2027-05-06")
    names = {m.text for e in ax.entities for m in e.mentions}
    assert not names & {"Gripen", "Taurus", "Scalp"}


def test_plant_named_by_a_place_adjective_is_one_installation():
    ax = run_pipeline("Дрони атакували Криворізьку теплову електростанцію та Кременчуцький НПЗ. Криворізька ТЕС "
                      "зупинилася.", "uk", "2027-05-06")
    names = {e.name for e in ax.entities if e.type == "ORG"}
    assert {"Криворізька теплова електростанція", "Кременчуцький НПЗ", "Криворізька ТЕС"} <= names
    assert not any(e.type == "PER" for e in ax.entities)


# -- events: seats of government, guests, roles, anaphors ------------------------------------------------------
def test_talks_in_a_seat_of_government_took_place_in_its_capital():
    ax = run_pipeline("Президент Бразилии Жоао Сантос прибыл в Москву. Переговоры лидеров прошли во вторник в "
                      "Кремле.", "ru", "2027-05-06")
    assert _one(ax, "Talks").place_key == _key(ax, "Москву")


def test_seat_of_government_opening_a_sentence_is_who_reacts_not_where():
    ax = run_pipeline("Сербия и Косово подписали протокол в Брюсселе. В Кремле это решение встретили холодно.", "ru",
                      "2027-05-06")
    assert _events(ax, "Meeting") == []


@pytest.mark.parametrize("text,lang,etype,person", [
    pytest.param("Премьер-министр Казахстана Ерлан Досаев прибыл в Ташкент с рабочим визитом. Вечером казахстанского "
                 "гостя принимал у себя президент Узбекистана Ахмад Юсупов.", "ru", "Meeting", "Ерлан Досаев",
                 id="guest-noun-with-a-nationality"),
    pytest.param("Вице-премьер Беларуси Олег Кравцов прибыл в Ханой. На следующий день белорусского вице-премьера "
                 "принимал президент Вьетнама Лыонг Кыонг.", "ru", "Meeting", "Олег Кравцов",
                 id="hyphenated-title-of-the-guest"),
    pytest.param("Секретарь белорусского Совбеза Андрей Семенов прибыл в Ереван. Год назад секретарь Совбеза уже "
                 "встречался с премьером Армении в Москве.", "ru", "Meeting", "Андрей Семенов",
                 id="title-and-body-name-the-holder-the-roles-tell"),
    pytest.param("Президентка Словенії Іліана Мркова, яка в середу вперше приїхала в Україну з дводенним візитом, "
                 "провела у Львові переговори з Андрієм Коваленком.", "uk", "Talks", "Іліана Мркова",
                 id="subject-past-a-relative-clause"),
])
def test_person_named_by_a_guest_noun_a_title_or_before_a_clause_takes_part(text, lang, etype, person):
    ax = run_pipeline(text, lang, "2027-05-06")
    assert _key(ax, person) in _one(ax, etype).participants


def test_such_a_meeting_is_the_one_demanded_before_and_is_to_come():
    ax = run_pipeline("Глава Гагаузии Ион Попа потребовал собрать совещание мэров Комрата и Кишинева. Такое "
                      "совещание состоится в Бельцах в середине ноября, уточнили в правительстве.", "ru",
                      "2027-09-20")
    meeting = _one(ax, "Meeting")
    assert meeting.status == "planned"
    assert meeting.place_key == _key(ax, "Бельцах")


def test_joining_anothers_sanctions_told_with_a_noun_makes_the_joiner_impose_them():
    ax = run_pipeline("Черногория объявила о присоединении к ограничительным мерам Евросоюза против российских "
                      "энергетических компаний.", "ru", "2027-05-06")
    sanctions = _one(ax, "Sanctions")
    assert _key(ax, "Евросоюза") not in sanctions.participants
    assert any("Q236" in p for p in sanctions.participants)  # Montenegro


@pytest.mark.parametrize("text,lang,published,signers", [
    pytest.param("Премьер Польши Анджей Новак провел в Вильнюсе переговоры с премьер-министром Литвы Ингой Шимкуте. "
                 "Затем главы правительств подписали соглашение о строительстве моста.", "ru", "2027-05-06",
                 ("Анджей Новак", "Ингой Шимкуте"), id="heads-of-government-after-the-talks"),
    pytest.param("Голова Мінфіну Іван Петренко і чеський міністр енергетики Павел Новак уклали угоду про постачання "
                 "газу.", "uk", "2027-05-20", ("Іван Петренко", "Павел Новак"),
                 id="a-minister-for-energy-and-the-name-before-him"),
])
def test_the_persons_told_sign_the_agreement(text, lang, published, signers):
    ax = run_pipeline(text, lang, published)
    assert {_key(ax, name) for name in signers} <= set(_one(ax, "Agreement").participants)


def test_where_clause_after_a_town_is_where_the_talks_will_be():
    ax = run_pipeline("Наступного тижня очільник сербського МЗС полетить до Мінська, де зустрінеться з білоруським "
                      "колегою.", "uk", "2027-05-06")
    assert _one(ax, "Meeting").place_key == _key(ax, "Мінська")


def test_call_reacted_to_somewhere_is_the_call_told_and_has_no_place():
    ax = run_pipeline("Міністри закордонних справ України і Туреччини провели телефонну розмову. У Берліні цю "
                      "розмову прокоментували обережно.", "uk", "2027-05-06")
    call = _one(ax, "Call")
    assert call.place_key is None
