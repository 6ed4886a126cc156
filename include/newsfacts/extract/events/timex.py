"""Time expressions: find them with a spaCy Matcher and resolve them against a publish date.

Kinds of expression and how each resolves (`value` is the first day of the period named):
- absolute: "2014" (year), "the 1990s" (decade), "September 2025" (month), "Oct. 7, 2019" and
  "7 October 2019" (day), "the third quarter of 2019" and "Q3 2019" (quarter); "the September
  quarter" is the quarter that ends in September;
- a month, a month and day, or a quarter without a year takes its year from the publish date
  and the tense of the event: past -> the latest one not after the publish date; future (will,
  to-infinitive, plan/expect...) -> the next one; otherwise the nearest;
- weekdays ("on Tuesday", "said Friday", "Monday night"): past or present -> the latest such day
  on or before the publish date; future -> the next one on or after it; "next Wednesday" -> the
  Wednesday of the following week; "last Tuesday" -> never the publish date itself;
- relative: "yesterday", "today", "tonight", "tomorrow", "last/this/next week" (the Monday of
  that week), "last/this/next month/year", "earlier this year", "two years ago", "a week ago",
  "several weeks ago" (several and a few are 3, a couple 2); "last November" / "next March" (the
  last such month before the current one, the first after it), "May of this year"; "the
  beginning of the week" and "to begin the week" (its Monday, day precision);
- seasons: "last fall", "summer 2020", "spring of last year", "in the summer" -> the season's
  first month at quarter precision;
- offsets: "a day after <clause>", "seven years before <clause>" date the clause, counted from
  the time of the sentence (resolved by the event rules, see offset_date).
Without a publish date only absolute expressions resolve.

Not events, so not returned: durations and spans ("over the last year", "between 2008 and 2016"),
comparison baselines ("down 5% from a year ago", "compared with 2018", "than last year", "as much as
it did in 2009"), recurring times ("every Tuesday", "on Mondays", "fire season runs from August
through October"), a period that ranks ("the first genocide of the 20th century"), a speaker's
supposition ("if I wake up tomorrow"), and a year used as a modifier ("the 2020 campaign") or
alone in quotation marks (a title).
"""

from __future__ import annotations

import math
import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from dateutil.easter import easter

from newsfacts.extract.numbers import words_value

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span, Token

MONTH_NUMBERS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12, "jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6,
    "jul.": 7, "aug.": 8, "sep.": 9, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon.": 0, "tue.": 1, "tues.": 1, "wed.": 2, "thu.": 3, "thur.": 3,
    "thurs.": 3, "fri.": 4, "sat.": 5, "sun.": 6,
}
QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
                 "4th": 4, "final": 4, "last": 4}
# "May" and "March" are also a modal and a verb; they count as months only after these words.
AMBIGUOUS_MONTHS = {"may", "march"}
MONTH_PRECEDERS = {"in", "by", "since", "until", "till", "from", "through", "last", "next", "this",
                   "early", "late", "mid", "before", "after", "during", "of", "on", "between",
                   "fiscal", "to", "and", "around", "throughout", "-", "mid-", "as", "earlier",
                   "past", "least", "year", "early-", "late-"}
YEAR_PATTERN = r"^(1[89]\d\d|20\d\d)$"
YEAR_TOKEN_RE = re.compile(r"^(?:(?:mid|early|late)-)?(1[89]\d\d|20\d\d)$")
# An older year ("created in 1789") counts only where the model tags a date and "in" comes before.
OLD_YEAR_PATTERN = r"^1[0-7]\d\d$"
PART_YEAR_PATTERN = r"^(?:mid|early|late)-(?:1[89]\d\d|20\d\d)$"  # "by mid-2020": that year
# A split year ("the 2015/16 season", "its 2019/2020 budget"): one year running into the next,
# dated by its first (see _is_split_year).
SPLIT_YEAR_PATTERN = r"^(1[89]\d\d|20\d\d)/(\d\d|1[89]\d\d|20\d\d)$"
DECADE_PATTERN = r"^(?:mid-|early-|late-)?(1[89]\d0|20\d0)['’]?s$"
AUGHTS_WORDS = {"aughts", "noughties"}
# Decades spelled out with their century: "in the nineteen-eighties" ("in the sixties" alone is
# as often a temperature or an age)
DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                "seventies": 70, "eighties": 80, "nineties": 90}
CENTURY_OF_DECADE = {"nineteen": 1900, "eighteen": 1800}
PART_DECADE_PATTERN = r"^(?:mid|early|late)-(?:1[89]\d0|20\d0)$"
NUMERIC_DATE_PATTERN = r"^(\d{1,2})/(\d{1,2})/(\d{2}|(?:19|20)\d{2})$"
CENTURY_PATTERN = r"^(1\d|20|21|[1-9])(st|nd|rd|th)$"
# Centuries spelled out: "at the turn of the twentieth century" reads like "the 20th century".
CENTURY_WORDS = {"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                 "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20}
DAY_PATTERN = r"^([1-9]|[12]\d|3[01])(st|nd|rd|th)?$"
ORDINAL_DAY_PATTERN = r"^([1-9]|[12]\d|3[01])(st|nd|rd|th)$"
QUARTER_PATTERN = r"^q[1-4]$"
RELATIVE_UNITS = {"year": "year", "years": "year", "month": "month", "months": "month",
                  "day": "day", "days": "day", "week": "week", "weeks": "week",
                  "decade": "decade", "decades": "decade"}
DAY_PARTS = {"morning", "afternoon", "evening", "night"}
# Days known by their numbers alone, which name one day in history.
NAMED_DAYS = {"9/11": date(2001, 9, 11)}
# Units of a stretch up to publication ("in the past 24 hours", "in the last three days") and
# how many days each is.
RECENT_STRETCH_UNITS = {"hours": 1 / 24, "days": 1, "weeks": 7}
# The first words of a stretch up to publication, or through its week: "in the past week",
# "over the last week", "throughout the week".
STRETCH_OPENERS = {"in", "over", "throughout"}
# Minutes as a news post counts them back: "5 min ago", "twenty minutes ago".
MINUTE_WORDS = {"min", "mins", "minute", "minutes"}
OFFSET_UNITS = {**{k: v for k, v in RELATIVE_UNITS.items() if v != "decade"}, "night": "day", "nights": "day"}
# Steps and units of a date counted from the last one named: "the following morning".
ANAPHORIC_STEPS = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}
ANAPHORIC_UNITS = {"day": "day", "night": "day", "week": "week", "month": "month", "year": "year"}
# The floor of a vague count of periods ("several weeks ago"), as for figures (README: several 3).
VAGUE_COUNTS = {"several": 3, "few": 3, "couple": 2}
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
# Words before an expression that make it a span, a baseline or a repetition, not a date.
# Nouns whose "of <year>" names a part of that year ("the end of 2019", "the summer of 2020").
PERIOD_NOUNS = {"end", "start", "beginning", "middle", "half", "quarter", "spring", "summer",
                "fall", "autumn", "winter", "part", "rest", "course", "class", "year", "month",
                "months", "season", "election", "elections", "events", *MONTH_NUMBERS}
SPAN_WORDS = {"over", "for", "within", "throughout", "past", "during"}
# Words of a timetable whose "for" sets a date, not a span: "a meeting scheduled for next month".
SCHEDULING_WORDS = {"scheduled", "planned", "set", "slated", "due", "slotted", "pencilled", "penciled",
                    "booked", "timetabled", "earmarked", "targeted", "expected", "tentatively",
                    "rescheduled", "postponed", "delayed", "pushed", "moved", "called"}
BASELINE_WORDS = {"than", "versus", "vs", "vs."}
RECURRING_WORDS = {"every", "each", "per"}
# Adverbs of a repetition: "weekly throughout March" dates no one happening.
FREQUENCY_ADVERBS = {"hourly", "daily", "nightly", "weekly", "fortnightly", "monthly"}


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 the last) such weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


# Holidays with one computable date a year (US dates where the name is American: Thanksgiving is
# the fourth Thursday of November). Days whose date varies by place or party (Super Tuesday,
# Independence Day, Labour Day) or is no one day ("the holidays") are left out.
HOLIDAY_DATES = {
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "black friday": lambda y: _nth_weekday(y, 11, 3, 4) + timedelta(days=1),
    "cyber monday": lambda y: _nth_weekday(y, 11, 3, 4) + timedelta(days=4),
    "christmas": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24),
    "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31),
    "fourth of july": lambda y: date(y, 7, 4),
    "july fourth": lambda y: date(y, 7, 4),
    "halloween": lambda y: date(y, 10, 31),
    "valentine's day": lambda y: date(y, 2, 14),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "easter": easter,
}
_APOSTROPHE_S = {"ORTH": {"IN": ["'s", "’s"]}}
HOLIDAY_PATTERNS = [
    [{"LOWER": "thanksgiving"}, {"LOWER": "day", "OP": "?"}],
    [{"LOWER": "black"}, {"LOWER": "friday"}],
    [{"LOWER": "cyber"}, {"LOWER": "monday"}],
    [{"LOWER": "christmas"}, {"LOWER": {"IN": ["day", "eve"]}, "OP": "?"}],
    [{"LOWER": "new"}, {"LOWER": "year"}, _APOSTROPHE_S, {"LOWER": {"IN": ["day", "eve"]}}],
    [{"LOWER": "fourth"}, {"LOWER": "of"}, {"LOWER": "july"}],
    [{"LOWER": "july"}, {"LOWER": "fourth"}],
    [{"LOWER": "halloween"}],
    [{"LOWER": "valentine"}, _APOSTROPHE_S, {"LOWER": "day"}],
    [{"LOWER": {"IN": ["memorial", "labor"]}}, {"LOWER": "day"}],
    [{"LOWER": "easter"}, {"LOWER": "sunday", "OP": "?"}],
]
# Words before a holiday that use it as a time ("into Thanksgiving", "over the Christmas weekend").
HOLIDAY_PREPS = {"on", "into", "over", "before", "after", "since", "until", "till", "through", "during", "by",
                 "around", "at"}
# What may follow a holiday's name to make it a time of its own: "Thanksgiving weekend last year".
HOLIDAY_TIME_TAILS = {"weekend", "week", "year", *("morning", "afternoon", "evening", "night")}


def holiday_name(words: list[str]) -> str | None:
    """The key of HOLIDAY_DATES a matched span names ("the Thanksgiving holiday weekend" ->
    thanksgiving, "Christmas Eve" -> christmas eve)."""
    text = " ".join(w.replace("’", "'") for w in words).replace(" 's", "'s")
    for key in sorted(HOLIDAY_DATES, key=len, reverse=True):
        if key in text:
            return key
    return None


@dataclass(frozen=True)
class ResolvedDate:
    """A time expression resolved to the first day of the period it names."""

    value: date
    precision: str  # day, week, month, quarter, year, decade


