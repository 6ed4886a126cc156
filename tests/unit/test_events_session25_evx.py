"""Dated events of session 25 (set X's errors), rule writer evx: the publication date that
anchors relative dates (a numeric date read day first against the URL's month, a clock stamp
"Mon Aug 03 12:45:00 EDT 2015"), weekdays inside programme names and weekdays counted from a
day the story narrated. Sentences made up like news; each fix has a near miss that keeps its
old reading."""

from __future__ import annotations

from datetime import date

from lxml import html as lxml_html

from newsfacts.clean.metadata import local_published_date, written_date
from tests.unit.test_extract_events import events_of

DEC_2016 = date(2016, 12, 6)  # a Tuesday


def _dates(body: str, published: date = DEC_2016) -> dict[str, date]:
    return {e.date_text: e.event_date for e in events_of(body, published)}


def _page(head: str = "", body: str = "<p>Text.</p>") -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_a_day_first_reading_against_the_urls_month_is_swapped() -> None:
    head = '<link rel="canonical" href="http://news.example.com/story/2018/11/council-vote-4411">'
    assert local_published_date(_page(head), date(2018, 7, 11)) == date(2018, 11, 7)
    # Near misses: a date in the URL's month, and one no swap would put there, stay.
    assert local_published_date(_page(head), date(2018, 11, 7)) == date(2018, 11, 7)
    assert local_published_date(_page(head), date(2018, 7, 20)) == date(2018, 7, 20)


def test_a_clock_stamp_is_a_written_date() -> None:
    assert written_date("Thu Mar 14 09:30:00 EDT 2019") == date(2019, 3, 14)
    assert written_date("Thu Mar 14 09:30 2019") == date(2019, 3, 14)
    head = '<meta property="article:published_time" content="Thu Mar 14 09:30:00 EDT 2019">'
    assert local_published_date(_page(head), None) == date(2019, 3, 14)
    assert written_date("at 09:30 on Mar 14") is None


def test_a_weekday_inside_a_programme_name_is_no_day() -> None:
    assert _dates("The senator said on Fox News Sunday that the bill would pass.") == {}
    assert _dates("The quarterback threw three touchdowns on Monday Night Football.") == {}
    # Near miss: a network's news told on a day.
    assert _dates("The senator told NBC News Sunday that the bill would pass.") == {"Sunday": date(2016, 12, 4)}


def test_a_weekday_counted_from_a_narrated_day_is_not_placed() -> None:
    assert _dates("The following Monday evening, the mayor resigned.") == {}
    assert _dates("Over that long Friday night, protesters marched through the city.") == {}
    # Near miss: a weekday counted from the publication.
    assert _dates("On Monday evening, the mayor resigned.") == {"Monday evening": date(2016, 12, 5)}


def _types(body: str, published: date = DEC_2016) -> dict[str, str]:
    return {e.date_text: e.event_type for e in events_of(body, published)}


def test_the_weeks_since_a_happening_date_it_like_weeks_ago() -> None:
    assert _dates("In the three weeks since she won the primary, the senator has raised $2 million.",
                  date(2016, 11, 29)) == {"three weeks since": date(2016, 11, 7)}
    # Near miss: counted from a past moment the story tells, not from publication.
    assert _dates("In the three weeks since she won the primary, the senator had raised $2 million.") == {}


def test_a_season_of_a_year_named_relatively_without_of() -> None:
    assert _dates("The rookie spent spring training this year hitting everything in sight.") == {
        "spring training this year": date(2016, 3, 1)}
    assert _dates("Sales jumped in the summer last year.") == {"summer last year": date(2015, 6, 1)}
    assert _dates("Sales jumped last year.") == {"last year": date(2015, 1, 1)}


def test_the_aughts_are_the_2000s() -> None:
    assert _dates("The club signed a string of veterans in the mid-aughts.") == {"aughts": date(2000, 1, 1)}


def test_sitting_down_with_someone_is_a_meeting() -> None:
    assert _types("The governor will sit down with the union leaders for lunch on Thursday.") == {"Thursday": "meeting"}
    # Near misses: sitting down alone, and with the press (a statement).
    assert _types("The governor sat down on the steps on Monday.") != {"Monday": "meeting"}
    assert _types("The governor sat down with reporters on Monday.") == {"Monday": "statement"}


def test_an_act_decided_against_does_not_happen() -> None:
    assert _dates("The band decided against playing at the festival on July 4.") == {}
    # Near miss: a protest against something is a happening of its own.
    assert "Monday" in _dates("She was arrested for protesting against building the pipeline on Monday.")


def test_an_untyped_act_done_by_saying_something_is_a_statement() -> None:
    assert _types("On Monday, the mayor lashed out at the council, saying its budget was a fraud.") == {
        "Monday": "statement"}
    # Near miss: a typed act keeps its type.
    assert _types("The company cut 500 jobs on Monday, saying demand had slumped.") == {"Monday": "business"}


def test_swearing_to_defend_the_constitution_is_the_oath_of_office() -> None:
    assert _types("The new governor will swear to uphold the state constitution on January 9.") == {
        "January 9": "appointment_resignation"}
    assert _types("He swore to protect his family on Monday.") != {"Monday": "appointment_resignation"}


def test_what_is_told_of_the_whole_stretch_since_a_happening_dates_nothing() -> None:
    assert _dates("In the two years since the bridge was rebuilt, there has been no serious accident.") == {}
    assert _dates("In the two years since the bridge was rebuilt, the town has not seen a serious accident.") == {}


def test_a_club_trading_a_player_is_sport_in_a_sports_story() -> None:
    body = ("The Hawks won the game 5-3 on Saturday, and the coach praised the team's defense after the match. "
            "The club traded its best pitcher for two prospects in 2014. The team scored twice in the playoff game.")
    assert _types(body)["2014"] == "sport"
    assert _types("Shares of the company traded at $40 on Monday.") == {"Monday": "economic_release"}
