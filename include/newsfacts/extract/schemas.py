"""Fact records produced by the extractors, and their Arrow schemas (defined once, here)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

import pyarrow as pa


def fact_id(article_id: str, kind: str, *parts: object) -> str:
    """Stable id of one fact: sha256 of article id, record kind and position, 16 hex chars."""
    key = "|".join([article_id, kind, *(str(p) for p in parts)])
    return hashlib.sha256(key.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Figure:
    """One quantity stated in an article body."""

    figure_id: str
    article_id: str
    value: float
    value_high: float | None  # upper bound of a range ("2,000 to 3,000"), else None
    unit: str | None  # percent, USD, EUR, km, ... or None for plain counts
    noun: str | None  # lemma, lower-case, of the thing counted ("troop")
    qualifier: str | None  # approximately, more_than, at_least, up_to, nearly, less_than, at_most
    is_approximate: bool
    text: str  # surface of the quantity span, body_text[char_start:char_end]
    sentence: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Citation:
    """One attribution of information to a source ("according to X", "X said")."""

    citation_id: str
    article_id: str
    cited_as: str  # surface text, body_text[char_start:char_end]
    canonical_name: str
    source_type: str  # news_agency, media_outlet, government_body, organization, official, person, anonymous, document
    cue: str  # according_to, as_by (as stated by X), statement, or the verb lemma (say, tell, ...)
    sentence: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class EventMention:
    """One event mention anchored to a resolved date."""

    event_id: str
    article_id: str
    event_type: str  # see newsfacts.extract.events for the taxonomy
    trigger: str  # lemma of the verb or noun naming the event
    event_date: date  # first day of the period named
    date_precision: str  # day, month or year
    date_text: str  # surface of the time expression
    actors: tuple[str, ...]
    location: str | None
    sentence: str
    char_start: int  # span from the trigger to the time expression, whichever comes first
    char_end: int


@dataclass(frozen=True)
class EntityMention:
    """One named entity of an article with its number of mentions in the body."""

    entity_id: str
    article_id: str
    name: str
    label: str  # PERSON, ORG, GPE, LOC, NORP
    mention_count: int
    first_char_start: int
    surface_forms: tuple[str, ...] = ()  # every spelling merged into this entity in the article


FIGURE_SCHEMA = pa.schema(
    [
        ("figure_id", pa.string()),
        ("article_id", pa.string()),
        ("value", pa.float64()),
        ("value_high", pa.float64()),
        ("unit", pa.string()),
        ("noun", pa.string()),
        ("qualifier", pa.string()),
        ("is_approximate", pa.bool_()),
        ("text", pa.string()),
        ("sentence", pa.string()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
    ]
)

CITATION_SCHEMA = pa.schema(
    [
        ("citation_id", pa.string()),
        ("article_id", pa.string()),
        ("cited_as", pa.string()),
        ("canonical_name", pa.string()),
        ("source_type", pa.string()),
        ("cue", pa.string()),
        ("sentence", pa.string()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
    ]
)

EVENT_MENTION_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("article_id", pa.string()),
        ("event_type", pa.string()),
        ("trigger", pa.string()),
        ("event_date", pa.date32()),
        ("date_precision", pa.string()),
        ("date_text", pa.string()),
        ("actors", pa.list_(pa.string())),
        ("location", pa.string()),
        ("sentence", pa.string()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
    ]
)

ENTITY_MENTION_SCHEMA = pa.schema(
    [
        ("entity_id", pa.string()),
        ("article_id", pa.string()),
        ("name", pa.string()),
        ("label", pa.string()),
        ("mention_count", pa.int32()),
        ("first_char_start", pa.int32()),
        ("surface_forms", pa.list_(pa.string())),
    ]
)
