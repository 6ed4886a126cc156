"""Two shapes of page the generic reading misses: an SEC filing's wrapper, and a dateline's date.

- EDGAR serves a filing's exhibit (a press release, a shareholder letter) inside an SGML wrapper
  (`<DOCUMENT><TYPE>EX-99.1 ... <TEXT><HTML>...</HTML></TEXT></DOCUMENT>`): parsed whole, its
  `<html>` sits inside unknown elements and no main text is found. The page is the HTML inside.
- A press release or wire story that states no date in its markup opens with a dateline:
  "DUBLIN, July 2, 2014 — Jazz Pharmaceuticals today announced", "NEW YORK, March 3, 2020
  /PRNewswire/ -- ...", "LONDON (Reuters), 4 May 2019 - ...". Its date is the publication date.
"""

from __future__ import annotations

import re
from datetime import date

from newsfacts.clean.metadata import MONTH_ABBREVIATIONS

# The wrapper EDGAR puts around each document of a filing, and the HTML inside its <TEXT>.
EDGAR_WRAPPER = re.compile(rb"^\s*<(?:SEC-)?DOCUMENT>", re.IGNORECASE)
EDGAR_HTML = re.compile(rb"<TEXT>\s*(<html\b.*?</html\s*>)", re.IGNORECASE | re.DOTALL)

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
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


def edgar_document(payload: bytes) -> bytes:
    """The HTML of an EDGAR-wrapped document, or the payload itself when it is not one."""
    if EDGAR_WRAPPER.match(payload) is None:
        return payload
    inner = EDGAR_HTML.search(payload)
    return inner.group(1) if inner is not None else payload


def dateline_date(body: str) -> date | None:
    """The date of a dateline opening one of the body's first lines, if any."""
    for line in body.split("\n", DATELINE_LINES)[:DATELINE_LINES]:
        if (match := DATELINE.match(line.strip())) is not None:
            return _month_day_year(match.group("mdy") or match.group("dmy"))
    return None


def _month_day_year(text: str) -> date | None:
    """'July 2, 2014' or '2 July 2014' as a date (English month names, whatever the locale)."""
    words = text.replace(",", " ").replace(".", " ").split()
    day, month, year = (words[1], words[0], words[2]) if words[0][0].isalpha() else (words[0], words[1], words[2])
    try:
        return date(int(year), MONTH_ABBREVIATIONS.index(month[:3].lower()) + 1, int(day))
    except ValueError:
        return None
