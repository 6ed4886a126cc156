"""`newsfacts run` runs the real DAG (dag.test) through dbt, GX and publish, and re-runs cleanly."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from newsfacts.config import load_settings
from tests.conftest import SAMPLES, run_cli, working_db
from tests.unit.test_discover import write_warc

EXTRA_PAGE = (
    b"<html><head><title>Coalition advisers to stay in Erbil - Northern Post</title>"
    b"<meta property='og:site_name' content='Northern Post'></head><body><nav>Home World</nav><article>"
    b"<h1>Coalition advisers to stay in Erbil</h1><p>"
    + b"Some coalition advisers are expected to remain in the Kurdistan region after the drawdown. " * 6
    + b"</p></article><footer>Northern Post 2024</footer></body></html>"
)


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    """The samples plus a WARC capture and inputs that must go to quarantine."""
    folder = tmp_path_factory.mktemp("inbox")
    shutil.copytree(SAMPLES, folder, dirs_exist_ok=True)
    gulf = (SAMPLES / "html" / "gulf-ledger-coalition-talks.html").read_bytes()
    # Among copies in one run the first source_uri lands (decision 002). A WARC record is named by
    # its archive path, so the capture folder sorts after html/ to keep the sample page the original.
    (folder / "z-captures").mkdir()
    write_warc(
        folder / "z-captures" / "crawl.warc.gz",
        [("https://northernpost.example/erbil", "text/html", EXTRA_PAGE),
         ("https://gulfledger.example/copy", "text/html", gulf)],
    )
    (folder / "bad").mkdir()
    (folder / "bad" / "empty.txt").write_bytes(b"")
    (folder / "bad" / "garbage.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "bad" / "menu only.html").write_bytes(b"<html><body><nav>Home | World | Sport</nav></body></html>")
    return folder


@pytest.fixture(scope="module")
def first_run(inbox, tmp_path_factory, airflow_env):
    warehouse = tmp_path_factory.mktemp("out") / "newsfacts.duckdb"
    result = run_cli(["run", "--inbox", str(inbox), "--warehouse", str(warehouse)], airflow_env)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return warehouse, result


def query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def test_summary_names_the_warehouse_and_counts(first_run):
    warehouse, result = first_run
    assert f"Published warehouse: {warehouse}" in result.stdout
    assert "dim_articles" in result.stdout and "Example query" in result.stdout
    assert "documents" not in result.stdout, "no progress bar when stdout is not a terminal"


def test_the_run_writes_the_report_and_the_dbt_docs_beside_the_warehouse(first_run):
    warehouse, result = first_run
    report = warehouse.parent.parent / "report" / "index.html"
    docs = warehouse.parent.parent / "docs" / "index.html"
    assert f"Report: {report}" in result.stdout and f"dbt docs: {docs}" in result.stdout
    assert "<svg" in report.read_text() and "Figure claims" in report.read_text()
    assert "fct_figure_claims" in docs.read_text()


def test_every_sample_lands_with_its_metadata(first_run):
    warehouse, _ = first_run
    rows = query(warehouse, "select source_uri, publisher, published_date, title, url from dim_articles")
    assert len(rows) == 10  # 5 seeds + 4 HTML samples + 1 new WARC record
    # A WARC record is named by its archive and offset; its captured URL is in `url`.
    by_name = {(r[4] if "#offset=" in r[0] else Path(r[0]).name): r[1:4] for r in rows}
    dawn = by_name["004_579d94c9c56eaa06.txt"]
    assert dawn[0] == "Dawn" and str(dawn[1]) == "2024-01-26"
    assert str(by_name["003_49c16478a425eacb.txt"][1]) == "2024-07-22"
    assert by_name["https://northernpost.example/erbil"][0] == "Northern Post"
    assert by_name["gulf-ledger-coalition-talks.html"][2] == "Iraq and US open talks on ending coalition mission"


def test_bad_inputs_are_quarantined_with_reasons(first_run):
    warehouse, _ = first_run
    rows = dict(query(warehouse, "select regexp_replace(regexp_extract(source_uri, '[^/]+$'), '[0-9]+$', 'N'), "
                                 "reason from rejected_inputs"))
    assert rows == {
        "empty.txt": "empty",
        "garbage.txt": "undecodable",
        "menu only.html": "no_main_text",
        "crawl.warc.gz#offset=N": "duplicate",  # the gulf-ledger copy, captured at gulfledger.example/copy
    }
    for (raw_path,) in query(warehouse, "select raw_path from rejected_inputs"):
        assert Path(raw_path).exists()


def test_quality_results_are_stored_and_passed(first_run):
    warehouse, _ = first_run
    failed = query(warehouse, "select expectation from quality_results where severity = 'critical' and not success")
    assert failed == []
    assert query(warehouse, "select count(*) from quality_results")[0][0] >= 10


def test_load_accounting_adds_up(first_run):
    warehouse, _ = first_run
    ((n_inputs, n_landed, n_already, n_rejected),) = query(
        working_db(warehouse), "select n_inputs, n_landed, n_already_landed, n_rejected from raw.load_runs"
    )
    assert n_inputs == 14 and n_landed == 10 and n_already == 0 and n_rejected == 4


def test_rerun_leaves_every_table_identical(first_run, inbox, airflow_env):
    warehouse, _ = first_run
    tables = ["dim_articles", "rejected_inputs", "fct_figures", "fct_figure_claims", "dim_sources",
              "fct_citations", "fct_event_mentions", "fct_events", "dim_entities", "fct_entity_mentions",
              "dim_entity_aliases", "dim_places", "fct_place_mentions"]
    raw = ["raw.articles", "raw.figures", "raw.citations", "raw.event_mentions", "raw.entity_mentions",
           "raw.place_mentions", "raw.rejected_inputs"]

    def contents() -> dict[str, list[tuple]]:
        published = {t: query(warehouse, f"select * from {t} order by all") for t in tables}  # noqa: S608
        return published | {t: query(working_db(warehouse), f"select * from {t} order by all") for t in raw}  # noqa: S608

    before = contents()
    result = run_cli(["run", "--inbox", str(inbox), "--warehouse", str(warehouse)], airflow_env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert contents() == before
    runs = query(working_db(warehouse), "select n_landed, n_already_landed from raw.load_runs order by loaded_at")
    assert runs[-1] == (0, 10)


def test_critical_quality_failure_keeps_the_previous_snapshot(tmp_path, airflow_env):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(next(SAMPLES.glob("004_*.txt")), inbox)
    warehouse = tmp_path / "out" / "newsfacts.duckdb"
    assert run_cli(["run", "--inbox", str(inbox), "--warehouse", str(warehouse)], airflow_env).returncode == 0
    published = warehouse.stat()

    # Break an integrity rule only GX checks: a run whose inputs do not add up.
    working = load_settings().with_run_paths(inbox, warehouse).working_db
    with duckdb.connect(str(working)) as con:
        con.execute("insert into raw.load_runs values ('tampered', now(), 5, 1, 1, 1)")
    shutil.copy(next(SAMPLES.glob("003_*.txt")), inbox)
    result = run_cli(["run", "--inbox", str(inbox), "--warehouse", str(warehouse)], airflow_env)
    assert result.returncode != 0
    assert "critical expectation(s) failed: load_runs" in result.stdout + result.stderr
    assert (warehouse.stat().st_ino, warehouse.stat().st_mtime_ns) == (published.st_ino, published.st_mtime_ns)
    assert query(warehouse, "select publisher from dim_articles") == [("Dawn",)]
    failed = query(working, "select suite, column_name from quality_results where not success and severity = 'critical'")
    assert failed == [("load_runs", "unaccounted")]


def test_cli_rejects_a_missing_inbox(tmp_path, airflow_env):
    result = run_cli(["run", "--inbox", str(tmp_path / "nope")], airflow_env)
    assert result.returncode == 2
    assert "is not a folder" in result.stderr


def test_a_reworded_copy_does_not_inflate_publishers(first_run):
    warehouse, _ = first_run
    (copy,) = query(  # intermediate models are not published: they stay in the working database
        working_db(warehouse),
        "select i.original_article_id = r.article_id from int_articles_independence i "
        "join dim_articles a using (article_id) join dim_articles r on r.publisher = 'Reuters' "
        "where a.publisher = 'Harbour Times'",
    )
    assert copy == (True,)  # Harbour Times rewrote the Reuters story
    ((n_articles, n_publishers),) = query(
        warehouse, "select n_articles, n_publishers from fct_figure_claims where value = 3 and noun = 'base'"
    )
    assert (n_articles, n_publishers) == (2, 1)


def test_publishers_disagreeing_on_a_figure_are_flagged(first_run):
    warehouse, _ = first_run
    flagged = query(
        warehouse,
        "select value, context_place, conflicting_values from fct_figure_claims "
        "where noun = 'troop' and has_disagreement order by value",
    )
    assert flagged == [(2500.0, "Iraq", [3000.0]), (3000.0, "Iraq", [2500.0])]


def test_rejects_and_sql_commands_read_the_snapshot(first_run, airflow_env):
    import json

    warehouse, _ = first_run
    listed = run_cli(["rejects", "--warehouse", str(warehouse), "--json"], airflow_env)
    assert listed.returncode == 0, listed.stderr
    reasons = sorted(entry["reason"] for entry in json.loads(listed.stdout))
    assert reasons == ["duplicate", "empty", "no_main_text", "undecodable"]
    table = run_cli(["rejects", "--warehouse", str(warehouse)], airflow_env)
    assert "4 rejected input(s)" in table.stdout

    answer = run_cli(["sql", "select count(*) as n from dim_articles", "--warehouse", str(warehouse)], airflow_env)
    assert answer.returncode == 0 and answer.stdout.splitlines()[-1].strip() == "10"
    refused = run_cli(["sql", "delete from dim_articles", "--warehouse", str(warehouse)], airflow_env)
    assert refused.returncode == 2 and "read-only" in refused.stderr.lower()
    missing = run_cli(["sql", "select 1", "--warehouse", str(warehouse.parent / "none.duckdb")], airflow_env)
    assert missing.returncode == 2 and "newsfacts run" in missing.stderr


def test_an_inbox_of_only_bad_files_records_every_rejection(tmp_path, airflow_env):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "image.bin").write_bytes(b"\x89PNG\r\n")
    warehouse = tmp_path / "out" / "bad.duckdb"
    result = run_cli(["run", "--inbox", str(inbox), "--warehouse", str(warehouse)], airflow_env)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert dict(query(warehouse, "select regexp_extract(source_uri, '[^/]+$'), reason from rejected_inputs")) == {
        "empty.txt": "empty",
        "image.bin": "unsupported_format",
    }
    assert query(warehouse, "select count(*) from dim_articles") == [(0,)]


# ---------------------------------------------------------------------------------------------
# The published catalog, its descriptions, the Parquet set, and the clients analysts use

PUBLISHED = ["dim_articles", "dim_entities", "dim_entity_aliases", "dim_places", "dim_sources", "fct_citations",
             "fct_entity_mentions", "fct_event_mentions", "fct_events", "fct_fetches", "fct_figure_claims",
             "fct_figures", "fct_place_mentions", "quality_results", "rejected_inputs"]


def row_counts(warehouse: Path) -> dict[str, int]:
    return {t: query(warehouse, f'select count(*) from "{t}"')[0][0] for t in PUBLISHED}  # noqa: S608


def test_catalog_holds_the_marts_and_nothing_else(first_run):
    warehouse, _ = first_run
    tables = query(warehouse, "select schema_name, table_name from duckdb_tables() order by all")
    assert tables == [("main", name) for name in PUBLISHED]
    assert query(warehouse, "select view_name from duckdb_views() where not internal") == []
    schemas = query(warehouse, "select schema_name from duckdb_schemas() where database_name = current_database() "
                               "and schema_name not in ('information_schema', 'pg_catalog')")
    assert schemas == [("main",)]


def test_every_table_and_column_is_described_from_the_dbt_yml(first_run):
    warehouse, _ = first_run
    undescribed = query(warehouse, "select table_name from duckdb_tables() where coalesce(comment, '') = ''")
    assert undescribed == []
    undescribed = query(warehouse, "select table_name, column_name from duckdb_columns() "
                                   "where not internal and coalesce(comment, '') = ''")
    assert undescribed == []
    ((comment,),) = query(warehouse, "select comment from duckdb_columns() "
                                     "where table_name = 'rejected_inputs' and column_name = 'raw_path'")
    assert comment == "Path of the kept raw bytes in the content-addressed store."


def test_parquet_set_holds_every_mart_with_its_rows(first_run):
    warehouse, _ = first_run
    parquet = warehouse.parent / "parquet"
    assert sorted(p.name for p in parquet.iterdir()) == [f"{t}.parquet" for t in PUBLISHED]
    with duckdb.connect() as con:
        counts = {t: con.execute("select count(*) from read_parquet(?)", [str(parquet / f"{t}.parquet")]).fetchone()[0]
                  for t in PUBLISHED}
    assert counts == row_counts(warehouse)
    assert query(warehouse, "select count(*) from dim_articles")[0][0] == 10


READ_EVERY_TABLE = """
import json, sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
names = [n for (n,) in con.execute("select table_name from duckdb_tables() order by 1").fetchall()]
counts = {n: len(con.execute(f'select * from "{n}"').fetchall()) for n in names}
print(json.dumps({"version": duckdb.__version__, "counts": counts}))
"""


def test_duckdb_1_4_reads_every_mart(first_run):
    from tests.client_envs import run_client

    warehouse, _ = first_run
    answer = run_client("duckdb-1.4", READ_EVERY_TABLE, str(warehouse))
    assert answer == {"version": "1.4.4", "counts": row_counts(warehouse)}


REFLECT = """
import json, sys, sqlalchemy as sa
engine = sa.create_engine(f"duckdb:///{sys.argv[1]}?access_mode=read_only")
inspector = sa.inspect(engine)
tables = {
    name: [[c["name"], c.get("comment")] for c in inspector.get_columns(name)]
    for name in inspector.get_table_names()
}
with engine.connect() as con:
    n = con.execute(sa.text("select count(*) from dim_articles")).scalar()
