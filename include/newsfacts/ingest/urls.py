"""URL canonicalisation (courlan), URL-list files, include patterns and <link rel=canonical>."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit


def canonical_url(url: str) -> str | None:
    """The URL with tracking parameters and fragment dropped and the query sorted; None if unusable."""
    from courlan import normalize_url

    url = url.strip()
    if not url.lower().startswith(("http://", "https://")):
        return None
    try:
        normalized = normalize_url(url)
    # courlan raises ValueError (and friends) on hosts and ports it cannot parse.
    except Exception:  # noqa: BLE001
        return None
    parts = urlsplit(normalized)
    if not parts.hostname:
        return None
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def same_article_key(url: str) -> str:
    """What two URLs of one article share: scheme, default port and a trailing slash do not count."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = "" if parts.port in (None, 80, 443) else f":{parts.port}"
    return f"{host}{port}{parts.path.rstrip('/') or '/'}?{parts.query}"


def host_of(url: str) -> str:
    """scheme://host[:port] of a URL: the unit of politeness (robots.txt and the request rate)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def matches_include(url: str, patterns: tuple[str, ...]) -> bool:
    """True when there are no patterns, or the URL contains one of them."""
    return not patterns or any(pattern in url for pattern in patterns)


def read_url_list(path: Path) -> list[str]:
    """The URLs of a list file: one a line, blank lines and '#' comments skipped."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def declared_canonical(page: bytes, page_url: str) -> str | None:
    """The page's own <link rel="canonical"> URL, canonicalised, or None when it has none."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(page[:2_000_000])
    # lxml raises ParserError or ValueError on empty or odd documents; then there is no link.
    except Exception:  # noqa: BLE001
        return None
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href:
            return canonical_url(urljoin(page_url, href))
    return None
