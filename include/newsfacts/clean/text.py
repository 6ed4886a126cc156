"""Clean a pasted plain-text article: read its metadata lines, cut site leftovers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

LEADING_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$", re.IGNORECASE)
SECTION_LABEL = re.compile(r"^[A-Z][A-Z &/-]{1,24}$")
PUBLISHED_IN = re.compile(r"^Published in\s+(?P<outlet>[^,]+?)\s*,\s*(?P<date>.+)$", re.IGNORECASE)
SOURCE_LINE = re.compile(r"^SOURCE\s*:\s*(?P<outlet>.+)$", re.IGNORECASE)
BYLINE = re.compile(r"^By\s+(?P<author>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,4})$")
STANDALONE_DATE = re.compile(
    r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$"
)

# Lines that are page furniture wherever they stand.
FURNITURE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^\d+\s+min(?:ute)?s?\s+read$",
        r"^recommended$",
        r"^advertisement$",
        r"^share( this( article)?)?$",
        r"^please enter your (?:comment|name|email|website).*$",
        r"^(?:leave a (?:comment|reply)|post comment|submit comment)$",
        r"^save my name, email, and website.*$",
        r"^your email address will not be published.*$",
        r"^related(?=[A-Z\u00c0-\u024f]).+$",  # "RelatedTürkiye continues ..." link blocks
        r".*/\s*photo\s*:.*$",  # picture credits such as "/Photo: Reuters"
    )
]
# A line that starts the material after the article: everything from it on is cut.
TRAILER_START = re.compile(
    r"^(?:explore|opinion|editorial|more from .+|read more|most (?:read|popular)|"
    r"related (?:articles|stories|news)|trending|you may also like)$",
    re.IGNORECASE,
)
MAX_TITLE_CHARS = 160
HEAD_LINES = 8


@dataclass(frozen=True)
class CleanedText:
    """What the text cleaner found: metadata and the article body."""

    body_text: str
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published_date: date | None = None


def parse_date(text: str) -> date | None:
    """Parse a written-out date such as 'January 26th, 2024' or '2024-01-26'."""
    import dateparser

    try:
        parsed = dateparser.parse(
            text.strip(), languages=["en"], settings={"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False}
        )
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


def _iso_date(text: str) -> date | None:
    """A YYYY-MM-DD date, or None for an impossible one such as 2024-13-45."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _looks_like_title(line: str) -> bool:
    words = line.split()
    return len(line) <= MAX_TITLE_CHARS and len(words) >= 3 and not line.endswith((".", ":", ";", ","))


def _doubled_name(line: str) -> str | None:
    """'Sadiq S BhatSadiq S Bhat' -> 'Sadiq S Bhat': some sites print the byline twice."""
    half, rest = divmod(len(line), 2)
    if rest == 0 and half >= 4 and line[:half] == line[half:] and line[0].isupper():
        return line[:half].strip()
    return None


def clean_text_document(text: str) -> CleanedText:
    """Read metadata lines of a pasted article and return its body without site leftovers."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    published_date = publisher = author = title = None

    if lines and (match := LEADING_DATE.match(lines[0])):
        published_date = _iso_date(match.group(1))
        lines = ([match.group(2)] if match.group(2) else []) + lines[1:]
    if lines and SECTION_LABEL.match(lines[0]) and len(lines[0].split()) <= 3:
        lines = lines[1:]

    kept: list[str] = []
    for line in lines:
        if TRAILER_START.match(line):
            break
        if match := PUBLISHED_IN.match(line):
            publisher = match.group("outlet").strip()
            published_date = published_date or parse_date(match.group("date"))
            break
        if match := SOURCE_LINE.match(line):
            publisher = publisher or match.group("outlet").strip()
            continue
        if any(pattern.match(line) for pattern in FURNITURE):
            continue
        kept.append(line)

    if kept and _looks_like_title(kept[0]):
        title = re.sub(r"\s+\|\s+[^|]{1,40}$", "", kept[0]).strip()
        kept = [line for line in kept[1:] if line != kept[0] and line != title]

    body: list[str] = []
    for position, line in enumerate(kept):
        in_head = position < HEAD_LINES
        if in_head and author is None and (name := _doubled_name(line) or _byline(line)):
            author = name
            continue
        if in_head and STANDALONE_DATE.match(line):
            published_date = published_date or parse_date(line)
            continue
        body.append(line)

    return CleanedText(
        body_text="\n".join(body),
        title=title,
        publisher=publisher,
        author=author,
        published_date=published_date,
    )


def _byline(line: str) -> str | None:
    match = BYLINE.match(line)
    return match.group("author") if match else None
