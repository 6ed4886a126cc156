"""Event types of session 19: what is granted, police raids, headlines hit, words sent and
defended, roles landed, works recorded, press conferences and national output. Every sentence
is made up."""

from __future__ import annotations

from tests.unit.test_extract_events import NOV_2019, events_of


def _type(body: str, date_text: str) -> str:
    return {e.date_text: e.event_type for e in events_of(body, NOV_2019)}[date_text]


def test_what_is_granted_names_the_decision() -> None:
    assert _type("The refugee was granted asylum in 2012 after a long wait.", "2012") == "policy_decision"
    assert _type("The judge granted him bail on Monday.", "Monday") == "legal_judicial"
    # Near miss: an interview granted is no decision.
    assert _type("The minister granted an interview in 2012.", "2012") != "policy_decision"


def test_a_police_raid_is_law_enforcement() -> None:
    assert _type("Police raided the flat of the suspect on Monday.", "Monday") == "legal_judicial"
    assert _type("A police raid on the warehouse on Monday found stolen goods.", "Monday") == "legal_judicial"
    # Near miss: militants who raid a village attack it.
    assert _type("Militants raided the village on Monday.", "Monday") == "armed_conflict"


def test_hitting_the_headlines_is_something_reported() -> None:
    assert _type("The start-up first hit the headlines in March with a leaked memo.", "March") == "statement"
    # Near miss: an index that hits a high moves.
    assert _type("The index hit a record high on Monday.", "Monday") == "economic_release"


def test_words_sent_are_statements() -> None:
    assert _type("On May 3, 2006, he emailed the editor about the deadline.", "May 3, 2006") == "statement"
    assert _type("She texted her brother on Monday about the plan.", "Monday") == "statement"
