"""Event types of session 15: companies founded, offices become or joined as, people freed by a
court, works written, stepping back, jobs terminated, and happenings seen. Every sentence is made up."""

from __future__ import annotations

from tests.unit.test_extract_events import NOV_2019, events_of

# A story whose topic is sport: a match, a goal, a league title (three sports words).
SPORT_LEAD = ("The club won the match on Saturday with a late goal. The league title race and the "
              "cup final are next.\n")


def _type(body: str, date_text: str) -> str:
    return {e.date_text: e.event_type for e in events_of(body, NOV_2019)}[date_text]


def test_a_company_founded_or_incorporated_is_business() -> None:
    assert _type("Jane Doe founded the delivery startup in 2012 with two friends.", "2012") == "business"
    assert _type("Acme incorporated on March 3, 2004 in Delaware.", "March 3, 2004") == "business"
    # Whatever the story's topic: a company founded in a sports story is no match.
    assert _type(SPORT_LEAD + "The owner founded the software company in 2009.", "2009") == "business"
    # Near miss: a party or a school founded is no company's act.
    assert _type("The activists founded the party in 1990.", "1990") != "business"


def test_becoming_an_office_is_an_appointment() -> None:
    assert _type("She joined the board in 2015 and became chairman in August.", "August") == "appointment_resignation"
    # Near miss: becoming a company's biggest something names no office.
    assert _type("The firm became the largest retailer in the state in 2018.", "2018") != "appointment_resignation"


def test_joining_or_returning_as_a_role_is_an_appointment() -> None:
    assert _type("Tom Berg returned as an adviser in 1997.", "1997") == "appointment_resignation"
    assert _type(SPORT_LEAD + "He joined the bank as chief economist in 2016.", "2016") == "appointment_resignation"
    # Near miss: returning home names no role.
    assert _type("Tom Berg returned home in 1997.", "1997") != "appointment_resignation"


def test_a_prisoner_freed_is_legal() -> None:
    assert _type("He was granted parole and released in March.", "March") == "legal_judicial"
    assert _type("The inmate was released from prison on Tuesday.", "Tuesday") == "legal_judicial"
    assert _type("After two appeals, she finally won her freedom in 2003.", "2003") == "legal_judicial"
    # Near miss: a record released is no prisoner freed.
    assert _type("The band released the record in March.", "March") != "legal_judicial"


def test_a_biography_written_is_a_work() -> None:
    assert _type("A reporter wrote a biography of the painter in 1950.", "1950") == "culture_entertainment"
    assert _type("The press published her first novel in 1961.", "1961") == "culture_entertainment"
    # Near miss: a report published is something said.
    assert _type("The ministry published a report in 1961.", "1961") == "statement"


def test_stepping_back_from_a_role_is_a_resignation() -> None:
    assert _type(SPORT_LEAD + "In June 2012, she decided to step back from her role at the firm.",
                 "June 2012") == "appointment_resignation"
    # Near miss: stepping in names no resignation.
    assert _type(SPORT_LEAD + "In June 2012, she decided to step in as a mediator.", "June 2012") != "appointment_resignation"


def test_a_job_terminated_is_a_dismissal_and_a_contract_terminated_is_not() -> None:
    assert _type("The driver was terminated in September.", "September") == "appointment_resignation"
    assert _type("The city terminated the contract in May.", "May") == "business"


def test_a_happening_seen_is_the_happening() -> None:
    assert _type("Just this week we saw another startup raise $40 million from investors.",
                 "this week") == "business"
    # Near miss: seeing a doctor is care, and nothing seen happening stays the verb's own.
    assert _type("She saw a doctor on Monday.", "Monday") == "health"


def test_a_journey_to_a_place_is_not_what_its_when_clause_tells() -> None:
    assert _type("He first went to Kenya in 1885 when he founded a trading company.", "1885") != "business"
    # Near miss: what began is what the when-clause tells.
    assert _type("The feud began in May when the firm bought the label.", "May") == "business"
