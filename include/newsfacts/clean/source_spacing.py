"""Line breaks of the page's source inside running text, which a browser shows as spaces.

An editor that writes a post as `<div>`s of text (no `<p>`) leaves the source's line breaks and
indentation in the text nodes ("Companies of all\\n                shapes and sizes"), and
trafilatura keeps a div's own text as it is: the body then breaks sentences in the middle. A
browser renders such whitespace as one space, so it is collapsed here before trafilatura reads
the page; preformatted text (`<pre>`, `<textarea>`, code) keeps its lines.
"""

from __future__ import annotations

import re

SOURCE_BREAK = re.compile(r"[ \t\r\f\v]*\n\s*")
# Where whitespace is shown as written.
PREFORMATTED_TAGS = {"pre", "textarea", "code", "script", "style", "plaintext", "listing", "xmp"}
WHITE_SPACE_KEPT = re.compile(r"white-space\s*:\s*(?:pre|break-spaces)", re.IGNORECASE)
# A cheap test on the raw page: a div's own text that runs over a line break.
DIV_TEXT_BREAK = re.compile(rb"<div\b[^>]*>[^<]*[^<\s][ \t]*\r?\n\s*[^<\s]")


def may_hold_source_breaks(html: bytes | str) -> bool:
    """Whether a `<div>`'s own text may run over a line break of the source."""
    raw = html.encode("utf-8", "replace") if isinstance(html, str) else html
    return DIV_TEXT_BREAK.search(raw) is not None


def _collapsed(text: str | None) -> str | None:
    return SOURCE_BREAK.sub(" ", text) if text and "\n" in text else text


def collapse_source_breaks(tree) -> int:
    """Collapse (in place) each line break of the running text a `<div>` holds itself (its text,
    its children's tails, the text of the inline elements in it) into one space, outside
    preformatted text; the number of divs whose text held one."""
    changed = 0
    for div in tree.iter("div"):
        if _keeps_whitespace(div) or any(_keeps_whitespace(a) for a in div.iterancestors()):
            continue
        before = div.text, [child.tail for child in div]
        div.text = _collapsed(div.text)
        for child in div:
            child.tail = _collapsed(child.tail)
            if not isinstance(child.tag, str) or child.tag not in INLINE_TAGS:
                continue
            if any(isinstance(n.tag, str) and _keeps_whitespace(n) for n in child.iter()):
                continue  # inline code (or a span styled white-space: pre) keeps its lines
            for node in child.iter():
                if isinstance(node.tag, str):
                    node.text = _collapsed(node.text)
                    if node is not child:
                        node.tail = _collapsed(node.tail)
        changed += before != (div.text, [child.tail for child in div])
    return changed


def _keeps_whitespace(element) -> bool:
    """Preformatted text: a tag that shows whitespace as written, or a `white-space: pre` style."""
    return isinstance(element.tag, str) and (
        element.tag in PREFORMATTED_TAGS or WHITE_SPACE_KEPT.search(element.get("style") or "") is not None)


# Elements of running text: their words belong to the line around them.
INLINE_TAGS = {"a", "b", "strong", "em", "i", "u", "span", "abbr", "cite", "q", "small", "sub", "sup", "mark",
               "time", "s", "del", "ins", "font"}
