"""Live progress of `newsfacts run` in a terminal: current stage, documents processed, elapsed time.

An Airflow task listener, registered only for the run in this process (dag.test runs every
task here), drives a rich progress bar; the counts come from the run's own batch files.
"""

from __future__ import annotations

from pathlib import Path

from airflow.listeners import hookimpl

from newsfacts.config import Settings

STAGES = {
    "discover": "discovering inputs",
    "extract": "cleaning and extracting",
    "load": "loading DuckDB",
    "anything_new": "checking for changes",
    "transform": "dbt build",
    "validate": "Great Expectations",
    "publish": "publishing the snapshot",
    "report": "writing the report",
    "analyst_docs": "dbt docs",
}


def _rows(paths) -> int:
    import pyarrow.parquet as pq

    return sum(pq.read_metadata(path).num_rows for path in paths)


def count_documents(run_folder: Path) -> tuple[int, int]:
    """(inputs discovered, inputs cleaned so far) in one run's batch files."""
    total = _rows(run_folder.glob("batch-*/inputs.parquet"))
    done = [folder for folder in run_folder.glob("batch-*") if (folder / "articles.parquet").exists()]
    processed = _rows(folder / name for folder in done for name in ("articles.parquet", "rejections.parquet"))
    return total, processed


class RunProgress:
    """A progress bar fed by task start and success events; a context manager around dag.test()."""

    def __init__(self, settings: Settings):
        self._settings = settings
        self._progress = None
        self._bar = None

    def __enter__(self) -> RunProgress:
        from airflow.sdk.listener import get_listener_manager
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        self._progress = Progress(
            SpinnerColumn(), TextColumn("{task.description:<26}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("documents"), TimeElapsedColumn(), transient=True,
        )
        self._bar = self._progress.add_task("starting Airflow", total=None)
        self._progress.start()
        get_listener_manager().add_listener(self)
        return self

    def __exit__(self, *exc_info) -> None:
        from airflow.sdk.listener import get_listener_manager

        get_listener_manager().pm.unregister(self)
        self._progress.stop()

    def _run_folder(self, task_instance) -> Path:
        from newsfacts.lake import run_dir

        return run_dir(self._settings.work_dir, task_instance.run_id)

    @hookimpl
    def on_task_instance_running(self, previous_state, task_instance) -> None:
        """Show the stage that starts."""
        self._progress.update(self._bar, description=STAGES.get(task_instance.task_id, task_instance.task_id))

    @hookimpl
    def on_task_instance_success(self, previous_state, task_instance) -> None:
        """Count documents once discover or an extract batch is done."""
        if task_instance.task_id in {"discover", "extract"}:
            total, processed = count_documents(self._run_folder(task_instance))
            self._progress.update(self._bar, total=total, completed=processed)
