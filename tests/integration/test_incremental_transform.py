"""Incremental dbt marts equal a full rebuild; an unchanged inbox skips dbt, GX and publishing.

The first tests run the DAG's steps in this process (discover, extract, load, transform) against
a private working database, so each dbt build can be compared with `dbt build --full-refresh`
on the same raw tables. The last one runs `newsfacts run` twice over one inbox.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from newsfacts import pipeline
from newsfacts.catalog import is_published_name
from newsfacts.transform import dbt_build
from tests.conftest import SAMPLES, run_cli

INCREMENTAL_MARTS = ("dim_articles", "fct_event_mentions", "fct_citations")


def marts(working_db: Path) -> dict[str, list[tuple]]:
    """Every published table the dbt build made, with its rows in a fixed order."""
    with duckdb.connect(str(working_db), read_only=True) as con:
        names = [name for (name,) in con.execute(
            "select table_name from duckdb_tables() where schema_name = 'main' order by table_name"
        ).fetchall() if is_published_name(name)]
        return {name: con.execute(f'select * from main."{name}" order by all').fetchall()  # noqa: S608
                for name in names}


def mark_built_rows(working_db: Path) -> None:
    """Tag every body_text in dim_articles, so that a later build shows which rows it rebuilt."""
    with duckdb.connect(str(working_db)) as con:
        con.execute("update dim_articles set body_text = body_text || ' [built before]'")


def unmark_built_rows(working_db: Path) -> list[bool]:
    """Remove the tags again; return, per article in id order, whether its row still had one."""
    with duckdb.connect(str(working_db)) as con:
        marked = [row[0] for row in con.execute(
            "select body_text like '% [built before]' from dim_articles order by article_id").fetchall()]
        con.execute("update dim_articles set body_text = replace(body_text, ' [built before]', '')")
    return marked


def land(settings, run_id: str) -> dict[str, int]:
    """discover, extract every batch and load, as the DAG's first tasks do."""
    for manifest in pipeline.discover(settings, run_id):
        pipeline.extract_batch(manifest, processes=1)
    return pipeline.load(settings, run_id)


@pytest.fixture(scope="module")
def steps(tmp_path_factory):
    """An inbox of three samples, landed and built once; the settings to run the steps with."""
    root = tmp_path_factory.mktemp("incremental-transform")
    inbox = root / "inbox"
    inbox.mkdir()
    for path in sorted(SAMPLES.glob("00[0-2]_*.txt")):
        shutil.copy(path, inbox)
    settings = pipeline.settings_for_run(str(inbox), str(root / "out" / "newsfacts.duckdb"))
    land(settings, "first")
    pipeline.transform(settings)
    return settings, inbox


def test_one_new_page_builds_only_its_rows_and_equals_a_full_refresh(steps, capsys):
    settings, inbox = steps
    shutil.copy(next(SAMPLES.glob("003_*.txt")), inbox)
    assert land(settings, "one-new")["n_landed"] == 1

    mark_built_rows(settings.working_db)
    pipeline.transform(settings)
    assert "(incremental)" in capsys.readouterr().out
    assert sorted(unmark_built_rows(settings.working_db)) == [False, True, True, True]  # only the new one built
    incremental = marts(settings.working_db)
    assert len(incremental["dim_articles"]) == 4

    pipeline.transform(settings, full_refresh=True)
    assert "(full refresh)" in capsys.readouterr().out
    assert marts(settings.working_db) == incremental


def test_an_edited_page_replaces_its_rows_as_a_full_refresh_would(steps):
    settings, inbox = steps
    edited = next(inbox.glob("001_*.txt"))
    edited.write_text(edited.read_text() + "\nOfficials said on Friday that 40 people were evacuated.\n")
    assert land(settings, "edited")["n_landed"] == 1

    pipeline.transform(settings)
    incremental = marts(settings.working_db)
    with duckdb.connect(str(settings.working_db), read_only=True) as con:
        live = {row[0] for row in con.execute("select article_id from raw.articles").fetchall()}
    for name in INCREMENTAL_MARTS:
        with duckdb.connect(str(settings.working_db), read_only=True) as con:
            kept = {row[0] for row in con.execute(f"select distinct article_id from {name}").fetchall()}  # noqa: S608
        assert kept <= live, f"{name} kept rows of the replaced article"

    pipeline.transform(settings, full_refresh=True)
    assert marts(settings.working_db) == incremental


