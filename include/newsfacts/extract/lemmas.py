"""spaCy's rule lemmatizer with its answers remembered per (word, part of speech, morphology).

spaCy's `Lemmatizer` lemmatizes token by token in Python, and caches only the words it had to
look up in its tables: a base form (a singular noun, an infinitive, a positive adjective, most
of a news text) is worked out again at every occurrence, from the token's morphology turned
into a dict. Its answer depends only on the token's word, part of speech and morphology (the
key of spaCy's own cache), so `MemoLemmatizer` asks spaCy's lemmatizer once per such key and
writes the lemmas of a whole doc in one array. A new key costs spaCy a scan of its lemma
index, a list of up to 57,528 words, for each suffix rule: `WordList` answers those lookups
from a set. The same lemmas, about a tenth of the time.
`tests/unit/test_lemmas_session11.py` checks that every token comes out the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language

if TYPE_CHECKING:
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

FACTORY = "newsfacts_memo_lemmatizer"


class WordList(list):
    """A list of words that answers `word in it` from a set: spaCy's lemma index per part of
    speech is a list (57,528 nouns) that each new word's rules scan from end to end."""

    def __init__(self, words=()) -> None:
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._set


def index_lemma_lists(lemmatizer: Lemmatizer) -> None:
    """Make the lemmatizer's `lemma_index` lists WordLists: the same lists, looked up in a set."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if type(words) is list:
            table[key] = WordList(words)


class MemoLemmatizer:
    """A rule lemmatizer's lemmas, asked of it once per (word, part of speech, morphology).

    The memo is emptied past CACHE_KEYS keys, so a long-lived process does not grow it forever.
    """

    CACHE_KEYS = 500_000

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.lemmatizer: Lemmatizer | None = None
        self._memo: dict[tuple[int, int, int], int] = {}

    def take_lemmatizer(self, lemmatizer: Lemmatizer) -> None:
        """Lemmatize with `lemmatizer` (a rule lemmatizer that does not overwrite lemmas)."""
        if lemmatizer.mode != "rule" or lemmatizer.overwrite:
            raise ValueError(f"only a rule lemmatizer without overwrite is memoised, not {lemmatizer.mode!r}")
        if not getattr(lemmatizer, "_validated", True):
            lemmatizer._validate_tables()  # what its first call would check
        index_lemma_lists(lemmatizer)
        self.lemmatizer = lemmatizer
        self._memo.clear()

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        memo = self._memo
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma != 0:
                continue  # set before (the attribute ruler): spaCy's lemmatizer keeps it too
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                if len(memo) >= self.CACHE_KEYS:
                    memo.clear()
                found = memo[key] = self.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            rows[i, 3] = found
            changed = True
        if changed:
            doc.from_array([LEMMA], rows[:, 3:4])
        return doc


@Language.factory(FACTORY)
def make_memo_lemmatizer(nlp: Language, name: str) -> MemoLemmatizer:
    """An empty MemoLemmatizer; `use_memo_lemmatizer` gives it the pipeline's lemmatizer."""
    return MemoLemmatizer(nlp.vocab)


def use_memo_lemmatizer(nlp: Language, name: str = "lemmatizer") -> None:
    """Replace the pipeline's rule lemmatizer by a memoised one that gives the same lemmas."""
    lemmatizer = nlp.get_pipe(name)
    MemoLemmatizer(nlp.vocab).take_lemmatizer(lemmatizer)  # refuses what it cannot memoise
    nlp.replace_pipe(name, FACTORY).take_lemmatizer(lemmatizer)
