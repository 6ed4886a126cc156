"""Session 14: what a figure measures (a parent's children, those polled, the N-largest, a length
"in length", a height "at 90 feet tall", the whole "out of four of its ..."), barrels written
"bbl.", and pounds of money."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _by_text(body: str) -> dict[str, tuple[float, float | None, str | None, str | None]]:
    return {f.text: (f.value, f.value_high, f.unit, f.noun) for f in figures_of(body)}


@pytest.mark.parametrize(("sentence", "text"), [
    ("The nurse, a father of three, was praised by the hospital.", "three"),
    ("She is a single mother of five who works two jobs.", "five"),
])
def test_a_parent_of_n_counts_children(sentence: str, text: str) -> None:
    assert _by_text(sentence)[text][3] == "child"


def test_a_count_of_a_noun_is_not_children() -> None:
    assert _by_text("The mother of the four students spoke.")["four"][3] == "student"


@pytest.mark.parametrize(("sentence", "text", "noun"), [
    ("Forty percent of those polled backed the plan.", "Forty percent", "poll"),
    ("About 55 percent of those surveyed said prices were too high.", "About 55 percent", "survey"),
])
def test_share_of_those_asked(sentence: str, text: str, noun: str) -> None:
    assert _by_text(sentence)[text][3] == noun


def test_count_glued_to_a_superlative_counts_its_noun() -> None:
    assert _by_text("Profits at the 50-biggest retailers fell.")["50"][3] == "retailer"


@pytest.mark.parametrize(("sentence", "text", "noun"), [
    ("The fossil measures about nine inches in length.", "about nine inches", "length"),
    ("The pipe is two metres in diameter.", "two metres", "diameter"),
    ("The statue stands at 90 feet tall above the harbour.", "90 feet", "height"),
])
def test_dimension_of_a_length(sentence: str, text: str, noun: str) -> None:
    assert _by_text(sentence)[text][3] == noun


def test_a_dimension_adjective_before_a_noun_is_not_the_dimension() -> None:
    assert _by_text("The 8.6-inch lower display is sharp.")["8.6-inch"][3] == "display"


def test_whole_out_of_n_of_its_things() -> None:
    figures = _by_text("The abbey lost two out of five of its stained-glass windows in the storm.")
    assert figures["two"][3] == "window"
    assert figures["five"][3] == "window"


def test_bbl_is_a_barrel_of_what_follows() -> None:
    figures = _by_text("The report said 2.5 million bbl. of crude leaked from the tanker.")
    value, _, unit, noun = figures["2.5 million bbl"]
    assert (value, unit, noun) == (2.5e6, "barrel", "crude")


@pytest.mark.parametrize(("sentence", "text", "noun"), [
    ("The village fete raised hundreds of pounds for the hospice.", "hundreds of pounds", "pound"),
    ("Fixing the fence ended up costing the farmer 400 pounds.", "400 pounds", None),
])
def test_pounds_a_money_verb_takes_are_sterling(sentence: str, text: str, noun: str | None) -> None:
    figure = _by_text(sentence)[text]
    assert figure[2] == "GBP"
    if noun is not None:
        assert figure[3] == noun


@pytest.mark.parametrize(("sentence", "text"), [
    ("The angler landed 40 pounds of salmon.", "40 pounds"),
    ("He lost 30 pounds before the fight.", "30 pounds"),
    ("The parcel weighs 12 pounds.", "12 pounds"),
])
def test_pounds_of_weight_stay_weight(sentence: str, text: str) -> None:
    assert _by_text(sentence)[text][2] == "lb"


@pytest.mark.parametrize("sentence", [
    "The fund ran a 25-to-1 leverage ratio before it collapsed.",
    "Bookmakers offered 12-to-1 odds on the outsider.",
    "Scientists found traces measured in parts per billion.",
    "The city kept its zero-tolerance policy on graffiti.",
    "The country scrapped its two-child policy in 2021.",
    "(See the 10 best hiking trails in Europe.)",
])
def test_ratios_rate_bases_policy_names_and_link_asides_are_no_figures(sentence: str) -> None:
    assert figures_of(sentence) == []


@pytest.mark.parametrize(("sentence", "text", "noun"), [
    ("The council adopted three policies on housing.", "three", "policy"),
    ("The plant reported zero injuries last year.", "zero", "injury"),
    ("See you there: the event drew 300 people.", "300", "people"),
])
def test_counts_beside_those_rules_still_count(sentence: str, text: str, noun: str) -> None:
    assert _by_text(sentence)[text][3] == noun


def test_a_count_of_one_policy_is_not_its_name() -> None:
    assert _by_text("There is at least one common policy in the plans.")["at least one"][3] == "policy"


def test_several_joined_modifiers_count_the_closing_plural() -> None:
    figures = _by_text("The club is talking with several major radio and streaming music services.")
    assert figures["several"][3] == "service"


def test_of_a_possessor_counts_what_it_owns() -> None:
    figures = _by_text("The party won in six of the region's 12 biggest towns.")
    assert figures["six"][3] == "town"
    assert _by_text("Half of Europe's population lives in cities.")["Half"][3] == "population"


@pytest.mark.parametrize("sentence", [
    "The wreck lies 30 miles (48 km) east of the island.",
])
def test_distance_with_a_bracketed_conversion(sentence: str) -> None:
    figures = _by_text(sentence)
    assert figures["30 miles"][3] == "distance"
    assert figures["48 km"][3] == "distance"


def test_gross_domestic_product_spelled_out_is_the_denominator() -> None:
    figures = _by_text("Public debt climbed to about 90 percent of gross domestic product.")
    assert figures["about 90 percent"][3] == "debt"


@pytest.mark.parametrize(("sentence", "text", "value", "noun"), [
    ("Officials said one-fourth of the voters stayed home.", "one-fourth", 25, "voter"),
    ("Three-fourths of the members backed the motion.", "Three-fourths", 75, "member"),
    ("Nearly half of the 40 students failed the test.", "Nearly half", 50, "student"),
])
def test_fourths_and_half_of_a_counted_group_are_shares(sentence: str, text: str, value: float, noun: str) -> None:
    figure = _by_text(sentence)[text]
    assert (round(figure[0]), figure[2], figure[3]) == (value, "percent", noun)


@pytest.mark.parametrize("sentence", [
    "Sales rose in the first half of 2020.",
    "The parade is on the fourth of July.",
    "He won a fourth term in office.",
])
def test_periods_and_ordinals_stay_no_shares(sentence: str) -> None:
    assert all(f.unit != "percent" for f in figures_of(sentence))


@pytest.mark.parametrize(("sentence", "text", "noun"), [
    ("The central bank kept its deposit rate near zero for years.", "zero", "rate"),
    ("Regulators held the fee below 3 percent.", "below 3 percent", "fee"),
])
def test_a_level_a_setting_verb_keeps_its_object_near(sentence: str, text: str, noun: str) -> None:
    assert _by_text(sentence)[text][3] == noun


def test_a_rate_of_zero_is_zero_percent() -> None:
    assert _by_text("The central bank kept its deposit rate near zero for years.")["zero"][2] == "percent"
    assert _by_text("The clinic reported zero deaths last year.")["zero"][2] is None


def test_the_other_n_alone_is_the_rest_of_a_group() -> None:
    texts = [f.text for f in figures_of("The party held Ohio and Texas but lost the other three.")]
    assert "three" not in texts
    assert _by_text("The other two contractors fell ill.")["two"][3] == "contractor"
