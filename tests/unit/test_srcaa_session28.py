"""Cited sources, session 28 (helper "srcaa"): shapes and false cues from set AA, each with near
misses that must not change. Real spaCy model, no mocks; sentences written here."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of

# --- "who" after a named person's description ----------------------------------------------------


@pytest.mark.parametrize("body", [
    "“It is too early to tell,” said Ann Ruiz, the head of the Iowa Farm Bureau, who has urged the governor to act.",
    "The union backed Ann Ruiz, the head of the Iowa Farm Bureau, who has said the tariffs hurt farmers.",
])
def test_who_after_a_persons_description_is_the_person(body: str) -> None:
    assert sources_of(body) == [("Ann Ruiz", "official")]


def test_which_after_a_body_is_still_the_body() -> None:
    body = "The bill was drafted by the Iowa Farm Bureau, which has said the tariffs hurt farmers."
    assert sources_of(body) == [("Iowa Farm Bureau", "organization")]


# --- a machine by its maker and model code --------------------------------------------------------


@pytest.mark.parametrize("body", [
    "A small jet needs four tires, while the huge Ilyushin Il-76 demands 20.",
    "The Sukhoi Su-57 requires a long runway.",
])
def test_a_maker_and_model_code_is_no_source(body: str) -> None:
    assert sources_of(body) == []


def test_a_firm_that_demands_is_still_cited() -> None:
    assert sources_of("Intel said the chip would ship in May.") == [("Intel", "organization")]


# --- findings with no issuer ---------------------------------------------------------------------


def test_bare_findings_cite_no_one() -> None:
    assert sources_of("The findings revealed that mice given the drug lived longer.") == []


@pytest.mark.parametrize(("body", "expected"), [
    ("The agency's findings showed that the drug was unsafe.", [("agency", "organization")]),
    ("The panel's final findings, released on Monday, said that the drug was unsafe.", [("panel", "organization")]),
])
def test_findings_of_a_named_issuer_still_cite_it(body: str, expected: list) -> None:
    assert sources_of(body) == expected


# --- the journal a study appeared in ----------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "A 2019 paper in the journal Brain Research suggests that sleep helps memory.",
    "A 2015 study in the journal Ocean Science suggests that reefs recover slowly.",
])
def test_a_journal_title_after_in_the_journal_is_no_source(body: str) -> None:
    assert sources_of(body) == []


# --- "the companies" after two firms named together --------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("Ford and Toyota cars will carry the system next year, the companies said.",
     [("Ford", "organization"), ("Toyota", "organization")]),
])
def test_the_companies_after_two_named_firms_cite_each(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_the_companies_with_no_firms_named_stay_unnamed() -> None:
    assert sources_of("The companies said they would merge.") == [("company", "anonymous")]


# --- holders of a titled office ----------------------------------------------------------------------


def test_capitalised_office_holders_are_officials() -> None:
    body = "This month, Cabinet Secretaries have been sharing their reflections on the storm."
    assert sources_of(body) == [("Cabinet Secretaries", "official")]


def test_unnamed_officials_stay_anonymous() -> None:
    assert sources_of("US officials said the talks had stalled.") == [("US officials", "anonymous")]


# --- a saying verb under the "did not" of the verb before it ---------------------------------------


def test_a_telling_under_a_shared_negation_cites_no_one() -> None:
    body = "Outside suppliers didn't just make the parts and tell the designers they had to fit, it was all done in house."
    assert sources_of(body) == []


def test_a_telling_in_its_own_tense_after_a_negated_verb_is_still_cited() -> None:
    body = "Acme did not build the plant but said it would pay for the road."
    assert [name for name, _ in sources_of(body)] == ["Acme"]


# --- spreading a claim ------------------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Bloggers have peddled the theory for years.",
    "The rumours which bloggers spread about the mayor proved false.",
])
def test_who_spreads_a_rumour_is_cited(body: str) -> None:
    assert len(sources_of(body)) == 1


@pytest.mark.parametrize("body", [
    "The fire spread to the roof.",
    "The disease that rats spread killed thousands.",
    "The firm spread the cost over three years.",
])
def test_spreading_a_thing_cites_no_one(body: str) -> None:
    assert sources_of(body) == []
