"""A visitor's name that ends the text, commissions and their co-chairs, bodies of a foreign state, and other
cases met on unseen articles: sentences written for these tests."""
import pytest

from conftest import one_event as _only
from conftest import events_of, key_of, run_pipeline, speakers_of


# -- a visitor named last in the title must not break the article -------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Соглашение о поставках подписано во время визита Лукашенко\n\nПрезидент Белоруссии Александр Лукашенко "
     "прибыл в Ханой.", "ru"),
    ("Угоду про постачання підписано під час візиту Лукашенка\n\nПрезидент Білорусі Олександр Лукашенко "
     "прибув до Ханоя.", "uk"),
])
def test_a_visit_whose_visitor_ends_the_title_is_still_read(text, lang):
    ax = run_pipeline(text, lang, "2028-03-09")
    visits = events_of(ax, "Visit")
    assert visits and "per:alexander-lukashenko" in visits[0].participants


# -- a no-break space between a preposition and its noun -----------------------------------------------------
def test_a_no_break_space_does_not_cut_the_embassys_place():
    from kg.pipeline import process
    from kg.records import Document

    text = "Как сообщили в посольстве Чили в\u00a0Москве, визит министра готовится."
    ax = next(iter(process([Document(id="t", text=text, source="test", lang="ru", published="2028-03-09")])))
    assert [s.speaker_text for s in ax.statements] == ["посольстве Чили в\u00a0Москве"]


# -- a foreign state's ministry named like ours -----------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Міністерство внутрішніх справ Словенії повідомило, що явка склала 61%.", "Міністерство внутрішніх справ Словенії"),
    ("Як повідомило МВС Словенії, порушень не виявлено.", "МВС Словенії"),
])
def test_a_foreign_ministry_is_not_ours(text, name):
    ax = run_pipeline(text, "uk", "2028-03-09")
    assert [s.speaker_text for s in ax.statements] == [name]
    assert "org:mvs-ua" not in {e.key for e in ax.entities}


def test_our_ministry_named_alone_is_still_ours():
    ax = run_pipeline("За даними Міністерства внутрішніх справ, порушень не виявлено.", "uk", "2028-03-09")
    assert speakers_of(ax) == ["org:mvs-ua"]


# -- a party named by its adjectives and a genitive ------------------------------------------------------------
@pytest.mark.parametrize("text,lang,name", [
    ("Янез Новак очолює Словенську партію свободи з 2020 року.", "uk", "Словенську партію свободи"),
    ("Янез Новак возглавляет Словенскую партию свободы с 2020 года.", "ru", "Словенскую партию свободы"),
    ("Представник Демократичної партії пенсіонерів заявив про бойкот.", "uk", "Демократичної партії пенсіонерів"),
])
def test_capitalised_adjectives_a_party_noun_and_a_genitive_name_a_party(text, lang, name):
    ax = run_pipeline(text, lang, "2028-03-09")
    ent = next(e for e in ax.entities if e.key == key_of(ax, name))
    assert ent.type == "ORG"


@pytest.mark.parametrize("text,lang", [
    ("Вторая партия зерна прибыла в порт вчера.", "ru"),
    ("Українська партія вчора заявила про бойкот.", "uk"),
])
def test_an_ordinal_or_a_sentence_opening_adjective_makes_no_party(text, lang):
    ax = run_pipeline(text, lang, "2028-03-09")
    assert not [e for e in ax.entities if e.type == "ORG"]


def test_a_leader_named_after_the_partys_acronym_is_the_one_the_pronoun_means():
    ax = run_pipeline("Голова Словенської партії свободи (SSS) Янез Новак виступив у парламенті. Він заявив, що уряд "
                      "помиляється.", "uk", "2028-03-09")
    assert speakers_of(ax) == [key_of(ax, "Янез Новак")]


# -- an election told in a title, with who congratulated the winner ---------------------------------------------
def test_a_capital_reacting_after_the_comma_is_no_candidate():
    ax = run_pipeline("Партія «Свобода» виграла парламентські вибори в Словенії, Загреб привітав переможців.", "uk",
                      "2027-06-28")
    assert _only(ax, "Election").participants == [key_of(ax, "Свобода")]


