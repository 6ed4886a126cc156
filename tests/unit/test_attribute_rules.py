"""The indexed attribute ruler gives every token what spaCy's own attribute ruler gives it."""

from __future__ import annotations

import pytest
import spacy

from newsfacts.extract.attribute_rules import use_indexed_attribute_ruler
from newsfacts.extract.nlp import MODEL_NAME, load_nlp

SENTENCES = [
    "The council said on Tuesday that it would raise rates to 4.5% next year.",
    "I told you it was gonna rain, y'all, and it ain't over yet.",
    "Let's see whether there are more than 200 people in the hall, she asked.",
    "But they did not do it, and he had done nothing wrong.",
    "That is what those who know him say; this one, however, is different.",
    "Gotta go  now:\tthe   meeting starts at 9 a.m.\n\nC'mon!",
    "Prime Minister Mohammed Shia al-Sudani met Donald Trump in Washington in July 2024.",
    "Which of them gets the money? Nobody got anything, and you can't blame it on me.",
    "He has been arrested, was charged and will be tried; to be sure, it had to happen.",
    "“We’re not there yet,” said Dr. Ana Ruiz, 47, of the WHO’s Geneva office.",
]


@pytest.fixture(scope="module")
def both():
    return spacy.load(MODEL_NAME), load_nlp()


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_token_gets_what_spacys_attribute_ruler_gives_it(both, sentence):
    spacys, ours = both
    assert _annotations(ours(sentence)) == _annotations(spacys(sentence))


def test_the_pipeline_uses_the_indexed_ruler_under_the_same_name():
    nlp = load_nlp()
    assert "attribute_ruler" in nlp.pipe_names
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "IndexedAttributeRuler"


def test_a_pattern_it_cannot_look_up_is_refused():
    from newsfacts.extract.attribute_rules import UnsupportedPattern

    nlp = spacy.load(MODEL_NAME)
    nlp.get_pipe("attribute_ruler").add([[{"SHAPE": "dd"}]], {"POS": "NUM"})
    with pytest.raises(UnsupportedPattern, match="SHAPE"):
        use_indexed_attribute_ruler(nlp)
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
