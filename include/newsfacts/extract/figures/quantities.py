"""Find quantity spans in a parsed sentence and read their value, currency and unit."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from newsfacts.extract.nlp import doc_tokens
from newsfacts.extract.numbers import (
    DIGIT_TOKEN_PATTERN,
    GLUED_CURRENCY_TOKEN_PATTERN,
    NUMBER_WORDS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    UNITS_WORDS,
    VAGUE_WORDS,
    split_glued_currency,
    words_value,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span

UNITS_PATH = Path(__file__).with_name("units.yml")
MAX_UNIT_TOKENS = 3
# Cased units read only after a digit number: "45W" (glued) and "12MP" or "12 MP".
DIGIT_ONLY_UNITS = {"W", "MP"}
NUMBER_TOKEN_RE = (
    r"^(?:" + DIGIT_TOKEN_PATTERN.strip("^$") + "|" + "|".join(sorted(NUMBER_WORDS)) + r")$"
)
DIGIT_RE = re.compile(DIGIT_TOKEN_PATTERN)
GLUED_HUNDREDTHS_RE = r"^(?P<num>\d{1,4}(?:\.\d+)?)(?P<sign>¢|bps?)\.?$"
# Shares written as fractions ("half of", "two-thirds of") are stored as percentages.
FRACTIONS = {"half": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0,
             "fourth": 25.0, "fourths": 25.0, "fifth": 20.0, "fifths": 20.0, "tenth": 10.0}
FRACTION_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
# "a quarter-point cut": a share of a percentage point.
POINT_FRACTIONS = {"quarter-point": 0.25, "half-point": 0.5}
VAGUE_SCALES = ["hundred", "thousand", "million", "billion"]
GLUED_SCALES = ["k", "m", "mn", "bn", "b", "tn"]
# Words before a share written without "of": "cut by a third", "just over half were female".
SHARE_CUES = {"by", "over", "nearly", "almost", "than", "about", "around", "roughly"}
# Measures a share can be of without "of": "half the size", "a third the price".
SHARE_OF_NOUNS = {"size", "price", "cost", "rate", "number", "amount", "level", "value", "weight",
                  "length", "height", "width", "speed", "volume", "population", "salary", "pay"}
# The wholes a share "N out of ten" is a share of; "nine out of 12 games" stays two counts.
SHARE_WHOLES = {"ten": 10, "10": 10, "100": 100}
# "one in two", "one in seven": the odds or a share of a small whole written with "in" (and
# "two out of three of all jobs", with "out of" and "of" after it).
IN_WHOLES = {**SHARE_WHOLES, **{w: UNITS_WORDS[w] for w in ("two", "three", "four", "five", "six", "seven", "eight",
                                                            "nine")},
             **{str(n): n for n in range(2, 10)}}
RATING_CUES = {"rated", "rate", "rating", "scored", "score", "ranked", "graded", "gave", "give",
               "gives", "rates"}
TIMES_WORDS = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
# "a six-figure salary", "a seven-figure deal": the floor of an amount of that many digits.
DIGIT_COUNTS = {w: UNITS_WORDS[w] for w in ("four", "five", "six", "seven", "eight", "nine", "ten")}
# "double-digit growth" (10 percent), "triple digits" (100): the floor of a number of that many digits.
DIGITS_WORDS = {"double": 2, "triple": 3}
# "double-digit growth", "double-digit inflation": the digits are a percentage of a change or a rate.
DIGITS_PERCENT_NOUNS = {"increase", "rise", "jump", "growth", "gain", "surge", "expansion", "boost", "drop",
                        "fall", "decline", "decrease", "reduction", "cut", "loss", "inflation", "rate",
                        "return", "percent", "percentage", "unemployment", "margin"}
# Verbs of paying whose object "triple digits" is an amount of money ("coughing up", "shelling out").
DIGITS_PAYING_VERBS = {"pay", "spend", "cost", "charge", "cough", "shell", "fork"}
# Verbs whose object "seven figures" is a sum of money: paid, charged, earned or fetched.
# ("offers six figures on crime" shows charts; "make" is earning unless made for someone, below.)
DIGITS_EARNING_VERBS = DIGITS_PAYING_VERBS | {"earn", "make", "command", "fetch", "bill", "net"}
# What rises "into six figures" as a sum of money ("her salary rose into six figures"); a count
# ("the death toll ran into four figures", "viewership climbed into seven figures") has no unit.
DIGITS_MONEY_NOUNS = {"pay", "salary", "wage", "wages", "fee", "fees", "price", "damages", "bill", "deal",
                      "contract", "cost", "costs", "budget", "bonus", "income", "earnings", "settlement",
                      "award", "payout", "compensation", "fine", "donation", "sum", "debt", "loss", "losses",
                      "revenue", "profit", "bid", "lawsuit", "claim", "pension", "package", "payment", "rent",
                      "valuation", "funding", "investment", "tab", "prize", "spending", "offer", "fortune",
                      "wealth", "worth", "bills", "donations", "payments", "salaries", "bonuses"}
# "twice a week", "twice daily": a frequency, not a count. A multiplier ("twice the rate", "twice
# as many") is a figure, like "10 times as many".
NOT_AFTER_TIMES = {"a", "an", "that", "over", "more", "per", "weekly", "daily"}
# "once" is a count only when something says so ("just once", "at least once"); "more than once"
# is an idiom of repetition, no count.
ONCE_COUNT_CUES = {"just", "only", "least", "exactly"}


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, dict[str, str]]:
    """units.yml: measures, currency words and currency symbols, keyed by lower-case surface."""
    import yaml

    raw = yaml.safe_load(UNITS_PATH.read_text(encoding="utf-8"))
    return {kind: {(str(k) if kind.endswith("_cased") else str(k).lower()): str(v) for k, v in table.items()}
            for kind, table in raw.items()}


@lru_cache(maxsize=4)
def quantity_matcher(nlp: Language) -> Matcher:
    """Matcher for numbers, amounts of money, vague amounts and fractions (label = kind)."""
    from spacy.matcher import Matcher

    symbols = vocabulary()["currency_symbols"]
    number = {"LOWER": {"REGEX": NUMBER_TOKEN_RE}}
    glued = {"LOWER": {"REGEX": GLUED_CURRENCY_TOKEN_PATTERN}}
    # "Rs" is the one two-letter symbol written apart from its number ("Rs 24 lakh").
    currency = {"LOWER": {"IN": [s for s in symbols if not s.isalpha() or len(s) == 3 or s == "rs"]}, "OP": "?"}
    words = {"LOWER": {"IN": sorted(NUMBER_WORDS)}, "OP": "*"}
    # "scores" and "tens" are amounts only before "of" ("scores of people", not "test scores").
    vague = {"LOWER": {"IN": [w for w in VAGUE_WORDS if w not in {"scores", "tens"}]}}
    scale = {"LOWER": {"IN": list(SCALE_WORDS)}}
    matcher = Matcher(nlp.vocab)
    matcher.add("QTY", [[currency, number, words], [glued, words],
                        [currency, number, {"ORTH": "-"}, scale],
                        [{"LOWER": {"REGEX": r"^r\d[\d.]*$"}}, {"ORTH": "-"}, scale],
                        # "N500m" cut by the tokenizer into "N500" and "m"
                        [{"LOWER": {"REGEX": r"^[nr]\d[\d.]*$"}}, {"LOWER": {"IN": GLUED_SCALES}}]])
    matcher.add("QTY", [[{"LOWER": {"IN": sorted(UNITS_WORDS)}}, {"ORTH": "-"}, number]])
    # "seven hundred and sixty-eight bits", "two thousand and five": a number written out in
    # words, British style, with "and" after its hundreds or thousands.
    units = {"LOWER": {"IN": sorted(UNITS_WORDS)}}
    written = [{"LOWER": {"IN": [*sorted(UNITS_WORDS), "a", "one"]}}, {"LOWER": {"IN": ["hundred", "thousand"]}},
               {"LOWER": "and"}, units]
    tail = {"LOWER": {"IN": ["thousand", "million", "billion", "trillion"]}}
    matcher.add("QTY", [written, [*written, {"ORTH": "-"}, units], [*written, tail],
                        [*written, {"ORTH": "-"}, units, tail]])
    hyphen = {"ORTH": "-", "OP": "?"}
    matcher.add("QTY", [[{"LOWER": {"IN": sorted(NUMBER_WORDS)}}, hyphen, {"LOWER": "and"}, hyphen,
                         {"LOWER": "a"}, hyphen, {"LOWER": "half"},
                         {"LOWER": {"IN": list(SCALE_WORDS)}, "OP": "?"}]])
    matcher.add("QTY", [[currency, {"LOWER": {"IN": ["a", "an"]}},
                         {"LOWER": {"IN": ["dozen", *SCALE_WORDS]}}]])
    # "a billion-five", "a million-two": spoken amounts, the scale and its tenths (1.5 billion).
    matcher.add("QTY", [[{"LOWER": {"IN": ["a", "one"]}}, {"LOWER": {"IN": VAGUE_SCALES[1:]}}, {"ORTH": "-"},
                         {"LOWER": {"IN": sorted(TENTHS_WORDS)}}]])
    matcher.add("VAGUE", [[{"LOWER": {"IN": list(VAGUE_WORDS)}}, {"LOWER": "of"},
                           {"LOWER": {"IN": ["thousands", "millions", "billions", "trillions"]}}],
                          [{"LOWER": {"IN": ["scores", "tens"]}}, {"LOWER": "of", "OP": "+"}]])
    matcher.add("VAGUE", [[vague, {"LOWER": {"IN": [*VAGUE_SCALES, "dozen"]}, "OP": "?"}],
                          [{"LOWER": "a"}, {"LOWER": "few"}, {"LOWER": {"IN": VAGUE_SCALES}}],
                          # "for a couple hundred dollars", "a couple thousand fans": two of the scale
                          # ("a couple hundred thousand": two of the whole run; "a couple dozen": 24)
                          [{"LOWER": "a"}, {"LOWER": "couple"}, {"LOWER": "of", "OP": "?"},
                           {"LOWER": {"IN": [*VAGUE_SCALES, "dozen"]}}],
                          [{"LOWER": "a"}, {"LOWER": "couple"}, {"LOWER": "of", "OP": "?"},
                           {"LOWER": {"IN": VAGUE_SCALES}}, {"LOWER": {"IN": VAGUE_SCALES[1:]}, "OP": "+"}]])
    fraction = {"LOWER": {"IN": list(FRACTIONS)}}
    count = {"LOWER": {"IN": list(FRACTION_COUNTS)}}
    of = {"LOWER": "of"}
    matcher.add("FRACTION", [[{"LOWER": "half"}, of], [count, fraction, of],
                             [count, {"ORTH": "-"}, fraction, of]])
    # "cut by a third", "fell by half", "just over half were female": a share without "of".
    matcher.add("FRACTION_ALONE", [[{"LOWER": {"IN": ["a", "one"]}, "OP": "?"}, fraction],
                                   [count, {"ORTH": "-", "OP": "?"}, fraction]])
    # "scored twice", "had scored just once": how many times something happened.
    matcher.add("TIMES", [[{"LOWER": {"IN": list(TIMES_WORDS)}}]])
    # "rose 7/32 in price": bond prices move in 32nds and 64ths of a point (no date has day 32).
    matcher.add("POINT_FRACTION", [[{"LOWER": {"REGEX": r"^\d{1,2}/(?:32|64)$"}}]])
    # "eight out of ten companies", "nine in 10 voters", "seven out of every 100 children": a
    # share of a round whole.
    # "nine out of the 10 best-selling toys": the whole may take "the".
    every = {"LOWER": "every", "OP": "?"}
    every_or_the = {"LOWER": {"IN": ["every", "the"]}, "OP": "?"}
    matcher.add("OUT_OF", [[{"LOWER": {"IN": sorted(UNITS_WORDS)}}, {"LOWER": "out"}, of, every_or_the,
                            {"LOWER": {"IN": list(SHARE_WHOLES)}}],
                           [{"LOWER": {"REGEX": r"^\d{1,2}$"}}, {"LOWER": "out"}, of, every_or_the,
                            {"LOWER": {"IN": list(SHARE_WHOLES)}}]])
    # "two out of three of all jobs": a small whole, a share only with "of" after it (_is_share_out_of)
    matcher.add("OUT_OF", [[{"LOWER": {"IN": sorted(UNITS_WORDS)}}, {"LOWER": "out"}, of,
                            {"LOWER": {"IN": sorted(set(IN_WHOLES) - set(SHARE_WHOLES))}}]])
    # "one in five adults", "1 in 4 jobs", "one in every four": the same share written with "in".
    matcher.add("OUT_OF", [[{"LOWER": {"IN": sorted(UNITS_WORDS)}}, {"LOWER": "in"}, every,
                            {"LOWER": {"IN": list(IN_WHOLES)}}],
                           [{"LOWER": {"REGEX": r"^\d{1,2}$"}}, {"LOWER": "in"}, every,
                            {"LOWER": {"IN": list(IN_WHOLES)}}]])
    # "a six-figure salary": an amount written with six digits, at least 100,000.
    matcher.add("DIGIT_COUNT", [[{"LOWER": {"IN": sorted(DIGIT_COUNTS)}}, {"ORTH": "-"},
                                 {"LOWER": "figure"}],
                                # "charging seven figures", "earns well into six figures": the same
                                # amount as a noun, money only when paid or earned (_is_digits_amount)
                                [{"LOWER": {"IN": sorted(DIGIT_COUNTS)}}, {"LOWER": "figures"}]])
    # "strong double-digit growth", "coughing up triple digits": the floor of that many digits.
    matcher.add("DIGITS", [[{"LOWER": {"IN": sorted(DIGITS_WORDS)}}, {"ORTH": "-", "OP": "?"},
                            {"LOWER": {"IN": ["digit", "digits"]}}]])
    # "a pair of headlights": two of a thing.
    matcher.add("PAIR", [[{"LOWER": {"IN": ["a", "one"]}}, {"LOWER": "pair"}],
                         # "this trio of studies": three of a thing
                         [{"LOWER": {"IN": ["a", "one", "the", "this", "that"]}},
                          {"LOWER": {"IN": sorted(set(GROUP_WORDS) - {"pair"})}}]])
    # "half a million dollars", "half a dozen": half of the scale.
    matcher.add("QTY", [[currency, {"LOWER": "half"}, {"LOWER": {"IN": ["a", "an"]}},
                         {"LOWER": {"IN": ["dozen", *SCALE_WORDS]}}]])
    # "a half-dozen managers", "half-a-dozen", "a half dozen": six, not a dozen.
    matcher.add("QTY", [[{"LOWER": {"IN": ["a", "an"]}, "OP": "?"}, {"LOWER": "half"}, hyphen,
                         {"LOWER": {"IN": ["a", "an"]}, "OP": "?"}, hyphen, {"LOWER": "dozen"}]])
    # "a multibillion-dollar bid", "multimillion-pound deals": at least two of the scale, read at
    # its floor like "millions" (the currency after it is required, see _is_wanted).
    matcher.add("MULTI_SCALE", [[{"LOWER": {"IN": sorted(MULTI_SCALES)}}],
                                [{"LOWER": "multi"}, hyphen, {"LOWER": {"IN": VAGUE_SCALES[1:]}}]])
    # "a hundred-plus billion dollar company", "40-plus engineers": more than the number.
    matcher.add("PLUS", [[{"LOWER": {"IN": ["a", "an"]}, "OP": "?"}, number, {"ORTH": "-"}, {"LOWER": "plus"},
                          {"LOWER": {"IN": list(SCALE_WORDS)}, "OP": "?"}]])
    # "multi-megabyte bundles", "a multi-gigawatt plant": at least two of the unit, read at its
    # floor, one, as "multimillion-dollar".
    matcher.add("MULTI_UNIT", [[{"LOWER": "multi"}, hyphen, {"LOWER": {"IN": sorted(MULTI_UNITS)}}],
                               [{"LOWER": {"IN": ["multi" + u for u in MULTI_UNITS]}}]])
    # "up to a foot of snow", "more than an inch of rain": one of a unit of length.
    matcher.add("ONE_UNIT", [[{"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"IN": sorted(ONE_UNIT_WORDS)}}]])
    # "buildings a half mile high", "only half a pint", "a half an inch larger", "a half-mile
    # walk": half of one unit of measure (the unit is read after the span, as for "2 miles").
    half_unit = {"LOWER": {"IN": sorted(HALF_UNIT_WORDS)}}
    matcher.add("HALF_UNIT", [[{"LOWER": {"IN": ["a", "an"]}}, {"LOWER": "half"}, hyphen, half_unit],
                              [{"LOWER": "half"}, {"LOWER": {"IN": ["a", "an"]}}, half_unit],
                              [{"LOWER": "a"}, {"LOWER": "half"}, {"LOWER": {"IN": ["a", "an"]}}, half_unit]])
    matcher.add("POINTS", [[{"LOWER": {"IN": ["a", "one"]}}, {"LOWER": {"IN": ["quarter", "half"]}},
                            {"ORTH": "-"}, {"LOWER": "point"}]])
    # "increased tenfold", "a 10-fold rise", "a three-fold jump": a multiple.
    matcher.add("MULTIPLE", [[{"LOWER": {"REGEX": FOLD_RE}}],
                             [{"LOWER": {"REGEX": r"^(?:\d+|" + "|".join(FOLD_NUMBERS) + r")$"}}, {"ORTH": "-"},
                              {"LOWER": "fold"}]])
    # "exports have doubled", "the price tripled": a verb that multiplies.
    matcher.add("MULTIPLIED", [[{"LOWER": {"IN": sorted(MULTIPLYING_VERBS)}}]])
    # "only managed to capture a single animal": one, set against more.
    matcher.add("SINGLE", [[{"LOWER": "a"}, {"LOWER": "single"}]])
    # "99¢", "25bp", "50bps": hundredths written glued to their number (cents of a currency,
    # basis points of a percent).
    matcher.add("HUNDREDTHS", [[{"LOWER": {"REGEX": GLUED_HUNDREDTHS_RE}}]])
    # "50%-off bras", "a 51%-owned unit": a percentage the tokenizer kept glued to the word after it.
    matcher.add("GLUED_PERCENT", [[{"LOWER": {"REGEX": GLUED_PERCENT_RE}}]])
    # "4.57GB—or", "a 32GB/64GB Mac": a unit the tokenizer left glued to its number (before a
    # dash or a slash it does not split the unit off).
    matcher.add("GLUED_UNIT", [[{"LOWER": {"REGEX": GLUED_UNIT_RE}}]])
    # '5-1/4"', "2-1/2 inches": a whole number and a fraction, a mixed number.
    matcher.add("MIXED_FRACTION", [[{"TEXT": {"REGEX": r"^\d{1,3}$"}}, {"ORTH": "-"},
                                    {"TEXT": {"REGEX": r"^[1-9]/(?:[2-9]|1[0-6])$"}}]])
    # "the magnitude-5.8 quake": the tokenizer keeps a scale's name and its reading whole.
    matcher.add("MAGNITUDE", [[{"LOWER": {"REGEX": MAGNITUDE_RE}}]])
    # "9-by-6 foot cells": the tokenizer keeps "by-6" whole; the second side of a dimension.
    matcher.add("BY_SIDE", [[{"LOWER": {"REGEX": BY_SIDE_RE}}]])
    # "1/2 a cup of coffee", "3/4 of a mile", "1/2 cup": a fraction of a unit.
    matcher.add("SLASH_FRACTION", [[{"TEXT": {"REGEX": r"^[1-9]/(?:[2-9]|1[0-6])$"}}]])
    # "a 5’6” male", "6'2\" tall", "5′11″": a height in feet and inches, the inch mark closing it.
    matcher.add("FEET_INCHES", [[{"TEXT": {"REGEX": FEET_INCHES_RE + r"$"}}, {"TEXT": {"IN": sorted(HEIGHT_INCH_MARKS)}}],
                                [{"TEXT": {"REGEX": FEET_INCHES_RE + r'(?:["”″]|\'\')$'}}],
                                # "6' 7\"", "6’ 7”": the foot mark glued to the feet, a space before the inches.
                                [{"TEXT": {"REGEX": r"^[1-8]$"}, "SPACY": False}, {"TEXT": {"IN": sorted(FOOT_MARKS)}},
                                 {"TEXT": {"REGEX": r"^(?:1[01]|\d)$"}}, {"TEXT": {"IN": sorted(HEIGHT_INCH_MARKS)}}]])
    return matcher


# Feet, a foot mark and inches: "5’6", "6'2", "5′11" (the inch mark after them is required).
FEET_INCHES_RE = r"^(?P<feet>[1-8])['’′](?P<inches>1[01]|\d)"
HEIGHT_INCH_MARKS = {'"', "”", "″", "''"}
FOOT_MARKS = {"'", "’", "′"}


# The tenths of a spoken amount: "a billion-five" is 1.5 billion.
TENTHS_WORDS = {w: UNITS_WORDS[w] for w in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")}
BY_SIDE_RE = r"^by-(\d+(?:\.\d+)?)$"
GLUED_PERCENT_RE = r"^(\d{1,3}(?:\.\d+)?)%-[a-z]+$"
MAGNITUDE_RE = r"^magnitude-(\d{1,2}(?:\.\d+)?)$"
# Measures written glued to a number that no other word shares ("4.57gb", not "3rd" or "5bn").
GLUED_UNITS = {"kb", "mb", "gb", "tb", "km", "kg", "mm", "cm", "mph", "kwh", "mw", "gw", "ghz",
               "mhz", "mah", "mbps", "gbps"}
GLUED_UNIT_RE = r"^(?P<num>\d[\d,]*(?:\.\d+)?)(?P<unit>" + "|".join(sorted(GLUED_UNITS)) + r")$"
# "multimillion", "multibillion": an amount of more than one of the scale, read at its floor.
MULTI_SCALES = {"multimillion": 1e6, "multibillion": 1e9, "multitrillion": 1e12}
# Units of a prefixed scale that "multi-" is written before: "multi-megabyte", "multi-gigawatt".
MULTI_UNITS = {"kilobyte", "megabyte", "gigabyte", "terabyte", "megawatt", "gigawatt"}
# Number words a multiple is written with before "fold": "tenfold", "two-fold", "hundredfold".
FOLD_NUMBERS = {w: UNITS_WORDS[w] for w in ("two", "three", "four", "five", "six", "seven", "eight",
                                            "nine", "ten", "twenty", "fifty")} | {"hundred": 100, "thousand": 1000}
FOLD_RE = r"^(?:" + "|".join(FOLD_NUMBERS) + r")fold$"
MULTIPLYING_VERBS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0}
# Nouns of change a multiple can modify: "a tenfold increase", "a two-fold rise".
FOLD_CHANGE_NOUNS = {"increase", "rise", "jump", "growth", "gain", "surge", "expansion", "boost",
                     "drop", "fall", "decline", "decrease", "reduction", "cut", "difference", "improvement"}
# Words before "a single" that make it a count of one set against more: "only a single game",
# "just a single animal"; "not a single set", "on a single charge" are idioms of none or of each.
SINGLE_COUNT_CUES = {"only", "just", "merely"}
# Nouns that "single" makes a kind of rather than a count: "a single mother", "a single parent".
SINGLE_KINDS = {"parent", "mother", "father", "mum", "mom", "dad"}


def find_quantities(doc: Doc) -> list[tuple[str, Span]]:
    """(kind, span) of every quantity in a doc, longest first-come, in order.

    A run of digit tokens is never one number ("400 737 Max jets" is 400 and a model name).
    """
    from spacy.util import filter_spans

    from newsfacts.extract.nlp import load_nlp
    from newsfacts.extract.prefilter import run_matcher

    labels: dict[tuple[int, int], str] = {}
    for match_id, start, end in run_matcher(quantity_matcher(load_nlp()), doc):
        labels.setdefault((start, end), doc.vocab.strings[match_id])
    out: list[tuple[str, Span]] = []
    for span in sorted(filter_spans([doc[s:e] for s, e in labels]), key=lambda s: s.start):
        kind = labels[(span.start, span.end)]
        if kind == "QTY" and (_and_a_half(span) or _half_a(span)):
            out.append((kind, span))
        elif kind == "QTY":
            out.extend((kind, part) for part in _split_number_runs(span))
        elif kind == "ONE_UNIT":
            if _is_one_unit(span):
                out.append((kind, span[:1]))  # the unit is read after the number, as for "2 feet"
        elif kind == "HALF_UNIT":
            if _is_half_unit(span):
                out.append((kind, span[:-2] if span[-2].text == "-" else span[:-1]))
        elif kind == "FRACTION_ALONE":
            if _is_lone_share(span):
                out.append(("FRACTION", span))
        elif _is_wanted(kind, span):
            out.append((kind, span))
        elif kind == "DIGIT_COUNT":  # "the report's seven figures": a count of charts
            out.append(("QTY", span[:1]))
        elif kind == "OUT_OF":  # "three in five games": no share, two counts
            out += [("QTY", span[:1]), ("QTY", span[-1:])]
    return out


# Words between "by" and a multiple of a change: "grew by almost two-fold", "by roughly tenfold".
MULTIPLE_QUALIFIERS = {"almost", "nearly", "about", "around", "roughly", "some", "over", "more", "than",
                       "at", "least", "up", "to", "as", "much", "a", "an", "approximately", "close"}


def _is_multiple_word(span: Span) -> bool:
    """'increased tenfold', 'a 10-fold rise': a multiple of a change, not 'the reasons are twofold'
    (two parts of a thing)."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lemma_.lower() in FOLD_CHANGE_NOUNS:
        return True
    from newsfacts.extract.figures.measured import CHANGE_VERBS, SETTING_VERBS, verb_lemma

    i = span.start - 1
    while i > span.sent.start and doc[i].lower_ in MULTIPLE_QUALIFIERS:
        i -= 1
    if i >= span.sent.start and doc[i].lower_ == "by" and (after is None or after.lower_ not in {"-", "of"}):
        return True  # "expanded school funding by almost two-fold": the size of a change
    verbs = (CHANGE_VERBS | SETTING_VERBS) - {"be", "become", "remain", "stand", "hold", "keep"}
    window = doc[max(span.sent.start, span.start - 3) : span.start]
    return any(t.pos_ in {"VERB", "AUX"} and verb_lemma(t) in verbs for t in window)


