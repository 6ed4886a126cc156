"""doc_text and doc_tokens: what spaCy computes again on every read, computed once per Doc."""

import spacy

from newsfacts.extract.nlp import doc_text, doc_tokens
from newsfacts.extract.prefilter import doc_words


def test_doc_text_and_tokens_equal_spacys_and_are_kept():
    doc = spacy.blank("en")("Ann Lee said 5 things.  Then left")
    assert doc_text(doc) == doc.text
    tokens = doc_tokens(doc)
    assert tokens == list(doc)
    assert [t.i for t in tokens] == list(range(len(doc)))
    assert doc_tokens(doc) is tokens  # made once per Doc
    assert doc_text(doc) is doc_text(doc)


def test_each_doc_keeps_its_own():
    nlp = spacy.blank("en")
    first, second = nlp("One two"), nlp("Three four five")
    assert [t.text for t in doc_tokens(first)] == ["One", "two"]
    assert [t.text for t in doc_tokens(second)] == ["Three", "four", "five"]
    assert doc_words(first)["lower"] == {"one", "two"}
    assert doc_words(second)["text"] == {"Three", "four", "five"}
    assert doc_words(first)["text"] == {"One", "two"}
