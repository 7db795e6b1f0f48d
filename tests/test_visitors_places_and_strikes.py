"""Who visits when a relative clause names the body the visitor heads, places after a place noun, "на" before an
island state, places after "near" prepositions, signers split by an inserted phrase, long fronted agreements,
summoned envoys, attacks a town suffered, towns the recogniser took for persons, and the night of the report.
Sentences written for these tests."""
import pytest

from conftest import events_of, key_of, one_event, run_pipeline


@pytest.mark.parametrize("lang,text,visitor,body", [
    ("ru", "Ольга Кравцова, которая возглавляет Конституционный суд и сейчас пребывает в Перу с рабочим визитом, "
           "встретилась в Лиме с коллегами.", "Ольга Кравцова", "Конституционный суд"),
    ("uk", "Остап Мельничук, який керує Міноборони України і нещодавно приїхав до Перу з робочим візитом, зустрівся "
           "в Лімі з колегами.", "Остап Мельничук", "Міноборони України"),
])
def test_the_body_a_relative_clause_names_before_the_visit_verb_is_no_visitor(lang, text, visitor, body):
    ax = run_pipeline(text, lang, "2027-03-09")
    visit = one_event(ax, "Visit")
    assert key_of(ax, visitor) in visit.participants
    assert key_of(ax, body) not in visit.participants


def test_a_name_after_a_port_noun_is_the_place_visited():
    ax = run_pipeline("Олена Гордієнко провела переговори в Коломбо.\n\nУ п'ятницю Гордієнко поїде до порту "
                      "Тринкомалі на сході острова.", "uk", "2028-03-09")
    planned = [e for e in events_of(ax, "Visit") if e.status == "planned"]
    assert [e.place_key for e in planned] == [key_of(ax, "Тринкомалі")]
    assert next(e for e in ax.entities if e.key == key_of(ax, "Тринкомалі")).type == "LOC"


@pytest.mark.parametrize("lang,text,state", [
    ("ru", "Игорь Васильев, который прилетел на Кипр с двухдневным визитом, встретился с коллегой.", "Кипр"),
    ("uk", "Ігор Васильченко, що приїхав на Мальту з дводенним візитом, зустрівся з колегою.", "Мальту"),
])
def test_na_before_an_island_state_is_where_the_visit_goes(lang, text, state):
    ax = run_pipeline(text, lang, "2028-01-12")
    visit = one_event(ax, "Visit")
    assert key_of(ax, state) in visit.participants


def test_na_before_an_occasion_is_no_destination():
    ax = run_pipeline("Ігор Васильченко прибув на форум з робочим візитом.", "uk", "2028-01-12")
    assert all(e.place_key is None for e in events_of(ax, "Visit"))


@pytest.mark.parametrize("lang,text,town", [
    ("uk", "Уночі російські дрони атакували електропідстанцію поблизу Старокостянтинова на Хмельниччині.",
     "Старокостянтинова"),
    ("ru", "Ночью дроны атаковали нефтебазу возле Новозыбкова в Брянской области.", "Новозыбкова"),
])
def test_a_town_after_a_near_preposition_is_where_the_attack_was(lang, text, town):
    ax = run_pipeline(text, lang, "2027-10-02")
    assert one_event(ax, "Attack").place_key == key_of(ax, town)


@pytest.mark.parametrize("lang,text,first,second", [
    ("ru", "Ирина Белова, возглавляющая Министерство транспорта РФ, и казахстанский министр Ержан Сапаров во "
           "вторник подписали в Казани соглашение о перевозках.", "Ирина Белова", "Ержан Сапаров"),
    ("uk", "Марія Ткач, яка очолює Міністерство енергетики, та литовський міністр Йонас Карвеліс у четвер "
           "підписали меморандум щодо спорудження мосту.", "Марія Ткач", "Йонас Карвеліс"),
])
def test_a_signer_before_an_inserted_phrase_signs_too(lang, text, first, second):
    ax = run_pipeline(text, lang, "2028-01-26")
    assert {key_of(ax, first), key_of(ax, second)} <= set(one_event(ax, "Agreement").participants)


