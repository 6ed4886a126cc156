"""Events and figures (session 22): "today" as nowadays, datelines and promotional lines, offsets
from a happening the past only looked ahead to, ages set as thresholds and reference lists laid
out as tables. Every sentence here is made up."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import dated_events, events_of
from tests.unit.test_extract_figures import figures_of

MAY_2020 = date(2020, 5, 12)  # a Tuesday


def _values(body: str) -> list[float]:
    return [f.value for f in figures_of(body)]


# "today" meaning nowadays


def test_today_in_a_present_clause_of_habit_is_nowadays() -> None:
    assert dated_events("Jazz, which today is often associated with New Orleans, began in bars.", MAY_2020) == {}
    assert dated_events("The method is widely used today in hospitals.", MAY_2020) == {}
    # Near miss: a happening of this day keeps its date.
    assert dated_events("The company usually reports on Fridays, but today it said profits fell.",
                        MAY_2020) == {"today": (MAY_2020, "day")}


def test_today_on_a_participle_of_facing_is_nowadays() -> None:
    assert dated_events("Tax cuts cannot solve every problem faced by the country today, the minister said.",
                        MAY_2020) == {}
    assert dated_events("The challenges facing farmers today are huge.", MAY_2020) == {}
    # Near miss: a bill passed today is this day's happening.
    assert dated_events("The bill passed by the Senate today would raise taxes.",
                        MAY_2020) == {"today": (MAY_2020, "day")}
    # Near miss: a happening faced today is this day's.
    assert dated_events("The former executive facing trial today denies the charges.",
                        MAY_2020) == {"today": (MAY_2020, "day")}
    assert dated_events("The vote faced by the senator today is close.", MAY_2020) == {"today": (MAY_2020, "day")}


def test_a_period_after_of_on_a_ranked_noun_dates_nothing() -> None:
    assert dated_events("The actors were hailed by their peers as the best ensemble cast of this year.",
                        MAY_2020) == {}
    # Near miss: a happening this year keeps its date.
    assert dated_events("The firm launched its best phone this year.", MAY_2020) == {
        "this year": (date(2020, 1, 1), "year")}


def test_today_against_tomorrow_in_a_slogan_dates_nothing() -> None:
    assert dated_events("“Lisbon today, Madrid tomorrow” became the union's rallying cry.", MAY_2020) == {}
    assert dated_events("The marchers chanted: Kyiv today, Warsaw tomorrow.", MAY_2020) == {}
    # Near miss: two happenings told with their own verbs.
    found = dated_events("Police arrested a man today, and his brother tomorrow will appear in court.", MAY_2020)
    assert found == {"today": (MAY_2020, "day"), "tomorrow": (date(2020, 5, 13), "day")}


def test_today_of_an_announcement_a_call_or_a_vote_is_this_day() -> None:
    for sentence in ("Acme today announced that it has signed an agreement with Globex.",
                     "Acme will host a conference call today at 8:30 a.m.",
                     "Voters go to the polls today."):
        assert dated_events(sentence, MAY_2020) == {"today": (MAY_2020, "day")}, sentence


# Datelines and promotional lines


def test_a_dateline_without_brackets_is_no_event() -> None:
    found = dated_events("CORK, May 11, 2020 — Acme Pharma plc today announced a deal with Globex.", MAY_2020)
    assert found == {"today": (MAY_2020, "day")}
    # Near miss: a date after a place inside a sentence dates the happening.
    found = dated_events("The film opened in Paris, May 3, 2019 — a day of rain.", MAY_2020)
    assert found == {"May 3, 2019": (date(2019, 5, 3), "day")}


def test_a_verbless_promotional_line_with_a_bullet_is_no_event() -> None:
    body = ("Teams will make mistakes.\nBerlin • September 8 & 9, 2026\nThe summit agenda is live!\n"
            "Planning for failure is part of the job.")
    assert events_of(body, MAY_2020) == []


def test_one_mention_gives_one_event() -> None:
    events = events_of("The two firms signed the merger agreement on Monday in Paris.", MAY_2020)
    spans = [(e.char_start, e.char_end) for e in events]
    assert len(spans) == len(set(spans)) == 1


# Offsets


def test_an_offset_from_a_future_in_the_past_dates_nothing() -> None:
    assert dated_events("I was looking at about five years before I would graduate.", MAY_2020) == {}
    found = dated_events("The envoy arrived on March 2, 2018, just five days before the exile planned to leave.",
                         MAY_2020)
    assert found == {"March 2, 2018": (date(2018, 3, 2), "day")}
    assert dated_events("The mayor resigned a week before the vote was due to take place.", MAY_2020) == {}


def test_an_offset_that_is_a_stretch_of_time_dates_nothing() -> None:
    assert dated_events("The talks dragged on for two weeks before the parties signed a deal.", MAY_2020) == {}


def test_an_offset_from_a_happening_still_dates_it() -> None:
    found = dated_events("The crash comes a day after the rebels swapped two hostages.", MAY_2020)
    assert found == {"a day after": (date(2020, 5, 11), "day")}
    found = dated_events("That came seven years after he sought refuge at the mission.", MAY_2020)
    assert found == {"seven years after": (date(2013, 1, 1), "year")}
    found = dated_events("It is seven years before the agency is set to launch its probe.", MAY_2020)
    assert found == {"seven years before": (date(2027, 1, 1), "year")}


# Ages set as thresholds


def test_a_number_set_as_an_age_is_no_figure() -> None:
    assert _values("The governor has lowered the age threshold from 65 to 60 for a bus discount.") == []
    assert _values("The age limit was cut to 55 from 60.") == []
    assert _values("An age cap of 30 applies to the scheme.") == []
    assert _values("The age threshold was 65.") == []


def test_a_number_set_for_another_noun_is_a_figure() -> None:
    assert _values("The company cut its workforce from 650 to 600.") == [650, 600]
    assert _values("The committee raised the limit from 65 to 70 seats.") == [65, 70]
    assert _values("The average age of 300 workers rose.") == [300]


# Reference lists laid out as tables


def test_a_reference_list_in_a_table_gives_no_figures() -> None:
    body = ("The drug was approved last year.\n"
            "| 1. | Novak P. Chapter 7: Liver injury after transplant. Transplant Handbook 2015 |\n"
            "| 2. | Ortiz JA et al. Liver Int. 2011;31:1157–1168 |\n"
            "| 3. | Haas DA & Lund A. Clin Hepatol. 2008;12:37–45 |\n"
            "| 4. | Ortiz E et al. Hepatology. 1999;29(4)1599-604 |\n"
            "The firm has 300 staff.")
    assert _values(body) == [300]


def test_a_numbered_table_of_amounts_keeps_its_figures() -> None:
    body = ("The best-selling phones last year:\n"
            "| 1. | Apple sold 90 million phones |\n"
            "| 2. | Samsung sold 70 million phones |\n")
    assert {70_000_000, 90_000_000} <= set(_values(body))  # no journal cited: no reference list


# Events said not to happen


def test_a_date_after_a_denied_event_noun_dates_nothing() -> None:
    assert dated_events("“With no major data releases in Europe today, traders will watch the oil price,” "
                        "an analyst said.", MAY_2020) == {}
    assert dated_events("There were no protests in the capital on Monday.", MAY_2020) == {}
    # Near miss: the happening is not denied.
    assert dated_events("There were protests in the capital on Monday.", MAY_2020) == {
        "Monday": (date(2020, 5, 11), "day")}
    assert dated_events("With new data releases in Europe today, traders turned to stocks.", MAY_2020) == {
        "today": (MAY_2020, "day")}


# A range of days still running


def test_a_range_of_days_still_running_is_this_years() -> None:
    told = date(2019, 11, 19)
    found = dated_events("The Davis Cup Finals, which take place 18-24 November, are sponsored by a bank.", told)
    assert list(found.values()) == [(date(2019, 11, 18), "day")]
    # Near miss: a range over before the day of publication, told in the future, is next year's.
    found = dated_events("The Davis Cup Finals will take place 12-16 November.", told)
    assert list(found.values()) == [(date(2020, 11, 12), "day")]
    # Near miss: in the past the range is this year's whatever its end.
    found = dated_events("The festival ran 9-19 November.", told)
    assert list(found.values()) == [(date(2019, 11, 9), "day")]
