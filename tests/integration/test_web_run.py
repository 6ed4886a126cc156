"""`newsfacts run --sources` reads a feed and a URL list from a local HTTP server into the warehouse, twice."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from newsfacts.ingest.urls import declared_canonical
from tests.conftest import run_cli, working_db
from tests.local_site import LocalSite, corpus_pages, rss

pytestmark = pytest.mark.slow

PAGES = corpus_pages(4)
NAV = ("<html><head><title>Sections</title></head><body><nav>"
       + "".join(f'<a href="/s/{i}">Section {i}</a>' for i in range(300)) + "</nav></body></html>")
DAY = "Mon, 06 May 2024 08:00:00 GMT"
TEASER = ("<html><head><title>Budget</title></head><body><article><h1>Budget</h1><p>The council voted on "
          "Tuesday to raise the budget for roads and schools.</p><div class=\"paywall\">Subscribe to read the "
          "rest of this article.</div></article></body></html>")
# Tiny limits, so the slow page costs two 1-second attempts.
FETCH_ENV = {"NEWSFACTS_FETCH_TIMEOUT_SECONDS": "1", "NEWSFACTS_FETCH_MAX_ATTEMPTS": "2",
             "NEWSFACTS_FETCH_BACKOFF_SECONDS": "0.1"}


@pytest.fixture(scope="module")
def site():
    with LocalSite() as local:
        local.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        for i, page in enumerate(PAGES[:3]):
            local.add(f"/world/story-{i}.html", page)
        local.add("/private/story.html", PAGES[3])
        local.add("/world/sections.html", NAV)
        local.add("/api/story.html", json.dumps({"title": "Budget", "body": "The council met. " * 40}))
        local.add("/world/budget.html", TEASER)
        local.add("/slow.html", PAGES[3], delay_seconds=3)
        # The first story again: with a tracking parameter, over https, with a trailing slash.
        variants = [local.url("/world/story-0.html?utm_source=rss"),
                    local.url("/world/story-0.html").replace("http://", "https://"),
                    local.url("/world/story-0.html/")]
        local.add("/feed.xml", rss([(local.url(f"/world/story-{i}.html"), DAY) for i in range(2)]
                                   + [(local.url("/world/sections.html"), DAY), (local.url("/world/budget.html"), DAY)]
                                   + [(variant, DAY) for variant in variants]),
                  content_type="application/rss+xml")
        yield local


@pytest.fixture(scope="module")
def runs(site, tmp_path_factory, airflow_env):
    root = tmp_path_factory.mktemp("web")
    (root / "urls.txt").write_text("\n".join(site.url(p) for p in (
        "/world/story-2.html", "/world/story-0.html?utm_source=newsletter", "/private/story.html",
        "/api/story.html", "/gone.html", "/slow.html")))
    sources = root / "sources.yml"
    sources.write_text(f"""sources:
  - name: local-world
    kind: rss
    location: {site.url("/feed.xml")}
    requests_per_second: 50
  - name: local-picks
    kind: urls
    location: urls.txt
    requests_per_second: 50
""")
    warehouse = root / "out" / "newsfacts.duckdb"
    env = {**airflow_env, **FETCH_ENV}
    first = run_cli(["run", "--sources", str(sources), "--warehouse", str(warehouse)], env)
    assert first.returncode == 0, first.stdout[-4000:] + first.stderr[-4000:]
    first_rows = snapshot(warehouse)
    site.requests.clear()
    second = run_cli(["run", "--sources", str(sources), "--warehouse", str(warehouse)], env)
    assert second.returncode == 0, second.stdout[-4000:] + second.stderr[-4000:]
    return warehouse, first_rows, list(site.requests)


def query(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


def snapshot(warehouse: Path) -> dict[str, list[tuple]]:
    return {
        "articles": query(warehouse, "select source_uri, title, word_count from dim_articles order by all"),
        "date_sources": query(warehouse, "select published_date_source, count(*) from dim_articles group by all"),
        "rejected": query(warehouse, "select source_uri, reason from rejected_inputs order by all"),
        "fetches": query(warehouse, "select run_id, listed_url, fetch_outcome, ends_in from fct_fetches order by all"),
    }


def test_fetched_articles_land_once_under_their_canonical_url(site, runs):
    _, first, _ = runs
    expected = sorted(declared_canonical(page, "http://unused/") for page in PAGES[:3])
    assert [uri for uri, _title, _words in first["articles"]] == expected
    assert all(words > 50 for _uri, _title, words in first["articles"])
    assert first["date_sources"] == [("page", 3)]  # each page states its own date


def test_pages_that_cannot_land_are_quarantined_with_reasons(site, runs):
    _, first, _ = runs
    assert dict(first["rejected"]) == {
        site.url("/world/sections.html"): "no_main_text",
        site.url("/api/story.html"): "not_html",
        site.url("/private/story.html"): "robots_disallowed",
        site.url("/gone.html"): "http_error",
        site.url("/world/budget.html"): "teaser",
        site.url("/slow.html"): "timeout",
    }


def test_every_url_a_source_named_ends_in_exactly_one_place(site, runs):
    warehouse, first, _ = runs
    first_run = min(run_id for run_id, *_ in first["fetches"])
    pages = {url: (outcome, ends_in) for run_id, url, outcome, ends_in in first["fetches"]
             if run_id == first_run and "/feed.xml" not in url}
    assert len(pages) == 13  # 7 feed entries and 6 lines of the URL list
    assert pages[site.url("/world/story-0.html?utm_source=rss")] == ("same_as", "dim_articles")
    assert pages[site.url("/world/story-0.html/")] == ("same_as", "dim_articles")
    assert pages[site.url("/slow.html")] == ("rejected", "rejected_inputs")
    assert pages[site.url("/world/budget.html")] == ("fetched", "rejected_inputs")
    # The accounting, in SQL: no URL that was fetched or rejected is in neither place, or in both.
    ((n_nowhere, n_both),) = query(warehouse, """
        select count(*) filter (where needs_place and ends_in is null),
               count(*) filter (where input_uri in (select source_uri from dim_articles)
                                  and input_uri in (select source_uri from rejected_inputs))
        from fct_fetches""")
    assert (n_nowhere, n_both) == (0, 0)


def test_the_second_run_downloads_no_page_and_changes_nothing(site, runs):
    warehouse, first, second_requests = runs
    assert {name: rows for name, rows in snapshot(warehouse).items() if name != "fetches"} == {
        name: rows for name, rows in first.items() if name != "fetches"}
    downloads = [(r.path, r.status) for r in second_requests if r.status == 200 and r.path != "/robots.txt"]
    # Only the page never had is asked for again (and times out again).
    assert downloads == [("/slow.html", 200)] * 2
    assert ("/feed.xml", 304) in [(r.path, r.status) for r in second_requests]
    ((n_landed, n_already),) = query(working_db(warehouse), "select n_landed, n_already_landed from raw.load_runs "
                                                            "order by loaded_at desc limit 1")
    assert n_landed == 0 and n_already == 0