def test_a_changed_dbt_project_rebuilds_from_scratch(steps, capsys, tmp_path):
    settings, _ = steps
    project = tmp_path / "dbt_project"
    shutil.copytree(settings.dbt_project_dir, project)
    (project / "models" / "marts" / "core" / "dim_articles.sql").write_text(
        (settings.dbt_project_dir / "models" / "marts" / "core" / "dim_articles.sql").read_text()
        + "\n-- an edit\n"
    )
    # One model is enough to see the mode; a build of every model would take as long as a full one.
    dbt_build(replace(settings, dbt_project_dir=project), selector="dim_articles")
    assert "(full refresh)" in capsys.readouterr().out
    dbt_build(settings, selector="dim_articles")
    # A build of some models only never records its project as built: the original one still is.
    assert "(incremental)" in capsys.readouterr().out


def test_only_a_published_fingerprint_equal_to_the_raw_tables_and_code_means_nothing_new(steps):
    settings, inbox = steps
    assert pipeline.anything_new(settings)  # never published
    pipeline.publish(settings)
    assert not pipeline.anything_new(settings)
    assert pipeline.anything_new(settings, full_refresh=True)
    assert [p.name for p in settings.warehouse.parent.glob(".*fingerprint*")] == []  # not beside the snapshot
    status = settings.warehouse.stat()
    os.utime(settings.warehouse, ns=(status.st_atime_ns, status.st_mtime_ns + 1))  # a snapshot touched by hand
    assert pipeline.anything_new(settings)
    pipeline.publish(settings)
    assert not pipeline.anything_new(settings)
    (inbox / "empty.txt").write_bytes(b"")  # a new rejection changes the published rejected_inputs
    land(settings, "a-rejection")
    assert pipeline.anything_new(settings)


def test_the_docs_site_is_built_again_only_when_the_project_or_the_catalog_changed(steps, capsys):
    settings, _ = steps
    page = Path(pipeline.analyst_docs(settings))
    assert "analyst docs: unchanged" not in capsys.readouterr().out
    built = page.stat().st_mtime_ns
    land(settings, "nothing-new")  # new rows in raw.load_runs: data, not the catalog
    pipeline.analyst_docs(settings)
    assert "analyst docs: unchanged" in capsys.readouterr().out
    assert page.stat().st_mtime_ns == built

    with duckdb.connect(str(settings.working_db)) as con:
        con.execute("create table main.an_analysts_table (note varchar)")
    try:
        pipeline.analyst_docs(settings)
        assert "analyst docs: unchanged" not in capsys.readouterr().out
    finally:
        with duckdb.connect(str(settings.working_db)) as con:
            con.execute("drop table main.an_analysts_table")
    pipeline.analyst_docs(settings, full_refresh=True)
    assert "analyst docs: unchanged" not in capsys.readouterr().out


def test_an_unchanged_inbox_skips_transform_and_publish(tmp_path, airflow_env):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(next(SAMPLES.glob("004_*.txt")), inbox)
    warehouse = tmp_path / "out" / "newsfacts.duckdb"
    first = run_cli(["run", "--inbox", str(inbox), "--warehouse", str(warehouse)], airflow_env)
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
    assert "nothing new" not in first.stdout
    published = warehouse.stat()
    parquet = (warehouse.parent / "parquet").readlink()

    again = run_cli(["run", "--inbox", str(inbox), "--warehouse", str(warehouse)], airflow_env)
    assert again.returncode == 0, again.stdout[-3000:] + again.stderr[-3000:]
    assert "nothing new: warehouse unchanged" in again.stdout
    assert "dbt build passed" not in again.stdout
    assert (warehouse.stat().st_ino, warehouse.stat().st_mtime_ns) == (published.st_ino, published.st_mtime_ns)
    assert (warehouse.parent / "parquet").readlink() == parquet
    assert "Dawn" in again.stdout  # the summary still shows the published warehouse
