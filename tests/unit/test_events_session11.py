"""Time expressions that date no happening in product, shopping and culture pages (session 11):
page stamps with a clock time or after a byline, weekdays inside the names of days, years in
brackets after a title, a thing's vintage ("a phone from 2018"), a period's possessive on a
product or a work, "today" with a verb of a lasting state, and the month a cited study came out.
Every sentence here is made up."""

from __future__ import annotations

from tests.unit.test_extract_events import NOV_2019, events_of


def _dated(body: str) -> dict[str, str]:
    return {e.date_text: e.event_type for e in events_of(body, NOV_2019)}


def test_a_date_with_its_clock_time_is_a_page_stamp() -> None:
    assert _dated("Ferry sinks off the coast November 18, 2019 - 14:05 GMT Rescuers pulled 40 people "
                  "from the water.") == {}
    assert _dated("Council approves budget Nov 18, 2019 | 09:30 The council approved the budget "
                  "on Monday.") == {"Monday": "policy_decision"}
    # The hour before the date is prose: "at 6:10 p.m. on Saturday, Nov. 16".
    assert "Saturday, Nov. 16" in _dated("The fire started at 6:10 p.m. on Saturday, Nov. 16, officials said.")


def test_a_date_right_after_a_byline_is_a_page_stamp() -> None:
    assert "Monday, November 18, 2019" not in _dated(
        "Why small satellites matter by Ann Ortiz Monday, November 18, 2019 The agency picked "
        "two firms last week.")
    # A passive's agent is no byline: the bill was signed that day.
    assert "November 15, 2019" in _dated("The bill was signed by Governor Ruiz November 15, 2019.")


def test_a_weekday_inside_the_name_of_a_day_is_no_weekday() -> None:
    assert _dated("The best Black Friday laptop deals are already here.") == {}
    assert _dated("Cyber Monday discounts on headphones are live.") == {}
    assert _dated("Shoppers hunted for Black Friday 2019 bargains at the mall.") == {}
    # The plain weekday still dates the sale.
    assert "Friday" in _dated("The store opens its doors early on Friday.")


def test_a_year_in_brackets_after_a_title_names_an_edition() -> None:
    assert _dated("The director's debut, Night Harbor (2014), won the jury prize.") == {}
    assert _dated("The Surface Laptop (2017) still sells for $700.") == {}
    # After an event noun the year dates the event.
    assert "1991" in _dated("Veterans of the Gulf War (1991) marched through the capital.")


def test_a_thing_from_a_year_is_its_vintage() -> None:
    assert _dated("She still reads a battered atlas from 1962 every evening.") == {}
    assert _dated("The Pixel 2 from 2017 remains a bargain.") == {}
    assert _dated("It replaces the 13-inch model from 2018.") == {}  # a product, though launches are news
    # "from 2016 to 2018" is a span's bounds, an event noun keeps its date, a change its baseline.
    assert "2016" in _dated("The embargo from 2016 was lifted in May.")
    assert _dated("Exports rose 4 percent from 2017.") == {}


def test_a_period_possessive_on_a_product_or_work_names_which_one() -> None:
    assert _dated("Next year's model will add a second camera.") == {}
    assert _dated("Last year's album sold poorly, the label said.") == {}
    assert _dated("This week's podcast is sponsored by a mattress company.") == {}
    # A happening still takes the period: the election, the tournament.
    assert "Last year" in _dated("Last year's election drew record turnout.")
    assert "next year" in _dated("The team booked a place in next year's tournament.")


def test_today_with_a_verb_of_lasting_state_means_nowadays() -> None:
    assert _dated("Most households today rely on a single broadband provider.") == {}
    assert _dated("The city continues to suffer water shortages today.") == {}
    assert _dated("Few of the original arcade cabinets exist today.") == {}
    # A scheduling present or a past tense still dates this day.
    assert "today" in _dated("The new store opens today in the old post office.")
    assert "today" in _dated("The museum reopened today after a long renovation.")


def test_the_month_a_cited_document_came_out_dates_no_happening() -> None:
    assert _dated("A June 2018 survey by the trade group found that most buyers compare prices online.") == {}
    # The day of one presentation, or a month the text says something happened in, still counts.
    assert "October 11" in _dated("Analysts will watch the firm's October 11 presentation.")
    assert "June 2018" in _dated("The survey was released in June 2018.")


