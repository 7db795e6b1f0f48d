"""Roles/titles from appositions; the person's country from the title. Sentences written here."""
import pytest

from conftest import run_entities, run_pipeline


def run(text, lang, ents):
    return run_entities(text, lang, ents)


def test_title_before_the_name_with_its_country():
    text = "Прессекретар міністра оборони Польщі Ян Ковальський заявив про навчання."
    index, roles = run(text, "uk", [(r"Ян Ковальський", "PER")])
    person = next(e for e in index.entities.values() if e.type == "PER")
    assert [r.title for r in roles] == ["Прессекретар міністра оборони Польщі"]
    r = roles[0]
    assert r.person_key == person.key and r.title_norm == "прессекретар"
    assert r.org_key == "wd:Q36" and text[r.start:r.end] == r.title
    assert person.country_key == "wd:Q36"


def test_coordinated_titles_give_two_roles():
    text = "Віцепрем'єр Чехії і колишній міністр фінансів Чехії Ян Новак прибув до Києва."
    index, roles = run(text, "uk", [(r"Ян Новак", "PER")])
    assert [r.title for r in roles] == ["Віцепрем'єр Чехії", "колишній міністр фінансів Чехії"]
    assert [r.title_norm for r in roles] == ["віцепрем'єр", "міністр"]
    assert all(r.org_key == "wd:Q213" for r in roles)


def test_role_linked_to_the_organisation_it_names():
    text = "Заступник генерального секретаря НАТО Олаф Берг відвідав Литву."
    index, roles = run(text, "uk", [(r"Олаф Берг", "PER")])
    assert len(roles) == 1 and roles[0].org_key == "wd:Q7184"


def test_russian_envoy_title_with_preposition():
    text = "Постпред Италии при ООН Марко Бьянки выступил в среду."
    index, roles = run(text, "ru", [(r"Марко Бьянки", "PER")])
    assert roles[0].title == "Постпред Италии при ООН"
    assert roles[0].org_key == "wd:Q38"
    person = index.entities[roles[0].person_key]
    assert person.country_key == "wd:Q38"


def test_title_after_the_name_between_commas():
    text = "Ян Ковальський, речник президента Польщі, заявив про навчання."
    index, roles = run(text, "uk", [(r"Ян Ковальський", "PER")])
    assert [r.title for r in roles] == ["речник президента Польщі"]


def test_demonym_title_gives_the_country():
    text = "Французький президент Жан Дюпон прибув до Берліна."
    index, roles = run(text, "uk", [(r"Жан Дюпон", "PER")])
    assert roles[0].title == "Французький президент"
    assert index.entities[roles[0].person_key].country_key == "wd:Q142"
    assert roles[0].org_key is None and "wd:Q142" not in index.entities  # France is not named
    text = "Франція готує візит. Французький президент Жан Дюпон прибув до Берліна."
    index, roles = run(text, "uk", [(r"Жан Дюпон", "PER")])
    assert roles[0].org_key == "wd:Q142"


def test_title_the_ner_marked_but_the_lexicon_lacks():
    text = "Омбудсменка Марія Коваль відвідала табір."
    index, roles = run(text, "uk", [(r"Омбудсменка", "JOB"), (r"Марія Коваль", "PER")])
    assert [r.title for r in roles] == ["Омбудсменка"]
    assert roles[0].person_key == "per:maria-koval"


def test_no_role_across_a_verb_or_another_person():
    text = "Президент підписав указ, який отримав Ян Новак."
    _, roles = run(text, "uk", [(r"Ян Новак", "PER")])
    assert roles == []
    text = "Зустріч між прем'єром Жаном Дюпоном і Яном Новаком відбулася."
    index, roles = run(text, "uk", [(r"Жаном Дюпоном", "PER"), (r"Яном Новаком", "PER")])
    novak = next(e.key for e in index.entities.values() if "Новак" in e.name)
    assert all(r.person_key != novak for r in roles)


def test_no_break_spaces_inside_the_title():
    text = "При этом постпред\u00a0Италии при\u00a0ООН Марко Бьянки выступил в среду."
    index, roles = run(text, "ru", [(r"Марко Бьянки", "PER")])
    assert [r.title for r in roles] == ["постпред\u00a0Италии при\u00a0ООН"]


def test_plural_title_is_not_one_persons_role():
    text = "Розмова між президентами Жаном Дюпоном і Яном Новаком тривала годину."
    _, roles = run(text, "uk", [(r"Жаном Дюпоном", "PER"), (r"Яном Новаком", "PER")])
    assert roles == []


def test_english_title_before_a_comma_and_after_the_name():
    text = ("Poland's foreign minister, Anna Nowak, met Tomas Berg, a spokesman for the Baltic Council, "
            "on Monday.")
    index, roles = run(text, "en", [(r"Anna Nowak", "PER"), (r"Tomas Berg", "PER"), (r"Baltic Council", "ORG")])
    by = {index.entities[r.person_key].name: r for r in roles}
    assert by["Anna Nowak"].title == "foreign minister"
    assert by["Tomas Berg"].title == "spokesman for the Baltic Council"
    assert by["Tomas Berg"].org_key == "org:baltic-council"


def test_a_preposition_is_not_the_locative_of_a_title():
    # "после" could be read as the locative of "посол"; the word before a name is a preposition
    text = "После этого Марко Бьянки посетит Польшу."
    _, roles = run(text, "ru", [(r"Марко Бьянки", "PER")])
    assert roles == []
    text = "Встреча посла Италии Марко Бьянки прошла в среду."
    _, roles = run(text, "ru", [(r"Марко Бьянки", "PER")])
    assert [r.title for r in roles] == ["посла Италии"]


