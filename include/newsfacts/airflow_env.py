"""Environment for a project-local Airflow: SQLite metadata, LocalExecutor, our DAGs, no telemetry."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newsfacts.config import OFFLINE_ENV, Settings, set_environment_defaults
from newsfacts.cores import available_cores

# Schedules that are no cron expression: no timetable of ours, Airflow reads them as they are.
NOT_CRON = {"", "none", "@once", "@continuous"}
# One slot: load, dbt, GX, publish and dbt docs of every run (backfills included) write one at a
# time. `make airflow` and `make airflow-celery` create it; `newsfacts run` (one run, dag.test())
# keeps Airflow's default pool.
WRITER_POOL = "newsfacts_writer"


class AirflowSetupError(RuntimeError):
    """Migrating the metadata database or creating the writer pool failed."""


def prepare_metadata_database(env: dict[str, str]) -> None:
    """Migrate the metadata database `env` points at and create the one-slot writer pool in it."""
    airflow = Path(sys.executable).parent / "airflow"
    migrated = subprocess.run([str(airflow), "db", "migrate"], env=env, capture_output=True, text=True,
                              check=False)
    if migrated.returncode != 0:
        raise AirflowSetupError("airflow db migrate failed on the metadata database: "
                                + (migrated.stderr.strip().splitlines() or ["no output"])[-1])
    pool = subprocess.run([str(airflow), "pools", "set", WRITER_POOL, "1",
                           "the single writer of the working DuckDB"],
                          env=env, capture_output=True, text=True, check=False)
    if pool.returncode != 0:
        raise AirflowSetupError(f"could not create the Airflow pool {WRITER_POOL}: "
                                + (pool.stderr.strip().splitlines() or ["no output"])[-1])


def airflow_environment(settings: Settings, api_port: int = 8080) -> dict[str, str]:
    """Variables that point Airflow at this project; callers may override any of them."""
    home = settings.airflow_home
    return {
        **OFFLINE_ENV,
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(settings.project_root / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        # LocalExecutor starts this many worker processes (Airflow's default is 32).
        "AIRFLOW__CORE__PARALLELISM": str(available_cores()),
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home / 'airflow.db'}",
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": str(api_port),
        "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{api_port}",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{api_port}/execution/",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": "admin:admin",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(home / "passwords.json"),
        "AIRFLOW__CORE__ALLOWED_DESERIALIZATION_CLASSES_REGEXP": r"newsfacts\..*",
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
        "AIRFLOW__SCHEDULER__MIN_FILE_PROCESS_INTERVAL": "10",
        "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "10",
    }


def apply_airflow_environment(settings: Settings) -> None:
    """Point this process at the project-local Airflow, keeping values the user already set."""
    settings.airflow_home.mkdir(parents=True, exist_ok=True)
    set_environment_defaults(airflow_environment(settings))


def pipeline_schedule(expression: str):
    """The DAG's schedule: a cron or preset whose first run waits for its next tick.

    With a start_date in the past, Airflow runs the latest missed tick as soon as the scheduler
    first sees the DAG (catchup=False does not stop that); without one, a zero `run_immediately`
    window makes the first run wait for the next tick, so nobody gets a run they did not ask for.
    """
    if expression.strip().lower() in NOT_CRON:
        return None if expression.strip().lower() in ("", "none") else expression
    from datetime import timedelta

    from airflow.sdk import CronTriggerTimetable

    # Not `run_immediately=False`: Airflow 3.3 still runs a tick up to 5 minutes old with it.
    return CronTriggerTimetable(expression, timezone="UTC", run_immediately=timedelta(0))
