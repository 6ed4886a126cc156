"""spaCy's attribute ruler with its patterns looked up by tag and word instead of matched.

The English pipeline's `attribute_ruler` maps each fine tag to its part of speech and
morphology, plus a few word exceptions: 179 one- or two-token patterns, which spaCy's general
Matcher tries on every token (about 8% of the extraction time on news). `IndexedAttributeRuler`
takes the same patterns and attributes from the loaded ruler, finds for each token only the
patterns its tag or word can match, and applies the matches exactly as the ruler does: all
matches first, then in the order the patterns were added, with spaCy's own `set_token_attrs`.
`tests/unit/test_attribute_rules.py` checks that every token comes out the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.tokens._retokenize import set_token_attrs

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

FACTORY = "newsfacts_indexed_attribute_ruler"
_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
TokenRow = tuple[int, int, int, int]
Check = Callable[[TokenRow], bool]


class UnsupportedPattern(ValueError):
    """A pattern uses a token attribute or operator this ruler does not look up."""


def _value_check(vocab: Vocab, column: int, spec: object) -> Check:
    if isinstance(spec, bool):
        return lambda row: bool(row[column]) is spec
    if isinstance(spec, str):
        wanted = vocab.strings.add(spec)
        return lambda row: row[column] == wanted
    if isinstance(spec, dict) and len(spec) == 1:
        ((operator, values),) = spec.items()
        if operator in ("IN", "NOT_IN"):
            hashes = frozenset(vocab.strings.add(v) for v in values)
            if operator == "IN":
                return lambda row: row[column] in hashes
            return lambda row: row[column] not in hashes
        if operator == "REGEX":
            pattern = re.compile(values)
            return lambda row: pattern.search(vocab.strings[row[column]]) is not None
    raise UnsupportedPattern(f"attribute ruler pattern value {spec!r}")


def _token_check(vocab: Vocab, token_pattern: dict) -> Check:
    checks = []
    for attribute, spec in token_pattern.items():
        if attribute not in _COLUMNS:
            raise UnsupportedPattern(f"attribute ruler pattern attribute {attribute!r}")
        checks.append(_value_check(vocab, _COLUMNS[attribute], spec))
    return lambda row: all(check(row) for check in checks)


def _index_keys(vocab: Vocab, first: dict) -> list[tuple[int, int]] | None:
    """(column, value) keys under which a pattern's first token is filed; None: try everywhere."""
    for attribute in ("TAG", "LOWER", "DEP"):
        spec = first.get(attribute)
        if isinstance(spec, str):
            return [(_COLUMNS[attribute], vocab.strings.add(spec))]
        if isinstance(spec, dict) and list(spec) == ["IN"]:
            return [(_COLUMNS[attribute], vocab.strings.add(v)) for v in spec["IN"]]
    return None


class IndexedAttributeRuler:
    """The patterns and attributes of an AttributeRuler, applied by lookup.

    What one-token patterns do to a token depends only on its tag, word, dependency and
    whether it is a space, so their merged attributes are kept per such row (the cache is
    emptied past CACHE_ROWS rows); two-token patterns are tried where their first token fits.
    """

    CACHE_ROWS = 200_000

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.attrs: list[dict] = []
        self.indices: list[int] = []
        # Patterns by the length they match (one token, more), filed by their first token.
        self._filed: dict[bool, dict[tuple[int, int], list[tuple[int, list[Check]]]]] = {False: {}, True: {}}
        self._everywhere: dict[bool, list[tuple[int, list[Check]]]] = {False: [], True: []}
        self._cache: dict[TokenRow, tuple[list[int], dict | None]] = {}
        # Per row, the longer patterns whose first token the row fits (most rows fit none).
        self._openers: dict[TokenRow, tuple[tuple[int, list[Check]], ...]] = {}

    def take_patterns(self, ruler: AttributeRuler) -> None:
        """Copy every pattern of `ruler`, in its order."""
        for attr_id, entry in enumerate(ruler.patterns):
            self.attrs.append(ruler.attrs[attr_id])
            self.indices.append(ruler.indices[attr_id])
            for pattern in entry["patterns"]:
                checks = [_token_check(self.vocab, token) for token in pattern]
                keys = _index_keys(self.vocab, pattern[0])
                longer = len(checks) > 1
                if keys is None:
                    self._everywhere[longer].append((attr_id, checks))
                for key in keys or []:
                    self._filed[longer].setdefault(key, []).append((attr_id, checks))
        self._cache.clear()
        self._openers.clear()

    def _candidates(self, row: TokenRow, longer: bool) -> tuple[tuple[int, list[Check]], ...]:
        filed = self._filed[longer]
        return (*filed.get((0, row[0]), ()), *filed.get((1, row[1]), ()), *filed.get((2, row[2]), ()),
                *self._everywhere[longer])

    def _merged(self, attr_ids: list[int]) -> dict | None:
        merged: dict = {}
        for attr_id in sorted(set(attr_ids)):
            merged.update(self.attrs[attr_id])
        return merged or None

    def _one_token(self, row: TokenRow) -> tuple[list[int], dict | None]:
        found = self._cache.get(row)
        if found is None:
            if len(self._cache) >= self.CACHE_ROWS:
                self._cache.clear()
            attr_ids = [a for a, checks in self._candidates(row, longer=False) if checks[0](row)]
            found = self._cache[row] = (attr_ids, self._merged(attr_ids))
        return found

    def _longer(self, rows: list[TokenRow]) -> dict[int, list[int]]:
        """Patterns of two or more tokens: the patterns whose attributes go to each token."""
        targets: dict[int, list[int]] = {}
        openers = self._openers
        for start, row in enumerate(rows):
            fitting = openers.get(row)
            if fitting is None:
                if len(openers) >= self.CACHE_ROWS:
                    openers.clear()
                fitting = openers[row] = tuple(
                    (a, checks) for a, checks in self._candidates(row, longer=True) if checks[0](row))
            for attr_id, checks in fitting:
                end = start + len(checks)
                if end <= len(rows) and all(
                        check(rows[start + i]) for i, check in enumerate(checks[1:], 1)):
                    index = self.indices[attr_id]
                    targets.setdefault(start + index if index >= 0 else end + index, []).append(attr_id)
        return targets

    def __call__(self, doc: Doc) -> Doc:
        rows = [tuple(row) for row in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        longer = self._longer(rows)
        for i, row in enumerate(rows):
            attr_ids, merged = self._one_token(row)
            if i in longer:
                merged = self._merged(attr_ids + longer[i])
            if merged:
                set_token_attrs(doc[i], merged)
        return doc


@Language.factory(FACTORY)
def make_indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    """An empty IndexedAttributeRuler; `use_indexed_attribute_ruler` fills it."""
    return IndexedAttributeRuler(nlp.vocab)


def use_indexed_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> None:
    """Replace the pipeline's attribute ruler by an indexed one with the same patterns."""
    ruler = nlp.get_pipe(name)
    IndexedAttributeRuler(nlp.vocab).take_patterns(ruler)  # refuses what it cannot look up
    nlp.replace_pipe(name, FACTORY).take_patterns(ruler)
