"""A role noun with a nationality adjective means the person named just before when nothing tells his state; a
head of government is not the president named before; a bare title given before to an unnamed holder means that
holder's body; a masculine verb does not go to a woman her first name shows; relative clauses on whose words an
outlet carries; an outlet whose request is answered; results a body published, named in a relative clause; quotes
after a colon opened by a speech act or by "так"; tallies and reports of a ministry; names the recogniser ran over a
comma or on into a headline's object; regional bodies from the gazetteer; the night before a weekday; votes that
are no elections; who had a call "у X відбулася"; trips to islands and by members of parliament; joint statements;
the conversation after talks. Sentences written for these tests."""
import pytest

from conftest import key_of, run_pipeline, speakers_of


def _labelled(ax, label):
    return next(e.key for e in ax.entities if e.labels.get("en") == label)


@pytest.mark.parametrize("lang,text,surface", [
    ("ru", "Председатель нижней палаты Вячеслав Володин в понедельник оказался в Бисау. Вечером гостя принимал "
           "президент Умару Эмбало. Гвинейский лидер отметил, что рынки для зерна откроются осенью.", "Умару Эмбало"),
    ("ru", "Роман Старовойт, министр транспорта России, долетел до Дакки во вторник. Как пишет газета Prothom Alo, "
           "Хасан назвал журналистам новые рейсы «хорошим знаком». Бангладешский министр добавил, что Читтагонг начнет "
           "обслуживать российские суда.", "Хасан"),
    ("uk", "Спікер Ради Руслан Стефанчук дістався Кіто в четвер. Там його зустрів спікер Асамблеї "
           "Дієго Ордоньєс. Еквадорський політик зауважив, що депутати ратифікують угоду до літа.", "Дієго Ордоньєс"),
])
def test_a_demonym_role_noun_is_the_person_just_named_whose_state_is_not_told(lang, text, surface):
    ax = run_pipeline(text, lang, "2027-09-14")
    assert speakers_of(ax)[-1] == key_of(ax, surface)


def test_a_demonym_role_noun_is_not_a_person_of_another_state_just_named():
    text = "Сергей Лавров, глава российского МИД, приземлился в Бисау. Гвинейский министр сказал, что ждет инвесторов."
    ax = run_pipeline(text, "ru", "2027-09-14")
    assert speakers_of(ax)[-1] != key_of(ax, "Сергей Лавров")


def test_a_demonym_role_noun_is_not_a_visitor_just_named_arriving():
    ax = run_pipeline("Михаил Мишустин прилетел утром в Подгорицу. Черногорский премьер сообщил, что город ждет "
                      "инвестиций.", "ru", "2027-09-14")
    assert speakers_of(ax)[-1] != key_of(ax, "Михаил Мишустин")


def test_the_head_of_a_government_is_the_prime_minister_not_the_president_named_before():
    text = ("Зеленський, президент України, цього вівторка прибув до Любляни й зустрівся з президенткою країни "
            "Наташею Пірц Мусар. Згодом українського гостя приймав прем'єр-міністр Роберт Голоб. Очільник словенського уряду "
            "пообіцяв, що Любляна дотримає слова.")
    ax = run_pipeline(text, "uk", "2027-09-14")
    assert speakers_of(ax)[-1] == key_of(ax, "Роберт Голоб")


def test_a_bare_title_given_before_to_an_unnamed_holder_is_that_holders_body():
    text = ("Валентина Матвиенко, председатель Совета Федерации, в среду беседовала в Апиа со спикером "
            "парламента Самоа. Как пишет портал Samoa Observer, спикер подчеркнул, что парламент "
            "ждет от Москвы стипендий.")
    ax = run_pipeline(text, "ru", "2027-09-14")
    assert speakers_of(ax)[-1] == key_of(ax, "парламента Самоа")


