"""Guards for session-15 sources rules (reviewer "revsrc2"): real spaCy model, no mocks; every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    # A crowd's memory under a quantifier is the writer's claim, not a source.
    ("Few people remember that the bridge once carried trains.", []),
    ("Most fans remember that the club was nearly bankrupt in 2002.", []),
    ("Not many people remember that the bridge once carried trains.", []),
    ("All residents remember seeing smoke.", []),
    # ..."quoting" a price or scripture quotes nobody.
    ("The broker was quoting a price of $5 a share to clients.", []),
    ("Dealers were quoting the euro at $1.08 on Tuesday.", []),
    # ...a memory with nothing told cites nobody.
    ("She remembers her childhood in Lagos.", []),
])
def test_no_source(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # "So did I." is the writer, even when the token keeps its full stop; non-speakers repeat nothing.
    ("Brown said he would vote no. So did I.", [("Brown", "person")]),
    ("Prices rose 3 percent, the bank said. So did inflation.", [("bank", "organization")]),
])
def test_so_did_non_speakers(body: str, expected: list) -> None:
    assert sources_of(body) == expected
