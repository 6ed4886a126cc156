"""The pipeline's steps as plain functions; each DAG task calls exactly one of them.

Every step is an idempotent transaction: it reads files or tables, writes its
output atomically, and can be retried without leaving duplicates behind.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from newsfacts.config import Settings, load_settings
from newsfacts.lake import DISCOVERY_REJECTIONS, FETCH_STATE, read_parquet, run_dir, write_parquet
from newsfacts.records import (
    ARTICLE_SCHEMA,
    RAW_INPUT_SCHEMA,
    REJECTION_SCHEMA,
    RawInput,
    Rejection,
    from_table,
    to_table,
)


def settings_for_run(
    inbox: str | None = None, warehouse: str | None = None, sources: str | None = None
) -> Settings:
    """Environment settings, with a run's own inbox, warehouse and sources file when it names them."""
    return load_settings().with_run_paths(inbox, warehouse).with_sources(sources)


def discover(settings: Settings, run_id: str) -> list[str]:
    """Find every input, keep its raw bytes, and write batch manifests; return their paths."""
    from newsfacts.ingest import discover_inputs

    now = datetime.now(UTC)
    folder = run_dir(settings.work_dir, run_id)
    # A retried or cleared discover starts the run over: no batch of an earlier attempt survives.
    shutil.rmtree(folder, ignore_errors=True)
    inputs: list[RawInput] = []
    rejections: list[Rejection] = []
    if settings.sources_file is not None:
        found_inputs = _discover_sources(settings, folder, now)
    else:
        found_inputs = discover_inputs(settings.inbox, settings.raw_store, settings.max_input_bytes, now)
    for found in found_inputs:
        (inputs if isinstance(found, RawInput) else rejections).append(found)
    write_parquet(to_table(rejections, REJECTION_SCHEMA), folder / DISCOVERY_REJECTIONS)
    manifests = []
    for number, start in enumerate(range(0, len(inputs), settings.batch_size)):
        batch = inputs[start : start + settings.batch_size]
        path = folder / f"batch-{number:05d}" / "inputs.parquet"
        manifests.append(str(write_parquet(to_table(batch, RAW_INPUT_SCHEMA), path)))
    print(f"discovered {len(inputs)} inputs in {len(manifests)} batches, "
          f"{len(rejections)} rejected at discovery, "
          + (f"sources {settings.sources_file}" if settings.sources_file else f"inbox {settings.inbox}"))
    return manifests


def _discover_sources(settings: Settings, folder: Path, now: datetime):
    """Inputs of every source in the sources file; the run's fetch state is written beside its batches."""
    from newsfacts.ingest.fetch import FetchState
    from newsfacts.ingest.sources import discover_from_sources
    from newsfacts.ingest.sources_file import load_sources

    state = FetchState.read(settings.fetch_state)
    sources = load_sources(settings.sources_file)
    yield from discover_from_sources(sources, settings.raw_store, settings.max_input_bytes, now, state)
    # Kept for the next run only once this run has landed (see load): a 304 must never hide
    # a page whose article was lost with a failed run.
    state.write(folder / FETCH_STATE)


def extract_batch(manifest: str) -> str:
    """Clean one batch of inputs and extract its facts into Parquet; return the batch folder."""
    from newsfacts.clean import clean_kept_input
    from newsfacts.records import Article

    now = datetime.now(UTC)
    batch_folder = Path(manifest).parent
    articles, rejections = [], []
    for raw in from_table(read_parquet(Path(manifest)), RawInput):
        result = clean_kept_input(raw, now)
        (articles if isinstance(result, Article) else rejections).append(result)
    for name, table in _extract_tagged_facts(articles).items():
        write_parquet(table, batch_folder / f"{name}.parquet")
    write_parquet(to_table(rejections, REJECTION_SCHEMA), batch_folder / "rejections.parquet")
    # Written last: a batch folder with articles.parquet is a complete batch.
    write_parquet(to_table(articles, ARTICLE_SCHEMA), batch_folder / "articles.parquet")
    print(f"{batch_folder.name}: {len(articles)} articles, {len(rejections)} rejected")
    return str(batch_folder)


def _extract_tagged_facts(articles: list) -> dict:
    """Facts of the batch's English articles, each row tagged with the source it was read from."""
    import pyarrow as pa

    from newsfacts.extract import extract_facts, fact_batch_to_tables

    # The rules are written for English; other languages land without facts.
    pending = sorted((a for a in articles if a.language == "en"), key=lambda a: a.source_uri)
    parts: dict[str, list] = {}
    while pending:
        # Copies of one text share an article_id, and the loader keeps the facts of the copy
        # that lands: extract each copy, one copy per article_id per pass.
        this_pass: dict[str, object] = {}
        for article in pending:
            this_pass.setdefault(article.article_id, article)
        pending = [a for a in pending if this_pass[a.article_id] is not a]
        for name, table in fact_batch_to_tables(extract_facts(list(this_pass.values()))).items():
            sources = [this_pass[i].source_uri for i in table.column("article_id").to_pylist()]
            parts.setdefault(name, []).append(table.append_column("source_uri", pa.array(sources, pa.string())))
    if not parts:
        parts = {name: [table.append_column("source_uri", pa.array([], pa.string()))]
                 for name, table in fact_batch_to_tables(extract_facts([])).items()}
    tagged = {name: pa.concat_tables(tables) for name, tables in parts.items()}
    print("  facts: " + ", ".join(f"{t.num_rows} {n}" for n, t in tagged.items()))
    return tagged


def load(settings: Settings, run_id: str) -> dict[str, int]:
    """Land every batch of this run into the working database (the only writer)."""
    from newsfacts.load import load_run

    counts = load_run(settings.working_db, run_dir(settings.work_dir, run_id), run_id)
    run_state = run_dir(settings.work_dir, run_id) / FETCH_STATE
    if run_state.exists():
        os.replace(run_state, settings.fetch_state)
    return counts


def transform(settings: Settings) -> None:
    """Build, test and document the dbt models in the working database."""
    from newsfacts.transform import dbt_build

    dbt_build(settings)


def validate(settings: Settings, run_id: str) -> dict[str, int]:
    """Run the Great Expectations suites; raise when a critical expectation fails."""
    from newsfacts.quality import validate_warehouse

    return validate_warehouse(settings.working_db, run_id, docs_root=settings.quality_dir)


def publish(settings: Settings) -> str:
    """Swap the validated working database in as the analysts' read-only snapshot."""
    from newsfacts.publish import publish_snapshot

    return str(publish_snapshot(settings.working_db, settings.warehouse))
