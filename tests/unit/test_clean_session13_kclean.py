"""Session 13 cleaning rules on made-up pages: teaser cards of a hub page, pager lines, a
template's marked headline beside a generic <title>, numeric dates by the page's convention,
and a blog post's loose lines."""

from __future__ import annotations

from datetime import date

from lxml import html as lxml_html

from newsfacts.clean import html as clean_html
from newsfacts.clean import metadata, related, split_body

INTRO = (
    "<p>The river delta is home to more than 400 species of fish and a fifth of the region's farms, "
    "and its wetlands hold water for the towns along the coast through the dry months.</p>"
    "<p>Draining the marshes for new plantations threatens this, and the smoke of the fires set to "
    "clear them reaches the cities of three neighbouring countries every autumn.</p>"
    "<p>The families who fish the channels say the catch has fallen each year as the water turns "
    "salty, and many of the young have left for work in the capital.</p>"
)


def _card(title: str, byline: str, teaser: str, comments: str = "") -> str:
    return (f'<div class="item"><div class="img"><a href="/x"><img src="a.jpg"></a></div>'
            f'<div class="content"><h3><a href="/blog/{len(title)}">{title}</a></h3>'
            f'<span class="date">{byline}</span>{comments}<div><p>{teaser}</p></div></div></div>')


HUB = (
    "<html lang='en-GB'><head><title>Delta</title></head><body><div id='main'><h1>Delta</h1>"
    f"<div class='intro'>{INTRO}</div>"
    "<h3>The latest updates</h3><div class='list'>"
    + _card("Fishers win a ruling on the canal", "Blog entry by Mara Venn | 3 March, 2018",
            "A court has told the builders to stop digging until the fishers are heard. This is...",
            '<a class="more" href="/c">2 comments</a>')
    + _card("Why the marsh matters to us all", "Blog entry by Olu Tarik | 14 February, 2018",
            "Yesterday I walked the dyke with the elders of the village, who told me...")
    + _card("Bank funds the drainage, papers show", "Blog entry by Mara Venn | 9 January, 2018",
            "Today we show that a large bank lends to the companies draining the marsh...",
            '<a class="more" href="/c">1 comment</a>')
    + "</div><p>1 - 3 of 57 results.</p></div></body></html>"
)


def test_teaser_cards_of_a_hub_page_give_no_body_lines_and_no_date():
    cleaned = clean_html.clean_html_document(HUB)
    assert cleaned is not None
    assert "home to more than 400 species" in cleaned.body_text
    for furniture in ("Blog entry by", "comment", "57 results", "The latest updates", "Yesterday I walked"):
        assert furniture not in cleaned.body_text
    assert cleaned.published_date is None  # the teasers' dates are theirs, not the hub page's


def _tree(markup: str):
    return lxml_html.fromstring(markup)


def test_teaser_card_list_is_pruned_but_an_article_with_linked_subheadings_is_not():
    cards = _tree("<div><div class='list'>" + "".join(
        f"<div><h3><a href='/{i}'>Story number {i} of the day</a></h3><p>A short teaser line.</p></div>"
        for i in range(3)) + "</div></div>")
    assert related.prune_teaser_cards(cards) == 1
    # Near miss: sections of one article, each under a linked subheading but with long text.
    long_text = "The council voted on the budget after a long debate about the schools. " * 8
    article = _tree("<div><article>" + "".join(
        f"<section><h3><a href='#s{i}'>Part {i} of the plan</a></h3><p>{long_text}</p></section>"
        for i in range(3)) + "</article></div>")
    assert related.prune_teaser_cards(article) == 0
    # Near miss: an article's paragraphs between linked subheadings: not every child is a card.
    mixed = _tree("<div><article><h3><a href='#a'>First part of it</a></h3><p>Text one.</p>"
                  "<h3><a href='#b'>Second part of it</a></h3><p>Text two.</p>"
                  "<h3><a href='#c'>Third part of it</a></h3><p>Text three.</p></article></div>")
    assert related.prune_teaser_cards(mixed) == 0


def test_pager_lines_and_a_trailing_list_heading_are_furniture():
    body = ("The mayor opened the bridge on Monday.\nShowing 11-20 of 93 articles\nPage 2 of 5\n"
            "Traffic will use it from June.\nLatest news")
    assert clean_html.without_furniture(body) == "The mayor opened the bridge on Monday.\nTraffic will use it from June."
    # Near misses: a sentence with "of" counts, and a list heading inside the body, stay.
    kept = "Between 1 and 5 of 218 patients recovered.\nLatest news\nThe hospital said so on Friday."
    assert clean_html.without_furniture(kept) == kept
    assert clean_html.without_furniture("Only 3 of 40 results were valid, the study said.").startswith("Only 3")


