"""Session 28's review of the set-AA rules: counter-examples the first versions got wrong.
Every sentence is made up."""

from __future__ import annotations

from newsfacts.extract.citations import extract_citations
from newsfacts.extract.nlp import parse_articles
from tests.factories import make_article


def _sources(body: str) -> dict[str, str]:
    (parsed,) = parse_articles([make_article(body)])
    return {c.canonical_name: c.source_type for c in extract_citations(parsed)}


def test_teams_named_after_a_place_are_no_office_holders() -> None:
    assert _sources("The Kansas City Chiefs said the quarterback would miss the game.").get(
        "Kansas City Chiefs") != "official"
    assert "official" not in _sources("The Ottawa Senators said the arena would reopen in May.").values()


def test_office_holders_by_portfolio_still_speak_in_their_office() -> None:
    assert _sources("This month, Cabinet Secretaries have been sharing their reflections on the storm.") == {
        "Cabinet Secretaries": "official"}


def test_an_agency_or_a_station_with_a_digit_is_still_a_source() -> None:
    assert _sources("UK MI5 said the plot was foiled before the summit.")
    assert _sources("The warplane maker said the Sukhoi Su-57 requires a longer runway.")
    # the machine itself says nothing
    assert "Su-57" not in " ".join(_sources("The Sukhoi Su-57 requires a runway of 2,000 metres.")).split()
