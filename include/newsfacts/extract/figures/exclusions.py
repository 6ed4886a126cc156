"""Numbers that are not figures: years, dates, times, ages, ranks, labels, names, scores, codes.

Each rule is general, not tied to one article:
- time: a counted noun that is a time unit ("three years"), DATE/TIME entities with nothing
  counted, clock times ("10 p.m."), years ("in 2014", "the 2020 campaign", "September 11, 2001");
- ranks and labels: ordinals, "No. 1", "Zone 1", "Level 3", "Highway 287", "Resolution 2334",
  a number right after a proper noun or a label word;
- names and models: a number glued to letters ("5G", "COP29"), a number followed by a proper
  noun ("737 Max", "iPhone 11 Pro", "STOXX 600"), a size naming a product ("13-inch MacBook",
  "13-inch models"), "the 777 program" (a number before a singular noun), "a two-class layout";
- sports results: scores and records ("4-1", "7-6 (5)", "14-0-1"), and recap headers
  ("Wild 4, Sabres 1:");
- emergency numbers ("called 911") and street numbers ("3170 W. County Road");
- "one" as a pronoun or determiner ("one of the", "One expert said"), bare number words;
- numbers in a short quoted name of a doctrine or plan (the "one country, two systems" formula).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsfacts.extract.numbers import NUMBER_WORDS, SCALE_SUFFIXES, SCALE_WORDS, VAGUE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

TIME_NOUNS = {
    "year", "month", "week", "day", "hour", "minute", "min", "second", "decade", "century",
    "night", "morning", "evening", "weekend", "afternoon", "season", "yr", "am", "pm",
    "a.m.", "p.m.", "quarter", "semester",
    # a load or response time is a duration too ("a full 600 milliseconds to load")
    "millisecond", "microsecond", "nanosecond",
}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "LAW", "EVENT",
               "WORK_OF_ART", "LANGUAGE"}
LABEL_WORDS = {"no", "no.", "number", "nos", "zone", "level", "highway", "route", "road",
               "interstate", "phase", "stage", "grade", "class", "category", "chapter",
               "article", "section", "page", "room", "flight", "gate", "platform", "line",
               "row", "seat", "tier", "week", "round", "game", "episode", "season", "aged",
               "age", "ages", "#", "version", "v", "model", "type", "unit", "district", "ward",
               "precinct", "terminal", "channel", "bus", "exit", "lane", "block", "building",
               "floor", "resolution", "protocol", "act", "bill", "rule", "amendment"}
# Lower-case words that name a category by its number: "type 2 diabetes", "group 2 innate
# lymphoid cells", "stage 4 cancer", "a category 5 storm".
CATEGORY_WORDS = {"type", "group", "phase", "stage", "category", "grade", "class", "tier", "level"}
# "13-inch models", "the 64GB version": a size that names a product's variant, not a measure.
VARIANT_NOUNS = {"model", "version", "variant", "edition", "trim", "configuration"}
# "a two-class layout", "a five-star hotel", "a two-tier system", "a two-state solution", "a
# four-door car", "a six-speed gearbox", "a V6 four-cylinder", "a .45-caliber handgun", "a
# 12-gauge shotgun", "a 3-pointer", "an 18-wheeler", "a double-decker", "a four-bar linkage": a kind or a style,
# not a count or a measure.
KIND_NOUNS = {"class", "tier", "star", "state", "door", "party", "way", "wheel", "seater", "speed",
              "factor", "caliber", "calibre", "gauge", "cylinder", "spoke", "stroke", "valve",
              "link", "pointer", "wheeler", "decker", "bar"}
# Singular nouns that count people or animals: "the 20 staff", "the 12 crew".
COLLECTIVE_NOUNS = {"staff", "crew", "police", "personnel", "cattle", "livestock", "clergy",
                    "faculty", "infantry", "militia", "youth", "family"}
# Nouns after a short quoted name that make it a doctrine, slogan or plan: the "one country, two
# systems" formula, the "one China" policy, a "two-state" solution, the "Big Four" firms.
QUOTED_NAME_HEADS = {"formula", "policy", "principle", "doctrine", "slogan", "rule", "model",
                     "framework", "strategy", "solution", "approach", "plan", "law", "agenda",
                     "campaign", "motto", "initiative", "programme", "program"}
OPENING_QUOTES = {'"', "“", "‘", "'", "«"}
CLOSING_QUOTES = {'"', "”", "’", "'", "»"}
SCORE_NOUNS = {"win", "victory", "loss", "defeat", "lead", "record", "score", "skid", "start",
               "streak", "run", "draw", "tie", "edge", "margin", "decision", "vote", "count"}
EMERGENCY_NUMBERS = {"911", "999", "112"}
EMERGENCY_CONTEXT = {"call", "calls", "dial", "dialed", "dialled", "called", "dispatcher",
                     "operator", "center", "centre", "line", "service"}
CLOCK_WORDS = {"a.m.", "p.m.", "am", "pm", "gmt", "utc", "et", "pt", "est", "edt", "pst", "bst",
               "o'clock", "hrs", "h"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.",
          "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "jan", "feb", "mar",
          "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "drive", "dr",
                "lane", "ln", "way", "court", "ct", "place", "pl", "highway", "hwy", "parkway"}
SCORE_RE = re.compile(r"^\d{1,3}(?:[-–]\d{1,3}){1,2}$")


def _near(span: Span, offset: int) -> Token | None:
    i = (span.start - 1 if offset < 0 else span.end) + (offset + 1 if offset < 0 else offset)
    return span.doc[i] if 0 <= i < len(span.doc) else None


def is_score(span: Span, unit: str | None) -> bool:
    """'4-1', '7-6 (5)', '14-0-1', 'Wild 4, Sabres 1:' - a result, not a quantity."""
    if unit is not None:
        return False
    before, after = _near(span, -1), _near(span, 0)
    after2 = _near(span, 1)
    text = span.text.replace(" ", "")
    if SCORE_RE.match(text):
        return True
    if span[-1].lower_ in SCALE_WORDS or span[-1].lower_.endswith("x"):
        return False  # "2-3 billion": no score runs to millions; "1-2x" is a range of multiples
    if after is not None and after.text in {"-", "–"} and after2 is not None and after2.like_num:
        after3 = _near(span, 2)
        return after3 is None or after3.lower_ not in SCALE_WORDS  # "350–375 million" is a range
    if before is not None and before.text in {"-", "–"}:
        before2 = _near(span, -2)
        if before2 is not None and before2.like_num:
            return True
    if before is not None and before.text == "(" and after is not None and after.text == ")":
        before2 = _near(span, -2)
        if before2 is not None and before2.like_num:
            return True
    # Recap headers: "Wild 4, Sabres 1: ..." - a number between a proper noun and , or :
    return bool(
        before is not None and (before.pos_ == "PROPN" or before.tag_ in {"NNP", "NNPS"} or before.is_title)
        and after is not None and after.text in {",", ":"} and len(span) == 1 and span[0].like_num
        and before.i != before.sent.start - 1
    )


def _in_quoted_name(span: Span) -> bool:
    """Whether a number stands in a short quoted name followed by a noun like 'formula'."""
    doc = span.doc
    before = doc[max(span.sent.start, span.start - 5) : span.start]
    opening = [t.i for t in before if t.text in OPENING_QUOTES]
    if not opening:
        return False
    for token in doc[span.end : min(span.sent.end, span.end + 5)]:
        if token.text in CLOSING_QUOTES:
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            quoted = doc[opening[-1] + 1 : token.i]
            is_name = len(quoted) <= 4 and not any(t.pos_ in {"VERB", "AUX"} for t in quoted)
            named_before = is_name and opening[-1] > 0 and doc[opening[-1] - 1].lemma_.lower() in QUOTED_NAME_HEADS
            return named_before or (after is not None and after.lemma_.lower() in QUOTED_NAME_HEADS)
    return False


def _is_list_marker(span: Span) -> bool:
    """'2.' or '3)' opening a numbered list item, '[1]' marking a footnote or a reference: a
    position, not a quantity."""
    first = span[0]
    after = _near(span, 0)
    before = _near(span, -1)
    if len(span) == 1 and first.text.isdigit() and before is not None and before.text == "[" and (
            after is not None and after.text == "]"):
        return True
    if len(span) == 1 and first.text.isdigit() and len(first.text) <= 2 and after is not None and (
            after.text == ")" and not first.whitespace_ and before is not None
            and before.text in {":", ",", ";"} and not _open_bracket_before(first)):
        return True  # "are: 1) Deviled, 2) Scotch": an item's number in a list run into a sentence
    return (len(span) == 1 and first.i == first.sent.start and first.text.isdigit()
            and after is not None and after.text in {".", ")"} and (
                after.i + 1 >= len(span.doc) or after.i + 1 == after.sent.end
                or not span.doc[after.i + 1].is_lower))


# Entities a number can be the first word of: "404 Media", "7 Eleven Inc", "10 Downing Street".
NAMED_BY_NUMBER = {"ORG", "PRODUCT", "FAC"}


# What a publisher does in the sentence that names it: "404 Media reports", "9 News said".
REPORTING_WORDS = {"reports", "reported", "says", "said", "writes", "wrote", "notes", "noted", "reveals",
                   "revealed", "first"}


def _opens_a_name(span: Span) -> bool:
    """A digit number that starts a name the entity tagger marks as a whole ("20th Century Studios"
    as one ORG) or that a capitalised organisation word and a verb of reporting follow ("404 Media
    reports"); "20 Democrats" (a group) and "5 Apple stores" count."""
    first, after = span[0], _near(span, 0)
    if len(span) != 1 or not first.text.isdigit() or after is None or not after.is_title:
        return False
    if first.ent_iob_ == "B" and first.ent_type_ in NAMED_BY_NUMBER and after.ent_iob_ == "I":
        return True
    following = _near(span, 1)
    return after.ent_type_ in NAMED_BY_NUMBER and following is not None and following.lower_ in REPORTING_WORDS


def _open_bracket_before(token: Token) -> bool:
    """Whether a "(" before the token in its sentence is still open ("(up 3, down 2)")."""
    depth = 0
    for t in token.doc[token.sent.start : token.i]:
        depth += t.text == "("
        depth -= t.text == ")" and depth > 0
    return depth > 0


def _in_quoted_nickname(span: Span) -> bool:
    """A number word opening a short quoted nickname: the term "three amigos", the "Big Four"."""
    doc = span.doc
    before = _near(span, -1)
    if before is None or before.text not in OPENING_QUOTES or not span[0].is_alpha:
        return False
    after = _near(span, 0)
    if span[0].lower_ in VAGUE_WORDS and after is not None and after.lower_ == "of" and not _title_after(after):
        return False  # a quoted boast, "tens of millions of songs": an amount of the things named after "of"
    closing = next((t for t in doc[span.end : min(span.sent.end, span.end + 3)] if t.text in CLOSING_QUOTES), None)
    return closing is not None and closing.i > span.end


def _title_after(of: Token) -> bool:
    """'the album “Thousands of Suns”': a capitalised word after "of", before the closing quote,
    makes the quote a title ("“tens of millions of songs”" is a boast of an amount)."""
    for t in of.doc[of.i + 1 : min(of.sent.end, of.i + 5)]:
        if t.text in CLOSING_QUOTES:
            return False
        if t.is_alpha and t.text[0].isupper():
            return True
    return False


# Nouns that name a quote as a statement, whose figures are claims: the "3 Killed In Crash"
# headline, Trump's "3 Million Illegal Votes" claim.
STATEMENT_NOUNS = {"headline", "banner", "splash", "claim", "sign", "tweet", "post", "message", "story",
                   "slogan", "poster", "chant", "warning", "alert", "caption", "statement", "report"}


def _opens_quoted_title(span: Span) -> bool:
    """A digit number opening a quoted title in title case: the "10 People Who Don't Matter" list,
    a "50 Most Powerful Women" ranking, "21 Jump Street": a name, not a count ("“10 people died,”
    he said" is a quote in sentence case)."""
    doc = span.doc
    before = _near(span, -1)
    if before is None or before.text not in OPENING_QUOTES or not span[0].text.isdigit():
        return False
    closing = next((t for t in doc[span.end : min(span.sent.end, span.end + 9)] if t.text in CLOSING_QUOTES
                    and not (t.text in {"’", "'"} and t.i + 1 < len(doc) and not t.whitespace_)), None)
    if closing is None:
        return False
    words = [t for t in doc[span.end : closing.i] if t.is_alpha]
    if len(words) < 2 or not all(t.is_title or t.is_upper for t in words if len(t) > 3 or t.i == span.end):
        return False
    # Named as a title by what is around it: a noun after ("list", "ranking", "award"), a name
    # before ("CNN's ..."), or a list word ending it ("... List"). A quoted headline stays.
    after, name = _near(span.doc[closing.i : closing.i + 1], 0), _near(span.doc[before.i : before.i + 1], -1)
    return (after is not None and after.pos_ == "NOUN" and after.lemma_.lower() not in STATEMENT_NOUNS) or (name is not None and name.pos_ == "PROPN") or (
        words[-1].lower_ in {"list", "ranking", "award", "awards", "index"})


# Verbs that open a campaign's or a movement's name when capitalised in mid-sentence before "for"
# and an amount: "Fight for $15", "Stand Up for 15", "Walk for $1".
CAMPAIGN_VERBS = {"fight", "stand", "march", "walk", "run", "ride", "race", "strike", "vote", "rise"}


def _ends_campaign_name(span: Span) -> bool:
    """'planned by activist group Fight for $15': an amount after "for" that closes a name opened
    by a capitalised verb of campaigning in mid-sentence ("Fight", "Stand Up") is the name of a
    movement; a bare amount with no scale word ("$15 billion" is a sum)."""
    doc = span.doc
    words = [t for t in span if not t.is_currency]
    if not words or any(t.lower_ in SCALE_WORDS for t in span) or (
            span.end < len(doc) and doc[span.end].lower_ in SCALE_WORDS):
        return False
    i = span.start - 1
    if i < 1 or doc[i].lower_ != "for":
        return False
    j = i - 1
    if doc[j].lower_ == "up" and doc[j].text[:1].isupper():
        j -= 1  # "Stand Up for ..."
    opener = doc[j]
    return (opener.lower_ in CAMPAIGN_VERBS and opener.text[:1].isupper() and not opener.is_sent_start
            and opener.i != opener.sent.start)


RATING_WORDS = {"rated", "rate", "rating", "scored", "score", "ranked", "ranks", "grade", "graded"}


def _is_rating_part(part: Token | None) -> bool:
    """Whether the part before "out of N" is a label or a rating ("Level 3", "rated 4"), not a
    count of things ("seven victories", "one night")."""
    if part is None or not part.like_num:
        return part is None or part.pos_ not in {"NOUN", "PROPN"}
    previous = [t.lower_ for t in part.doc[max(part.i - 3, 0) : part.i]]
    return not previous or any(w in LABEL_WORDS | RATING_WORDS for w in previous)


def is_label_or_name(span: Span, noun: Token | None, unit: str | None) -> bool:
    """Ranks, labels, model names, codes, emergency and street numbers."""
    first, last = span[0], span[-1]
    if unit is None and _in_quoted_name(span):
        return True  # the "one country, two systems" formula
    if first.lower_ in {"once", "twice", "thrice"}:
        return False  # how many times, never a label
    before, after = _near(span, -1), _near(span, 0)
    if before is not None and before.text.startswith("@") and len(before.text) > 1:
        before = None  # "@jdoe SEVEN!": a reply's addressee, no name the number belongs to
    if _is_list_marker(span):
        return True  # "2." opening a numbered list item
    if unit is None and _opens_a_name(span):
        return True  # "404 Media reports", "20th Century Studios": the number starts a name
    if before is not None and before.text == "#" and not before.whitespace_:
        return True  # "a #1 showing", "the #3 seed": a rank written with the number sign
    label = _near(span, -2) if before is not None and before.text == "." else before
    if label is not None and label.lower_ in LABEL_WORDS and (noun is None or (
            label.text[:1].isupper() and label.i != label.sent.start and unit is None)):
        return True  # "Zone 1", "No. 1", "Highway 287", "every Week 12 game"
    if unit is None and _opens_quoted_title(span):
        return True
    if _ends_campaign_name(span):
        return True  # "activist group Fight for $15": a movement's name, no amount
    if unit is None and _in_quoted_nickname(span):
        return True  # the term "three amigos"
    if unit is None and before is not None and before.lower_ in CATEGORY_WORDS and before.is_lower and (
            first.text.isdigit() and (after is None or (after.is_alpha and not after.is_stop))):
        return True  # "so-called type 2 responses", "group 2 innate lymphoid cells"
    if unit is None and _is_list_name(span):
        return True  # "a 40 Under 40 Award recipient": the name of a list
    if unit is None and _in_title(span):
        return True  # "The 7 Habits of Highly Effective People", "10 Things in Tech"
    if unit is None and span.text.lower() in {"4k", "5k", "8k"}:
        return True  # a screen resolution
    if unit is None and _is_turned_up_to_eleven(span):
        return True  # "crank the volume up to 11": an idiom of the loudest, no count
    if unit is None and _is_binary_digit(span):
        return True  # "bits, which can be either 0 or 1", "qubits can be 0, 1, or both": digit values
    if unit in {None, "bit"} and _is_bit_width(span):
        return True  # "the 8-bit era", "a 64-bit processor": a class of chip, like "4K"
    if before is not None and before.lower_ == "of" and _near(span, -2) is not None and (
        _near(span, -2).lower_ == "out" and noun is None and _is_rating_part(_near(span, -3))
    ):
        return True  # "Level 3 out of 5", "rated 4 out of 5"; "seven wins out of eight" counts
    is_money = unit is not None and len(unit) == 3 and unit.isupper()
    if after is not None and not last.whitespace_ and len(after.text) == 1 and after.text.isupper() and not (
        is_money and after.lower_ in SCALE_SUFFIXES
    ) and unit not in {"degree_c", "degree_f", "W"}:
        return True  # "5G", "4K", "3D", "3M" (no metres); "$300M" is an amount, "45W" a power
    if unit is None and _is_audio_format(span):
        return True  # "5.1 surround sound", "7.1-channel audio": a speaker layout's name
    if first.text in EMERGENCY_NUMBERS and unit is None and (
        (before is not None and before.lower_ in EMERGENCY_CONTEXT)
        or (after is not None and after.lower_ in EMERGENCY_CONTEXT)
    ):
        return True
    # "5G", "4K", "COP29": a number glued to letters is part of a name.
    if after is not None and not last.whitespace_ and after.is_alpha and unit is None and (
        after.lower_ not in {"s"}
    ):
        return True
    if before is not None and not before.whitespace_ and before.is_alpha and unit is None:
        return True
    # "737 Max", "iPhone 11 Pro", "STOXX 600 index", "16-inch MacBook Pro", '16" MacBook'.
    if after is not None and after.tag_ == "NNP" and unit is None and last.lower_ not in SCALE_WORDS and (
        after.ent_type_ not in {"GPE", "NORP", "LOC", "ORG"}
    ) and not _counts_named_kind(span, noun):  # "6 million Sentra vehicles": no model is numbered in millions
        return True
    # "iOS 13", "macOS 10.15", "iPadOS 14": a number after a name written in camel case is a version.
    if before is not None and unit is None and first.text[:1].isdigit() and CAMEL_NAME_RE.match(before.text):
        return True
    if unit is None and noun is None and _is_singular_model_number(span):
        return True  # "through a remote 4080", "its 4090": one thing named by its model number
    if unit is None and _is_hyphenated_top(span):
        return True  # "the top-five Cy Young finishers", "is top-20 in run defense": a rank class
    if unit is None and _numbered_name_before_singular(span, noun):
        return True  # "an All-Big 12 quarterback", "the Big 12 title": a name, not a count
    if unit is None and _is_place_in_top(span):
        return True  # "placed him in the top 10 of the list", "among the top five": a rank
    # "My Top 10 Women Talking Sports", "The Top 5 Gadgets": the title of a list.
    if before is not None and before.text == "Top" and unit is None and after is not None and after.is_title:
        return True
    # "The Five-hundred-meter Aperture Spherical Radio Telescope": a capitalised measure inside a name.
    if unit is not None and first.is_title and first.is_alpha and first.i != first.sent.start and (
            before is not None and not before.is_punct and noun is not None and noun.pos_ == "PROPN"
            and noun.is_title):
        return True
    # "One Home Depot", "Formula One": a capitalised number word inside a sentence starts a name.
    if first.is_title and first.is_alpha and first.i != first.sent.start and after is not None and (
        after.pos_ == "PROPN" and unit is None and not first.doc[first.i - 1].is_punct
    ):
        return True
    # "the SIX Swiss Exchange", "TWO Harbors": a number word in capitals before a name is part of it.
    if first.is_upper and first.is_alpha and len(span) == 1 and unit is None and after is not None and (
        after.pos_ == "PROPN" and not first.doc[first.sent.start : first.sent.end].text.isupper()
    ):
        return True
    # "the Xbox One X", "Windows Ten Pro": a capitalised number word between capitalised words.
    if first.is_title and first.is_alpha and first.i != first.sent.start and unit is None and (
        before is not None and after is not None and before.text[:1].isupper()
        and after.text[:1].isupper() and not before.is_punct and not after.is_punct
    ):
        return True
    # "Destiny 2 on Stadia", "Apollo 11": a bare number after a capitalised word mid-sentence.
    if before is not None and before.is_title and before.i != before.sent.start and unit is None and (
        noun is None and first.text.isdigit() and before.is_alpha and before.lower_ not in MONTHS
        and before.ent_type_ not in {"GPE", "NORP", "LOC", "DATE"}
    ):
        return True
    # "the Free $1,000,000 Parlay Challenge": an amount inside a capitalised name of a prize
    # ("a $129.99 Premiere Edition" is the price of a product).
    in_name = before is not None and before.text[:1].isupper() and before.i != before.sent.start
    if unit is not None and noun is not None and after is not None and after.i != after.sent.start and in_name and (
        after.text[:1].isupper() and noun.text[:1].isupper() and after.pos_ == "PROPN"
        and after.ent_type_ not in {"GPE", "NORP", "LOC"}
    ):
        return True
    # "Boeing 777", "iPhone 11", "STOXX 600": a bare number right after a name is its model.
    if before is not None and before.tag_ == "NNP" and unit is None and before.whitespace_ and first.text[0].isdigit() and (
        before.ent_type_ not in {"GPE", "NORP", "LOC", "DATE"} and first.ent_type_ != "DATE"
    ) and not _given_to_name(before, noun):
        return True
    # "the Artemis 3 mission", "the Apollo 11 crew": a name, a bare number, then a singular noun
    # (the NER may take the name for a people, NORP); a people counted is written "3 Americans",
    # and a count before a noun takes its plural ("the Democratic 47 seats").
    if before is not None and before.tag_ == "NNP" and before.ent_type_ == "NORP" and unit is None and (
            before.whitespace_ and len(span) == 1 and first.text.isdigit()
            and after is not None and after.is_lower and after.pos_ == "NOUN" and after.tag_ == "NN"):
        return True
    if unit is None and noun is None and _names_its_abbreviation(span):
        return True  # "glucagon-like peptide 1 (GLP-1)": the number of a name, spelt out again
    # "five 787 Dreamliners": a number right after a count is the thing counted, not a count.
    if before is not None and unit is None and (before.like_num or before.lower_ in NUMBER_WORDS) and (
        before.ent_type_ in {"CARDINAL", ""} and not any(t.text == "-" for t in span)
    ):
        return True
    # "A350-900", "F-16", "Su-57": a number hyphenated to a model code is part of its name.
    before2 = _near(span, -2)
    if before is not None and before.text == "-" and before2 is not None and unit is None and (
        before2.pos_ == "PROPN" or (any(c.isdigit() for c in before2.text) and any(c.isalpha() for c in before2.text))
    ):
        return True
    if after is not None and after.text in {'"', "”", "''"} and unit is None:
        nxt = span.doc[after.i + 1] if after.i + 1 < len(span.doc) else None
        if nxt is not None and nxt.tag_ == "NNP":
            return True
    # "the iPhone 11 and 11 Pro models": a number before a capitalised word and a variant noun
    # names the model ("20 Democratic lawmakers" counts: a group's name is no model).
    if (unit is None and after is not None and after.is_title and _near(span, 1) is not None
            and _near(span, 1).lemma_.lower() in VARIANT_NOUNS and after.ent_type_ not in {"NORP", "GPE", "ORG", "PERSON"}):
        return True
    per_unit = noun is not None and noun.i > 0 and noun.doc[noun.i - 1].text == "/"
    # ("an 807GB model": the indefinite article gives one thing's size, no variant of a range)
    if unit is not None and noun is not None and not per_unit and not is_money and (
        noun.lemma_.lower() in VARIANT_NOUNS and not _sized_by_indefinite(span, noun)
    ):
        return True  # "13-inch models"; "a 16-inch MacBook Pro" states the size of its display
    if noun is not None and noun.lower_ in KIND_NOUNS and after is not None and after.text == "-" and (
            unit is None or noun.i == after.i + 1):
        return True  # "a two-class layout" ("a 15-inch wheel": the wheel's size, its unit between)
    if (unit is None and after is not None and after.text == "-" and _near(span, 1) is not None
            and _near(span, 1).lower_ in KIND_NOUNS):
        return True  # "the compact four-door has been redesigned": the style names the car
    if unit is None and _is_kind_compound(span):
        return True  # "a three-screen option", "a two-track strategy": the kind of offer or plan
    if unit is None and is_ratio_line(span):
        return True  # "a 2-for-1 deal", "a 3-for-2 stock split"
    if unit is None and _is_to_ratio(span):
        return True  # "a 30-to-1 leverage ratio", "10-to-1 odds": a ratio, not a count
    if unit is None and _is_release_number(span):
        return True  # "the 3.6 series", "the 2.1 release": a software version, not an amount
    if unit is None and _is_rate_base(span):
        return True  # "parts per billion", "deaths per million": the base of a rate
    if unit is None and _names_a_policy(span, noun):
        return True  # "a zero-tolerance policy", "the one-child policy": the policy's name
    if _in_link_aside(span):
        return True  # "(See the 10 best beaches.)": a link to another story
    if unit is None and _is_counter_total(span):
        return True  # "Photo 3 of 12", "Slide 2 of 9": a gallery's counter
    if unit is None and _is_resolution(span):
        return True  # "4K streaming", "in 8K"
    if unit == "degree" and first.text == "360" and after is not None and after.text == "-":
        return True  # "a 360-degree camera", "360-degree feedback": all round, not an angle
    # "(Destiny 2 is free)": a bare number after a capitalised noun, counting nothing, is a sequel's
    # or a model's number, like "iPhone 11".
    if (before is not None and before.is_title and before.pos_ in {"NOUN", "PROPN"} and before.whitespace_
            and unit is None and noun is None and first.text.isdigit() and before.lower_ not in MONTHS):
        return True
    # "Xbox One X", "Formula One": a capitalised number word right after a name is part of it.
    if unit is None and first.is_title and first.is_alpha and before is not None and before.whitespace_ and (
        before.tag_ == "NNP" and before.ent_type_ not in {"GPE", "NORP", "LOC", "DATE"}
    ):
        return True
    # "the 777 program", "the 405 freeway": a bare number between "the" and a singular noun names
    # the thing; a count of more than one takes a plural ("the 2,500 troops").
    # (so does a possessive: "today's 404 episode", "Boeing's 777 program")
    if (before is not None and (before.lower_ == "the" or before.tag_ == "POS") and unit is None and noun is not None
            and len(span) == 1 and first.text.isdigit() and first.text != "1"
            and noun.i == span.end and noun.tag_ == "NN" and noun.lower_ not in COLLECTIVE_NOUNS):
        return True
    if before is not None and (before.pos_ == "PROPN" or before.tag_ == "NNP") and unit is None and noun is None:
        return True  # "iPhone 11", "Resolution 2334", "Boeing 737"
    # Street numbers: "3170 W. County Road", "2134 Caldwell Place".
    if after is not None and after.text in {"W.", "E.", "N.", "S."} and unit is None:
        return True
    if unit is None and _is_building_number(span):
        return True  # "the basement at 80 New York", "offices at 30 Rockefeller Plaza": an address
    if unit is not None and _is_banknote(span):
        return True  # "replace Jackson on the $20 bill", "a stack of £50 notes": a note's name
    following = [t.lower_.rstrip(".") for t in span.doc[span.end : span.end + 4]]
    return unit is None and any(t in STREET_WORDS for t in following) and bool(
        after is not None and after.is_title)


BANKNOTE_WORDS = {"bill", "bills", "note", "notes", "banknote", "banknotes"}
DENOMINATIONS = {"1", "2", "5", "10", "20", "50", "100", "200", "500", "1,000", "1000"}


def _is_banknote(span: Span) -> bool:
    """'the $20 bill', '£50 notes': a round amount right before "bill" or "note" is the note's
    denomination, its name ("a $1.5 trillion bill" is a law, and no note is worth a million)."""
    after = _near(span, 0)
    if after is None or after.lower_ not in BANKNOTE_WORDS:
        return False
    digits = [t for t in span if t.like_num]
    return len(digits) == 1 and digits[0].text in DENOMINATIONS and all(
        t.is_currency or t.like_num or t.lower_ in {"us", "us$"} for t in span)


def _is_building_number(span: Span) -> bool:
    """'at 80 New York', 'at 30 Rockefeller Plaza': digits after "at" that modify the singular name
    of a place or a building right after them number a building on it (a count of places is plural,
    "at 12 Asian hubs")."""
    first, before, after = span[0], _near(span, -1), _near(span, 0)
    if len(span) != 1 or not first.text.isdigit() or before is None or before.lower_ != "at" or after is None:
        return False
    head = first.head
    if first.dep_ in {"nummod", "compound"} and head.i > span.end and head.tag_ == "NN" and (
            head.lower_ in ADDRESS_WORDS) and all(t.tag_ == "NNP" for t in span.doc[span.end : head.i]):
        return True  # "at 30 Rockefeller center", "at 10 Downing street": a street address written in lower case
    return first.dep_ in {"nummod", "compound"} and head.i >= span.end and head.tag_ == "NNP" and (
        head.ent_type_ in {"GPE", "FAC", "LOC"}) and after.tag_ == "NNP" and all(
        t.tag_ == "NNP" for t in span.doc[span.end : head.i + 1])


# The kind of place a street address ends with, when written in lower case ("30 Rockefeller center").
ADDRESS_WORDS = STREET_WORDS | {"plaza", "square", "center", "centre"}


def _given_to_name(before: Token, noun: Token | None) -> bool:
    """'Texas gave Trump 36 electoral votes': the name is the verb's indirect object and the
    number counts the plural object, not a model ("Boeing 777 jets" hangs on its noun)."""
    return (before.dep_ == "dative" and before.head.pos_ in {"VERB", "AUX"} and noun is not None
            and noun.tag_ == "NNS" and noun.head == before.head and noun.i > before.i)


# Words that make what follows one thing: "a 4080", "that remote 4080", "its 4090".
ONE_THING_DETERMINERS = {"a", "an", "that", "this", "its", "his", "her", "my", "your", "our", "their"}


def _is_singular_model_number(span: Span) -> bool:
    """A four-digit number with no noun after an article, a demonstrative or a possessive that
    makes it one thing (adjectives between): a model's number ("a remote 4080"), not a count of
    4,080 things, which takes a plural noun or "the"."""
    doc = span.doc
    if len(span) != 1 or re.fullmatch(r"[1-9]\d{3}", span[0].text) is None:
        return False
    after = _near(span, 0)
    if after is not None and (after.pos_ in {"NOUN", "PROPN", "NUM"} or after.text in {"-", "/"}):
        return False
    i = span.start - 1
    while i >= span.sent.start and doc[i].pos_ == "ADJ":
        i -= 1
    return i >= span.sent.start and doc[i].lower_ in ONE_THING_DETERMINERS and doc[i].ent_type_ != "DATE"


# Prepositions that put something inside a ranked group: "in the top 10", "among the top five".
IN_RANK_WORDS = {"in", "into", "among", "within", "inside", "outside"}


def _is_place_in_top(span: Span) -> bool:
    """'in the top 10 of the list', 'broke into the top five': a place in a ranking, with no noun
    after it ("the party's top 10 face off", "the top 10 teams" count)."""
    doc = span.doc
    i = span.start
    if i < 3 or doc[i - 1].lower_ != "top" or doc[i - 2].lower_ != "the" or doc[i - 3].lower_ not in IN_RANK_WORDS:
        return False
    after = _near(span, 0)
    return after is None or after.lower_ == "of" or after.is_punct or after.pos_ in {"ADP", "CCONJ", "VERB", "AUX"}


def _is_hyphenated_top(span: Span) -> bool:
    """'top-five', 'top-20': "top" glued by a hyphen to the number makes a rank's class, as
    "a top-10 finish" ("the top 10 alone hold" and "the top five teams" count)."""
    before, before2 = _near(span, -1), _near(span, -2)
    return (before is not None and before2 is not None and before.text == "-" and before2.lower_ == "top"
            and not before2.whitespace_ and not before.whitespace_)


def _numbered_name_before_singular(span: Span, noun: Token | None) -> bool:
    """'an All-Big 12 quarterback', 'the Big 12 title game', 'a Title 42 expulsion': a number in
    digits between a capitalised word inside the sentence and a singular common noun is part of a
    name; a count above one takes a plural ("the Democratic 47 seats")."""
    first, before = span[0], _near(span, -1)
    if len(span) != 1 or not first.text.isdigit() or first.text in {"0", "1"} or before is None:
        return False
    if not before.is_title or not before.is_alpha or before.i == before.sent.start or not before.whitespace_:
        return False
    if before.lower_ in MONTHS or before.ent_type_ in {"DATE", "TIME", "PERSON"}:
        return False
    return (noun is not None and noun.i == span.end and noun.tag_ == "NN" and noun.is_lower
            and noun.lower_ not in COLLECTIVE_NOUNS  # ("the Texas 12 staff": a count of people)
            and noun.pos_ == "NOUN" and first.dep_ in {"nummod", "compound"} and first.head.i == noun.i)


# A name written in camel case from a lower-case letter: "iOS", "macOS", "iPhone", "watchOS".
CAMEL_NAME_RE = re.compile(r"^[a-z]+[A-Z][A-Za-z]*$")


# Nouns for a kind of offer or plan: a number-word compound before one of them says what sort it
# is ("a three-screen option", "a two-track strategy"), not how many of anything there are ("a
# ten-part series", "a two-man startup", "a four-game streak" count).
KIND_HEADS = {"option", "package", "offering", "strategy", "approach", "format"}


GLUED_SCALE_RE = re.compile(r"^\d+(?:\.\d+)?(?P<scale>[kmbt]|bn|mn|tn)$", re.IGNORECASE)


def in_list_of_amounts(span: Span) -> bool:
    """'122B, 35B, 27B, 9B': an amount with a scale letter in a list of its like (a comma or
    "and" away) is an amount, whatever the entity tagger calls it."""
    match = GLUED_SCALE_RE.match(span[-1].text) if len(span) == 1 else None
    if match is None:
        return False
    doc = span.doc
    for step in (-1, 1):
        i = span.start + step
        if 0 <= i < len(doc) and doc[i].lower_ in {",", "and", "or"}:
            i += step
        if 0 <= i < len(doc):
            other = GLUED_SCALE_RE.match(doc[i].text)
            if other is not None and other["scale"].lower() == match["scale"].lower():
                return True
    return False


def _sized_by_indefinite(span: Span, noun: Token) -> bool:
    """'an 807GB model', 'a 2TB version': one thing of that size, not one of a product's sizes."""
    before = _near(span, -1)
    return before is not None and before.lower_ in {"a", "an"} and noun.tag_ == "NN"


def _is_kind_compound(span: Span) -> bool:
    """'a three-screen option': a spelt-out number glued by a hyphen to a singular noun that, with
    "a" before it, modifies a noun naming a kind of offer or plan."""
    doc = span.doc
    before, hyphen, noun = _near(span, -1), _near(span, 0), _near(span, 1)
    if len(span) != 1 or not span[0].is_alpha or span[0].lower_ not in NUMBER_WORDS:
        return False
    if hyphen is None or hyphen.text != "-" or noun is None or noun.tag_ != "NN":
        return False
    if before is None or before.lower_ not in {"a", "an"}:
        return False
    head = noun.head
    return head.i > noun.i and head.lemma_.lower() in KIND_HEADS and all(
        t.pos_ in {"NOUN", "PROPN", "ADJ", "CCONJ", "PUNCT"} for t in doc[noun.i + 1 : head.i])


def _counts_named_kind(span: Span, noun: Token | None) -> bool:
    """'eight Worlds appearances', 'several Alito-Prelogar moments': a number word in lower case
    before a name that only qualifies the plural noun after it counts that noun ("seven Boeing
    jets", and "Two Clinton donors" opening a sentence); a number in digits before a name is a
    model's ("737 Max jets")."""
    first = span[0]
    opens = first.i == first.sent.start and first.is_title  # capitalised only as the sentence's first word
    if not (first.is_lower or opens or first.text.isdigit() or THOUSANDS_RE.match(first.text)) or noun is None or noun.tag_ != "NNS" or noun.pos_ != "NOUN":
        return False
    between = span.doc[span.end : noun.i]
    if first.text.isdigit() and 3 <= len(between) <= 4 and all(t.pos_ == "PROPN" or t.text == "-" for t in between) and any(
            t.text == "-" and not t.whitespace_ and not span.doc[t.i - 1].whitespace_ for t in between) and all(
            t.text == "-" or (t.is_alpha and t.is_title) for t in between):
        return True  # "14 All-Star appearances": a designation joined by a hyphen, no model has one
    if THOUSANDS_RE.match(first.text) and 0 < len(between) <= 2 and all(t.pos_ == "PROPN" for t in between):
        return True  # "1,100 Carrier jobs": no model's number is written with a thousands separator
    if not first.is_alpha:
        return False
    if 2 < len(between) <= 5 and between[-2].text == "-" and between[-1].is_lower and not between[-2].whitespace_ and (
            not between[-3].whitespace_ and between[-1].lower_.endswith(("ing", "ed"))):
        between = between[:-2]  # "five Super Bowl-winning seasons", "three Oscar-nominated films"
    return 0 < len(between) <= 4 and all(t.pos_ == "PROPN" or t.text == "-" for t in between)


THOUSANDS_RE = re.compile(r"^\d{1,3}(?:,\d{3})+$")


# A speaker layout is written as a decimal ("5.1", "7.1", "7.1.2"): main channels, then the
# subwoofer (and height channels). It names a format of sound, not an amount.
AUDIO_FORMAT_RE = re.compile(r"^\d{1,2}\.[0-4](?:\.[0-4])?$")
AUDIO_WORDS = {"surround", "sound", "audio", "channel", "channels", "speaker", "speakers", "dolby",
               "soundbar"}


def _is_audio_format(span: Span) -> bool:
    """'5.1 surround sound', '7.1-channel audio', 'in 5.1': a decimal before a sound word."""
    if len(span) != 1 or AUDIO_FORMAT_RE.match(span[0].text) is None:
        return False
    following = [t.lower_ for t in span.doc[span.end : span.end + 3] if t.text != "-"]
    return bool(following) and following[0] in AUDIO_WORDS


def _names_its_abbreviation(span: Span) -> bool:
    """A bare number right before a bracketed abbreviation that repeats it ("peptide 1 (GLP-1)",
    "interleukin 6 (IL-6)"): part of the name the abbreviation stands for."""
    doc = span.doc
    if len(span) != 1 or not span[0].text.isdigit() or span.end + 1 >= len(doc) or doc[span.end].text != "(":
        return False
    short = doc[span.end + 1].text
    return any(ch.isalpha() for ch in short) and re.search(r"(?<!\d)" + span[0].text + r"$", short) is not None


def _is_list_name(span: Span) -> bool:
    """'40 Under 40', '30 Under 30': the name of an annual list of young achievers."""
    after, before = _near(span, 0), _near(span, -1)
    if after is not None and after.text == "Under" and _near(span, 1) is not None and _near(span, 1).like_num:
        return True
    return before is not None and before.text == "Under" and _near(span, -2) is not None and _near(span, -2).like_num


def _in_title(span: Span) -> bool:
    """A number in a title-case name of a book, a show or a newsletter: a capitalised noun after
    it, then a preposition and another capitalised word ("10 Things in Tech"). A people or a
    place after the number is counted ("20 Democrats in Congress")."""
    after, preposition, word = _near(span, 0), _near(span, 1), _near(span, 2)
    if after is None or preposition is None or word is None or not span[-1].text.isdigit():
        return False
    one_name = after.ent_iob_ == "I" and span[-1].ent_type_ == after.ent_type_  # "The 7 Habits" as an ORG
    return (after.is_title and after.is_alpha and after.i != after.sent.start
            and (one_name or after.ent_type_ not in {"NORP", "GPE", "LOC", "ORG", "PERSON"})
            and preposition.is_lower and preposition.pos_ == "ADP"
            and word.is_title and word.is_alpha and word.ent_type_ != "DATE")


# "... binge eating (2).", "(14, 15).", "[3]": numbers in brackets that point into the article's
# list of references, as health, science and encyclopaedic writing cite their studies.
REFERENCE_GROUP_RE = re.compile(r"[(\[]\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*[)\]]")
# What may follow such a group: the end of the text, or punctuation that closes a clause.
REFERENCE_FOLLOWERS = set(".,;:!?")


# Pages cited after a work's title: "Seeing Like a State, 203-204, 310" (a range, then more pages).
PAGE_LIST_RE = re.compile(r"[A-Za-z][.)]?,\s*(?:pp?\.\s*)?\d{1,4}\s*[-–]\s*\d{1,4}(?:\s*,\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*\s*$")


def _is_cited_page(span: Span) -> bool:
    """A page number listed after a page range and a work's title, ending its line or sentence."""
    doc = span.doc
    after = _near(span, 0)
    if after is not None and after.text not in {".", ",", ";", ")"}:
        return False
    text = doc.text[: span[0].idx + len(span[0].text)]
    return PAGE_LIST_RE.search(text) is not None


def is_reference_marker(span: Span, unit: str | None) -> bool:
    """A citation number in brackets after a word, closing a clause ("found that ... (2)."), or a
    page cited after a work's title and a page range ("Seeing Like a State, 203-204, 310")."""
    if unit is not None or len(span) != 1 or not span[0].text.isdigit():
        return False
    if _is_cited_page(span):
        return True
    text, at = span.doc.text, span[0].idx
    opening = max(text.rfind("(", max(0, at - 24), at), text.rfind("[", max(0, at - 24), at))
    if opening < 1:
        return False
    group = REFERENCE_GROUP_RE.match(text, opening)
    if group is None or group.end() <= at:
        return False
    before = text[:opening].rstrip()
    after = text[group.end():].lstrip()
    # (A tally written "soldiers (12) and civilians (3)." reads the same and is lost: rarer in news
    # than the reference lists of health and science writing.)
    return bool(before) and before[-1].isalpha() and (not after or after[0] in REFERENCE_FOLLOWERS)


# Telephone numbers of a contact block: "+353 1 634 7887", "+ 1 650 496 2717", "(650) 496-2717",
# "650-496-2717", "1-800-555-0199". An international number opens with "+" and a country code;
# a North American one is three digits, three and four.
PHONE_RE = re.compile(
    r"\+\s?\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}"
    r"|(?<![\d.,])(?:1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[.-]\d{4}(?![\d.,]\d)"
)
# An entry of a numbered list of references: "1. Carreras E. Early complications. Handbook
# 2012", "| 2. | Smith JA et al. Blood. 2010;16:157–168 |": a journal's year;volume:pages.
JOURNAL_CITATION_RE = re.compile(r"\b(?:1[89]|20)\d{2}\s?;\s?\d{1,4}(?:\(\d{1,4}\))?\s?:\s?\d{1,5}")
# (a line opening with a decimal, "2.5 million adults ...", is numbered by no marker)
NUMBERED_LINE_RE = re.compile(r"^[\s|]*\d{1,3}[.)](?!\d)\s*\|?\s*\S")
# Fewer digits than any telephone number has: "+12.5%", "+100 points" are changes, not numbers to call.
MIN_PHONE_DIGITS = 7


def is_phone_or_reference(span: Span, body: str, offset: int) -> bool:
    """A number inside a telephone number, or on an entry of a numbered list of references (read
    on the body's whole line: the sentence splitter cuts a reference at its full stops)."""
    first = offset + span[0].idx
    last = offset + span[-1].idx + len(span[-1].text)
    start = body.rfind("\n", 0, first) + 1
    end = body.find("\n", last)
    line = body[start : end if end != -1 else len(body)]
    phones, is_reference = _line_marks(line)
    if not is_reference and NUMBERED_LINE_RE.match(line) is not None:
        is_reference = _in_reference_list(body, start)
    return is_reference or any(a <= first - start and last - start <= b for a, b in phones)


# How many entries of a run of numbered lines must cite a journal to make the run a reference list.
MIN_CITING_ENTRIES = 2


@lru_cache(maxsize=64)
def _in_reference_list(body: str, start: int) -> bool:
    """Whether the numbered line at `start` belongs to a run of numbered lines of which at least
    two cite a journal ("| 2. | Smith JA et al. Blood. 2010;16:157–168 |"): a list of references,
    whose other entries (a book chapter, a citation with a misprint) are references too."""
    lines = body.split("\n")
    at = body.count("\n", 0, start)
    run = [at]
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(lines) and NUMBERED_LINE_RE.match(lines[i]) is not None:
            run.append(i)
            i += step
    return sum(JOURNAL_CITATION_RE.search(lines[i]) is not None for i in run) >= MIN_CITING_ENTRIES


@lru_cache(maxsize=256)
def _line_marks(line: str) -> tuple[tuple[tuple[int, int], ...], bool]:
    """A line's telephone numbers (PHONE_RE's matches with a telephone number's digits), and
    whether it is an entry of a numbered reference list; read once for all the line's figures."""
    phones = tuple(m.span() for m in _phone_numbers(line))
    return phones, NUMBERED_LINE_RE.match(line) is not None and JOURNAL_CITATION_RE.search(line) is not None


def _phone_numbers(line: str) -> list[re.Match]:
    """The telephone numbers of a line: PHONE_RE's matches with a telephone number's digits."""
    return [m for m in PHONE_RE.finditer(line) if sum(c.isdigit() for c in m.group()) >= MIN_PHONE_DIGITS]


# Nouns for the parties of a dispute or a deal: "the two sides" are the parties named before.
PARTY_NOUNS = {"sides"}


def is_parties(span: Span, counted: Token | None) -> bool:
    """'The two sides continue to negotiate': the idiom for the parties named before, not a
    count ("the two sides of the trading relationship" counts the sides of a thing)."""
    doc = span.doc
    return (counted is not None and counted.lower_ in PARTY_NOUNS and counted.i == span.end
            and span.text.lower() in {"two", "2"} and _near(span, -1) is not None
            and _near(span, -1).lower_ == "the"
            and not (counted.i + 1 < len(doc) and doc[counted.i + 1].lower_ == "of"))


# "4K", "8K": a display resolution is a label (the README's call), unless the amount is money or a
# race ("a 5K run").
RESOLUTION_RE = re.compile(r"^[1-9][kK]$")
RACE_WORDS = {"run", "race", "runs", "races", "walk", "fun"}


COUNTER_WORDS = {"photo", "image", "slide", "picture", "page", "part", "item", "step"}


def _is_counter_total(span: Span) -> bool:
    """The 12 of 'Photo 3 of 12': the total of a numbered sequence whose item is a label."""
    before = [t for t in span.doc[max(0, span.start - 3) : span.start]]
    return len(before) == 3 and before[2].lower_ == "of" and before[1].like_num and (
        before[0].lower_ in COUNTER_WORDS | LABEL_WORDS and before[0].text[:1].isupper())


# Words that make "up to 11" the idiom of the loudest or the most intense ("turn it up to 11"); not
# "pump", "ramp" or "volume" ("pump prices rose up to 11", "ramp production up to 11, from six",
# "the volume of trade rose up to 11" count).
TURNING_WORDS = {"turn", "crank", "dial", "amp"}


def _is_turned_up_to_eleven(span: Span) -> bool:
    """'crank the volume up to 11', 'turned it up to eleven': nothing counted, a dial turned past
    its top ("up to 11 people" counts people)."""
    doc = span.doc
    if span.text.lower() not in {"11", "eleven"} or span.start < 2:
        return False
    if [t.lower_ for t in doc[span.start - 2 : span.start]] != ["up", "to"]:
        return False
    after = _near(span, 0)
    if after is not None and after.pos_ in {"NOUN", "PROPN", "NUM", "ADJ"}:
        return False
    window = doc[max(span.sent.start, span.start - 6) : span.start]
    return any(t.lemma_.lower() in TURNING_WORDS or t.lower_ in TURNING_WORDS for t in window)


def _is_binary_digit(span: Span) -> bool:
    """'0 or 1', '0, 1, or both', '1s and 0s': the two values of a binary digit set side by side,
    no count."""
    doc = span.doc
    digits = {"0", "1", "0s", "1s"}
    if not all(t.text in digits or t.lower_ in {"or", "and", ",", "to"} for t in span):
        return False
    window = doc[max(span.sent.start, span.start - 2) : min(span.sent.end, span.end + 2)]
    seen = {t.text.rstrip("s") for t in window if t.text in digits}
    links = {t.lower_ for t in window if t.lower_ in {"or", "and", ","}}
    return seen == {"0", "1"} and bool(links)


def _is_bit_width(span: Span) -> bool:
    """'8-bit', '64-bit', and the first of 'the 8 and 16-bit consoles': a bit width names a kind
    of chip or a console generation, not a quantity of bits."""
    doc = span.doc
    i = span.end
    if i + 1 < len(doc) and doc[i].lower_ in {"and", "or", "to", "/"} and doc[i + 1].like_num:
        i += 2  # "the 8 and 16-bit golden age", "8/16-bit"
    if i < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
        i += 1  # glued: "64-bit" ("only 3 - bit players" is no width)
    return i < len(doc) and doc[i].lower_ == "bit" and i > span.end and doc[i - 1].text == "-" and (
        i + 1 >= len(doc) or doc[i + 1].lower_ != "of")


def _is_resolution(span: Span) -> bool:
    text = "".join(t.text_with_ws for t in span).strip()
    after = _near(span, 0)
    if len(span) == 2 and not span[0].whitespace_ and span[1].lower_ == "k":
        text = text.replace(" ", "")
    return RESOLUTION_RE.match(text) is not None and (after is None or after.lower_ not in RACE_WORDS)


# A multiple written with an "x": "3x", "12.5x", "7×".
MULTIPLE_X = re.compile(r"^\d+(?:\.\d+)?[x×]$")


def is_time_or_date(span: Span, value: float, noun_lemma: str | None, noun: Token | None,
                    unit: str | None) -> bool:
    """Durations, ages, dates, clock times and years."""
    before, after = _near(span, -1), _near(span, 0)
    if noun_lemma is not None:
        noun_lemma = noun_lemma.replace("[", "").replace("]", "")  # "a 30 min[ute] walk"
    if noun is not None and _is_period_to_date(noun):
        noun_lemma = None  # "up 40% year to date": the period of a change, not a duration
    if unit is not None and _is_rate_period(span):
        noun_lemma = None  # "$15 an hour", "2% a year": the period of a rate, not a duration
    if noun_lemma in TIME_NOUNS and ((noun is not None and _is_fraction_word(noun)) or _counts_results(span)):
        noun_lemma = None  # "three-quarters of voters", "four Super Bowl-winning seasons": no duration
    if noun_lemma in TIME_NOUNS or (noun is not None and noun.lower_ in CLOCK_WORDS):
        return True
    if unit is None and noun is None and _is_age_of_person(span, value):
        return True
    if unit is None and noun_lemma == "age":
        return True  # "the retirement age should be raised to 70": an age, not a count
    if unit is None and noun is None and _coordinated_with_age(span, value):
        return True  # "when he was nine and 10", "through age 18 or even 22": the second age
    if unit is None and noun is None and _measures_an_age(span):
        return True  # "lowered the age threshold from 65 to 60", "an age cap of 30": ages
    if unit is None and after is not None and after.lower_ in {"min", "mins", "hr", "hrs", "sec", "secs"} and (
            after.dep_ == "compound"):
        return True  # "a 30 min activity": a duration before the noun it describes
    if span[-1].lower_ in VAGUE_WORDS or span[-1].lower_ in SCALE_WORDS:
        following = span.doc[span.end : span.end + 2]
        if len(following) == 2 and following[0].lower_ == "of" and following[1].lemma_.lower() in TIME_NOUNS:
            return True  # "billions of years", "hundreds of years": a duration
    if after is not None and (after.lower_ in CLOCK_WORDS or after.text in {":"}) and unit is None:
        return True
    earlier = span.doc[max(span.start - 3, 0) : span.start]
    if unit is None and len(earlier) == 3 and earlier[0].lower_ in {"a", "an"} and (
            earlier[1].lemma_.lower() in TIME_NOUNS and earlier[2].lower_ == "or"):
        return True  # "a year or two", "a day or two": a vague duration
    if any(t.ent_type_ == "TIME" for t in span) and unit is None:
        return True
    if any(t.ent_type_ == "DATE" for t in span) and noun is None and unit is None and not (
            _is_of_line(span) or _has_possessor(span) or any(MULTIPLE_X.match(t.text) for t in span)):
        return True  # (a multiple the recogniser read as a date is none: "between 3x and 12x")
    single = span[0].text if len(span) == 1 else ""
    if single.isdigit() and len(single) == 4 and 1800 <= value <= 2100 and unit is None:
        # Counts of a thousand or more are written with a separator in news ("2,016 students").
        return True
    if before is not None and before.lower_ in MONTHS and unit is None:
        return True
    if unit is None and _has_era_mark(span):
        return True  # "dates back to 5,316 BCE", "from around 500 BC", "AD 79": a year
    if unit is None and _spelled_decade(span):
        return True  # "in the nineteen-eighties": a decade written out, its century before it
    if unit is None and is_clipped_year(span):
        return True  # "after the ’68 election", "back in '94": a year with its century cut off
    if _day_before_month(span, value, unit):
        return True
    if unit is None and (_is_hour_of_day(span, value) or _is_abbreviated_age(span)):
        return True  # "just before 8 in the morning", "a 28-yr-old male"
    return bool(single.isdigit() and before is not None and before.text == "," and _near(span, -2) is not None
                and _near(span, -2).like_num and _near(span, -3) is not None
                and _near(span, -3).lower_ in MONTHS)


# Words of a result that make a time noun a thing counted: "three winning seasons", "four of its
# five Super Bowl-winning seasons", "two losing seasons" are seasons won or lost, not a duration.
RESULT_WORDS = {"winning", "losing", "championship", "title", "unbeaten", "undefeated"}


def _counts_results(span: Span) -> bool:
    """A number that counts time periods marked by their result ("five Super Bowl-winning seasons",
    "four of its five winning seasons")."""
    for t in span.doc[span.end : span.end + 8]:
        if t.lemma_.lower() in TIME_NOUNS:
            return any(w.lower_ in RESULT_WORDS for w in span.doc[span.end : t.i])
        if t.is_punct and t.text != "-":
            return False
    return False


def _is_fraction_word(noun: Token) -> bool:
    """'three-quarters of Republicans', 'a quarter of the vote': "quarter" as a share, not a period
    ("the first quarter of 2024" is a period: an ordinal before it)."""
    doc = noun.doc
    if noun.lower_ not in {"quarter", "quarters"} or noun.i + 1 >= len(doc) or doc[noun.i + 1].lower_ != "of":
        return False
    before = doc[noun.i - 1] if noun.i > 0 else None
    if before is not None and before.text == "-" and noun.i > 1:
        before = doc[noun.i - 2]
    return before is not None and before.lower_ in {"a", "one", "two", "three"}


# Era marks written beside a year: "500 BC", "5,316 BCE", "AD 79", "79 A.D.", "200 CE".
ERA_MARKS = {"bc", "bce", "ad", "ce", "b.c.", "a.d.", "b.c.e.", "c.e.", "b.c", "a.d"}


# Decades written as words: "the nineteen-eighties", "the twenty-tens".
DECADE_WORDS = {"tens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                "nineties", "hundreds"}


APOSTROPHES = {"'", "’", "‘"}


def is_clipped_year(span: Span) -> bool:
    """'the ’68 election', 'in '94': two digits glued to an apostrophe that follows a space (or opens
    the text) are a year whose century is cut off. Feet and inches ("6'2") have a digit before the
    mark, and a quote closed before a number leaves no space between word and mark."""
    doc = span.doc
    first = span[0]
    if not (first.text.isdigit() and len(first.text) == 2) or span.start == 0:
        return False
    mark = doc[span.start - 1]
    if mark.text not in APOSTROPHES or mark.whitespace_:
        return False
    if _opens_quoted_count(span, mark):
        return False
    return mark.i == 0 or bool(doc[mark.i - 1].whitespace_) or doc[mark.i - 1].text in {"(", "[", "-", "–", "—"}


def _opens_quoted_count(span: Span, mark: Token) -> bool:
    """"He said: '25 people were killed'", "said '40 or 50 men' stormed": a single quote mark that
    opens a quotation (at the start of the sentence, after a colon, a comma or a verb of saying) before
    a number that counts the plural noun after it, or is a range, is no clipped year ("after the ’68
    protests", "in ’08, ’09 and ’10" stay years)."""
    doc = span.doc
    prev = doc[mark.i - 1] if mark.i > 0 else None
    opens = prev is None or mark.i == span.sent.start or prev.text in {":", ","} or prev.pos_ in {"VERB", "AUX"}
    after = _near(span, 0)
    return opens and after is not None and (after.tag_ in {"NNS", "NNPS"} or after.lower_ in {"of", "or", "to"})


def _spelled_decade(span: Span) -> bool:
    """'the nineteen-eighties', 'the eighteen-nineties': a century word and a decade word joined by
    a hyphen name a decade, no count."""
    doc = span.doc
    i = span.end
    return (i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_
            and doc[i + 1].lower_ in DECADE_WORDS and span[-1].lower_ in {"eighteen", "nineteen", "twenty"})


def _has_era_mark(span: Span) -> bool:
    """A number with an era mark after it ("500 BC", "5,316 BCE") or "AD" before it ("AD 79") is
    a year, written in capitals as eras are."""
    before, after = _near(span, -1), _near(span, 0)
    if after is not None and after.lower_ in ERA_MARKS and after.text[:1].isupper():
        return True
    return before is not None and before.lower_ in {"ad", "a.d."} and before.text[:1].isupper() and (
        before.i != before.sent.start or span[0].text[:1].isdigit())


def _measures_an_age(span: Span) -> bool:
    """'lowered the age threshold from 65 to 60', 'the age limit was cut to 55', 'an age cap of
    30': a bare number that a verb or a noun sets as the value of an age (the noun "age", or a
    noun an "age" modifies) is an age, no count (README: ages are not figures)."""
    token = span.root
    while token.dep_ in {"quantmod", "nummod", "conj"} and token.head != token and token.head.like_num:
        token = token.head  # "from 65 to 60": the parse hangs the first number on the second
    if token.dep_ == "pobj":
        holder = token.head.head
        while holder.dep_ == "prep" and holder.head != holder:
            holder = holder.head  # "cut to 55 from 60": a preposition on a preposition
    elif token.dep_ in {"attr", "dobj"}:
        holder = token.head
    else:
        return False
    if holder.pos_ in {"NOUN", "PROPN"}:
        nouns = [holder]
    elif holder.pos_ in {"VERB", "AUX"}:
        nouns = [c for c in holder.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.i != token.i]
    else:
        return False
    return any(n.lemma_.lower() == "age" or (n.lemma_.lower() in AGE_BOUNDS and any(
        c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() == "age" for c in n.children)) for n in nouns)


# Nouns that, modified by "age", name an age a rule sets ("the age limit", "the age threshold"):
# other nouns "age" modifies are counted things ("age discrimination complaints rose to 1,200",
# "old age pensions rose to 2,000").
AGE_BOUNDS = {"threshold", "limit", "cap", "floor", "ceiling", "requirement", "minimum", "maximum", "cutoff",
              "cut-off", "bar", "barrier", "restriction", "criterion", "rule", "boundary", "bracket"}


# Words between a person and an age: "Page, then 26,", "who is now about 70,".
AGE_TIME_WORDS = {"then", "now", "aged", "age"}
AGE_HEDGES = {"about", "around", "nearly", "almost", "roughly", "approximately", "only", "just", "barely"}
PERSON_PRONOUNS = {"who", "he", "she", "i", "you"}
PLACE_OR_GROUP = {"GPE", "LOC", "NORP", "FAC"}
# Singular nouns of a person that an age can be set off after like a name: "The woman, then 25,
# told ...", "the boy, now 12," ("the cost, then 26," or "the firm, now 40," name no person).
PERSON_HEADS = {"woman", "man", "girl", "boy", "mother", "father", "son", "daughter", "wife", "husband",
                "student", "teenager", "teen", "child", "kid", "victim", "actress", "actor", "model",
                "assistant", "intern", "employee", "worker", "reporter", "producer", "anchor", "patient",
                "friend", "sister", "brother", "widow", "soldier", "officer"}


def _is_age_of_person(span: Span, value: float) -> bool:
    """A bare whole number said of a person and closed by punctuation is an age: set off after a
    name ("Larry Page, then 26, ..."), or as what a person is ("Mateen, who is about 70, is
    from ...", "she was only 19."). A count has its noun ("Page, then 26 employees"); "the
    cost, then 26," follows no person."""
    if len(span) != 1 or not (1 <= value <= 120) or value != int(value):
        return False
    doc = span.doc
    after = _near(span, 0)
    if after is None or not (after.is_punct and after.text not in {"-", "–", "%", "/"}):
        return False
    i = span.start - 1
    while i > span.sent.start and (doc[i].lower_ in AGE_HEDGES or doc[i].lower_ in AGE_TIME_WORDS):
        i -= 1
    if i <= span.sent.start - 1:
        return False
    if doc[i].text == "," and i > 0:
        named = doc[i - 1]
        # (the tagger takes a surname for a firm or a place as often as not: "Page, then 26,")
        # ("the share of Ireland, now 12,": the number is said of the share; "Germany, then 12,"
        # and "The Greens, then 12,": a place or a party has no age, the number counts something)
        if span[0].dep_ == "appos" and span[0].head.i != named.i:
            return False
        return i < span.start - 1 and doc[i + 1].lower_ in AGE_TIME_WORDS and (
            named.ent_type_ == "PERSON" or (named.pos_ == "PROPN" and named.ent_type_ not in PLACE_OR_GROUP)
            or (named.tag_ == "NN" and named.lemma_.lower() in PERSON_HEADS))
    if doc[i].lemma_.lower() == "be" and i > 0:
        subject = doc[i - 1]
        return subject.lower_ in PERSON_PRONOUNS or subject.ent_type_ == "PERSON"
    return False


def _coordinated_with_age(span: Span, value: float) -> bool:
    """'When Stephen was nine and 10,', 'played through age 18 or even 22': a bare whole number
    joined by "and"/"or" to an age ("age 18", or a number a person is said to be) is an age too."""
    if len(span) != 1 or not (1 <= value <= 120) or value != int(value) or span[0].dep_ != "conj":
        return False
    first = span[0].head
    if first.i >= span.start or not any(t.lower_ in {"and", "or"} for t in span.doc[first.i + 1 : span.start]):
        return False
    if first.lemma_.lower() == "age":
        return True  # "age 18 or even 22": the parser joins the second number to "age"
    if not (first.like_num or first.lower_ in NUMBER_WORDS):
        return False
    if first.dep_ == "nummod" and first.head.lemma_.lower() == "age":
        return True  # "ages 18 and 22"
    verb = first.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return first.dep_ == "attr" and verb.lemma_.lower() == "be" and subject is not None and (
        subject.lower_ in PERSON_PRONOUNS or subject.ent_type_ == "PERSON")


# The parts of a day an hour is told in: "8 in the morning", "11 at night".
DAY_PARTS = {"morning", "afternoon", "evening", "night"}
# Time words an age is written in before "old", abbreviated or not: "28-yr-old", "6 mo. old".
AGE_WORDS = {"yr", "yrs", "yr.", "yrs.", "y", "y.o.", "year", "years", "mo", "mo.", "mos", "month", "months",
             "week", "weeks", "wk", "wks", "day", "days"}


def _is_hour_of_day(span: Span, value: float) -> bool:
    """'Just before 8 in the morning', 'until 11 at night': an hour of the clock told by the part
    of the day after it ("8 in the morning session" and "3 in the afternoon race" name a thing)."""
    if len(span) != 1 or not (1 <= value <= 12) or value != int(value):
        return False
    doc = span.doc
    following = [t.lower_ for t in doc[span.end : span.end + 3]]
    if following[:2] == ["in", "the"] and following[2:] and following[2] in DAY_PARTS - {"night"}:
        part = span.end + 2
    elif following[:2] == ["at", "night"]:
        part = span.end + 1
    else:
        return False
    after = doc[part + 1] if part + 1 < len(doc) else None
    return after is None or after.pos_ not in {"NOUN", "PROPN"}


def _is_abbreviated_age(span: Span) -> bool:
    """'28-yr-old', '6-mo-old', '28 yrs old': an age written with a short time word before "old"
    (the parse reads "yr" as no noun, so the age rules never see it)."""
    words = [t.lower_ for t in span.doc[span.end : span.end + 4] if t.text not in {"-", "–"}]
    return len(words) >= 2 and words[0] in AGE_WORDS and words[1] == "old"


def _day_before_month(span: Span, value: float, unit: str | None) -> bool:
    """'06 Oct 2011', 'on 5 March': a day of the month written before the month (British order,
    comment stamps). The month is capitalised; "May" and "March" also need a year after them
    ("5 May 2011"), since they can be a verb or a name."""
    single = span[0].text if len(span) == 1 else ""
    month = _near(span, 0)
    if unit is not None or not (single.isdigit() and len(single) <= 2 and 1 <= value <= 31):
        return False
    if month is None or month.lower_ not in MONTHS or not month.text[0].isupper():
        return False
    following = _near(span, 1)
    year_after = following is not None and following.text.isdigit() and len(following.text) == 4
    return year_after or month.lower_.rstrip(".") not in {"may", "march", "mar"}


def _is_rate_period(span: Span) -> bool:
    """'an hour' in '$15 an hour', 'per year' in '3% per year', '/month' in '$20/month': what a rate is counted over."""
    following = span.doc[span.end : span.end + 3]
    return any(t.lower_ in {"a", "an", "per", "each", "every", "/"} and t.i + 1 < len(t.doc)
               and t.doc[t.i + 1].lemma_.lower() in TIME_NOUNS for t in following)


def _has_possessor(span: Span) -> bool:
    """'their last seven', 'his past three': games or bouts someone played, not a period."""
    return any(c.dep_ == "poss" for c in span.root.children)


def _of_line_parts(span: Span) -> tuple[float, float] | None:
    """(made, tried) of the line a number is part of: '20-of-24', '10-for-12', '2-for-1'."""
    doc = span.doc
    after = [t.lower_ for t in doc[span.end : span.end + 3]]
    before = [t.lower_ for t in doc[max(0, span.start - 3) : span.start]]
    if after[:1] == ["-"] and after[1:2] in (["of"], ["for"]) and span.end + 3 < len(doc):
        return _number_pair(span[-1], doc[span.end + 3])
    if before[-1:] == ["-"] and before[-2:-1] in (["of"], ["for"]) and span.start >= 4:
        return _number_pair(doc[span.start - 4], span[0])
    return None


def _number_pair(made: Token, tried: Token) -> tuple[float, float] | None:
    try:
        return float(made.text.replace(",", "")), float(tried.text.replace(",", ""))
    except ValueError:
        return None


def _is_of_line(span: Span) -> bool:
    """'20-of-24 passing', '10-for-12 shooting': a made-of-attempted line, two counts."""
    parts = _of_line_parts(span)
    return parts is not None and parts[0] <= parts[1]


def is_ratio_line(span: Span) -> bool:
    """'a 2-for-1 deal', 'a 3-for-2 split': more got than given is a ratio, not two counts."""
    parts = _of_line_parts(span)
    return parts is not None and parts[0] > parts[1]


TO_RATIO_RE = re.compile(r"^-to-(\d+)(?![\d-])")


def _is_to_ratio(span: Span) -> bool:
    """'a 33-to-1 ratio', '10-to-1 odds': the number before "-to-" and a smaller or equal one
    glued after it make a ratio ("a 10-to-15-minute walk", a growing pair, is a range)."""
    if span[-1].whitespace_:
        return False
    glued = ""
    for token in span.doc[span.end : span.end + 4]:
        glued += token.text
        if token.whitespace_:
            break
    match = TO_RATIO_RE.match(glued)
    first = _number_pair(span[-1], span[-1])
    return match is not None and first is not None and float(match.group(1)) <= first[0]


# Nouns a version number names a line of releases with: "the 3.6 series", "the 2.1 update".
RELEASE_NOUNS = {"series", "release", "releases", "update", "build", "beta", "branch", "patch",
                 "firmware", "kernel", "spec", "specification", "standard", "family", "generation",
                 "lineup"}
VERSION_RE = re.compile(r"^v?\d+\.\d+(?:\.\d+)*$")


def _is_release_number(span: Span) -> bool:
    """'the 3.6 series', 'version 2.1 release', 'the 5.0 update': a dotted number right before a
    noun of software releases is a version; "2.5 million releases" counts."""
    after = _near(span, 0)
    return (len(span) == 1 and VERSION_RE.match(span[0].lower_) is not None and after is not None
            and after.lower_ in RELEASE_NOUNS)


# The words that make "X to 1" a ratio when a change is said of them: "leverage rose from 18 to 1
# to 25 to 1", "the odds fell to 3 to 1".
RATIO_NOUNS = {"leverage", "ratio", "odds"}


def is_spaced_ratio(span: Span, measured: str | None) -> bool:
    """'leverage increased from 18 to 1': a ratio written with spaces ("N to 1") said of a ratio
    noun is one ratio, not two counts; "cases fell from 18 to 1" counts cases."""
    if measured not in RATIO_NOUNS or len(span) != 1:
        return False
    doc = span.doc
    after, after2 = _near(span, 0), _near(span, 1)
    before, before2 = _near(span, -1), _near(span, -2)
    if after is not None and after.lower_ == "to" and after2 is not None and after2.lower_ in {"1", "one"}:
        return after2.i + 1 >= len(doc) or doc[after2.i + 1].pos_ != "NOUN"
    return (span[0].lower_ in {"1", "one"} and before is not None and before.lower_ == "to"
            and before2 is not None and before2.like_num
            and (span.end >= len(doc) or doc[span.end].pos_ != "NOUN"))


def _is_rate_base(span: Span) -> bool:
    """'parts per billion', 'cases per million': a bare scale word after "per" is the base."""
    from newsfacts.extract.numbers import SCALE_WORDS

    before = _near(span, -1)
    return len(span) == 1 and span[0].lower_ in SCALE_WORDS and before is not None and before.lower_ == "per"


# Nouns a count can sit inside the name of: "a zero-tolerance policy", "the one-child policy".
POLICY_HEADS = {"policy", "doctrine", "rule", "regime"}


def _names_a_policy(span: Span, noun: Token | None) -> bool:
    """A count inside a compound that ends in a policy noun names the policy ("its
    zero-interest-rate policy", "the two-child policy"), unless it counts the policies."""
    head = span.root
    for _ in range(5):
        if head.head == head or head.head.i < head.i or head.head.pos_ not in {"NOUN", "PROPN", "ADJ"}:
            break
        if head.dep_ not in {"nummod", "compound", "amod", "npadvmod", "quantmod", "nmod", "advmod"}:
            break
        head = head.head
    if head.lemma_.lower() not in POLICY_HEADS or head.tag_ != "NN" or head.i <= span.end - 1:
        return False
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    # a hyphen or a noun right after the count puts it inside the name (not "one common policy")
    return head.i > span.end and nxt is not None and (nxt.text == "-" or nxt.pos_ == "NOUN")


LINK_VERBS = {"see", "read", "watch", "view", "check", "click", "listen"}


def _in_link_aside(span: Span) -> bool:
    """'(See the world's top 10 beaches.)', '(Read more: ...)': a bracketed aside that sends the
    reader to another story, whose numbers are that story's label."""
    sent = span.sent
    words = [t for t in sent if not t.is_space]
    return len(words) >= 3 and words[0].text == "(" and words[1].lower_ in LINK_VERBS and (
        words[-1].text == ")" or words[-2].text == ")" or words[-1].text.endswith(")"))


def of_line_stat(span: Span) -> str | None:
    """What a made-of-attempted line counts: 'pass' in '20-of-24 passing'."""
    if not _is_of_line(span):
        return None
    doc = span.doc
    end = span.end + 4 if doc[span.end : span.end + 1].text == "-" else span.end
    stat = doc[end] if end < len(doc) else None
    return stat.lemma_.lower() if stat is not None and stat.tag_ in {"VBG", "NN"} else None


def _is_period_to_date(noun: Token) -> bool:
    """'year to date', 'year on year', 'month over month' after a change."""
    doc = noun.doc
    following = [t.lower_ for t in doc[noun.i + 1 : noun.i + 3]]
    return noun.lower_ in {"year", "month", "quarter", "week"} and (
        following[:2] == ["to", "date"] or (len(following) == 2 and following[0] in {"on", "over"}
                                             and following[1] == noun.lower_))


def is_elliptical_count(span: Span) -> bool:
    """A number standing for a noun said before: "the newly selected five", "their last seven",
    "won three in a row and five of six", "hundreds of them"."""
    head = span.root
    if span.text.lower() == "one":
        return False  # "one of the best", "the one who": a pronoun far more often than a count
    if any(c.dep_ in {"det", "poss", "amod"} and c.i < head.i for c in head.children):
        return True
    if any(c.dep_ == "relcl" for c in head.children):
        return True  # "selected from eight that submitted proposals"
    verb = head.head
    if head.dep_ == "nummod" and verb.tag_ == "VBN" and verb.i == head.i + 1 and any(
            c.dep_ == "det" and c.i < head.i for c in verb.children):
        return True  # "three rate hikes instead of the two foreseen": the number and its participle
    if head.dep_ in {"nsubj", "nsubjpass"} and any(
            c.dep_ == "advmod" and c.lower_ in {"only", "just"} for c in head.children):
        return True  # "three were asked, only two committed"
    from newsfacts.extract.figures.measured import fronted_whole

    if fronted_whole(span) is not None:
        return True  # "Of the 12 hostages, seven were freed": a part of the group named first
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None)
        # ("four justices, two of whom were judges": a part of the group the relative pronoun stands for)
        return pobj is not None and (pobj.tag_ in {"NNS", "NNPS", "CD"} or pobj.lower_ in {"them", "us", "those", "whom", "which"})
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        prep, governor = head.head, head.head.head
        if prep.lower_ == "by" and governor.pos_ == "VERB":
            return True  # "trailed by two", "won by three": a margin
        out_of = prep.i > 0 and prep.doc[prep.i - 1].lower_ == "out"
        if prep.lower_ == "of" and (governor.like_num or governor.lower_ in NUMBER_WORDS or out_of):
            return True  # "five of six", "one night out of 17": the whole a part is counted against
    return head.dep_ == "dobj" and head.head.pos_ == "VERB"


# Words that "one-" makes an idiom with: "a one-hit wonder", "one-hit kills", "a one-shot deal", "a
# one-stop shop", "one-size-fits-all", "a one-horse town", "a one-track mind", "a one-trick pony",
# "a one-liner", "a one-night stand" ("a one-vote margin", "a one-game suspension" count).
ONE_IDIOMS = {"hit", "shot", "stop", "size", "horse", "track", "trick", "liner", "liners", "night",
              "upmanship", "of",
              # "such one-offs are Band-Aids", "a one-off": a thing that happens once, no count
              "off", "offs",
              # "a one-sided deal", "a one-sided contest": uneven, no count
              "sided"}

# "one" standing for a noun said before: after a determiner, or before a preposition or a relative
# pronoun, with no noun of its own ("the one from the US", "another one", "one for the rover").
# "only one of the bids", "exactly one of them": a count, not a pronoun.
ONE_COUNT_CUES = {"only", "exactly"}
# Nouns of a reason or a way of seeing that "one" introduces like "a": "one reason is", "one basis
# for"; "at least one explanation", "only one reason" count.
REASON_NOUNS = {"reason", "basis", "explanation", "factor", "cause", "motive", "rationale",
                "justification", "argument", "possibility", "theory", "interpretation"}
# Nouns "one" introduces as "an" ("is one example"); "only one example" counts.
EXAMPLE_NOUNS = {"example", "instance", "illustration"}
PRONOUN_ONE_BEFORE = {"the", "another", "this", "that", "each", "any", "every", "which", "no"}
PRONOUN_ONE_AFTER = {"for", "from", "that", "who", "which", "whose", "like", "with"}


def is_bare_word(span: Span, counted: Token | None, is_measured: bool, unit: str | None) -> bool:
    """Number words with nothing counted or measured, and 'one' used as a pronoun or determiner."""
    words_only = all(t.lower_ in NUMBER_WORDS or t.lower_ in {"-", "a", "an"} for t in span)
    bare = counted is None and not is_measured and unit is None
    if bare and (words_only or span[0].lower_ in VAGUE_WORDS) and not is_elliptical_count(span) and not (
            _near(span, -1) is not None and _near(span, -1).lower_ == "plus" and words_only):
        return True  # ("the number of seats, plus two": a count added in a formula)
    if span.text.lower() == "zero":
        before, after = _near(span, -1), _near(span, 0)
        if after is not None and after.lower_ == "in" and before is not None and (
            before.lower_ == "to" or before.tag_ == "MD"
        ):
            return True  # "trying to zero in on": a verb
        if counted is not None and counted.tag_ == "NN" and unit is None and counted.i == span.end:
            return True  # "zero shame", "zero tolerance": an idiom; "zero appearances" counts
        if counted is not None and counted.tag_ == "NN" and unit is None and 0 < counted.i - span.end <= 2 and all(
                t.pos_ == "ADJ" or t.tag_ == "NN" for t in span.doc[span.end : counted.i]):
            return True  # "zero perceivable lag", "zero real risk": "no" before a mass noun
        if counted is None and unit is None and _paired_with_adjective(span):
            return True  # "the cost is trivial or zero": "zero" as an adjective, nothing measured
        following = [t.lower_ for t in span.doc[span.end : span.end + 2]]
        if unit is None and (following[:1] == ["rates"] or following == ["interest", "rates"]):
            return True  # "the market wants zero rates": the name of a policy ("a zero rate" is a level)
        if after is not None and unit is None and after.lower_ == "sum":
            return True  # "a zero sum game": an idiom of one's gain as another's loss
        glued = _near(span, 1)
        if after is not None and after.text == "-" and not span[0].whitespace_ and unit is None and (
                glued is not None and glued.is_alpha):
            return True  # "zero-sum politics", "zero-trust rules", "zero-hours contracts": a kind, no count
        if after is not None and after.text == "-" and not span[0].whitespace_ and unit == "g" and (
                glued is not None and glued.lower_ == "g"):
            return True  # "a zero-g sequence": weightlessness, no mass in grams
    if counted is None and unit is None and words_only and _is_rest_of_group(span):
        return True  # "won two states but lost the other four": the rest of a group just named
    if counted is None and unit is None and words_only and _is_pronoun_pair(span):
        return True  # "when the two were on the ground": the pair named before
    if counted is None and unit is None and words_only and _after_superlative(span):
        return True  # "the most notorious of the three": one of a group named before
    if counted is not None and unit is None and words_only and _said_not_to_happen(counted):
        return True  # "two blasts did not occur": things said not to have happened, no count
    if counted is not None and unit is None and _is_hyperbole(span, counted):
        return True  # "There are a million reasons why", "a thousand ways to": a manner of speaking
    if span.text.lower() == "two" and _near(span, -1) is not None and _near(span, -1).lower_ == "no":
        return True  # "no two projects are alike", "no two ways about it": an idiom of difference
    if span.text.lower() == "one":
        after = _near(span, 0)
        glued = _near(span, 1)
        if counted is not None and counted.i == span.end and counted.lemma_.lower() in REASON_NOUNS and (
                _near(span, -1) is None or _near(span, -1).lower_ not in ONE_COUNT_CUES | {"least", "just", "than"}):
            return True  # "one basis for its willingness", "one reason is": 'one' reads as "a"
        if after is not None and after.text == "-" and not span[0].whitespace_ and glued is not None and (
                glued.lower_ in ONE_IDIOMS):
            return True  # "a one-hit wonder", "a one-stop shop", "a one-trick pony": idioms, no count
        if any(t.lower_ == "other" and t.i > 0 and t.doc[t.i - 1].lower_ == "the" and not (
                t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ in {"NNS", "NNPS"})
               for t in span.doc[span.end : span.sent.end]):
            return True  # "from one room to the other": one of two ("the other games" are many)
        if _near(span, -1) is not None and _near(span, -1).lower_ == "from" and any(
                t.lower_ == "another" and t.doc[t.i - 1].lower_ == "to"
                for t in span.doc[span.end : span.sent.end]):
            return True  # "from one room to another"
        if _is_parallel_another(span):
            return True  # "with one hand ..., with another": one of alternatives, not a count
        if counted is not None and _is_parallel_one(span, counted):
            return True  # "One bombing happened Saturday morning, and one happened Saturday night"
        if _repeats_parallel_one(span):
            return True  # the second "one" of that sentence, standing for "one bombing"
        if counted is not None and counted.lemma_.lower() in AT_ONCE_NOUNS and 0 <= counted.i - span.end <= 2 and (
                _near(span, -1) is not None and _near(span, -1).lower_ == "in"):
            return True  # "in one swift move", "in one fell swoop", "in one go": all at once, no count
        if counted is not None and counted.lower_ == "case" and _near(span, -1) is not None and (
                _near(span, -1).lower_ == "in"):
            return True  # "in one case, snipers fired": an example, not a count
        before = _near(span, -1)
        if after is not None and after.lower_ == "of" and before is not None and before.lower_ in ONE_COUNT_CUES:
            return False  # "only one of the ten bids": a count of the things named after "of"
        if after is not None and after.lower_ == "more" and counted is not None and counted.i == span.end + 1 and (
                counted.tag_ == "NN" and counted.dep_ in {"nsubj", "nsubjpass"}
                and (before is None or before.lower_ not in ONE_COUNT_CUES | {"just", "least"})):
            return True  # "one more problem emerged": "another" as subject, no count ("added one more flight")
        if after is not None and after.lower_ in {"final", "last"} and counted is not None and counted.i > after.i and (
                before is None or before.lower_ not in ONE_COUNT_CUES | {"just", "least"}):
            return True  # "for one final maneuver", "one last attempt": 'one' reads as "a" ("only one final" counts)
        # "Two police officers came upon him. ... One officer was wounded": part of the group counted
        # before, which the rules of "one" read as "a" below may still take for an example
        part_of_group = span[0].i == span[0].sent.start and counted is not None and (
            _part_of_group_counted_before(span, counted))
        if (span[0].i == span[0].sent.start and not part_of_group) or (
                after is not None and after.lower_ in {"such", "of", "point", "another"}):
            return True
        if counted is None and _opens_clause_after_colon(span):
            return True  # "took two tests: one measured their mood": one of them, a pronoun
        if _about_as_preposition(span):
            return True  # "talking about one area": "about" heads the noun phrase, "one" reads as "a"
        if before is not None and before.lower_ in {"last", "next"} and (counted is None or counted.i != span.end):
            return True  # "last one seated wins", "the next one": a pronoun after an ordinal word
        if counted is not None and counted.i == span.end and [
                t.lower_ for t in span.doc[counted.i + 1 : counted.i + 3]] == ["above", "all"]:
            return True  # "one requirement above all": emphasis, not a count
        if counted is not None and counted.lower_ in {"way", "thing", "point", "time", "day", "side"} and not (
                counted.lower_ == "thing" and counted.i == span.end and _near(span, -2) is not None
                and [_near(span, -2).lower_, before.lower_ if before is not None else ""] == ["at", "least"]):
            return True  # ("taught at least one thing": a count, its bound said)
        if counted is not None and counted.lower_ == "hand" and counted.i == span.end and (
                [t.lower_ for t in span.doc[max(0, span.start - 2) : span.start]] == ["on", "the"]
                or (before is not None and before.lower_ == "on")):
            return True  # "On the one hand": an idiom of weighing, the other hand to come
        if counted is not None and counted.i == span.end and _one_at_a_time(counted) and (
                before is None or before.lower_ not in ONE_COUNT_CUES | {"just", "than"}):
            return True  # "finishing her degree one class at a time": a pace ("only one ... at a time" limits)
        if counted is not None and counted.lemma_.lower() == "occasion" and before is not None and (
                before.lower_ == "on" and (_near(span, -2) is None or _near(span, -2).lower_ not in ONE_COUNT_CUES | {"just"})):
            return True  # "On one occasion, he heard": one time told, like "once", not a count of occasions
        if counted is not None and _one_occasion(span, counted):
            return True  # "he told the staff during one meeting", "he said in one interview": "a meeting"
        if counted is not None and _the_one(span, counted):
            return True  # "the one person in the country who": "the only person", emphasis, no count
        if _becomes_one(span):
            return True  # "every chance to become one", "the two firms became one": a pronoun or a merger
        if counted is not None and _opens_with_one_scene(span, counted):
            return True  # "In one class, he was chastised": a scene picked out, like "in a class"
        if counted is not None and counted.i == span.end and counted.lemma_.lower() in EXAMPLE_NOUNS and (
                before is None or before.lower_ not in ONE_COUNT_CUES | {"just", "least", "than"}):
            return True  # "The new service is one example": one of many, like "an example"
        if after is not None and after.lower_ == "about" and (counted is None or counted.i != span.end):
            return True  # "particularly one about his business": "one" stands for a noun said before
        if counted is not None and _names_one_of_many(span, counted):
            return True  # "That's one solution", "It is one option": one among others, like "a"
        if counted is not None and _one_as_article(span, counted):
            return True  # "after one particularly long monologue": "one" for "a"
        if counted is not None and _has_one_weighty(span, counted):
            return True  # "the new rules had one big weakness": "a big weakness", no count
        if counted is not None and _is_finding_subject(counted):
            return True  # "one study in 77 people showed", "one survey found": an example, like "a"
        if counted is not None and (_is_speaker(counted) or _is_spoken_to(counted)):
            return True  # "one official said", "according to one estimate": an indefinite, not a count
        before = _near(span, -1)
        if before is not None and before.pos_ == "ADJ" and _near(span, -2) is not None and (
                _near(span, -2).lower_ in PRONOUN_ONE_BEFORE):
            before = _near(span, -2)  # "the old one", "another big one"
        if counted is None and before is not None and before.pos_ == "ADJ" and _after_article(span):
            return True  # "a rhetorical one", "a rare, largely unstudied one": a pronoun after adjectives
        if counted is not None and [t.lower_ for t in span.doc[counted.i + 1 : counted.i + 3]] == ["after", "another"]:
            return True  # "one iteration after another": an idiom of repetition
        if counted is None and unit is None and (
            (before is not None and before.lower_ in PRONOUN_ONE_BEFORE)
            or (after is not None and after.lower_ in PRONOUN_ONE_AFTER)
        ):
            return True  # "the one from the US", "another one" ("the one-pound system" weighs it)
    return False


# Nouns of reasons, ways and thoughts, which "a million" or "a thousand" multiplies only as a manner
# of speaking ("a million reasons", "a thousand ways to fail"); "a million residents" counts.
HYPERBOLE_NOUNS = REASON_NOUNS | {"way", "thing", "question", "idea", "excuse", "word", "thought", "story",
                                  "detail"}
HYPERBOLE_SCALES = {"hundred", "thousand", "million", "billion", "zillion", "gazillion", "bajillion"}
# ("a million different ...": only the largest scales; "a hundred different species" may count)
VARIETY_SCALES = {"million", "billion", "zillion", "gazillion", "bajillion"}
# Nouns of manner and kind, which "a million different" multiplies only as a manner of speaking
# ("a million different ways", "a billion different kinds"); people and things counted stay
# counts ("a million different people visited the site").
VARIETY_NOUNS = HYPERBOLE_NOUNS | {"kind", "type", "sort", "form", "version", "variety", "variation", "flavor",
                                   "flavour", "shade", "style", "direction", "angle", "approach", "method",
                                   "manner", "option", "scenario", "outcome", "combination", "permutation"}


def _is_hyperbole(span: Span, counted: Token) -> bool:
    """'a million reasons', 'a thousand ways': "a" and a bare scale before a noun of reasons or
    ways, right after the span; 'a million different ways', 'a billion different kinds': a large
    bare scale stressing how varied ways or kinds are (not people or things: "a million different
    people visited" counts them)."""
    words = [t.lower_ for t in span]
    if len(words) != 2 or words[0] not in {"a", "an"} or words[1] not in HYPERBOLE_SCALES:
        return False
    after = _near(span, 0)
    if words[1] in VARIETY_SCALES and after is not None and after.lower_ == "different" and counted.i > span.end and (
            counted.lemma_.lower() in VARIETY_NOUNS):
        return True
    return counted.i == span.end and counted.lemma_.lower() in HYPERBOLE_NOUNS


def _opens_clause_after_colon(span: Span) -> bool:
    """'two tests: One measured their mood': "one" right after a colon or semicolon, the subject
    of the verb just after it, stands for one of the things named before, like a sentence's
    opening "One said"."""
    before, after = _near(span, -1), _near(span, 0)
    return (len(span) == 1 and before is not None and before.text in {":", ";"} and after is not None
            and after.pos_ in {"VERB", "AUX"} and span[0].dep_ in {"nsubj", "nsubjpass"} and span[0].head == after)


# Key in Doc.user_data under which extract_figures puts the article's text and the sentence's offset.
TEXT_BEFORE = "newsfacts_text_before"
# How much of the article before a sentence a count may refer back to ("One officer was wounded"
# after "two police officers" a few paragraphs up).
TEXT_BEFORE_CHARS = 3000
# Plurals that do not add -s.
IRREGULAR_PLURALS = {"person": "people", "man": "men", "woman": "women", "child": "children"}
GROUP_COUNT_WORDS = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                     "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens?|hundreds|several|both")


