"""Start `airflow standalone` for scheduled runs, in its own process group, and stop it cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from newsfacts.airflow_env import WRITER_POOL, airflow_environment, prepare_metadata_database
from newsfacts.config import Settings, child_environment


def start_standalone(settings: Settings, port: int, log_path: Path | None = None) -> subprocess.Popen:
    """Launch `airflow standalone` bound to 127.0.0.1:port as the leader of a new process group.

    The metadata database is migrated and the one-slot writer pool created first, so runs that
    overlap (a backfill beside the schedule) write the working DuckDB one at a time.
    """
    settings.airflow_home.mkdir(parents=True, exist_ok=True)
    bin_dir = Path(sys.executable).parent
    env = child_environment({
        **airflow_environment(settings, api_port=port),
        "NEWSFACTS_SCHEDULE": settings.schedule,
        "NEWSFACTS_WRITER_POOL": WRITER_POOL,
    })
    # LocalExecutor runs mapped extract tasks side by side, one per core: each uses one process.
    env.setdefault("NEWSFACTS_EXTRACT_PROCESSES", "1")
    # `airflow standalone` starts its parts by name: the venv's bin must come first on PATH.
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    print(f"migrating the metadata database and creating the pool {WRITER_POOL} (1 slot) ...", flush=True)
    prepare_metadata_database(env)
    output = log_path.open("ab") if log_path else None
    return subprocess.Popen(
        [str(bin_dir / "airflow"), "standalone"],
        env=env,
        cwd=settings.project_root,
        start_new_session=True,
        stdout=output,
        stderr=subprocess.STDOUT if output else None,
    )


def stop_process_group(process: subprocess.Popen, grace_seconds: float = 30.0) -> None:
    """SIGTERM the whole group, wait, then SIGKILL whatever is left."""
    try:
        group = os.getpgid(process.pid)
    except ProcessLookupError:
        return
    for sig, wait in ((signal.SIGTERM, grace_seconds), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(group, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if process.poll() is not None and not _group_alive(group):
                return
            time.sleep(0.2)


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def run_in_foreground(settings: Settings, port: int, process: subprocess.Popen | None = None) -> int:
    """Run Airflow (standalone, unless a started group is given) until Ctrl-C or SIGTERM, then stop it all."""
    process = process or start_standalone(settings, port)
    print(f"Airflow is starting on http://127.0.0.1:{port} (AIRFLOW_HOME={settings.airflow_home})")
    print(f"Log in as 'admin'; the password is in {settings.airflow_home / 'passwords.json'}")
    stopping = False

    def request_stop(signum, _frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    try:
        while not stopping and process.poll() is None:
            time.sleep(0.5)
    finally:
        print("stopping Airflow and its children ...")
        stop_process_group(process)
    # A stop the user asked for is a clean exit; Airflow dying on its own is not.
    return 0 if stopping else (process.returncode or 1)
