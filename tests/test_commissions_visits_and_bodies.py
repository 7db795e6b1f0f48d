"""A visitor's name that ends the text, commissions and their co-chairs, bodies of a foreign state, and other
cases met on unseen articles: sentences written for these tests."""
import pytest

from conftest import one_event as _only
from conftest import events_of, key_of, run_pipeline


# -- a visitor named last in the title must not break the article -------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Соглашение о поставках подписано во время визита Лукашенко\n\nПрезидент Белоруссии Александр Лукашенко "
     "прибыл в Ханой.", "ru"),
    ("Угоду про постачання підписано під час візиту Лукашенка\n\nПрезидент Білорусі Олександр Лукашенко "
     "прибув до Ханоя.", "uk"),
])
def test_a_visit_whose_visitor_ends_the_title_is_still_read(text, lang):
    ax = run_pipeline(text, lang, "2028-03-09")
    visits = events_of(ax, "Visit")
    assert visits and "per:alexander-lukashenko" in visits[0].participants
