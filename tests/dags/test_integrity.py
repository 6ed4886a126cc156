"""Every DAG imports cleanly, is tagged, retries, and has no cycles (Astronomer's integrity test)."""

from __future__ import annotations

import pytest

from tests.conftest import PROJECT_ROOT


@pytest.fixture(scope="module")
def dag_bag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(PROJECT_ROOT / "dags"))


def test_dags_import_without_errors(dag_bag):
    assert dag_bag.import_errors == {}
    assert "newsfacts_pipeline" in dag_bag.dags


def test_every_dag_has_tags_and_retries(dag_bag):
    for dag_id, dag in dag_bag.dags.items():
        assert dag.tags, f"{dag_id} has no tags"
        for task in dag.tasks:
            if task.task_id == "validate":
                assert task.retries == 0, "a failed quality gate must not be retried"
            else:
                assert task.retries >= 1, f"{dag_id}.{task.task_id} has no retries"


def test_pipeline_is_acyclic_and_ordered(dag_bag):
    dag = dag_bag.dags["newsfacts_pipeline"]
    order = [task.task_id for task in dag.topological_sort()]
    assert order[:7] == ["discover", "extract", "load", "anything_new", "transform", "validate", "publish"]
    assert sorted(order[7:]) == ["analyst_docs", "report"], "the analysts' pages follow publish"
    for task_id in order[7:]:
        assert dag.get_task(task_id).upstream_task_ids == {"publish"}
    assert dag.max_active_runs == 1, "one run at a time: the working database has one writer"


def test_load_and_publish_emit_assets(dag_bag):
    dag = dag_bag.dags["newsfacts_pipeline"]
    outlets = {t.task_id: [a.uri for a in t.outlets] for t in dag.tasks if t.outlets}
    assert outlets == {
        "load": ["newsfacts://raw/articles"],
        "publish": ["newsfacts://warehouse/published"],
    }


def test_dag_file_parses_without_heavy_imports():
    import subprocess
    import sys

    code = (
        "import sys, runpy, time; t=time.time();"
        f"runpy.run_path({str(PROJECT_ROOT / 'dags' / 'newsfacts_pipeline.py')!r});"
        "heavy=[m for m in ('spacy','trafilatura','great_expectations','duckdb','dbt') if m in sys.modules];"
        "print('HEAVY=' + ','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "HEAVY=\n" in result.stdout + "\n", f"heavy modules imported: {result.stdout}"
