"""Statistics lines: box scores, stat tables and line scores, where every number is a figure.

A sports roundup or a table states its numbers without the verbs that news prose wraps around
them: "Tolivert 25 points. Davis 17 points.", "K. Hupfer 1 goal, 2 assists.", a table row "| DL |
Chad Thomas | 57 | 77% | 3 tackles (3 combined). 1 sack, 1 TFL, 2 QH. |" or a line score
"Rockledge 14 11 6 15 — 44". In such a line a number right after a name is no model number (as
"Boeing 777" is), a number after a number is no model either ("five 787s"), and an abbreviation
after a number is what it counts ("2 QH"). What such a number measures is the word after it, or
the header of its column when a table gives one. The whole line, not the parser's guess at a
sentence inside it, is the context of its numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Tokens of a line as the shape rules read them: numbers (with a percent sign), words, codes
# glued to digits ("7th", "CMCU3", "2A"), the rest.
_TOKEN_RE = re.compile(r"[-−]?\d[\d,]*(?:\.\d+)?%?(?!\w)|[A-Za-z][\w'’.-]*|\d\w*|\S")
_NUMBER_RE = re.compile(r"^[-−]?\d[\d,]*(?:\.\d+)?%?$")
# A year before a word ("Tour 2020 dates") is no stat.
_YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d$")
# A stat's abbreviation: "2 QH", "1 TFL", "10 REB".
_ABBREVIATION_RE = re.compile(r"^[A-Z]{2,5}$")
# Words that join stats without being one: "19 points and 3 steals", "4 points with 2 blocks".
_JOINING_WORDS = {"and", "with"}
# How many words after its number a stat's name may run to: "1 pass defended".
_STAT_NAME_WORDS = 2
# "Rockledge 14 11 6 15 — 44", "Yankees 0 0 1 0 2 0 0 0 0 — 3 8 1": a team's name and its
# score by period, the total often set off by a dash.
_LINE_SCORE_RE = re.compile(
    r"^(?:[A-Z][\w'’.&-]*\s+){1,4}(?:\d{1,3}\s+){3,}(?:[—–-]+\s*)?\d{1,3}(?:\s+\d{1,3})*\s*$"
)


@dataclass(frozen=True)
class StatLine:
    """The body line a chunk lies in, when it is a table row or a line of statistics."""

    text: str
    start: int
    header: tuple[str, ...] | None  # the cells of the table's header row, when a table gives one

    @property
    def is_table_row(self) -> bool:
        return is_table_row(self.text)

    def column_of(self, char: int) -> str | None:
        """The header of the column a body offset falls in ("Plays" for the "57" of a row)."""
        if self.header is None:
            return None
        column = self.text[: char - self.start].count("|") - 1
        return self.header[column] if 0 <= column < len(self.header) else None

    def holds_stat(self, char: int) -> bool:
        """Whether the number at a body offset is a statistic: anywhere in a box score line or a
        line score; in a table, a cell that is the number alone or a list of stats ("3 tackles
        (3 combined). 1 sack"), not a cell of prose."""
        if not self.is_table_row:
            return True
        at = char - self.start
        end = self.text.find("|", at)
        cell = self.text[self.text.rfind("|", 0, at) + 1 : end if end >= 0 else len(self.text)]
        return _NUMBER_RE.match(cell.strip()) is not None or is_box_score_line(cell)


def line_bounds(body: str, offset: int) -> tuple[int, int]:
    """Start and end offsets of the body line that holds a character offset."""
    start = body.rfind("\n", 0, offset) + 1
    end = body.find("\n", offset)
    return start, (len(body) if end < 0 else end)


def is_table_row(line: str) -> bool:
    """A row of a table the cleaner kept ("| HD | THE HOME DEPOT INC. | 225.86 | -12.99 |")."""
    text = line.strip()
    return text.startswith("|") and text.count("|") >= 3


def is_box_score_line(line: str) -> bool:
    """'Palm Bay (1-0): Tolivert 25 points. Davis 17 points.', 'Osas Osaro 3 goals, 1 assist.':
    names, team records and stats, where every lower-case word names the stat of the number just
    before it (or joins two stats). Prose always has a word of its own: a verb, and function
    words ("Part 2 of 5 airs on Sunday")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    tokens = _TOKEN_RE.findall(line)
    since_number = None  # words read since the last number
    stats = 0
    for i, token in enumerate(tokens):
        if _NUMBER_RE.match(token):
            since_number = 0
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            if (
                following[:1].islower()
                and following not in _JOINING_WORDS
                and not _YEAR_RE.match(token)
            ):
                stats += 1
            continue
        if not token[:1].isalpha():
            if token not in {",", "(", ")"}:
                since_number = None  # a stat's name ends at a full stop, a colon or a bracket
            continue
        if since_number is not None:
            since_number += 1
        if (
            token[:1].islower()
            and token not in _JOINING_WORDS
            and (since_number is None or since_number > _STAT_NAME_WORDS or token in STOP_WORDS)
        ):
            return False
    return stats >= 1


def is_line_score(line: str) -> bool:
    """'Rockledge 14 11 6 15 — 44': a team's score by period and its total."""
    return _LINE_SCORE_RE.match(line.strip()) is not None


# A cell longer than this is prose: pages laid out with tables put a whole article in one cell,
# and its numbers keep their own sentences.
MAX_DATA_CELL_CHARS = 300


def is_layout_row(line: str) -> bool:
    """A table row one of whose cells is a stretch of prose (a page laid out as a table)."""
    return any(len(cell.strip()) > MAX_DATA_CELL_CHARS for cell in line.split("|"))


def stat_line(body: str, offset: int) -> StatLine | None:
    """The line a chunk at this offset lies in, when it is a table row, a box score line or a
    line score; None for prose."""
    start, end = line_bounds(body, offset)
    text = body[start:end]
    if is_table_row(text):
        return None if is_layout_row(text) else StatLine(text, start, _table_header(body, start))
    if is_box_score_line(text) or is_line_score(text):
        return StatLine(text, start, None)
    return None


def _table_header(body: str, row_start: int) -> tuple[str, ...] | None:
    """The cells of the nearest row above, in the same table, that holds no number."""
    end = row_start - 1
    while end > 0:
        start = body.rfind("\n", 0, end) + 1
        line = body[start:end]
        if not line.strip():
            end = start - 1
            continue  # tables may be kept with blank lines between their rows
        if not is_table_row(line):
            return None
        cells = tuple(cell.strip() for cell in line.strip().strip("|").split("|"))
        if not any(ch.isdigit() for ch in line) and any(
            ch.isalpha() for cell in cells for ch in cell
        ):
            return cells  # (not the "| --- | --- |" rule under a header)
        end = start - 1
    return None


def singular(word: str) -> str:
    """A column header as a measured noun: lower case, singular ("Plays" -> play)."""
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
