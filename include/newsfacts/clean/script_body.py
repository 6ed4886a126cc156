"""The article of a page that ships its body only as script data (a single-page app's state).

Some sites render the story in the browser from a JSON state the page carries
(`window.__APOLLO_STATE__ = {...}`, `<script id="__NEXT_DATA__" type="application/json">`): the
served markup holds the headline and the metadata, not one paragraph, and trafilatura finds no
main text. Read only then (clean/__init__.py), the state gives the body back in one of two shapes:
a list of element nodes (`{"type": "p", "children": [{"type": "text", "data": "..."}]}`, the
shape of htmlparser2's DOM that such apps serialise) or an HTML string of paragraphs. The largest
such body is taken when it is long enough to be an article and shares the page title's words (a
related story's body in the same state would not); the page is then read again with it as its
article, the head and its metadata kept.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html import escape

import lxml.html

from newsfacts.clean.teaser import TEASER_MAX_WORDS

# "window.__STATE__ = {", "var initialState = [", "self.__DATA__={": a script assigning its state.
STATE_ASSIGNMENT = re.compile(r"^\s*(?:window\.|self\.|var |let |const )?[\w$.]+\s*=\s*(?=[{\[])")
BLOCK_TYPES = {"p", "h2", "h3", "h4", "blockquote", "li"}
MIN_BLOCKS = 3
# How many of the title's long words the body must hold.
MIN_TITLE_SHARE = 0.5
TITLE_WORD = re.compile(r"\w{4,}")
# Scripts larger than this are not read (a state is a few hundred KB; a bundle can be megabytes).
MAX_SCRIPT_CHARS = 5_000_000


def script_article_page(payload: bytes) -> str | None:
    """The page rebuilt with the article its script data holds, or None when it holds none."""
    try:
        tree = lxml.html.fromstring(payload)
    except (ValueError, lxml.etree.ParserError):
        return None
    title = _page_title(tree)
    best: list[str] = []
    best_words = 0  # (counted once: a state can hold thousands of small runs beside a long one)
    for state in _script_states(tree):
        for paragraphs in _bodies(state):
            words = _word_count(paragraphs)
            if words > best_words and _shares_title(paragraphs, title):
                best, best_words = paragraphs, words
    if best_words < TEASER_MAX_WORDS:
        return None
    head = tree.find("head")
    head_html = lxml.html.tostring(head, encoding="unicode") if head is not None else "<head></head>"
    article = "".join(f"<p>{escape(p)}</p>" for p in best)
    lang = tree.getroottree().getroot().get("lang")  # (metadata reads a page's date order by it)
    html = f'<html lang="{escape(lang)}">' if lang else "<html>"
    return f"{html}{head_html}<body><article>{article}</article></body></html>"


def _page_title(tree) -> str:
    og = tree.xpath('//meta[@property="og:title"]/@content')
    titles = tree.xpath("//title/text()")
    return " ".join([*og[:1], *titles[:1]])


def _script_states(tree) -> Iterator[object]:
    """The JSON values of the page's state scripts (JSON scripts and `x = {...}` assignments)."""
    for script in tree.iter("script"):
        kind = (script.get("type") or "").lower()
        text = script.text or ""
        if script.get("src") or "ld+json" in kind or len(text) > MAX_SCRIPT_CHARS:
            continue  # (schema.org copies are the page's metadata, read elsewhere)
        start = 0
        if kind != "application/json":
            assignment = STATE_ASSIGNMENT.match(text)
            if assignment is None:
                continue
            start = assignment.end()
        try:
            value, _ = json.JSONDecoder().raw_decode(text, start)
        except (ValueError, RecursionError):  # (RecursionError: JSON nested too deep to decode)
            continue
        yield value


def _bodies(value: object) -> Iterator[list[str]]:
    """Every run of paragraphs in a JSON value: lists of element nodes and HTML strings."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            blocks = [n for n in item if isinstance(n, dict) and n.get("type") in BLOCK_TYPES]
            if len(blocks) >= MIN_BLOCKS:
                yield [text for n in blocks if (text := _node_text(n))]
            else:
                stack.extend(item)
        elif isinstance(item, str) and item.count("<p") >= MIN_BLOCKS:
            yield _html_paragraphs(item)


def _node_text(node: dict) -> str:
    """The text of an element node and its children, in order."""
    parts: list[str] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if item.get("type") == "text" and isinstance(item.get("data"), str):
            parts.append(item["data"])
        children = item.get("children")
        if isinstance(children, list):
            stack.extend(c for c in reversed(children) if isinstance(c, dict))
    return " ".join("".join(parts).split())


def _html_paragraphs(html: str) -> list[str]:
    try:
        fragment = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return []
    return [text for p in fragment.iter("p") if (text := " ".join(p.text_content().split()))]


def _word_count(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _shares_title(paragraphs: list[str], title: str) -> bool:
    words = {w.lower() for w in TITLE_WORD.findall(title)}
    if not words:
        return False
    text = " ".join(paragraphs).lower()
    return sum(w in text for w in words) >= MIN_TITLE_SHARE * len(words)
