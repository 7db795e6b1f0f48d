"""A position or estimate voiced in the sentence after it, ministries named without their state, places that are
the object of a visit verb, stops still ahead on a trip, capitals standing for their states, the dates of what
was said at a briefing, in a reply or when a call ended. Sentences written for these tests."""
import pytest

from conftest import events_of, key_of, run_pipeline, speakers_of


def _type_of(ax, surface):
    return next(e.type for e in ax.entities for m in e.mentions if m.text == surface)


@pytest.mark.parametrize("lang,text,speaker,content", [
    ("ru", "Вена так и не ответила на запрос о продлении транзитного договора. Такую позицию во вторник "
           "изложил Сергей Лавров.", "wd:Q80837", "Вена так и не"),
    ("uk", "Київ чекає на рішення партнерів до кінця місяця. Таку оцінку дав речник відомства Георгій Тихий.",
     "per:heorhii-tykhyi", "Київ чекає"),
])
def test_a_position_voiced_after_it_is_the_speakers_statement(lang, text, speaker, content):
    ax = run_pipeline(text, lang)
    assert speakers_of(ax) == [speaker]
    assert ax.statements[0].content.startswith(content)


def test_a_position_someone_only_holds_is_no_statement():
    ax = run_pipeline("Берлин не поддерживает этот план. Такую позицию занимает правительство страны.", "ru")
    assert ax.statements == []


@pytest.mark.parametrize("lang,text,surface,key", [
    # the holder's state, though the language's press would mean its own ministry
    ("uk", "Сергій Лавров, що очолює МЗС, заявив, що консультації тривають.", "МЗС", "org:mfa-ru"),
    ("uk", "У МЗС заявили, що посол повернеться до Києва.", "МЗС", "org:mfa-ua"),
    ("ru", "В МИД заявили, что консультации продолжатся.", "МИД", "org:mfa-ru"),
    ("uk", "Угоду підписано в четвер, йдеться в повідомленні Міноборони.", "Міноборони", "org:mod-ua"),
])
def test_a_ministry_named_without_its_state(lang, text, surface, key):
    assert key_of(run_pipeline(text, lang), surface) == key


def test_the_ministry_of_the_country_spoken_of_is_not_the_home_one():
    ax = run_pipeline("Делегация встретилась в Коломбо с руководством МИД страны.", "ru")
    assert key_of(ax, "МИД") != "org:mfa-ru"


def test_a_ministry_of_a_state_named_in_full_keeps_that_state():
    ax = run_pipeline("МЗС Польщі викликало посла. У МЗС пояснили, що відповідь буде симетричною.", "uk")
    assert {m.entity_key for e in ax.entities for m in e.mentions if m.text == "МЗС"} == {"org:mfa-pl"}


def test_a_region_named_in_two_languages_is_one_place():
    uk = run_pipeline("Торгівля з країнами Південно-Східної Азії зросла.", "uk")
    ru = run_pipeline("Торговля со странами Юго-Восточной Азии выросла.", "ru")
    assert key_of(uk, "Південно-Східної Азії") == key_of(ru, "Юго-Восточной Азии") == "wd:Q11708"


@pytest.mark.parametrize("lang,text,place", [
    ("ru", "В пятницу Алексей Оверчук посетит Оквенделе, где строится элеватор.", "Оквенделе"),
    ("uk", "У середу Денис Шмигаль відвідає військову базу Рорвуд поблизу столиці.", "Рорвуд"),
])
def test_what_a_visit_verb_names_is_a_place(lang, text, place):
    ax = run_pipeline(text, lang)
    key = key_of(ax, place)
    assert _type_of(ax, place) == "LOC"
    (visit,) = events_of(ax, "Visit")
    assert visit.place_key == key and key not in visit.participants


def test_a_person_visited_stays_a_person():
    ax = run_pipeline("Президент посетил Петрова в больнице.", "ru")
    assert _type_of(ax, "Петрова") == "PER"


def test_a_stop_still_ahead_on_a_trip_is_a_visit_of_its_own():
    ax = run_pipeline("Міністр оборони Польщі Владислав Косіняк-Камиш прибув до Литви з візитом.\n\n"
                      "У суботу він відвідає Клайпеду, де огляне порт.", "uk", "2028-03-02")
    visits = sorted((v.status, v.place_key, v.time.value if v.time else None) for v in events_of(ax, "Visit"))
    assert visits == [("occurred", "wd:Q37", "2028-03-02"), ("planned", "loc:klaipeda", "2028-03-04")]


