"""Event types of session 13: dated targets ("by 2030") take no topic, ... Every sentence is made up."""

from __future__ import annotations

from tests.unit.test_extract_events import NOV_2019, events_of

# A story whose topic is business: an order, a listing, a merger (three corporate words).
BUSINESS_LEAD = ("Acme Corp announced an order for 40 trucks on Monday. The listing of its shares "
                 "and the merger with a rival followed, and the acquisition closed.\n")


def _typed(body: str) -> dict[str, tuple[str, str]]:
    return {e.date_text: (e.event_type, e.trigger) for e in events_of(body, NOV_2019)}


def _type(body: str, date_text: str) -> str:
    return _typed(body)[date_text][0]


def test_a_target_date_takes_no_topic() -> None:
    assert _type(BUSINESS_LEAD + "The firm aims to halve the water it uses by 2030.", "2030") == "other"
    assert _type(BUSINESS_LEAD + "The firm hopes to plant a million trees by the end of 2025.",
                 "2025") == "other"
    # Near misses: an untyped happening of the story's own time takes its topic, and so does a
    # past "by December" (by then it had happened).
    assert _type(BUSINESS_LEAD + "The firm will plant a million trees in 2020.", "2020") == "business"
    assert _type(BUSINESS_LEAD + "By October, the new plant had doubled in size.", "October") == "business"
