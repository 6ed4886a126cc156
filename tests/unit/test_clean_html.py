"""trafilatura keeps the article and drops navigation, sidebars, comment forms and footers."""

from __future__ import annotations

from datetime import date

import pytest

from newsfacts.clean.html import clean_html_document
from tests.conftest import SAMPLES

PAGES = {
    "gulf-ledger-coalition-talks.html": {
        "title": "Iraq and US open talks on ending coalition mission",
        "publisher": "The Gulf Ledger",
        "author": "Hana Rashid",
        "published_date": date(2024, 1, 27),
        "url": "https://gulfledger.example/world/2024/01/27/iraq-us-coalition-talks",
        "first": "BAGHDAD — Iraq and the United States held the first round of talks",
        "furniture": ["Subscribe", "Most read", "Oil prices climb", "Leave a comment",
                      "Please enter your comment", "All rights reserved", "Privacy"],
    },
    "harbour-times-drawdown-timeline.html": {
        "title": "Coalition drawdown in Iraq could begin in September, sources say",
        "publisher": "Harbour Times",
        "author": "Daniel Okafor",
        "published_date": date(2024, 7, 23),
        "url": "https://harbourtimes.example/news/iraq-drawdown-september",
        "first": "Iraq wants the US-led coalition to start withdrawing troops in September",
        "furniture": ["Sign in", "Newsletters", "Related headlines", "cycle lanes", "Advertisement",
                      "Join the conversation", "Quay Street", "Cookies"],
    },
    "capital-wire-pentagon-briefing.html": {
        "title": "Pentagon: Iraq talks will not be about a withdrawal",
        "publisher": "Capital Wire",
        "author": "Maria Lindqvist",
        "published_date": date(2024, 1, 25),
        "url": "https://capitalwire.example/2024/01/25/pentagon-iraq-talks",
        "first": "The Defense Department says a new commission",
        "furniture": ["Podcasts", "Trending now", "$95 billion", "20 cm of snow",
                      "Your email address", "Post Comment", "Ethics policy", "Careers"],
    },
}


@pytest.fixture(scope="module", params=sorted(PAGES))
def page(request):
    html = (SAMPLES / "html" / request.param).read_bytes()
    return PAGES[request.param], clean_html_document(html)


def test_metadata(page):
    expected, cleaned = page
    for field in ("title", "publisher", "author", "published_date", "url"):
        assert getattr(cleaned, field) == expected[field], field


def test_body_starts_with_the_article_and_not_the_headline(page):
    expected, cleaned = page
    assert cleaned.body_text.startswith(expected["first"])


def test_page_furniture_is_cut(page):
    expected, cleaned = page
    for leftover in expected["furniture"]:
        assert leftover not in cleaned.body_text, leftover


def test_navigation_only_page_is_rejected_as_no_main_text():
    from datetime import UTC, datetime

    from newsfacts.clean import clean_input
    from newsfacts.records import InputFormat, RawInput, Rejection, RejectReason

    html = b"<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><footer>(c) 2024</footer></body></html>"
    raw = RawInput("/in/nav.html", InputFormat.HTML, "sha", "/raw/sha", len(html))
    result = clean_input(raw, html, datetime.now(UTC))
    assert isinstance(result, Rejection)
    assert result.reason == RejectReason.NO_MAIN_TEXT
    assert result.raw_path == "/raw/sha"


def test_copyright_year_is_not_taken_as_the_published_date():
    html = (b"<html><body><article><p>" + b"A long paragraph about the coalition talks in Baghdad. " * 10
            + b"</p></article><footer>(c) 2024 Example Media</footer></body></html>")
    assert clean_html_document(html).published_date is None


def test_script_only_page_has_no_main_text():
    html = b"<html><head><script>var a = 'story text that is not a story';</script></head><body><script>render()</script></body></html>"
    assert clean_html_document(html) is None


def test_hidden_copies_of_the_article_are_left_out_but_their_metadata_is_read():
    story = "".join(f"<p>The harbour authority counted {n} ferries leaving the port on the first day of the strike.</p>"
                    for n in (12, 15, 18))
    hidden = ('<div style="display: none;" itemscope itemtype="http://schema.org/NewsArticle">'
              '<div itemprop="headline">Ferries leave port as strike begins</div>'
              '<div itemprop="datePublished">2024-03-05T08:00:00+01:00</div>'
              f'<div itemprop="articleBody">{story}</div></div>'
              f'<div hidden>{story}</div><div style="visibility:hidden">{story}</div>')
    html = (f"<html><head><title>Ferries leave port as strike begins</title></head><body><article>"
            f"<h1>Ferries leave port as strike begins</h1>{story}</article>{hidden}</body></html>")
    cleaned = clean_html_document(html)
    assert cleaned.body_text.count("counted 12 ferries") == 1
    assert "2024-03-05T08" not in cleaned.body_text
    assert cleaned.published_date == date(2024, 3, 5)


def test_links_to_other_stories_after_the_article_are_cut():
    story = "".join(f"<p>The ferry operator added {n} sailings to the winter timetable, the harbour office said.</p>"
                    for n in (3, 4, 5))
    links = ("<p>You may also like...</p><p><a href='/a'>Who will run the harbour in 2030?</a></p>"
             "<p><a href='/b'>Ferry fares rise by 5 percent</a></p>")
    html = f"<html><body><article><h1>Ferries add sailings</h1>{story}{links}</article></body></html>"
    body = clean_html_document(html).body_text
    assert body.endswith("the harbour office said.")
    assert "2030" not in body and "You may also like" not in body


def test_a_related_heading_above_the_story_cuts_nothing():
    from newsfacts.clean.html import cut_trailer

    body = "Related stories\nThe port reopened on Monday.\nShips queued for 3 days.\nTrade resumed."
    assert cut_trailer(body) == body