def test_the_short_feminine_title_names_the_premier_named_before():
    ax = run_pipeline("Учора прем'єр-міністерка Юлія Свириденко приїхала до Словаччини.\n\n"
                      "У четвер прем'єрка відвідає Кошице.", "uk", "2028-03-02")
    planned = [v for v in events_of(ax, "Visit") if v.status == "planned"]
    assert [v.participants[0] for v in planned] == ["per:yulia-svyrydenko"]
    assert planned[0].place_key == "loc:kosice"


def test_a_capital_beside_another_stands_for_its_state_and_another_deal_is_another():
    ax = run_pipeline("Россия и Замбия заключили договор об удобрениях.\n\n"
                      "Москва и Лусака позже могут подписать еще один договор.", "ru", "2028-03-02")
    deals = sorted((a.status, tuple(sorted(a.participants))) for a in events_of(ax, "Agreement"))
    assert deals == [("occurred", ("loc:zm", "wd:Q159")), ("possible", ("loc:zm", "wd:Q159"))]


def test_a_preposition_after_a_role_noun_names_no_organisation():
    ax = run_pipeline("Владимир Путин и президент Монголии Ухнаагийн Хурэлсух в понедельник обсудили транзит "
                      "в Москве.\n\nМонгольский лидер в ответной речи сказал: «Мы ценим эту дружбу».\n\n"
                      "Как пишут «Ведомости», стороны подпишут протокол.", "ru", "2028-02-28")
    reply = next(s for s in ax.statements if s.content.startswith("Мы ценим"))
    assert reply.speaker_key == key_of(ax, "Ухнаагийн Хурэлсух")
    assert reply.said_on is not None and reply.said_on.value == "2028-02-28"  # the reply at the talks


def test_a_briefing_held_with_the_guest_is_the_day_of_the_talks():
    ax = run_pipeline("Владимир Путин и президент Монголии Ухнаагийн Хурэлсух в понедельник обсудили транзит "
                      "в Москве. Стороны утвердили план консультаций.\n\n«Монголия — наш давний партнер, — "
                      "сказал Путин на совместном с монгольским лидером брифинге. — Товарооборот растет».", "ru",
                      "2028-02-28")
    assert [s.said_on.value if s.said_on else None for s in ax.statements] == ["2028-02-28", "2028-02-28"]


def test_written_when_the_call_ended_is_dated_by_the_call():
    ax = run_pipeline("Ввечері в четвер Андрій Сибіга мав розмову телефоном із фінською колегою. "
                      "Йшлося про енергетику, повідомили в міністерстві.\n\n«Дякую за підтримку», – написав "
                      "Сибіга у Facebook, коли розмова закінчилася.", "uk", "2028-03-03")
    thanks = next(s for s in ax.statements if s.content.startswith("Дякую"))
    assert thanks.said_on is not None and thanks.said_on.value == "2028-03-02"


def test_a_son_of_name_opening_a_sentence_is_the_person_named_in_full():
    ax = run_pipeline("Міністр зустрівся з віцепрем'єром ОАЕ Мухаммедом бен Рашидом.\n\n"
                      "Бен Рашид, як передає агентство WAM, запросив його до Дубая.", "uk")
    assert key_of(ax, "Бен Рашид") == key_of(ax, "Мухаммедом бен Рашидом")


@pytest.mark.parametrize("text,speaker", [
    ("Катери будуватимуть спільно в Миколаєві, йдеться в повідомленні на сайті Міноборони.", "org:mod-ua"),
    ("Над Полтавщиною збили 20 дронів, повідомили в Повітряних силах ЗСУ. Загалом уночі противник атакував "
     "області 95 дронами, йдеться в нічному зведенні командування.", "org:air-force-ua"),
])
def test_the_source_after_an_impersonal_verb_and_its_document(text, speaker):
    ax = run_pipeline(text, "uk")
    assert speakers_of(ax)[-1] == speaker
    assert ax.statements[-1].content.startswith(("Катери", "Загалом"))


def test_officials_an_outlet_cites_unnamed_leave_the_outlet_speaking():
    ax = run_pipeline("Как пишет Reuters, ссылаясь на шриланкийских дипломатов, министр может летом приехать "
                      "в Москву.", "ru")
    assert speakers_of(ax) == ["wd:Q130879"]
    assert ax.statements[0].via_key is None


def test_a_press_office_an_outlet_cites_speaks_through_it_once():
    ax = run_pipeline("Как передает ТАСС со ссылкой на пресс-службу МИД Непала, переговоры отложены.", "ru")
    assert [(s.speaker_key, s.via_key, s.content) for s in ax.statements] == [
        ("org:mfa-np", "org:tass", "переговоры отложены")]