def _is_multiplying_verb(span: Span) -> bool:
    """'exports have doubled', 'the firm tripled its sales': a verb; not 'doubled down' (an idiom
    of insisting), a 'doubled-up' word, or an adjective ('a doubled dose')."""
    token = span[0]
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.lower_ in {"down", "up", "over", "back", "as"} or after.text == "-"):
        return False
    return token.pos_ in {"VERB", "AUX"} and token.tag_ in {"VBD", "VBN"} and (
        token.i == 0 or doc[token.i - 1].text != "-")


def _is_single_count(span: Span) -> bool:
    """'only a single game', 'just a single animal': one, said against more than one."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.pos_ != "NOUN" or after.tag_ != "NN" or (
            span.end + 1 < len(doc) and doc[span.end + 1].text == "-"):
        return False  # "a single-family home", "a single mother" stays a kind
    if after.lower_ in SINGLE_KINDS:
        return False  # "only a single parent can apply": a kind of parent, not one of them
    before = doc[max(span.sent.start, span.start - 4) : span.start]
    cues = [t for t in before if t.lower_ in SINGLE_COUNT_CUES and not (
        # "the council just approved a single budget": "just" for "recently", before a past verb
        t.lower_ == "just" and t.i + 1 < len(doc) and doc[t.i + 1].tag_ in {"VBD", "VBN"})]
    return bool(cues) and not any(t.dep_ == "neg" for t in before)


def slash_fraction_unit_start(span: Span) -> int | None:
    """Where the unit of '1/2 a cup', '3/4 of a mile', '1/2 cup' starts; None when no unit follows
    (a date "9/11", a ratio "24/7")."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1
    if i < len(doc) and doc[i].lower_ in {"a", "an"}:
        i += 1
    return i if i > span.end or i < len(doc) else None


