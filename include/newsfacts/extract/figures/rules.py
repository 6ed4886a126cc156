"""Figures: quantities stated in an article body, found with a spaCy Matcher and the parse.

Conventions (the loader and dbt marts rely on them):
- `value` is the number as stated, normalised: "2,500" -> 2500, "two" -> 2, "$10B" -> 1e10,
  "75 percent" -> 75, "R50bn" -> 5e10. A sign is kept only when written ("-3 percent").
- Ranges ("2,000 to 3,000", "between 2 and 3") give `value` = low and `value_high` = high.
  "from X to Y" and "by X to Y" are a change, not a range, and give two figures.
- Vague amounts map to the floor of their order of magnitude with `is_approximate` true:
  dozens -> 12, hundreds -> 100, thousands -> 1000, tens of thousands -> 10000, several -> 3,
  several dozen -> 36, a few thousand -> 3000. "few" and "many" alone are not figures.
- Shares written as fractions are percentages: "half of" -> 50, "two-thirds of" -> 66.67;
  "a quarter-point" is 0.25 percentage_point; so are shares of a round whole: "eight out of
  ten" -> 80, "one in five" -> 20.
- A made-of-attempted line ("20-of-24 passing") is two counts.
- `unit`: a measure or an ISO 4217 currency from units.yml, from a symbol or prefix ("$", "US$",
  "C$", "R", "₹", "£", "€"), a word after the number ("rand", "Hong Kong dollars", "per cent",
  "mm", "°F"), or None for plain counts.
- `is_approximate` is also true for the qualifiers approximately and nearly; bounds such as
  more_than, at_least, up_to, less_than, at_most are exact bounds, so false.
- `noun` is what the figure measures, read from the parse (see measured.py).
- Not figures: see exclusions.py (years, dates, times, durations, ages, ranks, labels, names and
  models, scores, emergency and street numbers, bare number words).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsfacts.extract.figures import exclusions, stats
from newsfacts.extract.figures.lists import is_numbered_item
from newsfacts.extract.figures.measured import (
    PREVIOUS_SENTENCE,
    carries_count_noun,
    counted_in_previous,
    is_elision_link,
    is_model_code,
    lemma_of,
    measured_thing,
    multiplied_thing,
)
from newsfacts.extract.figures.quantities import (
    SHARE_OF_NOUNS,
    currency_before,
    digit_count_unit,
    digits_figures_unit,
    digits_unit,
    dimension_unit,
    find_quantities,
    glued_unit,
    is_repeated_vague,
    mixed_fraction_unit,
    multi_unit,
    scale_suffix_after,
    slash_fraction_unit_start,
    span_value,
    unit_after,
    vague_money_unit,
    vague_unit_after,
)
from newsfacts.extract.figures.shopping import shopping_measure
from newsfacts.extract.nlp import doc_tokens
from newsfacts.extract.numbers import SCALE_WORDS, VAGUE_WORDS, glued_scale, words_value
from newsfacts.extract.prefilter import run_matcher
from newsfacts.extract.schemas import Figure, fact_id

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Span

    from newsfacts.extract.nlp import ParsedArticle

QUALIFIERS = {
    "approximately": ["around", "about", "approximately", "roughly", "some", "circa", "approx",
                      "an estimated", "estimated", "an approximate", "~"],
    "more_than": ["more than", "over", "above", "upwards of", "in excess of", "greater than",
                  "just over"],
    "at_least": ["at least", "no fewer than", "no less than", "a minimum of"],
    "up_to": ["up to", "as many as", "as much as"],
    "nearly": ["nearly", "almost", "close to", "just under", "nearly all"],
    "less_than": ["less than", "fewer than", "under", "below"],
    "at_most": ["at most", "no more than", "a maximum of"],
}
APPROXIMATE_QUALIFIERS = {"approximately", "nearly"}
# Units that name the dimension they measure: with no other noun, "55 mph" measures a speed. A
# frame rate, a torque or an engine's power is that whatever it is of ("a 30fps experience" is a
# frame rate, "a 101 hp drive" a power), so those units say what is measured even beside a noun.
# What a unit measures when the sentence names nothing else: frames per second count frames,
# an engine's kilowatts are power, a plant's or a country's megawatts are generating capacity.
UNIT_DIMENSIONS = {"fps": "frame", "Nm": "torque", "lb-ft": "torque", "hp": "power", "PS": "power",
                   "teraflop": "power", "mph": "speed", "km/h": "speed", "knot": "speed",
                   "kW": "power", "MW": "capacity", "GW": "capacity", "cubic_foot": "volume",
                   "kWh": "capacity", "acre": "area", "hectare": "area", "square_km": "area",
                   "square_mile": "area", "square_foot": "area", "square_metre": "area", "W": "power", "mAh": "capacity",
                   "Hz": "rate", "MP": "resolution",
                   # data rates: a drive's, a link's or a program's speed ("parses JSON at 2.3 GB/s")
                   "KB/s": "speed", "MB/s": "speed", "GB/s": "speed", "TB/s": "speed", "Mbps": "speed",
                   "Gbps": "speed", "magnitude": "magnitude",
                   # a car's fuel use; a person's or a product's mass in pounds or kilograms
                   "mpg": "economy", "km_per_litre": "economy", "lb": "weight", "kg": "weight",
                   "calorie": "calorie", "psi": "pressure"}
# (calories are counted whatever they are of: "an average of 441 calories", "250 calories a serving";
# pounds per square inch are a pressure whatever holds it: "the rubber is inflated to 200 psi")
DIMENSION_OVERRIDES = {"fps", "Nm", "lb-ft", "hp", "PS", "calorie", "psi"}
# "20 percent faster than the old chip", "15% lighter": a share compares the dimension the
# comparative names ("higher" and "lower" name none: prices, shares and rates all rise).
COMPARED_DIMENSIONS = {"faster": "speed", "slower": "speed", "quicker": "speed", "cheaper": "price",
                       "pricier": "price", "lighter": "weight", "heavier": "weight", "thinner": "thickness",
                       "thicker": "thickness", "smaller": "size", "larger": "size", "bigger": "size",
                       "brighter": "brightness", "longer": "length", "shorter": "length", "wider": "width",
                       "narrower": "width", "taller": "height"}
RANGE_WORDS = {"to", "-", "–", "—"}
# Quantities written as one word that take no unit after them ("tenfold", "doubled", "a single").
WHOLE_WORD_KINDS = {"MULTIPLE", "MULTIPLIED", "SINGLE"}
SPEED_UNITS = {"mph", "km/h"}
# "a twice-weekly market", "a twice-yearly review": how often, not what is counted twice.
FREQUENCY_WORDS = {"hourly", "daily", "nightly", "weekly", "fortnightly", "monthly", "quarterly",
                   "yearly", "annual", "annually"}


@lru_cache(maxsize=4)
def _qualifier_matcher(nlp: Language) -> Matcher:
    from spacy.matcher import Matcher

    qualifiers = Matcher(nlp.vocab)
    for name, phrases in QUALIFIERS.items():
        qualifiers.add(name, [[{"LOWER": w} for w in p.split()] for p in phrases])
    return qualifiers


def _qualifier_ends(doc, matcher: Matcher) -> dict[int, tuple[str, int]]:
    ends: dict[int, tuple[str, int]] = {}
    for match_id, start, end in run_matcher(matcher, doc):
        name = doc.vocab.strings[match_id]
        if end not in ends or start < ends[end][1]:
            ends[end] = (name, start)
    return ends


def _merge_ranges(spans: list[tuple[str, Span]]) -> list[tuple[str, Span, Span | None]]:
    """Pair 'X to Y' / 'X-Y' / 'between X and Y' spans; 'from X to Y' stays two figures."""
    out: list[tuple[str, Span, Span | None]] = []
    i = 0
    while i < len(spans):
        kind, low = spans[i]
        if i + 1 < len(spans) and kind == spans[i + 1][0] == "QTY":
            high = spans[i + 1][1]
            doc = low.doc
            # ("between ~3x and ~12x": a tilde for "about" stands outside the range's words)
            gap = [t for t in doc[low.end : high.start] if t.text != "~"]
            lead = low.start - 1 if low.start > 0 and doc[low.start - 1].text != "~" else low.start - 2
            before = doc[lead].lower_ if lead >= 0 else ""
            # "from 5 to 7" and "down by 30 to 126" are a change and its result, not a range;
            # "ranging from 30-600 MW" is a range written with a dash.
            # A dash set off by spaces ("Blender 2 — $64.99") is a break in the line, not a range;
            # a spaced en dash still joins two amounts of one kind ("$5 – $10").
            spaced_dash = len(gap) == 1 and bool(low[-1].whitespace_ and gap[0].whitespace_) and (
                gap[0].text == "—" or (gap[0].text == "–" and currency_before(low) != currency_before(high)))
            is_range = (len(gap) == 1 and gap[0].lower_ in RANGE_WORDS and not spaced_dash
                        and (before not in {"from", "by"} or gap[0].lower_ != "to")) or (
                len(gap) == 1 and gap[0].lower_ == "and" and before == "between"
            ) or _is_repeated_unit_range(low, high, gap, before) or _is_or_range(low, high, gap) or (
                _is_bounded_range(low, high, gap))
            if is_range:
                out.append((kind, low, high))
                i += 2
                continue
        out.append((kind, low, None))
        i += 1
    return out


def _is_or_range(low: Span, high: Span, gap: Span) -> bool:
    """'one or two troopers', 'two or three weeks', '5 or 6 percent': a rough count given as two
    neighbouring numbers joined by "or" is one range (the first has no noun of its own). Both
    are written alike (words or digits) and the second is the larger."""
    if len(gap) != 1 or gap[0].lower_ != "or" or len(low) != 1 or len(high) != 1:
        return False
    a, b = low[0], high[0]
    if a.is_alpha != b.is_alpha:
        return False
    after = low.doc[high.end] if high.end < len(low.doc) else None
    if after is not None and after.lower_ == "or":
        return False  # "25, 40 or 60 or more miles": a list of amounts, no range
    if after is not None and after.lower_ in ADDED_WORDS:
        return False  # "four or five more films": two counts of films still to come, each its own
    values = [words_value([a.text]) if a.is_alpha else _digits(a.text),
              words_value([b.text]) if b.is_alpha else _digits(b.text)]
    return None not in values and values[0] < values[1]


# "more than 5 percent but probably less than 10 percent": a floor and a ceiling of one amount.
FLOOR_WORDS = (["more", "than"], ["greater", "than"], ["at", "least"])
CEILING_WORDS = (["less", "than"], ["fewer", "than"], ["at", "most"], ["no", "more", "than"], ["under"], ["below"])
HEDGE_WORDS = {"probably", "likely", "perhaps", "maybe", "possibly", "still", "well"}


def _is_bounded_range(low: Span, high: Span, gap: list) -> bool:
    """'more than 5 percent but probably less than 10 percent', 'at least 20 but fewer than 30
    boats': one amount bounded on both sides is a range. The first bound's unit, if written,
    is the second's ("5 percent ... 10 percent"); anything else between them ("5 percent of
    voters but less than 10 percent of donors") makes two amounts."""
    doc = low.doc
    if [t.lower_ for t in doc[max(0, low.start - 2) : low.start]] not in FLOOR_WORDS:
        return False
    words = [t.lower_ for t in gap]
    if words[:1] and words[0] not in {"but", "and"}:
        if high.end >= len(doc) or doc[high.end].lower_ != words[0] or gap[0].like_num:
            return False  # the unit written after both numbers, or nothing
        words = words[1:]
    if words[:1] not in (["but"], ["and"]):
        return False
    words = [w for w in words[1:] if w not in HEDGE_WORDS]
    if words not in CEILING_WORDS:
        return False
    values = [span_value("QTY", low)[0], span_value("QTY", high)[0]]
    return None not in values and values[0] < values[1]


