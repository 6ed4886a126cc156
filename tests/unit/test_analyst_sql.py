"""`newsfacts sql` and `newsfacts shell` on a real published snapshot: every format, every error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from newsfacts.cli import main
from newsfacts.publish import publish_snapshot


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    """A small published snapshot: wide characters, nulls, pipes, newlines and a long text."""
    root = tmp_path_factory.mktemp("analyst-sql")
    working = root / "work" / "wh.duckdb"
    working.parent.mkdir()
    with duckdb.connect(str(working)) as con:
        con.execute("create table dim_articles (article_id varchar, publisher varchar, title varchar, words integer)")
        con.execute(
            "insert into dim_articles values "
            "('a1', '新华社', '伊拉克与美国开始谈判', 120), "
            "('a2', 'Reuters', 'Iraq | US talks\nbegin', null), "
            "('a3', null, ?, 7)",
            ["x" * 80],
        )
        con.execute("create table fct_figures (article_id varchar, value double)")
        con.execute("insert into fct_figures values ('a1', 2500), ('a1', 3000)")
    return publish_snapshot(working, root / "pub" / "wh.duckdb")


def sql(warehouse: Path, capsys, *args: str) -> tuple[int, str, str]:
    """Run `newsfacts sql ARGS --warehouse W` in this process; return exit code, stdout, stderr."""
    code = main(["sql", *args, "--warehouse", str(warehouse)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


FORMAT_CASES = [
    pytest.param(
        ["select article_id, publisher, words from dim_articles order by 1"],
        "article_id | publisher | words\n"
        "-----------+-----------+------\n"
        "a1         | 新华社    | 120\n"
        "a2         | Reuters   | NULL\n"
        "a3         | NULL      | 7\n",
        id="table-aligns-wide-characters",
    ),
    pytest.param(
        ["select 1 as a; select 'two' as b"],
        "a\n-\n1\n\nb\n---\ntwo\n",
        id="table-every-statement-in-order",
    ),
    pytest.param(
        ["set threads = 1; select 1 as a"],
        "a\n-\n1\n",
        id="statements-without-rows-print-nothing",
    ),
    pytest.param(
        ["select title from dim_articles where article_id = 'a3'", "--max-width", "10"],
        "title\n----------\nxxxxxxxxx…\n",
        id="table-max-width",
    ),
    pytest.param(
        ["select title from dim_articles where article_id = 'a1'", "--max-width", "9"],
        "title\n---------\n伊拉克与…\n",
        id="table-max-width-counts-terminal-columns",
    ),
    pytest.param(
        ["select title from dim_articles where article_id = 'a3'", "--max-width", "10", "--full"],
        "title\n" + "-" * 80 + "\n" + "x" * 80 + "\n",
        id="table-full",
    ),
    pytest.param(
        ["select article_id, title from dim_articles where article_id = 'a2'", "--format", "csv"],
        'article_id,title\na2,"Iraq | US talks\nbegin"\n',
        id="csv-keeps-text-verbatim",
    ),
    pytest.param(
        ["select publisher, words from dim_articles where article_id = 'a3'", "--format", "csv"],
        "publisher,words\n,7\n",
        id="csv-null-is-empty",
    ),
    pytest.param(
        ["select article_id, title from dim_articles where article_id = 'a2'", "--format", "markdown"],
        "| article_id | title                  |\n"
        "|------------|------------------------|\n"
        "| a2         | Iraq \\| US talks begin |\n",
        id="markdown-escapes-pipes-and-newlines",
    ),
    pytest.param(
        ["select 1 as a; select 2 as b", "--format", "markdown"],
        "| a   |\n|-----|\n| 1   |\n\n| b   |\n|-----|\n| 2   |\n",
        id="markdown-every-statement",
    ),
]


@pytest.mark.parametrize(("args", "expected"), FORMAT_CASES)
def test_formats(warehouse, capsys, args, expected):
    code, out, err = sql(warehouse, capsys, *args)
    assert (code, err) == (0, "")
    assert out == expected


def test_json_is_one_array_of_objects_per_statement(warehouse, capsys):
    code, out, _ = sql(warehouse, capsys, "select article_id, publisher, words from dim_articles order by 1; "
                       "select count(*) as n from fct_figures", "--format", "json")
    first, second = out.splitlines()
    assert code == 0
    assert json.loads(first) == [
        {"article_id": "a1", "publisher": "新华社", "words": 120},
        {"article_id": "a2", "publisher": "Reuters", "words": None},
        {"article_id": "a3", "publisher": None, "words": 7},
    ]
    assert json.loads(second) == [{"n": 2}]


def test_parquet_writes_the_result_to_the_output_file(warehouse, capsys, tmp_path):
    output = tmp_path / "out" / "figures.parquet"
    code, out, _ = sql(warehouse, capsys, "select * from fct_figures order by value", "--format", "parquet",
                       "--output", str(output))
    assert code == 0 and out == f"wrote 2 rows to {output}\n"
    assert pq.read_table(output).to_pylist() == [{"article_id": "a1", "value": 2500.0},
                                                 {"article_id": "a1", "value": 3000.0}]
    assert [p.name for p in output.parent.iterdir()] == ["figures.parquet"]


ERROR_CASES = [
    pytest.param(["   "], "holds no SQL statement", id="empty-query"),
    pytest.param(["-- just a comment\n/* and another */"], "holds no SQL statement", id="comment-only"),
    pytest.param(["selec 1"], 'syntax error at or near "selec"', id="syntax-error"),
    pytest.param(["select * from dim_article"], "Nearest tables: dim_articles", id="unknown-table-near"),
    pytest.param(["select * from zzz"], "Tables: dim_articles, fct_figures", id="unknown-table-lists-tables"),
    pytest.param(["delete from dim_articles"], "read-only snapshot", id="delete"),
    pytest.param(["create table scratch (x int)"], "read-only snapshot", id="create"),
    pytest.param(["select 1; insert into fct_figures values ('a9', 1)"], "read-only snapshot",
                 id="write-after-a-select"),
    pytest.param(["select 1", "--format", "parquet"], "--format parquet needs --output", id="parquet-no-output"),
    pytest.param(["select 1; select 2", "--format", "parquet", "--output", "x.parquet"],
                 "writes one result; the query returned 2", id="parquet-two-results"),
    pytest.param(["select 1", "--output", "x.parquet"], "--output is for --format parquet", id="output-not-parquet"),
    pytest.param(["select 1", "--max-width", "0"], "--max-width must be 2 or more", id="max-width-zero"),
    pytest.param(["select 1", "--format", "parquet", "--output", "/proc/no/such/x.parquet"], "cannot write",
                 id="parquet-unwritable"),
]


@pytest.mark.parametrize(("args", "message"), ERROR_CASES)
def test_errors_are_one_line_and_exit_2(warehouse, capsys, args, message):
    code, out, err = sql(warehouse, capsys, *args)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("newsfacts: error: ") and "Traceback" not in err
    assert message in err


@pytest.mark.parametrize(
    ("make", "message"),
    [
        pytest.param(lambda root: root / "missing.duckdb", "run `newsfacts run` first", id="missing"),
        pytest.param(lambda root: _write(root / "notes.duckdb", b"not a database"), "is not a DuckDB database",
                     id="not-a-database"),
        pytest.param(lambda root: _write(root / "empty.duckdb", b""), "is not a DuckDB database", id="empty-file"),
        pytest.param(lambda root: root, "is not a DuckDB database file", id="a-folder"),
    ],
)
def test_warehouse_errors_are_one_line(tmp_path, capsys, make, message):
    code = main(["sql", "select 1", "--warehouse", str(make(tmp_path))])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and message in err


def _write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def test_query_from_stdin(warehouse):
    result = run_newsfacts(["sql", "-", "--warehouse", str(warehouse), "--format", "csv"],
                           "select count(*) as n from fct_figures;")
    assert (result.returncode, result.stdout) == (0, "n\n2\n")


def run_newsfacts(args: list[str], stdin: str) -> subprocess.CompletedProcess:
    """The installed command in a child process, with no duckdb CLI on PATH."""
    command = [str(Path(sys.executable).parent / "newsfacts"), *args]
    env = {**os.environ, "PATH": "/nonexistent"}
    return subprocess.run(command, input=stdin, env=env, capture_output=True, text=True, check=False, timeout=60)


def test_shell_without_duckdb_cli_is_a_read_only_prompt(warehouse):
    session = (
        "select count(*) as n\n  from fct_figures;\n"
        ".tables\n"
        "delete from fct_figures;\n"
        "select * from nope;\n"
        "select 'still here' as s;\n"
        ".quit\n"
        "select 'after quit' as s;\n"
    )
    result = run_newsfacts(["shell", "--warehouse", str(warehouse)], session)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "n\n-\n2\ndim_articles\nfct_figures\ns\n----------\nstill here\n"
    errors = result.stderr.splitlines()
    assert len(errors) == 2 and "read-only snapshot" in errors[0] and "nope" in errors[1]


def test_shell_on_a_missing_warehouse_is_one_line(tmp_path):
    result = run_newsfacts(["shell", "--warehouse", str(tmp_path / "none.duckdb")], "")
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "newsfacts run" in result.stderr
