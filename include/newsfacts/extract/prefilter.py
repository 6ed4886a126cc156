"""Skip a spaCy Matcher on a Doc that none of its patterns can match.

A Matcher is slow on sentences where nothing matches: it tries every pattern at every token and
calls a Python predicate for each IN or REGEX test. A pattern can match only where each of its
required tokens (no "OP", or "OP": "+") occurs somewhere in the Doc, so a Doc whose words meet no
pattern's required tokens gets an empty match list without running the Matcher.

Only the string tests (LOWER, ORTH, TEXT: a value, IN or REGEX) are checked, each as the Matcher
checks it; any other test (POS, LIKE_NUM, IS_SENT_START, ENT_TYPE, NOT_IN ...) is taken as met.
So the check can only say "maybe" too often, never "no" when a pattern matches: the matches are
the Matcher's own, unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from newsfacts.extract.nlp import doc_tokens

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc

# The token attribute each string test reads: LOWER the lower-case form, ORTH and TEXT the text.
STRING_ATTRS = {"LOWER": "lower", "ORTH": "text", "TEXT": "text"}
# Operators that let a pattern token match no token at all (or match a token the test rejects).
OPTIONAL_OPS = {"?", "*", "!"}


@dataclass(frozen=True)
class WordTest:
    """One string test of a pattern token: a word of the Doc must pass it."""

    attr: str  # "lower" or "text"
    words: frozenset[str] | None  # the value or the IN list; None for a regex
    regex: re.Pattern | None

    def met_by(self, words: dict[str, set[str]]) -> bool:
        if self.words is not None:
            return not self.words.isdisjoint(words[self.attr])
        return any(self.regex.search(w) for w in words[self.attr])


def _word_tests(token: dict) -> list[WordTest]:
    """The string tests of one pattern token, [] when it has none or may match no token."""
    if _is_optional(token):
        return []
    tests = []
    for key, value in token.items():
        attr = STRING_ATTRS.get(key.upper())
        if attr is None:
            continue
        if isinstance(value, str):
            tests.append(WordTest(attr, frozenset([value]), None))
        elif not isinstance(value, dict) or len(value) != 1:
            continue  # NOT_IN, comparisons, several tests: taken as met
        elif isinstance(value.get("IN"), list | tuple | set | frozenset) and all(isinstance(v, str) for v in value["IN"]):
            tests.append(WordTest(attr, frozenset(value["IN"]), None))
        elif isinstance(value.get("REGEX"), str):
            tests.append(WordTest(attr, None, re.compile(value["REGEX"])))
    return tests


def _is_optional(token: dict) -> bool:
    op = token.get("OP")
    return op is not None and (op in OPTIONAL_OPS or op.startswith("{"))


@dataclass(frozen=True)
class MatcherPrefilter:
    """For each pattern of a Matcher, the string tests its required tokens make."""

    patterns: tuple[tuple[int, ...], ...]  # indices into tests, cheap set tests first
    tests: tuple[WordTest, ...]
    # Per attribute, one regex that finds a word whenever any regex test does (None: no such regex).
    regex_gates: dict[str, re.Pattern | None]

    def may_match(self, doc: Doc) -> bool:
        """False only when no pattern can match the Doc."""
        words = doc_words(doc)
        gated: dict[str, set[str]] = {}
        met: dict[int, bool] = {}
        for pattern in self.patterns:
            for i in pattern:
                if i not in met:
                    test = self.tests[i]
                    if test.regex is not None and test.attr not in gated:
                        gated[test.attr] = self._regex_words(words[test.attr], test.attr)
                    met[i] = test.met_by(gated if test.regex is not None else words)
                if not met[i]:
                    break
            else:
                return True
        return False

    def _regex_words(self, words: set[str], attr: str) -> set[str]:
        """The words some regex test may find: those the attribute's gate finds."""
        gate = self.regex_gates.get(attr)
        return words if gate is None else {w for w in words if gate.search(w)}


# Key in Doc.user_data under which doc_words keeps a Doc's words: the rules run several matchers
# on each sentence, at different times.
_WORDS_KEY = "newsfacts.doc_words"


def doc_words(doc: Doc) -> dict[str, set[str]]:
    """The lower-case forms and the texts of a Doc's tokens (computed once per Doc)."""
    words = doc.user_data.get(_WORDS_KEY)
    if words is None:
        tokens = doc_tokens(doc)
        words = doc.user_data[_WORDS_KEY] = {"lower": {t.lower_ for t in tokens}, "text": {t.text for t in tokens}}
    return words


def _regex_gate(regexes: list[str]) -> re.Pattern | None:
    """One regex that matches wherever one of `regexes` does, None when they cannot be joined.

    Named groups are made plain groups (two regexes may name a group alike); a regex with a
    back-reference, a conditional on a group ("(?(1)...)": joined, its group numbers shift) or an
    inline flag is not joined.
    """
    if not regexes or any("(?P=" in r or "(?(" in r or re.search(r"\\[1-9]|\(\?[aiLmsux]", r) for r in regexes):
        return None
    joined = "|".join("(?:" + re.sub(r"\(\?P<\w+>", "(?:", r) + ")" for r in regexes)
    try:
        return re.compile(joined)
    except re.error:
        return None


def build_prefilter(matcher: Matcher) -> MatcherPrefilter | None:
    """The prefilter of a Matcher; None when it has callbacks (they must run) or a pattern
    without string tests (it may match any Doc)."""
    if any(callback is not None for callback in matcher._callbacks.values()):
        return None
    tests: dict[WordTest, int] = {}
    patterns = []
    for key_patterns in matcher._patterns.values():
        for pattern in key_patterns:
            found = {test for token in pattern for test in _word_tests(token)}
            if not found:
                return None
            for test in found:
                tests.setdefault(test, len(tests))
            patterns.append(tuple(tests[t] for t in sorted(found, key=lambda t: (t.regex is not None, tests[t]))))
    if not patterns:
        return None
    gates = {attr: _regex_gate([t.regex.pattern for t in tests if t.regex is not None and t.attr == attr])
             for attr in set(STRING_ATTRS.values())}
    return MatcherPrefilter(tuple(sorted(set(patterns), key=len)), tuple(tests), gates)


@lru_cache(maxsize=16)
def _prefilter_of(matcher: Matcher) -> MatcherPrefilter | None:
    try:
        return build_prefilter(matcher)
    except AttributeError:  # a spaCy whose Matcher keeps its patterns elsewhere: run it always
        return None


def run_matcher(matcher: Matcher, doc: Doc) -> list[tuple[int, int, int]]:
    """matcher(doc), without running it on a Doc none of its patterns can match."""
    prefilter = _prefilter_of(matcher)
    if prefilter is not None and not prefilter.may_match(doc):
        return []
    return matcher(doc)
