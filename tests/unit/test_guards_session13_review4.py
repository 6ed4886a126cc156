"""Guards on the session-13 cited-source rules (helper "review4"): made-up sentences from other
kinds of news where each rule must fire and near misses where it must not. Real spaCy model."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # The writer told by unnamed people: one anonymous source, named generically, whichever
    # apostrophe or parse of "I'm".
    ("I'm told the striker will miss the final with a knee injury.", [("unnamed sources", "anonymous")]),
    ("It was a long season. I’m told the striker will miss the final.", [("unnamed sources", "anonymous")]),
    ("I am told the central bank is weighing a larger cut.", [("unnamed sources", "anonymous")]),
    # 'the father' points back only at a person the story introduced by that word.
    ("The widow of the murdered banker spoke on Friday. Ann Cole, 61, lives in Leeds. "
     "The police failed us, the widow said.", [("Ann Cole", "person")]),
    ("Tom Hale, the father of the missing boy, flew in on Monday. The search must go on, the father said.",
     [("Tom Hale", "person")]),
    ("Tom Hale scored twice. Later the son said the team had played well.", [("son", "anonymous")]),
    ("Tom Hale was killed on Monday. The widow said he had no enemies.", [("widow", "anonymous")]),
    ("The widow of the murdered banker spoke on Friday. Police named the suspect as Tom Hale. "
     "The police failed us, the widow said.", [("widow", "anonymous")]),
    # A second speaker's own clause joined on by "and" is not the first speaker's report.
    ("Tom Hale said his players were tired, and his assistant said the pitch was poor.",
     ["Tom Hale", "assistant"]),
    # Citing examples is a statement when someone does it, not the writer's opening aside.
    ("The union called a meeting to cite examples of unsafe practice.", [("union", "organization")]),
    # An interview given to the press.
    ("Tom Hale spoke to the media on Monday.", [("Tom Hale", "person")]),
    ("Mayor Ann Cole spoke with the BBC about the flood defences.", [("Ann Cole", "official")]),
    # 'the <state> Republican' points back at the lawmaker.
    ("Senator Jane Ruiz voted against the bill. The Texas Republican said it cost too much.",
     [("Jane Ruiz", "official")]),
])
def test_review4_sources(body: str, expected: list) -> None:
    found = list(dict.fromkeys(sources_of(body)))
    if expected and isinstance(expected[0], str):
        found = [name for name, _ in found]  # (the type is not what this rule is about)
    assert found == expected


@pytest.mark.parametrize("body", [
    # Talking to someone who happens to be a journalist, or under anonymity: no interview cited.
    "Tom Hale spoke to a journalist he met in prison before the murder.",
    "Ann Cole spoke to reporters on condition of anonymity.",
    "Ann Cole spoke to radio listeners who called in about the floods.",
    "Ann Cole never spoke to the press about her illness.",
    # Told an instruction, told by someone named, telling someone.
    "I was told to leave the stadium by a steward.",
    "I told the minister that the plan would fail.",
    "I was told the news by my sister.",
    # The writer's aside, and backing someone for a post.
    "To cite a few examples, banks in Ohio and Texas cut rates.",
    "The board recommended Smith for the chief executive job.",
    "The Senate confirmed Jane Ruiz as ambassador to Japan.",
    # A verb that says only with a clause, used for upkeep.
    "Staff maintain the pitch keeping it green all winter.",
    "The club observed a minute's silence before kick-off.",
])
def test_review4_no_source(body: str) -> None:
    assert sources_of(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    # Still sources: a body confirming a fact, a finding reported, a rank before a name.
    ("The council confirmed the closure of three libraries.", [("Council", "government_body")]),
    ("The committee confirmed the new rules would apply from May.", [("committee", "organization")]),
    ("Economists observed that wages were rising faster than prices.", [("economist", "anonymous")]),
    ("General Ann Cole said the troops would stay.", [("Ann Cole", "official")]),
    ("Major league clubs said they would cut ticket prices.", [("Major league clubs", "organization")]),
    ("Her aides said the budget was short.", [("aides", "anonymous")]),
    ("The chart uses (data from the World Bank) figures.", [("World Bank", "organization")]),
    # A bullet marked as one is body text, not a headline line.
    ("Key points:\n• Police say 20 people died\n• The fire began at night\nThe blaze was put out.",
     [("Police", "government_body")]),
])
def test_review4_still_cited(body: str, expected: list) -> None:
    assert list(dict.fromkeys(sources_of(body))) == expected
