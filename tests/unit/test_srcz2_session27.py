"""Cited sources, session 27 (helper "srcz2"): an unnamed single analysis cited with "according
to", and figures drawn from an office's records ("based on court records"), each with near
misses that must not change. Real spaCy model, no mocks; sentences written here."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import citations_of, sources_of

# --- "according to one analysis" ----------------------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("(Overall, according to one analysis, the law expanded access to treatment for 2.8 million people.)",
     [("analysis", "document")]),
    ("According to one study, the drug cut deaths by half.", [("study", "document")]),
])
def test_one_piece_of_work_is_cited_like_a_study(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize("body", [
    "According to one estimate, the law expanded access to treatment for 2.8 million people.",
    "According to some studies, the drug cut deaths by half.",
    "According to reports, the drug cut deaths by half.",
])
def test_an_estimate_or_unspecified_writings_cite_no_one(body: str) -> None:
    assert sources_of(body) == []


# --- based on an office's records -----------------------------------------------------------------


@pytest.mark.parametrize(("body", "cited_as"), [
    ("The house is worth $2 million, a number based on Florida tax appraisal records.",
     "Florida tax appraisal records"),
    ("The house is worth $2 million, based on county tax records.", "county tax records"),
    ("Based on court records, the man was arrested twice.", "court records"),
])
def test_figures_based_on_records_cite_the_records(body: str, cited_as: str) -> None:
    citations = citations_of(body)
    assert [(c.cited_as, c.source_type) for c in citations] == [(cited_as, "document")]


@pytest.mark.parametrize("body", [
    "The ranking is based on his records.",
    "The team's ranking is based on win-loss records.",
    "The film is based on real records.",
])
def test_records_of_no_office_cite_no_one(body: str) -> None:
    assert sources_of(body) == []


def test_records_checked_in_a_place_are_the_records() -> None:
    citations = citations_of("We checked Minnesota court records and found no marriage.")
    assert [(c.cited_as, c.source_type) for c in citations] == [("Minnesota court records", "document")]


def test_an_agency_named_before_its_records_is_still_cited() -> None:
    assert sources_of("According to Pentagon records, the unit was disbanded.") == [("Pentagon", "government_body")]


# --- a line handing over to a named speaker's words ------------------------------------------------


@pytest.mark.parametrize(("body", "expected"), [
    ("From Goldman on the FOMC operation twist announcement:\n\n1. The Fed will buy $400 billion of long bonds.",
     [("Goldman", "organization")]),
    ("Here is Goldman on the jobs report:\n\nPayrolls rose far more than expected in March.",
     [("Goldman", "organization")]),
])
def test_a_named_speaker_on_a_topic_before_a_colon_is_cited(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize("body", [
    "From Paris on the eve of the summit:\n\nPayrolls rose far more than expected in March.",
    "From Monday on the rules change:\n\nPayrolls rose far more than expected in March.",
    "From the archives:\n\nPayrolls rose far more than expected in March.",
])
def test_a_place_a_time_or_a_section_before_a_colon_cites_no_one(body: str) -> None:
    assert sources_of(body) == []