@lru_cache(maxsize=4)
def time_matcher(nlp: Language) -> Matcher:
    """Matcher for absolute and relative time expressions (label = kind of expression)."""
    from spacy.matcher import Matcher

    month = {"LOWER": {"IN": list(MONTH_NUMBERS)}}
    year = {"TEXT": {"REGEX": YEAR_PATTERN}}
    day = {"LOWER": {"REGEX": DAY_PATTERN}}
    comma = {"ORTH": ",", "OP": "?"}
    of = {"LOWER": "of", "OP": "?"}
    the = {"LOWER": "the", "OP": "?"}
    weekday = {"LOWER": {"IN": list(WEEKDAYS)}}
    units = {"LOWER": {"IN": list(RELATIVE_UNITS)}}
    matcher = Matcher(nlp.vocab)
    # "9-19 December 2011", "December 9–19, 2011": days of one month, dated by the first.
    dash = {"ORTH": {"IN": ["-", "–"]}}
    matcher.add("MONTH_DAY_YEAR", [[month, day, comma, year], [day, of, month, comma, year],
                                   [weekday, comma, month, day, comma, year],
                                   [day, dash, day, month, comma, year], [month, day, dash, day, comma, year]])
    matcher.add("MONTH_DAY", [[month, day], [day, of, month], [weekday, comma, month, day],
                              [day, dash, day, month], [month, day, dash, day]])
    matcher.add("MONTH_YEAR", [[month, comma, year], [month, of, year]])
    # "the end of May last year", "in March next year": a month of a year named relatively.
    matcher.add("MONTH_RELATIVE_YEAR", [[month, of, {"LOWER": {"IN": ["last", "this", "next"]}},
                                         {"LOWER": "year"}]])
    # "last November", "next March": the month before or after the current one.
    matcher.add("RELATIVE_MONTH", [[{"LOWER": {"IN": ["last", "next"]}}, month]])
    matcher.add("MONTH", [[month]])
    matcher.add("YEAR", [[year], [{"LOWER": {"REGEX": PART_YEAR_PATTERN}}], [{"TEXT": {"REGEX": SPLIT_YEAR_PATTERN}}]])
    old_year = {"TEXT": {"REGEX": OLD_YEAR_PATTERN}, "ENT_TYPE": "DATE"}
    # "in 1789", "dates back to 1750" (read like "since 1750"): an early year
    matcher.add("OLD_YEAR", [[{"LOWER": "in"}, old_year],
                             [{"LEMMA": "date"}, {"LOWER": "back", "OP": "?"}, {"LOWER": "to"}, old_year]])
    matcher.add("DECADE", [[{"LOWER": {"REGEX": DECADE_PATTERN}}],
                           # "in the mid-aughts", "the noughties": the 2000s
                           [{"LOWER": {"IN": list(AUGHTS_WORDS)}}],
                           # "the nineteen-eighties", "the nineteen eighties"
                           [{"LOWER": {"IN": list(CENTURY_OF_DECADE)}}, {"ORTH": "-", "OP": "?"},
                            {"LOWER": {"IN": list(DECADE_WORDS)}}],
                           # "since the mid-1990's": the tokenizer cuts the "'s" off a part of a decade
                           [{"LOWER": {"REGEX": PART_DECADE_PATTERN}}, {"ORTH": {"IN": ["'s", "’s"]}}]])
    # "Correction 8/29/10", "on 29/8/2010": a numeric date, month or day first (see _numeric_date).
    # "on Tuesday, 12/15/15": the weekday printed before it is part of the one date.
    numeric = {"TEXT": {"REGEX": NUMERIC_DATE_PATTERN}}
    matcher.add("NUMERIC_DATE", [[numeric], [weekday, comma, numeric]])
    # "the 14th century", "the twenty-first century": no precision is coarser than a decade, so
    # a century resolves to its first decade.
    matcher.add("CENTURY", [[{"LOWER": "the"}, {"LOWER": {"REGEX": CENTURY_PATTERN}},
                             {"LOWER": {"IN": ["century", "centuries"]}}],
                            [{"LOWER": "the"}, {"LOWER": {"IN": list(CENTURY_WORDS)}},
                             {"LOWER": {"IN": ["century", "centuries"]}}]])
    matcher.add("QUARTER", [
        [the, {"LOWER": {"IN": list(QUARTER_WORDS)}}, {"LOWER": "quarter"}, of, year],
        [{"LOWER": {"IN": list(QUARTER_WORDS)}}, {"LOWER": "quarter"}],
        [{"LOWER": {"IN": list(QUARTER_WORDS)}}, {"ORTH": "-"}, {"LOWER": "quarter"}, of, year],
        [{"LOWER": {"IN": list(QUARTER_WORDS)}}, {"ORTH": "-"}, {"LOWER": "quarter"}],
        [{"LOWER": {"REGEX": QUARTER_PATTERN}}, year],
        [month, {"LOWER": "quarter"}],  # "the September quarter": the quarter ending in September
        [{"LOWER": {"REGEX": QUARTER_PATTERN}}],
    ])
    matcher.add("WEEKDAY", [
        [{"LOWER": {"IN": ["last", "next", "this"]}, "OP": "?"}, weekday,
         {"LOWER": {"IN": list(DAY_PARTS)}, "OP": "?"}],
    ])
    matcher.add("RELATIVE", [
        [{"LOWER": {"IN": ["last", "this", "next"]}}, {"LOWER": {"IN": ["year", "month", "week"]}}],
        [{"LOWER": "this"}, {"LOWER": "decade"}],  # "will pass 1.5C of warming this decade"
        [{"LOWER": "this"}, {"LOWER": "past"}, {"LOWER": "week"}],  # last week
        # "It's been seven years since the team won": read like "seven years ago" (see _is_time_since).
        [{"LIKE_NUM": True}, units, {"LOWER": "since"}],
        [{"LOWER": {"IN": ["a", "an"]}}, units, {"LOWER": "since"}],
        # "Ten years have passed since I set up the site": the same, with the verb inside.
        [{"LIKE_NUM": True}, units, {"LOWER": {"IN": list(PASSED_AUXILIARIES)}}, {"LOWER": "passed"},
         {"LOWER": "since"}],
        [{"LOWER": {"IN": ["a", "an"]}}, units, {"LOWER": {"IN": list(PASSED_AUXILIARIES)}},
         {"LOWER": "passed"}, {"LOWER": "since"}],
        [{"LIKE_NUM": True}, units, {"LOWER": {"IN": ["ago", "earlier"]}}],
        [{"LOWER": {"IN": ["a", "an"]}}, units, {"LOWER": {"IN": ["ago", "earlier"]}}],
        # "a year or so ago", "two weeks or so ago": the same count hedged, no vaguer a date.
        [{"LIKE_NUM": True}, units, {"LOWER": "or"}, {"LOWER": "so"}, {"LOWER": "ago"}],
        [{"LOWER": {"IN": ["a", "an"]}}, units, {"LOWER": "or"}, {"LOWER": "so"}, {"LOWER": "ago"}],
        # "several weeks ago", "a few days ago", "a couple of months ago": a vague count.
        [{"LOWER": "several"}, units, {"LOWER": "ago"}],
        [{"LOWER": "a"}, {"LOWER": {"IN": ["few", "couple"]}}, {"LOWER": "of", "OP": "?"}, units,
         {"LOWER": "ago"}],
        # "Twelve hours ago": this day, or the days the hours reach back to.
        [{"LIKE_NUM": True}, {"LOWER": {"IN": ["hour", "hours"]}}, {"LOWER": "ago"}],
        # "found out 5 min ago", "posted 20 minutes ago" (a tweet, a live post): that day.
        [{"LIKE_NUM": True}, {"LOWER": {"IN": list(MINUTE_WORDS)}}, {"LOWER": "ago"}],
        # "in the past 24 hours", "in the last week": the start of the stretch up to publication.
        [{"LOWER": "in"}, {"LOWER": "the"}, {"LOWER": {"IN": ["past", "last"]}}, {"LIKE_NUM": True},
         {"LOWER": {"IN": list(RECENT_STRETCH_UNITS)}}],
        # "made tremendous progress in the past year": the year before publication, as "in the
        # past week" is its week (README set S's "in the last year")
        [{"LOWER": "in"}, {"LOWER": "the"}, {"LOWER": {"IN": ["past", "last"]}}, {"LOWER": "year"}],
        # ("Over the last week, his team shared polling data": the same stretch, README set AA)
        [{"LOWER": {"IN": ["in", "over"]}}, {"LOWER": "the"}, {"LOWER": {"IN": ["past", "last"]}}, {"LOWER": "week"}],
        # "Throughout the week, ministers have been sharing their reflections": the week of
        # publication, as "throughout the weekend" is its weekend (README set AA), when it opens
        # the sentence (find_time_expressions).
        [{"LOWER": "throughout"}, {"LOWER": "the"}, {"LOWER": "week"}],
        [{"LOWER": {"IN": ["yesterday", "today", "tonight", "tomorrow"]}},
         {"LOWER": {"IN": list(DAY_PARTS)}, "OP": "?"}],
        [{"LOWER": {"IN": ["last", "this"]}}, {"LOWER": {"IN": ["night", "morning", "afternoon",
                                                                "evening"]}}],
        [{"LOWER": {"IN": ["earlier", "later"]}}, {"LOWER": {"IN": ["in", "on"]}, "OP": "?"},
         {"LOWER": "the"}, {"LOWER": {"IN": ["day", "session", "morning", "afternoon", "evening"]}}],
    ])
    # "Later that evening", "that night", a paragraph's opening "In the morning,": the day the
    # report narrates, resolved by the event rules from the last day named before.
    # "since 9/11": a day known by its numbers alone (README set L: read like "since 2017").
    matcher.add("NAMED_DAY", [[{"LOWER": "since"}, {"ORTH": {"IN": list(NAMED_DAYS)}}]])
    matcher.add("NARRATED_DAY", [
        [{"LOWER": {"IN": ["earlier", "later"]}}, {"LOWER": "that"},
         {"LOWER": {"IN": ["day", "morning", "afternoon", "evening", "night"]}}],
        [{"LOWER": "that"}, {"LOWER": {"IN": ["morning", "afternoon", "evening", "night"]}}],
        [{"IS_SENT_START": True, "LOWER": "in"}, {"LOWER": "the"},
         {"LOWER": {"IN": ["morning", "afternoon", "evening"]}}],
        # "However, around 2 PM, she posted again": a clock time set off by commas tells a
        # moment of the day narrated (kept only so set off: see find_time_expressions).
        [{"LOWER": {"IN": ["around", "at", "about", "by"]}}, {"LIKE_NUM": True},
         {"LOWER": {"IN": ["pm", "am", "p.m.", "a.m."]}}],
        [{"LOWER": {"IN": ["around", "at", "about", "by"]}}, {"LOWER": {"REGEX": r"^\d{1,2}(?::\d\d)?(?:am|pm)$"}}],
    ])
    # "the next year", "two months later", "the day before", "At the time": a date counted from
    # the last one the text named, resolved by the event rules (see resolve_anaphoric).
    matcher.add("ANAPHORIC", [
        [{"LOWER": "the"}, {"LOWER": {"IN": list(ANAPHORIC_STEPS)}},
         {"LOWER": {"IN": [*ANAPHORIC_UNITS, *DAY_PARTS]}}],
        [{"LOWER": "the"}, {"LOWER": {"IN": list(ANAPHORIC_UNITS)}}, {"LOWER": "before"}],
        [{"LIKE_NUM": True}, units, {"LOWER": "later"}],
        [{"LOWER": {"IN": ["a", "an"]}}, units, {"LOWER": "later"}],
        [{"LOWER": {"IN": ["earlier", "later"]}}, {"LOWER": "in"}, {"LOWER": "the"},
         {"LOWER": {"IN": ["week", "month", "year"]}}],
        [{"IS_SENT_START": True, "LOWER": "at"}, {"LOWER": "the"}, {"LOWER": "time"}],
        # '"I looked at the first reaction," Putin said at the time': kept only on a verb of
        # speech (see _said_at_the_time); "the worst thing at the time" is no date.
        [{"IS_SENT_START": False, "LOWER": "at"}, {"LOWER": "the"}, {"LOWER": "time"}],
        # "In another statement that week, the sheriff said": the week of the date named before.
        [{"LOWER": "that", "DEP": "det"}, {"LOWER": "week"}],
        # "many researchers also resigned on the same day": the date named before.
        [{"LOWER": "on"}, {"LOWER": "the"}, {"LOWER": "same"}, {"LOWER": {"IN": ["day", "night", "morning", "evening"]}}],
        # "In 2009, a trainer pleaded guilty. That year, the rodeo made $2 million": the period of
        # the date named before, when a sentence opens on it ("Later that year" the same; inside
        # a sentence, "after a break later that month", it often names no happening).
        [{"IS_SENT_START": True, "LOWER": "that"}, {"LOWER": {"IN": ["year", "month"]}}],
        # "Also that day, his allies claimed ...": the day named before, when it opens a sentence
        # ("That day changed everything" tells of the day itself: see _is_anaphoric_use).
        [{"IS_SENT_START": True, "LOWER": "that"}, {"LOWER": "day"}],
        [{"IS_SENT_START": True, "LOWER": "also"}, {"LOWER": "that"}, {"LOWER": "day"}],
        # "That same day, a second man was arrested": the day named before.
        [{"IS_SENT_START": True, "LOWER": "that"}, {"LOWER": "same"},
         {"LOWER": {"IN": ["day", "night", "morning", "evening"]}}],
        # "On the 27th of the same month", "the 10th of that month": a day of the month named before.
        [{"LOWER": "the"}, {"LOWER": {"REGEX": ORDINAL_DAY_PATTERN}}, {"LOWER": "of"},
         {"LOWER": {"IN": ["that", "the"]}}, {"LOWER": "same", "OP": "?"}, {"LOWER": "month"}],
        [{"IS_SENT_START": True, "LOWER": {"IN": ["earlier", "later"]}}, {"LOWER": "that"},
         {"LOWER": {"IN": ["year", "month"]}}],
    ])
    # "a day after the Taliban swapped", "seven years before the agency launches": the date of the
    # clause after it, counted from the time of the clause it hangs on (see offset_date).
    matcher.add("OFFSET", [
        [{"LIKE_NUM": True}, {"LOWER": {"IN": list(OFFSET_UNITS)}}, {"LOWER": {"IN": ["after", "before"]}}],
        [{"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"IN": list(OFFSET_UNITS)}},
         {"LOWER": {"IN": ["after", "before"]}}],
        # "The year after Tesla died, in 1944, ...": kept only with the year set beside it.
        [{"LOWER": "the"}, {"LOWER": {"IN": ["day", "week", "month", "year"]}}, {"LOWER": "after"}],
    ])
    # "meet again in three days", "will open in two weeks": counted forward from the day the text
    # is about; only a future clause makes it a date (see countdown_date).
    matcher.add("COUNTDOWN", [
        [{"LOWER": "in"}, {"LIKE_NUM": True}, {"LOWER": {"IN": ["days", "weeks"]}}],
        [{"LOWER": "in"}, {"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"IN": ["day", "week"]}}],
        # "see you in a few weeks", "in a couple of days": a vague count, read as "a few days ago" is.
        [{"LOWER": "in"}, {"LOWER": "a"}, {"LOWER": {"IN": ["few", "couple"]}}, {"LOWER": "of", "OP": "?"},
         {"LOWER": {"IN": ["days", "weeks"]}}],
        # "Trump's inauguration is still a month away": the same count, said of what lies ahead.
        [{"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"IN": ["day", "week", "month", "year"]}}, {"LOWER": "away"}],
        [{"LIKE_NUM": True}, {"LOWER": {"IN": ["days", "weeks", "months", "years"]}}, {"LOWER": "away"}],
        # "could arrive in as little as ten years": the earliest date a forecast gives, counted forward
        # (a hedge no duration takes: "for as long as ten years" is none)
        [{"LOWER": "in"}, {"LOWER": "as"}, {"LOWER": {"IN": ["little", "few"]}}, {"LOWER": "as"}, {"LIKE_NUM": True},
         {"LOWER": {"IN": ["days", "weeks", "months", "years"]}}],
    ])
    # "the end of the year", "the start of the month": a part of the current period.
    matcher.add("PERIOD_PART", [[{"LOWER": "the"}, {"LOWER": {"IN": ["end", "start", "beginning", "middle"]}},
                                 {"LOWER": "of"}, {"LOWER": {"IN": ["the", "this"]}},
                                 {"LOWER": {"IN": ["year", "month", "week"]}}],
                                # "by the end of the decade": the current decade's last year
                                [{"LOWER": "the"}, {"LOWER": "end"}, {"LOWER": "of"}, {"LOWER": {"IN": ["the", "this"]}},
                                 {"LOWER": "decade"}],
                                # "updates will be added throughout the year": this year, in a
                                # future clause only (see events.rules)
                                [{"LOWER": "throughout"}, {"LOWER": "the"}, {"LOWER": "year"}],
                                # "shares rose 2% to begin the week": its first day.
                                [{"LOWER": "to"}, {"LOWER": {"IN": ["begin", "start", "open"]}},
                                 {"LOWER": "the"}, {"LOWER": "week"}]])
    matcher.add("WEEKEND", [
        [{"LOWER": {"IN": ["last", "this", "next", "the"]}}, {"LOWER": "weekend"}],
        [{"LOWER": "this"}, {"LOWER": "past"}, {"LOWER": "weekend"}],
        # "the deadly weekend attack": an adjective of the happening between (see find_time_expressions)
        [{"LOWER": "the"}, {"POS": "ADJ"}, {"LOWER": "weekend"}],
        [{"LOWER": {"IN": ["last", "this", "next"]}}, {"LOWER": "weekend"}, {"ORTH": {"IN": ["'s", "’s"]}}],
    ])
    # "into Thanksgiving", "over the Thanksgiving holiday weekend", "Christmas Eve", "Thanksgiving
    # weekend last year": a holiday whose date is computable (see HOLIDAY_DATES, _is_holiday_use).
    step = {"LOWER": {"IN": ["last", "this", "next"]}}
    tails = [[], [{"LOWER": "holiday", "OP": "?"}, {"LOWER": {"IN": ["weekend", "week"]}}],
             [{"LOWER": {"IN": list(DAY_PARTS)}}]]
    ends = [[], [year], [step, {"LOWER": "year"}]]
    matcher.add("HOLIDAY", [[*([step] if lead else []), *name, *tail, *end]
                            for name in HOLIDAY_PATTERNS for tail in tails for end in ends for lead in (0, 1)
                            if not (lead and end)])
    season = {"LOWER": {"IN": list(SEASONS)}}
    matcher.add("SEASON", [
        [{"LOWER": {"IN": ["last", "this", "next", "past"]}}, season],
        # "goes on sale in the summer", "by the spring": the next or the last such season.
        [{"LOWER": "the"}, season],
    ])
    # "attorneys will ask in the new year", "blast into the new year": the coming year (see _resolve_time)
    matcher.add("NEW_YEAR", [[{"LOWER": "the", "IS_SENT_START": False}, {"LOWER": "new"}, {"LOWER": "year"}]])
    # "summer 2020", "the spring of 2019".
    matcher.add("SEASON_YEAR", [[season, of, year]])
    # "in spring of last year", "the fall of next year": a season of a year named relatively.
    # "summer this year", "spring training last year" (baseball's preseason): the same, without "of".
    matcher.add("SEASON_RELATIVE_YEAR", [[season, {"LOWER": "of"}, {"LOWER": {"IN": ["last", "this", "next"]}},
                                          {"LOWER": "year"}],
                                         [season, {"LOWER": "training", "OP": "?"},
                                          {"LOWER": {"IN": ["last", "this", "next"]}}, {"LOWER": "year"}]])
    return matcher


# "the annual weekend festival", "the usual weekend market": a weekend that comes again, no one date.
HABITUAL_ADJECTIVES = {"annual", "yearly", "usual", "regular", "traditional", "typical", "weekly", "monthly",
                       "customary", "normal", "average", "occasional", "popular", "recurring"}


def find_time_expressions(doc: Doc) -> list[tuple[str, Span]]:
    """(kind, span) of every time expression that can date an event, longest first, in order."""
    from spacy.util import filter_spans

    from newsfacts.extract.nlp import load_nlp
    from newsfacts.extract.prefilter import run_matcher

    matches = run_matcher(time_matcher(load_nlp()), doc)
    labels: dict[tuple[int, int], str] = {}
    for match_id, start, end in matches:
        labels.setdefault((start, end), doc.vocab.strings[match_id])
    spans = filter_spans([doc[s:e] for s, e in labels])
    out = []
    for span in sorted(spans, key=lambda s: s.start):
        kind = labels[(span.start, span.end)]
        if kind == "RELATIVE" and span[-1].lower_ == "earlier" and (
                _opens_its_sentence(span) or _follows_a_past_verb(span)):
            # "Three weeks earlier, he had bought a rifle", "a model that had been released three
            # weeks earlier": counted from the date told before, not from publication
            kind = "ANAPHORIC"
        if kind in {"RELATIVE", "ANAPHORIC", "OFFSET"} and _after_hyphenated_count(span):
            span = doc[span.start - 2 : span.end]  # "Forty-one years after": the whole count
        if kind == "OLD_YEAR":  # "in 1789": the year alone, read as any other year
            kind, span = "YEAR", span[-1:]
        if kind in {"MONTH", "MONTH_RELATIVE_YEAR"} and not _is_month_use(span):
            continue
        if span[0].lower_ in MONTH_NUMBERS and _in_hyphenated_name(span[0]):
            continue
        if kind == "SEASON" and span[0].lower_ == "the" and _before(span) not in {"in", "by"}:
            continue  # "during the summer", "the fall of Kabul": a span or no season at all
        if kind == "RELATIVE_MONTH" and (not span[1].text[0].isupper() or _before(span) == "the"):
            continue  # "the last May" or "next may" name no month before or after this one
        if kind == "YEAR" and "/" in span.text and not _is_split_year(span.text):
            continue  # "2015/19" is two years apart, no one year
        if kind == "YEAR" and not _is_year_use(span):
            continue
        if kind == "NEW_YEAR" and (_before(span) not in {"in", "into"} or (
                span.end < len(doc) and doc[span.end].lower_ in {"'s", "’s", "day", "eve"})):
            continue  # "the new year's resolutions", "a new year": no date said to come
        if kind == "NEW_YEAR" and _before(span) == "into" and _before(span, 2) in RELATIVE_UNITS:
            continue  # "a week into the new year": a stretch counted from its start
        if kind == "DECADE" and _decade_names_a_noun(span):
            continue  # "the 1970s oil crisis" names the crisis, as "the 2020 campaign" does
        if kind == "CENTURY" and span[-1].dep_ in {"compound", "amod", "nmod"}:
            continue  # "21st century skills": a kind, not a time
        if kind == "CENTURY" and _before(span) in SPAN_WORDS:
            continue  # "known as the Black Death during the fourteenth century": a span, no moment
        if kind == "QUARTER" and span[0].lower_.startswith("q") and not span[0].text[0].isupper():
            continue
        if kind == "NARRATED_DAY" and span[-1].lower_[-2:] in {"am", "pm", "m."} and not _set_off_by_commas(span):
            continue  # "go on sale tomorrow at 10am EST": the hour of a day named beside it
        if kind == "NARRATED_DAY" and span[0].lower_ == "in" and (
                span.end >= len(doc) or doc[span.end].text != ","):
            continue  # "In the morning, lawmakers grilled": not "in the morning session"
        if kind == "ANAPHORIC" and not _is_anaphoric_use(span):
            continue
        if kind == "ANAPHORIC" and span[0].lower_ == "at" and not span[0].is_sent_start and not _said_at_the_time(span):
            continue
        if kind == "RELATIVE" and span[-1].lower_ == "since" and not _is_time_since(span):
            continue
        if kind == "HOLIDAY" and not _is_holiday_use(span):
            continue
        if kind == "WEEKEND" and span[0].lower_ == "the" and len(span) == 3 and (
                span[1].lower_ in HABITUAL_ADJECTIVES or not (
                    span.end < len(doc) and doc[span.end].pos_ == "NOUN" and _is_event_noun(doc[span.end]))):
            continue  # "the long weekend" alone is no one weekend; "the deadly weekend attack" is
        if kind == "OFFSET" and (offset_clause(span) is None or (span[0].lower_ == "the" and apposed_year(span) is None)):
            continue
        if kind == "OFFSET" and (_offset_is_a_stretch(span) or _looked_ahead_from_the_past(offset_clause(span))):
            continue  # "looking at five years before I would graduate", "five days before he planned to leave"
        if kind == "RELATIVE" and span[0].lower_ in STRETCH_OPENERS and span.end < len(doc) and doc[span.end].lower_ in {"of", "'s", "’s"}:
            continue  # "in the last week of March", "in the past year's final quarter": a part of something
        if kind == "RELATIVE" and span[0].lower_ == "throughout" and not _opens_its_sentence(span):
            continue  # "continued to sign up subscribers throughout the week": a stretch, no one week told
        if kind == "RELATIVE" and span[0].lower_ in STRETCH_OPENERS and _tallies_a_stretch(span):
            continue  # "46 people visited in the last week", "fell 5% in the past week": a tally over it
        if kind in {"COUNTDOWN", "RELATIVE"} and _offers_alternatives(span):
            continue
        if _is_not_a_date(span, kind) or _is_part_of_a_name(span, kind):
            continue
        out.append((kind, span))
    return out


# The least count that makes a stretch's figure a tally ("46 people visited") rather than a few
# happenings told together ("three ministers resigned").
TALLY_FLOOR = 10


def _set_off_by_commas(span: Span) -> bool:
    """'However, around 2 PM, she posted': a phrase between commas (or opening its sentence)."""
    doc = span.doc
    opened = span.start == span.sent.start or doc[span.start - 1].text == ","
    return opened and span.end < len(doc) and doc[span.end].text == ","


# The roles of what a tally counts: the subject or object of the clause's verb.
TALLY_ROLES = {"nsubj", "nsubjpass", "dobj", "attr"}


def _tallies_a_stretch(span: Span) -> bool:
    """'46 people visited my profile in the last week', 'the bond weakened in the past week,
    hitting 16%': a count or a level reached over a stretch up to publication is a tally over a
    period, not a happening in it ("departures in the past 24 hours", "lost a few renters", "three
    ministers resigned in the past week": a handful of happenings is still told one by one)."""
    verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    clause = verb.subtree if verb is not None else span.sent

    def tally(token: Token) -> bool:
        # A count of the clause's subject or object ("46 people visited"), not a year, an age or
        # a number further down ("the 2024 champion resigned", "aged 64", "saying 12 aides would").
        if not token.like_num or token.ent_type_ in {"DATE", "TIME", "ORDINAL"} or verb is None:
            return False
        counted = token if token.dep_ in TALLY_ROLES else token.head
        if counted.dep_ not in TALLY_ROLES or counted.head not in (verb, verb.head):
            return False  # ("I found out 46 people ... visited my profile in the last week")
        value = words_value([token.lower_])
        return value is not None and value >= TALLY_FLOOR

    return any(t.ent_type_ in {"PERCENT", "MONEY"} for t in clause) or any(
        t.i not in range(span.start, span.end) and tally(t) for t in span.sent)


def _after_hyphenated_count(span: Span) -> bool:
    """'Forty-one years after', 'twenty-five years ago': the matched count is the last word of one
    written with a hyphen."""
    doc = span.doc
    return (span.start >= 2 and span[0].like_num and span[0].is_alpha and doc[span.start - 1].text == "-"
            and not doc[span.start - 1].whitespace_ and not doc[span.start - 2].whitespace_
            and doc[span.start - 2].like_num and doc[span.start - 2].is_alpha)


def _before(span: Span, n: int = 1) -> str:
    i = span.start - n
    return span.doc[i].lower_ if i >= 0 else ""


# Words that may stand between "been" and the count in "it's been nearly seven years since".
SINCE_HEDGES = {"nearly", "almost", "about", "around", "roughly", "some", "more", "than", "over", "just",
                "exactly", "precisely", "only", "barely", "well", "at", "least"}


def _is_holiday_use(span: Span) -> bool:
    """'into Thanksgiving', 'over the Thanksgiving holiday weekend', 'Thanksgiving weekend last
    year', 'on Christmas Eve': a holiday used as a time. Its name before a noun names a kind of
    thing ("Black Friday deals", "Christmas cards", "the Thanksgiving parade"), and "the holiday"
    alone ("over the Christmas holiday") is no one day."""
    doc = span.doc
    words = [t.lower_ for t in span]
    named = next(t for t in span if t.lower_ not in {"last", "this", "next"})
    if not named.text[:1].isupper():
        return False
    if words[-1] == "holiday" or ("holiday" in words and not {"weekend", "week"} & set(words)):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.pos_ in {"NOUN", "PROPN"} or (after.text[:1].isupper() and after.is_alpha)):
        return False
    if words[0] in {"last", "this", "next"} or words[-1] in HOLIDAY_TIME_TAILS or YEAR_TOKEN_RE.match(words[-1]):
        return True
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    before = doc[i].lower_ if i >= 0 else ""
    if before == "from" and i > 0 and doc[i - 1].lemma_.lower() in WORDS_PUT_OUT and doc[i - 1].pos_ == "NOUN":
        return True  # "her Facebook post from Thanksgiving": when the words were put out
    return before in HOLIDAY_PREPS or (before == "of" and i > 0 and doc[i - 1].lower_ == "ahead")


# Nouns of words put out on a day: "a post from Thanksgiving", "his tweet from Christmas Eve".
WORDS_PUT_OUT = {"post", "tweet", "message", "letter", "statement", "speech", "address", "sermon", "video"}


def _resolve_holiday(words: list[str], year: int | None, published: date, tense: str) -> ResolvedDate | None:
    """A holiday of the year named, else the last one (past), the next one (future) or the
    nearest; "<holiday> weekend" is the week (its Monday) of the weekend next to the day."""
    key = holiday_name(words)
    if key is None:
        return None
    when = HOLIDAY_DATES[key]
    if year is None and words[-1] == "year" and words[-2] in {"last", "this", "next"}:
        year = published.year + {"last": -1, "this": 0, "next": 1}[words[-2]]
    if year is None and words[0] == "this":
        year = published.year
    if year is not None:
        day = when(year)
    else:
        days = [when(y) for y in (published.year - 1, published.year, published.year + 1)]
        if words[0] == "last" or (tense == "past" and words[0] != "next"):
            day = max(d for d in days if d < published or (d == published and words[0] != "last"))
        elif words[0] == "next" or tense == "future":
            day = min(d for d in days if d > published or (d == published and words[0] != "next"))
        else:
            day = min(days, key=lambda d: (abs((d - published).days), d > published))
    if "weekend" in words:
        # The weekend next to the day: the one before a Monday or a Sunday, else the one after.
        saturday = day - timedelta(days=(day.weekday() - 5) % 7) if day.weekday() in {0, 6} else (
            day + timedelta(days=(5 - day.weekday()) % 7))
        return ResolvedDate(_monday(saturday), "week")
    if "week" in words:
        return ResolvedDate(_monday(day), "week")
    return ResolvedDate(day, "day")


def _is_time_since(span: Span) -> bool:
    """Whether a count of periods before "since" dates the happening after it (time_since_frame)."""
    return time_since_frame(span) is not None


# "Ten years have passed since", "a decade had passed since": the tense of the count's own verb.
PASSED_AUXILIARIES = {"have": "present", "has": "present", "had": "past"}


def time_since_frame(span: Span) -> str | None:
    """'It's been seven years since the team won', 'it is a decade since the plant closed': the
    time since a happening, told in the present, dates it like "seven years ago" ("present"). Told
    in the past ('It was five years since', 'it had been two years since') it counts from the
    past moment the story tells ("past", resolved by the event rules from the last date named);
    "three years since 2016" is a span from a date (None). A second count joined by "and" ('...,
    and 10 years since his first') shares the first one's frame."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.is_punct or after.ent_type_ in {"DATE", "TIME"} or YEAR_TOKEN_RE.match(after.lower_):
        return None
    if after.lower_ in MONTH_NUMBERS or after.lower_ in WEEKDAYS or holiday_name(
            [t.lower_ for t in doc[span.end : span.end + 3]]) is not None:
        return None  # "a year since Easter", "two weeks since Monday": a span from a date
    if len(span) == 5 and span[3].lower_ == "passed":
        return PASSED_AUXILIARIES[span[2].lower_]
    i = span.start - 1
    while i >= span.sent.start and doc[i].lower_ in SINCE_HEDGES:
        i -= 1
    if i < span.sent.start:
        return None
    word = doc[i]
    if word.lower_ == "been":
        return "past" if i > 0 and doc[i - 1].lower_ in {"had", "'d", "’d"} else "present"
    if word.lower_ == "the" and i > span.sent.start and doc[i - 1].lower_ in {"in", "over", "during"}:
        # "In the three weeks since he won the election, he has...": the span up to now dates the
        # happening like "three weeks ago"; told from a past moment ("had") it counts from there.
        # What is told of the stretch as a whole ("there has been no increase in the three years
        # since"): a duration, no date.
        main = doc[i - 1].head
        if any(c.dep_ in {"expl", "neg"} or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
               for c in main.children):
            return None
        return "past" if any(t.lower_ in {"had", "'d", "’d"} and t.dep_ in {"aux", "auxpass"}
                             for t in span.sent) else "present"
    if word.lower_ in {"is", "'s", "’s"} and word.lemma_ == "be":
        return "present"
    if word.lower_ == "was" and word.lemma_ == "be":
        return "past"
    if word.lower_ == "and" and i > span.sent.start:
        earlier = [t for t in doc[span.sent.start : i] if t.lower_ == "since" and t.i >= 2
                   and doc[t.i - 1].lower_ in RELATIVE_UNITS]
        return time_since_frame(doc[earlier[-1].i - 2 : earlier[-1].i + 1]) if earlier else None
    return None


def _offers_alternatives(span: Span) -> bool:
    """'we'll show that in two weeks or five weeks or nine weeks', 'two or three years ago' is
    not this: a count of periods followed by "or" and another count is a guess among times, no
    date ("in two or three weeks" names its unit once and matches no count)."""
    doc = span.doc
    if span[-1].lower_ not in RELATIVE_UNITS:
        return False
    after = doc[span.end : span.end + 3]
    return (len(after) == 3 and after[0].lower_ == "or" and (after[1].like_num or after[1].lower_ in {"a", "an"})
            and after[2].lower_ in RELATIVE_UNITS)


def offset_clause(span: Span):
    """The verb of the clause an offset dates: 'a day after [the Taliban swapped]'.

    Only a clause with its own subject counts: 'two days after clinching the title' says when
    the main clause's subject acted next, not when the title was won. A main clause in the past
    perfect ('Three weeks before he died, he had been found') is itself set back from the
    reference, so it gives none.
    """
    mark = span[-1]
    verb = mark.head
    if mark.dep_ != "mark" or verb.pos_ not in {"VERB", "AUX"} or not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    main = verb.head
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} for c in main.children):
        return None
    return verb


def _offset_is_a_stretch(span: Span) -> bool:
    """'I was looking at about five years before I would graduate', 'the talks dragged on for two
    weeks before the parties signed': the counted time is what a verb or a preposition takes (a stretch of time,
    a duration), not the adverb that dates a clause ("the crash came a day after ...")."""
    unit = next((t for t in span if t.lower_ in OFFSET_UNITS), None)
    return unit is not None and unit.dep_ in {"pobj", "dobj", "nsubj", "attr"}


# Verbs that, in the past, look ahead to what may not have happened: "planned to leave", "was
# due to graduate", "hoped to sign".
PLANNING_VERBS = {"plan", "intend", "hope", "mean", "expect", "aim", "want", "schedule", "set", "due", "suppose"}


def _looked_ahead_from_the_past(verb) -> bool:
    """'five days before he planned to leave', 'five years before I would graduate', 'a week before
    the vote was due to take place': an offset from a happening the past only looked ahead to
    (a future in the past), which the text does not say took place, dates no happening."""
    if verb is None:
        return False
    if any(c.dep_ == "aux" and c.lower_ in {"would", "'d", "’d"} for c in verb.children):
        return True
    if verb.lemma_.lower() in PLANNING_VERBS and verb.tag_ in {"VBD", "VBN"} and any(
            c.dep_ == "xcomp" for c in verb.children):
        return not any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in verb.children)
    return verb.lemma_ == "be" and verb.tag_ == "VBD" and any(
        c.dep_ in {"acomp", "xcomp"} and c.lemma_.lower() in PLANNING_VERBS for c in verb.children)


def apposed_year(span: Span) -> ResolvedDate | None:
    """'Forty-one years after those words were published, in 1985, a boy ...', 'The year after
    Tesla died, in 1944, ...': an offset whose clause is followed by a year set off by commas
    names that year, the time of the main clause (two expressions of one date)."""
    doc = span.doc
    end = span.sent.end
    i = span.end
    while i < end and doc[i].text != ",":
        i += 1
    if i + 3 >= end or doc[i + 1].lower_ != "in" or doc[i + 3].text != ",":
        return None
    match = re.match(YEAR_PATTERN, doc[i + 2].text)
    return ResolvedDate(date(int(match.group(1)), 1, 1), "year") if match else None


def offset_date(span: Span, reference: date) -> ResolvedDate | None:
    """'a day after X' dates X a day before the reference (the time of the main clause), 'seven
    years before X' seven years after it; the unit is the precision."""
    words = span_words(span)
    amount = count_of(words[0])
    if amount is None:
        return None
    sign = -1 if words[-1] == "after" else 1
    return _step(reference, sign * int(amount), OFFSET_UNITS[words[1]])


def span_words(span: Span) -> list[str]:
    """The lower-case words of a span, a count written with a hyphen as one ("forty-one")."""
    words: list[str] = []
    for t in span:
        if words and t.i > span.start + 1 and span.doc[t.i - 1].text == "-" and t.like_num and t.is_alpha:
            words[-2:] = [f"{words[-2]}-{t.lower_}"]
        else:
            words.append(t.lower_)
    return words


def count_of(word: str) -> float | None:
    """'a' and 'an' are one; 'seven' 7, 'forty-one' 41."""
    return 1.0 if word in {"a", "an"} else words_value(word.split("-"))


def countdown_date(span: Span, reference: date) -> ResolvedDate | None:
    """'in three days' dates three days after the reference (the day the text is about); the unit
    is the precision."""
    words = [t.lower_ for t in span if t.lower_ != "of"]
    if words[-1] == "away":  # "a month away", "three weeks away"
        words = ["in", *words[:-1]]
    if words[1:4] in (["as", "little", "as"], ["as", "few", "as"]):  # "in as little as ten years"
        words = ["in", *words[4:]]
    amount = VAGUE_COUNTS.get(words[2]) if len(words) == 4 else count_of(words[1])
    if amount is None or amount != int(amount):
        return None
    return _step(reference, int(amount), RELATIVE_UNITS[words[-1]])


def _is_anaphoric_use(span: Span) -> bool:
    """'the next day' counts from the last date named; 'over the next year' is a span, 'from the
    previous year' a baseline, and 'the day before the vote' or 'At the time of his death' is
    anchored on an event, not a date."""
    doc, words = span.doc, [t.lower_ for t in span]
    before = _before(span)
    if before == "than" and _before(span, 2) in {"more", "less"} and words[-1] == "later" and not _compared_by_than(span):
        return True  # "Less than a year later, he was fired": a vague count from the date named before
    if before in SPAN_WORDS | BASELINE_WORDS | {"from", "in", "within", "by", "until", "through"} and (
            words[1] != "following" or before != "in"):
        return False
    if words[-1] in {"before", "time"}:
        after = doc[span.end] if span.end < len(doc) else None
        return after is None or after.is_punct
    if "that" in words:  # "That year's harvest": which harvest, no time of its own
        if span.root.dep_ in {"nsubj", "nsubjpass"}:
            return False  # "That year was the best in the club's history": the year is what is told of
        return span.end >= len(doc) or doc[span.end].text not in {"'s", "’s"}
    return True


# Verbs of saying that "at the time" dates: "Putin said at the time", "she wrote at the time".
SAID_AT_THE_TIME_VERBS = {"say", "tell", "write", "add", "explain", "note", "tweet", "declare", "state"}


def _said_at_the_time(span: Span) -> bool:
    """'"It was not fair," Putin said at the time.': words said then, at the date told before. An
    aside "As Dr. Gupta noted at the time, ..." vouches for what the text says, no happening of it."""
    head = span[0].head
    return (span[0].dep_ == "prep" and head.pos_ == "VERB" and head.lemma_.lower() in SAID_AT_THE_TIME_VERBS
            and not any(c.dep_ == "mark" and c.lower_ == "as" for c in head.children))


def _is_month_use(span: Span) -> bool:
    token = span[0]
    if token.lower_ in AMBIGUOUS_MONTHS:
        return _before(span) in MONTH_PRECEDERS and token.text[0].isupper()
    # "Sept." / "Oct." need a capital; "may" in lower case is the modal.
    return token.text[0].isupper()


def _in_hyphenated_name(token) -> bool:
    """'Mar-a-Lago', 'May-Britt', 'Jun-ho': a month word joined by a hyphen to a word that is no
    month, with no space between, is part of a name ("May-June" is a range of months)."""
    doc = token.doc
    if token.whitespace_ or token.i + 2 >= len(doc):
        return False
    hyphen, word = doc[token.i + 1], doc[token.i + 2]
    return (hyphen.text == "-" and not hyphen.whitespace_ and word.text[:1].isalpha()
            and word.lower_ not in MONTH_NUMBERS)


def _opens_its_sentence(span: Span) -> bool:
    """'Three weeks earlier, ...', 'But a year earlier ...': the span opens its sentence (after at
    most a conjunction), where it dates what is told against what was told before."""
    start = span.sent.start
    if span.start > start and span.doc[start].lower_ in {"and", "but", "yet", "just", "only"}:
        start += 1
    return span.start == start


def _follows_a_past_verb(span: Span) -> bool:
    """'had been released three weeks earlier': right after a verb in the past ('up 5% from a
    year earlier' and 'compared with a year earlier' are baselines, and stay so)."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.tag_ in {"VBN", "VBD"} and before.pos_ in {"VERB", "AUX"}


def _decade_names_a_noun(span: Span) -> bool:
    """'during the 1970s oil crisis', 'the 1990s boom': a decade set before a noun says which one."""
    token = span[0]
    return (len(span) == 1 and token.dep_ in {"compound", "nmod", "amod", "nummod"} and token.head.i > token.i
            and token.head.pos_ == "NOUN")


def _is_split_year(text: str) -> bool:
    """'2015/16', '2019/2020': a year and the next, as seasons and fiscal years are written."""
    match = re.match(SPLIT_YEAR_PATTERN, text)
    if match is None:
        return False
    first, second = int(match[1]), int(match[2])
    return second == first + 1 or (second < 100 and second == (first + 1) % 100)


def _is_year_use(span: Span) -> bool:
    token = span[0]
    if token.i > 0 and token.doc[token.i - 1].lower_ == "in" and token.doc[token.i - 1].dep_ == "prep" and not any(
            c.dep_ == "pobj" for c in token.doc[token.i - 1].children):
        return True  # "in 2011 winemaker Ann Lee won": the parse made the year a modifier of the noun after it
    head = token.head
    if (token.i > 0 and token.doc[token.i - 1].lower_ == "in" and token.dep_ in {"nummod", "compound"}
            and head.i > token.i and head.tag_ == "NN" and head.dep_ == "pobj"
            # ("in 2019 police officer Ann Lee": nouns of the role between the year and its head)
            and all(t.pos_ == "NOUN" and t.dep_ == "compound" and t.head == head for t in token.doc[token.i + 1 : head.i])
            and head.i + 1 < len(token.doc) and token.doc[head.i + 1].pos_ == "PROPN"):
        return True  # "in 2011 winemaker Ann Lee", parsed as one noun phrase: a role before a name
    if token.dep_ in {"compound", "nmod", "amod", "nummod"} and token.head.i > token.i and (
        token.head.pos_ in {"NOUN", "PROPN"} and token.head.lower_ not in MONTH_NUMBERS
    ):
        return False  # "the 2020 campaign", "the 2014 coalition": a name, not a date
    if (_before(span) in {"-", "–"} and token.i >= 2 and re.match(YEAR_PATTERN, token.doc[token.i - 2].text)
            and not _is_year_use(token.doc[token.i - 2 : token.i - 1])):
        return False  # "the 2007-2009 financial crisis": the range names the crisis, as its first year does
    before = _before(span)
    if before == "of" and _dated_happening_noun(token.doc[token.i - 2] if token.i >= 2 else None):
        return True  # "the U.S. invasion of 2001", "the floods of 1993": the happening's year
    if before == "of" and _before(span, 2) not in PERIOD_NOUNS:
        return False  # "a total score of 2072" is a number, "the end of 2019" a year
    return token.ent_type_ == "DATE" or before in MONTH_PRECEDERS | {"compared"}


# Types of happenings whose noun an "of <year>" dates; a value's noun ("sales of 2019") does not.
VALUE_TYPES = {"economic_release"}
# Economic nouns that name a spell the economy went through, not a value read off it: "the
# recession of 1991", "the downturn of 2008" date a happening ("the output of 2019" does not).
ECONOMIC_EPISODES = {"recession", "depression", "downturn", "slowdown", "slump", "contraction", "selloff",
                     "sell-off", "boom", "bust", "meltdown"}


def _dated_happening_noun(token) -> bool:
    """'the invasion of 2001', 'the election of 1992': a common noun of a happening (not a name:
    'the Act of 1998', nor a value: 'a loss of 2019')."""
    from newsfacts.extract.events.taxonomy import load_taxonomy

    if token is None or token.pos_ != "NOUN" or token.text[:1].isupper():
        return False
    kind = load_taxonomy().type_of(token.lemma_.lower(), "NOUN")
    return kind is not None and (kind not in VALUE_TYPES or token.lemma_.lower() in ECONOMIC_EPISODES)


def _is_part_of_a_name(span: Span, kind: str) -> bool:
    """Titles, names and citations that contain a date word name a thing, not a time.

    "2001: A Space Odyssey" (a title after the year), "Euro 2020" (a year after a proper noun),
    "(Grand Central Publishing, 2018)" (a publication note), "USA Today" (a capitalised time
    word inside a name).
    """
    doc = span.doc
    token = span[0]
    after = doc[span.end : span.end + 2]
    if kind == "YEAR":
        if len(after) == 2 and after[0].text == ":" and after[1].text[:1].isupper():
            return True
        if len(after) == 2 and after[0].text in {"'s", "’s"} and (
                after[1].text[:1].isupper() or after[1].text in {'"', "“", "‘"}):
            return True  # "1972's Toulouse Street", "1978’s “What a Fool Believes”": a title
        if _year_after_name(token) or _listed_after_named_year(token):
            return True
        if _before(span) == "," and span.start >= 2 and doc[span.start - 2].pos_ == "PROPN":
            opened = [t.text for t in doc[max(span.sent.start, span.start - 8) : span.start]]
            return "(" in opened and ")" not in opened[opened.index("(") :]
    if kind == "YEAR" and _is_bracketed_year(span):
        return True
    if kind == "YEAR" and _is_quoted_alone(span):
        return True  # 'the war film “1917,”': a title
    if kind == "YEAR" and span.start >= 2 and _before(span) in WEEKDAYS and _is_named_day(doc[span.start - 1 : span.start]):
        return True  # "Black Friday 2019 deals": that year's edition of a named day
    if kind == "WEEKDAY" and _is_named_day(span):
        return True
    if kind == "MONTH_YEAR" and _cites_a_document(span):
        return True
    if kind in {"MONTH", "MONTH_YEAR"} and _names_an_issue(span):
        return True  # "the magazine's January cover", "its March 2017 issue": a magazine's issue
    if kind == "RELATIVE" and token.text[:1].isupper() and _is_quoted_label(span):
        return True  # 'the “Today” folder', 'doing “This Week” emails': a quoted label, no day
    if kind == "RELATIVE" and len(token.text) > 2 and token.text.isupper() and not _shouted(span.sent):
        return True  # "the fun they had on TODAY": a time word in capitals amid lower case is a name
    if kind == "RELATIVE" and token.pos_ == "PROPN" and span.start > 0:
        previous = doc[span.start - 1]
        return token.text[:1].isupper() and previous.pos_ == "PROPN" and previous.text[:1].isupper()
    return False


def _shouted(sent: Span) -> bool:
    """A sentence most of whose words are written in capitals (a headline, a shouted line)."""
    words = [t for t in sent if t.is_alpha and len(t.text) > 1]
    return sum(t.text.isupper() for t in words) * 2 >= len(words)


def _year_after_name(token) -> bool:
    """'Euro 2020', 'Worlds 2013': a year after a capitalised noun it modifies names an edition."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return (previous is not None and previous.pos_ in {"PROPN", "NOUN"} and previous.text[:1].isupper()
            and previous.lower_ not in {*MONTH_NUMBERS, *WEEKDAYS, *SEASONS, *PERIOD_NOUNS, *MONTH_PRECEDERS}
            and token.dep_ in {"nummod", "compound", "appos"} and token.head == previous)


def _listed_after_named_year(token) -> bool:
    """'won Worlds 2013, 2015, and 2016': the years listed after an edition's name name editions
    too ("in 2013, 2015 and 2016" lists dates)."""
    doc = token.doc
    i = token.i - 1
    while i > token.sent.start and doc[i].lower_ in {",", "and", "&"}:
        i -= 1
    if i == token.i - 1 or not YEAR_TOKEN_RE.match(doc[i].lower_):
        return False
    return _year_after_name(doc[i]) or _listed_after_named_year(doc[i])


# Capitalised words that make a weekday the name of a day of its own: "Black Friday", "Cyber
# Monday", "Super Tuesday", "Good Friday", "Giving Tuesday", "Bloody Sunday", "Easter Monday".
NAMED_DAY_WORDS = {"black", "cyber", "super", "good", "giving", "bloody", "easter", "palm", "ash",
                   "holy", "maundy", "shrove", "fat", "manic", "blue", "small", "bowl"}


# Documents cited by the month they came out: "a March 2019 study by", "the June 2018 report".
CITED_DOCUMENTS = {"study", "report", "analysis", "survey", "paper", "poll", "review", "audit", "memo",
                   "article", "assessment", "estimate", "forecast", "white", "briefing", "filing"}


def _cites_a_document(span: Span) -> bool:
    """'a March 2019 study by the Centre concluded', 'the June 2018 report found': a month and
    year set before a document cite it, as "a 2018 analysis" does; what the document found is
    the news, not its month (a day, "an October 11 presentation", still dates a happening)."""
    doc = span.doc
    head = span.root.head
    return (span.root.dep_ in {"nmod", "compound", "npadvmod", "amod"} and head.i >= span.end
            and head.lemma_.lower() in CITED_DOCUMENTS and all(t.pos_ in {"NOUN", "ADJ", "PROPN"}
                                                             for t in doc[span.end : head.i]))


def _is_named_day(span: Span) -> bool:
    """'Black Friday deals', 'Cyber Monday', 'Super Tuesday': a weekday inside the name of a day
    is not the last or next such weekday (Black Friday falls on no Friday the rule would pick)."""
    if span[0].lower_ in {"last", "next", "this"}:
        return False
    previous = span.doc[span.start - 1] if span.start > 0 else None
    return (previous is not None and previous.lower_ in NAMED_DAY_WORDS and previous.text[:1].isupper()
            and span[0].text[:1].isupper())


OPENING_QUOTES = {'"', "“", "‘", "«"}
CLOSING_QUOTES = {'"', "”", "’", "»"}


def _is_quoted_alone(span: Span) -> bool:
    """'the war film “1917,” the big winner', '"2012" was a hit': a year alone inside quotation
    marks is a title (a comma or full stop may sit inside the closing mark)."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].text not in OPENING_QUOTES:
        return False
    after = [t.text for t in doc[span.end : span.end + 2]]
    return bool(after) and (after[0] in CLOSING_QUOTES or (
        len(after) == 2 and after[0] in {",", "."} and after[1] in CLOSING_QUOTES))


def _is_quoted_label(span: Span) -> bool:
    """'the “Today” folder', 'answering “This Week” emails': a time word closed in quotation marks
    with no comma or full stop inside, before a noun or after "the", is a label. A quoted word
    with its punctuation inside ('“Today,” the minister said', 'answered: “Tomorrow.”') is said."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].text not in OPENING_QUOTES:
        return False
    if span.end >= len(doc) or doc[span.end].text not in CLOSING_QUOTES:
        return False
    following = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return _before(span, 2) == "the" or (following is not None and following.pos_ in {"NOUN", "PROPN"})


# Nouns a month names when it names a magazine's issue ("the January issue", "the March cover").
ISSUE_NOUNS = {"issue", "issues", "cover", "covers"}


def _names_an_issue(span: Span) -> bool:
    """'GQ's January 2017 issue is on newsstands', 'graces the magazine's January cover': a month
    (and year) between a magazine's possessive and "issue" or "cover" is the name a monthly prints
    on its issue, which goes on sale weeks before that month; it dates no happening ("featured in
    the December 2019 issue of the journal" dates the paper's publication)."""
    doc = span.doc
    return (span.end < len(doc) and doc[span.end].lower_ in ISSUE_NOUNS and doc[span.end].pos_ == "NOUN"
            and _before(span) in {"'s", "’s"} and not _issues_securities(doc[span.end]))


# What a magazine's issue may be "of": "the January issue of the magazine".
PUBLICATION_NOUNS = {"magazine", "journal", "newsletter", "review", "quarterly", "monthly", "weekly",
                     "digest", "bulletin", "gazette", "paper", "newspaper", "zine", "comic", "series"}


def _issues_securities(noun: Token) -> bool:
    """'Greece's January issue of new debt', 'the company's April issue of convertible notes': an
    issue "of" something no publication is a sale of bonds or shares, which the month dates."""
    doc = noun.doc
    if noun.lower_ not in {"issue", "issues"} or noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ != "of":
        return False
    for token in doc[noun.i + 2 : noun.i + 7]:
        if token.pos_ == "PROPN":
            return False  # "the January issue of Vogue": a title
        if token.pos_ == "NOUN":
            return token.lemma_.lower() not in PUBLICATION_NOUNS and token.lower_ not in PUBLICATION_NOUNS
    return False


def _is_bracketed_year(span: Span) -> bool:
    """'Parasite (2019)', 'the MacBook Pro (2016)', '"Blue River" (2017)': a year alone in brackets
    after a title or a product says which edition the name means, no happening. After an event
    noun it dates the event ("the Falklands War (1982)")."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    named = doc[span.start - 2]
    if named.text in {'"', "”", "’", "'", "»"}:
        return True  # '"Blue River" (2017)': a quoted title
    return named.pos_ in {"PROPN", "NOUN"} and not _is_event_noun(named) and not any(
        _is_event_noun(c) for c in named.children if c.dep_ == "compound")  # "Hurricane Katrina (2005)"


# Broadcast programmes named after a weekday: the name dates no day.
PROGRAMME_NAMES = {("fox", "news", "sunday"), ("sunday", "night", "football"), ("monday", "night", "football"),
                   ("thursday", "night", "football"), ("saturday", "night", "live"), ("cbs", "sunday", "morning"),
                   ("sunday", "morning", "futures")}


def _names_a_programme(span: Span) -> bool:
    """'Trump on Fox News Sunday says...', 'on Monday Night Football': a weekday inside a
    capitalised programme name."""
    doc = span.doc
    day = next((t for t in span if t.lower_ in WEEKDAYS), None)
    if day is None or not day.text[:1].isupper():
        return False
    for start in range(day.i - 2, day.i + 1):
        words = doc[max(start, 0) : start + 3]
        if start >= 0 and len(words) == 3 and all(t.text[:1].isupper() for t in words) and tuple(
                t.lower_ for t in words) in PROGRAMME_NAMES:
            return True
    return False


# Words that tie a weekday to a day the story has narrated ("the following Monday"), not to the
# day of publication.
NARRATED_DAY_WORDS = {"following", "previous", "preceding", "same"}


def _told_from_a_narrated_day(span: Span) -> bool:
    """'The following Monday evening, he retweeted...', 'Over that long Monday night': a weekday
    counted from a day the story told before (or that very day), which the publication date
    cannot place."""
    if span[0].lower_ not in WEEKDAYS:
        return False  # "last Monday", "this Monday": counted from the publication
    doc = span.doc
    before = [t for t in doc[max(span.sent.start, span.start - 3) : span.start]]
    if not before:
        return False
    if before[-1].lower_ in NARRATED_DAY_WORDS and len(before) >= 2 and before[-2].lower_ == "the":
        return True
    if before[-1].lower_ == "that" and before[-1].dep_ == "det":
        return True  # (not the conjunction: "said that Monday's vote...")
    return (len(before) >= 2 and before[-2].lower_ == "that" and before[-2].dep_ == "det"
            and before[-1].pos_ == "ADJ")


def _compared_by_than(span: Span) -> bool:
    """'no more than a year later than the first arrest', 'more than a year later than planned': a
    lateness compared, no date counted from the one named before."""
    return span.end < len(span.doc) and span.doc[span.end].lower_ == "than"


def _is_not_a_date(span: Span, kind: str) -> bool:
    """Spans, comparison baselines and repetitions name no moment."""
    before, before2 = _before(span), _before(span, 2)
    first = span[0].lower_
    if before == "than" and before2 in {"more", "less", "fewer"} and span[-1].lower_ in {"ago", "later"} and not _compared_by_than(span):
        return False  # "more than two decades ago", "less than a year later": a vague date, not a comparison
    if before in BASELINE_WORDS or before2 == "compared" or (before in {"to", "with"} and before2 == "compared"):
        return True
    if before in RECURRING_WORDS or (kind == "WEEKDAY" and span[-1].lower_.endswith("days")):
        return True
    if before in {"throughout", "during", "through", "in"} and before2 in FREQUENCY_ADVERBS:
        return True  # "new episodes weekly throughout March", "meet daily during May": again and again
    if kind == "WEEKDAY" and span[-1].lower_ in WEEKDAYS and span[-1].text.endswith("s"):
        return True
    if kind == "WEEKDAY" and _names_a_kind(span):
        return True  # "end Saturday print editions", "the Sunday paper": a kind, not a day
    if kind == "WEEKDAY" and _opens_a_title(span):
        return True  # "her new book Saturday Millionaires": a title, not a day
    if kind == "WEEKDAY" and _names_a_programme(span):
        return True  # "told Fox News Sunday", "on Monday Night Football": a broadcast, not a day
    if kind == "WEEKDAY" and _told_from_a_narrated_day(span):
        return True  # "The following Monday evening", "that long Monday night": a day of a story told
    if kind == "RELATIVE" and first in {"last", "this", "next"} and before in {"the", *SPAN_WORDS} and not (
            before == "for" and first != "last" and before2 in SCHEDULING_WORDS):
        return True  # "over the last year", "for the past month" ("scheduled for next month" is a date)
    if kind in {"WEEKEND", "SEASON"} and first in {"last", "next", "past"} and before == "the":
        return True  # "the last weekend of the festival": a part of something, not last weekend
    if kind == "RELATIVE" and span[-1].lower_ in {"ago", "earlier"} and before in {"from", "since"} and first in {"a", "an"}:
        return True  # "down 10 percent from a year ago"
    if kind == "RELATIVE" and span[-1].lower_ == "earlier":
        return True  # "a year earlier" is nearly always a comparison baseline
    if _bounds_a_tally(span) or _is_baseline(span) or _dates_a_start_value(span) or _dates_an_end_value(span) or _heads_a_value(span):
        return True
    if kind in {"YEAR", "DECADE", "CENTURY"} and _is_denied_present(span):
        return True  # "This isn't 2003", "It's not the 1990s anymore": a time said not to be now
    if kind in {"YEAR", "DECADE"} and _names_the_present(span):
        return True  # "It's 2016, so of course the heroes are white": the present, no happening
    if (kind == "YEAR" or (kind == "RELATIVE" and span[-1].lower_ == "year")) and _in_year_span(span):
        return True  # "between 2008 and 2016", "from 2009 until this year": a period, not a moment
    if kind == "DECADE" and _in_decade_span(span):
        return True  # "from the 1920s to the 1950s": a period, not a moment
    if kind in {"YEAR", "DECADE"} and _is_the_period_itself(span):
        return True  # "Get ready for a wild 2017", "I don't want 2016 to end": the year as a thing
    if kind == "RELATIVE" and first == "today" and (_is_generic_present(span) or _in_present_relative(span)
                                                    or _in_stative_present(span)):
        return True  # "Today, plague infections are rare", "consoles that exist today": nowadays
    if kind == "RELATIVE" and first == "today" and len(span) == 1 and _lasts_until_now(span):
        return True  # "the letters are still read today", "has fascinated us until today": up to nowadays
    if kind == "RELATIVE" and first == "today" and len(span) == 1 and _says_what_cannot_be_done(span):
        return True  # "You can't just go to Mars today because Elon says you can go": nowadays
    if kind == "RELATIVE" and first in {"today", "tomorrow"} and (_is_denied_day(span) or _in_manner_clause(span)):
        return True  # "the risk isn't tomorrow", "the laws as they're stated today": nowadays, the future
    if kind == "RELATIVE" and first == "today" and (_in_habitual_present(span) or _in_state_participle(span)):
        return True  # "which today is often associated with", "every problem faced by the country today"
    if kind == "RELATIVE" and first in DAY_WORDS and len(span) == 1 and _in_day_contrast(span):
        return True  # "Hong Kong today, Taiwan tomorrow": now against the future, no one day
    if kind == "RELATIVE" and _classifies_by_period(span):
        return True  # "the Red Sox are this year's Dodgers": a role, no happening
    if kind == "RELATIVE" and first in {"today", "tomorrow"} and _names_by_day(span):
        return True  # "today's edition", "tomorrow's workflows": the present or the future, no one day
    if kind == "CENTURY" and _in_present_state(span) and "since" not in {_before(span, n) for n in (1, 2, 3, 4)}:
        return True  # "In the 21st century, the disease is rare": a state of nowadays (not "since")
    if kind in {"CENTURY", "DECADE"} and _ranks_within(span):
        return True  # "the first genocide of the 20th century", "the biggest hit of the 1990s": a ranking
    if _is_comparison_clause(span):
        return True  # "half as much coal as it did in 2009", "more than in 2015": a baseline
    if _superlative_since(span):
        return True  # "climbed to 0.38 percent, the highest since Nov. 14": the last time it was so
    if kind in {"MONTH", "MONTH_DAY", "SEASON"} and _in_recurring_season(span):
        return True  # "Fire season runs from August through October": every year, no one date
    if kind in {"RELATIVE", "WEEKDAY", "MONTH", "MONTH_DAY"} and _in_spoken_condition(span):
        return True  # "if I wake up tomorrow and find it was a dream": a supposed happening
    if _in_counterfactual(span):
        return True  # "if slavery had persisted until 2010": a past that did not happen
    if _ends_a_period(span):
        return True  # "the quarter ended Sept. 29": the period is dated, no happening
    if _dates_a_thing(span, kind):
        return True  # "a paperback from 1985", "the Galaxy S10 from 2019": when a thing was made
    if kind in {"MONTH", "MONTH_DAY", "SEASON", "WEEKDAY"} and _is_habitual(span):
        return True  # "the road usually opens in June": every year, no one date
    if kind == "RELATIVE" and first in {"today", "now"} and len(span) == 1 and _set_against_the_past(span):
        return True  # "just as strong today as it was ten years ago": now compared with then, no happening
    if kind in {"MONTH_DAY", "MONTH"} and _named_an_observance(span):
        return True  # "September 11th has been designated as a National Day of Service": a day every year
    if kind == "WEEKDAY" and _in_weekday_range(span):
        return True  # "open Monday through Friday": opening days, no one day
    if kind == "YEAR" and before == "of" and before2 == "class":
        return True  # "the class of 2015", "the Hall of Fame's Class of 2020": a cohort's name
    return kind == "YEAR" and before == "from" and _before(span, 2) in {"period", "data"}


# Ordinal and superlative words that rank a thing among those of a period.
RANKING_WORDS = {"first", "last", "only", "best", "worst", "biggest", "greatest", "largest", "deadliest",
                 "most", "least", "top"}


def _ranks_within(span: Span) -> bool:
    """'the first genocide of the 20th century', 'the deadliest storm of the 1990s': a century or a
    decade after "of" on a noun that an ordinal or a superlative ranks compares it with the others
    of that period; "killed millions in the 14th century" dates a happening."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(t.lower_ in RANKING_WORDS or t.tag_ in {"JJS", "RBS"}
               for c in prep.head.lefts if c.dep_ in {"amod", "advmod", "compound"} for t in c.subtree)


# Verbs that stand in for the compared verb: "as it did in 2009", "than they were in 2015".
PRO_VERBS = {"do", "be", "have"}


def _is_comparison_clause(span: Span) -> bool:
    """'generates half as much electricity as it did in 2009', 'fewer cars than there were in
    2015', 'more than in 2018': a date in the clause of a comparison ("as"/"than" and a verb that
    only stands in for the compared one) dates the baseline, no happening."""
    if _before(span) == "in" and _before(span, 2) == "than":
        return True
    verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.lemma_.lower() not in PRO_VERBS:
        return False
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in {"as", "than"}), None)
    if mark is None or any(c.dep_ in {"dobj", "attr", "acomp", "xcomp", "ccomp"} for c in verb.children):
        return False
    # "as" compares only after "as much", "as many", "as high" ("as I did at the conference" is a manner).
    return mark.lower_ == "than" or any(t.lower_ == "as" and t.dep_ == "advmod" and t.head.pos_ in {"ADJ", "ADV"}
                                        for t in span.doc[span.sent.start : mark.i])


