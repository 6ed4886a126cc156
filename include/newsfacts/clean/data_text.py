"""Markup-free text that is data, not prose: a table (CSV, TSV) or a log saved under .html."""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

# A line a log opens with: a timestamp ("2024-05-01 12:00:03", "[2024-05-01T12:00:03Z]",
# "May  1 12:00:03", "12:00:03.123"), or a client address before one (a web server's access log).
LOG_LINE_START = re.compile(
    r"^\s*[\[(]?(?:\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}|\d{4}/\d{2}/\d{2}[ T]\d{1,2}:\d{2}|\d{1,2}:\d{2}:\d{2}"
    r"|[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}|\d{1,3}(?:\.\d{1,3}){3}\s)")
# A line that reads as a sentence or a paragraph of them: a capital or a quote, then a full stop.
SENTENCE_LINE = re.compile(r"^\s*[\"“‘(]?[A-Z].*[.!?:][\"”’)]*\s*$")
DELIMITERS = (",", ";", "\t", "|")
# Enough lines to tell a shape, and the share of them that must share it (less for a log, whose
# entries can run over several lines: a stack trace, a wrapped message).
MIN_DATA_LINES = 5
DATA_LINE_SHARE = 0.8
LOG_LINE_SHARE = 0.25
DATA_LINES_READ = 200
# Paragraphs that end like sentences can hold a comma or two each and still be prose.
MIN_DELIMITERS_IN_SENTENCES = 3


def data_shape(text: str) -> str | None:
    """What makes markup-free text data rather than prose: lines of one delimiter count (CSV, TSV)
    or lines opening with a timestamp (a log), with the reason, else None."""
    lines = list(islice((line for line in text.splitlines() if line.strip()), DATA_LINES_READ))
    if len(lines) < MIN_DATA_LINES:
        return None
    n_logged = sum(1 for line in lines if LOG_LINE_START.match(line))
    if n_logged >= max(MIN_DATA_LINES, LOG_LINE_SHARE * len(lines)):
        return f"a log: {n_logged} of its first {len(lines)} lines open with a timestamp or an address"
    sentences = sum(1 for line in lines if SENTENCE_LINE.match(line)) >= len(lines) / 2
    least = MIN_DELIMITERS_IN_SENTENCES if sentences else 1
    for delimiter in DELIMITERS:
        count, n_lines = Counter(line.strip().count(delimiter) for line in lines).most_common(1)[0]
        if n_lines >= DATA_LINE_SHARE * len(lines) and count >= least:
            shown = {"\t": "tab", ",": "comma", ";": "semicolon", "|": "pipe"}[delimiter]
            return f"delimited data: {n_lines} of its first {len(lines)} lines hold {count} {shown}(s) each"
    return None
