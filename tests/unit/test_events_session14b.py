"""Dated events from the blind set M (session 14b): a weekday that is the subject of a present
copula is the coming one ("Saturday is the anniversary"), a month that names a happening is no
baseline ("changed from the June statement"), a period said not to be now ("This isn't 1999"),
a century of a present state, a part of a decade with a cut-off "'s", numeric dates, and a
labelled correction note. Every sentence here is made up."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import dated_events, events_of

AUG_2010 = date(2010, 8, 13)  # a Friday
SEP_2011 = date(2011, 9, 22)


def _types(body: str, published: date) -> dict[str, str]:
    return {e.date_text: e.event_type for e in events_of(body, published)}


def test_a_weekday_that_a_present_copula_describes_is_the_coming_one() -> None:
    assert dated_events("Sunday is the 50th anniversary of the dam's opening.", AUG_2010) == {
        "Sunday": (date(2010, 8, 15), "day")}
    assert dated_events("Tuesday is polling day in the state.", AUG_2010) == {"Tuesday": (date(2010, 8, 17), "day")}
    # Near misses: a past copula looks back, and a weekday with a subject of its own keeps its tense.
    assert dated_events("Sunday was the 50th anniversary of the dam's opening.", AUG_2010) == {
        "Sunday": (date(2010, 8, 8), "day")}
    assert dated_events("Wednesday's hearing was the last before the recess.", AUG_2010) == {
        "Wednesday": (date(2010, 8, 11), "day")}


def test_a_month_naming_a_happening_is_no_baseline() -> None:
    assert dated_events("Analysts compared how the wording changed from the June statement.", SEP_2011) == {
        "June": (date(2011, 6, 1), "month")}
    assert dated_events("The mood shifted from the July meeting, delegates said.", SEP_2011) == {
        "July": (date(2011, 7, 1), "month")}
    # Near misses: a level, a reading or a quarter after "from" is still the value a change starts from.
    assert dated_events("Prices rose 3% from the May level.", SEP_2011) == {}
    assert dated_events("Jobless claims fell from the April reading.", SEP_2011) == {}
    assert dated_events("Sales rose 4% from the June quarter.", SEP_2011) == {}


def test_a_period_said_not_to_be_now_is_no_date() -> None:
    assert dated_events("This isn't 1999; nobody needs a pager.", AUG_2010) == {}
    assert dated_events("It's not the 1980s anymore, and phones fit in a pocket.", AUG_2010) == {}
    # Near misses: a narrated year and a happening in a year stay dated or stay out as before.
    assert dated_events("In 1999, the firm launched its first pager.", AUG_2010) == {"1999": (date(1999, 1, 1), "year")}
    assert dated_events("The year was 1968, and riots broke out.", AUG_2010) == {}


def test_a_century_of_a_present_state_is_nowadays() -> None:
    assert dated_events("Plan your budget like you live in the 21st century.", AUG_2010) == {}
    assert dated_events("Most of us now live in the 21st century's cities.", AUG_2010) == {}
    # Near misses: a past happening or life in a century stays dated.
    assert dated_events("The cathedral was built in the 12th century.", AUG_2010) == {
        "the 12th century": (date(1100, 1, 1), "decade")}
    assert dated_events("Monks lived on the island in the 10th century.", AUG_2010) == {
        "the 10th century": (date(900, 1, 1), "decade")}


def test_a_part_of_a_decade_keeps_its_cut_off_s() -> None:
    assert dated_events("The factory closed in the mid-1970's.", AUG_2010) == {"mid-1970's": (date(1970, 1, 1), "decade")}
    assert dated_events("The factory closed in the early-1980's, workers recall.", AUG_2010) == {
        "early-1980's": (date(1980, 1, 1), "decade")}
    # Near miss: a year with a possessive stays a year.
    assert dated_events("The mill closed in 1975.", AUG_2010) == {"1975": (date(1975, 1, 1), "year")}


def test_a_numeric_date_takes_the_one_reading_that_is_a_date() -> None:
    assert dated_events("The council voted on 7/29/2010 to close the school.", AUG_2010) == {
        "7/29/2010": (date(2010, 7, 29), "day")}
    assert dated_events("The council voted on 29/7/10 to close the school.", AUG_2010) == {
        "29/7/10": (date(2010, 7, 29), "day")}
    # Both readings real: the one within a month of publication, else none (no guess).
    assert dated_events("The council voted on 8/3/10 to close the school.", AUG_2010) == {
        "8/3/10": (date(2010, 8, 3), "day")}
    assert dated_events("The firm filed for bankruptcy on 3/4/2009.", AUG_2010) == {}
    # Near misses: "24/7", fractions and scores are no dates.
    assert dated_events("The store is open 24/7, and a 1/2 share went to the partners.", AUG_2010) == {}


def test_a_labelled_correction_note_is_a_statement() -> None:
    body = "Correction 8/14/10 9:30 a.m. EDT: An earlier version of this story misspelled the mayor's name."
    assert _types(body, AUG_2010) == {"8/14/10": "statement"}
    assert dated_events(body, AUG_2010) == {"8/14/10": (date(2010, 8, 14), "day")}
    assert _types("Clarification, August 14: An earlier version misnamed the bridge.", AUG_2010) == {
        "August 14": "statement"}
    # Near misses: a job title opening on the label word, and a label with words between, are no note.
    assert "statement" not in _types("Correction officers on Tuesday found the inmate's cell empty.",
                                     AUG_2010).values()
    assert _types("Update: The council voted on Tuesday to close the school.", AUG_2010) == {"Tuesday": "election_vote"}


def test_spending_that_totals_or_reaches_a_sum_is_an_economic_figure() -> None:
    assert _types("Online ad spending totaled $40 billion in 2009, and is forecast to reach $60 billion "
                  "by 2014.", AUG_2010) == {"2009": "economic_release", "2014": "economic_release"}
    assert _types("Exports topped $5 billion in May.", AUG_2010) == {"May": "economic_release"}
    # Near misses: a storm's damage, and a team that reaches a final, are no economic figure.
    assert _types("The storm's damage totaled $2 billion in 2005.", AUG_2010) != {"2005": "economic_release"}
    assert _types("The club reached the final in 2009.", AUG_2010) == {"2009": "sport"}


def test_a_company_losing_customers_reports_a_figure() -> None:
    assert _types("The carrier lost 120,000 customers in the first quarter.", AUG_2010) == {
        "first quarter": "economic_release"}
    assert _types("The newspaper lost 5,000 subscribers last year.", AUG_2010) == {"last year": "economic_release"}
    # Near misses: a team loses games, a candidate loses a state.
    assert _types("The team lost two games in March.", AUG_2010) == {"March": "sport"}
    assert _types("The senator lost the state in 2008.", AUG_2010) == {"2008": "election_vote"}


def test_a_year_that_ends_in_the_story_s_time_takes_its_topic() -> None:
    # An election story of October 2010: a year that began before the two-year window but ends
    # inside it is the story's recent past, typed by its topic like "last year" is.
    story = ("Voters go to the polls in November for the midterm election. The vote will test the "
             "party, and the campaign is tight. Ohio, a swing state in 2008, is again close.")
    assert _types(story, date(2010, 10, 5)).get("2008") == "election_vote"
    # Near miss: a year wholly before the window stays untyped background.
    older = story.replace("2008", "2007")
    assert _types(older, date(2010, 10, 5)).get("2007") == "other"
