"""Session 15 review (revfig): sentences where the figures round's new rules misfired on ordinary
news, and the rules' own hits they must keep."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _texts(body: str) -> dict[str, tuple[float, str | None]]:
    return {f.text: (f.value, f.unit) for f in figures_of(body)}


@pytest.mark.parametrize(("sentence", "text"), [
    # the number set off after a name in a prepositional phrase is said of the head noun
    ("The share of Ireland, now 12, is lower.", "12"),
    ("Sales at Tesco, then 4, fell sharply.", "4"),
    # a place or a party has no age
    ("Germany, then 12, had more cases than Italy.", "12"),
    ("The Greens, then 12, won 20 seats in the next election.", "12"),
])
def test_a_number_set_off_after_a_place_or_a_phrase_is_no_age(sentence: str, text: str) -> None:
    assert text in _texts(sentence)


@pytest.mark.parametrize("sentence", [
    "In 2015, Mr. Trump, then 69, announced his candidacy.",
    "Li, then 26, moved to Shanghai.",
])
def test_an_age_after_a_name_still_goes(sentence: str) -> None:
    assert figures_of(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The Fed raised rates twice this year and once, last year.",
    "He visited twice in 2018 and once, briefly, in 2019.",
])
def test_and_once_in_a_series_of_counts_stays(sentence: str) -> None:
    assert "once" in _texts(sentence)


def test_and_once_before_a_subject_opens_a_clause() -> None:
    assert "once" not in _texts("He scored twice and once, the referee ruled it offside.")


def test_a_spaced_hyphen_before_bit_is_no_bit_width() -> None:
    assert "3" in _texts("Only 3 - bit players were cut.")


@pytest.mark.parametrize("sentence", [
    "Pump prices rose up to 11.",
    "The volume of trade rose up to 11.",
    "The firm will ramp production up to 11, from six.",
])
def test_up_to_eleven_without_a_dial_counts(sentence: str) -> None:
    assert "up to 11" in _texts(sentence)


def test_the_crank_the_volume_up_to_eleven_stays_an_idiom() -> None:
    sentence = "The best way to alienate roommates is the crank the volume up to 11. Here's how."
    assert "up to 11" not in _texts(sentence)


def test_a_decimal_far_from_a_station_stays() -> None:
    body = ("The show airs on 92.3 FM. The station was founded by two brothers who grew up in the valley "
            "and who spent decades building a loyal audience of farmers, truckers and night-shift workers "
            "across three counties, long before streaming arrived and long before podcasts. The brothers "
            "later sold the business to a national chain and retired to Florida. By the end of the year, "
            "the regional price index had fallen to 92.3 on the back of lower fuel costs.")
    assert "92.3" in _texts(body)


@pytest.mark.parametrize(("sentence", "text"), [
    ("The course adds a 400m sprint up the hill.", "400m"),
    ("Runners face a 5 km dash through the old town.", "5 km"),
    ("He completed the final 100 metres sprint in 10 seconds.", "100 metres"),
    ("He swam 800 metres freestyle every morning in training.", "800 metres"),
])
def test_a_distance_before_a_race_word_without_a_race_name_stays(sentence: str, text: str) -> None:
    assert text in _texts(sentence)


@pytest.mark.parametrize("sentence", [
    "Olympian Bill Kirby won gold in the men's 400 metre relay at the 2000 Olympics in Sydney.",
    "She is the Olympic 200m freestyle champion.",
])
def test_a_named_race_is_still_no_figure(sentence: str) -> None:
    assert not any(unit == "m" for _value, unit in _texts(sentence).values())


@pytest.mark.parametrize(("sentence", "text"), [
    ("The team won the 4 x 100m relay.", "4"),
    ("She ran 6 x 800m repeats on the track.", "6"),
])
def test_a_count_of_legs_takes_no_length(sentence: str, text: str) -> None:
    assert _texts(sentence)[text][1] is None


def test_a_room_in_feet_both_sides() -> None:
    figures = _texts("The room is 12 x 10 feet.")
    assert figures["12"][1] == figures["10 feet"][1] == "ft"