# Nouns of a value a superlative ranks: "the lowest level since Nov. 15".
VALUE_LEVEL_NOUNS = {"level", "levels", "reading", "close", "rate", "value", "price", "mark", "point"}


def _superlative_since(span: Span) -> bool:
    """'rose to 0.38 percent, the highest since Nov. 14', 'reached the lowest level since Nov. 15',
    'tumbled the most since October': a value ranked as the most since a date compares it with
    the values since then; the date is a baseline, no happening. A superlative on a noun of
    happenings ("the lowest salary increases since 2002") and an ordinal ("the first win since
    2011", "the first since last December") date the happening before."""
    doc = span.doc
    if _before(span) != "since":
        return False
    at = span.start - 2
    if at >= 0 and doc[at].lower_ in VALUE_LEVEL_NOUNS:
        at -= 1
    if at < 1 or doc[at - 1].lower_ != "the":
        return False
    ranked = doc[at]
    return ranked.tag_ in {"JJS", "RBS"} or ranked.lower_ in {"most", "least"}


# Seasons of nature and of farming that come back every year: "fire season", "the monsoon".
RECURRING_SEASON_WORDS = {"fire", "wildfire", "hurricane", "typhoon", "cyclone", "tornado", "monsoon",
                          "rainy", "dry", "wet", "flu", "allergy", "pollen", "breeding", "nesting", "mating",
                          "migration", "growing", "harvest", "planting", "sowing", "tourist", "mosquito", "tick"}


