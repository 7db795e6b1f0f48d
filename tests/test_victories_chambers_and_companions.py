"""Speakers named after a trailing cue behind a participle phrase or a channel, an election's winner told by a
victory noun, compound party names, a parliament's chambers, the state after an assembly's name, an unnamed
chair of a foreign parliament and the pronoun for him, a relative clause on the speaker before a coordinated
cue, talks held in another state's city, a state referred to as "this country", a person's span run on into a
place, a capital named after its state, "the two speakers" signing, a common-gender role noun agreeing with its
verb, party members standing for their party, and officials coming along or to a strike's site. Sentences
written for these tests."""
import pytest

from conftest import events_of, key_of, one_event, run_pipeline, speakers_of


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "Игорь Светлов добрался до Асунсьона. В субботу гость осмотрит речной порт, где проверит новые краны, "
           "сообщил сопровождающий министра замглавы ведомства Олег Дубов.", "Олег Дубов"),
    ("ru", "Игорь Светлов добрался до Асунсьона. В субботу гость осмотрит речной порт, где проверит новые краны, "
           "сообщила сопровождающая делегацию советник Анна Белова.", "Анна Белова"),
])
def test_a_participle_phrase_after_a_trailing_cue_is_no_bar_to_its_speaker(lang, text, speaker):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert speakers_of(ax) == [key_of(ax, speaker)]


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "Из Асунсьона Светлов отправится в Монтевидео, уточнила в своем Telegram-канале Анна Белова.", "Анна Белова"),
    ("uk", "Світлов поїде до Монтевідео, уточнила у своєму телеграм-каналі речниця Ганна Білова.", "Ганна Білова"),
])
def test_the_channel_a_trailing_speaker_posted_in_is_skipped(lang, text, speaker):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert speakers_of(ax) == [key_of(ax, speaker)]


@pytest.mark.parametrize("lang,text,winner", [
    ("ru", "Президент Перу Карлос Мендес открыл сессию конгресса. Мендес возглавил государство после победы "
           "на президентских выборах весной 2026 года.", "Карлос Мендес"),
    ("uk", "Президентка Перу Марта Гомес склала присягу, здобувши перемогу на виборах президента навесні 2026 року.",
     "Марта Гомес"),
])
def test_the_winner_of_a_victory_noun_takes_part_in_the_election(lang, text, winner):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert key_of(ax, winner) in one_event(ax, "Election").participants


def test_a_congratulation_on_the_victory_is_not_the_congratulators_election():
    ax = run_pipeline("Игорь Светлов поздравил Карлоса Мендеса с победой на выборах президента.", "ru", "2027-03-03")
    assert key_of(ax, "Игорь Светлов") not in one_event(ax, "Election").participants


@pytest.mark.parametrize("lang,text,name", [
    ("uk", "Коаліція збереже контроль над урядом. Народно-консервативна партія, друга за величиною сила, взяла 29 "
           "крісел.", "Народно-консервативна партія"),
    ("ru", "Коалиция сохранит контроль над кабинетом. Народно-консервативная партия, вторая по величине сила, взяла "
           "29 кресел.", "Народно-консервативная партия"),
])
def test_a_compound_adjective_opens_a_partys_name_even_at_a_sentence_start(lang, text, name):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert next(e for e in ax.entities if e.key == key_of(ax, name)).type == "ORG"


@pytest.mark.parametrize("lang,text,name", [
    ("uk", "Лейбористи тримають 211 крісел у Палаті громад, торі – 98.", "Палаті громад"),
    ("ru", "Лейбористы держат 211 кресел в Палате общин, тори – 98.", "Палате общин"),
])
def test_a_capitalised_chamber_noun_and_its_plural_genitive_name_a_chamber(lang, text, name):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert next(e for e in ax.entities if e.key == key_of(ax, name)).type == "ORG"


def test_a_state_after_an_assemblys_name_belongs_to_it_even_when_it_does_not_decline():
    ax = run_pipeline("Беседа с председателем Национального собрания Сан-Томе и Принсипи заняла час.", "ru", "2027-03-03")
    assert key_of(ax, "Национального собрания Сан-Томе и Принсипи")


