"""Cited sources, session 12 rules: real spaCy model, no mocks; every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # A body's name that opens with a gerund, after "according to".
    ("According to Saving the Coast, an NGO that opposes drilling, 30 spills went unreported.",
     [("Saving the Coast", "organization")]),
    # A passive saying verb whose agent is a kind of body with its name.
    ("It was revealed by the charity Open Doors that 30 homes had burned.", [("Open Doors", "organization")]),
    ("Weeks later, it was revealed by the NGO Clear Water Alliance that four of them had been hacked.",
     [("Clear Water Alliance", "organization")]),
    # The named owner of a piece of work cited by "according to" is the source.
    ("Sales rose, according to Microsoft's review of cloud usage data.", [("Microsoft", "organization")]),
    # A figure expected or projected by someone.
    ("She joined the more than 43 million Americans expected by AAA to travel over the holiday weekend.",
     [("AAA", "organization")]),
])
def test_session12_sources_found(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize("body", [
    # Expected without a figure is no attribution.
    "A ruling is expected by lawyers to come next week.",
    # A nominee confirmed is appointed, not a saying.
    "The Senate confirmed Ortiz by a vote of 60-40.",
    # Inside a quotation, a possessor of a work and a document with no issuer are talked about.
    "“Much of Tom’s analysis is sound,” writes the chemist.",
    "“Since the forecast said it would rain, we stayed home,” she said.",
])
def test_session12_no_source(body: str) -> None:
    assert sources_of(body) == []


def test_confirming_a_fact_about_a_person_still_cites() -> None:
    assert sources_of("The ministry confirmed Ortiz's death on Monday.") == [("Ministry", "government_body")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Justice Samuel Alito asked whether the law applied. Alito said it did not.", ("Samuel Alito", "official")),
    ("Delta Airlines' Ann Cole reported three cancellations.", ("Ann Cole", "official")),
    # A club's player is named by the club without speaking in a post.
    ("Chelsea's Ann Cole said the team would win.", ("Ann Cole", "person")),
    ("The United Nations Office for the Coordination of Humanitarian Affairs said 2,000 people fled.",
     ("United Nations Office for the Coordination of Humanitarian Affairs", "organization")),
    ("The Department of Justice said it would appeal.", ("Justice Department", "government_body")),
])
def test_session12_types(body: str, expected: tuple) -> None:
    assert expected in sources_of(body)