def test_who_congratulates_after_the_comma_is_no_candidate():
    ax = run_pipeline("Наташа Пірц Мусар виграла вибори президента Словенії, Пленкович її підтримав\n\n"
                      "Наташа Пірц Мусар перемогла у другому турі.", "uk", "2028-11-06")
    assert _only(ax, "Election").participants == [key_of(ax, "Наташа Пірц Мусар")]


# -- who signs: coordinated titles with complements, and a body for its unnamed head ----------------------------
def test_a_title_with_a_prepositional_complement_keeps_both_signers():
    ax = run_pipeline("Министр энергетики Сербии Дубравка Джедович и заместитель председателя правительства Египта по "
                      "вопросам промышленности Ахмед Кушук подписали в Каире соглашение.", "ru", "2028-03-09")
    assert set(_only(ax, "Agreement").participants) == {key_of(ax, "Дубравка Джедович"), key_of(ax, "Ахмед Кушук")}


def test_the_body_of_an_unnamed_head_signs_with_the_named_one():
    ax = run_pipeline("Глава компании «Газпром» Алексей Миллер и председатель Агентства по энергетике Сербии в пятницу "
                      "подписали контракт на поставки газа.", "ru", "2028-03-09")
    others = set(_only(ax, "Agreement").participants) - {key_of(ax, "Алексей Миллер")}
    bodies = {e.key: e for e in ax.entities}
    assert len(others) == 1 and all(bodies[k].type == "ORG" and bodies[k].mentions[0].text.startswith("Агентства")
                                    for k in others)


def test_a_title_may_hold_a_quoted_body():
    ax = run_pipeline("Глава компании «Газпром» Алексей Миллер прибыл в Белград.", "ru", "2028-03-09")
    assert [(r.person_key, r.org_key) for r in ax.roles] == [(key_of(ax, "Алексей Миллер"), key_of(ax, "Газпром"))]


def test_a_headline_agreement_of_a_company_and_a_state_is_the_one_their_heads_signed():
    ax = run_pipeline("«Газпром» и Сербия заключили контракт на поставки газа\n\nГлава компании «Газпром» Алексей "
                      "Миллер и министр энергетики Сербии Дубравка Джедович в пятницу подписали контракт на десять лет.",
                      "ru", "2028-03-09")
    assert set(_only(ax, "Agreement").participants) >= {key_of(ax, "Алексей Миллер"), key_of(ax, "Дубравка Джедович")}


# -- a call told after the verb's object ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,who", [
    ("Президент Польщі Кароль Навроцький у понеділок подякував Андрієві Бабішу за підтримку в телефонній розмові.",
     "uk", ("Кароль Навроцький", "Андрієві Бабішу")),
    ("Президент Польши Кароль Навроцкий в телефонном разговоре поблагодарил Андрея Бабиша за поддержку.",
     "ru", ("Кароль Навроцкий", "Андрея Бабиша")),
])
def test_who_is_congratulated_in_a_call_takes_part_in_it(text, lang, who):
    ax = run_pipeline(text, lang, "2028-03-09")
    assert set(_only(ax, "Call").participants) == {key_of(ax, w) for w in who}


# -- a town that came under attack -------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,town", [
    ("Минулого тижня Харків потрапив під ракетний удар.", "uk", "Харків"),
    ("Белгород попал под ракетный удар в марте.", "ru", "Белгород"),
])
def test_a_town_that_came_under_an_attack_is_where_it_struck(text, lang, town):
    ax = run_pipeline(text, lang, "2028-05-09")
    assert _only(ax, "Attack").place_key == key_of(ax, town)


# -- names the recogniser ran together ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,name", [
    ("Баржі з зерном підуть до Румунії Дунаєм.", "uk", "Дунаєм"),
    ("Сибіга зустрівся з головою МЗС Хорватії Грлічем Радманом: Загреб надасть допомогу", "uk", "Грлічем Радманом"),
])
def test_names_run_together_come_apart(text, lang, name):
    ax = run_pipeline(text, lang, "2028-03-09")
    assert name in {m.text for e in ax.entities for m in e.mentions}


