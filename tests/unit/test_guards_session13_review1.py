"""Guards for session 13's rules, from made-up news of other kinds (sport, crime, politics,
culture, weather): where each rule should fire, and the near misses it misfired on."""

from __future__ import annotations

from datetime import date

import pytest
from lxml import html as lxml_html

from newsfacts.clean.metadata import authors, local_published_date
from tests.unit.test_extract_events import events_of
from tests.unit.test_extract_figures import figures_of

JAN_2020 = date(2020, 1, 8)


def _by_text(body: str) -> dict[str, tuple[float, str | None, str | None]]:
    return {f.text: (f.value, f.unit, f.noun) for f in figures_of(body)}


def _dated(body: str) -> dict[str, date]:
    return {e.date_text: e.event_date for e in events_of(body, JAN_2020)}


def _page(body: str, head: str = "") -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


# Figures: multiples, "a single", "by the dozens", "twice-<word>" ------------------------------

@pytest.mark.parametrize(("sentence", "text", "value", "noun"), [
    ("Unemployment claims rose fivefold in March as lockdowns spread.", "fivefold", 5, "claim"),
    ("Home prices in the city have doubled since 2010.", "doubled", 2, "price"),
    ("The chain trebled its profits in the final quarter.", "trebled", 3, "profit"),
])
def test_multiples_in_other_news(sentence: str, text: str, value: float, noun: str) -> None:
    assert _by_text(sentence)[text] == (value, None, noun)


@pytest.mark.parametrize("sentence", [
    "The kitchen doubled as a classroom during the war.",
    "Police say the suspect doubled back toward the river.",
    "The defender was doubled over in pain after the tackle.",
    "The senate's mandate was threefold, the chairman said.",
])
def test_no_multiple_in_idioms(sentence: str) -> None:
    assert figures_of(sentence) == []


def test_a_plural_object_is_what_comes_by_the_millions() -> None:
    assert _by_text("The firm sells the phones by the millions.")["millions"][2] == "phone"
    assert _by_text("Farmers planted trees by the thousands.")["thousands"][2] == "tree"
    # ...a singular object is no crowd: the subject is ("dot the sky by the dozens").
    assert _by_text("Fans filled the stadium by the thousands.")["thousands"][2] == "fan"
    assert _by_text("Protesters gathered by the hundreds outside parliament.")["hundreds"][2] == "protester"


def test_twice_before_a_frequency_counts_no_frequency() -> None:
    assert _by_text("The twice-weekly market draws crowds.")["twice"][2] != "weekly"
    assert _by_text("A twice-yearly review is planned.")["twice"][2] != "yearly"
    assert _by_text("A twice-divorced actor married again.")["twice"][2] == "divorce"


def test_only_a_single_in_sport_and_audits() -> None:
    assert _by_text("The goalkeeper conceded only a single goal all season.")["a single"] == (1, None, "goal")
    assert _by_text("Inspectors found just a single case of fraud.")["a single"][0] == 1


@pytest.mark.parametrize("sentence", [
    "Only a single parent can apply for the grant.",  # a kind of parent
    "The council just approved a single budget for both towns.",  # "just" = recently
])
def test_a_single_kind_or_just_recently_is_no_count(sentence: str) -> None:
    assert all(f.text != "a single" for f in figures_of(sentence))


def test_a_tenth_and_slash_fractions_in_other_news() -> None:
    assert _by_text("Nearly a tenth of voters stayed home.")["Nearly a tenth"] == (10, "percent", "voter")
    assert _by_text("Add 1/2 cup of sugar to the batter.")["1/2 cup"][:2] == (0.5, "cup")
    for sentence in ("Inflation ticked up a tenth of a percentage point.", "The 9/11 attacks changed air travel.",
                     "The helpline is open 24/7 for callers.", "The storm was the tenth named storm of the year."):
        assert figures_of(sentence) == [], sentence


def test_number_words_before_names_still_count() -> None:
    assert _by_text("The club signed three Premier League players.")["three"][2] == "player"
    assert _by_text("Four Democratic senators voted no.")["Four"][2] == "senator"


# Event dates ---------------------------------------------------------------------------------

def test_today_with_a_state_that_begins_today_is_an_event() -> None:
    assert _dated("Today the club has a reputation for developing young players.") == {}
    assert _dated("Today the country has a population of 12 million.") == {}
    assert _dated("Today the stadium has a new name after the sponsor deal.") == {"Today": JAN_2020}
    assert _dated("Today the city has a presence at the summit for the first time.") == {"Today": JAN_2020}


