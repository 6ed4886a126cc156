"""Cited sources, session 15 (helper "src2"): real spaCy model, no mocks; every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # People a report quotes are sources beside the outlet.
    ("The Washington Post reports, quoting relatives and coworkers, that Ruiz had left town in May.",
     [("The Washington Post", "media_outlet"), ("relative", "anonymous"), ("coworker", "anonymous")]),
    # ...a thing quoted is no one.
    ("The agency said, quoting the report, that the plant had closed.", [("agency", "organization")]),
])
def test_people_quoted_by_a_report(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A memory told, with what is remembered, cites the one remembering.
    ("Former bank clerk Susan Clark remembers once finding the vault wide open.", [("Susan Clark", "person")]),
    ("John Miller remembered that the crew had worked through the night.", [("John Miller", "person")]),
    ("John Miller recalls seeing the car leave before dawn.", [("John Miller", "person")]),
    # ...not a duty, a memory with nothing told, the writer's own, nor a crowd's.
    ("Students must remember to bring their books.", []),
    ("John Miller remembers the day well.", []),
    ("I remember seeing the car leave before dawn.", []),
    ("People remember seeing the car leave before dawn.", []),
])
def test_a_memory_told(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Reports in the press are a media source.
    ("The club kept its coach despite press reports to the contrary.", [("press report", "media_outlet")]),
    # ...but not reports that are nobody's press ("annual reports").
    ("The annual reports arrive at the club every spring.", []),
])
def test_press_reports(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "So did X" after a sentence whose saying verb cited someone says it again, for X.
    ("Susan Clark said the plan was reckless. So did her deputy, John Miller.",
     [("Susan Clark", "person"), ("John Miller", "official")]),
    # ...not after a sentence that cites nobody.
    ("Susan Clark wanted the job. So did her deputy, John Miller.", []),
])
def test_so_did_after_a_saying_verb(body: str, expected: list) -> None:
    assert sources_of(body) == expected
