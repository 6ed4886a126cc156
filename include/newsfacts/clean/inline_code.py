"""Paragraphs with inline code: their line breaks are the HTML source's, not the article's.

trafilatura keeps a paragraph's whitespace as written when the paragraph holds a `<code>`
element, as it would a code block. On a page whose HTML is indented (a CMS's or a formatter's
output), a sentence then comes out cut over several lines ("was published\n      February 28."),
and every line is read as its own sentence. A browser collapses that whitespace (a `<p>` is not
`<pre>`), so the tree does too, before trafilatura reads it; code blocks in `<pre>` keep theirs.
"""

from __future__ import annotations

import re

WHITESPACE = re.compile(r"\s+")


def may_hold_inline_code(html: bytes | str) -> bool:
    """Whether the page's bytes may hold a `<code>` element at all (most news pages don't)."""
    return (b"<code" if isinstance(html, bytes) else "<code") in html


def collapse_inline_code_paragraphs(tree) -> None:
    """Collapse whitespace runs to one space inside every `<p>` that holds `<code>` but no `<pre>`."""
    for paragraph in tree.iter("p"):
        if paragraph.find(".//code") is None or paragraph.find(".//pre") is not None or any(
                ancestor.tag == "pre" for ancestor in paragraph.iterancestors()):
            continue
        if paragraph.text:
            paragraph.text = WHITESPACE.sub(" ", paragraph.text)
        for element in paragraph.iterdescendants():
            if element.text:
                element.text = WHITESPACE.sub(" ", element.text)
            if element.tail:
                element.tail = WHITESPACE.sub(" ", element.tail)
        # and no space left at either end, as a browser shows it
        paragraph.text = (paragraph.text or "").lstrip() or None
        last = paragraph[-1] if len(paragraph) else None
        if last is None:
            paragraph.text = (paragraph.text or "").rstrip() or None
        elif last.tail:
            last.tail = last.tail.rstrip() or None
