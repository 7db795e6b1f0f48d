"""Where things happen while a visit is told: events with no place of their own, done by the two sides of the
visit, take the visit's place; elections told with no place are of the state the article's other elections were
held in (sentences written for these tests; the people are invented or public figures, the states and towns
real)."""
from conftest import events_of as _events, one_event as _one, run_pipeline

_VISIT = "Прем'єр-міністр Естонії Крістен Міхал у середу приїхав до Вільнюса на дводенний візит. "


def test_meeting_of_people_of_unknown_state_during_a_visit_is_held_where_the_visit_went():
    ax = run_pipeline(_VISIT + "Увечері очільники дипломатичних відомств Петро Ланг і Марко Тамм провели окрему зустріч.",
                      "uk", "2027-05-06")
    assert _one(ax, "Meeting").place_key == _one(ax, "Visit").place_key is not None


def test_meeting_of_two_other_states_told_during_a_visit_is_not_placed_there():
    ax = run_pipeline(_VISIT + "Увечері президент Франції Еммануель Макрон зустрівся з канцлером Німеччини "
                      "Фрідріхом Мерцом.", "uk", "2027-05-06")
    assert _one(ax, "Meeting").place_key is None


def test_an_earlier_election_told_with_no_place_was_held_in_the_state_of_the_article_s_elections():
    ax = run_pipeline("Соціал-демократи виграли парламентські вибори в Литві, які пройшли минулої неділі. "
                      "На виборах 2024 року вони теж були першими.", "uk", "2028-10-10")
    assert [e.place_key for e in _events(ax, "Election")] == ["wd:Q37", "wd:Q37"]
