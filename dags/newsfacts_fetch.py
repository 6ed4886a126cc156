"""
### newsfacts fetch

Reads the web on a schedule: every 15 minutes (`NEWSFACTS_FETCH_SCHEDULE`, a cron) it checks the
sources file named by `NEWSFACTS_SOURCES` and runs `newsfacts_pipeline` over it, waiting for that
run to end, so one fetch at a time. Each run fetches only what is new or changed since the last
run that landed (conditional requests, the fetch state): see `fct_fetches` for every URL.

Without `NEWSFACTS_SOURCES` the DAG has no schedule; a trigger by hand then fails in one line.
Missed ticks are not caught up.
"""

from __future__ import annotations

from datetime import timedelta

from airflow.providers.standard.operators.trigger_dagrun import TriggerDagRunOperator
from airflow.sdk import dag, task

from newsfacts.airflow_env import pipeline_schedule
from newsfacts.config import load_settings

PIPELINE_DAG_ID = "newsfacts_pipeline"
SETTINGS = load_settings()


@dag(
    schedule=pipeline_schedule(SETTINGS.fetch_schedule) if SETTINGS.sources_file else None,
    catchup=False,
    max_active_runs=1,
    tags=["newsfacts", "fetch"],
    default_args={"retries": 2, "retry_delay": timedelta(seconds=30)},
    doc_md=__doc__,
)
def newsfacts_fetch():
    @task
    def check_sources() -> str:
        from newsfacts import pipeline

        return pipeline.scheduled_sources_file(load_settings())

    run_pipeline = TriggerDagRunOperator(
        task_id="run_pipeline",
        trigger_dag_id=PIPELINE_DAG_ID,
        conf={"sources": "{{ ti.xcom_pull(task_ids='check_sources') }}"},
        wait_for_completion=True,
        poke_interval=30,
        allowed_states=["success"],
        failed_states=["failed"],
    )

    check_sources() >> run_pipeline


fetch_dag = newsfacts_fetch()
