"""Read every source of a sources file into RawInput/Rejection records, the way discover reads a folder."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from newsfacts.ingest.discover import discover_inputs, display_path
from newsfacts.ingest.feeds import DocumentError, Entry, feed_entries, sitemap_links
from newsfacts.ingest.fetch import Fetched, FetchError, FetchPolicy, FetchState, PoliteFetcher
from newsfacts.ingest.rawstore import keep_bytes, keep_stream
from newsfacts.ingest.sources_file import Source, SourceKind
from newsfacts.ingest.urls import (
    canonical_url,
    declared_canonical,
    matches_include,
    read_url_list,
    same_article_key,
)
from newsfacts.ingest.warc import warc_inputs
from newsfacts.records import (
    FetchOutcome,
    FetchRecord,
    InputFormat,
    RawInput,
    Rejection,
    RejectReason,
)

HTML_TYPES = ("text/html", "application/xhtml+xml")
# A sitemap index may nest; real sites use one level, rarely two.
MAX_SITEMAP_DEPTH = 3
MAX_SITEMAPS_PER_SOURCE = 200


@dataclass
class SourceReport:
    """What reading one source did, printed in the discover log."""

    name: str
    listed: int = 0
    filtered: int = 0
    known: int = 0
    not_modified: int = 0
    fetched: int = 0
    rejected: int = 0
    truncated: bool = False

    def line(self) -> str:
        return (f"source {self.name}: {self.listed} listed, {self.filtered} filtered out, "
                f"{self.known} already fetched, {self.not_modified} not modified (304), "
                f"{self.fetched} downloaded, {self.rejected} rejected"
                + (" (max_per_run reached)" if self.truncated else ""))


@dataclass
class _Run:
    """One discovery over all sources: the shared fetcher, the articles taken this run, the fetch log."""

    fetcher: PoliteFetcher
    raw_store: Path
    max_bytes: int
    now: datetime
    # same_article_key of every URL taken this run -> the input (or rejection) it became, if any.
    seen: dict[str, str | None] = field(default_factory=dict)
    reports: list[SourceReport] = field(default_factory=list)
    log: list[FetchRecord] = field(default_factory=list)

    def taken(self, url: str) -> bool:
        return same_article_key(url) in self.seen

    def take(self, url: str, input_uri: str | None) -> None:
        self.seen.setdefault(same_article_key(url), input_uri)

    def input_of(self, url: str) -> str | None:
        return self.seen.get(same_article_key(url))


def discover_from_sources(
    sources: list[Source],
    raw_store: Path,
    max_bytes: int,
    now: datetime,
    state: FetchState,
    policy: FetchPolicy | None = None,
    fetcher: PoliteFetcher | None = None,
    fetch_log: list[FetchRecord] | None = None,
) -> Iterator[RawInput | Rejection]:
    """Yield a RawInput or Rejection for every input of every source; `state` is updated in place.

    Every URL a web source names (its listings and their pages) gets one FetchRecord in `fetch_log`.
    """
    own_fetcher = fetcher is None
    if fetcher is None:
        fetcher = PoliteFetcher(policy or FetchPolicy(max_bytes=max_bytes), state)
    run = _Run(fetcher, raw_store, max_bytes, now, log=fetch_log if fetch_log is not None else [])
    try:
        for source in sources:
            report = SourceReport(source.name)
            run.reports.append(report)
            for found in _read_source(source, run, report):
                if isinstance(found, Rejection):
                    report.rejected += 1
                yield _with_hints(found, source)
            print(report.line())
    finally:
        if own_fetcher:
            fetcher.close()


def _with_hints(found: RawInput | Rejection, source: Source) -> RawInput | Rejection:
    if isinstance(found, Rejection) or not (source.publisher or source.language):
        return found
    return dataclasses.replace(found, publisher_hint=source.publisher, expected_language=source.language)


def _read_source(source: Source, run: _Run, report: SourceReport) -> Iterator[RawInput | Rejection]:
    if source.kind == SourceKind.FOLDER:
        yield from discover_inputs(Path(source.location), run.raw_store, run.max_bytes, run.now)
    elif source.kind == SourceKind.WARC:
        yield from _read_warc(Path(source.location), run)
    elif source.kind == SourceKind.URLS:
        urls = read_url_list(Path(source.location))
        yield from _fetch_entries(source, [Entry(url) for url in urls], run, report, revalidate=True)
    elif source.kind == SourceKind.SITEMAP:
        yield from _read_sitemaps(source, run, report)
    else:
        yield from _read_feed(source, run, report)


def _read_warc(path: Path, run: _Run) -> Iterator[RawInput | Rejection]:
    uri = display_path(path)
    try:
        with path.open("rb") as stream:
            _sha256, blob, _size = keep_stream(run.raw_store, stream)
    except OSError as exc:
        yield Rejection(uri, RejectReason.UNREADABLE, f"cannot read WARC file: {exc}", None, None, run.now)
        return
    yield from warc_inputs(blob, uri, run.raw_store, run.max_bytes, run.now)


def _log(run: _Run, source: Source, role: str, listed_url: str, url: str | None, outcome: FetchOutcome,
         found: Fetched | Rejection | None = None, input_uri: str | None = None,
         http_status: int | None = None) -> None:
    """Add one URL's outcome in this run to the fetch log."""
    record = FetchRecord(source.name, role, listed_url, url, outcome, input_uri, http_status=http_status)
    if isinstance(found, Fetched):
        record = dataclasses.replace(record, final_url=found.final_url, http_status=found.status,
                                     bytes_downloaded=len(found.body), fetched_at=datetime.now(UTC))
    elif isinstance(found, Rejection):
        record = dataclasses.replace(record, input_uri=found.source_uri, reason=str(found.reason),
                                     fetched_at=datetime.now(UTC))
    run.log.append(record)


