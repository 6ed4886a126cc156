"""Guards on the session 13 rules (review3): made-up pages and sentences of other kinds of news
on which the teaser-card pruning, the loose-line wrapping, the marked headline, the short
numeric dates and the new event rules must not misfire, each beside a case where they fire."""

from __future__ import annotations

from datetime import date

from lxml import html as lxml_html

from newsfacts.clean import html as clean_html
from newsfacts.clean import metadata, related
from tests.unit.test_extract_events import NOV_2019, events_of

LEAD = ("A winter storm closed schools across the county on Tuesday, officials said, and more snow "
        "is expected later this week as temperatures fall.")


def _page(body: str, title: str = "Storm closes schools across the county") -> str:
    return (f"<html lang='en'><head><title>{title} | Daily Planet</title></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
            f"<article><h1>{title}</h1><p>{LEAD}</p>{body}</article>"
            "<footer>Copyright Daily Planet</footer></body></html>")


def _body(markup: str) -> str:
    cleaned = clean_html.clean_html_document(markup)
    assert cleaned is not None
    return cleaned.body_text


def _cards(heading_links: list[str], texts: list[str], numbered: bool = False) -> str:
    return "<div class='list'>" + "".join(
        f"<div class='item'><h3><a href='{href}'>{f'{i}. ' if numbered else ''}Heading number {i} here</a></h3>"
        f"<p>{text}</p></div>" for i, (href, text) in enumerate(zip(heading_links, texts, strict=True), 1)) + "</div>"


SECTION_TEXTS = [f"In the {w} district, {n} schools stayed shut on Tuesday and buses did not run, the board said."
                 for w, n in (("north", 12), ("south", 9), ("east", 4), ("west", 7))]


def test_sections_under_anchored_headings_are_no_teaser_cards() -> None:
    body = _body(_page(_cards([f"#part-{i}" for i in range(4)], SECTION_TEXTS)))
    for text in SECTION_TEXTS:
        assert text in body


def test_live_blog_entries_linking_into_one_page_are_kept() -> None:
    for links in ([f"/live/storm#post-{i}" for i in range(4)], [f"/live/storm?post={i}" for i in range(4)]):
        body = _body(_page(_cards(links, SECTION_TEXTS), title="Live: storm hits the county"))
        for text in SECTION_TEXTS:
            assert text in body


def test_list_articles_numbered_or_linking_to_several_sites_are_kept() -> None:
    numbered = _body(_page(_cards([f"/shop/{i}" for i in range(4)], SECTION_TEXTS, numbered=True)))
    shops = _body(_page(_cards([f"https://shop{i}.example/item" for i in range(4)], SECTION_TEXTS)))
    for text in SECTION_TEXTS:
        assert text in numbered and text in shops


def test_teaser_cards_of_one_site_are_still_pruned() -> None:
    tree = lxml_html.fromstring("<div>" + _cards([f"/news/story-{i}" for i in range(4)], SECTION_TEXTS) + "</div>")
    assert related.prune_teaser_cards(tree) == 1
    tree = lxml_html.fromstring(
        "<div>" + _cards([f"https://www.site.example/news/{i}" for i in range(3)], SECTION_TEXTS[:3]) + "</div>")
    assert related.prune_teaser_cards(tree) == 1


def test_a_loose_line_with_a_link_stays_one_line() -> None:
    lines = ["A winter storm closed schools across the county on Tuesday, officials said.",
             "More snow is expected later this week as temperatures fall, forecasters said.",
             "The mayor urged residents to stay at home and keep off the roads until Wednesday.",
             "About 4,000 homes lost power in the east of the county, the utility company said."]
    post = ("<html><body><div class='post-body'>" + lines[0] + "<div><br></div>" + lines[1]
            + " See <a href='/map'>our map</a> of closures.<div><br></div>" + lines[2] + "<div><br></div>"
            + lines[3] + "</div></body></html>")
    body = _body(post)
    assert lines[1] + " See our map of closures." in body.split("\n")
    for line in (lines[0], lines[2], lines[3]):
        assert line in body.split("\n")