print(json.dumps({"version": sa.__version__, "tables": tables, "dim_articles": n}))
"""


def test_sqlalchemy_2_0_with_duckdb_engine_reflects_the_marts(first_run):
    from tests.client_envs import run_client

    warehouse, _ = first_run
    answer = run_client("sqlalchemy-2.0", REFLECT, str(warehouse))
    expected = {
        table: [[name, comment] for name, comment in query(
            warehouse, "select column_name, comment from duckdb_columns() where table_name = ? "
                       "order by column_index", [table])]
        for table in PUBLISHED
    }
    assert answer == {"version": "2.0.54", "tables": expected, "dim_articles": 10}


def declared_constraints() -> set[tuple[str, str, str]]:
    """(model, column, NOT NULL | PRIMARY KEY) of every enforced contract's constraints in the dbt yml."""
    import yaml

    kinds = {"not_null": "NOT NULL", "primary_key": "PRIMARY KEY"}
    declared = set()
    for path in (load_settings().dbt_project_dir / "models").rglob("*.yml"):
        for model in yaml.safe_load(path.read_text()).get("models") or []:
            if not (model.get("config") or {}).get("contract", {}).get("enforced"):
                continue
            for column in model.get("columns") or []:
                for constraint in column.get("constraints") or []:
                    if constraint["type"] in kinds:
                        declared.add((model["name"], column["name"], kinds[constraint["type"]]))
    return declared


def test_the_working_tables_enforce_every_declared_not_null_and_key(first_run):
    """The marts' not_null and unique data tests on these columns were dropped (decision 017):
    DuckDB itself refuses a null or a repeated key in every table and incremental mart."""
    warehouse, _ = first_run
    enforced = {
        (table, column, kind)
        for table, kind, columns in query(
            working_db(warehouse),
            "select table_name, constraint_type, constraint_column_names from duckdb_constraints() "
            "where constraint_type in ('NOT NULL', 'PRIMARY KEY')")
        for column in columns
    }
    views = {name for (name,) in query(working_db(warehouse), "select view_name from duckdb_views()")}
    declared = {row for row in declared_constraints() if row[0] not in views}
    assert len(declared) > 80
    assert declared - enforced == set()
    with duckdb.connect(str(working_db(warehouse))) as con, pytest.raises(duckdb.ConstraintException):
        con.execute("insert into fct_citations (citation_id) values (null)")
