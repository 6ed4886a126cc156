"""Figures: quantities stated in an article body, found with a spaCy Matcher and the parse.

Conventions (the loader and dbt marts rely on them):
- `value` is the number as stated, normalised: "2,500" -> 2500, "two" -> 2, "$10B" -> 1e10,
  "75 percent" -> 75. A sign is kept only when written ("-3 percent"); "fell by 5 percent" is 5.
- Ranges ("2,000 to 3,000", "between 2 and 3") give `value` = low and `value_high` = high.
  "from X to Y" is a change, not a range, and gives two figures.
- Vague amounts map to the floor of their order of magnitude with `is_approximate` true:
  dozens -> 12, hundreds -> 100, thousands -> 1000, tens of thousands -> 10000,
  several -> 3. "few" and "many" are not figures.
- `is_approximate` is also true for the qualifiers approximately and nearly; bounds such as
  more_than, at_least, up_to, less_than, at_most are exact bounds, so false.
- `noun` is the lemma, lower-case, of the counted thing, found through the parse: the head of a
  nummod ("2,500 US troops" -> troop), the object of "of" ("hundreds of troops" -> troop),
  and for a hyphenated count the hyphenated noun ("80-member coalition" -> member). For percent
  it is the "of" object or the subject of the verb it changes ("attacks may decrease by 75
  percent" -> attack); for money it is the noun the amount modifies, else None.
- Not figures: years, dates, times, durations and ages (the counted noun is a time unit), ordinals,
  identifiers after a proper noun ("Resolution 2334", "Boeing 737"), numbers inside names
  ("COP29", "G7"), bare number words without a counted noun ("one in Baghdad").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from newsfacts.extract.numbers import (
    DIGIT_TOKEN_PATTERN,
    NUMBER_WORDS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    UNITS_WORDS,
    VAGUE_WORDS,
    words_value,
)
from newsfacts.extract.schemas import Figure, fact_id

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Span, Token

    from newsfacts.extract.nlp import ParsedArticle

NUMBER_TOKEN_RE = (
    r"^(?:" + DIGIT_TOKEN_PATTERN.strip("^$") + "|" + "|".join(sorted(NUMBER_WORDS)) + r")$"
)
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "usd": "USD",
                    "eur": "EUR", "gbp": "GBP"}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR"}
UNIT_WORDS = {
    "percent": "percent", "%": "percent", "pct": "percent",
    "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "miles": "mile", "mile": "mile", "metres": "m", "meters": "m", "kg": "kg",
    "kilograms": "kg", "tonnes": "tonne", "tons": "tonne", "hectares": "hectare",
    "mph": "mph", "kph": "km/h", "km/h": "km/h", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh",
    "kw": "kW", "mw": "MW", "gw": "GW", "mb": "MB", "gb": "GB", "tb": "TB", "inch": "inch",
    "inches": "inch", "ft": "ft", "feet": "ft", "lb": "lb", "lbs": "lb", "gallons": "gallon",
    "litres": "litre", "liters": "litre", "acres": "acre", "degrees": "degree",
    "litre": "litre", "liter": "litre", "metre": "m", "meter": "m", "tonne": "tonne", "ton": "tonne",
    "hectare": "hectare", "gallon": "gallon", "acre": "acre", "degree": "degree", "foot": "ft",
    "kilogram": "kg", "oz": "oz", "ounce": "oz", "ounces": "oz", "cm": "cm", "mm": "mm",
}
QUALIFIERS = {
    "approximately": ["around", "about", "approximately", "roughly", "some", "circa", "approx",
                      "an estimated", "estimated", "an approximate"],
    "more_than": ["more than", "over", "above", "upwards of", "in excess of", "greater than"],
    "at_least": ["at least", "no fewer than", "no less than", "a minimum of"],
    "up_to": ["up to", "as many as", "as much as"],
    "nearly": ["nearly", "almost", "close to", "just under", "nearly all"],
    "less_than": ["less than", "fewer than", "under", "below"],
    "at_most": ["at most", "no more than", "a maximum of"],
}
APPROXIMATE_QUALIFIERS = {"approximately", "nearly"}
TIME_NOUNS = {
    "year", "month", "week", "day", "hour", "minute", "min", "second", "decade", "century",
    "time", "night", "morning", "evening", "weekend", "afternoon", "season", "yr", "am", "pm",
}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "LAW", "EVENT",
               "WORK_OF_ART", "LANGUAGE"}
# Lemmatizer slips that matter for counted nouns.
LEMMA_FIXES = {"bases": "base", "basis": "base", "data": "data", "media": "media", "forces": "force"}
RANGE_WORDS = {"to", "-", "–", "—"}


@lru_cache(maxsize=4)
def _matchers(nlp: Language) -> tuple[Matcher, Matcher]:
    from spacy.matcher import Matcher

    number = {"LOWER": {"REGEX": NUMBER_TOKEN_RE}}
    currency = {"LOWER": {"IN": list(CURRENCY_SYMBOLS)}, "OP": "?"}
    vague = {"LOWER": {"IN": list(VAGUE_WORDS)}}
    quantities = Matcher(nlp.vocab)
    quantities.add("QTY", [[currency, number, {"LOWER": {"REGEX": NUMBER_TOKEN_RE}, "OP": "*"}]])
    quantities.add("QTY", [[{"LOWER": {"IN": sorted(UNITS_WORDS)}}, {"ORTH": "-"}, number]])
    quantities.add("QTY", [[currency, {"LOWER": {"IN": ["a", "an"]}},
                            {"LOWER": {"IN": ["dozen", *SCALE_WORDS]}}]])
    quantities.add("VAGUE", [[vague, {"LOWER": "of"}, {"LOWER": {"IN": ["thousands", "millions",
                                                                        "billions"]}}]])
    quantities.add("VAGUE", [[vague, {"LOWER": {"IN": ["hundred", "thousand", "million"]},
                                      "OP": "?"}]])
    qualifiers = Matcher(nlp.vocab)
    for name, phrases in QUALIFIERS.items():
        qualifiers.add(name, [[{"LOWER": w} for w in p.split()] for p in phrases])
    return quantities, qualifiers


def _lemma(token: Token) -> str:
    text = token.text.lower()
    return LEMMA_FIXES.get(text, token.lemma_.lower())


def _span_value(span: Span) -> tuple[float | None, bool]:
    """Numeric value of a quantity span and whether it is a vague amount."""
    words = [t.text for t in span if t.lower_ not in CURRENCY_SYMBOLS]
    vague = [w for w in words if w.lower() in VAGUE_WORDS]
    if not vague:
        return words_value(words), False
    value = 1.0
    for w in vague:
        value *= VAGUE_WORDS[w.lower()]
    rest = [w for w in words if w.lower() not in VAGUE_WORDS and w.lower() != "of"]
    if rest:
        scale = words_value(rest)
        value = value * scale if scale is not None else value
    return value, True


def _root(span: Span) -> Token:
    for token in span:
        if not (span.start <= token.head.i < span.end) or token.head == token:
            return token
    return span[-1]


def _follow_of(token: Token) -> Token | None:
    """The noun after 'of' ("hundreds of troops"), skipping chained amounts ("tens of thousands of")."""
    for _ in range(3):
        pobj = next(
            (g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"),
            None,
        )
        if pobj is None:
            return None
        if pobj.lower_ in VAGUE_WORDS or pobj.lower_ in SCALE_WORDS:
            token = pobj
            continue
        return pobj if pobj.pos_ in {"NOUN", "PROPN"} else None
    return None


def _unit_after(doc_tokens: Span, end: int) -> tuple[str | None, int]:
    """Unit named right after the quantity and the token index just past it."""
    doc = doc_tokens.doc
    if end >= len(doc):
        return None, end
    nxt = doc[end].lower_
    if nxt in UNIT_WORDS:
        return UNIT_WORDS[nxt], end + 1
    # "a 16-inch screen", "a 2.0-liter engine": a hyphenated measure is a unit, not a noun
    if nxt == "-" and end + 1 < len(doc) and doc[end + 1].lower_ in UNIT_WORDS:
        return UNIT_WORDS[doc[end + 1].lower_], end + 2
    if nxt == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent":
        return "percent", end + 2
    if nxt == "percentage" and end + 1 < len(doc) and doc[end + 1].lower_ in {"point", "points"}:
        return "percentage_point", end + 2
    if nxt in CURRENCY_WORDS:
        return CURRENCY_WORDS[nxt], end + 1
    if nxt in {"us", "u.s."} and end + 1 < len(doc) and doc[end + 1].lower_ in CURRENCY_WORDS:
        return "USD", end + 2
    return None, end


def _noun_for(span: Span, unit: str | None, unit_end: int) -> Token | None:
    doc = span.doc
    root = _root(span)
    if unit in {"percent", "percentage_point"}:
        unit_token = doc[unit_end - 1]
        of_noun = _follow_of(unit_token)
        if of_noun is not None:
            return of_noun
        head = unit_token.head
        if unit_token.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        if head.pos_ in {"VERB", "AUX"} or unit_token.dep_ in {"dobj", "npadvmod"}:
            verb = head if head.pos_ in {"VERB", "AUX"} else unit_token.head
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and subj.pos_ in {"NOUN", "PROPN"}:
                return subj
        return None
    anchor = doc[unit_end - 1] if unit_end > span.end else root
    if anchor.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod"}:
        head = anchor.head
        if head.i > anchor.i and (head.pos_ == "NOUN" or head.tag_ == "NNPS"):
            return head
    if unit is None and root.lower_ != "one":
        return _follow_of(root)
    return None


def _qualifier_ends(doc, matcher: Matcher) -> dict[int, tuple[str, int]]:
    ends: dict[int, tuple[str, int]] = {}
    for match_id, start, end in matcher(doc):
        name = doc.vocab.strings[match_id]
        if end not in ends or start < ends[end][1]:
            ends[end] = (name, start)
    return ends


def _is_excluded(span: Span, value: float, unit: str | None, noun: Token | None) -> bool:
    doc = span.doc
    root = _root(span)
    noun_lemma = _lemma(noun) if noun is not None else None
    ent_types = {t.ent_type_ for t in span}
    if noun_lemma in TIME_NOUNS or (noun is not None and noun.ent_type_ in {"DATE", "TIME"}
                                    and noun_lemma in TIME_NOUNS):
        return True
    if ent_types & {"DATE", "TIME"} and noun is None and unit is None:
        return True
    if ent_types & {"ORDINAL"} and unit is None:
        return True
    if ent_types & NAME_LABELS and unit is None and noun is None:
        return True
    if root.head.i < root.i and root.head.pos_ == "PROPN" and root.dep_ != "pobj" and noun is None:
        return True
    first = span[0]
    if first.i > 0 and doc[first.i - 1].lower_ in {"aged", "age", "no.", "number"}:
        return True
    is_words = all(t.lower_ in NUMBER_WORDS or t.lower_ in {"-", "a", "an"} for t in span)
    if noun is None and unit is None and (is_words or span[0].lower_ in VAGUE_WORDS):
        return True
    single = span[0].text if len(span) == 1 else ""
    is_year_like = single.isdigit() and 1000 <= value <= 2100 and unit is None
    # "the 2020 campaign": a year used as a modifier is tagged DATE even with a noun after it.
    return bool(is_year_like and (noun is None or span[0].ent_type_ == "DATE"))


def _merge_ranges(spans: list[Span]) -> list[tuple[Span, Span | None]]:
    """Pair 'X to Y' / 'X-Y' / 'between X and Y' spans; 'from X to Y' stays two figures."""
    out: list[tuple[Span, Span | None]] = []
    i = 0
    while i < len(spans):
        low = spans[i]
        if i + 1 < len(spans):
            high = spans[i + 1]
            doc = low.doc
            gap = doc[low.end : high.start]
            before = doc[low.start - 1].lower_ if low.start > 0 else ""
            is_range = (len(gap) == 1 and gap[0].lower_ in RANGE_WORDS and before != "from") or (
                len(gap) == 1 and gap[0].lower_ == "and" and before == "between"
            )
            if is_range:
                out.append((low, high))
                i += 2
                continue
        out.append((low, None))
        i += 1
    return out


def extract_figures(parsed: ParsedArticle) -> list[Figure]:
    """All figures stated in the parsed sentences of one article."""
    from spacy.util import filter_spans

    from newsfacts.extract.nlp import load_nlp

    quantities, qualifiers = _matchers(load_nlp())
    article_id = parsed.article.article_id
    body = parsed.article.body_text
    figures: list[Figure] = []
    for chunk in parsed.chunks:
        if not chunk.is_parsed:
            continue
        doc = chunk.doc
        spans = filter_spans([doc[s:e] for _, s, e in quantities(doc)])
        qualifier_at = _qualifier_ends(doc, qualifiers)
        for low, high in _merge_ranges(sorted(spans, key=lambda s: s.start)):
            figure = _figure(low, high, qualifier_at, chunk.offset, article_id, body)
            if figure is not None:
                figures.append(figure)
    return figures


def _figure(low: Span, high: Span | None, qualifier_at: dict, offset: int, article_id: str,
            body: str) -> Figure | None:
    doc = low.doc
    last = high if high is not None else low
    value, is_vague = _span_value(low)
    if value is None:
        return None
    value_high = None
    if high is not None:
        value_high, _ = _span_value(high)
        if value_high is None or value_high <= value:
            return None
        # "2 to 3 billion": the scale written once applies to both ends.
        if high[-1].lower_ in SCALE_WORDS and low[-1].lower_ not in SCALE_WORDS:
            value *= SCALE_WORDS[high[-1].lower_]
    end = last.end
    unit = next((CURRENCY_SYMBOLS[t.lower_] for t in [*low, *last] if t.lower_ in CURRENCY_SYMBOLS),
                None)
    if unit and end < len(doc) and doc[end].lower_ in SCALE_SUFFIXES and not doc[end].is_space:
        value *= SCALE_SUFFIXES[doc[end].lower_]
        if value_high is not None:
            value_high *= SCALE_SUFFIXES[doc[end].lower_]
        end += 1
    unit_end = end
    if unit is None:
        unit, unit_end = _unit_after(last, end)
    elif end < len(doc) and doc[end].lower_ in CURRENCY_WORDS:
        unit_end = end + 1
    noun = _noun_for(last, unit, unit_end)
    if _is_excluded(low, value, unit, noun) or (high is not None and _is_excluded(high, value_high, unit, noun)):
        return None
    qualifier, q_start = qualifier_at.get(low.start, (None, low.start))
    if qualifier is None and low.start > 0 and doc[low.start - 1].lower_ == "between" and high is not None:
        q_start = low.start - 1
    if value and low[0].text[0] in "-−" and unit is None and noun is None:
        return None
    char_start = offset + doc[q_start].idx
    last_tok = doc[unit_end - 1]
    char_end = offset + last_tok.idx + len(last_tok.text)
    return Figure(
        figure_id=fact_id(article_id, "figure", char_start),
        article_id=article_id,
        value=float(value),
        value_high=float(value_high) if value_high is not None else None,
        unit=unit,
        noun=_lemma(noun) if noun is not None else None,
        qualifier=qualifier,
        is_approximate=is_vague or qualifier in APPROXIMATE_QUALIFIERS,
        text=body[char_start:char_end],
        sentence=low.sent.text,
        char_start=char_start,
        char_end=char_end,
    )
