"""Session 14 (figs2): a day written before its month, vague money named by its currency (or by
what it is "in"), a scale glued to the second end of a range, glued cents and basis points, and
the price of a product set beside its name; with near misses from other kinds of news."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _by_text(body: str) -> dict[str, tuple[float, float | None, str | None, str | None]]:
    return {f.text: (f.value, f.value_high, f.unit, f.noun) for f in figures_of(body)}


@pytest.mark.parametrize("sentence", [
    "Comment by: Maria, 14 Nov 2012 | 09:41",
    "The hearing is set for 5 March.",
    "The council met on 21 Sept 2010 to vote.",
])
def test_a_day_before_its_month_is_a_date(sentence: str) -> None:
    assert figures_of(sentence) == []


@pytest.mark.parametrize(("sentence", "text"), [
    ("The firm hired 12 new staff in March.", "12"),  # the month after the noun
    ("Rescuers pulled 9 people from the river on 3 May.", "9"),
    ("The museum got 30 paintings, Dec 2011 figures show.", "30"),
])
def test_counts_near_a_month_stay(sentence: str, text: str) -> None:
    assert text in _by_text(sentence)


@pytest.mark.parametrize(("sentence", "text", "noun"), [
    ("Students shell out hundreds of dollars for used books.", "hundreds of dollars", "dollar"),
    ("The charity raised thousands of pounds last winter.", "thousands of pounds", "pound"),
    ("The clubs earn millions of euros a season.", "millions of euros", "euro"),
    ("They raised millions of dollars in donations.", "millions of dollars", "donation"),
])
def test_vague_money_is_named_by_its_currency_or_what_it_is_in(sentence: str, text: str, noun: str) -> None:
    assert _by_text(sentence)[text][3] == noun


def test_vague_money_spent_in_a_place_is_not_the_place() -> None:
    assert _by_text("They spent millions of dollars in the city.")["millions of dollars"][3] == "dollar"


@pytest.mark.parametrize(("sentence", "text", "low", "high"), [
    ("Analysts expect perhaps $300-350bn in new bond buying.", "$300-350bn", 300e9, 350e9),
    ("The fund raised $5-10m last year.", "$5-10m", 5e6, 10e6),
    ("The club paid £20-25m for the striker.", "£20-25m", 20e6, 25e6),
])
def test_a_scale_glued_to_the_second_end_applies_to_both(sentence: str, text: str, low: float, high: float) -> None:
    value, value_high, _, _ = _by_text(sentence)[text]
    assert (value, value_high) == (low, high)


def test_a_range_without_a_scale_is_unchanged() -> None:
    assert _by_text("Sales rose 5-10% in 2011.")["5-10%"][:3] == (5.0, 10.0, "percent")


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), [
    ("The central bank held its deposit rate at 25bp.", "25bp", 0.25, "percent"),
    ("The bank cut its rate by 50bp on Tuesday.", "50bp", 0.5, "percentage_point"),
    ("Spreads widened 40bps on Friday.", "40bps", 0.4, "percentage_point"),
    ("The store sells a song for 99¢ on its site.", "99¢", 0.99, "USD"),
    ("The shares closed at 45¢ on Friday.", "45¢", 0.45, "USD"),
])
def test_glued_cents_and_basis_points(sentence: str, text: str, value: float, unit: str) -> None:
    assert _by_text(sentence)[text][0] == pytest.approx(value)
    assert _by_text(sentence)[text][2] == unit


@pytest.mark.parametrize("sentence", [
    "Call 555-0199 now.",
    "The BP spill spread along the coast.",
    "Flight BP25 landed late.",
])
def test_codes_are_no_hundredths(sentence: str) -> None:
    assert all(f.unit not in {"percent", "percentage_point"} for f in figures_of(sentence))


@pytest.mark.parametrize(("sentence", "text"), [
    ("The new Kindle ($79) ships next week.", "$79"),
    ("Sketch Pad ($3 unlocked, iOS) offers a set of brushes.", "$3"),
    ("For $5, it is worth trying out.", "$5"),
    ("For $20 to $30, you get a decent pair of earbuds.", "$20 to $30"),
])
def test_a_price_beside_a_product(sentence: str, text: str) -> None:
    assert _by_text(sentence)[text][3] == "price"


@pytest.mark.parametrize(("sentence", "text"), [
    ("Acme Corp. ($4 billion) agreed to the deal.", "$4 billion"),  # a company's size
    ("Texas ($2 billion) got the most aid.", "$2 billion"),  # a place's share
    ("The stimulus bill ($787 billion) passed.", "$787 billion"),  # a common noun names it
    ("He was paid for $5, not more.", "$5"),
])
def test_no_price_beside_companies_places_or_nouns(sentence: str, text: str) -> None:
    assert _by_text(sentence)[text][3] != "price"


@pytest.mark.parametrize("sentence", [
    "They made the magazine's “10 People Who Don’t Matter” list in 2006.",
    "The “25 Under 25” list came out on Monday.",
    "It made the Forbes “30 Under 30 List” this year.",
])
def test_a_number_opening_a_quoted_title_is_a_name(sentence: str) -> None:
    assert figures_of(sentence) == []


@pytest.mark.parametrize(("sentence", "text"), [
    ("“10 people died in the blast,” the mayor said.", "10"),  # a quote in sentence case
    ("He said \"20 Senators Will Back It\" on Friday.", "20"),  # nothing names it a title
    ("“40 People Hurt In Crash”, read the report.", "40"),  # a quoted headline
])
def test_quoted_counts_that_are_no_titles_stay(sentence: str, text: str) -> None:
    assert text in _by_text(sentence)


@pytest.mark.parametrize(("sentence", "text", "noun"), [
    ("The cheaper earbuds sound worse but are half their price.", "half", "price"),
    ("The new model is a third its size.", "a third", "size"),
    ("She gave half her salary to charity.", "half", "salary"),
])
def test_a_share_of_an_owned_measure(sentence: str, text: str, noun: str) -> None:
    assert _by_text(sentence)[text][2:] == ("percent", noun)


@pytest.mark.parametrize("sentence", [
    "He spent half his time abroad.",  # time is no measure a share is of here
    "Half their staff quit.",
    "They sold half their shares.",
])
def test_half_before_other_owned_nouns_is_unchanged(sentence: str) -> None:
    assert figures_of(sentence) == []
