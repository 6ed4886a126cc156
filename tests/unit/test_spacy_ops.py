"""spaCy's models multiply matrices with numpy's BLAS on one thread, and parse exactly as with blis."""

from __future__ import annotations

import spacy
from threadpoolctl import threadpool_info

from newsfacts.extract.languages.entities import load_model
from newsfacts.extract.nlp import MODEL_NAME, load_nlp

SENTENCES = [
    "The Federal Reserve raised interest rates by 0.25 percentage points on Wednesday, its chairman said.",
    "Iraqi Prime Minister Mohammed Shia al-Sudani met US officials in Baghdad last week.",
    "Shares of Apple fell 3% to $182.50 after the company warned of weaker iPhone sales in China.",
    "Three people were killed when a storm hit the coast of Florida on Oct. 7, police said.",
]


def _layers_on_blis(nlp) -> list[str]:
    return [f"{name}:{node.name}" for name, pipe in nlp.pipeline if hasattr(pipe, "model")
            for node in pipe.model.walk() if node.name != "linear" and node.ops.use_blis]


def test_the_english_pipeline_multiplies_with_numpy_on_one_blas_thread():
    nlp = load_nlp()
    assert _layers_on_blis(nlp) == []
    # numpy's own OpenBLAS (scipy, when a test has imported it, brings another, unused here)
    numpy_blas = [pool for pool in threadpool_info() if "numpy.libs" in pool["filepath"]]
    assert [pool["num_threads"] for pool in numpy_blas] == [1]


def test_numpy_matrix_products_parse_exactly_as_blis_does():
    fast = load_nlp()
    plain = spacy.load(MODEL_NAME)
    assert plain.get_pipe("ner").model.ops.use_blis
    for fast_doc, plain_doc in zip(fast.pipe(SENTENCES), plain.pipe(SENTENCES), strict=True):
        assert [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in fast_doc] == \
               [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in plain_doc]
        assert [(e.text, e.label_) for e in fast_doc.ents] == [(e.text, e.label_) for e in plain_doc.ents]


def test_the_french_pipeline_is_loaded_the_same_way():
    assert _layers_on_blis(load_model("fr_core_news_sm")) == []
