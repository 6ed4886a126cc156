"""A polite HTTP client: robots.txt, a per-host rate, retries with backoff, a size limit, conditional GETs."""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.robotparser import RobotFileParser

from newsfacts import __version__
from newsfacts.ingest.urls import host_of
from newsfacts.records import RejectReason

USER_AGENT = f"newsfacts/{__version__} (+https://github.com/newsfacts/newsfacts; news ingest)"
ROBOTS_AGENT = "newsfacts"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
CHUNK_BYTES = 64 * 1024


class FetchError(Exception):
    """A URL that could not be fetched, with the rejection reason to record."""

    def __init__(self, reason: RejectReason, detail: str, status: int | None = None):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail
        self.status = status


@dataclass(frozen=True)
class FetchPolicy:
    """Limits of one fetcher; the defaults are the production ones."""

    max_bytes: int
    user_agent: str = USER_AGENT
    # Per connect and per read; a whole response taking longer than this (a server trickling
    # bytes) is cut off too.
    timeout_seconds: float = 20.0
    max_attempts: int = 4
    backoff_seconds: float = 2.0
    # A server that asks for a longer pause than this is given up on for this run.
    max_retry_wait_seconds: float = 120.0
    max_redirects: int = 5


@dataclass(frozen=True)
class Fetched:
    """One answered GET: 200 with a body, or 304 (not modified) without one."""

    url: str
    status: int
    body: bytes
    content_type: str
    etag: str | None
    last_modified: str | None
    # Where redirects ended; `url` is the one asked for.
    final_url: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class FetchState:
    """ETag and Last-Modified of every URL fetched before, kept as a JSON file per warehouse."""

    entries: dict[str, dict[str, object]] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> FetchState:
        """The state kept at path, or an empty one when there is none (or it is unreadable)."""
        try:
            entries = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        return cls(entries if isinstance(entries, dict) else {})

    def write(self, path: Path) -> Path:
        """Write the state atomically; return its path."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, encoding="utf-8") as tmp:
            json.dump(self.entries, tmp, indent=0, sort_keys=True)
        os.replace(tmp.name, path)
        return path

    def validators(self, url: str) -> dict[str, str]:
        """Conditional request headers for a URL fetched before."""
        entry = self.entries.get(url, {})
        headers = {}
        if entry.get("etag"):
            headers["If-None-Match"] = entry["etag"]
        if entry.get("last_modified"):
            headers["If-Modified-Since"] = entry["last_modified"]
        return headers

    def remember(self, fetched: Fetched, fetched_at: datetime, **extra: object) -> None:
        """Keep a 200 answer's validators (or refresh a 304's date) for the next run."""
        entry = dict(self.entries.get(fetched.url, {}))
        if not fetched.not_modified:
            entry = {k: v for k, v in (("etag", fetched.etag), ("last_modified", fetched.last_modified)) if v}
        entry.update(extra, fetched_at=fetched_at.isoformat())
        self.entries[fetched.url] = entry

    def fetched_at(self, url: str) -> datetime | None:
        """When a URL was last fetched, or None when never."""
        value = self.entries.get(url, {}).get("fetched_at")
        return datetime.fromisoformat(value) if value else None


class PoliteFetcher:
    """GETs URLs one at a time, obeying robots.txt and a per-host rate, with bounded retries."""

    def __init__(
        self,
        policy: FetchPolicy,
        state: FetchState | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ):
        import httpx

        self.policy = policy
        self.state = state if state is not None else FetchState()
        self._sleep = sleep
        self._clock = clock
        self._next_slot: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | FetchError] = {}
        self.requests_made = 0
        self.bytes_downloaded = 0
        self._client = httpx.Client(
            headers={"User-Agent": policy.user_agent},
            timeout=httpx.Timeout(policy.timeout_seconds, connect=min(10.0, policy.timeout_seconds)),
            follow_redirects=True,
            max_redirects=policy.max_redirects,
            trust_env=False,
        )

    def __enter__(self) -> PoliteFetcher:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def get(self, url: str, requests_per_second: float, obey_robots: bool = True,
            conditional: bool = True) -> Fetched:
        """GET a URL politely; raise FetchError with a rejection reason when it cannot be had."""
        if obey_robots:
            self._check_robots(url, requests_per_second)
        headers = self.state.validators(url) if conditional else {}
        return self._get_with_retries(url, headers, requests_per_second)

    def _check_robots(self, url: str, requests_per_second: float) -> None:
        host = host_of(url)
        if host not in self._robots:
            self._robots[host] = self._read_robots(host, requests_per_second)
        robots = self._robots[host]
        if isinstance(robots, FetchError):
            raise FetchError(RejectReason.ROBOTS_DISALLOWED, f"{robots.detail}; not fetched")
        if not robots.can_fetch(ROBOTS_AGENT, url):
            raise FetchError(RejectReason.ROBOTS_DISALLOWED, f"robots.txt of {host} disallows {url}")

    def _read_robots(self, host: str, requests_per_second: float) -> RobotFileParser | FetchError:
        """The host's robots.txt rules; a missing file allows everything, an unreachable one nothing."""
        robots = RobotFileParser(f"{host}/robots.txt")
        try:
            fetched = self._get_with_retries(f"{host}/robots.txt", {}, requests_per_second)
        except FetchError as exc:
            status = exc.status
            if status is not None and 400 <= status < 500 and status not in (401, 403):
                robots.parse([])  # no robots.txt: everything is allowed
                return robots
            return FetchError(RejectReason.ROBOTS_DISALLOWED, f"robots.txt of {host} unavailable ({exc.detail})")
        robots.parse(fetched.body.decode("utf-8", "replace").splitlines())
        return robots

    def _crawl_delay(self, url: str) -> float:
        robots = self._robots.get(host_of(url))
        if isinstance(robots, RobotFileParser):
            return float(robots.crawl_delay(ROBOTS_AGENT) or 0)
        return 0.0

    def _get_in_slot(self, url: str, headers: dict[str, str], requests_per_second: float) -> Fetched:
        """One GET once this host may be asked again.

        The next slot opens a full interval after this answer ended, not after it started: so
        the server, too, never sees two requests closer than 1 / requests_per_second.
        """
        host = host_of(url)
        now = self._clock()
        start = max(now, self._next_slot.get(host, now))
        if start > now:
            self._sleep(start - now)
        try:
            return self._get_once(url, headers)
        finally:
            self._next_slot[host] = self._clock() + max(1.0 / requests_per_second, self._crawl_delay(url))

    def _get_with_retries(self, url: str, headers: dict[str, str], requests_per_second: float) -> Fetched:
        import httpx

        for attempt in range(1, self.policy.max_attempts + 1):
            try:
                return self._get_in_slot(url, headers, requests_per_second)
            except _Retryable as retry:
                if attempt == self.policy.max_attempts:
                    raise retry.final from None
                wait = retry.retry_after
                if wait is None:
                    wait = self.policy.backoff_seconds * 2 ** (attempt - 1)
                if wait > self.policy.max_retry_wait_seconds:
                    raise FetchError(retry.final.reason,
                                     f"{retry.final.detail}; server asks to wait {wait:.0f} s") from None
                self._sleep(wait)
            except httpx.TooManyRedirects as exc:
                raise FetchError(RejectReason.FETCH_FAILED, f"too many redirects: {exc}") from None
            # Anything else httpx refuses (a redirect to ftp://, a bad URL, a body that will not
            # decompress) is this URL's failure, not the run's.
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
                raise FetchError(RejectReason.FETCH_FAILED, f"{type(exc).__name__} fetching {url}: {exc}") from None
        raise AssertionError("unreachable")

    def _get_once(self, url: str, headers: dict[str, str]) -> Fetched:
        import httpx

        self.requests_made += 1
        started = time.monotonic()
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                if status in RETRY_STATUSES:
                    raise _Retryable(_http_error(status, url), _retry_after(response.headers.get("Retry-After")))
                if status == 304:
                    body = b""
                elif status >= 400 or status < 200:
                    raise _http_error(status, url)
                else:
                    body = self._read_limited(response, url, started)
                return Fetched(
                    url=url,
                    status=status,
                    body=body,
                    content_type=(response.headers.get("Content-Type") or "").lower(),
                    etag=response.headers.get("ETag"),
                    last_modified=response.headers.get("Last-Modified"),
                    final_url=str(response.url),
                )
        except httpx.TimeoutException as exc:
            raise _Retryable(FetchError(RejectReason.TIMEOUT, f"no answer from {url} within "
                                        f"{self.policy.timeout_seconds:g} s ({type(exc).__name__})"), None) from None
        except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
            raise _Retryable(FetchError(RejectReason.FETCH_FAILED,
                                        f"{type(exc).__name__} fetching {url}: {exc}"), None) from None

    def _read_limited(self, response, url: str, started: float) -> bytes:
        """The response body; FetchError(too_large) once past the size limit, a retry once past the time limit."""
        limit = self.policy.max_bytes
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise FetchError(RejectReason.TOO_LARGE,
                             f"{url} declares {declared} bytes, over the {limit}-byte limit")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if time.monotonic() - started > self.policy.timeout_seconds:
                raise _Retryable(FetchError(RejectReason.TIMEOUT, f"{url} sent {size} bytes in "
                                            f"{self.policy.timeout_seconds:g} s and was cut off"), None)
            if size > limit:
                raise FetchError(RejectReason.TOO_LARGE, f"{url} sent over {limit} bytes; download stopped")
            chunks.append(chunk)
        self.bytes_downloaded += size
        return b"".join(chunks)


class _Retryable(Exception):
    """An answer worth asking again (429, 5xx, network trouble), and how long the server asks to wait."""

    def __init__(self, final: FetchError, retry_after: float | None):
        super().__init__(final.detail)
        self.final = final
        self.retry_after = retry_after


def _http_error(status: int, url: str) -> FetchError:
    return FetchError(RejectReason.HTTP_ERROR, f"HTTP {status} for {url}", status)


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date); None when absent or odd."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
