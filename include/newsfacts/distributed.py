"""The same DAG on Airflow's CeleryExecutor: PostgreSQL metadata, Redis broker, Celery workers.

`newsfacts airflow --executor celery` checks both services, creates the metadata database if
it is missing, migrates it, then starts a supervisor (`python -m newsfacts.distributed`) in a
new process group. The supervisor starts the API server, scheduler, DAG processor and the
Celery workers as its children, in that group, so stopping the group stops them all, as
`airflow standalone` does for the embedded mode.
"""

from __future__ import annotations

import json
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from newsfacts.airflow_env import (
    WRITER_POOL,
    AirflowSetupError,
    airflow_environment,
    prepare_metadata_database,
)
from newsfacts.config import DistributedSettings, Settings, child_environment

EXECUTORS = ("local", "celery")
# The parts of one Airflow deployment besides its workers; none of them runs tasks.
CONTROL_PLANE = ("api-server", "scheduler", "dag-processor")
CONNECT_TIMEOUT_SECONDS = 5
# A worker logs every workload it runs (task id and map index) at INFO: which worker ran what.
WORKER_ENVIRONMENT = {"AIRFLOW__LOGGING__LOGGING_LEVEL": "INFO"}


class ServiceUnavailable(Exception):
    """PostgreSQL or Redis cannot be reached, or the executor is unknown: one line says what to fix."""


def checked_executor(name: str) -> str:
    """The executor's name if it is one newsfacts runs, else one clear error."""
    if name not in EXECUTORS:
        raise ServiceUnavailable(f"unknown executor {name!r}: use one of {', '.join(EXECUTORS)} "
                                 "(NEWSFACTS_AIRFLOW_EXECUTOR or --executor)")
    return name


def _where(url: str) -> str:
    """host:port of a service URL, without its user or password."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return f"{parsed.host or 'localhost'}:{parsed.port or ''}".rstrip(":")


def _libpq_url(url: str) -> str:
    """A SQLAlchemy PostgreSQL URL as libpq reads it (no `+driver`, password kept)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(False)  # keep the password: libpq and Celery need it


