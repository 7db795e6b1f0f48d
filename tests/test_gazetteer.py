"""The gazetteer data: countries from pycountry with uk/ru names, curated entities, demonyms."""
import json
import pytest

from kg.gazetteer import DATA, Gazetteer, load


def test_countries_file_has_iso_codes_translations_and_wikidata():
    rows = json.loads((DATA / "countries.json").read_text(encoding="utf-8"))
    by = {r["alpha2"]: r for r in rows}
    assert len(rows) >= 249
    assert by["UA"]["labels"] == {"en": "Ukraine", "uk": "Україна", "ru": "Украина"}
    assert by["DE"]["wikidata"] == "Q183" and by["DE"]["alpha3"] == "DEU"
    assert by["NO"]["labels"]["uk"]  # translated from pycountry's gettext catalogue
    assert by["FR"]["capital"] == "paris"


def test_inflected_names_match_whatever_the_case():
    g = load()
    words = "про це заявили в Раді безпеки ООН та у Сполучених Штатах".split()
    found = {(m.entry.key, " ".join(words[m.start:m.end])) for m in g.matches(words, "uk")}
    assert ("wd:Q37470", "Раді безпеки ООН") in found
    assert ("wd:Q30", "Сполучених Штатах") in found


def test_capitalisation_is_respected():
    g = load()
    assert g.matches("рада вирішила".split(), "uk") == []
    assert [m.entry.key for m in g.matches("коментар агентству Рейтер".split(), "uk")] == ["wd:Q130879"]


def test_find_demonym_capital_and_first_names():
    g = load()
    assert g.find("Сполучених Штатів Америки", "uk").key == "wd:Q30"
    assert g.demonym("британського", "uk").alpha2 == "GB"
    assert g.demonym("американские", "ru").alpha2 == "US"
    assert g.state_of(g.find("Москві", "uk")).alpha2 == "RU"
    assert g.state_of(g.find("Белый дом", "ru")).alpha2 == "US"
    assert g.first_name_canon("Олександр") == g.first_name_canon("Александр") == "alexander"


def test_outlets_are_flagged():
    g = load()
    for name, lang in (("Интерфакс", "ru"), ("Укрінформ", "uk"), ("BBC", "en")):
        assert g.find(name, lang).outlet, name
    assert not g.find("НАТО", "uk").outlet


def test_bad_row_names_file_and_line(tmp_path):
    (tmp_path / "countries.json").write_text("[]", encoding="utf-8")
    (tmp_path / "entities.tsv").write_text("x\tPER\n", encoding="utf-8")
    (tmp_path / "first_names.tsv").write_text("", encoding="utf-8")
    try:
        Gazetteer.load(tmp_path, tmp_path)
    except SystemExit as exc:
        assert "entities.tsv:1" in str(exc)
    else:
        raise AssertionError("a malformed row must be reported")


def test_gazetteer_persons_get_gender_and_country():
    from kg.extract.entity_keys import entity_from_entry

    g = load()
    zakharova = entity_from_entry(g.find("Марія Захарова", "uk"), g)
    assert zakharova.gender == "femn" and zakharova.country_key == "wd:Q159"
    assert entity_from_entry(g.find("Олаф Шольц", "uk"), g).gender == "masc"


def test_foreign_and_defence_ministries_of_every_state_are_one_organisation_per_state():
    g = load()
    cases = [("заявили в МЗС Угорщини", "uk"), ("угорське МЗС повідомило", "uk"), ("сообщили в МИД Венгрии", "ru"),
             ("венгерский МИД сообщил", "ru"), ("the Hungarian Foreign Ministry said", "en")]
    for text, lang in cases:
        assert "org:mfa-hu" in {m.entry.key for m in g.matches(text.split(), lang)}, text
    e = g.entries["org:mfa-hu"]
    assert e.labels == {"en": "Foreign Ministry of Hungary", "uk": "МЗС Угорщини", "ru": "МИД Венгрии"}
    assert e.country == "HU"
    assert "org:mod-hu" in {m.entry.key for m in g.matches("Міністерство оборони Угорщини".split(), "uk")}
    # the curated entries win over the generated ones; another state is another ministry
    assert g.entries["org:mfa-ru"].labels["en"] == "Russian Foreign Ministry"
    assert "org:mfa-hu" not in {m.entry.key for m in g.matches("МИД Польши".split(), "ru")}


def test_curated_ministries_gain_the_generated_adjective_forms():
    g = load()
    assert "org:mfa-ua" in {m.entry.key for m in g.matches("українське МЗС повідомило".split(), "uk")}
    assert "org:mfa-ru" in {m.entry.key for m in g.matches("российский МИД сообщил".split(), "ru")}


def test_the_government_of_every_state_is_one_organisation_in_any_language_and_case():
    g = load()
    cases = [("уряд Фінляндії ухвалив", "uk"), ("Уряд Фінляндії ухвалив", "uk"), ("фінський уряд ухвалив", "uk"),
             ("правительство Финляндии решило", "ru"), ("финское правительство решило", "ru"),
             ("с правительством Финляндии", "ru"), ("the Finnish government decided", "en"),
             ("the Government of Finland decided", "en")]
    for text, lang in cases:
        assert "org:gov-fi" in {m.entry.key for m in g.matches(text.split(), lang)}, text
    assert g.entries["org:gov-fi"].country == "FI"
    # a state no demonym lexicon knows still has its government, named with the state
    assert "org:gov-mn" in {m.entry.key for m in g.matches("правительство Монголии".split(), "ru")}
    # Ukraine's government is the curated Cabinet of Ministers, whatever it is called
    for text, lang in [("Кабмін", "uk"), ("уряд України", "uk"), ("правительство Украины", "ru")]:
        assert "org:gov-ua" in {m.entry.key for m in g.matches(text.split(), lang)}, text


@pytest.mark.parametrize("word,lang", [("Мягмарсухом", "ru"), ("Мягмарсухе", "ru"), ("Мягмарсуха", "uk")])
def test_a_foreign_surname_the_dictionary_lacks_matches_in_its_declined_forms(tmp_path, word, lang):
    (tmp_path / "countries.json").write_text("[]", encoding="utf-8")
    (tmp_path / "entities.tsv").write_text(
        "batu-myagmarsukh\tPER\t\t\t\tBatu Myagmarsukh\tБату Мягмарсух\tБату Мягмарсух\tМягмарсух\n", encoding="utf-8")
    (tmp_path / "first_names.tsv").write_text("", encoding="utf-8")
    g = Gazetteer.load(tmp_path, tmp_path)
    assert [(m.entry.key, m.start, m.end) for m in g.matches([word], lang)] == [("per:batu-myagmarsukh", 0, 1)]


def test_a_name_ending_in_a_plus_sign_is_its_own_organisation():
    from kg.gazetteer import load
    g = load()
    assert g.find("ОПЕК+", "ru", "ORG").key != g.find("ОПЕК", "ru", "ORG").key