WIRE_BODY = ("<p>RIVERTON (Example Wire) -- The mayor of Riverton opened the new bridge over the Lane river "
             "on Monday after three years of work, the city said, and traffic will use it from June.</p>"
             "<p>The bridge cost 40 million dollars, a third less than the old plan, the mayor told a crowd "
             "of several hundred people who had come to watch the ribbon being cut.</p>")


def test_a_marked_headline_beats_a_generic_site_title():
    page = ("<html><head><title>News from Example Wire</title></head><body><div>"
            "<span class='headline entry-title'>Riverton mayor opens the new Lane bridge</span>"
            f"{WIRE_BODY}</div></body></html>")
    tree = metadata.load_tree(page)
    assert metadata.headline(tree, None, None, "hosted.examplewire.org") == "Riverton mayor opens the new Lane bridge"


def test_a_title_tag_naming_the_story_stays_and_a_list_of_headlines_is_no_headline():
    named = ("<html><head><title>Riverton mayor opens the new Lane bridge - Example Wire</title></head>"
             "<body><span class='headline'>Riverton mayor opens Lane bridge</span>"
             f"{WIRE_BODY}</body></html>")
    tree = metadata.load_tree(named)
    assert metadata.headline(tree, None, "Example Wire", None) == "Riverton mayor opens the new Lane bridge"
    listing = ("<html><head><title>News from Example Wire</title></head><body>"
               "<span class='headline'>Riverton mayor opens the new bridge</span>"
               "<span class='headline'>Storm closes the coast road for a day</span>"
               f"{WIRE_BODY}</body></html>")
    tree = metadata.load_tree(listing)
    assert metadata.headline(tree, None, None, None) == "News from Example Wire"


def test_numeric_dates_by_the_pages_convention():
    assert metadata.short_date("02.12.19", None) == date(2019, 12, 2)  # dots: day first everywhere
    assert metadata.short_date("02/12/19", True) == date(2019, 12, 2)
    assert metadata.short_date("02/12/19", False) == date(2019, 2, 12)
    assert metadata.short_date("02/12/2019", None) is None  # the order stays open
    assert metadata.short_date("25/12/19", None) == date(2019, 12, 25)  # only one reading
    assert metadata.short_date("12/25/19", None) == date(2019, 12, 25)
    # Near misses: a version number, a score, a fraction.
    assert metadata.short_date("Python 3.6.0", True) is None
    assert metadata.short_date("won 3-1", True) is None
    assert metadata.short_date("1/2", True) is None


def test_day_first_by_language_region_and_domain():
    def page(lang: str, url: str = "") -> object:
        canonical = f"<link rel='canonical' href='{url}'>" if url else ""
        return metadata.load_tree(f"<html{lang}><head>{canonical}</head><body><p>x</p></body></html>")

    assert metadata.day_first_page(page(" lang='en-GB'")) is True
    assert metadata.day_first_page(page(" lang='de'")) is True
    assert metadata.day_first_page(page(" lang='en-US'")) is False
    assert metadata.day_first_page(page(" lang='en'", "https://www.example.de/en/x")) is True
    assert metadata.day_first_page(page(" lang='en'", "https://www.example.org/x")) is None


def test_a_short_dotted_date_over_the_headline_is_the_pages_date():
    page = ("<html lang='en'><head><title>What next for the council?</title></head><body>"
            "<header><div>In the media</div><span>02.12.19</span><h1>What next for the council?</h1></header>"
            "<div class='text'><p>After the vote in November the council has a new leader, and a "
            "professor of politics spoke to a radio station about the months ahead for the city.</p></div>"
            "</body></html>")
    tree = metadata.load_tree(page)
    assert metadata.headline_date_line(tree) == date(2019, 12, 2)
    # Near miss: a version line beside the headline is no date.
    release = page.replace("<span>02.12.19</span>", "<span>Release 3.6.0</span>")
    assert metadata.headline_date_line(metadata.load_tree(release)) is None


def test_a_blog_posts_loose_line_after_a_spacer_is_kept():
    post = ("<html><body><div class='post-body'>The new release of the editor is out today, with many "
            "changes to the menus and a faster start.<br><br>You can download it from the project page "
            "now, and the packages for most systems will follow soon.<br><div><br></div>"
            "Bug-fix releases for the new series will follow every two months starting in March next year."
            "<br><div><br></div><div>We hope you enjoy the new release of the editor!</div>"
            "<div>Thanks to everyone who sent patches, reported bugs and tested the early builds of it.</div>"
            "</div></body></html>")
    cleaned = clean_html.clean_html_document(post)
    assert cleaned is not None
    assert "starting in March next year." in cleaned.body_text
    # Near misses: a short loose label and a loose run without a sentence's end stay unwrapped.
    tree = _tree("<div><div>Box</div>Share this<div>Other</div>see all the pictures from the show in our gallery here"
                 "<div>x</div></div>")
    assert split_body.wrap_loose_lines(tree) == 0
