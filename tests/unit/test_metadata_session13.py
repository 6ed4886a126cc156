"""Session 13: a one-word byline (a first name, a pen name), a "Written by:" credit line when the
byline is the outlet, the first-publication stamp against a modified one, and a blog post's date
line next to its headline."""

from __future__ import annotations

from datetime import date

from lxml import html as lxml_html

from newsfacts.clean.metadata import authors, headline_date_line, local_published_date


def _page(head: str = "", body: str = "<p>Text.</p>") -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def _jsonld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


# Authors -------------------------------------------------------------------------------------

def test_a_one_word_vcard_byline_is_kept_as_printed() -> None:
    body = ('<span class="byline">by <span class="author vcard"><a class="url fn n" '
            'href="/author/marisol/">Marisol</a></span></span><p>Jam recipe.</p>')
    assert authors(_page(body=body), None, "Pantry Notes", "pantrynotes.example") == ["Marisol"]


def test_a_one_word_rel_author_pen_name_is_kept() -> None:
    body = "<a rel='author' href='https://profiles.example/123'>Nightowl</a><p>Hotel opens.</p>"
    assert authors(_page(body=body), None, "Travel Haven", "travelhaven.example") == ["Nightowl"]


def test_a_one_word_byline_that_starts_the_site_name_is_the_site() -> None:
    body = "<a rel='author' href='/author/glacier/'>Glacier</a><p>Patch notes.</p>"
    assert authors(_page(body=body), None, None, "glaciergames.example") == []


def test_a_one_word_byline_that_is_an_outlet_or_an_account_is_nobody() -> None:
    for word in ("Reuters", "Admin", "Editorial", "Staff"):
        body = f"<a rel='author' href='/a/'>{word}</a><p>Text.</p>"
        assert authors(_page(body=body), None, None, "paper.example") == [], word


def test_a_lower_case_handle_is_no_name() -> None:
    body = "<a rel='author' href='/a/'>jdoe42</a><p>Text.</p>"
    assert authors(_page(body=body), None, None, "paper.example") == []


def test_a_one_word_byline_yields_to_a_full_name_elsewhere() -> None:
    body = "<a rel='author' href='/a/'>Marisol</a><p>Text.</p>"
    head = '<meta name="author" content="Marisol Quintero">'
    assert authors(_page(head, body), None, None, "paper.example") == ["Marisol Quintero"]


def test_a_written_by_credit_line_when_the_byline_is_the_outlet() -> None:
    head = '<meta name="author" content="The Green Ledger">'
    body = ('<p><em>Courtesy of Harbour Science News</em></p>'
            '<p><em>Written by: <a href="https://hsn.example/x">Tobias Lind</a> </em></p>'
            "<p>Fishers in the delta have ...</p>")
    assert authors(_page(head, body), "The Green Ledger", "The Green Ledger", "greenledger.example") == ["Tobias Lind"]


def test_a_written_by_sentence_is_no_credit_line() -> None:
    body = "<p>Written by hand in 1850, the letter was found in an attic.</p>"
    assert authors(_page(body=body), None, None, "paper.example") == []


# Publication date ----------------------------------------------------------------------------

def test_the_first_publication_stamp_beats_a_generic_date_meta_holding_the_modified_date() -> None:
    head = ('<meta name="date" content="2021-03-08T10:00:00Z">'
            '<meta property="article:published_time" content="2021-03-05T08:30:00Z">'
            '<meta property="article:modified_time" content="2021-03-08T10:00:00Z">'
            + _jsonld('{"@type": "Article", "datePublished": "2021-03-05T08:30:00Z",'
                      ' "dateModified": "2021-03-08T10:00:00Z"}'))
    # The text extractor read the modified date the page shows under the headline.
    assert local_published_date(_page(head), date(2021, 3, 8)) == date(2021, 3, 5)


def test_a_generic_date_meta_is_still_read_without_a_publication_key() -> None:
    head = '<meta name="date" content="2021-03-08T10:00:00Z">'
    assert local_published_date(_page(head), date(2021, 3, 8)) == date(2021, 3, 8)


def test_the_text_extractors_date_still_beats_a_far_stamp_that_is_no_modification() -> None:
    head = '<meta property="article:published_time" content="2015-06-01T08:00:00Z">'
    assert local_published_date(_page(head), date(2021, 3, 8)) == date(2021, 3, 8)


def test_a_date_line_under_the_headline_of_a_post_without_timestamps() -> None:
    body = ("<div class='post'><h1>Ten Coaches to Follow</h1><p>March 3, 2016</p>"
            "<p>On June 5, 2015 we started this blog.</p></div><h1>Popular Posts</h1>")
    tree = _page("<title>Ten Coaches to Follow</title>", body)
    assert headline_date_line(tree) == date(2016, 3, 3)
    assert local_published_date(tree, None) == date(2016, 3, 3)


def test_a_weekday_date_line_above_the_headline() -> None:
    body = ("<div class='post-header'><span class='post-timestamp'>Friday, April 9, 2021</span></div>"
            "<h1>Harbour Hotel Opens</h1><p>Text.</p>")
    assert headline_date_line(_page(body=body)) == date(2021, 4, 9)


def test_a_sentence_with_a_date_next_to_the_headline_is_no_date_line() -> None:
    body = "<h1>Ten Coaches to Follow</h1><p>On March 3, 2016 we met the first of them.</p>"
    assert headline_date_line(_page(body=body)) is None
    assert local_published_date(_page(body=body), None) is None


def test_a_date_far_from_the_headline_is_no_date_line() -> None:
    body = "<h1>Title Here Now</h1>" + "<p>Paragraph.</p>" * 5 + "<p>March 3, 2016</p>"
    assert headline_date_line(_page(body=body)) is None
