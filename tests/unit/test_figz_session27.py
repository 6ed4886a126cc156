"""Figures, session 27 (helper "figz", from set Z's errors): a short "Label: $amount" line kept,
numbers written out with "and" ("seven hundred and sixty-eight"), a worded range sharing its
larger scale, "one in two" to "one in nine" and "two out of three of all" as shares, "by almost
two-fold", "cut in half", "quadrillion"; not figures: a "#1" rank, a decade spelled out, the binary
digits "0 or 1", a scene set with "In one class,". Real spaCy model, no mocks; sentences written here."""

from __future__ import annotations

import pytest

from newsfacts.extract.nlp import is_furniture_line
from tests.unit.test_extract_figures import figures_of


def _found(text: str) -> list[tuple[str, float, float | None, str | None]]:
    return [(f.text, f.value, f.value_high, f.unit) for f in figures_of(text)]


# A label and an amount, the whole line ----------------------------------------------------------

@pytest.mark.parametrize("line", ["My Guess: $25,000,000", "Actual: $6,600,000", "Budget: $40 million"])
def test_a_labelled_amount_line_is_no_furniture(line: str) -> None:
    assert not is_furniture_line(line)


@pytest.mark.parametrize("line", ["Nick’s Guess: N/A", "Read more: here", "Share this"])
def test_other_short_lines_stay_furniture(line: str) -> None:
    assert is_furniture_line(line)


def test_the_amount_of_a_labelled_line_is_a_figure() -> None:
    body = "The studio guessed the film's takings.\nMy Guess: $25,000,000\nThe film opened on Friday."
    assert ("$25,000,000", 25_000_000.0, None, "USD") in _found(body)


# Numbers written out ----------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("It needs a key that is seven hundred and sixty-eight bits long.", "seven hundred and sixty-eight bits", 768.0),
    ("The company hired two hundred and fifty workers last year.", "two hundred and fifty", 250.0),
    ("Five hundred and two thousand people came to the rally.", "Five hundred and two thousand", 502_000.0),
])
def test_a_number_written_with_and_is_one_number(sentence: str, text: str, value: float) -> None:
    assert [(t, v) for t, v, _, _ in _found(sentence)] == [(text, value)]


def test_a_worded_range_shares_its_larger_scale() -> None:
    found = _found("Firms spent three hundred to five hundred billion dollars on the fix.")
    assert [(v, h, u) for _, v, h, u in found] == [(300e9, 500e9, "USD")]


def test_a_range_of_two_scales_keeps_both() -> None:
    found = _found("They raised two thousand to three million dollars for the charity.")
    assert [(v, h) for _, v, h, _ in found] == [(2000.0, 3e6)]


def test_quadrillion_is_a_scale() -> None:
    found = _found("A hundred qubits can represent 1.3 quadrillion quadrillion states.")
    assert ("1.3 quadrillion quadrillion", 1.3e30) in [(t, v) for t, v, _, _ in found]


# Shares -----------------------------------------------------------------------------------------

def test_odds_of_one_in_seven_and_one_in_two_are_shares() -> None:
    found = _found("He pegged the odds of a break by 2026 at one in seven, rising to one in two by 2031.")
    assert [(t, v, u) for t, v, _, u in found] == [("one in seven", 14.29, "percent"), ("one in two", 50.0, "percent")]


def test_two_out_of_three_of_all_is_a_share() -> None:
    found = _found("By the end of the decade, two out of three of all jobs will require a degree.")
    assert [(t, v, u) for t, v, _, u in found] == [("two out of three", 66.67, "percent")]


def test_games_won_out_of_three_stay_two_counts() -> None:
    texts = [t for t, *_ in _found("They won two out of three games in May.")]
    assert texts == ["two", "three"]


def test_by_almost_two_fold_is_a_multiple() -> None:
    found = _found("We have expanded school funding by almost two-fold in the last 40 years.")
    assert ("almost two-fold", 2.0) in [(t, v) for t, v, _, _ in found]


def test_a_two_fold_lesson_is_no_multiple() -> None:
    assert _found("The lesson here is two-fold.") == []


def test_cut_in_half_is_half() -> None:
    found = _found("The plan says the cost of a four-year degree will be cut in half for many students.")
    assert [(t, v, u) for t, v, _, u in found] == [("half", 50.0, "percent")]


def test_broken_in_half_is_no_share() -> None:
    assert _found("He broke the old stick in half.") == []


# Not figures ------------------------------------------------------------------------------------

def test_a_rank_with_the_number_sign_is_a_label() -> None:
    assert _found("The film secured a respectable #1 showing at the weekend box office.") == []


def test_a_decade_spelled_out_is_no_count() -> None:
    assert _found("When quantum computing was first proposed, in the nineteen-eighties, it was a curiosity.") == []


@pytest.mark.parametrize("sentence", [
    "Classical computers encode information as bits, which can be either 0 or 1, and then manipulate them.",
    "Instead of bits, it stores information as qubits, which can be 0, 1, or both at once.",
])
def test_binary_digit_values_are_no_counts(sentence: str) -> None:
    assert _found(sentence) == []


def test_one_goal_and_none_conceded_still_count() -> None:
    assert [t for t, *_ in _found("They scored 1 goal and conceded 0.")] == ["1", "0"]


def test_a_scene_set_with_in_one_is_no_count() -> None:
    assert _found("In one class, he was chastised for writing an essay.") == []


def test_only_one_state_counts() -> None:
    assert [t for t, *_ in _found("Only one state voted against the bill.")] == ["one"]


# Units ------------------------------------------------------------------------------------------

def test_bits_and_kilotons_are_units() -> None:
    assert ("seven hundred and sixty-eight bits", 768.0, None, "bit") in _found(
        "It needs a key that is seven hundred and sixty-eight bits long.")
    assert ("10 kilotons", 10.0, None, "kiloton") in _found("They want nuclear bombs that are 10 kilotons or smaller.")


@pytest.mark.parametrize("sentence", ["The 64-bit chip has eight cores.", "The 8-bit era was a golden age."])
def test_a_bit_width_stays_a_kind(sentence: str) -> None:
    assert [t for t, *_ in _found(sentence) if "bit" in t] == []


def test_a_share_with_no_noun_after_measures_what_it_is_said_of() -> None:
    found = figures_of("The odds of a break rose to one in two by 2031.")
    assert [(f.text, f.noun) for f in found] == [("one in two", "odd")]
