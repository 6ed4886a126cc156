"""Event types of session 27 (evtype2): money paid, spent, funded or awarded moves in every
field, so it casts no vote for a story's topic. Every sentence is made up."""

from __future__ import annotations

from tests.unit.test_extract_events import NOV_2019, topic_of

SCHOOL_STORY = (
    "The state will pay for two years of community college.\n"
    "Families paying for college will save thousands.\n"
    "The funding comes from the federal budget, and more funding follows.\n"
    "The college awarded 40 scholarships and the city funds the buses.\n"
    "Students who earn a degree see their pay grow."
)


def test_money_paid_or_funded_votes_for_no_topic() -> None:
    assert topic_of(SCHOOL_STORY) != "business"


def test_a_companys_deals_still_make_a_business_story() -> None:
    body = ("Acme bought a rival firm in May and sold its old plant.\n"
            "The merger closed in June, and the company launched two products.\n"
            "Acme will invest $2 billion and pay its staff more.")
    assert topic_of(body) == "business"


def test_workers_walking_out_stop_work_in_protest() -> None:
    from tests.unit.test_extract_events import events_of

    typed = {e.date_text: e.event_type for e in events_of(
        "Fast food workers and home care aides will also walk out on Tuesday.", NOV_2019)}
    assert typed["Tuesday"] == "protest"


def test_a_grant_of_a_stated_sum_is_funding() -> None:
    from tests.unit.test_extract_events import events_of

    typed = {e.date_text: e.event_type for e in events_of(
        "In July 2018, we recommended a $5.1 million grant to a research charity.", NOV_2019)}
    assert typed["July 2018"] == "business"


def test_a_protest_story_lends_its_topic_to_no_untyped_happening() -> None:
    from tests.unit.test_extract_events import events_of

    body = ("Thousands of teachers rallied at the Statehouse on Tuesday.\n"
            "The protest drew teachers from every county, and more protests and marches are planned.\n"
            "Demonstrators chanted outside the governor's office during the rally.\n"
            "Students took the new state exam last spring.")
    typed = {e.date_text: e.event_type for e in events_of(body, NOV_2019)}
    assert typed["last spring"] != "protest"
