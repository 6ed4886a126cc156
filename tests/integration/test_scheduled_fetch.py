"""The fetch DAG under a real scheduler: triggered over the REST API, it runs the pipeline on a feed."""

from __future__ import annotations

import json
from dataclasses import replace

import duckdb
import pytest

from newsfacts.config import load_settings
from newsfacts.ingest.urls import declared_canonical
from newsfacts.scheduler import start_standalone, stop_process_group
from tests.integration.test_scheduler import RUN_SECONDS, STARTUP_SECONDS, call, free_port, wait_for
from tests.local_site import LocalSite, corpus_pages, rss

pytestmark = pytest.mark.slow

FETCH_DAG_ID = "newsfacts_fetch"
PIPELINE_DAG_ID = "newsfacts_pipeline"
PAGES = corpus_pages(2)
DAY = "Mon, 06 May 2024 08:00:00 GMT"
# Ticks that never come during a test: only the triggered run may start.
NEVER = "0 0 29 2 1"


@pytest.fixture
def scheduled_fetch(tmp_path, monkeypatch):
    """Standalone Airflow whose fetch DAG follows a feed on a local HTTP server."""
    with LocalSite() as site:
        for i, page in enumerate(PAGES):
            site.add(f"/world/story-{i}.html", page)
        site.add("/feed.xml", rss([(site.url(f"/world/story-{i}.html"), DAY) for i in range(len(PAGES))]),
                 content_type="application/rss+xml")
        sources = tmp_path / "sources.yml"
        sources.write_text(f"sources:\n  - name: local-world\n    kind: rss\n"
                           f"    location: {site.url('/feed.xml')}\n    requests_per_second: 50\n")
        warehouse = tmp_path / "published" / "newsfacts.duckdb"
        for name, value in {"NEWSFACTS_DATA_DIR": str(tmp_path / "data"), "NEWSFACTS_SOURCES": str(sources),
                            "NEWSFACTS_WAREHOUSE": str(warehouse), "NEWSFACTS_FETCH_SCHEDULE": NEVER,
                            "NEWSFACTS_SCHEDULE": NEVER}.items():
            monkeypatch.setenv(name, value)
        settings = replace(load_settings(), airflow_home=tmp_path / "airflow", data_dir=tmp_path / "data")
        port = free_port()
        log = tmp_path / "airflow.log"
        process = start_standalone(settings, port, log_path=log)
        try:
            yield f"http://127.0.0.1:{port}", settings, warehouse, site, log
        finally:
            stop_process_group(process)


def test_the_fetch_dag_runs_the_pipeline_on_the_feed(scheduled_fetch):
    base, settings, warehouse, site, log = scheduled_fetch

    def log_tail() -> str:
        return log.read_text()[-5000:] if log.exists() else ""

    passwords = settings.airflow_home / "passwords.json"
    wait_for(passwords.exists, STARTUP_SECONDS, f"generated admin password; log tail: {log_tail()}")
    password = json.loads(passwords.read_text())["admin"]
    token = wait_for(lambda: call(base, "/auth/token", body={"username": "admin", "password": password})[1]
                     .get("access_token"), STARTUP_SECONDS, "a token")
    for dag_id in (FETCH_DAG_ID, PIPELINE_DAG_ID):
        wait_for(lambda dag_id=dag_id: call(base, f"/api/v2/dags/{dag_id}", token)[0] == 200,
                 STARTUP_SECONDS, f"{dag_id} parsed")

    def trigger():
        # SQLite answers "database is locked" (HTTP 500) while the scheduler writes; ask again.
        status, run = call(base, f"/api/v2/dags/{FETCH_DAG_ID}/dagRuns", token, {"logical_date": None})
        assert status in (200, 500), (status, run)
        return run if status == 200 else None

    run = wait_for(trigger, 120, "the API to accept the trigger")

    def finished(dag_id: str, run_id: str):
        state = call(base, f"/api/v2/dags/{dag_id}/dagRuns/{run_id}", token)[1].get("state")
        return state if state in ("success", "failed") else None

    assert wait_for(lambda: finished(FETCH_DAG_ID, run["dag_run_id"]), RUN_SECONDS, "the fetch run") == "success", \
        log_tail()
    pipeline_runs = call(base, f"/api/v2/dags/{PIPELINE_DAG_ID}/dagRuns", token)[1]["dag_runs"]
    assert [(r["run_type"], r["state"], r["conf"]) for r in pipeline_runs] == [
        ("operator_triggered", "success", {"sources": str(settings.sources_file)})]

    with duckdb.connect(str(warehouse), read_only=True) as con:
        urls = [url for (url,) in con.execute("select source_uri from dim_articles order by all").fetchall()]
        fetched = con.execute("select count(*) from fct_fetches where fetch_outcome = 'fetched' "
                              "and listed_url like '%/world/%'").fetchone()[0]
    assert urls == sorted(declared_canonical(page, "http://unused/") for page in PAGES)
    assert fetched == len(PAGES)
    assert {request.path for request in site.requests} >= {"/feed.xml", "/world/story-0.html"}
