"""Parties that win elections (named by their acronym, with their leader in the genitive, or by their leader
alone), agreements still to come between "the sides", places a visit verb names without a preposition or
after a noun for a region, attack verbs, and a body's one-word name ending a double surname. Sentences
written for these tests."""
import pytest

from conftest import events_of, key_of, one_event, run_pipeline


def _parties(ax):
    return [e.participants for e in events_of(ax, "Election")]


@pytest.mark.parametrize("lang,text,party", [
    # an acronym in brackets after the quoted name does not end the clause
    ("uk", "Партія «Нова дорога» (НД-П) здобула перемогу на парламентських виборах у Литві.", "Нова дорога"),
    # an acronym in capitals after the party noun is the party's name, and does not decline
    ("uk", "Партія ДОБРО отримала більшість мандатів на позачергових виборах до сейму Латвії.", "ДОБРО"),
    # the leader's title in the genitive: the name agrees with it and is no subject
    ("ru", "Партия «Новый путь» бывшего премьер-министра Ивана Петрова набрала больше всего голосов на выборах "
           "в Словакии.", "Новый путь"),
    ("ru", "Партия ЛАД бывшего министра финансов Олега Смирнова одержала победу на выборах в Эстонии.", "Партия ЛАД"),
])
def test_the_party_that_wins_is_the_participant(lang, text, party):
    ax = run_pipeline("Заголовок новини\n\n" + text, lang, "2027-05-10")
    assert _parties(ax) == [[key_of(ax, party)]]


def test_a_nominative_head_before_a_genitive_title_keeps_the_name_the_subject():
    ax = run_pipeline("Заголовок\n\nНа прошлой неделе советник президента Олег Смирнов провел в Риге встречу "
                      "с министром Андреем Волковым.", "ru", "2027-05-10")
    assert key_of(ax, "Олег Смирнов") in one_event(ax, "Meeting").participants


@pytest.mark.parametrize("lang,text,short,full", [
    ("uk", "Партія Петренка виграла вибори в Естонії\n\n12 травня 2027, 10:00\n\nПартія «Нова дорога» колишнього "
           "прем'єр-міністра Івана Петренка здобула перемогу на парламентських виборах, які відбулися в неділю.",
     "Партія Петренка", "Нова дорога"),
    ("ru", "Партия Смирнова выиграла выборы в Латвии\n\n12 мая 2027, 10:00\n\nПартия «Союз труда» во главе с Олегом "
           "Смирновым одержала победу на парламентских выборах, которые прошли в воскресенье.",
     "Партия Смирнова", "Союз труда"),
])
def test_a_party_named_by_its_leader_is_that_party(lang, text, short, full):
    ax = run_pipeline(text, lang)
    assert key_of(ax, short) == key_of(ax, full)
    assert _parties(ax) == [[key_of(ax, full)]]  # the title's election and the body's are one


def test_a_party_named_by_a_leader_of_no_party_told_stays_as_written():
    ax = run_pipeline("Партія Петренка виграла вибори\n\nІван Петренко подякував виборцям.", "uk", "2027-05-10")
    assert not any(e.type == "ORG" for e in ax.entities)
    assert key_of(ax, "Петренка") == key_of(ax, "Іван Петренко")


def test_an_agreement_still_to_come_between_the_sides_is_the_states():
    # (the persons of the event told last are one side's; the talks before name the other)
    ax = run_pipeline("Заголовок\n\nМихаил Мишустин провел в Лилонгве переговоры с президентом Малави Лазарусом "
                      "Чаквера. Вице-премьер Алексей Оверчук рассказал журналистам, что вместе с Мишустиным посетит "
                      "табачную фабрику. По данным местной газеты, уже весной стороны могут заключить контракт на "
                      "поставку удобрений.", "ru", "2027-05-10")
    agreement = one_event(ax, "Agreement")
    assert agreement.status == "possible"
    assert sorted(agreement.participants) == sorted([key_of(ax, "Малави"), "wd:Q159"])


@pytest.mark.parametrize("lang,text,place", [
    # (a name whose case the dictionary reads otherwise: in apposition to the noun all the same)
    ("ru", "В среду Вячеслав Володин посетит провинцию Маябеке.", "Маябеке"),
    # a town the recogniser left out (its name is also a common word), right after the verb
    ("ru", "В четверг Михаил Мишустин посетит Сосну, крупнейший порт страны.", "Сосну"),
])
def test_the_place_a_visit_verb_names(lang, text, place):
    ax = run_pipeline("Заголовок\n\n" + text, lang, "2027-05-10")
    visit = one_event(ax, "Visit")
    assert visit.place_key == key_of(ax, place)
    assert next(e for e in ax.entities if e.key == visit.place_key).type == "LOC"


