"""Blocks of links to other stories under a heading ("Top stories", "Related", "Partner news").

A site puts, beside or below the article and often inside the same container, a heading that
names a list of other stories ("Top stories", "More from Politics", "Don't miss", "Latest
news") and under it the stories' linked headlines, each with a date or a one-line teaser.
trafilatura keeps such a block when it sits in the article's container and its teasers make
it look like text: the teasers then give the article the events and figures of other stories.
Lists of story cards whose headlines are headings are pruned by html.STORY_CARD_LIST_XPATH;
this module takes the blocks recognised by their heading instead, whatever their markup, and
the lines between the article's paragraphs that link to one other story: after such words
("Read more: ...", "Related: ..."), as a link card that opens with them ("Also on example.com"),
or as a linked headline in capitals set as a paragraph of its own.

The heading must be an element of its own whose whole text is such a heading, and what follows
it must be a run of headline lists: elements whose text is mostly linked headlines of a few
words, with at most a short teaser per headline. An article paragraph after a "Latest" heading
has far more text per link and stops the run, so the heading then stays too.
"""

from __future__ import annotations

import re

from newsfacts.clean.metadata import squash as _squash

_STORIES = r"(?:stories|news|articles|posts|headlines|reads|coverage|content|links|videos|updates)"
# The whole text of a heading that opens a list of other stories.
RELATED_HEADING = re.compile(
    r"(?:(?:our |the )?(?:(?:more|other) (?=recent|related|popular|featured|similar))?(?:top|latest|trending|popular|featured|recommended|related|recent|more|other|"
    r"similar|suggested|partner|sponsored|promoted|editors'?|editor's) " + _STORIES + r"(?: for you)?"
    r"|related|recommended(?: for you)?|latest|trending(?: now)?"
    r"|most (?:read|popular|viewed|shared|commented)(?: (?:in|on|from) .{1,40})?"
    # ("Also on CNN", "Also on example.com"; not an article's "Also on the ballot", "Also in the bill")
    r"|(?:more|latest) (?:from|in|on) .{1,40}|also (?:from|in|on) (?:(?-i:[A-Z0-9])|[\w-]+\.\w).{0,39}|from (?:our|the) partners|from around the web|around the web"
    r"|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|(?:read|see) (?:also|more|next)"
    r"|also read|don'?t miss|editor'?s'? (?:picks|choice)|top picks|what to read next|in case you missed it"
    r"|more to (?:read|explore))",
    re.IGNORECASE,
)
# What may stand around the heading's words: punctuation, arrows, a mis-decoded no-break space.
# (As one pattern, r"^[\W_Â]+|[\W_]+$"; apart, each is tried at one end only: the pattern's
# search tried its second branch at every gap between words of every short element's text.)
LEADING_TRIM = re.compile(r"[\W_Â]+")
TRAILING_TRIM = re.compile(r"[\W_]+")
MAX_HEADING_CHARS = 60
# A cheap test on the raw page before any parsing: a text node that may be such a heading.
HEADING_MARKER = re.compile(
    rb">[^<>]{0,12}(?:top|latest|trending|popular|featured|recommended|related|recent|more|other|similar|"
    rb"suggested|partner|sponsored|promoted|editor|most|from|you m|read|see|also|don|what to|in case)"
    rb"[^<>]{0,50}<",
    re.IGNORECASE,
)
# ... or a link whose text is in capitals.
CAPITALS_LINK_MARKER = re.compile(rb"<a\b[^>]*>(?:\s*<[^<>]+>)*[^<>a-z]{20,}<")
# ... or a link opened inside a square bracket ("[<a>Headline of another story</a>]").
BRACKETED_LINK_MARKER = re.compile(rb"\[\s*<a\b")
# A linked headline has a few words; "More", "Next" or a bare date are no headlines.
MIN_HEADLINE_WORDS = 3
# A headline list: its linked headlines make at least this share of its letters, and it holds
# at most this many letters per headline (a headline and a teaser of a line or two).
MIN_HEADLINE_SHARE = 0.3
MAX_CHARS_PER_HEADLINE = 350
MIN_HEADLINES = 2
# A link alone this short in an element of the run is a placeholder, not the end of the block.
MAX_PLACEHOLDER_LETTERS = 12
LETTERS = re.compile(r"\w")
# A line that links to one other story: a paragraph or list item of at most this many characters.
LINE_TAGS = {"p", "div", "li", "h2", "h3", "h4", "h5", "h6"}
MAX_LINE_CHARS = 250
# Elements with more text than this (spacing included) are neither a heading nor such a line.
MAX_RAW_CHARS = 2000
# A linked paragraph in capitals of this many words is a headline; "SIGN UP" or "MORE" is not.
MIN_CAPITALS_WORDS = 4
CALL_TO_CLICK = re.compile(r"\bCLICK", re.IGNORECASE)


