"""Crash safety with real SIGKILLs, concurrent readers, and retried tasks.

A run killed at any point (mid-load, mid-dbt, mid-publish) never changes what analysts see,
and the next `newsfacts run` repairs everything by itself. The kills are deterministic: the
process SIGKILLs itself at a named fault point (NEWSFACTS_TEST_KILL_AT, newsfacts.faults), or
the whole process group (Python and its dbt child) is SIGKILLed once dbt's own log shows it
rebuilding dim_articles while its writes sit in the working database's WAL. No outcome depends
on timing: the tests poll for a file or a process state, with a deadline.

Each test adds one new article to the shared inbox, so a recovered run must publish exactly
the baseline articles plus the added ones, each once.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import duckdb
import pytest

from newsfacts.pipeline import settings_for_run
from newsfacts.publish import PARQUET_LINK, parquet_sets
from tests.conftest import SAMPLES, run_cli, working_db

pytestmark = pytest.mark.slow

KILL_VAR = "NEWSFACTS_TEST_KILL_AT"
DEADLINE_SECONDS = 240

# Plain-text articles on unrelated topics (no near-duplicates of each other or of the samples).
EXTRA_ARTICLES = {
    "ferry": (
        "Island ferry adds late crossings for summer",
        "The island ferry operator will add two late-evening crossings from June, after commuters "
        "and restaurant staff complained that the last boat left before their shifts ended. The "
        "harbour master said the extra sailings would run on weekdays and Saturdays, with a smaller "
        "vessel used on the quietest routes. Fares stay unchanged for residents holding a season "
        "pass, while visitors will pay a modest surcharge after nine o'clock. The operator expects "
        "roughly three hundred additional passengers each week and will review demand in October.",
    ),
    "library": (
        "Riverside library reopens after roof repairs",
        "The Riverside public library reopened on Monday after eleven months of roof repairs that "
        "forced librarians to move thousands of books into temporary storage. Volunteers helped "
        "reshelve the children's collection over the weekend. The renovated reading room now has "
        "brighter lighting, new study desks and a quiet corner for local history archives. Council "
        "officials said the project cost less than first estimated because contractors reused most "
        "of the original oak beams. Membership remains free for every resident.",
    ),
    "orchard": (
        "Apple growers report record harvest in the valley",
        "Apple growers across the valley are reporting a record harvest this autumn, helped by a "
        "mild spring without late frost and steady rainfall through August. Several family orchards "
        "hired extra pickers and extended the season by two weeks. Cooperative managers said cold "
        "storage is nearly full and that wholesale prices have slipped as supply rose. Cider makers "
        "welcomed the glut, buying bruised fruit that supermarkets reject. Growers warned that "
        "labour shortages and fuel costs could still squeeze profits despite the bumper crop.",
    ),
    "bridge": (
        "Engineers close old rail bridge for inspection",
        "Engineers closed the old rail bridge over the canal for a detailed structural inspection "
        "after sensors recorded unusual vibrations during heavy freight traffic. Passenger trains "
        "are being diverted through the northern junction, adding about fifteen minutes to "
        "journeys. The network authority said there was no immediate danger, but corrosion found "
        "in two steel girders needs closer examination. Divers will survey the submerged piers "
        "while drones photograph the upper spans. A decision on repairs is expected within a month.",
    ),
}

ALL_STEPS = "discover,extract,load,transform,validate,publish"

# Runs the named pipeline steps in order, as the DAG's tasks would, in a fresh process.
STEPS_CHILD = """
import sys
from newsfacts import pipeline

inbox, warehouse, run_id, names = sys.argv[1:]
settings = pipeline.settings_for_run(inbox, warehouse)
manifests = []
steps = {
    "discover": lambda: manifests.extend(pipeline.discover(settings, run_id)),
    "extract": lambda: [pipeline.extract_batch(manifest) for manifest in manifests],
    "load": lambda: pipeline.load(settings, run_id),
    "transform": lambda: pipeline.transform(settings),
    "validate": lambda: pipeline.validate(settings, run_id),
    "publish": lambda: pipeline.publish(settings),
}
for name in names.split(","):
    print(f"step {name}", flush=True)
    steps[name]()
