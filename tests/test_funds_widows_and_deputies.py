"""A discussion to come with a named partner is a meeting (with a counterpart it stays talks); a quote right after
a dated sentence naming its speaker was said that day; a woman's adjectival surname makes her given name a woman's,
and her surname alone is her, not her husband; an institution noun with its field's genitives is a body's name (not
opening a sentence, for a fund); a national body's name before a region unknown to the gazetteer is that region's
body; "обирали" is an election; treaties' initials are no entity; "Об этом заявил X" after a capital's position
makes the sentence X's; "дипломат" is the deputy minister named before. Sentences written for these tests."""
import pytest

from conftest import entity_of, events_of, key_of, run_pipeline, speakers_of


@pytest.mark.parametrize("text,lang,etype", [
    ("Новости\n\nВ пятницу Кравцов обсудит с министром транспорта Литвы Эймантасом Гайлюсом ремонт моста.",
     "ru", "Meeting"),
    ("Новини\n\nУ п'ятницю Кравчук обговорить з міністром транспорту Литви Еймантасом Гайлюсом ремонт мосту.",
     "uk", "Meeting"),
    ("Новости\n\nВ пятницу Кравцов обсудит с литовским коллегой Эймантасом Гайлюсом ремонт моста.", "ru", "Talks"),
])
def test_a_discussion_to_come_with_a_partner_is_a_meeting(text, lang, etype):
    ax = run_pipeline(text, lang, "2027-05-03")
    assert [e.type for e in ax.events if e.type in ("Meeting", "Talks")] == [etype]


def test_a_past_discussion_with_a_partner_stays_talks():
    ax = run_pipeline("Новости\n\nВ пятницу Кравцов обсудил с министром транспорта Литвы Эймантасом Гайлюсом "
                      "ремонт моста.", "ru", "2027-05-03")
    assert [e.type for e in ax.events if e.type in ("Meeting", "Talks")] == ["Talks"]


def test_a_quote_after_the_dated_sentence_naming_its_speaker_was_said_that_day():
    ax = run_pipeline("Новини\n\nМіністр освіти Остап Гнатюк у середу виступив у Страсбурзі на сесії "
                      "Ради Європи.\n\n«Наші школи працюють попри все. Ми не закрили жодної», – сказав Гнатюк.",
                      "uk", "2027-05-06")
    said = [s for s in ax.statements if s.kind == "direct"]
    assert len(said) == 1 and said[0].said_on is not None and said[0].said_on.value == "2027-05-05"


def test_a_quote_after_a_sentence_with_two_days_takes_none_of_them():
    ax = run_pipeline("Новини\n\nОстап Гнатюк у середу відкрив нову школу, а в четвер оглянув старий ліцей.\n\n"
                      "«Наші школи працюють попри все», – сказав Гнатюк.", "uk", "2027-05-08")
    said = [s for s in ax.statements if s.kind == "direct"]
    assert len(said) == 1 and said[0].said_on is None


@pytest.mark.parametrize("text,lang,surface,name", [
    ("Канцлер принял Юлию Луговую в Берлине.", "ru", "Юлию Луговую", "Юлия Луговая"),
    ("Канцлер принял Юлию Заречную в Берлине.", "ru", "Юлию Заречную", "Юлия Заречная"),
    ("Канцлер принял Ольгу Березовскую в Берлине.", "ru", "Ольгу Березовскую", "Ольга Березовская"),
    ("Канцлер прийняв Ольгу Березовську в Берліні.", "uk", "Ольгу Березовську", "Ольга Березовська"),
])
def test_a_womans_adjectival_surname_makes_her_given_name_a_womans(text, lang, surface, name):
    ax = run_pipeline(text, lang, "2027-05-03")
    assert entity_of(ax, surface).name == name


def test_a_womans_surname_alone_is_her_not_her_husband():
    ax = run_pipeline("Новости\n\nКанцлер встретился с Ольгой Березовской, вдовой журналиста Игоря Березовского.\n\n"
                      "После встречи Березовская написала, что благодарна канцлеру.", "ru", "2027-05-03")
    assert key_of(ax, "Березовская") == key_of(ax, "Ольгой Березовской") != key_of(ax, "Игоря Березовского")


