"""What a published warehouse was built from, so that a run with nothing new can stop early.

The fingerprint covers every raw table's rows (except raw.load_runs, which gains a row each
run) and the files of the dbt project and the quality suites. Once publishing succeeded it is
kept in the warehouse's work folder (nothing but the snapshot and its Parquet set lives beside
the snapshot), together with the published file's inode and modification time, so a snapshot
replaced or removed by hand is published again. A run whose fingerprint matches has nothing to
transform, validate or publish.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

# Tables whose rows change on every run without changing what is published.
RUN_BOOKKEEPING_TABLES = {"load_runs"}
CODE_SUFFIXES = {".sql", ".yml", ".yaml", ".csv", ".py"}


def _snapshot_identity(warehouse: Path) -> str | None:
    """The published file's inode and modification time, which every publish changes."""
    try:
        status = warehouse.stat()
    except FileNotFoundError:
        return None
    return f"snapshot {status.st_ino}:{status.st_mtime_ns}"


def files_digest(folders: list[Path]) -> str:
    """sha256 of the relative paths and bytes of every code and seed file under the folders."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.suffix in CODE_SUFFIXES and p.is_file()):
            parts = path.relative_to(folder).parts
            # dbt's own output and files tools drop beside the code (.user.yml) are not code.
            if {"target", "logs", "dbt_packages", "__pycache__"} & set(parts) or any(
                    part.startswith(".") for part in parts):
                continue
            digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def raw_tables_digest(working_db: Path) -> str:
    """sha256 over each raw table's row count and order-free hash of its rows."""
    import duckdb

    if not working_db.exists():
        return "no working database"
    digest = hashlib.sha256()
    with duckdb.connect(str(working_db), read_only=True) as con:
        names = [name for (name,) in con.execute(
            "select table_name from duckdb_tables() where schema_name = 'raw' order by table_name"
        ).fetchall() if name not in RUN_BOOKKEEPING_TABLES]
        for name in names:
            # Table names come from the catalog. bit_xor is order-free; the count tells repeats apart.
            count, rows_hash = con.execute(
                f'select count(*), coalesce(bit_xor(hash(row_data)), 0) from raw."{name}" as row_data'  # noqa: S608
            ).fetchone()
            digest.update(f"{name}:{count}:{rows_hash};".encode())
    return digest.hexdigest()


def warehouse_fingerprint(working_db: Path, code_folders: list[Path]) -> str:
    """The fingerprint of what a publish of this working database would contain."""
    return f"raw {raw_tables_digest(working_db)} code {files_digest(code_folders)}"


def published_fingerprint(fingerprint_file: Path, warehouse: Path) -> str | None:
    """The fingerprint of the published snapshot; None when there is none or it is not that file."""
    identity = _snapshot_identity(warehouse)
    if identity is None or not fingerprint_file.exists():
        return None
    recorded_identity, _, fingerprint = fingerprint_file.read_text().strip().partition("\n")
    return fingerprint if recorded_identity == identity else None


def write_fingerprint(fingerprint_file: Path, warehouse: Path, fingerprint: str) -> None:
    """Record the fingerprint of the snapshot just published, atomically (rename into place)."""
    incoming = fingerprint_file.with_name(f".{fingerprint_file.name}.{os.getpid()}.tmp")
    incoming.write_text(f"{_snapshot_identity(warehouse)}\n{fingerprint}\n")
    os.replace(incoming, fingerprint_file)
