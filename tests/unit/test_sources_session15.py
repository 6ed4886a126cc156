"""Cited sources, session 15 (helper "src"): real spaCy model, no mocks; every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # One unnamed member of a group of people speaks for no one else.
    ("The meeting went badly. “It was a mess,” one of the engineers present said later.",
     [("one of the engineers present", "anonymous")]),
    ("One of his neighbours said the family had moved away in June.", [("one of his neighbours", "anonymous")]),
    # ...and "one of them", "one of the reports" are not people described.
    ("One of them said the family had moved away in June.", []),
    ("One of the reports said the family had moved away in June.", []),
    # With a name set beside it, the named one speaks.
    ("One of the bill's authors, Republican Sen. Ana Ruiz, said she expected problems.",
     [("Ana Ruiz", "official")]),
])
def test_one_of_a_group_speaks(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # What someone may say is said by no one.
    ("Some might say that the team deserves more money.", []),
    ("Critics may argue that the plan is too expensive.", []),
    ("Skeptics could claim that the vote was rigged.", []),
    # ...but what was said stays cited, "could only say" too.
    ("Some said that the team deserves more money.", [("some", "anonymous")]),
    ("The spokesman for Acme Corp could only say that the plant was closed.", [("Acme Corp", "organization")]),
])
def test_what_may_be_said_cites_nobody(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A list of places before the body that speaks: the body, not the places.
    ("The flu has killed 300 people in Chad, Niger, Mali and Sudan, the World Health Organization says.",
     [("World Health Organization", "organization")]),
    ("The virus has spread to Chad, Niger, Mali and Sudan, the United Nations said on Friday.",
     [("United Nations", "organization")]),
    # Places that speak themselves stay the sources.
    ("Egypt and Jordan said on Friday that the border would reopen.",
     [("Egypt", "government_body"), ("Jordan", "government_body")]),
])
def test_body_after_a_list_of_places_speaks(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A name with its office set off right before a verb the parse left without a subject.
    ('"He will be charged" when he returns to Ghana, Kofi Mensah, chairman of the Accra Port '
     'Authority, told reporters.', [("Kofi Mensah", "official")]),
    # A place with a description before the verb is no speaker; the subject still speaks.
    ("The cargo ship docked in Lagos, Nigeria's largest port, officials told reporters.",
     [("officials", "anonymous")]),
])
def test_name_before_its_office_speaks(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_a_body_cited_long_before_yields_to_one_named_near() -> None:
    filler = " ".join(["The outbreak has spread across the region over the past month."] * 12)
    body = (f"The outbreak has killed 300 people, the World Health Organization said. {filler} "
            "He had worked for Acme Freight, a Bolt Logistics contractor. He did not work for Bolt "
            "Logistics, as earlier reported, the company said Thursday.")
    names = [name for name, _ in sources_of(body)]
    assert names[0] == "World Health Organization"
    assert "World Health Organization" not in names[1:]


@pytest.mark.parametrize(("noun", "rebuts"), [("accusations", True), ("notion", True), ("bill", False)])
def test_rebutting_verbs_answer_claims(noun: str, rebuts: bool) -> None:
    # "rejected the notion" answers something said; "rejected the bill" is a vote.
    body = f"The Acme Corporation rejected the {noun} on Monday."
    assert bool(sources_of(body)) is rebuts
