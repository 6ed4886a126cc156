"""Cited sources, session 12 second round: real spaCy model, no mocks; every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # An inverted saying verb closing the sentence, its speaker parsed as the object.
    ("Last week, the mayor of Riverton declared a state of emergency over the floods, reported Channel Nine.",
     [("Channel Nine", "media_outlet")]),
    # A body named "X for Y" before a saying verb whose subject the parse missed: the whole name.
    ("According to a newsletter for GreenWatch, Chile's National Institute for Ocean Research predicts "
     "that the water will be 3 degrees warmer next year.",
     [("Chile's National Institute for Ocean Research", "government_body")]),
    # A how-clause after a verb of admitting states what was admitted.
    ("Senator Maria Lopez spoke first. Maria Lopez also acknowledged how exhausting the campaign had been.",
     [("Maria Lopez", "official")]),
    ("Keller explained how the team had prepared for the final.", [("Keller", "person")]),
])
def test_session12b_sources_found(body: str, expected: list) -> None:
    found = sources_of(body)
    assert [s for s in found if s in expected] == expected


@pytest.mark.parametrize("body", [
    # Near-miss of the how-clause: a question asked states nothing.
    "The coach asked how the team had prepared for the final.",
    # Near-miss of the inverted verb: what follows it is no speaker.
    "The storm hit the coast on Monday, reported damage running into millions.",
    # A possessor of an intention the parse took for a subject.
    "Despite Governor Tom Hale's vows to rebuild the mill, the town kept shrinking.",
    # A medium is no source.
    "Investigators found the fake links being spread via text messages.",
    "The app shows whatever is promised via the posts sharing it.",
    # A body that should or must say something has said nothing.
    "The Board of Health should demand that clinics publish their waiting times.",
    "The Board of Health must announce the new rules.",
])
def test_session12b_no_source(body: str) -> None:
    assert sources_of(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    # Near-misses: a demand made, a claim with its clause, an outlet reached via a name.
    ("The union demanded that the firm reopen the plant.", [("union", "organization")]),
    ("Hale, via the Riverton Gazette, said the mill would reopen.",
     [("Hale", "person"), ("Riverton Gazette", "media_outlet")]),
])
def test_session12b_near_misses_still_cite(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_a_subjunctive_under_a_demand_is_no_saying() -> None:
    body = "“The regulator should demand that banks disclose their losses,” Grady said."
    assert sources_of(body) == [("Grady", "person")]


@pytest.mark.parametrize(("body", "expected"), [
    # Bare plural kinds of people coordinated are one unnamed group.
    ("Arrests rose in the province, according to lawyers and activists working in the area.",
     [("lawyers and activists working in the area", "anonymous")]),
    # Near-misses: a body or people with an article beside them are sources of their own.
    ("Prices will rise, according to economists and the central bank.",
     [("economist", "anonymous"), ("central bank", "organization")]),
    # A relative clause on a description set beside a name: the named person speaks.
    ("“The river has never been this low,” David Miller, a local farmer who posted about the drought, said.",
     [("David Miller", "person")]),
    # People of a kind a quoted speaker talks about are no source; an expert view still is.
    ("“Local shoppers started complaining about the prices, because nothing had changed,” David Miller said.",
     [("David Miller", "person")]),
    ("“When people say the town is dying, they forget the new school,” David Miller said.",
     [("David Miller", "person")]),
    ("“Analysts say the plan will fail,” David Miller said.", [("analyst", "anonymous"), ("David Miller", "person")]),
    # ...and outside a quotation the same people complaining are cited.
    ("Local shoppers complained about the prices.", [("Local shopper", "anonymous")]),
])
def test_session12b_groups_and_people_in_quotes(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The maker of a quoted work holds no office.
    ("“Harbor Lights” director Kim Ji Woo said backstage that nobody had expected the award.",
     [("Kim Ji Woo", "person")]),
    # Near-miss: a title after a quotation that closes on punctuation is an office.
    ("Sales were “better than expected,” CEO Tim Cook said Tuesday.", [("Tim Cook", "official")]),
    # A hyphenated surname of a person named in full before.
    ("The prize went to writer Emma Clarke-Jones on Sunday. “I did not see it coming,” Clarke-Jones said.",
     [("Emma Clarke-Jones", "person")]),
    # Reports of the press, unnamed, are news media; named data sets are documents.
    ("Smoke covered the city, according to local news reports.", [("local news report", "media_outlet")]),
    ("According to the Global Water Stress Index, 30 countries face shortages.",
     [("Global Water Stress Index", "document")]),
    # Near-miss: a court's reports stay documents.
    ("According to court reports, the man fled.", [("court report", "document")]),
])
def test_session12b_types(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # One pressed to say something has said nothing, nor has the one pressing through it.
    ("Keller pressed Brown to acknowledge the gap in the accounts.", []),
    # Near-miss: one who then says it, in a clause of its own.
    ("Keller pressed Brown, who acknowledged that the accounts had a gap.", [("Brown", "person")]),
])
def test_session12b_pressed_to_say(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The people of a workplace or a campus, unnamed, are anonymous, not bodies.
    ("Staff on fixed-term contracts said they felt unable to complain.", [("staff", "anonymous")]),
    ("One academic told the authors that she had been given no training.", [("academic", "anonymous")]),
    # Near-miss: the staff of a named outlet point at the outlet.
    ("BBC staff said the plan was unfair.", [("BBC", "media_outlet")]),
])
def test_session12b_people_of_a_workplace(body: str, expected: list) -> None:
    assert sources_of(body) == expected