def _in_recurring_season(span: Span) -> bool:
    """'Fire season runs from August through October, with its peak in mid-September', 'hurricane
    season lasts until Nov. 30': months in the present tense of a sentence about a season that
    comes back every year name its usual times ("hurricane season began in June" is one season's)."""
    sent = span.sent
    # The season is what the sentence is about, not a phrase's object ("for the flu season").
    if not any(t.lemma_.lower() in {"season", "monsoon"} and t.dep_ not in {"pobj", "dobj", "dative"} and (
            t.lower_ == "monsoon" or any(c.dep_ in {"compound", "amod"} and c.lower_ in RECURRING_SEASON_WORDS
                                         for c in t.children))
            and not any(c.lower_ in {"this", "last", "next", "current", "coming", "past"} for c in t.children)
            for t in sent):
        return False  # (a flu shot "by the end of October for the current flu season" is this one's)
    verb = next((a for a in span.root.ancestors if a.tag_ in {"VBZ", "VBP", "VBD", "MD"}
                 or (a.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.tag_ in {"VBD", "MD"}
                                                         for c in a.children))), None)
    return verb is not None and verb.tag_ in {"VBZ", "VBP"} and not any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"MD", "VBD"} for c in verb.children)


def _in_spoken_condition(span: Span) -> bool:
    """'if I wake up tomorrow and find it was a dream', 'if you look at it next week': a condition
    in the present that a speaker puts on themselves or the listener supposes a happening ("even if
    it stretches into 2020", "if we could have won this game today" and "if the vote is held on
    Tuesday" keep their dates)."""
    verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    if verb.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        verb = verb.head  # "if you need a dollar to feed your children today": the infinitive's condition
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in {"if", "unless"}), None)
    if mark is None and span.end < len(span.doc) and span.doc[span.end].text == ",":
        # "if you need a dollar to feed them today, you ...": the parse may hang the date that
        # closes the condition on the main verb
        condition = next((c for c in verb.children if c.dep_ == "advcl" and c.right_edge.i + 1 == span.start), None)
        if condition is not None:
            verb = condition
            mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in {"if", "unless"}), None)
    if mark is None and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # "if I wake up and find tomorrow"
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in {"if", "unless"}), None)
    if mark is None or verb.tag_ not in {"VBP", "VBZ"} or (mark.i > 0 and span.doc[mark.i - 1].lower_ == "even"):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in {"i", "we", "you"} for c in verb.children)


