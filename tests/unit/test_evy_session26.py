"""Dated events of session 26 (set Y's errors), rule writer evy: years told as things ("a wild
2017", "I don't want 2016 to end"), spans of decades, a century a thing comes from, "today" on a
participle of use, an all-capitals programme name, reader instructions, a present state counted
"three weeks later", a date opener cut off by a full stop, "dates back to 1750", "in the new
year" and trials that test products. Sentences made up like news; each fix has a near miss that
keeps its old reading."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import events_of

DEC_2016 = date(2016, 12, 22)  # a Thursday


def _dates(body: str, published: date = DEC_2016) -> dict[str, date]:
    return {e.date_text: e.event_date for e in events_of(body, published)}


def _types(body: str, published: date = DEC_2016) -> dict[str, str]:
    return {e.date_text: e.event_type for e in events_of(body, published)}


def test_a_year_told_as_a_thing_is_no_date() -> None:
    assert _dates("Get ready for a wild 2017 in the world of streaming.") == {}
    assert _dates("Fans said they did not want 2016 to end.") == {}
    assert _dates("Sadly, 2016 will come to an end shortly.") == {}
    assert _dates("The coach said he will remember 2016 as one of the great seasons.") == {}
    # Near misses: a year that dates what happens.
    assert _dates("The carrier will launch the service in 2017.") == {"2017": date(2017, 1, 1)}
    assert _dates("The team won the title in 2016.") == {"2016": date(2016, 1, 1)}


def test_a_span_of_decades_is_no_date() -> None:
    assert _dates("Toy ads from the 1920s to the 1950s pushed traditional roles on girls.") == {}
    assert _dates("Prices rose between the 1960s and the 1980s.") == {}
    # Near miss: a decade that dates a happening.
    assert _dates("But in the 1980s, gender distinctions returned to the shops.") == {"1980s": date(1980, 1, 1)}


def test_a_thing_from_a_century_is_no_date() -> None:
    assert _dates("She analyzed thousands of toys in catalogs from the 20th century.") == {}


def test_today_on_a_participle_of_use_is_nowadays() -> None:
    assert _dates("The radio signals used today to steer small drones will not reach that far.") == {}
    # Near miss: a one-off happening today.
    assert _dates("The bill passed by the Senate today goes to the governor.") == {"today": DEC_2016}


def test_a_time_word_in_capitals_is_a_programme_name() -> None:
    assert _dates("The hosts recalled the fun they had on TODAY with their guests.") == {}
    # Near miss: the day word in lower case.
    assert _dates("The hosts announced today that they will leave the show.") == {"today": DEC_2016}


def test_an_instruction_to_read_an_edition_is_no_date() -> None:
    assert _dates("Read the print version in stores December 27, or buy a copy by mail.") == {}
    # Near miss: someone who reads a statement on a day.
    assert _dates("The spokesman read the statement on December 20.") == {"December 20": date(2016, 12, 20)}


def test_a_state_that_has_still_not_come_counted_later_is_no_date() -> None:
    body = "Trump won the election on Nov. 8. Three weeks later, people still aren't learning the lessons."
    assert _dates(body) == {"Nov. 8": date(2016, 11, 8)}
    # Near miss: what still goes on then is told.
    body = "The war began in 2001. Almost nine years later, though, 20,000 Marines are still fighting there."
    assert set(_dates(body)) == {"2001", "nine years later"}


def test_a_date_opener_cut_off_by_a_full_stop_dates_the_next_sentence() -> None:
    assert _types("On Dec. 1. The adviser said she would not be working in the White House.") == {
        "Dec. 1": "statement"}
    # Near miss: a date line alone, with nothing after it.
    assert _dates("On Dec. 1.") == {}


def test_dates_back_to_an_early_year() -> None:
    assert _dates("The toy shop, which dates back to 1750, dropped gender labels in 2012.") == {
        "1750": date(1750, 1, 1), "2012": date(2012, 1, 1)}


def test_in_the_new_year() -> None:
    assert _dates("Lawyers say that in the new year, attorneys will ask a judge to move the case.") == {
        "the new year": date(2017, 1, 1)}
    assert _dates("Lawyers say that in the new year, attorneys will ask a judge to move the case.",
                  date(2017, 1, 5)) == {"the new year": date(2017, 1, 1)}
    # Near misses: a stretch counted into it, a resolution named after it.
    assert _dates("Just a week into the new year, the estimate came out.", date(2020, 1, 10)) == {}
    assert _dates("He made the new year's resolutions public.") == {}


def test_a_trial_of_a_product_is_business() -> None:
    assert _types("The carriers lined up trials of their 5G networks for 2017.") == {"2017": "business"}
    assert _types("The company will launch field trials in the first quarter of 2017.") == {
        "the first quarter of 2017": "business"}
    # Near misses: the trial of a person, a clinical trial.
    assert _types("The trial of the former officer began on Monday.") == {"Monday": "legal_judicial"}
    assert _types("The clinical trial of the vaccine began on Monday.") == {"Monday": "health"}


def test_a_drone_as_a_means_of_carriage_is_no_attack() -> None:
    assert _types("The retailer delivered its first package via drone earlier this month.") != {
        "this month": "armed_conflict"}
    # Near miss: a drone strike.
    assert _types("A drone strike killed five militants on Monday.") == {"Monday": "armed_conflict"}


def test_a_that_clause_of_a_future_happening_keeps_the_date() -> None:
    assert "2017" in _dates("The big difference in 2017 is that the carriers will compete on price.")
    # Near miss: what a thing is then.
    assert _dates("The problem in 2017 is that nobody trusts the banks.") == {}


def test_a_company_buying_a_company_is_business_in_a_market_story() -> None:
    body = ("Sponsorship spending for eSports hit $325 million in 2016 and will grow to $800 million in 2019. "
            "Revenue will exceed $5 billion in 2020. "
            "In 2014, the company purchased streaming leader Twitch for $970 million.")
    types = _types(body, date(2017, 1, 9))
    assert types["2014"] == "business"
    # Near miss: the market figures keep their type.
    assert types["2016"] == "economic_release"


def test_a_year_said_to_be_something_is_no_date() -> None:
    assert _dates("For the carmaker, 2016 probably wasn't the most enjoyable year.") == {}
    assert _dates("Because 2016 is 2016, nothing could be that simple.") == {}
    assert _dates("Watch for 2017 to be the year of testing.") == {}
    # Near misses: a year that dates a happening in a clause of "be", what a year will be about.
    assert _dates("The company was founded in 2016.") == {"2016": date(2016, 1, 1)}
    assert "2020" in _dates("2020 will be about getting these services in good working order.")