def test_a_range_of_weekdays_in_opening_hours_repeats_every_week() -> None:
    assert _dated("The bakery is open Wednesday through Sunday from 7 a.m.") == {}
    assert _dated("Hours: Thursday–Monday, noon to 8 p.m.") == {}
    # A move from one day to another, or a festival's run, still dates.
    assert {"Tuesday", "Thursday"} <= set(_dated("The hearing was moved from Tuesday to Thursday."))
    assert "Friday" in _dated("The quartet plays Friday to Sunday at the jazz festival.")


def test_the_class_of_a_year_is_a_cohort_s_name() -> None:
    assert "2021" not in _dated("The Hall of Fame's Class of 2021 will be inducted in August.")
    assert _dated("The point guard is the top recruit in the class of 2022.") == {}


def test_the_day_an_age_is_reached_is_an_age() -> None:
    assert _dated("The goalkeeper, who turns 38 in April, signed a one-year extension.") == {}
    assert _dated("She turned 100 last month.") == {}
    # "turned" with no age is a happening: the tide turned.
    assert "last month" in _dated("The dispute turned violent last month.")


def test_a_note_on_this_page_s_publication_is_a_stamp() -> None:
    assert _dated("This story was originally published on October 3, 2019.") == {}
    assert _dated("This review was updated Friday with new benchmark results.") == {}
    assert _dated("A version of this article appeared in print in 2018.") == {}
    # Another text's publication is news: "an article published Monday in a journal".
    assert "Monday" in _dated("The findings appeared in an article published Monday in a journal.")


def test_the_time_a_story_is_set_in_is_the_story_s() -> None:
    assert _dated("The novel is set in 1920s Shanghai.") == {}
    assert _dated("The series, set in the winter of 1952, follows a young nurse.") == {}
    assert _dated("The musical takes place over one weekend in August 1963.") == {}
    # A record set, or a staging that took place, happened.
    assert "2016" in _dated("The world record was set in 2016.")
    assert "2018" in _dated("The play took place in 2018 at a small theatre.")


def test_a_quoted_title_with_its_year_in_brackets_names_a_work() -> None:
    assert _dated('She appeared in "Quiet Harbour" (2011) and "Red Orchard" (2014).') == {}


def test_a_date_after_the_value_a_change_starts_from_is_a_baseline() -> None:
    dated = _dated("The plan cuts battery costs from about $150 per kWh today to $80 by 2030.")
    assert "today" not in dated and "2030" in dated
    dated = _dated("Coverage will grow from 40 percent in 2016 to 75 percent by 2025.")
    assert "2016" not in dated and "2025" in dated
    # The date after the new value dates the change itself.
    assert "June 2018" in _dated("Fees were raised from 5% to 8% in June 2018.")


def test_a_product_put_on_the_market_is_a_business_event() -> None:
    assert _dated("The tablet will be available on December 9 in two colours.") == {"December 9": "business"}
    assert _dated("The earbuds will be available to preorder on Friday.") == {"Friday": "business"}
    assert _dated("The console hits stores on December 12.") == {"December 12": "business"}
    assert _dated("The security update rolls out next week.") == {"next week": "business"}
    assert _dated("The company released the new laptop in October.") == {"October": "business"}
    # A work put out is culture, a film opening too; a video released by the police is a statement.
    assert _dated("The singer released her second album in March.") == {"March": "culture_entertainment"}
    assert _dated("The sequel hits theaters on Friday.") == {"Friday": "culture_entertainment"}
    assert _dated("Police released the footage on Monday.") == {"Monday": "statement"}


def test_a_date_in_a_clause_of_habit_is_a_time_of_every_year() -> None:
    assert _dated("The mountain road usually opens in late May.") == {}
    assert _dated("Barley, which is typically harvested in August, needs dry weather.") == {}
    assert _dated("The pond is normally frozen until mid-March.") == {}
    # Without the adverb of habit the clause tells one opening.
    assert "May" in _dated("The mountain road opened in late May.")
    # The habit in one clause does not make the other clause's day recurring.
    assert "Friday" in _dated("The board usually meets on Mondays, but it met on Friday.")


def test_a_day_spent_doing_something_is_no_spending() -> None:
    # Spending a day is no business event: what was done that day names the type.
    assert _dated("The delegates spent Thursday negotiating the new treaty.") == {"Thursday": "agreement"}
    assert _dated("The club spent Monday trying to calm its fans.")["Monday"] != "business"
    # Spending money is.
    assert _dated("The retailer spent $3 million on new stores last year.") == {"last year": "business"}


def test_this_report_may_be_the_report_a_story_cites() -> None:
    body = "The regulator published a report on bank fees. This report was released on Monday."
    assert "Monday" in _dated(body)
