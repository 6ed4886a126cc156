"""Figures, session 28 (helper "figfix", review findings on the figaa rules): a bare number takes
the noun of an earlier count only in a list of alike clauses; a frequency before "the following
week" or "the past year" stays a count of times; "a million different people" counts people; "half
my friends have left" is a share of the friends. Real spaCy model, no mocks; sentences written
here (the first of each group is the reviewer's)."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _found(text: str) -> list[tuple[str, float, float | None, str | None, str | None]]:
    return [(f.text, f.value, f.value_high, f.unit, f.noun) for f in figures_of(text)]


# Finding 4: a bare number borrows the noun of an earlier count only in a list ---------------------

@pytest.mark.parametrize("sentence", [
    "The company sold 500 cars in May, and its shares hit 52.",
    "The company sold 500 cars, and its shares hit 52.",
    "The club sold 12 players in January and its shares hit 40.",
])
def test_a_level_reached_takes_no_noun_of_an_earlier_count(sentence: str) -> None:
    found = _found(sentence)
    assert found and found[0][4] is not None  # the earlier count keeps its noun
    counted = found[0][4]
    assert [f for f in found[1:] if f[4] == counted] == []


@pytest.mark.parametrize(("sentence", "counts"), [
    ("A Boeing 777 uses 14 tires, Airbus' A380 carries 22, and the An-225 demands 32.",
     [(14.0, "tire"), (22.0, "tire"), (32.0, "tire")]),
    ("The red team fields 11 players, the blue team brings 9, and the green team sends 7.",
     [(11.0, "player"), (9.0, "player"), (7.0, "player")]),
])
def test_a_list_of_alike_clauses_still_shares_its_noun(sentence: str, counts: list) -> None:
    assert [(f[1], f[4]) for f in _found(sentence)] == counts


# Finding 5: a frequency in a period of time is no multiple of the period ---------------------------

@pytest.mark.parametrize("sentence", [
    "She visited the clinic four times the following week.",
    "She visited the clinic three times the past year.",
    "The printer jams three times the next morning.",
    "He was booked four times the previous season.",
])
def test_a_frequency_before_a_period_counts_times(sentence: str) -> None:
    assert [f[4] for f in _found(sentence)] == ["time"]


def test_a_multiple_of_a_thing_after_times_is_kept() -> None:
    assert [f[4] for f in _found("The boiler must survive three times its normal pressure.")] == ["pressure"]


# Finding 8: "a million different" is hyperbole only before ways and kinds ------------------------

@pytest.mark.parametrize(("sentence", "noun"), [
    ("A million different people visited the site last year.", "people"),
    ("A million different customers bought the shoe.", "customer"),
    ("A billion different users signed up.", "user"),
])
def test_a_million_different_people_are_counted(sentence: str, noun: str) -> None:
    assert [(f[1], f[4]) for f in _found(sentence)] == [(float(_scale(sentence)), noun)]


def _scale(sentence: str) -> int:
    return 1_000_000_000 if "billion" in sentence else 1_000_000


@pytest.mark.parametrize("sentence", [
    "There are a million different ways to fail.",
    "There are a million different kinds of beetle.",
])
def test_a_million_different_ways_or_kinds_are_hyperbole(sentence: str) -> None:
    assert _found(sentence) == []


# Minor: half of a possessed group that is the subject of a verb after auxiliaries ----------------

@pytest.mark.parametrize(("sentence", "noun"), [
    ("Half my friends have left.", "friend"),
    ("Half my colleagues have quit.", "colleague"),
    ("Half our neighbours had moved away.", "neighbour"),
])
def test_half_of_a_possessed_group_that_has_acted(sentence: str, noun: str) -> None:
    assert ("Half", 50.0, None, "percent", noun) in _found(sentence)


def test_half_of_a_possessed_object_is_still_left_alone() -> None:
    assert _found("He sold half his shares.") == []
