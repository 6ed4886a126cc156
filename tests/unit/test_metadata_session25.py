"""Metadata, session 25: rel=author links in a carousel or a "latest news" block of story cards,
a text extractor's day-first reading of a US date that the page's own `<time datetime>` stamps
contradict, and the C/Java clock stamp ("Mon Aug 03 12:45:00 EDT 2015") in a date meta."""

from __future__ import annotations

from datetime import date

from lxml import html as lxml_html

from newsfacts.clean.metadata import authors, local_published_date, written_date
from tests.unit.test_metadata_session13 import _page


def _card(name: str, block_class: str) -> str:
    return (f'<section class="{block_class}"><article class="card"><h4><a href="/x">Other story</a></h4>'
            f'<p class="byline">By <a rel="author" href="/staff/{name}">{name}</a></p></article></section>')


# rel=author links in blocks of story cards -------------------------------------------------------

def test_rel_author_links_in_a_carousel_of_story_cards_credit_other_stories() -> None:
    body = (_card("Bob Roe", "micro-carousel has-timeline")
            + '<div class="story-intro"><h1>Debate night</h1><p class="byline">By <a rel="author" '
              'href="/staff/ann">Ann Lee</a></p></div><p>Text.</p>')
    assert authors(_page(body=body), None, None, "news.example") == ["Ann Lee"]


def test_rel_author_links_in_a_latest_news_block_credit_other_stories() -> None:
    body = ('<div class="story-intro"><h1>Debate night</h1><p class="byline">By <a rel="author" '
            'href="/staff/ann">Ann Lee</a></p></div><p>Text.</p>' + _card("Cy Doe", "latest-news"))
    assert authors(_page(body=body), None, None, "news.example") == ["Ann Lee"]


def test_a_carousel_word_inside_another_word_hides_nothing() -> None:
    body = ('<div class="carouselle-story"><h1>Debate night</h1><p class="byline">By <a rel="author" '
            'href="/staff/ann">Ann Lee</a></p></div><p>Text.</p>')
    assert authors(_page(body=body), None, None, "news.example") == ["Ann Lee"]


# A day-first reading the page's machine-readable stamps contradict ----------------------------------

def _stamped_page(datetimes: list[str]) -> lxml_html.HtmlElement:
    stamps = "".join(f'<p class="timestamp"><time datetime="{d}">10/04/16 05:07 AM EDT</time></p>' for d in datetimes)
    return lxml_html.fromstring(f'<html lang="en-US"><head></head><body><h1>Debate</h1>{stamps}'
                                '<p>Text of the story.</p></body></html>')


def test_a_day_first_reading_yields_to_the_pages_datetime_stamps() -> None:
    tree = _stamped_page(["2016-10-04T05:07-0400", "2016-10-04T05:19-0400"])
    assert local_published_date(tree, date(2016, 4, 10)) == date(2016, 10, 4)


def test_a_date_the_stamps_also_hold_is_kept() -> None:
    tree = _stamped_page(["2016-10-04T05:07-0400", "2016-04-10T08:00-0400"])
    assert local_published_date(tree, date(2016, 4, 10)) == date(2016, 4, 10)


def test_a_date_that_cannot_be_swapped_is_kept() -> None:
    tree = _stamped_page(["2016-10-04T05:07-0400"])
    assert local_published_date(tree, date(2016, 4, 13)) == date(2016, 4, 13)


# The C/Java clock stamp ------------------------------------------------------------------------

def test_the_clock_stamp_of_a_java_cms_is_a_written_date() -> None:
    assert written_date("Mon Aug 03 12:45:00 EDT 2015") == date(2015, 8, 3)
    assert written_date("Thu Dec 01 09:05 2016") == date(2016, 12, 1)


def test_a_clock_stamp_in_the_published_time_meta_dates_the_page() -> None:
    head = '<meta name="article:published_time" content="Mon Aug 03 12:45:00 EDT 2015">'
    tree = lxml_html.fromstring(f"<html><head>{head}</head><body><h1>Too cold</h1><p>Text.</p></body></html>")
    assert local_published_date(tree, None) == date(2015, 8, 3)
