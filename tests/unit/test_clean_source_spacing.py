"""The source's line breaks inside a div's running text read as spaces; preformatted text keeps them."""

from __future__ import annotations

import pytest
from lxml import html

from newsfacts.clean.source_spacing import collapse_source_breaks, may_hold_source_breaks


def _collapsed(source: str) -> str:
    tree = html.fromstring(source)
    collapse_source_breaks(tree)
    return html.tostring(tree, encoding=str)


def test_a_div_s_own_text_and_its_inline_elements_read_as_one_line() -> None:
    assert _collapsed("<div>Companies of all\n    shapes <b>and\n  sizes</b> agree.</div>") == (
        "<div>Companies of all shapes <b>and sizes</b> agree.</div>")


@pytest.mark.parametrize("source", [
    "<div>See <span><code><b>a\nb</b></code></span> here</div>",
    '<div style="white-space: pre-wrap">line one\nline two</div>',
    '<div><div style="white-space:pre">x\ny</div></div>',
    "<pre><div>x\ny</div></pre>",
])
def test_preformatted_text_keeps_its_lines(source: str) -> None:
    kept = html.tostring(html.fromstring(source), encoding=str)
    assert _collapsed(source) == kept


def test_the_raw_page_test_finds_a_div_text_over_a_line_break() -> None:
    assert may_hold_source_breaks(b"<div>Companies of all\n  shapes</div>")
    assert not may_hold_source_breaks(b"<div>\n  <p>Companies of all shapes</p>\n</div>")
