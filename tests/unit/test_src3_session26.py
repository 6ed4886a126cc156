"""Cited sources, session 26 (helper "src3"): an outlet with its kind noun misparsed as the root,
unnamed replies to a call for comment, requests rejected, officials of a department, and a group
"around" someone whose verb the parse glued onto the name. Real spaCy model, no mocks; sentences
written here."""

from __future__ import annotations

from tests.unit.test_extract_citations_session9 import sources_of


def test_outlet_and_kind_noun_reporting_on_something_is_cited() -> None:
    found = sources_of("The Post and Courier newspaper reported on Smith's opening statement.")
    assert ("Post and Courier", "media_outlet") in found


def test_cases_reported_on_an_island_cite_no_outlet() -> None:
    assert not any(kind == "media_outlet" for _, kind in sources_of("Cases reported on the island rose."))


def test_other_responses_noting_a_view_are_anonymous() -> None:
    found = sources_of("Other responses noted that fraud arising from court records has been rare.")
    assert ("responses", "anonymous") in found


def test_a_response_with_an_owner_is_no_unnamed_reply() -> None:
    assert ("responses", "anonymous") not in sources_of("The company's response said that the claims were false.")


def test_officials_rejecting_a_request_speak_for_their_department() -> None:
    found = sources_of("Asked about the lists, Treasury officials firmly rejected the request on Monday.")
    assert ("Treasury Department", "government_body") in found


def test_a_court_rejecting_a_request_is_a_ruling() -> None:
    assert sources_of("The court rejected the request on Monday.") == []


def test_state_officials_opening_a_sentence_stay_unnamed() -> None:
    found = sources_of("State officials said the bridge would reopen in May.")
    assert ("State Department", "government_body") not in found


def test_those_around_a_leader_admitting_are_an_anonymous_group() -> None:
    found = sources_of("Those around Obama admit he hasn't read the report closely.")
    assert ("those around obama", "anonymous") in found
