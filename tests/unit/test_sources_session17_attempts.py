"""A saying tried in the past, with what it says, was said; one planned or refused was not."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize("body", [
    "Hospital managers have tried to assure patients that no records were lost.",
    "Mayor Ann Ford tried to argue that the water was safe to drink.",
    "Mayor Ann Ford has tried to explain that the plant was never at risk.",
])
def test_a_saying_tried_in_the_past_cites_who_tried(body: str) -> None:
    assert len(sources_of(body)) == 1


@pytest.mark.parametrize("body", [
    "Hospital managers will try to assure patients that no records were lost.",
    "Hospital managers did not try to assure patients that no records were lost.",
    "Hospital managers tried to reach the patients before the weekend.",
    "Mayor Ann Ford will try to argue that the water was safe to drink.",
])
def test_a_saying_only_planned_or_not_tried_cites_no_one(body: str) -> None:
    assert sources_of(body) == []
