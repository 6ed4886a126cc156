"""Event types named by the story's recent past, by what an act is done to, and by pollution."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.test_extract_events import NOV_2019, events_of


def test_the_run_up_of_the_last_two_years_takes_the_story_topic() -> None:
    # A tariff story: "It started with ..." names no type; the topic types the run-up it recounts.
    body = (
        "The tariffs and the sanctions, like the ban and the new law, are policy. Tariffs on steel "
        "were imposed and the embargo and the regulation followed. It started with washing "
        "machines in February 2018."
    )
    assert events_of(body, NOV_2019)[-1].event_type == "policy_decision"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A trip or a visit to a hospital is health care, not a meeting.
        ("The president made an unscheduled trip to Walter Reed hospital on Saturday.", "health"),
        ("The president made a trip to Paris on Saturday.", "meeting"),
        # Candidates win seats and races.
        ("The senator won the seat in 2016.", "election_vote"),
        ("The striker won the cup in 2016.", "sport"),
        # Smog and pollution episodes are disasters.
        ("Thick smog blanketed the capital on Monday.", "disaster_accident"),
    ],
)
def test_what_an_act_is_done_to_names_its_sense(sentence: str, expected: str) -> None:
    assert [e.event_type for e in events_of(sentence, NOV_2019)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A copula dates its subject: the outbreak was in 2009, the film was greenlit in 2016.
        ("The last major outbreak in the region was in 2009.", "health"),
        ("The film was greenlit in 2016.", "culture_entertainment"),
        # ...not a state it is in: being under attack is no attack.
        ("The senator was under attack last month.", "other"),
        # Turning to Twitter, as taking to it, is posting something said.
        (
            "The mayor turned to Twitter last month to describe the city as a gas chamber.",
            "statement",
        ),
        # A festival's celebration is a cultural event.
        ("The celebration began on October 27.", "culture_entertainment"),
    ],
)
def test_copulas_idioms_and_celebrations(sentence: str, expected: str) -> None:
    assert [e.event_type for e in events_of(sentence, NOV_2019)] == [expected]


def test_a_partnership_in_a_business_story_is_a_corporate_action() -> None:
    body = (
        "The retailer's acquisition and merger lifted its listing, and its shares and revenue "
        "rose. Its partnership with the beauty brand began in March."
    )
    assert events_of(body, NOV_2019)[-1].event_type == "business"
    assert (
        events_of("The partnership between the two nations began in March.", NOV_2019)[
            -1
        ].event_type
        == "agreement"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Left or found in a state: no departure, no finding.
        ("Hundreds of travellers were left stranded in the city on Monday.", "other"),
        ("The climber was found dead on Monday.", "other"),
        # Without the state, leaving and finding keep their senses.
        ("The troops left the city on Monday.", "military_movement"),
        ("The probe found ice on the moon on Monday.", "science"),
    ],
)
def test_left_or_found_in_a_state_is_no_departure_or_finding(sentence: str, expected: str) -> None:
    assert [e.event_type for e in events_of(sentence, NOV_2019)] == [expected]


NOV_20 = date(2019, 11, 20)


def test_a_countdown_counts_forward_from_the_day_the_text_is_about() -> None:
    body = (
        "The Lakers beat the Thunder 112-107 on Tuesday night. These teams meet again in "
        "Oklahoma City in three days."
    )
    assert [(e.date_text, e.event_date, e.date_precision) for e in events_of(body, NOV_20)][-1] == (
        "in three days",
        date(2019, 11, 22),
        "day",
    )
    # A span ("the first win in three weeks") is no countdown.
    assert [e.date_text for e in events_of("It was their first win in three weeks.", NOV_20)] == []


def test_an_offset_in_a_later_sentence_counts_from_the_day_the_text_is_about() -> None:
    body = (
        "The Lakers beat the Thunder 112-107 on Tuesday night. One night after the Thunder lost 105-102 "
        "to the Clippers, Oklahoma City could not catch up."
    )
    offsets = [e.event_date for e in events_of(body, NOV_20) if e.date_text == "One night after"]
    assert offsets == [date(2019, 11, 18)]


def test_a_bare_relative_date_dates_the_event_word_before_it() -> None:
    # The parse makes "launch" a noun and hangs "tomorrow" on "come": the word before it names it.
    sentence = (
        "The Acme Cloud Founder’s and Premiere Editions, which come with a Chromecast Ultra, launch "
        "tomorrow (November 19) in 14 countries."
    )
    assert [(e.date_text, e.event_type) for e in events_of(sentence, NOV_2019)][0] == (
        "tomorrow",
        "business",
    )
    # ...but not a place both hang on ("will play out in court next year"), nor a state ("under attack").
    assert [
        e.event_type for e in events_of("The dispute will play out in court next year.", NOV_2019)
    ] == ["other"]
    sentence = "The senator was under near-constant attack last month as a new leader."
    assert [e.event_type for e in events_of(sentence, NOV_2019)] == ["other"]


def test_awards_and_prizes_won_in_an_entertainment_story() -> None:
    body = (
        "The actress starred in the film and the album and the show premiered at the festival. "
        "The actress, who in 2008 won the best actress award, returns."
    )
    assert [e.event_type for e in events_of(body, NOV_2019) if e.date_text == "2008"] == [
        "culture_entertainment"
    ]
    sentence = "The discovery brought the researchers a Nobel Prize in 2004."
    assert [e.event_type for e in events_of(sentence, NOV_2019)] == ["culture_entertainment"]


def test_a_when_clause_defines_the_date_it_hangs_on() -> None:
    sentence = (
        "Since 1989, when it crushed the pro-reform protests that began in the main square, and "
        "witnessed the beginning of the end for the Soviet Union, the government has calculated "
        "that bloody suppression should be a last resort."
    )
    assert [e.event_type for e in events_of(sentence, NOV_2019) if e.date_text == "1989"] == [
        "protest"
    ]


def test_finding_a_body_is_no_scientific_finding() -> None:
    assert [e.event_type for e in events_of("Hikers found the body on Monday.", NOV_2019)] == [
        "other"
    ]
    assert [e.event_type for e in events_of("The rover found ice on Monday.", NOV_2019)] == [
        "science"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Legislatures sit in plenary and move motions (a recess is the break from sitting).
        ("The assembly met in a plenary session on Tuesday.", "meeting"),
        (
            "A senator on Tuesday moved a motion for the adjournment of the session.",
            "policy_decision",
        ),
    ],
)
def test_legislatures_sit_and_move_motions(sentence: str, expected: str) -> None:
    assert [e.event_type for e in events_of(sentence, NOV_2019)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A pep talk is a speech; a rumour is something said.
        ("The coach gave his players a pep talk Tuesday.", "statement"),
        ("A spin-off film has been rumored since 2017.", "statement"),
        # Talks between sides stay a meeting.
        ("The two sides held talks on Tuesday.", "meeting"),
    ],
)
def test_pep_talks_and_rumours_are_things_said(sentence: str, expected: str) -> None:
    assert [e.event_type for e in events_of(sentence, NOV_2019)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A that-clause makes a protest verb show or say something.
        (
            "The researchers demonstrated in 2013 that the receptor responded to molecules made by microbes.",
            "science",
        ),
        # Showing without research is no science.
        ("In 2019 the vote demonstrated that voters were angry.", "other"),
        ("The union protested on Monday that the rules were unfair.", "statement"),
        # Without one, demonstrators protest.
        ("Thousands demonstrated in the capital on Monday.", "protest"),
    ],
)
def test_a_that_clause_turns_a_protest_verb_into_a_finding_or_a_claim(
    sentence: str, expected: str
) -> None:
    assert [e.event_type for e in events_of(sentence, NOV_2019)] == [expected]


def test_a_visit_in_a_health_story_is_health_care() -> None:
    body = (
        "The patient's diagnosis and surgery followed an infection, an outbreak and a vaccination. "
        "Now consider what we know about the president's visit to Walter Reed on Saturday."
    )
    assert [e.event_type for e in events_of(body, NOV_2019)][-1] == "health"
    sentence = "The president's visit to Paris on Saturday went well."
    assert [e.event_type for e in events_of(sentence, NOV_2019)] == ["meeting"]


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        # A present that schedules looks ahead; a general present dates nothing.
        ("These teams meet again in three days.", True),
        ("Most patients recover in two weeks.", False),
        ("The drug works in three days, the company says.", False),
    ],
)
def test_a_countdown_needs_a_clause_that_looks_ahead(sentence: str, dated: bool) -> None:
    assert bool(events_of(sentence, NOV_2019)) is dated


def test_a_race_won_is_no_election() -> None:
    assert [e.event_type for e in events_of("Lewis Hamilton won the race in Monaco on Sunday.", NOV_2019)] != [
        "election_vote"
    ]
