"""The same DAG on Airflow's CeleryExecutor: local PostgreSQL metadata, local Redis, two workers.

Starts the API server, scheduler, DAG processor and two Celery workers (`newsfacts airflow
--executor celery`'s supervisor), triggers a run over the REST API on the samples, and checks
that the extract batches ran on both workers, that the metadata and Celery results landed in
PostgreSQL, and that the published warehouse has the articles. Everything it started, its
database, its role and its Redis keys are gone afterwards. Under CI=true an unreachable
PostgreSQL or Redis fails the test; elsewhere it skips with the reason.
"""

from __future__ import annotations

import json
import os
import re
import time
import uuid
from dataclasses import replace

import duckdb
import psycopg2
import pytest
import redis

from newsfacts.config import DistributedSettings, load_settings
from newsfacts.distributed import ServiceUnavailable, check_broker, start_celery_airflow
from newsfacts.scheduler import stop_process_group
from tests.conftest import SAMPLES
from tests.integration.test_scheduler import DAG_ID, call, free_port, wait_for

pytestmark = pytest.mark.slow

ADMIN_URL = DistributedSettings().postgres_admin_url
STARTUP_SECONDS = 180
RUN_SECONDS = 420


def unreachable_services(distributed: DistributedSettings) -> str | None:
    """Why PostgreSQL or Redis cannot be used here, or None when both answer."""
    try:
        psycopg2.connect(ADMIN_URL, connect_timeout=5).close()
    except psycopg2.OperationalError as exc:
        return f"PostgreSQL at 127.0.0.1:5432 cannot be reached: {str(exc).strip()}"
    try:
        check_broker(distributed)
    except ServiceUnavailable as exc:
        return str(exc)
    return None


def drop_database_and_role(name: str) -> None:
    admin = psycopg2.connect(ADMIN_URL)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'drop database if exists "{name}" with (force)')
        cursor.execute(f'drop role if exists "{name}"')
    admin.close()


def delete_queue_keys(broker_url: str, queue: str) -> None:
    client = redis.Redis.from_url(broker_url)
    keys = list(client.scan_iter(match=f"*{queue}*"))
    if keys:
        client.delete(*keys)


@pytest.fixture(scope="module")
def celery_airflow(tmp_path_factory):
    """A CeleryExecutor deployment on a database, role and queue of its own; stopped and dropped after."""
    name = f"newsfacts_celery_{uuid.uuid4().hex[:8]}"
    distributed = DistributedSettings(
        executor="celery", metadata_db_url=f"postgresql+psycopg2://{name}@127.0.0.1:5432/{name}",
        queue=name, workers=2, worker_concurrency=1,
    )
    if reason := unreachable_services(distributed):
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    home = tmp_path_factory.mktemp("celery")
    port = free_port()
    with pytest.MonkeyPatch.context() as env:
        # The workers read these from their environment: three batches of three samples each.
        env.setenv("NEWSFACTS_DATA_DIR", str(home / "data"))
        env.setenv("NEWSFACTS_BATCH_SIZE", "3")
        settings = replace(load_settings(), airflow_home=home / "airflow", data_dir=home / "data")
        process = None
        try:
            process = start_celery_airflow(settings, distributed, port, log_dir=home / "logs")
            yield f"http://127.0.0.1:{port}", settings, distributed, process, home
        finally:
            if process is not None:
                stop_process_group(process)
            drop_database_and_role(name)
            delete_queue_keys(distributed.broker_url, name)


