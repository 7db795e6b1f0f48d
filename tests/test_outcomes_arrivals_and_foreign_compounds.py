"""A month right after a year written alone is that year's; a deal named the result of talks was made at them; a
later meeting follows the latest day told; a press conference after an arrival told last is dated by the talks; a
visit an arrival opens runs on to the visitor's talks; phone talks are a call; two places paired by a dash name a
summit's sides; foreign compound names (hyphens, particles, elisions, a state's name with a dash) are one name;
unnamed officials stand for their state, body or government; guests received after a place; groups headed by
someone; elections to an office; speakers by the words of whom; quotes split by a long attribution.
Sentences written for these tests."""
import pytest

from conftest import events_of, key_of, one_event, run_pipeline, told


def _times(text, lang, published):
    from kg import nlp
    from kg.extract import time as time_mod
    from kg.records import Document

    doc = nlp.load(lang)(text)
    return time_mod.extract(doc, Document(id="t", text=text, source="test", lang=lang, published=published))


@pytest.mark.parametrize("lang,text,value", [
    ("ru", "Весной 2018 года, в апреле, Новосибирск принял выставку.", "2018-04"),
    ("uk", "У 2021 році, в березні, Львів приймав виставку.", "2021-03"),
])
def test_a_month_right_after_a_year_written_alone_is_in_that_year(lang, text, value):
    months = [t for t in _times(text, lang, "2028-05-05") if t.granularity == "month"]
    assert [t.value for t in months] == [value]


def test_a_month_far_from_a_year_takes_the_publication_year():
    months = [t for t in _times("В 2019 году открыли завод. Новый цех заработает в октябре.", "ru", "2028-05-05")
              if t.granularity == "month"]
    assert months and months[0].value != "2019-10"


def test_an_event_dated_by_a_year_and_its_month_takes_the_month():
    ax = run_pipeline("Весной 2018 года, в апреле, Казань принимала саммит «Россия — Латинская Америка».", "ru",
                      "2028-05-05")
    summit = ax.events[0]
    assert told(summit.time) is not None and summit.time.value == "2018-04"


@pytest.mark.parametrize("lang,text,state", [
    ("ru", "Очередной саммит «Индия — Африка» собрал лидеров в Нью-Дели.", "Индия"),
    ("uk", "Черговий саміт «Україна — Африка» відкрився у Києві.", "Україна"),
])
def test_two_places_paired_by_a_dash_name_the_summits_sides_not_a_body(lang, text, state):
    ax = run_pipeline(text, lang, "2028-05-05")
    assert not [e for e in ax.entities if e.type == "ORG"]
    summit = ax.events[0]
    assert summit.participants == [key_of(ax, state)]
    assert summit.place_key is not None


def test_an_ordinal_opening_a_sentence_with_a_common_noun_is_no_name():
    ax = run_pipeline("Третий саммит «Китай — Африка» открылся в Пекине в мае.", "ru", "2028-05-05")
    assert not [m for e in ax.entities for m in e.mentions if m.text.startswith("Третий")]
    assert ax.events and ax.events[0].place_key == key_of(ax, "Пекине")


def test_a_deal_named_the_result_of_talks_was_made_at_them():
    text = ("Во вторник в Виндхуке Вячеслав Володин обсудил с Питером Катьяво парламентские "
            "связи. Володин прилетел в Намибию с визитом в понедельник. Итогом этих переговоров стал документ, "
            "который стороны подписали при журналистах.")
    ax = run_pipeline(text, "ru", "2028-03-07")
    talks, deal = one_event(ax, "Talks"), one_event(ax, "Agreement")
    assert deal.time is not None and deal.time.value == talks.time.value == "2028-03-07"
    assert deal.place_key == talks.place_key


def test_a_relative_clause_after_a_deal_does_not_place_it():
    text = ("В среду в Виндхуке Вячеслав Володин обсудил с Йоханнесом Шиимби парламентские связи. Стороны "
            "подписали контракт, по которому Москва в 2029–2031 годах будет отправлять в Намибию зерно.")
    ax = run_pipeline(text, "ru", "2028-03-08")
    assert one_event(ax, "Agreement").place_key != key_of(ax, "Намибию")


