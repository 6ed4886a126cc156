"""Session 14: a job title printed after the byline's name, a sentence taken for a byline, the
"By <names>" line as printed, an old-style URL with its section between year and month, and the
local date of the stamp printed in the byline."""

from __future__ import annotations

from datetime import date

from newsfacts.clean.metadata import (
    authors,
    by_line_names,
    byline_stamp_date,
    clean_author,
    local_published_date,
    url_date,
)
from tests.unit.html_pages import html_page

# Authors -------------------------------------------------------------------------------------

def test_a_job_title_after_the_name_is_cut_at_its_first_role_word() -> None:
    assert clean_author("Miriam Okafor Senior Europe Correspondent", set()) == "Miriam Okafor"
    assert clean_author("Tomás Reyes Contributing Science Writer", set()) == "Tomás Reyes"
    # A role word as the second word of a two-word name is no title.
    assert clean_author("Laura Chief", set()) == "Laura Chief"


def test_a_sentence_taken_for_a_byline_is_no_name() -> None:
    assert clean_author("Profile You're signed", set()) is None
    assert clean_author("Welcome back reader", set()) is None


def test_name_particles_stay_in_a_name() -> None:
    assert clean_author("Ana de la Cruz", set()) == "Ana de la Cruz"
    assert clean_author("Pieter van der Berg", set()) == "Pieter van der Berg"


def test_a_by_line_in_capitals_beats_a_sidebar_name_the_text_extractor_took() -> None:
    head = '<meta name="author" content="AP">'
    body = ('<h1>Farmers brace for frost</h1><div><span class="b">By HANNA VOSS</span> | 3/ 4/12 08:15 AM ET</div>'
            '<p>Orchards across the valley ...</p>'
            '<div class="promo"><div class="promo_author">Greta Lindqvist</div></div>')
    assert authors(html_page(head, body), "Greta Lindqvist", None, "paper.example") == ["Hanna Voss"]


def test_a_by_line_between_line_breaks_after_a_picture() -> None:
    body = ('<cite class="source"><a href="/writers/omar-haddad/"><img src="x.jpg" alt="Haddad"></a>'
            "\nBy Omar Haddad<br>Paper.example<br><a href='/archive'>Archive</a></cite><p>The coach said ...</p>")
    assert authors(html_page(body=body), None, None, "paper.example") == ["Omar Haddad"]


def test_by_followed_by_linked_names_joined_by_commas() -> None:
    body = ('<p class="meta">By\n<a href="/staff/ines-moreau/">Ines Moreau</a>\n,\n'
            '<a href="/staff/kwame-asante/">Kwame Asante</a>\n<span>on Monday</span></p><p>Claim checked.</p>')
    assert by_line_names(html_page(body=body)) == ["Ines Moreau", "Kwame Asante"]


def test_by_in_its_own_element_before_the_linked_name() -> None:
    body = ('<h6 class="byline"><em class="byline__by">By </em><a href="/authors/li-wen/">'
            '<span>Li Wen</span></a></h6><p>Cells that sense danger ...</p>')
    assert by_line_names(html_page(body=body)) == ["Li Wen"]


def test_a_by_line_that_names_an_outlet_credits_nobody() -> None:
    # The page's byline is the wire; the story's original writer, further down, is no byline.
    body = ('<div class="author"><span class="accent">By:</span> Metro Wire</div>'
            "<div class='body'><div>By Judith Kane</div><p>New laws take effect ...</p></div>")
    assert by_line_names(html_page(body=body)) == []


def test_by_inside_a_sentence_or_a_teaser_is_no_byline() -> None:
    body = ('<p>A third paper in <em>Science</em> by <a href="/x">Rafael Duarte</a> found the same.</p>'
            '<aside><p>By Kim Sorensen</p></aside><p>By the way, the study ...</p>')
    assert by_line_names(html_page(body=body)) == []


# Publication date ----------------------------------------------------------------------------

def test_a_url_with_a_section_between_year_and_month() -> None:
    head = '<link rel="canonical" href="https://paper.example/2012/SPORTS/03/21/final.score/index.html">'
    assert url_date(html_page(head)) == date(2012, 3, 21)
    # Without a section the plain forms still read.
    head = '<link rel="canonical" href="https://paper.example/2012/03/21/final-score/">'
    assert url_date(html_page(head)) == date(2012, 3, 21)


def test_the_byline_stamp_in_us_time_beats_the_next_days_url_date() -> None:
    head = '<link rel="canonical" href="https://paper.example/2012/03/05/frost-warning_n_1.html">'
    body = ('<h1>Farmers brace for frost</h1><div><span>By HANNA VOSS</span> | 3/ 4/12 10:45 PM ET</div>'
            "<p>Orchards across the valley ...</p>")
    assert byline_stamp_date(html_page(head, body)) == date(2012, 3, 4)
    assert local_published_date(html_page(head, body), date(2012, 3, 5)) == date(2012, 3, 4)


def test_a_byline_stamp_in_utc_on_a_us_page_after_us_midnight() -> None:
    body = ('<cite class="byline">By <span class="fn">NORA BLUM - AP Science Writer</span> | '
            '<span>AP</span> - <abbr title="2012-05-10T02:15:00Z">2 hrs ago</abbr></cite><p>Text.</p>')
    page = html_page(body=body, lang="en-US")
    assert byline_stamp_date(page) == date(2012, 5, 9)
    assert local_published_date(page, date(2012, 5, 10)) == date(2012, 5, 9)
    # In the morning UTC it is the same day in the US too; on a page with no region nothing moves.
    morning = body.replace("02:15", "09:15")
    assert local_published_date(html_page(body=morning, lang="en-US"), date(2012, 5, 10)) == date(2012, 5, 10)
    assert local_published_date(html_page(body=body, lang="en"), date(2012, 5, 10)) == date(2012, 5, 10)


def test_a_byline_stamp_never_moves_a_date_forward_or_far() -> None:
    body = ('<div><span>By Hanna Voss</span> | 3/ 6/12 08:15 AM ET</div><p>Text.</p>')
    assert local_published_date(html_page(body=body), date(2012, 3, 5)) == date(2012, 3, 5)
    assert local_published_date(html_page(body=body), date(2012, 3, 9)) == date(2012, 3, 9)


def test_a_dash_left_after_the_name_is_no_part_of_it() -> None:
    body = "<div><span>By Rosa Pineda -</span> <span>03/04/12</span></div><p>Text.</p>"
    assert by_line_names(html_page(body=body)) == ["Rosa Pineda"]
