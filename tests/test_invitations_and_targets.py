"""An invitation verb with a place after the invitee is a visit to come; an invitee named by nationality; the town
an attack hit when a personal name is also a town's or a district and region follow it; the attacker named after a
colon; a body's name after a noun in an oblique case is no speaker; a title with its adjective; a plant discussed is
no party; the city a title puts a visitor in. Sentences written for these tests."""
import pytest

from conftest import entity_of, events_of, key_of, key_of_wikidata, one_event, run_pipeline, speakers_of


def _visits(ax):
    return events_of(ax, "Visit")


def test_an_invitation_to_a_city_is_a_planned_visit_of_the_invitee_to_its_state():
    ax = run_pipeline("Міністр Остап Гнатюк зустрівся з міністром Польщі Яцеком Сухецьким. "
                      "Гнатюк запросив Сухецького до Львова.", "uk", "2027-05-12")
    (visit,) = _visits(ax)
    assert visit.status == "planned"
    assert visit.participants == [key_of(ax, "Яцеком Сухецьким"), key_of_wikidata(ax, "Q212")]
    assert visit.place_key == key_of(ax, "Львова")


def test_an_invitation_with_a_month_before_the_city_is_dated_by_it():
    ax = run_pipeline("Российский министр Сергей Лавров и чилийский министр Педро Рохас побеседовали в Москве. "
                      "Лавров пригласил Рохаса в ноябре в Казань.", "ru", "2027-05-12")
    (visit,) = _visits(ax)
    assert visit.participants == [key_of(ax, "Педро Рохас"), key_of_wikidata(ax, "Q159")]
    assert visit.time is not None and visit.time.value == "2027-11"


def test_a_colleague_invited_by_nationality_is_the_one_of_that_state_named_before():
    ax = run_pipeline("Прем'єр-міністр України Остап Гнатюк зустрівся з прем'єром Словаччини Мартіном Кучерою. "
                      "Гнатюк запросив словацького колегу відвідати Одесу.", "uk", "2027-05-12")
    (visit,) = _visits(ax)
    assert visit.participants[0] == key_of(ax, "Мартіном Кучерою")
    assert visit.place_key == key_of(ax, "Одесу")


def test_a_foreign_leader_invited_by_nationality_alone_is_that_states_leader_not_the_one_who_invites():
    ax = run_pipeline("Владимир Путин созвонился с узбекским лидером Шавкатом Мирзиёевым. "
                      "Мирзиёев пригласил российского лидера в Самарканд.", "ru", "2027-05-12")
    visit = one_event(ax, "Visit")
    assert visit.participants == [key_of(ax, "Владимир Путин"), key_of_wikidata(ax, "Q265")]


@pytest.mark.parametrize("text", [
    "МЗС запросило посла Австрії до міністерства.",
    "Міністр запросив колег на консультації наступного тижня.",
])
def test_an_invitation_with_no_one_invited_to_a_place_is_no_visit(text):
    assert _visits(run_pipeline(text, "uk", "2027-05-12")) == []


def test_the_invitation_to_the_visit_the_article_tells_of_is_no_visit_of_its_own():
    ax = run_pipeline("Ана Руснак, президентка Молдови, в понеділок відвідала Київ. "
                      "Зеленський запросив Руснак до Києва ще торік.", "uk", "2027-05-12")
    (visit,) = _visits(ax)
    assert visit.status == "occurred"


def test_a_town_whose_name_is_also_a_personal_name_is_the_place_an_attack_verb_hit():
    ax = run_pipeline("Вночі російська армія атакувала Ізмаїл у Болградському районі Одещини.",
                      "uk", "2027-08-05")
    attack = one_event(ax, "Attack")
    assert entity_of(ax, "Ізмаїл").type == "LOC"
    assert attack.place_key == key_of(ax, "Ізмаїл")


def test_a_hyphenated_name_after_an_infrastructure_noun_is_a_place_not_a_person():
    ax = run_pipeline("Уночі дрони атакували портову інфраструктуру Усть-Заставська на Одещині.", "uk", "2027-08-05")
    assert entity_of(ax, "Усть-Заставська").type == "LOC"


def test_a_town_after_a_capitalised_preposition_opening_a_sentence_is_the_town_the_article_names():
    ax = run_pipeline("Богодухів на Харківщині вночі зазнав удару.\n\nОкрім Богодухова, під обстріл потрапили ще "
                      "дві громади, повідомили в ОВА.", "uk", "2027-10-14")
    town = entity_of(ax, "Богодухова")
    assert town.type == "LOC" and town.key == key_of(ax, "Богодухів")


