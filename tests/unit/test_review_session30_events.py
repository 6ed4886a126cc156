"""Review of session 30's events rules: ordinary news the new rules got wrong, each with the near
miss the rule was written for. Sentences are made up."""

from __future__ import annotations

from datetime import date

from tests.unit.test_events_session30 import _events, _type


def test_one_weekday_shift_or_class_is_that_day() -> None:
    assert _events("The nurse was attacked during a Saturday shift, police said.")["Saturday"] == (
        date(2016, 8, 27), "day")
    assert "Sunday" in _events("The bomb went off during a Sunday lesson at the mosque.")
    assert "Saturday" in _events("The band played a Saturday gig at the club before the fire.")
    # Near misses: a job, and a shift one holds, are weekly work.
    assert _events("His father took on a Saturday job at a garage in town.") == {}
    assert _events("She has a Saturday shift at the bakery.") == {}


def test_a_quote_reported_before_a_past_copula_keeps_its_day() -> None:
    assert "Sunday" in _events('"We won the match on Sunday" was all the coach would say.')
    assert "Tuesday" in _events('"We vote on Tuesday" is the message the party has sent voters.')
    # Near miss: a quote held up and judged in the present.
    assert _events('"You look so tired today" is probably the worst thing to hear.') == {}


def test_a_could_in_a_relative_clause_is_no_supposed_saying() -> None:
    body = 'The senator, who could not be reached for comment, tweeted something like "Big win on Tuesday!"'
    assert "Tuesday" in _events(body)
    body = 'The mayor, who you may remember from the race, said something like "we open the bridge on Monday."'
    assert "Monday" in _events(body)
    # Near miss: advice on what to say.
    assert _events('You might want to say something like, "Have a good weekend, see you Monday."') == {}


def test_a_lateness_compared_with_than_is_no_date() -> None:
    body = "The trial began in 2009, no more than a year later than the first arrest."
    assert "a year later" not in _events(body)
    # Near miss: a vague count from the year named before.
    body = "Rebels seized the town in 2013. Less than two years later, the army took it back."
    assert _events(body)["two years later"] == (date(2015, 1, 1), "year")


def test_the_past_years_part_is_no_year() -> None:
    assert "in the past year" not in _events("Sales fell in the past year's final quarter.")


def test_of_that_year_skips_a_year_a_stretch_starts() -> None:
    body = ("In 2010 the mine was sold. The buyers, who had been in business since 1985, reopened it in "
            "June of that year.")
    assert _events(body)["June"] == (date(2010, 6, 1), "month")
    body = 'The plant opened in 2012. "It was our best year since 1998," the mayor said. In October of that year, a fire broke out.'
    assert _events(body)["October"] == (date(2012, 10, 1), "month")


def test_an_offset_after_the_news_days_counts_from_them() -> None:
    body = ("The rebels freed three hostages on June 3, 2015. On Thursday a bomb hit the capital. The attack "
            "came a day after the rebels freed two more hostages.")
    assert _events(body)["a day after"] == (date(2016, 8, 31), "day")
    # Near miss: a happening of the news days the text dated before.
    body = ("A man was arrested on Monday. He was charged on Tuesday. Three days after he was arrested, "
            "police released him.")
    assert _events(body)["Three days after"] == (date(2016, 9, 1), "day")


def test_researchers_publishing_an_article_is_science() -> None:
    body = "Researchers published an article in a journal on Wednesday describing the new drug."
    assert _type(body, "Wednesday") == "science"
    assert _type("The newspaper published an interview with the minister on Sunday.", "Sunday") == "statement"
