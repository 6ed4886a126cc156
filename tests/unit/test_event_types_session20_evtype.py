"""Event types of session 20 (evtype): -ing nouns read as verbs, decisions of a body of state,
and the agent of a passive. Every sentence is made up."""

from __future__ import annotations

from tests.unit.test_extract_events import NOV_2019, events_of


def _type(body: str, date_text: str) -> str:
    return {e.date_text: e.event_type for e in events_of(body, NOV_2019)}[date_text]


def test_an_ing_noun_read_as_a_verb_keeps_its_noun_sense() -> None:
    assert _type("During the first extradition hearing this February 24, the man was confined to a glass box.",
                 "February 24") == "legal_judicial"
    assert _type("After Sunday's shelling, residents fled the village.", "Sunday") == "armed_conflict"


def test_a_body_of_state_that_decides_makes_a_decision() -> None:
    assert _type("The city council decided to rename the square in April 2018.", "April 2018") == "policy_decision"
    assert _type("The central bank's policy board voted 7 to 2 on Tuesday to keep its rates unchanged.",
                 "Tuesday") == "policy_decision"
    assert _type("The Fed chose on Wednesday to maintain its interest rate.", "Wednesday") == "policy_decision"
    # Near misses: a family's choice is no decision of state; what a body decides to do keeps its
    # own type when a taxonomy verb names it.
    assert _type("The family decided to rename the dog in April 2018.", "April 2018") != "policy_decision"
    assert _type("The board decided to keep the dividend in April 2018.", "April 2018") != "policy_decision"
    assert _type("The council decided to hire a new clerk in April 2018.", "April 2018") == "appointment_resignation"


def test_the_agent_of_a_passive_names_the_sense() -> None:
    assert _type("The regiment was established by Parliament in 1881.", "1881") == "policy_decision"
    assert _type("The old barn was struck by lightning on Monday.", "Monday") == "disaster_accident"
    # Near miss: a shop established by a family is no act of state.
    assert _type("The bakery was established by a local family in 1881.", "1881") != "policy_decision"


def test_a_timeline_line_is_typed_by_what_it_tells() -> None:
    assert _type("14 June 2012: The minister resigns after the scandal.", "14 June 2012") == "appointment_resignation"
    assert _type("Our story so far.\n3 April 2013: The firm's founder resigns. The board meets.",
                 "3 April 2013") == "appointment_resignation"
    # Near misses: a line that names only a place, and a labelled note, keep their reading.
    assert _type("Friday, Dec. 6: Boston", "Friday, Dec. 6") != "appointment_resignation"
    assert _type("Correction, Nov. 15, 2019: An earlier version misnamed the mayor.", "Nov. 15, 2019") == "statement"


def test_a_court_decision_is_a_ruling() -> None:
    assert _type("The Supreme Court handed down its decision on Monday.", "Monday") == "legal_judicial"
    assert _type("A new law was passed. The ban was approved by lawmakers. The judge's decision on Monday "
                 "angered the governor.", "Monday") == "legal_judicial"
    # Near miss: a cabinet's decision is one of policy.
    assert _type("The cabinet made its decision on the new tax on Monday.", "Monday") == "policy_decision"


def test_emails_sent_are_words_put_out() -> None:
    assert _type("On May 10, he sent a series of emails to his team.", "May 10") == "statement"
    assert _type("The mayor sent an email to staff on Monday.", "Monday") == "statement"


def test_leaving_public_life_gives_up_a_post() -> None:
    assert _type("Before leaving public life in 2008, the senator wrote a memoir.", "2008") == "appointment_resignation"
    assert _type("She left politics in 2015.", "2015") == "appointment_resignation"
    # Near miss: troops that leave a city move.
    assert _type("The troops left the city in 2015.", "2015") == "military_movement"


def test_paramedics_who_attend_treat_the_hurt() -> None:
    assert _type("Paramedics attended the festival on Saturday.", "Saturday") == "health"
    # Near miss: delegates who attend a summit meet.
    assert _type("Delegates attended the summit on Saturday.", "Saturday") == "meeting"