def _in_counterfactual(span: Span) -> bool:
    """'if slavery had persisted until 2010', 'had the vote been held in May': a condition in the
    past perfect supposes what did not happen, so it dates nothing ("if he had left by then, he
    said" is rare in reports; "even if it had rained on Monday" concedes one and is kept)."""
    verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} and not (c.i > 0 and c.doc[c.i - 1].lower_ == "even")
           for c in verb.children):
        # only a condition answered by what would have followed: "asked if he had spoken to her on
        # Sunday", "unclear if the suspect had left in August" ask whether a real past happened
        return any(c.dep_ == "aux" and c.lower_ in {"had", "'d", "’d"} for c in verb.children) and _answered_by_modal(verb)
    # "Had the vote been held in May, ...": the inverted condition opens its clause.
    first = verb.doc[verb.left_edge.i]
    return (verb.dep_ in {"advcl", "ccomp"} and first.lower_ == "had" and first.dep_ in {"aux", "auxpass"}
            and first.head == verb and first.i < min((c.i for c in verb.children if c.dep_.startswith("nsubj")), default=0))


COUNTERFACTUAL_MODALS = {"would", "could", "might", "'d", "’d"}


def _answered_by_modal(verb) -> bool:
    """Whether a past-perfect if-clause has its "would (have)" in the same sentence, the mark of a
    supposed past ("if the mill had stayed open, the town would have survived")."""
    return any(t.lower_ in COUNTERFACTUAL_MODALS and t.tag_ == "MD" and not verb.left_edge.i <= t.i <= verb.right_edge.i
               for t in verb.sent)


# Adverbs of habit: what they qualify happens every year or week, at no one date.
HABITUAL_ADVERBS = {"usually", "typically", "normally", "generally", "traditionally", "customarily",
                    "habitually", "annually", "invariably", "ordinarily", "always", "often", "sometimes",
                    "seldom", "rarely"}


def _is_habitual(span: Span) -> bool:
    """'The road usually opens in June', 'winter wheat, which is typically sown mid-November',
    'the lake is usually frozen until mid-June': a date without a year in a clause of habit is a
    time of every year (README: recurring times are no events)."""
    verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return False
    clause = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for v in clause for c in v.children) or any(
        c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.children)


# Words that join two weekdays into a range of days: "Monday through Friday", "Tuesday–Sunday".
WEEKDAY_RANGE_WORDS = {"through", "thru", "to", "-", "–", "—", "till", "until"}
# Words of opening hours, whose weekday ranges repeat every week.
OPENING_WORDS = {"open", "opens", "closed", "close", "closes", "hours", "available", "serve", "serves",
                 "served", "staffed", "operates", "operate"}


def _in_weekday_range(span: Span) -> bool:
    """'open Monday through Friday', 'Hours: Tuesday–Sunday': a range of weekdays in opening hours
    names the days something is open, every week. A festival that "runs Friday to Sunday" starts
    that Friday, and "postponed from Tuesday to Friday" moves a date."""
    doc = span.doc
    if span[0].lower_ in {"last", "next", "this"} or not any(t.lower_ in OPENING_WORDS for t in span.sent):
        return False
    after = doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].lower_ in WEEKDAY_RANGE_WORDS and after[1].lower_ in WEEKDAYS:
        return _before(span) != "from"
    if span.start >= 2 and _before(span) in WEEKDAY_RANGE_WORDS and _before(span, 2) in WEEKDAYS:
        return _before(span, 3) != "from"
    return False


POSSESSIVES = {"'s", "’s", "its", "his", "her", "their", "our", "my", "your"}
# Products and published works: event nouns when they are launched or released, but a period's
# possessive or a year after "from" only says which one ("last year's model", "a phone from 2018").
THING_NOUNS = {"model", "product", "device", "phone", "smartphone", "laptop", "tablet", "computer",
               "console", "car", "vehicle", "suv", "truck", "camera", "watch", "headset", "gadget",
               "chip", "processor", "version", "edition", "lineup", "line-up", "album", "book", "novel",
               "memoir", "podcast", "record", "single", "issue", "collection", "catalog", "catalogue"}
# Measurements a year says which one is ("the latest count, from 2019, showed 88").
MEASUREMENT_NOUNS = {"count", "census", "survey", "estimate", "tally", "figure", "data", "datum", "reading",
                     "measurement", "poll", "inventory"}
# What may follow "<thing> from <year>" when the year opens a span, not a thing's vintage.
SPAN_CLOSERS = {"to", "until", "till", "through", "thru", "-", "–", "—", "onward", "onwards", "on", "and"}


def _dates_a_thing(span: Span, kind: str) -> bool:
    """'a mass-market paperback from 1985', 'the Galaxy S10 from 2019', 'a flawed design from
    2015': a year right after a noun and "from" says when a thing was made or dates from, not
    when something happened (the parse often hangs "from 2015" on the verb, so the words decide).
    An event noun keeps its date ("the ban from 2016"), a change its baseline, a span its bounds."""
    if kind not in {"YEAR", "MONTH_YEAR", "DECADE", "CENTURY"} or _before(span) != "from" or span.start < 2:
        return False
    doc = span.doc
    noun = doc[span.start - 2]
    if noun.like_num and noun.dep_ == "nummod" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
        noun = noun.head  # "the Pixel 2 from 2017": a model's number ends its name
    if noun.text == "," and span.start >= 3 and doc[span.start - 3].lemma_.lower() in MEASUREMENT_NOUNS:
        # "the latest count, from 2019, showed 88": the year says which count, no happening
        return span.end == len(doc) or doc[span.end].text in {",", ")", ";"}
    if (noun.pos_ not in {"NOUN", "PROPN"} or noun.like_num or noun.ent_type_ in {"DATE", "TIME", "PERCENT", "MONEY"}
            or (_is_event_noun(noun) and noun.lemma_.lower() not in THING_NOUNS | MEASUREMENT_NOUNS)
            or noun.lower_ in CHANGE_WORDS | PERIOD_NOUNS or _is_office(noun)):
        return False
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return after not in SPAN_CLOSERS


def _is_event_noun(token) -> bool:
    from newsfacts.extract.events.taxonomy import load_taxonomy

    return load_taxonomy().type_of(token.lemma_.lower(), "NOUN") is not None


# Work that takes a weekday every week: "a Saturday job", "a Saturday school".
WEEKLY_WORK_NOUNS = {"job", "school", "routine"}
# Work that is done on one such day, unless it is held as one's own: "during a Saturday shift" is
# that Saturday's, "has a Saturday shift at the store" is every Saturday's.
WEEKDAY_SITTING_NOUNS = {"shift", "class", "lesson", "gig"}
HOLDING_VERBS = {"have", "take", "get", "land", "find", "keep", "need", "want", "seek"}


def _holds_weekly_work(noun: Token) -> bool:
    """'took on a Saturday job', 'She has a Saturday shift': work done on every such day."""
    lemma = noun.lemma_.lower()
    if lemma in WEEKLY_WORK_NOUNS:
        return True
    return (lemma in WEEKDAY_SITTING_NOUNS and noun.dep_ in {"dobj", "obj"}
            and noun.head.lemma_.lower() in HOLDING_VERBS)


