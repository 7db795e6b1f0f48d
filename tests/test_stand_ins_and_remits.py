"""Unnamed officials known only by their nationality ("лаосский министр", "глава чилійської дипломатії") speaking for
their state, and a pronoun after them; a minister's remit listed before his state; a head of state who is no
ministry's or party's head; officials after a body just heard; "а сам" keeping the subject; a participle phrase or a
social network beside a trailing speaker; "накануне" before a compound noun; lists inside a relative clause on the
speaker; the Russian ministries by their short names; accusing and characterising with a quote; pointers to the
details of an attack; a visitor past a relative clause's object; talks with one's own colleague, fronted talks and a
capital between a support verb and its talks; "the country" visited; companions with a long name; signatures put
under an agreement; a party quoted after its leader's surname; a signed document spoken of; a round's winner; an
envoy for a state; the person a title is on (these last guard against mistakes met on the way, so some pass on the
code before them too). Sentences written for these tests."""
import pytest

from conftest import key_of, one_event, run_pipeline, speakers_of


@pytest.mark.parametrize("lang,text,state", [
    ("uk", "Олег Дубовий у понеділок провів у Сантьяго переговори з чилійським колегою.\n\nГлава чилійської "
           "дипломатії, слова якого навела газета La Tercera, наголосив, що Чилі підтримує мирне врегулювання. "
           "За його словами, Чилі купуватиме більше українського зерна.", "Чилі"),
    ("ru", "Олег Дубов прилетел во Вьентьян на переговоры.\n\nЛаосский министр, высказывания которого приводит газета "
           "Vientiane Times, подчеркнул, что Лаос ждет от Москвы новых кредитов. Он также отметил, что власти "
           "ждут поставок удобрений.", "Лаос"),
])
def test_an_unnamed_official_named_by_nationality_speaks_for_the_state_and_so_does_he(lang, text, state):
    ax = run_pipeline(text, lang, "2027-04-05")
    assert speakers_of(ax) == [key_of(ax, state)] * 2
    assert not any(e.type == "PER" and e.name.startswith("Лаосск") for e in ax.entities)  # no person of that name


def test_an_official_told_to_a_newspaper_is_its_speaker_not_the_paper():
    ax = run_pipeline("Олег Дубов прилетел в Душанбе.\n\nТаджикский министр в беседе с газетой «Вечерка» сказал, что "
                      "республика хочет перерабатывать хлопок сама. Позже он добавил, что экспорт Таджикистана "
                      "должен вырасти.", "ru", "2027-04-05")
    assert speakers_of(ax) == [key_of(ax, "Таджикистана")] * 2


def test_a_ministers_remit_listed_before_his_state():
    ax = run_pipeline("Так в пятницу ответил на вопрос журналистов Олег Дубов.\n\nВ среду министр образования, науки "
                      "и культуры Монголии, выступая в парламенте, заявил, что страна может закрыть набор студентов в "
                      "Россию. По его словам, заявок стало вдвое меньше.", "ru", "2027-04-05")
    assert speakers_of(ax) == [key_of(ax, "Монголии")] * 2


@pytest.mark.parametrize("lang,text,body", [
    ("ru", "Песков добавил, что разговор Путина с Касым-Жомартом Токаевым не планируется.\n\nГлава МИД Казахстана, "
           "как передает агентство «Хабар», пояснил, что Астана не оспаривает договоренности с Москвой.",
           "МИД Казахстана"),
    ("uk", "Партія «Рух майбутнього» прем'єр-міністра Івана Коваля виграла вибори в Мальті.\n\nЛідер «Союзу "
           "островів» визнав поразку, але наголосив, що його партія «пильнуватиме кожне рішення уряду».", "Союзу островів"),
])
def test_a_head_of_state_or_government_is_no_ministrys_or_other_partys_head(lang, text, body):
    ax = run_pipeline(text, lang, "2027-04-05")
    assert speakers_of(ax)[-1] == key_of(ax, body)


def test_diplomats_after_their_embassy_spoke_are_that_embassy():
    ax = run_pipeline("У посольстві Росії в Чилі повідомили, що Москва визнає результат голосування і чекає співпраці "
                      "в БРІКС. Тим часом дипломати заперечили інформацію, ніби президент улітку відвідає Москву.",
                      "uk", "2027-04-05")
    assert speakers_of(ax) == [key_of(ax, "посольстві Росії в Чилі")] * 2


def test_a_sam_keeps_the_subject_of_the_clause_before():
    ax = run_pipeline("Міністр Олег Дубовий закликав Міжнародне агентство з атомної енергії оцінити наслідки удару, а "
                      "сам удар у своєму дописі у Facebook назвав «свідомим ударом по мирних людях».", "uk", "2027-04-05")
    assert speakers_of(ax)[-1] == key_of(ax, "Олег Дубовий")


