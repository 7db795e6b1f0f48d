"""Agreements told as the outcome of talks, the state of a title's complement, unnamed counterparts of a
nationality, a surname the recogniser leaves out after given names, given names alone, an adjective opening a
quotation, heads of state and of diplomacy as speakers in Ukrainian, the person a quotation thanks, details and
assessments told of the sentence before, bodies whose capitalised common noun opens their name, a chamber with its
state, and places the dictionary reads as persons' names. Sentences written for these tests."""
import pytest

from conftest import events_of, key_of, one_event, run_pipeline, speakers_of


@pytest.mark.parametrize("lang,text", [
    ("ru", "В четверг Игорь Светлов провел переговоры с министром торговли Ганы Кваме Боатенгом. Итогом "
           "переговоров стало соглашение о торговом представительстве."),
    ("uk", "У четвер Ігор Світлов провів переговори з міністром торгівлі Гани Кваме Боатенгом. Підсумком "
           "переговорів став меморандум про торговельне представництво."),
])
def test_a_document_told_as_the_outcome_of_talks_is_their_parties_agreement(lang, text):
    ax = run_pipeline(text, lang, "2027-05-14")
    deal = one_event(ax, "Agreement")
    talks = one_event(ax, "Talks")
    assert set(deal.participants) == set(talks.participants) and len(deal.participants) == 2


def test_talks_that_ended_with_a_document_signed_are_an_agreement():
    ax = run_pipeline("Игорь Светлов провел переговоры с министром торговли Ганы Кваме Боатенгом. Переговоры "
                      "завершились подписанием документа по торговле.", "ru", "2027-05-14")
    assert one_event(ax, "Agreement").status == "occurred"


def test_a_state_after_a_title_and_its_complement_is_the_titles_not_a_party():
    ax = run_pipeline("Игорь Светлов позвонил министру иностранных дел Ганы Кваме Боатенгу.", "ru", "2027-05-14")
    call = one_event(ax, "Call")
    assert key_of(ax, "Ганы") not in call.participants
    assert len(call.participants) == 2


@pytest.mark.parametrize("lang,text,state", [
    ("uk", "Ігор Світлов у середу провів в Аккрі переговори з ганським колегою.", "Аккрі"),
    ("ru", "Игорь Светлов в среду провел в Аккре переговоры с ганским коллегой.", "Аккре"),
])
def test_an_unnamed_colleague_of_a_nationality_is_that_state(lang, text, state):
    ax = run_pipeline(text, lang, "2027-05-14")
    talks = one_event(ax, "Talks")
    assert len(talks.participants) == 2
    assert any(e.type == "LOC" and e.key in talks.participants and e.key != key_of(ax, state) for e in ax.entities)


def test_a_surname_the_recogniser_left_out_after_given_names_is_part_of_the_name():
    ax = run_pipeline("Президент Уругваю Хуан Пабло Каст і Андрій Сибіга у середу ввечері поговорили телефоном. "
                      "Каст запевнив, що Уругвай допоможе.", "uk", "2027-05-14")
    kast = key_of(ax, "Хуан Пабло Каст")
    assert key_of(ax, "Каст") == kast
    assert kast in one_event(ax, "Call").participants
    assert speakers_of(ax) == [kast]


def test_an_adjective_opening_a_quotation_is_no_part_of_the_given_names_after_it():
    ax = run_pipeline("Президент Уругваю Хуан Пабло Каст і Андрій Сибіга у середу ввечері поговорили телефоном.\n\n"
                      "Після розмови міністр написав: «Вдячний Хуан Пабло за підтримку. Разом ми сильніші».",
                      "uk", "2027-05-14")
    assert not any(e.type == "ORG" for e in ax.entities)
    assert key_of(ax, "Хуан Пабло") == key_of(ax, "Хуан Пабло Каст")


