"""Superset serves the dashboard-as-code on the published warehouse, and its charts show its rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest
import requests

from tests.bi.conftest import CHROMIUM_FLAGS, free_port

# What each chart must show: the same question asked of the warehouse directly.
EXPECTED_SQL = {
    "Events over time by type": """
        select date_trunc('month', event_date) as event_date, event_type, count(*) as count
        from fct_events group by all""",
    "Events by country": """
        select country_code, count(*) as count, sum(n_publishers) as publishers
        from fct_events where country_code is not null group by all""",
    "Articles by publisher and day": """
        select date_trunc('day', published_date) as published_date, publisher_name, count(*) as count
        from dim_articles group by all""",
    "Figure claims, corroboration and disagreements": """
        select has_disagreement, noun, value, unit, context_place, n_publishers, n_articles
        from fct_figure_claims
        order by has_disagreement desc, n_publishers desc, noun, value, unit, context_place, n_articles desc
        limit 200""",
    "Top cited sources by type": """
        select dim_sources.source_type, dim_sources.name as source_name,
            count(distinct fct_citations.article_id) as citing_articles,
            sum(fct_citations.n_mentions) as mentions
        from fct_citations inner join dim_sources on fct_citations.source_id = dim_sources.source_id
        group by all order by citing_articles desc, mentions desc, source_name, source_type
        limit 25""",
    "Data quality of the last run": """
        select success, severity, suite, expectation, column_name, observed_value, unexpected_count
        from quality_results
        where run_id = (select arg_max(run_id, validated_at) from quality_results)""",
}


@pytest.fixture(scope="module")
def superset(warehouse: Path, tmp_path_factory) -> Iterator[str]:
    """Superset set up from nothing in a private home, serving on a free 127.0.0.1 port."""
    from newsfacts.config import load_settings
    from newsfacts.superset import set_up, start_server, wait_until_healthy

    settings = replace(load_settings(), data_dir=tmp_path_factory.mktemp("bi-data"))
    set_up(settings)
    base_url = f"http://127.0.0.1:{free_port()}"
    log = settings.bi_dir / "server.log"
    server = start_server(settings, int(base_url.rsplit(":", 1)[1]), log)
    try:
        wait_until_healthy(base_url, server)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=60)


@pytest.fixture(scope="module")
def api(superset: str) -> requests.Session:
    """A REST session logged in as the local admin."""
    from newsfacts.superset import ADMIN_PASSWORD, ADMIN_USER

    session = requests.Session()
    login = session.post(f"{superset}/api/v1/security/login", timeout=60, json={
        "username": ADMIN_USER, "password": ADMIN_PASSWORD, "provider": "db", "refresh": False})
    login.raise_for_status()
    session.headers["Authorization"] = f"Bearer {login.json()['access_token']}"
    return session


def _comparable(value):
    """Superset's JSON form of a DuckDB value: epoch milliseconds for dates, rounded floats."""
    if isinstance(value, dt.datetime | dt.date):
        moment = value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())
        return int(moment.replace(tzinfo=dt.UTC).timestamp() * 1000)
    if isinstance(value, float):
        return round(value, 6)
    return value


def _charts(api: requests.Session, superset: str) -> dict[str, int]:
    found = api.get(f"{superset}/api/v1/chart/", params={"q": "(page_size:100)"}, timeout=60)
    found.raise_for_status()
    return {chart["slice_name"]: chart["id"] for chart in found.json()["result"]}


def test_the_dashboard_and_its_charts_are_imported(api, superset):
    dashboards = api.get(f"{superset}/api/v1/dashboard/", timeout=60).json()["result"]
    assert [d["slug"] for d in dashboards] == ["newsfacts"]
    assert set(_charts(api, superset)) == set(EXPECTED_SQL)


