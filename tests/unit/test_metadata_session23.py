"""Metadata, session 23: metas written with a value attribute, a meta with two keys, a byline
whose names each sit in a wrapper of their own, a newsletter's heading and a headline taken for
the site's name, a stamp with its own offset against a print edition's URL date, a publication
date written out in a meta, and a copyright line of the year after a dateline."""

from __future__ import annotations

from datetime import date

import pytest

from newsfacts.clean.dateline import dateline_date
from newsfacts.clean.metadata import authors, by_line_names, headline, local_published_date
from tests.unit.test_metadata_session13 import _page

# Metas written with value= --------------------------------------------------------------------

VALUE_HEAD = ('<meta name="author" value="Ines Valtonen, Tomas Ferreira and Ana Ruiz">'
              '<meta name="og:title" value="Ferry line closes after storm">'
              '<meta name="twitter:site" value="@harbour">')


def test_a_page_that_writes_its_metas_with_value_is_read() -> None:
    tree = _page(head=VALUE_HEAD, body="<p>Text.</p>")
    assert authors(tree, None, None, "harbourledger.example") == ["Ines Valtonen", "Tomas Ferreira", "Ana Ruiz"]


def test_a_lone_value_meta_on_a_page_of_content_metas_is_a_themes_leftover() -> None:
    head = ('<meta name="author" value="Theme Designer">'
            '<meta property="og:title" content="Release notes">'
            '<meta name="description" content="Notes.">')
    body = '<h1>Release notes</h1><div class="post"><p>Text.</p></div>'
    assert authors(_page(head=head, body=body), "Ned Reyes", None, "blog.example") == ["Ned Reyes"]


def test_a_meta_answers_to_its_itemprop_as_well_as_its_name() -> None:
    head = ('<meta itemprop="datePublished" value="2016-09-19T07:46:01-04:00" name="article:published">'
            '<meta name="og:url" value="https://paper.example/2016/09/20/nyregion/blasts.html">'
            '<meta name="og:title" value="Suspect arrested">')
    assert local_published_date(_page(head=head), date(2016, 9, 20)) == date(2016, 9, 19)


def test_a_stamp_with_its_offset_beats_a_print_editions_url_date() -> None:
    head = ('<meta property="article:published_time" content="2016-09-19T07:46:01-04:00">'
            '<link rel="canonical" href="https://paper.example/2016/09/20/nyregion/blasts.html">')
    assert local_published_date(_page(head=head), date(2016, 9, 20)) == date(2016, 9, 19)


def test_a_utc_stamp_still_yields_to_the_urls_local_day() -> None:
    head = ('<meta property="article:published_time" content="2015-04-07T03:42:00Z">'
            '<link rel="canonical" href="https://paper.example/2015/4/6/ferry-story">')
    assert local_published_date(_page(head=head), None) == date(2015, 4, 6)


def test_a_publication_date_written_out_in_a_meta_dates_the_page() -> None:
    head = ('<meta name="article_date_original" value="Tuesday, December 13, 2016,  4:51 PM">'
            '<meta name="article_date_updated" value="Wednesday, December 14, 2016,  9:02 AM">'
            '<meta name="og:title" value="Man sentenced in ATM skimming scheme">')
    assert local_published_date(_page(head=head), None) == date(2016, 12, 13)


# Bylines ----------------------------------------------------------------------------------------

WRAPPED_BYLINE = (
    '<p class="byline-dateline"><span class="byline" itemprop="author">By <a href="/by/ann-lee">'
    '<span itemprop="name">ANN LEE</span></a>, </span><span class="byline" itemprop="author">'
    '<a href="/by/bob-roe"><span itemprop="name">BOB ROE</span></a>, </span>'
    '<span class="byline" itemprop="author"><a href="/by/cy-doe"><span itemprop="name">CY DOE</span></a> and </span>'
    '<span class="byline" itemprop="author"><span itemprop="name">DAN POE</span></span>'
    '<time datetime="2016-09-19">SEPT. 19, 2016</time></p><p>The story.</p>')


def test_a_byline_of_names_each_in_its_own_wrapper_gives_every_name() -> None:
    assert by_line_names(_page(body=WRAPPED_BYLINE)) == ["Ann Lee", "Bob Roe", "Cy Doe", "Dan Poe"]


def test_a_plain_byline_of_linked_names_still_reads() -> None:
    body = '<div class="by">By <a href="/a">Ann Lee</a> and <a href="/b">Bob Roe</a></div><p>Story.</p>'
    assert by_line_names(_page(body=body)) == ["Ann Lee", "Bob Roe"]


# Headlines --------------------------------------------------------------------------------------

def test_a_newsletter_boxs_heading_is_no_headline() -> None:
    body = ('<main><section class="newsletter-signup"><div id="newsletter-thanks"><header>'
            '<h1>Thank you for your subscription!</h1></header></div></section>'
            '<h1>Man sentenced for stealing millions in ATM skimming scheme</h1><p>Story.</p></main>')
    assert headline(_page(body=body), None, None, "ledger.example") == (
        "Man sentenced for stealing millions in ATM skimming scheme")


