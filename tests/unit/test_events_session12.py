"""Time expressions from the blind set H (session 12): a month word inside a hyphenated name, a
bound ahead ("until July"), the time since a happening ("it's been seven years since"), "this
decade", holidays with a computable date, "today" in a relative clause in the present, a guess
among counts of weeks, a period that heads a value ("For 2015, the fee is $325"), and years
listed after an edition's name, and a year before 1800 after "in". Every sentence here is made up."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import dated_events

DEC_2013 = date(2013, 12, 2)  # a Monday
NOV_2013 = date(2013, 11, 26)  # the Tuesday before Thanksgiving (Nov. 28)
NOV_2023 = date(2023, 11, 6)


def test_a_month_word_in_a_hyphenated_name_is_no_month() -> None:
    assert dated_events("The inspectors toured Mar-a-Lago and two golf clubs.", NOV_2023) == {}
    assert dated_events("Physicist May-Britt Moser won the prize with her husband.", NOV_2023) == {}
    # A month after a preposition is still one.
    assert dated_events("The inspectors toured the club in March.", NOV_2023) == {"March": (date(2023, 3, 1), "month")}


def test_a_bound_with_until_lies_ahead() -> None:
    assert dated_events("The city is raising bus fares, but riders must wait until July to pay more.", DEC_2013) == {
        "July": (date(2014, 7, 1), "month")}
    # A past clause keeps its past month.
    assert dated_events("The shop stayed closed until July.", DEC_2013) == {"July": (date(2013, 7, 1), "month")}


def test_the_time_since_a_happening_dates_it() -> None:
    assert dated_events("It's been six years since the club won its last cup, and 12 years since its first.",
                  NOV_2023) == {"six years since": (date(2017, 1, 1), "year"),
                                "12 years since": (date(2011, 1, 1), "year")}
    assert dated_events("It has been a year since the fire destroyed the mill.", NOV_2023) == {
        "a year since": (date(2022, 1, 1), "year")}
    # A past perfect counts from a past moment; "since" a year is a span from it.
    assert dated_events("It had been two years since the plant closed.", NOV_2023) == {}


def test_this_decade_dates_a_happening() -> None:
    assert dated_events("Sea levels will rise past the old record this decade, the agency said.", NOV_2023)[
        "this decade"] == (date(2020, 1, 1), "decade")


def test_holidays_used_as_times_resolve() -> None:
    assert dated_events("Forecasters expect clear roads into Thanksgiving.", NOV_2013) == {
        "Thanksgiving": (date(2013, 11, 28), "day")}
    assert dated_events("About 30 million people will fly over the Thanksgiving holiday weekend.", NOV_2013)[
        "Thanksgiving holiday weekend"] == (date(2013, 11, 25), "week")
    assert dated_events("Some 300 drivers died during Thanksgiving weekend last year, officials said.", NOV_2013)[
        "Thanksgiving weekend last year"] == (date(2012, 11, 19), "week")
    assert dated_events("The bakery burned down on Christmas Eve.", NOV_2013) == {
        "Christmas Eve": (date(2012, 12, 24), "day")}
    assert dated_events("The stores will open at 6 a.m. on Black Friday.", NOV_2013)["Black Friday"] == (
        date(2013, 11, 29), "day")
    assert dated_events("The festival returns on Memorial Day, organisers said.", NOV_2013) == {
        "Memorial Day": (date(2014, 5, 26), "day")}
    assert dated_events("The chapel was full on Easter Sunday 2012.", NOV_2013) == {
        "Easter Sunday 2012": (date(2012, 4, 8), "day")}


def test_holiday_names_that_name_things_are_no_dates() -> None:
    assert dated_events("The best Black Friday deals on laptops are here.", NOV_2013) == {}
    assert dated_events("She mailed 40 Christmas cards to her neighbours.", NOV_2013) == {}
    assert dated_events("Cyber Monday discounts on headphones are live.", NOV_2013) == {}
    assert dated_events("The primary is set for Super Tuesday.", NOV_2013) == {}  # its date varies


def test_today_in_a_present_relative_clause_is_nowadays() -> None:
    assert dated_events("Reyes, a Tucson, Arizona, native, once stood at the lectern that Whitfield commands today.",
                  NOV_2023) == {}
    # A content clause after a noun of news is this day's news.
    assert "today" in dated_events("Voters welcomed the news that the mayor resigns today.", NOV_2023)


def test_a_guess_among_counts_of_weeks_is_no_date() -> None:
    assert dated_events("“We will prove it in two weeks or five weeks or nine weeks,” she said.", NOV_2023) == {}
    assert "in two weeks" in dated_events("The teams meet again in two weeks.", NOV_2023)


def test_a_period_heading_a_value_is_a_baseline() -> None:
    assert dated_events("For 2015, the fee is $325 per household.", DEC_2013) == {}
    assert dated_events("For the third quarter, the target is 4%.", DEC_2013) == {}
    # A happening in that period is still dated.
    assert "2015" in dated_events("For 2015, the city will hire 40 officers.", DEC_2013)


def test_years_listed_after_an_editions_name_are_names() -> None:
    assert dated_events("The pair won Worlds 2013, 2015, and 2016 together.", NOV_2023) == {}
    assert dated_events("The pair won titles in 2013, 2015, and 2016.", NOV_2023) == {
        "2013": (date(2013, 1, 1), "year"), "2015": (date(2015, 1, 1), "year"),
        "2016": (date(2016, 1, 1), "year")}


def test_an_older_year_after_in_is_a_year() -> None:
    assert dated_events("The first parliament created the tax office in 1789.", NOV_2023) == {
        "1789": (date(1789, 1, 1), "year")}
    # A count of things after "in" is no year.
    assert dated_events("The firm now has offices in 1500 towns.", NOV_2023) == {}
