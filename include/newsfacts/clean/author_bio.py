"""The author's biography that closes an article ("Ann Lee is an award-winning journalist and the
author of two books ...") is no part of the story.

Reposts and opinion pages end the text with a short note on the writer, in the body's own markup
(an italic paragraph, a blockquote), so the text extractor keeps it. Its dates and counts ("founded
the site in 2015", "several books") are the writer's, not the story's. Only a closing paragraph that
opens with the name of a credited author, followed by "is"/"was"/"has", and calls that person by a
trade ("journalist", "author", "professor") is dropped, with an "About the author" line over it.
"""

from __future__ import annotations

import re

# What a biography calls its subject: a trade of writing, research or teaching.
BIO_ROLES = re.compile(
    r"\b(?:journalist|writer|author|reporter|editor|correspondent|columnist|contributor|founder|"
    r"co-founder|professor|lecturer|researcher|analyst|fellow|blogger|photographer|novelist|historian|"
    r"economist|commentator|broadcaster|filmmaker|documentarian)s?\b",
    re.IGNORECASE)
ABOUT_AUTHOR = re.compile(r"(?:about the (?:author|writer)s?|the authors?|author bio)\s*:?", re.IGNORECASE)
MAX_BIO_WORDS = 150
MAX_BIO_LINES = 2


def is_author_bio(line: str, names: list[str]) -> bool:
    """Whether a paragraph is a note on one of `names`: the name, then "is"/"was"/"has", and a trade
    named in its first sentence."""
    line = line.strip()
    if not line or len(line.split()) > MAX_BIO_WORDS:
        return False
    for name in names:
        if re.match(re.escape(name) + r",?\s+(?:is|was|has|writes|covers|reports)\b", line):
            first_sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", line, maxsplit=1)[0]
            return BIO_ROLES.search(first_sentence) is not None
    return False


def without_author_bio(body: str, names: list[str]) -> str:
    """The body without the closing paragraphs (MAX_BIO_LINES at most) that are a credited author's
    biography, and without an "About the author" line over them; the body as it is when nothing
    else would be left."""
    if not names:
        return body
    lines = body.split("\n")
    end = len(lines)
    while end > 1 and len(lines) - end < MAX_BIO_LINES and is_author_bio(lines[end - 1], names):
        end -= 1
    if end == len(lines):
        return body
    if end > 1 and ABOUT_AUTHOR.fullmatch(lines[end - 1].strip()):
        end -= 1
    return "\n".join(lines[:end]).rstrip()