def _names_a_kind(span: Span) -> bool:
    """A weekday that modifies a noun after it ("Saturday print editions", "Friday prayers")."""
    token, doc = span[-1], span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if _before(span) in {"a", "an"} and token.head.i > token.i and _holds_weekly_work(token.head):
        return True  # "took on a Saturday job": work done on every such day, no one day
    if _before(span) in {"a", "an"} and token.head.tag_ == "NN":
        return False  # "in a Tuesday research report": one report, that day (an October 11 presentation)
    if _before(span) in POSSESSIVES and token.head.tag_ == "NN" and _is_event_noun(token.head):
        return False  # "NASA's Monday announcement", "its Monday night performance": one happening
    return (token.dep_ in {"compound", "nmod", "amod"} and token.head.i > token.i
            and token.head.pos_ == "NOUN" and nxt is not None and nxt.pos_ in {"NOUN", "ADJ"}
            and nxt.lower_ not in DAY_PARTS and token.head.lower_ not in DAY_PARTS
            and nxt.ent_type_ not in {"DATE", "TIME"})


# Works whose title may open on a weekday ("the book Saturday Millionaires", "the show Sunday Best").
TITLED_NOUNS = {"book", "novel", "film", "movie", "show", "album", "song", "series", "programme", "program",
                "podcast", "column", "magazine", "newspaper", "play", "title", "memoir", "documentary"}


def _opens_a_relative_clause(doc, start: int) -> bool:
    """'the film Monday Ann Lee made': the capitalised words from `start` are the subject of a
    relative clause whose verb follows them (no title: "the book Saturday Millionaires sold")."""
    end = start
    while end < len(doc) and end - start < 4 and doc[end].text[:1].isupper():
        end += 1
    if end >= len(doc):
        return False
    verb = doc[end]
    return verb.pos_ == "VERB" and verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and start <= c.i < end for c in verb.children)


def _opens_a_title(span: Span) -> bool:
    """'her newest book Saturday Millionaires': a weekday right after a work's noun and before a
    capitalised word (no month, no part of a day) starts the work's title."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if span[0].dep_ == "npadvmod" or _opens_a_relative_clause(doc, span.end):
        return False  # "the show Sunday ITV aired", "the film Monday Ann Lee made": a day, then who
    return (doc[span.start - 1].lemma_.lower() in TITLED_NOUNS and nxt.text[:1].isupper()
            and nxt.lower_ not in MONTH_NUMBERS and nxt.lower_ not in DAY_PARTS and nxt.ent_type_ not in {"DATE", "TIME"})


CHANGE_WORDS = {"up", "down", "rise", "fall", "increase", "decrease", "drop", "climb", "gain",
                "decline", "percent", "%", "compare", "jump", "slip", "grow", "growth", "change"}


# Verbs that multiply an amount: "has more than doubled its holdings since 2012" needs no figure.
MULTIPLYING_VERBS = {"double", "triple", "quadruple", "halve"}


def _bounds_a_tally(span: Span) -> bool:
    """'has more than doubled those holdings to $42 billion since 2012', '14 All-Star appearances
    since 2010', 'prices rose 20 percent since January': "since" gives the start a change or a count
    is measured from, a baseline that dates a value (tests/gold/README), no happening ("has been in
    place since 1962", "the first win since 2011", "have since fallen" date one)."""
    prep = span.root.head
    if prep.lower_ != "since" or prep.dep_ != "prep" or span.root.dep_ != "pobj":
        return False
    attached = prep.head
    if attached.pos_ == "VERB":
        lemma = attached.lemma_.lower()
        if lemma in MULTIPLYING_VERBS:
            return True
        return lemma in CHANGE_WORDS and any(
            t.ent_type_ in {"MONEY", "PERCENT"} for t in attached.subtree if t.i not in range(span.start, span.end))
    if attached.pos_ in {"NOUN", "PROPN"} and attached.tag_ in {"NNS", "NNPS"}:
        counts = [c for c in attached.children if c.dep_ == "nummod" and c.like_num and c.ent_type_ not in {"DATE", "TIME"}]
        return any((words_value([c.lower_]) or 0) >= 2 for c in counts)
    return False


def _is_baseline(span: Span) -> bool:
    """'down 10 percent from a year ago', 'to 1.79% from 1.81% late on Monday', 'up from 2017'."""
    token = span.root
    names_happening = (token.dep_ in {"compound", "nmod", "amod"} and token.head.i > token.i
                       and token.head.pos_ == "NOUN" and _is_event_noun(token.head)
                       and token.head.lemma_.lower() not in MEASUREMENT_NOUNS)
    for _ in range(4):
        if token.head == token:
            return False
        token = token.head
        if token.lower_ in {"from", "than"} and (
            token.head.lower_ in CHANGE_WORDS or token.head.lemma_.lower() in CHANGE_WORDS
        ):
            if names_happening and token.head.lemma_.lower() in {"change", "compare"} and not any(
                    t.like_num or t.text == "%" for t in span.doc[span.sent.start : token.i]):
                # "the wording changed from the August statement": the month dates a happening;
                # "down from the June report", "rose 3% from the May auction" start from its value.
                return False
            # "increased from 10% to 25% in May 2019": a date after the new value dates the change.
            return not any(t.lower_ == "to" and t.i + 1 < span.start and (
                span.doc[t.i + 1].like_num or span.doc[t.i + 1].is_currency)
                for t in span.doc[token.i + 1 : span.start])
        if token.pos_ == "VERB":
            return False
    return False


def _is_office(noun) -> bool:
    """'led the company as chief executive from 2009', 'the team's coach from 2012': a person's
    office from a year is a tenure that starts then, not a thing's vintage."""
    from newsfacts.extract.citations import PERSON_ROLE_NOUNS
    from newsfacts.extract.sources import TITLE_WORDS

    return noun.ent_type_ == "PERSON" or noun.lower_ in PERSON_ROLE_NOUNS | TITLE_WORDS


def _heads_a_value(span: Span) -> bool:
    """'For 2014, the penalty is $95 per adult', 'For the third quarter, the target is 4%': a
    period set before a sentence whose verb is "be" and that states a number says what a value
    is for that period, no happening ("For 2014, the city will hire 40 officers" is one)."""
    doc, sent = span.doc, span.sent
    opener = span.start - 1 - int(span.start > 1 and doc[span.start - 1].lower_ == "the")
    if opener != sent.start or doc[sent.start].lower_ != "for" or span.end >= sent.end:
        return False
    if doc[span.end].text != "," or sent.root.lemma_ != "be":
        return False
    return any(t.like_num or t.is_currency or t.ent_type_ in {"MONEY", "PERCENT", "QUANTITY"}
               for t in doc[span.end : sent.end])


def _word_before(span: Span, word: str):
    """The nearest token spelled `word` in the eight tokens of the sentence before span, or None."""
    doc = span.doc
    start = max(span.sent.start, span.start - 8)
    return next((t for t in reversed(doc[start : span.start]) if t.lower_ == word), None)


def _dates_a_start_value(span: Span) -> bool:
    """'costs from around $0.23/W today to $0.10 by 2030', 'from 12% in 2015 to 30%': a date
    after the value a change starts from dates that value, a baseline; the date after the value
    it goes to dates the change ("from 10% to 25% in May 2019")."""
    doc = span.doc
    opener = _word_before(span, "from")
    if opener is None:
        return False
    between = doc[opener.i + 1 : span.start]
    if not any(t.like_num for t in between) or any(t.pos_ in {"VERB", "AUX"} or t.lower_ == "to" for t in between):
        return False
    after = doc[span.end : span.end + 4]
    return (len(after) >= 2 and after[0].lower_ == "to"
            and any(t.like_num or t.is_currency for t in after[1:]))


def _dates_an_end_value(span: Span) -> bool:
    """'fell from $30 million in 2016 to $12 million in 2018', 'rose from 9% at the start of
    the decade to 14% by May 2019': when the value a change that went by starts from has its
    own date, the date after the value it goes to dates that value too: two readings, no
    happening ("from 10% to 25% in May 2019", with no date at the start, still dates the
    change, and "to cut costs from $5 today to $2 by 2030" a target)."""
    doc = span.doc
    to = _word_before(span, "to")
    if to is None:
        return False
    value = doc[to.i + 1 : span.start]
    if not any(_is_amount(t) for t in value) or any(t.pos_ in {"VERB", "AUX"} for t in value):
        return False
    opener = next((t for t in reversed(doc[span.sent.start : to.i]) if t.lower_ == "from"), None)
    if opener is None:
        return False
    if opener.head.tag_ not in {"VBD", "VBN"}:
        return False  # "to cut costs from $0.23 today to $0.10 by 2030": a target still ahead
    if any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in opener.head.children):
        return False  # "the board raised the fee from $10 in 2008 to $15 on March 1": an act, dated
    start_value = doc[opener.i + 1 : to.i]
    return (any(_is_amount(t) for t in start_value)
            and not any(t.pos_ in {"VERB", "AUX"} for t in start_value)
            and any(t.ent_type_ == "DATE" and not t.like_num or re.match(YEAR_PATTERN, t.text)
                    for t in start_value))


def _is_amount(token) -> bool:
    """A number or a currency sign of a value ("$30", "9%", "2 million"), not a rank ("relegated
    from the first division in 2008 to the second in 2009")."""
    return token.is_currency or (token.like_num and token.pos_ == "NUM" and token.lower_ not in ORDINAL_WORDS
                                 and not re.search(r"\d(st|nd|rd|th)$", token.lower_))


# Ordinal words and their numbers: "the second division", "the tenth anniversary".
ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10}


def _in_year_span(span: Span) -> bool:
    doc = span.doc
    before = _before(span)
    if before in {"between"}:
        return True
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    opening = {_before(span, n) for n in (1, 2, 3)}  # "from at least 2002 to 2005"
    if "from" in opening and after in {"to", "until", "through", "-", "–"}:
        return True
    if before in {"and", "to", "through", "until", "-", "–"} and span.start >= 2:
        previous = doc[span.start - 2]
        first = doc[span.start - 2 : span.start - 1]
        return previous.like_num and bool({_before(first, n) for n in (1, 2, 3)} & {"between", "from"})
    return False


DECADE_SPAN_CLOSERS = {"to", "until", "till", "through", "-", "–"}


def _in_decade_span(span: Span) -> bool:
    """'from the 1920s to the 1950s', 'between the 1960s and the 1980s': both ends of a period."""
    doc = span.doc
    start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
    before = doc[start - 1].lower_ if start > 0 else ""
    opening = {doc[i].lower_ for i in range(max(span.sent.start, start - 2), start)}
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if before == "between" or (opening & {"from"} and after in DECADE_SPAN_CLOSERS):
        return True
    if before not in DECADE_SPAN_CLOSERS | {"and"}:
        return False
    first = next((t for t in doc[max(span.sent.start, start - 4) : start - 1] if re.match(DECADE_PATTERN, t.lower_)), None)
    return first is not None and bool(
        {doc[i].lower_ for i in range(max(span.sent.start, first.i - 2), first.i)} & {"from", "between"})


# Verbs a year is the subject of when it is told as a stretch of time that ends ("2016 will come
# to an end"), and verbs of feeling or memory that take the year as their object ("I will
# remember 2016", "I don't want 2016 to end"): the year is a thing talked about, no date.
PERIOD_ENDING_VERBS = {"end", "come", "draw", "wind", "close"}
PERIOD_FEELING_VERBS = {"remember", "want", "miss", "love", "hate", "forget", "enjoy", "relive", "survive",
                        "cherish"}


def _is_the_period_itself(span: Span) -> bool:
    """'Get ready for a wild 2017', 'Sadly, 2016 will come to an end', 'I will remember 2016 as one
    of the great ones': a year with an indefinite article, ending, or remembered is the period as a
    thing, not the date of a happening ("prices will rise in 2017", "2016 saw a surge" date one)."""
    token = span.root
    near = [*token.children, *(g for c in token.children if c.dep_ == "amod" for g in c.children)]
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} and c.i < token.i for c in near):
        return True
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_.lower() in PERIOD_ENDING_VERBS:
        return True
    if head.lemma_ == "be" and (
            (token.dep_ == "nsubj" and any(c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN", "NUM"} for c in head.children)
             and any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ == "to")
                     or (c.dep_ == "attr" and YEAR_TOKEN_RE.match(c.lower_)) for c in head.children))
            or (token.dep_ == "attr" and any(c.dep_ == "nsubj" and YEAR_TOKEN_RE.match(c.lower_) for c in head.children))):
        # "2016 probably wasn't the most enjoyable year", "for 2017 to be the year of testing", "because
        # 2016 is 2016": what the year was or was not (not "2019 is not as strong as 2018", "2020
        # will be about fixing the services": what happens then; "2019 was a weak year" stays, a call)
        return True
    return token.dep_ == "dobj" and head.lemma_.lower() in PERIOD_FEELING_VERBS


# Periods a report closes on a date: "the quarter ended Sept. 29", "the year ending March 31".
PERIOD_END_NOUNS = {"quarter", "year", "period", "month", "months", "week", "weeks", "half", "season"}


def _ends_a_period(span: Span) -> bool:
    """'in the three months ended June 30': the date closes a reporting period."""
    head = span.root.head
    return (head.lemma_.lower() == "end" and head.tag_ in {"VBN", "VBG"} and head.dep_ == "acl"
            and head.head.lower_ in PERIOD_END_NOUNS)


# Happenings "today's" or "tomorrow's" dates whose nouns name no type of event: "today's
# proceedings", "tomorrow's session".
DAY_HAPPENING_NOUNS = {"action", "proceeding", "proceedings", "session", "event", "game", "match", "race",
                       "ceremony", "performance", "show", "episode", "trading", "deadline", "round", "stage",
                       "meeting", "opening", "parade", "service", "broadcast", "programme", "program",
                       # a shop's offer of the day (README set G: a one-day deal is a business event)
                       "offer", "deal", "sale", "discount", "promotion", "bargain", "special", "markdown"}


def _lasts_until_now(span: Span) -> bool:
    """'the comments still being interesting today', 'the feud hasn't ceased until today': a
    state that lasts up to the present, told with "still" or "until", dates no happening."""
    if _before(span) in {"until", "till"}:
        return True
    head = span.root.head
    # ("shares still fell today": "still" as "even so" on a past happening)
    return any(c.lower_ == "still" and c.dep_ == "advmod" and h.tag_ != "VBD"
               for h in (head, head.head) for c in h.children)


def _is_denied_day(span: Span) -> bool:
    """'the risk isn't tomorrow', 'The vote is not today': a day a present "be" denies (the parse
    may read a curly "n’t" as punctuation, so the word itself is looked for)."""
    verb = span.root.head
    return (span.root.dep_ in {"attr", "npadvmod"} and verb.lemma_ == "be" and verb.tag_ in {"VBZ", "VBP"}
            and any(c.lower_ in {"not", "n't", "n’t"} for c in verb.children)
            and not any(c.dep_ in {"attr", "acomp"} and c.i != span.root.i for c in verb.children))


# Adverbs of habit or of a spread state: a present clause with one, dated "today", tells how things
# are nowadays ("which today is often associated with", "is widely used today").
NOWADAYS_ADVERBS = HABITUAL_ADVERBS | {"commonly", "frequently", "widely", "increasingly"}


def _in_habitual_present(span: Span) -> bool:
    """'a style which today is often associated with jazz', 'a method widely used today': a present
    clause of habit or of a spread state, dated "today", says how things are nowadays ("the firm
    usually reports on Fridays but today it said" is past: "said" is no present)."""
    verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or not (_is_present(verb) or (verb.tag_ == "VBN" and verb.dep_ == "acl")):
        return False
    clause = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    return any(c.dep_ == "advmod" and c.lower_ in NOWADAYS_ADVERBS for v in clause for c in v.children)


# Verbs whose participle on a noun, dated "today", names what a thing faces or has nowadays ("the
# problems faced by the country today", "the challenges facing farmers today").
STATE_PARTICIPLES = {"face", "confront"}


def _in_state_participle(span: Span) -> bool:
    """'every problem faced by the United States today', 'the challenges facing farmers today': a
    participle of a state verb on a noun describes the noun as it is nowadays ("the bill passed by
    the Senate today" is one day's happening, and so is a happening faced: "the executive facing
    trial today", "the vote faced by the senator today")."""
    verb = span.root.head
    if not (verb.pos_ == "VERB" and verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBG", "VBD"}
            and verb.lemma_.lower() in STATIVE_VERBS | STATE_PARTICIPLES
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)):
        return False
    # ("the signals used today": a participle on a noun the tagger read as a past verb)
    faced = [verb.head] if verb.tag_ in {"VBN", "VBD"} else [c for c in verb.children if c.dep_ == "dobj"]
    return not any(_is_event_noun(t) for t in faced)


DAY_WORDS = {"yesterday", "today", "tomorrow"}


def _in_day_contrast(span: Span) -> bool:
    """'Hong Kong today, Taiwan tomorrow', 'the workers yesterday, the students today': two bare
    day words each right after a noun, in a phrase with no verb up to the second (from the start of
    the sentence, a quotation or a colon), set one thing now against another then (a slogan or a
    comparison), no dated happening ("Police arrested a man today, and his brother tomorrow will
    appear in court" tells two)."""
    doc, sent = span.doc, span.sent

    def after_noun(token) -> bool:
        return token.i > sent.start and doc[token.i - 1].pos_ in {"NOUN", "PROPN"}

    if not after_noun(span[0]):
        return False
    for other in sent:
        if other.i == span.start or other.lower_ not in DAY_WORDS or other.lower_ == span[0].lower_:
            continue
        if not after_noun(other):
            continue
        lo, hi = sorted((other.i, span.start))
        opening = max((t.i + 1 for t in doc[sent.start : lo] if t.text in PHRASE_OPENERS), default=sent.start)
        if not any(t.pos_ in {"VERB", "AUX"} for t in doc[opening:hi]) and any(
                t.text in {",", ";", "–", "—"} or t.lower_ in {"and", "but", "then"} for t in doc[lo + 1 : hi - 1]):
            return True
    return False


