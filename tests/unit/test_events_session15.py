"""Dated events from the blind set N (session 15): "Today" meaning nowadays, a past that did not
happen, the end of a century, an offset set beside its year, "That year", a story's own time
("It was five years since", "In March, she had become"), a list of names that hid a date's verb,
a day inside someone's quote, and "throughout the year" ahead. Every sentence here is made up."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import dated_events

AUG_2011 = date(2011, 8, 4)  # a Thursday
APR_2014 = date(2014, 4, 24)
JUN_2014 = date(2014, 6, 26)


def test_today_as_nowadays() -> None:
    # What can be done nowadays, a present passive in a relative clause, and what a thing is called.
    assert dated_events("Today, visitors to the old fort can read its history on a plaque.", AUG_2011) == {}
    assert dated_events("The dam changed the way most of the valley's power is generated today.", AUG_2011) == {}
    assert dated_events("Today it's called a model school.", AUG_2011) == {}
    # Near misses: an offer to the reader, a happening of the day and a past passive keep the day.
    assert dated_events("Today, you can order the headphones for $99.", AUG_2011) == {"Today": (AUG_2011, "day")}
    assert dated_events("Today the museum opened a new wing.", AUG_2011) == {"Today": (AUG_2011, "day")}
    assert dated_events("The strike was called off today.", AUG_2011) == {"today": (AUG_2011, "day")}


def test_a_condition_closed_by_the_date_supposes() -> None:
    assert dated_events("If you need a loan today to pay the rent today, you have few options.", AUG_2011) == {}
    # Near miss: a condition on a scheduled happening keeps its date.
    assert "Tuesday" in dated_events("If the vote is held on Tuesday, the bill will pass.", AUG_2011)


def test_a_past_that_did_not_happen_is_no_event() -> None:
    assert dated_events("If the mill had stayed open until 2005, the town would have survived.", AUG_2011) == {}
    assert dated_events("Had the match been played in May, the club would have lost.", AUG_2011) == {}
    # Near misses: a past perfect without a condition, and a conceded one, are dated.
    assert dated_events("He said he had left the company in May.", AUG_2011) == {"May": (date(2011, 5, 1), "month")}


def test_the_end_of_a_century_is_its_last_decade() -> None:
    assert dated_events("At the end of the 18th century the town became a port.", AUG_2011) == {
        "the 18th century": (date(1790, 1, 1), "decade")}
    assert dated_events("The town became a port in the 18th century.", AUG_2011) == {
        "the 18th century": (date(1700, 1, 1), "decade")}


def test_a_count_written_with_a_hyphen() -> None:
    assert dated_events("The firm was founded twenty-five years ago.", AUG_2011) == {
        "twenty-five years ago": (date(1986, 1, 1), "year")}


def test_an_offset_set_beside_its_year_names_that_year() -> None:
    assert dated_events("Thirty-two years after the plant closed, in 1990, a museum opened on the site.", AUG_2011) == {
        "Thirty-two years after": (date(1990, 1, 1), "year"), "1990": (date(1990, 1, 1), "year")}
    assert dated_events("The year after the war ended, in 1919, the bridge was rebuilt.", AUG_2011) == {
        "The year after": (date(1919, 1, 1), "year"), "1919": (date(1919, 1, 1), "year")}
    # Near miss: without a year beside it, "the year after" a clause is not counted from anything.
    assert dated_events("The year after the war ended, the bridge was rebuilt.", AUG_2011) == {}


def test_that_year_is_the_year_named_before() -> None:
    assert dated_events("In 2009, a trainer pleaded guilty to fraud. That year, the fair made $2 million.", AUG_2011) == {
        "2009": (date(2009, 1, 1), "year"), "That year": (date(2009, 1, 1), "year")}
    assert dated_events("He joined the bank in March 2005. Later that year he was named its chief.", AUG_2011) == {
        "March 2005": (date(2005, 3, 1), "month"), "Later that year": (date(2005, 1, 1), "year")}
    # Near misses: inside a sentence, and as a possessive, "that year" dates nothing of its own.
    assert dated_events("In 2008, she told her staff they could have ten hours of her time that year.", AUG_2011) == {
        "2008": (date(2008, 1, 1), "year")}
    assert dated_events("That year's harvest was poor.", AUG_2011) == {}


def test_a_story_told_in_an_earlier_year_counts_from_its_time() -> None:
    body = ("One day in July 2001, the founder decided to fire his managers. It was just five years "
            "since he had started the company in a dorm room.")
    assert dated_events(body, APR_2014)["five years since"] == (date(1996, 1, 1), "year")
    body = ("One day in July 2001, the founder decided to fire his managers. His deputy took her "
            "concerns to the chairman. In March, the chairman had joined from a rival.")
    assert dated_events(body, APR_2014)["March"] == (date(2001, 3, 1), "month")
    # Near misses: told in the present, the time since counts from publication; with no earlier
    # year named, a past perfect month is the last one before publication; and with no date named
    # before, "It was five years since" has nothing to count from.
    assert dated_events("It's been five years since the team won a title.", APR_2014) == {
        "five years since": (date(2009, 1, 1), "year")}
    assert dated_events("By March, sales had fallen.", APR_2014) == {"March": (date(2014, 3, 1), "month")}
    assert dated_events("It was five years since the team won a title.", APR_2014) == {}


def test_a_list_of_names_is_one_step_to_the_verb() -> None:
    body = ("The films will be released on services such as iTunes, Google Play, Amazon Instant Video, "
            "and Xbox Video around the world on April 10th, the studio announced today.")
    assert dated_events(body, date(2015, 4, 6)) == {"April 10th": (date(2015, 4, 10), "day"),
                                              "today": (date(2015, 4, 6), "day")}


def test_a_day_inside_a_quote_sets_no_news_day() -> None:
    body = ('"We had a dance on Saturday night," she says.\n'
            '"We\'re gonna have a big show today," the warden tells us.')
    assert dated_events(body, AUG_2011)["today"] == (AUG_2011, "day")
    # Near miss: a day the narrator names is the day a later quote's "today" means.
    body = 'On Tuesday the committee met in the capital. "We made progress today," the chairman said.'
    assert dated_events(body, AUG_2011)["today"] == (date(2011, 8, 2), "day")


def test_throughout_the_year_ahead_is_this_year() -> None:
    assert dated_events("More levels will be added as free updates throughout the year.", JUN_2014) == {
        "throughout the year": (date(2014, 1, 1), "year")}
    # Near misses: in a present or a past clause it is a span.
    assert dated_events("The park is open throughout the year.", JUN_2014) == {}
    assert dated_events("Sales rose throughout the year.", JUN_2014) == {}


def test_a_long_subject_read_as_the_root_keeps_its_verb() -> None:
    body = "In 1999, for instance, the method by which large web companies added server space had become routine."
    assert dated_events(body, APR_2014) == {"1999": (date(1999, 1, 1), "year")}
    # Near miss: a relative clause that ends before the sentence does is the noun's own.
    assert dated_events("In 1999, the servers that the web companies bought, racks of them, filled warehouses.",
                  APR_2014) == {"1999": (date(1999, 1, 1), "year")}