@pytest.mark.parametrize("text,speaker", [
    ("В пятницу делегация осмотрит порт в Тартусе, где разгружают зерно, уточнил замминистра Олег Дубов, "
     "прилетевший вместе с министром.", "Олег Дубов"),
    ("На следующий день министр вылетит в Джубу, где проведет переговоры с местными властями, написала в Telegram "
     "официальный представитель ведомства Анна Белова.", "Анна Белова"),
])
def test_a_trailing_speaker_with_a_participle_after_him_or_a_network_before_him(text, speaker):
    ax = run_pipeline(text, "ru", "2027-04-05")
    assert speakers_of(ax) == [key_of(ax, speaker)]


def test_the_eve_before_a_compound_title_is_a_day():
    ax = run_pipeline("МОСКВА, 12 мая. Олег Дубов ответил журналистам.\n\nНакануне премьер-министр Мальты Иван Коваль "
                      "сообщил, что патрульный катер сопровождал судно двое суток.", "ru", "2027-05-12")
    said = [s.said_on.value for s in ax.statements if s.said_on is not None and "катер" in s.content]
    assert said == ["2027-05-11"]


def test_a_remit_list_inside_a_relative_clause_on_the_speaker():
    ax = run_pipeline("Олег Дубовий, який очолює Міністерство культури, молоді та спорту, назвав нічну атаку "
                      "«ударом по майбутньому дітей».", "uk", "2027-04-05")
    assert speakers_of(ax) == [key_of(ax, "Олег Дубовий")]


def test_a_russian_ministry_by_its_short_name_and_its_adjective_phrase():
    ax = run_pipeline("Глава российского Минтранса Олег Дубов прилетел в Луанду. В пятницу делегация проедет по "
                      "новой дороге, сообщило российское транспортное ведомство.", "ru", "2027-04-05")
    assert speakers_of(ax) == [key_of(ax, "российского Минтранса")]


@pytest.mark.parametrize("lang,text,content", [
    ("uk", "Посольство Росії в Замбії в телеграм-каналі звинуватило Варшаву в намаганнях «зірвати переговори про "
           "зерно».", "зірвати переговори про зерно"),
    ("ru", "Олег Дубов охарактеризовал слова министра как «попытку начать торг, а не угрозу».",
     "попытку начать торг, а не угрозу"),
])
def test_accusing_and_characterising_with_a_quote(lang, text, content):
    ax = run_pipeline(text, lang, "2027-04-05")
    assert [s.content for s in ax.statements] == [content]


def test_a_trailing_verb_of_informing_in_the_perfective():
    ax = run_pipeline("Протягом ночі окупанти запустили 40 дронів, проінформували у Повітряних силах.", "uk", "2027-04-05")
    assert len(ax.statements) == 1


@pytest.mark.parametrize("lang,text", [
    ("uk", "Уночі росіяни вдарили дронами по Коростеню, пошкоджено депо.\n\nПодробиці нічної атаки вранці оприлюднив у "
           "Telegram Олег Дубовий."),
    ("ru", "Ночью российские дроны ударили по Коростеню, повреждено депо.\n\nПодробности ночной атаки утром изложил в "
           "Telegram Олег Дубовой."),
])
def test_the_details_of_the_attack_point_back_to_it(lang, text):
    ax = run_pipeline(text, lang, "2027-04-05")
    [s] = ax.statements
    assert s.content.startswith(("Уночі", "Ночью"))


def test_the_object_of_a_relative_clauses_first_verb_is_no_visitor():
    ax = run_pipeline("Ганна Білова, що очолює литовський уряд і в понеділок приїхала з робочим візитом до "
                      "Словенії, провела переговори з прем'єром.", "uk", "2027-04-05")
    visit = one_event(ax, "Visit")
    assert visit.participants[0] == key_of(ax, "Ганна Білова")


def test_talks_with_ones_own_colleague_of_a_state_and_a_capital_between_verb_and_talks():
    ax = run_pipeline("Олег Дубов провел в столице королевства переговоры со своим лаосским коллегой.", "ru", "2027-04-05")
    talks = one_event(ax, "Talks")
    assert talks.participants[0] == key_of(ax, "Олег Дубов")
    assert [ax_e.name for ax_e in ax.entities if ax_e.key == talks.participants[-1]][0] in ("Laos", "Лаос")


def test_the_country_visited_is_the_state_the_text_is_about():
    ax = run_pipeline("Олег Дубов находится в Лаосе с официальным визитом. В 2019 году страну посетил Иван Ковалев.",
                      "ru", "2027-04-05")
    earlier = [e for e in ax.events if e.type == "Visit" and key_of(ax, "Иван Ковалев") in e.participants]
    assert [e.place_key for e in earlier] == [key_of(ax, "Лаосе")]


