"""Session 18: a personal site's author (a site named for its owner, a link to the author's posts),
a byline that is a unit of the publisher, a blog's date line beside a headline set in an h2, and
the day a page prints under its headline against its structured stamps."""

from __future__ import annotations

from datetime import date

import pytest

from newsfacts.clean.metadata import authors, headline_date_line, local_published_date
from newsfacts.clean.related import is_related_heading, prune_related_blocks
from tests.unit.test_metadata_session13 import _jsonld, _page

# Authors -------------------------------------------------------------------------------------

def test_the_owner_of_a_site_named_for_them_is_the_author() -> None:
    head = ('<meta name="author" content="Marta Okonjo">'
            '<meta property="og:site_name" content="Marta Okonjo’s Weblog">')
    assert authors(_page(head), None, None, "martaokonjo.example") == ["Marta Okonjo"]


def test_a_site_not_named_for_a_person_still_drops_its_own_name() -> None:
    head = ('<meta name="author" content="Harbour Ledger">'
            '<meta property="og:site_name" content="Harbour Ledger">')
    assert authors(_page(head), None, None, "harbourledger.example") == []


def test_a_link_to_the_authors_posts_names_the_blogs_author() -> None:
    body = ('<header><a aria-label="All posts from Ines Valtonen" href="/ines"><img src="/a.png">'
            '<p>Ines Valtonen</p></a></header><p>Our meetup is back in spring.</p>')
    assert authors(_page(body=body), None, None, "notes.example") == ["Ines Valtonen"]


def test_links_to_several_authors_posts_name_nobody() -> None:
    body = ('<a title="Posts by Ines Valtonen" href="/ines">Ines</a>'
            '<a title="Posts by Bo Lindqvist" href="/bo">Bo</a><p>Text.</p>')
    assert authors(_page(body=body), None, None, "notes.example") == []


@pytest.mark.parametrize("byline", ["Harbour Ledger Insights", "Harbour Ledger Studio", "Harbour Ledger Labs"])
def test_a_byline_that_is_a_unit_of_the_publisher_is_no_person(byline: str) -> None:
    head = _jsonld('{"@type": "NewsArticle", "author": {"@type": "Person", "name": "' + byline + '"},'
                   ' "publisher": {"@type": "Organization", "name": "Harbour Ledger"}}')
    assert authors(_page(head), None, None, "harbourledger.example") == []


def test_a_person_who_shares_one_word_with_the_site_is_kept() -> None:
    head = '<meta name="author" content="Anna Harbour">'
    assert authors(_page(head), None, "Harbour", "harbour.example") == ["Anna Harbour"]


# Dates ---------------------------------------------------------------------------------------

def test_a_date_line_above_a_headline_set_in_an_h2() -> None:
    head = '<meta property="og:title" content="Our meetup comes to Lisbon">'
    body = ('<p class="date">February 9, 2025</p><h2><span>Our meetup comes to Lisbon</span></h2>'
            '<article><p>Tickets go on sale tomorrow.</p></article>')
    assert headline_date_line(_page(head, body)) == date(2025, 2, 9)


def test_a_date_in_a_small_element_of_the_block_under_the_headline() -> None:
    body = ('<h1>Why caches go stale</h1><div class="card"><div><span>essay</span></div>'
            '<div><span>Jun 5, 2025</span><span>6 mins</span></div></div><p>Text.</p>')
    assert headline_date_line(_page(body=body)) == date(2025, 6, 5)


def test_a_date_in_a_table_of_the_story_beside_the_headline_is_no_date_line() -> None:
    rows = "".join(f"<tr><td>Stage {i} of the tour through the northern valleys</td><td>June {i}, 2019</td></tr>"
                   for i in range(1, 6))
    body = f"<h1>The tour's route is out</h1><div><table>{rows}</table><p>Text.</p></div>"
    assert headline_date_line(_page(body=body)) is None