print("steps finished", flush=True)
"""


# ---------------------------------------------------------------------------------------------
# helpers


def add_article(inbox: Path, key: str) -> str:
    """Drop one new article into the inbox; return its title."""
    title, body = EXTRA_ARTICLES[key]
    (inbox / f"extra-{key}.txt").write_text(
        f"{title}\n\n{body}\n\nPublished in Valley Courier, 2024-05-0{len(key)}\n"
    )
    return title


def file_identity(path: Path) -> tuple[int, str]:
    """The inode and content digest: both stay the same when a file is left untouched."""
    return path.stat().st_ino, hashlib.sha256(path.read_bytes()).hexdigest()


def published_rows(con) -> dict[str, list[tuple]]:
    """What an analyst sees: articles and quarantine."""
    return {
        "articles": con.execute(
            "select article_id, source_uri, title, content_hash from dim_articles order by all"
        ).fetchall(),
        "rejected": con.execute("select source_uri, reason from rejected_inputs order by all").fetchall(),
    }


def load_runs(warehouse: Path) -> list[tuple]:
    """Run accounting, kept in the working database (raw tables are not published)."""
    with duckdb.connect(str(working_db(warehouse)), read_only=True) as con:
        return con.execute(
            "select run_id, n_inputs, n_landed, n_already_landed, n_rejected from raw.load_runs order by all"
        ).fetchall()


def assert_no_leftovers(warehouse: Path) -> None:
    """Beside the snapshot: only itself, the parquet link, its folder and at most the previous one."""
    names = {p.name for p in warehouse.parent.iterdir()}
    current = os.readlink(warehouse.parent / PARQUET_LINK)
    sets = {p.name for p in parquet_sets(warehouse)}
    assert current in sets and len(sets) <= 2, sets
    assert names == {warehouse.name, PARQUET_LINK} | sets  # no .incoming copy, no half-made link


def read_published(warehouse: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return published_rows(con)


def run_steps(inbox: Path, warehouse: Path, run_id: str, steps: str, env: dict[str, str],
              logs: Path) -> subprocess.Popen:
    """Start pipeline steps ("discover,extract,...") in a child Python process and process group."""
    logs.mkdir(parents=True, exist_ok=True)
    with (logs / "stdout").open("w") as out, (logs / "stderr").open("w") as err:
        return subprocess.Popen(
            [sys.executable, "-c", STEPS_CHILD, str(inbox), str(warehouse), run_id, steps],
            env=env, stdout=out, stderr=err, start_new_session=True,
        )


def wait_until(condition, process: subprocess.Popen, what: str, logs: Path) -> None:
    """Poll condition() until it holds; fail if the process exits first or the deadline passes."""
    deadline = time.monotonic() + DEADLINE_SECONDS
    while not condition():
        if process.poll() is not None:
            pytest.fail(f"child exited ({process.returncode}) before {what}:\n{tail(logs)}")
        if time.monotonic() > deadline:
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail(f"timed out waiting for {what}:\n{tail(logs)}")
        time.sleep(0.01)  # polling interval only; no ordering depends on it


def tail(logs: Path) -> str:
    return "\n".join((logs / name).read_text()[-3000:] for name in ("stdout", "stderr"))


def assert_snapshot_untouched(warehouse: Path, identity: tuple[int, str], rows: dict) -> None:
    """The published file is the same inode with the same bytes, and reads the same rows."""
    assert file_identity(warehouse) == identity
    assert read_published(warehouse) == rows
    assert warehouse.stat().st_mode & 0o222 == 0  # still published read-only


def assert_recovered(result: subprocess.CompletedProcess, warehouse: Path, inbox: Path,
                     baseline: dict) -> dict:
    """The run exited 0 and published every article exactly once, and nothing else."""
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    rows = read_published(warehouse)
    expected = [Path(row[1]).name for row in baseline["articles"]]
    expected += [path.name for path in inbox.glob("extra-*.txt")]
    assert sorted(Path(row[1]).name for row in rows["articles"]) == sorted(expected)
    ids = [row[0] for row in rows["articles"]]
    assert len(ids) == len(set(ids))
    assert set(baseline["articles"]) <= set(rows["articles"])  # earlier articles kept as they were
    assert rows["rejected"] == baseline["rejected"]  # quarantine not duplicated
    with duckdb.connect(str(working_db(warehouse)), read_only=True) as con:
        raw_ids = con.execute("select count(*), count(distinct article_id) from raw.articles").fetchone()
    assert raw_ids == (len(ids), len(ids))
    assert_no_leftovers(warehouse)
    return rows


# ---------------------------------------------------------------------------------------------
# fixtures


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    """The samples plus an empty file (one quarantined input)."""
    folder = tmp_path_factory.mktemp("crash-inbox")
    shutil.copytree(SAMPLES, folder, dirs_exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("crash-out") / "newsfacts.duckdb"


@pytest.fixture(scope="module")
def baseline(inbox, warehouse, airflow_env, tmp_path_factory) -> dict:
    """A first good run of every step: the snapshot every later crash must leave alone."""
    logs = tmp_path_factory.mktemp("baseline")
    child = run_steps(inbox, warehouse, "baseline", ALL_STEPS, airflow_env, logs)
    assert child.wait(timeout=DEADLINE_SECONDS) == 0, tail(logs)
    rows = read_published(warehouse)
    assert len(rows["articles"]) >= 8 and [r[1] for r in rows["rejected"]] == ["empty"]
    return rows


@pytest.fixture
def before(baseline, warehouse) -> tuple[tuple[int, str], dict]:
    """The published snapshot as it is when a test starts: its identity and its rows."""
    return file_identity(warehouse), read_published(warehouse)


# ---------------------------------------------------------------------------------------------
# 1. SIGKILL mid-load and mid-dbt: analysts keep the last good snapshot, the next run repairs


def test_kill_inside_load_transaction(inbox, warehouse, airflow_env, baseline, before):
    """`newsfacts run` (the real DAG) SIGKILLed after the load's inserts, before its commit."""
    identity, rows = before
    runs = load_runs(warehouse)
    title = add_article(inbox, "ferry")
    killed = run_cli(["run", "--inbox", str(inbox), "--warehouse", str(warehouse)],
                     {**airflow_env, KILL_VAR: "load.after_insert"})
    assert killed.returncode == -signal.SIGKILL, (
        "not killed: load.py needs maybe_die('load.after_insert') before its commit\n"
        + killed.stdout[-3000:] + killed.stderr[-3000:]
    )
    assert "SIGKILL at fault point load.after_insert" in killed.stderr

    assert_snapshot_untouched(warehouse, identity, rows)
    # The uncommitted inserts are gone from the working database too (no half-loaded run).
    working_db = settings_for_run(inbox, warehouse).working_db
    with duckdb.connect(str(working_db), read_only=True) as con:
        assert con.execute("select count(*) from raw.articles where title = ?", [title]).fetchone() == (0,)
        assert con.execute("select count(*) from raw.articles").fetchone() == (len(rows["articles"]),)

    # The next run needs no repair, although Airflow still records the killed run as running.
    metadata = airflow_env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].removeprefix("sqlite:///")
    with closing(sqlite3.connect(f"file:{metadata}?mode=ro", uri=True)) as airflow_db:
        assert ("load", "running") in airflow_db.execute(
            "select task_id, state from task_instance where dag_id = 'newsfacts_pipeline'"
        ).fetchall()
    result = run_cli(["run", "--inbox", str(inbox), "--warehouse", str(warehouse)], airflow_env)
    after = assert_recovered(result, warehouse, inbox, baseline)
    assert len(after["articles"]) == len(rows["articles"]) + 1
    # One new run is accounted (the killed one left no row): it landed the article, once.
    (newest,) = [run for run in load_runs(warehouse) if run not in runs]
    assert newest[2:4] == (1, len(rows["articles"]))


