"""Dated events from the blind set R (session 19, rule writer evts): a story told in an earlier
year goes on in it, and dates anchored on the month or day named before. Every sentence here is
made up."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import dated_events

MAR_2021 = date(2021, 3, 10)


def test_a_day_weeks_after_an_earlier_years_day_goes_on_in_that_year() -> None:
    body = ("The minister flew to Geneva on October 3, 2016 for talks with the lenders.\n"
            "The talks had been prepared for months by a small team of advisers who worked in secret. "
            "They met in hotels and rented rooms, and they changed their phones every week.\n"
            "Few in the ministry knew of the plan, and those who did were told to say nothing to the press "
            "or to their colleagues, whatever happened in the days that followed.\n"
            "The lenders, for their part, sent two lawyers and an economist, who stayed in another hotel "
            "across the river and took a boat to every meeting.\n"
            "On October 9, the minister signed the deal in a hotel by the lake.")
    assert dated_events(body, MAR_2021)["October 9"] == (date(2016, 10, 9), "day")
    # Near miss: a day months away from the earlier year's day is told of the present.
    far = body.replace("On October 9", "On February 9")
    assert dated_events(far, MAR_2021)["February 9"] == (date(2021, 2, 9), "day")


def test_a_day_of_the_month_named_before() -> None:
    events = dated_events("The council approved the plan in June 2016. On the 27th of the same month, "
                          "the mayor signed the contract.", MAR_2021)
    assert events["the 27th of the same month"] == (date(2016, 6, 27), "day")
    events = dated_events("In December 2015, the board met in Oslo. On the 10th of that month, the chairman "
                          "sent a letter to the staff.", MAR_2021)
    assert events["the 10th of that month"] == (date(2015, 12, 10), "day")
    # Near miss: a day of no month named before dates nothing.
    assert dated_events("On the 3rd of the month, the rent is paid.", MAR_2021) == {}


def test_that_same_day_is_the_day_named_before() -> None:
    events = dated_events("Police arrested the mayor on April 3, 2018. That same day, his deputy resigned.",
                          MAR_2021)
    assert events["That same day"] == (date(2018, 4, 3), "day")
    # the news day itself too: "same" points back at it, where "That month" would not
    events = dated_events("The company was sold on Friday. That same day, its workers walked out.", MAR_2021)
    assert events["That same day"] == (date(2021, 3, 5), "day")


def test_today_that_lasts_up_to_now_is_nowadays() -> None:
    assert dated_events("His letters, still being read today, changed the debate.", MAR_2021) == {}
    assert dated_events("The feud between the two courts hasn't ceased to fascinate lawyers until today.",
                        MAR_2021) == {}
    # Near misses: a happening of this day, and "still" meaning "even so" on a past happening.
    assert dated_events("The minister resigned today.", MAR_2021) == {"today": (MAR_2021, "day")}
    assert dated_events("Shares still fell today after the report.", MAR_2021) == {"today": (MAR_2021, "day")}


def test_a_month_of_a_weekly_repetition_is_no_date() -> None:
    assert dated_events("We will be adding new episodes weekly throughout April.", MAR_2021) == {}
    # Near miss: without the repetition the month dates what is added.
    assert dated_events("We will add new episodes throughout April.", MAR_2021) == {
        "April": (date(2021, 4, 1), "month")}


def test_a_century_spelled_out() -> None:
    assert dated_events("Rich merchants took up the game at the turn of the nineteenth century.", MAR_2021) == {
        "the nineteenth century": (date(1800, 1, 1), "decade")}
    # Near miss: "during" the century is a span.
    assert dated_events("The town was known for its mills during the sixteenth century, records show.",
                        MAR_2021) == {}


def test_a_dated_list_line_with_a_verb_in_brackets() -> None:
    body = "Looking back.\n8 May 2012: the first issue of the paper (everything before was a test run). The mayor read it."
    assert dated_events(body, MAR_2021) == {"8 May 2012": (date(2012, 5, 8), "day")}
