"""Reading feeds, sitemaps and URL lists from a real HTTP server on 127.0.0.1: politely and incrementally."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsfacts.clean import clean_kept_input
from newsfacts.ingest.fetch import FetchPolicy, FetchState, PoliteFetcher
from newsfacts.ingest.sources import discover_from_sources
from newsfacts.ingest.sources_file import Source
from newsfacts.ingest.urls import declared_canonical
from newsfacts.records import Article, RawInput, Rejection, RejectReason
from tests.local_site import LocalSite, atom, corpus_pages, gzipped, rss, sitemap, sitemap_index

NOW = datetime(2024, 6, 1, 12, tzinfo=UTC)
MB = 1024 * 1024
PAGES = corpus_pages(6)
DAYS = ["Mon, 06 May 2024 08:00:00 GMT", "Tue, 07 May 2024 08:00:00 GMT", "Wed, 01 Nov 2023 08:00:00 GMT"]


@pytest.fixture
def site():
    with LocalSite() as local:
        yield local


@dataclass
class Read:
    """One discovery: its outcomes, the pauses the fetcher asked for, and the fetcher's counters."""

    inputs: list[RawInput]
    rejections: list[Rejection]
    waits: list[float]
    fetcher: PoliteFetcher


def read(tmp_path: Path, state: FetchState, *sources: Source, max_bytes: int = MB) -> Read:
    """Run discover_from_sources with a fetcher whose pauses are recorded instead of slept."""
    waits: list[float] = []
    clock = [1000.0]  # seconds on a clock that moves only when the fetcher pauses

    def pause(seconds: float) -> None:
        waits.append(seconds)
        clock[0] += seconds

    policy = FetchPolicy(max_bytes=max_bytes, max_attempts=3, backoff_seconds=0.5)
    with PoliteFetcher(policy, state, sleep=pause, clock=lambda: clock[0]) as fetcher:
        found = list(discover_from_sources(list(sources), tmp_path / "raw", max_bytes, NOW, state, fetcher=fetcher))
    return Read([f for f in found if isinstance(f, RawInput)], [f for f in found if isinstance(f, Rejection)],
                waits, fetcher)


def source(kind: str, location: str, **fields) -> Source:
    return Source(**{"name": f"test-{kind}", "kind": kind, "location": location, "requests_per_second": 100,
                     **fields})


def serve_pages(site: LocalSite, n: int, prefix: str = "/world/story-", first: int = 0) -> list[str]:
    """Serve n real corpus pages (from PAGES[first]); return their URLs."""
    urls = []
    for i in range(n):
        site.add(f"{prefix}{i}.html", PAGES[first + i])
        urls.append(site.url(f"{prefix}{i}.html"))
    return urls


@pytest.mark.parametrize(
    ("kind", "listing"),
    [
        ("rss", lambda urls: rss(list(zip(urls, DAYS, strict=True)))),
        ("atom", lambda urls: atom([(u, f"2024-05-0{i + 1}T08:00:00Z") for i, u in enumerate(urls)])),
        ("sitemap", lambda urls: sitemap([(u, "2024-05-01") for u in urls])),
    ],
)
def test_feeds_and_sitemaps_list_pages_that_land_as_articles(site, tmp_path, kind, listing):
    urls = serve_pages(site, 3)
    site.add("/listing.xml", listing(urls), content_type="application/xml")
    result = read(tmp_path, FetchState(), source(kind, site.url("/listing.xml")))
    assert result.rejections == []
    assert [r.url for r in result.inputs] == urls
    articles = [clean_kept_input(r, NOW) for r in result.inputs]
    assert all(isinstance(a, Article) for a in articles), articles
    # Each page's own <link rel=canonical> names it, so the same story under two URLs is one input.
    assert all(r.source_uri.startswith("https://") for r in result.inputs)


def test_a_sitemap_index_is_followed_into_gzip_and_plain_sitemaps(site, tmp_path):
    urls = serve_pages(site, 4)
    site.add("/sitemap-a.xml.gz", gzipped(sitemap([(u, "2024-05-01") for u in urls[:2]])),
             content_type="application/gzip")
    site.add("/sitemap-b.xml", sitemap([(u, "2024-05-01") for u in urls[2:]]), content_type="application/xml")
    site.add("/sitemap.xml", sitemap_index([site.url("/sitemap-a.xml.gz"), site.url("/sitemap-b.xml")]))
    result = read(tmp_path, FetchState(), source("sitemap", site.url("/sitemap.xml")))
    assert result.rejections == []
    assert sorted(r.url for r in result.inputs) == sorted(urls)