# -- a speaker before a relative clause that holds an acronym in parentheses -------------------------------------
def test_a_relative_clause_with_an_acronym_does_not_take_the_speaker():
    ax = run_pipeline("Петр Фіала прибув до Києва. Фіала, слова якого наводить Чеська інформаційна агенція "
                      "(ЧТК), наголосив, що договір готовий.", "uk", "2028-03-09")
    st = ax.statements[0]
    assert st.speaker_key == key_of(ax, "Петр Фіала") and st.via_key == key_of(ax, "Чеська інформаційна агенція")


# -- a woman's name after a feminine office is nominative ---------------------------------------------------------
def test_a_name_after_a_feminine_office_stays_hers():
    ax = run_pipeline("Вчора прем'єрка Румунії Флоріана Попеску заявила про підтримку.", "uk", "2028-03-09")
    assert next(e for e in ax.entities if e.type == "PER").name == "Флоріана Попеску"


# -- titles: a deputy is no head; the head of government by a several-word title ---------------------------------
def test_a_deputys_prefix_stays_in_the_title():
    ax = run_pipeline("Вице-премьер Александр Новак прибыл в Баку.", "ru", "2028-03-09")
    assert [r.title_norm for r in ax.roles] == ["вице-премьер"]


def test_the_premier_is_the_head_of_government_named_so_not_the_last_compatriot():
    ax = run_pipeline("Председатель правительства Белоруссии Александр Турчин прилетел в Москву. Глава компании "
                      "«Беларуськалий» Иван Головатый подписал контракт. Вечером белорусского премьера принял "
                      "президент России Владимир Путин.", "ru", "2028-05-17")
    meeting = _only(ax, "Meeting")
    assert key_of(ax, "Александр Турчин") in meeting.participants and key_of(ax, "Иван Головатый") not in meeting.participants


# -- statements: a speech act right after the dash, and "про це" inside a quote ----------------------------------
@pytest.mark.parametrize("text,lang,speaker", [
    ("«Обговорили постачання трансформаторів. Дякую за допомогу», – поділився Шмигаль після зустрічі.",
     "uk", "Шмигаль"),
    ("«Мы обсудили безопасность и энергетику», — поделился Лавров с журналистами.", "ru", "Лавров"),
])
def test_a_speech_act_right_after_the_dash_attributes_the_quote(text, lang, speaker):
    ax = run_pipeline(text, lang, "2028-03-09")
    assert [(s.kind, s.speaker_key) for s in ax.statements] == [("direct", key_of(ax, speaker))]


def test_about_this_inside_a_quote_reports_nothing_before_it():
    ax = run_pipeline("Речник Кремля Дмитро Пєсков прокоментував розмову. Він заявив журналістам: «Така угода "
                      "нічого не змінить. Ми вже казали про це нашим колегам».", "uk", "2028-03-09")
    assert [s.kind for s in ax.statements] == ["direct"]


# -- sanctions: who they hit, after a trigger that ends with "против" ----------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Правительство Норвегии ввело ограничения против двух банков из России.", "ru"),
    ("Уряд Норвегії запровадив обмеження проти двох банків з Росії.", "uk"),
    ("Норвегия ввела ограничения против российских банков.", "ru"),  # (the state by its demonym)
])
def test_the_state_those_hit_come_from_is_a_party_of_the_sanctions(text, lang):
    ax = run_pipeline(text, lang, "2028-03-14")
    assert "wd:Q159" in _only(ax, "Sanctions").participants


def test_an_outlet_named_with_a_place_stays_one_name():
    ax = run_pipeline("Издание Politico Europe сообщает, что саммит перенесли на осень.", "ru", "2028-03-09")
    assert [s.speaker_text for s in ax.statements] == ["Politico Europe"]


