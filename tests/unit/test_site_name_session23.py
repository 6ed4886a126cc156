"""A site name that is really the headline (session 23, set U's New York Times page)."""

from newsfacts.clean.html import clean_html_document

# A dot in the headline ("U.N.") is what made trafilatura take it for a domain-like site name.
HEADLINE = "Nikki Haley to Resign as Trump’s Ambassador to the U.N."
URL = "https://www.nytimes.com/2018/10/09/us/politics/nikki-haley.html"
BODY = (
    "<p>" + "Nikki Haley said on Tuesday that she would resign at the end of the year, in a surprise "
    "announcement. " * 5 + "</p><p>" + "The president praised her work at the United Nations during a "
    "meeting in the Oval Office with reporters. " * 4 + "</p>"
)


def _page(head_extra: str = "") -> bytes:
    return (
        f"<html><head><title>{HEADLINE} - The New York Times</title>"
        f'<meta name="og:title" value="{HEADLINE}">{head_extra}</head>'
        f"<body><article><h1>{HEADLINE}</h1>{BODY}</article></body></html>"
    ).encode()


def test_headline_taken_for_the_site_name_leaves_the_title_whole():
    cleaned = clean_html_document(_page(), url=URL)
    assert cleaned.title == HEADLINE
    assert cleaned.publisher != HEADLINE  # the site's host, not the headline


def test_a_declared_site_name_is_kept():
    cleaned = clean_html_document(_page('<meta property="og:site_name" content="The New York Times">'), url=URL)
    assert cleaned.title == HEADLINE
    assert cleaned.publisher == "The New York Times"


def test_a_site_name_meta_that_repeats_the_headline_is_no_site_name():
    # One check for this, where the page's fields are read (clean/html.py, page_metadata): a
    # og:site_name that is the headline itself is dropped before the title and publisher use it.
    head = f'<meta property="og:site_name" content="{HEADLINE}">'
    cleaned = clean_html_document(_page(head), url=URL)
    assert cleaned.title == HEADLINE
    assert cleaned.publisher not in {HEADLINE, None}
