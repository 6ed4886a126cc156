"""Entries of RSS/Atom feeds (feedparser) and of XML sitemaps (lxml), from bytes already fetched."""

from __future__ import annotations

import gzip
import io
import zlib
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urljoin

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
GZIP_MAGIC = b"\x1f\x8b"


class DocumentError(ValueError):
    """A feed or sitemap that cannot be read."""


@dataclass(frozen=True)
class Entry:
    """One article URL listed by a feed or sitemap, with the date the listing gives it."""

    url: str
    published: date | None = None
    language: str | None = None


@dataclass(frozen=True)
class SitemapLinks:
    """What one sitemap document lists: article entries, and child sitemaps of an index."""

    entries: list[Entry]
    child_sitemaps: list[str]


def feed_entries(document: bytes, feed_url: str) -> list[Entry]:
    """The linked entries of an RSS or Atom document, newest first as the feed lists them."""
    import feedparser

    # A BytesIO, never the bytes: feedparser treats a str/bytes that looks like a URL or path as one.
    parsed = feedparser.parse(io.BytesIO(document), response_headers={"content-location": feed_url})
    if not parsed.entries and parsed.get("bozo"):
        raise DocumentError(f"not an RSS/Atom feed: {parsed.get('bozo_exception')}")
    language = _language(parsed.feed.get("language"))
    entries = []
    for item in parsed.entries:
        link = item.get("link") or _alternate_link(item)
        if not link:
            continue
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        published = datetime(*stamp[:6], tzinfo=UTC).date() if stamp else None
        entries.append(Entry(urljoin(feed_url, link.strip()), published, language))
    return entries


def _alternate_link(item) -> str | None:
    for link in item.get("links", []):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link["href"]
    return None


def _language(value: str | None) -> str | None:
    return value.strip().lower()[:2] if value and value.strip() else None


def ungzip(document: bytes, max_bytes: int) -> bytes:
    """A gzip-compressed document's bytes (at most max_bytes), or the document itself when plain."""
    if not document.startswith(GZIP_MAGIC):
        return document
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(document)) as stream:
            plain = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise DocumentError(f"damaged gzip sitemap: {exc}") from exc
    if len(plain) > max_bytes:
        raise DocumentError(f"gzip sitemap unpacks to over {max_bytes} bytes")
    return plain


def sitemap_links(document: bytes, sitemap_url: str, max_bytes: int) -> SitemapLinks:
    """Article entries and child sitemaps of a sitemap or sitemap index (plain or gzip)."""
    from lxml import etree

    plain = ungzip(document, max_bytes)
    # No network, no entities: a sitemap is data from a stranger.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    try:
        root = etree.fromstring(plain, parser)
    except etree.XMLSyntaxError as exc:
        raise DocumentError(f"not an XML sitemap: {exc}") from exc
    if root is None:
        raise DocumentError("not an XML sitemap: no root element")
    kind = etree.QName(root).localname
    if kind == "sitemapindex":
        children = [urljoin(sitemap_url, loc) for loc in _texts(root, "sitemap", "loc")]
        return SitemapLinks([], children)
    if kind != "urlset":
        raise DocumentError(f"not a sitemap: root element is <{kind}>")
    entries = []
    for url in root.iterchildren(f"{{{SITEMAP_NS}}}url", "url"):
        loc = _child_text(url, "loc")
        if not loc:
            continue
        stamp = _child_text(url, "lastmod") or _news_text(url, "publication_date")
        entries.append(Entry(urljoin(sitemap_url, loc), _iso_date(stamp), _language(_news_text(url, "language"))))
    return SitemapLinks(entries, [])


def _texts(root, element: str, child: str) -> list[str]:
    found = []
    for node in root.iterchildren(f"{{{SITEMAP_NS}}}{element}", element):
        if text := _child_text(node, child):
            found.append(text)
    return found


def _child_text(node, name: str) -> str | None:
    child = node.find(f"{{{SITEMAP_NS}}}{name}")
    if child is None:
        child = node.find(name)
    return child.text.strip() if child is not None and child.text and child.text.strip() else None


def _news_text(node, name: str) -> str | None:
    found = node.find(f".//{{{NEWS_NS}}}{name}")
    return found.text.strip() if found is not None and found.text and found.text.strip() else None


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