def test_title_given_by_an_appointment():
    # "X ... на пост/посаду Y": the office a person is elected or appointed to is that person's title
    text = "Парламент поздравил Марко Бьянки с избранием на пост главы Италии и днём рождения."
    _, roles = run(text, "ru", [(r"Марко Бьянки", "PER")])
    assert [r.title for r in roles] == ["главы Италии"] and roles[0].org_key == "wd:Q38"
    text = "Раду призначили Яна Новака на посаду міністра фінансів Чехії."
    _, roles = run(text, "uk", [(r"Яна Новака", "PER")])
    assert [r.title for r in roles] == ["міністра фінансів Чехії"]
    text = "The assembly elected Anna Berg to the post of speaker of the Latvian parliament."
    _, roles = run(text, "en", [(r"Anna Berg", "PER")])
    assert [r.title for r in roles] == ["speaker of the Latvian parliament"]


def test_title_in_the_instrumental_after_the_name():
    text = "Сейм утвердил Марко Бьянки председателем комиссии вместо Яна Новака."
    _, roles = run(text, "ru", [(r"Марко Бьянки", "PER"), (r"Яна Новака", "PER")])
    assert [r.title for r in roles] == ["председателем комиссии"]
    assert roles[0].person_key.startswith("per:marko")  # not Novak, who comes after "вместо"


def test_no_office_without_the_office_word():
    text = "Парламент поздравил Марко Бьянки с избранием и днём рождения главы Италии."
    _, roles = run(text, "ru", [(r"Марко Бьянки", "PER")])
    assert roles == []


def test_a_title_the_tagger_takes_for_a_plural_of_another_noun_is_still_a_title():
    # "прем'єр" (ASCII apostrophe) is also the genitive plural of "прем'єра"; the trained tagger may say so
    text = "Прем'єр-міністр Литви Іван Петренко виключив дострокові вибори."
    ax = run_pipeline(text, "uk")
    assert [r.title for r in ax.roles] == ["Прем'єр-міністр Литви"]
    assert next(e for e in ax.entities if e.type == "PER").country_key == "wd:Q37"


def test_a_colleague_with_a_demonym_tells_the_persons_country_but_is_no_title():
    text = "Міністр Іван Петренко провів переговори зі своїм литовським колегою Олегом Ковальчуком."
    index, roles = run(text, "uk", [(r"Іван Петренко", "PER"), (r"Олегом Ковальчуком", "PER")])
    other = next(e for e in index.entities.values() if e.type == "PER" and "kovalch" in e.key)
    assert other.country_key == "wd:Q37"
    assert not any("колег" in r.title for r in roles)


@pytest.mark.parametrize("text,lang,name", [
    ("Посол ЄС у Молдові Марта Ковач засудила обстріл.", "uk", r"Марта Ковач"),
    ("Посол ЕС в Молдове Марта Ковач осудила обстрел.", "ru", r"Марта Ковач"),
    ("The EU ambassador to Moldova Marta Kovacs condemned the shelling.", "en", r"Marta Kovacs"),
])
def test_the_state_where_an_envoy_is_posted_is_not_the_envoys_country(text, lang, name):
    index, roles = run(text, lang, [(name, "PER")])
    person = next(e for e in index.entities.values() if e.type == "PER")
    assert roles and person.country_key is None


def test_an_envoy_of_a_state_posted_in_another_keeps_the_first():
    text = "Посол Польщі в Литві Ян Ковальський засудив обстріл."
    index, roles = run(text, "uk", [(r"Ян Ковальський", "PER")])
    person = next(e for e in index.entities.values() if e.type == "PER")
    assert person.country_key == "wd:Q36" and roles[0].org_key == "wd:Q36"


@pytest.mark.parametrize("text,lang,title", [
    ("Міністр закордонних справ Естонії Андрес Ківі прибув до Львова.", "uk", "Міністр закордонних справ Естонії"),
    ("Вчора міністерка закордонних справ Естонії Марта Ківі прибула до Львова.", "uk",
     "міністерка закордонних справ Естонії"),
])
def test_a_title_word_the_tagger_may_read_as_a_verb_stays_in_the_title(text, lang, title):
    # "справ" is also the imperative of "справити": a title does not stop at it
    ax = run_pipeline(text, lang)
    [person] = [e for e in ax.entities if e.type == "PER"]
    assert [r.title for r in ax.roles] == [title] and person.country_key == "wd:Q191"


@pytest.mark.parametrize("text,lang", [
    ("Міністерка оборони Естонії Анна-Лійза Ківі-Саар прибула до Львова.", "uk"),
    ("Министр обороны Эстонии Анна-Лийза Киви-Саар прибыла во Львов.", "ru"),
    ("Міністерка оборони Естонії Беата Ківі-Саар прибула до Львова.", "uk"),
])
def test_a_hyphenated_foreign_name_after_a_title_is_one_person_of_the_titles_state(text, lang):
    ax = run_pipeline(text, lang)
    [person] = [e for e in ax.entities if e.type == "PER"]
    assert not [e for e in ax.entities if e.type == "ORG"]
    name = text.split("Естонії ")[-1].split("Эстонии ")[-1].split(" при")[0]
    assert name in person.alt_labels and person.country_key == "wd:Q191"