# -- who speaks: groups for their body, a body named earlier in the sentence, a subject opening the sentence -----
def test_law_enforcers_stand_for_the_body_that_spoke():
    ax = run_pipeline("У поліції Сумської області повідомили, що вибухом пошкоджено склад. Розпочато досудове "
                      "розслідування, уточнили правоохоронці.", "uk", "2028-03-09")
    assert speakers_of(ax) == [key_of(ax, "поліції Сумської області")] * 2


@pytest.mark.parametrize("text,lang,speaker", [
    ("Як інформують Повітряні сили ЗСУ, уночі збито дев'ять дронів.", "uk", "Повітряні сили ЗСУ"),
    ("Как информирует МЧС России, пожар потушен.", "ru", "МЧС России"),
])
def test_informing_is_a_speech_cue(text, lang, speaker):
    ax = run_pipeline(text, lang, "2028-03-09")
    assert speakers_of(ax) == [key_of(ax, speaker)]


def test_the_agency_of_a_channel_is_the_body_named_earlier_in_its_sentence():
    ax = run_pipeline("У прокуратурі Київської області оголосили про підозру.\n\nУ Міноборони Білорусі на сайті "
                      "відомства повідомили, що навчання завершено.", "uk", "2028-03-09")
    assert ax.statements[-1].speaker_key == key_of(ax, "Міноборони Білорусі")


def test_a_surname_that_is_also_a_word_opens_its_sentence_as_the_subject():
    ax = run_pipeline("Министр Ахмад Шах прибыл в Баку. Шах, слова которого приводит агентство APP, заявил, что "
                      "переговоры были полезными.", "ru", "2028-03-09")
    assert speakers_of(ax) == [key_of(ax, "Ахмад Шах")]


def test_a_colon_that_opens_a_speakers_own_statement():
    ax = run_pipeline("У Будапешті відреагували швидко: міністр Петер Сійярто заявив, що уряд не бачить підстав для "
                      "відповіді.", "uk", "2028-03-09")
    assert speakers_of(ax) == [key_of(ax, "Петер Сійярто")]


def test_an_outlet_before_a_plural_verb_after_a_body_is_told_not_speaking():
    ax = run_pipeline("В консульстве Финляндии в Петербурге РИА Новости сообщили, что прием документов приостановлен.",
                      "ru", "2028-03-09")
    assert [s.speaker_text for s in ax.statements] == ["консульстве Финляндии в Петербурге"]


def test_a_latin_outlet_name_runs_over_numbers():
    ax = run_pipeline("Как сообщает портал Info 24 Online, визит готовится.", "ru", "2028-03-09")
    assert [s.speaker_text for s in ax.statements] == ["Info 24 Online"]


@pytest.mark.parametrize("text,lang,office", [
    ("Премьер Эстонии Кристен Михал обсудил меры, рассказали в аппарате эстонского премьера.", "ru",
     "аппарате эстонского премьера"),
    ("Прем'єр Естонії Крістен Міхал обговорив заходи, повідомили в секретаріаті естонського прем'єр-міністра.", "uk",
     "секретаріаті естонського прем'єр-міністра"),
])
def test_the_office_of_a_head_named_by_nationality_speaks(text, lang, office):
    ax = run_pipeline(text, lang, "2028-03-09")
    assert [s.speaker_text for s in ax.statements] == [office]


# -- agreements told by their signing ----------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Міністр Андрій Сибіга і міністр Маргус Цахкна завершили переговори підписанням меморандуму про енергетику.",
     "uk"),
    ("Спикер Вячеслав Володин и спикер Тран Тхань Ман скрепили подписями соглашение о сотрудничестве.", "ru"),
])
def test_a_signing_told_by_its_noun_or_by_seals_is_an_agreement(text, lang):
    ax = run_pipeline(text, lang, "2028-03-09")
    assert len(_only(ax, "Agreement").participants) == 2


def test_an_institution_noun_with_no_channel_is_the_body_that_spoke_not_one_in_the_content():
    ax = run_pipeline("Як повідомили в МЗС Литви, міністр прибуде у вівторок. Наступного дня делегація побуває в "
                      "офісі SES, уточнили у відомстві.", "uk", "2028-03-09")
    assert speakers_of(ax) == [key_of(ax, "МЗС Литви")] * 2
