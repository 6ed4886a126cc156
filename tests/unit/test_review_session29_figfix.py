"""Figures, session 29 review fixes (helper "figfix"): made-up news sentences the review tried on
session 29's rules ("a couple hundred thousand", "N figures" after "into", "make" and "offer",
"40 MHz spectrum", a quoted title starting with a vague amount, rank moves in "places").
Real spaCy model, no mocks; sentences written here."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _found(text: str) -> list[tuple[str, float, float | None, str | None, str | None]]:
    return [(f.text, f.value, f.value_high, f.unit, f.noun) for f in figures_of(text)]


# "a couple" of a run of scale words ----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("A couple hundred million dollars was wired abroad.", 200_000_000.0, "USD"),
    ("The city employs a couple hundred thousand workers.", 200_000.0, None),
    ("A couple hundred thousand people lost power.", 200_000.0, None),
    ("A couple dozen reporters waited outside the court.", 24.0, None),
])
def test_a_couple_of_a_run_of_scales_is_one_figure(sentence: str, value: float, unit: str | None) -> None:
    assert [(f[1], f[3]) for f in _found(sentence)] == [(value, unit)]


# "N figures" that are no money -----------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "value"), [
    ("The death toll ran into four figures by the end of the week.", 1_000.0),
    ("Attendance at the rally went into five figures, organizers said.", 10_000.0),
    ("The number of applications has climbed into six figures.", 100_000.0),
    ("Viewership climbed into seven figures for the finale.", 1_000_000.0),
    ("The chart-topping single has sold well into six figures.", 100_000.0),
    ("Turnout crept into six figures for the first time.", 100_000.0),
])
def test_a_count_rising_into_n_figures_is_no_money(sentence: str, value: float) -> None:
    assert [(f[1], f[3]) for f in _found(sentence)] == [(value, None)]


@pytest.mark.parametrize(("sentence", "value"), [
    ("The report offers six figures on crime trends.", 6.0),
    ("The sculptor made seven figures for the cathedral's new altar.", 7.0),
])
def test_figures_offered_or_made_are_counted(sentence: str, value: float) -> None:
    found = _found(sentence)
    assert value in [f[1] for f in found]
    assert all(f[3] != "USD" for f in found)


@pytest.mark.parametrize(("sentence", "value"), [
    ("Her salary rose into six figures last year.", 100_000.0),
    ("The striker's transfer fee ran into eight figures.", 10_000_000.0),
])
def test_pay_rising_into_n_figures_is_still_money(sentence: str, value: float) -> None:
    assert [(f[1], f[3]) for f in _found(sentence)] == [(value, "USD")]


# An amount of spectrum ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "text"), [
    ("The operator will add 40 MHz spectrum in the 3.5 GHz band next year.", "40 MHz"),
    ("The carrier deployed 100 MHz spectrum blocks in Chicago.", "100 MHz"),
])
def test_an_amount_of_spectrum_is_a_figure(sentence: str, text: str) -> None:
    assert text in [f[0] for f in _found(sentence)]


# A quoted title starting with a vague amount ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The band's new album “Thousands of Suns” opens with a drum solo.",
    "The exhibition “Hundreds of Birds” opens at the Tate on Friday.",
])
def test_a_quoted_title_with_a_vague_amount_is_no_figure(sentence: str) -> None:
    assert _found(sentence) == []


# Rank moves in places ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The side fell three crucial places in the table.",
    "Leeds climbed two more places after the win.",
    "The club dropped five further places in the league.",
])
def test_places_moved_in_a_table_stay_unnamed(sentence: str) -> None:
    assert [f[4] for f in _found(sentence)] == [None]
