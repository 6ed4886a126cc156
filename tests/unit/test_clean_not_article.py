"""Only article text lands: menus, link lists, JSON and feeds named .html are rejected; prose with no
markup at all named .html is read as the plain text it is."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsfacts.clean import clean_input
from newsfacts.records import Article, InputFormat, RawInput, Rejection, RejectReason
from tests.local_site import AEB_HTML

NOW = datetime(2024, 6, 1, tzinfo=UTC)
STORY = ("The council met on Tuesday to discuss the new budget for roads and schools in the district. "
         "Members agreed to publish the full figures next month after a public consultation. ")


def page(body: str, title: str = "Budget talks") -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


def links(n: int, text: str = "Section {i}", sep: str = "") -> str:
    return sep.join(f'<a href="/s/{i}">{text.format(i=i)}</a>' for i in range(n))


def clean(payload: bytes) -> Article | Rejection:
    return clean_input(RawInput("/in/page.html", InputFormat.HTML, "sha", "/raw/sha", len(payload)), payload, NOW)


NOT_ARTICLES = [
    ("nav-300-links", page(f"<nav>{links(300)}</nav>"), RejectReason.NO_MAIN_TEXT, "link text"),
    ("link-list", page(f"<ul>{links(300, 'Section {i} news and more about it', '</li><li>')}</ul>"),
     RejectReason.NO_MAIN_TEXT, "link text"),
    ("headline-index", page("<main><h1>Latest</h1>" + links(60, "Minister {i} resigns over the budget row", "<br>")
                            + "</main>"), RejectReason.NO_MAIN_TEXT, None),
    ("json-as-html", json.dumps({"title": "Budget talks", "body": STORY * 4}).encode(), RejectReason.NOT_HTML, "JSON"),
    ("json-list", json.dumps([{"headline": STORY}] * 5).encode(), RejectReason.NOT_HTML, "JSON"),
    ("rss-as-html", (f'<?xml version="1.0"?><rss version="2.0"><channel><title>World</title>'
                     f"<item><title>Budget</title><description>{STORY * 3}</description></item></channel></rss>"
                     ).encode(), RejectReason.NOT_HTML, "feed"),
]
ARTICLES = [
    ("story", page(f"<article><h1>Budget talks</h1><p>{STORY * 3}</p></article>")),
    ("story-with-menu", page(f"<nav>{links(300)}</nav><article><p>{STORY * 3}</p></article>")),
    ("story-with-inline-links", page(f"<article><p>{STORY}<a href='/c'>The council</a> said {STORY}"
                                     f"<a href='/b'>the budget</a> {STORY}</p></article>")),
    ("json-like-text-in-html", page(f"<article><p>{{ {STORY * 3} }}</p></article>")),
]


@pytest.mark.parametrize(("name", "payload", "reason", "detail"), NOT_ARTICLES, ids=[r[0] for r in NOT_ARTICLES])
def test_pages_that_are_not_articles_are_rejected(name, payload, reason, detail):
    result = clean(payload)
    assert isinstance(result, Rejection), f"{name} landed: {result.body_text[:80]!r}"
    assert result.reason == reason
    assert detail is None or detail in result.detail


@pytest.mark.parametrize(("name", "payload"), ARTICLES, ids=[r[0] for r in ARTICLES])
def test_articles_with_menus_and_links_still_land(name, payload):
    result = clean(payload)
    assert isinstance(result, Article), result
    assert "council met on Tuesday" in result.body_text


def test_prose_with_no_markup_named_html_lands_as_text():
    result = clean((STORY * 4).encode())
    assert isinstance(result, Article), result
    assert result.body_text.startswith("The council met on Tuesday") and result.input_format == "html"


def test_a_markup_free_file_too_short_for_an_article_is_still_rejected():
    result = clean(b"Service unavailable. Try again later.")
    assert isinstance(result, Rejection) and result.reason == RejectReason.NO_MAIN_TEXT


def test_a_real_link_round_up_article_still_lands():
    # The corpus page with the most link text (43% of its main text): ten tech stories, each linked.
    payload = next(AEB_HTML.glob("fde930b01859*.html")).read_bytes()
    result = clean(payload)
    assert isinstance(result, Article), result


@pytest.mark.parametrize(
    ("hints", "expected"),
    [
        ({"publisher_hint": "Example Times"}, ("Example Times", None)),
        ({"expected_language": "en"}, (None, None)),
        ({"expected_language": "fr"}, (None, RejectReason.OTHER_LANGUAGE)),
    ],
)
def test_a_sources_file_publisher_and_language_apply(hints, expected):
    payload = page(f"<article><p>{STORY * 3}</p></article>")
    raw = RawInput("https://example.org/a", InputFormat.HTML, "sha", "/raw/sha", len(payload), **hints)
    result = clean_input(raw, payload, NOW)
    publisher, reason = expected
    if reason:
        assert isinstance(result, Rejection) and result.reason == reason
    else:
        assert isinstance(result, Article) and (publisher is None or result.publisher == publisher)
