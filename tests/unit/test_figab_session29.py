"""Figures, session 29 (helper "figab", from set AB's errors): "charging seven figures" as money,
"a couple hundred dollars" as two hundred, a frequency naming a radio band as a label, a street
address written in lower case ("at 30 Rockefeller center"), the noun after a participle the parse
took for a gerund ("hundreds of working devices"), "11 hidden places" counted, "cookies" as the
plural of "cookie". Real spaCy model, no mocks; sentences written here."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _found(text: str) -> list[tuple[str, float, float | None, str | None, str | None]]:
    return [(f.text, f.value, f.value_high, f.unit, f.noun) for f in figures_of(text)]


# "N figures" as an amount of money ----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The agency now charges seven figures for a single campaign.", "seven figures", 1_000_000.0),
    ("Her pay climbed into six figures after the merger.", "six figures", 100_000.0),
])
def test_n_figures_paid_or_earned_is_money(sentence: str, text: str, value: float) -> None:
    assert [(f[0], f[1], f[3]) for f in _found(sentence)] == [(text, value, "USD")]


def test_n_figures_in_a_report_are_charts_counted() -> None:
    found = _found("The study has seven figures and two tables.")
    assert ("seven", 7.0, None, None, None) in found
    assert all(f[3] != "USD" for f in found)


# "a couple hundred" ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "text", "value", "unit"), [
    ("The farmer sold the old tractor for a couple hundred dollars.", "a couple hundred dollars", 200.0, "USD"),
    ("A couple thousand fans waited outside the arena.", "A couple thousand", 2000.0, None),
    ("Organizers expect a couple of hundred volunteers.", "a couple of hundred", 200.0, None),
])
def test_a_couple_of_a_scale_is_two_of_it(sentence: str, text: str, value: float, unit: str | None) -> None:
    assert [(f[0], f[1], f[3]) for f in _found(sentence)] == [(text, value, unit)]


@pytest.mark.parametrize("sentence", ["The choir sang a couple of carols.", "He jogged a couple of miles home."])
def test_a_couple_alone_is_still_no_figure(sentence: str) -> None:
    assert _found(sentence) == []


# A frequency that names a radio band ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The sensors talk over the 2.4GHz ISM frequency band.",
    "In Europe the meters use the 868 MHz band instead.",
    "The new router covers both the 2.4GHz and 5GHz bands.",
])
def test_a_frequency_naming_a_band_is_a_label(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(("sentence", "text"), [
    ("The laptop's chip runs at 3.2GHz, and its radio has a wide band.", "3.2GHz"),
    ("A 3GHz processor powers the new tablet.", "3GHz"),
])
def test_a_clock_speed_is_still_a_figure(sentence: str, text: str) -> None:
    assert [f[0] for f in _found(sentence)] == [text]


# A street address written in lower case ----------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The protesters gathered at 30 Rockefeller center on Friday.",
    "The rally met at 10 Downing street on Monday.",
])
def test_a_lower_case_street_address_is_no_count(sentence: str) -> None:
    assert _found(sentence) == []


def test_stores_counted_after_at_are_still_counts() -> None:
    assert [(f[0], f[4]) for f in _found("The chain now sells the phone at 30 Apple stores.")] == [("30", "store")]


# What is counted ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "noun"), [
    ("The hub already works with hundreds of existing smart lamps.", "lamp"),
    ("The plan calls for thousands of visiting fans.", "fan"),
])
def test_the_noun_after_a_participle_after_of_is_counted(sentence: str, noun: str) -> None:
    assert [f[4] for f in _found(sentence)] == [noun]


@pytest.mark.parametrize(("sentence", "noun"), [
    ("We searched 11 hidden places in the old house.", "place"),
    ("Below are five more places where shoppers find deals.", "place"),
])
def test_places_counted_with_an_adjective_are_counted(sentence: str, noun: str) -> None:
    assert [f[4] for f in _found(sentence)] == [noun]


def test_places_climbed_in_a_table_stay_unnamed() -> None:
    assert [f[4] for f in _found("The club climbed three places to fifth.")] == [None]


def test_cookies_are_cookies() -> None:
    assert [f[4] for f in _found("The bakers made 9,000 holiday cookies for the fair.")] == ["cookie"]


# A quoted amount -------------------------------------------------------------------------------------

def test_a_quoted_vague_amount_of_things_is_a_figure() -> None:
    found = _found("The startup's app now boasts “hundreds of thousands of users” in Asia.")
    assert [(f[0], f[1], f[4]) for f in found] == [("hundreds of thousands", 100_000.0, "user")]


def test_a_quoted_nickname_with_a_number_word_stays_a_name() -> None:
    assert _found("Fans called the trio the “three amigos” of the league.") == []
