"""Command line: `newsfacts run | rejects | sql`."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from newsfacts.config import child_environment, load_settings

EXAMPLE_QUERY = """\
select publisher, published_date, word_count, title
from dim_articles
order by published_date nulls last, publisher
limit 20"""


class CliError(Exception):
    """A problem the user can fix; printed as one line, exit code 2."""


def _fail(message: str) -> int:
    print(f"newsfacts: error: {message}", file=sys.stderr)
    return 2


def _open_snapshot(args: argparse.Namespace):
    """Read-only connection to the published warehouse named by --warehouse."""
    from newsfacts.publish import connect_read_only

    try:
        return connect_read_only(Path(args.warehouse).expanduser().resolve())
    except FileNotFoundError as exc:
        raise CliError(str(exc)) from exc


def _ensure_airflow_db(settings) -> None:
    if (settings.airflow_home / "airflow.db").exists():
        return
    print(f"setting up Airflow metadata database in {settings.airflow_home} (first run only)")
    airflow = Path(sys.executable).parent / "airflow"
    subprocess.run([str(airflow), "db", "migrate"], check=True, env=child_environment(),
                   stdout=subprocess.DEVNULL)


def _load_pipeline_dag(dags_folder: Path):
    """Import the pipeline DAG file the way Airflow would, and return its DAG."""
    import importlib.util

    from airflow.sdk import DAG

    path = dags_folder / "newsfacts_pipeline.py"
    spec = importlib.util.spec_from_file_location("newsfacts_pipeline_dag", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return next(value for value in vars(module).values() if isinstance(value, DAG))


def run_command(args: argparse.Namespace) -> int:
    """Run the pipeline DAG once over an inbox (or a sources file) with Airflow's dag.test()."""
    sources = _checked_sources(args.sources) if getattr(args, "sources", None) else None
    inbox = Path(args.inbox or load_settings().inbox).expanduser().resolve()
    if sources is None and not inbox.is_dir():
        return _fail(f"inbox {inbox} is not a folder")
    warehouse = Path(args.warehouse).expanduser().resolve()
    if warehouse.suffix != ".duckdb":
        return _fail(f"warehouse path should end in .duckdb: {warehouse}")
    from newsfacts.airflow_env import apply_airflow_environment

    settings = load_settings().with_run_paths(inbox, warehouse)
    apply_airflow_environment(settings)
    _ensure_airflow_db(settings)
    dag = _load_pipeline_dag(settings.project_root / "dags")
    run_conf = {"inbox": None if sources else str(inbox), "warehouse": str(warehouse)}
    if sources:
        run_conf["sources"] = str(sources)
    dag_run = dag.test(run_conf=run_conf)
    state = str(getattr(dag_run, "state", "unknown"))
    if not state.endswith("success"):
        return _fail(f"pipeline run {dag_run.run_id} ended '{state}'; see the task logs above")
    print_summary(warehouse)
    return 0


def _checked_sources(path: str) -> Path:
    """The sources file's absolute path, once it has been read and checked (before any fetch)."""
    from newsfacts.ingest.sources_file import SourcesFileError, load_sources

    sources_file = Path(path).expanduser().resolve()
    try:
        load_sources(sources_file)
    except SourcesFileError as exc:
        raise CliError(str(exc)) from exc
    return sources_file


