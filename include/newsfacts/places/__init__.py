"""Places: every place entity, event location and demonym of an article resolved offline.

`resolve_article_places` turns an article's entity mentions (GPE, LOC, FAC, NORP) and event
locations into `PlaceMention` records with a gazetteer place or, when none fits, the bare text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.places.records import PLACE_MENTION_SCHEMA, Place, PlaceMention
from newsfacts.places.resolve import PLACE_ENTITY_LABELS, PlaceName, resolve_names

if TYPE_CHECKING:
    from newsfacts.extract.nlp import ParsedArticle
    from newsfacts.extract.schemas import EntityMention, EventMention

__all__ = ["PLACE_MENTION_SCHEMA", "Place", "PlaceMention", "PlaceName", "resolve_article_places",
           "resolve_names"]


def place_names(
    parsed: ParsedArticle, entities: list[EntityMention], events: list[EventMention]
) -> list[PlaceName]:
    """The names of one article to resolve: place entities, demonyms, facilities, event locations."""
    from newsfacts.extract.entities import normalise_entity_name

    names = []
    for entity in entities:
        if entity.label in PLACE_ENTITY_LABELS:
            names.append(PlaceName(entity.name, "entity", entity.mention_count))
        elif entity.label == "NORP":
            names.append(PlaceName(entity.name, "demonym", entity.mention_count))
    # Facilities (bases, airports) are no entity records, but they are places.
    for chunk in parsed.chunks:
        names += [PlaceName(normalise_entity_name(ent.text), "entity") for ent in chunk.doc.ents
                  if ent.label_ == "FAC"]
    names += [PlaceName(event.location, "event_location") for event in events if event.location]
    return names


def resolve_article_places(
    parsed: ParsedArticle, entities: list[EntityMention], events: list[EventMention]
) -> list[PlaceMention]:
    """Place mentions of one article, each resolved by the article's context or kept as text."""
    article = parsed.article
    return resolve_names(article.article_id, article.body_text or "", article.url,
                         place_names(parsed, entities, events))