@pytest.mark.parametrize("text,lang,surface", [
    ("Про це журналістам повідомили у Фонді соціального захисту інвалідів.", "uk", "Фонді соціального захисту інвалідів"),
    ("Аналітики Інституту стратегічних досліджень вважають, що ціни зростуть.", "uk",
     "Інституту стратегічних досліджень"),
    ("Об этом сообщили в Федеральной службе судебных приставов.", "ru", "Федеральной службе судебных приставов"),
])
def test_an_institution_noun_with_its_fields_genitives_is_a_bodys_name(text, lang, surface):
    ax = run_pipeline(text, lang, "2027-05-03")
    assert entity_of(ax, surface).type == "ORG"


def test_a_fund_noun_opening_a_sentence_is_a_common_noun():
    ax = run_pipeline("Фонд оплати праці на заводі зріс на п'ять відсотків.", "uk", "2027-05-03")
    assert not ax.entities


def test_a_national_bodys_name_before_an_unknown_region_is_that_regions_body():
    ax = run_pipeline("Про це повідомила Центральна виборча комісія Придністров'я після підрахунку голосів.",
                      "uk", "2027-05-03")
    ent = entity_of(ax, "Центральна виборча комісія Придністров'я")
    assert ent.type == "ORG" and ent.wikidata is None


def test_an_imperfective_election_verb_with_the_elected_before_it_is_an_election():
    ax = run_pipeline("Новини\n\nВостаннє мера в Ужгороді обирали у жовтні 2025 року.", "uk", "2027-05-03")
    assert len(events_of(ax, "Election")) == 1


@pytest.mark.parametrize("text,lang", [
    ("Новости\n\nРоссия и США обсуждают продление ДСНВ и ДРСМД.", "ru"),
    ("Новини\n\nУкраїна вимагає виконання ДНЯЗ від усіх держав.", "uk"),
])
def test_a_treatys_initials_are_no_entity(text, lang):
    ax = run_pipeline(text, lang, "2027-05-03")
    assert not any(m.text in ("ДСНВ", "ДРСМД", "ДНЯЗ") for e in ax.entities for m in e.mentions)


@pytest.mark.parametrize("text,lang,name,opening", [
    ("Новости\n\nСрок, на протяжении которого Россия соблюдала условия договора, закончился, и Москва теперь не "
     "считает себя обязанной их выполнять. Об этом журналистам заявил в пятницу замглавы МИД России Олег Ступин.",
     "ru", "Олег Ступин", "Срок, на протяжении"),
])
def test_said_so_by_a_person_after_a_capitals_position_makes_the_sentence_theirs(text, lang, name, opening):
    ax = run_pipeline(text, lang, "2027-05-08")
    assert speakers_of(ax) == [key_of(ax, name)]
    assert ax.statements[0].content.startswith(opening)


def test_a_diplomat_is_the_deputy_minister_named_before():
    ax = run_pipeline("Новости\n\nЗаместитель министра иностранных дел России Олег Ступин заявил, что переговоры "
                      "возможны.\n\n«Мы не собираемся ничего наращивать», — подчеркнул дипломат.", "ru", "2027-05-03")
    assert speakers_of(ax) == [key_of(ax, "Олег Ступин")] * 2


@pytest.mark.parametrize("text,lang", [
    ("Новини\n\nНаприкінці травня кардинал Маттео Руоппі, якого Папа Лев XIV уповноважив вести розмови, побував "
     "у Мінську.", "uk"),
    ("Новости\n\nВ конце мая кардинал Маттео Руоппи, которого Папа Лев XIV уполномочил вести беседы, побывал "
     "в Минске.", "ru"),
])
def test_past_a_relative_clause_with_its_own_subject_the_name_before_it_is_the_subject(text, lang):
    ax = run_pipeline(text, lang, "2027-06-10")
    visit = [e for e in ax.events if e.type == "Visit"]
    assert len(visit) == 1
    names = {e.key: e.name for e in ax.entities}
    assert any("Руопп" in names.get(p, "") for p in visit[0].participants)
    assert not any("Лев" in names.get(p, "") for p in visit[0].participants)
    assert visit[0].time is not None and visit[0].time.value == "2027-05"  # (the main clause's time, before it)


def test_the_parliamentary_assembly_is_known_by_its_initials():
    ax = run_pipeline("Новини\n\nУ Страсбурзі в четвер зібралася робоча група ПАРЄ.", "uk", "2027-06-10")
    assert entity_of(ax, "ПАРЄ").type == "ORG"


@pytest.mark.parametrize("text,lang,pollster", [
    ("Новости\n\nСогласно экзитполу ВЦИОМ, в Калмыкии Иван Петров набирает около 70% голосов.", "ru", "ВЦИОМ"),
    ("Новини\n\nЗгідно з екзитполом КМІС, у Полтаві Іван Петренко набирає близько 60% голосів.", "uk", "КМІС"),
])
def test_what_a_poll_found_is_said_by_its_pollster(text, lang, pollster):
    ax = run_pipeline(text, lang, "2027-09-13")
    assert speakers_of(ax) == [key_of(ax, pollster)]


