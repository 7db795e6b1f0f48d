"""A one-word region name ("Смоленщина") is a place; "глава региона" is the official the article introduced with a
region; a court rejecting a filing states no position; an ordinal, adjectives and a court are a body's name; "считает
X «Y»" states what X is called; lower-case words before a Latin name describe it; "глава ЦБ" is the person titled
head of that bank; "обсудят … на саммите" is that summit; an institution's span the recogniser cut to its first word
is the whole name; states joined by "й" are states; "парафували" is an agreement; nationality adjectives before
"делегації" are the talks' states. Sentences written for these tests."""
import pytest

from conftest import entity_of, key_of, key_of_wikidata, one_event, run_pipeline, speakers_of


@pytest.mark.parametrize("text,lang,surface", [
    ("Похожий договор готовят Тверская область и Смоленщина.", "ru", "Смоленщина"),
    ("Таку ж програму запускають Рівненська область і Житомирщина.", "uk", "Житомирщина"),
])
def test_a_one_word_region_name_is_a_place(text, lang, surface):
    ax = run_pipeline(text, lang, "2027-04-01")
    assert entity_of(ax, surface).type == "LOC"


def test_the_head_of_the_region_is_the_official_introduced_with_the_region():
    ax = run_pipeline("Губернатор Тверской области Игорь Руденя в среду открыл новый мост.\n\n"
                      "Премьер-министр Михаил Мишустин пообещал, что льготы сохранятся.\n\n"
                      "Глава региона заверил, что зимой переправа будет работать.", "ru", "2027-04-01")
    assert speakers_of(ax)[-1] == key_of(ax, "Игорь Руденя")


@pytest.mark.parametrize("text,lang,statements", [
    ("Вчера Верховный суд отклонил жалобу перевозчика на штраф.", "ru", 0),
    ("Верховний суд у вівторок відхилив скаргу перевізника на штраф.", "uk", 0),
    ("В Кремле отклонили обвинения в срыве поставок зерна.", "ru", 1),
])
def test_rejecting_a_filing_states_no_position(text, lang, statements):
    ax = run_pipeline(text, lang, "2027-04-01")
    assert len(ax.statements) == statements


def test_an_ordinal_adjectives_and_a_court_name_a_body():
    ax = run_pipeline("ОМСК, 3 марта. Седьмой кассационный военный суд в среду оставил приговор в силе.",
                      "ru", "2027-03-03")
    assert entity_of(ax, "Седьмой кассационный военный суд").type == "ORG"


def test_what_a_body_considers_a_quoted_word_is_its_statement():
    ax = run_pipeline("Концерн Valmont считает решение арбитража «политическим и ничтожным» для своих акционеров.",
                      "ru", "2027-04-01")
    assert len(ax.statements) == 1 and "ничтожным" in ax.statements[0].content


def test_considering_inside_anothers_reported_clause_is_no_statement_of_its_own():
    ax = run_pipeline("Посол сказал, что связи двух стран не пострадают, хотя Москва считает поездку «провокацией».",
                      "ru", "2027-04-01")
    assert len(ax.statements) == 1


def test_lower_case_words_before_a_latin_name_describe_it():
    ax = run_pipeline("Суд отклонил иск шведского концерна Norvalt Energy к поставщику. Norvalt Energy, по данным "
                      "агентства, обжалует решение.", "ru", "2027-04-01")
    ent = entity_of(ax, "Norvalt Energy")
    assert ent.type == "ORG"
    assert not any(m.text.startswith("шведского") for e in ax.entities for m in e.mentions)


def test_a_latin_possessive_ending_stays_in_the_name():
    ax = run_pipeline("Оглядач тижневика Harbour's Gazette попередив про дорожчі поліси.", "uk", "2027-04-01")
    assert entity_of(ax, "Harbour's Gazette").type == "ORG"


def test_the_head_of_a_bank_is_the_person_titled_its_chairman():
    ax = run_pipeline("Председатель Нацбанка Киргизии Мелис Токтоналиев отчитался перед депутатами.\n\n"
                      "Пресс-секретарь президента Аскар Бекмуратов добавил: в пятницу Жапаров примет главу "
                      "Нацбанка Киргизии.", "ru", "2027-04-01")
    meeting = one_event(ax, "Meeting")
    assert key_of(ax, "Мелис Токтоналиев") in meeting.participants
    assert key_of(ax, "Аскар Бекмуратов") not in meeting.participants


def test_a_discussion_at_a_summit_is_that_summit_not_the_meeting_before():
    ax = run_pipeline("По данным Ушакова, Путин в понедельник примет Алексея Миллера.\n\n"
                      "Газета Politico пишет, что главы государств ЕС еще раз обсудят пошлины на зерно на саммите "
                      "в конце марта.", "ru", "2027-03-01")
    putin = key_of(ax, "Путин")
    meeting = next(e for e in ax.events if putin in e.participants)
    assert meeting.specific != "Summit"
    assert all(m[2] != "обсудят" for m in meeting.mentions) and meeting.trigger != "обсудят"


