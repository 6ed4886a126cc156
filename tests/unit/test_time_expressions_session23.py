"""Time expressions (session 23, set U): which ones date events and the dates they resolve to.

A weekday printed with a month and day picks the year; a weekday before a numeric date is part
of it; "that evening" and "the next day" count from the story's last date, not from a reporter's
contact nor a background clause; superlatives since a date, "as of" values, spans and present
states date nothing. The sentences are real news sentences (set U's pages), some shortened."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import dated_events, events_of

DEC_16_2016 = date(2016, 12, 16)  # a Friday


def test_a_weekday_with_a_month_and_day_picks_the_year_it_falls_on() -> None:
    found = dated_events("The drama began at 10:01 p.m. on Monday, Dec. 14, when school board President "
                         "Steve Zimmer received the emailed threat.", DEC_16_2016)
    assert found == {"Monday, Dec. 14": (date(2015, 12, 14), "day")}
    # Near miss: the weekday fits the year the tense chose, which stays.
    found = dated_events("The drama began at 10:01 p.m. on Wednesday, Dec. 14, when the board "
                         "received the emailed threat.", DEC_16_2016)
    assert found == {"Wednesday, Dec. 14": (date(2016, 12, 14), "day")}


def test_a_weekday_before_a_numeric_date_is_part_of_it() -> None:
    found = dated_events("“I am emailing you to inform you of the happenings on Tuesday, 12/15/15,” "
                         "the email began.", DEC_16_2016)
    assert list(found.values()) == [(date(2015, 12, 15), "day")]


LA_SHUTDOWN = (
    "The drama began at 10:01 p.m. on Monday, Dec. 14, when school board President Steve Zimmer "
    "received the emailed threat.\n"
    "“I am emailing you to inform you of the happenings on Tuesday, 12/15/15,” the email began.\n"
    "King declined to be interviewed about the incident after it occurred, and a district "
    "representative said she was not immediately available Friday.\n"
    "After the all-clear notice was given, one more problem emerged late that evening.\n"
    "A weary police force reassembled and escorted food trucks to their destinations. Students got "
    "to school the next day, and they got their breakfast as well."
)


def test_a_reporters_contact_day_does_not_anchor_that_evening_or_the_next_day() -> None:
    found = dated_events(LA_SHUTDOWN, DEC_16_2016)
    assert found["that evening"] == (date(2015, 12, 15), "day")
    assert found["the next day"] == (date(2015, 12, 16), "day")
    assert found["Friday"] == (date(2016, 12, 16), "day")  # the contact is still dated


HALEY = (
    "In April, Ms. Haley announced that the administration would impose sanctions on Russian "
    "companies. It was part of a menu of options on how to retaliate against a suspected gas attack "
    "that killed dozens on April 7 in Syria. But the next day, the White House announced that "
    "Mr. Trump had decided not to go forward with the sanctions, contradicting Ms. Haley."
)


def test_the_next_day_after_a_month_stays_in_that_month_past_a_background_date() -> None:
    found = dated_events(HALEY, date(2018, 10, 9))
    assert found["the next day"] == (date(2018, 4, 1), "month")
    assert found["April 7"] == (date(2018, 4, 7), "day")


def test_the_next_day_still_counts_from_a_day_of_the_story() -> None:
    found = dated_events("The suspect was seized on Aug. 3. He was charged the following morning.",
                         date(2019, 11, 19))
    assert found["the following morning"] == (date(2019, 8, 4), "day")


def test_that_week_is_the_week_of_the_date_named_before() -> None:
    found = dated_events(
        "On Thanksgiving, Morton County sheriff Kyle Kirchmeier released a statement condemning the "
        "actions of “paid agitators and protesters”.\nIn another statement that week, the sheriff said "
        "activists were not engaged in “civil disobedience”.", date(2016, 11, 29))
    assert found["that week"] == (date(2016, 11, 21), "week")


def test_a_superlative_since_a_date_is_a_baseline() -> None:
    published = date(2016, 12, 6)
    for sentence in (
        "Germany’s 10-year bond yield fell three basis points to 0.33 percent, after climbing to 0.38 "
        "percent, the highest since Nov. 14.",
        "Portugal’s 10-year bond yield reached the lowest level since Nov. 15.",
        "Biotechnology companies in the S&P 500 Index tumbled the most since October.",
        "Overnight volatility in the common currency jumped to 23 percent, the most since June 23, "
        "based on closing prices.",
    ):
        assert dated_events(sentence, published) == {}, sentence
    # Near misses: an ordinal since a date dates the happening before.
    found = dated_events("The rate increase was the first since last December and only the second since the "
                         "crisis, when the Fed cut rates to near zero.", date(2016, 12, 14))
    assert found == {"last December": (date(2015, 12, 1), "month")}


def test_words_said_at_the_time_take_the_date_told_before() -> None:
    found = dated_events(
        "In 2011, massive street demonstrations broke out in Moscow.\n"
        "The demonstrations morphed into a larger protest against Putin.\n"
        "Putin blamed Clinton for the protests, accusing her of inciting them.\n"
        "\"I looked at the first reaction of our U.S. partners,\" Putin said at the time.", DEC_16_2016)
    assert found["at the time"] == (date(2011, 1, 1), "year")
    # Near miss: an aside that vouches for the text is no happening.
    found = dated_events(
        "His previous physical was conducted in 2018. (As CNN's chief medical correspondent Dr. Sanjay "
        "Gupta noted at the time, the President had a moderate risk.)", date(2019, 11, 18))
    assert "at the time" not in found


def test_an_aim_denied_and_an_unanswered_request_date_nothing() -> None:
    found = dated_events("Ms. Haley said on Tuesday that she had no intention of running in 2020.",
                         date(2018, 10, 9))
    assert found == {"Tuesday": (date(2018, 10, 9), "day")}
    assert dated_events("Trump’s team did not respond to a request for comment Tuesday.",
                        date(2016, 11, 22)) == {}
    # Near miss: a run that may come is a future event.
    found = dated_events("But those who know her believe that she is likely to run in 2024, or even in "
                         "2020 should the president not run again.", date(2018, 10, 9))
    assert set(found) == {"2024", "2020"}


def test_a_present_state_after_a_counted_date_is_no_happening() -> None:
    found = dated_events("New York City’s Office of Emergency Management was the first alert originator "
                         "to adopt the system when it launched in 2012. Four years later, the technology "
                         "has some of the same limitations.", date(2016, 9, 19))
    assert "Four years later" not in found
    found = dated_events("The mill shut in March 2015. The next year, the town sold the site.",
                         date(2019, 11, 19))
    assert found["The next year"] == (date(2016, 1, 1), "year")


def test_this_year_ending_a_span_is_no_moment() -> None:
    found = dated_events("From 2009 until this year, the charity was funded exclusively with other "
                         "people’s money.", date(2016, 11, 22))
    assert found == {}


def test_a_happening_a_month_away_is_next_month() -> None:
    found = dated_events("Though Trump's inauguration is still a month away, Yellen said the Fed "
                         "would act.", date(2016, 12, 14))
    assert found["a month away"] == (date(2017, 1, 1), "month")
    # Near miss: a distance, not a happening.
    assert dated_events("The town is a day away by boat.", date(2016, 12, 14)) == {}


def test_a_decade_or_a_year_range_before_a_noun_names_it() -> None:
    assert dated_events("Coal mining in Wyoming increased during the 1970s oil crisis.",
                        date(2016, 12, 20)) == {}
    found = dated_events("Wednesday marked a rare case in which the Fed moved its interest rate outlook "
                         "higher in the era after the 2007-2009 financial crisis.", date(2016, 12, 14))
    assert found == {"Wednesday": (date(2016, 12, 14), "day")}
    # Near miss: a decade on its own dates what happened in it.
    found = dated_events("Coal mining in Wyoming increased in the 1970s.", date(2016, 12, 20))
    assert found == {"1970s": (date(1970, 1, 1), "decade")}


def test_a_value_foreseen_as_of_a_month_dates_nothing() -> None:
    found = dated_events("Partly as a result of the changes anticipated under Trump, the Fed sees three "
                         "rate hikes in 2017 instead of the two foreseen as of September.", date(2016, 12, 14))
    assert "September" not in found


def test_concluding_meetings_on_a_weekday_is_scheduled() -> None:
    found = dated_events("Uncertainty lingers before the bank concludes two days of meetings Thursday.",
                         date(2016, 12, 6))
    assert found == {"Thursday": (date(2016, 12, 8), "day")}
    # Near miss: a report that concludes something says it.
    events = events_of("The report concludes that the plan failed, officials said Thursday.", date(2016, 12, 6))
    assert [e.event_date for e in events] == [date(2016, 12, 1)]


def test_a_day_in_an_opening_phrase_dates_the_verb_read_as_a_participle() -> None:
    found = dated_events("Just before 8 in the morning on Monday, cellphones chimed in unison across New "
                         "York City.", date(2016, 9, 19))
    assert found == {"Monday": (date(2016, 9, 19), "day")}
