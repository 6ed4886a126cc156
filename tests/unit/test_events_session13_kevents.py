"""Event rules of session 13 (kevents): a story's topic is not voted by "data" of any field nor
by verbs that name a finding only in science; a dated recording hands its date to what it
shows; the press as the partner of a meeting; a declared candidacy; one person leaving a
country; a page's edit note; a data credit; "the deadly weekend attack";
"the invasion of 2001". Every sentence here is made up."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import NOV_2019, events_of, topic_of

JUN_2018 = date(2018, 6, 28)  # a Thursday


def _dated(body: str, published: date = NOV_2019) -> dict[str, str]:
    return {e.date_text: e.event_type for e in events_of(body, published)}


def _dates(body: str, published: date = NOV_2019) -> dict[str, tuple[date, str]]:
    return {e.date_text: (e.event_date, e.date_precision) for e in events_of(body, published)}


SOFTWARE_STORY = (
    "The volunteers found that the map data was out of date in many languages.\n"
    "We find that data from the open map project helps.\n"
    "The team mapped the data of 300 wikis in 2017.\n"
    "The data was then loaded into the new tool.\n"
    "Editors found the data easy to read and the data easy to fix.\n"
    "Users discussed the new layout at a meeting in May."
)


def test_data_of_any_field_and_finding_verbs_elect_no_topic() -> None:
    assert topic_of(SOFTWARE_STORY) is None
    # Economic data still marks an economic story.
    assert topic_of("Jobs data released on Friday showed payrolls rose by 200,000.\n"
                  "Retail sales data fell 2 percent in October.\n"
                  "Trade data climbed, and prices rose again in October.") == "economic_release"


def test_a_dated_recording_dates_what_it_shows_or_what_is_said_in_it() -> None:
    assert _dated("In a video dated March 3, 2017, the mayor declared himself a candidate for governor.") == {
        "March 3, 2017": "election_vote"}
    assert _dated("A video dated Jan. 5, 2016, showed the senator questioning the minister.") == {
        "Jan. 5, 2016": "statement"}
    # Near miss: a contract dated a day dates no recording, it stays the contract's own.
    assert _dated("A contract dated March 3, 2017, was signed by both firms.").get("March 3, 2017") != "statement"


def test_meeting_the_press_is_speaking() -> None:
    assert _dated("The governor met with reporters on Monday at the statehouse.") == {"Monday": "statement"}
    assert _dated("She talked to journalists on Monday about the budget.") == {"Monday": "statement"}
    # Near miss: meeting a minister is a meeting.
    assert _dated("The governor met with the prime minister on Monday.") == {"Monday": "meeting"}


def test_declaring_oneself_a_candidate_is_a_campaign() -> None:
    assert _dated("The businessman declared himself a candidate for mayor in March 2016.") == {
        "March 2016": "election_vote"}
    # Near miss: declaring a state of emergency is a decision.
    assert _dated("The governor declared a state of emergency on Monday.") == {"Monday": "policy_decision"}


def test_one_person_leaving_a_country_is_no_troop_movement() -> None:
    assert _dated("He left Iraq more than 20 years ago, his brother said.") == {"20 years ago": "other"}
    assert _dated("Maria Lopez left Caracas in 2004 for a job in Madrid.") == {"2004": "other"}
    # Near miss: troops that leave are a withdrawal.
    assert _dated("The last troops left Iraq in 2011.") == {"2011": "military_movement"}


def test_an_edit_note_is_a_statement_on_or_after_publication() -> None:
    assert _dates("This blog post was edited on 2 July to add a link to the report.", JUN_2018) == {
        "2 July": (date(2018, 7, 2), "day")}
    assert _dated("This article was corrected on 2 July to fix a name.", JUN_2018) == {"2 July": "statement"}
    # Near miss: a note on the first publication stays furniture.
    assert _dated("This story was originally published on June 20, 2018.", JUN_2018) == {}


def test_a_data_credit_dates_no_happening() -> None:
    assert _dated("(Data from the statistics office, April, 2018.)", JUN_2018) == {}
    assert _dated("Source: national weather service, May 2018", JUN_2018) == {}
    # Near miss: data released at a date is a happening.
    assert "April 2018" in _dated("Data from the statistics office released in April 2018 showed prices rose.",
                                  JUN_2018)


def test_an_adjective_between_the_and_weekend_of_a_happening() -> None:
    assert _dates("The deadly weekend attack shocked the town.") == {
        "The deadly weekend": (date(2019, 11, 11), "week")}
    # Near miss: a weekend described, of no one happening.
    assert _dated("Families enjoyed the long weekend at the lake.") == {}


def test_a_year_after_of_dates_the_happening_noun() -> None:
    assert _dates("The group ruled the province until the invasion of 2001.") == {
        "2001": (date(2001, 1, 1), "year")}
    assert _dates("The floods of 1993 destroyed the bridge.") == {"1993": (date(1993, 1, 1), "year")}
    # Near misses: a number after "of", and a value's noun.
    assert _dated("He scored a total of 2045 points.") == {}
    assert _dated("The company posted sales of 2018 units.") == {}


COURT_STORY = (
    "The financier was charged with fraud in July and faced trial in a federal court.\n"
    "Prosecutors said the indictment followed a long investigation.\n"
    "The judge denied bail, and his lawyers filed an appeal against the ruling.\n"
)


def test_a_suicide_takes_no_topic() -> None:
    dated = _dated(COURT_STORY + "The financier committed suicide in jail in August.")
    assert dated.get("August") == "other"
    # Near miss: a hearing in the same story takes the court's type.
    assert _dated(COURT_STORY + "A new hearing took place in August.").get("August") == "legal_judicial"
