"""Event types of session 13: dated targets ("by 2030") take no topic; risings, suppositions, suits filed,
emergencies declared, products that arrive and bodies a legislature creates. Every sentence is made up."""

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


def test_a_rising_against_a_ruler_is_armed_conflict() -> None:
    assert _type("The revolt began in 1871 in the northern hills.", "1871") == "armed_conflict"
    assert _type("A mutiny broke out aboard the ship in 1797.", "1797") == "armed_conflict"
    # Near miss: a revolt of voters at the polls is no fighting word here.
    assert _type("The party began its campaign in 1871.", "1871") == "election_vote"


def test_a_supposition_is_something_said() -> None:
    assert _type("The blogger speculated in 2016 that the firm would drop the headphone jack.",
                 "2016") == "statement"
    assert _type("Back in 2012, the engineer theorized that the bridge would sag.", "2012") == "statement"


def test_filing_a_suit_or_a_petition_goes_to_court() -> None:
    assert _type("The charity filed a petition with the supreme court in March 2018.", "March 2018") == "legal_judicial"
    assert _type("Neighbours filed a lawsuit against the developer on Monday.", "Monday") == "legal_judicial"
    # Near miss: filing for bankruptcy is a company's act.
    assert _type("The retailer filed for bankruptcy on Monday.", "Monday") == "business"


def test_declaring_an_emergency_is_a_decision_and_declared_extinct_a_state() -> None:
    assert _type("On Monday, the governor declared a state of emergency over the floods.", "Monday") == "policy_decision"
    assert _type("The mayor declared a curfew on Saturday.", "Saturday") == "policy_decision"
    assert _type("The bird was declared extinct in 1987.", "1987") == "other"
    # Near miss: declaring something said stays a statement.
    assert _type("The minister declared on Monday that the talks had failed.", "Monday") == "statement"


def test_a_product_that_arrives_is_put_out() -> None:
    assert _type("The new feature should arrive in the public beta next week.", "next week") == "business"
    assert _type("The update will arrive on phones on Friday.", "Friday") == "business"
    # Near miss: troops that arrive are a deployment, a guest who arrives is neither.
    assert _type("The troops arrived in the capital on Friday.", "Friday") == "military_movement"
    assert _type("The guests arrived at the hotel on Friday.", "Friday") == "other"


def test_a_legislature_that_creates_a_body_decides() -> None:
    assert _type("Parliament created the coastal guard in 1886.", "1886") == "policy_decision"
    # Near miss: an artist who creates a sculpture decides nothing.
    assert _type("The artist created the sculpture in 1886.", "1886") != "policy_decision"


def test_a_strike_over_pay_is_a_protest() -> None:
    assert _type("Talks over pay broke down, and the union will hold further strikes next month.",
                 "next month") == "protest"
    # Near miss: a strike on a base is an attack.
    assert _type("The air force will launch further strikes on the rebel base next month.",
                 "next month") == "armed_conflict"


def test_a_speakers_own_doings_told_as_i_take_no_topic() -> None:
    assert _type(BUSINESS_LEAD + "“I moved to a flat near the office last month,” the clerk said.",
                 "last month") == "other"
    # Near miss: the same doing told of someone else takes the story's topic.
    assert _type(BUSINESS_LEAD + "The chief executive moved the head office to Leeds last month.",
                 "last month") == "business"
