"""Articles that run on after their container, in paragraphs that belong to no container.

A page saved from a live site, or a template that closes its article wrapper too soon (an
unclosed element inside the story, a widget's stray closing tag), leaves the rest of the story
as bare <p> elements after the wrapper: siblings of the container, or of one of its ancestors
up to <body>, between ad slots, inline image components and page-break markers, down to the
page's footer. trafilatura reads the wrapper only, so everything after it was lost (on a
2017 magazine feature, four fifths of the article).

This module finds the element that holds the body's paragraphs (the lowest common ancestor of
the first and the last <p> that open a line of the body), then walks, in page order, what
follows it and each of its ancestors. Only bare paragraphs at those levels are read: a <p>
with no class, no id and no role, outside any other container, whose text is prose (it ends
like a sentence, and is not mostly link text). Whatever else stands between them (ads,
figures, promos, rules, empty divs) is skipped unread; a footer, a navigation bar, a sidebar,
a form, a comment section or the heading of a list of other stories ends the walk. The run is
added only when it holds at least MIN_RUN_PARAGRAPHS full paragraphs of prose, so a lone
copyright line or disclaimer after an article never joins it.
"""

from __future__ import annotations

import re

from newsfacts.clean import related
from newsfacts.clean.metadata import squash as _squash
from newsfacts.clean.split_body import _key, _link_share

# A paragraph that opens a body line, used to find the body's container, has this many words.
MIN_PARAGRAPH_WORDS = 8
# Lines are matched by their first characters (trafilatura's spacing may differ from the page's).
PROBE_CHARS = 60
# The walk adds nothing unless the run after the container holds this many full paragraphs
# (MIN_PARAGRAPH_WORDS words or more): a story that runs on, not a footnote after it.
MIN_RUN_PARAGRAPHS = 3
# A shorter bare paragraph of the run ("It came to that.") is read when it has this many words.
MIN_SHORT_WORDS = 3
# A paragraph whose letters are mostly link text is a list entry ("• Full coverage: ..."), not prose.
MAX_PARAGRAPH_LINK_SHARE = 0.5
SENTENCE_ENDS = (".", "!", "?", "”", '"', "’", "'", ")", "…")
# Elements that end the article: what follows them is the page's furniture.
STOP_TAGS = {"footer", "nav", "aside", "header", "form", "article"}
STOP_NAME = re.compile(r"comment|disqus|footer|respond|discussion", re.IGNORECASE)
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# A paragraph that is the page's furniture, whatever its markup.
FURNITURE_LINE = re.compile(
    r"^(?:©|\(c\)|copyright\b|all rights reserved|advertisement\b|sponsored\b|share this\b|follow us\b|"
    r"sign up\b|subscribe\b|click here\b|related\b|read more\b|see also\b|more:)",
    re.IGNORECASE)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _body_paragraphs(tree, body: str) -> tuple:
    """The first and the last <p> of the page that open a line of the body (None, None if none)."""
    probes = {_key(line)[:PROBE_CHARS] for line in body.split("\n") if len(line.split()) >= MIN_PARAGRAPH_WORDS}
    first = last = None
    if not probes:
        return first, last
    for paragraph in tree.iter("p"):
        if _key(paragraph.text_content())[:PROBE_CHARS] in probes:
            first = first if first is not None else paragraph
            last = paragraph
    return first, last


def _common_ancestor(first, last):
    ancestors = set(first.iterancestors())
    return next((a for a in last.iterancestors() if a in ancestors), None)


def _ends_the_article(element) -> bool:
    if element.tag in STOP_TAGS:
        return True
    if STOP_NAME.search(f"{element.get('class') or ''} {element.get('id') or ''}"):
        return True
    return element.tag in HEADING_TAGS and related.is_related_heading(element.text_content())


def _is_bare(paragraph) -> bool:
    return not any(paragraph.get(name) for name in ("class", "id", "role", "itemprop")) and not (
        paragraph.get("hidden") is not None or HIDDEN_STYLE.search(paragraph.get("style") or ""))


def _prose(paragraph) -> str | None:
    """The paragraph's text when it reads as a line of the story; None otherwise."""
    text = _squash(paragraph.text_content())
    if (len(text.split()) < MIN_SHORT_WORDS or not text.endswith(SENTENCE_ENDS)
            or FURNITURE_LINE.match(text) or _link_share(paragraph) > MAX_PARAGRAPH_LINK_SHARE):
        return None
    return text


def _following_paragraphs(container) -> list[str]:
    """The prose of the bare paragraphs after the container and after each of its ancestors, in
    page order, up to the first element that ends the article."""
    texts = []
    level = container
    while level is not None and level.tag not in ("body", "html"):
        for sibling in level.itersiblings():
            if not isinstance(sibling.tag, str):
                continue  # comments, processing instructions
            if _ends_the_article(sibling):
                return texts
            if sibling.tag == "p" and _is_bare(sibling) and (text := _prose(sibling)):
                texts.append(text)
        level = level.getparent()
    return texts


def run_on_paragraphs(tree, body: str) -> list[str]:
    """The story's paragraphs after its container that the body does not hold."""
    if tree is None or not body:
        return []
    first, last = _body_paragraphs(tree, body)
    if first is None or last is first:
        return []  # one paragraph found: its parent may be any box inside the article, not its container
    container = _common_ancestor(first, last)
    if container is None or container.tag in ("body", "html"):
        return []
    present = _key(body)
    texts = [t for t in _following_paragraphs(container) if _key(t)[:PROBE_CHARS] not in present]
    if sum(len(t.split()) >= MIN_PARAGRAPH_WORDS for t in texts) < MIN_RUN_PARAGRAPHS:
        return []
    return texts


def with_run_on(tree, body: str) -> str:
    """The body with the paragraphs the story runs on in after its container, in page order."""
    missing = run_on_paragraphs(tree, body)
    return "\n".join([body, *missing]) if missing else body
