"""Small towns of Ukraine and Russia from the gazetteer; a pronoun after a quote of several sentences still
means the unnamed official who stood in for his town; the enemy noun of Ukrainian news as an attack's subject;
weapons sent off ("випустив ракети") as an attack; a state that stood in for its unnamed official is no party
of its own once a mention names the official. Sentences written for these tests."""
import pytest

from conftest import entity_of, events_of, key_of, key_of_wikidata, one_event, run_pipeline, speakers_of


@pytest.mark.parametrize("lang,text,surface,name", [
    ("uk", "Пирятин на Полтавщині вночі залишився без світла.", "Пирятин", "Pyryatyn"),
    ("uk", "Рятувальники працюють у Тетієві вже другу добу.", "Тетієві", "Tetiiv"),
    ("ru", "Губернатор прибыл в Навашино с рабочей поездкой.", "Навашино", "Navashino"),
])
def test_a_small_town_the_recogniser_misses_is_a_place_with_its_english_name(lang, text, surface, name):
    ax = run_pipeline(text, lang, "2027-10-02")
    town = entity_of(ax, surface)
    assert town.type == "LOC" and town.name == name


def test_the_mayor_left_unnamed_speaks_for_his_town_and_so_does_he_after_a_quote_of_two_sentences():
    ax = run_pipeline(
        "Пирятин уночі атакували дрони, розповів очільник ОВА Петро Гнатюк.\n\n"
        "Міський голова Пирятина в коментарі місцевому радіо сказав, що школи відновлять навчання в понеділок. "
        "«Вікна вже засклили. Котельня працює, – додав він. – Діти повернуться до класів».", "uk", "2027-10-02")
    town = key_of(ax, "Пирятин")
    assert speakers_of(ax) == [key_of(ax, "Петро Гнатюк"), town, town, town]


def test_a_pronoun_far_after_the_unnamed_official_without_a_quote_between_means_the_person_named():
    ax = run_pipeline(
        "Пирятин уночі атакували дрони, розповів очільник ОВА Петро Гнатюк.\n\n"
        "Міський голова Пирятина сказав, що школи відновлять навчання в понеділок. Котельня вже працює. "
        "Пошкоджено дах ліцею. Він також додав, що обстріл тривав годину.", "uk", "2027-10-02")
    assert speakers_of(ax)[-1] == key_of(ax, "Петро Гнатюк")


@pytest.mark.parametrize("subject", ["ворог", "противник", "окупанти"])
def test_the_enemy_of_ukrainian_news_attacking_is_the_state_the_article_names(subject):
    verb = "атакували" if subject.endswith("и") else "атакував"
    ax = run_pipeline(
        f"Минулої ночі {subject} {verb} Тетіїв ударними дронами. Росія вже третій тиждень б'є по громаді.",
        "uk", "2027-10-02")
    attack = one_event(ax, "Attack")
    assert attack.participants == [key_of_wikidata(ax, "Q159")]
    assert attack.place_key == key_of(ax, "Тетіїв")


def test_an_enemy_noun_is_nobody_when_the_article_names_no_state_it_could_mean():
    ax = run_pipeline("Минулої ночі ворог атакував Тетіїв ударними дронами.", "uk", "2027-10-02")
    attack = one_event(ax, "Attack")
    assert attack.participants == [key_of(ax, "Тетіїв")]


def test_weapons_sent_off_by_a_states_army_are_its_attack_and_the_headline_strike_is_by_it_too():
    ax = run_pipeline(
        "Ракетний удар по Арцизу\n\nУ вівторок армія РФ випустила три крилаті ракети по складу пального в "
        "Арцизі, йдеться у зведенні командування.", "uk", "2027-10-02")
    attacks = events_of(ax, "Attack")
    assert attacks and all(a.participants == [key_of(ax, "РФ")] for a in attacks)
    assert any(a.place_key == key_of(ax, "Арцизу") for a in attacks)


