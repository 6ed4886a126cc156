"""Session 11 cleaning: blocks of links to other stories under a heading ("Top stories", "Partner
news", "Read more: ...") leave the article text, and the credit line that closes a quoted excerpt
("[ The Daily Courier ]") stays in it. All pages here are made up."""

from __future__ import annotations

import lxml.html
import pytest

from newsfacts.clean.credits import is_excerpt_credit, keep_excerpt_credits
from newsfacts.clean.html import LINKED_CARD_GRID_XPATH, clean_html_document
from newsfacts.clean.related import (
    is_related_heading,
    is_related_line,
    prune_related_blocks,
)

PARAGRAPHS = "".join(
    f"<p>Paragraph {n}: the harbour board said on Thursday that the new ferry terminal will open"
    " in the autumn, two years later than planned, after the contractor asked for more time.</p>"
    for n in range(1, 8)
)


def page(after: str = "", before: str = "") -> str:
    """An article in a table cell that also holds what comes `before` and `after` its paragraphs."""
    return (
        "<html><head><title>Ferry terminal delayed</title></head><body><table><tr><td>"
        f"<h1>Ferry terminal delayed</h1>{before}{PARAGRAPHS}{after}</td></tr></table></body></html>"
    )


def teaser_item(n: int) -> str:
    return (
        f"<div class='item'><table><tr><td><a href='/news/{n}'><img src='/i/{n}.jpg'></a></td>"
        f"<td><a href='/news/{n}' class='bold'>Mayor opens a new library branch number {n}</a></td></tr>"
        f"</table><div>The branch, built on the old market site, cost 4 million dollars and opened on"
        f" Monday {n}.</div></div>"
    )


@pytest.mark.parametrize("heading", [
    "Top stories", "Partner news", "Latest news", "More from the Valley Desk", "Related articles",
    "Recommended for you", "Most read", "Don't miss", "You may also like...", "Most popular in the section",
])
def test_a_heading_that_opens_a_list_of_other_stories(heading: str) -> None:
    assert is_related_heading(heading)
    assert is_related_heading(f"\u00a0 {heading.upper()}:")


@pytest.mark.parametrize("text", [
    "Latest developments in the strike", "Related to the harbour board", "More rain is expected",
    "Top of the league", "Partners", "The most popular ferry route in the country",
])
def test_a_heading_of_the_article_is_no_such_heading(text: str) -> None:
    assert not is_related_heading(text)


def test_headlines_with_teasers_under_top_stories_leave_the_body() -> None:
    block = ("<div class='bar'><img src='/i/dot.gif'> <strong>Top stories</strong></div><div class='line'></div>"
             "<div><div class='scroller'>" + "".join(teaser_item(n) for n in range(1, 5)) + "</div></div>")
    body = clean_html_document(page(block)).body_text
    assert "Paragraph 7: the harbour board" in body
    assert "library branch" not in body
    assert "Top stories" not in body


def test_a_placeholder_link_between_heading_and_headlines_does_not_stop_the_block() -> None:
    block = ("<div><b>Partner news</b></div><div id='widget'><center><a href='https://ads.example'>Loading...</a>"
             "</center></div><div class='more'>" + "".join(teaser_item(n) for n in range(1, 4)) + "</div>")
    body = clean_html_document(page(block)).body_text
    assert "library branch" not in body
    assert "Partner news" not in body


def test_a_line_of_tagged_links_under_dont_miss_leaves_the_body() -> None:
    block = ("<p><strong>DON'T MISS</strong></p><p><a href='/a'>Council votes to close the old pier</a>"
             " [<strong>VIDEO]</strong><br><a href='/b'>Storm brings down power lines across the bay</a>"
             " [<strong>PICTURES]</strong></p>")
    html = page(f"{block}<p>The board will meet again in March.</p>")
    body = clean_html_document(html).body_text
    assert "Council votes" not in body and "DON'T MISS" not in body
    assert "The board will meet again in March." in body


def test_a_latest_heading_over_article_paragraphs_is_left_alone() -> None:
    tree = lxml.html.fromstring(
        "<div><h3>Latest</h3><p>The contractor said on Friday that steel deliveries, delayed by the"
        " strike at the mill, had resumed and that <a href='/s'>the crane crews</a> were back at work on"
        " the quay, with the terminal roof now due to be closed in before the winter storms arrive.</p></div>")
    assert prune_related_blocks(tree) == 0
    assert tree.xpath("//h3")


def test_a_read_more_line_with_one_linked_headline_leaves_the_body() -> None:
    inline = "<p>Read more: <a href='/x'>Harbour board approves budget for ferry terminal</a></p>"
    html = page().replace("</p><p>Paragraph 4", f"</p>{inline}<p>Paragraph 4", 1)
    body = clean_html_document(html).body_text
    assert "approves budget" not in body
    assert "Paragraph 4: the harbour board" in body


@pytest.mark.parametrize("markup, expected", [
    ("<p>Related: <a href='/x'>Why ferries run late in the winter months</a></p>", True),
    ("<p><b>SEE MORE:</b> <a href='/x'>Ferry passengers stranded for six hours</a></p>", True),
    ("<p>Read more about the plan in <a href='/x'>the harbour board's annual report</a></p>", False),
    ("<p>The mayor said: <a href='/x'>the ferry terminal will open in autumn</a></p>", False),
    ("<p>Related: <a href='/x'>Ferries</a></p>", False),
])
def test_a_line_linking_to_one_other_story(markup: str, expected: bool) -> None:
    assert is_related_line(lxml.html.fragment_fromstring(markup)) is expected


