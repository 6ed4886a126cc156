"""Time expressions from the blind set I (session 12, second round): a date set in a phrase on a
noun takes the nearest such day, "scheduled for next month", a season of a relative year, and
what is no event: a century that ranks ("the first ... of the 20th century"), a comparison's
baseline ("as it did in 2009"), the months of a season that comes back every year, a condition a
speaker supposes ("if I wake up tomorrow"), a denied present state ("doesn't exist today"), and a
year alone in quotation marks (a title). Every sentence here is made up."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import dated_events

JAN_2024 = date(2024, 1, 22)  # a Monday
SEP_2021 = date(2021, 9, 14)


def test_scheduled_for_next_month_is_a_date() -> None:
    assert dated_events("Ministers will decide the plan's fate at a summit scheduled for next month.", SEP_2021)[
        "next month"] == (date(2021, 10, 1), "month")
    assert dated_events("The hearing, originally set for next week, was delayed.", SEP_2021)["next week"] == (
        date(2021, 9, 20), "week")
    # "for" without a timetable word is still a span or a purpose.
    assert dated_events("The bakery hired 12 workers for next year.", SEP_2021) == {}
    assert dated_events("Prices climbed for the last month.", SEP_2021) == {}


def test_a_season_of_a_relative_year() -> None:
    assert dated_events("The union filed its complaint in spring of last year.", SEP_2021) == {
        "spring of last year": (date(2020, 3, 1), "quarter")}
    assert dated_events("The museum will reopen in the autumn of next year.", SEP_2021) == {
        "autumn of next year": (date(2022, 9, 1), "quarter")}


def test_a_ranking_century_is_no_date() -> None:
    assert dated_events("Historians call it the deadliest famine of the 19th century.", SEP_2021) == {}
    assert dated_events("She wrote the best-selling novel of the 1990s.", SEP_2021) == {}
    # A happening in a century keeps it.
    assert dated_events("The plague killed half the town in the 14th century.", SEP_2021) == {
        "the 14th century": (date(1300, 1, 1), "decade")}


def test_a_comparison_baseline_is_no_date() -> None:
    assert dated_events("The mill now produces twice as much paper as it did in 2012.", SEP_2021) == {}
    assert dated_events("The port handled fewer ships than it did in 2015.", SEP_2021) == {}
    assert dated_events("Exports rose faster than in 2018, the ministry said.", SEP_2021) == {}
    # "as" of manner is no comparison: "as I did at the fair" dates that fair.
    assert dated_events("I will show the prototype, as I did at the trade fair in 2019.", SEP_2021) == {
        "2019": (date(2019, 1, 1), "year")}


def test_the_months_of_a_recurring_season_are_no_dates() -> None:
    assert dated_events("Hurricane season runs from June through November, with its peak in mid-September.",
                  SEP_2021) == {}
    assert dated_events("The monsoon arrives in June and lasts until September.", SEP_2021) == {}
    # One season told in the past keeps its month; so does a deadline for the current season.
    assert dated_events("This year the hurricane season began in May.", SEP_2021)["May"] == (date(2021, 5, 1), "month")
    assert dated_events("Doctors urge everyone to get a shot by October for the current flu season.", SEP_2021)[
        "October"] == (date(2021, 10, 1), "month")


def test_a_speakers_supposition_is_no_date() -> None:
    assert dated_events("“It feels unreal, and if I wake up tomorrow and find it was all a dream, fine,” she said.",
                  SEP_2021) == {}
    # A condition on a third party, or with "even if", keeps its date.
    assert dated_events("Even if it drags well into 2022, the merger will close, analysts said.", SEP_2021)[
        "2022"] == (date(2022, 1, 1), "year")


def test_a_denied_present_state_today_is_nowadays() -> None:
    assert "today" not in dated_events("The plan relies on batteries that don't exist today, the report said.", SEP_2021)
    assert "today" not in dated_events("It needs a material that does not yet exist today.", SEP_2021)
    # A happening today keeps its day.
    assert dated_events("The senator resigned today.", SEP_2021) == {"today": (SEP_2021, "day")}


def test_a_year_alone_in_quotation_marks_is_a_title() -> None:
    assert "2012" not in dated_events("The disaster film “2012,” a box-office hit, was shown again on Friday.", JAN_2024)
    assert dated_events("The plant opened in 2012.", JAN_2024) == {"2012": (date(2012, 1, 1), "year")}


def test_a_date_on_a_noun_phrase_is_the_nearest_such_day() -> None:
    # Published Monday Jan. 22, 2024: the gala of Feb. 11 is ahead though the verb is past, and the
    # prize of Saturday is behind though the verb schedules.
    assert dated_events("Two favourites for the top prize at the gala on Feb. 11 were left off the shortlist.",
                  JAN_2024)["Feb. 11"] == (date(2024, 2, 11), "day")
    assert dated_events("The finalists include “Harbour Lights,” the big winner at the critics' awards on Saturday.",
                  JAN_2024)["Saturday"] == (date(2024, 1, 20), "day")
    # An object's date is the verb's, and "will" says when.
    assert dated_events("She boarded a train on Feb. 11 and reached Vienna.", JAN_2024)["Feb. 11"] == (
        date(2023, 2, 11), "day")
    assert dated_events("The champion will make her first appearance on Saturday.", JAN_2024)["Saturday"] == (
        date(2024, 1, 27), "day")
    # A place after "at" is no occasion: the date is the verb's, misattached by the parse.
    assert dated_events("The owner of the stall at the market on Feb. 11 called police.", JAN_2024)["Feb. 11"] == (
        date(2023, 2, 11), "day")
