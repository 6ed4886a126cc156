"""Session 14 review guards for the page-metadata rules: names with lowercase particles, datelines
after a name, other stories' bylines and photo credits, a time the story tells beside the byline,
and URLs whose digits after a section word are no date."""

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

def test_lowercase_particles_joined_by_a_hyphen_or_common_in_names_stay_names() -> None:
    assert clean_author("Mohammed al-Qahtani", set()) == "Mohammed al-Qahtani"
    assert clean_author("Ahmed el-Sayed", set()) == "Ahmed el-Sayed"
    assert clean_author("Ana dela Cruz", set()) == "Ana dela Cruz"
    assert clean_author("Mario degli Esposti", set()) == "Mario degli Esposti"
    assert clean_author("Aisha bint Ali", set()) == "Aisha bint Ali"
    assert clean_author("bell hooks", set()) == "bell hooks"
    # A login widget's words are still no name.
    assert clean_author("Account You're logged", set()) is None


def test_a_dateline_or_outlet_after_the_name_is_cut() -> None:
    assert clean_author("Ann Lee in Kyiv", set()) == "Ann Lee"
    assert clean_author("Tom Brandt for The Guardian", set()) == "Tom Brandt"
    assert by_line_names(html_page(body="<p>By Ann Lee in Kyiv</p><p>Shelling resumed ...</p>")) == ["Ann Lee"]


def test_a_job_title_is_cut_but_a_two_word_name_kept() -> None:
    assert clean_author("Kate Okoro Sports Editor", set()) == "Kate Okoro"
    assert clean_author("Ann Lee Managing Editor", set()) == "Ann Lee"
    assert clean_author("Robert Special", set()) == "Robert Special"


def test_a_related_or_trending_card_byline_before_the_story_is_not_its_byline() -> None:
    body = ('<div class="trending-bar"><h3><a href="/x">Storm hits coast</a></h3><p>By Jane Roe</p></div>'
            '<h1>Council backs budget</h1><p class="byline">By Ann Lee</p><p>The council voted ...</p>')
    assert by_line_names(html_page(body=body)) == ["Ann Lee"]
    body = ('<ul class="related-stories"><li><h4>Other story</h4><span>By Jane Roe</span></li></ul>'
            '<h1>Council backs budget</h1><p class="byline">By Ann Lee</p><p>The council voted ...</p>')
    assert authors(html_page(body=body), None, None, "paper.example") == ["Ann Lee"]


def test_a_layout_class_on_body_or_wrapper_does_not_hide_the_byline() -> None:
    body = '<div class="one-sidebar sidebar-second"><p>By Ann Lee</p><p>The council voted ...</p></div>'
    assert by_line_names(html_page(body=body)) == ["Ann Lee"]


def test_a_photo_credit_is_no_byline() -> None:
    body = ('<figure><img src="x.jpg"><figcaption>by Tom Jones</figcaption></figure>'
            '<p class="meta">Staff report</p><p>The mayor said ...</p>')
    assert by_line_names(html_page(body=body)) == []


def test_by_in_a_sentence_or_a_signup_line_is_no_byline() -> None:
    assert by_line_names(html_page(body="<p>By Monday night the river had crested</p>")) == []
    assert by_line_names(html_page(body="<p>By signing up you agree to our <a>Terms of Use</a></p>")) == []
    assert by_line_names(html_page(body="<p>By The Associated Press</p>")) == []


# Byline stamps -------------------------------------------------------------------------------

CANONICAL = '<link rel="canonical" href="https://paper.example/2011/10/09/sports/recap.html">'


def test_a_time_the_story_tells_beside_the_byline_moves_no_date() -> None:
    for sentence in ("The game kicked off Oct. 8, 2011 at 8:20 p.m. ET and ran late.",
                     "The quake struck on Oct. 8, 2011, at 11:42 p.m. EDT, officials said.",
                     "The finale airs Sunday, Oct. 8, 2011, 9:00 PM ET on HBO."):
        page = html_page(CANONICAL, f'<div class="story"><h1>Recap</h1><p>By Ann Lee</p><p>{sentence}</p></div>')
        assert byline_stamp_date(page) is None
        assert local_published_date(page, date(2011, 10, 9)) == date(2011, 10, 9)


def test_a_utc_time_element_in_the_story_is_no_byline_stamp() -> None:
    body = ('<article><p>By Ann Lee</p><p>Polls close at <time datetime="2011-10-09T01:00:00Z">9 p.m.'
            "</time></p></article>")
    page = html_page(CANONICAL, body, lang="en-US")
    assert local_published_date(page, date(2011, 10, 9)) == date(2011, 10, 9)


def test_a_stamp_in_its_own_element_beside_the_byline_still_counts() -> None:
    body = ('<ul class="byline"><li>by <a href="/w/ann-lee">Ann Lee</a></li><li>@annlee</li>'
            "<li>Oct 8, 2011 at 10:24 pm ET • 2 min read</li></ul><p>The coach said ...</p>")
    page = html_page(CANONICAL, body)
    assert byline_stamp_date(page) == date(2011, 10, 8)
    assert local_published_date(page, date(2011, 10, 9)) == date(2011, 10, 8)


# URL dates -----------------------------------------------------------------------------------

def test_digits_after_a_lowercase_section_word_are_no_date() -> None:
    for url in ("https://paper.example/season/2019/week/12/3-takeaways",
                "https://paper.example/blog/2018/page/2/3",
                "https://paper.example/news/2019/round/10/2-teams-advance"):
        assert url_date(html_page(f'<link rel="canonical" href="{url}">')) is None
    sectioned = '<link rel="canonical" href="https://paper.example/2010/POLITICS/08/13/story/">'
    assert url_date(html_page(sectioned)) == date(2010, 8, 13)


def test_a_lowercase_sign_in_line_is_no_byline() -> None:
    assert by_line_names(html_page(body="<div class='login'><p>By signing in</p></div><p>Text.</p>")) == []
    assert clean_author("signing up you agree to our", set()) is None


def test_a_title_case_headline_starting_with_by_is_no_byline() -> None:
    body = "<h2>By Popular Demand</h2><p>The band returns ...</p>"
    assert by_line_names(html_page(body=body)) == []
    body = "<h1>By Any Means Necessary</h1><p class='byline'>By Ann Lee</p><p>The film opens ...</p>"
    assert by_line_names(html_page(body=body)) == ["Ann Lee"]


def test_a_byline_that_runs_into_its_date_gives_no_name_with_digits() -> None:
    assert by_line_names(html_page(body="<p>By Ann Lee 18 Nov 2019</p><p>Text.</p>")) == []
