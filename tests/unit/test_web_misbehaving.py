"""A misbehaving server on 127.0.0.1, and the fetch log that says where every URL it was asked for ended."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsfacts.clean import clean_kept_input
from newsfacts.ingest.fetch import FetchPolicy, FetchState, PoliteFetcher
from newsfacts.ingest.sources import discover_from_sources
from newsfacts.ingest.sources_file import Source
from newsfacts.records import Article, FetchOutcome, RawInput, Rejection, RejectReason
from tests.local_site import LocalSite, corpus_pages, rss

NOW = datetime(2024, 6, 1, 12, tzinfo=UTC)
MB = 1024 * 1024
PAGES = corpus_pages(3)
DAY = "Mon, 06 May 2024 08:00:00 GMT"
LEAD = "The city council voted on Tuesday to raise the budget for roads and schools by four percent. "


@pytest.fixture
def site():
    with LocalSite() as local:
        yield local


def read(tmp_path: Path, *sources: Source, policy: FetchPolicy | None = None, real_time: bool = False):
    """Discover from sources; pauses are skipped unless `real_time`. Returns (inputs, rejections, fetch log)."""
    policy = policy or FetchPolicy(max_bytes=MB, timeout_seconds=0.3, max_attempts=2, backoff_seconds=0.01)
    options = {} if real_time else {"sleep": lambda _seconds: None}
    log: list = []
    with PoliteFetcher(policy, FetchState(), **options) as fetcher:
        found = list(discover_from_sources(list(sources), tmp_path / "raw", policy.max_bytes, NOW, fetcher.state,
                                           fetcher=fetcher, fetch_log=log))
    return ([f for f in found if isinstance(f, RawInput)], [f for f in found if isinstance(f, Rejection)], log)


def url_list(tmp_path: Path, site: LocalSite, *paths: str, **fields) -> Source:
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(site.url(p) if p.startswith("/") else p for p in paths))
    return Source(name="picks", kind="urls", location=str(listing), requests_per_second=100, **fields)


def test_a_server_slower_than_the_timeout_is_a_timeout(site, tmp_path):
    site.add("/slow.html", PAGES[0], delay_seconds=1.0)
    inputs, rejections, log = read(tmp_path, url_list(tmp_path, site, "/slow.html"))
    assert inputs == [] and [r.reason for r in rejections] == [RejectReason.TIMEOUT]
    assert "within 0.3 s" in rejections[0].detail
    assert site.paths_requested().count("/slow.html") == 2  # retried once, then given up
    assert [(e.outcome, e.reason) for e in log if e.role == "page"] == [(FetchOutcome.REJECTED, "timeout")]


def test_a_server_trickling_bytes_is_cut_off_as_a_timeout(site, tmp_path):
    site.add("/trickle.html", PAGES[0], stream_chunk_bytes=2048, chunk_delay_seconds=0.05)
    _inputs, rejections, _log = read(tmp_path, url_list(tmp_path, site, "/trickle.html"))
    # Every read returns within the 0.3 s timeout; the whole answer does not.
    assert [r.reason for r in rejections] == [RejectReason.TIMEOUT]
    assert "cut off" in rejections[0].detail


def test_a_huge_body_without_content_length_is_stopped_at_the_limit(site, tmp_path):
    site.add("/huge.html", b"<p>" + b"word " * 400_000 + b"</p>", stream_chunk_bytes=64 * 1024)
    policy = FetchPolicy(max_bytes=256 * 1024, timeout_seconds=5)
    with PoliteFetcher(policy) as fetcher:
        found = list(discover_from_sources([url_list(tmp_path, site, "/huge.html")], tmp_path / "raw",
                                           policy.max_bytes, NOW, fetcher.state, fetcher=fetcher))
        assert fetcher.bytes_downloaded == 0
    assert [(f.reason, "download stopped" in f.detail) for f in found] == [(RejectReason.TOO_LARGE, True)]
    assert "content-length" not in {k.lower() for k in site.requests[-1].headers}  # the server sent none


def test_a_redirect_is_followed_and_its_final_url_logged(site, tmp_path):
    site.add("/old.html", PAGES[0]).statuses = [(301, {"Location": "/new.html"})]
    site.add("/new.html", PAGES[0])
    inputs, rejections, log = read(tmp_path, url_list(tmp_path, site, "/old.html"))
    assert rejections == [] and [r.url for r in inputs] == [site.url("/old.html")]
    (page,) = [e for e in log if e.role == "page"]
    assert (page.final_url, page.http_status) == (site.url("/new.html"), 200)


def test_a_redirect_loop_is_one_fetch_failure_with_a_clear_reason(site, tmp_path):
    site.add("/a.html", PAGES[0]).statuses = [(302, {"Location": "/b.html"})] * 10
    site.add("/b.html", PAGES[0]).statuses = [(302, {"Location": "/a.html"})] * 10
    _inputs, rejections, log = read(tmp_path, url_list(tmp_path, site, "/a.html"))
    assert [(r.reason, "too many redirects" in r.detail) for r in rejections] == [(RejectReason.FETCH_FAILED, True)]
    assert [e.outcome for e in log if e.role == "page"] == [FetchOutcome.REJECTED]


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_is_waited_out_then_the_page_is_had(site, tmp_path, status):
    site.add("/busy.html", PAGES[0]).statuses = [(status, {"Retry-After": "1"})]
    inputs, rejections, _log = read(tmp_path, url_list(tmp_path, site, "/busy.html"), real_time=True,
                                    policy=FetchPolicy(max_bytes=MB, timeout_seconds=5, max_attempts=3))
    assert rejections == [] and len(inputs) == 1
    asked = [r for r in site.requests if r.path == "/busy.html"]
    assert [r.status for r in asked] == [status, 200]
    # Measured on the server's own clock: the second request came after the pause it asked for.
    assert asked[1].at - asked[0].at >= 1.0


def test_requests_to_one_host_never_exceed_its_rate(site, tmp_path):
    paths = [f"/story-{i}.html" for i in range(6)]
    for path in paths:
        site.add(path, PAGES[0])
    spec = url_list(tmp_path, site, *paths)
    read(tmp_path, spec.model_copy(update={"requests_per_second": 20}), real_time=True)
    times = [r.at for r in site.requests]
    assert len(times) == 7  # robots.txt and six pages
    # Arrival times as the server logged them: no two requests closer than 1 / rate.
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert min(gaps) >= 1 / 20, gaps


TEASERS = [
    ("paywall-stub", f"<h1>Budget</h1><p>{LEAD}</p><div class=\"paywall\">Subscribe to read the rest.</div>",
     RejectReason.TEASER),
    ("read-more", f"<h1>Budget</h1><p>{LEAD * 3} <a href=\"/full\">Continue reading</a></p>",
     RejectReason.TEASER),
    ("subscribers-only", f"<h1>Budget</h1><p>{LEAD * 2} This article is for subscribers only.</p>",
     RejectReason.TEASER),
    # Must not match: a whole article that happens to link to "read more" of another story.
    ("long-article-with-link", f"<h1>Budget</h1><p>{LEAD * 12}</p><p><a href=\"/x\">Read more</a></p>", None),
    ("short-article-no-marker", f"<h1>Budget</h1><p>{LEAD * 3}</p>", None),
    # The publisher's own paywall flag: a lead of a hundred words is a stub, a whole article is not.
    ("paywall-flag-on-a-short-lead", "<script type=\"application/ld+json\">{\"isAccessibleForFree\": false}</script>"
     f"<h1>Budget</h1><p>{LEAD * 5}</p>", RejectReason.TEASER),
    ("paywall-flag-on-a-full-article", "<script type=\"application/ld+json\">{\"isAccessibleForFree\": false}</script>"
     f"<h1>Budget</h1><p>{LEAD * 12}</p>", None),
]


@pytest.mark.parametrize(("name", "body", "reason"), TEASERS, ids=[t[0] for t in TEASERS])
def test_teasers_and_paywall_stubs_are_quarantined(site, tmp_path, name, body, reason):
    site.add(f"/{name}.html", f"<html><head><title>Budget</title></head><body><article>{body}</article></body></html>")
    inputs, _rejections, _log = read(tmp_path, url_list(tmp_path, site, f"/{name}.html"))
    (cleaned,) = [clean_kept_input(raw, NOW) for raw in inputs]
    if reason is None:
        assert isinstance(cleaned, Article), cleaned
    else:
        assert isinstance(cleaned, Rejection) and cleaned.reason == reason, cleaned
        assert "teaser" in cleaned.detail


def test_one_article_under_many_urls_is_fetched_once(site, tmp_path):
    site.add("/news/story", PAGES[0].replace(b"<head>", b'<head><link rel="canonical" href="/news/story">', 1))
    site.add("/amp/news/story", PAGES[0].replace(b"<head>", b'<head><link rel="canonical" href="/news/story">', 1))
    https_variant = site.url("/news/story").replace("http://", "https://")
    site.add("/feed.xml", rss([(site.url(p), DAY) for p in ("/news/story", "/news/story/",
                                                            "/news/story?utm_campaign=spring&fbclid=x")]
                              + [(https_variant, DAY), (site.url("/amp/news/story"), DAY)]))
    feed = Source(name="world", kind="rss", location=site.url("/feed.xml"), requests_per_second=100)
    inputs, rejections, log = read(tmp_path, feed)
    assert rejections == [] and [r.source_uri for r in inputs] == [site.url("/news/story")]
    assert site.paths_requested().count("/news/story") == 1
    pages = [(e.outcome, e.input_uri) for e in log if e.role == "page"]
    assert pages == [(FetchOutcome.FETCHED, site.url("/news/story"))] + [(FetchOutcome.SAME_AS, site.url("/news/story"))] * 4


def test_every_listed_url_has_exactly_one_fetch_log_row(site, tmp_path):
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.add("/world/a.html", PAGES[0])
    site.add("/world/b.html", PAGES[1])
    site.add("/world/data.json", b'{"a": 1}', content_type="application/json")
    site.add("/private/c.html", PAGES[2])
    listed = [site.url(p) for p in ("/world/a.html", "/world/b.html", "/world/data.json", "/private/c.html",
                                    "/sport/d.html", "/world/gone.html", "/world/e.html")]
    site.add("/feed.xml", rss([(url, DAY) for url in listed]))
    feed = Source(name="world", kind="rss", location=site.url("/feed.xml"), requests_per_second=100,
                  include=("/world/", "/private/"), max_per_run=5)
    inputs, rejections, log = read(tmp_path, feed)
    pages = {e.listed_url: (e.outcome, e.reason, e.http_status) for e in log if e.role == "page"}
    assert len([e for e in log if e.role == "page"]) == len(listed)
    assert pages == {
        listed[0]: (FetchOutcome.FETCHED, None, 200),
        listed[1]: (FetchOutcome.FETCHED, None, 200),
        listed[2]: (FetchOutcome.FETCHED, None, 200),  # fetched, then quarantined as not_html
        listed[3]: (FetchOutcome.REJECTED, "robots_disallowed", None),
        listed[4]: (FetchOutcome.FILTERED, None, None),
        listed[5]: (FetchOutcome.REJECTED, "http_error", 404),
        listed[6]: (FetchOutcome.DEFERRED, None, None),  # the sixth wanted page: over max_per_run
    }
    assert [(e.role, e.outcome) for e in log if e.role == "listing"] == [("listing", FetchOutcome.FETCHED)]
    # Every fetched or rejected page names the input or rejection it became.
    placed = {r.source_uri for r in inputs} | {r.source_uri for r in rejections}
    assert {e.input_uri for e in log if e.role == "page" and e.outcome in (FetchOutcome.FETCHED,
                                                                          FetchOutcome.REJECTED)} == placed


def test_a_feed_date_is_used_only_when_the_page_has_none(site, tmp_path):
    site.add("/undated.html", "<html><head><title>Budget</title></head><body><article><h1>Budget</h1>"
                              f"<p>{LEAD * 5}</p></article></body></html>")
    site.add("/dated.html", PAGES[0])
    site.add("/feed.xml", rss([(site.url("/undated.html"), DAY), (site.url("/dated.html"), DAY)]))
    inputs, _rejections, _log = read(tmp_path, Source(name="world", kind="rss", location=site.url("/feed.xml"),
                                                      requests_per_second=100))
    undated, dated = [clean_kept_input(raw, NOW) for raw in inputs]
    assert (undated.published_date.isoformat(), undated.published_date_source) == ("2024-05-06", "listing")
    # The page states its own date: the feed's (a later re-listing, say) does not replace it.
    assert dated.published_date_source == "page" and dated.published_date.isoformat() != "2024-05-06"