def test_a_long_fronted_agreement_has_its_signers_not_the_village_in_its_topic():
    ax = run_pipeline("Договор о сооружении солнечной станции у села Каменка на юге Омской области во вторник "
                      "подписали в Бишкеке министр энергетики России Олег Рябов и министр энергетики Киргизии "
                      "Ерлан Ахметов.", "ru", "2028-04-12")
    ev = one_event(ax, "Agreement")
    assert {key_of(ax, "Олег Рябов"), key_of(ax, "Ерлан Ахметов")} <= set(ev.participants)
    assert key_of(ax, "Каменка") not in ev.participants


@pytest.mark.parametrize("lang,text", [
    ("ru", "Временного поверенного в делах Литвы в понедельник пригласят в МИД для вручения протеста."),
    ("uk", "Тимчасового повіреного у справах Угорщини в понеділок запросять до МЗС для вручення протесту."),
])
def test_an_envoy_invited_to_a_ministry_is_summoned(lang, text):
    ax = run_pipeline(text, lang, "2028-02-14")
    assert one_event(ax, "Meeting").status == "planned"


def test_a_plant_that_suffered_an_attack_stays_its_party():
    ax = run_pipeline("Уночі українські дрони атакували Саратов. Саратовский НПЗ в мае тоже подвергался "
                      "атаке беспилотников.", "ru", "2027-11-23")
    plant = key_of(ax, "Саратовский НПЗ")
    assert any(e.participants == [plant] for e in events_of(ax, "Attack"))


def test_a_town_written_as_a_place_elsewhere_is_a_place_after_a_preposition():
    ax = run_pipeline("Ракета влучила у міст поблизу Тернової.\n\nУ понеділок до Тернової приїде віцепрем'єр "
                      "Олексій Гнатенко.", "uk", "2028-02-09")
    keys = {m.entity_key for e in ax.entities for m in e.mentions if m.text == "Тернової"}
    assert len(keys) == 1 and next(e for e in ax.entities if e.key in keys).type == "LOC"
    assert any(e.place_key in keys for e in events_of(ax, "Visit"))


def test_the_adjective_of_the_first_weapons_names_the_attacker_of_coordinated_weapons():
    ax = run_pipeline("Увечері російські безпілотники та балістичні ракети атакували склад у Липовці.", "uk",
                      "2027-11-26")
    assert one_event(ax, "Attack").participants == ["wd:Q159"]


def test_a_town_and_its_district_in_the_genitive_are_a_town():
    ax = run_pipeline("Уночі дрони атакували склад у Вороновиці Вінницького району.", "uk", "2027-11-26")
    town = next(e for e in ax.entities if any(m.text.startswith("Вороновиці") for m in e.mentions))
    assert town.type == "LOC" and all(m.text == "Вороновиці" for m in town.mentions)


@pytest.mark.parametrize("lang,text", [
    ("uk", "Цієї ночі ворог атакував Бердичів."),
    ("ru", "Этой ночью противник атаковал Брянск."),
])
def test_the_night_of_the_report_dates_the_attack(lang, text):
    ax = run_pipeline(text, lang, "2027-11-23")
    assert any(t.text.lower().startswith(("цієї", "этой")) and t.value == "2027-11-23" for t in ax.times)


def test_a_surname_that_also_spells_a_plural_genitive_stays_a_subject():
    ax = run_pipeline("По итогам беседы Лавров и ганский министр подписали план консультаций.",
                      "ru", "2028-03-09")
    assert "wd:Q80837" in one_event(ax, "Agreement").participants


# --- speakers and names -----------------------------------------------------------------------------------------

def _speakers(text, lang, pub="2028-07-18"):
    ax = run_pipeline(text, lang, pub)
    return ax, [(s.speaker_key, s.cue) for s in ax.statements]


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "Игорь Смирнов, возглавляющий профильный комитет Совета Федерации, в интервью «Коммерсанту» назвал проект "
           "«опасной авантюрой».", "Игорь Смирнов"),
    ("ru", "Олег Морозов, руководящий в Госдуме профильным комитетом и прилетевший в Лиму, в беседе с «Российской "
           "газетой» отметил, что переговоры были полезными.", "Олег Морозов"),
])
def test_the_speaker_stands_before_a_participle_phrase_and_a_quoted_outlet(lang, text, speaker):
    ax, found = _speakers(text, lang)
    assert [k for k, _c in found] == [key_of(ax, speaker)]


