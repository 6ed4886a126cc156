"""Scheduled futures, product availability, shop discounts and hearings of deliberative bodies
(session 11, second events round). Every sentence here is made up; the publication day of
NOV_2019 is Tuesday 19 November 2019."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.test_extract_events import NOV_2019, events_of


def _dated(body: str) -> dict[str, tuple[str, date]]:
    return {e.date_text: (e.event_type, e.event_date) for e in events_of(body, NOV_2019)}


def test_a_present_copula_with_a_clock_time_schedules_the_coming_weekday() -> None:
    assert _dated("Kickoff is at 1 p.m. Saturday at the county stadium.") == {
        "Saturday": ("sport", date(2019, 11, 23))}
    assert _dated("The recital is at 7 p.m. Thursday in the old chapel.")["Thursday"][1] == date(2019, 11, 21)
    # A past copula keeps the past weekday.
    assert _dated("The recital was at 7 p.m. Thursday in the old chapel.")["Thursday"][1] == date(2019, 11, 14)


def test_a_product_that_ships_or_opens_for_orders_on_a_day_is_a_coming_launch() -> None:
    assert _dated("The tablet ships on Friday.") == {"Friday": ("business", date(2019, 11, 22))}
    assert _dated("The new camera ships Friday in two colours.") == {"Friday": ("business", date(2019, 11, 22))}
    assert _dated("Pre-orders open on Friday.")["Friday"] == ("business", date(2019, 11, 22))
    # What a present light verb starts is scheduled too.
    assert _dated("Preorders begin Thursday at 9 a.m.")["Thursday"] == ("business", date(2019, 11, 21))
    # A verbless line naming ships is no launch.
    assert _dated("Navy ships on patrol in the gulf.") == {}


def test_a_deal_among_prices_cut_is_a_shop_discount() -> None:
    assert _dated("The speaker is $40 off, and the deal ends on Sunday.")["Sunday"][0] == "business"
    assert _dated("Save 30% on blenders: the deal runs until Friday.")["Friday"][0] == "business"
    # Without a word of discount a deal stays a pact.
    assert _dated("The two states said the deal expires Friday.")["Friday"][0] == "agreement"


def test_a_hearing_of_a_deliberative_body_is_a_meeting() -> None:
    assert _dated("The state commission holds a public hearing Thursday with the water utilities.")[
        "Thursday"][0] == "meeting"
    assert _dated("At a hearing last month of the Senate finance committee, the minister answered for the cuts.")[
        "last month"][0] == "meeting"
    # A hearing a legal word names stays a court's.
    assert _dated("The judge set a bail hearing for Monday.")["Monday"][0] == "legal_judicial"


def test_a_contestant_voted_off_a_show_is_entertainment() -> None:
    assert _dated("The singer was voted off the talent show on Monday.")["Monday"][0] == "culture_entertainment"
    assert _dated("The baker was voted off the cooking competition on Sunday night.")["Sunday night"][0] == (
        "culture_entertainment")
    # Voters still vote in elections.
    assert _dated("Residents voted on Tuesday to approve the new charter.")["Tuesday"][0] == "election_vote"


def test_an_event_a_company_holds_is_a_meeting_whatever_the_topic() -> None:
    body = ("The studio is holding an event on December 2 to show its new games. Fans can play the games "
            "at the event. The games win awards and the season of games goes on, with tournaments and a "
            "championship match.")
    assert _dated(body)["December 2"][0] == "meeting"


def test_companies_bought_or_sold_change_hands_as_business() -> None:
    body = ("Retail sales rose 3 percent in October. Sales of cars fell in September. Prices rose in August. "
            "The founder sold Brightline Analytics to a bank in 2012.")
    assert _dated(body)["2012"][0] == "business"
    assert _dated("The group bought the startup last year.")["last year"][0] == "business"


def test_an_opening_ceremony_in_a_sports_story_is_sport() -> None:
    body = ("The champions won the final match 3-1. The league opened its season in the stadium after the "
            "tournament draw. The organisers held the opening ceremony on Monday before the first game.")
    assert _dated(body)["Monday"][0] == "sport"


def test_a_legislature_back_from_recess_meets() -> None:
    assert _dated("The parliament resumed from its summer recess on Monday.")["Monday"][0] == "meeting"


def test_what_a_company_unveils_is_its_product_in_any_field() -> None:
    body = ("The probe landed on the moon in January. Astronomers observed the crater in February. The "
            "rover studied the rocks. The firm will offer the agency a lander that the company unveiled in May.")
    assert _dated(body)["May"][0] == "business"


def test_cancelling_talks_or_a_visit_is_a_decision() -> None:
    assert _dated("The prime minister scuttled the talks in September.")["September"][0] == "policy_decision"
    assert _dated("The minister cancelled her visit to Oslo on Monday.")["Monday"][0] == "policy_decision"
    # Holding talks is still a meeting.
    assert _dated("The envoys held talks in September.")["September"][0] == "meeting"


@pytest.mark.parametrize(("body", "expected"), [
    ("Polls open on Tuesday at 7 a.m. across the state.", "election_vote"),
    ("Polling stations opened on Sunday morning in the capital.", "election_vote"),
    ("The trial opened on Monday in Manhattan.", "legal_judicial"),
    ("The summit closed on Friday with a joint statement.", "meeting"),
    # What opens names nothing: the verb keeps its own type.
    ("The new store opened on Saturday in the mall.", "business"),
    ("The Dow closed up 2% on Monday.", "economic_release"),
])
def test_what_opens_or_closes_names_the_event(body: str, expected: str) -> None:
    (event,) = events_of(body, NOV_2019)
    assert event.event_type == expected
