"""Dated events (session 20): a range of days of one month dates its first day, a split year its
first year, and "N units earlier" opening a sentence counts back from the date told before.
Every sentence here is made up."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import dated_events

MAY_2020 = date(2020, 5, 10)


def test_a_range_of_days_dates_its_first_day() -> None:
    found = dated_events("The summit was held on 9-19 December 2011 in Durban.", MAY_2020)
    assert list(found.values()) == [(date(2011, 12, 9), "day")]
    found = dated_events("The festival ran December 9–19, 2011, in Durban.", MAY_2020)
    assert list(found.values()) == [(date(2011, 12, 9), "day")]


def test_a_split_year_dates_its_first_year() -> None:
    found = dated_events("The club was relegated in 2015/16.", MAY_2020)
    assert list(found.values()) == [(date(2015, 1, 1), "year")]
    found = dated_events("The club was relegated in 2018/2019.", MAY_2020)
    assert list(found.values()) == [(date(2018, 1, 1), "year")]
    # Two years apart are no one year.
    assert dated_events("The club was relegated in 2015/19.", MAY_2020) == {}


def test_n_units_earlier_opening_a_sentence_counts_back_from_the_date_before() -> None:
    found = dated_events("Police arrested the suspect on May 1. Just two days earlier he had bought a rifle.",
                         MAY_2020)
    assert (date(2020, 4, 29), "day") in found.values()
    found = dated_events("The factory closed in 2012. A year earlier, it had cut 300 jobs.", MAY_2020)
    assert (date(2011, 1, 1), "year") in found.values()


def test_a_year_earlier_as_a_baseline_dates_nothing() -> None:
    found = dated_events("Exports rose 5% from a year earlier, the agency said on Friday.", MAY_2020)
    assert list(found.values()) == [(date(2020, 5, 8), "day")]


def test_n_units_earlier_after_a_past_verb_counts_back_from_the_date_before() -> None:
    found = dated_events("The new model came out on February 24. It replaced a model that had been "
                         "released three weeks earlier.", MAY_2020)
    assert (date(2020, 2, 3), "week") in found.values()
    # Near miss: "compared with a year earlier" is a baseline and dates nothing.
    found = dated_events("Exports rose 5% compared with a year earlier, the agency said on Friday.", MAY_2020)
    assert list(found.values()) == [(date(2020, 5, 8), "day")]


def test_n_years_have_passed_since_reads_like_n_years_ago() -> None:
    found = dated_events("Ten years have passed since I set up a small website.", MAY_2020)
    assert list(found.values()) == [(date(2010, 1, 1), "year")]
    # Told in the past, it counts from the time the story tells.
    found = dated_events("By 2015, five years had passed since the war ended.", MAY_2020)
    assert (date(2010, 1, 1), "year") in found.values()
    # Near miss: a span from a date dates nothing of its own.
    assert dated_events("Two years have passed since 2018.", MAY_2020) == {"2018": (date(2018, 1, 1), "year")}


def test_a_vague_count_of_days_or_weeks_ahead_dates_a_future() -> None:
    found = dated_events("The company will launch the phone in a few weeks.", MAY_2020)
    assert list(found.values()) == [(date(2020, 5, 25), "week")]
    found = dated_events("The board will vote in a couple of days.", MAY_2020)
    assert list(found.values()) == [(date(2020, 5, 12), "day")]
    # Near miss: a stretch up to now is no date ahead.
    assert dated_events("It was the team's first win in a few weeks.", MAY_2020) == {}


def test_a_year_has_passed_since_is_a_cue_for_a_full_parse() -> None:
    found = dated_events("A year has passed since the plant closed.", MAY_2020)
    assert list(found.values()) == [(date(2019, 1, 1), "year")]
