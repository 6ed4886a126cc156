"""Cited sources, session 13 (helper "sources"): real spaCy model, no mocks; every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # A via-credit in brackets or on its own line: the outlet the item was reached through.
    ("The best parody of the week.\n(via Pixel Gazette)", [("Pixel Gazette", "media_outlet")]),
    ("The best parody of the week.\n[via The Verge]", [("The Verge", "media_outlet")]),
    ("The best parody of the week.\nVia: Daily Planet", [("Daily Planet", "media_outlet")]),
    # A remark made by someone is what they said.
    ("After a casual remark from a fisherman in Porto, I went looking for the old harbour.",
     [("fisherman in Porto", "anonymous")]),
    ("The decision followed a stark warning from the National Weather Service about the floods.",
     [("National Weather Service", "government_body")]),
    # The present-tense outlook of forecasters and analysts.
    ("Forecasters see heavy rain along the coast into the weekend.", [("forecaster", "anonymous")]),
    # Information taken from a named body.
    ("Most of this list was obtained from the Harbor Trust Foundation.",
     [("Harbor Trust Foundation", "organization")]),
    # A document the reader is pointed at.
    ("As you can see from the chart, sales dipped in the spring.", [("chart", "document")]),
    # A person reported for a critique they published.
    ("Columnist Jane Corder won praise for her sharp critique of the budget.", [("Jane Corder", "person")]),
    # A one-person trade: anonymous, though a place comes before it.
    ('"It sells itself," the Lisbon wine merchant said.', [("Lisbon wine merchant", "anonymous")]),
    # "the AG": the attorney general; "Siemens AG" a firm.
    ("The AG's lawsuit alleges the firm misled investors.", [("AG", "official")]),
    ("Siemens AG said its orders rose.", [("Siemens AG", "organization")]),
])
def test_session13_sources_found(body: str, expected: list) -> None:
    found = sources_of(body)
    assert [s for s in found if s in expected] == expected


@pytest.mark.parametrize("body", [
    # Near-misses of the via-credit: a platform, a route in running text.
    "The clip spread fast.\n(via Twitter)",
    "We drove to the coast via Route 9 and the old bridge.",
    # Near-misses of the remark: one asked for and not given, one refused.
    "A request for comment from the ministry went unanswered.",
    "There was no comment from the club.",
    # Near-misses of the outlook: a past sighting, a possibility.
    "Forecasters saw the storm from the tower.",
    "Analysts can see the screens from the floor.",
    # Near-miss of the information taken: goods, not information.
    "The drug was obtained from a pharmacy in Ohio.",
    # Near-misses of the document shown: an invitation, a place.
    "You can see the chart below.",
    "As seen from the hill, the town looks small.",
    # Near-misses of the critique: no opinion, someone else's.
    "Jane Corder won a prize for her drawing of the harbour.",
    "Jane Corder laughed at her critique of the budget.",
])
def test_session13_no_source(body: str) -> None:
    assert sources_of(body) == []


def test_a_funder_is_no_issuer() -> None:
    # "The research, supported by X, reveals": the research speaks, not who paid for it.
    found = sources_of("The research, supported by the Ocean Trust, reveals that reefs recover faster than thought.")
    assert ("Ocean Trust", "organization") not in found


def test_a_paper_named_again_points_at_its_author() -> None:
    body = ("Marta Keller first warned about the glacier in 1999. In a new paper published in Earth Letters, "
            "she offers a grim estimate. According to the report, the ice will be gone by 2050.")
    found = sources_of(body)
    assert ("report", "document") not in found
    assert ("Marta Keller", "person") in found


def test_a_paper_without_author_stays_a_document() -> None:
    # Near-miss: no author was named with the paper, so "the report" is the document itself.
    body = ("A new paper was published in Earth Letters last week. According to the report, the ice "
            "will be gone by 2050.")
    assert ("report", "document") in sources_of(body)


@pytest.mark.parametrize("body", [
    # Readings of an instrument and sightings are no remarks nor information given.
    "Data collected by the Orbital Telescope supported the existence of the plumes.",
    "Out of 17 observations by the Mauna Observatory, only one showed water.",
])
def test_instruments_are_no_sources(body: str) -> None:
    assert sources_of(body) == []


def test_a_body_name_ends_before_its_bracketed_acronym() -> None:
    found = sources_of("A spokesperson for the Harbour Workers Federation (HWF) said the strike would go on.")
    assert found == [("Harbour Workers Federation", "organization")]
