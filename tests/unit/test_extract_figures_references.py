"""Citation numbers in brackets point into a reference list: they are no figures."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


@pytest.mark.parametrize("sentence", [
    "Binge eating disorder is considered the most common eating disorder in the United States (1).",
    "Fiber moves slowly through your digestive tract, keeping you feeling full longer (14, 15).",
    "The drug lowered blood pressure in most patients [3], the review found.",
    "Research suggests that exercise can decrease stress levels (21–23).",
])
def test_reference_markers_are_no_figures(sentence: str) -> None:
    assert [f.value for f in figures_of(sentence)] == []


@pytest.mark.parametrize("sentence, values", [
    ("One study in 496 adolescent girls found that fasting raised the risk (2).", [496]),
    ("The team won 7-6 (5) and then signed 3 players (2 of them from Spain).", [3, 2]),
    ("Sales rose to 40 (from 25) in the second year.", [40, 25]),
    ("The company hired 12 engineers (out of 300 applicants) last year.", [12, 300]),
])
def test_numbers_in_brackets_that_count_stay(sentence: str, values: list[float]) -> None:
    assert sorted(f.value for f in figures_of(sentence)) == sorted(values)