def test_the_head_of_state_speaks_in_ukrainian_though_the_dictionary_gives_glava_no_case():
    ax = run_pipeline("Андрій Сибіга у четвер провів переговори в Аккрі.\n\nГлава держави заявив, що Україна "
                      "допоможе.", "uk", "2027-05-14")
    # the only person told is no head of state: the role finds no one, but it is the clause's subject
    ax2 = run_pipeline("Президент Володимир Зеленський у четвер провів переговори в Аккрі.\n\nГлава держави "
                       "заявив, що Україна допоможе.", "uk", "2027-05-14")
    assert speakers_of(ax2) == [key_of(ax2, "Володимир Зеленський")]
    assert ax.statements and ax.statements[0].speaker_key != key_of(ax, "Аккрі")


def test_the_person_a_quotation_thanks_is_not_who_wrote_it():
    ax = run_pipeline("Президент Уругваю Хуан Пабло Каст і президент Володимир Зеленський у середу ввечері поговорили "
                      "телефоном.\n\nГлава держави згодом написав у соцмережі X: «Вдячний Хуану Пабло за підтримку».",
                      "uk", "2027-05-14")
    assert speakers_of(ax) == [key_of(ax, "Володимир Зеленський")]


def test_the_head_of_a_states_diplomacy_is_its_foreign_minister():
    ax = run_pipeline("Міністр закордонних справ України Андрій Сибіга провів переговори в Аккрі.\n\nГлава "
                      "української дипломатії додав, що Україна готова збільшити постачання зерна.",
                      "uk", "2027-05-14")
    assert speakers_of(ax) == [key_of(ax, "Андрій Сибіга")]


@pytest.mark.parametrize("lang,text,speaker", [
    ("uk", "Уночі дрони атакували склад у Бердичеві. Такі подробиці зранку оприлюднив голова громади Петро "
           "Стасюк.", "Петро Стасюк"),
    ("ru", "Москва считает решение Вильнюса ошибкой. С такой оценкой выступил в четверг сенатор Андрей "
           "Климов.", "Андрей Климов"),
    ("ru", "Ночью дроны атаковали склад в Брянске. Такие подробности утром привел губернатор Александр "
           "Богомаз.", "Александр Богомаз"),
])
def test_details_or_an_assessment_told_by_someone_are_the_sentence_before(lang, text, speaker):
    ax = run_pipeline(text, lang, "2027-05-14")
    assert speakers_of(ax) == [key_of(ax, speaker)]
    assert ax.statements[0].start == 0


def test_information_left_without_comment_is_no_statement():
    ax = run_pipeline("Премьер может посетить Киев весной. В его канцелярии такие подробности не комментировали.",
                      "ru", "2027-05-14")
    assert ax.statements == []


def test_a_capitalised_common_noun_before_a_body_opens_its_name():
    ax = run_pipeline("Уночі дрони вдарили по об'єкту Регулятора НКРЕКП поблизу Харкова.",
                      "uk", "2027-05-14")
    assert any(m.text == "Регулятора НКРЕКП" for e in ax.entities if e.type == "ORG" for m in e.mentions)


def test_a_chamber_named_by_its_noun_takes_the_state_after_it():
    ax = run_pipeline("Вячеслав Володин провел беседу с председателем Сената Перу о связях парламентов. Итогом беседы "
                      "стал меморандум о партнерстве Госдумы и перуанского Сената.", "ru", "2027-05-14")
    assert any(m.text == "Сената Перу" for e in ax.entities for m in e.mentions)
    assert key_of(ax, "Сената") == key_of(ax, "Сената Перу")


def test_a_place_the_dictionary_reads_as_a_given_name_is_still_where_the_talks_were():
    ax = run_pipeline("Спикер Совфеда Валентина Матвиенко, прибывшая накануне в Азию, в четверг провела в Дили "
                      "переговоры с председателем парламента страны.", "ru", "2027-05-14")
    talks = one_event(ax, "Talks")
    assert talks.place_key == key_of(ax, "Дили")
    assert key_of(ax, "Валентина Матвиенко") in talks.participants


