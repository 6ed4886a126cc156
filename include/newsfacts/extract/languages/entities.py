"""Entities of a non-English article from the language's spaCy pipeline (French: fr_core_news_sm),
counted and merged by the same code as English entities."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

    from newsfacts.extract.schemas import EntityMention
    from newsfacts.records import Article

# The WikiNER labels of the French pipeline, in the English model's terms (MISC is left out).
LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}


@cache
def load_model(name: str) -> Language:
    """A language's pipeline with only what NER needs, loaded once per process."""
    from newsfacts.extract.spacy_ops import load_pipeline

    nlp = load_pipeline(name)
    # The tagger, parser and lemmatizer are not needed for entities; tok2vec feeds ner.
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in {"tok2vec", "ner"}])
    return nlp


def _without_determiner(span: Span, determiners: frozenset[str]) -> Span:
    """A place's span without a leading article the model took in ("la France" -> "France"),
    unless the article is part of the name the gazetteer knows ("Le Havre", "La Paz")."""
    from spacy.tokens import Span

    from newsfacts.places.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    if (span.label_ == "LOC" and len(span) > 1 and span[0].lower_ in determiners
            and not gazetteer.candidates(span.text) and gazetteer.candidates(span[1:].text)):
        return Span(span.doc, span.start + 1, span.end, label=span.label_)
    return span


def extract_model_entities(article: Article, sentences: list[tuple[int, int]], model: str,
                           determiners: frozenset[str] = frozenset()) -> list[EntityMention]:
    """People, organisations and places the model finds, one record per thing of the article."""
    from spacy.tokens import Span

    from newsfacts.extract.entities import extract_entities
    from newsfacts.extract.nlp import ParsedArticle, ParsedChunk

    nlp = load_model(model)
    body = article.body_text or ""
    chunks = []
    for doc, offset in nlp.pipe(((body[s:e], s) for s, e in sentences), as_tuples=True, batch_size=64):
        doc.ents = [_without_determiner(Span(doc, e.start, e.end, label=LABELS[e.label_]), determiners)
                    for e in doc.ents if e.label_ in LABELS]
        chunks.append(ParsedChunk(doc, offset, False))
    return extract_entities(ParsedArticle(article, tuple(chunks)))
