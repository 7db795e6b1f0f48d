"""Event parties: two sides joined by a dash after the event noun, quoted companies and titled heads in
coordination, a body's meeting told by its head noun, and signings of documents other than treaties."""
import pytest

from conftest import run_pipeline


def _keys(ax, etype):
    return {e.key for e in ax.entities if e.type == etype}


def _key_of(ax, needle):
    return next(e.key for e in ax.entities if any(needle in m.text for m in e.mentions))


@pytest.mark.parametrize("text,lang,trigger,a,b,town", [
    ("Саммит Казахстан — ЕС пройдет в Брюсселе в ноябре.", "ru", "Саммит", "Казахстан", "ЕС", "Брюсселе"),
    ("Переговори Україна – ЄС пройдуть у Брюсселі в березні.", "uk", "Переговори", "Україна", "ЄС", "Брюсселі"),
])
def test_a_dash_between_two_sides_after_the_event_noun_joins_them(text, lang, trigger, a, b, town):
    ax = run_pipeline(text, lang, "2028-03-09")
    ev = next(e for e in ax.events if e.trigger.startswith(trigger))
    assert {_key_of(ax, a), _key_of(ax, b)} <= set(ev.participants)
    assert ev.place_key == _key_of(ax, town)  # the clause goes on after the dash
    assert ev.status == "planned"


def test_a_dash_between_two_towns_is_a_route_not_two_sides():
    ax = run_pipeline("Президенты обсудили по телефону строительство дороги Казань — Самара.", "ru", "2028-03-09")
    assert not any(_key_of(ax, "Самара") in e.participants for e in ax.events)


@pytest.mark.parametrize("text,lang,names", [
    ("«Роснефть» и «Казмунайгаз» подписали в Астане долгосрочный контракт на поставку нефти.", "ru",
     ("Роснефть", "Казмунайгаз")),
    ("Глава «Роснефти» Игорь Сечин и руководитель АО «Казмунайгаз» Асхат Хасенов подписали в Астане контракт.", "ru",
     ("Игорь Сечин", "Асхат Хасенов")),
])
def test_coordinated_signers_in_quotes_or_with_titles_over_quoted_bodies(text, lang, names):
    ax = run_pipeline(text, lang, "2028-03-09")
    ev = next(e for e in ax.events if e.type == "Agreement")
    assert {_key_of(ax, n) for n in names} <= set(ev.participants)


@pytest.mark.parametrize("text,lang,body", [
    ("Совет директоров Банка России в пятницу снизил ключевую ставку. Следующее заседание совета директоров "
     "пройдет в апреле.", "ru", "Совет директоров Банка России"),
    ("Комітет Верховної Ради з питань бюджету схвалив проєкт. Наступне засідання комітету відбудеться в червні.",
     "uk", "Комітет Верховної Ради з питань бюджету"),
])
def test_a_bodys_meeting_told_by_its_head_noun_is_of_the_body_named_before(text, lang, body):
    ax = run_pipeline(text, lang, "2028-03-09")
    org = next(e for e in ax.entities if e.type == "ORG" and any(m.text == body for m in e.mentions))
    meeting = next(e for e in ax.events if e.type == "Meeting")
    assert meeting.participants == [org.key] and meeting.status == "planned"


@pytest.mark.parametrize("text,lang", [
    ("Министр Олег Коваль провел в Лиме переговоры с Хуаном Пересом. По итогам переговоров министры подписали "
     "план консультаций на три года.", "ru"),
    ("Міністр Олег Коваль провів у Брюсселі переговори з Яном Новаком. Сторони підписали лист про наміри "
     "щодо закупівлі дронів.", "uk"),
])
def test_signing_a_plan_or_a_letter_of_intent_is_an_agreement(text, lang):
    ax = run_pipeline(text, lang, "2028-03-09")
    agreement = next(e for e in ax.events if e.type == "Agreement")
    assert _key_of(ax, "Олег Коваль") in agreement.participants