def test_the_republic_in_a_title_is_the_state_named_before_it():
    ax = run_pipeline("Российский премьер, приехавший в Сомали накануне, встретился в Могадишо с главой "
                      "правительства этой республики Хамзой Абди Барре.\n\nПремьер Сомали заявил, что страна ждет инвестиций. По его "
                      "словам, порт Берберы открыт для партнеров.", "ru", "2027-05-14")
    barre = key_of(ax, "Хамзой Абди Барре")
    assert speakers_of(ax) == [barre, barre]


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "Вечером делегация отправится в Берберу, сообщил прессе Марат Хуснуллин, вице-премьер, который "
           "возглавляет делегацию.", "Марат Хуснуллин"),
    ("uk", "Увечері делегація вирушить до Бербери, розповів журналістам Олексій Соболев, міністр, який очолює "
           "делегацію.", "Олексій Соболев"),
])
def test_a_trailing_speaker_with_his_title_after_him_still_speaks(lang, text, speaker):
    ax = run_pipeline(text, lang, "2027-05-14")
    assert speakers_of(ax) == [key_of(ax, speaker)]


def test_the_head_of_a_states_diplomacy_is_its_minister_when_another_official_of_it_is_named_too():
    ax = run_pipeline("Глава МИД РФ Сергей Лавров провел переговоры в Аккре. Представитель министерства Мария "
                      "Захарова назвала визит успешным.\n\nВ среду глава российской дипломатии отправится в Ломе.",
                      "ru", "2027-05-14")
    trip = next(e for e in events_of(ax, "Visit") if e.status == "planned")  # (the one to Accra is told by its noun)
    assert key_of(ax, "Сергей Лавров") in trip.participants


def test_a_leader_of_the_state_the_last_speaker_is_of_is_that_speaker_whatever_his_title():
    ax = run_pipeline("Глава военного совета Нигера Абдурахман Тчиани заявил, что Нигер ждет помощи. Нигерский лидер "
                      "также подчеркнул, что площадку передадут до конца года.",
                      "ru", "2027-05-14")
    leader = key_of(ax, "Абдурахман Тчиани")
    assert speakers_of(ax) == [leader, leader]


def test_a_representative_of_an_international_body_is_not_a_states_official_named_before():
    ax = run_pipeline("Премьер-министр Нигера Али Ламин Зейн назвал договор важным.\n\nПредставитель МАГАТЭ заявил, "
                      "что эксперты агентства приедут в Нигер осенью.", "ru", "2027-05-14")
    assert speakers_of(ax)[-1] == key_of(ax, "МАГАТЭ")


def test_a_body_named_in_quote_marks_after_v_speaks_for_a_plural_verb():
    ax = run_pipeline("Стороны подписали соглашение о реакторе. В «Движении за справедливость» заявили, что "
                      "сделка лишь продлит войну.", "ru", "2027-05-14")
    speaker = next(e for e in ax.entities if e.key == speakers_of(ax)[0])
    assert speaker.type == "ORG" and any("Движении за справедливость" in m.text for m in speaker.mentions)


@pytest.mark.parametrize("lang,text,speaker", [
    ("uk", "Прем'єр-міністерка Юлія Свириденко провела розмову з прем'єром Норвегії.\n\nПісля дзвінка прем'єрка "
           "підсумувала в Telegram: «Норвегія виконує обіцянки».", "Юлія Свириденко"),
    ("ru", "Министр Антон Силуанов провел переговоры в Осло. Министр подытожил: «Норвегия выполняет обещания».",
     "Антон Силуанов"),
])
def test_summing_up_is_speech(lang, text, speaker):
    ax = run_pipeline(text, lang, "2027-05-14")
    assert speakers_of(ax) == [key_of(ax, speaker)]


def test_the_leader_of_a_party_is_not_the_prime_minister_named_before():
    ax = run_pipeline("Прем'єр-міністр Канади Марк Карні привітав виборців.\n\nЛідер Консервативної партії Канади "
                      "заявив, що партія «почує сигнал виборців».", "uk", "2027-05-14")
    assert speakers_of(ax)[-1] != key_of(ax, "Марк Карні")
    assert next(e for e in ax.entities if e.key == speakers_of(ax)[-1]).type == "ORG"


