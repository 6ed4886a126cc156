"""Story-card lists beside the article and hover cards inside its sentences are not its text."""

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


def hover_card(name: str) -> str:
    return (
        f"<span class='people'><a href='/people/{name}'>{name}</a><span class='card'><span>"
        f"<img src='/i/{name}.jpg'><a href='/people/{name}'>{name} Lynn</a>"
        f"<a href='/s/1'>Governor doubles down on campaign</a> <a href='/s/2'>Law takes effect</a>"
        "<a href='/people'>MORE</a></span></span></span>"
    )


def test_a_hover_card_inside_a_sentence_is_dropped_and_the_name_kept():
    html = page("").replace(
        "<div class='article-body'>",
        f"<div class='article-body'><p>South Dakota Gov. {hover_card('Kristi Noem')} (R) is defending"
        " the state's launch of an anti-drug campaign with a new slogan on Monday.</p>",
    )
    body = clean_html_document(html).body_text
    assert "South Dakota Gov. Kristi Noem (R) is defending" in " ".join(body.split())
    assert "doubles down" not in body
    assert "MORE" not in body


def test_a_span_wrapping_a_whole_paragraph_with_an_image_is_kept():
    html = page("").replace(
        "<div class='article-body'>",
        "<div class='article-body'><p><span><img src='/i/map.png'> The map shows the <a href='/a'>old bridge</a>"
        " and the <a href='/b'>new bridge</a> that the council wants to open next year.</span></p>",
    )
    assert "the council wants to open next year" in clean_html_document(html).body_text
