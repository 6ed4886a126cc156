"""Review of session 30's figures, metadata and cleaner rules (s30-figrev): the regressions a
round of made-up news found, each narrowed, and the rules' own cases kept.

- A single quote mark that opens a quotation before a count ("He said: '25 people were
  killed'") is no clipped year; "the ’68 protests" and "in ’08, ’09 and ’10" stay years, and a
  clipped year in a line of statistics ("the ’72 team won 17 games") is none either.
- "Pumped" or "squandered" millions is money, like "poured".
- An h1 marked alternativeHeadline yields only to an itemprop=headline the page's own title
  agrees with (not a related story's card, not a dek under it).
- A datePublished `<time content>` beats only a shown print issue's date ("March 11, 2019
  Issue"), not a shown day of its own that a UTC stamp puts a day later.
- An author meta with a second name the byline joins to the linked writer ("By <a>Ann</a> and
  Bo") lists co-authors, not a shoot's credits.
- A note-marked inline element holding an image is a hover card only with a gloss of a few words
  glued into the sentence: a flag or an icon beside a name, set off by spaces, is body text.
"""

from __future__ import annotations

from datetime import date

from newsfacts.clean.html import clean_html_document
from newsfacts.clean.metadata import authors, headline, local_published_date
from tests.unit.test_extract_figures import figures_of
from tests.unit.test_metadata_session13 import _page


def _read(sentence: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in figures_of(sentence)]


# Figures -------------------------------------------------------------------------------------

def test_a_count_in_a_single_quoted_quotation_is_no_clipped_year() -> None:
    assert _read("He said: '25 people were killed in the attack.'") == [("25", 25.0, None)]
    assert _read("A spokesman said: '14 officers were hurt.'") == [("14", 14.0, None)]
    assert [t for t, _v, _u in _read("Witnesses said '40 or 50 men' stormed the gate.")] == ["40 or 50"]


def test_clipped_years_stay_years() -> None:
    assert _read("After the ’68 protests, the dean resigned.") == []
    assert _read("Sales peaked in ’08, ’09 and ’10.") == []
    assert _read("Class of '99 graduates met on Friday.") == []


def test_a_clipped_year_in_a_line_of_statistics_is_no_figure() -> None:
    assert [t for t, _v, _u in _read("The ’72 team won 17 games.")] == ["17"]


def test_millions_pumped_or_squandered_are_money() -> None:
    assert _read("The central bank pumped trillions into markets.") == [("trillions", 1e12, "USD")]
    assert _read("The club squandered millions on players.") == [("millions", 1e6, "USD")]
    assert _read("The pumps moved millions of gallons.")[0][2] == "gallon"


# Metadata ------------------------------------------------------------------------------------

OG = '<meta property="og:title" content="Council Votes to Close Two Libraries Amid Budget Cuts">'


def test_an_alternative_h1_does_not_yield_to_a_related_story_headline() -> None:
    body = ('<h1 itemprop="alternativeHeadline">Council Votes to Close Two Libraries Amid Budget Cuts</h1>'
            '<p>Text.</p><div class="more"><h3 itemprop="headline">Mayor Unveils Plan for New Bike Lanes '
            'Downtown</h3></div>')
    assert headline(_page(OG, body), None, None, "news.example") == (
        "Council Votes to Close Two Libraries Amid Budget Cuts")


def test_an_alternative_h1_does_not_yield_to_a_dek_marked_headline() -> None:
    body = ('<h1 itemprop="alternativeHeadline">Council Votes to Close Two Libraries Amid Budget Cuts</h1>'
            '<h2 itemprop="headline">The vote came after a long night of debate in City Hall over spending</h2>'
            '<p>Text.</p>')
    assert headline(_page(OG, body), None, None, "news.example") == (
        "Council Votes to Close Two Libraries Amid Budget Cuts")


def test_a_utc_stamp_a_day_later_does_not_beat_the_shown_day() -> None:
    body = '<time itemprop="datePublished" content="2019-03-05T02:30:00Z">March 4, 2019</time><p>Text.</p>'
    assert local_published_date(_page(body=body), date(2019, 3, 4)) == date(2019, 3, 4)


def test_a_shown_print_issue_date_still_yields_to_its_stamp() -> None:
    body = '<time itemprop="datePublished" content="2019-03-04">March 11, 2019 Issue</time><p>Text.</p>'
    assert local_published_date(_page(body=body), date(2019, 3, 11)) == date(2019, 3, 4)


def test_co_authors_in_an_author_meta_stay_when_the_byline_joins_them() -> None:
    head = '<meta name="author" content="Jane Doe, John Roe">'
    body = '<div class="byline">By <a href="/author/jane-doe">Jane Doe</a> and John Roe</div><p>Text.</p>'
    assert authors(_page(head, body), None, None, "news.example") == ["Jane Doe", "John Roe"]


# Cleaner -------------------------------------------------------------------------------------

FILLER = ("<p>The ferry company said on Tuesday that its older boats would stay in service through the "
          "winter while the new hulls were fitted out at the yard, and the harbour board agreed.</p>")


def _body(paragraphs: str) -> str:
    return clean_html_document("<html><head><title>Race report</title></head><body><article>"
                               "<h1>Race report</h1>" + paragraphs + FILLER + "</article></body></html>").body_text


def test_a_flag_beside_a_name_in_a_tooltip_span_stays() -> None:
    body = _body("<p>The race was won by <span class='tooltip'><img src='gb.png'> Lewis Hale</span> ahead of "
                 "<span class='tooltip'><img src='nl.png'> Max Stolk</span>, who finished 4 seconds back.</p>")
    assert "won by Lewis Hale ahead of Max Stolk, who finished" in body


def test_an_icon_set_off_by_spaces_is_read_in_the_sentence() -> None:
    body = _body("<p>The mayor posted <span class='tooltip'><img src='e.png'>a thumbs-up emoji to his followers"
                 "</span> after the vote on the new budget passed late on Monday.</p>")
    assert "posted a thumbs-up emoji to his followers after the vote" in body