def test_later_follows_the_latest_day_told_not_an_arrival_told_after_it():
    text = ("Михаил Мишустин в четверг обсуждал в Виндхуке с главой намибийского правительства поставки зерна. "
            "Российский премьер прилетел в Намибию в среду. Позже Мишустина принял президент Намибии "
            "Нанди-Ндайтва.")
    ax = run_pipeline(text, "ru", "2027-10-21")
    met = [e for e in ax.events if e.type == "Meeting"]
    assert met and met[0].time is not None and met[0].time.value == "2027-10-21"


def test_what_is_said_at_a_press_conference_is_dated_by_the_talks_not_the_arrival_told_last():
    text = ("Михаил Мишустин в четверг обсуждал в Виндхуке с главой намибийского правительства поставки зерна. "
            "Российский премьер прилетел в Намибию в среду.\n\n«У нас большие планы в энергетике», — сказал "
            "Мишустин на пресс-конференции.")
    ax = run_pipeline(text, "ru", "2027-10-21")
    said = ax.statements[0]
    assert said.said_on is not None and said.said_on.value == "2027-10-21"


def test_a_visit_an_arrival_opens_runs_on_to_the_visitors_talks():
    text = ("Сергей Лавров, который в понедельник прибыл в Фиджи, во вторник обсуждал в Суве с Ситивени Рабукой "
            "рыболовство.")
    ax = run_pipeline(text, "ru", "2027-04-13")
    visit = one_event(ax, "Visit")
    assert visit.time is not None and visit.time.value == "2027-04-12/2027-04-13"


@pytest.mark.parametrize("lang,text", [
    ("uk", "У п'ятницю Олена Кондратюк мала телефонні переговори з віцепрезидентом Чилі."),
    ("uk", "У п'ятницю Олена Кондратюк мала телефонні перемовини з віцепрезидентом Чилі."),
    ("ru", "В пятницу Валентина Матвиенко провела телефонные переговоры с вице-президентом Чили."),
])
def test_phone_talks_are_a_call(lang, text):
    ax = run_pipeline(text, lang, "2027-06-18")
    assert [e.type for e in ax.events] == ["Call"]


def test_met_for_talks_is_one_talks_event_between_both_sides():
    ax = run_pipeline("Кондратюк зустрілася у Вальпараїсо для переговорів з Альберто ван Кларевереном.", "uk",
                      "2027-06-18")
    talks = one_event(ax, "Talks")
    assert not events_of(ax, "Meeting")
    assert talks.participants[:2] == [key_of(ax, "Кондратюк"), key_of(ax, "Альберто ван Кларевереном")]


@pytest.mark.parametrize("lang,text,town", [
    ("ru", "Форум инвесторов соберется осенью в Эль-Кувейте.", "Эль-Кувейте"),
    ("uk", "Форум інвесторів збереться восени в Ель-Кувейті.", "Ель-Кувейті"),
])
def test_a_hyphenated_town_holding_a_states_name_is_the_town(lang, text, town):
    ax = run_pipeline(text, lang, "2027-06-18")
    assert key_of(ax, town) == "loc:kuwait-city"
    assert not [m for e in ax.entities for m in e.mentions if m.text in ("Кувейте", "Кувейті")]


def test_a_town_name_the_text_gives_word_for_word_beats_one_sharing_only_a_stem():
    from kg import gazetteer

    found = gazetteer.load().city_matches(["в", "Эль", "Кувейте"], "ru")
    assert [m.entry.key for m in found] == ["loc:kuwait-city"]


def test_the_ministry_that_spoke_last_is_the_one_the_ministry_noun_means():
    text = ("Дмитро Кулеба обговорив з очільником дипломатичного відомства Перу енергетику, повідомили у МЗС "
            "України. Наступна зустріч комісії відбудеться в Лімі, додали в МЗС. Окрім того, Кулеба розповів "
            "колезі, що обстріли знищили греблі на півдні. Як пояснили у відомстві, перуанського колегу запросили до "
            "Києва.")
    ax = run_pipeline(text, "uk", "2027-06-18")
    last = ax.statements[-1]
    assert last.speaker_key == "org:mfa-ua"


