"""Turn the tokens of a matched quantity into a float (pure Python, no spaCy)."""

from __future__ import annotations

import re

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "quadrillion": 1_000_000_000_000_000,
    # Indian numbering: "Rs 24 lakh" is 2.4 million rupees, "Rs 1.5 lakh crore" 1.5 trillion.
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}
# Abbreviated scales glued to or following a number: "$10B", "€20m", "3bn", "5k".
SCALE_SUFFIXES = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "b": 1_000_000_000,
    "bn": 1_000_000_000, "bln": 1_000_000_000, "t": 1_000_000_000_000, "tn": 1_000_000_000_000,
}
# Vague amounts map to the floor of their order of magnitude, flagged is_approximate.
VAGUE_WORDS = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
    "billions": 1_000_000_000, "trillions": 1_000_000_000_000, "tens": 10, "several": 3,
}
NUMBER_WORDS = frozenset(UNITS_WORDS) | frozenset(SCALE_WORDS) | {"dozen"}
# Scale words glued to a number, as British papers write them: "£71.6million", "$5billion".
GLUED_SCALE_WORDS = {w: SCALE_WORDS[w] for w in ("million", "billion", "trillion")}
# A multiple written with an "x" ("9x as cost-effective", "~3x") is the number of times.
MULTIPLE_SUFFIXES = {"x": 1}

DIGITS_RE = re.compile(r"^~?(?P<sign>[-−–]?)(?P<num>\d[\d,]*(?:\.\d+)?|\.\d+)(?P<suffix>[a-z]*)$")
# Currency prefixes glued to a number by the tokenizer ("R50bn", "HK$10", "Rs500", "N500m"); "R"
# (rand) and "N" (naira) count only with a scale suffix or a thousands separator, so "R2" (a
# road, a robot) and "N95" (a mask) stay names.
GLUED_CURRENCY_RE = re.compile(
    r"^(?P<prefix>us\$|hk\$|c\$|a\$|nz\$|s\$|nt\$|rs\.?|r(?=\d[\d,.]*(?:bn|m|mn|k|tn)$|\d{1,3}(?:,\d{3})+)"
    r"|n(?=\d[\d,.]*(?:bn|m|mn|k|tn)$|\d{1,3}(?:,\d{3})+)|₹|₦|₽|₺|₪|₩)"
    r"(?P<rest>\d.*)$"
)
# LOWER regex used by the Matcher to recognise a digit token, optionally with a scale suffix.
# ("~9x": an approximate multiple, the tilde read as "about")
DIGIT_TOKEN_PATTERN = r"^~?[-−]?(\d[\d,]*(\.\d+)?|\.\d+)(k|m|mn|bn|b|tn|million|billion|trillion|x)?$"
GLUED_CURRENCY_TOKEN_PATTERN = (
    r"^(us\$|hk\$|c\$|a\$|nz\$|s\$|nt\$|rs\.?|r|n|₹|₦|₽|₺|₪|₩)(\d[\d,]*(\.\d+)?)(k|m|mn|bn|b|tn|million|billion|trillion)?$"
)


def split_glued_currency(text: str) -> tuple[str | None, str]:
    """('hk$', '10') for 'HK$10'; (None, text) when no currency prefix is glued to the number."""
    match = GLUED_CURRENCY_RE.match(text.lower())
    if not match:
        return None, text
    return match["prefix"], match["rest"]


def digits_value(text: str) -> float | None:
    """Value of one digit token such as '2,500', '-3', '1.5', '10B'; None if it is not one."""
    match = DIGITS_RE.match(text.lower())
    if not match:
        return None
    suffix = match["suffix"]
    scales = {**SCALE_SUFFIXES, **GLUED_SCALE_WORDS, **MULTIPLE_SUFFIXES}
    if suffix and suffix not in scales:
        return None
    num = match["num"].replace(",", "")
    if "," in match["num"] and not re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", match["num"]):
        return None
    value = float(num) * scales.get(suffix, 1)
    return -value if match["sign"] else value


def words_value(words: list[str]) -> float | None:
    """Value of a sequence of number words/digits such as ['two', 'hundred'] or ['1.5', 'billion']."""
    total = 0.0
    current = 0.0
    seen = False
    previous_scale = False
    for raw in words:
        word = raw.lower()
        if word in {"-", "and", "a", "an"}:
            continue
        if previous_scale and word not in SCALE_WORDS:
            previous_scale = False
        if word in UNITS_WORDS:
            part = UNITS_WORDS[word]
            if current % 10 or (part < 20 and current % 100 and part >= 10):
                return None  # "three four", "twenty fifteen": two numbers, not one
            current += part
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in SCALE_WORDS:
            scale = SCALE_WORDS[word]
            if previous_scale and not current:
                total *= scale  # "1.5 lakh crore", "a thousand million": one scale of another
            else:
                current = (current or 1) * scale
            if scale >= 1_000:
                total += current
                current = 0.0
            previous_scale = scale >= 1_000
            seen = True
            continue
        elif word in SCALE_SUFFIXES and seen:
            current = (current or 1) * SCALE_SUFFIXES[word]
        else:
            value = digits_value(split_glued_currency(word)[1])
            if value is None:
                return None
            current += value
        seen = True
    return total + current if seen else None


def glued_scale(text: str) -> float | None:
    """The scale glued to a digit token ('350bn' -> 1e9, '5m' -> 1e6); None when it has none."""
    match = DIGITS_RE.match(text.lower())
    if not match or not match["suffix"]:
        return None
    return {**SCALE_SUFFIXES, **GLUED_SCALE_WORDS}.get(match["suffix"])
