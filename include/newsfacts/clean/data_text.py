"""Markup-free text that is data, not prose: a table (CSV, TSV) or a log saved under .html."""

from __future__ import annotations

import re
from collections import Counter

# A line a log opens with: a timestamp ("2024-05-01 12:00:03", "[2024-05-01T12:00:03Z]",
# "May  1 12:00:03", "12:00:03.123"), or a client address before one (a web server's access log).
LOG_LINE_START = re.compile(
    r"^\s*[\[(]?(?:\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}|\d{4}/\d{2}/\d{2}[ T]\d{1,2}:\d{2}|\d{1,2}:\d{2}:\d{2}"
    r"|[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}|\d{1,3}(?:\.\d{1,3}){3}\s)")
SENTENCE_END = re.compile(r"[.!?:][\"”’)]*\s*$")
DELIMITERS = (",", ";", "\t", "|")
# Enough lines to tell a shape, and the share of them that must share it.
MIN_DATA_LINES = 5
DATA_LINE_SHARE = 0.8
DATA_LINES_READ = 200


def data_shape(text: str) -> str | None:
    """What makes markup-free text data rather than prose: lines of one delimiter count (CSV, TSV)
    or lines opening with a timestamp (a log), with the reason, else None."""
    lines = [line for line in text.splitlines()[:DATA_LINES_READ] if line.strip()]
    if len(lines) < MIN_DATA_LINES:
        return None
    needed = DATA_LINE_SHARE * len(lines)
    n_logged = sum(1 for line in lines if LOG_LINE_START.match(line))
    if n_logged >= needed:
        return f"a log: {n_logged} of its first {len(lines)} lines open with a timestamp or an address"
    # Short paragraphs of one comma each can be prose; what ends like sentences is.
    sentences = sum(1 for line in lines if SENTENCE_END.search(line)) >= len(lines) / 2
    for delimiter in DELIMITERS:
        count, n_lines = Counter(line.strip().count(delimiter) for line in lines).most_common(1)[0]
        if n_lines >= needed and (count >= 2 or (count == 1 and not sentences)):
            shown = {"\t": "tab", ",": "comma", ";": "semicolon", "|": "pipe"}[delimiter]
            return f"delimited data: {n_lines} of its first {len(lines)} lines hold {count} {shown}(s) each"
    return None
