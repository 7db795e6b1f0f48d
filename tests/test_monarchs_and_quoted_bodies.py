"""Monarchs named by their title (an emir, a king, a sultan) as parties and speakers, and organisations named in
quotes after an organisation noun (sentences written for these tests; the people are invented or public figures,
the states real, the parties invented)."""
import pytest

from conftest import key_of as _key, one_event as _one, run_pipeline


@pytest.mark.parametrize("text,lang,name,title", [
    ("Эмир Кувейта Фахад ас-Сабах прибыл в Москву.\nВ четверг Путин провел переговоры с эмиром Кувейта в Кремле.",
     "ru", "Фахад ас-Сабах", "эмиром Кувейта"),
    ("Емір Кувейту Фахад ас-Сабах прибув до Анкари.\nУ четвер Ердоган провів переговори з еміром Кувейту.",
     "uk", "Фахад ас-Сабах", "еміром Кувейту"),
    ("Султан Омана Хайсам бен Тарик прибыл в Москву.\nВ четверг Путин провел переговоры с султаном Омана.",
     "ru", "Хайсам бен Тарик", "султаном Омана"),
])
def test_a_monarchs_title_with_the_state_is_the_monarch_named_before(text, lang, name, title):
    ax = run_pipeline(text, lang, "2028-03-09")
    monarch = _key(ax, name)
    assert monarch in _one(ax, "Talks").participants
    assert _key(ax, title) == monarch


@pytest.mark.parametrize("text,lang,adjective", [
    ("Король Иордании Абдалла Второй прибыл в Москву.\nЗатем Путин встретился с иорданским монархом в Кремле.",
     "ru", "иорданским монархом"),
    ("Король Йорданії Абдалла Другий прибув до Києва.\nЗеленський зустрівся з йорданським монархом у Маріїнському палаці.",
     "uk", "йорданським монархом"),
])
def test_a_monarch_noun_with_a_nationality_adjective_is_that_states_monarch(text, lang, adjective):
    ax = run_pipeline(text, lang, "2028-03-09")
    assert _key(ax, adjective) in _one(ax, "Meeting").participants
    assert _key(ax, adjective) != _key(ax, "Путин" if lang == "ru" else "Зеленський")


@pytest.mark.parametrize("text,lang,monarch,president", [
    ("Эмир Катара Фахд Аль Тани прибыл в Москву и провел переговоры с Путиным.\nМонарх заявил, что Доха готова к посредничеству.",
     "ru", "Фахд Аль Тани", "Путиным"),
    ("Емір Катару Фахд Аль Тані прибув до Києва і провів переговори із Зеленським.\nМонарх заявив, що Доха готова до посередництва.",
     "uk", "Фахд Аль Тані", "Зеленським"),
])
def test_a_monarch_noun_speaks_for_the_monarch_not_for_a_president(text, lang, monarch, president):
    ax = run_pipeline(text, lang, "2028-03-09")
    (st,) = ax.statements
    assert st.speaker_key == _key(ax, monarch) != _key(ax, president)


def test_a_head_of_state_noun_still_stands_for_a_president():
    ax = run_pipeline("Президент Чехии Петр Павел прибыл в Москву.\nГлава государства заявил, что Прага готова к диалогу.",
                      "ru", "2028-03-09")
    (st,) = ax.statements
    assert st.speaker_key == _key(ax, "Петр Павел")


@pytest.mark.parametrize("text,lang,name,inner", [
    ("Партия «Новая сила и порядок» бывшего премьера Ивана Коваля набрала на выборах 18% голосов.",
     "ru", "Новая сила и порядок", "Новая"),
    ("Коалиция «Вместе за Словакию» заняла на выборах второе место.", "ru", "Вместе за Словакию", "Словакию"),
    ("Партія «Свобода і порядок» колишнього прем'єра Івана Коваля набрала на виборах 18% голосів.",
     "uk", "Свобода і порядок", "Свобода"),
    ("Коаліція «Разом за Словаччину» посіла на виборах друге місце.", "uk", "Разом за Словаччину", "Словаччину"),
    ("Партия «Вперед, Европа!» получила девять мандатов.", "ru", None, None),
])
def test_a_quoted_name_after_an_organisation_noun_is_the_whole_organisation(text, lang, name, inner):
    ax = run_pipeline(text, lang, "2028-03-09")
    orgs = {m.text: e for e in ax.entities for m in e.mentions if e.type == "ORG"}
    if name is None:  # a comma inside: a slogan quoted, not taken whole
        assert not any("," in t for t in orgs)
        return
    assert name in orgs
    assert not any(m.text == inner for e in ax.entities for m in e.mentions)


def test_a_quoted_name_is_the_party_of_the_election():
    ax = run_pipeline("Партия «Европа завтра!» премьер-министра Ивана Коваля набрала на выборах в воскресенье 40% голосов.",
                      "ru", "2028-03-09")
    assert _one(ax, "Election").participants == [_key(ax, "Европа завтра!")]


@pytest.mark.parametrize("text,lang,leader", [
    ("Лидер движения «Новая Словакия» Михал Новак признал поражение.", "ru", "Михал Новак"),
    ("Лідер руху «Нова Словаччина» Міхал Новак визнав поразку.", "uk", "Міхал Новак"),
])
def test_a_leader_of_a_quoted_body_before_a_name_is_no_one_else(text, lang, leader):
    ax = run_pipeline("Бывший премьер-министр Словакии Иван Коваль выступил в парламенте.\n" + text if lang == "ru"
                      else "Колишній прем'єр-міністр Словаччини Іван Коваль виступив у парламенті.\n" + text, lang, "2028-03-09")
    koval = _key(ax, "Иван Коваль" if lang == "ru" else "Іван Коваль")
    assert not any(m.text.startswith(("Лидер", "Лідер")) for e in ax.entities if e.key == koval for m in e.mentions)
    assert _key(ax, leader) != koval