def _digits(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


CHANGE_VERBS = {"rise", "fall", "grow", "drop", "climb", "increase", "decrease", "decline", "jump",
                "slip", "gain", "lose", "rally", "sink", "surge", "cut", "raise", "lower", "boost"}


def _is_repeated_unit_range(low: Span, high: Span, gap: Span, before: str) -> bool:
    """'0.6% to 0.7%', '5 km to 7 km': a range that repeats its unit; 'rose 2% to 5%' is a
    change and its result. 'between 0.50 percent and 0.75 percent' is a range whatever the verb."""
    doc = low.doc
    between = before == "between" and len(gap) == 2 and gap[1].lower_ == "and"
    if len(gap) != 2 or (gap[1].lower_ not in RANGE_WORDS and not between) or before in {"from", "by"}:
        return False
    if high.end >= len(doc) or doc[high.end].lower_ != gap[0].lower_ or gap[0].like_num:
        return False
    if between:
        return True
    previous = doc[max(low.sent.start, low.start - 3) : low.start]
    return not any(t.lemma_.lower() in CHANGE_VERBS for t in previous)


def extract_figures(parsed: ParsedArticle) -> list[Figure]:
    """All figures stated in the parsed sentences of one article."""
    from newsfacts.extract.nlp import load_nlp

    qualifiers = _qualifier_matcher(load_nlp())
    article_id = parsed.article.article_id
    body = parsed.article.body_text
    figures: list[Figure] = []
    previous_figures: list[Figure] = []
    previous, previous_end = None, 0
    for chunk in parsed.chunks:
        if not chunk.is_parsed:
            previous = None
            continue
        if body is None or body[previous_end : chunk.offset].strip():
            previous = None  # the sentence before was not parsed (or not kept): none to refer to
        doc = chunk.doc
        line = stats.stat_line(body, chunk.offset) if body is not None else None
        qualifier_at = _qualifier_ends(doc, qualifiers)
        in_sentence: list[Figure] = []
        # A Doc may be shared by the articles that repeat its text: the sentence before is set
        # for this reading only.
        doc.user_data[PREVIOUS_SENTENCE] = previous
        doc.user_data[exclusions.TEXT_BEFORE] = (body, chunk.offset) if body else None  # sliced when read
        try:
            found = find_quantities(doc)
            # In a box score "15 — 44" is a period's score and the total, never a range.
            spans = _merge_ranges(found) if line is None or line.is_table_row else [(k, s, None) for k, s in found]
            for kind, low, high in spans:
                figure = _figure(kind, low, high, qualifier_at, chunk.offset, article_id, body, previous, line)
                if figure is not None:
                    in_sentence.append(figure)
            batting = _batting_lines(doc, chunk.offset, article_id, body)
            taken = {f.char_start for f in batting}
            in_sentence = sorted([f for f in in_sentence if f.char_start not in taken] + batting
                                 + _slash_pairs(doc, chunk.offset, article_id, body)
                                 + _unit_slash_pairs(doc, chunk.offset, article_id, body),
                                 key=lambda f: f.char_start)
        finally:
            doc.user_data.pop(PREVIOUS_SENTENCE, None)
            doc.user_data.pop(exclusions.TEXT_BEFORE, None)
        if previous is not None and previous_figures:
            in_sentence = _share_of_group_before(in_sentence, previous_figures, doc, chunk.offset)
        previous_figures = _with_elided_nouns(in_sentence, doc, chunk.offset)
        figures += previous_figures
        # (the end from the last token: Doc.text joins every token again)
        previous, previous_end = doc, chunk.offset + (doc[-1].idx + len(doc[-1].text) if len(doc) else 0)
    return figures


def _share_of_group_before(figures: list[Figure], before: list[Figure], doc, offset: int) -> list[Figure]:
    """'Nearly half (43%) of organizations are finding success. A quarter are succeeding ...': a
    percentage that opens its sentence with no noun is a share of the group the percentage of
    the sentence before was of."""
    from dataclasses import replace

    if not figures or figures[0].unit != "percent" or figures[0].noun is not None:
        return figures
    group = next((f.noun for f in reversed(before) if f.unit == "percent" and f.noun is not None), None)
    opening = doc.text[: figures[0].char_start - offset].strip().lower()
    if group is None or opening not in {"", "and", "but", "yet", "while"}:
        return figures
    return [replace(figures[0], noun=group), *figures[1:]]


def _with_elided_nouns(figures: list[Figure], doc, offset: int) -> list[Figure]:
    """Give a figure without a noun the one of the figure it restates or compares with.

    "$39,014, up from $38,373 a year ago", "$12.9bn (£10bn)", "fell 102.2 points, or 0.36%":
    news leaves the measured thing unsaid when nothing but punctuation, a preposition, a
    comparison word or a time phrase stands between two figures. "nine others" counts what the
    figure before it counts.
    """
    from dataclasses import replace

    out: list[Figure] = []
    for figure in figures:
        previous = out[-1] if out else None
        if figure.noun == "other" and previous is not None:
            # "The five companies join nine others": "others" counts what the figure before did
            # ("Three others who were also shot": with no figure before, the others themselves).
            figure = replace(figure, noun=previous.noun)
        if figure.noun is None and figure.unit is None:
            parallel = _parallel_noun(figure, out, doc, offset)
            if parallel is not None:
                figure = replace(figure, noun=parallel)
        if figure.noun is None and previous is not None and previous.noun is not None:
            between = doc.char_span(previous.char_end - offset, figure.char_start - offset,
                                    alignment_mode="expand")
            # "five of six": the whole is not what the part counts ("won five" counts wins).
            is_whole = between is not None and between.text.strip().lower() == "of"
            if between is not None and not is_whole and is_elision_link(between, previous.noun):
                figure = replace(figure, noun=previous.noun)
        out.append(figure)
    # "the 9B, 4B and 2B models", "in 122B, 35B, 2B sizes": the members of a list measure the
    # noun its last member names; "the 27B and 35B models" even when the parse hangs the first
    # on a word before it ("noises about the 27B and 35B models").
    for i in range(len(out) - 2, -1, -1):
        item, following = out[i], out[i + 1]
        if item.noun == following.noun or following.noun is None or item.unit != following.unit:
            continue
        if body_between(doc, item.char_end - offset, following.char_start - offset) not in LIST_JOINS:
            continue
        own = doc.char_span(item.char_start - offset, item.char_end - offset, alignment_mode="expand")
        says_own = own is not None and len(own) > 0 and own[-1].is_alpha and lemma_of(own[-1]) == item.noun
        if item.noun is None or (not says_own and _names_its_noun_after(doc, following.char_end - offset, following.noun)):
            out[i] = replace(item, noun=following.noun)
    # "three in four (76%) surveyed companies", "one in three (34%) organizations": a share and
    # its percentage in brackets measure the plural noun after the brackets.
    for i in range(len(out) - 1):
        share, exact = out[i], out[i + 1]
        if share.noun is not None or exact.noun is not None or share.unit != "percent" or exact.unit != "percent":
            continue
        if body_between(doc, share.char_end - offset, exact.char_start - offset) != "(":
            continue
        noun = _noun_after_brackets(doc, exact.char_end - offset)
        if noun is not None:
            out[i], out[i + 1] = replace(share, noun=noun), replace(exact, noun=noun)
    # "slashed from $47 billion to $8 billion", "rose by 8,000 to 225,000": the start of a change
    # measures what its end does.
    for i in range(len(out) - 1):
        start, end = out[i], out[i + 1]
        if start.noun is not None or end.noun is None or start.unit != end.unit:
            continue
        before = doc.char_span(0, start.char_start - offset, alignment_mode="expand")
        between = body_between(doc, start.char_end - offset, end.char_start - offset)
        if before is not None and len(before) and before[-1].lower_ in {"from", "by"} and between in {"to", "-", "–"}:
            out[i] = replace(start, noun=end.noun)
    return out


def _parallel_noun(figure: Figure, before: list[Figure], doc, offset: int) -> str | None:
    """'A's line in 375 plate appearances is worse than B's in 237': a bare count after a
    preposition, ending its clause, counts what an earlier count after the same preposition did."""
    own = doc.char_span(figure.char_start - offset, figure.char_end - offset, alignment_mode="expand")
    if own is None or own.start == 0 or doc[own.start - 1].pos_ != "ADP":
        return None
    if own.end < len(doc) and not doc[own.end].is_punct:
        return None
    preposition = doc[own.start - 1].lower_
    for earlier in reversed(before):
        span = doc.char_span(earlier.char_start - offset, earlier.char_end - offset, alignment_mode="expand")
        if earlier.noun is not None and earlier.unit is None and span is not None and span.start > 0 and (
                doc[span.start - 1].lower_ == preposition):
            return earlier.noun
    return None


def _noun_after_brackets(doc, char_end: int) -> str | None:
    """The plural noun right after the ')' that follows char_end ("(76%) surveyed companies")."""
    closing = doc.char_span(char_end, len(doc.text), alignment_mode="expand")
    if closing is None or not len(closing) or closing[0].text != ")":
        return None
    for token in closing[1:4]:
        if token.tag_ in {"NNS", "NNPS"}:
            return lemma_of(token)
        if token.tag_ not in {"VBN", "JJ", "JJR", "JJS"}:
            return None
    return None


def _names_its_noun_after(doc, char_end: int, noun: str) -> bool:
    """Whether the word right after char_end is the plural noun a figure measures ("35B models")."""
    after = doc.char_span(char_end, len(doc.text), alignment_mode="expand")
    return after is not None and len(after) > 0 and after[0].tag_ == "NNS" and lemma_of(after[0]) == noun


# What joins the members of a list of amounts: "9B, 4B and 2B", "5, 10, or 20".
LIST_JOINS = {",", "and", "or", ", and", ", or", "/"}


# "32GB/64" + "GB": the tokenizer splits a unit off the end of "32GB/64GB" only.
SLASH_PAIR_RE = re.compile(r"^(?P<low>\d+(?:\.\d+)?)(?P<unit>[a-z]{2,4})/(?P<high>\d+(?:\.\d+)?)$")


def _slash_pairs(doc, offset: int, article_id: str, body: str | None) -> list[Figure]:
    """'a 32GB/64GB Mac': two sizes given as alternatives, one figure each."""
    figures: list[Figure] = []
    if body is None:
        return figures
    tokens = doc_tokens(doc)
    for token in tokens[:-1]:
        match = SLASH_PAIR_RE.match(token.lower_)
        after = tokens[token.i + 1]
        if match is None or token.whitespace_ or after.lower_ != match["unit"] or glued_unit("1" + match["unit"]) is None:
            continue
        unit = glued_unit("1" + match["unit"])
        noun = measured_thing(doc[token.i : token.i + 2], after, {token.i, after.i}, unit)
        slash = token.idx + token.text.index("/")
        for value, start, end in ((match["low"], token.idx, slash), (match["high"], slash + 1, after.idx + len(after.text))):
            char_start, char_end = offset + start, offset + end
            figures.append(Figure(
                figure_id=fact_id(article_id, "figure", char_start), article_id=article_id, value=float(value),
                value_high=None, unit=unit, noun=noun, qualifier=None, is_approximate=False,
                text=body[char_start:char_end], sentence=token.sent.text, char_start=char_start, char_end=char_end,
            ))
    return figures


# A batting slash line: average, on-base percentage and slugging percentage, each a rate written
# in thousandths with its leading point (".342/.370/.567"); a hitting line "1-11 at the plate" is
# hits and at-bats, like a passing line "20-of-24".
SLASH_LINE_RE = re.compile(r"^(\.\d{3})/(\.\d{3})/(\.\d{3})$")
SLASH_LINE_STATS = ("average", "on-base percentage", "slugging percentage")
PLATE_NUMBER_RE = re.compile(r"^\d{1,3}$")


BATTING_AVERAGE_RE = re.compile(r"^\.\d{3}$")
CUT_VERBS = {"cut", "slash", "trim", "strip", "shave", "remove", "divert", "redirect"}


def _cut_from(anchor, doc, unit_end: int) -> str | None:
    """'would slash $1.3 billion from funds ..., $300 million from rental assistance payments': an
    amount cut "from" something measures that thing (the verb may govern the first of a list)."""
    if unit_end >= len(doc) or doc[unit_end].lower_ != "from":
        return None
    whole = next((c for c in doc[unit_end].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if whole is None:
        return None
    # (a later member of the list may hang on a word of the first member's phrase)
    cutting = any(a.pos_ == "VERB" and a.lemma_.lower() in CUT_VERBS for a in list(anchor.ancestors)[:6])
    return lemma_of(whole) if cutting else None


def _ends_compound_chain(word) -> bool:
    """A singular noun in a chain of compounds ending in a singular noun ("supremacist Twitter account")."""
    head = word.head
    doc = word.doc
    return head.i > word.i and head.tag_ == "NN" and head.pos_ == "NOUN" and all(
        t.dep_ == "compound" and t.head.i == head.i for t in doc[word.i + 1 : head.i])


def _numbering_in(low: Span) -> str | None:
    """'tweets numbering in the thousands', 'crowds that number in the hundreds': what is numbered."""
    doc = low.doc
    if low.start < 3 or [t.lower_ for t in doc[low.start - 2 : low.start]] != ["in", "the"]:
        return None
    verb = doc[low.start - 3]
    if verb.lemma_.lower() != "number" or verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"), None)
    if subject is None and verb.dep_ in {"acl", "relcl"} and verb.head.pos_ == "NOUN":
        subject = verb.head
    return lemma_of(subject) if subject is not None else None


def _after_batting_verb(low: Span) -> bool:
    """'.209' right after "hit" or "bat" (an adverb between: "hit just .209")."""
    doc = low.doc
    i = low.start - 1
    if i >= 0 and doc[i].pos_ == "ADV":
        i -= 1
    return i >= 0 and doc[i].lemma_.lower() in {"hit", "bat"} and doc[i].pos_ in {"VERB", "AUX"}


FRACTION_HEADS = {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths"}


def _batting_lines(doc, offset: int, article_id: str, body: str | None) -> list[Figure]:
    """'.342/.370/.567 slash line' (three rates) and '1-11 at the plate' (hits and at-bats)."""
    figures: list[Figure] = []
    if body is None:
        return figures
    tokens = doc_tokens(doc)
    for token in tokens:
        parts: list[tuple[str, int, str]] = []  # (number, its start in the token, what it counts)
        slash = SLASH_LINE_RE.match(token.text)
        if slash is not None:
            parts = [(slash[k + 1], slash.start(k + 1), SLASH_LINE_STATS[k]) for k in range(3)]
        line = tokens[token.i : token.i + 3]
        if len(line) == 3 and line[1].text in {"-", "–"} and all(PLATE_NUMBER_RE.match(t.text) for t in (line[0], line[2])) and (
                [t.lower_ for t in tokens[token.i + 3 : token.i + 6]] == ["at", "the", "plate"]
                and int(line[0].text) <= int(line[2].text)):
            parts = [(line[0].text, 0, "hit"), (line[2].text, line[2].idx - token.idx, "at-bat")]
        for number, start, noun in parts:
            char_start = offset + token.idx + start
            char_end = char_start + len(number)
            figures.append(Figure(
                figure_id=fact_id(article_id, "figure", char_start), article_id=article_id, value=float(number),
                value_high=None, unit=None, noun=noun, qualifier=None, is_approximate=False,
                text=body[char_start:char_end], sentence=_sentence_of(doc[token.i : token.i + 1]),
                char_start=char_start, char_end=char_end,
            ))
    return figures


# Sizes of data whose rate per second is a unit too ("2.3GB/s").
DATA_SIZES = {"KB", "MB", "GB", "TB"}
# "KB/50": a unit, a slash and the next number, kept as one token before the second unit.
UNIT_SLASH_RE = re.compile(r"^(?P<unit>[a-z]{1,4})/(?P<num>\d+(?:\.\d+)?)$")


def _size_before_slash(doc, end: int) -> str | None:
    """The unit of 'KB' in '51,200 KB/50 MB' (a size given in two units), when another unit
    follows the number after the slash; None otherwise."""
    match = UNIT_SLASH_RE.match(doc[end].lower_) if end < len(doc) else None
    if match is None or end + 1 >= len(doc):
        return None
    unit = glued_unit("1" + match["unit"])
    return unit if unit is not None and unit_after(doc, end + 1)[0] is not None else None


def _unit_slash_pairs(doc, offset: int, article_id: str, body: str | None) -> list[Figure]:
    """The second size of '51,200 KB/50 MB': the number after the slash, in the unit after it."""
    figures: list[Figure] = []
    if body is None:
        return figures
    tokens = doc_tokens(doc)
    for token in tokens[1:-1]:
        match = UNIT_SLASH_RE.match(token.lower_)
        if match is None or not tokens[token.i - 1].like_num or _size_before_slash(doc, token.i) is None:
            continue
        unit, unit_end = unit_after(doc, token.i + 1)
        noun = measured_thing(doc[token.i : unit_end], doc[unit_end - 1], set(range(token.i, unit_end)), unit)
        last = doc[unit_end - 1]
        char_start = offset + token.idx + token.text.index("/") + 1
        char_end = offset + last.idx + len(last.text)
        figures.append(Figure(
            figure_id=fact_id(article_id, "figure", char_start), article_id=article_id, value=float(match["num"]),
            value_high=None, unit=unit, noun=noun, qualifier=None, is_approximate=False,
            text=body[char_start:char_end], sentence=token.sent.text, char_start=char_start, char_end=char_end,
        ))
    return figures


def body_between(doc, start: int, end: int) -> str:
    """The text of a sentence between two character offsets, lower case and stripped."""
    return doc.text[start:end].strip().lower()


def _is_acceleration_benchmark(doc, start: int) -> bool:
    """'zero to 60 mph', '0 to 100 km/h', and the conversion in brackets after one."""
    before = [t.lower_ for t in doc[max(0, start - 2) : start]]
    if before in (["zero", "to"], ["0", "to"]):
        return True
    if start >= 3 and doc[start - 1].text == "(" and unit_after(doc, start - 2)[0] in SPEED_UNITS:
        return _is_acceleration_benchmark(doc, start - 3)  # "60 mph (97 kph)"
    return False


def _shares_high_scale(low: Span, high: Span, value: float, value_high: float) -> bool:
    """'2 to 3 billion': the scale closing a range applies to its low end too; so does the larger
    scale of 'three hundred to five hundred billion', the low end written with a smaller one."""
    if high[-1].lower_ not in SCALE_WORDS or value >= value_high / 100:
        return False
    if low[-1].lower_ not in SCALE_WORDS:
        return True
    return SCALE_WORDS[low[-1].lower_] < SCALE_WORDS[high[-1].lower_] <= value_high / 100 and (
        len(high) > 1 and high[-2].lower_ in SCALE_WORDS)


# Measures a drink or a dish is served in: with nothing else named, the measure names what is had.
SERVING_UNITS = {"pint", "cup"}


def _figure(kind: str, low: Span, high: Span | None, qualifier_at: dict, offset: int,
            article_id: str, body: str, previous=None, line: stats.StatLine | None = None) -> Figure | None:
    doc = low.doc
    last = high if high is not None else low
    value, is_vague = span_value(kind, low)  # ("~9x": the tilde is a qualifier word of its own, nlp.APPROX_TILDE)
    if value is None or exclusions.is_phone_or_reference(last, body, offset):
        return None  # (a contact's "+353 1 634 7887", a reference list's "2010;16:157–168")
    if _is_multiple(low) or (high is not None and _is_multiple(high)):
        after = doc[last.end] if last.end < len(doc) else None
        if after is None or not (after.lower_ in MULTIPLE_CUES or after.tag_ in {"JJR", "RBR"}):
            return None  # "777x jets": a model's name; "9x as cost-effective" is a multiple
    value_high = None
    if high is not None:
        value_high, _ = span_value(kind, high)
        if value_high is None:
            return None
        # "2 to 3 billion", "$5-10bn": the scale written once applies to both ends.
        if _shares_high_scale(low, high, value, value_high):
            value *= SCALE_WORDS[high[-1].lower_]
        # "$300-350bn", "5-10m": the same, with the scale glued to the second number
        high_scale = glued_scale(high[-1].text)
        if high_scale is not None and glued_scale(low[-1].text) is None and (
                low[-1].lower_ not in SCALE_WORDS and value < value_high / 100):
            value *= high_scale
        if value_high <= value:
            return None
        if value == 0 and unit_after(doc, last.end)[0] in SPEED_UNITS:
            return None  # "0-60 mph in 5 seconds": the name of an acceleration benchmark
    end = last.end
    unit = currency_before(low) or (currency_before(high) if high is not None else None)
    if kind in {"FRACTION", "OUT_OF", "GLUED_PERCENT"}:
        unit = "percent"
    elif kind == "POINTS":
        unit = "percentage_point"
    elif kind == "POINT_FRACTION":
        unit = "point"
    elif kind == "HUNDREDTHS":
        unit = _hundredths_unit(low)
    elif kind == "GLUED_UNIT":
        unit = glued_unit(low[0].text)
    elif kind == "MULTI_UNIT":
        unit = multi_unit(low)
    elif kind == "MAGNITUDE":
        unit = "magnitude"  # "a magnitude-5.8 quake"
    elif kind == "DIGITS":
        unit = digits_unit(low)  # "double-digit growth": 10 percent
    elif kind == "DIGIT_COUNT" and low[-1].lower_ == "figures":
        unit = digits_figures_unit(low)  # "charging seven figures": paid or earned, dollars implied
    elif kind == "DIGIT_COUNT":
        unit = digit_count_unit(low)  # "a six-figure settlement": a sum, dollars implied
    elif kind == "MIXED_FRACTION":
        unit, end = mixed_fraction_unit(low)  # '5-1/4"': inches
    elif kind == "FEET_INCHES":
        unit = "ft"  # "5’6”": five and a half feet
    suffix = None
    if unit and unit not in {"percent", "percentage_point"}:
        scale = scale_suffix_after(doc, end)
        if scale is not None:
            value *= scale
            value_high = value_high * scale if value_high is not None else None
            suffix = doc[end]
            end += 1
    unit_end = end
    if kind == "GLUED_UNIT" and unit in DATA_SIZES and end + 1 < len(doc) and doc[end].text == "/" and (
            doc[end + 1].lower_ == "s" and not low[-1].whitespace_ and not doc[end].whitespace_):
        unit, unit_end = unit + "/s", end + 2  # "2.3GB/s": a data rate, not a size
    elif unit is None and kind == "QTY" and high is None and _size_before_slash(doc, end) is not None:
        unit, unit_end = _size_before_slash(doc, end), end + 1  # "51,200 KB/50 MB": the first of two
    if kind == "VAGUE" and is_repeated_vague(low):
        return None
    if kind == "SLASH_FRACTION":
        unit_start = slash_fraction_unit_start(low)
        unit, unit_end = unit_after(doc, unit_start) if unit_start is not None else (None, end)
        if unit is None:
            return None  # "9/11", "24/7": a date or a phrase, no share of a unit
    elif kind in WHOLE_WORD_KINDS:
        unit = None  # "increased tenfold", "exports doubled", "a single animal": no unit follows
    if unit is None and kind not in WHOLE_WORD_KINDS:
        unit, unit_end = unit_after(doc, end)
        if unit == "bit" and end < len(doc) and doc[end].text == "-":
            unit, unit_end = None, end  # "3 - bit players": a hyphenated bit names a kind, no quantity of bits
    if unit is None and kind == "QTY" and high is None:
        unit = dimension_unit(doc, end)  # "9-by-6 foot cells": the first side is in feet too
    if unit is None and kind == "QTY" and low.start > 0 and doc[low.start - 1].lower_ == "magnitude":
        unit = "magnitude"  # "a magnitude 6.1 quake": the scale named before its reading
    if unit is None and kind == "QTY" and high is None:
        unit, unit_end = _open_ended_unit(doc, end)  # "60 or more miles"
    if unit is None and kind == "QTY" and high is None and end < len(doc) and doc[end].lower_ in ADDED_WORDS:
        unit, unit_end = unit_after(doc, end + 1)  # "retire 32 more gigawatts": gigawatts added
        unit_end = unit_end if unit is not None else end
    if unit is None and kind == "QTY" and high is None:
        unit = _list_unit(doc, end)  # "25, 40 or 60 miles": each member is in miles
    if unit is None and kind == "QTY" and _is_cents(doc, end) and _is_two_cents_idiom(low, doc, end):
        return None  # "put in their two cents' worth", "my two cents": an opinion, no money
    if unit is None and kind == "QTY" and _is_cents(doc, end):
        # "less than 15 cents", "between 25 and 75 cents": cents are money, a hundredth of the
        # currency (the dollar, or the euro when the sentence is in euros)
        unit, unit_end = _cents_currency(low), end + 1
        value, value_high = value / 100, (value_high / 100 if value_high is not None else None)
    if unit is None and kind == "VAGUE":
        unit, of_end = vague_unit_after(doc, end)
        if unit is not None:
            unit_end = of_end
        else:
            unit = vague_money_unit(low)  # "pay billions for", "sued for millions": dollars implied
    elif kind == "QTY":
        word_unit, word_end = unit_after(doc, end)
        if word_unit is not None and word_unit.isupper() and len(word_unit) == 3:
            unit_end = word_end  # "$5 US dollars", "€20 euros"
    if unit == "lb" and (kind == "MULTI_SCALE" or _pounds_of_money(doc, unit_end)):
        unit = "GBP"  # "raised hundreds of pounds for charity", "costing 300 pounds": money
    if unit == "basis_point":
        # "fell three basis points": 0.03 percentage points; "to 74 basis points": a level, 0.74 percent
        value, value_high = value / 100, (value_high / 100 if value_high is not None else None)
        unit = _hundredths_unit(low)
    if unit in SPEED_UNITS and _is_acceleration_benchmark(doc, low.start):
        return None  # "from zero to 60 mph (97 kph) in five seconds": a benchmark's name
    if unit in RACE_DISTANCE_UNITS and unit_end < len(doc) and doc[unit_end].lemma_.lower() in RACE_EVENTS and (
            _names_the_race(low)):
        return None  # "the men's 400 metre relay", "the 100m freestyle": the name of a race
    if line is not None and kind == "QTY" and high is None and unit in {None, "point"} and _is_plain_number(low) and (
            line.holds_stat(offset + low[0].idx)):
        if exclusions.is_clipped_year(low):
            return None  # "the ’72 team won 17 games": a year with its century cut off, no statistic
        return _stat_figure(low, value, line, offset, article_id, body)
    taken = {t.i for t in doc[low.start : unit_end]}
    anchor = doc[unit_end - 1] if unit_end > end else _root(last)
    if suffix is not None and anchor.head == suffix:
        anchor = suffix  # "for $300M": the parse hangs the amount on its scale letter
    if kind == "FRACTION":
        anchor = low[-2] if low[-1].lower_ == "of" else low[-1]
    if kind == "SINGLE":
        anchor = low[-1]  # "a single animal": "single" modifies what is counted
    if kind == "OUT_OF":
        anchor = low[-1]  # "nine out of 10 voters": the whole is what the share is of
        if last.end >= len(doc) or doc[last.end].is_punct or doc[last.end].lower_ in {"by", "in", "on", "for"}:
            anchor = low[0]  # "pegged the odds at one in seven, ...": the share itself is the verb's complement
    if kind == "PLUS" and unit_end == end:
        # "a hundred-plus engineers": the number, not the article or "plus", modifies the noun
        # ("a dozen-plus engineers": a number word spaCy does not count, before the hyphen)
        anchor = next((t for t in low if t.like_num or (t.i + 1 < low.end and doc[t.i + 1].text == "-")), anchor)
    noun_token = _counted_noun(anchor, taken)
    noun = measured_thing(last, anchor, taken, unit)
    if noun is None and noun_token is None and unit is None and kind == "QTY" and (added := _added_noun(doc, end)):
        noun_token, noun = added, lemma_of(added)  # "four or five more films", "four more of these things"
    if noun is not None and anchor.head.dep_ == "compound" and noun == lemma_of(anchor.head) and (
            anchor.head.head.i == anchor.head.i + 1 and anchor.head.head.tag_ == "NNS"
            and anchor.head.i > 0 and doc[anchor.head.i - 1].text != "-"):
        noun = lemma_of(anchor.head.head)  # "five or more data sources": the sources, not the data
    elif noun is not None and unit is None and anchor.head.dep_ == "compound" and noun == lemma_of(anchor.head) and (
            anchor.head.tag_ == "NN" and value == 1 and _ends_compound_chain(anchor.head)):
        # "more than one white supremacist Twitter account": one account, "supremacist" names its kind
        noun = lemma_of(anchor.head.head)
    if kind == "GLUED_PERCENT" and low[0].lower_.endswith("%-off"):
        noun = "discount"  # "30%-off coats": a price cut of 30 percent
    if noun is None and unit in SERVING_UNITS and anchor.lemma_.lower() == unit:
        noun = unit  # "only half a pint, I hope", "he drank two pints": what is served, named by its measure
    if noun is None and kind == "VAGUE" and _numbering_in(low) is not None:
        noun = _numbering_in(low)  # "tweets numbering in the thousands": the tweets
    if unit is not None and len(unit) == 3 and unit.isupper() and _priced_after_participle(anchor, doc, unit_end):
        noun = lemma_of(doc[unit_end])  # "the offered-at-cost $299 tickets": the tickets' price
    if unit == "percent" and anchor.dep_ == "appos" and anchor.head.lower_ in FRACTION_HEADS:
        # "three-quarters of Republicans, 74 percent": the percentage restates the fraction's share
        # and measures what the fraction is of (not "quarters", no period of time)
        whole = next((c for p in anchor.head.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), None)
        if whole is not None:
            noun, noun_token = lemma_of(whole), whole
    cut_from = _cut_from(anchor, doc, unit_end) if unit is not None and len(unit) == 3 and unit.isupper() else None
    if cut_from is not None:
        noun = cut_from  # "slash $1.3 billion from funds for repairs": the funds cut
    if unit is None and high is None and BATTING_AVERAGE_RE.match(low.text) and _after_batting_verb(low):
        noun = "average"  # "he hit just .209", "batting .300": a batting average
    if kind == "MULTIPLIED":
        noun = multiplied_thing(low[0], taken)  # "exports have doubled": the exports
    if kind == "TIMES" and low.end + 1 < len(doc) and doc[low.end].text == "-" and not low[-1].whitespace_ and (
            doc[low.end + 1].tag_ in {"VBN", "VBD", "JJ"} and doc[low.end + 1].is_alpha
            and doc[low.end + 1].lower_ not in FREQUENCY_WORDS):
        noun = doc[low.end + 1].lemma_.lower()  # "a twice-divorced actor": the divorces counted
    if noun is not None and _resembled(anchor.head) is not None and noun == lemma_of(anchor.head):
        noun = lemma_of(_resembled(anchor.head))  # "a $129 walkie talkie-like communicator": the communicator's price
    if unit is None and noun in {None, "time"} and high is None and low.end < len(doc) and doc[low.end].lower_ == "times":
        noun = _compared_after_times(doc, low.end + 1) or noun  # "four times its rated pressure": a pressure
    if unit == "point" and noun == "point":
        unit = None  # "scored 34 points", "finished with 25 points": points counted, not an index's
    if noun_token is None and unit is None and high is None and kind == "QTY" and (
            counted_before := _object_counted_before(low)) is not None and noun in {None, lemma_of(counted_before)}:
        # "uses 14 tires, the A380 carries 22": 22 tires (counted, so no date "22")
        noun_token, noun = counted_before, lemma_of(counted_before)
    if noun is None and unit is None and high is None and kind == "QTY" and previous is not None:
        noun = counted_in_previous(low, previous)  # "NASA picked 11 firms. These 11 had until May"
    if kind == "FRACTION" and noun is None and [t.lower_ for t in doc[low.end : low.end + 2]] in (
            ["as", "much"], ["as", "many"]):
        noun = _noun_of_amount(doc[low.end + 1], taken)  # "half as much coal-fired electricity"
    if kind == "FRACTION" and noun is None and low.end + 1 < len(doc) and doc[low.end].lower_ == "the" and (
            doc[low.end + 1].lemma_.lower() in SHARE_OF_NOUNS | {"time"}):
        noun = doc[low.end + 1].lemma_.lower()  # "half the size": a share of the size; "half the time"
    if kind == "FRACTION" and noun is None and low.end + 1 < len(doc) and doc[low.end].tag_ == "PRP$" and (
            doc[low.end + 1].pos_ == "NOUN"):
        noun = lemma_of(doc[low.end + 1])  # "half my theater groaned": a share of the theater's audience
    if kind == "QTY" and high is None and _is_european_thousands(low, unit, noun_token):
        value *= 1000  # "1.000 LED lights": a dot separating thousands
    # "worth between a billion and a billion-five": a range of millions or billions is an amount
    # even with nothing named after it ("between two and three" stands for a noun said before).
    amounts = high is not None and all(any(t.lower_ in LARGE_SCALES for t in end_) for end_ in (low, high))
    if _is_excluded(low, value, unit, noun, noun_token, amounts) or (
        high is not None and _is_excluded(high, value_high, unit, noun, noun_token, amounts)
    ):
        return None
    if kind == "QTY" and high is None and unit is None and line is None and _is_teaser_line(low, body, offset):
        return None
    if kind == "QTY" and high is None and unit is None and is_numbered_item(low, body, offset):
        return None  # "2 Apple is considering ...": the second item of a numbered list
    if unit in RADIO_UNITS and _names_a_band(doc, unit_end):
        return None  # "the 2.4GHz band", "the 915 MHz ISM band": a radio band's name, a label
    if kind == "QTY" and unit is None and _is_station_frequency(low, body, offset):
        return None  # "91.7 is the province of American Family Radio": a station's frequency
    if noun is None and unit is None:
        noun = exclusions.of_line_stat(low)
    if noun is None:
        noun = _vehicle_measure(low, last, unit)
    if value == 0 and high is None and unit is None and noun == "rate":
        unit = "percent"  # "kept rates near zero", "a zero rate": a rate of nothing is 0 percent
    if kind == "FEET_INCHES":
        noun = "height"  # feet and inches with their marks tell a person's height
    if unit in UNIT_DIMENSIONS and (noun is None or unit in DIMENSION_OVERRIDES):
        noun = UNIT_DIMENSIONS[unit]
    noun = shopping_measure(low, unit, unit_end, noun) or noun  # "$199 (was $249)", "40% off"
    if noun is None and unit == "percent" and unit_end < len(doc):
        noun = COMPARED_DIMENSIONS.get(doc[unit_end].lower_)  # "20 percent faster": a speed
    if noun is None and unit is None and _is_multiple(low) and unit_end < len(doc):
        noun = COMPARED_DIMENSIONS.get(doc[unit_end].lower_)  # "about 20x slower": a speed too
    qualifier, q_start = qualifier_at.get(low.start, (None, low.start))
    if kind == "PLUS" and qualifier is None:
        qualifier = "more_than"  # "40-plus": more than forty
    if qualifier is None and low.start > 0 and doc[low.start - 1].lower_ == "between" and high is not None:
        q_start = low.start - 1
    in_table = line is not None
    if in_table and unit == "percent" and noun is None and line.column_of(offset + low[0].idx) in {"%", "Pct", "pct"}:
        noun = "share"  # a table's "%" column: each cell is a share (of the count beside it)
    if value and low[0].text[0] in "-−" and unit is None and noun is None and not in_table:
        return None
    char_start = offset + doc[q_start].idx
    if kind == "BY_SIDE" and q_start == low.start:
        char_start += len("by-")  # "by-6 foot": the figure is "6 foot"
    if kind == "MAGNITUDE" and q_start == low.start:
        char_start += len("magnitude-")  # "magnitude-5.8": the figure is "5.8"
    last_tok = doc[unit_end - 1] if kind != "FRACTION" else (low[-2] if low[-1].lower_ == "of" else low[-1])
    char_end = offset + last_tok.idx + len(last_tok.text)
    if unit_end > end and UNIT_SLASH_RE.match(last_tok.lower_):
        char_end = offset + last_tok.idx + last_tok.text.index("/")  # "51,200 KB/50 MB": up to the slash
    if unit_end > end and last_tok.i == len(doc) - 1 and len(last_tok.text) > 1 and last_tok.text.endswith("."):
        char_end -= 1  # "up to 50 km/h.": the sentence's full stop is no part of the unit
    return Figure(
        figure_id=fact_id(article_id, "figure", char_start),
        article_id=article_id,
        value=float(value),
        value_high=float(value_high) if value_high is not None else None,
        unit=unit,
        noun=noun,
        qualifier=qualifier,
        is_approximate=is_vague or qualifier in APPROXIMATE_QUALIFIERS,
        text=body[char_start:char_end],
        sentence=line.text if line is not None else _sentence_of(low),
        char_start=char_start,
        char_end=char_end,
    )


OPEN_ENDS = {"more", "less", "fewer", "so"}
# Words after "the" that make the noun phrase a period of time ("the following week", "the same day").
PERIOD_WORDS_AFTER_THE = {"last", "past", "next", "following", "previous", "preceding", "same"}
# Words between a number and its unit that say it is added: "32 more gigawatts", "5 extra miles".
ADDED_WORDS = {"more", "additional", "extra", "further"}


def _object_counted_before(low: Span):
    """'A 777 uses 14 tires, the A380 carries 22, and the An-225 demands 32': a bare number, the
    object of its verb at the end of its clause, counts what the nearest count before it in the
    sentence, the object of another verb, counted (the noun is not said again). Only in a list of
    alike clauses: the two verbs coordinated (one a conj or parataxis of the other, or both of one
    head), the earlier count's noun ending its clause as the number ends its own, and the number
    not a level a verb like "hit" or "reach" names ("sold 500 cars in May, and its shares hit 52":
    a share price, no car)."""
    doc, number = low.doc, low[-1]
    if len(low) != 1 or number.dep_ != "dobj" or number.head.pos_ != "VERB" or number.head.i > number.i:
        return None
    if low.end < len(doc) and not doc[low.end].is_punct:
        return None
    verb = number.head
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None  # a clause of its own, with its own subject ("... that were not strikes one")
    for token in reversed(doc[number.sent.start : verb.i]):
        noun = token.head
        if token.pos_ == "NUM" and token.dep_ == "nummod" and noun.tag_ == "NNS" and noun.dep_ == "dobj" and (
                noun.head.pos_ == "VERB" and noun.head != verb and noun.i == token.i + 1
                and noun not in verb.ancestors):
            earlier = noun.head
            if not _coordinated_clauses(earlier, verb) or not _ends_clause(noun):
                return None
            if not carries_count_noun(earlier, verb):
                return None  # "its shares hit 52": a level reached, not a count of the cars sold
            return noun
    return None


# Dependencies that join clauses of one list ("uses 14 tires, carries 22 and demands 32"; the
# parser makes the first of such clauses a ccomp of the second at times).
LIST_CLAUSE_DEPS = {"conj", "parataxis", "ccomp"}


def _coordinated_clauses(earlier, verb) -> bool:
    """Whether two verbs head clauses of one list: one joined to the other, or both to one head."""
    if verb.head == earlier and verb.dep_ in {"conj", "parataxis"}:
        return True
    if earlier.head == verb and earlier.dep_ in LIST_CLAUSE_DEPS:
        return True
    return (earlier.head == verb.head and earlier != earlier.head and verb != verb.head
            and {earlier.dep_, verb.dep_} <= LIST_CLAUSE_DEPS)


def _ends_clause(noun) -> bool:
    """Whether a noun ends its clause: the sentence's end, punctuation or a conjunction after it."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return after is None or after.is_punct or after.dep_ == "cc" or after.is_sent_start


def _added_noun(doc, end: int):
    """'four or five more films', 'four more of these things': the plural noun a count of things
    still to come counts, after "more" (or "additional", "extra"), directly or after "of" and a
    demonstrative or "the"; the first of "three or four more" counts the same."""
    if end + 2 < len(doc) and doc[end].lower_ in {"or", "to"} and doc[end + 1].like_num:
        end += 2  # "three or four more sequels": the first of the two counts the same
    if end + 1 >= len(doc) or doc[end].lower_ not in ADDED_WORDS:
        return None
    noun = doc[end + 1]
    if noun.lower_ == "of" and end + 3 < len(doc) and doc[end + 2].lower_ in {"these", "those", "the"}:
        noun = doc[end + 3]
    return noun if noun.tag_ == "NNS" else None


def _resembled(noun):
    """'a walkie talkie-like communicator': the noun that "-like" after a noun modifies (the thing
    itself, which only resembles the noun before "-like")."""
    like = noun.head
    if noun.dep_ != "npadvmod" or like.lower_ not in {"like", "style"} or like.i != noun.i + 2:
        return None
    if noun.doc[noun.i + 1].text != "-" or like.dep_ != "amod" or like.head.pos_ != "NOUN" or like.head.i <= like.i:
        return None
    return like.head


def _compared_after_times(doc, start: int) -> str | None:
    """'four times its rated pressure', 'three times the national average': a multiple of the
    thing named after "times" by a definite or possessive noun phrase ("three times a week", a
    frequency, starts with "a" and is not taken). 'four times the following week', 'three times
    the past year': a period the things happened in, not a multiple."""
    if start >= len(doc) or not (doc[start].lower_ == "the" or doc[start].dep_ == "poss"):
        return None
    if doc[start].lower_ == "the" and start + 1 < len(doc) and doc[start + 1].lower_ in PERIOD_WORDS_AFTER_THE:
        return None  # "the following week", "the same day": when, not what is multiplied
    for token in doc[start + 1 : start + 5]:
        if token.pos_ == "NOUN" and token.dep_ != "compound":
            return None if lemma_of(token) in exclusions.TIME_NOUNS else lemma_of(token)
        if token.pos_ not in {"ADJ", "VERB", "NOUN", "ADV"} and token.dep_ not in {"amod", "compound"}:
            return None
    return None


def _open_ended_unit(doc, end: int) -> tuple[str | None, int]:
    """'60 or more miles', '5 or so km': the unit after an open end, and the index past it."""
    if end + 2 < len(doc) and doc[end].lower_ == "or" and doc[end + 1].lower_ in OPEN_ENDS:
        unit, unit_end = unit_after(doc, end + 2)
        if unit is not None:
            return unit, unit_end
    return None, end


def _list_unit(doc, end: int) -> str | None:
    """The unit written once after the last of a list of numbers joined by commas and a final
    'or' or 'and' ("25, 40 or 60 or more miles"); None when the list has no such join."""
    if PLAIN_NUMBER_RE.match(doc[end - 1].text) is None:
        return None  # "4k and 60fps": a resolution beside a frame rate, not one list
    i, joined = end, False
    while i + 1 < len(doc) and doc[i].lower_ in {",", "or", "and"} and _digits(doc[i + 1].text) is not None:
        joined = joined or doc[i].lower_ in {"or", "and"}
        i += 2
    if not joined:
        return None
    unit, _ = unit_after(doc, i)
    return unit if unit is not None else _open_ended_unit(doc, i)[0]


def _priced_after_participle(anchor, doc, unit_end: int) -> bool:
    """An amount the parse hangs on a participle used as an adjective ("offered-at-cost",
    "long-awaited") though a plural noun follows it: the amount prices that noun."""
    following = doc[unit_end] if unit_end < len(doc) else None
    head = anchor.head
    return following is not None and following.tag_ == "NNS" and head.tag_ == "VBN" and head.dep_ == "amod" and (
        head.i < anchor.i and head.head.i == following.i)


def _sentence_of(low: Span) -> str:
    """The sentence a figure is in, run on while the next one starts in lower case: the parser
    ends a sentence at an abbreviation's full stop ("about 392,000 bbl. were burned")."""
    doc = low.doc
    sent = low.sent
    start, end = sent.start, sent.end
    # ... and run back while this one starts in lower case: the parser also ends a sentence at a
    # token it reads as punctuation ("Taylor's .231/.278/.376 in 237", a batting slash line).
    while start > 0:
        first = next((t for t in doc[start].sent if t.is_alpha), None)
        if first is None or not first.is_lower or first.i != start:
            break
        start = doc[start - 1].sent.start
    while end < len(doc):
        following = doc[end].sent
        first = next((t for t in following if t.is_alpha), None)
        if first is None or not first.is_lower or first.i != following.start:
            break
        end = following.end
    return doc[start:end].text if (start, end) != (sent.start, sent.end) else sent.text


# Verbs that take an amount of money, not a weight: "raised 500 pounds", "costing 300 pounds".
# (Not "save" or "collect": "the aluminum body saves 700 pounds", "collected 20 pounds in fish".)
MONEY_VERBS = {"raise", "cost", "spend", "pay", "donate", "earn", "charge", "fine", "owe", "fetch",
               "award", "invest", "refund", "bill",
               # a loan or a debt: "asked to borrow five hundred pounds", "lent him 40 pounds"
               "borrow", "lend", "repay", "loan"}


def _pounds_of_money(doc, unit_end: int) -> bool:
    """'pounds' a verb of money governs, with no 'of' stuff after them (not '50 pounds of fish')."""
    pounds = doc[unit_end - 1]
    if pounds.lower_ not in {"pounds", "pound"}:
        return False
    if unit_end < len(doc) and doc[unit_end].lower_ == "of":
        return False
    head = pounds
    for _ in range(4):
        if head.head == head:
            break
        head = head.head
        if head.pos_ in {"VERB", "AUX"}:
            return head.lemma_.lower() in MONEY_VERBS
        if head.pos_ in {"NOUN", "PROPN"} and head.lower_ not in VAGUE_WORDS:
            return False  # "collected a bass of 11 pounds": the pounds belong to a thing
        if head.pos_ == "ADP" and head.lower_ != "of":
            return False  # "paid for the extra 20 pounds he gained": not what was paid
    return False


def _noun_of_amount(much, taken: set[int]) -> str | None:
    """The noun 'much' or 'many' modifies ("as much coal-fired electricity" -> electricity)."""
    head = much.head
    if much.dep_ == "amod" and head.i > much.i and head.pos_ == "NOUN" and head.i not in taken:
        return lemma_of(head)
    return None


def _is_cents(doc, end: int) -> bool:
    """'15 cents', '75 cent': a number of cents ("per cent" is read as percent before this)."""
    return end < len(doc) and doc[end].lower_ in {"cents", "cent", "¢"} and not (
        end > 0 and doc[end - 1].lower_ == "per")


def _is_two_cents_idiom(low: Span, doc, end: int) -> bool:
    """'their two cents' worth', 'my two cents on the stadium', 'not worth two cents': an
    opinion offered or a thing called worthless, with no price ("a 2-cent rise" stays money)."""
    if low[0].lower_ not in {"two", "2"} or len(low) != 1:
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    before = doc[low.start - 1] if low.start > 0 else None
    return (after is not None and (after.text in {"'", "’", "'s", "’s"} or after.lower_ == "worth")) or (
        before is not None and (before.tag_ == "PRP$" or before.lower_ == "worth"))


def _hundredths_unit(low: Span) -> str:
    """'99¢' is money (a hundredth of the currency); '25bp' a hundredth of a percent: a level
    ("held at 25bp", "rose to 50bp") is a percent, a change ("cut 25bp", "by 50bp") percentage points."""
    if low[0].lower_.rstrip(".").endswith("¢"):  # "to 99¢." ends a sentence
        return _cents_currency(low)
    before = low.doc[low.start - 1].lower_ if low.start > 0 else ""
    noun = low.doc[low.start - 2].lemma_.lower() if low.start > 1 else ""
    if before == "of" and noun in BASIS_POINT_CHANGES:
        return "percentage_point"  # "a cut of 25bp", "a rise of 10bp": a change
    return "percent" if before in {"at", "to", "of", "from"} else "percentage_point"


BASIS_POINT_CHANGES = {"cut", "hike", "rise", "increase", "fall", "drop", "decline", "reduction", "move",
                       "jump", "gain", "change", "widening", "tightening", "easing"}


def _cents_currency(low: Span) -> str:
    sentence = low.sent.text.lower()
    return "EUR" if "€" in sentence or "euro" in sentence else "USD"


FREQUENCY_RE = re.compile(r"^\d{2,3}\.\d$")


def _is_station_frequency(low: Span, body: str | None, offset: int) -> bool:
    """'91.7' where the article writes '91.7 FM' near it: a radio station's frequency is a label
    at every mention ("tune to 91.7", "91.7 is the home of ..."); a decimal far from the
    station's mention is read on its own ("the index fell to 92.3" paragraphs later)."""
    text = low.text
    if body is None or FREQUENCY_RE.match(text) is None:
        return False
    at = offset + low[0].idx
    near = body[max(0, at - STATION_REACH) : at + STATION_REACH]
    return re.search(r"(?<![\d.])" + re.escape(text) + r"\s*-?\s*(?:FM|AM)\b", near) is not None


def _names_a_band(doc, unit_end: int) -> bool:
    """'on the 2.4GHz ISM frequency band', 'the 5GHz and 6GHz bands': a frequency that names a
    band of the spectrum (nouns between it and "band"; another frequency joined by "and"/"or")."""
    for token in doc[unit_end : unit_end + 6]:
        if token.lemma_.lower() in BAND_WORDS:
            return True
        if not (token.pos_ in {"NOUN", "PROPN", "NUM"} or token.text == "-" or token.lower_ in {"and", "or"}):
            return False
    return False


RADIO_UNITS = {"Hz", "kHz", "MHz", "GHz"}
BAND_WORDS = {"band"}  # not "spectrum": "add 40 MHz spectrum" is an amount of it
# How far (characters) from "91.7 FM" a bare "91.7" is still read as the station.
STATION_REACH = 300


def _is_teaser_line(low: Span, body: str | None, offset: int) -> bool:
    """'5 healthy eating tips for holiday travelers': a line of its own that opens with a number
    and reads as a headline (no verb that is said of anything, no closing full stop) is a link
    to another story, and its number the label of a list ("5 tips"), not a fact of this one.
    "5 people were hurt." has a verb and a full stop."""
    if body is None or low.start != low.sent.start or not low[0].text.isdigit():
        return False
    start = offset + low[0].idx
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", start)
    line = body[line_start : line_end if line_end >= 0 else len(body)].strip()
    if body[line_start:start].strip() or not 3 <= len(line.split()) <= 12:
        return False
    if line[-1] in ".!?:;\"”’)…,":
        return False
    sent = low.sent
    if sent.end_char + offset < line_start + len(line) - 1:
        return False  # the line is more than this sentence
    return not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in sent)


# Distances that name a race when an event of athletics or swimming follows them: "the 400
# metre relay", "the 200m breaststroke final", "the 110m hurdles" (a benchmark's name, like
# "0-60 mph"); "a 400 metre walk to the shops" stays a distance.
RACE_DISTANCE_UNITS = {"m", "km", "yard", "mile"}
RACE_EVENTS = {"relay", "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "hurdle",
               "hurdles", "steeplechase", "dash", "sprint", "individual"}


def _names_the_race(low: Span) -> bool:
    """'the 400 metre relay', "the men's 200m freestyle", 'Olympic 100m hurdles': a race is named
    with "the", a possessive or a capitalised title before it; "a 400m sprint up the hill", "the
    final 100 metres sprint" and "swam 800 metres freestyle every morning" are distances."""
    if low.start == 0:
        return False
    before = low.doc[low.start - 1]
    return before.lower_ == "the" or before.tag_ == "POS" or before.lower_ in {"'s", "’s"} or (
        before.text[:1].isupper() and before.pos_ in {"PROPN", "ADJ"} and before.i > before.sent.start)


DISTANCE_UNITS = {"mile", "km"}
# What a vehicle covers a distance on: "300 miles on a single charge", "590 km on the WLTP cycle".
RANGE_CUES = {"charge", "battery", "tank", "cycle", "tankful", "electric"}


def _vehicle_measure(low: Span, last: Span, unit: str | None) -> str | None:
    """A distance covered on a charge, a tank or a test cycle is a range; an engine size
    written alone ('the new 2.0-liter will deliver more power') is the engine's."""
    doc = low.doc
    following = doc[last.end : min(last.sent.end, last.end + 8)]
    if unit in DISTANCE_UNITS and any(t.lemma_.lower() in RANGE_CUES for t in following):
        return "range"
    is_hyphenated = last.end + 1 < len(doc) and doc[last.end].text == "-"
    if unit == "litre" and is_hyphenated:
        return "engine"
    return None


def _is_european_thousands(span: Span, unit: str | None, counted) -> bool:
    """'1.000 lights', '2.500 visitors': a count of whole things with three decimals of zero
    or more is written with a dot between thousands (no one counts 1.5 lights)."""
    text = span[-1].text
    return (unit is None and len(span) == 1 and counted is not None and counted.tag_ == "NNS"
            and re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", text) is not None)


# Headers of table columns whose numbers are labels, not quantities.
LABEL_HEADERS = exclusions.LABEL_WORDS | {"rank", "ranking", "#", "pos", "position", "place", "date",
                                          "seed", "id", "code", "ticker", "year"}
PLAIN_NUMBER_RE = re.compile(r"^\d[\d,]*(?:\.\d+)?$")


def _is_plain_number(span: Span) -> bool:
    """A number written in digits alone: no sign, currency, scale or word."""
    return len(span) == 1 and PLAIN_NUMBER_RE.match(span[0].text) is not None


def _stat_figure(low: Span, value: float, line: stats.StatLine, offset: int, article_id: str,
                 body: str) -> Figure | None:
    """A number of a statistics line (see stats.py): every one is a figure, what it counts is
    the word after it ("25 points", "2 QH") or its column's header ("| 57 |" under "Plays").

    A team's record or a score ("(1-0)", "70-44") stays no figure, nor does a duration, a year,
    or a cell of a column of ranks, positions or dates ("| 1 |" under "Rank").
    """
    doc = low.doc
    after = doc[low.end] if low.end < len(doc) else None
    header = line.column_of(offset + low[0].idx)
    if header is not None and header.lower().strip(".") in LABEL_HEADERS | exclusions.TIME_NOUNS:
        return None
    if re.fullmatch(r"(?:1[89]|20)\d\d", low[0].text):
        return None  # a year
    noun = None
    if after is not None and after.is_alpha and after.tag_ not in {"VBN", "VBD", "JJ"} and (
            after.pos_ in {"NOUN", "PROPN", "VERB"} or after.is_upper):
        # "2 QH" -> qh, "3 steals" -> steal; "(3 combined)" counts what the stat before it does
        noun = after.lower_ if after.is_upper else lemma_of(after)
    elif after is None or not after.is_alpha:
        # (a header that is a function word, "Last", "Change %", names no thing)
        noun = stats.singular(header) if header is not None and header.isalpha() and not doc.vocab[header.lower()].is_stop else None
    if after is not None and after.lower_ in SUM_WORDS:
        noun = _first_stat_before(low) or noun  # "7 tackles, 3 assists (10 combined)": tackles
    if noun is None and stats.is_line_score(line.text):
        noun = _scoring_unit(body)  # "Rockledge 14 11 6 15 — 44": the team's points by period
    if exclusions.is_score(low, None) or noun in exclusions.TIME_NOUNS:
        return None
    char_start = offset + low[0].idx
    char_end = char_start + len(low[0].text)
    return Figure(
        figure_id=fact_id(article_id, "figure", char_start), article_id=article_id, value=float(value),
        value_high=None, unit=None, noun=noun, qualifier=None, is_approximate=False,
        text=body[char_start:char_end], sentence=line.text, char_start=char_start, char_end=char_end,
    )


# Words after a stat's number that make it the sum of the stats before it: "(10 combined)".
SUM_WORDS = {"combined", "total"}


def _first_stat_before(low: Span) -> str | None:
    """What a sum in a run of stats counts: the first stat of the run ("7 tackles, 3 assists
    (10 combined)" are ten tackles, solo and assisted). The run ends at a full stop, a colon or
    a table's cell bar."""
    doc = low.doc
    first = None
    for token in reversed(doc[: low.start]):
        if token.text in {".", ":", "|", ";"}:
            break
        if token.like_num and token.i + 1 < low.start and doc[token.i + 1].is_alpha and (
                doc[token.i + 1].pos_ in {"NOUN", "PROPN", "VERB"}):
            first = lemma_of(doc[token.i + 1])
    return first


# The words a game's score is counted in, by sport: basketball and football count points, hockey
# and soccer goals, baseball runs.
SCORING_UNITS = ("point", "goal", "run")
_SCORING_RE = re.compile(r"\b(points?|goals?|runs?)\b", re.IGNORECASE)


def _scoring_unit(body: str | None) -> str:
    """What a line score's numbers count: the scoring word the article uses most ("point" when
    it uses none)."""
    counts = dict.fromkeys(SCORING_UNITS, 0)
    for word in _SCORING_RE.findall(body or ""):
        counts[word.lower().rstrip("s")] += 1
    return max(SCORING_UNITS, key=lambda unit: counts[unit])


def _root(span: Span):
    outside = [t for t in span if not (span.start <= t.head.i < span.end) or t.head == t]
    if len(outside) > 1 and outside[0].lower_ in {"a", "an"} and outside[0].dep_ == "det" and (
            span.end + 1 < len(span.doc) and span.doc[span.end].text == "-"
            and span.doc[span.end + 1].pos_ == "NOUN"):
        return outside[1]  # "a thousand-qubit computer": the article goes with the noun, the number counts
    return outside[0] if outside else span[-1]


def _counted_noun(anchor, taken: set[int]):
    """The noun a plain count modifies ("2,500 US troops"), for the exclusion rules."""
    head = anchor.head
    if anchor.dep_ == "compound" and head.dep_ == "nummod" and head.i == anchor.i + 1 and (
        head.text.isdigit() and len(head.text) >= 3
    ):
        head = head.head  # "five 787 Dreamliner orders": the model number names what is counted
    elif anchor.dep_ == "nummod" and head.dep_ in {"nummod", "compound"} and head.i == anchor.i + 1 and (
        is_model_code(head.text) and head.head.i > head.i
    ):
        head = head.head  # "four RS-25 engines", "two F-35 jets": a model code before the noun counted
    elif anchor.dep_ == "nummod" and head.lower_ == "one" and head.i == anchor.i + 1 and (
        head.i + 1 < len(anchor.doc) and anchor.doc[head.i + 1].text == "-" and head.head.i > head.i
    ):
        head = head.head  # "six one-of-a-kind shirts", "two one-bedroom flats": a compound before the noun
    if anchor.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod"} and (
        head.i > anchor.i and (head.pos_ in {"NOUN", "PROPN"} or _is_mistagged_noun(anchor, head))
        and head.i not in taken
    ):
        return head
    return None


MULTIPLE_RE = re.compile(r"~?\d[\d,.]*x")
# What follows a multiple written with an x: "9x as cost-effective", "10x more", "3x the price".
MULTIPLE_CUES = {"as", "more", "less", "fewer", "the"}


def _is_multiple(span: Span) -> bool:
    return MULTIPLE_RE.fullmatch(span[-1].lower_) is not None


def _is_mistagged_noun(anchor, head) -> bool:
    """'one in-person meeting': a count's head the tagger took for a verb ("meeting" as VBG) is a
    noun, since no verb takes a count as its modifier."""
    return anchor.dep_ == "nummod" and head.pos_ == "VERB" and head.tag_ in {"VBG", "NN"} and (
        head.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj", "attr"})


LARGE_SCALES = {"million", "billion", "trillion"}


def _is_excluded(span: Span, value: float, unit: str | None, noun: str | None, noun_token,
                 is_amount: bool = False) -> bool:
    from newsfacts.extract.figures.measured import lemma_of

    noun_lemma = lemma_of(noun_token) if noun_token is not None else noun
    return (
        exclusions.is_time_or_date(span, value, noun_lemma, noun_token, unit)
        or exclusions.is_score(span, unit)
        or exclusions.is_score_phrase(noun_lemma, span)
        or exclusions.is_label_or_name(span, noun_token, unit)
        or (not is_amount and exclusions.is_bare_word(span, noun_token, noun is not None, unit))
        or exclusions.is_parties(span, noun_token)
        or exclusions.is_reference_marker(span, unit)
        or (unit is None and exclusions.is_spaced_ratio(span, noun))
        or (any(t.ent_type_ == "ORDINAL" for t in span) and unit is None)
        or (any(t.ent_type_ in exclusions.NAME_LABELS for t in span) and unit is None and noun is None
            and not exclusions.in_list_of_amounts(span))
    )
