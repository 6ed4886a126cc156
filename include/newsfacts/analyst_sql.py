"""`newsfacts sql` and `newsfacts shell`: read-only SQL on the published snapshot for analysts."""

from __future__ import annotations

import argparse
import csv
import difflib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FORMATS = ("table", "csv", "json", "markdown", "parquet")
DEFAULT_MAX_WIDTH = 50
NULL_TEXT = "NULL"
PROMPT = "newsfacts> "
# Statement types whose rows are printed; the others are run for their effect.
RESULT_STATEMENTS = {"SELECT", "PRAGMA", "EXPLAIN", "CALL", "EXECUTE"}


class AnalystSqlError(Exception):
    """A problem the analyst can fix; printed as one line, exit code 2."""


@dataclass(frozen=True)
class QueryResult:
    """The columns and rows one statement returned, plus its Arrow table for Parquet output."""

    columns: list[str]
    rows: list[tuple]
    arrow: object | None = None


def fail(message: str) -> int:
    """Print one error line the way every newsfacts command does; return exit code 2."""
    print(f"newsfacts: error: {message}", file=sys.stderr)
    return 2


def open_snapshot(warehouse: Path):
    """Read-only connection to a published warehouse, or one clear error line."""
    import duckdb

    if not warehouse.exists():
        raise AnalystSqlError(f"no published warehouse at {warehouse}; run `newsfacts run` first")
    if not warehouse.is_file():
        raise AnalystSqlError(f"{warehouse} is not a DuckDB database file")
    try:
        return duckdb.connect(str(warehouse), read_only=True)
    except duckdb.Error as exc:
        if "not a valid DuckDB database" in str(exc):
            raise AnalystSqlError(f"{warehouse} is not a DuckDB database") from exc
        raise AnalystSqlError(f"cannot open {warehouse}: {one_line(str(exc))}") from exc


def one_line(message: str) -> str:
    """DuckDB's error text without its multi-line query excerpt: the error and its hint only."""
    kept = []
    for line in message.strip().splitlines():
        if not line.strip() or line.startswith("LINE "):
            break
        kept.append(line.strip())
    return " ".join(kept)


def describe_error(con, exc: Exception) -> str:
    """One line for a failed statement: read-only refusals and unknown tables said plainly."""
    text = str(exc)
    if "read-only mode" in text:
        return f"the warehouse is a read-only snapshot; {one_line(text)}"
    missing = re.search(r"Table with name (\S+) does not exist", text)
    if missing:
        nearest = difflib.get_close_matches(missing.group(1).lower(), table_names(con), n=3, cutoff=0.5)
        first = one_line(text).split("!")[0]
        if nearest:
            return f"{first}! Nearest tables: {', '.join(nearest)}"
        return f"{first}! Tables: {', '.join(table_names(con))}"
    return one_line(text)


def table_names(con) -> list[str]:
    """Tables and views analysts can query, without DuckDB's own catalog."""
    return [name for (name,) in con.execute(
        "select table_name from duckdb_tables() where not internal "
        "union select view_name from duckdb_views() where not internal order by 1"
    ).fetchall()]


def run_statements(con, query: str, want_arrow: bool = False) -> Iterator[QueryResult]:
    """Run every statement of the query in order; yield each one that returns rows."""
    import duckdb

    try:
        statements = con.extract_statements(query)
    except duckdb.Error as exc:
        raise AnalystSqlError(describe_error(con, exc)) from exc
    if not statements:
        raise AnalystSqlError("the query holds no SQL statement (empty or only comments)")
    for statement in statements:
        try:
            if statement.type.name not in RESULT_STATEMENTS:
                con.execute(statement.query)  # SET, USE and the like answer only 'Success'
            elif want_arrow:
                relation = con.sql(statement.query)
                yield QueryResult(relation.columns, [], relation.to_arrow_table())
            else:
                cursor = con.execute(statement.query)
                yield QueryResult([d[0] for d in cursor.description], cursor.fetchall())
        except duckdb.Error as exc:
            raise AnalystSqlError(describe_error(con, exc)) from exc