def test_the_same_day_far_after_the_date_is_that_day():
    text = ("У вівторок Дмитро Кулеба обговорив з колегою з Перу відбудову мостів. Київ розраховує на допомогу. "
            "Перу надішле генератори через Червоний Хрест. Наступне засідання комісії "
            "збереться восени в Лімі. Київ дякує за підтримку і допомогу, яку Перу надає з перших днів війни.\n\n"
            "Цього самого дня речник Георгій Тихий підкреслив, що Україна високо цінує голос Перу.")
    ax = run_pipeline(text, "uk", "2027-06-15")
    last = ax.statements[-1]
    assert last.said_on is not None and last.said_on.value == "2027-06-15"


def test_of_two_places_before_the_talks_the_nearer_one_is_where_they_were():
    ax = run_pipeline("Президент у четвер приїхав до Андорри, а потім мав в Андорра-ла-Велья зустріч з прем'єром "
                      "князівства.", "uk", "2027-02-17")
    assert one_event(ax, "Meeting").place_key == "loc:andorra-la-vella"


@pytest.mark.parametrize("lang,text,name", [
    ("uk", "Завтра делегація відвідає старе каталонське місто Сеу-д'Уржель разом з єпископом.", "Сеу-д'Уржель"),
    ("ru", "Делегация посетит Ростов-на-Дону.", "Ростов-на-Дону"),
])
def test_a_name_going_on_over_hyphen_joined_particles_is_one_name(lang, text, name):
    ax = run_pipeline(text, lang, "2027-02-17")
    assert [m.text for e in ax.entities for m in e.mentions if m.text.startswith(name[:3])] == [name]


def test_a_town_after_its_noun_is_the_place():
    ax = run_pipeline("Завтра Кулеба зустрінеться в каталонському місті Сеу-д'Уржель з місцевим єпископом.", "uk", "2027-02-17")
    assert ax.events[0].place_key == key_of(ax, "Сеу-д'Уржель")


@pytest.mark.parametrize("lang,text,name", [
    ("ru", "Ежедневная газета Times-Herald пишет, что премьер собирается в Россию летом.", "Times-Herald"),
    ("uk", "Як повідомляє газета Diari d'Andorra, прем'єр планує поїхати до Києва влітку.", "Diari d'Andorra"),
])
def test_a_latin_outlets_name_goes_on_over_a_hyphen_and_an_elided_particle(lang, text, name):
    ax = run_pipeline(text, lang, "2027-02-17")
    st = ax.statements[0]
    assert st.speaker_key == key_of(ax, name)


@pytest.mark.parametrize("text", [
    "Россия передаст Папуа — Новой Гвинее зерно.",
    "Делегация из Папуа — Новой Гвинеи посетит Казань.",
])
def test_a_states_name_with_a_dash_is_one_name(text):
    ax = run_pipeline(text, "ru", "2027-04-13")
    assert "loc:pg" in {e.key for e in ax.entities}
    assert "loc:gn" not in {e.key for e in ax.entities}


def test_a_ministry_named_with_a_dashed_state_holds_that_state_only():
    ax = run_pipeline("Министерство иностранных дел Папуа — Новой Гвинеи выразило протест.", "ru", "2027-04-13")
    keys = {e.key for e in ax.entities}
    assert "org:mfa-pg" in keys and "loc:gn" not in keys


def test_a_residences_name_is_no_place_of_the_meeting():
    text = ("В пятницу Касым-Жомарт Токаев встретил в резиденции Акорда гостя из Пекина Ван И, который прилетел в "
            "Астану накануне.")
    ax = run_pipeline(text, "ru", "2027-10-14")
    met = one_event(ax, "Meeting")
    assert met.place_key != key_of(ax, "Акорда")


def test_an_unnamed_head_of_government_stands_for_the_government_the_article_names():
    text = "Михаил Мишустин обсудил с премьер-министром Ирака нефтяные проекты. Правительство Ирака одобрило итоги."
    ax = run_pipeline(text, "ru", "2027-03-03")
    assert one_event(ax, "Talks").participants == [key_of(ax, "Михаил Мишустин"), "org:gov-iq"]


def test_an_unnamed_head_of_government_with_no_government_named_adds_none():
    ax = run_pipeline("Михаил Мишустин обсудил с премьер-министром Ирака нефтяные проекты.", "ru", "2027-03-03")
    assert all("org:gov-iq" not in e.participants for e in ax.events)


