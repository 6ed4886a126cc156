"""Session 19: an archive link's label glued to the author's name, a repost's byline block of lines
split by <br> (the writer, the original outlet, the stamp) against a site header's date box, and
the author's biography that closes the text."""

from __future__ import annotations

from datetime import date

import pytest

from newsfacts.clean.author_bio import is_author_bio, without_author_bio
from newsfacts.clean.metadata import (
    authors,
    clean_author,
    headline_date_line,
    local_published_date,
    text_with_breaks,
)
from tests.unit.test_metadata_session13 import _page

# Authors -------------------------------------------------------------------------------------

def test_an_archive_links_label_is_no_second_author() -> None:
    body = ('<h1>Harbour rates rise again</h1><div class="meta"><a rel="author" href="/a/ines">Ines Valtonen</a>'
            '</div><p>Text.</p><div class="author-box"><a rel="author" href="/a/ines">VIEW ALL POSTS BY<br>'
            'Ines Valtonen</a></div>')
    assert authors(_page(body=body), None, None, "harbourledger.example") == ["Ines Valtonen"]


@pytest.mark.parametrize("label", ["Show all articles of Ines Valtonen", "More from Ines Valtonen",
                                   "See all stories by Ines Valtonen", "All posts by Ines Valtonen"])
def test_an_archive_label_before_a_name_is_cut(label: str) -> None:
    assert clean_author(label, set()) == "Ines Valtonen"


def test_a_line_break_separates_the_lines_of_a_link() -> None:
    element = _page(body='<a id="x">More from<br>Ines <b>Valtonen</b></a>').get_element_by_id("x")
    assert text_with_breaks(element) == "More from Ines Valtonen"
    assert text_with_breaks(element, "\n") == "More from\nInes Valtonen"


def _repost(block: str, header: str = '<div id="today">Fri, 3 Jan 2025</div>') -> str:
    return (f'<div class="top">{header}</div><div class="story"><h1>Ferry line closes after storm</h1>'
            f'<div class="info"><div class="l"></div><div class="m">{block}</div></div>'
            '<div class="body"><p>The ferry line stopped on Monday.</p></div></div>')


def test_the_first_line_of_a_dated_byline_block_is_the_author() -> None:
    block = 'Tomas Ferreira<br><a href="https://tidewater.example/x">Tidewater Post</a><br>Tue, 9 Jul 2024 08:10 UTC'
    assert authors(_page(body=_repost(block)), None, None, "reposts.example") == ["Tomas Ferreira"]


@pytest.mark.parametrize("first", ["Local News", "Tidewater Post Team", "Politics", "Tuesday"])
def test_a_dated_block_opening_with_a_section_or_outlet_names_nobody(first: str) -> None:
    block = f'{first}<br>Tue, 9 Jul 2024 08:10 UTC'
    assert authors(_page(body=_repost(block)), None, None, "reposts.example") == []


def test_a_block_of_lines_without_a_date_names_nobody() -> None:
    block = 'Tomas Ferreira<br><a href="https://tidewater.example/x">Tidewater Post</a>'
    assert authors(_page(body=_repost(block)), None, None, "reposts.example") == []


# Dates ---------------------------------------------------------------------------------------

def test_the_stamp_in_a_byline_block_split_by_line_breaks_is_read() -> None:
    block = 'Tomas Ferreira<br><a href="https://tidewater.example/x">Tidewater Post</a><br>Tue, 9 Jul 2024 08:10 UTC'
    assert headline_date_line(_page(body=_repost(block))) == date(2024, 7, 9)


def test_the_byline_stamp_beats_the_site_headers_date_box() -> None:
    block = 'Tomas Ferreira<br>Tue, 9 Jul 2024 08:10 UTC'
    # The text extractor read the header's "today" box: the page was saved months later.
    assert local_published_date(_page(body=_repost(block)), date(2025, 1, 3)) == date(2024, 7, 9)


def test_a_long_block_with_line_breaks_is_no_byline_block() -> None:
    text = " ".join(["The harbour board met on Tuesday to weigh the ferry's future."] * 5)
    block = f'{text}<br>Tue, 9 Jul 2024 08:10 UTC'
    assert headline_date_line(_page(body=_repost(block, header=""))) is None


# The author's biography -----------------------------------------------------------------------

BIO = ("Tomas Ferreira is a journalist and the author of two books on coastal shipping. "
       "He founded the Tidewater Post in 2011.")


def test_a_closing_biography_of_the_author_is_dropped() -> None:
    body = "The ferry line stopped on Monday.\nIt will run again in June.\n" + BIO
    assert without_author_bio(body, ["Tomas Ferreira"]) == "The ferry line stopped on Monday.\nIt will run again in June."


def test_an_about_the_author_heading_goes_with_the_biography() -> None:
    body = "The ferry line stopped on Monday.\nAbout the author\n" + BIO
    assert without_author_bio(body, ["Tomas Ferreira"]) == "The ferry line stopped on Monday."


def test_a_closing_paragraph_about_another_person_stays() -> None:
    body = ("The ferry line stopped on Monday.\nRita Moss is a journalist who covered the first closure "
            "in 2011.")
    assert without_author_bio(body, ["Tomas Ferreira"]) == body


@pytest.mark.parametrize("line", [
    "Tomas Ferreira is leaving the harbour board after 2011's vote, the mayor said.",  # no trade
    "Tomas Ferreira said the author of the plan was wrong.",  # no "is"
])
def test_a_story_sentence_naming_the_author_is_no_biography(line: str) -> None:
    assert not is_author_bio(line, ["Tomas Ferreira"])


def test_a_biography_in_the_middle_of_the_text_stays() -> None:
    body = "The ferry line stopped on Monday.\n" + BIO + "\nIt will run again in June."
    assert without_author_bio(body, ["Tomas Ferreira"]) == body


def test_a_body_that_is_only_a_biography_is_kept() -> None:
    assert without_author_bio(BIO, ["Tomas Ferreira"]) == BIO