def test_a_feminine_leader_noun_names_the_leader_told_before():
    ax = run_pipeline("Сара Гантер у неділю визнала поразку на виборах.\n\nЛідерка опозиції заявила, що партія "
                      "оновить програму.", "uk", "2027-05-14")
    assert speakers_of(ax) == [key_of(ax, "Сара Гантер")]


@pytest.mark.parametrize("lang,text,party", [
    ("uk", "У травні 2025 року Партія зелених Канади здобула 14 мандатів.", "Партія зелених"),
    ("ru", "В 2024 году партия «Новые правые» получила 12 мандатов в парламенте.", "Новые правые"),
])
def test_a_party_that_won_seats_ran_in_an_election(lang, text, party):
    ax = run_pipeline(text, lang, "2027-05-14")
    vote = one_event(ax, "Election")
    assert vote.status == "occurred" and any(party in m.text for e in ax.entities if e.key in vote.participants
                                             for m in e.mentions)


@pytest.mark.parametrize("lang,text,outlet", [
    ("ru", "Как сообщает эстонский портал 24tund, в марте премьер Эстонии может посетить Брюссель.", "24tund"),
    ("uk", "Як пише естонський портал Postimees, у березні прем'єр Естонії може відвідати Брюссель.", "Postimees"),
])
def test_a_latin_name_after_an_outlet_noun_is_the_outlet(lang, text, outlet):
    ax = run_pipeline(text, lang, "2027-05-14")
    assert speakers_of(ax) == [key_of(ax, outlet)]


@pytest.mark.parametrize("lang,text,town", [
    ("uk", "Цієї ночі російські дрони влучили в районну лікарню Шостки.", "Шостки"),
    ("uk", "Уночі ракета влучила в обласну лікарню Чернігова.", "Чернігова"),
])
def test_the_town_a_building_hit_is_named_by_is_where_the_attack_was(lang, text, town):
    ax = run_pipeline(text, lang, "2027-05-14")
    assert one_event(ax, "Attack").place_key == key_of(ax, town)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Мавританский лидер подчеркнул, что страна ценит поставки зерна."),
    ("ru", "Сьерра-леонский министр отметил важность проекта."),
    ("uk", "Мавританський лідер наголосив, що країна цінує постачання зерна."),
])
def test_a_nationality_adjective_opening_a_sentence_is_no_place(lang, text):
    ax = run_pipeline(text, lang, "2027-05-14")
    first = text.split()[0]
    assert not any(m.text == first for e in ax.entities for m in e.mentions)


@pytest.mark.parametrize("lang,text,speaker", [
    ("uk", "Гарібашвілі, слова якого цитує агентство «Сакартвело Пресс», заявив, що Грузія чекає на зерно.",
     "Гарібашвілі"),
    ("ru", "Гарибашвили, слова которого цитирует агентство «Сакартвело Пресс», заявил, что Грузия ждет зерна.",
     "Гарибашвили"),
])
def test_a_quoted_outlet_inside_the_relative_clause_on_the_speaker_only_relays(lang, text, speaker):
    ax = run_pipeline(text, lang, "2027-05-14")
    assert speakers_of(ax) == [key_of(ax, speaker)]
    assert ax.statements[0].via_key is not None


@pytest.mark.parametrize("lang,text,town", [
    ("ru", "Во вторник министр поедет в город Бо на юге страны.", "Бо"),
    ("uk", "У вівторок міністр вирушить до міста Бо на півдні країни.", "Бо"),
    ("uk", "У середу міністр поїде на північ країни, до провінції Сіємреап, де відвідає полігон.", "Сіємреап"),
])
def test_a_capitalised_word_after_a_settlement_noun_is_a_place(lang, text, town):
    ax = run_pipeline(text, lang, "2027-05-14")
    assert next(e for e in ax.entities if e.key == key_of(ax, town)).type == "LOC"


@pytest.mark.parametrize("lang,text", [
    ("ru", "Во вторник министр Алексей Козлов подписал в Ниамее соглашение о добыче золота.\n\n«Мы готовы "
           "вкладывать средства в переработку», — заявил Козлов после церемонии."),
    ("uk", "У вівторок міністр Олексій Соболев підписав у Ніамеї угоду про видобуток золота.\n\n«Ми готові "
           "вкладати кошти в переробку», — заявив Соболев після церемонії."),
])
def test_words_said_after_a_ceremony_are_dated_by_the_day_told_before(lang, text):
    ax = run_pipeline(text, lang, "2027-05-14")
    assert [s.said_on.value for s in ax.statements] == ["2027-05-11"]


