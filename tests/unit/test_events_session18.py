"""Session 18: stretches up to publication, hours ago, and what an announcement makes public."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import events_of

MAR_2026 = date(2026, 3, 4)  # a Wednesday


def _dated(body: str, published: date = MAR_2026) -> dict[str, tuple[date, str, str]]:
    return {e.date_text: (e.event_date, e.date_precision, e.event_type) for e in events_of(body, published)}


def test_a_stretch_up_to_publication_starts_its_first_day() -> None:
    dated = _dated("The agency has seen several senior departures in the past 24 hours.")
    assert dated["in the past 24 hours"][:2] == (date(2026, 3, 3), "day")
    dated = _dated("The landlord said he lost a few tenants in the past week.")
    assert dated["in the past week"][:2] == (date(2026, 2, 25), "week")
    # a part of a named month, and a tally over the stretch, date nothing
    assert "in the last week" not in _dated("The firm will ship the console in the last week of May.")
    assert _dated("Some 46 people visited the page in the last week.") == {}
    assert "in the past week" in _dated("Three ministers resigned in the past week.")
    # a year, an age or a count further down the sentence is no tally over the stretch
    assert "In the past week" in _dated("In the past week, the 2024 champion resigned.")
    assert "in the past week" in _dated("The minister resigned in the past week, aged 64.")
    assert "in the past week" in _dated("The minister resigned in the past week, saying 12 aides would follow.")


def test_hours_ago_count_back_from_publication() -> None:
    dated = _dated("Twelve hours ago, the mayor suddenly announced her resignation.")
    assert dated["Twelve hours ago"][:2] == (date(2026, 3, 4), "day")
    dated = _dated("Thirty hours ago, the mayor suddenly announced her resignation.")
    assert dated["Thirty hours ago"][:2] == (date(2026, 3, 3), "day")


def test_an_announced_resignation_is_a_resignation_when_two_sentences_run_together() -> None:
    # "on X." reads as an initial, so the parser runs the two sentences into one
    dated = _dated("On Tuesday, Ana Ruiz, the head of the lab, announced her resignation on X. Ruiz was a key figure.")
    assert dated["Tuesday"][2] == "appointment_resignation"


def test_today_s_on_a_thing_means_nowadays() -> None:
    assert _dated("This is today's edition of the newsletter, our daily digest of the news.") == {}
    assert _dated("I searched the web to find you today's most important stories about science.") == {}
    assert _dated("The firm said it would extend today's manual checks into tomorrow's automated pipelines.") == {}
    # a happening's day stays: a hearing, proceedings, an announcement
    assert "Today" in _dated("Today's hearing only exposed the weakness of the case, the spokesman said.")
    assert "today" in _dated("We learned nothing new in today's proceedings, the senator said.")
    assert "today" in _dated("The union says today's announcement of a funding cut is a blow.")
    # a shop's deal of the day is a one-day happening
    assert "today" in _dated("Usually selling for $40, today’s offer is good for a 25% discount.")


def test_a_period_on_the_subject_of_a_present_is_describes_a_state() -> None:
    assert _dated("Discipline in 2026 is not about enforcing sameness.") == {}
    assert "2026" in _dated("The election in 2026 is a test for the party.")


BUSINESS_STORY = ("The company sold its chip unit to a rival and announced a merger. Its shares rose after the "
                  "acquisition, and the startup raised new funding. ")


def test_a_trend_the_writer_saw_recur_takes_no_topic() -> None:
    dated = _dated(BUSINESS_STORY + "We saw it in the early 2000s, when monolithic applications were the default.")
    assert dated["2000s"][2] == "other"


STORM_STORY = ("The storm flooded roads and caused a crash on the highway. The fire spread after the explosion, "
               "and the earthquake damaged homes. ")


def test_what_lies_ahead_in_a_disaster_story_is_no_disaster() -> None:
    dated = _dated(STORM_STORY + "Tomorrow will be a quieter day, forecasters said on Tuesday.")
    assert dated["Tomorrow"][2] == "other"
    # the past of the story keeps its topic
    dated = _dated(STORM_STORY + "The river burst its banks on Monday, officials said.")
    assert dated["Monday"][2] == "disaster_accident"


def test_one_object_split_in_two_by_the_parser_is_the_later_noun() -> None:
    dated = _dated("On March 3rd, the lab held an emergency All Hands meeting, where the chief told staff.")
    assert dated["March 3rd"][2] == "meeting"


def test_a_bulletin_or_advisory_published_is_something_said() -> None:
    assert _dated("A bulletin on the flaws was published February 28.")["February 28"][2] == "statement"
    assert _dated("The agency issued a security advisory on Monday.")["Monday"][2] == "statement"


def test_a_clock_time_set_off_by_commas_is_a_moment_of_the_day_narrated() -> None:
    dated = _dated("No decision was reached at the meeting on March 3rd. However, around 2 PM, "
                   "the founder posted again on his WeChat page, stating that all was well.")
    assert dated["around 2 PM"] == (date(2026, 3, 3), "day", "statement")
    # an hour beside the day it belongs to is no entry of its own
    dated = _dated("Tickets go on sale tomorrow (March 5) at 10am EST, the organisers said.")
    assert set(dated) == {"tomorrow", "March 5"}


def test_the_same_day_is_the_date_named_before() -> None:
    dated = _dated("Two leaders announced their departure on March 2nd. Three young researchers also "
                   "resigned on the same day.")
    assert dated["on the same day"][:2] == (date(2026, 3, 2), "day")


def test_a_long_story_s_leading_type_is_its_topic_at_a_quarter_of_the_votes() -> None:
    from collections import Counter

    from newsfacts.extract.events.rules import _winner

    # a long company profile: many kinds of happening, business ahead with 28% of the words
    votes = Counter(business=37, meeting=20, policy_decision=19, appointment_resignation=19, sport=10,
                    economic_release=10, culture_entertainment=5, armed_conflict=4, health=8)
    assert _winner(votes) == "business"
    assert _winner(Counter(business=20, meeting=20, sport=20, health=20, crime=20)) is None


def test_a_plan_detailed_or_outlined_is_something_said() -> None:
    assert _dated("The cuts follow a larger overhaul that the minister detailed on Monday.")["Monday"][2] == "statement"
    assert _dated("The mayor outlined her budget on Tuesday.")["Tuesday"][2] == "statement"


def test_a_day_denied_or_compared_with_means_nowadays_or_the_future() -> None:
    assert _dated("When machines can learn from each other, the risk isn’t tomorrow.") == {}
    assert _dated("The firm cannot break any of those rules as they're stated today, the contract says.") == {}
    assert "tomorrow" in _dated("The vote is tomorrow, the speaker said.")


def test_since_9_11_dates_the_day_itself() -> None:
    dated = _dated("The agency, which since 9/11 has worked more like a police force, is under review, officials said.")
    assert dated["since 9/11"][:2] == (date(2001, 9, 11), "day")
