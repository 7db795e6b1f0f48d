"""A clause opened by a gerund takes the subject of the clause it leans on; Ukrainian gerunds read as their
verbs; a place after the said content is where the saying was reported from, not where the event was; a title
naming a body of a state left unnamed and the body's call with that state's person are one call; a discussion the
title tells is the call or meeting the body tells; an event noun discussed is a topic, not the occasion; a name
particle glued on by a hyphen after a given name; a place inside a signing verb's gap, with its adjective.
Sentences written for these tests."""
import pytest

from conftest import events_of, key_of, one_event, run_pipeline


@pytest.mark.parametrize("lang,text,guest", [
    ("uk", "Перебуваючи з робочим візитом у Норвегії, Емманюель Макрон провів в Осло переговори з прем'єром.",
     "Емманюель Макрон"),
    ("ru", "Находясь с рабочим визитом в Норвегии, Эммануэль Макрон провел в Осло переговоры с премьером.",
     "Эммануэль Макрон"),
])
def test_a_visit_told_in_a_gerund_phrase_is_the_main_clauses_subjects(lang, text, guest):
    ax = run_pipeline(text, lang, "2027-09-15")
    visit = one_event(ax, "Visit")
    assert key_of(ax, guest) in visit.participants
    assert one_event(ax, "Talks").participants[0] == key_of(ax, guest)


def test_an_arrival_told_by_a_ukrainian_gerund_is_a_visit():
    ax = run_pipeline("Прибувши до Норвегії, Емманюель Макрон одразу провів переговори з прем'єром.", "uk",
                      "2027-09-15")
    visit = one_event(ax, "Visit")
    assert visit.participants[0] == key_of(ax, "Емманюель Макрон")
    assert visit.place_key == key_of(ax, "Норвегії")


@pytest.mark.parametrize("word,verb", [
    ("прибувши", "прибути"), ("перебуваючи", "перебувати"), ("зустрівшись", "зустрітися"), ("стіл", None)])
def test_a_ukrainian_gerund_reads_as_its_verb(word, verb):
    from kg.extract import morph

    assert morph.gerund_verb(word) == ({verb} if verb else set())


def test_the_office_a_post_posed_cue_names_is_not_where_the_event_was():
    text = ("Володимир Зеленський провів переговори з канцлером Крістіаном Штокером, після чого сторони підписали "
            "угоду, за якою Австрія профінансує ремонт шкіл, які постраждали від обстрілів, повідомили в Офісі "
            "президента. Восени Штокер може відвідати Київ.")
    ax = run_pipeline(text, "uk", "2027-09-15")
    signed = one_event(ax, "Agreement")
    assert signed.place_key != key_of(ax, "Київ")


@pytest.mark.parametrize("lang,text,guest", [
    ("uk", "Сибіга і глава МЗС Норвегії обговорили телефоном енергетику\n\n12.05.2027 | 17:30\n\n"
           "У середу Андрій Сибіга поговорив телефоном із норвезьким колегою Еспеном Бартом Ейде.",
     "Еспеном Бартом Ейде"),
    ("ru", "Сибига и глава МИД Норвегии обсудили по телефону энергетику\n\n12.05.2027 | 17:30\n\n"
           "В среду Андрей Сибига поговорил по телефону с норвежским коллегой Эспеном Бартом Эйде.",
     "Эспеном Бартом Эйде"),
])
def test_a_title_naming_a_ministry_and_the_body_naming_its_minister_tell_one_call(lang, text, guest):
    ax = run_pipeline(text, lang, None)
    call = one_event(ax, "Call")
    assert key_of(ax, guest) in call.participants and key_of(ax, "Сибіга" if lang == "uk" else "Сибига") in call.participants


def test_what_the_title_says_was_discussed_is_the_call_the_body_tells():
    text = ("Сибіга і глава МЗС Норвегії обговорили енергетику\n\n12.05.2027 | 17:30\n\n"
            "Телефонну розмову з норвезьким колегою у середу провів глава українського МЗС Андрій Сибіга.")
    ax = run_pipeline(text, "uk", None)
    assert not events_of(ax, "Talks")
    assert len(one_event(ax, "Call").mentions) >= 1


