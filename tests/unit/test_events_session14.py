"""Dated events from the blind set L (session 14): two dated readings of a value ("fell from $9
million in 2015 to $4 million in 2018"), an amount a date holds ("On Friday its value was $2
billion"), a bracketed dateline ("BOSTON (May 3) --"), "this fall" still ahead, a month the story
named before ("the March trip"), and the recession of a year. Every sentence here is made up."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import dated_events, events_of

AUG_2010 = date(2010, 8, 13)
FEB_2014 = date(2014, 2, 12)
JAN_2011 = date(2011, 1, 20)


def _types(body: str, published: date) -> dict[str, str]:
    return {e.date_text: e.event_type for e in events_of(body, published)}


def test_two_dated_readings_of_a_value_are_no_event() -> None:
    assert dated_events("The club's debt fell from $9 million in 2005 to about $4 million in 2008.", AUG_2010) == {}
    assert dated_events("Household debt rose from 60 percent of income at the start of the decade "
                  "to 95 percent by March 2009.", AUG_2010) == {}
    # Near misses: with no date at the start the date after the new value dates the change, and a
    # target still ahead keeps its year.
    assert dated_events("The tax rose from 10% to 25% in May 2009.", AUG_2010) == {"May 2009": (date(2009, 5, 1), "month")}
    assert dated_events("The plan aims to cut costs from about $5 today to $2 by 2020.", AUG_2010) == {
        "2020": (date(2020, 1, 1), "year")}


def test_an_amount_that_a_date_holds_is_no_event() -> None:
    assert dated_events("At the close Tuesday the firm's market value was $80 billion.", AUG_2010) == {}
    # Near misses: a period that names the reading on the subject, a member rather than an
    # amount, and a happening for the subject stay events.
    assert dated_events("The vote was 5-4 on Tuesday.", AUG_2010) == {"Tuesday": (date(2010, 8, 10), "day")}
    assert dated_events("Officials said Monday the driver was one of three people hurt.", AUG_2010) == {
        "Monday": (date(2010, 8, 9), "day")}


def test_a_bracketed_dateline_is_no_event() -> None:
    assert dated_events("BOSTON (Aug. 12) -- The mayor has ordered a review of the city's bridges.", AUG_2010) == {}
    assert dated_events("SAN DIEGO, Calif. (Aug. 11) — The port will close a terminal.", AUG_2010) == {}
    # Near miss: a date in brackets inside a sentence still dates its happening.
    assert dated_events("The council vote (on Aug. 2) -- a narrow one -- passed the budget.", AUG_2010) == {
        "Aug. 2": (date(2010, 8, 2), "day")}


def test_this_season_still_ahead_is_this_years() -> None:
    assert dated_events("This fall she stars in a new police drama.", AUG_2010) == {"This fall": (date(2010, 9, 1), "quarter")}
    assert dated_events("This fall she will star in a new police drama.", AUG_2010) == {
        "This fall": (date(2010, 9, 1), "quarter")}
    # Told in the past, a season not yet begun this year is last year's; a winter named in
    # January began the year before; a season begun keeps this year.
    assert dated_events("I met the coach this summer at a clinic.", FEB_2014) == {"this summer": (date(2013, 6, 1), "quarter")}
    assert dated_events("This winter the lake froze over.", JAN_2011) == {"This winter": (date(2010, 12, 1), "quarter")}
    assert dated_events("This spring the council approved the plan.", AUG_2010) == {
        "This spring": (date(2010, 3, 1), "quarter")}


def test_a_month_named_before_is_the_same_month() -> None:
    body = ("The senator took a leave from the chamber in January.\n"
            "The January leave was her second in three years.")
    published = date(2011, 8, 24)
    assert {(e.date_text, e.event_date) for e in events_of(body, published)} == {
        ("January", date(2011, 1, 1))}
    # Near miss: with no month named before, a month on a noun is the nearest such month.
    assert dated_events("The November strike was the union's third in a decade.", published) == {
        "November": (date(2011, 11, 1), "month")}


def test_the_recession_of_a_year_is_a_dated_happening_of_no_release() -> None:
    assert _types("Jobs grew faster after the recession of 1982 than now.", AUG_2010) == {"1982": "other"}
    assert dated_events("Hiring picked up after the downturn of 1991.", AUG_2010) == {"1991": (date(1991, 1, 1), "year")}
    # A value's noun is still no happening.
    assert dated_events("The sales of 2009 were the weakest in years.", AUG_2010) == {}


def test_signing_a_bill_into_law_is_a_decision() -> None:
    assert _types("The governor signed the budget bill on Tuesday.", AUG_2010) == {"Tuesday": "policy_decision"}
    assert _types("The pension act was signed into law by the president on June 3, 1961.", AUG_2010) == {
        "June 3, 1961": "policy_decision"}
    assert _types("The farm bill the president signed into law last month cut subsidies.", AUG_2010) == {
        "last month": "policy_decision"}
    # Near miss: parties that sign a treaty agree.
    assert _types("The two countries signed a border treaty on Tuesday.", AUG_2010) == {"Tuesday": "agreement"}