# Units of length and depth read as one after "a"/"an" ("a foot of snow", "about a mile").
ONE_UNIT_WORDS = {"foot", "inch", "mile", "yard", "metre", "meter", "kilometre", "kilometer"}
# Words that end a bound or an estimate before "a foot": "up to", "more than", "about", "nearly".
ONE_UNIT_BOUNDS = {"to", "than", "about", "around", "nearly", "almost", "roughly", "approximately",
                   "over", "under", "least", "some"}


# Units of measure "half a" or "a half" is half of one of ("half a pint", "a half mile"); no
# durations ("half an hour" is no figure) and no "pound" (money or weight).
HALF_UNIT_WORDS = {"mile", "inch", "foot", "yard", "metre", "meter", "kilometre", "kilometer", "centimetre",
                   "centimeter", "pint", "gallon", "litre", "liter", "cup", "ounce", "ton", "tonne", "acre",
                   "hectare", "kilo", "kilogram"}


def _is_half_unit(span: Span) -> bool:
    """'a half mile high', 'half a pint': not the end of 'a mile and a half' or 'two and a half
    miles' (read whole elsewhere), nor 'the first half a mile' (a part of a stretch)."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return before not in {"and", "first", "second", "last", "other", "the"}


# Verbs of yielding ground, with "an inch" an idiom of not giving way ("not budge an inch of ground").
YIELDING_VERBS = {"give", "budge", "yield", "cede", "concede", "surrender", "move"}


def _more_of_a_measure(doc, i: int) -> bool:
    """After "a foot and": "a half", "two inches", "a quarter" go on measuring."""
    words = [t.lower_ for t in doc[i : i + 2]]
    return bool(words) and (doc[i].like_num or any(w in {"half", "quarter", "third", *ONE_UNIT_WORDS}
                                                   or w.rstrip("s") in {"inche", "foot", "feet", "mile", "yard"}
                                                   for w in words))


def _is_one_unit(span: Span) -> bool:
    """'up to a foot of snow', 'more than a foot was possible', 'an inch of rain': one unit of a
    measure, when a bound comes before it or "of" and a bare noun (what is measured) after it.
    Idioms stay out: "set foot", "on foot", "a foot in the door", "within a mile of the school"
    (no bound, and "of" names a place with its article), "won by a mile"."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.pos_ in {"NOUN", "PROPN"} and after.lower_ not in ONE_UNIT_WORDS):
        return False  # "taken to a foot clinic", "tripped over a foot stool": the unit names a thing
    if after is not None and after.lower_ in {"and", "or"} and not _more_of_a_measure(doc, span.end + 1):
        return False  # "damage to a foot and an ankle": a body part ("a foot and a half" is a measure)
    if before in ONE_UNIT_BOUNDS:
        return True
    if span.start > 0 and doc[span.start - 1].lemma_.lower() in YIELDING_VERBS:
        return False  # "would not budge an inch of ground": ground yielded, no length
    if before in {"of", "half", "quarter", "tenth", "third"}:
        return False  # "a fraction of an inch", "half a mile": a part of the unit, not one
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of":
        following = doc[span.end + 1]
        return following.pos_ in {"NOUN", "ADJ"} and following.is_lower
    return False


