"""`newsfacts run` stops at once on SIGTERM or Ctrl-C (SIGINT), whole, and leaves the snapshot alone.

A real `newsfacts run` process gets the signal once its discover step has written the run's
files (extraction is then under way); no timing is assumed, the test polls with a deadline.
"""

from __future__ import annotations

import hashlib
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import psutil
import pytest

from newsfacts.cli import STOP_GRACE_SECONDS
from newsfacts.pipeline import settings_for_run
from tests.conftest import SAMPLES

pytestmark = pytest.mark.slow

DEADLINE_SECONDS = 240


def identity(path: Path) -> tuple[int, int, str]:
    return path.stat().st_ino, path.stat().st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest()


def processes_naming(marker: str) -> list[psutil.Process]:
    """Live (non-zombie) processes whose command line names the marker."""
    found = []
    for process in psutil.process_iter(["cmdline", "status"]):
        try:
            if process.info["status"] != psutil.STATUS_ZOMBIE and marker in " ".join(process.info["cmdline"] or []):
                found.append(process)
        except psutil.Error:
            continue
    return found


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_run_stops_at_once_and_leaves_the_published_snapshot(stop_signal, tmp_path, airflow_env):
    inbox = tmp_path / f"inbox-{stop_signal.name}"
    shutil.copytree(SAMPLES, inbox)
    warehouse = tmp_path / "out" / "newsfacts.duckdb"
    warehouse.parent.mkdir()
    with duckdb.connect(str(warehouse)) as con:  # the snapshot analysts read: must not change
        con.execute("create table dim_articles as select 'before' as title")
    warehouse.chmod(0o444)
    before = identity(warehouse)
    runs = settings_for_run(str(inbox), str(warehouse)).work_dir / "runs"

    logs = tmp_path / "logs"
    logs.mkdir()
    with (logs / "stdout").open("w") as out, (logs / "stderr").open("w") as err:
        run = subprocess.Popen(
            [str(Path(sys.executable).parent / "newsfacts"), "run", "--inbox", str(inbox),
             "--warehouse", str(warehouse)],
            env=airflow_env, stdout=out, stderr=err,
        )
    try:
        deadline = time.monotonic() + DEADLINE_SECONDS
        while not list(runs.glob("*/discovery-rejections.parquet")):
            assert run.poll() is None, (logs / "stderr").read_text()[-3000:]
            assert time.monotonic() < deadline, "discover never finished"
            time.sleep(0.05)  # polling interval only
        assert run.poll() is None, "the run ended before it could be stopped"

        run.send_signal(stop_signal)
        signalled = time.monotonic()
        returncode = run.wait(timeout=30)
        stopped_after = time.monotonic() - signalled
    finally:
        if run.poll() is None:
            run.kill()

    assert returncode == 128 + stop_signal, (logs / "stderr").read_text()[-3000:]
    assert stopped_after < STOP_GRACE_SECONDS + 3
    assert f"stopped by {stop_signal.name}" in (logs / "stderr").read_text()
    assert processes_naming(str(inbox)) == []  # the DAG's process and its workers are gone
    assert identity(warehouse) == before
    assert [p.name for p in warehouse.parent.iterdir()] == [warehouse.name]
