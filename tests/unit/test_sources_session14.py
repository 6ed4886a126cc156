"""Cited sources, session 14 (helper "srcs"): real spaCy model, no mocks; every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # Objecting to something is a stance voiced; coordinated states each object.
    ("Turkey and France have strongly objected to the new pipeline.",
     [("Turkey", "government_body"), ("France", "government_body")]),
    ("The union objected that the vote had been rushed.", [("union", "organization")]),
    # Unnamed people of two nations coordinated: two anonymous sources.
    ("The ceasefire will hold until spring, Greek and Turkish officials said Monday.",
     [("Greek officials", "anonymous"), ("Turkish officials", "anonymous")]),
    # Data named after the body that issued them cite that body, coordinated ones each.
    ("Labor Department data show wages fell in the spring.", [("Labor Department", "government_body")]),
    ("Federal Reserve and Treasury Department data show that lending slowed.",
     [("Federal Reserve", "government_body"), ("Treasury Department", "government_body")]),
    # A named Service or Bureau for what a state provides is a government body.
    ("The Welsh Ambulance Service said four people were treated at the scene.",
     [("Welsh Ambulance Service", "government_body")]),
    ("The Census Bureau said the town had shrunk by a tenth.", [("Census Bureau", "government_body")]),
    ("The U.S. Forest Service said the blaze was contained.", [("U.S. Forest Service", "government_body")]),
    # A poll's time is not its issuer; the outlet named before it is.
    ("A Gallup poll from March showed that support for the plan rose.", [("Gallup", "organization")]),
])
def test_session14_sources_found(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Near-misses of the public service: private firms and associations.
    ("Acme Financial Services said its profits rose.", [("Acme Financial Services", "organization")]),
    ("The Better Business Bureau said complaints rose.", [("Better Business Bureau", "organization")]),
    # A poll dated, with no one named as taking it: the poll itself, not its month.
    ("A poll from June showed that support for the plan rose.", [("poll", "document")]),
    # One nation's officials stay one source.
    ("The ceasefire will hold, Greek officials said Monday.", [("Greek officials", "anonymous")]),
])
def test_session14_unchanged(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize("body", [
    # Data with no issuer cite nobody, and neither do data not yet out.
    "The figures show nine of every 100 pupils missed school.",
    "Labor Department data are due on Friday.",
    # "object" the noun, and objecting without what to.
    "The object was found near the shore.",
])
def test_session14_no_source(body: str) -> None:
    assert sources_of(body) == []


def test_first_name_later_is_the_person_named_in_full() -> None:
    """'Ana, 30, ... but she admitted': the first name of the one person named in full is her,
    not somebody named in between."""
    body = ("One runner, Ines Olsen, was so tired that she had to be carried off the course. "
            "The race raised money for the charity ABCD, organiser Tom Berg said. "
            "Ines, 30, a nurse from Oslo, finished third, but she admitted the medal \"came at a cost\".")
    found = sources_of(body)
    assert ("Ines Olsen", "person") in found
    assert not any(name in {"ABCD", "Tom Berg"} and at == "person" for name, at in found[2:])


def test_the_body_named_again_by_its_own_words() -> None:
    """'a spokesman for the ambulance service' is the Welsh Ambulance Service cited before, not
    another body named in between."""
    body = ("The Welsh Ambulance Service said it wanted the club to review the event. "
            "Two fans were taken to the RGH, the club said. "
            "A spokesman for the ambulance service said: \"We were stretched that night.\"")
    found = sources_of(body)
    assert found[-1] == ("Welsh Ambulance Service", "government_body")


def test_he_after_a_report_naming_someone_else_is_the_reporter() -> None:
    """'Berg noted that the tax bill Governor Jon Dahl signed ...' then '"...," he said': the one who
    reported goes on speaking, not the one named inside the report."""
    body = ("Economist Tom Berg spoke in Oslo on Monday. "
            "Berg noted that the tax bill Governor Jon Dahl signed last month may not have ended the boom. "
            "\"The simple fact is, prices will keep rising,\" he said.")
    found = sources_of(body)
    assert found[-1] == ("Tom Berg", "person")
    assert ("Jon Dahl", "official") not in found


@pytest.mark.parametrize(("body", "expected"), [
    # A saying verb in a when-clause of the present tense is a habit, not a statement...
    ("Readers can get e-mail alerts when she reports the latest news.", []),
    ("Stocks usually rise when the central bank announces a rate cut.", []),
    # ...but a past one dates a statement.
    ("Stocks rose when the central bank announced a rate cut.", [("central bank", "organization")]),
])
def test_habitual_when_clause(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_acronym_of_a_body_named_before() -> None:
    """'the NFS' after 'the National Forest Service' (a name the NER may not mark): that body,
    with its type; a spokesperson named after the body's title is an official."""
    body = ("\"The trail stays shut,\" National Forest Service spokesperson Dana Reyes said. "
            "A report from the NFS said the bridge is sound.")
    found = sources_of(body)
    assert found[0] == ("Dana Reyes", "official")
    assert found[-1] == ("National Forest Service", "government_body")


def test_acronym_of_nobody_named_stays_as_it_is() -> None:
    assert sources_of("A report from the NFS said the bridge is sound.") == [("NFS", "organization")]


@pytest.mark.parametrize(("body", "expected"), [
    # "add to" something is more of it, not words added...
    ("\"I fear the board is adding to 'confusion' by acting now,\" Dana Reyes said.", [("Dana Reyes", "person")]),
    ("Acme added to its stake in the miner last week.", []),
    # ...unlike "added that" and a quote closed by "added".
    ("\"Prices will rise,\" the bank added, pointing to the report.", [("bank", "organization")]),
])
def test_adding_to_something(body: str, expected: list) -> None:
    assert sources_of(body) == expected