def _is_wanted(kind: str, span: Span) -> bool:
    if kind == "DIGIT_COUNT":
        return span[-1].lower_ == "figure" or _is_digits_amount(span)
    if kind == "PAIR":
        return _is_pair_of_things(span)
    if kind == "FRACTION":
        return not _is_period_fraction(span)
    if kind == "TIMES":
        return _is_times_count(span)
    if kind == "OUT_OF":
        return _is_share_out_of(span)
    if kind == "MULTIPLE":
        return _is_multiple_word(span)
    if kind == "MULTIPLIED":
        return _is_multiplying_verb(span)
    if kind == "SINGLE":
        return _is_single_count(span)
    if kind == "MULTI_SCALE":
        return _names_a_currency_after(span)
    if kind == "GLUED_UNIT":
        return glued_unit(span[0].text) is not None
    if kind == "MIXED_FRACTION":
        return not span[0].whitespace_ and not span[1].whitespace_ and mixed_fraction_unit(span)[0] is not None
    if kind == "BY_SIDE":
        return span.start >= 2 and span.doc[span.start - 1].text == "-" and span.doc[span.start - 2].like_num
    return True


def _is_digits_amount(span: Span) -> bool:
    """'a firm charging seven figures', 'pay rose into six figures': "N figures" is an amount of N
    digits when it is the object of a verb of paying or earning, or what a sum (or a count) rises
    "into" ("the death toll ran into four figures": digits_figures_unit says which)."""
    head = span[-1].head
    if span[-1].dep_ == "dobj" and head.lemma_.lower() in DIGITS_EARNING_VERBS:
        # "the sculptor made seven figures for the altar": things made, no earnings
        return head.lemma_.lower() != "make" or not any(
            c.dep_ == "prep" and c.lower_ == "for" for t in (head, span[-1]) for c in t.children)
    return span[-1].dep_ == "pobj" and head.lower_ == "into"