# Marks after which a phrase of its own may start inside a sentence: a quotation, a colon.
PHRASE_OPENERS = {"“", '"', "‘", "«", ":", "("}


def _in_manner_clause(span: Span) -> bool:
    """'the laws as they're stated today', 'the sport as it is played today': an "as" clause in
    the present compares with how things are nowadays."""
    verb = span.root.head
    return (verb.pos_ in {"VERB", "AUX"} and _is_present(verb)
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children))


def _names_by_day(span: Span) -> bool:
    """'today's edition of the newsletter', 'today's most important stories', 'extend today's
    process automations into tomorrow's agentic workflows': a possessive "today" or "tomorrow" on
    a noun that names no happening means nowadays or the future ("today's hearing", "tomorrow's
    vote" and "today's proceedings" date one day)."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or doc[span.end].text not in {"'s", "’s"}:
        return False
    head = span.root.head if span.root.dep_ == "poss" else None
    if head is None or head.pos_ not in {"NOUN", "PROPN"}:
        head = next((t for t in doc[span.end + 1 : span.end + 6] if t.pos_ in {"NOUN", "PROPN"}), None)
    if head is None:
        return False
    lemma = head.lemma_.lower()
    if lemma in LEVEL_NOUNS:
        return True  # "at today's low interest rates", "today's prices": a level of nowadays, no happening
    return not _is_event_noun(head) and lemma not in DAY_HAPPENING_NOUNS and head.lower_ not in DAY_HAPPENING_NOUNS


# Nouns of a level a market or an economy stands at: "today's rates" tells how things stand.
LEVEL_NOUNS = {"rate", "price", "level", "yield", "valuation", "standard"}
PERIOD_WORDS = {"year", "season", "week", "month", "day", "night", "summer", "winter", "spring", "fall", "autumn"}


def _classifies_by_period(span: Span) -> bool:
    """'the Red Sox are this year's Dodgers', 'She is this season's breakout star': a possessive
    period on what a copula says something is casts it in that role, no happening ("Saturday
    was this year's final" is the copula's subject: a day, told as the happening)."""
    doc = span.doc
    words = [t.lower_ for t in span]
    if not ((len(words) == 2 and words[0] in {"this", "last", "next"} and words[1] in PERIOD_WORDS)
            or words in (["today"], ["tomorrow"], ["yesterday"])):
        return False
    if span.end >= len(doc) or doc[span.end].text not in {"'s", "’s"}:
        return False
    head = span.root.head if span.root.dep_ == "poss" else None
    if head is None or head.pos_ not in {"NOUN", "PROPN"}:
        head = next((t for t in doc[span.end + 1 : span.end + 6] if t.pos_ in {"NOUN", "PROPN"}), None)
    if head is None or _is_event_noun(head) or head.lemma_.lower() in DAY_HAPPENING_NOUNS:
        return False
    return head.dep_ == "attr" and head.head.lemma_ == "be"


def _in_present_relative(span: Span) -> bool:
    """'the galaxies we observe today', 'consoles that exist today': a state of nowadays."""
    doc = span.doc
    verbs = [span.root.head] + ([doc[span.start - 1]] if span.start > 0 else [])
    return any(v.pos_ == "VERB" and (v.tag_ in {"VBP", "VBZ"} or (_is_present(v) and not _is_released_today(v)))
               and (v.dep_ == "relcl" or _opens_on_relative(v)) for v in verbs)


# Verbs whose present passive, dated "today", is this day's one-off happening ("the report, which
# is published today", "the figures that are released today"), not a state of nowadays.
RELEASE_PASSIVES = {"publish", "release", "unveil", "announce", "launch", "issue", "present", "sign", "open",
                    "hold", "debate", "hear", "inaugurate", "award", "deliver", "submit", "table", "air"}


def _is_released_today(verb) -> bool:
    """A present passive that tells a one-off happening: a verb of release, or a clause set off by
    a comma ("the plan, which is discussed today, ...") that adds a fact about one thing."""
    doc = verb.doc
    return verb.lemma_.lower() in RELEASE_PASSIVES or (
        verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].text == "," and doc[verb.left_edge.i].lower_ in {"which", "who"})


def _is_present(verb) -> bool:
    """A verb in the present: 'exist', 'runs', or a present passive ('is generated')."""
    return verb.tag_ in {"VBP", "VBZ"} or (verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in verb.children) and not any(
        c.dep_ == "aux" for c in verb.children))


RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}


# Nouns whose that-clause states their content ("the news that the mayor resigns today").
CONTENT_NOUNS = {"news", "report", "reports", "word", "claim", "fact", "announcement", "sign", "signal", "hope",
                 "fear", "belief", "idea", "rumor", "rumour", "statement", "confirmation", "expectation",
                 "speculation", "indication", "assurance", "promise", "warning", "notice", "suggestion"}


def _opens_on_relative(verb) -> bool:
    """'the lectern that Prelogar commands today', 'the agency that Ruiz runs today': a clause
    that opens on a relative pronoun right after a noun describes that noun, however the parse
    hangs it (often ccomp). When the parse makes "that" a conjunction, the verb must lack its own
    object (the pronoun is it) and the noun must be no content noun ("the news that she resigns
    today" is this day's news)."""
    doc = verb.doc
    for c in verb.children:
        if c.lower_ not in RELATIVE_PRONOUNS or c.i >= verb.i or c.i == 0 or doc[c.i - 1].pos_ not in {"NOUN", "PROPN"}:
            continue
        if c.dep_ in {"dobj", "nsubj", "nsubjpass"}:
            return True
        if c.dep_ in {"mark", "advmod"} and doc[c.i - 1].lower_ not in CONTENT_NOUNS and not any(
                d.dep_ in {"dobj", "ccomp", "xcomp", "attr", "acomp", "prep"} for d in verb.children):
            return True
    return False


# Verbs of a lasting state: in the present, "today" with them means nowadays, not this day.
# ("face", "struggle" and "remain" are left out: "the senator faces a vote today", "firefighters
# struggle today to contain the fire", "schools remain closed today" are this day's news.)
STATIVE_VERBS = {"exist", "experience", "suffer", "live", "stand", "seem", "appear", "depend", "rely", "own", "use", "know", "contain", "include", "resemble",
                 "lack", "survive", "persist", "dominate", "belong", "consist", "endure"}


# Verbs whose present passive says what a thing is named or held to be ("it's called", "is
# considered"), a state however dated.
NAMING_VERBS = {"call", "name", "consider", "regard", "dub", "term", "label"}


# What a place, a people or a brand has as a lasting state ("has a reputation", "has a population").
STATE_NOUNS = {"reputation", "population", "status", "image", "name", "presence", "identity", "character"}


def _is_new_state(noun) -> bool:
    """'has a new name', 'has a presence ... for the first time': a state that begins today."""
    if any(c.dep_ == "amod" and c.lower_ in {"new", "fresh", "different"} for c in noun.children):
        return True
    words = [t.lower_ for t in noun.sent]
    return any(words[i : i + 2] == ["first", "time"] for i in range(len(words) - 1))


def _in_stative_present(span: Span) -> bool:
    """'the conditions we're experiencing today', 'launch vehicles that exist today', 'continues
    to suffer air quality problems today': a state verb in the present (or an infinitive under a
    present verb) dated by "today" says how things are nowadays ("launches today" schedules)."""
    verb = span.root.head
    if verb.pos_ in {"NOUN", "PROPN"} and verb.dep_ == "nsubj":
        verb = verb.head  # "most households today rely on"
    if verb.pos_ == "VERB" and verb.lemma_.lower() == "have" and verb.tag_ in {"VBZ", "VBP"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() in STATE_NOUNS and not _is_new_state(c) for c in verb.children):
        return True  # "Today the valley has a reputation for its wines": how things are nowadays
    if (verb.pos_ == "VERB" and verb.lemma_.lower() in NAMING_VERBS and _is_present(verb) and verb.tag_ == "VBN"
            and any(c.dep_ in {"oprd", "attr", "xcomp"} for c in verb.children)):
        return True  # "Today it's called a correctional program": what a thing is named nowadays
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in STATIVE_VERBS:
        return False
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in verb.children):
        return True  # "Today the region is known for its wines"
    if verb.tag_ == "VB" and verb.dep_ == "xcomp":
        verb = verb.head  # "continues to suffer"
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in {"VBZ", "VBP"}
                                 for c in verb.children):
        return True  # "technology that doesn't fully exist today": a present state, denied or stressed
    if verb.tag_ in {"VBZ", "VBP"}:
        return not any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"MD", "VBD"} for c in verb.children)
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in verb.children)


def _is_denied_present(span: Span) -> bool:
    """'This isn't 2003', 'It's not 1995 any more': a period as what the present is not names no
    happening, it says times have changed ("The year was 1968" narrates; "it isn't 2003" denies)."""
    return _is_the_present(span, negated=True)


# Words on the other side of a comparison with "today" that make it an earlier time: "as it
# was ten years ago", "than it did then", "than it used to".
EARLIER_SIDE_WORDS = {"was", "were", "did", "used", "ago", "then", "before", "earlier", "once"}


def _set_against_the_past(span: Span) -> bool:
    """'as strong today as it was ten years ago', 'stronger today than it was': the present is the
    one side of a comparison, with an earlier time as the other: a past "be" or "did", "used
    to", or a time ("ago", "then", "before", "in May", "in 2010") after the "as" or "than".
    "closed higher today than analysts had expected" sets today against a forecast: kept."""
    doc = span.doc
    if span.end >= len(doc) or span.start < 2:
        return False
    after, before, before2 = doc[span.end].lower_, doc[span.start - 1], doc[span.start - 2]
    if not ((after == "as" and before.pos_ in {"ADJ", "ADV"} and before2.lower_ == "as") or (
            after == "than" and before.tag_ in {"JJR", "RBR"})):
        return False
    sent_end = doc[span.end].sent.end
    side = []
    for token in doc[span.end + 1 : sent_end]:
        if token.is_punct:
            break
        side.append(token)
    return any(t.lower_ in EARLIER_SIDE_WORDS or t.ent_type_ == "DATE" or re.match(YEAR_PATTERN, t.text)
               for t in side)


# Verbs that make a day of the calendar an observance, and the nouns of such periods.
OBSERVANCE_VERBS = {"designate", "declare", "proclaim", "name", "dedicate", "recognize", "recognise", "mark"}
OBSERVANCE_NOUNS = {"day", "week", "month"}


def _named_an_observance(span: Span) -> bool:
    """'September 11th has been designated as a National Day of Service', 'March was declared
    Women's History Month': a yearless day or month made an observance recurs every year; the
    naming dates no happening of its own."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubjpass" or verb.lemma_.lower() not in OBSERVANCE_VERBS or any(
            re.match(YEAR_PATTERN, t.text) for t in span):
        return False
    named = [g for c in verb.children if c.dep_ in {"prep", "oprd", "attr", "xcomp"}
             for g in ([c] if c.dep_ != "prep" else [g for g in c.children if g.dep_ == "pobj"])]
    return any(n.lemma_.lower() in OBSERVANCE_NOUNS for n in named)


def _names_the_present(span: Span) -> bool:
    """'It's 2016, so of course ...', 'This is 2017': a present "it is" with the period as what the
    present is sets the scene of now, no happening ("It was 1968" narrates a past, kept)."""
    return _is_the_present(span, negated=False)


def _is_the_present(span: Span, negated: bool) -> bool:
    """Whether the period is what a present "be" says now is (`negated` False: "It's 2016", "This
    is 2017", with "it" or "this" as the subject and no "when"/"that" clause) or is not (`negated`
    True: "This isn't 2003", "It's not the 1990s any more", any subject)."""
    verb = span.root.head
    # (the small model may read a curly "’s" as a verb of its own lemma)
    if not (span.root.dep_ == "attr" and (verb.lemma_ == "be" or verb.lower_ in {"'s", "’s"})
            and verb.tag_ in {"VBZ", "VBP"}):
        return False
    if negated:
        return any(c.dep_ == "neg" for c in verb.children)
    return (any(c.dep_ == "nsubj" and c.lower_ in {"it", "this"} for c in verb.children)
            and not any(c.dep_ in {"relcl", "advcl", "ccomp"} and any(m.lower_ in {"when", "that"} for m in c.children)
                        for c in (*verb.children, *span.root.children)))


def _in_present_state(span: Span) -> bool:
    """'In the 21st century, the plague is endemic', 'like you live in the 21st century': the
    clause's verb is a present 'be' or a present verb of a state."""
    verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and verb.tag_ in {"VBZ", "VBP"} and (
        verb.lemma_ == "be" or verb.lemma_.lower() in STATIVE_VERBS)


def _is_generic_present(span: Span) -> bool:
    """'Today, plague infections are rare', 'it may only be a concept today': nowadays. 'Today,
    visitors can read the pamphlet' says what can be done nowadays, at no one time ("can" opening
    on "Today," with a subject of no one: not "Today you can order the phone", an offer)."""
    head = span.root.head
    if head.lemma_ != "be":
        return _says_what_can_be_done(span, head)
    return head.tag_ in {"VBZ", "VBP"} or (head.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ in {"may", "might", "can", "could"} for c in head.children))


# Subjects of an offer made to the reader or a buyer: "Today you can order the phone for $99".
OFFER_SUBJECTS = {"you", "customers", "buyers", "shoppers", "subscribers", "users", "members", "fans", "gamers"}


def _says_what_cannot_be_done(span: Span) -> bool:
    """'You can't just go to Mars today', 'one cannot buy a house today for that': a generic
    subject that cannot do a thing "today" says what is impossible nowadays, no day's happening
    ("He can't attend today" is one person's day)."""
    verb = span.root.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in {"ca", "can", "cannot", "could"} for c in verb.children)
    negated = any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "aux" and c.lower_ == "cannot" for c in verb.children)
    generic = any(c.dep_ == "nsubj" and c.lower_ in {"you", "one"} for c in verb.children)
    return modal and negated and generic


def _says_what_can_be_done(span: Span, verb) -> bool:
    """'Today, visitors to the museum can read its history', 'Today, the trip can take a day': a
    sentence opening on "Today," whose verb says what can be done states how things are nowadays."""
    doc = span.doc
    if span.start != span.sent.start or span.end >= len(doc) or doc[span.end].text != ",":
        return False
    if verb.pos_ not in {"VERB", "AUX"} or verb.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.lower_ == "can" for c in verb.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in CHANGE_ADVERBS for c in verb.children):
        return False  # "Today, the company can finally sell its drug in Europe": a change this day
    return not any(c.dep_ == "nsubj" and c.lower_ in OFFER_SUBJECTS for c in verb.children)


# Adverbs that make "can" a change of this day rather than a state of nowadays.
CHANGE_ADVERBS = {"finally", "officially", "now"}


def _shift_months(value: date, months: int) -> date:
    index = value.year * 12 + value.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _year_for(month: int, day: int, published: date, tense: str) -> int:
    candidates = [published.year - 1, published.year, published.year + 1]

    def when(y: int) -> date:
        return date(y, month, min(day, monthrange(y, month)[1]))  # "Feb. 29" in other years: the 28th

    if tense == "past":
        return max(y for y in candidates if when(y) <= published)
    if tense == "future":
        floor = published.replace(day=1) if day == 1 else published
        return min(y for y in candidates if when(y) >= floor)
    return min(candidates, key=lambda y: (abs((when(y) - published).days), -int(when(y) <= published)))


def _range_end(span: Span, first: int) -> int:
    """The last day of a range of days of one month ("18-24 November", "9–19 May"), else `first`."""
    words = [t.text for t in span]
    for i, word in enumerate(words[:-1]):
        if word in {"-", "–", "—"} and i > 0 and words[i - 1].isdigit() and words[i + 1].isdigit():
            last = int(words[i + 1])
            return last if first < last <= 31 else first
    return first


# Ordinal words of an anniversary: "the tenth anniversary", "the fiftieth anniversary"; a compound
# ("twenty-fifth", which the tokenizer splits as "twenty", "-", "fifth") is its tens and its unit.
ANNIVERSARY_ORDINALS = {**ORDINAL_WORDS, **CENTURY_WORDS, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
                        "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100}
ORDINAL_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                "ninety": 90}


