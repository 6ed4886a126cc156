"""The publication date where it was published, from the page's own stamps, URL or byline line."""

from __future__ import annotations

from datetime import date

import pytest

from newsfacts.clean.metadata import load_tree, local_published_date, stated_publication_date


def page(head: str = "", body: str = "<p>Text.</p>") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(("html", "expected"), [
    # A stamp with its own offset gives its local date, even when a bare copy sits beside it.
    (page('<meta name="date" content="2019-11-19 05:45:00">'
          '<meta property="article:published_time" content="2019-11-19T05:45:00-08:00">',
          "<p>Posted 5:45 AM PST</p>"), date(2019, 11, 19)),
    # A bare time with a zone named on the page is UTC moved into that zone.
    (page('<meta name="date" content="2019-11-19 02:24:00">', "<p>Nov 18, 2019 at 9:24 pm ET</p>"),
     date(2019, 11, 18)),
    # No stamp: the date in the article's own URL, also with a month name.
    (page('<link rel="canonical" href="https://example.org/statements/2019/nov/18/who/what/">'),
     date(2019, 11, 18)),
    # No stamp and no URL date: a visible "published on" line, in the page's language.
    (page(body="<p>publiziert am 25. September 2018</p><p>Text des Artikels.</p>"), date(2018, 9, 25)),
    (page(body="<p>Publié le 3 mars 2021 à 10h</p>"), date(2021, 3, 3)),
    # A UTC stamp past midnight: the date the page shows beside it is the local one.
    (page('<meta property="article:published_time" content="2021-03-09T02:10:00.000Z">',
          '<time datetime="2021-03-09T02:10:00.000Z">Posted Mar 8, 9:10 PM</time>'
          '<time datetime="2021-03-09T15:00:00.000Z">Updated Mar 9, 10:00 AM</time>'),
     date(2021, 3, 8)),
    # datePublished rewritten on an update: the earlier date shown to readers is the first one.
    (page('<meta itemprop="datePublished" content="2021-06-02 18:00:00">',
          '<time datetime="2021-06-01 17:00:00">June 1, 2021 -- 17:00 GMT</time>'), date(2021, 6, 1)),
    # A shown date never moves the stamp's date forward...
    (page('<meta property="article:published_time" content="2021-06-02T01:00:00-04:00">',
          '<time datetime="2021-06-03T01:00:00-04:00">Thursday, June 3, 2021</time>'), date(2021, 6, 2)),
    # ...and a page listing many times shows other stories' dates.
    (page('<meta property="article:published_time" content="2021-06-02T18:00:00-04:00">',
          "".join(f'<time datetime="2021-06-0{d}">June {d}, 2021</time>' for d in (1, 1, 2, 3))),
     date(2021, 6, 2)),
])
def test_published_date(html: str, expected: date) -> None:
    assert local_published_date(load_tree(html), None) == expected


@pytest.mark.parametrize("body", [
    "<p>© 2008 All rights reserved</p>",
    "<p>He published a book in 2015 about it.</p>",
    "<p>Published by the Example Times</p>",
])
def test_no_publication_line_gives_no_date(body: str) -> None:
    assert stated_publication_date(load_tree(page(body=body))) is None
