"""Cited sources, session 19 (helper "srcs"): writers named in capitals in digests, and the
verbs by which a digest sums up their pieces. Real spaCy model, no mocks; every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # A round-up names each post's writer in capitals, then what the post argues.
    ("MARGARET HOLLOWAY doubts that the new ferry tax will survive in court.",
     [("MARGARET HOLLOWAY", "person")]),
    ("Elsewhere on the blog, DANIEL OKAFOR welcomes the fact that the council finally publishes its minutes.",
     [("DANIEL OKAFOR", "person")]),
    ("HELEN MARSH and THOMAS BECKER examine how the harbour authority lost its independence.",
     [("HELEN MARSH", "person"), ("THOMAS BECKER", "person")]),
    # Two first names sharing one surname: the first takes the surname.
    ("In a long post, ANDREW and SARAH COLLINS consider the ruling to be a mistake.",
     [("ANDREW COLLINS", "person"), ("SARAH COLLINS", "person")]),
    # A stance after "is": the writer's view.
    ("MARTIN VAN DAMME is concerned about the new rules for the port.", [("MARTIN VAN DAMME", "person")]),
])
def test_writers_named_in_capitals_in_a_digest(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize("body", [
    # A headline in capitals, an acronym, a product in capitals: nobody argues.
    "FERRY TAX SURVIVES COURT CHALLENGE as the council celebrates.",
    "The US GAAP rules compare poorly with the new standards.",
    "UK INSTITUTES have thrown their weight behind the plan.",
    "Walk up to the new SPACE VIZZION and the pads light up.",
    # A name in capitals doing something other than arguing.
    "MARGARET HOLLOWAY opened a bakery on the harbour front.",
])
def test_capitals_that_cite_nobody(body: str) -> None:
    assert sources_of(body) == []


def test_a_name_in_capitals_after_according_to_is_a_person() -> None:
    assert sources_of("The ferry will keep running, according to MARGARET HOLLOWAY.") == [
        ("MARGARET HOLLOWAY", "person")]


@pytest.mark.parametrize(("body", "expected"), [
    # A court refusing an injunction rules; it is no source.
    ("The regional court denies the ferry line a temporary injunction against the city.", []),
    # A name glued from words with a press word among them is an outlet.
    ("According to HarbourNewsDaily, the ferry line will cut three routes.",
     [("HarbourNewsDaily", "media_outlet")]),
    # A law cited for what it says is a written text.
    ("According to Danish maritime law, the captain must report every collision.",
     [("Danish maritime law", "document")]),
    # "said X of the visit": what the speaker spoke about, not the speaker's name.
    ('"It was the final straw," said Okafor of the meeting with the harbour board.', [("Okafor", "person")]),
])
def test_rulings_outlets_laws_and_what_a_speaker_spoke_of(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # An outlet reporting on something tells it; reporting for duty tells nothing.
    ("In March, the Harbour Herald reported on the mayor's role in the ferry deal.",
     [("Harbour Herald", "media_outlet")]),
    ("Ten of the 14 guards who reported for duty on the night shift were working overtime.", []),
    # A verdict passed on someone "as" something, by a named person; not a passive's subject.
    ("In 2019, Okafor denigrated the harbour master as a puppet of the shipping lines.", [("Okafor", "person")]),
    ('That week, Ann Ruiz, a ferry captain branded as a "troublemaker" by the board, was fired.', []),
    # A referral of a person is no information given.
    ("In 2015, my brother recommended me for a clerk's job at the port.", []),
    # A passive "detailed by" names who told it.
    ("Previously detailed by the Harbour Herald in 2015, the scheme cost the city millions.",
     [("Harbour Herald", "media_outlet")]),
])
def test_reporting_on_verdicts_referrals_and_detailing(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Signatories of a letter or petition that says something say it.
    ("Forty harbour pilots have signed an open letter calling for the ferry tax to be scrapped.",
     [("pilot", "anonymous")]),
    ("The striker signed a new contract with the club.", []),
    # "who" after a name and its description: the named person said it.
    ("The board asked about Tove Lindqvist, a member of the pilots' union who recently revealed she had "
     "left the port.", [("Tove Lindqvist", "person")]),
])
def test_signatories_and_a_who_after_a_name(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_a_quoted_first_person_phrase_is_no_source() -> None:
    body = 'Ann Ruiz said on Monday that "our partner" had demanded new locks on every door.'
    assert sources_of(body) == [("Ann Ruiz", "person")]
