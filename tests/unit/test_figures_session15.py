"""Session 15 (fig): a half-dozen, multimillion-dollar amounts, ages set off after a name, load
times in milliseconds, a clause-opening "once,", race names, zero-sum, bit widths, "up to 11",
station frequencies and both sides of a dimension; with the sentences each rule must leave alone."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _by_text(body: str) -> dict[str, tuple[float, float | None, str | None, str | None]]:
    return {f.text: (f.value, f.value_high, f.unit, f.noun) for f in figures_of(body)}


@pytest.mark.parametrize(("sentence", "text"), [
    ("The mayor brought a half-dozen aides to the hearing.", "a half-dozen"),
    ("Police questioned about a half-dozen witnesses.", "about a half-dozen"),
    ("The bakery sold half-a-dozen cakes before noon.", "half-a-dozen"),
    ("Rescuers found half a dozen hikers on the ridge.", "half a dozen"),
])
def test_a_half_dozen_is_six(sentence: str, text: str) -> None:
    figures = _by_text(sentence)
    assert figures[text][0] == 6


def test_a_dozen_stays_twelve() -> None:
    assert _by_text("The school hired a dozen teachers.")["a dozen"][0] == 12


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), [
    ("The city approved a multimillion-dollar stadium deal.", "multimillion-dollar", 1e6, "USD"),
    ("The bank faces a multibillion-dollar lawsuit.", "multibillion-dollar", 1e9, "USD"),
    ("The club signed a multimillion-pound sponsorship.", "multimillion-pound", 1e6, "GBP"),
])
def test_multimillion_amounts_are_money_at_their_floor(sentence: str, text: str, value: float, unit: str) -> None:
    figure = _by_text(sentence)[text]
    assert (figure[0], figure[2]) == (value, unit)


def test_multimillion_without_a_currency_is_no_figure() -> None:
    assert figures_of("The show drew a multimillion audience on Sunday.") == []


@pytest.mark.parametrize("sentence", [
    "The board asked Jenkins, then 31, to run the London office.",
    "Okafor, now 58, still coaches the junior team.",
    "Police said the driver, who is about 45, was not hurt.",
    "Marta said she was only 19.",
])
def test_an_age_said_of_a_person_is_no_figure(sentence: str) -> None:
    assert figures_of(sentence) == []


@pytest.mark.parametrize(("sentence", "text"), [
    ("The firm, then 40 strong, moved to Leeds.", "40"),  # a count with its word after it
    ("Jenkins, then 31 years into the job, retired.", None),  # a duration, still no figure
    ("The store sold 31 bikes, then 26, then 40.", "31"),
])
def test_counts_near_a_comma_stay(sentence: str, text: str | None) -> None:
    if text is None:
        assert "31" not in _by_text(sentence)
    else:
        assert text in _by_text(sentence)


def test_milliseconds_are_a_duration() -> None:
    assert figures_of("The app took 450 milliseconds to open on the old phone.") == []


@pytest.mark.parametrize("sentence", [
    "He crashed twice in practice and once, he broke his wrist.",
    "She lost two races but once, she won by a mile.",
])
def test_once_opening_a_clause_is_no_count(sentence: str) -> None:
    assert "once" not in _by_text(sentence)


def test_once_closing_a_clause_still_counts() -> None:
    assert _by_text("The striker scored once, in the second half.")["once"][0] == 1


@pytest.mark.parametrize("sentence", [
    "She won silver in the women's 200 metre breaststroke in Tokyo.",
    "He set a record in the 110 metre hurdles last year.",
])
def test_a_race_named_by_its_distance_is_no_figure(sentence: str) -> None:
    assert figures_of(sentence) == []


def test_a_distance_walked_stays() -> None:
    assert _by_text("The shop is a 400 metre walk from the station.")["400 metre"][2] == "m"


@pytest.mark.parametrize("sentence", [
    "Trade is not a zero sum game, the minister said.",
    "They see politics as zero-sum.",
])
def test_zero_sum_is_an_idiom(sentence: str) -> None:
    assert figures_of(sentence) == []


def test_zero_of_a_count_stays() -> None:
    assert _by_text("The team had zero wins last season.")["zero"][0] == 0


@pytest.mark.parametrize("sentence", [
    "The game looks like something from the 8-bit era.",
    "Fans miss the 16 and 32-bit consoles.",
    "The laptop runs a 64-bit version of the software.",
])
def test_a_bit_width_is_a_label(sentence: str) -> None:
    assert figures_of(sentence) == []


def test_the_volume_up_to_eleven_is_an_idiom() -> None:
    assert figures_of("The band likes to turn the volume up to 11.") == []


def test_up_to_eleven_people_counts() -> None:
    assert _by_text("The van carries up to 11 passengers.")["up to 11"][0] == 11


def test_a_station_frequency_repeated_alone_is_a_label() -> None:
    body = "The show airs on WXYZ, 88.5 FM, every night. Across town, 88.5 is the home of jazz."
    assert figures_of(body) == []


def test_a_decimal_without_a_station_stays() -> None:
    assert "88.5" in _by_text("The index closed at 88.5 on Friday.")


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Inmates sleep in 8-by-10 foot rooms.", "8", "10 foot"),
    ("The rug measures 3 by 2 metres.", "3", "2 metres"),
])
def test_both_sides_of_a_dimension_take_its_unit(sentence: str, first: str, second: str) -> None:
    figures = _by_text(sentence)
    assert figures[first][2] == figures[second][2] is not None


def test_by_a_number_of_percent_is_no_dimension() -> None:
    assert _by_text("Shares rose 9 by 6 percent.")["9"][2] is None
