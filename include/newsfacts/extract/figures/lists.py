"""Numbers that mark the items of a numbered list written without a full stop after them.

"1 Gulf states are racing ...", "2 Apple is considering ...": a newsletter digest or a listicle
numbers its items with a bare number at the start of a line. The number is a position, not a
quantity (a numbered list gives no figures). One line opening with "3 people were hurt" is
read as a count: only a run of at least MIN_RUN lines opening with consecutive numbers is a list.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

MIN_RUN = 3
# A line opening with a number of at most two digits, a space and a capital, a digit or a quote.
ITEM_LINE_RE = re.compile(r"^[ \t]*(\d{1,2})[ \t]+(?=[A-Z0-9\"“‘'])", re.MULTILINE)


@lru_cache(maxsize=8)
def item_numbers(body: str) -> frozenset[int]:
    """The numbers that open a line of the body in a run of at least MIN_RUN consecutive ones."""
    found = {int(m.group(1)) for m in ITEM_LINE_RE.finditer(body)}
    in_runs: set[int] = set()
    for n in found:
        if n - 1 in found:
            continue  # not the start of a run
        run = [n]
        while run[-1] + 1 in found:
            run.append(run[-1] + 1)
        if len(run) >= MIN_RUN:
            in_runs.update(run)
    return frozenset(in_runs)


def is_numbered_item(span: Span, body: str | None, offset: int) -> bool:
    """Whether a bare number opens a line that is an item of a numbered list in the body."""
    if body is None or len(span) != 1 or not span[0].text.isdigit() or len(span[0].text) > 2:
        return False
    start = offset + span[0].idx
    line_start = body.rfind("\n", 0, start) + 1
    if body[line_start:start].strip():
        return False
    return int(span[0].text) in item_numbers(body)
