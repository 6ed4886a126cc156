"""Facts of articles not in English: one rules module per fact type, driven by a vocabulary file
per language (`de.yml`, `fr.yml`, `es.yml`), and entities from a spaCy pipeline where one installs.

A language without a vocabulary file gets no facts; the run's quality results say so by name.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsfacts.extract.languages.vocabulary import load_vocabulary, supported_languages
from newsfacts.places import PlaceName, resolve_names
from newsfacts.places.resolve import PLACE_ENTITY_LABELS
from newsfacts.places.scan import scan_demonyms, scan_place_names

if TYPE_CHECKING:
    from newsfacts.extract import FactBatch
    from newsfacts.extract.schemas import EventMention
    from newsfacts.records import Article

__all__ = ["extract_rule_facts", "language_support", "supported_languages"]


def language_support() -> dict[str, dict[str, str]]:
    """What each language gets: English the full spaCy rules, the others rules and maybe a model."""
    table = {"en": {"name": "English", "figures": "spaCy rules", "sources": "spaCy rules",
                    "events": "spaCy rules", "entities": "en_core_web_sm"}}
    for code in supported_languages():
        vocabulary = load_vocabulary(code)
        table[code] = {"name": vocabulary.name, "figures": "rules (Babel number format)",
                       "sources": "rules (reporting verbs)", "events": "rules (dateparser)",
                       "entities": vocabulary.spacy_model or "none"}
    return table


def extract_rule_facts(articles: list[Article], batch: FactBatch) -> None:
    """Add the facts of articles in a language with a vocabulary file to the batch."""
    from newsfacts.extract.languages.citations import extract_citations
    from newsfacts.extract.languages.entities import extract_model_entities
    from newsfacts.extract.languages.events import extract_events
    from newsfacts.extract.languages.figures import extract_figures
    from newsfacts.extract.languages.sentences import split_sentences

    for article in articles:
        vocabulary = load_vocabulary(article.language)
        body = article.body_text or ""
        sentences = split_sentences(body, article.language)
        batch.figures.extend(extract_figures(article.article_id, body, sentences, vocabulary))
        batch.citations.extend(extract_citations(article.article_id, body, sentences, vocabulary))
        entities = (extract_model_entities(article, sentences, vocabulary.spacy_model, vocabulary.determiners)
                    if vocabulary.spacy_model else [])
        batch.entity_mentions.extend(entities)
        names = [PlaceName(e.name, "entity", e.mention_count) for e in entities if e.label in PLACE_ENTITY_LABELS]
        names += scan_place_names(body, vocabulary.place_prepositions,
                                  frozenset(vocabulary.months) | frozenset(vocabulary.weekdays))
        names += scan_demonyms(body, vocabulary.demonyms, vocabulary.determiners)
        events = [_located(event, body, sentences, names) for event in
                  extract_events(article.article_id, body, sentences, vocabulary, article.published_date)]
        batch.event_mentions.extend(events)
        names += [PlaceName(event.location, "event_location") for event in events if event.location]
        batch.place_mentions.extend(resolve_names(article.article_id, body, article.url, names))


def _located(event: EventMention, body: str, sentences: list[tuple[int, int]], names: list[PlaceName]
             ) -> EventMention:
    """The event with the most precise place its sentence names as its location, if it has none."""
    from newsfacts.places.scan import place_in_sentence

    if event.location:
        return event
    start, end = next(((s, e) for s, e in sentences if s <= event.char_start < e), (event.char_start, event.char_end))
    return replace(event, location=place_in_sentence(start, end, body, names))
