"""Language-aware word counts: CJK text by characters, other scripts by runs of word characters."""

from __future__ import annotations

import re

# Han ideographs, Hiragana and Katakana carry no spaces between words, so each counts as one word
# (the usual measure for Japanese and Chinese text); Hangul is written with spaces between words.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")


def count_words(text: str) -> int:
    """Words of a text: one per CJK character, one per run of other word characters."""
    return len(_WORD.findall(text))