@pytest.mark.parametrize("text,lang,name", [
    ("Емір Кувейту Фахад ас-Сабах прибув до Анкари.", "uk", "Фахад ас-Сабах"),
    ("Емір Кувейту Мішаль аль-Ахмад прибув до Анкари.", "uk", "Мішаль аль-Ахмад"),
    ("Емір Кувейту Наїф бін Хамад прибув до Анкари.", "uk", "Наїф бін Хамад"),
    ("Емір Кувейту Сауд бін Фейсал прибув до Анкари.", "uk", "Сауд бін Фейсал"),
])
def test_an_arabic_name_runs_on_across_its_particles(text, lang, name):
    ax = run_pipeline(text, lang, "2028-03-09")
    person = _key(ax, name)
    assert next(e for e in ax.entities if e.key == person).type == "PER"
    assert person in _one(ax, "Visit").participants


def test_a_time_word_inside_a_body_s_name_is_no_time():
    ax = run_pipeline("Партия «Европа завтра!» премьер-министра Ивана Коваля набрала на выборах 40% голосов.",
                      "ru", "2028-03-09")
    ev = _one(ax, "Election")
    assert ev.status == "occurred" and (ev.time is None or ev.time.value != "2028-03-10")
    assert not any(t.text == "завтра" for t in ax.times)


@pytest.mark.parametrize("text,lang,states", [
    ("Прем'єр-міністр Денис Шмигаль провів у Варшаві переговори з прем'єром Польщі Дональдом Туском.\n"
     "Перше засідання спільної українсько-польської робочої групи відбудеться у травні в Любліні.", "uk",
     {"wd:Q212", "wd:Q36"}),
    ("Министр Сергей Лавров провел в Москве переговоры с главой МИД Пакистана Исхаком Даром.\n"
     "Следующее заседание российско-пакистанской межправительственной комиссии пройдет в июне в Исламабаде.", "ru",
     {"wd:Q159", "wd:Q843"}),
    ("Прем'єр-міністр Денис Шмигаль провів у Варшаві переговори з прем'єром Польщі Дональдом Туском.\n"
     "Експерти двох країн зустрінуться наступного тижня в Любліні.", "uk", {"wd:Q212", "wd:Q36"}),
    ("Министр Сергей Лавров провел в Москве переговоры с главой МИД Пакистана Исхаком Даром.\n"
     "Эксперты двух стран встретятся в июне в Исламабаде.", "ru", {"wd:Q159", "wd:Q843"}),
])
def test_a_meeting_of_a_body_of_two_states_is_of_both_states(text, lang, states):
    ax = run_pipeline(text, lang, "2028-03-09")
    (ev,) = [e for e in ax.events if e.type == "Meeting"]
    assert set(ev.participants) == states


@pytest.mark.parametrize("text,lang,party,absent", [
    # an ambassador received unnamed: his state, not its minister named before
    ("Глава МИД Эстонии Маргус Цахкна призвал Москву к диалогу.\n"
     "В среду замминистра иностранных дел России Александр Грушко принял посла Эстонии.", "ru", "wd:Q191", "Маргус Цахкна"),
    ("Глава МЗС Естонії Маргус Цахкна закликав Москву до діалогу.\n"
     "У середу заступник міністра Олександр Міщенко прийняв посла Естонії.", "uk", "wd:Q191", "Маргус Цахкна"),
    # an unnamed head of a state office met or talked with: the state; of an international body: the body
    ("На следующей неделе Сергей Лавров обсудит в Ереване с главой МИД Армении транзит грузов.", "ru", "wd:Q399", None),
    ("Наступного тижня Андрій Сибіга проведе у Вільнюсі переговори з головою МЗС Литви.", "uk", "wd:Q37", None),
    ("На следующей неделе Сергей Лавров проведет в Ереване встречу с генсеком ОДКБ.", "ru", "ОДКБ", None),
])
def test_an_unnamed_official_met_brings_his_state(text, lang, party, absent):
    ax = run_pipeline(text, lang, "2028-03-09")
    ev = next(e for e in ax.events if e.type in ("Talks", "Meeting"))
    assert (party if party.startswith("wd:") else _key(ax, party)) in ev.participants
    if absent is not None:
        assert _key(ax, absent) not in ev.participants


def test_an_ambassador_speaks_only_when_the_article_gave_that_title():
    ax = run_pipeline("Глава МИД Эстонии Маргус Цахкна прибыл в Вильнюс.\nПосол Эстонии заявил, что Таллин ждет ответа.",
                      "ru", "2028-03-09")
    (st,) = ax.statements
    assert st.speaker_key != _key(ax, "Маргус Цахкна")


@pytest.mark.parametrize("text,lang,guest", [
    ("Прем'єр-міністр Чехії Андрей Бабіш у середу прибув до Львова з робочим візитом.\n"
     "У ратуші гостя зустрів мер Андрій Садовий.", "uk", "Андрей Бабіш"),
    ("Премьер-министр Вьетнама Фам Минь Тинь прибыл в Казань.\n"
     "Вечером гость встретился с вице-премьером Маратом Хуснуллиным.", "ru", "Фам Минь Тинь"),
])
def test_the_guest_is_the_visitor_told_before(text, lang, guest):
    ax = run_pipeline(text, lang, "2028-03-09")
    assert _key(ax, guest) in _one(ax, "Meeting").participants
