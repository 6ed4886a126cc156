"""Session 12: byline lists cut at an Oxford comma, and two names joined in one entry."""

from __future__ import annotations

from lxml import html as lxml_html

from newsfacts.clean.metadata import authors


def _page(meta: str = "", jsonld: str = "") -> lxml_html.HtmlElement:
    script = f'<script type="application/ld+json">{jsonld}</script>' if jsonld else ""
    return lxml_html.fromstring(f"<html><head>{meta}{script}</head><body><p>Text.</p></body></html>")


def test_an_oxford_comma_and_is_no_part_of_the_last_name() -> None:
    tree = _page('<meta name="author" content="Ana B. Costa, Lee Park, and Omar Haddad">')
    assert authors(tree, None, None, None) == ["Ana B. Costa", "Lee Park", "Omar Haddad"]


def test_two_names_joined_by_and_in_one_entry_are_two_people() -> None:
    tree = _page(jsonld='{"@type": "NewsArticle", "author": {"name": "RUTH OKAFOR and PAUL DIAZ"}}')
    assert authors(tree, None, None, None) == ["Ruth Okafor", "Paul Diaz"]


def test_a_one_word_conjunct_keeps_the_entry_whole() -> None:
    tree = _page(jsonld='{"@type": "NewsArticle", "author": {"name": "Maria Lopez and Staff"}}')
    assert authors(tree, None, None, None) == []