def test_the_warehouse_is_registered_read_only(api, superset, warehouse):
    databases = api.get(f"{superset}/api/v1/database/", timeout=60).json()["result"]
    assert [d["database_name"] for d in databases] == ["newsfacts"]
    connection = api.get(f"{superset}/api/v1/database/{databases[0]['id']}/connection", timeout=60)
    connection.raise_for_status()
    detail = connection.json()["result"]
    assert detail["sqlalchemy_uri"] == f"duckdb:///{warehouse}?access_mode=read_only"
    assert not detail["allow_dml"] and not detail["allow_file_upload"]


@pytest.mark.parametrize("slice_name", sorted(EXPECTED_SQL))
def test_each_chart_shows_the_warehouse_rows(api, superset, warehouse, slice_name):
    chart_id = _charts(api, superset)[slice_name]
    response = api.get(f"{superset}/api/v1/chart/{chart_id}/data/", timeout=120)
    assert response.status_code == 200, response.text[:2000]
    result = response.json()["result"][0]
    got = [tuple(row[name] for name in result["colnames"]) for row in result["data"]]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        cursor = con.execute(EXPECTED_SQL[slice_name])
        assert [d[0] for d in cursor.description] == result["colnames"]
        expected = [tuple(_comparable(v) for v in row) for row in cursor.fetchall()]
    got = [tuple(_comparable(v) for v in row) for row in got]
    assert expected, f"{slice_name}: the warehouse has no rows for this chart"
    assert sorted(got, key=repr) == sorted(expected, key=repr)


def _log_in(page, superset: str, user: str, password: str, screenshot: Path,
            attempts: int = 3) -> None:
    """Log in through Superset's login form, as a reader would.

    The form is drawn by React: typed before its script has bound the inputs, the credentials
    can be lost and the server sends the browser back to /login/ (seen once in CI, on the first
    run after Chromium was installed). So each attempt waits for the inputs, checks they hold
    what was typed, and a lost attempt is tried again; the last failure leaves a screenshot
    of the page and is raised as it is.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(1, attempts + 1):
        try:
            page.goto(f"{superset}/login/", timeout=120_000)
            page.wait_for_load_state("networkidle", timeout=120_000)
            for selector, value in (("input#username", user), ("input#password", password)):
                page.locator(selector).wait_for(state="visible", timeout=60_000)
                page.fill(selector, value)
                assert page.input_value(selector) == value
            page.keyboard.press("Enter")
            page.wait_for_url("**/superset/welcome/**", timeout=60_000)
            return
        except PlaywrightTimeout:
            if attempt == attempts:
                page.screenshot(path=str(screenshot), full_page=True)
                raise


def test_the_dashboard_renders_in_chromium(superset, chromium, browser_profile, artifacts):
    from playwright.sync_api import sync_playwright

    from newsfacts.superset import ADMIN_PASSWORD, ADMIN_USER, DASHBOARD_SLUG

    with sync_playwright() as driver:
        browser = driver.chromium.launch_persistent_context(
            str(browser_profile), executable_path=chromium, headless=True, args=CHROMIUM_FLAGS,
            viewport={"width": 1400, "height": 1800},
        )
        try:
            page = browser.new_page()
            _log_in(page, superset, ADMIN_USER, ADMIN_PASSWORD, artifacts / "login-failed.png")
            page.goto(f"{superset}/superset/dashboard/{DASHBOARD_SLUG}/")
            # Every chart has drawn: a canvas (ECharts), table rows or the world map's countries.
            # Locators, not wait_for_function: Superset's CSP forbids the eval that one needs.
            charts = page.locator("[data-test=chart-container]")
            charts.nth(len(EXPECTED_SQL) - 1).wait_for(timeout=120_000)
            for index in range(len(EXPECTED_SQL)):
                drawn = charts.nth(index).locator("canvas, table tbody tr, svg path.datamaps-subunit")
                drawn.first.wait_for(timeout=120_000)
            n_charts = charts.count()
            errors = page.query_selector_all("[data-test=chart-container] .alert-danger")
            page.screenshot(path=str(artifacts / "dashboard.png"), full_page=True)
        finally:
            browser.close()
    assert n_charts == len(EXPECTED_SQL)
    assert not errors, "a chart shows an error"
    assert (artifacts / "dashboard.png").stat().st_size > 10_000