_CHAIR = ("Председатель Совета Федерации Нина Орлова прибыла в Кабо-Верде и в пятницу обсудила в столице "
          "рыболовство с главой Национального собрания Кабо-Верде.\n\nПредседатель кабовердианского парламента, "
          "выступая на радио, подчеркнул, что архипелаг «открыт для партнеров». По его словам, парламентарии ждут новых "
          "квот.")


def test_an_unnamed_chair_of_a_foreign_parliament_speaks_for_it_and_so_does_his_pronoun():
    ax = run_pipeline(_CHAIR, "ru", "2027-03-03")
    body = key_of(ax, "Национального собрания Кабо-Верде")
    assert speakers_of(ax) == [body, body]


@pytest.mark.parametrize("lang,text,speaker,outlet", [
    ("uk", "Карлос Мендес, якого цитує агентство EFE, подякував прихильникам і підкреслив, що перемога дає "
           "кабінету «право на зміни».", "Карлос Мендес", "EFE"),
    ("ru", "Карлос Мендес, которого цитирует агентство EFE, поблагодарил сторонников и подчеркнул, что победа "
           "дает кабинету «право на перемены».", "Карлос Мендес", "EFE"),
])
def test_a_relative_clause_on_the_speaker_before_a_coordinated_cue_relays_him(lang, text, speaker, outlet):
    ax = run_pipeline(text, lang, "2027-03-03")
    (st,) = ax.statements
    assert st.speaker_key == key_of(ax, speaker) and st.via_key == key_of(ax, outlet)


@pytest.mark.parametrize("lang,text,state", [
    ("ru", "Министр торговли Латвии Олег Дубов провел в Дакаре переговоры о зерне. Сенегал стал третьей страной его "
           "турне.", "loc:sn"),
    ("uk", "Міністр торгівлі Латвії Олег Дубов провів у Дакарі переговори щодо зерна. Сенегал став третьою країною "
           "його турне.", "loc:sn"),
])
def test_talks_a_visitor_holds_in_another_states_city_are_with_that_state(lang, text, state):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert state in one_event(ax, "Talks").participants


def test_talks_held_at_home_gain_no_state():
    ax = run_pipeline("Міністр торгівлі Латвії Олег Дубов провів у Ризі переговори щодо зерна.", "uk", "2027-03-03")
    assert one_event(ax, "Talks").participants == [key_of(ax, "Олег Дубов")]


def test_this_country_after_a_visit_is_the_state_named_before():
    ax = run_pipeline("Министр торговли Латвии Олег Дубов прилетел в Сенегал. Это первая поездка латвийского министра в "
                      "эту страну.", "ru", "2027-03-03")
    visits = events_of(ax, "Visit")
    assert visits and all("loc:sn" in v.participants for v in visits)


@pytest.mark.parametrize("lang,text,person,place", [
    ("ru", "Министр Олег Дубов прилетел в Лиму. Из Лимы Дубов отправится в Кито.", "Дубов", "Лимы"),
    ("ru", "Глава партии Олег Дубов в Кишиневе назвал решение «провокацией».", "Олег Дубов", "Кишиневе"),
])
def test_a_place_run_into_a_persons_name_is_a_place_of_its_own(lang, text, person, place):
    ax = run_pipeline(text, lang, "2027-03-03")
    types = {e.key: e.type for e in ax.entities}
    assert types[key_of(ax, person)] == "PER" and types[key_of(ax, place)] == "LOC"


def test_the_name_after_a_capital_and_its_state_is_the_capital_and_the_state_stays():
    ax = run_pipeline("Министр торговли Латвии Олег Дубов прилетел в Дакар. В субботу Дубов отправится в столицу "
                      "Кабо-Верде Праю.", "ru", "2027-03-03")
    city, state = key_of(ax, "Праю"), key_of(ax, "Кабо-Верде")
    assert next(e for e in ax.entities if e.key == city).type == "LOC" and city != state
    visit = [v for v in events_of(ax, "Visit") if v.status == "planned"]
    assert len(visit) == 1 and visit[0].place_key == city and state in visit[0].participants


