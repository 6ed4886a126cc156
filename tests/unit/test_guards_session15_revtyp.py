"""Guards for the session-15 event types: ordinary news the round's rules misread. Each sentence
is made up; each once took the wrong type (founded charities and bands as business, volunteers
and students "joined as" appointments, patients and hostages freed as court acts, shares that
"stepped back" resigning, pregnancies and programmes "terminated" as dismissals)."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_events import NOV_2019, events_of


def _type(body: str, date_text: str) -> str:
    return {e.date_text: e.event_type for e in events_of(body, NOV_2019)}[date_text]


@pytest.mark.parametrize(("body", "date_text"), [
    ("Founded in 1990, the charity helps homeless veterans.", "1990"),
    ("The band, founded in 2001, released its debut album in 2003.", "2001"),
    ("She founded a hospital in Kenya in 1985.", "1985"),
    ("He founded the think tank in 2005.", "2005"),
    ("The club was founded in 1878.", "1878"),
    ("He founded the Environmental Awareness Group in 1988.", "1988"),
    ("The town was incorporated in 1852.", "1852"),
    ("The team incorporated feedback from users in March.", "March"),
])
def test_a_body_founded_that_is_no_company_is_no_business(body: str, date_text: str) -> None:
    assert _type(body, date_text) != "business"


@pytest.mark.parametrize(("body", "date_text"), [
    ("Founded in 1975, Microsoft makes software.", "1975"),
    ("Microsoft, founded in 1975, makes software.", "1975"),
    ("McKelvey and Dorsey founded Square in 2009.", "2009"),
    ("It is the company Jobs co-founded 35 years ago in his garage.", "35 years ago"),
])
def test_a_company_founded_is_business(body: str, date_text: str) -> None:
    assert _type(body, date_text) == "business"


def test_a_founded_festival_or_league_keeps_its_own_type() -> None:
    assert _type("The festival was founded in 1972.", "1972") == "culture_entertainment"


@pytest.mark.parametrize(("body", "date_text", "kept"), [
    ("She joined the protest as a student in 1968.", "1968", "protest"),
    ("She joined the march as a volunteer on Saturday.", "Saturday", "protest"),
    ("He joined the campaign as a volunteer in 2008.", "2008", "election_vote"),
    ("He joined the expedition as a photographer in 1953.", "1953", "science"),
])
def test_joining_a_happening_as_a_participant_keeps_its_type(body: str, date_text: str, kept: str) -> None:
    assert _type(body, date_text) == kept


@pytest.mark.parametrize(("body", "date_text"), [
    ("He returned to Paris as a tourist in 2010.", "2010"),
    ("He returned to school as a mature student in 2012.", "2012"),
    ("He returned to the ring as a challenger in 2011.", "2011"),
])
def test_a_role_that_is_no_job_is_no_appointment(body: str, date_text: str) -> None:
    assert _type(body, date_text) != "appointment_resignation"


def test_joining_as_a_job_is_an_appointment() -> None:
    assert _type("In June she joined Comedy Central as a Daily Show correspondent.", "June") == "appointment_resignation"
    assert _type("He joined Chelsea as head coach in 2019.", "2019") == "appointment_resignation"


@pytest.mark.parametrize(("body", "date_text"), [
    ("He was freed from the rubble on Tuesday.", "Tuesday"),
    ("He was released from hospital on Tuesday.", "Tuesday"),
    ("The Cardinals released him in August.", "August"),
    ("The kidnappers released her on Friday.", "Friday"),
    ("Smith was released on Tuesday after the gunmen received a ransom.", "Tuesday"),
    ("She was released from a refugee camp in 2012.", "2012"),
    ("He was released from the Army in 1946.", "1946"),
    ("The studio released her in 1960 from her contract.", "1960"),
])
def test_a_person_freed_by_no_court_is_no_legal_event(body: str, date_text: str) -> None:
    assert _type(body, date_text) != "legal_judicial"


def test_a_person_freed_by_a_court_is_legal() -> None:
    assert _type("She was freed on Tuesday after a court overturned her conviction.", "Tuesday") == "legal_judicial"
    assert _type("He was released from the labour camp in 1956.", "1956") == "legal_judicial"
    assert _type("Rideau finally won his freedom in 2005.", "2005") == "legal_judicial"


@pytest.mark.parametrize(("body", "date_text"), [
    ("India won its freedom from Britain in 1947.", "1947"),
    ("The museum won a reprieve on Friday when the council reversed its cuts.", "Friday"),
    ("The hospital won a reprieve from closure in March.", "March"),
])
def test_freedom_or_a_reprieve_won_outside_court_is_no_legal_event(body: str, date_text: str) -> None:
    assert _type(body, date_text) != "legal_judicial"


@pytest.mark.parametrize(("body", "date_text"), [
    ("Shares stepped back on Tuesday.", "Tuesday"),
    ("The economy stepped back in the third quarter.", "third quarter"),
    ("He stepped back from the ledge on Monday.", "Monday"),
    ("Regulators stepped back from the plan in May.", "May"),
])
def test_stepping_back_from_no_role_is_no_resignation(body: str, date_text: str) -> None:
    assert _type(body, date_text) != "appointment_resignation"


def test_stepping_back_from_a_role_is_a_resignation() -> None:
    assert _type("She stepped back from politics in 2015.", "2015") == "appointment_resignation"
    assert _type("He stepped back as chief executive in May.", "May") == "appointment_resignation"


@pytest.mark.parametrize(("body", "date_text"), [
    ("The pregnancy was terminated in May.", "May"),
    ("The railway line was terminated in 1965.", "1965"),
    ("The administration terminated DACA in 2017.", "2017"),
    ("The company terminated the project in 2010.", "2010"),
    ("The court terminated his parental rights in 2015.", "2015"),
])
def test_terminating_no_person_is_no_dismissal(body: str, date_text: str) -> None:
    assert _type(body, date_text) != "appointment_resignation"


def test_a_person_terminated_is_a_dismissal() -> None:
    assert _type("Until being terminated in early September, he had worked as a driver.",
                 "September") == "appointment_resignation"
    assert _type("The firm terminated 300 workers in May.", "May") == "appointment_resignation"