FOREIGN_WRITER = """
import duckdb, os, signal, sys
os.chmod(sys.argv[1], 0o644)
con = duckdb.connect(sys.argv[1])
con.execute("create table analyst_scratch as select 1 as x")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_kill_during_dbt_build_and_leftover_wals(inbox, warehouse, airflow_env, baseline, before,
                                                tmp_path):
    """The pipeline and its dbt child SIGKILLed while dbt rebuilds dim_articles in the working DB.

    The kill leaves a WAL beside the working database. A second, foreign WAL is left beside the
    published file (someone's read-write session on the snapshot, killed); DuckDB refuses to
    open a replaced file with it. The next run replays the first, removes the second, and
    publishes.
    """
    identity, rows = before
    add_article(inbox, "library")
    settings = settings_for_run(inbox, warehouse)
    dbt_log = settings.work_dir / "dbt" / "logs" / "dbt.log"
    log_offset = dbt_log.stat().st_size if dbt_log.exists() else 0
    working_wal = settings.working_db.with_name(settings.working_db.name + ".wal")
    marker = b"START sql incremental model main.dim_articles"  # dbt's file log is at info level
    logs = tmp_path / "child"

    def dbt_rebuilding_mart() -> bool:
        # Only after the load step (which checkpoints and closes) is any WAL dbt's own.
        if "step transform" not in (logs / "stdout").read_text():
            return False
        if not dbt_log.exists() or not working_wal.exists():
            return False
        with dbt_log.open("rb") as handle:  # dbt appends: read this build's lines only
            handle.seek(log_offset)
            return marker in handle.read()

    child = run_steps(inbox, warehouse, "crash-during-dbt", "discover,extract,load,transform",
                      airflow_env, logs)
    wait_until(dbt_rebuilding_mart, child, "dbt to rebuild dim_articles", logs)
    os.killpg(child.pid, signal.SIGKILL)  # the Python step and its dbt child, like an OOM kill
    assert child.wait() == -signal.SIGKILL
    assert "dbt build passed" not in (logs / "stdout").read_text()
    assert working_wal.exists()

    assert_snapshot_untouched(warehouse, identity, rows)

    foreign = subprocess.run([sys.executable, "-c", FOREIGN_WRITER, str(warehouse)], check=False)
    assert foreign.returncode == -signal.SIGKILL
    assert warehouse.with_name(warehouse.name + ".wal").exists()

    result = run_cli(["run", "--inbox", str(inbox), "--warehouse", str(warehouse)], airflow_env)
    after = assert_recovered(result, warehouse, inbox, baseline)  # also: no WAL beside it
    assert len(after["articles"]) == len(rows["articles"]) + 1
    by_run = {run[0]: run for run in load_runs(warehouse)}
    # The killed run's load had committed; the recovery run finds that article already landed.
    assert by_run["crash-during-dbt"][2] == 1
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = {n for (n,) in con.execute("select table_name from information_schema.tables").fetchall()}
    assert "analyst_scratch" not in tables
    assert warehouse.stat().st_mode & 0o222 == 0


# ---------------------------------------------------------------------------------------------
# 1 and 2. a killed publish, and an analyst holding the snapshot open through it and a whole run


def test_reader_holds_snapshot_through_killed_publish_and_next_run(
    inbox, warehouse, airflow_env, baseline, before, tmp_path
):
    """SIGKILL after the snapshot copy, before the rename; then a whole `newsfacts run`.

    An analyst's read-only connection stays open throughout: it never fails and keeps its
    snapshot, while the run (which adds an article) succeeds, removes the killed publish's
    stale `.incoming` copy and swaps in the new snapshot, which a new connection sees.
    The killed child skips dbt and GX: only the files publish leaves behind matter there.
    """
    identity, rows = before
    sets_before = set(parquet_sets(warehouse))
    title = add_article(inbox, "orchard")
    reader = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert published_rows(reader) == rows

        logs = tmp_path / "child"
        child = run_steps(inbox, warehouse, "crash-during-publish", "discover,extract,load,publish",
                          {**airflow_env, KILL_VAR: "publish.before_rename"}, logs)
        assert child.wait(timeout=DEADLINE_SECONDS) == -signal.SIGKILL, tail(logs)
        assert "SIGKILL at fault point publish.before_rename" in (logs / "stderr").read_text()
        assert file_identity(warehouse) == identity
        assert published_rows(reader) == rows
        (stale,) = warehouse.parent.glob(f".{warehouse.name}.*.incoming")
        with duckdb.connect(str(stale), read_only=True) as copy:  # the whole copy, never renamed
            assert published_rows(copy) == rows
        (stale_parquet,) = set(parquet_sets(warehouse)) - sets_before
        assert (stale_parquet / "dim_articles.parquet").is_file()

        logs = tmp_path / "run"
        logs.mkdir()
        with (logs / "stdout").open("w") as out, (logs / "stderr").open("w") as err:
            run = subprocess.Popen(
                [str(Path(sys.executable).parent / "newsfacts"), "run",
                 "--inbox", str(inbox), "--warehouse", str(warehouse)],
                env=airflow_env, stdout=out, stderr=err,
            )
        reads = 0
        deadline = time.monotonic() + DEADLINE_SECONDS
        while True:
            try:
                run.wait(timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                assert time.monotonic() < deadline, tail(logs)
            assert published_rows(reader) == rows  # the reader never fails and never changes
            reads += 1
        assert run.returncode == 0, tail(logs)
        assert reads > 0
        # A new file is published; the open connection still reads its own snapshot.
        assert warehouse.stat().st_ino != identity[0]
        assert published_rows(reader) == rows
    finally:
        reader.close()

    # Reconnecting (every connection of this process closed) shows the new snapshot.
    after = assert_recovered(subprocess.CompletedProcess(run.args, run.returncode, "", ""),
                             warehouse, inbox, baseline)  # also: no .incoming left
    assert len(after["articles"]) == len(rows["articles"]) + 1
    assert not stale_parquet.exists()
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from dim_articles where title = ?", [title]).fetchone() == (1,)


# ---------------------------------------------------------------------------------------------
# 3. a retried task adds nothing


def table_contents(db: Path) -> dict[str, list[tuple]]:
    """Every raw table, every column but the load time, in a fixed order."""
    with duckdb.connect(str(db), read_only=True) as con:
        names = [n for (n,) in con.execute(
            "select table_name from information_schema.tables where table_schema = 'raw' order by 1"
        ).fetchall()]
        return {
            name: con.execute(
                f"select * exclude (loaded_at) from raw.{name} order by all"  # noqa: S608 -- catalog name
                if name == "load_runs" else f"select * from raw.{name} order by all"  # noqa: S608
            ).fetchall()
            for name in names
        }


def parquet_contents(folder: Path) -> dict[str, list[dict]]:
    """Every file of a run folder; Parquet rows without their wall-clock timestamp columns."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    contents = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        table = pq.read_table(path)
        keep = [f.name for f in table.schema if not pa.types.is_timestamp(f.type)]
        contents[str(path.relative_to(folder))] = table.select(keep).to_pylist()
    return contents


@pytest.fixture
def extracted_run(tmp_path):
    """A run discovered and extracted in this process: samples, a copy of one, an empty file."""
    from newsfacts import pipeline

    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES, inbox)
    shutil.copy(SAMPLES / "004_579d94c9c56eaa06.txt", inbox / "copy-of-dawn.txt")  # a duplicate
    (inbox / "empty.txt").write_bytes(b"")
    settings = pipeline.settings_for_run(str(inbox), str(tmp_path / "out" / "newsfacts.duckdb"))
    run_id = "manual__2024-05-01T00:00:00+00:00"
    manifests = pipeline.discover(settings, run_id)
    folders = [pipeline.extract_batch(manifest) for manifest in manifests]
    return settings, run_id, manifests, folders


