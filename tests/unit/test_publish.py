"""Publishing swaps in a read-only snapshot and Parquet set atomically; open readers are never disturbed."""

from __future__ import annotations

import os

import duckdb
import pytest

from newsfacts.catalog import TableDescription
from newsfacts.publish import connect_read_only, parquet_sets, publish_snapshot


def make_db(path, value: int) -> None:
    """A working database with one mart (dim_t), a staging view, a seed and a raw table."""
    with duckdb.connect(str(path)) as con:
        con.execute("create or replace table dim_t (v integer not null, label varchar)")
        con.execute("insert into dim_t values (?, 'it''s')", [value])
        con.execute("create or replace view stg_raw__t as select * from dim_t")
        con.execute("create or replace table publisher_aliases as select 'a' as alias")
        con.execute("create schema if not exists raw")
        con.execute("create or replace table raw.rejected_inputs as select 1 as x")


def published_names(warehouse) -> list[str]:
    """What sits beside the snapshot: the file, the parquet link and the Parquet folders."""
    return sorted(p.name for p in warehouse.parent.iterdir())


def test_reader_keeps_its_snapshot_until_it_reconnects(tmp_path):
    working, warehouse = tmp_path / "work" / "wh.duckdb", tmp_path / "pub" / "wh.duckdb"
    working.parent.mkdir()
    make_db(working, 1)
    publish_snapshot(working, warehouse)
    reader = connect_read_only(warehouse)
    assert reader.execute("select v from dim_t").fetchone() == (1,)

    make_db(working, 2)  # the next run writes its own file while the reader stays open
    publish_snapshot(working, warehouse)
    assert reader.execute("select v from dim_t").fetchone() == (1,)
    reader.close()
    with connect_read_only(warehouse) as fresh:
        assert fresh.execute("select v from dim_t").fetchone() == (2,)
    current = os.readlink(warehouse.parent / "parquet")
    (previous,) = [p.name for p in parquet_sets(warehouse) if p.name != current]
    # No temp files left; the previous Parquet set stays one run for readers that resolved the link.
    assert published_names(warehouse) == sorted(["wh.duckdb", "parquet", current, previous])


def test_published_file_cannot_be_opened_for_writing(tmp_path):
    working, warehouse = tmp_path / "wh.duckdb", tmp_path / "pub" / "wh.duckdb"
    make_db(working, 1)
    publish_snapshot(working, warehouse)
    with connect_read_only(warehouse) as con, pytest.raises(duckdb.Error):
        con.execute("insert into dim_t values (3, 'x')")


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
    first = os.readlink(warehouse.parent / "parquet")
    stale = warehouse.with_name(f".{warehouse.name}.0123456789abcdef.incoming")
    stale.write_bytes(b"half of a database")
    (warehouse.parent / ".wh.duckdb.parquet.0123456789abcdef").mkdir()  # a killed publish's Parquet set
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
    current = os.readlink(warehouse.parent / "parquet")
    assert published_names(warehouse) == sorted(["wh.duckdb", "parquet", current, first])
    with connect_read_only(warehouse) as con:  # a WAL of the old file would make this fail
        assert con.execute("select v from dim_t").fetchone() == (2,)


def test_snapshot_holds_only_published_tables_in_the_1_4_format_with_comments(tmp_path):
    working, warehouse = tmp_path / "wh.duckdb", tmp_path / "pub" / "wh.duckdb"
    make_db(working, 7)
    descriptions = {"dim_t": TableDescription("dim_t", "One row per t; it's a test.",
                                              {"v": "The value.", "label": "A label.", "gone": "No such column."})}
    publish_snapshot(working, warehouse, descriptions)
    with connect_read_only(warehouse) as con:
        tables = con.execute("select schema_name, table_name, comment from duckdb_tables()").fetchall()
        assert tables == [("main", "dim_t", "One row per t; it's a test.")]
        assert con.execute("select view_name from duckdb_views() where not internal").fetchall() == []
        columns = con.execute(
            "select column_name, comment, is_nullable from duckdb_columns() where table_name = 'dim_t'"
        ).fetchall()
        assert columns == [("v", "The value.", False), ("label", "A label.", True)]  # NOT NULL kept
        ((tags,),) = con.execute("select tags from duckdb_databases() where database_name = 'wh'").fetchall()
        assert tags["storage_version"].startswith("v1.4.0")


def test_parquet_set_holds_every_published_table(tmp_path):
    working, warehouse = tmp_path / "wh.duckdb", tmp_path / "pub" / "wh.duckdb"
    make_db(working, 5)
    publish_snapshot(working, warehouse)
    parquet = warehouse.parent / "parquet"
    assert parquet.is_symlink() and sorted(p.name for p in parquet.iterdir()) == ["dim_t.parquet"]
    with duckdb.connect() as con:
        assert con.execute("select * from read_parquet(?)", [str(parquet / "dim_t.parquet")]).fetchall() == [
            (5, "it's")
        ]


@pytest.mark.parametrize("existing", ["folder", "nothing"])
def test_parquet_link_replaces_a_plain_folder_or_creates_itself(tmp_path, existing):
    working, warehouse = tmp_path / "wh.duckdb", tmp_path / "pub" / "wh.duckdb"
    make_db(working, 1)
    if existing == "folder":
        (warehouse.parent / "parquet").mkdir(parents=True)
        (warehouse.parent / "parquet" / "old.parquet").write_bytes(b"x")
    publish_snapshot(working, warehouse)
    assert sorted(p.name for p in (warehouse.parent / "parquet").iterdir()) == ["dim_t.parquet"]


def test_two_warehouses_never_share_one_parquet_folder(tmp_path):
    from newsfacts.publish import PublishError

    working, pub = tmp_path / "wh.duckdb", tmp_path / "pub"
    make_db(working, 1)
    publish_snapshot(working, pub / "wh.duckdb")
    with pytest.raises(PublishError, match="another warehouse's Parquet files"):
        publish_snapshot(working, pub / "other.duckdb")
    assert not (pub / "other.duckdb").exists()