def digits_figures_unit(span: Span) -> str | None:
    """'charging seven figures', 'her salary rose into six figures': dollars implied; what rises
    "into" N figures is money only when it is a sum or a person's pay (no subject, or a person),
    a plain count otherwise ("attendance went into five figures", "the single sold into six figures")."""
    head = span[-1].head
    if not (span[-1].dep_ == "pobj" and head.lower_ == "into"):
        return "USD"
    verb = head.head
    thing = verb if verb.pos_ in {"NOUN", "PROPN"} else next(
        (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if thing is None or thing.pos_ == "PRON" or (thing.ent_type_ == "PERSON" and thing.pos_ == "PROPN"):
        return "USD"
    return "USD" if thing.lower_ in DIGITS_MONEY_NOUNS else None


def digit_count_unit(span: Span) -> str | None:
    """'a six-figure settlement', 'an eight-figure salary': the digits of a sum of money, dollars
    implied, when the noun it describes is a sum ("a six-figure audience" counts people)."""
    doc = span.doc
    for token in doc[span.end : span.end + 3]:
        if token.lower_ in DIGITS_MONEY_NOUNS:
            return "USD"
        if token.pos_ not in {"ADJ", "NOUN"} and token.text != "-":
            break
    return None


# Verbs whose object, a bare "millions" or "billions" with no "of" after, is a sum of money: "pay
# billions for", "poured millions into the campaign", "make billions"; and "sued for millions".
VAGUE_MONEY_VERBS = DIGITS_EARNING_VERBS | {"pour", "raise", "owe", "invest", "donate", "sink", "borrow",
                                           "lend", "fine", "award", "rake", "lose", "bet", "wager",
                                           # "the Fed pumped trillions into markets", "squandered millions on players"
                                           "pump", "squander", "funnel", "inject"}
VAGUE_MONEY_SCALES = {"millions", "billions", "trillions"}
FOR_MONEY_VERBS = {"sue", "pay", "sell", "buy", "settle", "insure", "fine"}


def vague_money_unit(span: Span) -> str | None:
    """'pay billions for an also-ran', 'poured millions into the campaign', 'could be sued for
    millions': a bare plural scale with no "of" after it that a verb of paying, earning or suing takes
    is money, dollars implied ("millions of people", "reached millions" count no money)."""
    doc = span.doc
    word = span[-1]
    if word.lower_ not in VAGUE_MONEY_SCALES or (span.end < len(doc) and doc[span.end].lower_ == "of"):
        return None
    head = word.head
    if word.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in VAGUE_MONEY_VERBS:
        return "USD"
    if word.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in FOR_MONEY_VERBS:
        return "USD"
    return None


def digits_unit(span: Span) -> str | None:
    """'double-digit growth', 'double-digit percentage gains': percent; 'double-digit wins' counts."""
    doc = span.doc
    for token in doc[span.end : span.end + 3]:
        if token.lemma_.lower() in DIGITS_PERCENT_NOUNS:
            return "percent"
        if token.pos_ != "ADJ":
            break
    verb = span.root.head
    if verb.pos_ in {"VERB", "AUX"} and any(c.dep_ == "nsubj" and c.lemma_.lower() in DIGITS_PERCENT_NOUNS
                                            for c in verb.children):
        return "percent"  # "inflation hit double digits": a rate
    if span.root.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in DIGITS_PAYING_VERBS:
        return "USD"  # "fans aren't coughing up triple digits for a seat": money, its currency implied
    return None


def _names_a_currency_after(span: Span) -> bool:
    """'multibillion-dollar bid': the scale counts money only when a currency follows it ("a
    multimillion audience" names no amount of anything)."""
    unit, _end = unit_after(span.doc, span.end)
    return unit == "lb" or (unit is not None and unit.isupper() and len(unit) == 3)  # ("-pound": sterling)


def _is_share_out_of(span: Span) -> bool:
    """'eight out of ten companies' is a share; 'rated eight out of ten' is a rating, and a
    part larger than its whole is no share."""
    doc = span.doc
    before = {t.lower_ for t in doc[max(span.sent.start, span.start - 4) : span.start]}
    part = words_value([span[0].text])
    after = doc[span.end] if span.end < len(doc) else None
    if span[1].lower_ == "in" and after is not None and (
            after.lemma_.lower() in {"year", "month", "week", "day", "hour", "game", "match", "race", "start"}
            or after.like_num or (after.ent_type_ == "DATE" and after.pos_ != "ADP")):
        return False  # "three in five days", "two in 10 games": a count over a stretch
    if span[1].lower_ == "out" and span[-1].lower_ not in SHARE_WHOLES and (
            after is None or after.lower_ != "of" or span.end + 1 >= len(doc) or doc[span.end + 1].lower_ not in {
                "all", "the", "these", "those", "them", "us", "you", "our", "their"}):
        return False  # "three out of four spires", "won two out of three games": two counts
    return not before & RATING_CUES and part is not None and part < IN_WHOLES[span[-1].lower_]


# Verbs of reducing that "in half" tells the size of: "cut in half", "slashed in half".
HALVING_VERBS = {"cut", "slash", "reduce", "drop", "fall", "shrink"}


def _is_lone_share(share: Span) -> bool:
    """'by a third', 'over half were': not 'half an hour', 'half-time', 'a quarter of' (matched apart)."""
    doc = share.doc
    after = doc[share.end] if share.end < len(doc) else None
    before = doc[share.start - 1].lower_ if share.start > 0 else ""
    if share[-1].lower_ not in {"half", "third", "quarter", "fifth", "thirds", "quarters", "fifths", "tenth"}:
        return False
    if share[-1].lower_ == "tenth" and (len(share) == 1 or share[0].lower_ not in {"a", "one"}):
        return False  # "the tenth time", "his tenth": an ordinal
    if share.text.lower() == "half" and after is not None and after.lower_ == "as" and share.end + 1 < len(doc) and (
            doc[share.end + 1].lower_ in {"much", "many"}):
        return True  # "generates half as much electricity": 50 percent of the amount before
    if after is not None and (after.lower_ == "the" or after.tag_ == "PRP$") and share.end + 1 < len(doc) and (
            doc[share.end + 1].lemma_.lower() in SHARE_OF_NOUNS):
        return True  # "newsrooms are half the size", "at a third the price", "half their price
    if share.text.lower() == "half" and _names_plural_after_the(share):
        return True  # "about half the toys", "Half the players were": "half of" without "of"
    if share.text.lower() == "half" and _possessed_group_acts(share):
        return True  # "half my theater groaned", "half our staff left": a share of the group that acts
    if before in SHARE_CUES and after is not None and after.lower_ == "the" and share.end + 1 < len(doc) and (
            doc[share.end + 1].lower_ == "time"):
        return True  # "more than half the time", "about a third the time": a share of occasions
    if share.text.lower() == "half" and before == "in" and share.start >= 2 and (
            doc[share.start - 2].lemma_.lower() in HALVING_VERBS):
        return True  # "the cost will be cut in half": a change of minus 50 percent
    if _opens_share_clause(share, after):
        return True  # "A quarter are succeeding", "And one-third (32%) are applying": a share of a group
    if before not in SHARE_CUES:
        return False
    return after is None or (after.lower_ not in {"of", "an", "a", "the", "-", "time", "century"}
                             and after.pos_ not in {"NOUN", "PROPN", "NUM"} and after.ent_type_ != "DATE")


def _possessed_group_acts(share: Span) -> bool:
    """'half my theater groaned', 'half our members voted', 'half my friends have left': a
    possessive, then a noun that is the subject of a verb after it ("half their shares", an
    object, is left as it was)."""
    doc = share.doc
    i = share.end
    if i + 1 >= len(doc) or doc[i].tag_ != "PRP$":
        return False
    noun = doc[i + 1]
    return (noun.tag_ in {"NN", "NNS"} and noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}
            and noun.head.i > noun.i)


def _names_plural_after_the(share: Span) -> bool:
    """'half the toys', 'half the best-selling toys': "the", then a plural noun (after adjectives
    at most), as "half of the toys" ("half their shares" is left as it was, session 14)."""
    doc = share.doc
    i = share.end
    if i >= len(doc) or doc[i].lower_ != "the":
        return False
    for token in doc[i + 1 : i + 5]:
        if token.pos_ == "ADJ" or token.text == "-" or token.tag_ in {"VBN", "VBG"} and token.dep_ == "amod":
            continue
        return token.tag_ == "NNS" and not (token.i + 1 < len(doc) and doc[token.i + 1].text == "-")
    return False


# Plural verbs a share of a group is the subject of: "A quarter are", "Half say", "a third have".
SHARE_SUBJECT_VERBS = {"are", "were", "have", "had", "say", "said", "expect", "plan", "report", "use", "want"}


def _opens_share_clause(share: Span, after) -> bool:
    """A share that opens its sentence (after "And" or "But" at most) as the subject of a plural
    verb, or with its percentage in brackets after it."""
    doc = share.doc
    first = share.start
    if first > share.sent.start and doc[first - 1].lower_ in OPENING_CONJUNCTIONS and first - 1 == share.sent.start:
        first -= 1
    if first != share.sent.start or after is None:
        return False
    if after.text == "(":
        return share.end + 2 < len(doc) and doc[share.end + 1].like_num and doc[share.end + 2].text in {"%", "percent"}
    return after.lower_ in SHARE_SUBJECT_VERBS


# Words for a group of a set size: "a pair of headlights", "this trio of studies".
GROUP_WORDS = {"pair": 2, "trio": 3, "quartet": 4}


# Things named by a plural that are one object: "a pair of jeans" is one pair.
ONE_OBJECT_PLURALS = {"jeans", "trousers", "pants", "shorts", "tights", "glasses", "spectacles",
                      "sunglasses", "goggles", "binoculars", "scissors", "pliers", "tweezers",
                      "headphones", "earphones", "earbuds", "pajamas", "pyjamas", "leggings"}


def _is_pair_of_things(span: Span) -> bool:
    """'a pair of LED headlights' counts two; 'a pair of jeans' is one thing, 'a pair' alone none."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "of":
        return False
    for token in doc[span.end + 1 : span.end + 8]:
        if token.tag_ in {"NNS", "NNPS"}:
            return token.lower_ not in ONE_OBJECT_PLURALS
        if token.pos_ in {"VERB", "AUX", "ADP", "CCONJ"} and token.tag_ not in {"VBG", "VBN"} or token.text in {",", ";", "."}:
            return False
    return False


def vague_unit_after(doc: Doc, end: int) -> tuple[str | None, int]:
    """'billions of dollars', 'thousands of light-years': the unit of a vague amount follows 'of'.

    A repeated amount ("billions and billions of dollars") is skipped to reach it.
    """
    while end + 1 < len(doc) and doc[end].lower_ in {"and", "or"} and doc[end + 1].lower_ in VAGUE_WORDS:
        end += 2
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        unit, unit_end = unit_after(doc, end + 1)
        if unit is not None:
            return unit, unit_end
    return None, end


def is_repeated_vague(span: Span) -> bool:
    """The second 'billions' of 'billions and billions of dollars': one amount, said twice."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ in {"and", "or"} and (
        doc[span.start - 2].lower_ == span[0].lower_ and span[0].lower_ in VAGUE_WORDS
    )