def test_a_place_before_the_subjects_participle_phrase_is_where_the_talks_were():
    ax = run_pipeline("В пятницу в Ханое спикер Госдумы Вячеслав Володин, приехавший во Вьетнам по приглашению "
                      "коллеги, провел переговоры с председателем парламента Чан Тхань Маном.", "ru", "2028-06-20")
    assert [(e.type, e.place_key) for e in ax.events] == [("Visit", "loc:hanoi"), ("Talks", "loc:hanoi")]


def test_a_place_after_the_topic_and_its_time_is_where_the_talks_will_be():
    ax = run_pipeline("Литва и Польша проведут консультации по соглашению весной в Вильнюсе.", "ru", "2028-07-12")
    (talks,) = events_of(ax, "Talks")
    assert (talks.place_key, talks.time.value) == ("wd:Q216", "2029")  # the next spring


@pytest.mark.parametrize("lang,text,callee", [
    ("uk", "Зранку Фіцо зателефонував Володимир Зеленський.", "Фіцо"),
    ("ru", "Токаеву в среду позвонил Владимир Путин.", "Токаеву"),
    ("uk", "Зеленський у неділю привітав Туска телефоном.", "Туска"),
    ("ru", "Путин в понедельник поздравил Токаева по телефону с днем рождения.", "Токаева"),
])
def test_whom_a_call_was_made_to(lang, text, callee):
    ax = run_pipeline(text, lang, "2028-03-01")
    (call,) = events_of(ax, "Call")
    assert key_of(ax, callee) in call.participants and len(call.participants) == 2


def test_the_first_sitting_of_the_working_group_is_the_two_chambers():
    ax = run_pipeline("Председатель Госдумы Вячеслав Володин и спикер парламента Сербии Ана Брнабич подписали в "
                      "Белграде меморандум. Документ предусматривает создание совместной рабочей группы.\n\n"
                      "Первое заседание рабочей группы намечено на ноябрь в Москве.", "ru", "2028-03-01")
    (sitting,) = events_of(ax, "Meeting")
    assert "org:state-duma" in sitting.participants and len(sitting.participants) == 2
    committee = run_pipeline("Министры Польши и Литвы подписали соглашение.\n\nЗаседание комитета Госдумы по "
                             "энергетике пройдет в среду.", "ru", "2028-03-01")
    assert [e.participants for e in events_of(committee, "Meeting")] == [["org:state-duma"]]


def test_a_latin_acronym_wins_again_and_its_first_win_is_an_earlier_election():
    ax = run_pipeline("Рух ALFA Марека Новака виграв вибори до Національної ради Словаччини.\n\n"
                      "25 вересня 2028, 09:10\n\nРух ALFA, який очолює Марек Новак, набрав найбільше голосів на "
                      "голосуванні, що відбулося в суботу.\n\nУперше ALFA виграла вибори у березні 2016 року.",
                      "uk", "2028-09-25")
    assert len({m.start for e in ax.entities for m in e.mentions if m.text == "ALFA"}) == 3
    elections = sorted((e.time.value, e.place_key, tuple(e.participants)) for e in events_of(ax, "Election"))
    assert elections[0] == ("2016-03", "wd:Q214", ("org:alfa",))
    assert all(t.startswith("2028") for t, _p, _w in elections[1:])


def test_a_quoted_name_before_its_leaders_name_is_one_party():
    ax = run_pipeline("Четвертою стала «Рух за справедливість і порядок» Марека Новака, що набрала 7%.", "uk")
    assert _type_of(ax, "Рух за справедливість і порядок") == "ORG"


def test_an_international_body_ends_before_the_city_it_sits_in():
    ax = run_pipeline("Міністр обговорить це з генеральним секретарем Всесвітньої поштової спілки в Берні.", "uk")
    assert _type_of(ax, "Всесвітньої поштової спілки") == "ORG"
    assert _type_of(ax, "Берні") == "LOC"


def test_an_attack_to_be_discussed_is_the_attack_told_before():
    ax = run_pipeline("Уночі на понеділок російські дрони атакували порт Ізмаїл.\n\nМіністр інфраструктури за "
                      "тиждень обговорить атаку з колегами з ЄС.", "uk", "2028-02-21")
    assert [(a.status, a.time.value) for a in events_of(ax, "Attack")] == [("occurred", "2028-02-21")]


def test_a_clause_with_its_own_common_noun_subject_borrows_no_person():
    ax = run_pipeline("У консорціум увійде компанія Ансальдо Енергія, а експертні групи обох урядів зберуться у "
                      "Львові в травні.", "uk", "2027-03-10")
    assert all(p not in (key_of(ax, "Ансальдо Енергія"),) for e in events_of(ax, "Meeting") for p in e.participants)