@pytest.mark.parametrize("lang,text", [
    ("uk", "Міністерство запустило програму грантів для фермерів."),
    ("uk", "Уряд застосував нові правила митного оформлення."),
    ("ru", "Компания запустила производство автобусов."),
    ("ru", "Банк применил новые правила к вкладчикам."),
])
def test_launching_or_applying_anything_but_weapons_is_no_attack(lang, text):
    ax = run_pipeline(text, lang, "2027-10-02")
    assert events_of(ax, "Attack") == []


def test_russian_launch_verbs_with_weapons_are_an_attack():
    ax = run_pipeline("Ночью ВСУ выпустили по Белгороду четыре ракеты, сообщил губернатор.", "ru", "2027-10-02")
    attack = one_event(ax, "Attack")
    assert attack.place_key == key_of(ax, "Белгороду")


def test_a_state_standing_in_for_its_unnamed_minister_is_dropped_when_the_body_names_him():
    ax = run_pipeline(
        "Оверчук обсудил в Оше с министром экономики Киргизии поставки зерна\n\n"
        "ОШ, 4 октября. Российский вице-премьер Алексей Оверчук провел в Оше в понедельник переговоры с главой министерства "
        "экономики и коммерции Киргизии Данияром Амангельдиевым.", "ru", "2027-10-06")
    talks = one_event(ax, "Talks")
    assert sorted(talks.participants) == sorted([key_of(ax, "Алексей Оверчук"), key_of(ax, "Данияром Амангельдиевым")])


def test_a_towns_community_is_the_town_the_gazetteer_knows():
    ax = run_pipeline(
        "У Пирятині вимкнули світло.\n\nДля Пирятинської громади це вже другий такий випадок за тиждень.",
        "uk", "2027-10-02")
    assert key_of(ax, "Пирятинської громади") == key_of(ax, "Пирятині")
    assert entity_of(ax, "Пирятинської громади").type == "LOC"


def test_a_community_of_a_town_the_gazetteer_lacks_is_still_a_place():
    ax = run_pipeline("Голова Зеленобалківської громади закликав людей евакуюватися.", "uk", "2027-10-02")
    assert entity_of(ax, "Зеленобалківської громади").type == "LOC"


@pytest.mark.parametrize("text,surface", [
    ("Про обстріл розповів Петро Гнатюк, що з травня керує Рівненською обласною військовою адміністрацією.",
     "Рівненською обласною військовою адміністрацією"),
    ("Заяву поширила Житомирська обласна прокуратура.", "Житомирська обласна прокуратура"),
])
def test_a_regions_adjective_that_is_also_a_surname_before_lower_case_adjectives_names_a_body(text, surface):
    ax = run_pipeline(text, "uk", "2027-10-02")
    assert entity_of(ax, surface).type == "ORG"
    assert [e.name for e in ax.entities if e.type == "PER"] == (["Петро Гнатюк"] if "Гнатюк" in text else [])


def test_the_first_of_coordinated_places_after_the_preposition_is_where_the_attack_was():
    ax = run_pipeline(
        "Минулої доби армія РФ атакувала котельні у Пирятині та Лубенському районі Полтавської "
        "області.", "uk", "2027-10-02")
    assert one_event(ax, "Attack").place_key == key_of(ax, "Пирятині")


def test_a_district_of_a_town_named_in_the_genitive_still_gives_the_town():
    ax = run_pipeline("Російські дрони атакували два райони Тетієва вночі.", "uk", "2027-10-02")
    assert one_event(ax, "Attack").place_key == key_of(ax, "Тетієва")


