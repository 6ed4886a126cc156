"""Citations, session 25 rules from set X's errors (srcx): real spaCy model, no mocks."""

from __future__ import annotations

import pytest

from newsfacts.extract.citations import extract_citations
from newsfacts.extract.nlp import parse_articles
from tests.factories import make_article


def sources_of(body: str) -> list[tuple[str, str]]:
    (parsed,) = parse_articles([make_article(body)])
    return [(c.canonical_name, c.source_type) for c in extract_citations(parsed)]


@pytest.mark.parametrize(("body", "expected"), [
    # An inverted saying verb after a quotation closed by its comma inside the marks.
    ('"The budget has been cut by a third," reported the Chicago Tribune.',
     [("Chicago Tribune", "media_outlet")]),
    # ...or parsed as an adverbial clause of the clause it reports.
    ("The plan, by any measure, fell short of its goals, reported CNN.", [("CNN", "media_outlet")]),
])
def test_inverted_reporting_verbs_cite_the_outlet(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_unnamed_party_members_are_anonymous_and_each_mention_new() -> None:
    body = ('"The governor won easily," a Texas Republican said. "Nobody watched," added another Ohio '
            'Democrat. "It was dull," a Texas Republican added.')
    assert sources_of(body) == [("texas republican", "anonymous"), ("another ohio democrat", "anonymous"),
                                ("texas republican (2)", "anonymous")]


def test_a_named_party_member_is_no_anonymous_source() -> None:
    assert ("Republican", "anonymous") not in sources_of("A Republican, Tom Baker, said the vote was fair.")
    assert all(t != "anonymous" for _, t in sources_of("A Republican, Tom Baker, said the vote was fair."))


def test_others_set_against_some() -> None:
    assert sources_of("Some parents were angry. But others said they liked the change.") == [("others", "anonymous")]
    assert sources_of("Ann Cole and others said the change was good.") == [("Ann Cole", "person")]


def test_a_post_that_only_asks_after_a_long_paragraph_cites_no_one() -> None:
    paragraph = ("The mayor has led the city for two terms, and in that time the budget has grown, the "
                 "police force has shrunk, the schools have been merged twice and the roads have been "
                 "repaved in every district, though the potholes, the noise and the slow buses that run "
                 "late on most weekday mornings and on nearly every holiday weekend remain as they were.")
    body = (f"{paragraph}\nCity voters, is this the record you want? Would you vote again? "
            "pic.twitter.com/AbCdEf12\n— Sam Lee (@samlee_tw) March 3, 2019\n")
    assert sources_of(body) == []


def test_outlets_signing_posts() -> None:
    body = "Well, that happened. https://t.co/AbCdEf12\n— The Hill (@thehill) March 3, 2019\n"
    assert sources_of(body) == [("The Hill", "media_outlet")]


@pytest.mark.parametrize(("body", "expected"), [
    # A commitment others tell of cites no one.
    ("The donor, a casino owner, reportedly pledged to bring a famous band.", []),
    # A figure set on something is an estimate.
    ("Bloomberg recently pegged his fortune at $2 billion.", [("Bloomberg", "media_outlet")]),
    ("He put the ball at midfield.", []),
    ("The latest state and local data puts the total at 4,000 tons.", []),
    # Critics known by their views, who fear.
    ("The ruling has alarmed critics who fear the agency will lose its power.", [("critics", "anonymous")]),
    ("Parents who fear the bridge is unsafe kept their children home.", []),
    # A pollster named before its study.
    ("In a 2018 Gallup survey, 64 percent of respondents called the economy good.", [("Gallup", "organization")]),
    # A claim knocked down in words.
    ("The actor's spokespeople quickly shot down the rumor.", [("spokespeople", "anonymous")]),
    ("The firm shut down the factory.", []),
    # People close to someone.
    ("One longtime associate said the senator rarely reads briefs.", [("longtime associate", "anonymous")]),
])
def test_session25_srcx_cues(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_offering_a_that_clause_states_it() -> None:
    body = "Tom Baker spoke first. Later he offered that the group would be touring Asia in May."
    assert sources_of(body) == [("Tom Baker", "person")]
    assert sources_of("Tom Baker offered to drive the bus.") == []


def test_ready_sayers_and_views_voiced_to_an_outlet() -> None:
    assert sources_of("Ann Cole was quick to say that the plan would fail.") == [("Ann Cole", "person")]
    assert sources_of("Ann Cole was quick to leave the room.") == []
    assert sources_of("Tom Baker ridiculed the proposal to the New York Times.") == [("Tom Baker", "person")]
    assert sources_of("Tom Baker ridiculed the proposal in front of his friends.") == []


def test_documents_an_outlet_obtained_are_cited_through_it() -> None:
    body = "According to internal memos obtained by the Los Angeles Times, the agency will close two offices."
    assert [t for _, t in sources_of(body)] == ["media_outlet"]


def test_store_associates_are_no_close_associates() -> None:
    assert sources_of("Every week, associates posted about the puppy's progress on Facebook.") == []


def test_a_researchers_own_team_publishing_is_no_body() -> None:
    assert sources_of("Last spring, her team published a paper on the sensors.") == []


def test_an_unnamed_office_holder_is_anonymous() -> None:
    assert sources_of("One former adviser said the governor would not run again.") == [
        ("former adviser", "anonymous")]


def test_a_name_after_an_office_elect_title() -> None:
    body = "Are Governor-elect Ann Cole's posts fair? She said they are."
    assert {s for s in sources_of(body)} <= {("Ann Cole", "official")}