def test_an_event_noun_the_sides_discussed_is_their_topic_not_their_occasion():
    text = ("Андрій Сибіга провів телефонну розмову з Еспеном Бартом Ейде. Сторони обговорили торгівлю "
            "та підготовку консультацій, повідомили в МЗС.")
    ax = run_pipeline(text, "uk", "2027-05-12")
    call = one_event(ax, "Call")
    assert any("обговорили" in m[2] for m in call.mentions)
    assert not any("обговорили" in m[2] for e in events_of(ax, "Talks") for m in [(e.start, e.end, e.trigger)] + e.mentions)


def test_a_name_particle_glued_by_a_hyphen_ends_the_name():
    text = "Андрій Сибіга, очільник МЗС, у вівторок поговорив телефоном з Мухаммедом аль-Хашимі, який керує відомством."
    ax = run_pipeline(text, "uk", "2027-05-12")
    assert key_of(ax, "Мухаммедом аль-Хашимі") in one_event(ax, "Call").participants


@pytest.mark.parametrize("lang,text,town", [
    ("ru", "Оксана Лут вместе с коллегой подписала в портовом Гамбурге соглашение о поставках зерна.", "Гамбурге"),
    ("uk", "Оксана Лут разом із колегою підписала в портовому Гамбурзі угоду про поставки зерна.", "Гамбурзі"),
])
def test_a_town_with_its_adjective_inside_a_signing_verbs_gap_is_where(lang, text, town):
    ax = run_pipeline(text, lang, "2027-05-12")
    signed = one_event(ax, "Agreement")
    assert signed.place_key == key_of(ax, town)
    assert key_of(ax, town) not in signed.participants


def test_a_particle_name_told_again_opens_a_sentence_and_is_a_subject():
    text = ("Андрій Сибіга у вівторок поговорив з Мухаммедом аль-Яхрі.\n\n"
            "Аль-Яхрі наголосив, що Кувейт підтримує переговори.\n\n"
            "Попередньо Сибіга та аль-Яхрі зустрічалися в березні 2026 року.")
    ax = run_pipeline(text, "uk", "2027-05-12")
    person = key_of(ax, "Мухаммедом аль-Яхрі")
    assert person is not None and key_of(ax, "Аль-Яхрі") == person
    assert [s.speaker_key for s in ax.statements] == [person]
    assert person in one_event(ax, "Call").participants
    met = next(e for e in events_of(ax, "Meeting") if e.time is not None and e.time.value == "2026-03")
    assert person in met.participants


def test_the_agency_told_of_right_after_a_ministry_spoke_is_that_ministry():
    text = ("Андрій Сибіга поговорив із Мухаммедом аль-Яхрі, який очолює зовнішньополітичне відомство Кувейту.\n\n"
            "Сибіга запросив кувейтського колегу відвідати Київ, уточнили в МЗС України.\n\n"
            "Як розповіли у відомстві, сторони також погодили консультації на рівні заступників.")
    ax = run_pipeline(text, "uk", "2027-05-12")
    told = next(s for s in ax.statements if s.content.startswith("сторони також"))
    assert told.speaker_key == key_of(ax, "МЗС України")


@pytest.mark.parametrize("lang,text,body", [
    ("uk", "Кандидатка набрала 41% голосів. Такі попередні підсумки оприлюднила Комісія з виборів Перу. "
           "За її даними, явка сягнула 75%.", "Комісія з виборів Перу"),
    ("ru", "Кандидат набрал 41% голосов. Такие предварительные итоги обнародовала Избирательная комиссия Перу. "
           "По ее данным, явка достигла 75%.", "Избирательная комиссия Перу"),
])
def test_results_published_by_a_body_and_its_data_are_its_statements(lang, text, body):
    ax = run_pipeline(text, lang, "2027-05-12")
    assert [s.speaker_key for s in ax.statements] == [key_of(ax, body)] * 2
    assert ax.statements[0].content.startswith("Кандидат")


