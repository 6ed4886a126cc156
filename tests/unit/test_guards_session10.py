"""Session 10 review: guards on the session's new rules, from sentences of other kinds of news
where they misfired (real spaCy model, no mocks)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.test_extract_citations_session9 import sources_of
from tests.unit.test_extract_events import NOV_2019, events_of
from tests.unit.test_extract_figures import figures_of


@pytest.mark.parametrize(("body", "expected"), [
    # Institutions of sport, courts, faith, culture and government speak as bodies.
    ("The league said the game was postponed.", [("league", "organization")]),
    ("The prosecution argued that the defendant lied to investigators.", [("prosecution", "organization")]),
    ("The museum said the painting was stolen.", [("museum", "organization")]),
    ("The diocese said the priest had been suspended.", [("diocese", "organization")]),
    ("The bloc said the sanctions would stay.", [("bloc", "organization")]),
])
def test_institutions_in_no_earlier_word_list_speak(body: str, expected: list) -> None:
    assert sources_of(body) == expected


@pytest.mark.parametrize("body", [
    # ...while things that "call for" or "maintain", or a participle, still cite nobody.
    "The script called for a big song in the last scene.",
    "Her eyes wet with tears, telling me I would love the book.",
])
def test_things_still_say_nothing(body: str) -> None:
    assert sources_of(body) == []


def test_a_fronted_group_does_not_override_the_noun_after_a_copula() -> None:
    figures = figures_of("Of the 100 workers laid off, 40 were women.")
    assert [(f.value, f.noun) for f in figures] == [(100, "worker"), (40, "woman")]
    # Without a copula noun the fronted group is still what is counted.
    figures = figures_of("Of the 12 hostages, seven were freed.")
    assert [(f.value, f.noun) for f in figures] == [(12, "hostage"), (7, "hostage")]


def _dated(body: str) -> list[tuple[str, str]]:
    return [(e.date_text, e.event_type) for e in events_of(body, NOV_2019)]


def test_a_clause_describing_a_noun_is_no_unsaid_word() -> None:
    body = "Police did not say why the man, who was arrested on Friday, was released."
    assert _dated(body) == [("Friday", "legal_judicial")]
    assert [d for d, _ in _dated("The ministry did not say whether the talks held on Monday had failed.")] == [
        "Monday"]


def test_a_negated_denial_affirms() -> None:
    assert [d for d, _ in _dated("He did not deny that he met the minister on Monday.")] == ["Monday"]
    assert _dated("He never said the deal would close in May.") == []


def test_at_the_time_in_the_next_paragraph_is_the_date_just_named() -> None:
    body = "He joined the army in 2001.\nAt the time, the war in Afghanistan had just begun."
    assert [(e.date_text, e.event_date) for e in events_of(body, NOV_2019)] == [
        ("2001", date(2001, 1, 1)), ("At the time", date(2001, 1, 1))]


SPORT_STORY = (
    "The striker scored twice as the team won the match and the league title. The coach praised "
    "the players after the game. "
)


@pytest.mark.parametrize("sentence", [
    "He was born in Lagos in 1995.",
    "She married the coach in 2010.",
])
def test_a_person_s_life_event_takes_no_field_topic(sentence: str) -> None:
    (event,) = [e for e in events_of(SPORT_STORY + sentence, NOV_2019) if e.date_text[:2] in {"19", "20"}]
    assert event.event_type == "other"


def test_a_career_step_in_a_sports_story_is_still_sport() -> None:
    events = events_of(SPORT_STORY + "He joined the club in 2015.", NOV_2019)
    assert [e.event_type for e in events if e.date_text == "2015"] == ["sport"]


@pytest.mark.parametrize("sentence", [
    # A sports word names no sports event in a story whose topic is unknown.
    "The government set a goal in 2015 of cutting emissions by half.",
    "The tourist season began in June.",
])
def test_a_sports_word_in_a_story_of_unknown_topic_names_no_sports_event(sentence: str) -> None:
    assert [t for _, t in _dated(sentence)] == ["other"]
