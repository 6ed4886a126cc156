"""Dated events from a language's time expressions: absolute dates parsed by dateparser, weekdays,
relative days and periods, quarters and years, all resolved against the publication date as the
English rules resolve them (a past clause looks back, a future clause looks ahead)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache

from newsfacts.extract.languages.vocabulary import Vocabulary, load_vocabulary
from newsfacts.extract.schemas import EventMention, fact_id


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def time_pattern(language: str) -> re.Pattern:
    """One alternation per kind of time expression, longest first."""
    v = load_vocabulary(language)
    months, weekdays = _alternatives(v.months), _alternatives(v.weekdays)
    ranges = _alternatives(v.range_words)
    day = r"\d{1,2}\.?"
    return re.compile(
        rf"(?i:(?P<range>(?P<range_day>\d{{1,2}})\.?\s*(?:{ranges})\s*{day}\s+(?:de\s+)?(?:{months}))"
        rf"|(?P<day_month>{day}\s+(?:de\s+)?(?:{months})(?:\s+(?:de\s+)?\d{{4}})?)"
        rf"|(?P<month_year>(?:{months})\s+(?:de\s+)?\d{{4}})"
        rf"|(?P<quarter>{_alternatives(v.quarters)})"
        rf"|(?P<period>{_alternatives(v.relative_periods)})"
        rf"|(?P<month>(?:{_alternatives(v.month_prepositions)})\s+(?:{months}))"
        rf"|(?P<weekday>{weekdays})"
        rf"|(?P<relative_day>{_alternatives(v.relative_days)}))(?!\w)"
        rf"|(?<![\w.,-])(?P<year>(?:19|20)\d{{2}})(?![\w,-]|\.\d|\s?%)"
    )


def _monday(value: date) -> date:
    return value - timedelta(days=value.weekday())


def _shift_months(value: date, months: int) -> date:
    index = value.year * 12 + value.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def clause_tense(sentence: str, vocabulary: Vocabulary) -> str:
    """'future' when the clause has a future marker, else 'past' (news mostly reports)."""
    words = re.findall(r"\w+", sentence.lower())
    if any(w in vocabulary.future_words or (vocabulary.future_suffixes and w.endswith(vocabulary.future_suffixes))
           for w in words):
        return "future"
    return "past"


def _absolute(text: str, language: str, published: date | None) -> date | None:
    """A written date parsed by dateparser; without a year, the one nearest the publication."""
    import dateparser

    base = datetime.combine(published or date(2000, 1, 1), datetime.min.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["month"]}
    text = text.replace(".", "") if language == "de" else text
    past = dateparser.parse(text, languages=[language], settings={**settings, "PREFER_DATES_FROM": "past"})
    future = dateparser.parse(text, languages=[language], settings={**settings, "PREFER_DATES_FROM": "future"})
    candidates = [d.date() for d in (past, future) if d is not None]
    if not candidates or published is None:
        return candidates[0] if candidates else None
    return min(candidates, key=lambda d: (abs((d - published).days), d > published))


def resolve(kind: str, match: re.Match, vocabulary: Vocabulary, published: date | None,
            tense: str) -> tuple[date, str] | None:
    """(first day, precision) of one time expression, or None when it cannot be placed."""
    text = match.group(0).lower()
    if kind == "year":
        return date(int(text), 1, 1), "year"
    if kind in {"day_month", "range"}:
        if kind == "range":
            month = next(m for m in vocabulary.months if re.search(rf"\b{re.escape(m)}\b", text))
            text = f"{match.group('range_day')} {month}"
        value = _absolute(text, vocabulary.language, published)
        return (value, "day") if value else None
    if kind == "month_year":
        value = _absolute(text, vocabulary.language, published)
        return (value.replace(day=1), "month") if value else None
    if published is None:
        return None
    if kind == "month":
        month = next(n for m, n in vocabulary.months.items() if re.search(rf"\b{re.escape(m)}$", text))
        year = published.year
        if tense == "past" and month > published.month:
            year -= 1
        elif tense == "future" and month < published.month:
            year += 1
        return date(year, month, 1), "month"
    if kind == "quarter":
        number = vocabulary.quarters[text]
        year = published.year if tense == "future" or 3 * number - 2 <= published.month else published.year - 1
        return date(year, 3 * number - 2, 1), "quarter"
    if kind == "weekday":
        weekday = vocabulary.weekdays[text]
        if tense == "future":
            return published + timedelta(days=(weekday - published.weekday()) % 7), "day"
        return published - timedelta(days=(published.weekday() - weekday) % 7), "day"
    if kind == "relative_day":
        return published + timedelta(days=vocabulary.relative_days[text]), "day"
    unit, shift = vocabulary.relative_periods[text]
    if unit == "week":
        return _monday(published) + timedelta(days=7 * shift), "week"
    if unit == "month":
        return _shift_months(published, shift), "month"
    return date(published.year + shift, 1, 1), "year"


def _is_not_an_event(kind: str, match: re.Match, sentence: str, vocabulary: Vocabulary) -> bool:
    """Comparison baselines ('höher als 2019') and years inside names ('DMEXCO 2018')."""
    before = re.findall(r"[\w'’]+", sentence[:match.start()])
    previous = before[-1].lower() if before else ""
    if kind == "year" and (previous in vocabulary.baseline_words or (before and before[-1][:1].isupper()
                                                                      and before[-1].isupper())):
        return True
    return kind == "weekday" and previous in {"jeden", "chaque", "cada"}


def event_type(sentence: str, vocabulary: Vocabulary) -> tuple[str, str]:
    """(type, trigger word) from the language's keywords; a reporting verb makes a statement."""
    lowered = sentence.lower()
    for kind, words in vocabulary.event_keywords.items():
        for word in words:
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lowered):
                return kind, word
    for verb in vocabulary.reporting_verbs:
        if re.search(rf"(?<!\w){re.escape(verb)}(?!\w)", lowered):
            return "statement", verb
    return "other", ""


def _clause(sentence: str, start: int, end: int) -> str:
    """The comma-delimited clause holding a span ('Wie die Bahn am Mittwoch mitteilte, sollen ...')."""
    left = sentence.rfind(",", 0, start) + 1
    right = sentence.find(",", end)
    return sentence[left: right if right >= 0 else len(sentence)]


def extract_events(article_id: str, body: str, sentences: list[tuple[int, int]],
                   vocabulary: Vocabulary, published: date | None) -> list[EventMention]:
    """Every time expression that dates something in the sentences, resolved to a day, week,
    month, quarter or year."""
    events = []
    for s_start, s_end in sentences:
        sentence = body[s_start:s_end]
        for match in time_pattern(vocabulary.language).finditer(sentence):
            tense = clause_tense(_clause(sentence, match.start(), match.end()), vocabulary)
            kind = next(k for k in ("range", "day_month", "month_year", "quarter", "period", "month",
                                    "weekday", "relative_day", "year") if match.group(k))
            if _is_not_an_event(kind, match, sentence, vocabulary):
                continue
            resolved = resolve(kind, match, vocabulary, published, tense)
            if resolved is None:
                continue
            kind_name, trigger = event_type(sentence, vocabulary)
            start, end = s_start + match.start(), s_start + match.end()
            events.append(EventMention(
                event_id=fact_id(article_id, "event", start), article_id=article_id,
                event_type=kind_name, trigger=trigger, event_date=resolved[0],
                date_precision=resolved[1], date_text=body[start:end], actors=(), location=None,
                sentence=sentence, char_start=start, char_end=end,
            ))
    return events
