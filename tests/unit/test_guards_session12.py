"""Guards on session 12's rules: made-up news from other topics where a new rule's trigger
appears but the rule must not fire, beside a case where it still must."""

from __future__ import annotations

from datetime import date

import pytest

from newsfacts.clean.metadata import authors
from tests.unit.test_authors_session12 import _page
from tests.unit.test_extract_citations_session9 import sources_of
from tests.unit.test_extract_events import events_of
from tests.unit.test_extract_figures import figures_of


@pytest.mark.parametrize("body", [
    "Everyone has put in their two cents' worth on the new stadium.",
    "Here are my two cents on the transfer window.",
    "He said the plan was not worth two cents.",
])
def test_two_cents_as_an_opinion_is_no_money(body: str) -> None:
    assert not [f for f in figures_of(body) if f.value in {2, 0.02}]


def test_a_price_in_cents_is_still_money() -> None:
    assert [(f.value, f.unit) for f in figures_of("A stamp now costs two cents more than last year.")] == [
        (0.02, "USD")]


@pytest.mark.parametrize("body", [
    "The 20 new trains are expected by December.",
    "Around 300 new homes are expected by Christmas.",
    "Some 2,000 jobs projected by Q3 will not appear.",
])
def test_a_figure_expected_by_a_time_has_no_source(body: str) -> None:
    assert sources_of(body) == []


def test_a_figure_expected_by_a_body_still_cites_it() -> None:
    assert sources_of("A 2 percent rise was projected by the Bank of England.") == [
        ("Bank of England", "organization")]
    assert ("organiser", "anonymous") in sources_of("About 40,000 fans are expected by Saturday, organisers said.")
    assert ("Saturday", "person") not in sources_of("About 40,000 fans are expected by Saturday, organisers said.")


def test_justice_inside_another_name_gives_no_office() -> None:
    assert sources_of("Justice League star Ben Affleck said he was proud.") == [("Ben Affleck", "person")]
    assert sources_of("Justice Kagan wrote that the statute was clear.") == [("Justice Kagan", "official")]


NOV_2019 = date(2019, 11, 19)


def _dated(body: str) -> dict[str, tuple[date, str, str]]:
    return {e.date_text: (e.event_date, e.event_type, e.trigger) for e in events_of(body, NOV_2019)}


def test_until_in_a_past_clause_looks_back() -> None:
    assert _dated("Until July he was the club's captain.")["July"][0] == date(2019, 7, 1)
    assert _dated("Workers must wait until July to get the rise.")["July"][0] == date(2020, 7, 1)


def test_since_a_holiday_is_a_holiday_gone_by() -> None:
    assert _dated("The shop has been open since Christmas.")["Christmas"][0] == date(2018, 12, 25)


def test_time_since_a_noun_dates_the_noun() -> None:
    assert _dated("It's been a week since the flood.")["a week since"][1:] == ("disaster_accident", "flood")
    assert _dated("It has been five years since he left the club.")["five years since"][2] == "leave"


def test_a_thing_moved_to_a_court_is_no_appointment() -> None:
    assert _dated("The case was moved to a federal court in March.")["March"][1] == "legal_judicial"
    assert _dated("The governor elevated Ruiz to the state supreme court in March.")["March"][1] == (
        "appointment_resignation")


def test_a_threat_from_a_person_is_still_made() -> None:
    assert _dated("He faced a death threat from a fan in March.")["March"][1] == "crime"
    assert _dated("The threat from flooding rose in March.")["March"][1] != "crime"


def test_a_body_named_with_and_is_not_split_into_people() -> None:
    tree = _page(jsonld='{"@type": "NewsArticle", "author": {"name": "Department of Health and Social Care"}}')
    assert "Social Care" not in authors(tree, None, None, None)
    tree = _page(jsonld='{"@type": "NewsArticle", "author": {"name": "RUTH OKAFOR and PAUL DIAZ"}}')
    assert authors(tree, None, None, None) == ["Ruth Okafor", "Paul Diaz"]


@pytest.mark.parametrize("body", [
    "She was taken to a foot clinic in Leeds.",
    "He tripped over a foot stool at home.",
    "The defender suffered damage to a foot and an ankle.",
    "Neither side would budge an inch of ground.",
])
def test_a_foot_that_is_a_thing_or_an_idiom_is_no_length(body: str) -> None:
    assert figures_of(body) == []


def test_a_foot_of_snow_is_still_a_length() -> None:
    assert [(f.value, f.unit) for f in figures_of("Forecasters warned of up to a foot of snow.")] == [(1.0, "ft")]
    assert [(f.value, f.unit) for f in figures_of("More than a mile of coastline was polluted.")] == [(1.0, "mile")]


def test_a_holiday_told_in_the_past_is_the_last_one() -> None:
    assert _dated("Fireworks were set off on New Year's Eve in Edinburgh.")["New Year's Eve"][0] == date(2018, 12, 31)
    assert _dated("The shop will close on Christmas Day.")["Christmas Day"][0] == date(2019, 12, 25)


def test_a_count_since_a_named_day_is_a_span_not_a_time_ago() -> None:
    assert "a year since" not in _dated("It has been a year since Easter, and the church is full.")
    assert "two weeks since" not in _dated("It is two weeks since Monday.")


@pytest.mark.parametrize("body", [
    "The vote went according to Parliament's rules.",
    "Tickets were priced according to Ticketmaster's dynamic pricing model.",
    "The scheme is running according to plan, the minister joked.",
])
def test_according_to_a_standard_cites_no_one(body: str) -> None:
    assert [s for s in sources_of(body) if s[0] != "minister"] == []


def test_according_to_an_owners_work_still_cites_the_owner() -> None:
    assert sources_of("Sales rose, according to Microsoft's review of cloud usage data.") == [
        ("Microsoft", "organization")]
