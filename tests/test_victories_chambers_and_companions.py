"""Speakers named after a trailing cue behind a participle phrase or a channel, an election's winner told by a
victory noun, compound party names, a parliament's chambers, the state after an assembly's name, an unnamed
chair of a foreign parliament and the pronoun for him, a relative clause on the speaker before a coordinated
cue, talks held in another state's city, a state referred to as "this country", a person's span run on into a
place, a capital named after its state, "the two speakers" signing, and a common-gender role noun agreeing with
its verb. Sentences written for these tests."""
import pytest

from conftest import events_of, key_of, one_event, run_pipeline, speakers_of


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "Игорь Светлов прилетел в Лиму. В пятницу Светлов посетит порт Кальяо, где осмотрит новый терминал, "
           "рассказал сопровождающий министра вице-премьер Олег Дубов.", "Олег Дубов"),
    ("ru", "Игорь Светлов прилетел в Лиму. В пятницу Светлов посетит порт Кальяо, где осмотрит новый терминал, "
           "рассказала сопровождающая делегацию советник Анна Белова.", "Анна Белова"),
])
def test_a_participle_phrase_after_a_trailing_cue_is_no_bar_to_its_speaker(lang, text, speaker):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert speakers_of(ax) == [key_of(ax, speaker)]


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "Из Лимы Светлов вылетит в Кито, сообщила в своем Telegram-канале Анна Белова.", "Анна Белова"),
    ("uk", "Світлов вирушить до Кіто, повідомила у своєму телеграм-каналі речниця Ганна Білова.", "Ганна Білова"),
])
def test_the_channel_a_trailing_speaker_posted_in_is_skipped(lang, text, speaker):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert speakers_of(ax) == [key_of(ax, speaker)]


@pytest.mark.parametrize("lang,text,winner", [
    ("ru", "Президент Перу Карлос Мендес принял делегацию. Мендес вернулся на пост после победы на "
           "президентских выборах в сентябре 2025 года.", "Карлос Мендес"),
    ("uk", "Президентка Перу Марта Гомес обійняла посаду, здобувши перемогу на президентських виборах у червні "
           "2024 року.", "Марта Гомес"),
])
def test_the_winner_of_a_victory_noun_takes_part_in_the_election(lang, text, winner):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert key_of(ax, winner) in one_event(ax, "Election").participants


def test_a_congratulation_on_the_victory_is_not_the_congratulators_election():
    ax = run_pipeline("Игорь Светлов поздравил Карлоса Мендеса с победой на президентских выборах.", "ru", "2027-03-03")
    assert key_of(ax, "Игорь Светлов") not in one_event(ax, "Election").participants


@pytest.mark.parametrize("lang,text,name", [
    ("uk", "Уряд матиме більшість. Народно-консервативна партія, головна опозиційна сила, отримала 29 мандатів.",
     "Народно-консервативна партія"),
    ("ru", "Правительство сохранит большинство. Народно-консервативная партия, главная оппозиционная сила, получила "
           "29 мандатов.", "Народно-консервативная партия"),
])
def test_a_compound_adjective_opens_a_partys_name_even_at_a_sentence_start(lang, text, name):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert next(e for e in ax.entities if e.key == key_of(ax, name)).type == "ORG"


@pytest.mark.parametrize("lang,text,name", [
    ("uk", "Ліберали отримують 183 із 343 місць у Палаті громад, консерватори – 121.", "Палаті громад"),
    ("ru", "Либералы получают 183 из 343 мест в Палате общин, консерваторы – 121.", "Палате общин"),
])
def test_a_capitalised_chamber_noun_and_its_plural_genitive_name_a_chamber(lang, text, name):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert next(e for e in ax.entities if e.key == key_of(ax, name)).type == "ORG"


def test_a_state_after_an_assemblys_name_belongs_to_it_even_when_it_does_not_decline():
    ax = run_pipeline("Переговоры с председателем Национального собрания Сан-Томе и Принсипи прошли в среду.",
                      "ru", "2027-03-03")
    assert key_of(ax, "Национального собрания Сан-Томе и Принсипи")


_CHAIR = ("Председатель Совета Федерации Нина Орлова прилетела в Кабо-Верде и в среду провела в Прае переговоры с "
          "председателем Национального собрания Кабо-Верде.\n\nПредседатель кабовердианского парламента в интервью "
          "агентству Inforpress отметил, что страна «готова работать с каждым». По его словам, парламент "
          "рассчитывает на новые квоты.")


