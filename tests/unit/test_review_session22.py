"""Review of session 22's rules: defects found and fixed. Every sentence here is made up."""

from __future__ import annotations

from datetime import date

import pytest

from newsfacts.clean.dateline import dateline_date
from tests.unit.test_extract_figures import figures_of

# clean/dateline.py: a release naming a term, a fiscal period or a goal more than a year ahead is
# still dated by its dateline (it says nothing of being written later)


@pytest.mark.parametrize("more", [
    "Guidance for the fiscal year ending December 31, 2021 is $5 billion.",
    "The lease runs through December 31, 2025.",
    "The new price is effective January 1, 2022.",
    "It aims for net zero by December 31, 2030.",
])
def test_a_release_naming_a_date_ahead_keeps_its_dateline(more: str) -> None:
    body = f"NEW YORK, March 3, 2020 /PRNewswire/ -- Harbour Tools today announced a plan.\n{more}\n"
    assert dateline_date(body) == date(2020, 3, 3)


def test_a_retrospective_is_still_undated() -> None:
    body = "BERLIN, Nov. 9, 1989 — The wall opened.\nOn Nov. 9, 2019, the city marked the anniversary.\n"
    assert dateline_date(body) is None


# figures/exclusions.py: only an age a rule sets ("the age limit") is an age; a count of things
# "age" modifies is a figure


def test_a_count_of_things_age_modifies_is_a_figure() -> None:
    assert [f.value for f in figures_of("Age discrimination complaints rose to 1,200, the panel said.")] == [1200]
    assert [f.value for f in figures_of("Old age pensions rose to 2,000 last month.")] == [2000]


def test_an_age_limit_is_still_no_figure() -> None:
    assert [f.value for f in figures_of("The age limit was cut to 55 from 60.")] == []
    assert [f.value for f in figures_of("The age threshold was 65.")] == []