def test_retried_extract_overwrites_the_same_files(extracted_run):
    """An Airflow retry of an extract task rewrites the same Parquet files with the same rows."""
    from newsfacts import pipeline
    from newsfacts.lake import run_dir

    settings, run_id, manifests, folders = extracted_run
    files = parquet_contents(run_dir(settings.work_dir, run_id))
    assert any(name.endswith("articles.parquet") for name in files)
    assert [pipeline.extract_batch(manifest) for manifest in manifests] == folders
    assert parquet_contents(run_dir(settings.work_dir, run_id)) == files  # no file more, no row more


def test_retried_load_adds_nothing(extracted_run):
    """A retry of load for the same run id, after its first attempt committed, changes nothing.

    The extract tasks are retried in between, so the Parquet rows carry new ingestion times;
    tables and accounting (raw.load_runs, the returned counts) stay identical.
    """
    from newsfacts import pipeline

    settings, run_id, manifests, _ = extracted_run
    first = pipeline.load(settings, run_id)
    tables = table_contents(settings.working_db)
    landed = len(tables["articles"])  # every sample: 8 or more
    assert landed >= 8 and len(tables["rejected_inputs"]) == 2  # the copy and the empty file
    assert first == {"n_inputs": landed + 2, "n_landed": landed, "n_already_landed": 0, "n_rejected": 2}

    for manifest in manifests:
        pipeline.extract_batch(manifest)
    retried = pipeline.load(settings, run_id)
    after = table_contents(settings.working_db)
    assert {name: rows for name, rows in after.items() if name != "load_runs"} == {
        name: rows for name, rows in tables.items() if name != "load_runs"
    }
    assert retried == first
    assert after["load_runs"] == tables["load_runs"]
