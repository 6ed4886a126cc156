"""Figures, session 28 (helper "figaa", from set AA's errors): pressure in psi, a multiple of the
thing named after "times", a product priced before an "X-like" noun, "one-pound" and a "15-inch
wheel" kept, "four or five more films" and "four more of these things" as counts, "once, twice"
as a series of counts, "half my class left", a bare object count that takes the noun of the count
before it; not figures: "zero-g", "a four-bar linkage", "a million different ways", "One
measured ..." after a colon. Real spaCy model, no mocks; sentences written here."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _found(text: str) -> list[tuple[str, float, float | None, str | None, str | None]]:
    return [(f.text, f.value, f.value_high, f.unit, f.noun) for f in figures_of(text)]


# Units and measured things ------------------------------------------------------------------------

def test_psi_is_a_unit_of_pressure() -> None:
    assert ("90 psi", 90.0, None, "psi", "pressure") in _found("The mechanic pumped the truck's tires to 90 psi.")


@pytest.mark.parametrize(("sentence", "noun"), [
    ("The boiler must survive three times its normal pressure.", "pressure"),
    ("The new stadium is five times the size of the old ground.", "size"),
])
def test_a_multiple_measures_the_thing_named_after_times(sentence: str, noun: str) -> None:
    assert [f[4] for f in _found(sentence)] == [noun]


def test_a_frequency_after_times_is_left_alone() -> None:
    assert [f[4] for f in _found("She swims three times a week.")] == ["time"]


def test_a_price_before_a_like_compound_is_the_price_of_the_thing() -> None:
    found = _found("Acme sells a $49 phone-like gadget for children.")
    assert ("$49", 49.0, None, "USD", "gadget") in found


# Figures kept -------------------------------------------------------------------------------------

def test_a_hyphenated_weight_after_the_is_no_pronoun() -> None:
    found = _found("Built for travel, the one-pound, battery-powered projector has a ten-inch lens.")
    assert ("one-pound", 1.0, None, "lb") in [f[:4] for f in found]


def test_a_measured_wheel_is_no_kind_of_wheel() -> None:
    found = _found("The scooter rolls on a 10-inch wheel at the front.")
    assert ("10-inch", 10.0, None, "inch", "wheel") in found


def test_a_four_wheel_drive_stays_a_kind() -> None:
    assert _found("They drove a four-wheel truck up the hill.") == []


def test_two_counts_with_more_after_them_are_two_figures() -> None:
    found = _found("The studio plans to make three or four more sequels.")
    assert [(f[1], f[2], f[4]) for f in found] == [(3.0, None, "sequel"), (4.0, None, "sequel")]


def test_a_count_of_more_of_these_things() -> None:
    assert [(f[1], f[4]) for f in _found("Nobody wants to sit through six more of these meetings.")] == [(6.0, "meeting")]


def test_two_numbers_or_a_range_without_more() -> None:
    found = _found("The studio plans to make three or four sequels.")
    assert [(f[1], f[2]) for f in found] == [(3.0, 4.0)]


def test_once_in_a_series_of_counts() -> None:
    found = _found("Fans have read the novel once, twice, or even more times in a row.")
    assert [(f[0], f[1]) for f in found] == [("once", 1.0), ("twice", 2.0)]


def test_once_on_its_own_is_still_no_count() -> None:
    assert _found("Once, the square held a market every day.") == []


def test_half_of_a_possessed_group_that_acts() -> None:
    found = _found("When the twist came, half my class laughed.")
    assert ("half", 50.0, None, "percent", "class") in found


def test_half_of_a_possessed_object_is_left_as_it_was() -> None:
    assert _found("He sold half his shares.") == []


def test_a_bare_object_count_takes_the_count_before_it() -> None:
    found = _found("The red team fields 11 players, the blue team brings 9, and the green team sends 7.")
    assert [(f[1], f[4]) for f in found] == [(11.0, "player"), (9.0, "player"), (7.0, "player")]


# Not figures --------------------------------------------------------------------------------------

def test_zero_g_is_weightlessness() -> None:
    assert _found("The best scene is a zero-g dance in the station.") == []


def test_a_four_bar_linkage_is_a_kind() -> None:
    assert _found("The arm uses a four-bar linkage to stay level.") == []


def test_a_million_different_things_is_hyperbole() -> None:
    # (figfix: only ways and kinds; "a million different pop songs" is counted again, as people are)
    assert _found("The finale finds about a million different ways to quote pop songs.") == []


def test_a_million_residents_still_count() -> None:
    assert ("a million", 1_000_000.0, None, None, "resident") in _found("The city has a million residents.")


def test_one_after_a_colon_as_a_subject_is_a_pronoun() -> None:
    found = _found("The pupils sat two exams: one tested their reading and the other their sums.")
    assert [(f[1], f[4]) for f in found] == [(2.0, "exam")]


def test_a_count_in_a_clause_without_its_own_subject_takes_no_noun_before_it() -> None:
    found = _found("She served 12 balls that were not aces one, two or three.")
    assert [f[1] for f in found] == [12.0]
