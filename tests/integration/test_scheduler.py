"""`make airflow`'s launcher: standalone Airflow on 127.0.0.1, a run triggered over the REST API.

The launcher creates the one-slot writer pool, and the steps that write the working DuckDB run
in it, so overlapping runs (a backfill beside the schedule) cannot collide.
"""

from __future__ import annotations

import json
import os
import socket
import time
import urllib.error
import urllib.request
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from newsfacts.airflow_env import WRITER_POOL
from newsfacts.config import load_settings
from newsfacts.scheduler import start_standalone, stop_process_group
from tests.conftest import SAMPLES

DAG_ID = "newsfacts_pipeline"
STARTUP_SECONDS = 240
RUN_SECONDS = 600


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def call(base: str, path: str, token: str | None = None, body: dict | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(
        base + path,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})},
        method="GET" if body is None else "POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as exc:
        return exc.code, {}


def wait_for(predicate, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if value := predicate():
                return value
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def airflow_server(tmp_path, monkeypatch):
    port = free_port()
    monkeypatch.setenv("NEWSFACTS_DATA_DIR", str(tmp_path / "data"))
    settings = replace(load_settings(), airflow_home=tmp_path / "airflow", data_dir=tmp_path / "data")
    log = tmp_path / "airflow.log"
    process = start_standalone(settings, port, log_path=log)
    try:
        yield f"http://127.0.0.1:{port}", settings, process, log
    finally:
        stop_process_group(process)


def test_triggered_run_succeeds_and_the_group_stops(airflow_server, tmp_path):
    base, settings, process, log = airflow_server
    health = wait_for(lambda: call(base, "/api/v2/monitor/health")[1].get("scheduler"), STARTUP_SECONDS,
                      f"health endpoint; log tail: {log.read_text()[-3000:] if log.exists() else ''}")
    assert health["status"] == "healthy" or health.get("latest_scheduler_heartbeat")

    passwords = settings.airflow_home / "passwords.json"
    wait_for(passwords.exists, 60, "generated admin password")
    password = json.loads(passwords.read_text())["admin"]
    status, body = call(base, "/auth/token", body={"username": "admin", "password": password})
    assert status in (200, 201), status
    token = body["access_token"]

    wait_for(lambda: call(base, f"/api/v2/dags/{DAG_ID}", token)[0] == 200, STARTUP_SECONDS, "DAG parsed")
    warehouse = tmp_path / "published" / "newsfacts.duckdb"
    body = {"logical_date": None, "conf": {"inbox": str(SAMPLES), "warehouse": str(warehouse)}}

    def trigger():
        # SQLite answers "database is locked" (HTTP 500) while the scheduler writes; ask again.
        status, run = call(base, f"/api/v2/dags/{DAG_ID}/dagRuns", token, body)
        assert status in (200, 500), (status, run)
        return run if status == 200 else None

    run = wait_for(trigger, 120, "the API to accept the trigger")

    def finished():
        state = call(base, f"/api/v2/dags/{DAG_ID}/dagRuns/{run['dag_run_id']}", token)[1].get("state")
        return state if state in ("success", "failed") else None

    assert wait_for(finished, RUN_SECONDS, "the triggered run") == "success", log.read_text()[-5000:]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from dim_articles").fetchone()[0] == 9

    status, pool = call(base, f"/api/v2/pools/{WRITER_POOL}", token)
    assert status == 200 and pool["slots"] == 1, (status, pool)
    status, listing = call(base, f"/api/v2/dags/{DAG_ID}/dagRuns/{run['dag_run_id']}/taskInstances", token)
    assert status == 200
    pools = {ti["task_id"]: ti["pool"] for ti in listing["task_instances"]}
    writers = {"load", "transform", "validate", "publish", "analyst_docs"}
    assert {task: pools[task] for task in writers} == dict.fromkeys(writers, WRITER_POOL), pools
    assert pools["extract"] == "default_pool"

    group = os.getpgid(process.pid)
    stop_process_group(process)
    with pytest.raises(ProcessLookupError):
        os.killpg(group, 0)
    assert process.poll() is not None
    assert Path(log).exists()
