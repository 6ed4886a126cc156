"""Records passed between stages, and their Arrow schemas (defined once, here)."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

import pyarrow as pa


class RejectReason(StrEnum):
    """Why an input did not land. Stored as text in `rejected_inputs.reason`."""

    EMPTY = "empty"
    UNDECODABLE = "undecodable"
    NO_MAIN_TEXT = "no_main_text"
    DUPLICATE = "duplicate"
    TOO_LARGE = "too_large"
    OUTSIDE_INBOX = "outside_inbox"
    UNSUPPORTED_FORMAT = "unsupported_format"
    MALFORMED_ARCHIVE = "malformed_archive"
    UNREADABLE = "unreadable"
    EXTRACTION_FAILED = "extraction_failed"
    NOT_HTML = "not_html"
    OTHER_LANGUAGE = "other_language"
    FETCH_FAILED = "fetch_failed"
    HTTP_ERROR = "http_error"
    ROBOTS_DISALLOWED = "robots_disallowed"
    TIMEOUT = "timeout"
    TEASER = "teaser"


class FetchOutcome(StrEnum):
    """What became of one URL a source named, in one run. Stored in `raw.fetch_log.outcome`."""

    FETCHED = "fetched"  # downloaded: an input, cleaned into an article or a rejection
    REJECTED = "rejected"  # not downloaded as an input: the fetch rejection says why
    NOT_MODIFIED = "not_modified"  # a conditional request answered 304
    ALREADY_FETCHED = "already_fetched"  # fetched by an earlier run, not listed as changed since
    FILTERED = "filtered"  # left out by the source's include, since or language
    DEFERRED = "deferred"  # over the source's max_per_run: left for the next run
    SAME_AS = "same_as"  # another URL of this run names the same article (`input_uri`)


class InputFormat(StrEnum):
    HTML = "html"
    TEXT = "text"
    WARC_RECORD = "warc_record"


@dataclass(frozen=True)
class RawInput:
    """One discovered input whose raw bytes are kept in the raw store."""

    source_uri: str
    input_format: InputFormat
    raw_sha256: str
    raw_path: str
    size_bytes: int
    url: str | None = None
    container_uri: str | None = None
    # From the sources file: the publisher to record, and the only language to let land.
    publisher_hint: str | None = None
    expected_language: str | None = None
    # The date a feed or sitemap gave the page: used only when the page states none.
    listed_date: date | None = None


@dataclass(frozen=True)
class Article:
    """One cleaned article: main text plus metadata."""

    article_id: str
    source_uri: str
    url: str | None
    title: str | None
    publisher: str | None
    author: str | None
    published_date: date | None
    language: str | None
    word_count: int
    body_text: str
    content_hash: str
    raw_sha256: str
    raw_path: str
    input_format: str
    ingested_at: datetime
    # Where published_date came from: "page" (the input itself) or "listing" (its feed or sitemap).
    published_date_source: str | None = None


@dataclass(frozen=True)
class Rejection:
    """One input that did not land, with a reason code and its kept raw bytes."""

    source_uri: str
    reason: RejectReason
    detail: str
    raw_sha256: str | None
    raw_path: str | None
    rejected_at: datetime


@dataclass(frozen=True)
class FetchRecord:
    """One URL a source named (a listing or a page) and what this run did with it."""

    source_name: str
    role: str  # "listing" (a feed or sitemap) or "page"
    listed_url: str
    url: str | None
    outcome: FetchOutcome
    input_uri: str | None = None
    final_url: str | None = None
    http_status: int | None = None
    reason: str | None = None
    bytes_downloaded: int = 0
    fetched_at: datetime | None = None


RAW_INPUT_SCHEMA = pa.schema(
    [
        ("source_uri", pa.string()),
        ("input_format", pa.string()),
        ("raw_sha256", pa.string()),
        ("raw_path", pa.string()),
        ("size_bytes", pa.int64()),
        ("url", pa.string()),
        ("container_uri", pa.string()),
        ("publisher_hint", pa.string()),
        ("expected_language", pa.string()),
        ("listed_date", pa.date32()),
    ]
)

ARTICLE_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("source_uri", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("publisher", pa.string()),
        ("author", pa.string()),
        ("published_date", pa.date32()),
        ("language", pa.string()),
        ("word_count", pa.int32()),
        ("body_text", pa.large_string()),
        ("content_hash", pa.string()),
        ("raw_sha256", pa.string()),
        ("raw_path", pa.string()),
        ("input_format", pa.string()),
        ("ingested_at", pa.timestamp("us", tz="UTC")),
        ("published_date_source", pa.string()),
    ]
)

REJECTION_SCHEMA = pa.schema(
    [
        ("source_uri", pa.string()),
        ("reason", pa.string()),
        ("detail", pa.string()),
        ("raw_sha256", pa.string()),
        ("raw_path", pa.string()),
        ("rejected_at", pa.timestamp("us", tz="UTC")),
    ]
)


FETCH_LOG_SCHEMA = pa.schema(
    [
        ("source_name", pa.string()),
        ("role", pa.string()),
        ("listed_url", pa.string()),
        ("url", pa.string()),
        ("outcome", pa.string()),
        ("input_uri", pa.string()),
        ("final_url", pa.string()),
        ("http_status", pa.int32()),
        ("reason", pa.string()),
        ("bytes_downloaded", pa.int64()),
        ("fetched_at", pa.timestamp("us", tz="UTC")),
    ]
)


def to_table(records: list, schema: pa.Schema) -> pa.Table:
    """Turn a list of record dataclasses into an Arrow table with the given schema."""
    return pa.Table.from_pylist([_row(r) for r in records], schema=schema)


def _row(record) -> dict:
    """`dataclasses.asdict(record)` with Arrow values, without its deep copy of flat records.

    asdict copies every value recursively (a third of the cost of tabling a batch's facts);
    a record whose values hold no dataclass comes out the same read field by field.
    """
    names = _field_names(type(record))
    values = [getattr(record, name) for name in names]
    if not all(_holds_no_dataclass(v) for v in values):
        return {k: _arrow_value(v) for k, v in dataclasses.asdict(record).items()}
    return {name: _arrow_value(value) for name, value in zip(names, values, strict=True)}


@functools.cache
def _field_names(record_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(record_type))


def _holds_no_dataclass(value) -> bool:
    if isinstance(value, (str, int, float, type(None))):
        return True
    if isinstance(value, (list, tuple)):
        return all(_holds_no_dataclass(v) for v in value)
    if isinstance(value, dict):
        return all(_holds_no_dataclass(k) and _holds_no_dataclass(v) for k, v in value.items())
    return not dataclasses.is_dataclass(value)


def _arrow_value(value):
    if isinstance(value, StrEnum):
        return str(value)
    return list(value) if isinstance(value, tuple) else value


def from_table(table: pa.Table, record_type: type) -> list:
    """Turn an Arrow table back into record dataclasses."""
    names = {f.name for f in dataclasses.fields(record_type)}
    return [record_type(**{k: v for k, v in row.items() if k in names}) for row in table.to_pylist()]