def test_a_name_after_a_town_that_is_no_capital_phrase_stays_a_name():
    ax = run_pipeline("Гостя принял глава правительства Камбоджи Хун Манет. Беседа Хун Манета и Олега Дубова длилась "
                      "час.", "ru", "2027-03-03")
    assert key_of(ax, "Хун Манета") == key_of(ax, "Хун Манет")


@pytest.mark.parametrize("lang,text", [
    ("ru", "Председатель Сената Перу Карлос Мендес провел переговоры с Олегом Дубовым. После беседы оба спикера "
           "скрепили подписями документ о парламентских обменах."),
    ("uk", "Голова Сенату Перу Карлос Мендес провів переговори з Олегом Дубовим. Після бесіди обидва спікери "
           "скріпили підписами документ про парламентські обміни."),
])
def test_the_two_speakers_who_sign_are_the_parties_of_the_talks(lang, text):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert set(one_event(ax, "Agreement").participants) >= set(one_event(ax, "Talks").participants)


def test_a_common_gender_role_noun_means_the_person_its_verb_agrees_with():
    ax = run_pipeline("Представитель МИД России Анна Белова прокомментировала решение. Накануне президент Перу Карлос "
                      "Мендес сообщил, что его страна выходит из договора.\n\n«Лима сама сломала механизм», — "
                      "отметила дипломат.", "ru", "2027-03-03")
    assert speakers_of(ax)[-1] == key_of(ax, "Анна Белова")


def test_a_state_run_into_its_ministers_name_is_the_state_and_the_person():
    ax = run_pipeline("Олег Дубов поговорив телефоном з міністром торгівлі Перу Карлосом Мендесом.", "uk", "2027-03-03")
    types = {e.key: e.type for e in ax.entities}
    assert types[key_of(ax, "Перу")] == "LOC" and types[key_of(ax, "Карлосом Мендесом")] == "PER"


def test_a_surname_opening_a_sentence_before_a_comma_is_the_person_named_before():
    ax = run_pipeline("Олег Дубов поговорив телефоном з міністром торгівлі Індії Раджем Даром.\n\nДар, як передає "
                      "агентство PTI, пообіцяв гостю, що Делі розгляне пропозицію.", "uk", "2027-03-03")
    assert speakers_of(ax) == [key_of(ax, "Раджем Даром")]


@pytest.mark.parametrize("lang,text,speaker", [
    ("uk", "Підсумки голосування «не вплинуть на курс Ліми щодо України», переконаний міністр Олег Дубов.",
     "Олег Дубов"),
    ("ru", "Министр Олег Дубов уверен, что договор вступит в силу до зимы.", "Олег Дубов"),
])
def test_a_speaker_convinced_of_a_clause_states_it(lang, text, speaker):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert speakers_of(ax) == [key_of(ax, speaker)]


def test_an_official_arriving_in_a_region_with_specialists_visits_it_with_their_company():
    ax = run_pipeline("Уночі російські ракети поцілили в Коростень. Міністр енергетики Олег Дубов разом з інженерами "
                      "«Укренерго» приїде на Житомирщину.", "uk", "2027-03-03")
    visit = one_event(ax, "Visit")
    assert set(visit.participants) == {key_of(ax, "Олег Дубов"), key_of(ax, "Укренерго")}
    assert visit.place_key == key_of(ax, "Житомирщину") and visit.status == "planned"


def test_an_official_coming_to_the_site_of_the_strike_visits():
    ax = run_pipeline("Уночі російські ракети поцілили в Коростень. Завтра на місце удару прибуде міністр Олег Дубов.",
                      "uk", "2027-03-03")
    assert one_event(ax, "Visit").participants == [key_of(ax, "Олег Дубов")]


@pytest.mark.parametrize("lang,text,short,body", [
    ("ru", "Министр финансов России Олег Дубов подписал договор. Глава Минфина добавил, что документ заработает "
           "летом.", "Минфина", "org:minfin-ru"),
    ("uk", "Міністр фінансів Олег Дубов підписав договір. Очільник Мінфіну додав, що документ запрацює влітку.",
     "Мінфіну", "org:minfin-ua"),
])
def test_a_ministry_named_by_its_short_name_is_the_home_states_of_the_language(lang, text, short, body):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert key_of(ax, short) == body


