"""Two bodies named as a pair that the parse read as one name: each is a source of its own.
Every sentence is made up."""

from __future__ import annotations

import pytest

from newsfacts.extract.citations import extract_citations
from newsfacts.extract.nlp import parse_articles
from tests.factories import make_article


def _names(body: str) -> list[str]:
    (parsed,) = parse_articles([make_article(body)])
    return sorted(c.canonical_name for c in extract_citations(parsed))


@pytest.mark.parametrize("body", [
    # "and" before an apposition: a second body, not a longer name
    "Statements by the US Army Corps of Engineers and North Dakota state government that there are "
    "no plans to remove protesters have done little to assuage fears.",
    "Statements by the US Army Corps of Engineers and North Dakota state government said the camp "
    "would be cleared.",
])
def test_a_pair_of_bodies_gives_two_sources_and_no_name_ends_in_and(body: str) -> None:
    names = _names(body)
    assert "US Army Corps of Engineers" in names
    assert any(name.lower() == "north dakota state government" for name in names)
    assert not any(name.lower().endswith((" and", " or")) for name in names)


def test_one_body_whose_name_holds_and_stays_one_source() -> None:
    (name,) = _names("The Department of Health and Human Services said the rule would take effect.")
    assert name.endswith("Human Services")


def test_an_apposition_without_and_still_renames_its_head() -> None:
    assert _names("The company, Acme Corp, said sales rose in the spring.") == ["Acme Corp"]