def test_the_state_whose_army_dropped_bombs_after_a_colon_attacked_the_town_that_suffered():
    ax = run_pipeline("Ніжин на Чернігівщині вночі зазнав удару: армія РФ випустила по місту дві ракети.",
                      "uk", "2027-10-14")
    attack = one_event(ax, "Attack")
    assert attack.participants == [key_of(ax, "РФ")]
    assert attack.place_key == key_of(ax, "Ніжин")


def test_debris_that_fell_on_a_town_tells_an_attack_there():
    ax = run_pipeline("Уночі уламки ракети впали біля складу в Білій Церкві.", "uk", "2027-10-14")
    assert one_event(ax, "Attack").place_key == key_of(ax, "Білій Церкві")


def test_a_delegation_with_a_day_before_its_verb_is_the_visitor():
    ax = run_pipeline("Литовська делегація у суботу відвідає Харків.", "uk", "2027-10-14")
    (visit,) = _visits(ax)
    assert key_of_wikidata(ax, "Q37") in visit.participants
    assert visit.place_key == key_of(ax, "Харків")


def test_a_universitys_name_after_its_students_is_not_who_speaks():
    ax = run_pipeline("Министр Олег Воронцов в беседе с ректором МГУ сказал, что сотрудничество продолжится.",
                      "ru", "2027-10-14")
    assert speakers_of(ax) == [key_of(ax, "Олег Воронцов")]


def test_a_title_with_its_adjective_finds_the_person_the_article_gave_it():
    ax = run_pipeline("Наследный принц, премьер-министр Бахрейна Салман бин Хамад Аль Халифа может посетить Москву "
                      "осенью.\n\nПесков допустил, что Путин встретится с наследным принцем Бахрейна.", "ru", "2027-10-14")
    meeting = one_event(ax, "Meeting")
    assert key_of(ax, "Салман бин Хамад Аль Халифа") in meeting.participants
    assert key_of(ax, "Бахрейна") not in meeting.participants


def test_a_plant_discussed_with_someone_is_no_party_to_the_talks():
    ax = run_pipeline("Гендиректор госкорпорации Алексей Лихачев обсудил с Мухаммадом Каримом АЭС «Бушер».",
                      "ru", "2027-10-14")
    (ev,) = [e for e in ax.events if e.type in ("Talks", "Meeting")]
    assert ev.participants == [key_of(ax, "Алексей Лихачев"), key_of(ax, "Мухаммадом Каримом")]


def test_the_city_the_title_puts_a_visitor_in_is_where_his_visit_to_that_state_went():
    ax = run_pipeline("Оверчук в Ханое обсудил поставки удобрений\n\nВице-премьер Алексей Оверчук в среду "
                      "приехал с рабочей поездкой во Вьетнам.", "ru", "2027-10-14")
    (visit,) = _visits(ax)
    assert visit.place_key == key_of(ax, "Ханое")


@pytest.mark.parametrize("subject", ["Правительства двух стран", "Кабмины двух государств"])
def test_the_governments_of_the_two_states_that_sign_are_the_states_of_the_talks_told_before(subject):
    ax = run_pipeline(f"Переговоры Путина с мавританским коллегой прошли в Кремле. {subject} заключили "
                      "соглашение о рыболовстве.", "ru", "2027-06-09")
    deal = one_event(ax, "Agreement")
    assert {e.name for e in ax.entities if e.key in deal.participants} == {"Russia", "Mauritania"}
    assert len(deal.participants) == 2


def test_the_governments_of_both_states_in_ukrainian_are_the_states_too():
    ax = run_pipeline("Зеленський зустрівся в Сантьяго з очільником Чилі Габріелем Боричем. Уряди двох країн "
                      "уклали меморандум щодо енергетики.", "uk", "2027-06-09")
    assert set(one_event(ax, "Agreement").participants) == {key_of_wikidata(ax, "Q212"), key_of(ax, "Чилі")}


def test_a_plural_of_a_bodys_one_word_name_is_not_that_body_but_the_singular_is():
    ax = run_pipeline("Кабмины обеих стран утвердили план. Вчера Кабмин утвердил бюджет.", "ru", "2027-06-09")
    assert [m.text for e in ax.entities for m in e.mentions] == ["Кабмин"]


def test_a_given_name_before_a_second_name_and_a_surname_with_its_particle_is_one_person():
    ax = run_pipeline("Омбудсман поговорить із радником ОАЕ Халіфою Салемом аль-Шехі.\n\n"
                      "Радник Халіфа Салем аль-Шехі заявив, що обмін триватиме.", "uk", "2027-06-09")
    person = entity_of(ax, "Халіфою Салемом аль-Шехі")
    assert person.key == key_of(ax, "Халіфа Салем аль-Шехі")
    assert speakers_of(ax) == [person.key]