def test_a_urls_file_is_read_one_url_a_line(site, tmp_path):
    urls = serve_pages(site, 2)
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# picked by hand\n{urls[0]}\n\n  {urls[1]}  \n{site.url('/gone.html')}\n")
    result = read(tmp_path, FetchState(), source("urls", str(listing)))
    assert [r.url for r in result.inputs] == urls
    assert [(r.source_uri, r.reason) for r in result.rejections] == [(site.url("/gone.html"), RejectReason.HTTP_ERROR)]
    assert "HTTP 404" in result.rejections[0].detail


@pytest.mark.parametrize(("obey_robots", "expected"), [(True, RejectReason.ROBOTS_DISALLOWED), (False, None)])
def test_robots_txt_disallow_is_obeyed_unless_the_source_says_not_to(site, tmp_path, obey_robots, expected):
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    allowed = serve_pages(site, 1)[0]
    private = serve_pages(site, 1, prefix="/private/story-", first=1)[0]
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{allowed}\n{private}\n")
    result = read(tmp_path, FetchState(), source("urls", str(listing), obey_robots=obey_robots))
    assert [r.reason for r in result.rejections] == ([expected] if expected else [])
    assert (private in [r.url for r in result.inputs]) is (expected is None)
    if expected:
        assert "/private/story-0.html" not in site.paths_requested()  # never asked for


@pytest.mark.parametrize(
    ("answers", "expected_waits", "outcome"),
    [
        ([(429, {"Retry-After": "3"})], [3.0], "input"),  # the server's pause is honoured
        ([(503, {}), (502, {})], [0.5, 1.0], "input"),  # exponential backoff without Retry-After
        ([(429, {"Retry-After": "7200"})], [], RejectReason.HTTP_ERROR),  # too long a pause: give up
        ([(500, {})] * 3, [0.5, 1.0], RejectReason.HTTP_ERROR),  # attempts run out
    ],
    ids=["429-retry-after", "5xx-backoff", "retry-after-too-long", "persistent-500"],
)
def test_429_and_5xx_are_retried_with_backoff(site, tmp_path, answers, expected_waits, outcome):
    url = serve_pages(site, 1)[0]
    site.routes["/world/story-0.html"].statuses = list(answers)
    listing = tmp_path / "urls.txt"
    listing.write_text(url + "\n")
    result = read(tmp_path, FetchState(), source("urls", str(listing), requests_per_second=100))
    # Retry pauses only; the per-host rate spacing of 0.01 s is below them.
    assert [w for w in result.waits if w >= 0.1] == expected_waits
    if outcome == "input":
        assert [r.url for r in result.inputs] == [url] and result.rejections == []
    else:
        assert [r.reason for r in result.rejections] == [outcome] and result.inputs == []


def test_the_per_host_rate_spaces_requests(site, tmp_path):
    urls = serve_pages(site, 3)
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls))
    result = read(tmp_path, FetchState(), source("urls", str(listing), requests_per_second=0.5))
    # robots.txt, then three pages: each waits for its 2-second slot.
    assert result.waits == [2.0, 2.0, 2.0]


@pytest.mark.parametrize("kind", ["urls", "rss"])
def test_a_second_run_sends_validators_and_a_304_costs_no_download(site, tmp_path, kind):
    urls = serve_pages(site, 2)
    site.add("/feed.xml", rss(list(zip(urls, DAYS[:2], strict=True))), content_type="application/rss+xml",
             last_modified="Tue, 07 May 2024 09:00:00 GMT")
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls))
    spec = source(kind, str(listing) if kind == "urls" else site.url("/feed.xml"))
    state = FetchState()
    first = read(tmp_path, state, spec)
    assert len(first.inputs) == 2 and first.fetcher.bytes_downloaded > 0
    state = FetchState.read(state.write(tmp_path / "state.json"))  # as the next run finds it
    site.requests.clear()
    second = read(tmp_path, state, spec)
    assert second.inputs == [] and second.rejections == []
    assert second.fetcher.bytes_downloaded == 0
    answered = [(r.path, r.status) for r in site.requests if r.path != "/robots.txt"]
    if kind == "urls":
        assert answered == [("/world/story-0.html", 304), ("/world/story-1.html", 304)]
        assert all("if-none-match" in r.headers for r in site.requests if r.path != "/robots.txt")
    else:
        assert answered == [("/feed.xml", 304)]  # an unchanged feed: no page is asked for at all
        assert site.requests[-1].headers["if-modified-since"] == "Tue, 07 May 2024 09:00:00 GMT"


