"""Review of the session-13 source and event-type rules (helper "review2"): real spaCy model, no
mocks; every sentence is made up, from news of other kinds than the pages the rules came from."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # An organisation of several words, joined by "and" or owned by a plural noun, keeps its whole
    # name before its bracketed acronym.
    ("But a spokesperson for the Universities and Colleges Employers’ Association (UCEA) said "
     "its members had been cutting such contracts.",
     [("Universities and Colleges Employers’ Association", "organization")]),
    ("A spokesperson for the Farmers and Growers Trade Federation (FGTF) said its members were worried.",
     [("Farmers and Growers Trade Federation", "organization")]),
    ("A spokeswoman for the Rivers and Lakes Anglers’ Association (RLAA) said the season would open late.",
     [("Rivers and Lakes Anglers’ Association", "organization")]),
    ("A spokesman for the Bank of Lower Ruritania (BLR) said rates would hold.",
     [("Bank of Lower Ruritania", "organization")]),
    # ...and without the acronym too.
    ("A spokesperson for the Universities and Colleges Employers’ Association said pay talks would resume.",
     [("Universities and Colleges Employers’ Association", "organization")]),
])
def test_a_body_keeps_its_whole_name_before_its_acronym(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Near misses: two people joined by "and" stay two people; a plain noun before a name stays out.
    ("Trump and Biden said the debate would go ahead.", ["Trump", "Biden"]),
    ('"It was close," said striker Tom Lind.', ["Tom Lind"]),
])
def test_and_between_names_of_people_joins_nothing(body: str, expected: list) -> None:
    assert [name for name, _ in sources_of(body)] == expected
