"""Article -> Figure, Citation, EventMention, EntityMention, PlaceMention records (spaCy rules, pure functions)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsfacts.extract.schemas import (
    CITATION_SCHEMA,
    ENTITY_MENTION_SCHEMA,
    EVENT_MENTION_SCHEMA,
    FIGURE_SCHEMA,
    Citation,
    EntityMention,
    EventMention,
    Figure,
)
from newsfacts.places.records import PLACE_MENTION_SCHEMA, PlaceMention
from newsfacts.records import to_table as records_to_table

if TYPE_CHECKING:
    import pyarrow as pa

    from newsfacts.records import Article

__all__ = [
    "Citation",
    "EntityMention",
    "EventMention",
    "FactBatch",
    "Figure",
    "extract_facts",
    "fact_batch_to_tables",
    "load_models",
]

# One sentence with a figure, a quotation, a date, a place and a person: extracting its facts
# builds every matcher and reads every vocabulary file the English extractors use.
WARM_UP_TEXT = (
    "Officials in Paris said on Tuesday that 1,200 people had received $5 million, up 3% from "
    'March 2019. "We will open the bridge next week," Mayor Anne Hidalgo told reporters.'
)


@dataclass(frozen=True)
class FactBatch:
    """The facts extracted from a batch of articles, one list per record kind."""

    figures: list[Figure] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    event_mentions: list[EventMention] = field(default_factory=list)
    entity_mentions: list[EntityMention] = field(default_factory=list)
    place_mentions: list[PlaceMention] = field(default_factory=list)


def extract_facts(
    articles: list[Article],
    batch_size: int = 64,
    ner_all_chunks: bool = True,
    n_process: int = 1,
) -> FactBatch:
    """Run every extractor of each article's language on it: the spaCy rules on English, the
    language-light rules on languages with a vocabulary file, nothing on the others."""
    from newsfacts.extract.citations import extract_citations
    from newsfacts.extract.entities import extract_entities
    from newsfacts.extract.events import extract_events
    from newsfacts.extract.figures import extract_figures
    from newsfacts.extract.languages import extract_rule_facts, supported_languages
    from newsfacts.extract.nlp import parse_articles
    from newsfacts.places import resolve_article_places

    batch = FactBatch()
    by_rules = set(supported_languages())
    english = [a for a in articles if a.language == "en"]
    extract_rule_facts([a for a in articles if a.language in by_rules], batch)
    for parsed in parse_articles(
        english, batch_size=batch_size, ner_all_chunks=ner_all_chunks, n_process=n_process
    ):
        batch.figures.extend(extract_figures(parsed))
        batch.citations.extend(extract_citations(parsed))
        events = extract_events(parsed)
        entities = extract_entities(parsed)
        batch.event_mentions.extend(events)
        batch.entity_mentions.extend(entities)
        batch.place_mentions.extend(resolve_article_places(parsed, entities, events))
    return batch


def load_models() -> None:
    """Load, once in this process, everything the extractors otherwise load on first use.

    Called before workers fork (newsfacts.cores), so that they share the spaCy model, the
    gazetteer, the matchers and the vocabulary files instead of building them again for
    every batch.
    """
    from datetime import UTC, datetime

    from newsfacts.records import Article

    article = Article(
        article_id="warm-up", source_uri="", url=None, title=None, publisher=None, author=None,
        published_date=datetime(2019, 11, 19, tzinfo=UTC).date(), language="en",
        word_count=len(WARM_UP_TEXT.split()), body_text=WARM_UP_TEXT, content_hash="",
        raw_sha256="", raw_path="", input_format="text", ingested_at=datetime.now(UTC),
    )
    extract_facts([article])


def fact_batch_to_tables(batch: FactBatch) -> dict[str, pa.Table]:
    """One Arrow table per record kind, keyed by its raw table name."""
    return {
        "figures": records_to_table(batch.figures, FIGURE_SCHEMA),
        "citations": records_to_table(batch.citations, CITATION_SCHEMA),
        "event_mentions": records_to_table(batch.event_mentions, EVENT_MENTION_SCHEMA),
        "entity_mentions": records_to_table(batch.entity_mentions, ENTITY_MENTION_SCHEMA),
        "place_mentions": records_to_table(batch.place_mentions, PLACE_MENTION_SCHEMA),
    }
