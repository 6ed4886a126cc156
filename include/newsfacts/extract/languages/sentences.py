"""Language-aware sentence splitting, with body offsets, for the rules and the French model."""

from __future__ import annotations

import re
from collections.abc import Iterator

# After ., ! or ? (and closing quotes) when whitespace and an opening quote or capital follow;
# after the CJK full stops no whitespace is needed.
_BREAK = re.compile(r"(?<=[.!?…])[\"”’»)\]]*\s+(?=[\"“„‘«(\[¿¡]?\s?[^\W\d_a-z]|[\"“„«¿¡]?\d)|(?<=[。！？])[」』）]*")
CJK_LANGUAGES = frozenset({"ja", "zh", "ko"})


def _breaks(line: str, abbreviations: frozenset[str], ordinal_dot: bool) -> Iterator[int]:
    for match in _BREAK.finditer(line):
        end = match.end()
        if end >= len(line):
            continue
        before = line[: match.start()].rstrip("\"”’»)]")
        if before.endswith(("。", "！", "？")):
            yield end
            continue
        words = before.split()
        last = words[-1].rstrip(".!?…").lstrip("([\"'“„«").lower() if words else ""
        if last in abbreviations or (len(last) == 1 and last.isalpha()):
            continue
        if ordinal_dot and before.endswith(".") and last.isdigit() and len(last) <= 2:
            continue  # "am 6. Juni", "Am 12. Bis 13. September"
        yield end


def split_sentences(text: str, language: str | None) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence of `text`, lines first, then sentence ends."""
    abbreviations, ordinal_dot = frozenset(), False
    if language:
        from newsfacts.extract.languages.vocabulary import load_vocabulary, supported_languages

        if language in supported_languages():
            vocabulary = load_vocabulary(language)
            abbreviations, ordinal_dot = vocabulary.abbreviations, vocabulary.ordinal_dot
    spans: list[tuple[int, int]] = []
    pos = 0
    for raw_line in text.splitlines(keepends=True):
        line = raw_line.rstrip("\r\n")
        starts = [0, *_breaks(line, abbreviations, ordinal_dot)]
        for start, end in zip(starts, [*starts[1:], len(line)], strict=True):
            piece = line[start:end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                spans.append((pos + start + lead, pos + start + len(piece.rstrip())))
        pos += len(raw_line)
    return spans
