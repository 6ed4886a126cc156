"""Cited sources, session 21 (helper "srcs"): roles owned by someone named before. Real spaCy
model, no mocks; every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # "their lawyer", "his lawyer": someone else's role is not the person named before.
    ('Four guards sued the casino. Tom Reyes managed the team. "The team was run by one clique," '
     "their lawyer complained.", [("lawyer", "anonymous")]),
    ("Tom Reyes was arrested on Monday. His lawyer said he was innocent.", [("lawyer", "anonymous")]),
    # ...unless somebody was cited by that role already.
    ("Tom Reyes was arrested on Monday. Ana Ruiz, his lawyer, said he was innocent. "
     "His lawyer added that he would appeal.", [("Ana Ruiz", "person"), ("Ana Ruiz", "person")]),
    # "the minister" still points back at the one named before.
    ("Sara Lind, the trade minister, said exports would rise. The minister added that imports would fall.",
     [("Sara Lind", "official"), ("Sara Lind", "official")]),
])
def test_a_role_owned_by_someone_named_before(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A described speaker speaks by the name it is known by.
    ("A group known as the Harbour Alliance said the port was unsafe.", [("Harbour Alliance", "organization")]),
    ("A charity called Open Harbour said the port was unsafe.", [("Open Harbour", "organization")]),
    ("A panel of port inspectors that audits the ferries, known as the Harbour Board, recently said the "
     "port was unsafe.", [("Harbour Board", "organization")]),
    # A name given to something else in the sentence does not.
    ("The group said the port, known as Pier Nine, was unsafe.", [("group", "organization")]),
    ("Residents of the area known as the Flats said the water was dirty.", [("resident", "anonymous")]),
])
def test_a_speaker_by_the_name_it_is_known_by(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # What was announced can be a how-much or how-many clause.
    ("The ministry announced how many jobs it would cut.", [("Ministry", "government_body")]),
    # A question asked is still no statement.
    ("The ministry asked how many jobs the plan would cost.", []),
])
def test_announcing_how_much(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Outlets joined by a slash each stand behind their poll.
    ("A CBS News/ New York Times poll from May showed that most voters back the plan.",
     [("CBS News", "media_outlet"), ("The New York Times", "media_outlet")]),
    ("An ABC News/Washington Post poll showed that most voters back the plan.",
     [("ABC News", "media_outlet"), ("The Washington Post", "media_outlet")]),
    # A pollster that is no outlet is not made one.
    ("A Reuters/Ipsos poll showed that most voters back the plan.", [("poll", "document")]),
])
def test_outlets_joined_by_a_slash(body: str, expected: list) -> None:
    assert sources_of(body) == expected
