"""Articles a page holds but hides: a metered paywall's script shows a "log in to continue" box
and hides the article's text, which the HTML still carries whole.

Hidden elements are pruned before trafilatura reads a page (clean/html.py, HIDDEN_XPATH): they
are schema.org copies of the article, dialogs and cookie notices. On a page that then reads as a
teaser, one hidden element may be the article itself, hidden by the meter on the reader's device
(The Local's pages keep every paragraph under `<div id="articleBody" style="display: none">`).
That element is shown again, and the short visible lines that send the reader to log in are
removed, so the article lands instead of a quarantined teaser. A page that never carried more
than its lead (a WSJ stub) has no such element and stays a teaser.
"""

from __future__ import annotations

import re

from newsfacts.clean.teaser import TEASER_MAX_WORDS, TEASER_PHRASES, WORD

HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# An article's body, not a caption or a dialog: several paragraphs of running text.
MIN_PARAGRAPHS = 3
# A visible line that only asks the reader to log in or subscribe ("Please sign up or log in to
# continue reading"): words at most, so no paragraph of the article is ever taken for one.
MAX_PROMPT_WORDS = 25


def _is_hidden(element) -> bool:
    return element.get("hidden") is not None or bool(HIDDEN_STYLE.search(element.get("style") or ""))


def _words(element) -> int:
    return len(WORD.findall(element.text_content()))


def hidden_article(tree):
    """The hidden element that holds an article's running text (the largest), or None."""
    best, best_words = None, TEASER_MAX_WORDS - 1
    for element in tree.iter("div", "section", "article", "main"):
        if not _is_hidden(element) or len(element.findall(".//p")) < MIN_PARAGRAPHS:
            continue
        if any(_is_hidden(parent) for parent in element.iterancestors()):
            continue  # inside a hidden dialog or a schema.org copy: not the article the meter hid
        if (words := _words(element)) > best_words:
            best, best_words = element, words
    return best


def show_hidden_article(tree) -> bool:
    """Show the hidden article (see the module) and drop the log-in prompts; False if none."""
    article = hidden_article(tree)
    if article is None:
        return False
    article.attrib.pop("hidden", None)
    article.set("style", HIDDEN_STYLE.sub("", article.get("style") or ""))
    for element in list(tree.iter("p", "div", "span", "h2", "h3", "h4")):
        if element.getparent() is None or _is_hidden(element):
            continue
        if _words(element) <= MAX_PROMPT_WORDS and TEASER_PHRASES.search(element.text_content()):
            element.drop_tree()
    return True
