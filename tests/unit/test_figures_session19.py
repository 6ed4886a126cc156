"""Figures, session 19: data rates and speeds written out, magnitudes, mixed fractions in inches,
a size given in two units, spoken amounts ("a billion-five"), "out of every 100", "half the
time", and idioms and ranks that count nothing."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _found(sentence: str) -> list[tuple[float, float | None, str | None]]:
    return [(f.value, f.value_high, f.unit) for f in figures_of(sentence)]


@pytest.mark.parametrize("sentence, value, unit", [
    ("The new library decodes logs at 1.7 GB/s on a laptop.", 1.7, "GB/s"),
    ("The old one manages about 0.2 GB/s on the same machine.", 0.2, "GB/s"),
    ("The card copies photos at 90 MB/s.", 90, "MB/s"),
    ("Its drive writes 2,400 megabytes per second.", 2400, "MB/s"),
    ("The cable carries 20 gigabits per second.", 20, "Gbps"),
    ("The archive unpacks at 3.1GB/s, the vendor claims.", 3.1, "GB/s"),
    ("Gusts reached 70 miles per hour on the coast.", 70, "mph"),
    ("The train runs at 250 kilometres per hour.", 250, "km/h"),
])
def test_rates_take_their_per_second_or_per_hour_unit(sentence: str, value: float, unit: str) -> None:
    assert (value, None, unit) in _found(sentence)


def test_a_data_rate_measures_a_speed_when_nothing_else_is_named() -> None:
    (figure,) = figures_of("It reached 4.2 GB/s.")
    assert figure.noun == "speed"


def test_a_multiple_before_a_comparative_measures_its_dimension() -> None:
    (figure,) = [f for f in figures_of("That makes it about 30x slower.") if f.value == 30]
    assert figure.noun == "speed"


@pytest.mark.parametrize("sentence, value", [
    ("A magnitude-6.2 earthquake struck the island on Monday.", 6.2),
    ("A magnitude 5.4 quake shook the valley.", 5.4),
    ("A 4.9-magnitude tremor was felt downtown.", 4.9),
])
def test_a_quake_s_magnitude_is_a_figure_in_magnitude(sentence: str, value: float) -> None:
    assert (value, None, "magnitude") in _found(sentence)


def test_mixed_fractions_with_an_inch_mark_are_inches() -> None:
    found = _found('The old drives took 5-1/4" disks and later 3-1/2" ones.')
    assert (5.25, None, "inch") in found and (3.5, None, "inch") in found


def test_a_mixed_fraction_with_a_unit_word() -> None:
    assert (2.5, None, "mile") in _found("The trail climbs for 2-1/2 miles.")


def test_a_size_given_in_two_units_gives_two_figures() -> None:
    found = _found("Uploads are capped at 20,480 KB/20 MB per file.")
    assert (20480, None, "KB") in found and (20, None, "MB") in found


def test_a_spoken_billion_five_closes_a_range() -> None:
    assert (1e9, 1.5e9, None) in _found('"Somewhere between a billion and a billion-five," the owner said.')


def test_a_million_two_is_one_point_two_million() -> None:
    assert (1.2e6, None, None) in _found("The club paid a million-two for the striker's contract.") or (
        (1.2e6, None, "USD") in _found("The club paid a million-two dollars for the striker."))


@pytest.mark.parametrize("sentence, value", [
    ("Nine out of every 100 patients were readmitted within a month.", 9),
    ("One in every four voters stayed home.", 25),
])
def test_out_of_every_is_one_share(sentence: str, value: float) -> None:
    found = _found(sentence)
    assert (value, None, "percent") in found
    assert not [f for f in found if f[0] in {100, 4}]


def test_more_than_half_the_time_is_a_share_of_the_time() -> None:
    (figure,) = figures_of("Inspectors visit, but more than half the time nobody answers.")
    assert (figure.value, figure.unit, figure.noun) == (50, "percent", "time")


@pytest.mark.parametrize("sentence", [
    "Her wealth placed her in the top 10 of the magazine's list.",
    "The song climbed into the top five within a week.",
    '"On one occasion," the clerk testified, "I saw the ledger."',
    "He finished his degree one course at a time while working nights.",
    "The risk of a small mistake is trivial or zero.",
    "The console streams games with zero noticeable input lag on any screen in the house.",
    "Jane Roe, The Quiet Archive, 211-214, 305",
])
def test_ranks_idioms_and_cited_pages_are_no_figures(sentence: str) -> None:
    assert figures_of(sentence) == []


@pytest.mark.parametrize("sentence, value", [
    ("The party's top 10 face off in Atlanta tonight.", 10),
    ("The top five teams advance to the finals.", 5),
    ("You may take only one course at a time.", 1),
    ("The vote was held with 310 members present.", 310),
    ("The plant reported zero injuries last year.", 0),
])
def test_counts_beside_those_idioms_stay(sentence: str, value: float) -> None:
    assert value in [f.value for f in figures_of(sentence)]


@pytest.mark.parametrize("sentence", [
    "The game ran smoothly through a remote 3070 in the basement.",
    "She lent me her 3090 for the weekend.",
    "Running it on that old 2080 was a struggle.",
])
def test_a_four_digit_number_made_one_thing_is_a_model(sentence: str) -> None:
    assert figures_of(sentence) == []


def test_a_four_digit_count_with_its_noun_stays() -> None:
    assert 1500 in [f.value for f in figures_of("The plant hired a further 1500 workers this spring.")]


def test_part_of_a_group_named_by_whom_or_which_counts() -> None:
    figures = figures_of("The panel had five members, two of whom were retired judges.")
    assert 2 in [f.value for f in figures]


def test_a_count_added_in_a_formula_counts() -> None:
    assert 2 in [f.value for f in figures_of("Each state gets its number of House seats, plus two.")]


@pytest.mark.parametrize("sentence, noun", [
    ("The firm booked billions of dollars in sales.", "sale"),
    ("The charity, which oversees millions of dollars in grants, said so.", "grant"),
])
def test_vague_money_measures_what_it_is_in(sentence: str, noun: str) -> None:
    (figure,) = figures_of(sentence)
    assert figure.noun == noun
