"""Two shapes of page the generic reading misses: an SEC filing's wrapper, and a dateline's date.

- EDGAR serves a filing's exhibit (a press release, a shareholder letter) inside an SGML wrapper
  (`<DOCUMENT><TYPE>EX-99.1 ... <TEXT><HTML>...</HTML></TEXT></DOCUMENT>`): parsed whole, its
  `<html>` sits inside unknown elements and no main text is found. The page is the HTML inside;
  in a submission of several documents (the 8-K form first, then its exhibits), the press
  release's, an EX-99 exhibit's.
- A press release or wire story that states no date in its markup opens with a dateline:
  "DUBLIN, July 2, 2014 — Jazz Pharmaceuticals today announced", "NEW YORK, March 3, 2020
  /PRNewswire/ -- ...", "LONDON (Reuters), 4 May 2019 - ...". Its date is the publication date,
  unless the page's own text says it was written later: a piece that opens "BERLIN, Nov. 9, 1989
  —" and tells of the anniversary on "Nov. 9, 2019" or ends "© 2019" is a retrospective, and its
  dateline dates the event, not the page (decision 018, session 22).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsfacts.clean.metadata import MONTH_ABBREVIATIONS

# The wrapper EDGAR puts around each document of a filing, a document's type, and the HTML
# inside its <TEXT>. A submission holds several documents: the form (8-K) first, then exhibits.
EDGAR_WRAPPER = re.compile(rb"^\s*<(?:SEC-)?DOCUMENT>", re.IGNORECASE)
EDGAR_DOCUMENT_START = re.compile(rb"<DOCUMENT>", re.IGNORECASE)
EDGAR_TYPE = re.compile(rb"<TYPE>\s*([^\s<]+)", re.IGNORECASE)
EDGAR_HTML = re.compile(rb"<TEXT>\s*(<html\b.*?</html\s*>)", re.IGNORECASE | re.DOTALL)
# The exhibit type of a press release or other "additional exhibit" (EX-99, EX-99.1, EX-99.2...).
PRESS_RELEASE_TYPE = re.compile(rb"^EX-99(?:\.\d+)?$", re.IGNORECASE)

# Any case: wires write "July 2, 2014", releases often "JULY 2, 2014".
MONTH = (r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# The place of a dateline: capitals ("NEW YORK", "ST. LOUIS") or title case ("Dublin"), with an
# optional region ("SAN DIEGO, Calif."), and an optional agency in brackets ("(Reuters)").
PLACE = (r"(?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}|[A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+){0,2})"
         r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?: ?\([^()\n]{2,40}\))?")
DATELINE = re.compile(
    rf"^{PLACE}\s*[,—–-]+\s*(?:(?P<mdy>{MONTH} \d{{1,2}},? \d{{4}})|(?P<dmy>\d{{1,2}} {MONTH},? \d{{4}}))"
    r"\s*(?:/[^/\n]{1,40}/\s*)?(?:--|[—–-])"
)
# How many of the body's first lines may hold the dateline (a headline or a deck can come first).
DATELINE_LINES = 6
# A date written out in the body ("Nov. 9, 2019", "9 November 2019"), and a copyright year.
WRITTEN_DATE = re.compile(rf"\b(?:(?P<mdy>{MONTH} \d{{1,2}},? \d{{4}})|(?P<dmy>\d{{1,2}} {MONTH},? \d{{4}}))\b")
COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
# A sentence that looks ahead ("the offer expires on", "will be held on", "notes due"): its date
# may lie after the page's without saying the page was written later.
LOOKS_AHEAD = re.compile(
    r"\b(?:will|shall|expects?|expected|expecting|anticipated?|plans?|planned|scheduled|intends?|"
    r"upcoming|due|until|till|expir\w*|matur\w*|deadline|forward|"
    # a term, a fiscal period or a goal named ahead: "runs through Dec. 31, 2025", "the fiscal
    # year ending Dec. 31, 2021", "effective Jan. 1, 2022", "aims for net zero by 2030"
    r"through|thru|ending|ends|effective|fiscal|guidance|outlook|targets?|targeted|aims?|goals?)\b|’ll|'ll",
    re.IGNORECASE)
SENTENCE_STOP = re.compile(r"[.!?;](?=\s)|\n")
# A written date this long after the dateline's says the piece was written later (a release's
# own text names the days right after it: a call, a closing, an update).
RETROSPECTIVE_GAP = timedelta(days=366)


def edgar_document(payload: bytes) -> bytes:
    """The HTML of an EDGAR-wrapped document (of a submission's press-release exhibit, EX-99*,
    when it has several documents, else its first HTML document), or the payload when it is none."""
    if EDGAR_WRAPPER.match(payload) is None:
        return payload
    documents: list[tuple[bytes, bytes]] = []  # (type, HTML) of each document holding HTML
    starts = [m.start() for m in EDGAR_DOCUMENT_START.finditer(payload)] or [0]
    for start, end in zip(starts, [*starts[1:], len(payload)], strict=True):
        part = payload[start:end]
        if (inner := EDGAR_HTML.search(part)) is not None:
            kind = EDGAR_TYPE.search(part[:inner.start()])
            documents.append((kind.group(1) if kind else b"", inner.group(1)))
    if not documents:
        return payload
    # The press release is an EX-99 exhibit when the submission has one, not the form around it.
    return next((html for kind, html in documents if PRESS_RELEASE_TYPE.match(kind)), documents[0][1])


def dateline_date(body: str) -> date | None:
    """The date of a dateline opening one of the body's first lines, if the body does not say it
    was written later."""
    for line in body.split("\n", DATELINE_LINES)[:DATELINE_LINES]:
        if (match := DATELINE.match(line.strip())) is not None:
            dated = _month_day_year(match.group("mdy") or match.group("dmy"))
            return None if dated is None or written_later(dated, body) else dated
    return None


def written_later(dated: date, body: str) -> bool:
    """The body's own text dates it after `dated`: a copyright year two or more years after its
    year, or a date written out more than a year after it in a sentence that does not look ahead."""
    if any(int(m.group("year")) > dated.year + 1 for m in COPYRIGHT_YEAR.finditer(body)):
        # (a copyright line of the next year is the year the page was printed or saved in: a
        # release dated in December, read in January)
        return True
    for match in WRITTEN_DATE.finditer(body):
        later = _month_day_year(match.group("mdy") or match.group("dmy"))
        if later is not None and later - dated > RETROSPECTIVE_GAP and not LOOKS_AHEAD.search(_sentence_around(
                body, match.start(), match.end())):
            return True
    return False


def _sentence_around(body: str, start: int, end: int) -> str:
    """The sentence holding body[start:end], about: from the last stop before it to the next after it."""
    before = body[max(0, start - 300):start]
    after = body[end:end + 300]
    cut = max((m.end() for m in SENTENCE_STOP.finditer(before)), default=0)
    stop = SENTENCE_STOP.search(after)
    return before[cut:] + body[start:end] + (after[:stop.start()] if stop else after)


def _month_day_year(text: str) -> date | None:
    """'July 2, 2014' or '2 July 2014' as a date (English month names, whatever the locale)."""
    words = text.replace(",", " ").replace(".", " ").split()
    day, month, year = (words[1], words[0], words[2]) if words[0][0].isalpha() else (words[0], words[1], words[2])
    try:
        return date(int(year), MONTH_ABBREVIATIONS.index(month[:3].lower()) + 1, int(day))
    except ValueError:
        return None