@pytest.mark.parametrize("sitename", ["Ledger", "The Harbour Ledger"])
def test_a_short_site_name_is_still_stripped(sitename: str) -> None:
    tree = _page(head=f"<title>Ferry line closes after storm | {sitename}</title>",
                 body=f"<h1>{sitename}</h1><p>Story.</p>")
    assert headline(tree, None, sitename, None) == "Ferry line closes after storm"


# Datelines --------------------------------------------------------------------------------------

RELEASE = ("Harbour Tools reports record quarter\n"
           "AUSTIN, Dec. 18, 2019 — Harbour Tools Ltd. today reported revenue of $41 million.\n{more}")


@pytest.mark.parametrize("more, expected", [
    ("© 2020 Harbour Tools. All rights reserved.", date(2019, 12, 18)),  # saved the next January
    ("Copyright 2024 Harbour Media.", None),  # reprinted years later
])
def test_a_copyright_line_of_the_next_year_keeps_the_dateline(more: str, expected: date | None) -> None:
    assert dateline_date(RELEASE.format(more=more)) == expected


# A metabox's "Created:" line, a guide's chapter title, an author line with its date -------------

def test_a_created_field_dates_a_page_with_no_stamp() -> None:
    body = ('<h1>Ann Lee’s Notes</h1><article><h2>Anti-patterns: things to avoid</h2><p>Text.</p></article>'
            '<p>Created: 4th March 2026<br>Last modified: 5th March 2026<br><a href="/c">2 changes</a></p>')
    assert local_published_date(_page(body=body), None) == date(2026, 3, 4)


def test_created_in_a_sentence_dates_nothing() -> None:
    body = "<h1>Tools</h1><p>The tool was created on 4 March 2026 by a student in Oslo.</p>"
    assert local_published_date(_page(body=body), None) is None


def test_a_headings_first_part_of_a_joined_title_is_the_headline() -> None:
    head = ('<meta property="og:title" content="Anti-patterns: things to avoid - Agentic Engineering Patterns">'
            '<meta property="og:site_name" content="Ann Lee’s Notes">')
    body = ('<h1><a href="/">Ann Lee’s Notes</a></h1><article><h2 class="archive-h2">Anti-patterns: things to avoid'
            '</h2><p>Text.</p></article>')
    assert headline(_page(head=head, body=body), None, "Ann Lee’s Notes", "annlee.example") == (
        "Anti-patterns: things to avoid")


def test_a_title_with_a_dash_that_no_heading_splits_stays_whole() -> None:
    head = '<meta property="og:title" content="Stadia review - a console without a home">'
    body = '<h2>More stories</h2><p>Text.</p>'
    assert headline(_page(head=head, body=body), None, None, "games.example") == (
        "Stadia review - a console without a home")


def test_an_author_line_of_a_name_and_a_date_by_the_headline_credits_the_name() -> None:
    body = ('<main><h1>Fragments: February 25</h1><div class="author">Martin Fowler: 25 Feb 2026</div>'
            '<div class="paperBody"><p>Text.</p></div></main>')
    tree = _page(head='<meta property="og:site_name" content="martinfowler.com">', body=body)
    assert authors(tree, None, "martinfowler.com", "martinfowler.com") == ["Martin Fowler"]


@pytest.mark.parametrize("line", ["Opinion: 25 Feb 2026", "Martin Fowler: a note on refactoring"])
def test_an_author_line_without_a_name_and_a_date_credits_nobody(line: str) -> None:
    body = f'<main><h1>Fragments: February 25</h1><div class="author">{line}</div><p>Text.</p></main>'
    assert authors(_page(body=body), None, None, "notes.example") == []


@pytest.mark.parametrize("line, names", [
    ("By Stefan Becket, Kathryn Watson, Grace Segers", ["Stefan Becket", "Kathryn Watson", "Grace Segers"]),
    ("By Ann Lee, Senior Writer", ["Ann Lee"]),
    ("By Ann Lee and Bob Roe", ["Ann Lee", "Bob Roe"]),
    ("By the way, this works, really.", []),
])
def test_a_byline_lists_its_names_with_commas(line: str, names: list[str]) -> None:
    body = f'<p class="content__meta-byline">{line}</p><p>The story.</p>'
    assert by_line_names(_page(body=body)) == names


def test_a_linked_name_with_its_role_after_a_comma_stays_one_author() -> None:
    body = ('<div class="meta"><span class="meta-author">By <a href="/author/dlieberman/" rel="external">'
            'DAVID LIEBERMAN, Executive Editor</a></span> | Friday June 7, 2013 @ 6:43pm EDT</div><p>Story.</p>')
    assert by_line_names(_page(body=body)) == ["David Lieberman"]
