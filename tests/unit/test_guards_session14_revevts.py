"""Near misses of the session-14 event rules (review): happenings in a sentence that holds a value,
a rank or an act between two dated readings, a bracketed date inside running text, seasons named
around New Year, and a month named before that a later noun does not mean. Every sentence here
is made up."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import dated_events, events_of

AUG_2010 = date(2010, 8, 13)


def _types(body: str, published: date) -> dict[str, str]:
    return {e.date_text: e.event_type for e in events_of(body, published)}


def test_two_readings_need_amounts_and_no_act() -> None:
    # A rank is no amount: the relegation of 2009 stays a happening.
    assert _types("The team was relegated from the first division in 2008 to the second in 2009.", AUG_2010) == {
        "2009": "sport"}
    # An agent that changes a value acts on the day the end value is dated.
    assert dated_events("The board raised the fee from $10 in 2008 to $15 on March 1.", AUG_2010) == {
        "March 1": (date(2010, 3, 1), "day")}
    # Two readings of a count stay no event.
    assert dated_events("The population grew from 2 million in 1990 to 3 million in 2000, the census showed.",
                  AUG_2010) == {}


def test_an_amount_beside_a_happening_keeps_its_date() -> None:
    assert dated_events("On Sunday the crowd was 45,000 as the Yankees beat Boston 5-2.", AUG_2010) == {
        "Sunday": (date(2010, 8, 8), "day")}
    assert dated_events("On Tuesday the death toll was 42 after the building collapsed.", AUG_2010) == {
        "Tuesday": (date(2010, 8, 10), "day")}
    # The reading alone is no happening.
    assert dated_events("On Sunday the crowd was 45,000.", AUG_2010) == {}


def test_a_bracketed_date_in_running_text_is_no_dateline() -> None:
    assert dated_events("The storm hit Florida on Monday. FEMA (Aug. 10) - the agency said - sent teams.", AUG_2010) == {
        "Monday": (date(2010, 8, 9), "day"), "Aug. 10": (date(2010, 8, 10), "day")}
    # A dateline on its own line after a byline is still a dateline.
    assert dated_events("By Jane Doe\nWASHINGTON (Aug. 11) -- The Senate voted on Wednesday.", AUG_2010) == {
        "Wednesday": (date(2010, 8, 11), "day")}


def test_this_season_around_new_year() -> None:
    # In December, a season over that a future looks to is next year's.
    assert dated_events("The new stadium will open this summer.", date(2010, 12, 20)) == {
        "this summer": (date(2011, 6, 1), "quarter")}
    assert dated_events("The musical opens on Broadway this spring.", date(2010, 12, 28)) == {
        "this spring": (date(2011, 3, 1), "quarter")}
    # In March, "this winter" is the winter that began in December.
    assert dated_events("This winter has been the snowiest on record.", date(2011, 3, 10)) == {
        "This winter": (date(2010, 12, 1), "quarter")}
    assert dated_events("The city spends more on snow removal this winter than last.", date(2011, 3, 5)) == {
        "this winter": (date(2010, 12, 1), "quarter")}
    # A season under way, or just over in a present, keeps this year.
    assert dated_events("This summer's drought is the worst since 1988.", date(2010, 9, 20))["This summer"] == (
        date(2010, 6, 1), "quarter")
    assert dated_events("Heating bills are expected to rise this winter.", date(2010, 11, 2)) == {
        "this winter": (date(2010, 12, 1), "quarter")}


def test_a_month_named_before_needs_the_same_thing() -> None:
    published = date(2011, 8, 24)
    # Another November ahead: the elections to come are not the seats lost last November.
    body = "The party lost three seats in November.\nThe November elections will decide control of the Senate."
    assert {(e.date_text, e.event_date, e.event_type) for e in events_of(body, published)} == {
        ("November", date(2010, 11, 1), "election_vote"), ("November", date(2011, 11, 1), "election_vote")}
    # The same storm named again is the same December.
    body = "The storm hit in November.\nThe November storm was the worst in years."
    assert {(e.date_text, e.event_date) for e in events_of(body, published)} == {
        ("November", date(2010, 11, 1))}


def test_the_recession_of_a_year_and_signing_near_misses() -> None:
    # A value's noun before "of <year>" stays no happening.
    assert dated_events("Sales of 2009 were weak.", AUG_2010) == {}
    # Signing a deal or a contract is no law.
    assert _types("The company signed a deal with the union on Friday.", AUG_2010) == {"Friday": "agreement"}