def _part_of_group_counted_before(span: Span, counted: Token) -> bool:
    """'One officer was wounded' after 'two police officers came upon him', 'One member remains at
    large' after 'Fifteen members have been arrested': a sentence opening with "One" and a singular
    noun, the subject of its clause, counts one of a group the article counted before."""
    if counted.i != span.end or counted.tag_ != "NN" or counted.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    doc = span.doc
    body, offset = doc.user_data.get(TEXT_BEFORE) or ("", 0)
    before = body[max(0, offset - TEXT_BEFORE_CHARS) : offset] + " " + doc.text[: span.sent.start_char]
    if not before.strip():
        return False
    word = counted.lower_
    if word in IRREGULAR_PLURALS:
        plural = IRREGULAR_PLURALS[word]
    elif word.endswith("y") and word[-2:-1] not in "aeiou":
        plural = word[:-1] + "ies"
    elif word.endswith(("s", "x", "ch", "sh")):
        plural = word + "es"
    else:
        plural = word + "s"
    pattern = rf"\b(?:\d[\d,]*|{GROUP_COUNT_WORDS})\s+(?:[\w'’-]+\s+){{0,2}}{re.escape(plural)}\b"
    return re.search(pattern, before, re.IGNORECASE) is not None


def _paired_with_adjective(span: Span) -> bool:
    """'trivial or zero', 'zero or negligible': "zero" joined by "or"/"and" to an adjective."""
    before, before2, after, after2 = _near(span, -1), _near(span, -2), _near(span, 0), _near(span, 1)
    return (before is not None and before2 is not None and before.lower_ in {"or", "and"} and before2.pos_ == "ADJ") or (
        after is not None and after2 is not None and after.lower_ in {"or", "and"} and after2.pos_ == "ADJ"
        and not (span.end + 2 < len(span.doc) and span.doc[span.end + 2].pos_ in {"NOUN", "PROPN"}))