def test_a_head_of_state_noun_after_the_quote_of_the_head_who_spoke_last_is_his():
    text = ("Чинний президент Філіппін Фердинанд Маркос визнав поразку.\n\n"
            "Зеленський у четвер наголосив, що Україна цінує співпрацю з Манілою. «Ми готові працювати з новою "
            "адміністрацією», – сказав президент.")
    ax = run_pipeline(text, "uk", "2027-05-12")
    assert [s.speaker_key for s in ax.statements] == [key_of(ax, "Зеленський")] * 2


@pytest.mark.parametrize("lang,text,speaker,content", [
    ("ru", "Мария Захарова опровергла сообщения польской газеты о якобы готовящейся встрече министров.",
     "Мария Захарова", "сообщения польской газеты"),
    ("uk", "Речник МЗС Георгій Тихий спростував поширені в мережі повідомлення про нібито візит прем'єра.",
     "Георгій Тихий", "поширені в мережі повідомлення"),
])
def test_a_denial_of_reports_states_the_speakers_position(lang, text, speaker, content):
    ax = run_pipeline(text, lang, "2027-05-12")
    denied = [s for s in ax.statements if s.speaker_key == key_of(ax, speaker)]
    assert len(denied) == 1 and denied[0].content.startswith(content)


@pytest.mark.parametrize("lang,text,speaker", [
    ("uk", "Уночі дрони атакували портові склади Ізмаїла. Пошкоджено два ангари. Такі наслідки атаки вранці "
           "виклав у Telegram Олег Кіпер.", "Олег Кіпер"),
    ("uk", "Уночі дрони атакували портові склади Ізмаїла. Таку інформацію вранці поширив у Telegram Олег Кіпер.",
     "Олег Кіпер"),
    ("uk", "Уночі дрони атакували портові склади Ізмаїла. Про наслідки атаки вранці розповів у Telegram Олег Кіпер.",
     "Олег Кіпер"),
    ("ru", "Ночью дроны атаковали склады в Белгороде. О последствиях атаки утром рассказал в Telegram "
           "Вячеслав Гладков.", "Вячеслав Гладков"),
])
def test_the_consequences_of_an_attack_told_back_are_the_officials_statement(lang, text, speaker):
    ax = run_pipeline(text, lang, "2027-05-12")
    told = [s for s in ax.statements if s.speaker_key == key_of(ax, speaker)]
    assert len(told) == 1 and told[0].content.startswith(("Уночі", "Ночью"))


@pytest.mark.parametrize("lang,text,name", [
    ("ru", "Подводные лодки прошли подо льдом в Северном Ледовитом океане.", "Северном Ледовитом океане"),
    ("uk", "Танкери чекають на прохід Ормузькою протокою.", "Ормузькою протокою"),
    ("ru", "Учения Северного флота прошли у побережья.", "Северного флота"),
    ("uk", "Бразилія має вагу на глобальному Півдні.", "глобальному Півдні"),
    ("ru", "Танкер прошел Северным морским путем без ледокола.", "Северным морским путем"),
])
def test_seas_straits_and_fleets_are_named_whole(lang, text, name):
    ax = run_pipeline(text, lang, "2027-05-12")
    assert key_of(ax, name) is not None


def test_a_latin_name_opened_by_the_is_one_name():
    ax = run_pipeline("Как пишет кенийская The Standard Times, президент может посетить Москву.", "ru", "2027-05-12")
    outlet = key_of(ax, "The Standard Times")
    assert outlet is not None and [s.speaker_key for s in ax.statements] == [outlet]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Агентство пишет, что Москва и Тегеран способны закрепить межправительственное соглашение осенью."),
    ("uk", "Агентство пише, що Київ і Варшава здатні закріпити міжурядову угоду восени."),
])
def test_an_agreement_the_sides_are_able_to_seal_is_possible(lang, text):
    ax = run_pipeline(text, lang, "2027-05-12")
    assert one_event(ax, "Agreement").status == "possible"