def test_a_person_after_a_visit_verb_stays_a_person():
    ax = run_pipeline("Заголовок\n\nВчера Иван Кузнецов посетил Петрова в больнице.", "ru", "2027-05-10")
    assert next(e.type for e in ax.entities for m in e.mentions if m.text == "Петрова") == "PER"


@pytest.mark.parametrize("lang,text", [
    ("uk", "Минулого тижня російська ракета поцілила в нафтобазу в Миколаєві."),
    ("uk", "Російська ракета влучала у зерновий термінал в Ізмаїлі."),
    ("ru", "В ночь на вторник российская авиация бомбила окраины Харькова."),
])
def test_attack_verbs(lang, text):
    ax = run_pipeline("Заголовок\n\n" + text, lang, "2027-05-10")
    assert "wd:Q159" in one_event(ax, "Attack").participants


def test_a_bodys_one_word_name_ending_a_double_surname_is_part_of_the_name():
    ax = run_pipeline("Посол встретилась с министром Анной Лаурой Кастро Вагнер в Лиме.", "ru", "2027-05-10")
    assert key_of(ax, "Анной Лаурой Кастро Вагнер") is not None
    assert not any(e.type == "ORG" for e in ax.entities)


@pytest.mark.parametrize("lang,text,surface", [
    ("ru", "Делегацию принял президент ДРК.", "ДРК"),
    ("uk", "Делегацію прийняв президент ДР Конго.", "ДР Конго"),
])
def test_the_democratic_republic_of_the_congo_by_its_short_names(lang, text, surface):
    assert key_of(run_pipeline(text, lang), surface) == "wd:Q974"


def test_an_election_won_by_a_party_is_held_in_its_leaders_state():
    ax = run_pipeline("Заголовок\n\nПарламентські вибори пройшли в неділю. Перемогу здобула партія «Рух вперед» "
                      "прем'єр-міністра Чехії Петра Фіали.", "uk", "2027-05-11")
    election = one_event(ax, "Election")
    assert election.participants == [key_of(ax, "Рух вперед")]
    assert election.place_key == "wd:Q213"


def test_an_adjective_opening_the_sentence_before_a_party_and_its_acronym():
    ax = run_pipeline("Заголовок\n\nЛіберальна Естонська народна партія (ЕНП) посіла перше місце на виборах, що "
                      "пройшли минулої неділі.", "uk", "2027-05-11")
    assert key_of(ax, "Естонська народна партія") == key_of(ax, "ЕНП")
    assert one_event(ax, "Election").participants == [key_of(ax, "ЕНП")]


@pytest.mark.parametrize("lang,text,etype,both", [
    # the event noun fronted as the object: its support verb after its parties, the subject after that verb
    ("uk", "Телефонну розмову з канцлером Австрії Карлом Нехаммером провела в середу Юлія Свириденко.", "Call",
     ("Карлом Нехаммером", "Юлія Свириденко")),
    ("ru", "Переговоры с канцлером Австрии Карлом Нехаммером провел в пятницу Михаил Мишустин.", "Talks",
     ("Карлом Нехаммером", "Михаил Мишустин")),
    # a title with two complements joined by a conjunction, then the name
    ("ru", "Лавров провел переговоры с министром иностранных дел и международного сотрудничества Чада Абдерамане "
           "Колламаллахом.", "Talks", ("Лавров", "Абдерамане Колламаллахом")),
    ("uk", "Сибіга провів переговори з міністром закордонних справ і торгівлі Барбадосу Керрі Саймондсом.", "Talks",
     ("Сибіга", "Керрі Саймондсом")),
])
def test_both_parties_of_a_talk(lang, text, etype, both):
    ax = run_pipeline("Заголовок\n\n" + text, lang, "2027-05-11")
    assert sorted(one_event(ax, etype).participants) == sorted(key_of(ax, s) for s in both)


@pytest.mark.parametrize("lang,text,speaker,content", [
    ("ru", "МОСКВА, 11 апреля. /ТАСС/. Москва сочтет размещение ракет на острове нарушением договоренностей. С таким "
           "предупреждением выступил в пятницу замминистра иностранных дел Александр Грушко.",
     "Александр Грушко", "Москва сочтет"),
    ("uk", "Київ не визнає жодних виборів на окупованих територіях. З таким попередженням у середу виступив "
           "міністр Андрій Сибіга.", "Андрій Сибіга", "Київ не визнає"),
])
def test_a_warning_voiced_after_it_is_the_speakers_statement(lang, text, speaker, content):
    ax = run_pipeline(text, lang, "2028-03-23")
    assert [s.speaker_key for s in ax.statements] == [key_of(ax, speaker)]
    assert ax.statements[0].content.startswith(content)