def _get_listing(source: Source, url: str, run: _Run) -> Fetched | Rejection:
    """A feed or sitemap document (conditionally), or the rejection that says why not."""
    try:
        return run.fetcher.get(url, source.requests_per_second, source.obey_robots)
    except FetchError as exc:
        rejection = _fetch_rejection(source, url, exc, run)
        _log(run, source, "listing", url, url, FetchOutcome.REJECTED, rejection, http_status=exc.status)
        return rejection


def _fetch_rejection(source: Source, url: str, exc: FetchError, run: _Run) -> Rejection:
    """The rejection of a URL that could not be fetched."""
    return Rejection(url, exc.reason, f"source {source.name}: {exc.detail}", None, None, run.now)


def _listing_fetched(source: Source, listing: Fetched, run: _Run) -> None:
    outcome = FetchOutcome.NOT_MODIFIED if listing.not_modified else FetchOutcome.FETCHED
    _log(run, source, "listing", listing.url, listing.url, outcome, listing)


def _read_feed(source: Source, run: _Run, report: SourceReport) -> Iterator[RawInput | Rejection]:
    listing = _get_listing(source, source.location, run)
    if isinstance(listing, Rejection):
        yield listing
        return
    if listing.not_modified:
        _listing_fetched(source, listing, run)
        report.not_modified += 1
        run.fetcher.state.remember(listing, run.now)
        return
    try:
        entries = feed_entries(listing.body, listing.url)
    except DocumentError as exc:
        yield _listing_rejection(source, listing, run, str(exc))
        return
    _listing_fetched(source, listing, run)
    complete = yield from _fetch_entries(source, entries, run, report)
    # Remembered only when every entry was had: a 304 next run must not hide one that failed.
    if complete:
        run.fetcher.state.remember(listing, run.now)


def _read_sitemaps(source: Source, run: _Run, report: SourceReport) -> Iterator[RawInput | Rejection]:
    pending = [(source.location, 0)]
    visited: set[str] = set()
    entries: list[Entry] = []
    listings: list[Fetched] = []
    children_of: dict[str, list[str]] = {}
    state = run.fetcher.state
    while pending and len(visited) < MAX_SITEMAPS_PER_SOURCE:
        url, depth = pending.pop(0)
        if url in visited:
            continue
        visited.add(url)
        listing = _get_listing(source, url, run)
        if isinstance(listing, Rejection):
            yield listing
            continue
        listings.append(listing)
        if listing.not_modified:
            _listing_fetched(source, listing, run)
            report.not_modified += 1
            # An unchanged index still leads to sitemaps that may have changed: ask each of them.
            children = state.entries.get(listing.url, {}).get("children", [])
            if depth < MAX_SITEMAP_DEPTH:
                pending.extend((child, depth + 1) for child in children)
            continue
        try:
            links = sitemap_links(listing.body, listing.url, run.max_bytes)
        except DocumentError as exc:
            yield _listing_rejection(source, listing, run, str(exc))
            continue
        _listing_fetched(source, listing, run)
        entries.extend(links.entries)
        if links.child_sitemaps:
            children_of[listing.url] = links.child_sitemaps
        if depth < MAX_SITEMAP_DEPTH:
            pending.extend((child, depth + 1) for child in links.child_sitemaps)
    complete = yield from _fetch_entries(source, entries, run, report)
    for listing in listings:
        if complete or listing.not_modified:
            extra = {"children": children_of[listing.url]} if listing.url in children_of else {}
            state.remember(listing, run.now, **extra)


def _listing_rejection(source: Source, listing: Fetched, run: _Run, detail: str) -> Rejection:
    sha256, blob, _size = keep_bytes(run.raw_store, listing.body)
    rejection = Rejection(listing.url, RejectReason.UNSUPPORTED_FORMAT, f"source {source.name}: {detail}",
                          sha256, str(blob), run.now)
    _log(run, source, "listing", listing.url, listing.url, FetchOutcome.REJECTED, rejection)
    return rejection


