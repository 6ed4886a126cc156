"""Session 14 review guards for the figures rules: near-misses of pounds as money, a parent of N,
those asked, half of a counted group, N-to-1 ratios, policy names and link asides."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_figures import figures_of


def _by_text(body: str) -> dict[str, tuple[float, float | None, str | None, str | None]]:
    return {f.text: (f.value, f.value_high, f.unit, f.noun) for f in figures_of(body)}


@pytest.mark.parametrize(("sentence", "text"), [
    # "save" and "collect" take weights as often as money
    ("The aluminum body saves 700 pounds over the old truck.", "700 pounds"),
    ("The redesign saved 300 pounds, improving fuel economy.", "300 pounds"),
    ("The tournament's winner collected 20 pounds in fish.", "20 pounds"),
    ("The divers collected 400 pounds in debris from the reef.", "400 pounds"),
    # pounds that belong to a thing, not to the money verb above it
    ("The angler collected a bass of 11 pounds.", "11 pounds"),
    ("Volunteers collected 300 pounds of trash from the beach.", "300 pounds"),
    ("She lost 50 pounds and raised money for charity.", "50 pounds"),
    ("The winner will earn 100 pounds of gold.", "100 pounds"),
    ("The baby was born weighing seven pounds.", "seven pounds"),
    # pounds under a preposition other than "of" are not what the verb's money is
    ("The lineman paid for the extra 20 pounds he gained with slower times.", "20 pounds"),
])
def test_pounds_of_weight_near_money_verbs_stay_weight(sentence: str, text: str) -> None:
    assert _by_text(sentence)[text][2] == "lb"


@pytest.mark.parametrize(("sentence", "text"), [
    ("The striker earns 200,000 pounds a week.", "200,000 pounds"),
    ("The team spent 40 million pounds on new players.", "40 million pounds"),
    ("Fans paid 60 pounds for tickets.", "60 pounds"),
])
def test_pounds_a_money_verb_takes_stay_sterling(sentence: str, text: str) -> None:
    assert _by_text(sentence)[text][2] == "GBP"


def test_a_parent_of_n_of_a_group_counts_the_group() -> None:
    assert _by_text("The mother of two of the victims spoke to reporters.")["two"][3] == "victim"


@pytest.mark.parametrize(("sentence", "text"), [
    ("About 40 percent of those killed were children.", "About 40 percent"),
    ("Half of those arrested were released without charge.", "Half"),
    ("More than 60 percent of those vaccinated were over 65.", "More than 60 percent"),
])
def test_those_with_a_participle_not_of_asking_is_no_survey(sentence: str, text: str) -> None:
    assert _by_text(sentence)[text][3] not in {"kill", "arrest", "vaccinate"}


def test_half_of_a_counted_period_is_no_share() -> None:
    assert all(f.unit != "percent" for f in figures_of("He spent half of the 90 minutes on the bench."))


def test_half_of_a_counted_group_is_a_share() -> None:
    figures = _by_text("Half of the 12 jurors voted to convict.")
    assert figures["Half"][2:] == ("percent", "juror")
    assert figures["12"][3] == "juror"


@pytest.mark.parametrize(("sentence", "text", "noun"), [
    # counts beside a policy noun that are not inside its name
    ("China's one-child policy led to 400 million fewer births, officials say.", "400 million", "birth"),
    ("The three-strikes rule sent 4,000 people to prison.", "4,000", "people"),
    # a link aside is its own sentence: the story after it keeps its figures
    ("(See related story.) The company cut 300 jobs on Monday.", "300", "job"),
    # a rate's base after "per" is dropped, the rate kept
    ("Cases rose to 300 per million residents.", "300", "case"),
])
def test_figures_beside_the_new_exclusions_survive(sentence: str, text: str, noun: str) -> None:
    assert _by_text(sentence)[text][3] == noun


def test_other_n_with_its_noun_still_counts() -> None:
    assert _by_text("The other 200 employees will be moved to Dallas.")["200"][3] == "employee"


def test_temperatures_near_zero_are_not_a_rate() -> None:
    assert _by_text("Temperatures stayed near zero all week.")["zero"][2] is None
