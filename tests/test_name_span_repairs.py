"""Span repairs around names: compound surnames, multiword Latin outlet names, a time after an organisation,
an organisation and its head in one span, a building and a person after it, a given name cut off, a surname
alone in -а, and a participle phrase between the speaker and the verb."""
import pytest

from conftest import run_pipeline


def _entity(ax, etype, needle):
    return next((e for e in ax.entities if e.type == etype and any(needle in m.text for m in e.mentions)), None)


@pytest.mark.parametrize("text,lang,full,again", [
    ("Депутатка Клер Дюпон-Маре зустрілася з Олегом Ковалем у Києві. Дюпон-Маре заявила, що реформа триватиме.",
     "uk", "Клер Дюпон-Маре", "Дюпон-Маре"),
    ("Сенаторка Ноемі Леруа-Піке прибула до Львова. Леруа-Піке заявила, що реформа триватиме.",
     "uk", "Ноемі Леруа-Піке", "Леруа-Піке"),
    ("Председатель сената Анна Мюллер-Гросс заявила, что реформа продолжится. Мюллер-Гросс также встретилась с министром.",
     "ru", "Анна Мюллер-Гросс", "Мюллер-Гросс"),
])
def test_a_compound_surname_is_one_name_in_full_and_alone(text, lang, full, again):
    ax = run_pipeline(text, lang)
    person = next(e for e in ax.entities if e.type == "PER" and any(m.text == full for m in e.mentions))
    assert any(m.text == again for m in person.mentions)
    assert not [e for e in ax.entities if e is not person and any(again.split("-")[-1] in m.text for m in e.mentions)]
    said = next(s for s in ax.statements if "реформ" in s.content)
    assert said.speaker_key == person.key


@pytest.mark.parametrize("text,lang,name", [
    ("Як пише шведська газета Dagens industri, уряд готує нові обмеження.", "uk", "Dagens industri"),
    ("Газета The Sydney Morning Herald повідомляє, що уряд готує нові обмеження.", "uk", "The Sydney Morning Herald"),
    ("Как пишет хорватская газета Slobodna Dalmacija, правительство готовит новые ограничения.", "ru",
     "Slobodna Dalmacija"),
])
def test_a_latin_outlet_name_after_an_outlet_noun_is_whole(text, lang, name):
    ax = run_pipeline(text, lang)
    outlet = _entity(ax, "ORG", name.split()[0])
    assert outlet is not None and any(m.text == name for m in outlet.mentions)
    assert ax.statements and ax.statements[0].speaker_key == outlet.key


@pytest.mark.parametrize("text,lang,org", [
    ("Експерти Європейського космічного агентства наступного тижня приїдуть до Львова.", "uk",
     "Європейського космічного агентства"),
    ("Эксперты Европейского космического агентства на следующей неделе приедут во Львов.", "ru",
     "Европейского космического агентства"),
])
def test_a_time_after_an_organisation_is_no_part_of_its_name(text, lang, org):
    ax = run_pipeline(text, lang, "2028-03-09")
    body = _entity(ax, "ORG", org.split()[0])
    assert body is not None and {m.text for m in body.mentions} == {org}
    assert any("тиж" in t.text or "недел" in t.text for t in ax.times)


@pytest.mark.parametrize("text,lang,org,person", [
    ("Генеральний директор Світової метеорологічної організації Тереза Мартінес заявила, що посуха триватиме.", "uk",
     "Світової метеорологічної організації", "Тереза Мартінес"),
    ("Генеральний секретар Міжнародної організації праці Жильбер Унгбо заявив, що безробіття зростає.", "uk",
     "Міжнародної організації праці", "Жильбер Унгбо"),
    ("Генеральный директор Всемирной метеорологической организации Тереза Мартинес заявила, что засуха продлится.",
     "ru", "Всемирной метеорологической организации", "Тереза Мартинес"),
])
def test_an_organisation_and_its_head_run_together_are_two(text, lang, org, person):
    ax = run_pipeline(text, lang)
    head = _entity(ax, "PER", person)
    assert head is not None and {m.text for m in head.mentions} == {person}
    assert {m.text for m in _entity(ax, "ORG", org.split()[0]).mentions} == {org}
    assert not _entity(ax, "ORG", "Генеральн")  # the title opening the sentence is no organisation
    assert ax.statements[0].speaker_key == head.key


def test_a_person_after_a_buildings_name_is_no_part_of_it():
    ax = run_pipeline("Прем'єр Олег Коваль прибув до Відня. Того ж дня у палаці Бельведер Коваля прийняв "
                      "президент Матео Гарсія.", "uk")
    koval = _entity(ax, "PER", "Олег Коваль")
    assert any(m.text == "Коваля" for m in koval.mentions)
    assert _entity(ax, "LOC", "Бельведер") is not None
    assert not _entity(ax, "PER", "Бельведер")
    meeting = next(e for e in ax.events if e.type == "Meeting")
    assert koval.key in meeting.participants


def test_a_given_name_the_recogniser_cut_off_joins_the_name_after_it():
    ax = run_pipeline("Прем'єр Олег Коваль прибув до Відня. Того ж дня у палаці Бельведер Коваля прийняв "
                      "президент Александер Ван дер Берг.", "uk")
    assert any(m.text == "Александер Ван дер Берг" for e in ax.entities if e.type == "PER" for m in e.mentions)
    assert not [e for e in ax.entities if e.type == "PER" and e.name == "Александер"]


@pytest.mark.parametrize("surname,en", [("Цахкна", "Margus Tsahkna"), ("Исиба", "Shigeru Ishiba")])
def test_a_known_persons_surname_in_a_alone_is_that_person(surname, en):
    ax = run_pipeline(f"Министры провели переговоры в Риге. {surname} отметил, что переговоры возможны.", "ru")
    [person] = [e for e in ax.entities if e.type == "PER"]
    assert person.labels.get("en") == en


@pytest.mark.parametrize("text,lang", [
    ("Сидоренко, возглавляющий Минэнерго, в посте в соцсети X отметил, что запасы достаточны.", "ru"),
    ("Сидоренко, який очолює Міненерго, у дописі в соцмережі X наголосив, що запасів достатньо.", "uk"),
])
def test_a_phrase_on_the_speaker_and_a_place_phrase_before_the_verb(text, lang):
    ax = run_pipeline(text, lang)
    [said] = ax.statements
    assert said.speaker_key == _entity(ax, "PER", "Сидоренко").key
