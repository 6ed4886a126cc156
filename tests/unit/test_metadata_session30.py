"""Metadata, session 30 (s30-fig, from set AC's errors): an h1 the page marks as the alternative
headline yields to the heading it marks as the headline; a `<time itemprop=datePublished
content=...>` whose shown text is a print issue's date; an author meta that adds a shoot's credits
to the byline's one linked writer."""

from __future__ import annotations

from datetime import date

from newsfacts.clean.metadata import authors, headline, local_published_date
from tests.unit.test_metadata_session13 import _page

OG = '<meta property="og:title" content="Seven Garden Mistakes New Owners Make and How to Fix Them">'


def test_an_alternative_headline_h1_yields_to_the_marked_headline() -> None:
    body = ('<h1 itemprop="alternativeHeadline">Newcomer Garden Mistakes</h1>'
            '<h2 itemprop="headline">Seven Garden Mistakes New Owners Make and How to Fix Them</h2><p>Text.</p>')
    assert headline(_page(OG, body), None, None, "home.example") == (
        "Seven Garden Mistakes New Owners Make and How to Fix Them")


def test_an_h1_without_the_alternative_mark_stays_the_title() -> None:
    body = ('<h1>Newcomer Garden Mistakes</h1>'
            '<h2 itemprop="headline">Seven Garden Mistakes New Owners Make and How to Fix Them</h2><p>Text.</p>')
    assert headline(_page(OG, body), None, None, "home.example") == "Newcomer Garden Mistakes"


def test_a_print_issue_date_shown_in_a_marked_time_yields_to_its_content_stamp() -> None:
    body = ('<a href="/magazine/2019/03/11"><time class="issue" itemprop="datePublished" '
            'content="2019-03-04">March 11, 2019 Issue</time></a><p>Text.</p>')
    assert local_published_date(_page(body=body), date(2019, 3, 11)) == date(2019, 3, 4)


def test_a_marked_time_that_shows_its_own_day_changes_nothing() -> None:
    body = ('<time itemprop="datePublished" content="2019-03-04">Posted on a Monday</time><p>Text.</p>')
    assert local_published_date(_page(body=body), date(2019, 3, 11)) == date(2019, 3, 11)


CREDITS = ('<meta name="sailthru.author" content="Dana Holt,Lee Marsh,Rae Quinn at Pine Models,'
           'Sol Varga for Glow Salon">')


def test_an_author_meta_of_shoot_credits_yields_to_the_one_linked_writer() -> None:
    body = ('<div class="byline main-contributors"><span class="contributor">'
            '<a href="/author/dana-holt">Dana Holt</a></span></div><p>Text.</p>')
    assert authors(_page(CREDITS, body), None, None, "style.example") == ["Dana Holt"]


def test_an_author_meta_of_co_writers_stays_when_no_writer_page_is_linked() -> None:
    head = '<meta name="author" content="Dana Holt, Lee Marsh">'
    body = '<div class="byline">By Dana Holt and Lee Marsh</div><p>Text.</p>'
    assert authors(_page(head, body), None, None, "style.example") == ["Dana Holt", "Lee Marsh"]