@pytest.mark.parametrize("lang,text,speaker,outlet", [
    ("ru", "Михаил Мишустин, глава российского кабмина, в понедельник оказался в Подгорице. Черногорский премьер, чье выступление показывал "
           "телеканал Vijesti, сообщил, что Подгорица хочет покупать больше удобрений.", "Montenegro", "Vijesti"),
    ("uk", "Російський прем'єр Михайло Мішустін прилетів до Подгориці. Чорногорський прем'єр, чий виступ показував "
           "телеканал Vijesti, сказав, що Подгориця хоче купувати більше добрив.", "Montenegro", "Vijesti"),
])
def test_an_outlet_in_a_clause_on_whose_words_it_carries_is_not_the_speaker(lang, text, speaker, outlet):
    ax = run_pipeline(text, lang, "2027-09-14")
    last = ax.statements[-1]
    assert last.speaker_key is not None and last.speaker_key != key_of(ax, outlet)
    if speaker is not None:  # the unnamed premier stands for the state his adjective names
        assert last.speaker_key == _labelled(ax, speaker)


@pytest.mark.parametrize("lang,text,body", [
    ("ru", "Посольство России в Черногории в ответ на запрос РИА Новости назвало переговоры «шагом вперед».",
     "Посольство России в Черногории"),
    ("uk", "Посольство Росії на Гаїті на запит агентства РІА Новини назвало дзвінок «спробою втягнути острови "
           "в чужу війну».", "Посольство Росії на Гаїті"),
])
def test_an_outlet_whose_request_is_answered_is_not_the_speaker(lang, text, body):
    ax = run_pipeline(text, lang, "2027-09-14")
    assert speakers_of(ax) == [key_of(ax, body)]


@pytest.mark.parametrize("lang,text,body,content", [
    ("uk", "За остаточними підсумками, які цього понеділка виклала Національна виборча комісія Ісландії, Партія "
           "незалежності має 20 мандатів.", "Національна виборча комісія Ісландії", "Партія незалежності"),
    ("ru", "По окончательным итогам, которые в понедельник выложила Центральная избирательная комиссия Исландии, "
           "у Партии независимости 20 мандатов.", "Центральная избирательная комиссия Исландии", "у Партии"),
    ("uk", "Як свідчать остаточні дані Виборчої комісії Ісландії, явка сягнула 80%.",
     "Виборчої комісії Ісландії", "явка сягнула"),
])
def test_results_a_body_published_are_its_statement(lang, text, body, content):
    ax = run_pipeline(text, lang, "2027-09-14")
    assert len(ax.statements) == 1
    st = ax.statements[0]
    assert st.speaker_key == key_of(ax, body)
    assert st.content.startswith(content)


@pytest.mark.parametrize("lang,text,content,speaker", [
    ("uk", "Сибіга, очільник МЗС, поговорив телефоном з колегою з Фіджі. Думками після цієї "
           "бесіди Сибіга поділився у Facebook: «Бачення у нас спільне».", "Бачення у нас спільне", "Сибіга"),
    ("ru", "Сергей Лавров, глава МИД России, завершил переговоры в Лиме. Свое впечатление от поездки Лавров "
           "сформулировал так: «Результатом мы довольны».", "Результатом мы довольны", "Сергей Лавров"),
    ("uk", "Сибіга, очільник МЗС, поговорив телефоном з колегою з Фіджі. Пізніше український міністр коротко "
           "підбив підсумки так: «Вдячний колезі за підтримку».", "Вдячний колезі", "Сибіга"),
])
def test_a_quote_after_a_colon_opened_by_a_speech_act_is_a_statement(lang, text, content, speaker):
    ax = run_pipeline(text, lang, "2027-09-14")
    assert len(ax.statements) == 1
    st = ax.statements[0]
    assert st.content.startswith(content) and st.kind == "direct"
    assert st.speaker_key == key_of(ax, speaker)


def test_a_speech_act_before_a_colon_without_its_object_attributes_nothing():
    ax = run_pipeline("Сибіга поділився у Facebook фото: «Київ, ранок».", "uk", "2027-09-14")
    assert not ax.statements


