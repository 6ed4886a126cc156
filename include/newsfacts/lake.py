"""Parquet files of one run: written atomically, so a retried task overwrites, never appends."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

DISCOVERY_REJECTIONS = "discovery-rejections.parquet"
ALREADY_LANDED = "already-landed.parquet"
ALREADY_REJECTED = "already-rejected.parquet"
# The fetch state a run's discover saw; promoted to Settings.fetch_state once the run has landed.
FETCH_STATE = "fetch-state.json"
# Every URL the run's web sources named and what became of it (raw.fetch_log).
FETCH_LOG = "fetch-log.parquet"


def safe_run_id(run_id: str) -> str:
    """A run id usable as a folder name ('manual__2024-01-01T00:00:00+00:00' -> ...)."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", run_id)


def run_dir(work_dir: Path, run_id: str) -> Path:
    """The folder holding one run's batch files."""
    return work_dir / "runs" / safe_run_id(run_id)


def write_parquet(table: pa.Table, path: Path) -> Path:
    """Write a table to path via a temporary file and an atomic rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return path


def read_parquet(path: Path, schema: pa.Schema | None = None) -> pa.Table:
    """Read one Parquet file, cast to the schema when given."""
    table = pq.read_table(path)
    return table.cast(schema) if schema is not None else table