def print_summary(warehouse: Path) -> None:
    """Row counts of every mart, the warehouse path, and an example query with its result."""
    from newsfacts.publish import connect_read_only
    from newsfacts.quality.runner import data_docs_index

    with connect_read_only(warehouse) as con:
        tables = con.execute(
            "select table_name from information_schema.tables "
            "where table_schema = 'main' and table_type = 'BASE TABLE' order by table_name"
        ).fetchall()
        print("\nPublished warehouse:", warehouse)
        print("Rows per table:")
        for (name,) in tables:
            count = con.execute(f'select count(*) from main."{name}"').fetchone()[0]  # noqa: S608 -- name from the catalog
            print(f"  {name:<28} {count:>8}")
        checks = con.execute(
            "select count(*), count(*) filter (where not success) from quality_results "
            "where run_id = (select arg_max(run_id, validated_at) from quality_results)"
        ).fetchone()
        print(f"\nQuality: {checks[0]} expectations checked in the last run, {checks[1]} warnings"
              " (table quality_results)")
        print("Data Docs:", data_docs_index(load_settings().quality_dir))
        print("\nExample query:\n" + EXAMPLE_QUERY)
        result = con.execute(EXAMPLE_QUERY)
        print(_format_rows([d[0] for d in result.description], result.fetchall()))


def _format_rows(columns: list[str], rows: list[tuple], width: int = 60) -> str:
    cells = [[("" if v is None else str(v))[:width] for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [" | ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(lines)


def rejects_command(args: argparse.Namespace) -> int:
    """List quarantined inputs of the published warehouse."""
    with _open_snapshot(args) as con:
        result = con.execute(
            "select reason, source_uri, detail, raw_path from rejected_inputs order by reason, source_uri"
        )
        rows = result.fetchall()
        if args.json:
            print(json.dumps([dict(zip([d[0] for d in result.description], r, strict=True)) for r in rows]))
        else:
            print(_format_rows([d[0] for d in result.description], rows, width=80))
            print(f"{len(rows)} rejected input(s)")
    return 0


def sql_command(args: argparse.Namespace) -> int:
    """Run one SQL query against the published warehouse, read-only."""
    import duckdb

    with _open_snapshot(args) as con:
        try:
            result = con.execute(args.query)
        except duckdb.Error as exc:
            raise CliError(f"query failed: {exc}") from exc
        if result.description is None:
            return 0
        print(_format_rows([d[0] for d in result.description], result.fetchall()))
    return 0


def airflow_command(args: argparse.Namespace) -> int:
    """Run Airflow (standalone, SQLite, LocalExecutor) for scheduled runs until stopped."""
    from dataclasses import replace

    from newsfacts.scheduler import run_in_foreground

    settings = load_settings()
    if args.schedule:
        settings = replace(settings, schedule=args.schedule)
    return run_in_foreground(settings, args.port)


def build_parser() -> argparse.ArgumentParser:
    default_warehouse = str(load_settings().warehouse)
    parser = argparse.ArgumentParser(prog="newsfacts", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run the pipeline DAG once over a folder")
    inputs = run.add_mutually_exclusive_group(required=True)
    inputs.add_argument("--inbox", help="folder of .html/.htm/.txt/.warc/.warc.gz files")
    inputs.add_argument("--sources", help="sources file (YAML): feeds, sitemaps, URL lists, folders, WARCs")
    run.add_argument("--warehouse", default=default_warehouse, help="published DuckDB file")
    run.set_defaults(handler=run_command)

    rejects = commands.add_parser("rejects", help="list inputs that went to quarantine")
    rejects.add_argument("--warehouse", default=default_warehouse)
    rejects.add_argument("--json", action="store_true", help="print JSON instead of a table")
    rejects.set_defaults(handler=rejects_command)

    sql = commands.add_parser("sql", help="run a read-only SQL query on the published warehouse")
    sql.add_argument("query")
    sql.add_argument("--warehouse", default=default_warehouse)
    sql.set_defaults(handler=sql_command)

    airflow = commands.add_parser("airflow", help="run Airflow with the scheduler on 127.0.0.1")
    airflow.add_argument("--port", type=int, default=8080)
    airflow.add_argument("--schedule", help="cron or preset for the pipeline (default @hourly)")
    airflow.set_defaults(handler=airflow_command)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `newsfacts` command."""
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except CliError as exc:
        return _fail(str(exc))


if __name__ == "__main__":
    raise SystemExit(main())