def test_the_head_of_the_republic_is_the_person_who_took_that_office():
    ax = run_pipeline("Новости\n\nИван Мантуров в пятницу вступил в должность главы Республики Калмыкия.\n\n"
                      "Глава республики отверг слухи о своем скором уходе в отставку.", "ru", "2027-09-24")
    assert speakers_of(ax) == [key_of(ax, "Иван Мантуров")]
    assert not any(e.type == "PER" and "Республик" in e.name for e in ax.entities)


def test_an_election_told_without_a_place_after_one_told_with_it_was_held_there():
    ax = run_pipeline("Новини\n\nУ неділю в Закарпатській області пройшли вибори голови обласної ради. Переміг Іван "
                      "Петренко.\n\nУперше Петренка обрали у 2019 році.", "uk", "2027-09-24")
    elections = events_of(ax, "Election")
    assert len(elections) == 2 and elections[0].place_key == elections[1].place_key is not None


@pytest.mark.parametrize("text,lang", [
    ("Новости\n\nПрезидент Казахстана Ерлан Сапаров подтвердил, что совершит визит в Ташкент.", "ru"),
    ("Новини\n\nПрезидент Казахстану Ерлан Сапаров підтвердив, що здійснить візит до Ташкента.", "uk"),
])
def test_a_speaker_goes_on_as_the_subject_of_a_content_clause_naming_no_one_else(text, lang):
    ax = run_pipeline(text, lang, "2027-06-10")
    visit = [e for e in ax.events if e.type == "Visit"]
    assert len(visit) == 1 and key_of(ax, "Ерлан Сапаров") in visit[0].participants


def test_a_content_clause_with_its_own_subject_keeps_it():
    ax = run_pipeline("Новости\n\nПрезидент Казахстана Ерлан Сапаров сообщил, что встреча прошла в Ташкенте.",
                      "ru", "2027-06-10")
    assert all(key_of(ax, "Ерлан Сапаров") not in e.participants for e in ax.events)


@pytest.mark.parametrize("text,lang", [
    ("Новини\n\nМінськ відреагував на поїздку різко: речниця президента Ольга Мельник назвала її «цирком для "
     "спонсорів».", "uk"),
    ("Новости\n\nМинск отреагировал на поездку резко: пресс-секретарь президента Ольга Мельник назвала ее «цирком "
     "для спонсоров».", "ru"),
])
def test_after_a_colon_a_named_person_calling_it_something_is_the_speaker(text, lang):
    ax = run_pipeline(text, lang, "2027-06-10")
    assert speakers_of(ax) == [key_of(ax, "Ольга Мельник")]


def test_an_opposition_figure_is_the_woman_named_before():
    ax = run_pipeline("Новини\n\nЛідерка білоруської опозиції Ганна Мельник у четвер прибула до Києва.\n\n"
                      "Білоруська опозиціонерка також наголосила, що санкції мають діяти.", "uk", "2027-06-10")
    assert speakers_of(ax) == [key_of(ax, "Ганна Мельник")]


def test_a_source_phrase_after_a_colon_opens_its_own_statement():
    ax = run_pipeline("Новини\n\nУ Брюсселі не виключають нових обмежень проти Мінська: за словами речниці "
                      "Єврокомісії, відповідні пропозиції можуть зʼявитися вже в листопаді.", "uk", "2027-06-01")
    st = next(s for s in ax.statements if s.cue == "за словами")
    assert st.content.startswith("відповідні пропозиції") and st.speaker_key == key_of(ax, "Єврокомісії")


@pytest.mark.parametrize("text,lang,plant", [
    ("Новини\n\nУ середу генеральний директор агентства Рафаель Ліндгрен відвідав Рівненську АЕС.", "uk",
     "Рівненську АЕС"),
    ("Новости\n\nВ среду гендиректор агентства Рафаэль Линдгрен посетил Курскую АЭС.", "ru", "Курскую АЭС"),
])
def test_a_plant_visited_is_where_the_visit_was_not_a_party(text, lang, plant):
    ax = run_pipeline(text, lang, "2027-06-10")
    visit = next(e for e in ax.events if e.type == "Visit")
    assert visit.place_key == key_of(ax, plant) and key_of(ax, plant) not in visit.participants
