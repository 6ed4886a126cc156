"""Shared fixtures. Every test runs against a private data dir and AIRFLOW_HOME, never the user's."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SAMPLES = PROJECT_ROOT / "data" / "samples"
SHARED_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"

# Set before anything imports Airflow, which reads its configuration once.
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="newsfacts-tests-"))
os.environ.update(
    {
        "NEWSFACTS_DATA_DIR": str(_SESSION_HOME / "data"),
        "AIRFLOW_HOME": str(_SESSION_HOME / "airflow"),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "False",
        "GX_ANALYTICS_ENABLED": "False",
        "DO_NOT_TRACK": "1",
    }
)


@pytest.fixture(scope="session")
def session_home() -> Path:
    """Root of this test session's private files."""
    return _SESSION_HOME


@pytest.fixture(scope="session")
def airflow_env(session_home: Path) -> dict[str, str]:
    """Environment of a migrated project-local Airflow (SQLite) for child processes."""
    from newsfacts.airflow_env import airflow_environment
    from newsfacts.config import load_settings

    env = {**os.environ, **airflow_environment(load_settings())}
    Path(env["AIRFLOW_HOME"]).mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [str(Path(sys.executable).parent / "airflow"), "db", "migrate"],
        env=env, check=True, capture_output=True,
    )
    return env


def run_cli(args: list[str], env: dict[str, str], cwd: Path = PROJECT_ROOT) -> subprocess.CompletedProcess:
    """Run the installed `newsfacts` command and capture its output."""
    command = [str(Path(sys.executable).parent / "newsfacts"), *args]
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, check=False)


def working_db(warehouse: Path) -> Path:
    """The pipeline's private working database behind a published warehouse: raw, stg_ and int_ live here."""
    from newsfacts.config import load_settings

    return load_settings().with_run_paths(None, warehouse).working_db
