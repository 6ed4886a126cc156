"""Event types of session 12: a hazard that strikes through a relative clause, people put in an
office ("elevated to the court", "tapped for a post", "nominated to be secretary"), a crime word
before a court's word, a threat from something, time spent, delays reported, labels and terrorist
listings, searches, mock trials, commentaries and financial statements. Every sentence is made up."""

from __future__ import annotations

from tests.unit.test_extract_events import NOV_2019, events_of


def _typed(body: str) -> dict[str, tuple[str, str]]:
    return {e.date_text: (e.event_type, e.trigger) for e in events_of(body, NOV_2019)}


def _type(body: str, date_text: str) -> str:
    return _typed(body)[date_text][0]


def test_a_hazard_that_strikes_in_a_relative_clause_is_a_disaster() -> None:
    assert _type("Crews cleared roads after a blizzard that struck the Midwest on Sunday.",
                 "Sunday") == "disaster_accident"
    assert _type("Residents rebuilt homes flattened by a tornado which hit the town in 2017.",
                 "2017") == "disaster_accident"
    # Near miss: gunmen who strike are still an attack.
    assert _type("Police hunted the gunmen who struck the convoy on Sunday.", "Sunday") == "armed_conflict"


def test_a_person_put_in_an_office_is_an_appointment() -> None:
    assert _type("The governor elevated Ruiz to the state supreme court in March 2012.",
                 "March 2012") == "appointment_resignation"
    assert _type("The president tapped her for a senior diplomatic post in 2009.", "2009") == "appointment_resignation"
    assert _type("In 2015, the prime minister nominated him to be finance minister.",
                 "2015") == "appointment_resignation"
    assert _type("The board picked Okafor as chief executive in 2018.", "2018") == "appointment_resignation"
    # Near misses: a film nominated for an award, a party's nominee, a price elevated to a high.
    assert _type("The film was nominated for an Oscar in 2016.", "2016") != "appointment_resignation"
    assert _type("The party nominated her as its candidate for governor in 2016.", "2016") == "election_vote"


def test_the_senate_that_confirms_a_nominee_appoints() -> None:
    assert _type("The Senate confirmed Alvarez in June 2014.", "June 2014") == "appointment_resignation"
    # Near miss: a spokesman who confirms says something.
    assert _type("A spokesman confirmed the news in June 2014.", "June 2014") == "statement"


def test_a_crime_word_before_a_case_names_the_offence_of_a_court_case() -> None:
    assert _type("The mayor took the witness stand on Monday in the bribery case against him.",
                 "Monday") == "legal_judicial"
    # Near miss: a crime itself stays a crime.
    assert _type("Thieves committed a robbery at the bank on Monday.", "Monday") == "crime"


def test_a_threat_from_something_is_a_danger_not_a_crime() -> None:
    assert _type("The scientist warned lawmakers of the threat from rising seas in 1995.", "1995") == "statement"
    # Near miss: a threat someone makes is a crime.
    assert _type("The man made a bomb threat against the school in 1995.", "1995") == "crime"


def test_time_spent_is_no_business() -> None:
    assert _type("In 2008, the senator spent three weeks in hospital after the fall.", "2008") != "business"
    assert _type("She spent about four years in the early 1990s at the embassy.", "1990s") != "business"
    # Near miss: money spent is.
    assert _type("The company spent $40 million on new plants in 2008.", "2008") == "business"


def test_delays_reported_are_no_statement() -> None:
    assert _type("Delays were reported at three ferry terminals on Monday.", "Monday") == "other"
    # Near misses: a report that is said, and something said to be reported, stay statements.
    assert _type("The agency reported on Monday that exports fell.", "Monday") == "statement"
    assert _type("It was reported on Monday that the minister would resign.", "Monday") == "statement"


def test_a_label_is_said_and_a_terrorist_listing_is_decided() -> None:
    assert _type("In 2016, the senator labeled the treaty “a disaster” in a speech.", "2016") == "statement"
    assert _type("In March 2019, five charities were labeled terrorist organizations by the government.",
                 "March 2019") == "policy_decision"
    assert _type("The ministry designated the militia a terrorist group in 2020.", "2020") == "policy_decision"
    # Near miss: a treaty signed keeps its own type.
    assert _type("In 2016, the two countries signed the treaty.", "2016") == "agreement"


def test_a_search_is_legal_only_when_police_search_a_place() -> None:
    assert _type("Detectives searched the suspect's apartment on Tuesday.", "Tuesday") == "legal_judicial"
    assert _type("In 2018, people searched for cheap flights more than for hotels.", "2018") != "legal_judicial"


def test_a_mock_trial_is_a_staged_show() -> None:
    assert _type("A theatre company staged a mock trial of Hamlet in May 2015.", "May 2015") == "culture_entertainment"
    # Near miss: a real trial.
    assert _type("The murder trial opened in May 2015.", "May 2015") == "legal_judicial"


def test_a_commentary_is_something_said_and_a_financial_statement_accounts() -> None:
    assert _type("The claims were rejected by two economists in a commentary published on Nov. 12.",
                 "Nov. 12") == "statement"
    assert _type("The building was valued at $20 million on the firm's financial statement in 2016.",
                 "2016") == "business"
    # Near miss: a statement issued is still a statement.
    assert _type("The ministry issued a statement in 2016.", "2016") == "statement"


def test_a_party_nominating_for_an_office_is_a_candidacy() -> None:
    assert _type("Republicans nominated Smith for governor in 2014.", "2014") != "appointment_resignation"
    assert _type("The committee nominated Lee for the seat in 2014.", "2014") != "appointment_resignation"
    assert _type("The president nominated Lee for the post of ambassador in 2014.", "2014") == "appointment_resignation"


def test_an_untyped_happening_in_a_war_story_does_not_become_a_battle() -> None:
    from datetime import date

    from tests.unit.test_extract_events import events_of

    body = (
        "Rebels attacked the garrison and shelled the town. Government forces fought back and stormed the "
        "ridge. The army raided two villages after the ambush. Fighters seized the airport after a long battle. "
        "The two sides agreed to formally end the monitors' work by March 2026, officials said."
    )
    (march,) = [e for e in events_of(body, date(2025, 6, 2)) if e.date_text == "March 2026"]
    assert march.event_type == "other"
