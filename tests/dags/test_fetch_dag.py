"""The scheduled fetch DAG: every 15 minutes when a sources file is set, one run at a time, no catch-up."""

from __future__ import annotations

import runpy

import pytest
from airflow.sdk.exceptions import AirflowFailException

from newsfacts import pipeline
from newsfacts.config import load_settings
from tests.conftest import PROJECT_ROOT

FETCH_DAG = PROJECT_ROOT / "dags" / "newsfacts_fetch.py"
EXAMPLE = PROJECT_ROOT / "include" / "sources.example.yml"


def parse(monkeypatch, **env: str):
    """The fetch DAG as the DAG processor builds it under these environment variables."""
    for name in ("NEWSFACTS_SOURCES", "NEWSFACTS_FETCH_SCHEDULE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(FETCH_DAG))["fetch_dag"]


def test_with_a_sources_file_it_runs_every_15_minutes_one_at_a_time(monkeypatch):
    dag = parse(monkeypatch, NEWSFACTS_SOURCES=str(EXAMPLE))
    assert dag.timetable.expression == "*/15 * * * *"
    assert dag.catchup is False and dag.max_active_runs == 1
    trigger = dag.get_task("run_pipeline")
    assert trigger.upstream_task_ids == {"check_sources"}
    assert trigger.trigger_dag_id == "newsfacts_pipeline" and trigger.wait_for_completion
    assert trigger.conf == {"sources": "{{ ti.xcom_pull(task_ids='check_sources') }}"}


def test_the_schedule_is_a_setting(monkeypatch):
    dag = parse(monkeypatch, NEWSFACTS_SOURCES=str(EXAMPLE), NEWSFACTS_FETCH_SCHEDULE="*/5 * * * *")
    assert dag.timetable.expression == "*/5 * * * *"


def test_without_a_sources_file_it_is_not_scheduled(monkeypatch):
    assert parse(monkeypatch).timetable.can_be_scheduled is False


def test_the_sources_file_is_checked_before_anything_is_fetched(monkeypatch, tmp_path):
    monkeypatch.delenv("NEWSFACTS_SOURCES", raising=False)
    with pytest.raises(AirflowFailException, match="NEWSFACTS_SOURCES is not set"):
        pipeline.scheduled_sources_file(load_settings())
    bad = tmp_path / "sources.yml"
    bad.write_text("sources:\n  - name: world\n    kind: telegraph\n    location: https://example.org/\n")
    with pytest.raises(AirflowFailException, match=r"sources.yml: source 'world', field 'kind'"):
        pipeline.scheduled_sources_file(load_settings().with_sources(bad))
    assert pipeline.scheduled_sources_file(load_settings().with_sources(EXAMPLE)) == str(EXAMPLE)