def test_a_changed_feed_fetches_only_its_new_entries(site, tmp_path):
    urls = serve_pages(site, 3)
    site.add("/feed.xml", rss(list(zip(urls[:2], DAYS[:2], strict=True))))
    state = FetchState()
    read(tmp_path, state, source("rss", site.url("/feed.xml")))
    site.add("/feed.xml", rss([(urls[2], "Thu, 09 May 2024 08:00:00 GMT"), *zip(urls[:2], DAYS[:2], strict=True)]))
    site.requests.clear()
    second = read(tmp_path, state, source("rss", site.url("/feed.xml")))
    assert [r.url for r in second.inputs] == [urls[2]]
    assert site.paths_requested() == ["/robots.txt", "/feed.xml", "/world/story-2.html"]


def test_a_tracking_variant_of_a_url_is_the_same_input(site, tmp_path):
    site.add("/a.html", PAGES[0])
    site.add("/home-canonical.html", PAGES[1].replace(b"<head>", b'<head><link rel="canonical" href="/">', 1))
    tracked = site.url("/a.html?utm_source=newsletter&utm_medium=email#comments")
    site.add("/feed.xml", rss([(site.url("/a.html"), DAYS[0]), (tracked, DAYS[0]),
                               (site.url("/home-canonical.html"), DAYS[0])]))
    result = read(tmp_path, FetchState(), source("rss", site.url("/feed.xml")))
    assert site.paths_requested().count("/a.html") == 1
    assert result.rejections == []
    assert [r.url for r in result.inputs] == [site.url("/a.html"), site.url("/home-canonical.html")]
    # The corpus page names its original address; a canonical naming the home page is ignored.
    assert result.inputs[0].source_uri == declared_canonical(PAGES[0], site.url("/a.html"))
    assert result.inputs[0].source_uri.startswith("https://www.")
    assert result.inputs[1].source_uri == site.url("/home-canonical.html")


def test_a_page_whose_canonical_was_already_taken_is_not_a_second_input(site, tmp_path):
    body = b"<p>" + b"The council met on Tuesday to discuss the budget for roads and schools. " * 5 + b"</p>"
    original = b'<html><head><link rel="canonical" href="/story"></head><body>' + body + b"</body></html>"
    site.add("/story", original)
    site.add("/amp/story", original)
    site.add("/print/story", original)
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(site.url(p) for p in ("/story", "/amp/story", "/print/story")))
    result = read(tmp_path, FetchState(), source("urls", str(listing)))
    assert [r.source_uri for r in result.inputs] == [site.url("/story")]


@pytest.mark.parametrize(
    ("fields", "expected_paths"),
    [
        ({}, ["/world/story-0.html", "/world/story-1.html", "/sport/story-0.html"]),
        ({"include": ["/world/"]}, ["/world/story-0.html", "/world/story-1.html"]),
        ({"since": "2024-01-01"}, ["/world/story-0.html", "/world/story-1.html"]),
        ({"max_per_run": 1}, ["/world/story-0.html"]),
        ({"include": ["/sport/"], "since": "2024-01-01"}, []),
        ({"language": "fr"}, []),  # the feed says it is English
    ],
    ids=["all", "include", "since", "max_per_run", "include-and-since", "language"],
)
def test_include_since_max_per_run_and_language_filter_entries(site, tmp_path, fields, expected_paths):
    world = serve_pages(site, 2)
    sport = serve_pages(site, 1, prefix="/sport/story-", first=2)
    site.add("/feed.xml", rss([(world[0], DAYS[0]), (world[1], DAYS[1]), (sport[0], DAYS[2])]))
    result = read(tmp_path, FetchState(), source("rss", site.url("/feed.xml"), **fields))
    assert [r.url for r in result.inputs] == [site.url(p) for p in expected_paths]
    assert [p for p in site.paths_requested() if "story" in p] == expected_paths


def test_max_per_run_leaves_the_rest_for_the_next_run(site, tmp_path):
    urls = serve_pages(site, 3)
    site.add("/feed.xml", rss(list(zip(urls, DAYS, strict=True))))
    state = FetchState()
    spec = source("rss", site.url("/feed.xml"), max_per_run=2)
    first = read(tmp_path, state, spec)
    second = read(tmp_path, state, spec)  # the feed is not remembered as seen: it was not read to its end
    assert [r.url for r in first.inputs] == urls[:2]
    assert [r.url for r in second.inputs] == urls[2:]