@pytest.mark.parametrize("lang,text,cue", [
    ("ru", "«Никаких консультаций не будет», — отрезал Алексей Фадеев.", "отрезал"),
    ("ru", "Алексей Фадеев посетовал, что ответа из Берна так и нет.", "посетовал"),
    ("uk", "«Жодних поступок не буде», – відрізав Дмитро Лубінець.", "відрізав"),
    ("uk", "Дмитро Лубінець обурився, що листи залишилися без відповіді.", "обурився"),
])
def test_curt_or_indignant_replies_are_statements(lang, text, cue):
    ax = run_pipeline(text, lang, "2027-10-02")
    assert [s.cue for s in ax.statements] == [cue]
    assert ax.statements[0].speaker_key is not None


@pytest.mark.parametrize("lang,text", [
    ("ru", "Строители отрезали кусок старой трубы."),
    ("uk", "Електрик відрізав шматок кабелю."),
])
def test_cutting_something_off_is_no_statement(lang, text):
    assert run_pipeline(text, lang, "2027-10-02").statements == []


def test_a_body_opening_with_an_adjective_keeps_the_fields_coordinated_in_its_remit():
    ax = run_pipeline("Рішення ухвалила Національна рада з питань телебачення і радіомовлення.", "uk",
                      "2027-10-02")
    body = entity_of(ax, "Національна рада з питань телебачення і радіомовлення")
    assert body.type == "ORG"
    assert ax.statements == [] or ax.statements[0].speaker_key == body.key


@pytest.mark.parametrize("lang,text,surface", [
    ("uk", "За оцінкою БДІПЛ, кампанія була нерівною.", "БДІПЛ"),
    ("uk", "Спостерігачі Бюро ОБСЄ оцінили кампанію.", "Бюро ОБСЄ"),
    ("ru", "Наблюдатели БДИПЧ отметили, что кампания была неравной.", "БДИПЧ"),
])
def test_the_osce_election_office_is_one_body_in_either_language(lang, text, surface):
    ax = run_pipeline(text, lang, "2027-10-02")
    assert key_of(ax, surface) == "org:odihr"


def test_a_government_official_of_a_state_may_be_its_premier_named_just_before():
    ax = run_pipeline(
        "«Ми підтримаємо ваші реформи», – сказав голова латвійського сейму Андріс Берзіньш.\n\nПізніше з делегацією "
        "зустрілася латвійська прем'єрка Евіка Сіліня. Латвійська урядовиця сказала, що Рига профінансує ремонт "
        "мосту.", "uk", "2027-10-02")
    assert speakers_of(ax) == [key_of(ax, "Андріс Берзіньш"), key_of(ax, "Евіка Сіліня")]


def test_a_ministers_title_still_does_not_mean_the_premier_named_before():
    ax = run_pipeline(
        "Пізніше з делегацією зустрілася латвійська прем'єрка Евіка Сіліня. Латвійський міністр енергетики "
        "пообіцяв, що Рига оплатить ремонт мосту.", "uk", "2027-10-02")
    assert speakers_of(ax) != [key_of(ax, "Евіка Сіліня")]


@pytest.mark.parametrize("lang,text,surface", [
    ("ru", "Делегация Курганской области посетит Казахстан в мае.", "Курганской области"),
    ("uk", "Делегація Чернівецької області відвідає Румунію в травні.", "Чернівецької області"),
])
def test_a_region_the_recogniser_missed_after_a_sentence_opening_noun_is_a_place(lang, text, surface):
    ax = run_pipeline(text, lang, "2027-10-02")
    region = entity_of(ax, surface)
    assert region.type == "LOC"
    assert key_of(ax, surface) in one_event(ax, "Visit").participants


@pytest.mark.parametrize("text,surface,name", [
    ("Переговоры с губернатором Олегом Травниковым прошли в Кургане.", "Олегом Травниковым", "Олег Травников"),
    ("Встреча с министром Ильей Ракитовым прошла в Кургане.", "Ильей Ракитовым", "Илья Ракитов"),
])
def test_a_russian_surname_in_the_instrumental_the_dictionary_reads_as_an_adjective_is_a_surname(text, surface, name):
    ax = run_pipeline(text, "ru", "2027-10-02")
    assert entity_of(ax, surface).name == name


