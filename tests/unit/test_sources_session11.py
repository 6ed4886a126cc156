"""Cited sources, session 11 rules: real spaCy model, no mocks; every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # Vague writings nobody issued, after "according to", cite no one...
    ("The bar charges $5 for ten minutes of clean air, according to reports.", []),
    ("The smog has cut life expectancy by two years, according to one estimate.", []),
    ("Up to 300 people were hurt, according to some unconfirmed reports.", []),
    # ...a particular one, one with an issuer, or news media still do.
    ("According to a new study, the drug cut deaths by a third.", [("study", "document")]),
    ("The deal is off, according to reports from Variety.", [("Variety", "media_outlet")]),
])
def test_unspecified_writings_after_according_to(body: str, expected: list) -> None:
    assert sources_of(body) == expected