def may_hold_related_blocks(html: bytes | str) -> bool:
    """Whether the page may hold such a heading or line (a cheap test before any parsing)."""
    raw = html.encode("utf-8", "replace") if isinstance(html, str) else html
    return HEADING_MARKER.search(raw) is not None or CAPITALS_LINK_MARKER.search(raw) is not None or (
        BRACKETED_LINK_MARKER.search(raw) is not None)


def is_related_heading(text: str) -> bool:
    """Whether a text, whole, is a heading that opens a list of other stories."""
    text = _trimmed(_squash(text))
    return 0 < len(text) <= MAX_HEADING_CHARS and RELATED_HEADING.fullmatch(text) is not None


def _trimmed(text: str) -> str:
    """The text without the punctuation, arrows or mis-decoded no-break space at its ends."""
    start = found.end() if (found := LEADING_TRIM.match(text)) else 0
    end = len(text) - found.end() if (found := TRAILING_TRIM.match(text[::-1])) else len(text)
    return text[start:max(start, end)]


def _letters(text: str) -> int:
    return len(LETTERS.findall(text))


def _headline_count(element) -> int | None:
    """Linked headlines in an element that is a headline list; 0 for an empty one; None otherwise."""
    text = _squash(element.text_content())
    total = _letters(text)
    if total == 0:
        return 0
    if total <= MAX_PLACEHOLDER_LETTERS and text == _squash(" ".join(a.text_content() for a in element.iter("a"))):
        return 0  # a widget's placeholder link ("Loading...", "More")
    headlines, linked = set(), 0
    for link in element.iter("a"):
        text = _squash(link.text_content())
        if len(text.split()) >= MIN_HEADLINE_WORDS:
            headlines.add(text)
            linked += _letters(text)
    if not headlines or linked < MIN_HEADLINE_SHARE * total:
        return None
    if total > MAX_CHARS_PER_HEADLINE * len(headlines):
        return None
    return len(headlines)


def _heading_box(element):
    """The highest ancestor (or the element) whose text is the heading's text alone."""
    text = _squash(element.text_content())
    box = element
    while (parent := box.getparent()) is not None and parent.tag not in {"body", "html"}:
        if _squash(parent.text_content()) != text:
            break
        box = parent
    return box


def _block_after(heading):
    """The heading's box and the run of headline lists that follows it, or [] when none does."""
    box = _heading_box(heading)
    block, headlines = [box], 0
    for sibling in box.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag in {"script", "style", "noscript"}:
            block.append(sibling)
            continue
        count = _headline_count(sibling)
        if count is None:
            break
        block.append(sibling)
        headlines += count
    return block if headlines >= MIN_HEADLINES else []


def is_related_line(element, raw: str | None = None) -> bool:
    """Whether an element is one line linking to another story: after such a heading's words
    ("Read more: <a>...</a>", "Related: <a>...</a>"), as a link card that opens with them
    (`<a><span>Also on example.com</span><span>Headline</span></a>`), or as a paragraph that is
    one linked headline in capitals (`<p><strong><a>STAR ELIMINATED FROM SHOW</a></strong></p>`)
    or in square brackets (`<p><i>[<a>How an anchor found the portrait</a>]</i></p>`).
    `raw` is the element's text_content() when the caller has it already."""
    if element.tag == "a":
        return _is_link_card(element, raw)
    if element.tag not in LINE_TAGS:
        return False
    raw = element.text_content() if raw is None else raw
    if len(raw) > MAX_RAW_CHARS:
        return False
    links = element.findall(".//a")
    if len(links) != 1:
        return False
    text = _squash(raw)
    headline = _squash(links[0].text_content())
    if len(headline.split()) >= MIN_HEADLINE_WORDS and text.startswith("[") and text.endswith("]") and (
            _squash(text[1:-1]) == headline and len(text) <= MAX_LINE_CHARS):
        return True  # "[How an anchor found the missing portrait]": a bracketed link line
    if len(text) > MAX_LINE_CHARS or len(headline.split()) < MIN_HEADLINE_WORDS or not text.endswith(headline):
        return False
    if text == headline:
        return _is_capitals_headline(text)
    return is_related_heading(text[: len(text) - len(headline)])