def test_a_states_attacks_in_general_with_no_place_or_time_are_no_event():
    ax = run_pipeline(
        "Міністр запевнив, що інвестори не підуть з України, хоч які б не були російські обстріли електростанцій.",
        "uk", "2027-10-02")
    assert events_of(ax, "Attack") == []


def test_an_attack_with_its_time_is_kept_though_no_place_is_named():
    ax = run_pipeline("У вівторок російські дрони атакували енергетичну інфраструктуру.", "uk", "2027-10-02")
    assert len(events_of(ax, "Attack")) == 1


@pytest.mark.parametrize("lang,text,chamber", [
    ("ru", "Делегация Совета Федерации провела переговоры в Лиме.\n\nВесной российские сенаторы посетят Куско.",
     "Совета Федерации"),
    ("uk", "Голова Верховної Ради провів зустріч у Вільнюсі.\n\nУлітку українські депутати відвідають Каунас.",
     "Верховної Ради"),
])
def test_members_of_a_parliament_with_their_states_adjective_are_its_chamber(lang, text, chamber):
    ax = run_pipeline(text, lang, "2027-10-02")
    visit = one_event(ax, "Visit")
    assert key_of(ax, chamber) in visit.participants


def test_members_of_a_parliament_whose_chamber_the_article_never_names_are_their_state():
    ax = run_pipeline("Весной российские сенаторы посетят Куско.", "ru", "2027-10-02")
    assert key_of_wikidata(ax, "Q159") in one_event(ax, "Visit").participants


def test_a_state_noun_after_a_bodys_coordinated_remit_is_not_part_of_its_name():
    ax = run_pipeline("Рішення ухвалила Національна рада з питань телебачення і радіомовлення країни.", "uk",
                      "2027-10-02")
    assert any(e.name == "Національна рада з питань телебачення і радіомовлення" for e in ax.entities)


def test_a_name_after_an_industrial_zone_noun_is_a_place():
    ax = run_pipeline("Завод построят в промзоне Кисенйи к 2029 году.", "ru", "2027-10-02")
    assert entity_of(ax, "Кисенйи").type == "LOC"


def test_a_request_told_by_a_trailing_speaker_is_that_speakers_statement():
    ax = run_pipeline(
        "Сергей Цивилев, глава российского ведомства, прилетел в Найроби. Президент Кении попросил ускорить поставки турбин, "
        "сообщили в Минэнерго.", "ru", "2027-10-02")
    assert [s.cue for s in ax.statements] == ["сообщили"]
    assert ax.statements[0].content.startswith("Президент Кении попросил")


def test_kamaz_is_one_company_in_any_case():
    ax = run_pipeline("Грузовики КАМАЗа соберут в Кении, уточнили в КАМАЗе.", "ru", "2027-10-02")
    assert key_of(ax, "КАМАЗа") == key_of(ax, "КАМАЗе") == "org:kamaz"


def test_observers_of_a_body_named_with_its_parent_organisation_are_the_bodys():
    ax = run_pipeline("Спостерігачі БДІПЛ ОБСЄ в середу наголосили, що вибори пройшли чесно.", "uk",
                      "2027-10-02")
    assert speakers_of(ax) == ["org:odihr"]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Кремль сейчас не готовит встречу лидера РФ Владимира Путина с испанским премьером Педро Санчесом."),
    ("uk", "Білий дім не готує зустріч президента Дональда Трампа з індійським прем'єром Нарендрою Моді."),
])
def test_the_seat_that_tells_of_a_meeting_of_two_leaders_takes_no_part_in_it(lang, text):
    ax = run_pipeline(text, lang, "2027-10-02")
    meeting = one_event(ax, "Meeting")
    assert len(meeting.participants) == 2
    assert all(p.startswith(("per:", "wd:Q")) and p not in ("org:kremlin", "org:white-house") for p in meeting.participants)