def _wanted(source: Source, entry: Entry, url: str) -> bool:
    """The source's include, since and language filters."""
    if not matches_include(url, source.include):
        return False
    if source.since and entry.published and entry.published < source.since:
        return False
    return not (source.language and entry.language and entry.language != source.language)


def _fetch_entries(source: Source, entries: list[Entry], run: _Run, report: SourceReport,
                   revalidate: bool = False):
    """Fetch the pages of a listing; return True when every wanted page was fetched or known.

    Pages of feeds and sitemaps fetched in an earlier run are skipped unless the listing dates
    them after that fetch; a URL list (`revalidate`) asks again with a conditional request.
    """
    complete = True
    taken = 0
    state = run.fetcher.state
    for entry in entries:
        report.listed += 1
        url = canonical_url(entry.url)
        if url is None:
            rejection = Rejection(entry.url, RejectReason.FETCH_FAILED,
                                  f"source {source.name}: not a fetchable http(s) URL", None, None, run.now)
            _log(run, source, "page", entry.url, None, FetchOutcome.REJECTED, rejection)
            yield rejection
            continue
        if not _wanted(source, entry, url):
            report.filtered += 1
            _log(run, source, "page", entry.url, url, FetchOutcome.FILTERED)
            continue
        if run.taken(url):
            # The same article listed twice, or under a tracking, scheme or trailing-slash variant.
            _log(run, source, "page", entry.url, url, FetchOutcome.SAME_AS, input_uri=run.input_of(url))
            continue
        last = state.fetched_at(url)
        if not revalidate and last is not None and (entry.published is None or entry.published <= last.date()):
            report.known += 1
            run.take(url, None)
            _log(run, source, "page", entry.url, url, FetchOutcome.ALREADY_FETCHED)
            continue
        if source.max_per_run is not None and taken >= source.max_per_run:
            report.truncated = True
            complete = False
            _log(run, source, "page", entry.url, url, FetchOutcome.DEFERRED)
            continue
        taken += 1
        found = _fetch_page(source, entry, url, run, report)
        if isinstance(found, Rejection) and found.reason in (
                RejectReason.FETCH_FAILED, RejectReason.HTTP_ERROR, RejectReason.TIMEOUT):
            complete = False
        if found is not None:
            yield found
    return complete


def _fetch_page(source: Source, entry: Entry, url: str, run: _Run,
                report: SourceReport) -> RawInput | Rejection | None:
    """One page as a RawInput (None when not modified or a copy of a page taken this run)."""
    listed_url = entry.url
    status = None
    try:
        fetched = run.fetcher.get(url, source.requests_per_second, source.obey_robots)
    except FetchError as exc:
        rejection, status = _fetch_rejection(source, url, exc, run), exc.status
    # A bug met by one hostile server must cost that page, not the whole run.
    except Exception as exc:  # noqa: BLE001
        rejection = Rejection(url, RejectReason.FETCH_FAILED,
                              f"source {source.name}: {type(exc).__name__}: {exc}", None, None, run.now)
    else:
        rejection = None
    if rejection is not None:
        run.take(url, rejection.source_uri)
        _log(run, source, "page", listed_url, url, FetchOutcome.REJECTED, rejection, http_status=status)
        return rejection
    if fetched.not_modified:
        report.not_modified += 1
        run.take(url, None)
        run.fetcher.state.remember(fetched, run.now)
        _log(run, source, "page", listed_url, url, FetchOutcome.NOT_MODIFIED, fetched)
        return None
    report.fetched += 1
    sha256, blob, size = keep_bytes(run.raw_store, fetched.body)
    run.fetcher.state.remember(fetched, run.now, sha256=sha256)
    if fetched.content_type and not fetched.content_type.startswith(HTML_TYPES):
        kind = fetched.content_type.split(";")[0].strip()
        rejection = Rejection(url, RejectReason.NOT_HTML, f"source {source.name}: served as {kind}, not HTML",
                              sha256, str(blob), run.now)
        run.take(url, url)
        _log(run, source, "page", listed_url, url, FetchOutcome.FETCHED, fetched, input_uri=url)
        return rejection
    canonical = declared_canonical(fetched.body, url)
    # Some sites name their home page as every article's original; that names no article.
    if canonical is None or urlsplit(canonical).path in ("", "/"):
        canonical = url
    if canonical != url and run.taken(canonical):
        # The page names an article already taken this run as its original.
        run.take(url, run.input_of(canonical))
        _log(run, source, "page", listed_url, url, FetchOutcome.SAME_AS, fetched, input_uri=run.input_of(canonical))
        return None
    run.take(url, canonical)
    run.take(canonical, canonical)
    _log(run, source, "page", listed_url, url, FetchOutcome.FETCHED, fetched, input_uri=canonical)
    return RawInput(canonical, InputFormat.HTML, sha256, str(blob), size, url=url, listed_date=entry.published)
