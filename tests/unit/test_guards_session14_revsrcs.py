"""Guards for the session-14 rules on cited sources (reviewer "revsrcs"): near-misses of the new
rules, run on the real spaCy model; every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # Capitalised words that only happen to spell an acronym are no body it stands for.
    ("In May Finance Minister Ana Ruiz met lenders. The IMF said the loan was approved.", [("IMF", "organization")]),
    ("Under Nixon, the war widened. The UN said civilians had died.", [("UN", "organization")]),
    # ...while a body named in full before is what its acronym means.
    ("The National Rifle Association opposed the bill. The NRA said it would sue.",
     [("National Rifle Association", "organization")]),
])
def test_acronym_only_of_a_named_body(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A present tense when-clause under a past main verb is one day's news, not a habit.
    ("The market rallied on Tuesday when the Fed says it will pause, traders said.",
     [("Fed", "government_body"), ("trader", "anonymous")]),
    ("Prices fall when the bank announces a cut, analysts say.", [("analyst", "anonymous")]),
])
def test_when_clause_habit_only_in_the_present(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def test_he_after_a_report_about_someone_is_that_someone() -> None:
    """'Berg said his client Jon Dahl lied to police. "...," he said': the one the report is about
    may speak next; only one named in passing (in 'the bill Dahl signed') is passed over."""
    body = ("Lawyer Tom Berg spoke on Monday. Berg said his client Jon Dahl lied to police. "
            "\"I never touched her,\" he said.")
    assert sources_of(body)[-1] == ("Jon Dahl", "person")


@pytest.mark.parametrize(("body", "expected"), [
    # "object" the noun is no objecting; objecting with no "to" nor a clause is no citation.
    ("Protesters threw an object at the police line, officers said.", [("officers", "anonymous")]),
    ("Some 40 objects were recovered from the wreck, the museum said.", [("museum", "organization")]),
    ("The team objected strongly at halftime.", []),
    # Data with no issuing body before them cite nobody.
    ("The latest data show prices rose in May.", []),
    # Services that are companies or newsrooms stay so.
    ("Fox News Service said the report was false.", [("Fox News Service", "media_outlet")]),
    ("Health Services Inc said profits fell.", [("Health Services Inc", "organization")]),
    ("Land Services Ltd said profits fell.", [("Land Services Ltd", "organization")]),
    # Two kinds of officials, not two nations: one source.
    ("Local and state officials said the road would reopen.", [("Local and state officials", "anonymous")]),
    # A month that is a first name still issues.
    ("A statement from June Carter said she was sorry.", [("June Carter", "person")]),
    ("A report from May said the plant was safe.", [("report", "document")]),
])
def test_session14_near_misses(body: str, expected: list) -> None:
    assert sources_of(body) == expected