def _is_times_count(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if after in NOT_AFTER_TIMES:
        return False
    if span[0].lower_ == "once" and before == "than" and span.start > 1 and doc[span.start - 2].lower_ == "more":
        return False  # "has said that more than once": an idiom of repetition, no count
    closes_clause = after in {".", ";", ",", "—", ")"} and before not in {"at", "for", "all", ",", ""}  # not "at once"
    # ('horses"--and once,': the tokenizer may glue the conjunction to the words before a dash)
    if after == "," and re.split(r"[^a-z]+", before)[-1] in OPENING_CONJUNCTIONS and _opens_subject(doc, span.end + 1):
        closes_clause = False  # "and once, he saw a bull ...": "on one occasion" opens a clause
    # ("twice this year and once, last year": no subject follows, a count in a series)
    # "seen it once, twice, or more times": the first count of a series of counts of times
    in_series = [t.lower_ for t in doc[span.end : span.end + 2]] == [",", "twice"]
    return span[0].lower_ != "once" or before in ONCE_COUNT_CUES or closes_clause or in_series


def _opens_subject(doc: Doc, i: int) -> bool:
    """The token at i starts a clause's subject: "he", "the referee" in "and once, the referee
    ruled ..."."""
    if i >= len(doc):
        return False
    word = doc[i]
    subjects = {"nsubj", "nsubjpass", "expl"}
    return word.dep_ in subjects or (word.head.dep_ in subjects and word.head.i > word.i
                                     and word.dep_ in {"det", "poss", "amod", "compound", "nummod"})


# Conjunctions before a clause-opening "once," ("and once, he saw ...", "but once, ...").
OPENING_CONJUNCTIONS = {"and", "but", "or", "yet", "so", "then"}


# "the upper half of the laptop", "the northern half of the country": a part of a thing's body.
PART_WORDS = {"upper", "lower", "top", "bottom", "front", "rear", "back", "left", "right", "northern",
              "southern", "eastern", "western", "inner", "outer"}


def _is_period_fraction(span: Span) -> bool:
    """'the first half of 2020', 'half of the season': a part of a period, not a share; 'the
    upper half of the laptop': a part of a thing; 'a tenth of a second', 'a tenth of a
    percentage point': a part of a unit."""
    doc = span.doc
    if any(t.lower_ == "tenth" for t in span) and span.end + 1 < len(doc) and doc[span.end].lower_ in {"a", "an"} and (
            unit_after(doc, span.end + 1)[0] is not None or doc[span.end + 1].lower_ in {
                "second", "minute", "percentage", "point", "degree"}):
        return True
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ == "the" and span.end + 1 < len(doc):
        after = doc[span.end + 1]
    if before in PART_WORDS:
        return _of_one_thing(span)  # "the bottom half of earners" is a share of people
    # ("half of the 20 people": a number that counts a plural after it is a group, no period)
    # (but "half of the 90 minutes" is still part of a period)
    from newsfacts.extract.figures.exclusions import TIME_NOUNS

    counts_group = after is not None and after.like_num and after.ent_type_ != "DATE" and (
        after.i + 1 < len(doc) and doc[after.i + 1].tag_ == "NNS"
        and doc[after.i + 1].lemma_.lower() not in TIME_NOUNS)
    return before in {"first", "second", "latter", "former", "final", "last", "next"} or (
        after is not None and (after.like_num or after.ent_type_ == "DATE") and not counts_group
    )


def _of_one_thing(span: Span) -> bool:
    """Whether what the fraction is 'of' is one thing (a singular noun: "of the laptop")."""
    for token in span.doc[span.end : min(len(span.doc), span.end + 5)]:
        if token.pos_ in {"NOUN", "PROPN"}:
            return token.tag_ in {"NN", "NNP"}
    return False


def _and_a_half(span: Span) -> bool:
    """'five-and-a-half', 'two and a half': a number that ends in 'and a half'."""
    words = [t.lower_ for t in span if t.text != "-"]
    if words and words[-1] in SCALE_WORDS:
        words = words[:-1]
    return len(words) >= 4 and words[-3:] == ["and", "a", "half"]


def _half_a(span: Span) -> bool:
    """'half a million', '$half a billion': half of a scale word; 'a half-dozen', 'half-a-dozen'."""
    words = _half_words(span)
    return (len(words) == 3 and words[0] == "half" and words[1] in {"a", "an"}) or words == ["half", "dozen"]


def _half_words(span: Span) -> list[str]:
    """The words of a half amount without its currency, hyphens or leading article."""
    words = [t.lower_ for t in span if t.lower_ not in vocabulary()["currency_symbols"] and t.text != "-"]
    if len(words) > 2 and words[0] in {"a", "an"} and words[1] == "half":
        words = words[1:]  # "a half-dozen"
    if words[:1] == ["half"] and words[-1:] == ["dozen"]:
        return ["half", "dozen"]  # "half-a-dozen", "a half dozen"
    return words


def _scale_and_tenths(span: Span) -> bool:
    """'a billion-five', 'a million-two': a scale and, after a hyphen, its tenths."""
    return len(span) == 4 and span[0].lower_ in {"a", "one"} and span[1].lower_ in VAGUE_SCALES[1:] and (
        span[2].text == "-" and span[3].lower_ in TENTHS_WORDS and not span[2].whitespace_)


def _split_number_runs(span: Span) -> list[Span]:
    """Cut a span before a number token that cannot continue the one before it."""
    parts: list[Span] = []
    start = span.start
    doc = span.doc
    for i in range(span.start + 1, span.end):
        prev, token = doc[i - 1], doc[i]
        if prev.lower_ in vocabulary()["currency_symbols"]:
            continue
        if _glued_scale(doc[i - 1 : i + 1]):
            continue  # "N500" + "m"
        prev_is_digit = DIGIT_RE.match(prev.lower_) is not None or prev.lower_[:1] in "$€£¥₹"
        continues = token.lower_ in {"-", "and"} or prev.lower_ in {"-", "and"} or token.lower_ in SCALE_WORDS or (
            not prev_is_digit and token.lower_ in NUMBER_WORDS and not DIGIT_RE.match(token.lower_)
        )
        if token.lower_ == "one" and i + 1 < len(doc) and doc[i + 1].text == "-" and prev.lower_ != "-":
            continues = False  # "six one-of-a-kind shirts", "two one-bedroom flats": a count, then a compound
        if DIGIT_RE.match(token.lower_) or not continues:
            parts.append(doc[start:i])
            start = i
    parts.append(doc[start : span.end])
    return [p for p in parts if any(t.lower_ not in vocabulary()["currency_symbols"] for t in p)]


def span_value(kind: str, span: Span) -> tuple[float | None, bool]:
    """Numeric value of a quantity span and whether it is a vague amount."""
    if kind == "FRACTION":
        count = next((FRACTION_COUNTS[t.lower_] for t in span if t.lower_ in FRACTION_COUNTS), 1)
        share = next(FRACTIONS[t.lower_] for t in span if t.lower_ in FRACTIONS)
        return round(count * share, 2), False
    if kind == "TIMES":
        return TIMES_WORDS[span[0].lower_], False
    if kind == "OUT_OF":
        part = words_value([span[0].text]) or 0.0
        return round(100 * part / IN_WHOLES[span[-1].lower_], 2), False
    if kind == "POINTS":
        return (0.25 if any(t.lower_ == "quarter" for t in span) else 0.5), False
    if kind == "PAIR":
        return float(GROUP_WORDS[span[-1].lower_]), False
    if kind == "DIGIT_COUNT":
        return 10.0 ** (DIGIT_COUNTS[span[0].lower_] - 1), True
    if kind == "DIGITS":
        return 10.0 ** (DIGITS_WORDS[span[0].lower_] - 1), True
    if kind == "ONE_UNIT":
        return 1.0, False
    if kind == "HALF_UNIT":
        return 0.5, False
    if kind == "GLUED_PERCENT":
        return float(re.match(GLUED_PERCENT_RE, span[0].lower_)[1]), False
    if kind == "HUNDREDTHS":
        return float(re.match(GLUED_HUNDREDTHS_RE, span[0].lower_)["num"]) / 100, False
    if kind in {"POINT_FRACTION", "SLASH_FRACTION"}:
        numerator, denominator = span[0].text.split("/")
        return int(numerator) / int(denominator), False
    if kind == "MULTIPLE":
        word = span[0].lower_.removesuffix("fold")
        return float(FOLD_NUMBERS.get(word) or words_value([word]) or 0) or None, False
    if kind == "MULTIPLIED":
        return MULTIPLYING_VERBS[span[0].lower_], False
    if kind == "SINGLE":
        return 1.0, False
    if kind == "BY_SIDE":
        return float(re.match(BY_SIDE_RE, span[0].lower_)[1]), False
    if kind == "MAGNITUDE":
        return float(re.match(MAGNITUDE_RE, span[0].lower_)[1]), False
    if kind == "FEET_INCHES":
        parts = re.match(FEET_INCHES_RE, "".join(token.text for token in span[:3]))
        return round(int(parts["feet"]) + int(parts["inches"]) / 12, 4), False  # 6' 7" is 6.5833 ft
    if kind == "MIXED_FRACTION":
        numerator, denominator = span[-1].text.split("/")
        return int(span[0].text) + int(numerator) / int(denominator), False
    if kind == "GLUED_UNIT":
        return _digits_of(re.match(GLUED_UNIT_RE, span[0].lower_)["num"]), False
    if kind == "MULTI_UNIT":
        return 1.0, True
    if kind == "PLUS":
        return words_value([t.text for t in span if t.lower_ not in {"plus", "-"}]), False
    if kind == "MULTI_SCALE":
        word = span[-1].lower_
        return MULTI_SCALES.get(word) or float(SCALE_WORDS[word]), True
    symbols = vocabulary()["currency_symbols"]
    if _scale_and_tenths(span):
        scale = float(SCALE_WORDS[span[1].lower_])
        return scale + scale * TENTHS_WORDS[span[3].lower_] / 10, False  # "a billion-five"
    if _and_a_half(span):
        words = [t.lower_ for t in span if t.text != "-"]
        scale = SCALE_WORDS[words.pop()] if words[-1] in SCALE_WORDS else 1
        whole = words_value(words[:-3])
        return ((whole + 0.5) * scale if whole is not None else None), False
    words = [t.text for t in span if t.lower_ not in symbols]
    if _half_words(span) == ["half", "dozen"]:
        return 6.0, False  # "a half-dozen"
    if [w.lower() for w in words[:2]] in (["half", "a"], ["half", "an"]):
        rest = words_value(words[2:])
        return (rest / 2 if rest is not None else None), False  # "half a million"
    if _glued_scale(span):
        words = [span.text]  # "N500" + "m" -> "N500m"
    elif words and re.match(r"^[rR]\d", words[0]) and len(words) > 1:
        words[0] = words[0][1:]  # "R4-billion"
    vague = [w for w in words if w.lower() in VAGUE_WORDS]
    if not vague:
        if [w.lower() for w in words[:2]] == ["a", "few"]:
            return (words_value(words[2:]) or 0) * 3, True
        if [w.lower() for w in words[:2]] == ["a", "couple"]:
            return (words_value([w for w in words[2:] if w.lower() != "of"]) or 0) * 2, True
        return words_value(words), False
    value = 1.0
    for w in vague:
        value *= VAGUE_WORDS[w.lower()]
    rest = [w for w in words if w.lower() not in VAGUE_WORDS and w.lower() != "of"]
    if rest:
        scale = words_value(rest)
        value = value * scale if scale is not None else value
    return value, True


def multi_unit(span: Span) -> str | None:
    """The unit of 'multi-megabyte' or 'multigigawatt' (MB, GW)."""
    word = span[-1].lower_.removeprefix("multi")
    return vocabulary()["measures"].get(word)


def glued_unit(text: str) -> str | None:
    """The unit glued to a number the tokenizer kept whole ('4.57GB' -> 'GB'); None if none."""
    match = re.match(GLUED_UNIT_RE, text.lower())
    if match is None or match["unit"] not in GLUED_UNITS:
        return None
    return vocabulary()["measures"].get(match["unit"])


def _digits_of(text: str) -> float | None:
    if "," in text and not re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", text):
        return None
    return float(text.replace(",", ""))


def _glued_scale(span: Span) -> bool:
    """'N500m' or 'R2bn' that the tokenizer cut in two: a prefixed number and its scale suffix."""
    return (len(span) == 2 and not span[0].whitespace_ and span[1].lower_ in GLUED_SCALES
            and re.match(r"^[nNrR]\d", span[0].text) is not None)


def currency_before(span: Span) -> str | None:
    """ISO code of a currency symbol in or glued to the span ("$5", "US$5", "R50bn", "HK$10")."""
    symbols = vocabulary()["currency_symbols"]
    texts = [span.text] if _glued_scale(span) else [t.text for t in span]
    for text in texts:
        if text.lower() in symbols:
            return symbols[text.lower()]
        prefix, _rest = split_glued_currency(text)
        if prefix is not None:
            return symbols.get(prefix.rstrip(".")) or symbols.get(prefix)
    if re.match(r"^[rR]\d", span[0].text) and span[-1].lower_ in SCALE_WORDS:
        return "ZAR"
    return None


def scale_suffix_after(doc: Doc, end: int) -> float | None:
    """'$5 m', '€3 bn': a scale suffix written as its own token after an amount."""
    if end < len(doc) and doc[end].lower_ in SCALE_SUFFIXES and doc[end - 1].whitespace_ != "\n":
        return float(SCALE_SUFFIXES[doc[end].lower_])
    return None


# Marks written for inches right after a number: '5-1/4"', "3-1/2″".
INCH_MARKS = {'"', "″", "''"}


def mixed_fraction_unit(span: Span) -> tuple[str | None, int]:
    """The unit after a mixed number ('5-1/4"' is in inches, "2-1/2 miles" in miles) and the
    index past it; (None, end) when none follows ("a 5-1/2 record" is no measure)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in INCH_MARKS and not span[-1].whitespace_:
        return "inch", span.end + 1
    return unit_after(doc, span.end)


def dimension_unit(doc: Doc, end: int) -> str | None:
    """The unit of the first side of a dimension, written after the second: "9-by-6 foot cells",
    "a 10 by 12 foot room", "9x6 m": both sides are measured in it."""
    i = end
    glued = i + 1 < len(doc) and doc[i].text == "-" and re.match(BY_SIDE_RE, doc[i + 1].lower_)
    apart = i + 2 < len(doc) and doc[i].lower_ in {"by", "x", "×"} and DIGIT_RE.match(doc[i + 1].lower_)
    unit, unit_end = unit_after(doc, i + 2) if glued or apart else (None, i)
    if apart and doc[i].lower_ != "by" and unit_end < len(doc) and doc[unit_end].lemma_.lower() in REPEATED_LEGS:
        return None  # "the 4 x 100m relay", "6 x 800m repeats": a count of legs, not a side
    return unit if unit in LENGTH_UNITS else None


# What "N x <distance>" counts the legs of: "4 x 100m relay", "6 x 800m repeats".
REPEATED_LEGS = {"relay", "repeat", "rep", "interval", "lap", "leg", "stint", "sprint", "set", "hill", "run",
                 "swim", "freestyle", "medley"}
# Units a side of a dimension is measured in ("a 10-by-12 foot room", "a 3 x 2 m rug").
LENGTH_UNITS = {"ft", "inch", "m", "cm", "mm", "km", "mile", "yard"}


def unit_after(doc: Doc, end: int) -> tuple[str | None, int]:
    """The unit or currency word right after a quantity, and the token index just past it."""
    vocab = vocabulary()
    tokens = doc_tokens(doc)  # (made once per Doc: doc[i] makes a new Token on every read)
    if end >= len(tokens):
        return None, end
    # "a 16-inch screen": a hyphenated measure is a unit, not a noun.
    start = end + 1 if tokens[end].text == "-" else end
    for size in range(MAX_UNIT_TOKENS, 0, -1):
        if start + size > len(tokens):
            continue
        phrase = " ".join(t.lower_ for t in tokens[start : start + size])
        if size > 1 and phrase.endswith(".") and start + size == len(tokens):
            phrase = phrase[:-1]  # "up to 50 km/h.": the full stop glued to the unit's last letter
        if size == 1 and tokens[start].text in vocab["measures_cased"]:
            if tokens[start].text in DIGIT_ONLY_UNITS and not (DIGIT_RE.match(tokens[end - 1].text) and (
                    not tokens[end - 1].whitespace_ or tokens[start].text == "MP")):
                continue  # "3170 W County Road", "one MP said": no watts, no megapixels
            return vocab["measures_cased"][tokens[start].text], start + 1
        if phrase in vocab["currency_words"]:
            return vocab["currency_words"][phrase], start + size
        words = tokens[start : start + size]
        if size == 3 and words[1].text == "-" and not words[0].whitespace_ and not words[1].whitespace_ and (
                f"{words[0].lower_} {words[2].lower_}" in vocab["measures"] and words[0].lower_ in {"square", "cubic"}):
            phrase = f"{words[0].lower_} {words[2].lower_}"  # "a 16-square-mile city", "a 200,000-square-foot site"
        if phrase in vocab["measures"]:
            if vocab["measures"][phrase] == "point" and not any(c.isdigit() for c in tokens[end - 1].text):
                continue  # "at several points": occasions, not index or score points
            if phrase in {"pound", "pounds"} and start + size < len(tokens) and tokens[start + size].lower_ == "sterling":
                return "GBP", start + size + 1
            return vocab["measures"][phrase], start + size
    named = start + 1 < len(tokens) and tokens[start + 1].pos_ in {"NOUN", "PROPN"}  # "the 3C group"
    if tokens[start].text in {"C", "F"} and start == end and not tokens[end - 1].whitespace_ and not named:
        return ("degree_c" if tokens[start].text == "C" else "degree_f"), start + 1  # "40C", "104F"
    if tokens[start].text == "°" and start + 1 < len(tokens) and tokens[start + 1].lower_ in {"f", "c"}:
        return ("degree_f" if tokens[start + 1].lower_ == "f" else "degree_c"), start + 2
    if tokens[start].text in {"°", "º"}:
        return "degree", start + 1
    return None, end