def test_the_printed_day_beats_a_stamp_in_another_zone() -> None:
    head = _jsonld('{"@type": "NewsArticle", "datePublished": "2025-06-04T22:30:00-08:00"}')
    body = '<h1>Why caches go stale</h1><div><span>Jun 5, 2025</span><span>6 mins</span></div><p>Text.</p>'
    assert local_published_date(_page(head, body), None) == date(2025, 6, 5)


def test_a_lone_date_published_the_date_meta_and_the_printed_day_contradict() -> None:
    head = ('<meta name="date" content="June 5, 2025">'
            + _jsonld('{"@type": "NewsArticle", "datePublished": "2025-05-29T19:58:44-08:00",'
                      ' "dateModified": "2025-06-05T04:00:00-05:00"}'))
    body = '<h1>Why caches go stale</h1><div><span>Jun 5, 2025</span><span>6 mins</span></div><p>Text.</p>'
    assert local_published_date(_page(head, body), None) == date(2025, 6, 5)


def test_a_printed_update_day_days_later_does_not_beat_the_publication_stamp() -> None:
    head = ('<meta name="date" content="2020-02-10T09:22:36Z">'
            '<meta property="article:modified_time" content="2020-02-10T09:22:36Z">'
            '<meta property="article:published_time" content="2020-02-07T09:48:24Z">')
    body = ('<h1>Goats leave the island</h1><div><h2>The island recovers.<span>Monday, 10 February 2020'
            '</span></h2></div><p>Text.</p>')
    assert local_published_date(_page(head, body), None) == date(2020, 2, 7)


# Cleaning ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("More recent articles", True), ("Other recent posts", True), ("More related stories", True),
    ("More recent news from the council", False), ("More recently", False), ("Other recent changes", False),
])
def test_a_two_word_heading_of_other_posts(text: str, expected: bool) -> None:
    assert is_related_heading(text) is expected


def test_a_blogs_list_of_more_recent_posts_is_removed() -> None:
    tree = _page(body=(
        '<div class="entry"><p>The release is out.</p></div><div class="recent">'
        '<h2>More recent articles</h2><ul><li><a href="/a">I rebuilt my slide deck tool</a> - 2nd May 2025</li>'
        '<li><a href="/b">Notes on caching with SQLite</a> - 28th April 2025</li></ul></div>'))
    assert prune_related_blocks(tree) == 1
    assert "slide deck" not in tree.text_content()
    assert "The release is out." in tree.text_content()


def test_source_line_breaks_in_a_divs_text_are_spaces() -> None:
    from newsfacts.clean.html import clean_html_document

    page = ("<html><head><title>Meetup</title></head><body><main><article><div class='post'>"
            "<div>\n  The meetup moves to a bigger hall this year. All of\n  the talks will be"
            " <a href='/t'>recorded\n  for later</a>, and the hall holds\n  four hundred people.<br><br>\n</div>"
            "<div>\n  Tickets go on sale next week, and the early ones are\n  cheaper than last year.\n</div>"
            "<pre>line one\n  line two</pre>"
            "</div></article></main></body></html>")
    body = clean_html_document(page).body_text
    assert "All of the talks will be recorded for later, and the hall holds four hundred people." in body
    assert "the early ones are cheaper than last year." in body


@pytest.mark.parametrize(("line", "furniture"), [
    ("Estimated reading time: 7 minutes", True),
    ("4 min read", True),
    ("Read time: 3 mins", True),
    ("You have 2 articles left to read this month before you need to create a free account.", True),
    ("This is your final free story this month. Subscribe for unlimited access.", True),
    ("The survey took 12 minutes to read and answer.", False),
    ("This is your last chance to register for the marathon, organisers said.", False),
    ("You have 2 articles left in the draft, the editor told the board.", False),
])
def test_reading_time_and_metering_lines_are_furniture(line: str, furniture: bool) -> None:
    from newsfacts.clean.html import without_furniture

    body = f"The council approved the budget on Monday.\n{line}\nThe vote was close."
    assert (line not in without_furniture(body)) is furniture
