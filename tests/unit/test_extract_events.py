"""Event mentions and time resolution: table-driven, real spaCy model."""

from __future__ import annotations

from datetime import date

import pytest

from newsfacts.extract.events import extract_events
from newsfacts.extract.nlp import parse_articles
from tests.factories import make_article

JAN_2024 = date(2024, 1, 26)
JUL_2024 = date(2024, 7, 22)



def events_of(body: str, published: date | None) -> list:
    (parsed,) = parse_articles([make_article(body, published)])
    return extract_events(parsed)


# (sentence, published_date, [(event_type, trigger, event_date, date_precision), ...])
MUST_MATCH = [
    ("The coalition that was established in 2014 will end its mission.", JAN_2024,
     [("agreement_decision", "establish", date(2014, 1, 1), "year")]),
    ("Since the invasion of Iraq in 2003, the United States has been present there.", None,
     [("attack_strike", "invasion", date(2003, 1, 1), "year")]),
    ("US-led forces withdrew in 2011 after years of fighting.", JUL_2024,
     [("withdrawal_drawdown", "withdraw", date(2011, 1, 1), "year")]),
    ("Washington and Baghdad began negotiations on the coalition's future in January.", JUL_2024,
     [("negotiation_meeting", "negotiation", date(2024, 1, 1), "month")]),
    ("Iraq wants the coalition to begin withdrawing in September.", JUL_2024,
     [("withdrawal_drawdown", "withdraw", date(2024, 9, 1), "month")]),
    ("Iraq wants to formally end the coalition's work by September 2025.", JUL_2024,
     [("withdrawal_drawdown", "end", date(2025, 9, 1), "month")]),
    ("Calls grew after a US air strike in January 2020 that killed Qassem Soleimani.", None,
     [("attack_strike", "strike", date(2020, 1, 1), "month")]),
    ("The talks are part of the military commission that was decided upon seven months ago.",
     JAN_2024, [("agreement_decision", "decide", date(2023, 6, 1), "month")]),
    ("The group was declared defeated in Iraq in 2017 and in Syria in 2019.", JUL_2024,
     [("other", "defeat", date(2017, 1, 1), "year"), ("other", "defeat", date(2019, 1, 1), "year")]),
    ("Tens of thousands of soldiers were deployed to Iraq in 2014.", None,
     [("deployment", "deploy", date(2014, 1, 1), "year")]),
    ("The withdrawal was a topic that was first broached last year.", JAN_2024,
     [("statement", "broach", date(2023, 1, 1), "year")]),
    ("The ministers met in Baghdad on October 7 to sign the deal.", JAN_2024,
     [("negotiation_meeting", "meet", date(2023, 10, 7), "day")]),
    ("The dialogue was held between the two countries in August.", JAN_2024,
     [("negotiation_meeting", "dialogue", date(2023, 8, 1), "month")]),
    ("Both sides signed the agreement on January 26th, 2024 in Baghdad.", None,
     [("agreement_decision", "sign", date(2024, 1, 26), "day")]),
]

# (sentence, published_date): no event mention expected.
MUST_NOT_MATCH = [
    ("This coalition has been present there since 2014.", JAN_2024),
    ("July 22, 2024", JUL_2024),
    ("The process is anticipated to take several months.", JAN_2024),
    ("The meetings will take place in the coming days.", JAN_2024),
    ("The decision was first broached last year.", None),  # relative date, no publish date
    ("Washington and Baghdad began negotiations in January.", None),
    ("The group carried out attacks in Oman last week for the first time.", JUL_2024),
    ("The US has around 2,500 troops in Iraq.", JAN_2024),
    ("He may meet the minister soon.", JAN_2024),
    ("The group is on track to double its attacks this year compared to 2023.", JUL_2024),
    ("Iraqi officials expressed their discontent in 2024.", JAN_2024),
    ("The report covers the period from 2010 in detail.", JAN_2024),
    ("The 2014 coalition remains active in the region.", JAN_2024),
    ("Published in Dawn, January 26th, 2024", JAN_2024),
    ("The airline plans to expand its fleet by the end of 2025.", JAN_2024),
    ("Sales were down 10 percent from a year ago, according to the data.", JAN_2024),
]


def _as_tuple(event) -> tuple:
    return (event.event_type, event.trigger, event.event_date, event.date_precision)


@pytest.mark.parametrize(("sentence", "published", "expected"), MUST_MATCH,
                         ids=[s[:40] for s, _, _ in MUST_MATCH])
def test_events_match(sentence: str, published: date | None, expected: list[tuple]) -> None:
    assert [_as_tuple(e) for e in events_of(sentence, published)] == expected


@pytest.mark.parametrize(("sentence", "published"), MUST_NOT_MATCH,
                         ids=[s[:40] for s, _ in MUST_NOT_MATCH])
def test_events_do_not_match(sentence: str, published: date | None) -> None:
    assert events_of(sentence, published) == []


def test_actors_and_locations() -> None:
    body = ("US-led forces invaded Iraq in 2003. The group was declared defeated in Iraq in 2017 "
            "and in Syria in 2019. Washington and Baghdad initiated talks in January.")
    events = events_of(body, JUL_2024)
    got = [(e.trigger, e.actors, e.location) for e in events]
    assert got == [
        ("invade", ("US",), "Iraq"),
        ("defeat", ("group",), "Iraq"),
        ("defeat", ("group",), "Syria"),
        ("talk", ("Washington", "Baghdad"), None),
    ]
    assert all(body[e.char_start : e.char_end] for e in events)
    assert body[events[0].char_start : events[0].char_end] == "invaded Iraq in 2003"


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Talks began in December.", JAN_2024, date(2023, 12, 1)),
        ("Talks will begin in December.", JAN_2024, date(2024, 12, 1)),
        ("Talks will begin in February.", JAN_2024, date(2024, 2, 1)),
        ("Talks began in January.", JAN_2024, date(2024, 1, 1)),
        ("The troops withdrew two years ago.", JAN_2024, date(2022, 1, 1)),
        ("The troops withdrew yesterday.", JAN_2024, date(2024, 1, 25)),
    ],
)
def test_month_and_relative_resolution(sentence: str, published: date, expected: date) -> None:
    (event,) = events_of(sentence, published)
    assert event.event_date == expected
