"""Cited sources, session 21 (helper "srcs"): roles owned by someone named before. Real spaCy
model, no mocks; every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # "their lawyer", "his lawyer": someone else's role is not the person named before.
    ('Four guards sued the casino. Tom Reyes managed the team. "The team was run by one clique," '
     "their lawyer complained.", [("lawyer", "anonymous")]),
    ("Tom Reyes was arrested on Monday. His lawyer said he was innocent.", [("lawyer", "anonymous")]),
    # ...unless somebody was cited by that role already.
    ("Tom Reyes was arrested on Monday. Ana Ruiz, his lawyer, said he was innocent. "
     "His lawyer added that he would appeal.", [("Ana Ruiz", "person"), ("Ana Ruiz", "person")]),
    # "the minister" still points back at the one named before.
    ("Sara Lind, the trade minister, said exports would rise. The minister added that imports would fall.",
     [("Sara Lind", "official"), ("Sara Lind", "official")]),
])
def test_a_role_owned_by_someone_named_before(body: str, expected: list) -> None:
    assert sources_of(body) == expected
