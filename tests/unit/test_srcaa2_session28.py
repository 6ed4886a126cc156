"""Cited sources, session 28 (helper "srcaa2"): a surname the tagger read as the common noun it
spells, and a named person stated to be critical of someone. Real spaCy model, no mocks; sentences written here."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of

# --- a surname opening a sentence, tagged as a common noun -----------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("Donald Trump met his aides on Monday. Trump says he is ready to face the job.",
     [("Donald Trump", "person")]),
    ("Tim Cook toured the plant on Monday. Cook said the plant would grow.",
     [("Tim Cook", "person")]),
])
def test_a_surname_read_as_a_noun_is_the_person_named_before(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_the_surname_keeps_an_office_named_before() -> None:
    body = "President Donald Trump met his aides on Monday. Trump says he is ready to face the job."
    assert sources_of(body) == [("Donald Trump", "official")]


def test_a_word_with_no_person_named_before_is_left_as_it_was() -> None:
    # no "... Cook" person in the article: the rule does not apply, the old reading stands
    body = "The chef toured the plant on Monday. Cook said the plant would grow."
    assert sources_of(body) == [("Cook", "person")]


# --- a named person stated to be critical of someone -----------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("Ann Ruiz is highly critical of the new stadium plan.", [("Ann Ruiz", "person")]),
    ("Bo Lind ran the club for a decade. But while Lind was openly critical of the owner, he was always kind to the son.",
     [("Bo Lind", "person")]),
])
def test_a_named_critic_is_cited(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize("body", [
    "Ann Ruiz was never critical of the plan.",  # negated
    "Ann Ruiz may be critical of the plan.",  # hedged
    "Water is critical to the plan.",  # vital, no criticism
    "Other Democrats who backed the bill were critical of the mayor's style.",  # an unnamed group
])
def test_no_named_critic_no_citation(body: str) -> None:
    assert sources_of(body) == []
