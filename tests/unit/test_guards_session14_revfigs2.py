"""Session 14 review (revfigs2): near misses of the figs2 rules (a day before a month, a quoted
title, a price beside a name, glued cents and basis points) from other kinds of news."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _by_text(body: str) -> dict[str, tuple[float, float | None, str | None, str | None]]:
    return {f.text: (f.value, f.value_high, f.unit, f.noun) for f in figures_of(body)}


@pytest.mark.parametrize(("sentence", "text"), [
    ("The “3 Killed In Crash” headline ran on page one.", "3"),
    ("A “10 Arrested At Protest” banner ran across the site.", "10"),
    ("Trump's “3 Million Illegal Votes” claim was false.", "3 Million"),
    ("“10 People Died,” read the headline in the Post.", "10"),
    ("“15 Children Rescued From Flooded School,” the Times reported.", "15"),
])
def test_a_quoted_headline_or_claim_keeps_its_count(sentence: str, text: str) -> None:
    assert text in _by_text(sentence)


@pytest.mark.parametrize("sentence", [
    "He starred in “21 Jump Street” in 2012.",
    "The magazine's “50 Most Powerful Women” list includes her.",
])
def test_quoted_names_stay_names(sentence: str) -> None:
    assert figures_of(sentence) == []


@pytest.mark.parametrize(("sentence", "text"), [
    ("Ronaldo ($105 million) topped the Forbes list.", "$105 million"),  # earnings
    ("Smith ($2.5m) was the club's biggest signing.", "$2.5m"),  # a fee
    ("Manchester United (£400m) lead the table of spenders.", "£400m"),  # spending
    ("The Chargers ($1.2 billion) lease ends in 2020.", "$1.2 billion"),
])
def test_a_scaled_amount_beside_a_name_is_no_price(sentence: str, text: str) -> None:
    assert _by_text(sentence)[text][3] != "price"


def test_glued_cents_ending_a_sentence_are_money() -> None:
    figures = _by_text("Milk rose from 89¢ to 99¢.")
    assert [unit for _, _, unit, _ in figures.values()] == ["USD", "USD"]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), [
    ("Yields rose 10bp to 2.3%.", "10bp", 0.1, "percentage_point"),
    ("The euro stood at 87¢ against the pound.", "87¢", 0.87, "EUR"),
    ("Petrol rose 5¢ a gallon.", "5¢", 0.05, "USD"),
])
def test_glued_hundredths(sentence: str, text: str, value: float, unit: str) -> None:
    assert _by_text(sentence)[text][0] == pytest.approx(value)
    assert _by_text(sentence)[text][2] == unit


@pytest.mark.parametrize(("sentence", "text"), [
    ("Organisers expect 40,000 people at 6 May rallies.", "40,000"),
    ("Seven men were arrested on 5 May after a raid.", "Seven"),
])
def test_counts_beside_a_day_and_month_stay(sentence: str, text: str) -> None:
    assert text in _by_text(sentence)


def test_a_scale_glued_to_a_range_end_is_not_a_length() -> None:
    assert _by_text("The 2-3m tall fence was built.")["2-3m"][:3] == (2.0, 3.0, "m")


@pytest.mark.parametrize(("sentence", "text", "unit"), [
    ("The Fed delivered a cut of 25bp on Wednesday.", "25bp", "percentage_point"),  # a change
    ("Yields saw a rise of 10bp.", "10bp", "percentage_point"),
    ("The bank held its rate at 25bp.", "25bp", "percent"),  # a level
])
def test_basis_points_after_of_a_change_are_points(sentence: str, text: str, unit: str) -> None:
    assert _by_text(sentence)[text][2] == unit


@pytest.mark.parametrize(("sentence", "text"), [
    ("The city has spent millions of dollars in recent years on the stadium.", "millions of dollars"),
    ("Investors lost billions of dollars in minutes.", "billions of dollars"),
])
def test_vague_money_in_a_time_is_not_the_time(sentence: str, text: str) -> None:
    assert _by_text(sentence)[text][3] == "dollar"