@pytest.mark.parametrize("lang,text,words", [
    ("uk", "Російські ударні дрони вночі атакували Конотоп.", "Російські"),
    ("ru", "Российские ударные дроны ночью атаковали Конотоп.", "Российские"),
])
def test_a_states_plural_adjective_and_common_nouns_opening_a_sentence_are_no_name(lang, text, words):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert not [m for e in ax.entities for m in e.mentions if m.text.startswith(words)]
    assert one_event(ax, "Attack").participants == ["wd:Q159"]


def test_they_after_two_persons_named_in_the_sentence_are_those_persons():
    text = ("Заголовок\n\nОсобисто Кулеба і Вадефуль востаннє спілкувалися навесні 2026 року: тоді в Римі вони провели "
            "зустріч.")
    ax = run_pipeline(text, "uk", "2027-12-01")
    met = one_event(ax, "Meeting")
    assert set(met.participants) == {key_of(ax, "Кулеба"), key_of(ax, "Вадефуль")}


def test_a_title_naming_an_unnamed_minister_of_a_state_and_the_bodys_call_are_one_call():
    text = ("Кулеба і міністр оборони Перу обговорили постачання зерна\n\n01.12.2027 | 18:15\n\n"
            "Учора Дмитро Кулеба поговорив телефоном із перуанським колегою Вальтером Астудільйо.")
    ax = run_pipeline(text, "uk", None)
    call = one_event(ax, "Call")
    assert not events_of(ax, "Talks")
    assert call.participants == [key_of(ax, "Дмитро Кулеба"), key_of(ax, "Вальтером Астудільйо")]
    assert call.mentions  # the title's discussion and the body's call, one event


def test_the_same_day_counts_from_a_written_day_not_from_today_said_in_a_quote():
    text = ("КИЇВ, 9 травня. Лідери у четвер бачилися в Римі. «Сьогодні важливий день», — сказав прем'єр. "
            + "Сторони обговорили енергетику, транспорт, освіту та культурні обміни між університетами. " * 6
            + "Посли того ж дня завізували протокол про співпрацю.")
    anchored = [t for t in _times(text, "uk", "2027-05-09") if t.text == "того ж дня"]
    assert anchored and anchored[0].value == "2027-05-06"


def test_a_place_in_the_clause_before_a_that_is_not_the_events():
    text = ("Військові Молдови повідомили, що рештки ракети впали біля села Валя-Пержей і що через обстріл "
            "довелося закрити повітряний простір.")
    ax = run_pipeline(text, "uk", "2028-04-11")
    assert all(e.place_key != key_of(ax, "Валя-Пержей") for e in events_of(ax, "Attack"))


def test_a_town_after_another_noun_than_the_events_is_not_its_place():
    ax = run_pipeline("Восени 2015 року Ево Моралес приїхав до Москви, та скоротив поїздку через повінь у місті "
                      "Санта-Крус.", "uk", "2028-05-10")
    assert {e.place_key for e in events_of(ax, "Visit")} == {key_of(ax, "Москви")}


@pytest.mark.parametrize("lang,text,guest,body", [
    ("uk", "Надвечір Кулебу прийняв голова Федеральної ради Австрії.", "Кулебу", "Федеральної ради Австрії"),
    ("ru", "Потом Лаврова принял председатель сената Чили.", "Лаврова", "сената Чили"),
])
def test_a_guest_received_by_an_unnamed_head_of_a_body_meets_the_body(lang, text, guest, body):
    ax = run_pipeline(text, lang, "2027-12-01")
    assert set(one_event(ax, "Meeting").participants) == {key_of(ax, guest), key_of(ax, body)}


def test_a_head_of_a_body_named_after_the_receive_verb_is_the_host_not_the_body():
    ax = run_pipeline("Потом Лаврова принял председатель сената Чили Мануэль Оссандон.", "ru", "2027-12-01")
    assert set(one_event(ax, "Meeting").participants) == {key_of(ax, "Лаврова"), key_of(ax, "Мануэль Оссандон")}


def test_a_landing_whose_plane_the_visitor_owns_is_an_arrival():
    ax = run_pipeline("Юрий Трутнев, чей борт приземлился в Эр-Рияде в пятницу утром, в субботу обсудил с "
                      "наследным принцем инвестиции.", "ru", "2027-10-23")
    visit = one_event(ax, "Visit")
    assert visit.participants[0] == key_of(ax, "Юрий Трутнев")
    assert visit.place_key == key_of(ax, "Эр-Рияде")


