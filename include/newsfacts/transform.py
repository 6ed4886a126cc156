"""Run `dbt build` on the working database, in a child process with telemetry off."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from newsfacts.config import Settings, child_environment, duckdb_memory_limit


class DbtBuildError(RuntimeError):
    """dbt build failed: a model did not build or a data test failed."""


def dbt_target_path(settings: Settings) -> Path:
    """Where dbt writes this settings' manifest.json and compiled SQL."""
    return settings.work_dir / "dbt" / "target"


def dbt_environment(settings: Settings) -> dict[str, str]:
    """Environment for a dbt child process that builds this settings' working database."""
    return child_environment({
        "NEWSFACTS_DUCKDB_PATH": str(settings.working_db),
        "DBT_PROFILES_DIR": str(settings.dbt_project_dir),
        "DBT_PROJECT_DIR": str(settings.dbt_project_dir),
        "DBT_TARGET_PATH": str(dbt_target_path(settings)),
        "DBT_LOG_PATH": str(settings.work_dir / "dbt" / "logs"),
        "NEWSFACTS_DUCKDB_MEMORY_LIMIT": duckdb_memory_limit(),
    })


def dbt_executable() -> str:
    """The dbt command of the running interpreter's environment."""
    candidate = Path(sys.executable).parent / "dbt"
    return str(candidate) if candidate.exists() else "dbt"


def _project_digest_path(settings: Settings) -> Path:
    """Where the digest of the dbt project that last built the incremental models is kept."""
    return settings.work_dir / "dbt" / "project.sha256"


def dbt_build(settings: Settings, selector: str | None = None, full_refresh: bool = False,
              while_building: Callable[[], None] | None = None) -> None:
    """Build and test every model; raise DbtBuildError with dbt's output when it fails.

    Incremental models add only what the latest loads changed. They are rebuilt from scratch
    (`--full-refresh`) when asked, and when the dbt project's files changed since their last
    build: new SQL must not leave rows built by the old SQL behind. Only those builds run the
    dbt unit tests, which depend on the SQL alone. `while_building` runs in this process while
    the dbt process builds (on the other core).
    """
    from newsfacts.fingerprint import files_digest

    project_digest = files_digest([settings.dbt_project_dir])
    digest_path = _project_digest_path(settings)
    stale = not digest_path.exists() or digest_path.read_text().strip() != project_digest
    # dbt's file log defaults to debug: 15,000 lines a build, a fifth of its time here.
    # Info keeps one line per node.
    command = [dbt_executable(), "build", "--no-use-colors", "--quiet", "--fail-fast",
               "--log-level-file", "info"]
    if selector:
        command += ["--select", selector]
    if full_refresh or stale:
        command.append("--full-refresh")
    else:
        # Unit tests check the SQL, not the data: they ran when this project was last built.
        command += ["--exclude-resource-type", "unit_test"]
    with subprocess.Popen(command, cwd=settings.dbt_project_dir, env=dbt_environment(settings),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as process:
        try:
            if while_building is not None:
                try:
                    while_building()
                except Exception as exc:  # noqa: BLE001 - a head start only; the build must go on
                    print(f"while dbt built: {while_building.__name__} failed: {exc}")
            stdout, stderr = process.communicate()
        except BaseException:
            process.kill()
            raise
    if process.returncode != 0:
        raise DbtBuildError(f"dbt build failed (exit {process.returncode}):\n{stdout}\n{stderr}")
    if selector is None:  # only a build of every model brings them all up to this project
        digest_path.parent.mkdir(parents=True, exist_ok=True)
        digest_path.write_text(project_digest + "\n")
    mode = "full refresh" if full_refresh or stale else "incremental"
    print(f"dbt build passed on {settings.working_db} ({mode})")
