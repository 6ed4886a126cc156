"""Guards for the session-14b dated-event rules (reviewer revevts2): near-misses of ordinary news
that the new rules' words or shapes could match. Every sentence here is made up."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import events_of

AUG_2010 = date(2010, 8, 13)  # a Friday


def _dated(body: str, published: date = AUG_2010) -> dict[str, tuple[date, str]]:
    return {e.date_text: (e.event_date, e.date_precision) for e in events_of(body, published)}


def _types(body: str, published: date = AUG_2010) -> dict[str, str]:
    return {e.date_text: e.event_type for e in events_of(body, published)}


def test_a_weekday_described_by_a_past_clause_stays_past() -> None:
    assert _dated("Sunday is the day he died, his widow said.") == {"Sunday": (date(2010, 8, 8), "day")}
    assert _dated("Monday is the day the company announced the layoffs, workers recalled.") == {
        "Monday": (date(2010, 8, 9), "day")}
    # Still the coming one: the past verb sits deeper, in what the anniversary is of.
    assert _dated("Saturday is the anniversary of the day the dam collapsed.") == {
        "Saturday": (date(2010, 8, 14), "day")}
    assert _dated("Today is the deadline for filing applications.") == {}


def test_a_month_whose_report_or_auction_is_a_starting_value_stays_a_baseline() -> None:
    assert _dated("Unemployment is down from the June report.") == {}
    assert _dated("Yields rose 5 basis points from the May auction.") == {}
    assert _dated("The index changed 2% from the June report.") == {}
    assert _dated("Shares fell 5% from the March high.") == {}
    assert _dated("The wording changed little from the June statement.") == {"June": (date(2010, 6, 1), "month")}


def test_a_person_losing_a_job_or_a_client_is_no_economic_release() -> None:
    assert _types("The suspect, who lost his job in March, was arrested on Friday.").get("March") != "economic_release"
    assert _types("The quarterback lost his job to a rookie on Sunday.") != {"Sunday": "economic_release"}
    assert _types("The widow lost her only client in 2009.") != {"2009": "economic_release"}
    # Still a figure: jobs or subscribers lost as a count.
    assert _types("The state lost 40,000 jobs in June.") == {"June": "economic_release"}


def test_a_sum_verb_without_an_amount_is_no_economic_release() -> None:
    assert _types("The budget reached the Senate floor on Tuesday.") != {"Tuesday": "economic_release"}
    assert _types("The debt reached $14 trillion in May.") == {"May": "economic_release"}
    assert _types("Sales reached a record in July.") == {"July": "economic_release"}


def test_slashed_numbers_that_are_no_dates() -> None:
    for body in ("The team won 3/4 of its games.", "The clinic is open 24/7.", "It is a 50/50 venture.", "He served 5/1/2 years in prison.",
                 "The plane landed on 13/13/10.", "The note is dated 01/02/2010."):
        assert _dated(body) == {}, body
    # "since 9/11" reads like "since 2017" (tests/gold/README, set L): the day itself, not a fraction
    assert _dated("Since 9/11, airport security has tightened.") == {"Since 9/11": (date(2001, 9, 11), "day")}


def test_an_update_line_with_news_of_its_own_keeps_it() -> None:
    assert _types("Update, Tuesday: The fire has been contained.") == {"Tuesday": "disaster_accident"}
    assert _dated("Update, Tuesday: The fire has been contained.") == {"Tuesday": (date(2010, 8, 10), "day")}


def test_a_labelled_note_dated_just_before_the_page_date_is_that_day() -> None:
    # A page's date is often its last change: a note of the day before is that day, not next year's.
    assert _dated("Editor's note, Aug. 12: This story has been updated.") == {"Aug. 12": (date(2010, 8, 12), "day")}
    assert _dated("Clarification August 12: The mayor did not attend.") == {"August 12": (date(2010, 8, 12), "day")}
    assert "statement" not in _types("Corrections officers said Tuesday the prisoner escaped.").values()


def test_a_denied_present_leaves_the_year_it_asserts() -> None:
    assert _dated("This isn't 2003, the coach said of his aging team.") == {}


def test_an_update_line_about_the_page_is_a_statement() -> None:
    assert _types("Update, Aug. 12: This article was updated with a statement from the mayor.") == {
        "Aug. 12": "statement"}
    assert _types("Update Aug. 12: Article updated with comment from the police.") == {"Aug. 12": "statement"}