def test_a_relative_clause_on_a_convinced_speaker_after_a_quote_is_not_what_he_said():
    ax = run_pipeline("Підсумки голосування «не вплинуть на курс Ліми щодо України», переконаний міністр Олег Дубов, що "
                      "дав коментар для агентства.", "uk", "2027-03-03")
    (st,) = ax.statements
    assert st.speaker_key == key_of(ax, "Олег Дубов") and ax.document.text[st.start:st.end].startswith("Підсумки")


@pytest.mark.parametrize("lang,text", [
    ("uk", "Уночі росіяни поцілили ракетами в депо під Ніжином. Після влучань згоріли два вагони. Відомості про атаку "
           "зранку оприлюднив начальник ОВА Олег Дубов."),
    ("ru", "Ночью российские ракеты поразили депо под Нежином. После попаданий сгорели два вагона. Сведения об атаке "
           "утром обнародовал глава администрации Олег Дубов."),
])
def test_information_about_the_attack_points_back_to_the_sentence_that_told_it(lang, text):
    ax = run_pipeline(text, lang, "2027-03-03")
    (st,) = ax.statements
    assert st.start == 0 and st.speaker_key == key_of(ax, "Олег Дубов")


@pytest.mark.parametrize("lang,text,name", [
    ("uk", "Як свідчать дані Центральної виборчої комісії, лейбористи взяли 211 крісел.",
     "Центральної виборчої комісії"),
    ("ru", "Как следует из данных Центральной избирательной комиссии, лейбористы взяли 211 кресел.",
     "Центральной избирательной комиссии"),
])
def test_a_commission_named_by_its_adjectives_is_an_organisation(lang, text, name):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert next(e for e in ax.entities if e.key == key_of(ax, name)).type == "ORG"


def test_a_call_of_the_two_leaders_after_a_congratulation_is_theirs_and_planned():
    ax = run_pipeline("Прем'єрка Перу Марта Гомес виграла вибори. Президент України Олег Дубов привітав Гомес з "
                      "перемогою.\n\nРозмову двох лідерів телефоном заплановано на вівторок, повідомили в ОП.", "uk",
                      "2027-03-03")
    call = one_event(ax, "Call")
    assert set(call.participants) == {key_of(ax, "Марта Гомес"), key_of(ax, "Олег Дубов")}
    assert call.status == "planned"


def test_a_visit_told_in_a_relative_clause_on_the_visitor_is_his():
    ax = run_pipeline("Міністр торгівлі України Олег Дубов, що в середу прибув з офіційним візитом до Литви, провів у "
                      "Вільнюсі переговори з литовським колегою Ігнасом Вайткусом.", "uk", "2027-02-10")
    assert key_of(ax, "Олег Дубов") in one_event(ax, "Visit").participants


@pytest.mark.parametrize("lang,text,party,members", [
    ("uk", "Лейбористська партія взяла більшість. Торік у травні лейбористи отримали 211 мандатів на виборах.",
     "Лейбористська партія", "лейбористи"),
    ("ru", "Лейбористская партия взяла большинство. В прошлом мае лейбористы получили 211 мандатов на выборах.",
     "Лейбористская партия", "лейбористы"),
])
def test_a_partys_members_stand_for_the_party_that_opens_a_sentence(lang, text, party, members):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert key_of(ax, members) == key_of(ax, party)
    assert key_of(ax, party) in events_of(ax, "Election")[-1].participants


def test_a_plain_adjective_and_a_party_noun_opening_a_sentence_stay_no_name():
    ax = run_pipeline("Правляча партія втратила голоси на виборах.", "uk", "2027-03-03")
    assert not [e for e in ax.entities if e.type == "ORG"]