@pytest.mark.parametrize("lang,text,name", [
    ("uk", "Президент виступив у Національних зборах Словенії.", "Національних зборах Словенії"),
    ("ru", "Спикер выступил в Национальном собрании Сенегала.", "Национальном собрании Сенегала"),
])
def test_a_national_assembly_of_a_state_is_a_body(lang, text, name):
    ax = run_pipeline(text, lang, "2027-05-12")
    assert [e.type for e in ax.entities if any(m.text == name for m in e.mentions)] == ["ORG"]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Сергей Лавров в среду провел в Каракасе переговоры с венесуэльским коллегой. Министры подписали соглашение о визах.\n\n«Мы ценим партнерство», — "
           "сказал Лавров на совместной с венесуэльским министром пресс-конференции."),
    ("ru", "Михаил Мишустин в среду провел в Ханое переговоры с премьер-министром Вьетнама. Стороны подписали соглашение о визах.\n\n«Мы ценим партнерство», — "
           "сказал Мишустин в начале переговоров."),
    ("uk", "Андрій Сибіга в середу провів у Вільнюсі переговори з литовським колегою. Міністри підписали угоду про візи.\n\n«Ми цінуємо партнерство», – "
           "сказав Сибіга на початку переговорів."),
])
def test_words_said_at_the_talks_told_before_were_said_on_their_day(lang, text):
    ax = run_pipeline(text, lang, "2027-11-26")
    said = [s for s in ax.statements if s.kind == "direct"]
    assert len(said) == 1 and said[0].said_on is not None and said[0].said_on.value == "2027-11-24"


@pytest.mark.parametrize("lang,text,guest,state", [
    ("ru", "Вячеслав Володин находится в Намибии, куда приехал по приглашению парламента.", "Вячеслав Володин",
     "Намибии"),
    ("uk", "Андрій Сибіга перебуває в Японії, куди прибув у вівторок.", "Андрій Сибіга", "Японії"),
])
def test_an_arrival_whither_a_place_told_before_is_a_visit_there(lang, text, guest, state):
    ax = run_pipeline(text, lang, "2028-04-19")
    visit = one_event(ax, "Visit")
    assert visit.participants == [key_of(ax, guest), key_of(ax, state)] and visit.place_key == key_of(ax, state)


def test_the_consequences_told_after_the_verb_point_back_to_nothing():
    text = ("В Офісі генпрокурора повідомили, що розпочали розслідування.\n\n"
            "Зеленський у четвер поговорив телефоном з Александром Стуббом і розповів йому про наслідки удару.")
    ax = run_pipeline(text, "uk", "2027-11-12")
    told = next(s for s in ax.statements if s.content.startswith("розпочали"))
    assert told.said_on is None


@pytest.mark.parametrize("lang,text,guest,town", [
    ("uk", "Андрій Сибіга в середу провів у Тбілісі переговори з колегою. Візит міністра став першим за три роки. "
           "У 2019 році Тбілісі відвідав тодішній прем'єр Володимир Гройсман.", "Андрій Сибіга", "Тбілісі"),
    ("ru", "Валентина Матвиенко в среду провела в Апиа переговоры со спикером. Визит стал первым в истории. "
           "В 2015 году Москву посетил тогдашний премьер Самоа.", "Валентина Матвиенко", "Апиа"),
])
def test_a_visit_named_by_its_noun_after_talks_abroad_is_that_persons_visit(lang, text, guest, town):
    ax = run_pipeline(text, lang, "2027-11-12")
    visit = next(e for e in events_of(ax, "Visit") if e.time is not None and e.time.value == "2027-11-10")
    assert visit.participants[0] == key_of(ax, guest) and visit.place_key == key_of(ax, town)


@pytest.mark.parametrize("lang,text,town,attacker", [
    ("uk", "Одеса вночі опинилася під ударом російських дронів.", "Одеса", "wd:Q159"),
    ("ru", "Белгород ночью оказался под ударом украинских дронов.", "Белгород", "wd:Q212"),
])
def test_a_town_that_found_itself_under_attack_is_where_it_hit(lang, text, town, attacker):
    ax = run_pipeline(text, lang, "2028-02-17")
    attack = one_event(ax, "Attack")
    assert attack.place_key == key_of(ax, town) and attack.participants == [attacker]


@pytest.mark.parametrize("lang,text,claimer", [
    ("ru", "Ответственность за теракт на базе НАТО взял на себя Талибан.", "Талибан"),
    ("ru", "Движение «Талибан» взяло на себя ответственность за теракт на базе НАТО.", "Талибан"),
    ("uk", "Відповідальність за атаку на базу взяло на себе угруповання «Ісламська держава».", "Ісламська держава"),
])
def test_who_claims_an_attack_carried_it_out(lang, text, claimer):
    ax = run_pipeline(text, lang, "2012-05-01")
    assert one_event(ax, "Attack").participants == [key_of(ax, claimer)]


