"""Extract the main text and metadata of an HTML page with trafilatura."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from newsfacts.clean import metadata


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
    meta_title = fields.get("title")
    if meta_title and body.startswith(meta_title + "\n"):
        body = body[len(meta_title) + 1 :].lstrip()  # trafilatura repeats the <h1> headline
    if not body:
        return None
    tree = metadata.load_tree(html)
    sitename, hostname = fields.get("sitename"), fields.get("hostname")
    page_title = metadata.headline(tree, meta_title, sitename, hostname)
    if page_title and body.startswith(page_title + "\n"):
        body = body[len(page_title) + 1 :].lstrip()
    names = metadata.authors(tree, fields.get("author"), sitename, hostname)
    return CleanedHtml(
        body_text=body,
        title=page_title or meta_title or None,
        publisher=sitename or hostname or None,
        author="; ".join(names) or None,
        published_date=metadata.local_published_date(tree, _to_date(fields.get("date"))),
        url=fields.get("url") or url,
    )
