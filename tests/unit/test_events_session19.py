"""Dated events from the blind set R (session 19): a time before the calendar's first year dates
nothing and stops nothing. Every sentence here is made up."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import dated_events

JUN_2019 = date(2019, 6, 5)


def test_a_time_before_year_one_dates_nothing() -> None:
    assert dated_events("The game was first played around 2,500 years ago in Persia.", JUN_2019) == {}
    assert dated_events("The first towns rose some 10,000 years ago on the river.", JUN_2019) == {}
    # Near miss: a span the calendar holds keeps its year.
    assert dated_events("The bridge was built 150 years ago.", JUN_2019) == {"150 years ago": (date(1869, 1, 1), "year")}