def display_text(value: object) -> str:
    """A value as one line of text: NULL for null, whitespace runs folded to one space."""
    if value is None:
        return NULL_TEXT
    return " ".join(str(value).split())


def cell_width(text: str) -> int:
    """Columns the text takes in a terminal (CJK and emoji take two)."""
    from rich.cells import cell_len

    return cell_len(text)


def clip(text: str, max_width: int | None) -> str:
    """The text cut to max_width terminal columns, with '…' when it was cut."""
    from rich.cells import get_character_cell_size

    if max_width is None or cell_width(text) <= max_width:
        return text
    kept, used = [], 0
    for char in text:
        size = get_character_cell_size(char)
        if used + size > max_width - 1:
            break
        kept.append(char)
        used += size
    return "".join(kept) + "…"


def pad(text: str, width: int) -> str:
    """The text padded with spaces to width terminal columns."""
    return text + " " * (width - cell_width(text))


def format_table(result: QueryResult, max_width: int | None) -> str:
    """Aligned text table: header, rule, one line per row."""
    header = [clip(c, max_width) for c in result.columns]
    cells = [[clip(display_text(v), max_width) for v in row] for row in result.rows]
    widths = [max([cell_width(h)] + [cell_width(r[i]) for r in cells]) for i, h in enumerate(header)]
    lines = [" | ".join(pad(h, w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(pad(v, w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)


def format_markdown(result: QueryResult, max_width: int | None) -> str:
    """GitHub-flavoured Markdown table, pipes escaped."""
    def cell(value: object) -> str:
        return clip(display_text(value), max_width).replace("|", "\\|")

    header = [cell(c) for c in result.columns]
    cells = [[cell(v) for v in row] for row in result.rows]
    widths = [max([3, cell_width(h)] + [cell_width(r[i]) for r in cells]) for i, h in enumerate(header)]
    lines = ["| " + " | ".join(pad(h, w) for h, w in zip(header, widths, strict=True)) + " |"]
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    lines += ["| " + " | ".join(pad(v, w) for v, w in zip(r, widths, strict=True)) + " |" for r in cells]
    return "\n".join(lines)


def format_csv(result: QueryResult) -> str:
    """RFC 4180 CSV with a header line; null is an empty field."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([["" if v is None else v for v in row] for row in result.rows])
    return buffer.getvalue().rstrip("\n")


def format_json(result: QueryResult) -> str:
    """One JSON array of row objects; dates, decimals and the like as strings."""
    records = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
    return json.dumps(records, default=str, ensure_ascii=False)


def write_parquet(result: QueryResult, output: Path) -> None:
    """Write the result to a Parquet file, renamed into place once complete."""
    import pyarrow.parquet as pq

    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(f".{output.name}.partial")
    try:
        pq.write_table(result.arrow, partial)
        os.replace(partial, output)
    finally:
        partial.unlink(missing_ok=True)


def render(result: QueryResult, fmt: str, max_width: int | None) -> str:
    """One result in a text format."""
    if fmt == "table":
        return format_table(result, max_width)
    if fmt == "markdown":
        return format_markdown(result, max_width)
    if fmt == "csv":
        return format_csv(result)
    return format_json(result)


def read_query(text: str) -> str:
    """The query argument, or standard input when it is '-'."""
    return sys.stdin.read() if text == "-" else text


def execute(args: argparse.Namespace) -> None:
    """Run the query and print (or, for parquet, write) every result in order."""
    if args.format == "parquet" and not args.output:
        raise AnalystSqlError("--format parquet needs --output FILE")
    if args.output and args.format != "parquet":
        raise AnalystSqlError("--output is for --format parquet; other formats print to stdout")
    if args.max_width < 2:
        raise AnalystSqlError("--max-width must be 2 or more")
    max_width = None if args.full else args.max_width
    query = read_query(args.query)
    with open_snapshot(Path(args.warehouse).expanduser().resolve()) as con:
        results = list(run_statements(con, query, want_arrow=args.format == "parquet"))
        if args.format == "parquet":
            if len(results) != 1:
                raise AnalystSqlError(f"--format parquet writes one result; the query returned {len(results)}")
            output = Path(args.output).expanduser().resolve()
            write_parquet(results[0], output)
            print(f"wrote {results[0].arrow.num_rows} rows to {output}")
            return
        # JSON: one array per line (JSON Lines); text formats: a blank line between results.
        separator = "\n" if args.format == "json" else "\n\n"
        print(separator.join(render(result, args.format, max_width) for result in results))


def sql_command(args: argparse.Namespace) -> int:
    """Run SQL on the published warehouse, read-only; print each statement's result in order."""
    try:
        execute(args)
    except AnalystSqlError as exc:
        return fail(str(exc))
    except OSError as exc:  # e.g. --output in a folder that cannot be written
        return fail(f"cannot write {exc.filename}: {exc.strerror}")
    return 0


def add_sql_arguments(parser: argparse.ArgumentParser, default_warehouse: str) -> None:
    """The options of `newsfacts sql`."""
    parser.add_argument("query", help="SQL, one or more statements separated by ';' ('-' reads stdin)")
    parser.add_argument("--warehouse", default=default_warehouse, help="published DuckDB file")
    parser.add_argument("--format", choices=FORMATS, default="table",
                        help="table (default), csv, json, markdown, or parquet (needs --output)")
    parser.add_argument("--output", help="file to write with --format parquet")
    parser.add_argument("--max-width", type=int, default=DEFAULT_MAX_WIDTH,
                        help=f"cut table and markdown cells to N columns (default {DEFAULT_MAX_WIDTH})")
    parser.add_argument("--full", action="store_true", help="never cut cells")


def add_shell_arguments(parser: argparse.ArgumentParser, default_warehouse: str) -> None:
    """The options of `newsfacts shell`."""
    parser.add_argument("--warehouse", default=default_warehouse, help="published DuckDB file")
    parser.add_argument("--no-duckdb-cli", action="store_true",
                        help="use the built-in prompt even when the duckdb CLI is installed")


def shell_command(args: argparse.Namespace) -> int:
    """Interactive read-only session: the duckdb CLI if installed, else a small SQL prompt."""
    warehouse = Path(args.warehouse).expanduser().resolve()
    try:
        con = open_snapshot(warehouse)
    except AnalystSqlError as exc:
        return fail(str(exc))
    duckdb_cli = None if args.no_duckdb_cli else shutil.which("duckdb")
    if duckdb_cli:
        con.close()
        return subprocess.run([duckdb_cli, "-readonly", str(warehouse)], check=False).returncode
    with con:
        repl(con, warehouse)
    return 0


def repl(con, warehouse: Path) -> None:
    """Read statements until a line ends with ';', run them, print tables; '.tables', '.quit'."""
    interactive = sys.stdin.isatty()
    if interactive:
        print(f"{warehouse} (read-only). End statements with ';'. .tables lists tables, .quit leaves.")
    pending = ""
    while (line := next_line(interactive, "...> " if pending else PROMPT)) is not None:
        command = line.strip()
        if not pending and command in (".quit", ".exit"):
            return
        if not pending and command == ".tables":
            print("\n".join(table_names(con)))
            continue
        pending += line + "\n"
        if command.endswith(";"):
            run_in_repl(con, pending)
            pending = ""
    if pending.strip():
        run_in_repl(con, pending)


def next_line(interactive: bool, prompt: str) -> str | None:
    """The next input line without its newline; None at end of input."""
    if interactive:
        try:
            return input(prompt)
        except EOFError:
            print()
            return None
    line = sys.stdin.readline()
    return None if line == "" else line.rstrip("\n")


def run_in_repl(con, query: str) -> None:
    """Print each result of the query as a table; an error is one line and the session goes on."""
    try:
        for result in run_statements(con, query):
            print(format_table(result, DEFAULT_MAX_WIDTH), flush=True)
    except AnalystSqlError as exc:
        print(f"error: {exc}", file=sys.stderr, flush=True)