def test_a_plane_landing_with_nobody_named_is_no_visit():
    ax = run_pipeline("Борт приземлился в Эр-Рияде в пятницу утром.", "ru", "2027-10-23")
    assert not events_of(ax, "Visit")


@pytest.mark.parametrize("lang,text,winner", [
    ("uk", "Мартін Торріхос учетверте обраний президентом Панами.", "Мартін Торріхос"),
    ("ru", "Эво Моралес переизбрался на третий срок в 2014 году.", "Эво Моралес"),
    ("uk", "Хосе Мухіка переобрався на новий строк у 2014 році.", "Хосе Мухіка"),
])
def test_elected_to_an_office_and_reelected_oneself_are_elections(lang, text, winner):
    ax = run_pipeline(text, lang, "2028-05-23")
    assert key_of(ax, winner) in one_event(ax, "Election").participants


def test_a_president_elect_is_no_election():
    ax = run_pipeline("Обраний президент Панами Мартін Торріхос прибуде до Києва.", "uk", "2028-05-23")
    assert not events_of(ax, "Election")


@pytest.mark.parametrize("lang,text,leader", [
    ("uk", "Робоча група на чолі з Юлією Свириденко приїде до Ізмаїла в п'ятницю.", "Юлією Свириденко"),
    ("ru", "Комиссия во главе с Сергеем Лавровым прибудет в Казань в пятницу.", "Сергеем Лавровым"),
])
def test_a_group_headed_by_someone_travels_with_that_person(lang, text, leader):
    ax = run_pipeline(text, lang, "2028-03-08")
    assert one_event(ax, "Visit").participants[0] == key_of(ax, leader)


@pytest.mark.parametrize("lang,text,speaker,said", [
    ("ru", "Министр промышленности Антон Алиханов приехал в Лахор. Алиханов, по словам которого «Лахор может стать "
           "опорой для машиностроения», позвал студентов в Екатеринбург.",
     "Антон Алиханов", "Лахор может стать опорой для машиностроения"),
    ("uk", "Міністр Олексій Соболев прилетів до Анкари. Посадовець, за словами якого «Анкара стане мостом до "
           "Азії», покликав студентів до Києва.", "Олексій Соболев", "Анкара стане мостом до Азії"),
])
def test_by_the_words_of_whom_the_speaker_is_the_noun_before_the_comma(lang, text, speaker, said):
    ax = run_pipeline(text, lang, "2027-10-06")
    [st] = ax.statements
    assert st.speaker_key == key_of(ax, speaker)
    assert st.content == said and st.kind == "direct"


def test_a_quote_split_by_an_attribution_with_its_occasion_is_two_statements():
    text = ("Заголовок\n\nКулеба прибув до Осло.\n\n«Херсон два роки жив без чистої води, і тепер у нас є план, – "
            "заявив Кулеба на спільному з норвезьким прем'єром Йонасом Гаре Стере брифінгу в королівському "
            "палаці в Осло. – Щиро вдячні норвежцям "
            "за те, що обладнання прибуде ще до зими».")
    ax = run_pipeline(text, "uk", "2027-02-17")
    said = [s for s in ax.statements if s.kind == "direct"]
    assert [s.content.split()[0] for s in said] == ["Херсон", "Щиро"]
    assert {s.speaker_key for s in said} == {key_of(ax, "Кулеба")}


@pytest.mark.parametrize("lang,text,guest,host", [
    ("uk", "Напередодні Кулебу в Осло приймав прем'єр-міністр Норвегії Йонас Гаре Стере.", "Кулебу",
     "Йонас Гаре Стере"),
    ("ru", "Накануне Лаврова в Анкаре принимал Реджеп Эрдоган.", "Лаврова", "Реджеп Эрдоган"),
])
def test_a_guest_named_before_a_place_and_the_receive_verb_meets_the_host(lang, text, guest, host):
    ax = run_pipeline(text, lang, "2027-09-02")
    assert set(one_event(ax, "Meeting").participants) == {key_of(ax, guest), key_of(ax, host)}
