"""Session 12: author names with character references, the outlet credited as author, labelled
byline and date fields ("Author: ...", "Date 19.01.2020")."""

from __future__ import annotations

from datetime import date

from lxml import html as lxml_html

from newsfacts.clean.metadata import authors, local_published_date, written_date


def _page(head: str = "", body: str = "<p>Text.</p>") -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def _jsonld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


def test_a_character_reference_in_a_jsonld_name_is_decoded_not_split() -> None:
    tree = _page(_jsonld('{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Sean O&#039;Hara"}}'))
    assert authors(tree, None, None, None) == ["Sean O'Hara"]


def test_a_character_reference_in_a_meta_author_is_decoded_before_the_split() -> None:
    tree = _page('<meta name="author" content="Maeve O&#039;Brien; Tom Reyes">')
    assert authors(tree, None, None, None) == ["Maeve O'Brien", "Tom Reyes"]


def test_a_character_reference_in_the_fallback_is_decoded() -> None:
    assert authors(_page(), "Dara O&#39;Neill", None, None) == ["Dara O'Neill"]


def test_the_publisher_named_as_author_is_no_person_and_the_labelled_byline_is() -> None:
    tree = _page('<meta name="publisher" content="Radio Nordwind (www.nordwind.example)">'
                 '<meta name="author" content="Radio Nordwind (www.nordwind.example)">',
                 "<p>Text.</p><ul><li><strong>Date</strong> 03.02.2021</li>"
                 "<li><strong>Author</strong> Greta Lindqvist</li></ul>")
    assert authors(tree, "Radio Nordwind", "NORDWIND.EXAMPLE", "nordwind.example") == ["Greta Lindqvist"]


def test_a_jsonld_organization_author_is_dropped_but_a_person_kept() -> None:
    tree = _page(_jsonld('{"@type": "NewsArticle", "author": [{"@type": "Organization", "name": "Harbor Times"},'
                         ' {"@type": "Person", "name": "Ivo Marsh"}]}'))
    assert authors(tree, None, None, None) == ["Ivo Marsh"]


def test_an_author_label_with_its_name_in_a_link() -> None:
    tree = _page(body='<div class="meta"><span>Author: </span><a href="/a/pk">Priya Kaul</a></div>')
    assert authors(tree, None, None, None) == ["Priya Kaul"]


def test_a_label_over_a_long_text_is_no_byline_field() -> None:
    body = ("<div><strong>Author</strong> of three books on river ecology and a former teacher, she now "
            "writes a weekly column about water, farming and the towns along the delta.</div>")
    assert authors(_page(body=body), None, None, None) == []


def test_a_labelled_date_field_beats_the_text_extractors_date_without_timestamps() -> None:
    tree = _page(body="<p>Text.</p><ul><li><strong>Date</strong> 03.02.2021</li></ul>"
                      '<h2>Follow us <span class="date">11.07.2017</span></h2>')
    assert local_published_date(tree, date(2017, 7, 11)) == date(2021, 2, 3)


def test_a_relative_labelled_date_is_not_read() -> None:
    tree = _page(body="<p>Text.</p><p><span>Published:</span> 2 days ago</p>")
    assert local_published_date(tree, date(2019, 5, 4)) == date(2019, 5, 4)


def test_written_dates() -> None:
    assert written_date("19.01.2020") == date(2020, 1, 19)
    assert written_date("10:48, Tue, Nov 19, 2019") == date(2019, 11, 19)
    assert written_date("18 November 2019") == date(2019, 11, 18)
    assert written_date("01/02/2020") is None  # month or day first: not guessed
    assert written_date("1 day ago") is None


def test_the_text_extractors_author_adds_nobody_to_the_pages_own_list() -> None:
    tree = _page('<meta name="author" content="Web Producer">'
                 + _jsonld('{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Ana Ruiz"},'
                           ' {"@type": "Person", "name": "Bo Chen"}]}'))
    assert authors(tree, "Web Producer; Ana Ruiz; Bo Chen", None, None) == ["Ana Ruiz", "Bo Chen"]


def test_the_text_extractors_author_when_the_page_names_nobody() -> None:
    assert authors(_page(), "Ana Ruiz", None, None) == ["Ana Ruiz"]


def test_a_closing_dash_byline_when_the_top_byline_is_a_desk() -> None:
    body = ('<p>The story ends here.</p><p>-- By Nadia Ferreira <a href="https://x.example/nf">Follow @nf</a></p>'
            "<p>Comments are closed.</p>")
    assert authors(_page(body=body), "Metro Desk", None, None) == ["Nadia Ferreira"]


def test_a_dash_by_sentence_is_no_byline() -> None:
    body = "<p>-- By the time the council met, the bridge had closed.</p><p>-- By Monday, rain.</p>"
    assert authors(_page(body=body), None, None, None) == []


def test_a_closing_byline_does_not_override_the_page_author() -> None:
    body = "<p>The story.</p><p>— By Nadia Ferreira</p>"
    assert authors(_page('<meta name="author" content="Tomas Varga">', body), None, None, None) == ["Tomas Varga"]