def test_dropping_a_block_keeps_the_text_after_it() -> None:
    tree = lxml.html.fromstring(
        "<div><p>First.</p><div><p><strong>DON'T MISS</strong></p><p><a href='/a'>Council votes to close"
        " the old pier</a> [<strong>VIDEO]</strong><br><a href='/b'>Storm brings down power lines across"
        " the bay</a> [<strong>PICTURES]</strong></p></div> and the rest.</div>")
    assert prune_related_blocks(tree) == 1
    assert " ".join(tree.text_content().split()) == "First. and the rest."


def excerpt(outlet: str, opening: str = "[", closing: str = "]") -> str:
    return (
        "<blockquote><p>The new terminal is a handsome building, but the ferries that were meant to"
        " use it are still in the yard, and nobody at the board will say when they will sail.</p></blockquote>"
        f"<p><strong>{opening}</strong><a href='https://news.example/review'><strong>{outlet}</strong></a>"
        f"<strong>{closing}</strong></p>"
    )


def test_the_credit_line_of_each_quoted_excerpt_stays_in_the_body() -> None:
    quotes = "".join(excerpt(outlet) for outlet in ["The Daily Courier", "Coast Weekly", "The Harbour Gazette"])
    html = page(before=f"<p>What the critics say:</p>{quotes}")
    body = clean_html_document(html).body_text
    for outlet in ["The Daily Courier", "Coast Weekly", "The Harbour Gazette"]:
        assert f"[{outlet}]" in body


@pytest.mark.parametrize("opening, closing", [("[ ", " ]"), ("(", ")"), ("— ", "")])
def test_a_linked_outlet_in_brackets_or_after_a_dash_closing_an_excerpt_is_a_credit(opening, closing) -> None:
    tree = lxml.html.fromstring(f"<div>{excerpt('The Daily Courier', opening, closing)}</div>")
    assert keep_excerpt_credits(tree) == 1
    assert not tree.xpath("//p/a")
    assert "The Daily Courier" in tree.text_content()


def test_a_bracketed_link_that_closes_no_excerpt_is_no_credit() -> None:
    tree = lxml.html.fromstring("<div><p>Some text.</p><p>[<a href='/home'>Back to the front page</a>]</p></div>")
    assert not is_excerpt_credit(tree.findall("p")[1])
    long_credit = "<div><blockquote><p>Quoted.</p></blockquote><p>[<a href='/x'>Read</a> the rest]</p></div>"
    assert keep_excerpt_credits(lxml.html.fromstring(long_credit)) == 0


@pytest.mark.parametrize("markup, expected", [
    ("<p><strong><a href='/x'>SINGER SAYS NEW TOUR WILL BE HER LAST</a></strong></p>", True),
    ("<p><a href='/x'>CLICK FOR THE FULL COUNTY ELECTION RESULTS</a></p>", False),
    ("<p><a href='/x'>SIGN UP NOW</a></p>", False),
    ("<p><a href='/x'>Singer says new tour will be her last</a></p>", False),
    ("<p><strong>HOW THE VOTE WAS COUNTED</strong></p>", False),
])
def test_a_paragraph_that_is_one_linked_headline_in_capitals(markup: str, expected: bool) -> None:
    assert is_related_line(lxml.html.fragment_fromstring(markup)) is expected


def test_a_linked_headline_in_capitals_between_paragraphs_leaves_the_body() -> None:
    line = "<p><strong><a href='/x'>SINGER SAYS NEW TOUR WILL BE HER LAST</a></strong></p>"
    body = clean_html_document(page().replace("</p><p>Paragraph 4", f"</p>{line}<p>Paragraph 4", 1)).body_text
    assert "SINGER" not in body
    assert "Paragraph 4: the harbour board" in body


def test_a_link_card_opening_with_also_on_between_paragraphs_leaves_the_body() -> None:
    card = ("<a href='/x' class='read-more'><span><span>Also on example.com</span> <span>Port strike enters"
            " its third week as talks stall</span></span></a>")
    body = clean_html_document(page().replace("</p><p>Paragraph 4", f"</p>{card}<p>Paragraph 4", 1)).body_text
    assert "Port strike" not in body


@pytest.mark.parametrize("markup, expected", [
    ("<a href='/x'><span><span>Also on example.com</span> <span>Port strike enters its third week"
     " as talks stall</span></span></a>", True),
    ("<a href='/x'><span>Read more</span></a>", False),
    ("<a href='/x'><span>The harbour board</span> <span>said the talks had stalled</span></a>", False),
])
def test_a_link_card_that_opens_with_such_words(markup: str, expected: bool) -> None:
    assert is_related_line(lxml.html.fragment_fromstring(markup)) is expected


def linked_card(n: int) -> str:
    return f"<article class='promo'><a href='/s/{n}'><img src='/i/{n}.jpg'><h3>Band announces reunion show {n}</h3></a></article>"


def test_a_grid_of_cards_each_a_link_around_its_headline_is_pruned() -> None:
    grid = "<div class='promo-items'>" + "".join(linked_card(n) for n in range(1, 5)) + "</div>"
    tree = lxml.html.fromstring(f"<html><body><section><h3>Award season</h3>{grid}</section>{PARAGRAPHS}</body></html>")
    assert [e.get("class") for e in tree.xpath(LINKED_CARD_GRID_XPATH)] == ["promo-items"]


def test_a_container_of_cards_and_article_paragraphs_is_not_pruned() -> None:
    mixed = "<div>" + "".join(linked_card(n) for n in range(1, 4)) + "<p>The board will meet again in March.</p></div>"
    two = "<div>" + "".join(linked_card(n) for n in range(1, 3)) + "</div>"
    tree = lxml.html.fromstring(f"<html><body>{mixed}{two}{PARAGRAPHS}</body></html>")
    assert tree.xpath(LINKED_CARD_GRID_XPATH) == []
