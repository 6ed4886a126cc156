"""Extract the main text and metadata of an HTML page with trafilatura."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CleanedHtml:
    """What trafilatura found on one page."""

    body_text: str
    title: str | None
    publisher: str | None
    author: str | None
    published_date: date | None
    url: str | None


def _to_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def clean_html_document(html: bytes | str, url: str | None = None) -> CleanedHtml | None:
    """Main text and metadata of a page, or None when trafilatura finds no main text."""
    from trafilatura import bare_extraction

    document = bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        # No guessing from copyright lines or URLs' loose digits: a wrong date is worse than none.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None:
        return None
    fields = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    body = (fields.get("text") or "").strip()
    title = fields.get("title") or None
    if title and body.startswith(title + "\n"):
        body = body[len(title) + 1 :].lstrip()  # trafilatura repeats the <h1> headline
    if not body:
        return None
    return CleanedHtml(
        body_text=body,
        title=title,
        publisher=fields.get("sitename") or fields.get("hostname") or None,
        author=fields.get("author") or None,
        published_date=_to_date(fields.get("date")),
        url=fields.get("url") or url,
    )
