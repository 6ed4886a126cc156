"""Dated events of session 27 (set Z's errors), rule writer evz: a wire agency's dateline stamp
("HONOLULU, Dec. 23 (UPI) —"), a columnist's sign-off ("See you next week"), "demonstrated how"
(shown, no protest) and decades spelled with their century ("the nineteen-eighties"). Sentences
made up like news; each fix has a near miss that keeps its old reading."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import events_of

SEP_2016 = date(2016, 9, 26)  # a Monday


def _events(body: str) -> dict[str, tuple[date, str, str]]:
    return {e.date_text: (e.event_date, e.date_precision, e.event_type) for e in events_of(body, SEP_2016)}


def test_a_wire_agencys_dateline_stamp_dates_no_happening() -> None:
    assert "Dec. 23" not in _events("HONOLULU, Dec. 23 (UPI) — Researchers have found a way to keep whales off hooks.")
    # Near miss: a date in a sentence with no opening place is a happening.
    assert "Dec. 23" in _events("The researchers found a way to keep whales off hooks on Dec. 23 (UPI said).")


def test_a_columnists_sign_off_is_no_happening() -> None:
    assert "next week" not in _events("See you next week, box office buddies!")
    assert "tomorrow" not in _events("We'll see you tomorrow.")
    # Near miss: seeing something other than the reader is still dated.
    assert "next week" in _events("Investors will see the first results next week.")


def test_demonstrated_how_is_shown_not_a_protest() -> None:
    assert _events("That changed in 1994, when Peter Shor demonstrated how it could apply to cryptography.")[
        "1994"][2] != "protest"
    assert _events("In 2013 the researchers demonstrated how the receptor responded.")["2013"][2] == "science"
    # Near miss: marchers who demonstrate still protest.
    assert _events("Protesters demonstrated in Paris on Monday.")["Monday"][2] == "protest"


def test_a_decade_spelled_with_its_century() -> None:
    body = "When quantum computing was first proposed, in the nineteen-eighties, it was a curiosity."
    assert _events(body)["nineteen-eighties"][:2] == (date(1980, 1, 1), "decade")
    assert _events("The band formed in the nineteen seventies.")["nineteen seventies"][:2] == (date(1970, 1, 1), "decade")
    # Near miss: "the sixties" alone is as often a temperature.
    assert not any("sixties" in k for k in _events("Temperatures will be in the sixties on Friday."))