def _is_capitals_headline(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(text.split()) < MIN_CAPITALS_WORDS or not letters or not all(c.isupper() for c in letters):
        return False
    # "CLICK FOR FULL RESULTS" points to the article's own document, not to another story.
    return CALL_TO_CLICK.search(text) is None


def _is_link_card(link, raw: str | None = None) -> bool:
    text = _squash(link.text_content() if raw is None else raw)
    if len(text) > MAX_LINE_CHARS:
        return False
    for part in link.iterdescendants():
        if not isinstance(part.tag, str):
            continue
        opening = _squash(part.text_content())
        if opening and opening != text:  # the first part of the card that is not all of it
            rest = text[len(opening):] if text.startswith(opening) else ""
            return is_related_heading(opening) and len(rest.split()) >= MIN_HEADLINE_WORDS
    return False


def prune_related_blocks(tree) -> int:
    """Remove (in place) each heading of a list of other stories with the list; the number removed."""
    blocks = []
    headings: dict[str, bool] = {}  # is_related_heading by text: nested elements share theirs
    for element in tree.iter():
        tag = element.tag
        if not isinstance(tag, str) or tag in {"html", "body", "head", "title", "script", "style"}:
            continue
        children = len(element)
        if children > 3 and tag != "a" and tag not in LINE_TAGS:
            continue  # neither a line nor a heading's element: spares reading its text
        # (an element without children holds its own text alone: text_content() is its .text)
        raw = element.text_content() if children else element.text
        if not raw or len(raw) > MAX_RAW_CHARS:
            continue  # no heading or line, and squashing every container's text is slow
        # (a line holds one link, which an element of LINE_TAGS without children does not hold)
        # (a link card opens with a part of its own: a link without children is none)
        if children and (tag == "a" or tag in LINE_TAGS) and is_related_line(element, raw):
            blocks.append([element])
            continue
        if children > 3:
            continue
        if (heading := headings.get(raw)) is None:
            heading = headings[raw] = is_related_heading(raw)
        if not heading:
            continue
        if block := _block_after(element):
            blocks.append(block)
    removed = 0
    for block in blocks:
        if block[0].getparent() is None:
            continue  # inside a block already removed
        for element in block:
            element.drop_tree()  # lxml.html: the text after it (its tail) stays
        removed += 1
    return removed


# A list of teaser cards ("The latest updates" of a hub page, a blog's index): a container of
# three or more elements, each holding one linked headline (`<h3><a>Title</a></h3>`, or a link
# around the heading) and at most a short byline, date and teaser under it. An article's own
# container always holds paragraphs without a linked heading, so it never matches; the cards'
# bylines ("Blog entry by Ann Lee | 21 February, 2017 1 comment"), dates and teasers would give
# the page other stories' figures and events and the newest teaser's date.
_HEADING = "(self::h2 or self::h3 or self::h4 or self::h5)"
# (The same elements as with `.//*[{_HEADING}]` in the second test, at a third of the cost: the
# first test, that every child has children as a card with a heading must, is cheap, and the
# headings are found by their names instead of by testing every element below each child.)
TEASER_CARDS_XPATH = (
    "//*[count(*) >= 3][not(*[not(*)])][not(*[not((.//h2|.//h3|.//h4|.//h5)[.//a or ancestor::a])])]"
    f"[not(*[count(.//*[{_HEADING}]) > 1])]"
    "[not(*[string-length(normalize-space(.)) > 400])]"
)


def _heading_links(cards) -> list[str]:
    """The address each card's heading links to ("" for a link without one)."""
    hrefs = []
    for card in cards:
        heading = card.xpath(f".//*[{_HEADING}]")[0]
        link = next(iter(heading.xpath(".//a")), None)
        if link is None:
            link = next((a for a in heading.iterancestors() if a.tag == "a"), None)
        hrefs.append((link.get("href") or "").strip() if link is not None else "")
    return hrefs


_NUMBERED = re.compile(r"\s*(?:no\.\s*|#)?(\d{1,3})\b")


def _numbered_in_sequence(cards) -> bool:
    """'1. Stormproof boots', '2. A heated jacket': the items of a list article, counted."""
    numbers = []
    for card in cards:
        match = _NUMBERED.match(_squash(card.xpath(f".//*[{_HEADING}]")[0].text_content()))
        if match is None:
            return False
        numbers.append(int(match[1]))
    steps = {b - a for a, b in zip(numbers, numbers[1:], strict=False)}
    return steps in ({1}, {-1})


def _is_card_list(element) -> bool:
    """Whether a list that has the cards' shape links to other stories of one site: not when a
    heading links into a page (sections, questions or live-blog entries under their own
    anchors: "#part-2", "/live#post-3", "/live?post=3"), nor when the headings link to several sites (a list
    article's shops, a digest of other outlets' stories), nor when they are numbered in
    sequence (a list article's items)."""
    from urllib.parse import urlsplit

    hrefs = _heading_links(element)
    parts = [urlsplit(href) for href in hrefs]
    if any(href.startswith("#") for href in hrefs):
        return False
    if len({(part.netloc, part.path) for part in parts}) == 1:
        return False  # one page's entries ("/live?post=3", "/live#p4"), not other stories
    if len({part.netloc.lower().removeprefix("www.") for part in parts if part.netloc}) > 1:
        return False
    return not _numbered_in_sequence(element)


def prune_teaser_cards(tree) -> int:
    """Remove (in place) each list of teaser cards; the number removed."""
    lists = [element for element in tree.xpath(TEASER_CARDS_XPATH) if _is_card_list(element)]
    removed = 0
    for element in lists:
        if element.getparent() is None or any(a in lists for a in element.iterancestors()):
            continue
        element.drop_tree()
        removed += 1
    return removed
