"""A story that runs on after its container, in bare paragraphs outside any container, is read
whole and in page order; the page's furniture after the article never joins it."""

from __future__ import annotations

from newsfacts.clean.html import clean_html_document
from newsfacts.clean.metadata import load_tree
from newsfacts.clean.run_on import MIN_RUN_PARAGRAPHS, run_on_paragraphs

LINE = ("{n}. The ferry company said on Tuesday that its older boats would stay in service through "
        "the winter while the new hulls were fitted out at the yard, {extra}")
EXTRAS = ["and the harbour board agreed.", "and passengers were told to expect delays.",
          "though the union asked for more crew.", "and the county will pay a share of the cost.",
          "while the inspectors checked the engines.", "and the timetable would not change."]


def _paragraph(n: int) -> str:
    return f"<p>{LINE.format(n=n, extra=EXTRAS[n % len(EXTRAS)])}</p>"


def _page(inside: int = 4, after_container: str = "", after_wrapper: str = "", tail: str = "") -> str:
    """A story whose <main> closes after `inside` paragraphs; more may follow after it (still in
    the page's wrapper) and after the wrapper (at the level of <body>)."""
    paragraphs = "".join(_paragraph(n) for n in range(1, inside + 1))
    return ("<html><head><title>Ferries stay in service</title></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
            "<div class='page-wrapper'><div class='story-wrap'>"
            "<main class='story'><h1>Ferries stay in service</h1>" + paragraphs + "</main></div>"
            + after_container + "</div>" + after_wrapper + tail + "</body></html>")


AD = "<div class='ad ad-slot'><span>Advertisement</span></div>"
FIGURE = ("<div class='component inline image'><img src='boat.jpg'>"
          "<div class='credit'>A ferry leaves the harbour at dawn, photographed by the agency.</div></div>")
PAGE_BREAK = "<div class='component page-break' data-page='1'></div>"
FOOTER = ("<footer><p>About us. Contact the newsroom. Terms of service and privacy policy apply.</p>"
          "<p>Our journalists report on ferries, trains, buses and roads across the county.</p></footer>")


def _numbers(body: str) -> list[int]:
    return [int(line.split(".")[0]) for line in body.split("\n") if line[:1].isdigit()]


def test_paragraphs_after_the_container_and_after_its_wrapper_join_the_body_in_page_order():
    page = _page(after_container=_paragraph(5) + AD + _paragraph(6) + FIGURE + "<p>It rained all week.</p>",
                 after_wrapper=PAGE_BREAK + _paragraph(7) + AD + _paragraph(8),
                 tail=FOOTER)
    body = clean_html_document(page).body_text
    assert _numbers(body) == [1, 2, 3, 4, 5, 6, 7, 8]
    lines = body.split("\n")
    # A short line of the story between its paragraphs keeps its place.
    assert lines.index("It rained all week.") == lines.index(next(x for x in lines if x.startswith("7."))) - 1
    # Ads, captions and the footer after the story are not read.
    assert "Advertisement" not in body
    assert "photographed by the agency" not in body
    assert "About us" not in body and "Our journalists" not in body


def test_the_walk_ends_at_the_footer_and_at_a_comment_section():
    after_footer = _page(after_wrapper=_paragraph(5) + _paragraph(6) + _paragraph(7) + FOOTER
                         + _paragraph(8) + _paragraph(9))
    assert _numbers(clean_html_document(after_footer).body_text) == [1, 2, 3, 4, 5, 6, 7]
    comments = ("<div id='comments' class='comment-list'><p>I took this ferry every week for years and it was "
                "always late.</p></div>")
    after_comments = _page(after_wrapper=_paragraph(5) + _paragraph(6) + _paragraph(7) + comments
                           + _paragraph(8))
    body = clean_html_document(after_comments).body_text
    assert _numbers(body) == [1, 2, 3, 4, 5, 6, 7]
    assert "always late" not in body


def test_a_list_of_other_stories_under_its_heading_ends_the_walk():
    more = ("<h2>More stories</h2><p>The county opens a new bus depot next to the station this "
            "spring, officials say.</p>")
    page = _page(after_wrapper=_paragraph(5) + _paragraph(6) + _paragraph(7) + more)
    body = clean_html_document(page).body_text
    assert _numbers(body) == [1, 2, 3, 4, 5, 6, 7]
    assert "bus depot" not in body


def test_a_note_or_two_after_the_article_is_not_a_story_running_on():
    notes = ("<p>The reporter travelled on the ferry at the invitation of the operator, which had no "
             "say over this story.</p>"
             "<p>This story was updated to correct the name of the yard where the hulls are fitted.</p>")
    assert MIN_RUN_PARAGRAPHS == 3
    page = _page(after_wrapper=notes)
    body = clean_html_document(page).body_text
    assert _numbers(body) == [1, 2, 3, 4]
    assert "invitation" not in body and "was updated" not in body


def test_classed_paragraphs_link_lines_and_furniture_lines_are_not_read():
    furniture = ("<p class='byline'>By Morgan Avery, transport correspondent, reporting from the harbour.</p>"
                 "<p>• <a href='/a'>Full coverage: every ferry route in the county and its timetable</a></p>"
                 "<p>Copyright 2024 The County Courier. All rights reserved, no reuse without consent.</p>"
                 "<p>Sign up for our morning newsletter to get the day's transport news first.</p>"
                 "<p style='display:none'>Hidden text the page never shows to its readers at all.</p>")
    page = _page(after_wrapper=_paragraph(5) + furniture + _paragraph(6) + _paragraph(7))
    body = clean_html_document(page).body_text
    assert _numbers(body) == [1, 2, 3, 4, 5, 6, 7]
    for words in ("Morgan Avery", "Full coverage", "Copyright", "newsletter", "Hidden text"):
        assert words not in body


def test_a_story_read_whole_is_left_as_it_is():
    page = _page(inside=7, tail=FOOTER)
    tree = load_tree(page)
    body = clean_html_document(page).body_text
    assert _numbers(body) == [1, 2, 3, 4, 5, 6, 7]
    assert run_on_paragraphs(tree, body) == []


def test_paragraphs_in_another_container_after_the_story_are_not_read():
    # A box after the story (a promo, a teaser, an author's other work) is not the story's text.
    box = "<div class='promo-box'>" + _paragraph(5) + _paragraph(6) + _paragraph(7) + "</div>"
    page = _page(after_wrapper=box)
    tree = load_tree(page)
    body = "\n".join(" ".join(_paragraph(n)[3:-4].split()) for n in range(1, 5))
    assert run_on_paragraphs(tree, body) == []
