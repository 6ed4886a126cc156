"""A paragraph holding inline code reads as the browser shows it, not as its HTML is indented."""

from __future__ import annotations

from newsfacts.clean.html import clean_html_document

PARAGRAPH = ("<p>\n      The fix for release {i} was published\n        <a href='https://x.example/{i}'>March 3</a>."
             " The flaw, rated\n      critical, sits in the\n      <code>X-Request-Id</code> header and the\n"
             "      team said more patches would follow.\n    </p>")
CODE_BLOCK = "<pre><code>def handler():\n    return 204</code></pre>"


def body_of(*blocks: str) -> str:
    page = "<html><body><article><h1>Patch day</h1>" + "".join(blocks) + "</article></body></html>"
    cleaned = clean_html_document(page)
    assert cleaned is not None
    return cleaned.body_text


def test_a_paragraph_with_inline_code_is_one_line():
    body = body_of(*(PARAGRAPH.format(i=i) for i in range(5)))
    assert body.split("\n")[0] == ("The fix for release 0 was published March 3. The flaw, rated critical, sits in"
                                   " the X-Request-Id header and the team said more patches would follow.")
    assert len(body.split("\n")) == 5


def test_a_code_block_keeps_its_lines():
    body = body_of(*(PARAGRAPH.format(i=i) for i in range(5)), CODE_BLOCK)
    assert body.endswith("def handler():\n    return 204")
