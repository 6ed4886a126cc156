"""The memoised lemmatizer gives every token the lemma spaCy's rule lemmatizer gives it."""

from __future__ import annotations

import pytest
import spacy

from newsfacts.extract.lemmas import MemoLemmatizer, use_memo_lemmatizer
from newsfacts.extract.nlp import MODEL_NAME, load_nlp

# Made-up sentences: the same words as nouns and verbs, plurals, comparatives, contractions,
# words the attribute ruler lemmatizes itself, and words spaCy's tables do not know.
SENTENCES = [
    "The builders saw the saws and said they had seen better saws before.",
    "She leads; the leads were leading nowhere, and the lead pipes led to flooding.",
    "Prices rose faster than wages, and the fastest riser was rent, economists wrote.",
    "We're sure they'd've gone if they hadn't been told it wasn't safe.",
    "The Zorblaxians glorped three florbs, then glorping stopped.",
    "Mice, geese and oxen were better fed than the best-fed children.",
    "  Spaces\tand\n\nnewlines  count as tokens too.  ",
    "",
]


@pytest.fixture(scope="module")
def both():
    return spacy.load(MODEL_NAME), load_nlp()


def _annotations(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_token_gets_spacys_lemma(both, sentence):
    spacys, ours = both
    assert _annotations(ours(sentence)) == _annotations(spacys(sentence))


def test_a_remembered_lemma_is_the_one_spacy_gives_again(both):
    spacys, ours = both
    for _ in range(2):  # the second pass reads the memo only
        for doc_ours, doc_spacys in zip(ours.pipe(SENTENCES), spacys.pipe(SENTENCES), strict=True):
            assert _annotations(doc_ours) == _annotations(doc_spacys)


def test_a_lemma_set_before_the_lemmatizer_is_kept():
    nlp = spacy.load(MODEL_NAME)
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "florb"}]], {"LEMMA": "FLORB-LEMMA"})
    expected = [t.lemma_ for t in nlp("A florb and two florbs.")]
    use_memo_lemmatizer(nlp)
    assert [t.lemma_ for t in nlp("A florb and two florbs.")] == expected
    assert expected[1] == "FLORB-LEMMA"


def test_the_pipeline_uses_the_memo_under_the_same_name():
    nlp = load_nlp()
    assert nlp.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
    assert isinstance(nlp.get_pipe("lemmatizer"), MemoLemmatizer)


def test_a_lookup_lemmatizer_is_refused():
    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    with pytest.raises(ValueError, match="lookup"):
        MemoLemmatizer(nlp.vocab).take_lemmatizer(lemmatizer)


def test_the_lemma_index_is_looked_up_in_a_set_and_still_a_list():
    from newsfacts.extract.lemmas import WordList

    words = WordList(["harbour", "ferry", "harbour"])
    assert "ferry" in words and "ferries" not in words
    assert words == ["harbour", "ferry", "harbour"] and isinstance(words, list)
    index = load_nlp().get_pipe("lemmatizer").lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(v, WordList) for v in index.values())
