"""Figures in a language's number format: digits grouped and decimals as Babel says, scale words,
percent and currency words from the language's vocabulary file."""

from __future__ import annotations

import re
from functools import cache

from newsfacts.extract.languages.vocabulary import Vocabulary
from newsfacts.extract.schemas import Figure, fact_id

APPROXIMATE = {"approximately", "nearly"}


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def figure_pattern(language: str) -> re.Pattern:
    """Number (digits, number word or vague amount), optional scale word, optional unit."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    from newsfacts.extract.languages.vocabulary import load_vocabulary

    vocabulary = load_vocabulary(language)

    group = get_group_symbol(vocabulary.babel_locale)
    decimal = get_decimal_symbol(vocabulary.babel_locale)
    groups = re.escape(group) + ("|\u00a0|\u202f| " if group.isspace() else "")
    digits = rf"\d{{1,3}}(?:(?:{groups})\d{{3}})+(?:{re.escape(decimal)}\d+)?|\d+(?:{re.escape(decimal)}\d+)?"
    words = _alternatives({**vocabulary.number_words, **vocabulary.vague_amounts})
    units = _alternatives(vocabulary.units)
    return re.compile(
        rf"(?<![\w.,-])(?P<currency>[€$£]\s?)?(?P<number>{digits}|(?i:{words})\b)"
        rf"(?:\s+(?P<scale>(?i:{_alternatives(vocabulary.scales)}))(?!\w))?"
        rf"(?:\s*(?:(?i:de|d['’])\s*)?(?P<unit>(?i:{units}))(?!\w))?"
    )


def _number_value(text: str, vocabulary: Vocabulary) -> float | None:
    from babel.numbers import NumberFormatError, parse_decimal

    lowered = text.lower()
    if lowered in vocabulary.number_words:
        return float(vocabulary.number_words[lowered])
    if lowered in vocabulary.vague_amounts:
        return float(vocabulary.vague_amounts[lowered])
    try:
        return float(parse_decimal(text.replace("\u00a0", " ").replace("\u202f", " "),
                                   locale=vocabulary.babel_locale, strict=False))
    except NumberFormatError:
        return None


def _words_after(text: str, end: int, n: int = 2) -> list[str]:
    clause = re.split(r"[.,;:!?()]", text[end:end + 40])[0]
    return re.findall(r"[\w'’-]+", clause.lower())[:n]


def _is_not_a_figure(match: re.Match, sentence: str, vocabulary: Vocabulary) -> bool:
    number, end = match.group("number"), match.end()
    rest = sentence[match.end("number"):]
    if not number[0].isdigit():
        return False if match.group("unit") or match.group("scale") else _next_is_duration(sentence, end, vocabulary)
    if re.match(r"\s?[-–]\s?\d|-\w|[:/]\d|\.\d", rest) or re.search(r"\d\s?[-–]\s?$", sentence[:match.start()]):
        return True  # scores, compounds ("18-jährigen"), times, dates with dots
    after = _words_after(sentence, match.end("number"))
    if after and after[0] in vocabulary.months or (len(after) > 1 and after[0] in {"de", "du"} and after[1] in vocabulary.months):
        return True
    if vocabulary.ordinal_dot and rest.startswith(".") and not match.group("unit"):
        return True
    plain = not (match.group("unit") or match.group("scale") or match.group("currency"))
    if plain and len(number) == 4 and 1800 <= int(number) <= 2100:
        return True  # a year
    return plain and _next_is_duration(sentence, end, vocabulary)


def _next_is_duration(sentence: str, end: int, vocabulary: Vocabulary) -> bool:
    after = _words_after(sentence, end, 1)
    return bool(after) and after[0] in vocabulary.not_figure_after


def _qualifier(sentence: str, start: int, vocabulary: Vocabulary) -> str | None:
    before = sentence[:start].lower().rstrip()
    for phrase in sorted(vocabulary.qualifiers, key=len, reverse=True):
        if before.endswith(phrase) and (len(before) == len(phrase) or not before[-len(phrase) - 1].isalnum()):
            return vocabulary.qualifiers[phrase]
    return None


def _noun(sentence: str, end: int, vocabulary: Vocabulary) -> str | None:
    for word in _words_after(sentence, end, 4):
        if word in vocabulary.skip_words or word in vocabulary.units or word[0].isdigit():
            continue
        return word.strip("'’")
    return None


def extract_figures(article_id: str, body: str, sentences: list[tuple[int, int]],
                    vocabulary: Vocabulary) -> list[Figure]:
    """Every quantity stated in the sentences, in the language's number format."""
    figures = []
    for s_start, s_end in sentences:
        sentence = body[s_start:s_end]
        for match in figure_pattern(vocabulary.language).finditer(sentence):
            if _is_not_a_figure(match, sentence, vocabulary):
                continue
            value = _number_value(match.group("number"), vocabulary)
            if value is None:
                continue
            if match.group("scale"):
                value *= vocabulary.scales[match.group("scale").lower()]
            unit_word = (match.group("unit") or match.group("currency") or "").strip().lower()
            unit = vocabulary.units.get(unit_word)
            qualifier = _qualifier(sentence, match.start(), vocabulary)
            start, end = s_start + match.start(), s_start + match.end()
            figures.append(Figure(
                figure_id=fact_id(article_id, "figure", start), article_id=article_id, value=value,
                value_high=None, unit=unit, noun=_noun(sentence, match.end(), vocabulary),
                qualifier=qualifier, text=body[start:end],
                is_approximate=qualifier in APPROXIMATE or match.group("number").lower() in vocabulary.vague_amounts,
                sentence=sentence, char_start=start, char_end=end,
            ))
    return figures
