"""Session 28 (evfix): the review's counter-examples to session 28's event rules. A physical
attack is no statement; "twenty-fifth anniversary" is 25 years; "today" against a forecast is
an event; a future act after "After <date>" keeps the story's topic; the present named or
denied with a curly apostrophe; "throughout" only resolves a week. Every sentence is made up."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import events_of

MAY_2018 = date(2018, 5, 16)  # a Wednesday


def _events(sentence: str, published: date = MAY_2018) -> dict[str, tuple[date, str, str]]:
    return {e.date_text: (e.event_date, e.date_precision, e.event_type) for e in events_of(sentence, published)}


def test_a_physical_attack_on_a_person_is_no_statement() -> None:
    for sentence in ("Police said John Smith attacked Mary Jones outside a bar on Tuesday.",
                     "John Smith attacked Mary Jones at a party on Tuesday.",
                     "He attacked Mary Jones on Tuesday, leaving her with a broken jaw.",
                     "John Smith attacked Mary Jones on Tuesday."):
        assert _events(sentence)["Tuesday"][2] != "statement", sentence


def test_an_attack_in_words_is_a_statement() -> None:
    for sentence in ("She attacked the radio hosts Ann Lee and Bo Roe on Tuesday in harsh terms.",
                     "He attacked Mary Jones on Twitter on Tuesday.",
                     "On Tuesday he attacked Ann Lee over her remarks.",
                     "He attacked Ann Lee on Tuesday, calling her a fraud."):
        assert _events(sentence)["Tuesday"][2] == "statement", sentence


def test_a_compound_ordinal_anniversary_counts_its_tens() -> None:
    found = _events("As we near the twenty-fifth anniversary of the May 20th flood, towns prepare.")
    assert found["May 20th"][:2] == (date(1993, 5, 20), "day")
    found = _events("Crowds marked the thirty-first anniversary of the March 3 blast on Saturday.")
    assert found["March 3"][:2] == (date(1987, 3, 3), "day")
    found = _events("As we near the twentieth anniversary of the May 20th flood, towns prepare.")
    assert found["May 20th"][:2] == (date(1998, 5, 20), "day")


def test_today_against_a_forecast_is_an_event() -> None:
    assert "today" in _events("Shares closed higher today than analysts had expected.")
    assert "today" in _events("Sales rose more today than anyone predicted.")
    assert "today" not in _events("The market is stronger today than it was in May.")
    assert "today" not in _events("Our resolve is as firm today as it was then.")


def test_a_future_act_after_a_date_keeps_the_topic() -> None:
    body = ("The council voted on the budget in March and will vote on the tax plan again in June. "
            "The vote in April was close.\n")
    typed = {e.date_text: e.event_type for e in events_of(body + "After June 30, the mayor will travel to Paris.", MAY_2018)}
    assert typed["June 30"] == "election_vote"
    for state in ("After June 30, the archive will remain available online.",
                  "After June 30, the records will be archived.",
                  "After June 30, you can follow her on Twitter.",
                  "After June 30, the mayor will use these accounts."):
        typed = {e.date_text: e.event_type for e in events_of(body + state, MAY_2018)}
        assert typed["June 30"] == "other", state


def test_the_present_named_or_denied_with_a_curly_apostrophe() -> None:
    assert "2003" not in _events("It’s not 2003 any more.")
    assert "2003" not in _events("This isn’t 2003.")
    assert "2003" not in _events("It's not 2003 any more, and the firm knows it.")
    assert "2018" not in _events("It’s 2018, so of course the robot is friendly.")
    assert "1968" in _events("It was 1968, and the city was burning.")


def test_throughout_resolves_only_a_week() -> None:
    from newsfacts.extract.events.timex import _resolve_relative

    assert _resolve_relative(["throughout", "the", "week"], MAY_2018).value == date(2018, 5, 14)
    resolved = _resolve_relative(["throughout", "the", "year"], MAY_2018)
    assert resolved is None or resolved.precision != "week"
