"""Session 15: a timestamp without a zone is local time when the page prints its clock time beside
a zone."""

from __future__ import annotations

from datetime import date

from newsfacts.clean.metadata import local_published_date
from tests.unit.html_pages import html_page

NAIVE_STAMPS = ('<meta itemprop="datePublished" content="2014-01-25T00:57:05"/>'
                '<meta itemprop="dateModified" content="2014-01-25T15:53:10"/>')


def test_a_naive_stamp_printed_beside_its_zone_is_local_time() -> None:
    page = html_page(NAIVE_STAMPS, "<p>Updated 3:53 p.m. EST January 25, 2014</p><p>Text.</p>")
    assert local_published_date(page, date(2014, 1, 25)) == date(2014, 1, 25)


def test_a_naive_stamp_whose_clock_time_the_page_does_not_print_is_still_utc() -> None:
    # The printed time (10:53 a.m. EST) is the UTC stamp moved into the zone: the stamps are UTC.
    page = html_page(NAIVE_STAMPS, "<p>Updated 10:53 a.m. EST January 25, 2014</p><p>Text.</p>")
    assert local_published_date(page, date(2014, 1, 25)) == date(2014, 1, 24)