def test_the_dative_before_an_infinitive_call_is_who_is_to_call():
    ax = run_pipeline("Депутат считает, что премьеру стоит самому позвонить в Белый дом.", "ru", "2027-03-10")
    assert all(len(c.participants) < 2 for c in events_of(ax, "Call"))


def test_an_adverbial_participle_of_commenting_is_no_trailing_speech():
    ax = run_pipeline("Вена так и не ответила на запрос о продлении договора. Такую оценку в пятницу дал министр "
                      "иностранных дел Сергей Лавров, комментируя слова австрийского канцлера.", "ru")
    assert speakers_of(ax) == ["wd:Q80837"]


def test_the_network_posted_on_takes_no_part_in_the_meeting():
    ax = run_pipeline("У понеділок міністра прийняв президент Бразилії Луїс Інасіу Лула да Сілва. Після розмови "
                      "він повідомив у соцмережі X, що обговорив із гостем постачання добрив.", "uk", "2028-03-01")
    assert all("org:x-twitter" not in e.participants for e in ax.events)


def test_what_was_signed_at_the_talks_is_dated_by_them_not_by_the_arrival_before():
    ax = run_pipeline("Во вторник в Бамако состоялись переговоры Сергея Лаврова и главы малийской дипломатии Абдулая "
                      "Диопа. В Мали российский министр прибыл с рабочим визитом днем ранее. По итогам встречи "
                      "стороны подписали протокол о консультациях.", "ru", "2028-06-13")
    (deal,) = events_of(ax, "Agreement")
    assert deal.time.value == "2028-06-13"
    (visit,) = events_of(ax, "Visit")
    assert (visit.time.value, visit.place_key) == ("2028-06-12", "loc:ml")  # fronted "В Мали": where to


def test_a_side_named_by_its_adjective_in_a_reported_clause_is_its_state():
    ax = run_pipeline("Министр Алексей Оверчук сказал журналистам, что камбоджийская сторона может подписать контракт "
                      "на строительство порта.", "ru", "2028-01-01")
    (deal,) = events_of(ax, "Agreement")
    assert deal.participants == ["loc:kh"]


def test_a_visit_to_a_place_after_an_adjective():
    ax = run_pipeline("В марте 2026 года глава правительства Михаил Мишустин посетил с визитом соседнюю Монголию.",
                      "ru", "2028-01-01")
    (visit,) = events_of(ax, "Visit")
    assert visit.place_key == "wd:Q711" and "wd:Q711" in visit.participants


def test_met_in_a_town_and_held_talks_is_one_event_there():
    ax = run_pipeline("Прибывший в Оман с визитом Вячеслав Володин накануне встретился в Маскате и провел переговоры "
                      "со спикером оманского Государственного совета Абдулмаликом аль-Халили.",
                      "ru", "2028-04-26")
    assert [(e.type, e.place_key) for e in ax.events if e.type in ("Meeting", "Talks")] == [("Talks", "loc:muscat")]


def test_a_capital_whose_name_is_also_a_word_is_a_place_after_a_preposition():
    ax = run_pipeline("Соглашение о строительстве терминала подписали в Ломе.", "ru", "2028-04-26")
    assert _type_of(ax, "Ломе") == "LOC"


def test_only_words_of_a_platform_phrase_hide_the_name_after_them():
    from kg.extract.event_view import _platform_nouns
    assert "канал" in _platform_nouns("ru") and "-" not in _platform_nouns("ru")  # ("аль-X": no platform before X)


@pytest.mark.parametrize("between_governments", [True, False])
def test_an_agreement_between_governments_has_the_two_states_beside_its_signers(between_governments):
    noun = "міжурядову угоду" if between_governments else "угоду"
    ax = run_pipeline(f"Прем'єр-міністр Польщі Дональд Туск і прем'єр Словенії Роберт Голоб уклали в Любляні {noun} "
                      "про залізничне сполучення.", "uk", "2028-03-01")
    (deal,) = events_of(ax, "Agreement")
    assert ({"wd:Q36", "wd:Q215"} <= set(deal.participants)) is between_governments
    assert {"wd:Q946", key_of(ax, "Роберт Голоб")} <= set(deal.participants)


@pytest.mark.parametrize("lang,text", [
    ("ru", "По предварительным данным Центральной избирательной комиссии, партия получила 40% голосов."),
    ("uk", "За попередніми даними Центральної виборчої комісії, партія отримала 40% голосів."),
])
def test_an_adjective_inside_an_according_phrase(lang, text):
    ax = run_pipeline(text, lang)
    assert [s.content for s in ax.statements] == [text.split(", ", 1)[1].rstrip(".")]
    assert _type_of(ax, ax.statements[0].speaker_text) == "ORG"