@pytest.mark.parametrize(
    ("path", "body", "content_type", "reason"),
    [
        ("/api/story.json", b'{"title": "Budget", "body": "text"}', "application/json", RejectReason.NOT_HTML),
        ("/report.pdf", b"%PDF-1.7 not really", "application/pdf", RejectReason.NOT_HTML),
        ("/huge.html", b"<p>" + b"word " * 300_000 + b"</p>", "text/html", RejectReason.TOO_LARGE),
        ("/missing.html", None, "text/html", RejectReason.HTTP_ERROR),
    ],
)
def test_pages_that_cannot_be_articles_are_rejected_with_a_reason(site, tmp_path, path, body, content_type, reason):
    if body is not None:
        site.add(path, body, content_type=content_type)
    listing = tmp_path / "urls.txt"
    listing.write_text(site.url(path) + "\n")
    result = read(tmp_path, FetchState(), source("urls", str(listing)), max_bytes=MB)
    assert [(r.source_uri, r.reason) for r in result.rejections] == [(site.url(path), reason)]
    assert result.inputs == []


def test_an_unreachable_host_is_a_fetch_failure_not_a_crash(tmp_path):
    with LocalSite() as gone:
        url = gone.url("/story.html")
    listing = tmp_path / "urls.txt"
    listing.write_text(url + "\n")
    result = read(tmp_path, FetchState(), source("urls", str(listing), obey_robots=False))
    assert [r.reason for r in result.rejections] == [RejectReason.FETCH_FAILED]
    assert "ConnectError" in result.rejections[0].detail


def test_a_broken_feed_is_one_rejection_naming_the_source(site, tmp_path):
    site.add("/feed.xml", "<html><body>This is not a feed</body></html>")
    result = read(tmp_path, FetchState(), source("rss", site.url("/feed.xml")))
    assert [r.reason for r in result.rejections] == [RejectReason.UNSUPPORTED_FORMAT]
    assert result.rejections[0].detail.startswith("source test-rss: ")


def test_the_user_agent_names_the_project(site, tmp_path):
    url = serve_pages(site, 1)[0]
    listing = tmp_path / "urls.txt"
    listing.write_text(url)
    read(tmp_path, FetchState(), source("urls", str(listing)))
    assert all(r.headers["user-agent"].startswith("newsfacts/") for r in site.requests)


def test_an_unchanged_sitemap_index_still_leads_to_its_changed_sitemaps(site, tmp_path):
    urls = serve_pages(site, 3)
    site.add("/news.xml", sitemap([(urls[0], "2024-05-01")]))
    site.add("/old.xml.gz", gzipped(sitemap([(urls[1], "2023-05-01")])))
    site.add("/sitemap.xml", sitemap_index([site.url("/news.xml"), site.url("/old.xml.gz")]))
    state = FetchState()
    first = read(tmp_path, state, source("sitemap", site.url("/sitemap.xml")))
    site.add("/news.xml", sitemap([(urls[2], "2024-05-02"), (urls[0], "2024-05-01")]))
    site.requests.clear()
    second = read(tmp_path, state, source("sitemap", site.url("/sitemap.xml")))
    assert [r.url for r in first.inputs] == urls[:2]
    assert [r.url for r in second.inputs] == [urls[2]]
    assert [(r.path, r.status) for r in site.requests if r.path != "/robots.txt"] == [
        ("/sitemap.xml", 304), ("/news.xml", 200), ("/old.xml.gz", 304), ("/world/story-2.html", 200)]


@pytest.mark.parametrize(
    ("answers", "detail"),
    [
        ([(302, {"Location": "/loop.html"})] * 8, "too many redirects"),
        ([(301, {"Location": "ftp://127.0.0.1/story.txt"})], "UnsupportedProtocol"),
    ],
    ids=["redirect-loop", "redirect-to-ftp"],
)
def test_bad_redirects_are_fetch_failures(site, tmp_path, answers, detail):
    site.add("/loop.html", PAGES[0]).statuses = list(answers)
    listing = tmp_path / "urls.txt"
    listing.write_text(site.url("/loop.html"))
    result = read(tmp_path, FetchState(), source("urls", str(listing)))
    assert [r.reason for r in result.rejections] == [RejectReason.FETCH_FAILED]
    assert detail in result.rejections[0].detail
