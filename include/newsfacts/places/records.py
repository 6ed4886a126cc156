"""Place records: one gazetteer entry (`Place`) and one resolved name of an article (`PlaceMention`)."""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa


@dataclass(frozen=True)
class Place:
    """One entry of the gazetteer: a country, admin area, city or curated place."""

    place_id: str  # gn:<geonameid>, iso:<ISO 3166-2 code> or cur:<slug>
    name: str
    feature_class: str  # country, admin_area, city, other
    precision: int  # 1 exact place, 2 admin area or region, 3 country only
    country_code: str | None  # ISO 3166-1 alpha-2
    admin1: str | None  # first-level admin area by name, where the gazetteer gives it
    latitude: float | None
    longitude: float | None
    population: int | None
    gazetteer: str  # geonames, iso3166, curated
    gazetteer_id: str


@dataclass(frozen=True)
class PlaceMention:
    """One place name of an article, resolved to a place or kept as text with a null place_id."""

    place_mention_id: str
    article_id: str
    mention_text: str  # the name as the entity or event location gives it
    mention_kind: str  # entity, demonym, event_location, dateline, curated_phrase, gazetteer_match
    place_id: str | None
    place_name: str | None
    feature_class: str | None
    precision: int | None
    country_code: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    population: int | None
    gazetteer: str | None
    gazetteer_id: str | None
    method: str  # how it was decided: only_candidate, dateline, context, largest, demonym, unresolved


PLACE_MENTION_SCHEMA = pa.schema(
    [
        ("place_mention_id", pa.string()),
        ("article_id", pa.string()),
        ("mention_text", pa.string()),
        ("mention_kind", pa.string()),
        ("place_id", pa.string()),
        ("place_name", pa.string()),
        ("feature_class", pa.string()),
        ("precision", pa.int8()),
        ("country_code", pa.string()),
        ("admin1", pa.string()),
        ("latitude", pa.float64()),
        ("longitude", pa.float64()),
        ("population", pa.int64()),
        ("gazetteer", pa.string()),
        ("gazetteer_id", pa.string()),
        ("method", pa.string()),
    ]
)
