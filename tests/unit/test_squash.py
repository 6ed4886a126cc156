"""squash: whitespace of every kind collapsed like re's \\s, ends stripped."""

from __future__ import annotations

import re

import pytest

from newsfacts.clean.metadata import squash


@pytest.mark.parametrize("text", [
    "  Top   stories \n", "Top\u00a0stories", "a\u2028b\u2029c", "x\x1c\x1dy", "\t\r\n", "", "one",
    "Read more:\u3000Headline here", "line\u0085next",
])
def test_squash_matches_the_regular_expression_it_replaced(text):
    assert squash(text) == re.sub(r"\s+", " ", text).strip()


def test_squash_of_nothing_is_empty():
    assert squash(None) == ""