def test_paragraphs_split_by_line_breaks_and_a_pager_line() -> None:
    lines = ["A winter storm closed schools across the county on Tuesday, officials said.",
             "More snow is expected later this week as temperatures fall, forecasters said.",
             "The mayor urged residents to stay at home and keep off the roads until Wednesday."]
    assert _body("<html><body><article><div>" + "<br><br>".join(lines) + "</div></article></body></html>"
                 ).split("\n") == lines
    body = _body(_page("<p>The county has seen 1 to 5 of the worst storms since 1990 in the last decade, "
                       "the report said.</p><p>Page 2 of 3</p><p>Officials said the clean-up would cost "
                       "about $2 million and take until the end of the month.</p>"))
    assert "1 to 5 of the worst storms" in body and "Page 2 of 3" not in body


ARTICLE = "<p>" + LEAD * 3 + "</p>"


def test_a_teasers_marked_headline_does_not_beat_the_title() -> None:
    page = ("<html><head><title>Storm closes schools across the county</title></head><body>"
            f"<div class='story'><h2>Storm closes schools across the county</h2>{ARTICLE}</div><aside>"
            "<a href='/other'><span class='headline'>Mayor opens new library on Main Street</span></a>"
            "</aside></body></html>")
    assert clean_html.clean_html_document(page).title == "Storm closes schools across the county"
    generic = ("<html><head><title>Daily Planet</title></head><body><div class='story'>"
               f"<h2 class='headline'>Storm closes schools across the county</h2>{ARTICLE}</div></body></html>")
    assert clean_html.clean_html_document(generic).title == "Storm closes schools across the county"


def test_a_language_named_in_words_and_two_digit_years() -> None:
    english = metadata.load_tree("<html><head><meta name='language' content='English'></head>"
                                 "<body><p>x</p></body></html>")
    assert metadata.day_first_page(english) is None
    german = metadata.load_tree("<html lang='de-DE'><body><p>x</p></body></html>")
    assert metadata.day_first_page(german) is True
    us = metadata.load_tree("<html><head><meta http-equiv='content-language' content='en-US'></head>"
                            "<body><p>x</p></body></html>")
    assert metadata.day_first_page(us, "news.example.co.uk") is False
    assert metadata.short_date("12/03/98", True) == date(1998, 3, 12)
    assert metadata.short_date("02.12.19", None) == date(2019, 12, 2)


def _dated(body: str) -> dict[str, str]:
    return {e.date_text: e.event_type for e in events_of(body, NOV_2019)}


def test_announcing_someone_as_candidate_is_no_campaign() -> None:
    assert _dated("She announced her candidacy for the Senate on Monday.") == {"Monday": "election_vote"}
    assert _dated("The board announced a new candidate for chief executive on Monday.") == {"Monday": "statement"}


def test_a_general_leaving_with_soldiers_is_a_troop_movement() -> None:
    assert _dated("General Ann Lee left the base with 300 soldiers on Friday.") == {"Friday": "military_movement"}
    assert _dated("Maria Lopez left Caracas in 2004 for a job in Madrid.") == {"2004": "other"}


def test_a_dated_document_found_or_leaked_keeps_its_own_date() -> None:
    assert _dated("A document dated 2015 was found in the archive on Monday.").get("2015") == "other"
    assert _dated("A letter dated May 5 from the ministry said the plant would close.") == {"May 5": "statement"}


def test_a_habitual_weekend_is_no_date() -> None:
    assert _dated("The annual weekend festival drew 10,000 visitors.") == {}
    assert _dated("The deadly weekend attack shocked the town.") != {}


def test_a_review_amended_is_no_edit_note() -> None:
    assert _dated("This review was amended in March after new evidence emerged.") != {"March": "statement"}
    assert _dated("This article was corrected on Monday to fix a name.") == {"Monday": "statement"}
