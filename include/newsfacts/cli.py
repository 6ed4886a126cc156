"""Command line: `newsfacts run | rejects | sql | shell | docs | clean | airflow | bench`."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

from newsfacts import analyst_sql
from newsfacts.config import child_environment, load_settings, set_environment_defaults

EXAMPLE_QUERY = """\
select publisher, published_date, word_count, title
from dim_articles
order by published_date nulls last, publisher
limit 20"""


# After SIGTERM or Ctrl-C, how long the run may take to stop before it is killed.
STOP_GRACE_SECONDS = 2.0


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


def _progress(settings):
    """A live progress bar when stdout is a terminal; nothing when it is a file or a pipe."""
    import contextlib

    if not sys.stdout.isatty():
        return contextlib.nullcontext()
    from newsfacts.progress import RunProgress

    return RunProgress(settings)


def run_command(args: argparse.Namespace) -> int:
    """Run the pipeline DAG once over an inbox (or a sources file) with Airflow's dag.test()."""
    sources = _checked_sources(args.sources) if getattr(args, "sources", None) else None
    inbox = Path(args.inbox or load_settings().inbox).expanduser().resolve()
    if sources is None and not inbox.is_dir():
        return _fail(f"inbox {inbox} is not a folder")
    warehouse = Path(args.warehouse).expanduser().resolve()
    if warehouse.suffix != ".duckdb":
        return _fail(f"warehouse path should end in .duckdb: {warehouse}")
    if not args.in_process:
        return _run_until_stopped(inbox, warehouse, args.full_refresh, sources)
    from newsfacts.airflow_env import apply_airflow_environment

    settings = load_settings().with_run_paths(inbox, warehouse)
    apply_airflow_environment(settings)
    # dag.test() runs every task in this process: what one step imports, the next one has.
    set_environment_defaults({"NEWSFACTS_ONE_PROCESS_RUN": "1"})
    _ensure_airflow_db(settings)
    dag = _load_pipeline_dag(settings.project_root / "dags")
    run_conf = {"inbox": None if sources else str(inbox), "warehouse": str(warehouse),
                "full_refresh": args.full_refresh}
    if sources:
        run_conf["sources"] = str(sources)
    published_before = _file_identity(warehouse)
    with _progress(settings):
        dag_run = dag.test(run_conf=run_conf)
    state = str(getattr(dag_run, "state", "unknown"))
    if not state.endswith("success"):
        return _fail(f"pipeline run {dag_run.run_id} ended '{state}'; see the task logs above")
    if published_before is not None and _file_identity(warehouse) == published_before:
        print("\nnothing new: warehouse unchanged (no input landed or changed since the last publish)")
    print_summary(warehouse)
    return 0


def _file_identity(path: Path) -> tuple[int, int] | None:
    """The file's inode and modification time, which every publish changes; None when absent."""
    try:
        status = path.stat()
    except FileNotFoundError:
        return None
    return status.st_ino, status.st_mtime_ns


def _run_until_stopped(inbox: Path, warehouse: Path, full_refresh: bool, sources: Path | None = None) -> int:
    """Run the DAG in a child process group that SIGTERM or Ctrl-C stops at once, whole.

    Every step survives a SIGKILL (see tests/integration/test_crash_safety.py), so stopping
    mid-run leaves the published snapshot as it was, and the next run completes the work.
    """
    import signal

    from newsfacts.scheduler import stop_process_group

    where = ["--sources", str(sources)] if sources else ["--inbox", str(inbox)]
    command = [sys.executable, "-m", "newsfacts.cli", "run", "--in-process", *where,
               "--warehouse", str(warehouse)]
    child = subprocess.Popen([*command, *(["--full-refresh"] if full_refresh else [])],
                             env=child_environment(), start_new_session=True)
    stop_signals: list[int] = []

    def request_stop(signum, _frame):
        stop_signals.append(signum)

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        while child.poll() is None and not stop_signals:
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=0.2)
    finally:
        if child.poll() is None:
            stop_process_group(child, grace_seconds=STOP_GRACE_SECONDS)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if stop_signals:
        print(f"newsfacts: stopped by {signal.Signals(stop_signals[0]).name}; the published "
              f"warehouse is unchanged, and the next run completes the work", file=sys.stderr)
        return 128 + stop_signals[0]
    if child.returncode < 0:
        # Die the way the run died (a SIGKILL stays a SIGKILL for whoever started us).
        if -child.returncode not in (signal.SIGKILL, signal.SIGSTOP):  # these have no handler
            signal.signal(-child.returncode, signal.SIG_DFL)
        os.kill(os.getpid(), -child.returncode)
    return child.returncode


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
        print_language_coverage(con)
        settings = load_settings().with_run_paths(None, warehouse)
        print("Data Docs:", data_docs_index(settings.quality_dir))
        print("Report:", settings.report_dir / "index.html")
        print("dbt docs:", settings.analyst_docs_dir / "index.html", "(`newsfacts docs` serves it)")
        print("\nExample query:\n" + EXAMPLE_QUERY)
        result = con.execute(EXAMPLE_QUERY)
        print(_format_rows([d[0] for d in result.description], result.fetchall()))


