"""Channels on a platform, parties named by their adjectives or in quotes, signers and their states, the place
of what is agreed to be done, and a few speakers and bodies: sentences written for these tests."""
import pytest

from conftest import one_event as _only
from conftest import key_of, run_pipeline
from conftest import speakers_of as _speakers


# -- a channel on a platform speaks, not the platform ---------------------------------------------------
@pytest.mark.parametrize("text,lang,channel", [
    ("За даними Telegram-каналу «Вісті Полісся», мер міста Іван Петренко подав у відставку.", "uk", "Вісті Полісся"),
    ("По данным Telegram-канала «Северный дозор», мэр города Иван Петров подал в отставку.", "ru", "Северный дозор"),
    ("Мэр города Иван Петров подал в отставку, сообщил телеграм-канал «Северный дозор».", "ru", "Северный дозор"),
    ("Мэр Иван Петров ушел в отставку, сообщил Telegram-канал «Северный дозор».", "ru", "Северный дозор"),
])
def test_the_named_channel_speaks_not_its_platform(text, lang, channel):
    ax = run_pipeline(text, lang, "2028-05-18")
    assert _speakers(ax) == [key_of(ax, channel)]


def test_a_platform_alone_still_speaks():
    ax = run_pipeline("Как сообщает Telegram, сервис снова работает.", "ru", "2028-05-18")
    assert _speakers(ax) == ["org:telegram"]


# -- a party that wins an election -------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,party", [
    ("У неділю партія «Нова Естонія» виграла парламентські вибори в Естонії.", "uk", "Нова Естонія"),
    ("Партия «Новая Эстония» выиграла парламентские выборы в Эстонии.", "ru", "Новая Эстония"),
    # the acronym in parentheses is the party's
    ("Опозиційний рух «Нова Естонія» (NE) виграв дострокові вибори до парламенту Естонії.", "uk", "NE"),
])
def test_the_party_that_won_the_election_is_its_participant(text, lang, party):
    ax = run_pipeline(text, lang, "2028-05-18")
    assert _only(ax, "Election").participants == [key_of(ax, party)]


def test_a_party_named_after_its_leader_is_not_the_winner():
    ax = run_pipeline("Лідер партії «Нова Естонія» виграв вибори в Естонії.", "uk", "2028-05-18")
    assert _only(ax, "Election").participants == []


@pytest.mark.parametrize("text,lang,name", [
    ("Прем'єр Естонії Яан Тамме проведе переговори щодо уряду з Народно-демократичним рухом і партією «Центр».", "uk",
     "Народно-демократичним рухом"),
    ("Премьер Эстонии Яан Тамме начнет переговоры с Либерально-демократическим союзом.", "ru",
     "Либерально-демократическим союзом"),
])
def test_capitalised_adjectives_before_a_party_noun_name_an_organisation(text, lang, name):
    ax = run_pipeline(text, lang, "2028-05-18")
    ent = next(e for e in ax.entities if e.key == key_of(ax, name))
    assert ent.type == "ORG"


@pytest.mark.parametrize("text,lang", [
    ("Прем'єр Естонії Яан Тамме проведе переговори щодо уряду з Народно-демократичним рухом і партією «Центр».", "uk"),
    ("Премьер Эстонии Яан Тамме начнет переговоры о правительстве с Либерально-демократическим союзом и партией «Центр».",
     "ru"),
])
def test_the_parties_after_a_short_topic_are_the_talks_parties(text, lang):
    ax = run_pipeline(text, lang, "2028-05-18")
    talks = _only(ax, "Talks")
    assert len(talks.participants) == 3 and talks.participants[0] == "per:ian-tame"


def test_the_speaker_who_will_talk_with_parties_after_a_topic_is_a_party():
    ax = run_pipeline("Прем'єр Естонії Яан Тамме заявив, що в понеділок проведе переговори щодо уряду з "
                      "Народно-демократичним рухом і партією «Центр».", "uk", "2028-05-18")
    talks = _only(ax, "Talks")
    assert talks.participants[0] == "per:ian-tame" and len(talks.participants) == 3


# -- agreements: who signs, and where ----------------------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Президент Литви Іван Петренко провів переговори з президентом Польщі Яном Новаком. Також у присутності "
     "президентів профільні міністри двох країн підписали угоду про кордон.", "uk"),
    ("Президент Литвы Иван Петров провел переговоры с президентом Польши Яном Новаком. Также в присутствии "
     "президентов профильные министры двух стран подписали соглашение о границе.", "ru"),
])
def test_ministers_of_the_two_states_sign_for_the_states(text, lang):
    deal = _only(run_pipeline(text, lang, "2028-05-18"), "Agreement")
    assert sorted(deal.participants) == ["wd:Q36", "wd:Q37"]


