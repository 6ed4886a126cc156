"""The CeleryExecutor mode's configuration, service checks and metadata database set-up."""

from __future__ import annotations

import os
import socket
import stat
import uuid
from dataclasses import replace

import psycopg2
import pytest

from newsfacts.config import DistributedSettings, load_settings
from newsfacts.distributed import (
    ServiceUnavailable,
    celery_environment,
    check_broker,
    checked_executor,
    component_commands,
    ensure_metadata_database,
)
from tests.conftest import run_cli

ADMIN_URL = DistributedSettings().postgres_admin_url


def closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def settings(tmp_path):
    return replace(load_settings(), airflow_home=tmp_path / "airflow")


@pytest.mark.parametrize(("url", "expected"), [
    ("postgresql+psycopg2://nf@127.0.0.1:5432/nf_airflow", "postgresql+psycopg2://nf@127.0.0.1:5432/nf_airflow"),
    # SQLAlchemy 2.1 reads a bare postgresql:// as psycopg 3, which is not installed.
    ("postgresql://nf:secret@db.internal:6543/nf_airflow", "postgresql+psycopg2://nf:secret@db.internal:6543/nf_airflow"),
])
def test_celery_environment_points_airflow_at_the_services(settings, url, expected):
    distributed = DistributedSettings(executor="celery", metadata_db_url=url, queue="q1",
                                      broker_url="redis://10.0.0.5:6379/3")
    env = celery_environment(settings, distributed, api_port=18080)
    assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] == expected
    assert env["AIRFLOW__CELERY__RESULT_BACKEND"] == "db+" + expected
    assert env["AIRFLOW__CELERY__BROKER_URL"] == "redis://10.0.0.5:6379/3"
    assert env["AIRFLOW__OPERATORS__DEFAULT_QUEUE"] == "q1"
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://127.0.0.1:18080/execution/"
    assert env["AIRFLOW_HOME"] == str(settings.airflow_home)
    assert env["AIRFLOW__API__HOST"] == "127.0.0.1"


def test_workers_on_other_hosts_reach_the_api_server_at_its_configured_address(settings):
    distributed = DistributedSettings(executor="celery", api_host="0.0.0.0", api_url="http://host-a:8080")
    env = celery_environment(settings, distributed, api_port=8080)
    assert env["AIRFLOW__API__HOST"] == "0.0.0.0"
    assert env["AIRFLOW__API__BASE_URL"] == "http://host-a:8080"
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://host-a:8080/execution/"


def test_every_component_gets_one_jwt_secret_kept_private(settings):
    distributed = DistributedSettings(executor="celery")
    first = celery_environment(settings, distributed, 8080)["AIRFLOW__API_AUTH__JWT_SECRET"]
    second = celery_environment(settings, distributed, 8080)["AIRFLOW__API_AUTH__JWT_SECRET"]
    assert first == second and len(first) >= 32
    assert stat.S_IMODE((settings.airflow_home / "jwt_secret").stat().st_mode) == 0o600
    chosen = replace(distributed, jwt_secret="shared-by-every-host")
    assert celery_environment(settings, chosen, 8080)["AIRFLOW__API_AUTH__JWT_SECRET"] == "shared-by-every-host"


def test_components_and_workers_with_distinct_names():
    distributed = DistributedSettings(executor="celery", queue="nf", worker_concurrency=3)
    commands = component_commands(distributed, workers=2)
    assert list(commands) == ["api-server", "scheduler", "dag-processor", "worker-1", "worker-2"]
    worker = commands["worker-1"]
    assert worker[:2] == ["celery", "worker"]
    assert worker[worker.index("--queues") + 1] == "nf"
    assert worker[worker.index("--concurrency") + 1] == "3"
    assert "--skip-serve-logs" in worker
    names = {command[command.index("--celery-hostname") + 1] for command in
             (commands["worker-1"], commands["worker-2"])}
    assert len(names) == 2
    remote = component_commands(distributed, workers=1, control_plane=False, serve_logs=True)
    assert list(remote) == ["worker-1"] and "--skip-serve-logs" not in remote["worker-1"]


@pytest.mark.parametrize(("name", "accepted"), [
    ("local", True), ("celery", True), ("kubernetes", False), ("", False), ("Celery ", False),
])
def test_only_known_executors_are_accepted(name, accepted):
    if accepted:
        assert checked_executor(name) == name
    else:
        with pytest.raises(ServiceUnavailable, match="unknown executor"):
            checked_executor(name)


def test_an_unreachable_broker_is_one_clear_error():
    port = closed_port()
    with pytest.raises(ServiceUnavailable, match=f"Redis broker at 127.0.0.1:{port} cannot be reached"):
        check_broker(DistributedSettings(broker_url=f"redis://127.0.0.1:{port}/0"))


def test_the_local_broker_answers():
    check_broker(DistributedSettings())


def test_an_unreachable_database_is_one_clear_error():
    port = closed_port()
    distributed = DistributedSettings(
        metadata_db_url=f"postgresql+psycopg2://nf@127.0.0.1:{port}/nf_airflow",
        postgres_admin_url=f"postgresql://postgres@127.0.0.1:{port}/postgres",
    )
    with pytest.raises(ServiceUnavailable, match=f"PostgreSQL at 127.0.0.1:{port}"):
        ensure_metadata_database(distributed)


def test_the_metadata_database_and_its_role_are_created_once():
    name = f"newsfacts_unit_{uuid.uuid4().hex[:8]}"
    distributed = DistributedSettings(metadata_db_url=f"postgresql+psycopg2://{name}@127.0.0.1:5432/{name}")
    try:
        assert ensure_metadata_database(distributed) is True
        assert ensure_metadata_database(distributed) is False
        with psycopg2.connect(f"postgresql://{name}@127.0.0.1:5432/{name}") as con, con.cursor() as cursor:
            cursor.execute("select current_user, current_database()")
            assert cursor.fetchone() == (name, name)
            # The role owns its database: Airflow's migrations can create tables in it.
            cursor.execute("create table migration_probe (id int)")
        con.close()
    finally:
        admin = psycopg2.connect(ADMIN_URL)
        admin.autocommit = True
        with admin.cursor() as cursor:
            cursor.execute(f'drop database if exists "{name}" with (force)')
            cursor.execute(f'drop role if exists "{name}"')
        admin.close()


@pytest.mark.parametrize(("args", "env", "message"), [
    (["airflow", "--executor", "local", "--workers", "2"], {}, "--workers and --worker-only need --executor celery"),
    (["airflow"], {"NEWSFACTS_AIRFLOW_EXECUTOR": "kubernetes"}, "unknown executor 'kubernetes'"),
    (["airflow", "--executor", "celery"], {"NEWSFACTS_CELERY_BROKER_URL": "redis://127.0.0.1:{port}/0"},
     "Redis broker at 127.0.0.1:{port} cannot be reached"),
])
def test_the_airflow_command_fails_at_once_on_bad_settings(tmp_path, args, env, message):
    port = closed_port()
    result = run_cli(args, {**os.environ, "AIRFLOW_HOME": str(tmp_path / "airflow"),
                            **{key: value.format(port=port) for key, value in env.items()}})
    assert result.returncode == 2, result.stderr
    assert message.format(port=port) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