def print_language_coverage(con) -> None:
    """Facts per language of the last run, and a warning naming the languages that got none."""
    import json

    from newsfacts.quality.languages import COVERAGE_SUITE

    rows = con.execute(
        "select column_name, success, observed_value from quality_results where suite = ? "
        "and run_id = (select arg_max(run_id, validated_at) from quality_results) order by column_name",
        [COVERAGE_SUITE],
    ).fetchall()
    if not rows:
        return
    print("Facts per language:")
    for language, _success, observed in rows:
        counts = json.loads(observed)
        print(f"  {language:<8} " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    if missing := [language for language, success, _ in rows if not success]:
        print(f"WARNING: no facts for language(s) {', '.join(missing)}: no rules or model reads them"
              " (see the README's language table)")


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


def docs_command(args: argparse.Namespace) -> int:
    """Serve the analysts' dbt docs page on 127.0.0.1, or print its path."""
    from newsfacts.analyst_docs import serve_dbt_docs

    settings = load_settings().with_run_paths(None, args.warehouse)
    page = settings.analyst_docs_dir / "index.html"
    if not page.exists():
        raise CliError(f"no docs at {page}; run `newsfacts run` first")
    if args.path:
        print(page)
        return 0
    serve_dbt_docs(page.parent, args.port)
    return 0


def airflow_command(args: argparse.Namespace) -> int:
    """Run Airflow for scheduled runs until stopped: standalone on SQLite, or on Celery workers."""
    from dataclasses import replace

    from newsfacts import distributed as celery_mode
    from newsfacts.airflow_env import AirflowSetupError
    from newsfacts.config import load_distributed_settings
    from newsfacts.scheduler import run_in_foreground

    settings = load_settings()
    if args.schedule:
        settings = replace(settings, schedule=args.schedule)
    services = load_distributed_settings()
    try:
        executor = celery_mode.checked_executor(args.executor or services.executor)
        if args.print_env:
            print_airflow_environment(settings, services, executor, args.port)
            return 0
        if executor == "local":
            if args.workers is not None or args.worker_only:
                raise CliError("--workers and --worker-only need --executor celery")
            try:
                return run_in_foreground(settings, args.port)
            except AirflowSetupError as exc:
                raise CliError(str(exc)) from exc
        process = celery_mode.start_celery_airflow(settings, services, args.port, workers=args.workers,
                                                   control_plane=not args.worker_only)
    except celery_mode.ServiceUnavailable as exc:
        raise CliError(str(exc)) from exc
    return run_in_foreground(settings, args.port, process)


def print_airflow_environment(settings, services, executor: str, port: int) -> None:
    """Print `export` lines that point the `airflow` command (backfill, tasks ...) at this deployment."""
    import shlex

    from newsfacts.airflow_env import WRITER_POOL, airflow_environment
    from newsfacts.distributed import celery_environment

    env = (celery_environment(settings, services, port) if executor == "celery"
           else {**airflow_environment(settings, api_port=port), "NEWSFACTS_WRITER_POOL": WRITER_POOL})
    for key, value in env.items():
        print(f"export {key}={shlex.quote(value)}")


def clean_command(args: argparse.Namespace) -> int:
    """Remove a warehouse's runtime files (work files, raw bytes, quality docs); keep the warehouse."""
    import shutil

    settings = load_settings().with_run_paths(None, args.warehouse)
    # A chosen data dir may serve other warehouses too: only this one's work files go.
    targets = [settings.work_dir] if settings.data_dir else [settings.runtime_dir]
    for target in targets:
        if target.exists():
            shutil.rmtree(target)
            print(f"removed {target}")
        else:
            print(f"nothing to remove at {target}")
    if settings.data_dir:
        print(f"kept the shared raw store and quality docs under {settings.data_dir}")
    return 0


def bench_command(args: argparse.Namespace) -> int:
    """Throughput of the whole pipeline at N pages, per stage, and of an incremental run."""
    from newsfacts.scale_bench import bench_command as run_scale_bench

    corpus = Path(args.corpus).expanduser().resolve()
    if not corpus.is_dir():
        return _fail(f"corpus {corpus} is not a folder")
    if args.docs < 1:
        return _fail("--docs must be at least 1")
    if args.time_discovery:
        import json

        from newsfacts.scale_bench import time_discovery

        print(json.dumps(time_discovery(corpus, args.docs)))
        return 0
    if args.compare_extraction:
        from newsfacts.scale_bench import compare_extraction

        return compare_extraction(corpus, args.docs, load_settings().extract_processes)
    return run_scale_bench(corpus, args.docs)


def build_parser() -> argparse.ArgumentParser:
    default_warehouse = str(load_settings().warehouse)
    parser = argparse.ArgumentParser(prog="newsfacts", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run the pipeline DAG once over a folder")
    inputs = run.add_mutually_exclusive_group(required=True)
    inputs.add_argument("--inbox", help="folder of .html/.htm/.txt/.warc/.warc.gz files")
    inputs.add_argument("--sources", help="sources file (YAML): feeds, sitemaps, URL lists, folders, WARCs")
    run.add_argument("--warehouse", default=default_warehouse, help="published DuckDB file")
    run.add_argument("--full-refresh", action="store_true",
                     help="extract every input again, also those landed before, and rebuild every dbt "
                          "model from scratch (after a rule change)")
    # The child process that `newsfacts run` starts runs the DAG itself.
    run.add_argument("--in-process", action="store_true", help=argparse.SUPPRESS)
    run.set_defaults(handler=run_command)

    rejects = commands.add_parser("rejects", help="list inputs that went to quarantine")
    rejects.add_argument("--warehouse", default=default_warehouse)
    rejects.add_argument("--json", action="store_true", help="print JSON instead of a table")
    rejects.set_defaults(handler=rejects_command)

    sql = commands.add_parser("sql", help="run read-only SQL on the published warehouse")
    analyst_sql.add_sql_arguments(sql, default_warehouse)
    sql.set_defaults(handler=analyst_sql.sql_command)

    shell = commands.add_parser("shell", help="interactive read-only SQL session on the published warehouse")
    analyst_sql.add_shell_arguments(shell, default_warehouse)
    shell.set_defaults(handler=analyst_sql.shell_command)

    docs = commands.add_parser("docs", help="serve the dbt docs of the published warehouse on 127.0.0.1")
    docs.add_argument("--warehouse", default=default_warehouse)
    docs.add_argument("--port", type=int, default=8081)
    docs.add_argument("--path", action="store_true", help="print the page's path (opens from file://)")
    docs.set_defaults(handler=docs_command)

    bench = commands.add_parser("bench", help="docs/s of the whole pipeline at N pages, and incrementally")
    bench.add_argument("--corpus", default=str(load_settings().project_root.parent / "shared" / "corpus" / "aeb" / "html"),
                       help="folder of .html pages, reused with variations to reach --docs")
    bench.add_argument("--docs", type=int, default=300, help="pages in the full run")
    bench.add_argument("--compare-extraction", action="store_true",
                       help="instead: time one process, forked workers and spaCy n_process on --docs pages")
    bench.add_argument("--time-discovery", action="store_true",
                       help="instead: time discovery of --docs inputs, then with all but 1%% landed")
    bench.set_defaults(handler=bench_command)

    clean = commands.add_parser("clean", help="remove a warehouse's runtime files, not the warehouse")
    clean.add_argument("--warehouse", default=default_warehouse)
    clean.set_defaults(handler=clean_command)

    airflow = commands.add_parser("airflow", help="run Airflow with the scheduler on 127.0.0.1")
    airflow.add_argument("--port", type=int, default=8080)
    airflow.add_argument("--schedule", help="cron or preset for the pipeline (default @hourly)")
    airflow.add_argument("--executor", choices=["local", "celery"],
                         help="local: SQLite and LocalExecutor (default, NEWSFACTS_AIRFLOW_EXECUTOR); "
                              "celery: PostgreSQL, Redis and Celery workers (docs/scaling.md)")
    airflow.add_argument("--workers", type=int, help="Celery workers to start here (default 2)")
    airflow.add_argument("--worker-only", action="store_true",
                         help="start only Celery workers, for a host beside the one that runs the scheduler")
    airflow.add_argument("--print-env", action="store_true",
                         help="print the environment as `export` lines, for the `airflow` command; start nothing")
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
