"""Small hand-written HTML pages for the metadata tests."""

from __future__ import annotations

from lxml import html as lxml_html


def html_page(head: str = "", body: str = "<p>Text.</p>", lang: str = "") -> lxml_html.HtmlElement:
    """A parsed page with the given <head> and <body> markup and an optional lang attribute."""
    attribute = f' lang="{lang}"' if lang else ""
    return lxml_html.fromstring(f"<html{attribute}><head>{head}</head><body>{body}</body></html>")