@pytest.fixture(scope="module")
def finished_run(celery_airflow):
    """Trigger one run on the samples over the REST API and wait until it ends."""
    base, settings, _distributed, _process, home = celery_airflow
    logs = home / "logs"

    def log_tails() -> str:
        return "\n".join(f"== {log.name}\n{log.read_text(errors='replace')[-2000:]}" for log in sorted(logs.glob("*.log")))

    started = time.monotonic()
    wait_for(lambda: call(base, "/api/v2/monitor/health")[0] == 200, STARTUP_SECONDS, "the API server")
    passwords = settings.airflow_home / "passwords.json"
    wait_for(passwords.exists, 60, "generated admin password")
    password = json.loads(passwords.read_text())["admin"]
    token = wait_for(lambda: call(base, "/auth/token", body={"username": "admin", "password": password})[1]
                     .get("access_token"), 60, "a token")
    wait_for(lambda: call(base, f"/api/v2/dags/{DAG_ID}", token)[0] == 200, STARTUP_SECONDS,
             f"DAG parsed; logs:\n{log_tails()}")
    warehouse = home / "published" / "newsfacts.duckdb"
    status, run = call(base, f"/api/v2/dags/{DAG_ID}/dagRuns", token,
                       {"logical_date": None, "conf": {"inbox": str(SAMPLES), "warehouse": str(warehouse)}})
    assert status == 200, (status, run)
    triggered = time.monotonic()

    def finished():
        state = call(base, f"/api/v2/dags/{DAG_ID}/dagRuns/{run['dag_run_id']}", token)[1].get("state")
        return state if state in ("success", "failed") else None

    state = wait_for(finished, RUN_SECONDS, "the triggered run")
    # Reported, not asserted: start-up until the DAG was triggered, then the run itself.
    print(f"celery mode: start-up {triggered - started:.0f} s, run {time.monotonic() - triggered:.0f} s")
    instances = call(base, f"/api/v2/dags/{DAG_ID}/dagRuns/{run['dag_run_id']}/taskInstances?limit=100",
                     token)[1]["task_instances"]
    return state, run["dag_run_id"], instances, warehouse, log_tails()


def test_the_run_succeeds_on_celery_workers(finished_run):
    state, _run_id, instances, _warehouse, tails = finished_run
    assert state == "success", tails
    extracts = [ti for ti in instances if ti["task_id"] == "extract"]
    assert len(extracts) == 3
    assert {ti["state"] for ti in instances} == {"success"}


def test_the_writing_steps_share_one_slot(finished_run, celery_airflow):
    base, settings = celery_airflow[0], celery_airflow[1]
    instances = finished_run[2]
    writers = {ti["task_id"]: ti["pool"] for ti in instances
               if ti["task_id"] in ("load", "transform", "validate", "publish", "analyst_docs")}
    assert writers == dict.fromkeys(["load", "transform", "validate", "publish", "analyst_docs"], "newsfacts_writer")
    password = json.loads((settings.airflow_home / "passwords.json").read_text())["admin"]
    token = call(base, "/auth/token", body={"username": "admin", "password": password})[1]["access_token"]
    assert call(base, "/api/v2/pools/newsfacts_writer", token)[1]["slots"] == 1


def test_extract_batches_ran_on_both_workers(finished_run, celery_airflow):
    home = celery_airflow[4]
    run_id = finished_run[1]
    extracts_by_worker = {}
    for number in (1, 2):
        log = (home / "logs" / f"worker-{number}.log").read_text(errors="replace")
        extracts_by_worker[number] = {
            int(index) for line in log.splitlines() if "Executing workload" in line and run_id in line
            for index in re.findall(r"task_id='extract'.*?map_index=(\d+)", line)
        }
    assert extracts_by_worker[1] and extracts_by_worker[2], extracts_by_worker
    assert extracts_by_worker[1] | extracts_by_worker[2] == {0, 1, 2}
    assert not extracts_by_worker[1] & extracts_by_worker[2]


def test_metadata_and_celery_results_are_in_postgresql(finished_run, celery_airflow):
    distributed = celery_airflow[2]
    run_id = finished_run[1]
    url = distributed.metadata_db_url.replace("+psycopg2", "")

    def count(query: str, *parameters) -> int:
        with psycopg2.connect(url) as con, con.cursor() as cursor:
            cursor.execute(query, parameters)
            rows = cursor.fetchone()[0]
        con.close()
        return rows

    assert count("select count(*) from task_instance where run_id = %s and state = 'success'",
                 run_id) == len(finished_run[2])
    # A worker stores its Celery result just after the task reported its own state.
    wait_for(lambda: count("select count(*) from celery_taskmeta where status = 'SUCCESS'")
             >= len(finished_run[2]), 30, "every Celery result in PostgreSQL")


def test_the_published_warehouse_has_the_articles(finished_run):
    warehouse = finished_run[3]
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from dim_articles").fetchone()[0] == 9
        assert con.execute("select count(*) from fct_figures").fetchone()[0] > 0


def test_stopping_the_group_stops_every_component(finished_run, celery_airflow):
    process = celery_airflow[3]
    group = os.getpgid(process.pid)
    stop_process_group(process)
    with pytest.raises(ProcessLookupError):
        os.killpg(group, 0)
    assert process.returncode == 0
