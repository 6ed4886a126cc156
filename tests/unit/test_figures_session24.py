"""Figures, session 24 (from set V's errors): numbers inside names ("an All-Big 12 quarterback"),
ranks written "top-five", idioms ("one-offs", "one final maneuver", "a million reasons"), "One
officer" counted against a group counted before, a hyphenated designation before a plural ("14
All-Star appearances"), and what money, lengths and bare counts measure: taxes (not "taxis"),
"in the form of interest", a contract's line, occasions, the people an attack harmed, an altitude
and a distance "from"."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _texts(sentence: str) -> list[str]:
    return [f.text for f in figures_of(sentence)]


def _noun_of(sentence: str, text: str) -> str | None:
    found = [f for f in figures_of(sentence) if f.text == text]
    assert found, f"{text!r} not found in {sentence!r}"
    return found[0].noun


@pytest.mark.parametrize("sentence", [
    "Prior to that, he set several school records at Texas as an All-Big 12 quarterback.",
    "The Big 12 title game will be played in Arlington on Saturday.",
    "Officials said the Title 42 expulsion policy would end in May.",
])
def test_a_number_inside_a_name_before_a_singular_noun_is_no_count(sentence: str) -> None:
    assert [t for t in _texts(sentence) if t not in {"several"}] == []


@pytest.mark.parametrize("sentence, text", [
    ("The Democrats hold 47 seats in the chamber.", "47"),
    ("He set 12 school records as a quarterback at Texas.", "12"),
])
def test_a_count_before_a_plural_still_counts(sentence: str, text: str) -> None:
    assert text in _texts(sentence)


@pytest.mark.parametrize("sentence", [
    "They have two of the top-five Cy Young finishers from each of the past two seasons.",
    "The linebacker is top-20 in both run defense and tackling grade.",
])
def test_top_glued_to_a_number_is_a_rank(sentence: str) -> None:
    assert "five" not in _texts(sentence) and "20" not in _texts(sentence)


def test_the_top_ten_as_a_group_still_counts() -> None:
    assert "10" in _texts("The top 10 alone hold over $100 billion of the bonds.")


@pytest.mark.parametrize("sentence", [
    "Yet absent a wholesale tax overhaul, such one-offs are Band-Aids that will only make things worse.",
    "The bonus was a one-off, the company said.",
])
def test_one_off_is_an_idiom(sentence: str) -> None:
    assert "one" not in [t.lower() for t in _texts(sentence)]


@pytest.mark.parametrize("sentence", [
    "Today, the spacecraft will engage its thrusters for one final maneuver: a plunge toward the comet.",
    "The climbers made one last attempt to reach the summit before the storm.",
])
def test_one_final_or_last_reads_as_a(sentence: str) -> None:
    assert "one" not in [t.lower() for t in _texts(sentence)]


def test_only_one_final_exam_counts() -> None:
    assert "one" in _texts("Students will sit only one final exam this year.")


@pytest.mark.parametrize("sentence", [
    "There are a million reasons why that is tricky to do.",
    "There are a thousand ways this plan could go wrong, the engineer said.",
])
def test_a_million_reasons_is_a_manner_of_speaking(sentence: str) -> None:
    assert _texts(sentence) == []


def test_a_million_residents_counts() -> None:
    assert _texts("The city has a million residents and two airports.")[:1] == ["a million"]


def test_one_of_a_group_counted_before_is_a_count() -> None:
    body = ("Fifteen members of the gang have been arrested. "
            "One member, Ionut Vasile Ciurba-Stana, 30, remains at large.")
    assert "One" in _texts(body)
    assert _noun_of(body, "One") == "member"


@pytest.mark.parametrize("body", [
    # no group of studies counted before: "one study" works like "a"
    "One study in 17 people showed that keeping a food diary helped.",
    # a group counted before, but "one study ... showed" is an example of findings
    "Ten studies were reviewed. One study in 17 people showed that keeping a food diary helped.",
    # no group counted before
    "Officers asked him for identification. One officer was wounded in the shoulder.",
])
def test_one_opening_a_sentence_without_its_group_is_no_count(body: str) -> None:
    assert "One" not in _texts(body)


def test_a_hyphenated_designation_before_a_plural_counts_the_plural() -> None:
    sentence = ("He is in a rotation that has combined for 11 Cy Young vote finishes, two Cy Young awards, "
                "and 14 All-Star appearances since 2010.")
    assert "14" in _texts(sentence)
    assert _noun_of(sentence, "14") == "appearance"
    assert _noun_of(sentence, "11") == "finish"


def test_a_model_number_before_a_name_is_still_a_model() -> None:
    assert "737" not in _texts("Boeing has delivered 737 Max jets to airlines in China.")


@pytest.mark.parametrize("sentence, text", [
    ("Apple said it paid $10.4 billion in worldwide income taxes for its last fiscal year.", "$10.4 billion"),
    ("Regulators ordered Apple to pay $14.5 billion in back taxes in August.", "$14.5 billion"),
])
def test_taxes_are_taxes_not_taxis(sentence: str, text: str) -> None:
    assert _noun_of(sentence, text) == "tax"


def test_money_in_the_form_of_a_thing_measures_that_thing() -> None:
    sentence = ("In return, the Treasury Department paid Apple at least $600 million over the past five "
                "years in the form of interest, a review shows.")
    assert _noun_of(sentence, "at least $600 million") == "interest"


def test_money_paid_without_a_form_is_still_a_payment() -> None:
    assert _noun_of("The Treasury paid Cisco roughly $430 million last year.", "roughly $430 million") == "payment"


@pytest.mark.parametrize("sentence, text", [
    ("- David Price, six years remaining, $188 million (opt-out after 2018)", "$188 million"),
    ("- Rick Porcello, three years, $62.4 million", "$62.4 million"),
])
def test_an_amount_after_a_number_of_years_in_a_list_line_is_a_contract(sentence: str, text: str) -> None:
    assert _noun_of(sentence, text) == "contract"


@pytest.mark.parametrize("sentence, text", [
    ("Snyder's partner returned fire, hitting Forster several times.", "several"),
    ("Marcus Childers was intercepted three times and lost a fumble.", "three"),
])
def test_times_counts_occasions(sentence: str, text: str) -> None:
    assert _noun_of(sentence, text) == "time"


@pytest.mark.parametrize("sentence, text", [
    ("Pollution reached 50 times the level deemed safe.", "50"),
    ("In-feed ads were 2.5 times greater than ads in recommendation widgets.", "2.5"),
])
def test_times_before_a_comparison_is_a_multiple(sentence: str, text: str) -> None:
    assert _noun_of(sentence, text) != "time"


@pytest.mark.parametrize("sentence, text", [
    ("He fled Berlin after the attack that killed 12 and wounded 48.", "12"),
    ("He fled Berlin after the attack that killed 12 and wounded 48.", "48"),
    ("The bomb went off about 8:30 p.m. Saturday, injuring 29.", "29"),
])
def test_a_bare_count_an_attack_harmed_is_of_people(sentence: str, text: str) -> None:
    assert _noun_of(sentence, text) == "people"


def test_a_count_lost_is_still_a_loss() -> None:
    assert _noun_of("The Predators have lost five straight.", "five") != "people"


@pytest.mark.parametrize("sentence, text", [
    ("Seeing reports of a C-130 and several Black Hawk helicopters circling low (3,000 feet) over Manhattan.",
     "3,000 feet"),
    ("The jet was cruising at 35,000 feet when the engine failed.", "35,000 feet"),
    ("The drone hovered at 400 feet above the crowd.", "400 feet"),
])
def test_a_length_a_flying_thing_is_at_is_an_altitude(sentence: str, text: str) -> None:
    assert _noun_of(sentence, text) == "altitude"


def test_a_length_from_a_place_is_a_distance() -> None:
    sentence = "It was so cold hundreds of millions of miles from the Sun."
    assert _noun_of(sentence, "hundreds of millions of miles") == "distance"


def test_a_road_winding_from_a_town_measures_the_road() -> None:
    assert _noun_of("The highway winds 20 miles from the town of St. Francisville.", "20 miles") == "highway"


def test_a_share_of_a_cash_hoard_is_a_share_of_the_cash() -> None:
    sentence = "In Apple's case, more than 90 percent of its $238 billion cash hoard is considered overseas."
    assert _noun_of(sentence, "more than 90 percent") == "cash"


def test_a_share_of_a_pile_alone_is_of_the_pile() -> None:
    assert _noun_of("Half of the pile was sold at auction.", "Half") == "pile"


def test_times_a_verb_with_its_own_noun_did_are_of_that_noun() -> None:
    assert _noun_of("Having scored four times in three games, he was rested.", "four") == "goal"


def test_a_sum_after_a_period_opening_the_sentence_is_no_contract() -> None:
    sentence = "In the past three years, $5 million was raised for the new library."
    assert _noun_of(sentence, "$5 million") != "contract"


def test_a_thousand_times_more_is_a_multiple_not_a_manner_of_speaking() -> None:
    assert "a thousand" in _texts("The new sensor is a thousand times more sensitive than the old one.")


def test_a_length_climbed_on_foot_is_no_altitude() -> None:
    assert _noun_of("The hikers walked 12 miles at 3,000 feet elevation.", "12 miles") != "altitude"
