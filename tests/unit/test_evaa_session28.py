"""Session 28 (evaa): dated events and page metadata. A date line "<date> at <time> PM ET by"
before the byline's link; a lone "Updated:" stamp as the date; "is killing it" is no crime;
"able to speak" is no statement; a future after a date does not take the story's topic; a
person attacking a named person in words; "It's 2016" as the present; a day designated as an
observance; "as strong today as" a past; "over the last week" and "throughout the week".
Every sentence and page is made up."""

from __future__ import annotations

from datetime import date

from newsfacts.clean.metadata import (
    authors,
    by_line_names,
    local_published_date,
    updated_stamp_date,
)
from tests.unit.test_extract_events import events_of
from tests.unit.test_metadata_session13 import _page

MAY_2018 = date(2018, 5, 16)  # a Wednesday


def _events(sentence: str, published: date = MAY_2018) -> dict[str, tuple[date, str, str]]:
    return {e.date_text: (e.event_date, e.date_precision, e.event_type) for e in events_of(sentence, published)}


# Metadata ------------------------------------------------------------------------------------

def test_a_date_line_with_at_and_a_capital_pm_before_by_names_the_link() -> None:
    body = ('<h1>Parks reopen</h1><div class="author-pane">May 16, 2018 at 4:12 PM ET by '
            '<a class="post-author" href="/blog/author/ann-lee">Ann Lee</a></div><div><p>Text.</p></div>')
    assert by_line_names(_page(body=body)) == ["Ann Lee"]
    assert authors(_page(body=body), None, None, "agency.example") == ["Ann Lee"]


def test_a_sentence_with_at_a_time_and_by_is_no_byline() -> None:
    body = '<p>The vote, held May 16, 2018 at 4:12 PM ET and won by <a href="/x">Ann Lee</a>, stood.</p>'
    assert by_line_names(_page(body=body)) == []


def test_a_lone_updated_stamp_dates_the_page() -> None:
    body = '<h1>Six speakers</h1><span class="stamp">Updated: May 16, 2018 9:40 AM UTC</span><p>Text.</p>'
    page = _page(body=body)
    assert updated_stamp_date(page) == date(2018, 5, 16)
    assert local_published_date(page, None) == date(2018, 5, 16)


def test_an_updated_stamp_is_no_date_when_the_url_says_otherwise_or_stamps_disagree() -> None:
    head = '<link rel="canonical" href="https://paper.example/2018/05/14/six-speakers/">'
    body = '<span>Updated: May 16, 2018 9:40 AM UTC</span><p>Text.</p>'
    assert updated_stamp_date(_page(head, body)) is None
    body = '<span>Updated: May 16, 2018</span><span>Updated: May 18, 2018</span><p>Text.</p>'
    assert updated_stamp_date(_page(body=body)) is None


def test_a_published_stamp_still_beats_an_updated_one() -> None:
    head = '<meta property="article:published_time" content="2018-05-14T10:00:00-04:00">'
    body = '<span>Updated: May 16, 2018 9:40 AM UTC</span><p>Text.</p>'
    assert local_published_date(_page(head, body), None) == date(2018, 5, 14)


# Event types ---------------------------------------------------------------------------------

def test_killing_it_praises_a_success() -> None:
    assert _events("The new blender is killing it this year, the retailer says.")["this year"][2] != "crime"
    assert _events("On Monday the man was killing it with a knife when police arrived.")["Monday"][2] == "crime"


def test_able_to_speak_is_a_feature_not_a_statement() -> None:
    assert _events("Two car models will be able to talk with the assistant by the end of the year."
                   )["the end of the year"][2] != "statement"
    assert _events("The mayor said on Monday that the bridge would reopen.")["Monday"][2] == "statement"


def test_a_future_after_a_date_takes_no_topic() -> None:
    body = ("The council adopted the plan in March and will vote on the policy again in June.\n"
            "After June 30, residents will be able to read the archive at the library.")
    typed = {e.date_text: e.event_type for e in events_of(body, MAY_2018)}
    assert typed["June 30"] == "other"


def test_a_person_attacking_a_named_person_speaks() -> None:
    assert _events("She attacked the radio hosts Ann Lee and Bo Roe on Tuesday in harsh terms."
                   )["Tuesday"][2] == "statement"
    assert _events("Rebels attacked the town on Tuesday.")["Tuesday"][2] == "armed_conflict"


# Dates that name no happening ------------------------------------------------------------------

def test_its_a_year_names_the_present() -> None:
    assert "2018" not in _events("It's 2018, so of course the robot in the film is friendly.")
    assert "2018" not in _events("It’s 2018, so of course the heroes—a pilot, played by Ann Lee, and a cook—are friends.")
    assert "1968" in _events("It was 1968, and the city was burning.")


def test_a_day_designated_as_an_observance_is_no_event() -> None:
    assert "June 5th" not in _events("June 5th has been designated as a National Day of Kindness.")
    assert "June 5th" in _events("The treaty was signed on June 5th.")


def test_today_set_against_the_past_is_no_event() -> None:
    assert "today" not in _events("Our resolve is just as firm today as it was twenty years ago.")
    assert "today" not in _events("The market is stronger today than it was in May.")
    assert "today" in _events("The company launched its new phone today.")


# Stretches up to publication -------------------------------------------------------------------

def test_over_the_last_week_is_the_week_before_publication() -> None:
    found = _events("Over the last week, his aides shared new polling data with him.")
    assert found["Over the last week"][:2] == (date(2018, 5, 9), "week")
    assert "over the last week" not in {k.lower() for k in _events("Prices rose 5% over the last week.")}


def test_throughout_the_week_is_the_week_of_publication() -> None:
    found = _events("Throughout the week, ministers have been sharing their memories.")
    assert found["Throughout the week"][:2] == (date(2018, 5, 14), "week")
    assert _events("Throughout the week of the trial, he stayed silent.") == {}


def test_a_day_after_an_anniversary_of_is_that_many_years_back() -> None:
    found = _events("As we near the twentieth anniversary of the May 20th flood, towns prepare.")
    assert found["May 20th"][:2] == (date(1998, 5, 20), "day")
    found = _events("Crowds marked the 5th anniversary of the March 3 blast on Saturday.")
    assert found["March 3"][:2] == (date(2013, 3, 3), "day")
    assert _events("The bridge reopened on March 3.")["March 3"][:2] == (date(2018, 3, 3), "day")


def test_throughout_the_week_after_its_verb_is_a_stretch() -> None:
    assert _events("The firm kept signing up new customers throughout the week.") == {}
