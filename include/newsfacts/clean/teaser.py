"""Paywall stubs and "read more" teasers: a page that says the article is elsewhere, with little text."""

from __future__ import annotations

import re

# A page with fewer main-text words than this whose text sends the reader elsewhere ("continue
# reading", "subscribe to read") is a teaser; no page of ../shared/corpus/aeb has such a line.
TEASER_MAX_WORDS = 150
# A paywall element alone makes a stub only of a page this short: sites put such elements on
# complete short pages too (a 64-word breaking-news item of ../shared/corpus/aeb). The schema.org
# flag is the publisher saying the text is not free: with it, under TEASER_MAX_WORDS is a stub
# (two WSJ leads of 98 and 110 words in that corpus; flagged full articles there have 368+).
PAYWALL_STUB_MAX_WORDS = 50
# What the teaser thresholds count as a word.
WORD = re.compile(r"\w+")
# Schema.org's paywall flag (Google's "paywalled content" markup).
NOT_FREE = re.compile(rb'"isAccessibleForFree"\s*:\s*"?false"?', re.IGNORECASE)
PAYWALL_CLASS = re.compile(rb'(?:class|id)\s*=\s*"[^"]*\b(?:paywall|subscriber-only|premium-wall|meteredContent)\b',
                           re.IGNORECASE)
TEASER_PHRASES = re.compile(
    r"\b(?:continue reading|read the full (?:story|article)|read more\W*$|subscribe (?:now )?to (?:read|continue)"
    r"|subscribers only|for subscribers|already a subscriber|sign in to (?:read|continue)"
    r"|log in to (?:read|continue)|this (?:article|content) is (?:for|available to) (?:subscribers|members))",
    re.IGNORECASE | re.MULTILINE,
)


def teaser_marker(payload: bytes, body_text: str, word_count: int) -> str | None:
    """What marks a short page as a teaser (a paywall flag or a 'read more' line), or None."""
    if word_count >= TEASER_MAX_WORDS:
        return None
    if match := TEASER_PHRASES.search(body_text):
        return f"the text points to the rest of the article ('{match.group(0).strip()}')"
    if NOT_FREE.search(payload):
        return "the page marks itself isAccessibleForFree: false"
    if word_count >= PAYWALL_STUB_MAX_WORDS:
        return None
    if match := PAYWALL_CLASS.search(payload[:2_000_000]):
        return f"the page has a paywall element ({match.group(0).decode('ascii', 'replace')})"
    return None
