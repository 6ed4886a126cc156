"""Pop-up note cards set inside a paragraph: a gloss the reader sees on hover, not body text.

Some magazines gloss a phrase of the article with a card hidden inside the sentence: the phrase
is a link-like span, and inside it a span marked as a note ("footnote", "tooltip", "popover",
role="tooltip") holds a thumbnail image and a caption-like line about the person or work named
("<span class=note-link>the mayor<span class=note><img src=...>Elected in 2019, ...</span></span>
said"). A style sheet hides the card until the phrase is hovered, so the reader meets the
sentence whole; read as text, the card is glued into the sentence ("the mayorElected in 2019,
... said") and its years and counts read as the article's. The card goes; the phrase it glosses
and the rest of the sentence stay.

What marks a card: an inline element inside a paragraph, marked as a note by its class or role,
that holds an image and a short gloss (a few words at least: a flag or icon beside a name is
none), glued to the sentence on one side (a card set off by spaces on both sides is read in the
sentence), and is not the whole paragraph. A note of the same element
and class on the same page without an image is a card of the same kind, and goes too. Kept: a
footnote marker (a superscript number holds no image), inline links and images, and footnote
text printed as paragraphs after the article (a paragraph is never an inline element of itself).
"""

from __future__ import annotations

import re

NOTE_CLASS = re.compile(r"foot-?note|tool-?tip|pop-?over|pop-?up", re.IGNORECASE)
NOTE_ROLES = {"tooltip", "note"}
MAY_HOLD = re.compile(rb"foot-?note|tool-?tip|pop-?over|pop-?up|role=[\"']?(?:tooltip|note)", re.IGNORECASE)
INLINE_TAGS = {"span", "small", "aside", "em", "i", "b", "strong", "a", "sup", "cite"}
IMAGE_TAGS = {"img", "picture"}
# A gloss is a line or two; a longer block inside a paragraph is left alone.
MAX_CARD_CHARS = 600
# The paragraph keeps at least this much text of its own besides its cards.
MIN_OWN_CHARS = 40
# A card without an image of its own is taken only with a few words of gloss.
MIN_GLOSS_WORDS = 4


def may_hold_popup_notes(html: bytes | str) -> bool:
    """Whether the page's bytes may hold a note card at all (a cheap test before any search)."""
    raw = html.encode("utf-8", "replace") if isinstance(html, str) else html
    return MAY_HOLD.search(raw) is not None


def _text(element) -> str:
    return " ".join(element.text_content().split())


def _is_marked_note(element) -> bool:
    role = (element.get("role") or "").strip().lower()
    return role in NOTE_ROLES or NOTE_CLASS.search(element.get("class") or "") is not None


def _signature(element) -> tuple[str, str, str]:
    return element.tag, " ".join((element.get("class") or "").split()), (element.get("role") or "").strip().lower()


def _holds_image(element) -> bool:
    return any(isinstance(child.tag, str) and child.tag in IMAGE_TAGS for child in element.iterdescendants())


def _candidates(tree) -> list:
    """Marked notes inside a paragraph, innermost first among nested marks."""
    found = []
    for paragraph in tree.iter("p"):
        for element in paragraph.iterdescendants():
            if not isinstance(element.tag, str) or element.tag not in INLINE_TAGS or not _is_marked_note(element):
                continue
            found.append((paragraph, element))
    return found


def _fits(paragraph, card) -> bool:
    card_text = _text(card)
    return (0 < len(card_text) <= MAX_CARD_CHARS
            and len(_text(paragraph)) - len(card_text) >= MIN_OWN_CHARS)


def _is_glued(element) -> bool:
    """Whether the card's text runs into the sentence with no space on one side ("Barry Allen.<card>",
    "<card>twice a day"): a card the page hides until hovered. A marked element set off by spaces on
    both sides is read in the sentence ("won by <span class=tooltip><img> Lewis Hamilton</span> ahead"):
    a flag or an icon beside a name, the words the reader sees."""
    previous = element.getprevious()
    if previous is not None:
        before = previous.tail or previous.text_content()
    else:
        before = element.getparent().text or ""
    after = element.tail or ""
    own = element.text_content()
    glued_before = bool(before) and not before[-1].isspace() and not (own[:1].isspace())
    glued_after = bool(after) and not after[0].isspace() and not (own[-1:].isspace())
    return glued_before or glued_after


def remove_popup_notes(tree) -> int:
    """Remove every note card from the paragraphs (in place); the number removed."""
    candidates = _candidates(tree)
    cards = []
    for paragraph, element in candidates:
        if not _holds_image(element):
            continue
        # the innermost marked element holding the image: "footnoteLink" around "footnote" keeps its phrase
        if any(_is_marked_note(inner) and _holds_image(inner) for inner in element.iterdescendants()
               if isinstance(inner.tag, str) and inner.tag in INLINE_TAGS):
            continue
        if _fits(paragraph, element) and len(_text(element).split()) >= MIN_GLOSS_WORDS and _is_glued(element):
            cards.append(element)
    if not cards:
        return 0
    kinds = {_signature(card) for card in cards}
    chosen = set(cards)
    for paragraph, element in candidates:
        if element in chosen or _signature(element) not in kinds or not _fits(paragraph, element):
            continue
        if len(_text(element).split()) < MIN_GLOSS_WORDS:
            continue  # a marker ("1", "*") that shares the cards' class is no gloss
        if any(ancestor in chosen for ancestor in element.iterancestors()):
            continue
        chosen.add(element)
    removed = 0
    for element in chosen:
        if element.getparent() is not None and not any(ancestor in chosen for ancestor in element.iterancestors()):
            element.drop_tree()  # lxml.html: the text after it (its tail) stays in place
            removed += 1
    return removed