def _psycopg2_url(url: str) -> str:
    """A PostgreSQL URL naming psycopg2, which is installed: SQLAlchemy 2.1's default is psycopg 3."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql+psycopg2").render_as_string(False)  # keep the password: libpq and Celery need it


def check_broker(distributed: DistributedSettings) -> None:
    """Ping the Redis broker, or fail with where it was looked for."""
    import redis

    try:
        redis.Redis.from_url(distributed.broker_url, socket_connect_timeout=CONNECT_TIMEOUT_SECONDS).ping()
    except redis.RedisError as exc:
        raise ServiceUnavailable(f"Redis broker at {_where(distributed.broker_url)} cannot be reached "
                                 f"({exc}); start it or set NEWSFACTS_CELERY_BROKER_URL") from exc


def ensure_metadata_database(distributed: DistributedSettings) -> bool:
    """Create the metadata database and its login role when missing; True if it was created."""
    import psycopg2
    from psycopg2 import sql
    from sqlalchemy.engine import make_url

    target = make_url(distributed.metadata_db_url)
    try:
        psycopg2.connect(_libpq_url(distributed.metadata_db_url), connect_timeout=CONNECT_TIMEOUT_SECONDS).close()
        return False
    except psycopg2.OperationalError as exc:
        missing = str(exc).strip().splitlines()[0]
    try:
        admin = psycopg2.connect(_libpq_url(distributed.postgres_admin_url), connect_timeout=CONNECT_TIMEOUT_SECONDS)
    except psycopg2.OperationalError as exc:
        raise ServiceUnavailable(
            f"PostgreSQL at {_where(distributed.metadata_db_url)}: {missing}; and the admin connection "
            f"to create it failed ({str(exc).strip().splitlines()[0]}); set NEWSFACTS_AIRFLOW_DB_URL "
            "or NEWSFACTS_POSTGRES_ADMIN_URL") from exc
    admin.autocommit = True
    try:
        with admin.cursor() as cursor:
            cursor.execute("select 1 from pg_roles where rolname = %s", (target.username,))
            if cursor.fetchone() is None:
                password = sql.SQL(" password {}").format(sql.Literal(target.password)) if target.password else sql.SQL("")
                cursor.execute(sql.SQL("create role {} login").format(sql.Identifier(target.username)) + password)
            cursor.execute("select 1 from pg_database where datname = %s", (target.database,))
            if cursor.fetchone() is None:
                cursor.execute(sql.SQL("create database {} owner {}").format(
                    sql.Identifier(target.database), sql.Identifier(target.username)))
    finally:
        admin.close()
    return True


def jwt_secret(settings: Settings, distributed: DistributedSettings) -> str:
    """The JWT secret every component signs and checks task tokens with; kept in AIRFLOW_HOME."""
    if distributed.jwt_secret:
        return distributed.jwt_secret
    path = settings.airflow_home / "jwt_secret"
    if not path.exists():
        settings.airflow_home.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(64))
    return path.read_text().strip()


def celery_environment(settings: Settings, distributed: DistributedSettings, api_port: int) -> dict[str, str]:
    """Airflow variables of the embedded mode, switched to the CeleryExecutor and its services."""
    api_url = distributed.api_url or f"http://127.0.0.1:{api_port}"
    return {
        **airflow_environment(settings, api_port=api_port),
        "AIRFLOW__API__HOST": distributed.api_host,
        "AIRFLOW__API__BASE_URL": api_url,
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{api_url}/execution/",
        "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
        # No worker processes hang on it here: only how many tasks run at once, cluster-wide.
        "AIRFLOW__CORE__PARALLELISM": "32",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": _psycopg2_url(distributed.metadata_db_url),
        "AIRFLOW__CELERY__BROKER_URL": distributed.broker_url,
        "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + _psycopg2_url(distributed.metadata_db_url),
        "AIRFLOW__CELERY__WORKER_CONCURRENCY": str(distributed.worker_concurrency),
        "AIRFLOW__OPERATORS__DEFAULT_QUEUE": distributed.queue,
        "AIRFLOW__API_AUTH__JWT_SECRET": jwt_secret(settings, distributed),
        # Each worker's log shows which tasks it received.
        "AIRFLOW__LOGGING__CELERY_LOGGING_LEVEL": "INFO",
        "NEWSFACTS_SCHEDULE": settings.schedule,
        "NEWSFACTS_WRITER_POOL": WRITER_POOL,
    }


def component_commands(distributed: DistributedSettings, workers: int, control_plane: bool = True,
                       serve_logs: bool = False) -> dict[str, list[str]]:
    """`airflow ...` arguments of every component to start, by name."""
    host = socket.gethostname()
    commands = {name: [name] for name in CONTROL_PLANE} if control_plane else {}
    for number in range(1, workers + 1):
        commands[f"worker-{number}"] = [
            "celery", "worker", "--celery-hostname", f"newsfacts-{number}@{host}",
            "--queues", distributed.queue, "--concurrency", str(distributed.worker_concurrency),
            "--without-mingle", "--without-gossip",
            # Workers beside the API server share its log folder; elsewhere they serve their logs.
            *([] if serve_logs else ["--skip-serve-logs"]),
        ]
    return commands


def prepare(distributed: DistributedSettings, env: dict[str, str], control_plane: bool = True) -> None:
    """Check the broker and the metadata database; for the control plane, set the database up.

    Setting up: create the database and its role if missing, migrate it, create the writer pool.
    """
    check_broker(distributed)
    if ensure_metadata_database(distributed):
        print(f"created the Airflow metadata database at {_where(distributed.metadata_db_url)}")
    if not control_plane:
        return
    try:
        prepare_metadata_database(env)
    except AirflowSetupError as exc:
        raise ServiceUnavailable(str(exc)) from exc


def start_celery_airflow(settings: Settings, distributed: DistributedSettings, port: int,
                         workers: int | None = None, control_plane: bool = True,
                         log_dir: Path | None = None) -> subprocess.Popen:
    """Prepare the services, then start the supervisor of every component in a new process group."""
    settings.airflow_home.mkdir(parents=True, exist_ok=True)
    bin_dir = Path(sys.executable).parent
    env = child_environment(celery_environment(settings, distributed, port))
    env["PATH"] = f"{bin_dir}:{env.get('PATH', '')}"
    # Workers run mapped extract tasks side by side: each task uses one process.
    env.setdefault("NEWSFACTS_EXTRACT_PROCESSES", "1")
    prepare(distributed, env, control_plane)
    log_dir = log_dir or settings.airflow_home / "components"
    log_dir.mkdir(parents=True, exist_ok=True)
    commands = component_commands(distributed, distributed.workers if workers is None else workers,
                                  control_plane=control_plane, serve_logs=not control_plane)
    return subprocess.Popen(
        [sys.executable, "-m", "newsfacts.distributed", json.dumps(commands), str(log_dir)],
        env=env, cwd=settings.project_root, start_new_session=True,
    )


def supervise(commands: dict[str, list[str]], log_dir: Path, grace_seconds: float = 30.0) -> int:
    """Run every component until SIGTERM or SIGINT, or until one of them dies; then stop them all."""
    airflow = str(Path(sys.executable).parent / "airflow")
    stop_signals: list[int] = []
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda signum, _frame: stop_signals.append(signum))
    running: dict[str, subprocess.Popen] = {}
    for name, arguments in commands.items():
        env = child_environment(WORKER_ENVIRONMENT if arguments[:2] == ["celery", "worker"] else None)
        with (log_dir / f"{name}.log").open("ab") as log:
            running[name] = subprocess.Popen([airflow, *arguments], env=env, stdout=log, stderr=subprocess.STDOUT)
        print(f"started {name} (pid {running[name].pid}), log {log_dir / f'{name}.log'}", flush=True)
    died = None
    while not stop_signals and died is None:
        died = next((name for name, process in running.items() if process.poll() is not None), None)
        time.sleep(0.5)
    if died:
        print(f"{died} exited with code {running[died].returncode}; stopping the others "
              f"(see {log_dir / f'{died}.log'})", file=sys.stderr, flush=True)
    for process in running.values():
        if process.poll() is None:
            process.terminate()
    deadline = time.monotonic() + grace_seconds
    for process in running.values():
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return 0 if stop_signals else 1


if __name__ == "__main__":
    raise SystemExit(supervise(json.loads(sys.argv[1]), Path(sys.argv[2])))
