"""Cited sources, session 18 (helper "srcs2"): the writer's unnamed informant and views shared.
Real spaCy model, no mocks; every sentence is made up."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsfacts.extract.citations import extract_citations
from newsfacts.extract.nlp import parse_articles
from tests.factories import make_article
from tests.unit.test_extract_citations_session9 import citations_of, sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # "someone told me": one unnamed informant of the writer.
    ("A curious tale someone told me. Their ferry left an hour early and nobody noticed.",
     [("someone", "anonymous")]),
    ("Somebody once told us that the harbour freezes every other winter.", [("Somebody", "anonymous")]),
    # Not inside a speaker's quoted words.
    ("“Someone told me the ferry was late,” said the captain.", []),
])
def test_someone_told_the_writer(body: str, expected: list) -> None:
    assert [(c.cited_as, c.source_type) for c in citations_of(body)
            if c.source_type == "anonymous"] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Sharing one's own reflections, thoughts or views voices them; an office in brackets makes an official.
    ("Ann Ruiz (chief technology officer at Blue Wake) shares her reflections on our recent harbour retreat.", [("Ann Ruiz", "official")]),
    ("Maria Lopez shared her thoughts on the new ferry timetable.", [("Maria Lopez", "person")]),
    # Sharing a thing or a photo cites nobody.
    ("Maria Lopez shared her lunch with the ferry crew.", []),
])
def test_shared_reflections_are_a_saying(body: str, expected: list) -> None:
    assert sources_of(body) == expected


def _with_author(body: str, author: str | None) -> list:
    (parsed,) = parse_articles([replace(make_article(body), author=author)])
    return [(c.canonical_name, c.source_type) for c in extract_citations(parsed)]


QUOTED_PARAGRAPH = ("I learned this morning that a puzzle I had worked on for months was solved by a student, "
                    "and I will have to revise my views on the matter.\n— Ada Brook, Notes on Cycles")


@pytest.mark.parametrize(("author", "expected"), [
    # A first-person paragraph under another writer's name, then a dash line naming a speaker.
    ("Tom Vance", [("Ada Brook", "person")]),
    # The writer signing off their own text, or no author known: no source.
    ("Ada Brook", []),
    (None, []),
])
def test_a_block_quote_that_lost_its_marks(author: str | None, expected: list) -> None:
    assert _with_author(QUOTED_PARAGRAPH, author) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # A chief technology, finance or operating officer by initials holds an office.
    ("Ann Ruiz (Blue Wake CTO) shares her reflections on our recent harbour retreat.", [("Ann Ruiz", "official")]),
    ("Ann Ruiz, the CFO of Blue Wake, said the fares would rise.", [("Ann Ruiz", "official")]),
])
def test_offices_by_initials(body: str, expected: list) -> None:
    assert sources_of(body) == expected
