"""Figures, session 18: numbered digest items, units glued to their number, model sizes in a
list, "N-plus" amounts and "multi-megabyte"."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of

DIGEST = (
    "The must-reads\n"
    "1 Regulators are racing to write rules for drones\n"
    "They could run out of time soon. (Daily Ledger)\n"
    "2 A bakery chain is considering a move to Ohio\n"
    "It is also set to close three stores. (Morning Post)\n"
    "3 Why rain is making commutes worse\n"
    "Bring an umbrella. (Weekly Gazette)\n"
)


def test_numbered_digest_items_are_no_figures() -> None:
    figures = figures_of(DIGEST)
    assert [(f.text, f.value) for f in figures] == [("three", 3)]


@pytest.mark.parametrize("body", [
    "4 people were hurt in the crash on Monday.\nPolice closed the road for an hour.",
    "Officials said:\n2 buildings collapsed in the storm.\n5 more were damaged.",
])
def test_a_count_opening_a_line_outside_a_run_stays(body: str) -> None:
    assert figures_of(body)


@pytest.mark.parametrize("sentence, value, unit", [
    ("The new drive is just 4.57GB—or as small as 1.27GB compressed.", 4.57, "GB"),
    ("The new drive is just 4.57GB—or as small as 1.27GB compressed.", 1.27, "GB"),
    ("The trail is 12km—and steep all the way.", 12, "km"),
    ("They shipped an 807GB archive on Monday.", 807, "GB"),
])
def test_a_unit_left_glued_to_its_number_is_read(sentence: str, value: float, unit: str) -> None:
    assert (value, unit) in [(f.value, f.unit) for f in figures_of(sentence)]


def test_an_indefinite_size_of_a_model_is_a_figure_but_a_named_variant_is_not() -> None:
    assert [(f.value, f.unit) for f in figures_of("They started with an 807GB model last week.")] == [(807, "GB")]
    assert figures_of("The 64GB version costs more than the others.") == []


def test_two_sizes_joined_by_a_slash_are_two_figures() -> None:
    figures = figures_of("The smaller ones still fit on a 32GB/64GB laptop.")
    assert [(f.text, f.value, f.unit, f.noun) for f in figures] == [
        ("32GB", 32, "GB", "laptop"), ("64GB", 64, "GB", "laptop")]


def test_the_members_of_a_list_of_sizes_measure_the_noun_after_the_last() -> None:
    figures = figures_of("The lab released siblings in 122B, 35B, 27B, 9B and 2B sizes.")
    assert [(f.value, f.noun) for f in figures] == [
        (122e9, "size"), (35e9, "size"), (27e9, "size"), (9e9, "size"), (2e9, "size")]


def test_a_list_of_counts_keeps_each_noun() -> None:
    figures = figures_of("He had 20 points, 15 rebounds and 5 assists.")
    assert [f.noun for f in figures] == ["point", "rebound", "assist"]


@pytest.mark.parametrize("sentence, value, unit, noun", [
    ("It is a hundred-plus billion dollar company now.", 1e11, "USD", "company"),
    ("The firm hired 40-plus interns this summer.", 40, None, "intern"),
])
def test_a_number_plus_is_more_than_the_number(sentence: str, value: float, unit: str | None, noun: str) -> None:
    (figure,) = figures_of(sentence)
    assert (figure.value, figure.unit, figure.noun, figure.qualifier) == (value, unit, noun, "more_than")


def test_multi_megabyte_is_one_megabyte_at_least() -> None:
    figures = figures_of("In 2019 the single-page apps shipped multi-megabyte bundles.")
    assert [(f.text, f.value, f.unit, f.is_approximate) for f in figures] == [("multi-megabyte", 1, "MB", True)]
