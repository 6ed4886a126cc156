"""Members an unnamed group names, as the agent of a passive citing verb or after 'including'."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


@pytest.mark.parametrize(("body", "expected"), [
    ("The levy has been criticised by other parties including the Green Party, the Farmers' Union and "
     "the Liberal Democrats.", {"Green Party", "Farmers' Union", "Liberal Democrats"}),
    ("The treaty was praised by several countries including France and Germany.", {"France", "Germany"}),
])
def test_the_members_a_passive_agent_names_are_cited(body: str, expected: set[str]) -> None:
    assert expected <= {name for name, _ in sources_of(body)}


def test_an_unnamed_agent_with_no_members_cites_no_one() -> None:
    assert sources_of("The levy was criticised by other parties.") == []
