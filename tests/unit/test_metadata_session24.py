"""Metadata, session 24: a date line's weekday and month taken for a name, a date line that
ends in "by" before the byline's name, rel=author links in a block of other stories, a dotted
numeric date on a US page, and a text extractor's date that is the stamp with day and month
swapped, and the writer in a newsroom's line of credits."""

from __future__ import annotations

from datetime import date

from lxml import html as lxml_html

from newsfacts.clean.metadata import (
    authors,
    by_line_names,
    clean_author,
    local_published_date,
    short_date,
)
from tests.unit.test_metadata_session13 import _page


def _us_page(head: str = "", body: str = "<p>Text.</p>") -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f'<html lang="en-US"><head>{head}</head><body>{body}</body></html>')


# A weekday and a month are no name ------------------------------------------------------------

def test_a_weekday_and_a_month_are_no_name() -> None:
    assert clean_author("Wednesday January", set()) is None
    assert clean_author("Friday, March 3", set()) is None


def test_a_name_with_a_month_alone_or_a_weekday_alone_is_kept() -> None:
    assert clean_author("April Ryan", set()) == "April Ryan"
    assert clean_author("Ruby Tuesday", set()) == "Ruby Tuesday"


def test_the_extractors_date_line_name_yields_to_nobody() -> None:
    body = '<h1>Pencil rumored</h1><div class="content"><p>Text.</p></div>'
    assert authors(_page(body=body), "Wednesday January", None, "gadgets.example") == []


# A date line that ends in "by" ----------------------------------------------------------------

def test_a_date_line_ending_in_by_names_the_link_after_it() -> None:
    body = ('<div class="article"><h1 class="title">Second-generation pencil rumored</h1>'
            '<div class="byline">Wednesday January 18, 2017 11:44 am PST by '
            '<a class="author-url" href="/author/ann-lee/">Ann Lee</a></div>'
            '<div class="content"><p>Text.</p></div></div>')
    assert by_line_names(_page(body=body)) == ["Ann Lee"]
    assert authors(_page(body=body), None, None, "gadgets.example") == ["Ann Lee"]


def test_a_sentence_ending_in_by_is_no_byline() -> None:
    body = ('<p>The plan, announced January 18, 2017 and later approved by '
            '<a href="/people/ann-lee/">Ann Lee</a>, stalled.</p>')
    assert by_line_names(_page(body=body)) == []
    body = '<p>Wednesday January 18, 2017 was chosen by <a href="/x">Ann Lee</a></p>'
    assert by_line_names(_page(body=body)) == []


# rel=author links of other stories -------------------------------------------------------------

RELATED_STORIES = ('<div class="stories"><div class="row"><div class="story"><h3><a href="/a">Other</a></h3>'
                   '<div class="author"><span class="authorname"><a rel="author" href="/author/bob">Bob Roe'
                   '</a></span></div></div><div class="story"><h3><a href="/b">Another</a></h3>'
                   '<div class="author"><span class="authorname"><a rel="author" href="/author/cy">Cy Doe'
                   '</a></span></div></div></div></div>')


def test_rel_author_links_in_a_block_of_other_stories_are_not_the_articles() -> None:
    body = ('<div class="post-top"><h1>Giuliani out</h1><div class="author"><span class="authorname">'
            '<a rel="author" href="/author/ann">Ann Lee</a></span></div></div><p>Text.</p>' + RELATED_STORIES)
    assert authors(_page(body=body), None, None, "news.example") == ["Ann Lee"]


def test_rel_author_links_of_the_article_itself_are_all_kept() -> None:
    body = ('<div class="story"><h1>Giuliani out</h1><a rel="author" href="/author/ann">Ann Lee</a> and '
            '<a rel="author" href="/author/bob">Bob Roe</a><p>Text.</p></div>')
    assert authors(_page(body=body), None, None, "news.example") == ["Ann Lee", "Bob Roe"]


# Dotted numeric dates on a US page -------------------------------------------------------------

def test_a_dotted_date_on_a_us_page_is_month_first() -> None:
    assert short_date("12.09.16", False) == date(2016, 12, 9)
    assert short_date("12.09.16", None) == date(2016, 9, 12)
    assert short_date("12.09.16", True) == date(2016, 9, 12)
    assert short_date("25.09.16", False) == date(2016, 9, 25)  # a day above 12 reads only one way


def test_the_extractors_date_with_day_and_month_swapped_yields_to_the_stamp() -> None:
    head = '<meta property="article:published_time" content="2016-12-09T22:51:26+00:00">'
    body = '<h1>Giuliani out</h1><div class="post-meta">Ann Lee 12.09.16</div><p>Text.</p>'
    assert local_published_date(_us_page(head=head, body=body), date(2016, 9, 12)) == date(2016, 12, 9)


def test_the_extractors_date_far_from_the_stamp_still_wins_when_not_a_swap() -> None:
    head = '<meta property="article:published_time" content="2016-12-09T22:51:26+00:00">'
    assert local_published_date(_page(head=head), date(2016, 9, 14)) == date(2016, 9, 14)


# A newsroom's line of credits ------------------------------------------------------------------

def test_the_writer_in_a_newsrooms_line_of_credits_is_the_author() -> None:
    body = ('<h1>Museum opens</h1><div class="story-meta"><p class="story-producer">Produced by Ann Lee and '
            'Bob Roe, Photographs by Cy Doe, Written by Dana Poe, Interviews by Eli Moe, Graphics by Fay '
            'Low, Video by Gus Hay Sept. 15, 2016</p></div><p>Text.</p>')
    assert authors(_page(body=body), None, None, "paper.example") == ["Dana Poe"]


def test_a_plays_credits_still_name_no_author() -> None:
    body = ('<h1>Review: a new play</h1><p>Written by Lucy Pryor, Directed by Ann Lee, Photographs by '
            'Bob Roe</p><p>Text.</p>')
    assert authors(_page(body=body), None, None, "paper.example") == []
    body = '<h1>Review</h1><p>Produced by Ann Lee, Written by Bob Roe</p><p>Text.</p>'
    assert authors(_page(body=body), None, None, "paper.example") == []