def _anniversary_years(span: Span) -> int | None:
    """How many years before its anniversary a yearless day falls: "the 10th anniversary of the
    September 11th attacks" is the day ten years before this year's September 11th, "the
    twenty-fifth anniversary" 25 years (None for an ordinal not read whole)."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 2 or doc[i].lower_ != "of" or doc[i - 1].lemma_.lower() != "anniversary":
        return None
    ordinal = doc[i - 2].lower_
    if match := re.match(r"^(\d{1,3})(?:st|nd|rd|th)$", ordinal):
        return int(match[1])
    if i >= 4 and doc[i - 3].text in {"-", "–"}:
        ordinal = f"{doc[i - 4].lower_}-{ordinal}"  # "twenty", "-", "fifth"
    tens, _, unit = ordinal.rpartition("-")
    if tens:
        return ORDINAL_TENS[tens] + ORDINAL_WORDS[unit] if tens in ORDINAL_TENS and unit in ORDINAL_WORDS else None
    return ANNIVERSARY_ORDINALS.get(ordinal)


def _day_number(text: str) -> int:
    return int("".join(c for c in text if c.isdigit()))


def _monday(value: date) -> date:
    return value - timedelta(days=value.weekday())


def resolve_time(kind: str, span: Span, published: date | None, tense: str) -> ResolvedDate | None:
    """Resolve one matched time expression; tense is past, future or unknown.

    None for a date the calendar cannot hold ('2,500 years ago' is before year 1).
    """
    try:
        return _resolve_time(kind, span, published, tense)
    except (ValueError, OverflowError):
        return None


def _resolve_time(kind: str, span: Span, published: date | None, tense: str) -> ResolvedDate | None:
    words = [w for w in span_words(span) if w != ","]
    year = next((int(m.group(1)) for t in span if (m := YEAR_TOKEN_RE.match(t.lower_))), None)
    if kind == "YEAR" and year is None and (split := re.match(SPLIT_YEAR_PATTERN, span[0].text)):
        year = int(split[1])
    if kind == "YEAR" and year is None and re.match(OLD_YEAR_PATTERN, span[0].text):
        year = int(span[0].text)
    month = next((MONTH_NUMBERS[w] for w in words if w in MONTH_NUMBERS), None)
    if kind == "YEAR":
        return ResolvedDate(date(year, 1, 1), "year")
    if kind == "SEASON_YEAR":
        return ResolvedDate(date(year, next(SEASONS[w] for w in words if w in SEASONS), 1), "quarter")
    if kind == "SEASON_RELATIVE_YEAR":
        if published is None:
            return None
        shift = {"last": -1, "this": 0, "next": 1}[words[-2]]
        return ResolvedDate(date(published.year + shift, SEASONS[words[0]], 1), "quarter")
    if kind == "NEW_YEAR":
        if published is None:
            return None
        # "in the new year" written in the year's second half is the coming year, in its first
        # half the year just begun
        return ResolvedDate(date(published.year + (published.month > 6), 1, 1), "year")
    if kind == "CENTURY":
        start = 100 * ((CENTURY_WORDS.get(words[1]) or _day_number(words[1])) - 1)
        # "At the end of the 19th century": its last decade; "the middle of" it, its sixth.
        part = " ".join(t.lower_ for t in span.doc[max(span.start - 2, 0) : span.start])
        start += CENTURY_PARTS.get(part, 0)
        return ResolvedDate(date(start or 1, 1, 1), "decade")
    if kind == "DECADE" and words[-1] in AUGHTS_WORDS:
        return ResolvedDate(date(2000, 1, 1), "decade")
    if kind == "DECADE" and words[-1] in DECADE_WORDS:
        return ResolvedDate(date(CENTURY_OF_DECADE.get(words[0], 1900) + DECADE_WORDS[words[-1]], 1, 1), "decade")
    if kind == "DECADE":
        return ResolvedDate(date(int("".join(c for c in words[0] if c.isdigit())), 1, 1), "decade")
    if kind == "MONTH_YEAR":
        return ResolvedDate(date(year, month, 1), "month")
    if kind in {"MONTH_DAY_YEAR", "MONTH_DAY"}:
        day = next(_day_number(t.text) for t in span if t.text[:1].isdigit() and len(t.text) <= 4
                   and t.text != str(year))
        if year is None:
            if published is None:
                return None
            # "the finals, which take place 18-24 November" told on the 19th: a range still running
            # is this year's (its last day decides what lies ahead); a past one is told by its first
            last = _range_end(span, day) if tense == "future" else day
            year = _year_for(month, last, published, tense)
            weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
            if weekday is not None:
                year = _weekday_year(month, day, weekday, year, tense)
            # "the tenth anniversary of the September 11th attacks": the day it marks, that many years before
            year -= _anniversary_years(span) or 0
        try:
            return ResolvedDate(date(year, month, day), "day")
        except ValueError:
            return None
    if kind == "NUMERIC_DATE":
        weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
        return _numeric_date(span[-1].text, published, weekday)
    if kind == "QUARTER":
        return _resolve_quarter(words, year, published, tense, month)
    if published is None:
        return None
    if kind == "MONTH":
        return ResolvedDate(date(_year_for(month, 1, published, tense), month, 1), "month")
    if kind == "RELATIVE_MONTH":
        return _resolve_relative_month(words[0], month, published)
    if kind == "MONTH_RELATIVE_YEAR":
        shift = {"last": -1, "this": 0, "next": 1}[words[-2]]
        return ResolvedDate(date(published.year + shift, month, 1), "month")
    if kind == "WEEKDAY":
        return _resolve_weekday(words, published, tense)
    if kind == "HOLIDAY":
        return _resolve_holiday(words, year, published, tense)
    if kind == "NAMED_DAY":
        return ResolvedDate(NAMED_DAYS[span[-1].text], "day")
    if kind == "PERIOD_PART" and words[-1] == "decade":
        return None if published is None else ResolvedDate(date(published.year // 10 * 10 + 9, 1, 1), "year")
    if kind == "PERIOD_PART":
        # "will step down at the start of the year": a start still to come is the next period's.
        ahead = tense == "future" and words[1] in {"start", "beginning"}
        period = _resolve_relative(["next" if ahead else "this", words[-1]], published)
        if words[-1] == "week" and words[1] in {"start", "beginning", "begin", "open"} and period is not None:
            return ResolvedDate(period.value, "day")  # the start of a week is its Monday
        return period
    if kind == "WEEKEND":
        return _resolve_weekend(words, published, tense)
    if kind == "SEASON":
        return _resolve_season(words, published, tense)
    if kind in {"NARRATED_DAY", "ANAPHORIC", "OFFSET", "COUNTDOWN"}:
        return None  # only the date named before can resolve it (see events.rules)
    return _resolve_relative(words, published)


def _weekday_year(month: int, day: int, weekday: int, year: int, tense: str) -> int:
    """'on Monday, Dec. 14' told in December 2016 is Dec. 14, 2015, a Monday: the weekday printed
    with a month and day decides the year among the one the tense chose and those beside it (the
    same month-day falls on the same weekday only years apart); none fits, the tense's year."""
    order = (year, year + 1, year - 1) if tense == "future" else (year, year - 1, year + 1)
    for candidate in order:
        try:
            if date(candidate, month, day).weekday() == weekday:
                return candidate
        except ValueError:
            continue
    return year


def _numeric_date(text: str, published: date | None, weekday: int | None = None) -> ResolvedDate | None:
    """'8/29/10' (US, month first) or '29/8/2010' (day first): the one reading that is a real
    date; when both are ("3/4/2009"), the one on the weekday printed before it ("Tuesday,
    12/1/15"), else the one within a month of the day the text came out, else none (no guess
    between countries); a two-digit year is of this century unless that puts it more than a
    year after publication."""
    match = re.match(NUMERIC_DATE_PATTERN, text)
    if match is None:
        return None
    first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
    if year < 100:
        limit = (published.year if published is not None else date.today().year) + 1
        year += 2000 if 2000 + year <= limit else 1900
    readings = []
    for month, day in ((first, second), (second, first)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            continue
    readings = sorted(set(readings))
    if len(readings) > 1 and weekday is not None:
        readings = [value for value in readings if value.weekday() == weekday]
    if len(readings) > 1:
        near = [value for value in readings if published is not None and abs((value - published).days) <= 31]
        readings = near if len(near) == 1 else []
    return ResolvedDate(readings[0], "day") if readings else None


def _resolve_relative_month(step: str, month: int, published: date) -> ResolvedDate:
    """'last November' is the latest November before the current month (in November 2019, that
    of 2018); 'next March' the first March after it."""
    if step == "last":
        year = published.year if month < published.month else published.year - 1
    else:
        year = published.year if month > published.month else published.year + 1
    return ResolvedDate(date(year, month, 1), "month")


def _resolve_weekend(words: list[str], published: date, tense: str) -> ResolvedDate:
    """The week (Monday) holding the weekend meant: the last one, or the coming one."""
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    if words[0] == "next" or (words[0] != "last" and "past" not in words and tense == "future"):
        saturday = published + timedelta(days=(5 - published.weekday()) % 7)
    return ResolvedDate(_monday(saturday), "week")


def _resolve_season(words: list[str], published: date, tense: str) -> ResolvedDate:
    """A season is its first month, at quarter precision: 'last fall' in November 2019 is
    September 2018, 'last spring' then is this year's spring (the last one more than three
    months back); 'in the summer' is the next summer in a future clause, else the last one."""
    month = next(SEASONS[w] for w in words if w in SEASONS)
    year = published.year if date(published.year, month, 1) <= published else published.year - 1
    if words[0] == "the":
        ahead = tense == "future" and date(year, month, 1) <= published
        return ResolvedDate(date(year + int(ahead), month, 1), "quarter")
    if words[0] == "this" and tense != "past":
        # "This fall she joins the cast" in August is this year's fall, still to come ("I met
        # her this summer" in February is last year's); only a winter named in January, February
        # or March ("This winter has been the snowiest") began the year before, and a season
        # over that a future looks to ("will open this summer" in December) is next year's.
        winter_begun = month == SEASONS["winter"] and published.month <= SEASONS["spring"]
        season_year = published.year - int(winter_begun)
        over = date(season_year, month, 1) + timedelta(days=121 if winter_begun else 91) <= published
        return ResolvedDate(date(season_year + int(over and tense == "future"), month, 1), "quarter")
    shift = {"last": -1, "past": -1, "this": 0, "next": 1}[words[0]]
    if words[0] in {"last", "past"} and date(year, month, 1) <= published - timedelta(days=90):
        shift = 0  # "last spring" in November is this year's spring
    return ResolvedDate(date(year + shift, month, 1), "quarter")


def _resolve_quarter(words: list[str], year: int | None, published: date | None,
                     tense: str, month: int | None = None) -> ResolvedDate | None:
    number = (month - 1) // 3 + 1 if month is not None else None
    if number is None:
        number = next((QUARTER_WORDS[w] for w in words if w in QUARTER_WORDS), None)
    if number is None:
        number = next(int(w[1]) for w in words if len(w) == 2 and w.startswith("q"))
    if year is None:
        if published is None:
            return None
        year = _year_for(3 * number - 2, 1, published, tense)
        if tense != "future" and date(year, 3 * number - 2, 1) > published:
            year -= 1
    return ResolvedDate(date(year, 3 * number - 2, 1), "quarter")


def _resolve_weekday(words: list[str], published: date, tense: str) -> ResolvedDate:
    weekday = next(WEEKDAYS[w] for w in words if w in WEEKDAYS)
    if words[0] == "next":  # "next Wednesday": that day of the following week
        return ResolvedDate(_monday(published) + timedelta(days=7 + weekday), "day")
    if tense == "future" and words[0] != "last":
        ahead = (weekday - published.weekday()) % 7
        return ResolvedDate(published + timedelta(days=ahead), "day")
    back = (published.weekday() - weekday) % 7
    if words[0] == "last" and back == 0:
        back = 7
    return ResolvedDate(published - timedelta(days=back), "day")


def _resolve_relative(words: list[str], published: date) -> ResolvedDate | None:
    first = words[0]
    if first in {"today", "tonight"} or words in (["this", "morning"], ["this", "afternoon"],
                                                   ["this", "evening"]):
        return ResolvedDate(published, "day")
    if first == "yesterday" or words == ["last", "night"]:
        return ResolvedDate(published - timedelta(days=1), "day")
    if first in {"earlier", "later"}:
        return ResolvedDate(published, "day")  # "earlier in the day", "later in the session"
    if first == "tomorrow":
        return ResolvedDate(published + timedelta(days=1), "day")
    if first in {"in", "over"}:
        return _recent_stretch(words, published)
    if first == "throughout":  # "throughout the week": the week of publication
        return ResolvedDate(_monday(published), "week") if words[-1] == "week" else None
    if words[-2:] in (["hours", "ago"], ["hour", "ago"]):
        amount = count_of(first)
        return None if amount is None else ResolvedDate(published - timedelta(days=int(amount // 24)), "day")
    if len(words) == 3 and words[1] in MINUTE_WORDS and words[2] == "ago":
        amount = count_of(first)
        return None if amount is None else ResolvedDate(published - timedelta(days=int(amount // 1440)), "day")
    if words[-3:-1] == ["or", "so"]:
        words = [*words[:-3], words[-1]]  # "a year or so ago": "a year ago"
    if words[-1] == "since" and words[-2] == "passed":
        words = [*words[:-3], "since"]  # "ten years have passed since": "ten years since"
    if words[-1] in {"ago", "earlier", "since"}:
        vague = next((VAGUE_COUNTS[w] for w in words if w in VAGUE_COUNTS), None)
        amount = vague or count_of(first)
        unit = RELATIVE_UNITS.get(words[-2])
        if amount is None or unit is None:
            return None
        n = int(amount)
        if unit == "year":
            return ResolvedDate(date(published.year - n, 1, 1), "year")
        if unit == "decade":  # "two decades ago": the decade it fell in
            return ResolvedDate(date((published.year - 10 * n) // 10 * 10, 1, 1), "decade")
        if unit == "month":
            return ResolvedDate(_shift_months(published, -n), "month")
        if unit == "week":
            return ResolvedDate(_monday(published - timedelta(days=7 * n)), "week")
        return ResolvedDate(published - timedelta(days=n), "day")
    shift = {"last": -1, "this": 0, "next": 1}[first]
    if words[1] == "past":  # "this past week"
        shift, words = -1, words[1:]
    if words[1] == "year":
        return ResolvedDate(date(published.year + shift, 1, 1), "year")
    if words[1] == "decade":  # "this decade": the decade of publication
        return ResolvedDate(date(published.year // 10 * 10 + 10 * shift, 1, 1), "decade")
    if words[1] == "week":
        return ResolvedDate(_monday(published) + timedelta(days=7 * shift), "week")
    return ResolvedDate(_shift_months(published, shift), "month")


def _recent_stretch(words: list[str], published: date) -> ResolvedDate | None:
    """'in the past 24 hours' is the day before publication, 'in the past week' the seven days
    before it (README, sets L and P): the stretch's first day, at the precision of its unit."""
    if words[-1] == "week":
        return ResolvedDate(published - timedelta(days=7), "week")
    if words[-1] == "year":  # "in the past year": the year before publication's
        return ResolvedDate(date(published.year - 1, 1, 1), "year")
    amount = count_of(words[3])
    if amount is None or amount <= 0:
        return None
    days = math.ceil(amount * RECENT_STRETCH_UNITS[words[-1]])
    return ResolvedDate(published - timedelta(days=days), "week" if words[-1] == "weeks" else "day")


# Parts of a century named before it and the decade each starts at: "the end of the 19th century"
# is the 1890s (a century alone is its first decade).
CENTURY_PARTS = {"end of": 90, "close of": 90, "middle of": 50}


PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, "decade": 5}


def resolve_anaphoric(span: Span, reference: ResolvedDate | None) -> ResolvedDate | None:
    """A date counted from the last one the text named ('the next year' after 'August 2016' is
    2017; 'the following morning' after 'Aug. 9' is Aug. 10; 'At the time' is that date again).

    None when nothing was named before or the step is finer than the date it counts from
    ('the next day' after 'in 2016').
    """
    if reference is None:
        return None
    words = span_words(span)
    if words[0] == "also":  # "Also that day": that day
        words = words[1:]
    if words[0] == "at":
        return reference
    if words[0] == "the" and words[-1] == "month" and re.match(ORDINAL_DAY_PATTERN, words[1]):
        # "the 10th of that month": that day of the month named before
        if PRECISION_RANK[reference.precision] > PRECISION_RANK["month"]:
            return None
        day = _day_number(words[1])
        if day > monthrange(reference.value.year, reference.value.month)[1]:
            return None
        return ResolvedDate(reference.value.replace(day=day), "day")
    if "same" in words:  # "on the same day": that date again
        steps, unit = 0, ANAPHORIC_UNITS.get(words[-1], "day")
    elif words[0] in {"that", "earlier", "later"}:  # "That year", "later that month", "later in the week"
        steps, unit = 0, words[-1]
    elif words[-1] in {"later", "earlier"}:
        steps = count_of(words[0])
        steps = -steps if steps is not None and words[-1] == "earlier" else steps
        unit = RELATIVE_UNITS.get(words[1])
    elif words[-1] == "before":
        steps, unit = -1, ANAPHORIC_UNITS[words[1]]
    else:
        steps, unit = ANAPHORIC_STEPS[words[1]], ANAPHORIC_UNITS.get(words[2], "day")
    if (steps is not None and abs(steps) == 1 and unit in {"day", "week"} and reference.precision == "month"
            and words[0] == "the"):
        # "In April, she announced sanctions. But the next day, the White House reversed it": a
        # day after a happening dated to its month is, as far as the text tells, in that month
        return reference
    if steps is None or unit not in PRECISION_RANK or PRECISION_RANK[unit] < PRECISION_RANK[reference.precision]:
        return None
    return _step(reference.value, int(steps), unit)


def step_date(value: date, steps: int, unit: str) -> ResolvedDate:
    """A date moved by whole units, at the unit's precision ('three days after July 6': July 9)."""
    return _step(value, steps, unit)


def _step(value: date, steps: int, unit: str) -> ResolvedDate:
    if unit == "day":
        return ResolvedDate(value + timedelta(days=steps), "day")
    if unit == "week":
        return ResolvedDate(_monday(value) + timedelta(days=7 * steps), "week")
    if unit == "month":
        return ResolvedDate(_shift_months(value.replace(day=1), steps), "month")
    if unit == "decade":
        return ResolvedDate(date(value.year // 10 * 10 + 10 * steps, 1, 1), "decade")
    return ResolvedDate(date(value.year + steps, 1, 1), "year")