def test_a_bare_ministry_noun_is_the_ministry_its_own_sentence_names():
    ax, found = _speakers("Министерство обороны Латвии объявило об учениях.\n\nГалузин, курирующий в МИД России страны "
                          "Балтии, в понедельник примет посла Латвии, уточнили в министерстве.", "ru")
    assert ("org:mfa-ru", "уточнили") in found


@pytest.mark.parametrize("lang,text,cue", [
    ("ru", "Решение Вильнюса закрыть транзит обернется ответными мерами. Такое предупреждение озвучил во "
           "вторник Дмитрий Песков.", "озвучил"),
    ("uk", "Уночі ворог атакував Херсон дронами. Такі дані зранку навів у Telegram начальник ОВА Олександр "
           "Прокудін.", "навів"),
    ("uk", "Міжнародні спостерігачі в підсумковому звіті відзначили, що голосування пройшло спокійно.", "відзначили"),
    ("uk", "Дмитро Кулеба в ефірі телемарафону припустив, що парламент ухвалить бюджет.", "припустив"),
    ("uk", "Дмитро Кулеба висловив переконання, що союзники не знімуть обмежень.", "висловив"),
    ("uk", "Російське посольство відреагувало заявою, що Данія «стає стороною конфлікту».", "відреагувало"),
])
def test_further_cues(lang, text, cue):
    _ax, found = _speakers(text, lang)
    assert cue in [c for _k, c in found]


@pytest.mark.parametrize("lang,text,name", [
    ("uk", "Сибіга зустрівся в Женеві з президентом Гватемали Хосе Мануелем Аревало.", "Хосе Мануелем Аревало"),
    ("uk", "Мері Енн Доерті, яка очолює партію, сказала журналістам, що готова до коаліції.", "Мері Енн Доерті"),
])
def test_a_foreign_given_name_the_recogniser_cut_off_begins_the_name(lang, text, name):
    ax = run_pipeline(text, lang, "2027-09-23")
    assert any(m.text == name for e in ax.entities for m in e.mentions if e.type == "PER")


def test_a_latin_name_found_once_is_every_occurrence_of_it():
    ax = run_pipeline("Партія Nova Vlast здобула перемогу на виборах.\n\nУ понеділок Nova Vlast отримує 40 мандатів, "
                      "а її лідер відкинув союз із Nova Vlast.", "uk", "2027-11-27")
    keys = [m.entity_key for e in ax.entities for m in e.mentions if "Vlast" in m.text]
    assert len(keys) == 3 and len(set(keys)) == 1


@pytest.mark.parametrize("lang,text,party", [
    ("uk", "ВІЛЬНЮС, 2 жовтня – Укрінформ. Соціал-християнська партія Литви прем'єр-міністра Ігоря Коваля стала першою "
           "за результатами парламентських виборів.", "Соціал-християнська партія Литви"),
    ("uk", "Заголовок\n\nЗелена партія Латвії стала першою на дострокових виборах.", "Зелена партія Латвії"),
    ("ru", "Заголовок\n\nЗеленая партия Латвии стала первой по итогам досрочных выборов.", "Зеленая партия Латвии"),
])
def test_a_party_named_by_its_adjective_that_came_first_won(lang, text, party):
    ax = run_pipeline(text, lang, "2027-10-02")
    assert one_event(ax, "Election").participants == [key_of(ax, party)]


@pytest.mark.parametrize("lang,text,speaker", [
    ("uk", "Голова правління «Енергоатому» Петро Котін заявив, що енергоблок відремонтують.\n\nУ четвер станцію разом "
           "із місією МАГАТЕ відвідає Котін, повідомили в компанії.", "Енергоатому"),
    ("ru", "Глава МИД Китая прибыл в Ташкент.\n\nВ МИД Узбекистана опровергли слухи о базах. «Такой вопрос не "
           "обсуждался», — подчеркнули в ведомстве.", "МИД Узбекистана"),
])
def test_a_collective_noun_is_the_body_its_sentence_points_to(lang, text, speaker):
    ax = run_pipeline(text, lang, "2027-10-02")
    assert key_of(ax, speaker) == ax.statements[-1].speaker_key


