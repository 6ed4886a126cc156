"""Publishing swaps in a read-only snapshot atomically; open readers are never disturbed."""

from __future__ import annotations

import duckdb
import pytest

from newsfacts.publish import connect_read_only, publish_snapshot


def make_db(path, value: int) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute("create or replace table t as select ? as v", [value])


def test_reader_keeps_its_snapshot_until_it_reconnects(tmp_path):
    working, warehouse = tmp_path / "work" / "wh.duckdb", tmp_path / "pub" / "wh.duckdb"
    working.parent.mkdir()
    make_db(working, 1)
    publish_snapshot(working, warehouse)
    reader = connect_read_only(warehouse)
    assert reader.execute("select v from t").fetchone() == (1,)

    make_db(working, 2)  # the next run writes its own file while the reader stays open
    publish_snapshot(working, warehouse)
    assert reader.execute("select v from t").fetchone() == (1,)
    reader.close()
    with connect_read_only(warehouse) as fresh:
        assert fresh.execute("select v from t").fetchone() == (2,)
    assert [p.name for p in warehouse.parent.iterdir()] == ["wh.duckdb"]  # no temp files left


def test_published_file_cannot_be_opened_for_writing(tmp_path):
    working, warehouse = tmp_path / "wh.duckdb", tmp_path / "pub" / "wh.duckdb"
    make_db(working, 1)
    publish_snapshot(working, warehouse)
    with connect_read_only(warehouse) as con, pytest.raises(duckdb.Error):
        con.execute("insert into t values (3)")


def test_missing_warehouse_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="newsfacts run"):
        connect_read_only(tmp_path / "nope.duckdb")


def test_leftovers_beside_the_warehouse_are_removed_by_the_next_publish(tmp_path):
    """A killed publish's staging copy and a foreign WAL beside the snapshot never outlive it."""
    import os
    import signal
    import subprocess
    import sys

    working, warehouse = tmp_path / "work" / "wh.duckdb", tmp_path / "pub" / "wh.duckdb"
    working.parent.mkdir()
    make_db(working, 1)
    publish_snapshot(working, warehouse)
    stale = warehouse.with_name(f".{warehouse.name}.0123456789abcdef.incoming")
    stale.write_bytes(b"half of a database")
    # Someone's read-write session on the snapshot, killed: its WAL stays beside the file.
    writer = (
        "import duckdb, os, signal, sys\n"
        "os.chmod(sys.argv[1], 0o644)\n"
        "con = duckdb.connect(sys.argv[1])\n"
        "con.execute('create table scratch as select 1 as x')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    killed = subprocess.run([sys.executable, "-c", writer, str(warehouse)], check=False)
    assert killed.returncode == -signal.SIGKILL
    assert os.path.exists(f"{warehouse}.wal")

    make_db(working, 2)
    publish_snapshot(working, warehouse)
    assert [p.name for p in warehouse.parent.iterdir()] == ["wh.duckdb"]
    with connect_read_only(warehouse) as con:  # a WAL of the old file would make this fail
        assert con.execute("select v from t").fetchone() == (2,)
