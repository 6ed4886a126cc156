"""The credit line that closes a quoted excerpt ("[ The Verge ]") stays in the article text.

A round-up quotes other outlets and closes each excerpt with a paragraph naming the outlet as a
link, set in brackets, parentheses or after a dash: `<blockquote>...</blockquote><p>[<a>The
Verge</a>]</p>`. trafilatura drops a short paragraph whose letters are more than 80% link text
(a menu item), so a long outlet name in brackets goes ("[The Verge]": 9 of 11 characters) and a
short one stays ("[CNET]": 4 of 6). The credit says whose words the excerpt is: the link is
unwrapped so that the paragraph is read as the text it is.
"""

from __future__ import annotations

import re

from lxml import etree

from newsfacts.clean.metadata import squash as _squash

# The credit's whole text: the outlet's name in brackets or parentheses, or after a dash.
CREDIT = re.compile(r"\[\s*(?P<a>[^\[\]]+?)\s*\]|\(\s*(?P<b>[^()]+?)\s*\)|[—–-]{1,2}\s*(?P<c>.+)")
MAX_CREDIT_CHARS = 60
CREDIT_TAGS = {"p", "div"}


def may_hold_excerpt_credits(html: bytes | str) -> bool:
    """Whether the page quotes an excerpt at all (a cheap test before any parsing)."""
    raw = html.encode("utf-8", "replace") if isinstance(html, str) else html
    return b"<blockquote" in raw or b"<BLOCKQUOTE" in raw


def _closes_an_excerpt(element) -> bool:
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()  # a comment between them
    if previous is not None and previous.tag == "blockquote":
        return True
    parent = element.getparent()
    return parent is not None and parent.tag == "blockquote" and element.getnext() is None


def is_excerpt_credit(element) -> bool:
    """Whether an element is a linked outlet name in brackets or after a dash, closing an excerpt."""
    if element.tag not in CREDIT_TAGS or len(element.text_content()) > 4 * MAX_CREDIT_CHARS:
        return False
    links = element.findall(".//a")
    if len(links) != 1:
        return False
    text = _squash(element.text_content())
    match = CREDIT.fullmatch(text) if len(text) <= MAX_CREDIT_CHARS else None
    if match is None:
        return False
    name = match.group("a") or match.group("b") or match.group("c")
    return name == _squash(links[0].text_content()) and _closes_an_excerpt(element)


def keep_excerpt_credits(tree) -> int:
    """Unwrap (in place) the link of each excerpt's credit line; the number of credits."""
    credits = [element for element in tree.iter("p", "div") if is_excerpt_credit(element)]
    for element in credits:
        etree.strip_tags(element, "a")
    return len(credits)


# A heading naming whose words follow: a person's name alone in its paragraph, set as a link to
# their page ("<p><a><strong>Ann Lee</strong></a></p>"), two to four capitalised words.
SPEAKER_HEADING = re.compile(r"[A-Z][a-z’'-]+(?:[ \t][A-Z]\.)?(?:[ \t][A-Z][a-z’'-]+){1,2}")
# What the next paragraph opens with: a quotation, or a short label and a quotation ('The
# statement: "I enjoy ...'); an ad marker left between them is skipped.
QUOTED_OPENING = re.compile(r"^(?:(?i:advertisement)\s+)?(?:[A-Z][\w’'-]*(?:[ \t][\w’'-]+){0,4}:[ \t]*)?[“\"]")
_HEADING_TAGS = {"p", "div"}
_INLINE_TAGS = {"a", "strong", "b", "em", "i", "span"}


def _following_text(element, chars: int = 80) -> str:
    """The first characters of the text after `element` in the page, its own text aside."""
    texts = element.xpath("following::text()[normalize-space()][position() <= 6]")
    return _squash(" ".join(texts))[:chars]


def keep_speaker_headings(tree) -> int:
    """Unwrap (in place) the link of each paragraph that is only a linked name heading a quotation.

    A panel of answers or a round-up of views names each speaker in a paragraph of its own, often
    a link to their page, and quotes them in the next ('Ann Lee' / 'The statement: "I ..."').
    trafilatura drops a paragraph that is all link text, and with it the only word saying whose
    words the quotation holds; unwrapped, the name stays as the line above it. The number unwrapped."""
    headings = []
    for link in tree.iter("a"):
        name = _squash(link.text_content())
        if not SPEAKER_HEADING.fullmatch(name):
            continue
        block = link.getparent()
        while block is not None and block.tag in _INLINE_TAGS:
            block = block.getparent()
        if block is None or block.tag not in _HEADING_TAGS or _squash(block.text_content()) != name:
            continue
        if QUOTED_OPENING.match(_following_text(block)):
            headings.append(block)
    for block in headings:
        etree.strip_tags(block, "a")
    return len(headings)
