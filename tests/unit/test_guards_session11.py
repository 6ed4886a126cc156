"""Session 11 review: counter-examples from other kinds of news where the session's shopping,
event and source rules must not fire. Every sentence here is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _by_value(sentence: str) -> dict[float, tuple[str | None, str | None]]:
    return {f.value: (f.unit, f.noun) for f in figures_of(sentence)}


@pytest.mark.parametrize("sentence, value", [
    ("The judge fined him $500 (was $250 under the old rules) for contempt.", 250),
    ("The defendant was ordered to pay $200 (was $150 before the appeal).", 150),
    ("The fine for littering is $250, usually $100 for a first offence.", 100),
    ("Average pay was $52,000, typically $48,000 in rural counties.", 48000),
])
def test_an_earlier_fine_rent_or_pay_is_no_shelf_price(sentence: str, value: float) -> None:
    assert _by_value(sentence)[value][1] != "price"


@pytest.mark.parametrize("sentence, value", [
    ("The selloff wiped 2% off the FTSE 100 on Monday.", 2),
    ("The profit warning knocked 8% off the company's shares.", 8),
    ("The floods knocked 10% off the town's population.", 10),
])
def test_a_market_loss_off_a_value_is_no_discount(sentence: str, value: float) -> None:
    assert _by_value(sentence)[value][1] != "discount"


def test_a_price_cut_knocked_off_a_product_is_still_a_discount() -> None:
    assert _by_value("The retailer knocked $100 off the Varno tablet.")[100] == ("USD", "discount")


# --- events: time expressions the session's exclusions must keep -------------------------------

from tests.unit.test_extract_events import NOV_2019, events_of  # noqa: E402


def _dated(body: str) -> dict[str, str]:
    return {e.date_text: e.event_type for e in events_of(body, NOV_2019)}


@pytest.mark.parametrize("body", [
    "The senator faces a confirmation vote today in the Judiciary Committee.",
    "Firefighters struggle today to contain the wildfire near the town.",
    "Thousands of residents remain without power today after the storm.",
])
def test_today_with_face_struggle_or_remain_is_this_day(body: str) -> None:
    assert "today" in _dated(body)


def test_a_named_storm_with_its_year_in_brackets_is_dated() -> None:
    assert "2005" in _dated("The floods were the worst since Hurricane Katrina (2005), officials said.")


@pytest.mark.parametrize("body, year", [
    ("Smith led the company as chief executive from 2009, when he replaced Jones.", "2009"),
    ("Gonzalez, the team's coach from 2012, was fired on Monday.", "2012"),
])
def test_an_office_from_a_year_is_a_tenure_not_a_vintage(body: str, year: str) -> None:
    assert year in _dated(body)


def test_a_census_month_dates_the_count() -> None:
    assert "April 2020" in _dated("The April 2020 census will count every resident of the state.")


@pytest.mark.parametrize("body, day", [
    ("The game takes place on Sunday at Wembley Stadium.", "Sunday"),
    ("The show takes place on Saturday at the Hollywood Bowl.", "Saturday"),
    ("The game is set for Sunday at 1 p.m. in Foxborough.", "Sunday"),
])
def test_a_fixture_taking_place_or_set_for_a_day_is_no_fiction_setting(body: str, day: str) -> None:
    assert day in _dated(body)


def test_a_plea_deal_that_saves_a_trial_is_no_discount() -> None:
    assert _dated("The plea deal, which saves the state a costly trial, was signed on Friday.")["Friday"] != "business"


def test_a_parole_board_hearing_stays_legal() -> None:
    assert _dated("The parole board hearing is scheduled for Thursday.")["Thursday"] != "meeting"


# --- sources: who a pronoun stands for ---------------------------------------------------------

def test_the_subject_of_a_reported_clause_is_an_actor_for_she() -> None:
    from tests.unit.test_extract_citations_session9 import citations_of

    body = ("Prosecutor Mark Hill said the defendant, Sarah Jones, lied to police. She denied the "
            "charges in court, her lawyer said.")
    assert [c.canonical_name for c in citations_of(body) if c.cited_as == "She"] == ["Sarah Jones"]


# --- cleaning: an article's own subheadings ------------------------------------------------------

@pytest.mark.parametrize("text, related", [
    ("Also on the ballot", False),
    ("Also in the bill", False),
    ("Also on the agenda", False),
    ("Also on CNN", True),
    ("Also on example.com", True),
])
def test_also_on_names_another_site_not_an_article_subheading(text: str, related: bool) -> None:
    from newsfacts.clean.related import is_related_heading

    assert is_related_heading(text) is related
