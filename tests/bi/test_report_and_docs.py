"""The run's report and dbt docs open offline in headless Chromium and draw their content."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.bi.conftest import CHROMIUM_FLAGS


@pytest.fixture(scope="module")
def settings(warehouse: Path):
    from newsfacts.config import load_settings

    return load_settings().with_run_paths(None, warehouse)


def open_page(chromium: str, profile: Path, url: str, screenshot: Path, ready: str) -> dict:
    """Load url in headless Chromium, wait for the ready selector, screenshot; return what it saw."""
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    with sync_playwright() as driver:
        browser = driver.chromium.launch_persistent_context(
            str(profile), executable_path=chromium, headless=True, args=CHROMIUM_FLAGS,
            viewport={"width": 1200, "height": 1600},
        )
        try:
            page = browser.new_page()
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda error: problems.append(str(error)))
            page.goto(url)
            page.locator(ready).first.wait_for(timeout=60_000)
            seen = {
                "svg": page.locator("svg").count(),
                "canvas": page.locator("canvas").count(),
                "text": page.inner_text("body"),
                "problems": problems,
            }
            page.screenshot(path=str(screenshot), full_page=True)
        finally:
            browser.close()
    return seen


def test_the_report_was_written_after_the_snapshot(settings):
    report = settings.report_dir / "index.html"
    assert report.exists(), f"no report at {report}"
    assert report.stat().st_mtime >= settings.warehouse.stat().st_mtime


def test_the_report_needs_no_network(settings):
    page = (settings.report_dir / "index.html").read_text()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<script" not in page


def test_the_report_renders_its_charts(settings, chromium, browser_profile, artifacts):
    seen = open_page(chromium, browser_profile, (settings.report_dir / "index.html").as_uri(),
                     artifacts / "report.png", "section svg")
    assert seen["problems"] == []
    assert seen["svg"] >= 3, "timeline, sources and publishers charts"
    for heading in ("Timeline of events", "Figure claims", "Top cited sources",
                    "Articles by publisher", "Data quality of the last run"):
        assert heading in seen["text"]
    assert (artifacts / "report.png").stat().st_size > 10_000


def test_the_dbt_docs_render_from_a_file(settings, chromium, browser_profile, artifacts):
    docs = settings.analyst_docs_dir / "index.html"
    assert docs.exists(), f"no dbt docs at {docs}"
    seen = open_page(chromium, browser_profile, docs.as_uri() + "#!/model/model.newsfacts.fct_figure_claims",
                     artifacts / "dbt-docs.png", "text=has_disagreement")
    assert "fct_figure_claims" in seen["text"]
