"""A list of story cards beside the article (linked headlines with a short subline) is not its text."""

from __future__ import annotations

from newsfacts.clean.html import clean_html_document

ARTICLE = " ".join(
    f"Paragraph {n} of the council report says the bridge repairs will cost more than planned"
    " and that the work will finish in the spring, according to the city engineer." for n in range(1, 9)
)


def page(cards: str) -> str:
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in ARTICLE.split(". ") if sentence)
    return (
        "<html><head><title>Bridge repairs to cost more</title></head><body>"
        "<article><h1>Bridge repairs to cost more</h1>"
        f"<div class='article-body'>{paragraphs}</div></article>"
        f"<div class='more'>{cards}</div></body></html>"
    )


def card(n: int, subline: str = "A short line about another story") -> str:
    return f"<li><a href='/s/{n}'><img src='/i/{n}.jpg'></a><h3><a href='/s/{n}'>Other headline {n}</a></h3><h4>{subline} {n}</h4></li>"


def test_three_story_cards_are_dropped():
    cleaned = clean_html_document(page("<ul>" + "".join(card(n) for n in range(1, 5)) + "</ul>"))
    assert "Paragraph 1 of the council report" in cleaned.body_text
    assert "Other headline" not in cleaned.body_text
    assert "another story" not in cleaned.body_text


def test_a_list_with_long_items_is_kept_whole():
    long_subline = "An item of a real list in the article that runs on at length " * 8
    html = page("").replace(
        "</div></article>",
        "<ul>" + "".join(card(n, long_subline) for n in range(1, 4)) + "</ul></div></article>",
    )
    cleaned = clean_html_document(html)
    assert all(f"Other headline {n}" in cleaned.body_text for n in range(1, 4))
