"""The article-extraction benchmark's metric: 4-word shingle precision, recall and F1."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

WORD = re.compile(r"\w+")
SHINGLE_WORDS = 4


def shingles(text: str) -> Counter:
    """Multiset of 4-word shingles of a text, case kept."""
    words = WORD.findall(text or "")
    if len(words) < SHINGLE_WORDS:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1))


def page_scores(predicted: str, expected: str) -> tuple[float, float, float]:
    """tp, fp, fn of one page, normalised to sum to 1 (all 0 when both are empty)."""
    got, want = shingles(predicted), shingles(expected)
    tp = sum((got & want).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def corpus_f1(predicted: Mapping[str, str], expected: Mapping[str, str]) -> dict[str, float]:
    """Average precision over pages that predicted text, recall over pages with text; F1 of those."""
    precisions, recalls = [], []
    for page_id, truth in expected.items():
        guess = predicted.get(page_id, "")
        tp, fp, fn = page_scores(guess, truth)
        if shingles(guess):
            precisions.append(tp / (tp + fp) if tp + fp else 0.0)
        if shingles(truth):
            recalls.append(tp / (tp + fn) if tp + fn else 0.0)
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "pages": len(expected)}