def test_an_unnamed_chair_of_a_foreign_parliament_speaks_for_it_and_so_does_his_pronoun():
    ax = run_pipeline(_CHAIR, "ru", "2027-03-03")
    body = key_of(ax, "Национального собрания Кабо-Верде")
    assert speakers_of(ax) == [body, body]


@pytest.mark.parametrize("lang,text,speaker,outlet", [
    ("uk", "Карлос Мендес, слова якого наводить агентство EFE, подякував виборцям і наголосив, що результат дає "
           "уряду «мандат на реформи».", "Карлос Мендес", "EFE"),
    ("ru", "Карлос Мендес, слова которого приводит агентство EFE, поблагодарил избирателей и подчеркнул, что "
           "результат дает правительству «мандат на реформы».", "Карлос Мендес", "EFE"),
])
def test_a_relative_clause_on_the_speaker_before_a_coordinated_cue_relays_him(lang, text, speaker, outlet):
    ax = run_pipeline(text, lang, "2027-03-03")
    (st,) = ax.statements
    assert st.speaker_key == key_of(ax, speaker) and st.via_key == key_of(ax, outlet)


@pytest.mark.parametrize("lang,text,state", [
    ("ru", "Министр иностранных дел России Сергей Лавров провел в Дакаре переговоры о рыболовстве. Сенегал стал "
           "третьей страной его турне.", "loc:sn"),
    ("uk", "Міністр закордонних справ України Андрій Сибіга провів у Дакарі переговори про рибальство. Сенегал став "
           "третьою країною його турне.", "loc:sn"),
])
def test_talks_a_visitor_holds_in_another_states_city_are_with_that_state(lang, text, state):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert state in one_event(ax, "Talks").participants


def test_talks_held_at_home_gain_no_state():
    ax = run_pipeline("Міністр закордонних справ України Андрій Сибіга провів у Києві переговори про рибальство.",
                      "uk", "2027-03-03")
    assert one_event(ax, "Talks").participants == [key_of(ax, "Андрій Сибіга")]


def test_this_country_after_a_visit_is_the_state_named_before():
    ax = run_pipeline("Министр иностранных дел России Сергей Лавров прибыл в Сенегал. Это первый визит главы "
                      "российской дипломатии в эту страну.", "ru", "2027-03-03")
    visits = events_of(ax, "Visit")
    assert visits and all("loc:sn" in v.participants for v in visits)


@pytest.mark.parametrize("lang,text,person,place", [
    ("ru", "Министр Олег Дубов прибыл в Лиму. Из Лимы Дубов вылетит в Кито.", "Дубов", "Лимы"),
    ("ru", "Лидер партии Олег Дубов в Кишиневе назвал заявление «провокацией».", "Олег Дубов", "Кишиневе"),
])
def test_a_place_run_into_a_persons_name_is_a_place_of_its_own(lang, text, person, place):
    ax = run_pipeline(text, lang, "2027-03-03")
    types = {e.key: e.type for e in ax.entities}
    assert types[key_of(ax, person)] == "PER" and types[key_of(ax, place)] == "LOC"


def test_the_name_after_a_capital_and_its_state_is_the_capital_and_the_state_stays():
    ax = run_pipeline("Министр иностранных дел России Сергей Лавров прибыл в Дакар. В четверг министр отправится в "
                      "столицу Кабо-Верде Праю.", "ru", "2027-03-03")
    city, state = key_of(ax, "Праю"), key_of(ax, "Кабо-Верде")
    assert next(e for e in ax.entities if e.key == city).type == "LOC" and city != state
    visit = [v for v in events_of(ax, "Visit") if v.status == "planned"]
    assert len(visit) == 1 and visit[0].place_key == city and state in visit[0].participants


def test_a_name_after_a_town_that_is_no_capital_phrase_stays_a_name():
    ax = run_pipeline("Увечері міністра прийняв глава камбоджійського уряду Хун Манет. Перша зустріч Хун Манета і "
                      "Зеленського відбулася восени 2027 року.", "uk", "2027-03-03")
    assert key_of(ax, "Манета") == key_of(ax, "Хун Манет")


@pytest.mark.parametrize("lang,text", [
    ("ru", "Председатель Сената Перу Карлос Мендес провел переговоры с Олегом Дубовым. По итогам встречи два "
           "спикера скрепили подписями соглашение о сотрудничестве."),
    ("uk", "Голова Сенату Перу Карлос Мендес провів переговори з Олегом Дубовим. За підсумками зустрічі обидва "
           "спікери скріпили підписами угоду про співпрацю."),
])
def test_the_two_speakers_who_sign_are_the_parties_of_the_talks(lang, text):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert set(one_event(ax, "Agreement").participants) >= set(one_event(ax, "Talks").participants)