@pytest.mark.parametrize("text,lang,place", [
    ("Президент Литвы Иван Петров и президент Польши Ян Новак договорились строить мост в Польше.", "ru", None),
    ("Президент Литви Іван Петренко і президент Польщі Ян Новак домовилися будувати міст у Польщі.", "uk", None),
    ("Президент Литвы Иван Петров и президент Польши Ян Новак в Варшаве договорились строить мост.", "ru", "wd:Q270"),
])
def test_a_place_after_the_infinitive_is_where_that_is_to_be_done(text, lang, place):
    deal = _only(run_pipeline(text, lang, "2028-05-18"), "Agreement")
    assert deal.place_key == place


# -- talks with a possessive --------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Прем'єр Литви Іван Петренко прибув до Києва. Його переговори з Зеленським тривали дві години.", "uk"),
    ("Премьер Литвы Иван Петров прибыл в Киев. Его переговоры с Зеленским продолжались два часа.", "ru"),
])
def test_whose_talks_a_possessive_says(text, lang):
    talks = _only(run_pipeline(text, lang, "2028-05-18"), "Talks")
    assert talks.participants[0].startswith("per:ivan-petr") and "wd:Q3874799" in talks.participants


# -- speakers and bodies -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang,speaker", [
    ("Министр встретился с послом Китая, сообщили в пресс-службе министерства иностранных дел Армении.", "ru",
     "org:mfa-am"),
    ("Міністр Іван Петренко висловив упевненість, що переговори завершаться вчасно.", "uk", "per:ivan-petrenko"),
    ("Як повідомляє мовлення LRT, уряд Литви збереться в понеділок.", "uk", "org:lrt"),
    ("Новий уряд складе присягу у вівторок, уточнили в Канцелярії президента Литви.", "uk", "org:chancery-lt"),
])
def test_speakers_of_long_places_new_cues_broadcasters_and_chanceries(text, lang, speaker):
    assert _speakers(run_pipeline(text, lang, "2028-05-18")) == [speaker]


@pytest.mark.parametrize("text,lang", [
    ("Сейм Латвии в среду утвердил новый состав правительства.", "ru"),
    ("Сейм Латвії в середу затвердив новий склад уряду.", "uk"),
])
def test_a_parliament_called_seim_is_an_organisation(text, lang):
    ax = run_pipeline(text, lang, "2028-05-18")
    assert next(e for e in ax.entities if e.key == "org:saeima").type == "ORG"


def test_a_title_after_a_palace_name_is_no_person():
    ax = run_pipeline("Позднее министра принял во дворце Аль-Мурабба король Саудовской Аравии Салман бен Абдель Азиз.",
                      "ru", "2028-05-18")
    assert all(any(w[:1].isupper() for w in e.name.split()) for e in ax.entities if e.type == "PER")


# -- a town in its region; a region by its colloquial name; a diplomatic mission -----------------------------
@pytest.mark.parametrize("text,town,region", [
    ("Вночі дрони атакували Смілу на Черкащині.", "Смілу", "Черкащині"),
    ("Вночі дрони атакували Смілу на Черкащині. Вибухи чули також у Золотоноші.", "Смілу", "Черкащині"),
    ("Ракета влучила в Ковель на Волині.", "Ковель", "Волині"),
])
def test_a_town_in_its_region_is_a_place_and_so_is_the_region(text, town, region):
    ax = run_pipeline(text, "uk", "2028-05-18")
    kinds = {m.text: e.type for e in ax.entities for m in e.mentions}
    assert kinds.get(town) == "LOC" and kinds.get(region) == "LOC"
    assert key_of(ax, region).endswith("-oblast")


@pytest.mark.parametrize("text,lang", [
    ("Посольство Канади висловило співчуття. «Ми поруч із родинами загиблих. Такі удари є злочином», – йдеться в "
     "заяві місії.", "uk"),
    ("Посольство Канады выразило соболезнования. «Мы рядом с семьями погибших. Такие удары преступны», — говорится в "
     "заявлении миссии.", "ru"),
])
def test_a_diplomatic_mission_is_the_embassy_named_before(text, lang):
    ax = run_pipeline("Мер міста Ірина Петренко закликала мешканців ховатися.\n\n" + text if lang == "uk" else
                      "Мэр города Ирина Петренко призвала жителей прятаться.\n\n" + text, lang, "2028-05-18")
    embassy = next(e.key for e in ax.entities if e.key.startswith("org:posolstvo"))
    assert [s.speaker_key for s in ax.statements if s.kind == "direct"] == [embassy]
