"""Publish the working database as a read-only snapshot, swapped in atomically.

Readers that hold the old snapshot open keep reading it (POSIX keeps the old inode
alive); the next connection sees the new one. The pipeline never writes the file
analysts open, so neither side ever waits for the other.
"""

from __future__ import annotations

import os
import shutil
import stat
import uuid
from pathlib import Path

READ_ONLY_MODE = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH


def _remove_leftovers(warehouse: Path) -> None:
    """Delete what a killed publish or a foreign writer left beside the warehouse.

    Staging copies of a publish that died before its rename are whole databases nobody
    will rename any more. A WAL file beside the published snapshot never belongs to the
    pipeline (it never writes that file); once the snapshot is replaced DuckDB refuses to
    open the new file with it ("WAL does not match database file"), so every reader fails.
    One run at a time writes a warehouse (max_active_runs=1), so nothing here is in use.
    """
    for stale in warehouse.parent.glob(f".{warehouse.name}.*.incoming"):
        stale.unlink(missing_ok=True)
    warehouse.with_name(f"{warehouse.name}.wal").unlink(missing_ok=True)


def publish_snapshot(working_db: Path, warehouse: Path) -> Path:
    """Copy the checkpointed working database next to the warehouse, then rename it over it."""
    import duckdb

    from newsfacts.faults import maybe_die

    with duckdb.connect(str(working_db)) as con:
        con.execute("checkpoint")
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(warehouse)
    staging = warehouse.with_name(f".{warehouse.name}.{uuid.uuid4().hex}.incoming")
    try:
        shutil.copyfile(working_db, staging)
        with staging.open("rb") as handle:
            os.fsync(handle.fileno())
        os.chmod(staging, READ_ONLY_MODE)
        maybe_die("publish.before_rename")
        os.replace(staging, warehouse)
    finally:
        staging.unlink(missing_ok=True)
    directory = os.open(warehouse.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    print(f"published {warehouse}")
    return warehouse


def connect_read_only(warehouse: Path):
    """Open the published warehouse the way analysts should: read-only."""
    import duckdb

    if not warehouse.exists():
        raise FileNotFoundError(f"no published warehouse at {warehouse}; run `newsfacts run` first")
    return duckdb.connect(str(warehouse), read_only=True)
