"""Extract the main text and metadata of an HTML page with trafilatura."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import date
from html import unescape

from newsfacts.clean import (
    author_bio,
    credits,
    embeds,
    hidden_body,
    inline_code,
    metadata,
    popup_notes,
    related,
    source_spacing,
)
from newsfacts.clean.run_on import with_run_on
from newsfacts.clean.split_body import with_continuations, wrap_loose_lines


@dataclass(frozen=True)
class CleanedHtml:
    """What trafilatura found on one page."""

    body_text: str
    title: str | None
    publisher: str | None
    author: str | None
    published_date: date | None
    url: str | None
    # Share of the main text's letters that are the text of the page's links (menus, link lists).
    link_share: float = 0.0


# Elements the page never shows its readers: schema.org copies of the article, sign-in dialogs,
# cookie notices. trafilatura reads them as text (a hidden microdata block repeats the whole
# article, so every fact would be counted two or three times). Metadata is read before pruning.
# ([@style or @hidden] first: the same elements, without a translate() for every element.)
HIDDEN_XPATH = ("//*[@style or @hidden][contains(translate(@style, ' ', ''), 'display:none')"
                " or contains(translate(@style, ' ', ''), 'visibility:hidden') or @hidden]")
# A list of story cards ("Our latest stories", "More from the section"): three or more items
# headed by a linked headline, each item short. Article text never comes as such a list; the
# cards' headlines and sublines would otherwise join the body and give events and figures of
# other stories. On the 181 benchmark pages it removes only such lists (body precision
# 0.9542 to 0.9556, recall unchanged). With two items it also matched a small list beside one
# article and trafilatura then chose another container, so three is the floor. Blocks known by
# their heading ("Top stories", "Partner news", "Read more: ...") whatever their markup are
# pruned before, in clean/related.py.
STORY_CARD_LIST_XPATH = ("//*[self::ul or self::ol]"
                         "[count(li[.//*[self::h2 or self::h3 or self::h4]//a]) >= 3]"
                         "[not(li[string-length(normalize-space(.)) > 400])]")
# A hover card inside a sentence: the span a site shows when the reader points at a name (a
# photo, the full name and links to other stories about the person). Read as text it splits
# the sentence ("Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor doubles down ... MORE
# (R) is defending"). The innermost such span goes; the linked name before it stays. The
# paragraph must hold more text than the card, so a span wrapping a whole paragraph is kept.
# On the 181 benchmark pages it changes two (body F1 0.9704 to 0.9715, recall up).
HOVER_CARD_XPATH = (
    "//p//span[.//img and count(.//a) >= 2][not(.//span[.//img and count(.//a) >= 2])]"
    "[string-length(normalize-space(ancestor::p[1])) - string-length(normalize-space(.)) > 40]"
)
# The same cards when each is a link around its headline (`<a><img><h3>Headline</h3></a>`) and
# the container holds nothing else: every child is such a card, three or more, each short.
# ([not(*[not(*)])]: every child has children, as a card holding a heading must; a cheap test
# that spares the search for a linked heading below each child of most containers.)
LINKED_CARD_GRID_XPATH = (
    "//*[count(*) >= 3][not(*[not(*)])]"
    "[not(*[not(descendant-or-self::a[.//*[self::h2 or self::h3 or self::h4]])])]"
    "[not(*[string-length(normalize-space(.)) > 400])]"
)
PRUNE_XPATHS = [HIDDEN_XPATH, STORY_CARD_LIST_XPATH, LINKED_CARD_GRID_XPATH, HOVER_CARD_XPATH]


def _to_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _prepared(html: bytes | str, show_hidden: bool = False):
    """The page parsed once: (the tree trafilatura reads, an untouched copy for the metadata).

    With show_hidden, a hidden article is shown first (clean/hidden_body.py); with none to show,
    the tree is None.

    In the tree trafilatura reads, an embedded post is unwrapped, a block of links to other
    stories under its heading removed and the link of an excerpt's credit line unwrapped (each
    step only on a page whose bytes may hold it), and a linked name heading a quotation unwrapped
    (clean/credits.py). Handing trafilatura the tree spares it its
    own parse, and the copy spares the metadata a third one (a copy costs a sixth of a parse).
    """
    tree = metadata.load_tree(html)
    if tree is None:
        return (None if show_hidden else html), None
    untouched = copy.deepcopy(tree)
    if show_hidden and not hidden_body.show_hidden_article(tree):
        return None, untouched
    related.prune_teaser_cards(tree)
    if source_spacing.may_hold_source_breaks(html):
        source_spacing.collapse_source_breaks(tree)
    wrap_loose_lines(tree)
    for may_hold, step in ((embeds.has_embedded_posts, embeds.unwrap_embedded_posts),
                           (related.may_hold_related_blocks, related.prune_related_blocks),
                           (credits.may_hold_excerpt_credits, credits.keep_excerpt_credits),
                           (inline_code.may_hold_inline_code, inline_code.collapse_inline_code_paragraphs),
                           (popup_notes.may_hold_popup_notes, popup_notes.remove_popup_notes)):
        if may_hold(html):
            step(tree)
    credits.keep_speaker_headings(tree)
    return tree, untouched


# No guessing from copyright lines or URLs' loose digits: a wrong date is worse than none.
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def page_metadata(tree, url: str | None) -> dict[str, str | None] | None:
    """The page's title, author, url, hostname, date and sitename as trafilatura 2.3's
    extract_metadata reads them (bare_extraction's with_metadata=True), step for step, without
    the categories, tags and license it also reads and cleaning never uses (about 2.5 ms a
    page, a twentieth of the cleaning). None where bare_extraction would give up on the page.
    It only reads the tree: the date and author readers work on their own copies."""
    from trafilatura import metadata as trafilatura_metadata

    try:
        found = trafilatura_metadata.examine_meta(tree)
        if found.author and " " not in found.author:
            found.author = None
        try:
            found = trafilatura_metadata.extract_meta_json(tree, found)
        except Exception as err:  # noqa: BLE001  (as trafilatura: bugs in its JSON-LD reader)
            trafilatura_metadata.LOGGER.warning("error in JSON metadata extraction: %s", err)
        if not found.title:
            found.title = trafilatura_metadata.extract_title(tree)
        # trafilatura's author search (on a copy of the whole tree) is left to searched_author,
        # run only when the page's own fields name nobody (metadata.authors).
        search_author = not found.author
        if not found.url:
            found.url = trafilatura_metadata.extract_url(tree, url)
        if found.url:
            found.hostname = trafilatura_metadata.extract_domain(found.url, fast=True)
        found.date = trafilatura_metadata.find_date(tree, **DATE_PARAMS, url=found.url)
        if not found.sitename:
            found.sitename = trafilatura_metadata.extract_sitename(tree)
        if found.sitename:
            found.sitename = found.sitename.lstrip("@")
            if found.sitename and "." not in found.sitename and not found.sitename[0].isupper():
                found.sitename = found.sitename.title()
        if found.sitename and found.title and metadata.squash(found.sitename) == metadata.squash(found.title):
            # trafilatura took the headline half of "<headline> - <site>" for the site's name (a
            # page with no og:site_name): no site name, or the site's affix would be the headline.
            found.sitename = None
        if not found.sitename and found.url and (match := trafilatura_metadata.META_URL.match(found.url)):
            found.sitename = match[1]
        found.clean_and_trim()
    # bare_extraction's own answer to these: no document.
    except (TypeError, ValueError):
        return None
    fields = {key: getattr(found, key) for key in ("title", "author", "url", "hostname", "date", "sitename")}
    if search_author:
        fields["author"] = lambda: searched_author(tree)
    return fields


class NoDocument(Exception):
    """trafilatura's author search failed where bare_extraction would have given up on the page."""


def searched_author(tree) -> str | None:
    """trafilatura's author search, trimmed as extract_metadata trims its fields."""
    from trafilatura.metadata import extract_author
    from trafilatura.utils import line_processing

    try:
        author = extract_author(tree)
    except (TypeError, ValueError) as exc:
        raise NoDocument from exc
    if not isinstance(author, str):
        return author
    if len(author) > 10000:
        author = author[:9999] + "…"
    return line_processing(unescape(author))


# How bare_extraction reads every page.
EXTRACTION_OPTIONS = {
    # Without readability's and jusText's second opinion: a third of the cleaning time, and on
    # the 181 benchmark pages the same body F1 (0.9665 against 0.966 with them); trafilatura's
    # own baseline rescue and recall retry still run (docs/decisions/016-extraction-cost.md).
    "fast": True,
    "include_comments": False,
    "include_tables": True,
    "deduplicate": False,
    "date_extraction_params": DATE_PARAMS,
    "prune_xpath": PRUNE_XPATHS,
}


def clean_html_document(html: bytes | str, url: str | None = None,
                        show_hidden: bool = False) -> CleanedHtml | None:
    """Main text and metadata of a page, or None when trafilatura finds no main text.

    show_hidden reads the article a metered paywall hides (clean/hidden_body.py): None when the
    page hides none.
    """
    from trafilatura import bare_extraction

    prepared, untouched = _prepared(html, show_hidden)
    if prepared is None:
        return None
    if untouched is None:
        # Our parse failed; trafilatura's own (its file size limit set) reads the bytes again.
        document = bare_extraction(html, url=url, with_metadata=True, **EXTRACTION_OPTIONS)
        fields = document.as_dict() if document is not None else None
    elif (fields := page_metadata(prepared, url)) is not None:
        document = bare_extraction(prepared, url=url or fields["url"], with_metadata=False, **EXTRACTION_OPTIONS)
    if fields is None or document is None:
        return None
    body = (document.text or "").strip()
    meta_title = fields.get("title")
    if meta_title and body.startswith(meta_title + "\n"):
        body = body[len(meta_title) + 1 :].lstrip()  # trafilatura repeats the <h1> headline
    if not body:
        return None
    tree = untouched if untouched is not None else metadata.load_tree(html)
    sitename, hostname = fields.get("sitename"), fields.get("hostname")
    page_title = metadata.headline(tree, meta_title, sitename, hostname)
    if page_title and body.startswith(page_title + "\n"):
        body = body[len(page_title) + 1 :].lstrip()
    if page_title and body.split("\n", 1)[0].strip(" |") == page_title:
        body = body.split("\n", 1)[1].lstrip() if "\n" in body else ""  # the headline as a table row
    body = with_run_on(tree, with_continuations(tree, without_furniture(cut_trailer(body))))
    try:
        names = metadata.authors(tree, fields.get("author"), sitename, hostname)
    except NoDocument:
        return None
    body = author_bio.without_author_bio(body, names)
    return CleanedHtml(
        body_text=body,
        title=page_title or meta_title or None,
        # (a page with neither names its host in its canonical link: "(value=) Reuters" pages)
        publisher=sitename or metadata.page_hostname(tree, hostname) or None,
        author="; ".join(names) or None,
        published_date=metadata.local_published_date(tree, _to_date(fields.get("date"))),
        url=fields.get("url") or url,
        link_share=link_text_share(tree, body),
    )


# A heading line that opens the links to other stories after the article ("You may also
# like...", "Related stories:"): it and everything after it are not the article. It must follow
# a few lines of text, so a kicker above the story never cuts it. Narrower on purpose than
# clean/related.py's RELATED_HEADING: that one removes only the block of links found under the
# heading in the page, while this one, on plain text with no links to check, cuts everything
# after it ("Latest" or "More on the economy" can be an article's own subheading).
TRAILER_HEADING = re.compile(
    r"^(?:you (?:may|might) also like|related (?:articles|stories|news|coverage|content)|"
    r"more (?:stories|news) from .{1,40}|most (?:read|popular)|recommended for you|more to read)"
    r"\s*(?:[:.…]+)?$",
    re.IGNORECASE)
MIN_LINES_BEFORE_TRAILER = 3


def cut_trailer(body: str) -> str:
    """The body without the block of links to other stories that follows the article."""
    lines = body.split("\n")
    for i, line in enumerate(lines):
        if i >= MIN_LINES_BEFORE_TRAILER and TRAILER_HEADING.match(line.strip()):
            return "\n".join(lines[:i]).rstrip()
    return body


# A listing's pager line ("1 - 5 of 218 results.", "Showing 11-20 of 93 articles", "Page 2 of
# 5"): the furniture of an index, never a sentence of the article.
PAGER_LINE = re.compile(
    r"(?:showing|displaying|results?)?\s*:?\s*\d[\d,]*\s*(?:-|–|to)\s*\d[\d,]*\s+of\s+(?:about\s+)?\d[\d,]*"
    r"(?:\s+(?:results?|items?|entries|stories|articles|posts|records|matches))?\s*\.?"
    r"|page\s+\d+\s+of\s+\d+\.?",
    re.IGNORECASE)


# A reading-time line ("Estimated reading time: 4 minutes", "6 min read") and a metered
# paywall's count of free articles ("This is your last article that you can read this month before
# you need to register ..."): page furniture, whose "this month" dates nothing of the story.
READING_TIME_LINE = re.compile(
    r"(?:(?:estimated\s+)?(?:reading|read)\s+time\s*:?\s*(?:about\s+|approx\.?\s+)?\d+(?:\s*-\s*\d+)?\s*"
    r"(?:min|mins|minutes?)|\d+\s*(?:min|mins|minutes?)\s+read)\.?",
    re.IGNORECASE)
METER_LINE = re.compile(
    r"\b(?:this is your (?:last|final) (?:free )?(?:article|story)|you have (?:\d+|one|two|three) (?:free )?"
    r"(?:articles?|stories) (?:left|remaining))\b.*\b(?:register|subscribe|sign up|log in|account)\b",
    re.IGNORECASE)
MAX_METER_WORDS = 40
# What an editor leaves where an embedded post or player stood when its script does not run
# ("[Embed]", "[embedded content]", "[Embedded video]"): a placeholder, no sentence of the article.
EMBED_PLACEHOLDER_LINE = re.compile(
    r"\[\s*embed(?:ded)?(?:\s+(?:content|media|post|tweet|video|audio|player))?\s*\]", re.IGNORECASE)


def _is_furniture_line(line: str) -> bool:
    line = line.strip()
    return (PAGER_LINE.fullmatch(line) is not None or READING_TIME_LINE.fullmatch(line) is not None
            or EMBED_PLACEHOLDER_LINE.fullmatch(line) is not None
            or (len(line.split()) <= MAX_METER_WORDS and METER_LINE.search(line) is not None))


def without_furniture(body: str) -> str:
    """The body without pager, reading-time, metering and embed-placeholder lines, and without a heading of a list
    of other stories left as its last line once the list was removed ("The latest updates" with
    nothing under it)."""
    lines = [line for line in body.split("\n") if not _is_furniture_line(line)]
    while len(lines) > 1 and related.is_related_heading(lines[-1]):
        lines.pop()
    return "\n".join(lines)


# Anchors shorter than this ("UK", "Go") also occur as words of real sentences.
MIN_ANCHOR_CHARS = 4
# Longer bodies are articles by length alone; measuring them would cost anchors x characters.
MAX_MEASURED_CHARS = 200_000
NON_WORD = re.compile(r"\W+")


def link_text_share(tree, body: str) -> float:
    """How much of the main text (0..1, by letters) is link text: near 1 for a navigation page."""
    if tree is None or not body or len(body) > MAX_MEASURED_CHARS:
        return 0.0
    anchors = {" ".join(a.text_content().split()) for a in tree.iter("a")}
    remaining = body
    for anchor in sorted((a for a in anchors if len(a) >= MIN_ANCHOR_CHARS), key=len, reverse=True):
        remaining = remaining.replace(anchor, " ")
    letters = len(NON_WORD.sub("", body))
    return 1 - len(NON_WORD.sub("", remaining)) / letters if letters else 0.0
