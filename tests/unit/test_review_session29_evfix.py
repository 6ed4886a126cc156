"""The review of session 29's events and metadata rules: made-up news sentences and pages the
session-29 rules got wrong (the session-28 code got them right), each a regression test."""

from __future__ import annotations

from datetime import date

import lxml.html

from newsfacts.clean.metadata import authors, headline
from tests.unit.test_extract_events import dated_events, events_of

MAR_14_2024 = date(2024, 3, 14)  # a Thursday


def test_a_quoted_one_word_opener_dates_the_event() -> None:
    assert dated_events("“Today,” the minister said, “we are announcing the largest investment in our history.”",
                        MAR_14_2024) == {"Today": (MAR_14_2024, "day")}
    assert dated_events("“Yesterday,” the coach said, “we showed what this team can do.”", MAR_14_2024) == {
        "Yesterday": (date(2024, 3, 13), "day")}
    assert dated_events("Asked when the deal would close, the chief executive answered: “Tomorrow.”",
                        MAR_14_2024) == {"Tomorrow": (date(2024, 3, 15), "day")}
    # The session-29 rule's labels stay labels.
    assert dated_events("Move anything urgent into the “Today” folder before lunch.", MAR_14_2024) == {}


def test_a_bond_or_share_issue_keeps_its_month() -> None:
    assert dated_events("Greece's January issue of new debt was three times oversubscribed.", MAR_14_2024) == {
        "January": (date(2024, 1, 1), "month")}
    assert dated_events("The company's April issue of convertible notes raised $2 billion.", MAR_14_2024) == {
        "April": (date(2023, 4, 1), "month")}
    # A magazine's issue stays no date.
    assert "March 2017" not in dated_events("Vogue's March 2017 issue is on newsstands Feb. 14.", MAR_14_2024)


def test_reply_in_a_sports_story_is_sport() -> None:
    (event,) = events_of("Chelsea's reply came on Sunday when Palmer scored twice.", MAR_14_2024)
    assert event.event_type == "sport"
    (event,) = events_of("Arsenal's reply on Saturday came through a Saka penalty.", MAR_14_2024)
    assert event.event_type != "statement"
    # A reply in words stays a statement.
    (event,) = events_of("On March 3, she got a reply from the mayor's office.", MAR_14_2024)
    assert event.event_type == "statement"


def _page(body: str, og: str = "Ten Ways to Keep Your Kitchen Tidy") -> lxml.html.HtmlElement:
    return lxml.html.fromstring(f'<html><head><meta property="og:title" content="{og}"></head>'
                                f"<body>{body}</body></html>")


def test_a_short_banner_headline_is_the_headline() -> None:
    tree = _page('<h1 class="article-banner__headline">Biden wins Georgia</h1><p>Story.</p>',
                 og="Election results 2020: Democrat takes state after recount")
    assert headline(tree, None, None, "example.com") == "Biden wins Georgia"
    tree = _page('<div class=hero-banner><h1 class="hero-banner-title">Fed cuts rates</h1></div><p>Story.</p>',
                 og="Fed cuts key rate by half a point | Reuters")
    assert headline(tree, None, None, "example.com") == "Fed cuts rates"
    # A blog's banner over a post whose h2 is the headline stays dropped.
    tree = _page('<h1 class="blog-banner-title">Home Front: Our Weekly Household Column</h1>'
                 "<h2>Ten Ways to Keep Your Kitchen Tidy</h2><p>Start with the sink.</p>")
    assert headline(tree, None, None, "example.com") == "Ten Ways to Keep Your Kitchen Tidy"


def test_an_author_page_link_in_the_body_or_sidebar_is_no_byline() -> None:
    tree = _page('<article><h1>Ten Ways to Keep Your Kitchen Tidy</h1><p>As my colleague <a href="/author/john-smith/">'
                 "John Smith</a> reported last week, the sink matters.</p></article>")
    assert authors(tree, None, None, "example.com") == []
    tree = _page('<article><h1>Ten Ways to Keep Your Kitchen Tidy</h1><p>Start with the sink.</p></article>'
                 '<aside class=sidebar><h3>Our columnists</h3><a href="/authors/maria-garcia">Maria Garcia</a></aside>')
    assert authors(tree, None, None, "example.com") == []
    # The "about the author" box under a post still names its writer.
    tree = _page('<article><h1>Ten Ways to Keep Your Kitchen Tidy</h1><p>Start with the sink.</p>'
                 '<div class="author-bio"><a href="/author/craiglloyd/">Craig Lloyd</a> writes about homes.</div>'
                 "</article>")
    assert authors(tree, None, None, "example.com") == ["Craig Lloyd"]


COMMENTS = ('<ul class="commentlist"><li><div class="commentauthor"><div>Ann Lee</div></div>'
            "<div class=commenttext>Thanks for reading, glad it helped!</div></li></ul>")


def test_a_byline_split_across_elements_survives_the_authors_reply() -> None:
    tree = _page("<article><h1>Ten Ways</h1><div class=byline>By <span>Ann</span> <span>Lee</span></div>"
                 "<p>Start with the sink.</p></article>" + COMMENTS)
    assert authors(tree, "Ann Lee", None, "example.com") == ["Ann Lee"]