def test_talks_with_the_unnamed_chair_of_a_parliament_are_with_the_parliament():
    ax = run_pipeline("Председатель Совета Федерации Нина Орлова прибыла в Сан-Томе и Принсипи и в пятницу провела в "
                      "столице переговоры с председателем Национального собрания Сан-Томе и Принсипи.", "ru",
                      "2027-03-03")
    assert key_of(ax, "Национального собрания Сан-Томе и Принсипи") in one_event(ax, "Talks").participants


@pytest.mark.parametrize("text", [
    "Министр торговли Латвии Олег Дубов прилетел на Мальдивские Острова с рабочим визитом.",
    "Министр торговли Латвии Олег Дубов прилетел на Мальдивы с рабочим визитом.",
])
def test_an_island_state_by_its_long_name_is_the_state(text):
    ax = run_pipeline(text, "ru", "2027-03-03")
    assert "loc:mv" in one_event(ax, "Visit").participants


def test_an_undeclined_surname_right_before_its_verb_is_the_subject_not_the_nouns_genitive():
    ax = run_pipeline("Инна Рот прилетела в Лусаку. Перед подписанием Рот провела переговоры с президентом Замбии Хакайнде "
                      "Хичилемой.", "ru", "2028-04-05")
    assert key_of(ax, "Инна Рот") in one_event(ax, "Talks").participants


def test_a_channel_before_a_content_clause_is_no_subject_of_the_attack_it_tells():
    ax = run_pipeline("Губернатор Олег Дубов увечері повідомив у Telegram, що дрони атакували нафтобазу під Тихорецьком.",
                      "uk", "2027-03-03")
    assert key_of(ax, "Telegram") not in one_event(ax, "Attack").participants


def test_a_participle_with_a_pronoun_object_and_a_compound_title_before_the_trailing_speaker():
    ax = run_pipeline("Председатель Сената Олег Дубов прилетел в Кито.\n\nВ пятницу спикер осмотрит порт Гуаякиль, где "
                      "строят новые причалы, сообщил сопровождающий его вице-спикер Сената Петр Белов.", "ru",
                      "2027-03-03")
    assert speakers_of(ax) == [key_of(ax, "Петр Белов")]


def test_the_head_of_a_foreign_parliament_by_its_adjective_is_not_a_chair_of_another_state():
    ax = run_pipeline("Председатель Госдумы Олег Дубов провел переговоры с председателем Национальной ассамблеи Перу "
                      "Карлосом Мендесом.\n\nГлава перуанского парламента добавил, что депутаты готовы принять закон.",
                      "ru", "2027-03-03")
    assert speakers_of(ax) == [key_of(ax, "Карлосом Мендесом")]


def test_an_occasion_after_a_trailing_speaker_is_no_bar_to_him():
    ax = run_pipeline("Министр Олег Дубов прилетел в Лусаку.\n\nС осени в российских университетах начнут учебу около 300 "
                      "замбийских студентов, отметил Дубов на совещании с министрами замбийского правительства.", "ru",
                      "2027-03-03")
    assert speakers_of(ax) == [key_of(ax, "Олег Дубов")]


def test_the_party_after_a_topic_opened_by_po():
    ax = run_pipeline("Переговоры по урегулированию с Олегом Дубовым продолжатся в мае.", "ru", "2027-03-03")
    assert key_of(ax, "Олегом Дубовым") in one_event(ax, "Talks").participants


def test_a_district_visited_lies_in_the_state_where_the_visitor_signed():
    ax = run_pipeline("Министр Олег Дубов во вторник подписал в Лусаке соглашение с правительством Замбии. В четверг Дубов "
                      "посетит район Мпонгве, где осмотрит рудник.", "ru", "2027-03-03")
    visit = one_event(ax, "Visit")
    assert "loc:zm" in visit.participants


def test_a_visit_to_a_region_went_where_the_visitor_held_talks():
    ax = run_pipeline("Министр Олег Дубов, который прилетел в Южную Америку в рамках турне, провел в Асунсьоне переговоры "
                      "с министром иностранных дел Парагвая. Затем Дубова принял президент Парагвая.", "ru", "2027-03-03")
    city = key_of(ax, "Асунсьоне")
    assert one_event(ax, "Visit").place_key == city
    assert one_event(ax, "Meeting").place_key in (city, None)