def test_who_comes_along_with_a_long_named_body_is_no_visitor():
    ax = run_pipeline("У четвер Олег Дубовий разом з експертами Міжнародної організації праці (МОП) приїде у Коростень.",
                      "uk", "2027-04-05")
    assert one_event(ax, "Visit").participants[0] == key_of(ax, "Олег Дубовий")


def test_putting_signatures_under_an_agreement_signs_it():
    ax = run_pipeline("Ганна Білова провела в Любляні переговори з прем'єром Іваном Ковалем. По завершенні переговорів "
                      "прем'єри поставили підписи під меморандумом про міст.", "uk", "2027-04-05")
    assert set(one_event(ax, "Agreement").participants) == {key_of(ax, "Ганна Білова"), key_of(ax, "Іваном Ковалем")}


def test_a_party_named_in_quotes_after_its_leaders_surname():
    ax = run_pipeline("Торік партія Коваля «Світанок» виграла дострокові вибори в Словенії.", "uk", "2027-04-05")
    assert {e.name: e.type for e in ax.entities if e.name in ("Світанок", "Коваль")} == {"Світанок": "ORG", "Коваль": "PER"}


def test_who_calls_a_signed_document_something_did_not_sign_it():
    ax = run_pipeline("Министры подписали в Вадуце соглашение о мосте. Сенатор Олег Дубов назвал подписанный документ "
                      "«страховкой от ошибок».", "ru", "2027-04-05")
    [agreement] = [e for e in ax.events if e.type == "Agreement"]
    assert key_of(ax, "Олег Дубов") not in agreement.participants


def test_the_winner_of_an_elections_round():
    ax = run_pipeline("Іван Коваль виграв у першому турі парламентських виборів у Словенії.", "uk", "2027-04-05")
    assert one_event(ax, "Election").participants[:1] == [key_of(ax, "Іван Коваль")]


def test_an_envoy_for_a_state_is_not_of_that_state():
    ax = run_pipeline("Спецпредставитель Чили по Лаосу Иван Ковалев написал в соцсети X, что переговоры продолжатся. "
                      "Вчера Олег Дубов провел отдельную встречу с лаосским министром.", "ru", "2027-04-05")
    [meeting] = [e for e in ax.events if e.type == "Meeting"]
    assert key_of(ax, "Иван Ковалев") not in meeting.participants


@pytest.mark.parametrize("lang,text,speaker", [
    ("uk", "Спецпредставник ЄС з питань енергетики Іван Коваль у четвер провів у Києві зустріч з міністром. «Ціни вже "
           "падають третій тиждень поспіль», — сказав він після зустрічі.", "Іван Коваль"),
    ("uk", "Прем'єрка Словенії Ганна Білова прибула до Києва.\n\nОлег Дубовий, генеральний секретар кабінету міністрів "
           "Словенії, як передає агентство STA, заявив у Любляні, що візит готували в таємниці.", "Олег Дубовий"),
    ("ru", "«Мы готовы к диалогу», — заявил Олег Дубов после заседания.\n\nПо словам дипломата, Москва предложила "
           "провести следующую встречу в очном формате.", "Олег Дубов"),
    ("ru", "«Даты согласуют позже», — сказал пресс-секретарь Олег Дубов.\n\nКомментируя публикацию газеты Lanka Times, "
           "пресс-секретарь опроверг, что министр летал в Коломбо.", "Олег Дубов"),
])
def test_the_person_the_title_is_on_speaks(lang, text, speaker):
    ax = run_pipeline(text, lang, "2027-04-05")
    assert speakers_of(ax)[-1] == key_of(ax, speaker)


def test_a_visit_by_a_minister_named_by_nationality_and_remit_goes_to_the_state_after():
    ax = run_pipeline("Міністр енергетики України Олег Дубовий провів переговори в Любляні. Це другий візит "
                      "українського міністра енергетики до Словенії.", "uk", "2027-04-05")
    [visit] = [e for e in ax.events if e.type == "Visit"]
    assert key_of(ax, "Словенії") in visit.participants


def test_fronted_talks_take_the_other_side_after_the_support_verb():
    ax = run_pipeline("Переговори у вівторок міністр Олег Дубовий провів у Любляні з словенським віцепрем'єром і міністром "
                      "оборони Іваном Ковалем.", "uk", "2027-04-05")
    assert set(one_event(ax, "Talks").participants) == {key_of(ax, "Олег Дубовий"), key_of(ax, "Іваном Ковалем")}


