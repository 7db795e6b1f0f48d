"""Where and when things happen while a visit is told: events with no place of their own, done by the two sides
of the visit, take the visit's place; elections told with no place are of the state the article's other elections were held in (sentences written for these tests; the people are invented, the states and
towns real)."""
from conftest import events_of as _events, one_event as _one, run_pipeline

_VISIT = "Прем'єр-міністр Естонії Крістен Міхал у вівторок прибув до Вільнюса з офіційним візитом. "


def test_meeting_of_people_of_unknown_state_during_a_visit_is_held_where_the_visit_went():
    ax = run_pipeline(_VISIT + "Того ж дня міністри закордонних справ Петро Ланг і Марко Тамм провели окрему зустріч.",
                      "uk", "2027-05-06")
    assert _one(ax, "Meeting").place_key == _one(ax, "Visit").place_key is not None


def test_meeting_of_two_other_states_told_during_a_visit_is_not_placed_there():
    ax = run_pipeline(_VISIT + "Того ж дня президент Франції Еммануель Макрон провів зустріч із прем'єр-міністром "
                      "Італії Джорджею Мелоні.", "uk", "2027-05-06")
    assert _one(ax, "Meeting").place_key is None


def test_an_earlier_election_told_with_no_place_was_held_in_the_state_of_the_article_s_elections():
    ax = run_pipeline("Соціал-демократи перемогли на парламентських виборах у Литві, що відбулися в неділю. "
                      "На попередніх виборах у жовтні 2024 року вони також посіли перше місце.", "uk", "2028-10-10")
    assert [e.place_key for e in _events(ax, "Election")] == ["wd:Q37", "wd:Q37"]