def test_an_institution_cut_to_its_first_word_is_the_whole_name():
    ax = run_pipeline("Пороми ходять за розкладом, наголосили в Адміністрації річкових причалів Молдови.", "uk",
                      "2027-04-01")
    assert entity_of(ax, "Адміністрації річкових причалів Молдови").type == "ORG"


def test_states_joined_by_a_conjunction_are_each_a_state():
    ax = run_pipeline("Минулої осені Литва, Латвія й Туреччина схвалили спільну заяву щодо енергетики.", "uk",
                      "2027-04-01")
    assert entity_of(ax, "Туреччина").wikidata == "Q43"
    assert not any(" й " in m.text for e in ax.entities for m in e.mentions)


@pytest.mark.parametrize("text,lang", [
    ("Саперы обезвредили четыре мины у причала. Как отчиталось МЧС Абхазии, работы завершены.", "ru"),
    ("Сили ППО знищили два дрони. Про це відзвітували в Повітряних силах.", "uk"),
])
def test_reporting_back_on_the_sentence_before_is_a_statement(text, lang):
    ax = run_pipeline(text, lang, "2027-04-01")
    assert len(ax.statements) == 1


@pytest.mark.parametrize("text,lang", [
    ("Вчора Україна і Чилі парафували текст нової рибальської угоди.", "uk"),
    ("Вчера Россия и Чили парафировали текст нового рыболовного соглашения.", "ru"),
])
def test_initialling_an_agreement_is_an_agreement(text, lang):
    ax = run_pipeline(text, lang, "2027-04-01")
    agreement = one_event(ax, "Agreement")
    assert len(agreement.participants) == 2


@pytest.mark.parametrize("text,lang,states", [
    ("Армянская и грузинская делегации в субботу провели в Батуми очередной раунд закрытых переговоров.",
     "ru", {"Q399", "Q230"}),
    ("У вівторок польська та литовська делегації провели в Каунасі переговори.", "uk", {"Q36", "Q37"}),
    ("Эстонская делегация в среду провела переговоры в Риге.", "ru", {"Q191"}),
])
def test_nationality_adjectives_before_delegations_are_the_talks_states(text, lang, states):
    ax = run_pipeline(text, lang, "2027-04-01")
    talks = one_event(ax, "Talks")
    assert {key_of_wikidata(ax, q) for q in states} <= set(talks.participants)


def test_a_depository_is_a_collective_speaker():
    ax = run_pipeline("Депозитарий Norlink заморозил выплаты. Депозитарий также отверг домыслы о сделке с "
                      "регулятором.", "ru", "2027-04-01")
    assert speakers_of(ax) == [key_of(ax, "Norlink")]


def test_one_name_after_a_title_and_its_ministry_is_a_person():
    ax = run_pipeline("Вчера посол обсудил по телефону квоты на вылов с главой МИД Тонги Тауфаату.", "ru", "2027-04-01")
    assert entity_of(ax, "Тауфаату").type == "PER"
    assert key_of(ax, "Тауфаату") in one_event(ax, "Call").participants


def test_a_representative_of_the_agency_the_article_expanded_speaks_for_it():
    ax = run_pipeline("Джерело: Фінансовий вісник\n\n"
                      "Міжнародне агентство з експортних гарантій (IXGA) та уряд Молдови уклали угоду, повідомили в "
                      "Мінфіні. Документ підписав очільник міністерства Петро Ґудзь.\n\n"
                      "Представник агентства зазначив, що перші гарантії видадуть восени.", "uk", "2027-04-01")
    assert speakers_of(ax)[-1] == key_of(ax, "IXGA")


def test_there_after_a_capital_opening_the_sentence_is_its_state():
    ax = run_pipeline("Оттава також готова долучитися до програми: там заявили, що Канада може надати гарантії.",
                      "uk", "2027-04-01")
    assert speakers_of(ax) == [key_of_wikidata(ax, "Q16")]


@pytest.mark.parametrize("text,lang,country", [
    ("Губернатор в интервью телеканалу «Казахстан 24» пообещал, что мост достроят к осени.", "ru", "Q232"),
    ("Посол в ефірі телеканалу «Польща 7» зазначив, що кордон відкриють.", "uk", "Q36"),
])
def test_a_place_inside_a_quoted_outlet_name_is_no_place(text, lang, country):
    ax = run_pipeline(text, lang, "2027-04-01")
    assert not any(e.wikidata == country for e in ax.entities)
