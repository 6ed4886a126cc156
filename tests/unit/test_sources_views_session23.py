"""Session 23: statements and stances by groups, bodies and written rules taken as citations."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # An objection voiced with a that-clause is a statement (NYT on Nikki Haley, set U).
    ("After European officials protested that doing so would showcase divisions in the West because of "
     "Mr. Trump’s decision to pull out of the Iran nuclear deal, the White House broadened the theme to "
     "countering weapons of mass destruction.", [("European officials", "anonymous")]),
    ("Greenpeace protested that the rules were unfair.", [("Greenpeace", "organization")]),
    # ...not a protest made in the street.
    ("Protesters protested the bill.", []),
    ("Workers protested the closure of the plant.", []),
    ("Hundreds of students protested outside the ministry on Friday.", []),
    # ("protest" alone, mostly a street protest, makes no sentence worth a parse: set U's Guardian)
    ("North Dakota law enforcement officials have released misleading or blatantly inaccurate statements "
     "about protest actions while using charged language to paint peaceful demonstrators as violent "
     "threats to public safety.", []),
])
def test_an_objection_with_a_clause_is_cited(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # An admission with a participle clause tells what was done (Guardian on Standing Rock, set U).
    ("Police have acknowledged using sponge rounds, bean bag rounds, stinger rounds, teargas grenades, "
     "pepper spray, Mace, Tasers and a sound weapon.", [("Police", "government_body")]),
    ("Senator John Smith admitted taking bribes.", [("John Smith", "official")]),
    ("One witness, Felicia Sanders, described hiding under a table.", [("Felicia Sanders", "person")]),
    # ...not a patient taken in.
    ("He was admitted to hospital.", []),
])
def test_an_admission_of_doing_is_cited(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A written rule cited for what it says is a document (NYT on Nikki Haley, set U).
    ("Federal ethics regulations say that an employee cannot accept any gifts given because of the "
     "employee’s official position.", [("Federal ethics regulations", "document")]),
    ("The constitution states that the president serves four years.", [("constitution", "document")]),
    # ...not what a law requires or does, nor a saying with no clause.
    ("The law requires that employees disclose gifts.", []),
    ("The rules say nothing about gifts.", []),
    ("Under the law, employees must disclose gifts.", []),
])
def test_a_rule_that_says_is_a_document(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Officials placed at a named body fold into it; their applause of words is a stance (set U).
    ("At the State Department, however, officials quietly applauded Ms. Haley’s strong words on Russia.",
     [("State Department", "government_body")]),
    ("At the Pentagon, officials said that the talks had failed.", [("Pentagon", "government_body")]),
    ("Greenpeace welcomed the minister's remarks.", [("Greenpeace", "organization")]),
    # ...not officials at a place with no name, nor at an event, nor a speech clapped.
    ("At the hospital, officials said that the patient had died.", [("officials", "anonymous")]),
    ("At a briefing on Monday, officials said that the talks had failed.", [("officials", "anonymous")]),
    ("The audience applauded his speech.", []),
    ("The crowd applauded his words.", []),
])
def test_officials_at_a_body_and_applauded_words(body: str, expected: list) -> None:
    assert sources_of(body) == expected
