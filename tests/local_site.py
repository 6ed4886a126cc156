"""A real HTTP server on 127.0.0.1 for web-ingest tests: routes set by the test, every request logged."""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.conftest import SHARED_CORPUS

AEB_HTML = SHARED_CORPUS / "aeb" / "html"


@dataclass
class Route:
    """What one path answers. `statuses` are answered first, one per request, then `body`."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    statuses: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    # Misbehaviour: seconds to wait before answering, and a body sent without Content-Length
    # (ended by closing the connection), in chunks of this many bytes, this many seconds apart.
    delay_seconds: float = 0.0
    stream_chunk_bytes: int | None = None
    chunk_delay_seconds: float = 0.0


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]
    status: int
    body_bytes: int
    # time.monotonic() when the request arrived.
    at: float = 0.0


class LocalSite:
    """A ThreadingHTTPServer on a free port of 127.0.0.1, started and stopped by the test."""

    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 -- the http.server API
                site._answer(self)

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> LocalSite:
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    def add(self, path: str, body: bytes | str, **route) -> Route:
        """Serve body at path (with an ETag unless one is given)."""
        payload = body.encode() if isinstance(body, str) else body
        route.setdefault("etag", f'"{hashlib.sha256(payload).hexdigest()[:16]}"')
        self.routes[path] = Route(payload, **route)
        return self.routes[path]

    def paths_requested(self) -> list[str]:
        return [r.path for r in self.requests]

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        arrived = time.monotonic()
        headers = {k.lower(): v for k, v in handler.headers.items()}
        route = self.routes.get(handler.path)
        extra: dict[str, str] = {}
        if route is None:
            status, body = 404, b"not found"
        elif route.statuses:
            (status, extra), body = route.statuses.pop(0), b"try again"
        elif _not_modified(route, headers):
            status, body = 304, b""
        else:
            status, body = 200, route.body
        # Logged before answering: the client may act on the answer before this thread goes on.
        self.requests.append(Request(handler.path, headers, status, 0 if status == 304 else len(body), arrived))
        if route is not None and route.delay_seconds:
            time.sleep(route.delay_seconds)  # the misbehaving server, not the test, waits
        handler.send_response(status)
        if route is not None and status in (200, 304):
            if route.etag:
                handler.send_header("ETag", route.etag)
            if route.last_modified:
                handler.send_header("Last-Modified", route.last_modified)
        if status == 200 and route is not None:
            handler.send_header("Content-Type", route.content_type)
        for name, value in extra.items():
            handler.send_header(name, value)
        streamed = route is not None and route.stream_chunk_bytes and status == 200
        if status != 304 and not streamed:
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if streamed:
            _stream(handler, body, route.stream_chunk_bytes, route.chunk_delay_seconds)
        elif status != 304:
            handler.wfile.write(body)


def _stream(handler: BaseHTTPRequestHandler, body: bytes, chunk_bytes: int, pause: float) -> None:
    """Send a body in chunks until done or until the client hangs up."""
    try:
        for start in range(0, len(body), chunk_bytes):
            handler.wfile.write(body[start : start + chunk_bytes])
            handler.wfile.flush()
            if pause:
                time.sleep(pause)
    except (BrokenPipeError, ConnectionResetError):
        pass
    handler.close_connection = True


def _not_modified(route: Route, headers: dict[str, str]) -> bool:
    if route.etag and headers.get("if-none-match") == route.etag:
        return True
    return bool(route.last_modified and headers.get("if-modified-since") == route.last_modified)


def corpus_pages(n: int) -> list[bytes]:
    """The first n real news pages of ../shared/corpus/aeb/html that are whole articles.

    Pages that mark themselves not free are left out: two of them are paywall stubs, which are
    quarantined as teasers, not landed.
    """
    from newsfacts.clean.teaser import NOT_FREE

    pages = (path.read_bytes() for path in sorted(AEB_HTML.glob("*.html")))
    return [page for page in pages if not NOT_FREE.search(page)][:n]


def rss(items: list[tuple[str, str]], language: str = "en") -> str:
    """An RSS 2.0 document of (link, RFC 822 date) items."""
    entries = "".join(f"<item><title>Story {i}</title><link>{link}</link><pubDate>{day}</pubDate></item>"
                      for i, (link, day) in enumerate(items))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>World</title>'
            f"<link>http://example.org/</link><language>{language}</language>{entries}</channel></rss>")


def atom(items: list[tuple[str, str]]) -> str:
    """An Atom 1.0 document of (link, ISO date) entries."""
    entries = "".join(f'<entry><title>Story {i}</title><link rel="alternate" href="{link}"/>'
                      f"<id>urn:story:{i}</id><updated>{day}</updated></entry>"
                      for i, (link, day) in enumerate(items))
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>World</title><id>urn:feed</id><updated>2024-05-01T00:00:00Z</updated>{entries}</feed>")


def sitemap(items: list[tuple[str, str]]) -> str:
    """A urlset of (loc, lastmod) URLs."""
    urls = "".join(f"<url><loc>{loc}</loc><lastmod>{day}</lastmod></url>" for loc, day in items)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


def sitemap_index(locations: list[str]) -> str:
    children = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locations)
    return f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{children}</sitemapindex>'


def gzipped(text: str) -> bytes:
    return gzip.compress(text.encode())


def write_sources(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
