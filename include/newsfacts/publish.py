"""Publish the analysts' tables as a read-only snapshot and a Parquet set, swapped in atomically.

The snapshot is a new DuckDB file built from the working database: only the published tables
(`catalog.is_published_name`), in the storage format DuckDB 1.4 and later read, with every
table and column described (COMMENT ON). The same tables go to Parquet files in a new folder
beside it; a `parquet` symlink points at the current folder (one warehouse per folder).

Readers that hold the old snapshot open keep reading it (POSIX keeps the old inode alive); the
next connection sees the new one. The pipeline never writes the file analysts open, so neither
side ever waits for the other.
"""

from __future__ import annotations

import os
import shutil
import stat
import uuid
from collections.abc import Mapping
from pathlib import Path

from newsfacts.catalog import TableDescription, is_published_name
from newsfacts.config import duckdb_config

READ_ONLY_MODE = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH
# The oldest storage format DuckDB 2.x still writes that every DuckDB since 1.4 reads.
PUBLISHED_STORAGE_VERSION = "v1.4.0"
PARQUET_LINK = "parquet"


class PublishError(RuntimeError):
    """The snapshot cannot be published where it was asked to be."""


def _set_prefix(warehouse: Path) -> str:
    """Name prefix of this warehouse's Parquet folders."""
    return f".{warehouse.name}.parquet."


def parquet_sets(warehouse: Path) -> list[Path]:
    """Every Parquet folder of the warehouse: current, previous, or left by a killed publish."""
    return sorted(p for p in warehouse.parent.glob(f"{_set_prefix(warehouse)}*")
                  if p.is_dir() and not p.is_symlink())


def _remove_leftovers(warehouse: Path) -> None:
    """Delete what a killed publish, an older publish or a foreign writer left beside the warehouse.

    Staging copies of a publish that died before its rename are whole databases nobody
    will rename any more. A WAL file beside the published snapshot never belongs to the
    pipeline (it never writes that file); once the snapshot is replaced DuckDB refuses to
    open the new file with it ("WAL does not match database file"), so every reader fails.
    Parquet folders other than the current one are the previous publish's (kept one run for
    readers that resolved the link before the swap) or a killed publish's.
    One run at a time writes a warehouse (max_active_runs=1), so nothing here is in use.
    """
    for stale in warehouse.parent.glob(f".{warehouse.name}.*.incoming"):
        stale.unlink(missing_ok=True)
    for spill in warehouse.parent.glob(f".{warehouse.name}.*.incoming.spill"):
        shutil.rmtree(spill, ignore_errors=True)
    warehouse.with_name(f"{warehouse.name}.wal").unlink(missing_ok=True)
    link = warehouse.parent / PARQUET_LINK
    current = os.readlink(link) if link.is_symlink() else None
    for stale in warehouse.parent.glob(f"{_set_prefix(warehouse)}*"):
        if stale.is_symlink() or stale.is_file():
            stale.unlink()
        elif stale.name != current:
            shutil.rmtree(stale)


def _sql_string(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _write_snapshot(working_db: Path, staging: Path, parquet_folder: Path,
                    descriptions: Mapping[str, TableDescription]) -> list[str]:
    """Copy the published tables into a new file and into Parquet files; return their names."""
    import duckdb

    parquet_folder.mkdir()
    # In memory, DuckDB would spill to ./.tmp: the folder being published to instead.
    with duckdb.connect(config=duckdb_config(staging.with_name(f"{staging.name}.spill"))) as con:
        con.execute(f"attach {_sql_string(str(working_db))} as working (read_only)")
        con.execute(f"attach {_sql_string(str(staging))} as snapshot "
                    f"(storage_version {_sql_string(PUBLISHED_STORAGE_VERSION)})")
        ddl = con.execute(
            "select table_name, sql from duckdb_tables() "
            "where database_name = 'working' and schema_name = 'main' order by table_name"
        ).fetchall()
        names = [name for name, _ in ddl if is_published_name(name)]
        con.execute("use snapshot")
        con.execute("begin")
        for name, create in ddl:
            if not is_published_name(name):
                continue
            con.execute(create)  # the working table's own DDL: types, NOT NULL and keys kept
            con.execute(f'insert into snapshot.main."{name}" select * from working.main."{name}"')  # noqa: S608 -- catalog name
            _describe(con, name, descriptions.get(name))
        con.execute("commit")
        for name in names:
            target = _sql_string(str(parquet_folder / f"{name}.parquet"))
            con.execute(f'copy snapshot.main."{name}" to {target} (format parquet)')
        con.execute("use memory")
        con.execute("detach snapshot")
    return names


def _describe(con, name: str, description: TableDescription | None) -> None:
    """COMMENT ON the table and each of its columns that has a description."""
    if description is None:
        return
    if description.description:
        con.execute(f'comment on table snapshot.main."{name}" is {_sql_string(description.description)}')
    columns = {c for (c,) in con.execute(
        "select column_name from duckdb_columns() where database_name = 'snapshot' and table_name = ?",
        [name],
    ).fetchall()}
    for column, text in description.column_descriptions.items():
        if column in columns and text:
            con.execute(f'comment on column snapshot.main."{name}"."{column}" is {_sql_string(text)}')


def _fsync(path: Path) -> None:
    """Flush a file's or a folder's contents to disk."""
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def publish_snapshot(working_db: Path, warehouse: Path,
                     descriptions: Mapping[str, TableDescription] | None = None) -> Path:
    """Build the snapshot and its Parquet set beside the warehouse, then rename both into place."""
    import duckdb

    from newsfacts.faults import maybe_die

    with duckdb.connect(str(working_db), config=duckdb_config()) as con:
        con.execute("checkpoint")
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(warehouse)
    link = warehouse.parent / PARQUET_LINK
    if link.is_symlink() and not os.readlink(link).startswith(_set_prefix(warehouse)):
        raise PublishError(f"{link} holds another warehouse's Parquet files ({os.readlink(link)}); "
                           "publish each warehouse to a folder of its own")
    token = uuid.uuid4().hex
    staging = warehouse.with_name(f".{warehouse.name}.{token}.incoming")
    parquet_folder = warehouse.parent / f"{_set_prefix(warehouse)}{token}"
    new_link = warehouse.parent / f"{_set_prefix(warehouse)}{token}.link"
    swapped = False
    try:
        names = _write_snapshot(working_db, staging, parquet_folder, descriptions or {})
        for path in [staging, *parquet_folder.iterdir()]:
            _fsync(path)
            os.chmod(path, READ_ONLY_MODE)
        _fsync(parquet_folder)
        os.symlink(parquet_folder.name, new_link)
        maybe_die("publish.before_rename")
        if link.is_dir() and not link.is_symlink():
            shutil.rmtree(link)  # a plain folder, e.g. copied by hand: the link replaces it
        # Two renames back to back: Parquet first, so the snapshot is never newer than it.
        os.replace(new_link, link)
        swapped = True
        os.replace(staging, warehouse)
    finally:
        staging.unlink(missing_ok=True)
        new_link.unlink(missing_ok=True)
        if not swapped:
            shutil.rmtree(parquet_folder, ignore_errors=True)
    _fsync(warehouse.parent)
    print(f"published {warehouse} ({len(names)} tables, storage {PUBLISHED_STORAGE_VERSION}) "
          f"and {link}/")
    return warehouse


def connect_read_only(warehouse: Path):
    """Open the published warehouse the way analysts should: read-only."""
    import duckdb

    if not warehouse.exists():
        raise FileNotFoundError(f"no published warehouse at {warehouse}; run `newsfacts run` first")
    return duckdb.connect(str(warehouse), read_only=True)