def test_a_common_gender_role_noun_means_the_person_its_verb_agrees_with():
    ax = run_pipeline("Официальный представитель МИД России Анна Белова прокомментировала решение. Днем ранее "
                      "президент Перу Карлос Мендес объявил, что его страна выйдет из соглашения.\n\n"
                      "«Власти Перу сами разрушили механизм», — подчеркнула дипломат.", "ru", "2027-03-03")
    assert speakers_of(ax)[-1] == key_of(ax, "Анна Белова")


def test_a_state_run_into_its_ministers_name_is_the_state_and_the_person():
    ax = run_pipeline("Андрій Сибіга провів телефонну розмову з міністром закордонних справ Пакистану Ішаком Даром.",
                      "uk", "2027-03-03")
    types = {e.key: e.type for e in ax.entities}
    assert types[key_of(ax, "Пакистану")] == "LOC" and types[key_of(ax, "Ішаком Даром")] == "PER"


def test_a_surname_opening_a_sentence_before_a_comma_is_the_person_named_before():
    ax = run_pipeline("Андрій Сибіга провів телефонну розмову з міністром закордонних справ Пакистану Ішаком Даром.\n\n"
                      "Дар, як повідомляє державне агентство APP, запевнив співрозмовника, що Ісламабад підтримує "
                      "«справедливе врегулювання».", "uk", "2027-03-03")
    assert speakers_of(ax) == [key_of(ax, "Ішаком Даром")]


@pytest.mark.parametrize("lang,text,speaker", [
    ("uk", "Результати голосування «не змінять політики Праги щодо України», переконаний міністр Олег Дубов.",
     "Олег Дубов"),
    ("ru", "Министр Олег Дубов уверен, что соглашение будет подписано до конца года.", "Олег Дубов"),
])
def test_a_speaker_convinced_of_a_clause_states_it(lang, text, speaker):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert speakers_of(ax) == [key_of(ax, speaker)]


def test_an_official_arriving_in_a_region_with_specialists_visits_it_with_their_company():
    ax = run_pipeline("Уночі російські дрони атакували Шепетівку. Міністр енергетики Олег Дубов разом із фахівцями "
                      "«Укренерго» прибуде на Хмельниччину.", "uk", "2027-03-03")
    visit = one_event(ax, "Visit")
    assert set(visit.participants) == {key_of(ax, "Олег Дубов"), key_of(ax, "Укренерго")}
    assert visit.place_key == key_of(ax, "Хмельниччину") and visit.status == "planned"


def test_an_official_coming_to_the_site_of_the_strike_visits():
    ax = run_pipeline("Уночі російські дрони атакували Шепетівку. У середу на місце удару приїде віцепрем'єр Олег "
                      "Дубов.", "uk", "2027-03-03")
    assert one_event(ax, "Visit").participants == [key_of(ax, "Олег Дубов")]


@pytest.mark.parametrize("lang,text,short,body", [
    ("ru", "Министр финансов России Олег Дубов подписал соглашение. Глава Минфина также сообщил, что документ "
           "вступит в силу летом.", "Минфина", "org:minfin-ru"),
    ("uk", "Міністр фінансів Олег Дубов підписав угоду. Глава Мінфіну також повідомив, що документ набуде "
           "чинності влітку.", "Мінфіну", "org:minfin-ua"),
])
def test_a_ministry_named_by_its_short_name_is_the_home_states_of_the_language(lang, text, short, body):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert key_of(ax, short) == body


def test_a_relative_clause_on_a_convinced_speaker_after_a_quote_is_not_what_he_said():
    ax = run_pipeline("Результати голосування «не змінять політики Праги щодо України», переконаний міністр Олег "
                      "Дубов, що прокоментував підсумки виборів для агентства.", "uk", "2027-03-03")
    (st,) = ax.statements
    assert st.speaker_key == key_of(ax, "Олег Дубов") and ax.document.text[st.start:st.end].startswith("Результати")


@pytest.mark.parametrize("lang,text", [
    ("uk", "Уночі росіяни вдарили дронами по підстанції поблизу Ніжина. Після влучань спалахнула пожежа. Відомості "
           "про атаку зранку оприлюднив начальник ОВА Олег Дубов."),
    ("ru", "Ночью российские дроны ударили по подстанции под Нежином. После попаданий вспыхнул пожар. Сведения об "
           "атаке утром обнародовал глава администрации Олег Дубов."),
])
def test_information_about_the_attack_points_back_to_the_sentence_that_told_it(lang, text):
    ax = run_pipeline(text, lang, "2027-03-03")
    (st,) = ax.statements
    assert st.start == 0 and st.speaker_key == key_of(ax, "Олег Дубов")


