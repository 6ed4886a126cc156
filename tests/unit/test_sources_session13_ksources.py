"""Cited sources, session 13 (helper "ksources"): real spaCy model, no mocks; every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import citations_of, sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # The writer told something by unnamed people: one anonymous source.
    ("It was hard work—I’m told no other map service even tries.", [("unnamed sources", "anonymous")]),
    ("We were told that the plant would close.", [("unnamed sources", "anonymous")]),
    # A finding cites the body it is the finding of.
    ("The bill stalled amid the intelligence community’s finding that hackers stole the files.",
     [("Intelligence Community", "government_body")]),
    # An interview given to the press: the speaker is a source, though nothing is quoted.
    ("Dana Holt spoke to Radio Nord about the challenges for the new council.", [("Dana Holt", "person")]),
    ("Dana Holt spoke with reporters after the vote.", [("Dana Holt", "person")]),
    # "the <state> Republican" points back at the lawmaker named before.
    ("Rep. Tom Brill, the chairman of the panel, met him once, the Ohio Republican said in a statement.",
     [("Tom Brill", "official")]),
    # "the father", with "the" alone, is the person the story introduced by it.
    ("The father of the jailed activist came to Paris in 1990. Omar Haddad, 64, runs a bakery. "
     "The arrest stunned the family, the father said.", [("Omar Haddad", "person")]),
    # "Major" before a common noun is no rank.
    ("Major palm oil firm Acme promised on Monday to protect forests.", [("Acme", "organization")]),
    ("Major Ann Cole said the base was safe.", [("Ann Cole", "official")]),
    # A speaker's reported words about their own people add no source.
    ("In a 2015 video, Omar Haddad said he and his supporters had called on the rebels to join the talks.",
     [("Omar Haddad", "person")]),
])
def test_ksources_found(body: str, expected: list) -> None:
    found = list(dict.fromkeys(sources_of(body)))
    assert [s for s in found if s in expected] == expected
    assert all(s in expected for s in found)


@pytest.mark.parametrize(("body", "expected"), [
    # Near-misses that still cite.
    ("His aides warned that the bridge was unsafe.", [("aides", "anonymous")]),
    ("The panel recommended a rate cut.", [("panel", "organization")]),
    ("The ministry confirmed the deaths of two soldiers.", [("Ministry", "government_body")]),
    ("The Senate confirmed that it would vote on Friday.", [("Senate", "government_body")]),
    ("The Lisbon Data team maintained that the figures were right.", [("Lisbon Data team", "organization")]),
    ("Acme Corp called a press conference to announce the deal.", [("Acme Corp", "organization")]),
    ("We used data from the University of Colorado to draw the map.",
     [("University of Colorado", "organization")]),
    ("Intro here.\nAcme said profits rose\nMore text.", [("Acme", "organization")]),
])
def test_ksources_near_misses_still_cite(body: str, expected: list) -> None:
    assert [name for name, _ in sources_of(body)] == [name for name, _ in expected]


@pytest.mark.parametrize("body", [
    # Told an instruction, telling someone, not told: no unnamed sources.
    "I was told to wait outside.",
    "I was not told that the plant would close.",
    # Backing or approving somebody for a post is an act.
    "Dana Holt and former Secretary of State Ann Cole both recommended Tom Brill for the job.",
    "After rejecting two candidates, the European Parliament has confirmed the new European Commission.",
    "The Senate confirmed Jane Holt as ambassador on Tuesday.",
    # Speaking to somebody who is no press, or speaking at an event.
    "Dana Holt spoke to her brother about the farm.",
    "Dana Holt spoke at the conference in Lyon.",
    # A finding of something found, not a that-clause.
    "The rescue team's finding of the boy delighted the town.",
    # The writer's examples: the people in them do things, they say nothing.
    "To cite a few examples, looking only at towns without maps before: Koreans now use maps to show stations.",
    # "maintain" a thing, with a bare participle clause after it.
    "A big focus was upgrading the software so that the Reading Systems team can maintain the technology going forward.",
    # A teaser's headline line, and a table's caption credit.
    "The latest updates\nMajor palm oil firm promises to protect forests\nBlog entry by Ann Cole | 28 April\n"
    "There has been a major development.",
    "Most towns lack names in their script.\n(Data from OSM, April, 2018.)\nThat is changing.",
])
def test_ksources_no_source(body: str) -> None:
    assert sources_of(body) == []


def test_dateline_after_a_kept_headline_names_the_publishing_agency() -> None:
    # The agency of the dateline publishes the story, though a headline line comes first; material
    # it reviewed is no cited source. Another outlet's review is.
    body = ("| Storm floods the coast |\n| MIAMI (AP) -- The storm flooded the coast on Monday. "
            "But video reviewed by The Associated Press did not show the pier collapsing.")
    assert sources_of(body) == []
    other = ("The storm flooded the coast on Monday. But a video reviewed by The Associated Press did "
             "not show the pier collapsing, officials said.")
    assert [c.canonical_name for c in citations_of(other)] == ["AP", "officials"]