@pytest.mark.parametrize("lang,text,name", [
    ("ru", "Полиция задержала стрелка, 19-летнего студента Олега Ковалева. Стрелок открыл огонь в кампусе около "
           "9 утра.", "Олега Ковалева"),
    ("uk", "Поліція затримала стрільця, 19-річного студента Олега Ковальова. Нападник відкрив вогонь у кампусі "
           "близько 9 ранку.", "Олега Ковальова"),
])
def test_the_attacker_noun_stands_for_the_person_named_with_it(lang, text, name):
    ax = run_pipeline(text, lang, "2018-05-18")
    assert one_event(ax, "Attack").participants == [key_of(ax, name)]


@pytest.mark.parametrize("lang,text,value", [
    ("uk", "Янез Янша відвідав Київ після 24 лютого 2022 року: у березні того ж року він приїхав потягом.", "2022-03"),
    ("ru", "Янез Янша посетил Киев после 24 февраля 2022 года: в марте того же года он приехал поездом.", "2022-03"),
])
def test_a_date_after_after_bounds_the_visit_and_the_same_year_is_the_one_told(lang, text, value):
    ax = run_pipeline(text, lang, "2027-10-10")
    assert [t.value for t in ax.times if t.granularity == "month"] == [value]
    assert one_event(ax, "Visit").time.value == value


@pytest.mark.parametrize("lang,text,name", [
    ("uk", "Марія Санчес отримала 41% голосів, її головна суперниця, колишня мерка Ліні Арредондо, – 33%.\n\n"
           "Арредондо визнала поразку. Вона заявила, що опозиція стежитиме за урядом.", "Ліні Арредондо"),
    ("uk", "Переміг Рубен Оларте.\n\nСенаторка Ана Сільвейро, яка посіла друге місце, визнала поразку. Вона заявила, що "
           "опозиція стежитиме за урядом.", "Ана Сільвейро"),
    ("ru", "Мария Санчес получила 41% голосов, ее главная соперница, бывший мэр Лини Арредондо, – 33%.\n\n"
           "Арредондо признала поражение. Она заявила, что оппозиция будет следить за правительством.", "Лини Арредондо"),
])
def test_a_name_takes_the_gender_its_title_or_verb_gives_it(lang, text, name):
    ax = run_pipeline(text, lang, "2028-05-11")
    assert [s.speaker_key for s in ax.statements] == [key_of(ax, name)]


def test_a_prince_named_with_his_title_signs_beside_the_guest():
    ax = run_pipeline("Зеленський і князь Альбер II підписали в Монако угоду про лікарні.", "uk", "2028-06-14")
    assert set(one_event(ax, "Agreement").participants) == {key_of(ax, "Зеленський"), key_of(ax, "Альбер II")}


@pytest.mark.parametrize("lang,text,outlet", [
    ("uk", "Як пише регіональна газета Nice-Matin, наступного року князь може відвідати Київ.", "Nice-Matin"),
    ("ru", "Как пишет местная газета Monaco-Matin, князь может посетить Киев в следующем году.", "Monaco-Matin"),
])
def test_a_latin_outlet_name_joined_by_a_hyphen_is_the_outlet_not_a_place(lang, text, outlet):
    ax = run_pipeline(text, lang, "2028-06-14")
    assert [s.speaker_key for s in ax.statements] == [key_of(ax, outlet)]


@pytest.mark.parametrize("lang,text,town", [
    ("ru", "Стрелок открыл огонь в одной из школ города Санта-Фе.", "Санта-Фе"),
    ("uk", "Росія атакувала дронами енергетичний об'єкт в одному з районів Житомира.", "Житомира"),
])
def test_one_of_a_towns_buildings_is_in_that_town(lang, text, town):
    ax = run_pipeline(text, lang, "2018-05-19")
    assert one_event(ax, "Attack").place_key == key_of(ax, town)
