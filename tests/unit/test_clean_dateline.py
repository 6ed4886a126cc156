"""An SEC filing's exhibit is read from the HTML inside EDGAR's wrapper; a dateline dates a page
that states no date in its markup (clean/dateline.py); a lone "«" separates a title from its
site name."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from newsfacts.clean import clean_input
from newsfacts.clean.dateline import dateline_date, edgar_document
from newsfacts.records import Article, InputFormat, RawInput

NOW = datetime(2024, 6, 1, tzinfo=UTC)
RELEASE = (
    "<p>BRISTOL, March 4, 2022 &#151; Northwind Instruments plc today announced that it will buy "
    "the sensor business of Harbour Optics for an undisclosed sum, adding two factories and "
    "about 300 engineers to its staff.</p>"
    + "<p>The company said the deal would close in the second half of the year, subject to the "
    "approval of regulators in the United Kingdom and in Germany, where one of the plants is "
    "based. Its chief executive told analysts that the business had grown steadily for a decade "
    "and would help the group sell complete measuring systems to carmakers and airlines.</p>" * 3
)


def edgar_page(body: str) -> bytes:
    return ("<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>ex991.htm\n<DESCRIPTION>EX-99.1\n<TEXT>\n"
            f"<HTML><HEAD><TITLE>EX-99.1</TITLE></HEAD><BODY>{body}</BODY></HTML>\n</TEXT>\n</DOCUMENT>\n").encode()


def clean(payload: bytes) -> object:
    return clean_input(RawInput("/in/filing.htm", InputFormat.HTML, "sha", "/raw/sha", len(payload)), payload, NOW)


def test_an_edgar_exhibit_lands_with_its_dateline_date() -> None:
    article = clean(edgar_page(RELEASE))
    assert isinstance(article, Article), article
    assert article.body_text.startswith("BRISTOL, March 4, 2022")
    assert "<TYPE>" not in article.body_text and "EX-99.1\n" not in article.body_text
    assert (article.published_date, article.published_date_source) == (date(2022, 3, 4), "dateline")


def test_a_page_outside_edgar_is_read_as_it_is() -> None:
    payload = f"<html><body>{RELEASE}</body></html>".encode()
    assert edgar_document(payload) is payload
    wrapper_without_html = b"<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\nplain text exhibit\n</TEXT>\n</DOCUMENT>"
    assert edgar_document(wrapper_without_html) is wrapper_without_html


def test_the_pages_own_date_wins_over_its_dateline() -> None:
    payload = (f'<html><head><meta property="article:published_time" content="2022-03-05T09:00:00Z">'
               f"</head><body><article>{RELEASE}</article></body></html>").encode()
    article = clean(payload)
    assert isinstance(article, Article), article
    assert (article.published_date, article.published_date_source) == (date(2022, 3, 5), "page")


def test_a_dateline_in_the_future_dates_nothing() -> None:
    article = clean(edgar_page(RELEASE.replace("March 4, 2022", "March 4, 2031")))
    assert isinstance(article, Article), article
    assert (article.published_date, article.published_date_source) == (None, None)


@pytest.mark.parametrize(("line", "expected"), [
    ("NEW YORK, March 3, 2020 /PRNewswire/ -- Acme Corp said on Tuesday", date(2020, 3, 3)),
    ("LONDON (Reuters), 4 May 2019 - Shares in the bank fell", date(2019, 5, 4)),
    ("SAN DIEGO, Calif., Jan. 5, 2021 — The city council voted", date(2021, 1, 5)),
    ("Lisbon, Sept. 30, 2018 – The festival opened", date(2018, 9, 30)),
    ("ST. LOUIS, December 1, 2017 — The brewer said", date(2017, 12, 1)),
])
def test_datelines(line: str, expected: date) -> None:
    assert dateline_date(f"A headline over the story\n{line}") == expected


@pytest.mark.parametrize("line", [
    "WASHINGTON — The Senate voted on July 4, 2019 - a holiday",  # the date is inside the sentence
    "The meeting on July 2, 2014 — which ran late — ended in a vote",
    "In 2014, March 3, 2020 - the numbers",
    "PARIS, February 30, 2020 — an impossible day",
    "NEW YORK, March 3, 2020 The story goes on without a dash",
])
def test_no_dateline(line: str) -> None:
    assert dateline_date(line) is None


def test_a_dateline_deep_in_the_body_is_not_the_page_date() -> None:
    body = "\n".join(["A paragraph of the story."] * 8 + ["PARIS, March 3, 2020 — a quoted release"])
    assert dateline_date(body) is None


@pytest.mark.parametrize(("title", "site", "expected"), [
    ("“It turns out” «  the northwind blog", "the northwind blog", "“It turns out”"),
    ("Archives « Blog de Paul", "Blog de Paul", "Archives"),
    # a guillemet that a » closes quotes, it separates nothing
    ("Le « mot » du jour - Le Monde", "Le Monde", "Le « mot » du jour"),
])
def test_a_lone_guillemet_separates_the_site_name(title: str, site: str, expected: str) -> None:
    from newsfacts.clean.metadata import strip_site_affixes

    assert strip_site_affixes(title, site, None) == expected
