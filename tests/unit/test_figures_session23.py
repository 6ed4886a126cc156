"""Figures, session 23: the idiom "more than once", a movement named by an amount ("Fight for
$15"), years with an era mark ("500 BC"), cases set side by side ("One bombing happened ..., and
one happened ..."), things said not to have happened, and a number glued to a name by a stray
full stop in a title-case headline ("Windows.10 Users")."""

from __future__ import annotations

import pytest

from newsfacts.extract.nlp import _sentence_spans
from tests.unit.test_extract_figures import figures_of


def _texts(sentence: str) -> list[str]:
    return [f.text for f in figures_of(sentence)]


@pytest.mark.parametrize("sentence", [
    "The senator has said that more than once.",
    "He has been arrested more than once, police said.",
    "Residents have complained more than once about the noise from the depot.",
])
def test_more_than_once_is_an_idiom(sentence: str) -> None:
    assert _texts(sentence) == []


@pytest.mark.parametrize("sentence, text", [
    ("The striker had scored just once in a ten-game stretch.", "once"),
    ("The referee was flagged only once for it.", "once"),
])
def test_a_single_time_said_so_still_counts(sentence: str, text: str) -> None:
    assert text in _texts(sentence)


@pytest.mark.parametrize("sentence", [
    "The strike was planned by activist group Fight for $15, which wants a higher minimum wage.",
    "Members of Fight for $15 marched downtown on Tuesday.",
    "Organisers of Stand Up for $20 handed out leaflets at the depot.",
])
def test_a_movement_named_by_an_amount_is_no_figure(sentence: str) -> None:
    assert [f for f in figures_of(sentence) if f.unit == "USD"] == []


@pytest.mark.parametrize("sentence, value", [
    ("Workers at the warehouse will fight for $15 an hour.", 15),
    ("The league sold the Fight for $15 million to a streaming service.", 15e6),
])
def test_an_amount_fought_for_or_a_scaled_sum_is_a_figure(sentence: str, value: float) -> None:
    assert value in [f.value for f in figures_of(sentence) if f.unit == "USD"]


@pytest.mark.parametrize("sentence", [
    "Archaeologists believe the settlement dates back to 5,316 BCE.",
    "Our oldest finds are from around 500 BC, the excavation's leader said.",
    "The port was founded in 200 B.C. by traders from the south.",
    "The town was buried by the eruption in AD 79.",
    "The temple was rebuilt in 1200 CE after a fire.",
])
def test_a_year_with_an_era_mark_is_a_date(sentence: str) -> None:
    assert _texts(sentence) == []


def test_a_count_beside_an_era_year_still_counts() -> None:
    assert _texts("The town was buried by the eruption in AD 79, killing 2,000 people.") == ["2,000"]


def test_cases_set_side_by_side_with_one_and_one_are_no_counts() -> None:
    sentence = ("One bombing happened Saturday morning, in the shore town, and one happened Saturday night, "
                "in the city's garment district.")
    assert _texts(sentence) == []


def test_a_count_after_one_with_its_own_noun_still_counts() -> None:
    assert "two" in _texts("One man died and two were injured in the crash.")


@pytest.mark.parametrize("sentence", [
    "An earlier version misstated the timing; two blasts did not occur on Saturday night.",
    "Officials stressed that three explosions did not happen downtown.",
])
def test_things_said_not_to_have_happened_are_not_counted(sentence: str) -> None:
    assert _texts(sentence) == []


def test_things_that_happened_are_counted() -> None:
    assert _texts("Two explosions occurred on Saturday night.") == ["Two"]


def test_a_stray_stop_between_a_name_and_its_number_in_a_headline_splits_nothing() -> None:
    line = "Microsoft Warns Windows.10 Users About 3 New Flaws. The company said 40 million people use it."
    sentences = [line[a:b].strip() for a, b in _sentence_spans(line)]
    assert sentences == ["Microsoft Warns Windows.10 Users About 3 New Flaws.",
                         "The company said 40 million people use it."]


@pytest.mark.parametrize("line, first", [
    ("The drug was approved in Britain.3 The trial enrolled 400 patients.", "The drug was approved in Britain."),
    ("This was reported.3 The trial enrolled 400 patients.", "This was reported."),
])
def test_a_footnote_after_a_name_still_ends_its_sentence(line: str, first: str) -> None:
    assert line[slice(*_sentence_spans(line)[0])] == first


# What is measured ------------------------------------------------------------------------------

def _measured(sentence: str, text: str) -> str | None:
    return next(f.noun for f in figures_of(sentence) if f.text == text)


@pytest.mark.parametrize("sentence, text, noun", [
    ("Police found 39 stolen debit card numbers with PINs in the car.", "39", "card"),
    ("The scammers kept two phone numbers for each victim.", "two", "phone"),
    ("The group stole at least $5 million from the bank, prosecutors said.", "at least $5 million", "theft"),
    ("The clerk embezzled $2 million over a decade.", "$2 million", "embezzlement"),
    ("Some currently make $10.50 an hour, the city's minimum wage.", "$10.50", "pay"),
    ("Baggage handlers are paid $15 per hour at the airport.", "$15", "pay"),
    ("The money goes to chief executives who make $17 million a year.", "$17 million", "pay"),
    ("The panel has two Republicans and one Democrat, Mignon Clyburn.", "one", "democrat"),
    ("The rules carry an estimated net benefit to the state of $8.1 billion.", "$8.1 billion", "benefit"),
    ("The bailout has a cost to taxpayers of $2 billion.", "$2 billion", "cost"),
])
def test_what_a_figure_measures(sentence: str, text: str, noun: str) -> None:
    assert _measured(sentence, text) == noun


@pytest.mark.parametrize("sentence, text", [
    ("Parking costs $3 an hour downtown.", "$3"),
    ("Subscribers are paying $20 a month for the service.", "$20"),
])
def test_a_price_by_the_hour_or_month_is_no_pay(sentence: str, text: str) -> None:
    assert _measured(sentence, text) != "pay"
