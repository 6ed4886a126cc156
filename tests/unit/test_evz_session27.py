"""Dated events of session 27 (set Z's errors), rule writer evz: a wire agency's dateline stamp
("HONOLULU, Dec. 23 (UPI) —"), a columnist's sign-off ("See you next week"), "demonstrated how"
(shown, no protest) and decades spelled with their century ("the nineteen-eighties"). Sentences
made up like news; each fix has a near miss that keeps its old reading."""

from __future__ import annotations

from datetime import date

from tests.unit.test_extract_events import events_of

SEP_2016 = date(2016, 9, 26)  # a Monday


def _events(body: str) -> dict[str, tuple[date, str, str]]:
    return {e.date_text: (e.event_date, e.date_precision, e.event_type) for e in events_of(body, SEP_2016)}


def test_a_wire_agencys_dateline_stamp_dates_no_happening() -> None:
    assert "Dec. 23" not in _events("HONOLULU, Dec. 23 (UPI) — Researchers have found a way to keep whales off hooks.")
    # Near miss: a date in a sentence with no opening place is a happening.
    assert "Dec. 23" in _events("The researchers found a way to keep whales off hooks on Dec. 23 (UPI said).")


def test_a_columnists_sign_off_is_no_happening() -> None:
    assert "next week" not in _events("See you next week, box office buddies!")
    assert "tomorrow" not in _events("We'll see you tomorrow.")
    # Near miss: seeing something other than the reader is still dated.
    assert "next week" in _events("Investors will see the first results next week.")


def test_demonstrated_how_is_shown_not_a_protest() -> None:
    assert _events("That changed in 1994, when Peter Shor demonstrated how it could apply to cryptography.")[
        "1994"][2] != "protest"
    assert _events("In 2013 the researchers demonstrated how the receptor responded.")["2013"][2] == "science"
    # Near miss: marchers who demonstrate still protest.
    assert _events("Protesters demonstrated in Paris on Monday.")["Monday"][2] == "protest"


def test_a_decade_spelled_with_its_century() -> None:
    body = "When quantum computing was first proposed, in the nineteen-eighties, it was a curiosity."
    assert _events(body)["nineteen-eighties"][:2] == (date(1980, 1, 1), "decade")
    assert _events("The band formed in the nineteen seventies.")["nineteen seventies"][:2] == (date(1970, 1, 1), "decade")
    # Near miss: "the sixties" alone is as often a temperature.
    assert not any("sixties" in k for k in _events("Temperatures will be in the sixties on Friday."))


def test_two_years_offered_as_one_estimate_date_one_happening() -> None:
    found = _events("The agency may issue standards by 2022 or 2023, an official estimated.")
    assert "2022" in found and "2023" not in found
    # Near miss: two years joined by "and" are two happenings.
    found = _events("The fund grew in 2014 and 2015.")
    assert "2014" in found and "2015" in found


def test_a_film_that_opens_in_theaters_is_released() -> None:
    assert _events("The film, which opens in theaters on December 9th, stars two A-list actors.")[
        "December 9th"][2] == "culture_entertainment"
    # Near miss: a shop that opens in a city is a company's act.
    assert _events("The store opens in Boston on Friday.")["Friday"][2] == "business"


def test_an_economy_crashed_by_someone_falls() -> None:
    body = "Banks took the kind of risky bets that crashed our economy just a few years ago."
    assert _events(body)["a few years ago"][2] == "economic_release"
    # Near miss: a plane that crashes is an accident.
    assert _events("The plane crashed on Monday.")["Monday"][2] == "disaster_accident"


def test_a_product_announced_is_put_out() -> None:
    assert _events("D-Wave caused a stir when it announced a thousand-qubit computer last year.")[
        "last year"][2] == "business"
    # Near miss: announcing a plan stays something said.
    assert _events("Apple announced a new plan on Tuesday.")["Tuesday"][2] == "statement"


def test_author_links_of_other_stories_cards_and_menus_credit_no_one() -> None:
    from lxml import html

    from newsfacts.clean import metadata

    page = html.fromstring(
        "<html><body><main><article><header><h1>Schools in one chart</h1>"
        '<p>By <a rel="author" href="/a/rg">Robert Gehl</a></p></header><p>Text.</p></article></main>'
        '<section class="widget"><article><h2>Another story</h2><a rel="author" href="/a/sc">Seth Connell</a>'
        "</article></section>"
        '<div class="site-navigation"><a rel="author" href="/a/ds">David Sipress</a></div></body></html>')
    assert metadata.authors(page, None, None, "example.com") == ["Robert Gehl"]


def test_a_site_name_that_is_the_headline_is_no_site_name() -> None:
    from lxml import html

    from newsfacts.clean import metadata

    page = html.fromstring(
        '<html><head><meta property="og:title" content="Prince -- Woman Warns Estate"></head><body>'
        "<article><h1><span>Prince</span> <span>Woman Warns Estate</span></h1><p>Text.</p></article></body></html>")
    assert metadata.headline(page, None, "Prince -- Woman Warns Estate", "example.com") == "Prince Woman Warns Estate"


def test_a_forecasts_earliest_date_and_the_end_of_the_decade() -> None:
    found = _events("The threat is far off, but it could be in as little as ten years.")
    assert found["in as little as ten years"][:2] == (date(2026, 1, 1), "year")
    found = _events("By the end of the decade, the company will open ten stores.")
    assert found["the end of the decade"][:2] == (date(2019, 1, 1), "year")
    # Near miss: a past "in as little as" tallies how fast something went, no date.
    assert not _events("The plant opened in as little as three months.")
    assert not _events("Lifers were once eligible for parole in as little as five years.")


def test_singing_is_a_performance() -> None:
    assert _events("Members sang for the troops at the Stage Door Canteen in the 1940s.")["1940s"][2] == (
        "culture_entertainment")


def test_today_set_against_an_earlier_era_is_nowadays() -> None:
    body = ("The Wing has encouraged members to share their talent, whether it was singing for the troops "
            "in the 1940s, or sharing their stories on a podcast today.")
    found = _events(body)
    assert "1940s" in found and "today" not in found
    # Near miss: a "today" without an era beside it is the day of the news.
    assert "today" in _events("The company announced today that it will cut jobs.")


def test_a_measure_unchanged_since_a_date_takes_it_as_a_baseline() -> None:
    assert "1992" not in _events("Math scores have been flat (and reading scores declined slightly) since 1992.")
    assert "2012" not in _events("Prices have stayed unchanged since 2012.")
    # Near miss: a state that began then still dates its start.
    assert "March" in _events("The shop has been closed since March.")