def test_a_latin_name_does_not_run_on_into_lower_case_cyrillic_words():
    ax = run_pipeline("Судно Blue Horizon береговой охраной задержано у острова.", "ru", "2027-06-09")
    assert [m.text for e in ax.entities for m in e.mentions if m.text.startswith("Blue")] == ["Blue Horizon"]


@pytest.mark.parametrize("place,name", [("на Смоленской площади", "mfa-ru"), ("в Кремле", "kremlin")])
def test_a_place_after_the_verb_and_a_day_speaks_for_the_body(place, name):
    ax = run_pipeline("Посла Норвегии вызвали из-за задержания судна Blue Horizon пограничниками.\n\n"
                      f"Об этом рассказали во вторник {place}.", "ru", "2027-06-09")
    assert [s.speaker_key.split(":")[-1] for s in ax.statements] == [name]


def test_a_presidential_election_is_won_by_the_candidate_not_by_the_party_that_put_him_up():
    ax = run_pipeline("Висуванець партії «Світанок» Іван Петренко виграв вибори президента.", "uk", "2027-06-09")
    assert one_event(ax, "Election").participants == [key_of(ax, "Іван Петренко")]


def test_a_parliamentary_election_won_by_a_leaders_party_is_the_partys():
    ax = run_pipeline("Партія «Світанок» прем'єра Івана Петренка виграла парламентські вибори.", "uk",
                      "2027-06-09")
    assert one_event(ax, "Election").participants == [key_of(ax, "Світанок")]


def test_a_plant_named_by_a_towns_adjective_before_a_dash_is_the_plant_not_the_town():
    ax = run_pipeline("Оператор обіцяє збільшити перетік лінією Хмельницька АЕС – Ряшів.", "uk", "2027-06-09")
    assert entity_of(ax, "Хмельницька АЕС").type == "ORG"
    assert not [m for e in ax.entities for m in e.mentions if m.text == "Хмельницька"]


@pytest.mark.parametrize("lang,text,body", [
    ("ru", "Замминистра Олег Воронцов провел в Женеве консультации с делегацией Госдепартамента США.",
     "Госдепартамента США"),
    ("uk", "Міністр Олег Бондар провів у Брюсселі зустріч із делегацією Єврокомісії.", "Єврокомісії"),
])
def test_the_body_whose_delegation_someone_meets_takes_part(lang, text, body):
    ax = run_pipeline(text, lang, "2027-06-09")
    (ev,) = [e for e in ax.events if e.type in ("Talks", "Meeting")]
    assert key_of(ax, body) in ev.participants


@pytest.mark.parametrize("lang,text,surface,name", [
    ("uk", "Уночі вибухи лунали в Дубні на Рівненщині.", "Дубні", "Dubno"),
    ("ru", "Научный центр в Дубне получил новое оборудование.", "Дубне", "Dubna"),
])
def test_towns_that_share_a_form_are_read_as_the_one_in_the_state_of_the_texts_language(lang, text, surface, name):
    assert entity_of(run_pipeline(text, lang, "2027-06-09"), surface).name == name


def test_a_town_whose_name_is_also_a_personal_name_after_a_site_noun_is_the_gazetteers_town():
    ax = run_pipeline("Уночі ворожі дрони атакували портову інфраструктуру Ізмаїла.", "uk", "2027-08-05")
    assert entity_of(ax, "Ізмаїла").name == "Izmayil"


def test_an_event_noun_after_a_place_is_not_part_of_the_places_name():
    ax = run_pipeline("Замминистра Олег Воронцов провел в Женеве консультации с американцами.", "ru", "2027-08-05")
    assert [m.text for e in ax.entities for m in e.mentions if m.text.startswith("Женев")] == ["Женеве"]
    talks = one_event(ax, "Talks")
    assert talks.participants == [key_of(ax, "Олег Воронцов"), key_of_wikidata(ax, "Q30")]


def test_a_ministrys_name_with_coordinated_adjectives_is_one_name():
    ax = run_pipeline("Хорватия закрыла порт для судов под флагом Панамы. Об этом в субботу объявило Министерство "
                      "морского и речного транспорта Хорватии.", "ru", "2027-10-20")
    body = entity_of(ax, "Министерство морского и речного транспорта Хорватии")
    assert body.type == "ORG" and speakers_of(ax) == [body.key]


@pytest.mark.parametrize("lang,text,surface,qid", [
    ("uk", "Виборча комісія Тимору-Лешті назвала переможця.", "Тимору-Лешті", "Q574"),
    ("uk", "Посол Бірми прибув до Києва.", "Бірми", "Q836"),
])
def test_other_names_of_a_state_are_the_state(lang, text, surface, qid):
    assert entity_of(run_pipeline(text, lang, "2027-10-20"), surface).wikidata == qid