def _one_at_a_time(counted: Token) -> bool:
    """'one class at a time', 'one step at a time': how something is done, one by one."""
    doc = counted.doc
    return [t.lower_ for t in doc[counted.i + 1 : counted.i + 4]] == ["at", "a", "time"]


# Verbs and adjectives that take "about" as a preposition of topic: "talking about one area",
# "worried about one thing" ("costs about one dollar" is an approximation).
TOPIC_WORDS = {"talk", "speak", "write", "think", "worry", "care", "know", "learn", "hear", "read",
               "ask", "complain", "argue", "joke", "forget", "dream", "wonder", "tell", "remind",
               "worried", "concerned", "anxious", "excited", "upset", "curious", "nervous", "story",
               "question", "book", "article", "film", "movie"}


def _about_as_preposition(span: Span) -> bool:
    """'talking about one area', 'worried about one thing': "about" after a verb or an adjective
    of topic (or parsed as a preposition) heads the noun phrase, and the "one" in it is the
    article "a"; "about one in five adults" and "about one dollar" approximate."""
    before, before2 = _near(span, -1), _near(span, -2)
    if before is None or before.lower_ != "about" or len(span) != 1:
        return False
    after = _near(span, 0)
    if after is not None and (after.lower_ in {"in", "out", "of"} or after.like_num or after.lower_ in SCALE_WORDS):
        return False  # "about one in five", "about one million": an approximate amount
    if _rate_follows(span):
        return False  # "about one briefing per week", "about one death a day": an approximate rate
    return before.dep_ == "prep" or (before2 is not None and before2.lemma_.lower() in TOPIC_WORDS) or (
        before2 is not None and before2.lower_ in TOPIC_WORDS)