@pytest.mark.parametrize("lang,text,body", [
    ("uk", "Ворог цієї ночі запустив 80 дронів, 70 із них збито, підрахували у Повітряних силах.",
     "Повітряних силах"),
    ("uk", "Міноборони РФ увечері відзвітувало про «знищення складів» на Волині.", "Міноборони РФ"),
    ("ru", "Минобороны России в вечерней сводке отчиталось об «уничтожении складов» под Сумами.", "Минобороны России"),
])
def test_tallies_and_reports_of_a_body_are_its_statements(lang, text, body):
    ax = run_pipeline(text, lang, "2027-09-14")
    assert speakers_of(ax) == [key_of(ax, body)]


def test_a_name_the_recogniser_ran_over_a_comma_is_two_names():
    text = ("Джеремайя Манеле, прем'єр-міністр Соломонових Островів, переміг на виборах. Звертаючись до "
            "виборців у Хоніарі, Манеле наголосив, що уряд збереже курс «дружби з усіма».")
    ax = run_pipeline(text, "uk", "2027-09-14")
    assert not [m for e in ax.entities for m in e.mentions if "," in m.text]
    assert speakers_of(ax) == [key_of(ax, "Джеремайя Манеле")]


@pytest.mark.parametrize("lang,text,label", [
    ("uk", "Місія Форуму тихоокеанських островів визнала вибори на Самоа мирними.", "Pacific Islands Forum"),
    ("ru", "Лидеры Карибского сообщества собрались в Кингстоне.", "Caribbean Community"),
])
def test_regional_bodies_come_from_the_gazetteer(lang, text, label):
    ax = run_pipeline(text, lang, "2027-09-14")
    assert any(e.type == "ORG" and e.labels.get("en") == label for e in ax.entities)


def test_the_night_before_a_weekday_dates_an_attack_by_that_weekday():
    text = ("Уночі на вівторок Конотоп на Сумщині потрапив під удар ракет і дронів. Постраждали депо та станція. "
            "Зранку Олег Григоров коротко описав наслідки ночі.")
    ax = run_pipeline(text, "uk", "2027-03-03")
    attack = next(e for e in ax.events if e.type == "Attack")
    assert attack.time is not None and attack.time.value == "2027-03-02"
    assert attack.place_key == key_of(ax, "Конотоп")


@pytest.mark.parametrize("lang,text", [
    ("uk", "Андрій Сибіга в понеділок поговорив телефоном з колегою з Фіджі. Сторони торкнулися голосування щодо "
           "резолюції України на найближчій сесії Генасамблеї ООН, а також енергетики, уточнили в МЗС України."),
    ("uk", "Андрій Сибіга в понеділок поговорив телефоном з колегою з Фіджі. Сторони торкнулися голосування у "
           "Генасамблеї ООН, а також енергетики, уточнили в МЗС України."),
    ("ru", "Сергей Лавров поговорил в понедельник по телефону с коллегой из Фиджи. Стороны затронули голосование по "
           "российской резолюции на ближайшей сессии Генассамблеи ООН, а также энергетику, добавили в МИД России."),
])
def test_a_vote_on_a_resolution_or_in_an_international_body_is_no_election(lang, text):
    ax = run_pipeline(text, lang, "2027-09-14")
    assert not [e for e in ax.events if e.type == "Election"]


@pytest.mark.parametrize("lang,text,holder,other", [
    ("uk", "Учора в міністра Андрія Сибіги відбулася довга телефонна розмова з Біманом Прасадом, який очолює МЗС Фіджі. "
           "Співрозмовники обговорили постачання зерна.", "Андрія Сибіги", "Біманом Прасадом"),
    ("ru", "Вчера у Сергея Лаврова состоялся долгий телефонный разговор с Биманом Прасадом, возглавляющим МИД Фиджи. "
           "Собеседники обсудили поставки зерна.", "Сергея Лаврова", "Биманом Прасадом"),
])
def test_the_person_at_whom_a_call_took_place_had_it(lang, text, holder, other):
    ax = run_pipeline(text, lang, "2027-09-14")
    calls = [e for e in ax.events if e.type == "Call"]
    assert len(calls) == 1 and not [e for e in ax.events if e.type == "Talks"]
    assert set(calls[0].participants) == {key_of(ax, holder), key_of(ax, other)}