def test_a_ruler_named_by_title_is_the_ruler_told_before():
    ax = run_pipeline("Заголовок\n\nШейх Султан бін Мухаммед Аль-Касімі назвав угоду важливою. Правитель Шарджі "
                      "наголосив, що емірат і надалі підтримуватиме переговори.", "uk", "2028-03-23")
    persons = [e.key for e in ax.entities if e.type == "PER"]
    assert len(persons) == 1 and ax.statements[-1].speaker_key == persons[0]


def test_a_hyphenated_given_name_a_common_word_and_a_surname_are_one_name():
    ax = run_pipeline("Заголовок\n\nМатвиенко провела встречу с главой Сената Жан-Клодом Мама Нгуесой. Нгуеса "
                      "отметил, что депутаты надеются на помощь.", "ru", "2028-03-23")
    assert key_of(ax, "Жан-Клодом Мама Нгуесой") == key_of(ax, "Нгуеса")


def test_a_korean_name_of_three_syllables_the_recogniser_cut_short():
    ax = run_pipeline("Заголовок\n\nНапередодні міністр оборони обговорив у Пусані постачання техніки з корейським "
                      "колегою Ан Чон Беком. Ан Чон Бек заявив, що парламент підтримає угоду.", "uk", "2028-03-23")
    assert ax.statements[0].speaker_key == key_of(ax, "Ан Чон Бек")


def test_a_ministers_title_in_the_headline_is_the_minister_the_body_names():
    ax = run_pipeline("Лавров обсудил в Нджамене с главой МИД Чада поставки зерна\n\n12.05.2028 | 11:40\n\nВо "
                      "вторник Сергей Лавров провел в Нджамене переговоры с главой чадского МИД Абдерамане Колламаллахом. "
                      "Министры подписали план консультаций. По данным местной газеты, уже осенью стороны могут "
                      "заключить соглашение о поставках зерна.", "ru")
    minister = key_of(ax, "Абдерамане Колламаллахом")
    assert one_event(ax, "Talks").participants == ["wd:Q80837", minister]  # (not Chad beside its minister)
    # the agreement still to come is no other mention of the plan they signed: the states'
    agreements = {e.status: e for e in events_of(ax, "Agreement")}
    assert set(agreements) == {"occurred", "possible"}
    assert sorted(agreements["possible"].participants) == sorted(["wd:Q159", key_of(ax, "Чада")])


@pytest.mark.parametrize("lang,text", [
    ("ru", "Визит Сергея Лаврова в Лаос прошел в годовщину отношений, установленных в 1960 году."),
    ("uk", "Візит Сергія Лаврова до Лаосу пройшов у річницю відносин, встановлених у 1960 році."),
])
def test_a_time_in_a_participle_phrase_on_another_noun_does_not_date_the_event(lang, text):
    visit = one_event(run_pipeline("Заголовок\n\n" + text, lang, "2027-11-23"), "Visit")
    assert visit.time is None or visit.time.value != "1960"


def test_a_name_after_a_quoted_body_is_the_subject():
    ax = run_pipeline("Заголовок\n\nРуководитель концерна «Росэнергоатом» Андрей Петров и министр энергетики Ганы "
                      "во вторник заключили в Аккре контракт на поставку топлива.", "ru", "2027-11-23")
    assert key_of(ax, "Андрей Петров") in one_event(ax, "Agreement").participants


@pytest.mark.parametrize("lang,text", [
    ("ru", "Сергей Лавров прибыл в Луанду в понедельник. В Претории окрестили визит Лаврова «туром вежливости»."),
    ("uk", "Андрій Сибіга прибув до Ліми в понеділок. У Москві охрестили поїздку Сибіги «безглуздим візитом "
           "по гроші»."),
    ("uk", "Андрій Сибіга прибув до Ліми в понеділок. Речник Кремля Дмитро Пєсков, оцінюючи поїздку, сказав, що "
           "Київ знову просить грошей."),
])
def test_a_visit_named_or_judged_after_it_is_the_visit_told(lang, text):
    ax = run_pipeline("Заголовок\n\n" + text, lang, "2027-05-10")
    visit = one_event(ax, "Visit")  # (no second visit by whoever judged it, nor where they spoke)
    assert visit.participants[0] in (key_of(ax, "Сергей Лавров") if lang == "ru" else key_of(ax, "Андрій Сибіга"),)