@pytest.mark.parametrize("lang,text,speaker", [
    ("uk", "Речник Кремля Дмитро Пєсков у четвер обмежився словами, що Кремль «стежить за ситуацією».",
     "Дмитро Пєсков"),
    ("ru", "Пресс-секретарь Кремля Дмитрий Песков в четверг ограничился словами, что Кремль «следит за "
           "ситуацией».", "Дмитрий Песков"),
])
def test_limiting_oneself_to_words_is_speech(lang, text, speaker):
    ax = run_pipeline(text, lang, "2027-05-14")
    assert speakers_of(ax) == [key_of(ax, speaker)]


@pytest.mark.parametrize("lang,text,source", [
    ("uk", "За попередніми підсумками ЦВК Естонії, Партія реформ отримала 31% голосів.", "ЦВК Естонії"),
    ("ru", "По предварительным итогам ЦИК Эстонии, Партия реформ получила 31% голосов.", "ЦИК Эстонии"),
])
def test_preliminary_results_of_a_body_are_its_statement(lang, text, source):
    ax = run_pipeline(text, lang, "2027-05-14")
    assert speakers_of(ax) == [key_of(ax, source)]


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "Решение Таллина является ошибкой. Так в четверг прокомментировал журналистам слова эстонского премьера "
           "Дмитрий Песков.", "Дмитрий Песков"),
    ("uk", "Рішення Таллінна є помилкою. Так у четвер прокоментував журналістам слова естонського прем'єра "
           "Дмитро Пєсков.", "Дмитро Пєсков"),
])
def test_so_commented_opening_a_sentence_takes_the_sentence_before(lang, text, speaker):
    ax = run_pipeline(text, lang, "2027-05-14")
    assert speakers_of(ax) == [key_of(ax, speaker)]
    assert ax.statements[0].start == 0


def test_so_as_a_conjunction_points_nowhere():
    ax = run_pipeline("Решение Таллина является ошибкой. Эксперты приедут, так как министр заявил о готовности.",
                      "ru", "2027-05-14")
    assert all(s.start != 0 for s in ax.statements)


def test_what_something_was_called_in_a_channel_is_said():
    ax = run_pipeline("Сенатор Андрей Климов назвал в своем Telegram-канале решение Таллина «шагом назад для всей "
                      "Европы».", "ru", "2027-05-14")
    assert speakers_of(ax) == [key_of(ax, "Андрей Климов")]


@pytest.mark.parametrize("lang,text,body", [
    ("uk", "Міністр Віктор Ляшко приїде до Ромнів разом із делегацією Всесвітньої організації охорони здоров’я.",
     "Всесвітньої організації охорони здоров’я"),
    ("ru", "Министр Михаил Мурашко приедет в Шебекино вместе с делегацией Всемирной организации "
           "здравоохранения.", "Всемирной организации здравоохранения"),
])
def test_who_comes_together_with_the_visitor_takes_part_in_the_visit(lang, text, body):
    ax = run_pipeline(text, lang, "2027-05-14")
    assert key_of(ax, body) in one_event(ax, "Visit").participants


@pytest.mark.parametrize("lang,text,state", [
    ("ru", "Осенью ожидается ответный визит литовской парламентской делегации в Москву.", "литовской"),
    ("uk", "Восени очікується візит литовської парламентської делегації до Києва.", "литовської"),
    ("uk", "Литовська урядова делегація відвідає Варшаву наступного тижня.", "Литовська"),
])
def test_a_delegation_with_one_more_adjective_is_its_states(lang, text, state):
    ax = run_pipeline(text, lang, "2027-05-14")
    visit = one_event(ax, "Visit")
    assert any(e.key in visit.participants and e.type == "LOC" and e.key != visit.place_key for e in ax.entities)
    assert len(visit.participants) == 2
