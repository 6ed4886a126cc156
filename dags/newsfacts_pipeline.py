"""
### newsfacts pipeline

Turns the articles in an inbox folder into the analysts' DuckDB warehouse:

discover (keep raw bytes) -> extract (mapped over batches, to Parquet) -> load (the
only DuckDB writer) -> anything new? -> dbt build (incremental) -> Great Expectations ->
publish a read-only snapshot -> the visual report and dbt's docs site for analysts.
When nothing landed and nothing changed since the last publish, the run stops after load.

Trigger with conf `{"inbox": "/path/to/folder", "warehouse": "/path/to/newsfacts.duckdb"}`
to override the defaults from `NEWSFACTS_INBOX` and `NEWSFACTS_WAREHOUSE`; add
`"sources": "/path/to/sources.yml"` (or set `NEWSFACTS_SOURCES`) to read feeds, sitemaps and
URL lists instead of the inbox. Inputs landed before (same source, same bytes) are not
extracted again; `"full_refresh": true` extracts all and rebuilds every dbt model.
"""

from __future__ import annotations

from datetime import timedelta

from airflow.sdk import Asset, Param, TriggerRule, dag, task

from newsfacts.airflow_env import pipeline_schedule
from newsfacts.config import load_distributed_settings, load_settings

RAW_ARTICLES = Asset("newsfacts://raw/articles")
PUBLISHED_WAREHOUSE = Asset("newsfacts://warehouse/published")
# Steps that write the working DuckDB share this pool: one slot under the CeleryExecutor.
WRITER_POOL = load_distributed_settings().writer_pool


@dag(
    # No start_date: the first scheduled run waits for the schedule's next tick.
    schedule=pipeline_schedule(load_settings().schedule),
    catchup=False,
    max_active_runs=1,
    tags=["newsfacts", "pipeline"],
    default_args={"retries": 2, "retry_delay": timedelta(seconds=10)},
    params={
        "inbox": Param(None, type=["null", "string"], description="Folder to read, recursively."),
        "warehouse": Param(None, type=["null", "string"], description="Published warehouse path."),
        "full_refresh": Param(False, type="boolean", description="Extract every input again and rebuild every dbt model."),
        "sources": Param(None, type=["null", "string"], description="Sources file (YAML) to read."),
    },
    doc_md=__doc__,
)
def newsfacts_pipeline():
    @task
    def discover(params=None, run_id=None) -> list[str]:
        from newsfacts import pipeline

        settings = pipeline.settings_for_run(params["inbox"], params["warehouse"], params.get("sources"))
        return pipeline.discover(settings, run_id, full_refresh=params["full_refresh"])

    @task
    def extract(manifest: str, params=None) -> str:
        from newsfacts import pipeline

        settings = pipeline.settings_for_run(params["inbox"], params["warehouse"])
        return pipeline.extract_batch(manifest, gazetteer_cache=pipeline.gazetteer_cache(settings))

    # Runs when extract was skipped too: an inbox of only bad files has no batch to extract,
    # and its rejections must still land.
    @task(outlets=[RAW_ARTICLES], trigger_rule=TriggerRule.NONE_FAILED, pool=WRITER_POOL)
    def load(batch_folders: list[str], params=None, run_id=None) -> dict[str, int]:
        from newsfacts import pipeline

        settings = pipeline.settings_for_run(params["inbox"], params["warehouse"])
        return pipeline.load(settings, run_id)

    # Nothing landed and nothing changed since the last publish: skip dbt, GX and publishing.
    @task.short_circuit
    def anything_new(params=None) -> bool:
        from newsfacts import pipeline

        settings = pipeline.settings_for_run(params["inbox"], params["warehouse"])
        return pipeline.anything_new(settings, full_refresh=params["full_refresh"])

    @task(pool=WRITER_POOL)
    def transform(params=None) -> None:
        from newsfacts import pipeline

        settings = pipeline.settings_for_run(params["inbox"], params["warehouse"])
        pipeline.transform(settings, full_refresh=params["full_refresh"])

    @task(retries=0, pool=WRITER_POOL)
    def validate(params=None, run_id=None) -> dict[str, int]:
        from newsfacts import pipeline

        settings = pipeline.settings_for_run(params["inbox"], params["warehouse"])
        return pipeline.validate(settings, run_id)

    @task(outlets=[PUBLISHED_WAREHOUSE], pool=WRITER_POOL)
    def publish(params=None) -> str:
        from newsfacts import pipeline

        return pipeline.publish(pipeline.settings_for_run(params["inbox"], params["warehouse"]))

    @task
    def report(params=None) -> str:
        from newsfacts import pipeline

        return pipeline.report(pipeline.settings_for_run(params["inbox"], params["warehouse"]))

    @task(pool=WRITER_POOL)
    def analyst_docs(params=None) -> str:
        from newsfacts import pipeline

        settings = pipeline.settings_for_run(params["inbox"], params["warehouse"])
        return pipeline.analyst_docs(settings, full_refresh=params["full_refresh"])

    batch_folders = extract.expand(manifest=discover())
    load(batch_folders) >> anything_new() >> transform() >> validate() >> publish() >> [report(), analyst_docs()]


pipeline_dag = newsfacts_pipeline()
