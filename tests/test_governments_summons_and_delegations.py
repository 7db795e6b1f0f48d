"""A verb's lemma is its dictionary form even where the tagger's aspect disagrees with the dictionary ("вызывали");
"уточнили в уряді" is said by a government (the one named with it, else the one of the persons the text names); a
summons is a meeting of the ministry and the envoy, not of the ministry's own state nor, the envoy named, of the state
he represents; "з членами X" brings X to the meeting; a state's delegation visiting a place no gazetteer knows is still
a visit; a churchman's title speaks for the churchman; a second predicate is no trailing attribution; a counterpart
invited to visit is the other party of the talks; the visitor is the other side of talks with the host alone; a source
in a body speaks for the body; a broadcasting ban is a sanction; a quote opening the next paragraph goes on with its
speaker's dated statement. Sentences written for these tests."""
import pytest

from conftest import events_of, key_of, key_of_wikidata, one_event, run_pipeline, speakers_of


@pytest.mark.parametrize("text,lang,word,lemma", [
    ("Посла Чили вызывали в МИД дважды.", "ru", "вызывали", "вызывать"),
    ("Сторони домовились про обмін, повідомили в штабі.", "uk", "повідомили", "повідомити"),
])
def test_a_verbs_lemma_is_its_dictionary_form_whatever_aspect_was_tagged(text, lang, word, lemma):
    from kg import nlp
    doc = nlp.load(lang)(text)
    tok = next(t for t in doc if t.text == word)
    assert tok.lemma_ == lemma


@pytest.mark.parametrize("text,lang,qid_key", [
    ("Переговоры с Пекином пройдут в июне, сообщили в правительстве Венгрии.", "ru", "org:gov-hu"),
    ("Делегация вылетит в Рим во вторник, уточнили в венгерском правительстве.", "ru", "org:gov-hu"),
    ("Візит до Дубліна перенесли на осінь, уточнили в уряді Словаччини.", "uk", "org:gov-sk"),
])
def test_a_government_named_after_v_speaks(text, lang, qid_key):
    ax = run_pipeline(text, lang, "2027-04-01")
    assert speakers_of(ax) == [qid_key]


def test_a_bare_government_is_the_government_of_the_person_the_text_names():
    ax = run_pipeline("Голова уряду України Юлія Свириденко вчора прилетіла в Осло.\n\n"
                      "Аудієнції в короля цього разу не передбачено, додали в уряді.", "uk", "2027-04-01")
    assert speakers_of(ax) == ["org:gov-ua"]


def test_a_bare_government_after_as_is_the_government_of_the_person_after_it():
    ax = run_pipeline("Голова уряду України Юлія Свириденко вчора прилетіла в Гельсінкі.\n\n"
                      "Як пояснили в уряді, прем'єрка оглянула ще й порт Котка.", "uk", "2027-04-01")
    assert speakers_of(ax) == ["org:gov-ua"]


def test_a_summoning_ministry_meets_the_named_envoy_not_its_own_state():
    ax = run_pipeline("Посла Чили Хорхе Перальту в четверг вызвали в российский МИД.", "ru", "2027-04-01")
    meeting = one_event(ax, "Meeting")
    assert set(meeting.participants) == {"org:mfa-ru", key_of(ax, "Хорхе Перальту")}


def test_the_state_that_summons_stays_beside_the_named_envoy():
    ax = run_pipeline("Японія викликала в міністерство посла Китаю Ляо Цзяньміна.", "uk", "2027-04-01")
    meeting = one_event(ax, "Meeting")
    assert key_of_wikidata(ax, "Q17") in meeting.participants
    assert key_of_wikidata(ax, "Q148") not in meeting.participants


def test_an_unnamed_envoy_keeps_his_state():
    ax = run_pipeline("Российский МИД вчера вызвал чилийского посла.", "ru", "2027-04-01")
    meeting = one_event(ax, "Meeting")
    assert set(meeting.participants) == {"org:mfa-ru", key_of_wikidata(ax, "Q298")}


@pytest.mark.parametrize("text,lang,body", [
    ("Путін збере нараду з усіма членами Ради безпеки Росії.", "uk", "Ради безпеки Росії"),
    ("Путин проведет совещание со всеми членами правительства России.", "ru", "правительства России"),
])
def test_the_members_of_a_body_bring_the_body_to_the_meeting(text, lang, body):
    ax = run_pipeline(text, lang, "2027-04-01")
    meeting = one_event(ax, "Meeting")
    assert key_of(ax, body) in meeting.participants


def test_a_states_delegation_visiting_an_unknown_place_is_a_visit():
    ax = run_pipeline("В пятницу чилийская делегация посетит порт Пуэрто-Монтт.", "ru", "2027-04-01")
    visit = one_event(ax, "Visit")
    assert visit.participants == [key_of_wikidata(ax, "Q298")]


def test_a_river_arriving_is_still_no_visit():
    ax = run_pipeline("Вода в реке прибыла за ночь на метр.", "ru", "2027-04-01")
    assert events_of(ax, "Visit") == []


@pytest.mark.parametrize("text,lang,name", [
    ("Лавров по телефону поговорил с кардиналом Пьетро Паролином. Кардинал, которого цитирует "
     "агентство Fides, сказал, что Святой Престол готов помогать в обмене пленными.", "ru", "Пьетро Паролином"),
    ("Андрій Сибіга зустрівся з архієпископом Клаудіо Гуджеротті. Архієпископ заявив, що Ватикан стежить за "
     "долею полонених.", "uk", "Клаудіо Гуджеротті"),
])
def test_a_churchmans_title_speaks_for_the_churchman_named_with_it(text, lang, name):
    ax = run_pipeline(text, lang, "2027-04-01")
    assert speakers_of(ax) == [key_of(ax, name)]


