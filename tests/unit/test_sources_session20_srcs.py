"""Cited sources, session 20 (helper "srcs"): parties to a lawsuit, leaked files, replies a body
issues, criticism by someone, proposals voiced with a clause. Real spaCy model, no mocks; every
sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # The parties who bring a case speak through it, by their role.
    ("The plaintiffs alleged that the ferry line hid its losses.", [("plaintiff", "anonymous")]),
    ("Four guards sued the casino in March. In their complaint, the plaintiffs alleged that the manager mocked them.",
     [("plaintiff", "anonymous")]),
    ("A petitioner argued that the harbour law was unconstitutional.", [("petitioner", "anonymous")]),
    ("The complainant said the officer pushed her.", [("complainant", "anonymous")]),
])
def test_parties_of_a_lawsuit_are_sources(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_plaintiffs_acting_cite_nobody() -> None:
    assert sources_of("The plaintiffs filed the suit in March.") == []


@pytest.mark.parametrize(("body", "expected"), [
    # Papers kept or leaked as a set tell what they detail.
    ("The Harbour Holdings files detail an elaborate scheme to bribe port officials.", [("files", "document")]),
    ("According to the files, the ferry line paid the inspectors.", [("files", "document")]),
    # "show that" after them, as after "documents": the sentence is read for its source.
    ("The leaked files show that the port authority knew about the scheme.", [("files", "document")]),
    ("The leaked cables show that the embassy knew about the plan.", [("cables", "document")]),
])
def test_leaked_files_are_documents(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize("body", [
    "The files were stored on a server in Ohio.",
    "Hackers stole the files from the ministry.",
    "Engineers laid new cables under the river.",
    "The cables show signs of corrosion.",
])
def test_files_and_cables_as_things_cite_nobody(body: str) -> None:
    assert sources_of(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    # A denial or rebuttal a body puts out says something, whatever its clause.
    ('A spokesman for Harbour Holdings issued a denial of the report, dismissing it as "pure fiction."',
     [("Harbour Holdings", "organization")]),
    ("The ministry issued a denial of the report.", [("Ministry", "government_body")]),
    # Not one promised, nor one not given.
    ("The ministry will issue a response next week.", []),
    ("The ministry did not issue a denial.", []),
])
def test_replies_issued_by_a_body(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Criticism voiced by someone: the critic is cited.
    ("The newsletter reprinted a critique of the ferry budget from Tom Reed.", [("Tom Reed", "person")]),
    ("The column quoted a critique of the new budget by Maria Lopez.", [("Maria Lopez", "person")]),
])
def test_criticism_by_someone(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize("body", [
    "He ignored the criticism.",
    # Criticism borne: who criticised, not what they said.
    "Tech firms have faced criticism from their employees for doing too little.",
    "The board came under criticism from shareholders.",
])
def test_criticism_without_what_was_said_cites_nobody(body: str) -> None:
    assert sources_of(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    # A proposal voiced with its that-clause is a view on the record.
    ("Tom Reed proposed that the council publish its minutes.", [("Tom Reed", "person")]),
    # A measure or a deal put forward is no view.
    ("The company proposed a merger with its rival.", []),
    ("The government proposed new cuts to welfare.", []),
    ("The court has proposed what's known as Rule 31, which would remove birth dates from filings.", []),
    ("Tom Reed proposed breaking into the office.", []),
])
def test_proposals_voiced_with_a_clause(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Whoever hands a document or a picture to someone is the source of what it shows.
    ("One witness to the hearing provided the Harbour Tribune with photographs of the agents.",
     [("witness", "anonymous")]),
    ("A senior party source provided to the Harbour Tribune a memo laying out the key messages.",
     [("senior source", "anonymous")]),
    ("The ministry gave reporters a copy of the letter.", [("Ministry", "government_body")]),
    # Not goods handed out, a promise to hand over, or pictures given to nobody in particular.
    ("The city provided the families with blankets and food.", []),
    ("The firm will provide investors with documents next week.", []),
    ("The agency provided photographs.", []),
])
def test_givers_of_documents(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Those a writer heard from speak; an open end ("and more") adds no kind of its own.
    ("While the ban lasted, we heard from students, teachers, professionals and more in Chile about how it hurt them.",
     [("students, teachers, professionals and more in chile", "anonymous")]),
    # Not silence, nor a sound from a place.
    ("We have not heard from the minister.", []),
    ("We heard from the kitchen a loud crash.", []),
])
def test_heard_from(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # An outlet's list or ranking is the outlet's judgement.
    ("The memoir made its debut at No. 12 on the New York Times best-seller list.",
     [("The New York Times", "media_outlet")]),
    ("Her fortune placed her in the top 20 of Forbes' list of the richest women.", [("Forbes", "media_outlet")]),
    ("Last year he was a footnote in Time magazine, which ranked him the 80th most influential chef.",
     [("Time", "media_outlet")]),
    # Nobody's judgement: a list of goods, a list of demands, a team's place in a table.
    ("The list of 200 goods expanded in September.", []),
    ("The mayor's list of 12 demands was long.", []),
    ("The team ranked third in the league with 40 points.", []),
])
def test_rankings_by_an_outlet(body: str, expected: list) -> None:
    assert sources_of(body) == expected
