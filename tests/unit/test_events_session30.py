"""Dated events of session 30 (set AC's errors): narrative time counted from the story's own
dates rather than from publication ("In May of that year", "Also that day", "less than a year
later", an offset from a happening the text dated before), and "in the past year". Sentences are
made up; each rule has a near miss that keeps its old reading."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import events_of

SEP_2016 = date(2016, 9, 2)  # a Friday


def _events(body: str, published: date = SEP_2016) -> dict[str, tuple[date, str]]:
    return {e.date_text: (e.event_date, e.date_precision) for e in events_of(body, published)}


def _type(body: str, date_text: str, published: date = SEP_2016) -> str:
    return {e.date_text: e.event_type for e in events_of(body, published)}[date_text]


def test_the_past_year_is_the_year_before_publication() -> None:
    body = "The charity has made steady progress in the past year, its director wrote."
    assert _events(body)["in the past year"] == (date(2015, 1, 1), "year")
    assert _events("Both mayors saw their fortunes reverse in the last year.")["in the last year"] == (
        date(2015, 1, 1), "year")
    # Near misses: a part of something, and a span with a count, are no such year.
    assert _events("She painted daily in the last year of her life.") == {}
    assert "in the past two years" not in _events("Rents have risen in the past two years.")


def test_a_stretch_up_to_now_does_not_take_the_story_topic() -> None:
    body = ("The league fired its coach on Monday. The club signed two strikers on Tuesday. The team lost "
            "the final on Wednesday. The players have made real progress in the past year, the owner said.")
    assert _type(body, "in the past year") == "other"


def test_less_than_a_count_later_counts_from_the_date_before() -> None:
    body = "The mill hired a new manager in 2011. Less than a year later, the manager closed the mill."
    assert _events(body)["a year later"] == (date(2012, 1, 1), "year")
    body = "In March 1990, the board opened an inquiry. The director resigned less than three months later."
    assert _events(body)["three months later"] == (date(1990, 6, 1), "month")
    # Near miss: a comparison with a time is no date.
    assert _events("Prices were higher than a year earlier.") == {}


def test_a_month_or_a_season_of_that_year_takes_the_year_named_before() -> None:
    body = "By 1987, the dispute had come to a head. In May of that year, the union called a strike."
    assert _events(body)["May"] == (date(1987, 5, 1), "month")
    body = "The council sold the land in 2003. In the spring of that year, builders moved onto the site."
    assert _events(body)["the spring"] == (date(2003, 3, 1), "quarter")
    # Near miss: a month on its own is the nearest one.
    assert _events("In May, the union called a strike.")["May"] == (date(2016, 5, 1), "month")
    # With no year named before, "of that year" dates nothing rather than the wrong year.
    assert "May" not in _events("In May of that year, the union called a strike.")


def test_also_that_day_is_the_day_named_before() -> None:
    body = ("The report came out on the morning of March 3, 2015, and the minister quit within hours. "
            "Also that day, the party's donors met in a hotel.")
    assert _events(body)["Also that day"] == (date(2015, 3, 3), "day")
    # Near miss: after a year, "that day" has no day to point to.
    body = "The report came out in 2015. Also that day, the party's donors met in a hotel."
    assert "Also that day" not in _events(body)


def test_an_offset_in_the_past_counts_from_the_happening_the_text_dated() -> None:
    body = ("The tenants filed their complaint on April 4. Three days after the complaint was filed, the "
            "newspaper published the accounts of four other tenants.\nThe next morning, the landlord called "
            "a meeting.")
    events = _events(body)
    assert events["Three days after"] == (date(2016, 4, 7), "day")
    assert events["The next morning"] == (date(2016, 4, 8), "day")
    assert _type(body, "Three days after") == "statement"
    # Near miss: a present-tense report of today's news still counts from publication.
    body = "The crash comes a day after the rebels freed two hostages."
    assert _events(body)["a day after"] == (date(2016, 9, 1), "day")


def test_words_quoted_as_an_example_of_what_one_might_say_date_nothing() -> None:
    assert _events('If you meet her, say something like, "You seem cheerful today, is that a new coat?" '
                   'and smile.') == {}
    assert _events('You can also say things like, "you look ready to win Monday."') == {}
    assert _events('"You look so tired today" is probably the worst thing to hear.') == {}
    # Near misses: a loose report of words said, and a quotation its speaker said, keep their days.
    assert "Monday" in _events('The minister said something like, "we will sign on Monday," before he left.')
    assert "Monday" in _events('"We will sign the deal on Monday," the minister said.')


def test_a_weekday_job_is_work_every_week() -> None:
    assert _events("His father took on a Saturday job at a garage in town.") == {}
    # Near misses: one report of that day, and a job taken on that day.
    assert "Tuesday" in _events("The analyst wrote in a Tuesday research note that lumber prices fell.")
    assert "Saturday" in _events("She took the job on Saturday.")


def test_each_example_of_a_quoted_list_dates_nothing() -> None:
    assert _events('You could say things like, "you look smart," or "you look ready to win Monday."') == {}
