"""Session 12: enumerators, cents, "a foot of", square units, measured-thing slips."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _by_text(body: str) -> dict[str, tuple[float, float | None, str | None, str | None]]:
    return {f.text: (f.value, f.value_high, f.unit, f.noun) for f in figures_of(body)}


# 1. Enumerators are labels, not figures.
@pytest.mark.parametrize("sentence", [
    "The three ways to cook rice we like best are: 1) Fried, 2) Steamed, 3) Baked.",
    "Readers picked their top routes: 1) Coastal, 2) Mountain, 3) Valley.",
])
def test_numbers_of_a_list_run_into_a_sentence_are_labels(sentence: str) -> None:
    values = [f.value for f in figures_of(sentence)]
    assert values == [3] or values == []


def test_a_bracketed_number_inside_an_open_bracket_stays_a_figure() -> None:
    assert any(f.value == 40 for f in figures_of("The club signed 40 players (and sold 12) last year."))


def test_a_numbered_teaser_line_is_no_figure() -> None:
    body = ("Rain fell across the region on Sunday.\n\n7 simple packing hacks for winter trips\n\n"
            "Officials said 5 people were hurt in the storm.")
    values = [f.value for f in figures_of(body)]
    assert 7 not in values
    assert 5 in values


def test_a_headline_like_line_with_a_verb_keeps_its_figure() -> None:
    body = "The storm hit overnight.\n\n12 homes were destroyed in the storm\n\nCrews are still at work."
    assert 12 in [f.value for f in figures_of(body)]


# 2. Cents are money.
def test_cents_are_a_hundredth_of_a_dollar() -> None:
    figures = _by_text("Most of the raises amount to less than 20 cents per hour.")
    assert figures["less than 20 cents"][:3] == (0.2, None, "USD")


def test_a_range_of_cents_is_a_range_of_dollars() -> None:
    (figure,) = [f for f in figures_of("The board agreed to lift fares between 10 and 40 cents next year.")
                 if f.unit == "USD"]
    assert (figure.value, figure.value_high) == (0.1, 0.4)


def test_per_cent_is_still_a_percentage() -> None:
    assert _by_text("The levy rose 2.5 per cent in May.")["2.5 per cent"][2] == "percent"


# 3. "a foot of snow": one unit.
@pytest.mark.parametrize("sentence, text, unit", [
    ("Up to a foot of snow fell in parts of Ohio.", "Up to a foot", "ft"),
    ("Farther north, more than a foot was possible.", "more than a foot", "ft"),
    ("About an inch of rain fell overnight in the valley.", "About an inch", "inch"),
])
def test_a_unit_with_a_bound_or_an_amount_of_is_one(sentence: str, text: str, unit: str) -> None:
    figures = _by_text(sentence)
    assert figures[text][0] == 1 and figures[text][2] == unit


@pytest.mark.parametrize("sentence", [
    "He never set foot in the building again.",
    "Officers patrolled the market on foot.",
    "The school is within a mile of the plant.",
    "She won the race by a mile.",
    "He finally got a foot in the door.",
    "The valley has seen a fraction of an inch of rain since May.",
])
def test_idioms_and_parts_of_a_unit_are_no_figure(sentence: str) -> None:
    assert figures_of(sentence) == []


# 6. Areas are written square_<unit>.
def test_square_feet_and_square_miles_use_the_labels_unit_codes() -> None:
    figures = _by_text("The ranch covers 12 square miles and the house 4,500 square feet.")
    assert figures["12 square miles"][2] == "square_mile"
    assert figures["4,500 square feet"][2] == "square_foot"


# 5. The measured thing is never a fragment of a name nor an agent or a bound's word.
def test_a_hyphenated_name_is_taken_whole() -> None:
    figures = _by_text("Shady-on-Lake was valued at $4 million by the county.")
    assert figures["$4 million"][3] != "on-lake"


def test_what_a_named_place_is_worth_is_its_value() -> None:
    assert _by_text("Palm-a-Vista was worth $12 million, a figure based on tax records.")["$12 million"][3] == "value"


def test_the_agent_of_a_change_to_it_is_not_measured() -> None:
    figures = _by_text("In Ohio, legislators voted to raise it to $9.10.")
    assert figures["$9.10"][3] != "legislator"


def test_in_excess_of_bounds_the_noun_it_follows() -> None:
    figures = _by_text("Experts think that warming in excess of 3°C could melt the ice sheets.")
    assert figures["in excess of 3°C"][3] == "warming"


def test_it_stands_for_the_noun_before_it_not_an_unrelated_subject() -> None:
    sentence = ("The Daily Ledger reported the company for claiming the warehouse was 90,000 square feet "
                "when it turned out to be about 40,000 square feet.")
    assert _by_text(sentence)["about 40,000 square feet"][3] == "warehouse"
