"""Session 28's review of the set-AA rules: counter-examples the first versions got wrong.
Every sentence is made up."""

from __future__ import annotations

from tests.factories import source_types_of


def test_teams_named_after_a_place_are_no_office_holders() -> None:
    assert source_types_of("The Kansas City Chiefs said the quarterback would miss the game.").get(
        "Kansas City Chiefs") != "official"
    assert "official" not in source_types_of("The Ottawa Senators said the arena would reopen in May.").values()


def test_office_holders_by_portfolio_still_speak_in_their_office() -> None:
    assert source_types_of("This month, Cabinet Secretaries have been sharing their reflections on the storm.") == {
        "Cabinet Secretaries": "official"}


def test_an_agency_or_a_station_with_a_digit_is_still_a_source() -> None:
    assert source_types_of("UK MI5 said the plot was foiled before the summit.")
    assert source_types_of("The warplane maker said the Sukhoi Su-57 requires a longer runway.")
    # the machine itself says nothing
    assert "Su-57" not in " ".join(source_types_of("The Sukhoi Su-57 requires a runway of 2,000 metres.")).split()
