"""Time expressions from the blind set J (session 13): "today" with a lasting state ("has a
reputation", "is known for"), a page's date line glued to the text, a year that says which
measurement ("the latest count, from 2019,"), a year the parse hangs on the noun after "in", and a
weekday that opens a work's title. Every sentence here is made up."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import dated_events

JUN_2013 = date(2013, 6, 10)
JAN_2020 = date(2020, 1, 3)


def test_today_with_a_lasting_state_is_nowadays() -> None:
    assert dated_events("Today the harbour town has a reputation for its smoked fish.", JUN_2013) == {}
    assert dated_events("Today the old mill has a population of owls.", JUN_2013) == {}
    assert dated_events("Today the district is known for its orchards.", JUN_2013) == {}
    # Near misses: today's happenings stay events.
    assert dated_events("Today the council announced a new budget.", JUN_2013) == {"Today": (JUN_2013, "day")}
    assert dated_events("Today the mayor has a meeting with the unions.", JUN_2013) == {"Today": (JUN_2013, "day")}


def test_a_date_line_glued_to_the_text_is_no_event() -> None:
    assert dated_events("How did the reef come back so fast?Tuesday, 7 January 2020", JAN_2020) == {}
    assert dated_events("How did the reef come back?\nTuesday, 7 January 2020\nThe reef is thriving.", JAN_2020) == {}


def test_a_whole_date_in_a_sentence_is_still_an_event() -> None:
    assert dated_events("The divers left the reef on 2 January 2020.", JAN_2020) == {
        "2 January 2020": (date(2020, 1, 2), "day")}
    assert "2 January 2020" in dated_events("The reef recovered. 2 January 2020 was the day the divers left.", JAN_2020)


def test_a_year_that_says_which_measurement_is_no_event() -> None:
    assert dated_events("The first survey counted 12 nests; the latest count, from 2018, found 40.", JAN_2020) == {}
    assert dated_events("The last census, from 2016, recorded 900 residents.", JAN_2020) == {}
    # Near misses: a survey made in a year, and an event noun, keep their date.
    assert dated_events("The rangers surveyed the island in 2018.", JAN_2020) == {"2018": (date(2018, 1, 1), "year")}
    assert dated_events("The ban, from 2016, was lifted in March.", JAN_2020).get("March") == (date(2019, 3, 1), "month")


def test_a_year_after_in_that_the_parse_hangs_on_the_next_noun() -> None:
    dated = dated_events("The family farm saved the breed, and in 2014 farmer Ana Reyes was awarded Breeder of the Year.",
                   JAN_2020)
    assert dated == {"2014": (date(2014, 1, 1), "year")}
    # A year that names a thing keeps no date.
    assert dated_events("She drove a 2014 model to the show.", JAN_2020) == {}
    assert dated_events("Buyers in 2014 models found the flaw first.", JAN_2020) == {}


def test_a_weekday_that_opens_a_works_title_is_no_day() -> None:
    assert dated_events("His latest book Sunday Strategists is a sharp look at amateur football.", JAN_2020) == {}
    # Near miss: a weekday after a verb before a name.
    assert dated_events("The club said Sunday that Ortega would leave.", JAN_2020) == {"Sunday": (date(2019, 12, 29), "day")}
