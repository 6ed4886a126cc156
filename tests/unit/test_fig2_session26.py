"""Figures, session 26 (helper "fig2", from the false hits of sets H-Y): a height in feet and inches
with a space after the foot mark ("6' 7\""), a bare number joined to an age ("when she was nine and
10", "through age 18 or even 22"), a building number before a place's name ("at 80 New York"),
"one" as "an" before a speaking verb ("one executive joked") and in "one more <noun>" as a subject,
and a number between a possessive and a singular noun ("today's 404 episode"). Real spaCy model,
no mocks; sentences written here."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _found(sentence: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(f.text, f.value, f.unit, f.noun) for f in figures_of(sentence)]


# Heights ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "text"), [
    ("The new centre was 6' 7\" and two years younger than the captain.", "6' 7\""),
    ("Her brother, who is 6’ 7” tall, played in college.", "6’ 7”"),
])
def test_a_spaced_height_in_feet_and_inches_is_one_figure(sentence: str, text: str) -> None:
    found = _found(sentence)
    assert [(t, v, u) for t, v, u, _ in found if t.startswith("6")] == [(text, 6.5833, "ft")]


def test_a_glued_height_keeps_its_value() -> None:
    found = _found("A 5’6” 180-pound man was seen leaving the store.")
    assert ("5’6”", 5.5, "ft", "height") in found


# Ages ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "When Maria was nine and 10, her father drove her to every practice.",
    "Many players kept playing through age 18 or even 22 before giving up.",
])
def test_a_number_joined_to_an_age_is_an_age(sentence: str) -> None:
    assert [t for t, *_ in _found(sentence) if t in {"10", "22"}] == []


def test_numbers_joined_before_a_counted_noun_still_count() -> None:
    texts = [t for t, *_ in _found("The plant employs nine and 10 people on its two shifts.")]
    assert "10" in texts


# Addresses -------------------------------------------------------------------------------------

def test_a_building_number_before_a_place_name_is_no_count() -> None:
    assert [t for t, *_ in _found("The meeting was held in the basement at 80 New York.") if t == "80"] == []


def test_a_count_of_places_after_at_still_counts() -> None:
    assert "12" in [t for t, *_ in _found("The bank has branches at 12 Asian hubs.")]


# "one" as "a" ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "“Don't worry,” one team executive joked to the reporter after the draft.",
    "After the crews had gone home, one more problem emerged late that night.",
])
def test_one_working_like_an_article_is_no_count(sentence: str) -> None:
    assert [t for t, *_ in _found(sentence) if t.lower() == "one"] == []


def test_just_one_more_still_counts() -> None:
    assert "one" in [t for t, *_ in _found("The club needs just one more win to clinch the title.")]


# Names -----------------------------------------------------------------------------------------

def test_a_number_between_a_possessive_and_a_singular_noun_names_it() -> None:
    assert _found("Here is a clip from yesterday's 512 episode:") == []


def test_a_count_after_a_possessive_with_a_plural_still_counts() -> None:
    assert "500" in [t for t, *_ in _found("The company's 500 employees went on strike on Monday.")]


# Sentences worth a parse -----------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "value"), [
    ("Sales at the chain saw double-digit growth.", 10.0),
    ("Ticket prices on the resale market climbed into triple digits.", 100.0),
])
def test_a_count_of_digits_alone_gets_its_sentence_parsed(sentence: str, value: float) -> None:
    assert [v for _, v, *_ in _found(sentence)] == [value]


def test_one_before_a_weighing_adjective_after_have_reads_as_a() -> None:
    sentence = "The first draft was popular, but the new rules had one big weakness: nobody enforced them."
    assert [t for t, *_ in _found(sentence) if t.lower() == "one"] == []


@pytest.mark.parametrize("sentence", [
    "The plan has only one major flaw.",
    "The plan has one major flaw and two minor ones.",
])
def test_one_weighed_against_others_still_counts(sentence: str) -> None:
    assert "one" in [t for t, *_ in _found(sentence)]
