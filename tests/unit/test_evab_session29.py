"""Session 29's events and metadata round from set AB's errors: each rule on made-up sentences and
pages, with a near miss it must leave alone."""

from __future__ import annotations

from datetime import date

import lxml.html

from newsfacts.clean.metadata import authors, headline
from tests.unit.test_extract_events import dated_events, events_of

JAN_9_2017 = date(2017, 1, 9)  # a Monday
DEC_28_2016 = date(2016, 12, 28)


def test_a_quoted_capitalised_time_word_is_a_label() -> None:
    assert dated_events("Move anything urgent into the “Today” folder before lunch.", JAN_9_2017) == {}
    assert dated_events("I usually spend Friday mornings answering “This Week” emails.", JAN_9_2017) == {}
    # Near miss: a time word said in the text, unquoted, dates the happening.
    assert dated_events("The council voted today to close the library.", JAN_9_2017) == {
        "today": (JAN_9_2017, "day")}


def test_a_month_before_issue_or_cover_names_a_magazines_issue() -> None:
    assert dated_events("The actor, who graces the magazine's February cover, says he is happier.",
                        JAN_9_2017) == {}
    assert "March 2017" not in dated_events("Vogue's March 2017 issue is on newsstands Feb. 14.", JAN_9_2017)
    # Near misses: a journal's issue named with "of" dates the paper's publication; "cover" and
    # "issue" as verbs or standing apart leave the month a date.
    assert "December 2016" in dated_events("The study is featured in the December 2016 issue of the journal.",
                                           JAN_9_2017)
    assert "January" in dated_events("The board met in January to cover the losses.", JAN_9_2017)
    assert "March 2017" in dated_events("The company will issue new shares in March 2017.", JAN_9_2017)


def test_a_hedged_count_ago_is_the_count_ago() -> None:
    assert dated_events("A year or so ago the company launched a smaller speaker.", JAN_9_2017) == {
        "A year or so ago": (date(2016, 1, 1), "year")}
    assert dated_events("Two weeks or so ago, the mayor resigned.", JAN_9_2017) == {
        "Two weeks or so ago": (date(2016, 12, 26), "week")}
    # Near miss: a hedged stretch with no "ago" dates nothing.
    assert dated_events("The old plant will keep running for a year or so.", JAN_9_2017) == {}


def test_a_day_in_an_update_note_comes_after_publication() -> None:
    body = "The band released the album on Monday.\nUpdate:\nOn December 29, a spokesman confirmed the tour."
    assert dated_events(body, DEC_28_2016)["December 29"] == (date(2016, 12, 29), "day")
    body = "The band released the album on Monday.\nUPDATE: On December 30, a spokesman confirmed the tour."
    assert dated_events(body, DEC_28_2016)["December 30"] == (date(2016, 12, 30), "day")
    # Near misses: no update note, or a day far from publication, keeps the past year.
    body = "The band released the album on Monday.\nOn December 29, a spokesman confirmed the tour."
    assert dated_events(body, DEC_28_2016)["December 29"] == (date(2015, 12, 29), "day")
    body = "The band released the album on Monday.\nUpdate:\nOn March 3, a spokesman confirmed the tour."
    assert dated_events(body, DEC_28_2016)["March 3"] == (date(2016, 3, 3), "day")


def test_a_reply_is_something_said() -> None:
    (event,) = events_of("On December 20, the mayor got a reply from the minister.", DEC_28_2016)
    assert event.event_type == "statement"
    # Near miss: a thing got, not words, is no statement.
    (event,) = events_of("On December 20, the mayor got a package from the minister.", DEC_28_2016)
    assert event.event_type != "statement"


def _page(body: str, og: str = "Ten Ways to Keep Your Kitchen Tidy") -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f'<html><head><meta property="og:title" content="{og}"></head>'
                                f"<body>{body}</body></html>")


def test_a_blogs_banner_h1_is_no_headline() -> None:
    tree = _page('<h1 class="blog-banner-title">Home Front: Our Weekly Household Column</h1>'
                 "<h2>Ten Ways to Keep Your Kitchen Tidy</h2><p>Start with the sink.</p>")
    assert headline(tree, None, None, "example.com") == "Ten Ways to Keep Your Kitchen Tidy"
    # Near miss: a headline h1 styled as a "hero banner" shares the og:title's words.
    tree = _page('<h1 class="hero-banner-title">Ten Ways to Keep a Kitchen Tidy</h1><p>Start with the sink.</p>')
    assert headline(tree, None, None, "example.com") == "Ten Ways to Keep a Kitchen Tidy"


def test_a_headline_wrapped_in_a_paragraph_inside_the_h1_is_read() -> None:
    tree = _page("<h1 class=title><p>Ten Ways to Keep Your Kitchen 'Tidy'</p> </h1>"
                 "<p class=byline>By Ann Lee</p>")
    assert headline(tree, None, None, "example.com") == "Ten Ways to Keep Your Kitchen 'Tidy'"
    # Near miss: an empty h1 (a logo image) before a paragraph of the story keeps the og:title.
    tree = _page("<h1 class=logo><img src=logo.png></h1><p>Start with the sink, then the counters.</p>")
    assert headline(tree, None, None, "example.com") == "Ten Ways to Keep Your Kitchen Tidy"


def test_a_commenter_is_no_author_and_the_author_box_link_is() -> None:
    page = ('<article><h1>Ten Ways to Keep Your Kitchen Tidy</h1><p>Start with the sink.</p>'
            '<div id="authorinfobox"><a href="https://example.com/author/annlee/">Ann Lee</a> writes about homes.</div>'
            '</article><ul class="commentlist"><li><div class="commentauthor"><div>Bob Roe</div></div>'
            "<div class=commenttext>Great tips!</div></li></ul>")
    assert authors(_page(page), "Bob Roe", None, "example.com") == ["Ann Lee"]
    # Near misses: a name printed outside the comments stays; an author link whose address spells
    # another name (a related story's writer) credits nobody.
    page = ('<article><h1>Ten Ways to Keep Your Kitchen Tidy</h1><p class=by>Bob Roe</p>'
            "<p>Start with the sink.</p></article>")
    assert authors(_page(page), "Bob Roe", None, "example.com") == ["Bob Roe"]
    page = ('<article><h1>Ten Ways to Keep Your Kitchen Tidy</h1><p>Start with the sink.</p>'
            '<a href="https://example.com/author/editors/">Ann Lee</a></article>')
    assert authors(_page(page), None, None, "example.com") == []
