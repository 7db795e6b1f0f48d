"""A clause opened by a gerund takes the subject of the clause it leans on; Ukrainian gerunds read as their
verbs; a place after the said content is where the saying was reported from, not where the event was; a title
naming a body of a state left unnamed and the body's call with that state's person are one call; a discussion the
title tells is the call or meeting the body tells; an event noun discussed is a topic, not the occasion; a name
particle glued on by a hyphen after a given name; a place inside a signing verb's gap, with its adjective.
Sentences written for these tests."""
import pytest

from conftest import events_of, key_of, one_event, run_pipeline


@pytest.mark.parametrize("lang,text,guest", [
    ("uk", "Перебуваючи з коротким візитом у Фінляндії, Емманюель Макрон провів у Тампере переговори з прем'єром.",
     "Емманюель Макрон"),
    ("ru", "Находясь с коротким визитом в Финляндии, Эммануэль Макрон провел в Тампере переговоры с премьером.",
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
    text = ("Володимир Зеленський зустрівся наодинці з Крістіаном Штокером, а потім лідери уклали угоду, за якою "
            "Австрія оплатить відбудову лікарень, які зазнали руйнувань, розповіли в Офісі президента. Восени Штокер "
            "може відвідати Київ.")
    ax = run_pipeline(text, "uk", "2027-09-15")
    signed = one_event(ax, "Agreement")
    assert signed.place_key != key_of(ax, "Київ")


@pytest.mark.parametrize("lang,text,guest", [
    ("uk", "Сибіга та очільник МЗС Норвегії обговорили телефоном енергетику\n\n12.05.2027 | 17:30\n\n"
           "Міністр Андрій Сибіга в середу провів телефонну розмову з норвезьким колегою Еспеном Бартом Ейде.",
     "Еспеном Бартом Ейде"),
    ("ru", "Сибига и руководитель МИД Норвегии обсудили по телефону энергетику\n\n12.05.2027 | 17:30\n\n"
           "Андрей Сибига в среду провел телефонный разговор с норвежским коллегой Эспеном Бартом Эйде.",
     "Эспеном Бартом Эйде"),
])
def test_a_title_naming_a_ministry_and_the_body_naming_its_minister_tell_one_call(lang, text, guest):
    ax = run_pipeline(text, lang, None)
    call = one_event(ax, "Call")
    assert key_of(ax, guest) in call.participants and key_of(ax, "Андрій Сибіга" if lang == "uk" else "Андрей Сибига") in call.participants


def test_what_the_title_says_was_discussed_is_the_call_the_body_tells():
    text = ("Сибіга та очільник МЗС Норвегії обговорили енергетику\n\n12.05.2027 | 17:30\n\n"
            "Андрій Сибіга в середу провів телефонну розмову з норвезьким колегою.")
    ax = run_pipeline(text, "uk", None)
    assert not events_of(ax, "Talks")
    assert len(one_event(ax, "Call").mentions) >= 1


def test_an_event_noun_the_sides_discussed_is_their_topic_not_their_occasion():
    text = ("Еспен Барт Ейде і Андрій Сибіга поспілкувалися телефоном. Сторони обговорили мита на зерно "
            "та підготовку консультацій.")
    ax = run_pipeline(text, "uk", "2027-05-12")
    call = one_event(ax, "Call")
    assert any("обговорили" in m[2] for m in call.mentions)
    assert not any("обговорили" in m[2] for e in events_of(ax, "Talks") for m in [(e.start, e.end, e.trigger)] + e.mentions)


def test_a_name_particle_glued_by_a_hyphen_ends_the_name():
    text = "Андрій Сибіга, очільник МЗС, учора мав телефонну розмову з Мухаммедом аль-Хашимі, який керує відомством."
    ax = run_pipeline(text, "uk", "2027-05-12")
    assert key_of(ax, "Мухаммедом аль-Хашимі") in one_event(ax, "Call").participants


@pytest.mark.parametrize("lang,text,town", [
    ("ru", "Министр Оксана Лут и ее коллега подписали в портовом Гамбурге соглашение о поставках удобрений.", "Гамбурге"),
    ("uk", "Міністерка Оксана Лут та її колега підписали в портовому Гамбурзі угоду про постачання добрив.", "Гамбурзі"),
])
def test_a_town_with_its_adjective_inside_a_signing_verbs_gap_is_where(lang, text, town):
    ax = run_pipeline(text, lang, "2027-05-12")
    signed = one_event(ax, "Agreement")
    assert signed.place_key == key_of(ax, town)
    assert key_of(ax, town) not in signed.participants


def test_a_particle_name_told_again_opens_a_sentence_and_is_a_subject():
    text = ("Учора Андрій Сибіга мав розмову з Мухаммедом аль-Яхрі.\n\n"
            "Аль-Яхрі наголосив, що Кувейт підтримує переговори.\n\n"
            "Попередньо Сибіга та аль-Яхрі зустрічалися у квітні 2025 року.")
    ax = run_pipeline(text, "uk", "2027-05-12")
    person = key_of(ax, "Мухаммедом аль-Яхрі")
    assert person is not None and key_of(ax, "Аль-Яхрі") == person
    assert [s.speaker_key for s in ax.statements] == [person]
    assert person in one_event(ax, "Call").participants
    met = next(e for e in events_of(ax, "Meeting") if e.time is not None and e.time.value == "2025-04")
    assert person in met.participants


def test_the_agency_told_of_right_after_a_ministry_spoke_is_that_ministry():
    text = ("Андрій Сибіга обмінявся думками з Мухаммедом аль-Яхрі, який очолює зовнішньополітичне відомство Кувейту.\n\n"
            "Кувейтського міністра запросили до Києва, додали в МЗС України.\n\n"
            "Як пояснили у відомстві, дипломати також погодили консультації заступників.")
    ax = run_pipeline(text, "uk", "2027-05-12")
    told = next(s for s in ax.statements if s.content.startswith("дипломати також"))
    assert told.speaker_key == key_of(ax, "МЗС України")


@pytest.mark.parametrize("lang,text,body", [
    ("uk", "Лідерка перегонів отримала 41%. Такі попередні підсумки у вівторок оголосила Національна виборча комісія "
           "Перу. За її даними, до урн прийшли 75% виборців.", "Національна виборча комісія Перу"),
    ("ru", "Лидер гонки получила 41%. Такие предварительные итоги во вторник огласила Национальная избирательная "
           "комиссия Перу. По ее данным, к урнам пришли 75% избирателей.", "Национальная избирательная комиссия Перу"),
])
def test_results_published_by_a_body_and_its_data_are_its_statements(lang, text, body):
    ax = run_pipeline(text, lang, "2027-05-12")
    assert [s.speaker_key for s in ax.statements] == [key_of(ax, body)] * 2
    assert ax.statements[0].content.startswith(text[:5])


def test_a_head_of_state_noun_after_the_quote_of_the_head_who_spoke_last_is_his():
    text = ("Чинний президент Чилі Габріель Борич привітав переможця.\n\n"
            "Зеленський у четвер наголосив, що Україна цінує співпрацю з Сантьяго. «Розраховуємо на нову команду в "
            "питаннях продовольства», – сказав президент.")
    ax = run_pipeline(text, "uk", "2027-05-12")
    assert [s.speaker_key for s in ax.statements] == [key_of(ax, "Зеленський")] * 2


@pytest.mark.parametrize("lang,text,speaker,content", [
    ("ru", "Официальный представитель МИД Мария Захарова опровергла публикации чешского портала о тайных контактах "
           "дипломатов.", "Мария Захарова", "публикации чешского портала"),
    ("uk", "Георгій Тихий, який представляє МЗС, спростував чутки про нібито приїзд прем'єра.",
     "Георгій Тихий", "чутки про нібито приїзд"),
])
def test_a_denial_of_reports_states_the_speakers_position(lang, text, speaker, content):
    ax = run_pipeline(text, lang, "2027-05-12")
    denied = [s for s in ax.statements if s.speaker_key == key_of(ax, speaker)]
    assert len(denied) == 1 and denied[0].content.startswith(content)


@pytest.mark.parametrize("lang,text,speaker", [
    ("uk", "Уночі дрони атакували портові склади Ізмаїла. Пошкоджено два ангари. Такі наслідки атаки о восьмій "
           "ранку виклав Олег Кіпер.", "Олег Кіпер"),
    ("uk", "Уночі дрони атакували портові склади Ізмаїла. Таку інформацію о восьмій ранку поширив Олег Кіпер.",
     "Олег Кіпер"),
    ("uk", "Уночі дрони атакували портові склади Ізмаїла. Про наслідки атаки о восьмій ранку розповів Олег Кіпер.",
     "Олег Кіпер"),
    ("ru", "Ночью дроны атаковали склады в Белгороде. О последствиях атаки в восемь утра рассказал "
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
    ("uk", "Індія вважає себе голосом глобального Півдня.", "глобального Півдня"),
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
    ("ru", "Эксперты полагают, что Баку и Ереван способны закрепить мирное соглашение осенью."),
    ("uk", "Експерти вважають, що Кишинів і Бухарест здатні закріпити міжурядову угоду восени."),
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
    ("ru", "В среду в Каракасе Сергей Лавров провел переговоры с венесуэльским коллегой. Министры парафировали "
           "соглашение о визах.\n\n«Мы ценим партнерство», — отметил глава российской дипломатии на совместной с венесуэльским министром "
           "пресс-конференции."),
    ("ru", "В среду в Ханое Михаил Мишустин провел переговоры с вьетнамским премьером. Правительства парафировали "
           "соглашение о визах.\n\n«Мы ценим партнерство», — заявил российский премьер в начале переговоров."),
    ("uk", "У середу у Вільнюсі Андрій Сибіга провів переговори з литовським колегою. Відомства парафували угоду про "
           "візи.\n\n«Ми цінуємо партнерство», – наголосив Сибіга на початку переговорів."),
])
def test_words_said_at_the_talks_told_before_were_said_on_their_day(lang, text):
    ax = run_pipeline(text, lang, "2027-11-26")
    said = [s for s in ax.statements if s.kind == "direct"]
    assert len(said) == 1 and said[0].said_on is not None and said[0].said_on.value == "2027-11-24"


@pytest.mark.parametrize("lang,text,guest,state", [
    ("ru", "Вячеслав Володин находится в Намибии, куда прилетел накануне вечером.", "Вячеслав Володин",
     "Намибии"),
    ("uk", "Андрій Сибіга перебуває в Японії, куди прибув у вівторок.", "Андрій Сибіга", "Японії"),
])
def test_an_arrival_whither_a_place_told_before_is_a_visit_there(lang, text, guest, state):
    ax = run_pipeline(text, lang, "2028-04-19")
    visit = one_event(ax, "Visit")
    assert visit.participants == [key_of(ax, guest), key_of(ax, state)] and visit.place_key == key_of(ax, state)


def test_the_consequences_told_after_the_verb_point_back_to_nothing():
    text = ("Прокурори повідомили, що відкрили провадження.\n\n"
            "У четвер президент Зеленський зателефонував Александру Стуббу та розповів фінському колезі про наслідки удару.")
    ax = run_pipeline(text, "uk", "2027-11-12")
    told = next(s for s in ax.statements if s.content.startswith("відкрили"))
    assert told.said_on is None


@pytest.mark.parametrize("lang,text,guest,town", [
    ("uk", "У середу в Тбілісі Андрій Сибіга провів переговори з колегою. Візит міністра виявився першим за три роки. "
           "У 2019 році Тбілісі відвідав тодішній прем'єр Володимир Гройсман.", "Андрій Сибіга", "Тбілісі"),
    ("ru", "В среду в Апиа Валентина Матвиенко провела переговоры со спикером. Визит оказался первым за десять лет. "
           "В 2015 году Москву посетил тогдашний премьер Самоа.", "Валентина Матвиенко", "Апиа"),
])
def test_a_visit_named_by_its_noun_after_talks_abroad_is_that_persons_visit(lang, text, guest, town):
    ax = run_pipeline(text, lang, "2027-11-12")
    visit = next(e for e in events_of(ax, "Visit") if e.time is not None and e.time.value == "2027-11-10")
    assert visit.participants[0] == key_of(ax, guest) and visit.place_key == key_of(ax, town)


@pytest.mark.parametrize("lang,text,town,attacker", [
    ("uk", "Одеса вночі опинилася під атакою ворожих російських дронів.", "Одеса", "wd:Q159"),
    ("ru", "Белгород ночью оказался под ударом украинских дронов.", "Белгород", "wd:Q212"),
])
def test_a_town_that_found_itself_under_attack_is_where_it_hit(lang, text, town, attacker):
    ax = run_pipeline(text, lang, "2028-02-17")
    attack = one_event(ax, "Attack")
    assert attack.place_key == key_of(ax, town) and attack.participants == [attacker]


@pytest.mark.parametrize("lang,text,claimer", [
    ("ru", "Ответственность за подрыв моста взяла на себя группировка «Аль-Шабааб».", "Аль-Шабааб"),
    ("ru", "Группировка «Аль-Шабааб» взяла на себя ответственность за нападение на гостиницу.", "Аль-Шабааб"),
    ("uk", "Відповідальність за атаку на базу взяло на себе угруповання «Ісламська держава».", "Ісламська держава"),
])
def test_who_claims_an_attack_carried_it_out(lang, text, claimer):
    ax = run_pipeline(text, lang, "2012-05-01")
    assert one_event(ax, "Attack").participants == [key_of(ax, claimer)]


@pytest.mark.parametrize("lang,text,name", [
    ("ru", "Охрана обезвредила стрелка, 19-летнего студента Олега Ковалева. Стрелок открыл огонь у библиотеки "
           "кампуса.", "Олега Ковалева"),
    ("uk", "Охорона знешкодила стрільця, 19-річного студента Олега Ковальова. Нападник відкрив вогонь біля бібліотеки "
           "кампусу.", "Олега Ковальова"),
])
def test_the_attacker_noun_stands_for_the_person_named_with_it(lang, text, name):
    ax = run_pipeline(text, lang, "2018-05-18")
    assert one_event(ax, "Attack").participants == [key_of(ax, name)]


@pytest.mark.parametrize("lang,text,value", [
    ("uk", "Янез Янша відвідав Київ після 1 вересня 2023 року: у жовтні того ж року він приїхав потягом.", "2023-10"),
    ("ru", "Янез Янша посетил Киев после 1 сентября 2023 года: в октябре того же года он приехал поездом.", "2023-10"),
])
def test_a_date_after_after_bounds_the_visit_and_the_same_year_is_the_one_told(lang, text, value):
    ax = run_pipeline(text, lang, "2027-10-10")
    assert [t.value for t in ax.times if t.granularity == "month"] == [value]
    assert one_event(ax, "Visit").time.value == value


@pytest.mark.parametrize("lang,text,name", [
    ("uk", "Марія Санчес набрала 41%, а її найближча конкурентка, колишня мерка Ліні Арредондо, – 33%.\n\n"
           "Арредондо визнала свою поразку. Увечері вона наголосила, що опозиція контролюватиме уряд.", "Ліні Арредондо"),
    ("uk", "Переміг Рубен Оларте.\n\nСенаторка Ана Сільвейро, що фінішувала другою, привітала суперника. Увечері вона "
           "наголосила, що опозиція контролюватиме уряд.", "Ана Сільвейро"),
    ("ru", "Мария Санчес набрала 41%, а ее ближайшая конкурентка, бывший мэр Лини Арредондо, – 33%.\n\n"
           "Арредондо признала свое поражение. Вечером она подчеркнула, что оппозиция будет контролировать правительство.",
     "Лини Арредондо"),
])
def test_a_name_takes_the_gender_its_title_or_verb_gives_it(lang, text, name):
    ax = run_pipeline(text, lang, "2028-05-11")
    assert [s.speaker_key for s in ax.statements] == [key_of(ax, name)]


def test_a_prince_named_with_his_title_signs_beside_the_guest():
    ax = run_pipeline("Зеленський та князь Альбер II уклали угоду про лікарні.", "uk", "2028-06-14")
    assert set(one_event(ax, "Agreement").participants) == {key_of(ax, "Зеленський"), key_of(ax, "Альбер II")}


@pytest.mark.parametrize("lang,text,outlet", [
    ("uk", "Як пише регіональна газета Nice-Matin, делегація князівства може приїхати до Львова.", "Nice-Matin"),
    ("ru", "Как пишет местная газета Monaco-Matin, делегация княжества может приехать во Львов.", "Monaco-Matin"),
])
def test_a_latin_outlet_name_joined_by_a_hyphen_is_the_outlet_not_a_place(lang, text, outlet):
    ax = run_pipeline(text, lang, "2028-06-14")
    assert [s.speaker_key for s in ax.statements] == [key_of(ax, outlet)]


@pytest.mark.parametrize("lang,text,town", [
    ("ru", "Стрелок открыл огонь в одном из торговых центров Денвера.", "Денвера"),
    ("uk", "Росія атакувала дронами енергетичний об'єкт в одному з районів Житомира.", "Житомира"),
])
def test_one_of_a_towns_buildings_is_in_that_town(lang, text, town):
    ax = run_pipeline(text, lang, "2018-05-19")
    assert one_event(ax, "Attack").place_key == key_of(ax, town)


@pytest.mark.parametrize("lang,text", [
    ("uk", "Востаннє міністри бачилися у вересні 2026 року, коли Ейде приїжджав до Львова."),
    ("ru", "Последний раз министры виделись в сентябре 2026 года, когда Эйде приезжал во Львов."),
])
def test_a_when_clause_happened_at_the_time_of_its_main_clause(lang, text):
    ax = run_pipeline(text, lang, "2028-01-26")
    assert one_event(ax, "Visit").time.value == "2026-09"


@pytest.mark.parametrize("lang,text", [
    ("uk", "Ще у вересні 2026 року котельню заводу пошкодив російський дрон."),
    ("ru", "Еще в сентябре 2026 года котельную завода повредил российский дрон."),
])
def test_a_weapon_named_after_the_damage_verb_attacked_the_object_told_first(lang, text):
    ax = run_pipeline(text, lang, "2028-02-16")
    attack = one_event(ax, "Attack")
    assert attack.participants == ["wd:Q159"] and attack.time.value == "2026-09"


def test_a_drone_destroyed_by_air_defence_is_no_attack():
    ax = run_pipeline("Сили ППО вночі знищили російський дрон над Києвом.", "uk", "2028-02-16")
    assert not events_of(ax, "Attack")
