"""Cited sources, session 14 (helper "srcs2"): real spaCy model, no mocks; every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


def _names(body: str) -> list[str]:
    return [name for name, _ in sources_of(body)]


@pytest.mark.parametrize(("body", "expected"), [
    # Evidence or signs found, with a that-clause saying what they show: a finding.
    ("The auditor combed through the ledgers and found evidence that the charity had overspent.",
     "auditor"),
    ("Divers found signs that the wreck had been looted.", "diver"),
    # Something found to be so: a judgement (the clause hung on the verb or on its object).
    ("Some inspectors found the new bridge to be unsafe for heavy lorries.", "inspector"),
    ("Several brokers found the bank's forecast to be a little too rosy.", "broker"),
    # Rumors put out with their clause cite whoever published them.
    ("Retired banker Tom Reyes has published rumors that the lender will be sold.", "Tom Reyes"),
    # People who comment in public are unnamed sources, with "some" or "a" too.
    ("A blogger wrote that the update drains the battery.", "blogger"),
    ("Some pundits said the senator had lost the debate.", "pundit"),
    # Information credited "courtesy of" a person or firm.
    ("The table below, courtesy of Barclays, lists the largest deals of the year.", "Barclays"),
    # What is told, coming from a named teller.
    ("The details come to us from Reuters: fares will rise by a tenth.", "Reuters"),
    ("Details of the merger came from Goldman Sachs, which advised the buyer.", "Goldman Sachs"),
])
def test_session14b_source_found(body: str, expected: str) -> None:
    assert any(expected.lower() in name.lower() for name in _names(body))


def test_dissenting_members_named_in_apposition_are_each_cited() -> None:
    body = "Three board members--Chair Ana Ruiz, Treasurer Paul Novak and Secretary Lee Park--dissented."
    names = _names(body)
    assert all(any(person in n for n in names) for person in ("Ana Ruiz", "Paul Novak", "Lee Park"))


def test_dissenting_judge_and_members_are_cited() -> None:
    assert "Elena Kagan" in _names("Justice Elena Kagan dissented, writing that the ruling ignored the law.")
    assert sources_of("Two board members dissented.") == [("member", "anonymous")]


@pytest.mark.parametrize("body", [
    # Evidence, signs and traces seen at a place are no finding stated.
    "Police found evidence of a break-in at the house.",
    "The hikers found traces of the missing plane.",
    "The striker found the net to be too far away.",
    # A relative clause after "released" is not what was claimed.
    "The studio released a film that was shot in Morocco.",
    "The tabloid published rumors about the couple for years.",
    # "dissent" the noun, and dissenters who only describe someone.
    "The crackdown on dissent continued in the capital.",
    "Residents who dissented were arrested.",
    # Credits for pictures and gifts cite nobody.
    "Photo courtesy of the Smith family.",
    "The tickets were free, courtesy of Acme Corp.",
    "The team's third goal came courtesy of Harry Kane.",
    # A court's finding is a ruling; signs left by a storm and a goal from a player tell nothing.
    "The court found him to be guilty of fraud.",
    "The storm left signs that the levee had been breached.",
    "The winning goal came from Harry Kane in the 89th minute.",
    # Money or details from a document do not come from a teller; details yet to come say nothing.
    "The money for the stadium came from Acme Corp.",
    "The news came as a shock to the players at Arsenal.",
    "More details will come from the ministry next week.",
    # What people at large say, or what could be said: no statement made.
    "On the bright side, the kind things people say about your shop spread fast.",
    "That review carries more weight than anything the bakery itself could say to its customers.",
    "Nothing the coach could say would calm the fans.",
    # An advocate appointed is no speaker, and a campaign urged is no statement.
    "The court appointed an advocate for the child.",
    "Consumer advocates are urging the regulator to set backup power rules.",
])
def test_session14b_no_source(body: str) -> None:
    assert sources_of(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    # A saying that happened, in a relative clause, still cites its speaker.
    ("The story the witnesses told to police differed from the video.", [("witness", "anonymous")]),
    # "that" opening a clause after a finding still needs a finding: plain claims still cite.
    ("Some traders said the statement was gloomier than expected.", [("trader", "anonymous")]),
])
def test_session14b_unchanged(body: str, expected: list) -> None:
    assert sources_of(body) == expected
