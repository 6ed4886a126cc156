"""Cited sources, session 17 (helper "groups"): unnamed groups of people as sources. Real spaCy
model, no mocks; every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import citations_of, sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # People of a kind holding a view in a main clause with its clause are a source...
    ("Employers believe the new tax will slow hiring next year.", [("employer", "anonymous")]),
    ("Bloggers fear that the ruling will chill free speech.", [("blogger", "anonymous")]),
    # ...not a crowd, a market or people at large...
    ("Voters believe the new tax will slow hiring next year.", []),
    ("Investors fear that the bank will raise rates again.", []),
    ("People think the bridge will never be finished.", []),
    # ...nor a guess, people the text named before, or a crowd summed up.
    ("Employers may believe the new tax will slow hiring.", []),
    ("The employers believe the new tax will slow hiring next year.", []),
    ("Most employers believe the new tax will slow hiring next year.", []),
])
def test_a_group_holding_a_view(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Judging something as something, likening it to another, questioning a decision or pointing
    # to a case as evidence: the stance of an unnamed group.
    ("Many teachers see the new exam as a step backwards.", [("Many teacher", "anonymous")]),
    ("Some economists regard the merger as a threat to competition.", [("economist", "anonymous")]),
    ("Many farmers define success as getting through the winter without debt.", [("Many farmer", "anonymous")]),
    ("Historians compare the collapse to the fall of the Roman republic.", [("historian", "anonymous")]),
    ("Local commentators questioned the council's decision to close the library.",
     [("Local commentator", "anonymous")]),
    ("Reform advocates point to Norway as evidence that the scheme can work.", [("advocate", "anonymous")]),
    # ...not a crowd, a negated or hypothetical judgement, or something seen.
    ("People see the merger as a threat to competition.", []),
    ("Historians would never compare the collapse to the fall of Rome.", []),
    ("Teachers see the pupils every morning at the gate.", []),
    ("Detectives questioned the driver for three hours.", []),
])
def test_a_group_judging_something(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_former_people_of_a_kind_are_a_group() -> None:
    # "Former" makes people of any plural: they were something, and now hold a view.
    assert sources_of("Former rugby greats dislike the change and see it as a betrayal of the sport.") == [
        ("Former great", "anonymous")]
    assert sources_of("Former cycling champions said the new rules were unfair.") == [
        ("Former champion", "anonymous")]


def test_two_groups_alike_are_two_sources() -> None:
    # "X and Y alike": two groups, each its own source (not one group "X and Y").
    cited = citations_of("Critics and fans alike compare the new stadium to a spaceship.")
    assert [(c.canonical_name, c.source_type) for c in cited] == [("critic", "anonymous"), ("fan", "anonymous")]
    # ...while "analysts and activists" with no "alike" stay one group.
    assert sources_of("Analysts and activists said the vote was rigged.") == [
        ("analysts and activists", "anonymous")]


@pytest.mark.parametrize(("body", "expected"), [
    # Inmates, prisoners, detainees and advocates speak as groups with what they say...
    ("Privacy advocates argued that the law would expose millions of records.", [("advocate", "anonymous")]),
    ("The inmates said the food had been cold for weeks.", [("inmate", "anonymous")]),
    ("Detainees said that guards had beaten them.", [("detainee", "anonymous")]),
    # ...not when they say nothing.
    ("Privacy advocates gathered outside the court on Monday.", []),
])
def test_groups_without_an_agent_ending_speak(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A view held of the noun right before the group that holds it: "the crash many economists fear".
    ("The deal avoids the price war some analysts fear.", [("analyst", "anonymous")]),
    ("The plan averts the crash that many economists fear.", [("many economist", "anonymous")]),
    # ...not a crowd's, and not a comparison ("than many fear").
    ("The deal avoids the price war some investors fear.", []),
    ("Prices rose faster than many economists fear in a normal year.", []),
])
def test_a_group_fearing_the_thing_named_before(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # People in general doing what a saying verb can name, with nothing said, are no source...
    ("If you look at the old doll, people project whatever feelings they have onto it.", []),
    ("The study asked what makes people post angry comments late at night.", []),
    # ...people who say something still are.
    ("People said they heard shots near the station.", [("people", "anonymous")]),
    ("People in the village told reporters the water had turned brown.", [("people", "anonymous")]),
])
def test_people_at_large(body: str, expected: list) -> None:
    assert sources_of(body) == expected
