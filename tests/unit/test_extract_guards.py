"""Guards a review of session 9's rules asked for: each case below was mishandled by a first version."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of
from tests.unit.test_extract_figures import figures_of


@pytest.mark.parametrize(("sentence", "expected"), [
    # A fraction of people is a share; a fraction of one thing is a part of it.
    ("The bottom half of earners saw their incomes fall.", [(50, "percent")]),
    ("The upper half of the laptop is made of aluminium.", []),
    # A quoted clause after "campaign" or "program" is words said, not a name.
    ('Authorities said the campaign "reached 2 million people" last year.', [(2_000_000, None)]),
    ('The mayor said the program "has created 500 jobs."', [(500, None)]),
    # A model whose name ends in X is no multiple.
    ("Boeing flew the 777X over the Pacific.", []),
])
def test_figures_after_review(sentence: str, expected: list) -> None:
    assert [(f.value, f.unit) for f in figures_of(sentence)] == expected


def test_a_tilde_makes_a_multiple_approximate() -> None:
    (figure,) = figures_of("The new chip is ~9x faster than the old one.")
    assert (figure.value, figure.is_approximate) == (9, True)


@pytest.mark.parametrize(("body", "expected"), [
    ("Creative Artists Agency said in a statement that it had dropped the actor.",
     [("Creative Artists Agency", "organization")]),
    ("John Smith, 34, was charged with assault on Monday. The victim told police that Smith had "
     "followed her home.", [("victim", "anonymous")]),
])
def test_sources_after_review(body: str, expected: list) -> None:
    assert sources_of(body) == expected