RATE_WORDS = {"per", "a", "an", "each", "every"}
# Nouns of a single action that "in one" makes mean "all at once".
AT_ONCE_NOUNS = {"move", "stroke", "swoop", "go", "blow", "sitting", "breath", "fell"}


def _rate_follows(span: Span) -> bool:
    """'one briefing per week', 'one death a day': a count of a noun, then a period it is counted in."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].pos_ != "NOUN":
        return False
    following = doc[i + 1 : i + 3]
    return len(following) == 2 and following[0].lower_ in RATE_WORDS and following[1].lemma_.lower() in TIME_NOUNS


# Number words that stand for a group named before when "the" is all they have: "the two", "the
# four go", "mixing the three together". A group of a dozen or more is rarely referred to so.
GROUP_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}


def _restates_previous_count(span: Span) -> bool:
    """Whether the sentence before counts a group with this number ("Four judges joined."), so
    that "the four" repeats that count rather than standing for things listed by name."""
    from newsfacts.extract.figures.measured import PREVIOUS_SENTENCE, counted_in_previous

    previous = span.doc.user_data.get(PREVIOUS_SENTENCE)
    return previous is not None and counted_in_previous(span, previous) is not None


def _is_rest_of_group(span: Span) -> bool:
    """'the other four' with no noun after it: the rest of a group the sentence named."""
    before, before2, after = _near(span, -1), _near(span, -2), _near(span, 0)
    return (before is not None and before2 is not None and before.lower_ == "other"
            and before2.lower_ == "the" and (after is None or after.pos_ not in {"NOUN", "PROPN", "ADJ"}))


def _is_parallel_another(span: Span) -> bool:
    """'with one hand ..., with another', 'in one case ... in another': "one" after a preposition
    that the same preposition and "another" repeat later in the sentence sets two alternatives
    side by side."""
    before = _near(span, -1)
    if before is None or before.pos_ != "ADP":
        return False
    doc = span.doc
    return any(t.lower_ == "another" and doc[t.i - 1].lower_ == before.lower_
               for t in doc[span.end + 1 : span.sent.end])


def _is_parallel_one(span: Span, counted: Token) -> bool:
    """'One bombing happened in the morning, and one happened at night': "one" and a noun as the
    subject of a clause that a later "and one" (a pronoun with a verb of its own) repeats sets
    the cases side by side, like "one ... another"; the "one" reads as "a", not as a count."""
    if counted.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    doc = span.doc
    return any(t.lower_ == "one" and doc[t.i - 1].lower_ in {"and", "while", "but"}
               and t.dep_ in {"nsubj", "nsubjpass"} and t.head.pos_ in {"VERB", "AUX"} and t.head.i > t.i
               and t.head != counted.head
               for t in doc[counted.i + 1 : span.sent.end])


def _repeats_parallel_one(span: Span) -> bool:
    """The pronoun "one" of "One bombing happened ..., and one happened ...": a subject after
    "and" whose sentence opened a clause with "one" and a noun as its subject."""
    doc, word = span.doc, span[0]
    if len(span) != 1 or word.dep_ not in {"nsubj", "nsubjpass"} or span.start == 0 or (
            doc[span.start - 1].lower_ not in {"and", "while", "but"}):
        return False
    return any(t.lower_ == "one" and t.dep_ == "nummod" and t.head.dep_ in {"nsubj", "nsubjpass"}
               and t.head.i == t.i + 1 for t in doc[word.sent.start : span.start - 1])


# Verbs of happening: a thing said not to have happened ("two blasts did not occur") is counted
# by nothing.
HAPPENING_VERBS = {"occur", "happen", "exist", "take"}


def _said_not_to_happen(counted: Token) -> bool:
    verb = counted.head
    if counted.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_.lower() not in HAPPENING_VERBS:
        return False
    if verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in verb.children):
        return False  # "take place" only
    return any(c.dep_ == "neg" for c in verb.children)


# Verbs a study, a survey or an analysis reports with: "one study found" introduces an example.
FINDING_VERBS = {"show", "find", "suggest", "reveal", "indicate", "conclude", "demonstrate", "link",
                 # an estimate is reported with a verb of reckoning: "one estimate figured", "one
                 # projection puts the cost at"
                 "estimate", "figure", "reckon", "calculate", "put", "project", "forecast", "predict"}
FINDING_NOUNS = {"study", "survey", "analysis", "review", "trial", "experiment", "report", "paper",
                 "poll", "estimate", "investigation", "projection", "forecast", "calculation", "count", "tally"}


def _is_finding_subject(noun: Token) -> bool:
    """'One 6-month study in 77 people showed that ...': a study named by "one" as the subject of
    a verb of finding is an example (the indefinite article), not a count of studies."""
    return (noun.dep_ in {"nsubj", "nsubjpass"} and noun.lemma_.lower() in FINDING_NOUNS
            and noun.head.lemma_.lower() in FINDING_VERBS)


def _is_pronoun_pair(span: Span) -> bool:
    """'the two', 'these three', 'the four' with nothing else: the people or things named before,
    as a subject ("the four go on an adventure"), an object ("mixing the three together") or after
    a preposition ("a harmony between the two", "of the two,"). "the two of you" counts the
    people after "of"."""
    head = span.root
    mods = [c for c in head.children if c.i < head.i]
    after = _near(span, 0)
    only_det = len(mods) == 1 and mods[0].lower_ in {"the", "these", "those"} and mods[0].dep_ == "det"
    set_off = head.dep_ == "pobj" and head.head.lower_ == "of" and after is not None and after.is_punct
    if after is not None and after.lower_ == "of":
        return False  # "the two of you": the people after "of" are counted
    if only_det and (head.dep_ in {"nsubj", "nsubjpass"} or set_off) and head.lower_ in {"two", "three"}:
        return True  # "when the two were on the ground", "of the two,"
    if not only_det or head.dep_ not in {"nsubj", "nsubjpass", "pobj", "dobj"} or (
            head.lower_ not in GROUP_NUMBER_WORDS):
        return False
    if any(c.dep_ in {"relcl", "acl", "prep"} for c in head.children):
        return False  # "the three that submitted", "the two in front": described, so counted
    # "Four new judges joined. The four will hear appeals.": a count restated, not a group named
    return not _restates_previous_count(span)


def _after_superlative(span: Span) -> bool:
    """'the most notorious of the three', 'the biggest of the four': the whole a superlative
    picks one from, a group named before, not a new count."""
    doc = span.doc
    i = span.start
    if i < 3 or doc[i - 1].lower_ != "the" or doc[i - 2].lower_ != "of":
        return False
    if span.end < len(doc) and doc[span.end].pos_ in {"NOUN", "PROPN"}:
        return False
    adjective = doc[i - 3]
    return adjective.tag_ in {"JJS", "RBS"} or (
        adjective.pos_ == "ADJ" and i >= 4 and doc[i - 4].lower_ in {"most", "least"})


# Adverbs of degree before an adjective: "one particularly long monologue" reads like "a".
DEGREE_ADVERBS = {"particularly", "especially", "very", "extremely", "really", "incredibly",
                  "unusually", "exceptionally", "remarkably", "rather", "fairly", "quite"}


def _names_one_of_many(span: Span, counted: Token) -> bool:
    """'That's one solution', 'This is one option': a demonstrative or "it", a form of "be", then
    "one" and its singular noun names one possibility among others ("That's only one option" counts)."""
    doc = span.doc
    if span.start < 2 or counted.i != span.end or counted.tag_ != "NN":
        return False
    verb, subject = doc[span.start - 1], doc[span.start - 2]
    is_be = verb.lemma_.lower() == "be" or verb.lower_ in {"'s", "’s"}
    return is_be and subject.lower_ in {"that", "this", "it"} and subject.dep_ == "nsubj"


def _opens_with_one_scene(span: Span, counted: Token) -> bool:
    """'In one class, he was ...', 'At one point, ...', 'In one case, ...': a sentence that opens with a
    preposition, "one" and a singular noun, then a comma, sets a scene as "in a class" would."""
    doc = span.doc
    before = _near(span, -1)
    return (before is not None and before.i == span.sent.start and before.lower_ in {"in", "at", "during"}
            and counted.i == span.end and counted.tag_ == "NN" and counted.i + 1 < len(doc)
            and doc[counted.i + 1].text == ",")


# Nouns of an occasion of talk or of a gathering that "in one", "at one" or "during one" picks out
# as "in a" would: "he said in one interview", "he told staff during one meeting".
OCCASION_NOUNS = {"meeting", "conversation", "interview", "speech", "call", "exchange", "session", "episode",
                  "broadcast", "segment", "appearance", "address", "hearing", "podcast", "email", "memo",
                  "letter", "message", "post", "tweet", "video", "discussion", "briefing", "chat", "talk",
                  "encounter", "conference", "rally", "event", "dinner", "lunch", "visit", "debate", "scene"}
OCCASION_PREPOSITIONS = {"in", "at", "during"}


def _one_modifiers_only(span: Span, counted: Token) -> bool:
    """Only adjectives, adverbs and compounds between "one" and its noun ("one late-night meeting")."""
    return counted.i >= span.end and all(
        t.pos_ in {"ADJ", "ADV"} or t.dep_ in {"amod", "compound", "advmod"} or t.text == "-"
        for t in span.doc[span.end : counted.i])


def _counts_against_others(span: Span) -> bool:
    """Another number in the same clause sets "one" against a count ("in one meeting and two calls")."""
    doc = span.doc
    start, end = span.start, span.end
    while start > span.sent.start and doc[start - 1].text not in CLAUSE_MARKS:
        start -= 1
    while end < span.sent.end and doc[end].text not in CLAUSE_MARKS:
        end += 1
    return any((t.like_num or t.lower_ in NUMBER_WORDS or t.lower_ in {"another", "other", "once"})
               and t.i not in range(span.start, span.end) for t in doc[start:end])


def _one_occasion(span: Span, counted: Token) -> bool:
    """'he told Fox's staff during one companywide meeting', 'he said in one conversation': "in",
    "at" or "during", then "one" and a singular noun of an occasion of talk or gathering, sets a
    scene like "in a conversation" ("only one meeting", "in one meeting and two calls" count)."""
    before = _near(span, -1)
    if before is None or before.lower_ not in OCCASION_PREPOSITIONS or counted.tag_ != "NN":
        return False
    if counted.lemma_.lower() not in OCCASION_NOUNS or not _one_modifiers_only(span, counted):
        return False
    return not _counts_against_others(span)


def _the_one(span: Span, counted: Token) -> bool:
    """'the one person in the country who', 'the one thing she wanted': "the one" and a singular
    noun mean "the only", said for emphasis, not a count ("the one or two" is a range; "only 16
    came from the one picture I posted" sets it against another number)."""
    before, after = _near(span, -1), _near(span, 0)
    if before is None or before.lower_ != "the" or counted.tag_ != "NN" or not _one_modifiers_only(span, counted):
        return False
    if after is None or after.text in {"-", "–"} or after.lower_ in {"or", "and", "to"}:
        return False
    return not _counts_against_others(span)  # "only 16 came from the one picture I posted": counted against 16


def _becomes_one(span: Span) -> bool:
    """'every opportunity to become one', 'the two firms became one': "one" after "become" with no
    noun of its own stands for a noun said before, or for a merger, not a count."""
    before, after = _near(span, -1), _near(span, 0)
    return (before is not None and before.lemma_.lower() == "become" and len(span) == 1
            and (after is None or after.is_punct or after.lower_ in {"and", "but", "in", "when", "after"}))


def _one_as_article(span: Span, counted: Token) -> bool:
    """'one particularly long monologue', 'one very good reason': "one" before an adverb of degree
    and an adjective, with nothing that makes it a count ("only one very old copy")."""
    doc = span.doc
    after = _near(span, 0)
    before = _near(span, -1)
    if after is None or after.lower_ not in DEGREE_ADVERBS or counted.tag_ != "NN":
        return False
    return not (before is not None and before.lower_ in ONE_COUNT_CUES | {"just", "least", "than"}) and (
        span.end + 1 < len(doc) and doc[span.end + 1].pos_ == "ADJ")


# Adjectives that weigh a flaw, an asset or a question: "one big weakness", "one major problem".
WEIGHING_ADJECTIVES = {"big", "major", "huge", "key", "main", "important", "serious", "fatal", "glaring",
                       "crucial", "significant", "obvious", "notable"}


CLAUSE_MARKS = {",", ":", ";", "—", "–", "(", ")"}


def _has_one_weighty(span: Span, counted: Token) -> bool:
    """'the regulations had one big weakness', 'the plan has one major flaw': "one", a weighing
    adjective and the singular noun that "have" takes, said like "a" ("had only one big weakness",
    "has just one key player" and "one major flaw and two minor ones", counted against others, count)."""
    doc = span.doc
    before = _near(span, -1)
    start, end = span.start, span.end
    while start > span.sent.start and doc[start - 1].text not in CLAUSE_MARKS:
        start -= 1
    while end < span.sent.end and doc[end].text not in CLAUSE_MARKS:
        end += 1
    if any((t.like_num or t.lower_ in NUMBER_WORDS) and t.i not in range(span.start, span.end) for t in doc[start:end]):
        return False
    return (counted.i == span.end + 1 and counted.tag_ == "NN" and counted.lower_ != "one"
            and doc[span.end].lower_ in WEIGHING_ADJECTIVES and counted.dep_ == "dobj"
            and counted.head.lemma_.lower() == "have"
            and not (before is not None and before.lower_ in ONE_COUNT_CUES | {"just", "least", "than"}))


def _after_article(span: Span) -> bool:
    """'a rare, largely unstudied one': only adjectives, adverbs and commas between 'a' and it."""
    doc = span.doc
    i = span.start - 1
    while i >= span.sent.start and (doc[i].pos_ in {"ADJ", "ADV"} or doc[i].text == ","):
        i -= 1
    return i >= span.sent.start and i < span.start - 1 and doc[i].lower_ in {"a", "an"}


def _is_spoken_to(noun: Token) -> bool:
    """'according to one estimate', 'WIRED spoke to one mother': a source or an interviewee
    introduced with 'one', the indefinite article of attribution."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"to", "from"}:
        return False
    if any(c.dep_ == "conj" and any(g.dep_ == "nummod" for g in c.children) for c in noun.children):
        return False  # "spoke to one reporter and two editors": counts side by side
    if prep.lower_ == "from":  # "I heard recently from one startup that": "a startup" ("only one" counts)
        return prep.head.lemma_.lower() == "hear" and not any(
            c.lower_ in ONE_COUNT_CUES | {"just"} for c in noun.doc[max(0, noun.i - 3) : noun.i])
    return prep.head.lower_ == "according" or prep.head.lemma_.lower() in {"speak", "talk"}


# Verbs of saying what caused a thing, which a source is said to do as it says: "one official
# attributed the statement to confusion" (the citations' own verbs are SPEECH_VERBS).
ATTRIBUTING_VERBS = {"attribute", "ascribe"}
# Verbs of speaking the citation rules leave out, whose subject "one" introduces like "an": "one
# executive joked", "one neighbour recalled".
SPEAKING_VERBS = {"joke", "remark", "recall", "recount"}


def _is_speaker(noun: Token) -> bool:
    from newsfacts.extract.citations import SPEECH_VERBS

    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in SPEECH_VERBS | ATTRIBUTING_VERBS | SPEAKING_VERBS


def is_score_phrase(noun_lemma: str | None, span: Span) -> bool:
    """'a 4-1 win', 'a 9-2-1 start': the numbers describe a result."""
    if noun_lemma not in SCORE_NOUNS:
        return False
    doc = span.doc
    # the dash must join two numbers: "a one-vote loss" counts votes, "a 4-1 loss" is a score
    return any(t.text in {"-", "–"} and 0 < t.i < len(doc) - 1 and _is_number(doc[t.i - 1]) and _is_number(doc[t.i + 1])
               for t in doc[max(0, span.start - 1) : span.end + 2])


def _is_number(token: Token) -> bool:
    return token.like_num or token.lower_ in NUMBER_WORDS
