"""Time expressions: find them with a spaCy Matcher and resolve them against a publish date.

Resolution rules:
- Absolute years and month-years resolve on their own ("2014" -> 2014-01-01/year,
  "September 2025" -> 2025-09-01/month, "January 26th, 2024" -> day).
- A month (or month and day) without a year takes its year from the publish date and the tense of
  the event: past -> the latest such month not after the publish date; future (will, to-infinitive,
  plan/target/expect) -> the next one not before it; otherwise the nearest one.
- Relative expressions ("last year", "this year", "seven months ago", "two days ago",
  "yesterday") count back from the publish date. Weeks ("last week") and weekdays are not resolved.
- Without a publish date only absolute expressions resolve; relative ones return None.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from newsfacts.extract.numbers import words_value

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Span

MONTH_NUMBERS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
# "May" and "March" are also a modal and a verb; they count as months only after these words.
AMBIGUOUS_MONTHS = {"may", "march"}
MONTH_PRECEDERS = {"in", "by", "since", "until", "till", "from", "through", "last", "next", "this",
                   "early", "late", "mid", "before", "after", "during", "of", "on", "between"}
YEAR_PATTERN = r"^(1[89]\d\d|20\d\d)$"
DAY_PATTERN = r"^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$"
RELATIVE_UNITS = {"year": "year", "years": "year", "month": "month", "months": "month",
                  "day": "day", "days": "day", "week": "week", "weeks": "week",
                  "decade": "decade", "decades": "decade"}


@dataclass(frozen=True)
class ResolvedDate:
    """A time expression resolved to the first day of the period it names."""

    value: date
    precision: str  # day, month, year


@lru_cache(maxsize=4)
def time_matcher(nlp: Language) -> Matcher:
    """Matcher for absolute and relative time expressions (label = kind of expression)."""
    from spacy.matcher import Matcher

    month = {"LOWER": {"IN": list(MONTH_NUMBERS)}, "POS": "PROPN"}
    month_any = {"LOWER": {"IN": list(MONTH_NUMBERS)}}
    year = {"TEXT": {"REGEX": YEAR_PATTERN}}
    day = {"LOWER": {"REGEX": DAY_PATTERN}}
    comma = {"ORTH": ",", "OP": "?"}
    matcher = Matcher(nlp.vocab)
    matcher.add("MONTH_DAY_YEAR", [[month_any, day, comma, year], [day, month_any, comma, year]])
    matcher.add("MONTH_DAY", [[month_any, day]])
    matcher.add("MONTH_YEAR", [[month_any, comma, year]])
    matcher.add("MONTH", [[month]])
    matcher.add("YEAR", [[year]])
    matcher.add("RELATIVE", [
        [{"LOWER": {"IN": ["last", "this", "next"]}}, {"LOWER": {"IN": ["year", "month"]}}],
        [{"LIKE_NUM": True}, {"LOWER": {"IN": list(RELATIVE_UNITS)}}, {"LOWER": "ago"}],
        [{"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"IN": list(RELATIVE_UNITS)}}, {"LOWER": "ago"}],
        [{"LOWER": {"IN": ["yesterday", "today"]}}],
    ])
    return matcher


def find_time_expressions(doc) -> list[tuple[str, Span]]:
    """(kind, span) of every time expression in a parsed doc, longest first-come, in order."""
    from spacy.util import filter_spans

    from newsfacts.extract.nlp import load_nlp

    matches = time_matcher(load_nlp())(doc)
    spans = [doc[s:e] for _, s, e in matches]
    labels = {(s, e): doc.vocab.strings[m] for m, s, e in matches}
    out = []
    for span in sorted(filter_spans(spans), key=lambda s: s.start):
        kind = labels[(span.start, span.end)]
        if kind == "MONTH" and not _is_month_use(span):
            continue
        if kind == "YEAR" and not _is_year_use(span):
            continue
        out.append((kind, span))
    return out


def _is_month_use(span: Span) -> bool:
    token = span[0]
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    if token.lower_ in AMBIGUOUS_MONTHS:
        return before in MONTH_PRECEDERS and token.text[0].isupper()
    return token.text[0].isupper()


def _is_year_use(span: Span) -> bool:
    token = span[0]
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    return token.ent_type_ == "DATE" or before in MONTH_PRECEDERS | {"to", "and", "compared"}


def _shift_months(value: date, months: int) -> date:
    index = value.year * 12 + value.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _year_for(month: int, day: int, published: date, tense: str) -> int:
    candidates = [published.year - 1, published.year, published.year + 1]

    def when(y: int) -> date:
        return date(y, month, min(day, 28))

    if tense == "past":
        return max(y for y in candidates if when(y) <= published)
    if tense == "future":
        floor = published.replace(day=1) if day == 1 else published
        return min(y for y in candidates if when(y) >= floor)
    return min(candidates, key=lambda y: (abs((when(y) - published).days), -int(when(y) <= published)))


def _day_number(text: str) -> int:
    return int("".join(c for c in text if c.isdigit()))


def resolve_time(kind: str, span: Span, published: date | None, tense: str) -> ResolvedDate | None:
    """Resolve one matched time expression; tense is past, future or unknown."""
    words = [t.lower_ for t in span if t.text != ","]
    year = next((int(t.text) for t in span if t.text.isdigit() and len(t.text) == 4), None)
    month = next((MONTH_NUMBERS[w] for w in words if w in MONTH_NUMBERS), None)
    if kind == "YEAR":
        return ResolvedDate(date(year, 1, 1), "year")
    if kind == "MONTH_YEAR":
        return ResolvedDate(date(year, month, 1), "month")
    if kind in {"MONTH_DAY_YEAR", "MONTH_DAY"}:
        day = next(_day_number(t.text) for t in span if t.text[:1].isdigit() and len(t.text) <= 4
                   and t.text != str(year))
        if year is None:
            if published is None:
                return None
            year = _year_for(month, day, published, tense)
        try:
            return ResolvedDate(date(year, month, day), "day")
        except ValueError:
            return None
    if published is None:
        return None
    if kind == "MONTH":
        return ResolvedDate(date(_year_for(month, 1, published, tense), month, 1), "month")
    return _resolve_relative(words, published)


def _resolve_relative(words: list[str], published: date) -> ResolvedDate | None:
    if words == ["yesterday"]:
        return ResolvedDate(published - timedelta(days=1), "day")
    if words == ["today"]:
        return ResolvedDate(published, "day")
    if words[-1] == "ago":
        amount = 1.0 if words[0] in {"a", "an"} else words_value([words[0]])
        unit = RELATIVE_UNITS.get(words[1])
        if amount is None or unit is None:
            return None
        n = int(amount)
        if unit == "year":
            return ResolvedDate(date(published.year - n, 1, 1), "year")
        if unit == "decade":
            return ResolvedDate(date(published.year - 10 * n, 1, 1), "year")
        if unit == "month":
            return ResolvedDate(_shift_months(published, -n), "month")
        days = n * (7 if unit == "week" else 1)
        return ResolvedDate(published - timedelta(days=days), "day")
    shift = {"last": -1, "this": 0, "next": 1}[words[0]]
    if words[1] == "year":
        return ResolvedDate(date(published.year + shift, 1, 1), "year")
    return ResolvedDate(_shift_months(published, shift), "month")