@pytest.mark.parametrize("lang,text,name", [
    ("uk", "Згідно з даними Національної виборчої комісії, демократи отримали 168 мандатів.",
     "Національної виборчої комісії"),
    ("ru", "По данным Национальной избирательной комиссии, демократы получили 168 мандатов.",
     "Национальной избирательной комиссии"),
])
def test_a_commission_named_by_its_adjectives_is_an_organisation_that_reports(lang, text, name):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert speakers_of(ax) == [key_of(ax, name)]


def test_a_call_of_the_two_leaders_after_a_congratulation_is_theirs_and_planned():
    ax = run_pipeline("Прем'єрка Ладонії Марта Гомес перемогла на виборах. Президент України Олег Дубов привітав Гомес із "
                      "результатом голосування.\n\nТелефонна розмова двох лідерів запланована на понеділок, повідомили "
                      "в ОП.", "uk", "2027-03-03")
    call = one_event(ax, "Call")
    assert set(call.participants) == {key_of(ax, "Марта Гомес"), key_of(ax, "Олег Дубов")}
    assert call.status == "planned"


def test_a_visit_told_in_a_relative_clause_on_the_visitor_is_his():
    ax = run_pipeline("Міністр оборони України Олег Дубов, що у вівторок прибув з першим візитом до Латвії, провів у "
                      "Ризі переговори з латвійським колегою Андрісом Спрудсом.", "uk", "2027-02-10")
    assert key_of(ax, "Олег Дубов") in one_event(ax, "Visit").participants


@pytest.mark.parametrize("lang,text,party,members", [
    ("uk", "Ліберальна партія здобула більшість. На виборах у квітні 2025 року ліберали здобули 169 мандатів.",
     "Ліберальна партія", "ліберали"),
    ("ru", "Либеральная партия получила большинство. На выборах в апреле 2025 года либералы получили 169 мандатов.",
     "Либеральная партия", "либералы"),
])
def test_a_partys_members_stand_for_the_party_that_opens_a_sentence(lang, text, party, members):
    ax = run_pipeline(text, lang, "2027-03-03")
    assert key_of(ax, members) == key_of(ax, party)
    assert key_of(ax, party) in events_of(ax, "Election")[-1].participants


def test_a_plain_adjective_and_a_party_noun_opening_a_sentence_stay_no_name():
    ax = run_pipeline("Правляча партія втратила голоси на виборах.", "uk", "2027-03-03")
    assert not [e for e in ax.entities if e.type == "ORG"]


def test_talks_with_the_unnamed_chair_of_a_parliament_are_with_the_parliament():
    ax = run_pipeline("Председатель Совета Федерации Нина Орлова прилетела в Кабо-Верде с официальным визитом и в среду "
                      "провела в Прае переговоры с председателем Национального собрания Кабо-Верде.", "ru", "2027-03-03")
    assert key_of(ax, "Национального собрания Кабо-Верде") in one_event(ax, "Talks").participants


@pytest.mark.parametrize("text", [
    "Министр иностранных дел России Сергей Лавров приехал на Сейшельские Острова с официальным визитом.",
    "Министр иностранных дел России Сергей Лавров приехал на Сейшелы с официальным визитом.",
])
def test_an_island_state_by_its_long_name_is_the_state(text):
    ax = run_pipeline(text, "ru", "2027-03-03")
    assert "loc:sc" in one_event(ax, "Visit").participants


def test_an_undeclined_surname_right_before_its_verb_is_the_subject_not_the_nouns_genitive():
    ax = run_pipeline("Нина Лут прибыла в Лилонгве. Перед церемонией Лут провела встречу с президентом Малави Питером "
                      "Мутарикой.", "ru", "2028-04-05")
    assert key_of(ax, "Нина Лут") in one_event(ax, "Meeting").participants


def test_a_channel_before_a_content_clause_is_no_subject_of_the_attack_it_tells():
    ax = run_pipeline("Губернатор Олег Дубов ще вчора написав у Telegram, що безпілотники атакували промислову зону "
                      "Невинномиська.", "uk", "2027-03-03")
    assert key_of(ax, "Telegram") not in one_event(ax, "Attack").participants