def test_in_a_year_before_a_role_of_two_nouns_and_a_name() -> None:
    assert _dated("In 2019 police officer Mark Jones was shot.") == {"2019": date(2019, 1, 1)}
    assert _dated("In 2012 coach Ana Silva resigned.") == {"2012": date(2012, 1, 1)}
    assert _dated("The firm invested in 2020 vintage wines.") == {}


def test_a_year_that_says_which_data() -> None:
    assert "2019" not in _dated("The data, from 2019, were released on Monday.")
    assert "2019" not in _dated("The last official count, from 2019, found 300 wolves.")
    assert "2019" in _dated("The count was carried out in 2019.")


def test_a_weekday_after_a_work_then_who_is_a_day() -> None:
    assert _dated("The BBC show Saturday Kitchen returns.") == {}
    assert _dated("Her latest novel Sunday Millionaires sold two million copies.") == {}
    assert _dated("The series Thursday ITV aired got good reviews.") == {"Thursday": date(2020, 1, 2)}
    assert _dated("Police said the film Monday Ann Lee made was stolen.") == {"Monday": date(2020, 1, 6)}
    assert _dated("The show Sunday Labour leaders attended was tense.") == {"Sunday": date(2020, 1, 5)}


def test_a_date_line_glued_to_text_in_economy_news() -> None:
    assert _dated("Will the economy recover?Monday, 6 January 2020") == {}
    assert _dated("Shares fell sharply on 3 January 2020") == {"3 January 2020": date(2020, 1, 3)}


# Metadata ------------------------------------------------------------------------------------

def test_a_commenters_vcard_is_no_byline() -> None:
    body = ("<article><h1>Council votes on budget</h1><p>The council voted 7-2.</p></article>"
            "<div id='comments'><ol class='comment-list'><li><div class='comment-author vcard'>"
            "<cite class='fn'>Dave</cite> says:</div><p>Shame.</p></li></ol></div>")
    assert authors(_page(body), None, None, "paper.example") == []
    body = "<div class='comments-area'><a rel='author' href='/u/'>Kevin</a><p>Stay safe</p></div>"
    assert authors(_page(body), None, None, "paper.example") == []


def test_a_one_word_byline_in_an_article_marked_comments_open_is_kept() -> None:
    body = ("<article class='post comments-open'><span class='author vcard'>"
            "<a class='fn' href='/a/'>Marisol</a></span><p>Rates rose.</p></article>")
    assert authors(_page(body), None, None, "paper.example") == ["Marisol"]


@pytest.mark.parametrize("word", ["Politics", "Opinion", "Weather"])
def test_a_section_linked_as_author_is_nobody(word: str) -> None:
    body = f"<a rel='author' href='/section/'>{word}</a><p>Text.</p>"
    assert authors(_page(body), None, None, "paper.example") == []


def test_a_works_credits_are_no_written_by_line() -> None:
    theatre = ("<h1>Review: Enron returns</h1><p>The revival is sharp.</p><p>Written by Lucy Prebble</p>"
               "<p>Directed by Rupert Goold</p>")
    film = "<p>Five stars.</p><p>Written by: Greta Gerwig</p><p>Starring Saoirse Ronan</p>"
    song = "<p>The single is out now.</p><p>Words by Bernie Taupin</p><p>Music by Elton John</p>"
    for body in (theatre, film, song):
        assert authors(_page(body), None, None, "paper.example") == [], body
    # ...an article's own credit line still counts.
    assert authors(_page("<p>The bank cut rates.</p><p>Written by Tom Hale</p>"), None, None,
                   "paper.example") == ["Tom Hale"]


def test_a_date_line_ahead_of_the_page_is_the_day_of_what_it_announces() -> None:
    fixture = "<h1>Preview: City v United</h1><p>Sunday, 12 May 2019</p><p>City host United on Sunday.</p>"
    assert local_published_date(_page(fixture), date(2019, 5, 9)) == date(2019, 5, 9)
    post = "<h1>Rates rise again</h1><p>May 3, 2019</p><p>The bank raised rates.</p>"
    assert local_published_date(_page(post), None) == date(2019, 5, 3)
    assert local_published_date(_page(post), date(2019, 6, 20)) == date(2019, 5, 3)