def test_a_talk_with_a_paper_named_by_its_noun_is_an_interview():
    ax = run_pipeline("Олег Морозов в беседе с «Сибирской газетой» отметил, что визит был полезным.", "ru",
                      "2027-01-19")
    assert not events_of(ax, "Call") and not events_of(ax, "Meeting")


@pytest.mark.parametrize("lang,text,verb", [
    ("ru", "Россия и Перу подписали в Лиме соглашение о поставках калийных удобрений.\n\nСделка рассчитана на пять лет. "
           "Удобрения будут поставляться через порт Кальяо. Первая партия придет в июне. Цены не раскрываются. "
           "Эксперты считают сделку выгодной. Перу закупает удобрения в нескольких странах. Спрос растет.\n\n"
           "По данным издания La República, осенью стороны могут заключить еще и договор о закупках зерна.",
     "заключить"),
])
def test_the_sides_of_a_deal_still_to_come_are_the_states_told_further_up(lang, text, verb):
    ax = run_pipeline(text, lang, "2028-03-22")
    ahead = [e for e in events_of(ax, "Agreement") if e.status == "possible"]
    assert len(ahead) == 1 and verb in ahead[0].trigger and len(ahead[0].participants) == 2


@pytest.mark.parametrize("lang,text,state", [
    ("ru", "В пятницу перуанская делегация отправится в Казань, чтобы осмотреть авиазавод.",
     "loc:pe"),
    ("uk", "У п'ятницю перуанська делегація поїде до Львова, щоб оглянути авіазавод.",
     "loc:pe"),
])
def test_a_states_delegation_is_a_visitor_of_an_arrival_verb(lang, text, state):
    ax = run_pipeline(text, lang, "2028-01-26")
    assert state in one_event(ax, "Visit").participants


def test_the_sides_of_a_deal_still_to_come_include_the_state_a_visit_goes_to():
    ax = run_pipeline("Путин провел переговоры в Лиме с Хосе Херири.\n\nВ мае Путин снова посетит Перу.\n\n"
                      "По данным издания La República, стороны могут заключить договор о реконструкции порта.", "ru",
                      "2028-03-22")
    ahead = [e for e in events_of(ax, "Agreement") if e.status == "possible"]
    assert len(ahead) == 1 and set(ahead[0].participants) == {"wd:Q159", key_of(ax, "Перу")}


@pytest.mark.parametrize("lang,text", [
    ("ru", "В пятницу Олег Смирнов посетит Вальпараисо, где обсудит реконструкцию старого причала."),
    ("uk", "У п'ятницю Олег Смирнов відвідає Вальпараїсо, щоб обговорити будівництво нового причалу."),
])
def test_a_discussion_verb_with_no_partner_is_a_topic_not_talks(lang, text):
    ax = run_pipeline(text, lang, "2028-01-26")
    assert not events_of(ax, "Talks")


@pytest.mark.parametrize("lang,text", [
    ("uk", "Судна всупереч санкціям і далі перевозять російське вугілля."),
    ("uk", "Новий кабінет збереже національні санкції проти Білорусі."),
    ("ru", "Посредники помогают обойти западные санкции."),
])
def test_sanctions_dodged_or_kept_are_no_new_sanctions(lang, text):
    assert not events_of(run_pipeline(text, lang, "2027-09-27"), "Sanctions")


def test_sanctions_imposed_stay_an_event():
    ax = run_pipeline("Кабмін запровадив санкції проти трьох компаній.", "uk", "2027-09-27")
    assert len(events_of(ax, "Sanctions")) == 1


def test_the_state_a_visitor_came_onto_is_not_where_the_talks_were():
    ax = run_pipeline("Ігор Васильченко прибув на Фіджі з дводенною поїздкою та в середу мав у Суві переговори з "
                      "Андреасом Петру.", "uk", "2028-03-09")
    assert one_event(ax, "Talks").place_key == key_of(ax, "Суві")
