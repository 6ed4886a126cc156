"""Guards for the session-15 source rules (reviewer "revsrc"): real spaCy model, no mocks; every
sentence is made up in the style of ordinary news."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # "said to be / said to have": what is said of someone, by no one.
    ("One of the men said to be involved in the plot was arrested on Monday.", []),
    ("One of the officers said to have fired the shots has been suspended.", []),
    ("Three men said to be involved in the plot were arrested on Monday.", []),
    # ...while one of a group who speaks still does.
    ("One of the victims' relatives said the family wanted justice.",
     [("one of the victims' relatives", "anonymous")]),
])
def test_one_of_a_group_said_to_be(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "could" with a verb of confirming is what was said, not what may be.
    ("Police could confirm that the man was 45.", [("Police", "government_body")]),
    ("A spokeswoman could confirm only that three people had died.", [("spokeswoman", "anonymous")]),
    # ...while what may be said still cites nobody.
    ("The company could announce the deal as early as Monday.", []),
    ("Critics might argue the plan is too expensive.", []),
])
def test_could_confirm_is_said(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Places opening the clause speak, whatever name is set beside them.
    ("Britain, France and Germany, the so-called E3, said in a statement they regretted the decision.",
     [("Britain", "government_body"), ("France", "government_body"), ("Germany", "government_body")]),
    # A description set beside a place is no part of its name.
    ("France, the host nation, said it would tighten security.", [("France", "government_body")]),
    ("Iran, Iraq and Syria, the three countries involved, said they would cooperate.",
     [("Iran", "government_body"), ("Iraq", "government_body"), ("Syria", "government_body")]),
    ("Saudi Arabia, the world's top oil exporter, said it would cut output.",
     [("Saudi Arabia", "government_body")]),
])
def test_places_with_a_description_speak(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize("body", [
    # A ruling or a vote, not a rebuttal voiced.
    "The Supreme Court rejected the report on Monday.",
    "Voters rejected the idea in a referendum last year.",
    "Shareholders rejected the idea at the annual meeting.",
    "Investors dismissed the notion that the bank was in trouble.",
    "The jury rejected the defence's account of events.",
    "The committee rejected the report by a vote of 7-2.",
])
def test_rejecting_is_not_always_a_rebuttal(body: str) -> None:
    assert sources_of(body) == []


def test_rebuttal_by_a_body_still_cites() -> None:
    assert sources_of("The Kremlin dismissed the allegations as nonsense.") == [("Kremlin", "government_body")]


FILLER = " ".join(["Shares have swung sharply over the past month as traders weighed the outlook."] * 9)


@pytest.mark.parametrize("middle", [
    "Bolt Inc shareholders must still approve the deal.",
    "Analysts at Goldman Sachs called the price fair.",
    "The cuts will fall mostly on its Ohio plant, which supplies Ford.",
])
def test_the_company_of_a_business_story_stays_it(middle: str) -> None:
    # A company cited at the top stays "the company" after another firm named in passing.
    body = (f"Acme Corp said on Monday it would buy Bolt Inc for $2 billion. {FILLER} {middle} "
            "The company said it expected the deal to close in June.")
    names = [name for name, kind in sources_of(body) if kind == "organization"]
    assert names == ["Acme Corp", "Acme Corp"]
