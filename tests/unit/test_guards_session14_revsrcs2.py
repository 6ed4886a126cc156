"""Guards for the session-14 cited-source rules (reviewer "revsrcs2"): real spaCy model, no mocks;
every sentence is made up."""

from __future__ import annotations

import pytest

from tests.unit.test_extract_citations_session9 import sources_of


def _names(body: str) -> list[str]:
    return [name for name, _ in sources_of(body)]


@pytest.mark.parametrize("body", [
    # A jury's or court's verdict on someone is no finding reported.
    "The jury found him to be guilty on all counts.",
    "The jury found the former mayor to be guilty of bribery.",
    "A jury found Smith to be liable for the crash.",
    # Things found by looking, not by reading evidence.
    "Police found the body to be badly decomposed.",
    "Visitors found the museum to be closed on Monday.",
    "Firefighters found the house to be empty.",
    # Good news from a firm is its results; a bank account comes from a bank; a place is where
    # news broke.
    "The only good news came from Tesla, whose shares rose 5%.",
    "The bad news came from Goldman Sachs, which cut its forecast.",
    "The account came from Barclays, which froze it in March.",
    "The news came from Washington late on Friday.",
    "The news came from the hospital shortly after midnight.",
    # A credit for a map, a printing paid for, or a gift cites nobody.
    "The report's map, courtesy of Google, shows the flood zone.",
    "The report was printed courtesy of Acme Corp.",
    "The concert was sponsored by Acme, and the tickets and a list of songs came courtesy of Acme Corp.",
    # Bloggers and dissenters as the topic, not the speaker.
    "The government has arrested dozens of bloggers.",
    "Bloggers were invited to the launch of the phone.",
    "Members who dissent face expulsion from the party.",
    "The crackdown on dissent intensified after the election.",
])
def test_revsrcs2_no_source(body: str) -> None:
    assert sources_of(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Researchers found the drug to be effective in 70% of patients.", "researcher"),
    ("Investigators found evidence that the fire had been set deliberately.", "investigator"),
    ("The chart above comes courtesy of Ian Lee, a strategist at Acme.", "Ian Lee"),
    ("The chart is courtesy of Barclays.", "Barclays"),
    ("Analysis courtesy of Goldman Sachs shows rates will fall.", "Goldman Sachs"),
    ("Details of the merger came from Goldman Sachs, which advised the buyer.", "Goldman Sachs"),
    ("Two judges dissented from the ruling.", "judge"),
    # A reply in a relative clause with "would" is still a saying ("all X would say was ...").
    ("Asked about the deal, all Smith would say was that he was pleased.", "Smith"),
    ("The most the spokesman would say was that talks were continuing.", "spokes"),
])
def test_revsrcs2_source_kept(body: str, expected: str) -> None:
    assert any(expected.lower() in name.lower() for name in _names(body))
