"""Counts of hits, misses and false hits, and the precision/recall/F1 computed from them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Score:
    """Micro-averaged counts for one fact type or field, with examples of each error."""

    name: str
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    def hit(self) -> None:
        self.true_positives += 1

    def miss(self, example: str) -> None:
        self.false_negatives += 1
        self.misses.append(example)

    def false_hit(self, example: str) -> None:
        self.false_positives += 1
        self.false_hits.append(example)

    @property
    def precision(self) -> float | None:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else None

    @property
    def recall(self) -> float | None:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else None

    def numbers(self) -> dict:
        """Precision, recall, F1 and the counts behind them, for the JSON file of `make eval`."""
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.true_positives, "fp": self.false_positives, "fn": self.false_negatives}

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)


@dataclass
class Accuracy:
    """Share of matched items whose field is right (a field of a matched fact, or a metadata field)."""

    name: str
    right: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)

    def check(self, is_right: bool, example: str) -> None:
        self.total += 1
        if is_right:
            self.right += 1
        else:
            self.wrong.append(example)

    def numbers(self) -> dict:
        """The accuracy and its counts, for the JSON file of `make eval`."""
        return {"accuracy": self.value, "right": self.right, "total": self.total}

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None