def test_a_headlines_object_is_not_part_of_the_body_before_it():
    text = ("Сибіга обговорив із очільником МЗС Мальдівів безпеку рибальства\n\n"
            "Учора Андрій Сибіга мав розмову з колегою.")
    ax = run_pipeline(text, "uk", "2027-06-16")
    assert not [m for e in ax.entities for m in e.mentions if "безпеку" in m.text]


def test_an_official_of_a_named_state_is_not_of_an_international_body_with_that_remit():
    text = ("Анна Попова, которая возглавляет Роспотребнадзор, прилетела в Морони. Там она также встречалась с "
            "сотрудниками Всемирной организации здравоохранения.\n\nКоморский министр здравоохранения сообщил "
            "телеканалу ORTC, что его страна надеется вдвое сократить число случаев малярии.")
    ax = run_pipeline(text, "ru", "2027-09-14")
    assert speakers_of(ax)[-1] == _labelled(ax, "Comoros")


@pytest.mark.parametrize("lang,text,place", [
    ("ru", "Вячеслав Володин во вторник вел переговоры в Морони. Завтра спикер Госдумы вылетит на остров Анжуан.",
     "Анжуан"),
    ("ru", "Вячеслав Володин во вторник вел переговоры в Морони. Завтра российские парламентарии вылетят в "
           "Мутсамуду.", "Мутсамуду"),
])
def test_a_trip_on_to_an_island_or_by_a_states_members_of_parliament_is_a_visit(lang, text, place):
    ax = run_pipeline(text, lang, "2027-03-03")
    visit = next(e for e in ax.events if e.type == "Visit")
    assert visit.place_key == key_of(ax, place) and visit.status == "planned"


@pytest.mark.parametrize("lang,text", [
    ("uk", "Володимир Зеленський приїхав до Любляни й мав переговори з прем'єром Робертом Голобом. Після розмови "
           "Зеленський і Голоб ухвалили спільну заяву щодо оборони."),
    ("ru", "Владимир Путин вел в четверг с киргизским президентом Садыром Жапаровым переговоры в Бишкеке. Оба "
           "лидера приняли совместное заявление."),
])
def test_a_joint_statement_adopted_is_an_agreement_and_the_conversation_after_talks_is_those_talks(lang, text):
    ax = run_pipeline(text, lang, "2027-03-03")
    types = sorted(e.type for e in ax.events)
    assert "Agreement" in types and "Call" not in types
    agreement = next(e for e in ax.events if e.type == "Agreement")
    assert len(agreement.participants) == 2


def test_a_span_the_recogniser_opened_with_a_common_noun_keeps_its_name():
    ax = run_pipeline("Ішлося про поставки ліфтів до Ашгабата, розповіли в пресслужбі Ради міністрів.", "uk",
                      "2027-09-22")
    assert any(m.text == "Ради міністрів" for e in ax.entities for m in e.mentions)


@pytest.mark.parametrize("lang,text,town", [
    ("uk", "Сарни на Рівненщині минулої ночі обстріляли російські дрони-камікадзе. Пошкоджено депо.", "Сарни"),
    ("ru", "Шебекино в Белгородской области ночью атаковали украинские беспилотники. Повреждена подстанция.", "Шебекино"),
])
def test_a_town_named_before_the_verb_whose_attackers_follow_it_is_where_the_attack_was(lang, text, town):
    ax = run_pipeline(text, lang, "2027-03-03")
    attack = next(e for e in ax.events if e.type == "Attack")
    assert attack.place_key == key_of(ax, town) and key_of(ax, town) not in attack.participants