def test_a_second_predicate_after_a_relative_clause_is_no_trailing_attribution():
    ax = run_pipeline("Чили конфисковала самолет, который с марта стоял в аэропорту Сантьяго, и отдала его "
                      "Украине. Об этом накануне сообщил министр Альберто ван Кларен.", "ru", "2027-04-01")
    said = ax.statements
    assert [s.cue for s in said] == ["сообщил"]
    assert said[0].speaker_key == key_of(ax, "Альберто ван Кларен")


@pytest.mark.parametrize("text,lang,guest", [
    ("Глава МЗС Чилі Альберто ван Кларен мав у Варшаві розмову з Андрієм Сибігою. "
     "Сибіга запросив чилійського колегу відвідати Чернігів.", "uk", "Альберто ван Кларен"),
    ("Глава МИД Чили Альберто ван Кларен встретился в Варшаве с Андреем Сибигой. "
     "Сибига пригласил собеседника посетить Чернигов.", "ru", "Альберто ван Кларен"),
])
def test_a_counterpart_invited_to_visit_is_the_other_party_of_the_talks(text, lang, guest):
    ax = run_pipeline(text, lang, "2027-04-01")
    visit = one_event(ax, "Visit")
    assert key_of(ax, guest) in visit.participants
    assert visit.status == "planned"


def test_the_visitor_is_the_other_side_of_talks_with_the_host_alone():
    ax = run_pipeline("Чилійський прем'єр Хосе Антоніо Каст увечері приїхав у Київ. Після перемовин з "
                      "Володимиром Зеленським обидві сторони підписали угоду щодо міді.", "uk", "2027-04-01")
    talks = one_event(ax, "Talks")
    assert {key_of(ax, "Хосе Антоніо Каст"), key_of(ax, "Володимиром Зеленським")} <= set(talks.participants)


@pytest.mark.parametrize("text,lang,body", [
    ("Склад пального згорів уночі. Про це агентству повідомило джерело в СБУ.", "uk", "СБУ"),
    ("Склад горючего сгорел ночью, рассказал ТАСС источник в Минобороны России.", "ru", "Минобороны России"),
])
def test_a_source_in_a_body_after_the_verb_is_that_body(text, lang, body):
    ax = run_pipeline(text, lang, "2027-04-01")
    assert speakers_of(ax) == [key_of(ax, body)]


def test_a_source_in_no_body_leaves_the_outlet_speaking():
    ax = run_pipeline("Склад горючего сгорел ночью, рассказал ТАСС источник в силовых структурах.", "ru", "2027-04-01")
    assert speakers_of(ax) == [key_of(ax, "ТАСС")]


@pytest.mark.parametrize("text,lang", [
    ("Латвія заборонила мовлення трьох російських телеканалів з понеділка.", "uk"),
    ("Латвия приостановила вещание трех российских телеканалов с понедельника.", "ru"),
])
def test_a_ban_on_broadcasting_is_a_sanction(text, lang):
    ax = run_pipeline(text, lang, "2027-04-01")
    assert key_of_wikidata(ax, "Q211") in one_event(ax, "Sanctions").participants


def test_a_meeting_told_in_a_statement_is_held_by_the_clauses_subject_not_the_speaker():
    ax = run_pipeline("Як розповів репортерам Дмитро Пєсков, незмінний голос Кремля, Володимир Путін розгляне паводки "
                      "на нараді з усіма членами Ради безпеки Росії.", "uk", "2027-04-01")
    meeting = one_event(ax, "Meeting")
    assert key_of(ax, "Володимир Путін") in meeting.participants
    assert key_of(ax, "Дмитро Пєсков") not in meeting.participants


def test_a_quote_opening_the_next_paragraph_goes_on_with_the_dated_statement_of_its_speaker():
    ax = run_pipeline("Москва отвергает претензии Сантьяго по поводу рыболовства. Об этом на пресс-подходе в среду "
                      "рассказала Мария Захарова.\n\n«Никаких нарушений наши суда не допускали», — сказала Захарова.",
                      "ru", "2027-04-02")
    quote = next(s for s in ax.statements if s.kind == "direct")
    assert quote.said_on is not None and quote.said_on.value == "2027-03-31"


def test_a_quote_after_a_dated_statement_of_no_press_event_keeps_no_date():
    ax = run_pipeline("Москва отвергает претензии Сантьяго по поводу рыболовства. Это мнение в среду выразила Мария "
                      "Захарова.\n\n«Никаких нарушений наши суда не допускали», — сказала Захарова.", "ru", "2027-04-02")
    quote = next(s for s in ax.statements if s.kind == "direct")
    assert quote.said_on is None


def test_a_quote_of_another_speaker_in_the_next_paragraph_keeps_no_date():
    ax = run_pipeline("Москва отвергает претензии Сантьяго по поводу рыболовства. Об этом на пресс-подходе в среду "
                      "рассказала Мария Захарова.\n\n«Мы ждем извинений», — сказал министр Альберто ван Кларен.",
                      "ru", "2027-04-02")
    quote = next(s for s in ax.statements if s.kind == "direct")
    assert quote.said_on is None
