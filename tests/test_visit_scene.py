"""Where and when things happen while a visit is told: events with no place of their own, done by the two sides
of the visit, take the visit's place (sentences written for these tests; the people are invented, the states and
towns real)."""
from conftest import one_event as _one, run_pipeline

_VISIT = "Прем'єр-міністр Естонії Крістен Міхал у вівторок прибув до Вільнюса з офіційним візитом. "


def test_meeting_of_people_of_unknown_state_during_a_visit_is_held_where_the_visit_went():
    ax = run_pipeline(_VISIT + "Того ж дня міністри закордонних справ Петро Ланг і Марко Тамм провели окрему зустріч.",
                      "uk", "2027-05-06")
    assert _one(ax, "Meeting").place_key == _one(ax, "Visit").place_key is not None


def test_meeting_of_two_other_states_told_during_a_visit_is_not_placed_there():
    ax = run_pipeline(_VISIT + "Того ж дня президент Франції Еммануель Макрон провів зустріч із прем'єр-міністром "
                      "Італії Джорджею Мелоні.", "uk", "2027-05-06")
    assert _one(ax, "Meeting").place_key is None