@pytest.mark.parametrize("lang,text,guest", [
    ("uk", "Прем'єрка України Ганна Білова провела в Любляні переговори з Іваном Ковалем. Увечері українську гостю "
           "прийняв у палаці президент Словенії Олег Дубовий.", "Ганна Білова"),
    ("ru", "Министр иностранных дел России Олег Дубов провел в Вадуце переговоры с Иваном Ковалевым. Вечером российского "
           "гостя принял князь Лихтенштейна Петр Белов.", "Олег Дубов"),
])
def test_the_guest_received_is_the_visitor_and_the_reception_is_where_he_held_talks(lang, text, guest):
    ax = run_pipeline(text, lang, "2027-04-05")
    [talks] = [e for e in ax.events if e.type == "Talks"]
    meeting = one_event(ax, "Meeting")
    assert key_of(ax, guest) in meeting.participants
    assert meeting.place_key == talks.place_key


@pytest.mark.parametrize("lang,text,name", [
    ("uk", "Судна вийшли в Червоне море, а біля Червоного моря чергують патрулі.", "Червоне море"),
    ("ru", "Мост через Днестровский лиман закрыли после удара.", "Днестровский лиман"),
])
def test_a_sea_or_estuary_named_by_its_adjective(lang, text, name):
    ax = run_pipeline(text, lang, "2027-04-05")
    assert next(e.type for e in ax.entities for m in e.mentions if m.text == name) == "LOC"


def test_a_un_programme_named_in_full_is_one_organisation():
    ax = run_pipeline("Експерти Програми розвитку ООН оцінять руйнування в Коростені.", "uk", "2027-04-05")
    assert key_of(ax, "Програми розвитку ООН").endswith("undp")


@pytest.mark.parametrize("lang,text,place", [
    ("uk", "У Коростені вже побував Олег Дубовий.", "Коростені"),
    ("ru", "Ранее во Вьентьяне побывал министр Олег Дубов.", "Вьентьяне"),
])
def test_a_stay_verb_is_a_visit_to_the_place_in_the_locative(lang, text, place):
    ax = run_pipeline(text, lang, "2027-04-05")
    assert one_event(ax, "Visit").place_key == key_of(ax, place)


def test_a_colleague_holds_the_same_office_and_an_outlets_clause_is_no_list_item():
    ax = run_pipeline("Накануне министр иностранных дел Лаоса Иван Ковалев сказал, что Вьентьян ждет переговоров. Как "
                      "сообщает агентство Lao News, в субботу министр обороны России Олег Дубов и Петр Белов обсудят "
                      "положение дел по телефону с лаосским коллегой.", "ru", "2027-04-05")
    call = one_event(ax, "Call")
    assert key_of(ax, "Иван Ковалев") not in call.participants
    assert key_of(ax, "Lao News") not in call.participants


def test_talks_offered_to_someone_have_the_proposer_and_the_addressee_as_parties():
    ax = run_pipeline("Олег Дубов сообщил, что Вена предлагала Вадуцу консультации по кабелям.", "ru", "2027-04-05")
    assert len(one_event(ax, "Talks").participants) == 2


def test_a_feminine_title_is_a_womans():
    ax = run_pipeline("Прем'єр-міністр України Ганна Білова провела в Любляні переговори з Іваном Ковалем. Увечері "
                      "українську гостю прийняв у палаці президент Словенії Олег Дубовий. Уже ввечері прем'єрка "
                      "повідомила в Telegram, що Словенія «підтримає Україну».", "uk", "2027-04-05")
    assert speakers_of(ax)[-1] == key_of(ax, "Ганна Білова")


def test_a_common_noun_opening_the_sentence_is_no_part_of_the_name_in_its_genitive():
    ax = run_pipeline("Блок Івана Коваля виграв парламентські вибори в Словенії.", "uk", "2027-04-05")
    assert not any(e.type == "PER" and e.name.startswith("Блок") for e in ax.entities)


@pytest.mark.parametrize("lang,text,visit", [
    ("ru", "Олег Дубов с понедельника находится в Лаосе по приглашению местных властей.", True),
    ("ru", "Завод компании находится в Лаосе.", False),
    ("uk", "Олег Дубовий перебуває у Словенії на запрошення словенського уряду.", True),
])
def test_being_somewhere_at_an_invitation_is_a_visit(lang, text, visit):
    ax = run_pipeline(text, lang, "2027-04-05")
    assert any(e.type == "Visit" for e in ax.events) == visit


def test_a_visit_to_the_state_of_the_dateline_city_went_to_that_city():
    ax = run_pipeline("ТАШКЕНТ, 5 апреля. /ТАСС/. Министр Олег Дубов находится в Узбекистане с рабочим визитом.", "ru",
                      "2027-04-05")
    visit = one_event(ax, "Visit")
    assert visit.place_key != key_of(ax, "Узбекистане") and ax.entities and any(
        e.key == visit.place_key and e.name in ("Tashkent", "Ташкент") for e in ax.entities)
