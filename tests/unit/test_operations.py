"""Operations: Airflow sized to the machine, no unasked first run, unfixable errors fail at once."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsfacts.cores import CHUNKS_PER_PROCESS, available_cores, map_chunks, split_into_chunks
from tests.conftest import PROJECT_ROOT


def test_local_executor_parallelism_follows_the_cores():
    from newsfacts.airflow_env import airflow_environment
    from newsfacts.config import load_settings

    assert airflow_environment(load_settings())["AIRFLOW__CORE__PARALLELISM"] == str(available_cores())


def test_extract_processes_default_to_the_cores_and_can_be_set(monkeypatch):
    from newsfacts.config import load_settings

    monkeypatch.delenv("NEWSFACTS_EXTRACT_PROCESSES", raising=False)
    assert load_settings().extract_processes == available_cores()
    monkeypatch.setenv("NEWSFACTS_EXTRACT_PROCESSES", "3")
    assert load_settings().extract_processes == 3


def _square_all(numbers: list[int]) -> list[int]:
    return [n * n for n in numbers]


@pytest.mark.parametrize("processes", [1, 2, 5])
def test_map_chunks_covers_every_item_once_in_order(processes):
    parts = map_chunks(_square_all, list(range(70)), processes)
    assert [n for part in parts for n in part] == [n * n for n in range(70)]
    assert map_chunks(_square_all, [], processes) == [[]]


def test_chunks_are_small_enough_to_balance_and_never_empty():
    chunks = split_into_chunks(list(range(50)), 2)
    assert len(chunks) >= 8 and all(chunks)
    assert split_into_chunks([1, 2, 3], 4) == [[1], [2], [3]]


def _process_ids(numbers: list[int]) -> list[int]:
    import os
    import time

    time.sleep(0.05)
    return [os.getpid()] * len(numbers)


def test_map_chunks_works_in_the_calling_process_too():
    """The caller's own caches stay warm across calls; the other chunks go to forked workers."""
    import os

    parts = map_chunks(_process_ids, list(range(12)), 3)
    pids = {pid for part in parts for pid in part}
    assert os.getpid() in pids
    assert len(pids) == 3


def _frozen_counts(numbers: list[int]) -> list[int]:
    import gc

    return [gc.get_freeze_count()] * len(numbers)


def test_workers_fork_from_a_frozen_heap_and_the_caller_is_unfrozen_after():
    """gc.freeze() before the fork keeps the collector off the shared models; undone after."""
    import gc

    before = gc.get_freeze_count()
    parts = map_chunks(_frozen_counts, list(range(8)), 2)
    assert all(count > before for part in parts for count in part)
    assert gc.get_freeze_count() == before


def _fails_on_three(numbers: list[int]) -> list[int]:
    if 3 in numbers:
        raise ValueError("bad chunk")
    return numbers


def test_a_failing_chunk_fails_the_call_and_still_unfreezes():
    import gc

    before = gc.get_freeze_count()
    with pytest.raises(ValueError, match="bad chunk"):
        map_chunks(_fails_on_three, list(range(8)), 2)
    assert gc.get_freeze_count() == before


def _slow_first(numbers: list[int]) -> list[int]:
    import os
    import time

    time.sleep(1.5 if 0 in numbers else 0.02)
    return [os.getpid()] * len(numbers)


def test_a_process_with_a_slow_chunk_leaves_the_rest_to_the_others():
    """Chunks are taken as processes free up: no process sits idle behind a long page."""
    parts = map_chunks(_slow_first, list(range(2 * CHUNKS_PER_PROCESS * 2)), 2)
    slow_pid = parts[0][0]
    chunks_of = {pid: sum(1 for part in parts if part[0] == pid) for pid in {part[0] for part in parts}}
    assert len(chunks_of) == 2
    assert chunks_of[slow_pid] == 1 and sum(chunks_of.values()) == len(parts) == 2 * CHUNKS_PER_PROCESS


@pytest.mark.parametrize("expression", ["@hourly", "0 6 * * *", "*/5 * * * *"])
def test_the_first_scheduled_run_waits_for_the_next_tick(expression):
    """catchup=False alone runs the latest past tick when the scheduler first sees the DAG."""
    from airflow.serialization.serialized_objects import coerce_to_core_timetable
    from airflow.timetables.base import TimeRestriction

    timetable = coerce_to_core_timetable(_pipeline_schedule(expression))
    first = timetable.next_dagrun_info(
        last_automated_data_interval=None,
        restriction=TimeRestriction(earliest=None, latest=None, catchup=False),
    )
    assert first.run_after > datetime.now(UTC)


def _pipeline_schedule(expression: str):
    from newsfacts.airflow_env import pipeline_schedule

    return pipeline_schedule(expression)


def test_the_dag_has_no_start_date_to_catch_up_from():
    from airflow.dag_processing.dagbag import DagBag

    dag = DagBag(dag_folder=str(PROJECT_ROOT / "dags")).dags["newsfacts_pipeline"]
    assert dag.start_date is None and not dag.catchup


@pytest.mark.parametrize("expression", ["none", "@once"])
def test_schedules_that_are_no_cron_pass_through(expression):
    assert _pipeline_schedule(expression) == (None if expression == "none" else "@once")


def test_a_missing_inbox_fails_without_retry(tmp_path):
    from airflow.sdk.exceptions import AirflowFailException

    from newsfacts import pipeline

    settings = pipeline.settings_for_run(str(tmp_path / "nope"), str(tmp_path / "out.duckdb"))
    with pytest.raises(AirflowFailException, match="is not a folder"):
        pipeline.discover(settings, "missing-inbox")


def test_a_warehouse_that_is_no_duckdb_file_fails_without_retry(tmp_path):
    from airflow.sdk.exceptions import AirflowFailException

    from newsfacts import pipeline

    with pytest.raises(AirflowFailException, match="should end in .duckdb"):
        pipeline.settings_for_run(str(tmp_path), str(tmp_path / "out.csv"))


def test_runtime_files_live_beside_the_warehouse_unless_a_data_dir_is_chosen(tmp_path, monkeypatch):
    from newsfacts.config import load_settings

    monkeypatch.delenv("NEWSFACTS_DATA_DIR", raising=False)
    warehouse = tmp_path / "elsewhere" / "news.duckdb"
    settings = load_settings().with_run_paths(None, warehouse)
    for path in (settings.raw_store, settings.work_dir, settings.working_db, settings.quality_dir):
        assert path.is_relative_to(tmp_path / "elsewhere" / "news-data")

    monkeypatch.setenv("NEWSFACTS_DATA_DIR", str(tmp_path / "chosen"))
    settings = load_settings().with_run_paths(None, warehouse)
    for path in (settings.raw_store, settings.work_dir, settings.working_db, settings.quality_dir):
        assert path.is_relative_to(tmp_path / "chosen")


def test_clean_removes_the_runtime_files_and_keeps_the_warehouse(tmp_path, monkeypatch, capsys):
    from newsfacts.cli import main
    from newsfacts.config import load_settings

    monkeypatch.delenv("NEWSFACTS_DATA_DIR", raising=False)
    warehouse = tmp_path / "news.duckdb"
    warehouse.write_bytes(b"published")
    settings = load_settings().with_run_paths(None, warehouse)
    for folder in (settings.work_dir / "runs", settings.raw_store / "ab", settings.quality_dir):
        folder.mkdir(parents=True)
    assert main(["clean", "--warehouse", str(warehouse)]) == 0
    assert not settings.runtime_dir.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["news.duckdb"]
    assert f"removed {settings.runtime_dir}" in capsys.readouterr().out
