"""Small record builders shared by the unit tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from newsfacts.records import Article


def make_article(body: str, published: date | None = date(2024, 1, 26), article_id: str = "t1") -> Article:
    """An English Article around a body text, as the cleaner would hand it to the extractors."""
    return Article(
        article_id=article_id, source_uri=f"test://{article_id}", url=None, title=None, publisher=None,
        author=None, published_date=published, language="en", word_count=len(body.split()),
        body_text=body, content_hash="", raw_sha256="", raw_path="", input_format="text",
        ingested_at=datetime(2024, 1, 1, tzinfo=UTC),
    )


def citations_of(body: str) -> list:
    """The cited sources the extractor finds in one made-up English body (real spaCy parse)."""
    from newsfacts.extract.citations import extract_citations
    from newsfacts.extract.nlp import parse_articles

    (parsed,) = parse_articles([make_article(body)])
    return extract_citations(parsed)


def source_types_of(body: str) -> dict[str, str]:
    """Each cited source's canonical name in one made-up body, with its source type."""
    return {c.canonical_name: c.source_type for c in citations_of(body)}
