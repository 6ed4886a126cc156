"""The pipeline's steps as plain functions; each DAG task calls exactly one of them.

Every step is an idempotent transaction: it reads files or tables, writes its
output atomically, and can be retried without leaving duplicates behind.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import NoReturn

from newsfacts.config import Settings, load_settings
from newsfacts.lake import (
    ALREADY_LANDED,
    ALREADY_REJECTED,
    DISCOVERY_REJECTIONS,
    FETCH_LOG,
    FETCH_STATE,
    read_parquet,
    run_dir,
    write_parquet,
)
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
    settings = load_settings().with_run_paths(inbox, warehouse).with_sources(sources)
    if settings.warehouse.suffix != ".duckdb":
        fail_without_retry(f"warehouse path should end in .duckdb: {settings.warehouse}")
    return settings


def fail_without_retry(message: str) -> NoReturn:
    """Fail the task at once with one clear message: a retry cannot fix a bad parameter."""
    from airflow.sdk.exceptions import AirflowFailException

    raise AirflowFailException(message)


def scheduled_sources_file(settings: Settings) -> str:
    """The sources file the fetch DAG reads, checked before anything is fetched; fail in one line if unusable."""
    from newsfacts.ingest.sources_file import SourcesFileError, load_sources

    if settings.sources_file is None:
        fail_without_retry("NEWSFACTS_SOURCES is not set: the fetch DAG needs a sources file")
    try:
        sources = load_sources(settings.sources_file)
    except SourcesFileError as exc:
        fail_without_retry(str(exc))
    print(f"sources {settings.sources_file}: " + ", ".join(f"{s.name} ({s.kind})" for s in sources))
    return str(settings.sources_file)


# Content hashes of the inbox's files by their stat (newsfacts.ingest.statcache), in the work folder.
DISCOVERY_STAT_CACHE = "discovery-stat-cache.parquet"


def discover(settings: Settings, run_id: str, full_refresh: bool = False) -> list[str]:
    """Find every input, keep its raw bytes, and write batch manifests; return their paths.

    An input whose source and bytes are those of a landed article is not extracted again: it
    goes to the run's already-landed list, which the load counts. So does one whose bytes were
    rejected before for a reason reading them again would repeat (already-rejected list).
    An inbox file whose stat is that of a file hashed before is not read again (the stat cache
    in the work folder). `full_refresh` hashes and extracts all.
    """
    import time

    from newsfacts.ingest import discover_inputs
    from newsfacts.ingest.statcache import StatCache
    from newsfacts.load import landed_inputs, rejected_inputs

    if settings.sources_file is None and not settings.inbox.is_dir():
        fail_without_retry(f"inbox {settings.inbox} is not a folder")
    started = time.perf_counter()
    now = datetime.now(UTC)
    folder = run_dir(settings.work_dir, run_id)
    # A retried or cleared discover starts the run over: no batch of an earlier attempt survives.
    shutil.rmtree(folder, ignore_errors=True)
    landed = set() if full_refresh else landed_inputs(settings.working_db)
    rejected_before = {} if full_refresh else rejected_inputs(settings.working_db)
    inputs: list[RawInput] = []
    already_landed: list[RawInput] = []
    already_rejected: list[RawInput] = []
    rejections: list[Rejection] = []
    stat_cache_file = settings.work_dir / DISCOVERY_STAT_CACHE
    stat_cache = StatCache(time.time_ns()) if full_refresh else StatCache.read(stat_cache_file, time.time_ns())
    if settings.sources_file is not None:
        found_inputs = _discover_sources(settings, folder, now)
    else:
        found_inputs = discover_inputs(settings.inbox, settings.raw_store, settings.max_input_bytes, now,
                                       stat_cache=stat_cache)
    for found in found_inputs:
        if isinstance(found, Rejection):
            rejections.append(found)
        elif (found.source_uri, found.raw_sha256) in landed:
            already_landed.append(found)
        elif (found.source_uri, found.raw_sha256) in rejected_before:
            already_rejected.append(found)
        else:
            inputs.append(found)
    # A copy of an article whose source now carries other bytes may be nobody's copy any more.
    changing = {raw.source_uri for raw in inputs}
    inputs += [raw for raw in already_rejected if rejected_before[(raw.source_uri, raw.raw_sha256)] in changing]
    already_rejected = [raw for raw in already_rejected
                        if rejected_before[(raw.source_uri, raw.raw_sha256)] not in changing]
    if settings.sources_file is None:
        stat_cache.write(stat_cache_file)
    write_parquet(to_table(rejections, REJECTION_SCHEMA), folder / DISCOVERY_REJECTIONS)
    write_parquet(to_table(already_landed, RAW_INPUT_SCHEMA), folder / ALREADY_LANDED)
    write_parquet(to_table(already_rejected, RAW_INPUT_SCHEMA), folder / ALREADY_REJECTED)
    manifests = []
    for number, start in enumerate(range(0, len(inputs), settings.batch_size)):
        batch = inputs[start : start + settings.batch_size]
        path = folder / f"batch-{number:05d}" / "inputs.parquet"
        manifests.append(str(write_parquet(to_table(batch, RAW_INPUT_SCHEMA), path)))
    print(f"discovered {len(inputs)} new inputs in {len(manifests)} batches, "
          f"{len(already_landed)} already landed, {len(already_rejected)} rejected before, "
          f"{len(rejections)} rejected at discovery, {stat_cache.hits} unchanged files not read again, "
          + (f"sources {settings.sources_file}" if settings.sources_file else f"inbox {settings.inbox}")
          + f" ({time.perf_counter() - started:.1f} s)")
    return manifests


def _discover_sources(settings: Settings, folder: Path, now: datetime):
    """Inputs of every source in the sources file; the run's fetch state and log are written beside its batches."""
    from newsfacts.ingest.fetch import FetchState
    from newsfacts.ingest.sources import discover_from_sources
    from newsfacts.ingest.sources_file import load_sources
    from newsfacts.records import FETCH_LOG_SCHEMA

    state = FetchState.read(settings.fetch_state)
    sources = load_sources(settings.sources_file)
    fetch_log: list = []
    yield from discover_from_sources(sources, settings.raw_store, settings.max_input_bytes, now, state,
                                     policy=fetch_policy(settings), fetch_log=fetch_log)
    write_parquet(to_table(fetch_log, FETCH_LOG_SCHEMA), folder / FETCH_LOG)
    # Kept for the next run only once this run has landed (see load): a 304 must never hide
    # a page whose article was lost with a failed run.
    state.write(folder / FETCH_STATE)


def fetch_policy(settings: Settings):
    """The fetcher's limits from the settings."""
    from newsfacts.ingest.fetch import FetchPolicy

    return FetchPolicy(max_bytes=settings.max_input_bytes, timeout_seconds=settings.fetch_timeout_seconds,
                       max_attempts=settings.fetch_max_attempts, backoff_seconds=settings.fetch_backoff_seconds)


# The built gazetteer, kept between extract tasks (newsfacts.places.gazetteer), in the work folder.
GAZETTEER_CACHE = "cache"
# Fewer inputs than this are read in the task's own process, each model loaded when a page first
# needs it. Forking pays only once the models every page might need are loaded before (dateparser's
# every locale alone is 2.4 s of CPU), against about 0.25 s of CPU a page that a second core halves.
FORK_MIN_INPUTS = 20


def gazetteer_cache(settings: Settings) -> Path:
    """Where a warehouse's extract tasks keep the built gazetteer for the next ones."""
    return settings.work_dir / GAZETTEER_CACHE


def extract_batch(manifest: str, processes: int | None = None, fork_min_inputs: int = FORK_MIN_INPUTS,
                  gazetteer_cache: Path | None = None) -> str:
    """Clean one batch of inputs and extract its facts into Parquet; return the batch folder.

    The batch is split over `processes` forked workers (default NEWSFACTS_EXTRACT_PROCESSES,
    else every core), so one extract task uses the whole machine with no service running;
    a batch of fewer than `fork_min_inputs` inputs is read in this process alone. With
    `gazetteer_cache`, the gazetteer built by one task is read back by the next.
    """
    import pyarrow as pa

    from newsfacts.cores import map_chunks

    processes = processes or load_settings().extract_processes
    now = datetime.now(UTC)
    batch_folder = Path(manifest).parent
    raws = from_table(read_parquet(Path(manifest)), RawInput)
    if gazetteer_cache is not None:
        from newsfacts.places.gazetteer import use_cache_dir

        use_cache_dir(gazetteer_cache)
    if len(raws) < max(2, fork_min_inputs):
        processes = 1
    if processes > 1:
        from newsfacts.clean import load_models as load_cleaning_models
        from newsfacts.extract import load_models as load_extraction_models

        # Loaded once here, shared by every forked worker: a worker lives for one batch, and
        # what it loads itself is lost with it (about a second a batch, more for some pages).
        load_cleaning_models()
        load_extraction_models()
    parts = map_chunks(partial(_clean_and_extract, now=now), raws, processes)
    articles = [article for part in parts for article in part[0]]
    rejections = [rejection for part in parts for rejection in part[1]]
    facts = {name: pa.concat_tables([part[2][name] for part in parts]) for name in parts[0][2]}
    for name, table in facts.items():
        write_parquet(table, batch_folder / f"{name}.parquet")
    write_parquet(to_table(rejections, REJECTION_SCHEMA), batch_folder / "rejections.parquet")
    # Written last: a batch folder with articles.parquet is a complete batch.
    write_parquet(to_table(articles, ARTICLE_SCHEMA), batch_folder / "articles.parquet")
    print(f"{batch_folder.name}: {len(articles)} articles, {len(rejections)} rejected, "
          f"{min(processes, len(parts))} process(es), {len(parts)} chunk(s); facts: " + ", ".join(f"{t.num_rows} {n}" for n, t in facts.items()))
    return str(batch_folder)


def _clean_and_extract(raws: list[RawInput], now: datetime) -> tuple[list, list, dict]:
    """Articles, rejections and tagged facts of some inputs: the work of one extract worker."""
    from newsfacts.clean import clean_kept_input
    from newsfacts.records import Article, Rejection, RejectReason

    articles, rejections = [], []
    for raw in raws:
        result = clean_kept_input(raw, now)
        (articles if isinstance(result, Article) else rejections).append(result)
    facts, failed = _extract_tagged_facts(articles)
    rejections += [Rejection(a.source_uri, RejectReason.EXTRACTION_FAILED, failed[a.source_uri], a.raw_sha256,
                             a.raw_path, now) for a in articles if a.source_uri in failed]
    return [a for a in articles if a.source_uri not in failed], rejections, facts


def _extract_tagged_facts(articles: list) -> tuple[dict, dict[str, str]]:
    """Facts of the batch's articles, each row tagged with the source it was read from, and why
    the facts of some could not be extracted (source_uri -> the error)."""
    import pyarrow as pa

    from newsfacts.extract import extract_facts, fact_batch_to_tables

    # Languages with neither rules nor a model land without facts (quality: language_coverage).
    pending = sorted(articles, key=lambda a: a.source_uri)
    parts: dict[str, list] = {}
    failed: dict[str, str] = {}
    while pending:
        # Copies of one text share an article_id, and the loader keeps the facts of the copy
        # that lands: extract each copy, one copy per article_id per pass.
        this_pass: dict[str, object] = {}
        for article in pending:
            this_pass.setdefault(article.article_id, article)
        pending = [a for a in pending if this_pass[a.article_id] is not a]
        for tables in _facts_one_by_one_on_error(list(this_pass.values()), failed):
            for name, table in tables.items():
                sources = [this_pass[i].source_uri for i in table.column("article_id").to_pylist()]
                parts.setdefault(name, []).append(table.append_column("source_uri", pa.array(sources, pa.string())))
    if not parts:
        parts = {name: [table.append_column("source_uri", pa.array([], pa.string()))]
                 for name, table in fact_batch_to_tables(extract_facts([])).items()}
    return {name: pa.concat_tables(tables) for name, tables in parts.items()}, failed


def _facts_one_by_one_on_error(articles: list, failed: dict) -> list[dict]:
    """The fact tables of the articles in one go; if that raises, article by article, so that a
    bug met by one text costs that text (recorded in failed), not the batch."""
    from newsfacts.extract import extract_facts, fact_batch_to_tables

    try:
        return [fact_batch_to_tables(extract_facts(articles))]
    except Exception:  # noqa: BLE001 - retried one article at a time just below
        pass
    tables = []
    for article in articles:
        try:
            tables.append(fact_batch_to_tables(extract_facts([article])))
        except Exception as exc:  # noqa: BLE001 - one text's bug must not cost the batch
            failed[article.source_uri] = f"facts could not be extracted: {type(exc).__name__}: {exc}"
    return tables


def load(settings: Settings, run_id: str) -> dict[str, int]:
    """Land every batch of this run into the working database (the only writer)."""
    from newsfacts.load import load_run

    counts = load_run(settings.working_db, run_dir(settings.work_dir, run_id), run_id)
    run_state = run_dir(settings.work_dir, run_id) / FETCH_STATE
    if run_state.exists():
        os.replace(run_state, settings.fetch_state)
    return counts


# What the published snapshot was built from (newsfacts.fingerprint), in the work folder.
PUBLISHED_FINGERPRINT = "published.fingerprint"


def code_folders(settings: Settings) -> list[Path]:
    """The code a published snapshot depends on beyond the raw tables: dbt and the quality suites."""
    return [settings.dbt_project_dir, Path(__file__).resolve().parent / "quality"]


def anything_new(settings: Settings, full_refresh: bool = False) -> bool:
    """False when the raw tables and the code are those of the published snapshot: nothing to do.

    Then dbt, the quality suites and publishing are skipped, and the snapshot stays as it is.
    """
    from newsfacts.fingerprint import published_fingerprint, warehouse_fingerprint

    if full_refresh:
        return True
    published = published_fingerprint(settings.work_dir / PUBLISHED_FINGERPRINT, settings.warehouse)
    if published is None or published != warehouse_fingerprint(settings.working_db, code_folders(settings)):
        return True
    print(f"nothing new: warehouse unchanged ({settings.warehouse})")
    return False


def transform(settings: Settings, full_refresh: bool = False) -> None:
    """Build and test the dbt models in the working database; `full_refresh` rebuilds every one.

    When the validate step runs in this same process, Great Expectations (about 10 s of imports
    on a loaded machine) is imported while dbt builds, instead of after it.
    """
    from newsfacts.quality.runner import import_great_expectations
    from newsfacts.transform import dbt_build

    dbt_build(settings, full_refresh=full_refresh,
              while_building=import_great_expectations if settings.one_process_run else None)


def validate(settings: Settings, run_id: str) -> dict[str, int]:
    """Run the Great Expectations suites; raise when a critical expectation fails."""
    from newsfacts.quality import validate_warehouse

    return validate_warehouse(settings.working_db, run_id, docs_root=settings.quality_dir)


def publish(settings: Settings) -> str:
    """Swap the validated marts in as the analysts' read-only snapshot and Parquet set."""
    from newsfacts.catalog import descriptions_from_manifest
    from newsfacts.fingerprint import warehouse_fingerprint, write_fingerprint
    from newsfacts.publish import publish_snapshot
    from newsfacts.transform import dbt_target_path

    manifest = dbt_target_path(settings) / "manifest.json"
    descriptions = descriptions_from_manifest(manifest) if manifest.exists() else {}
    # Taken before the copy: one run at a time writes the working database (max_active_runs=1).
    fingerprint = warehouse_fingerprint(settings.working_db, code_folders(settings))
    published = publish_snapshot(settings.working_db, settings.warehouse, descriptions)
    write_fingerprint(settings.work_dir / PUBLISHED_FINGERPRINT, settings.warehouse, fingerprint)
    return str(published)


def report(settings: Settings) -> str:
    """Write the visual report of the published snapshot beside the warehouse's folder."""
    from newsfacts.quality.runner import data_docs_index
    from newsfacts.report import build_report

    page = build_report(settings.warehouse, settings.report_dir, data_docs_index(settings.quality_dir))
    print(f"report: {page}")
    return str(page)


def analyst_docs(settings: Settings, full_refresh: bool = False) -> str:
    """Build dbt's static docs site (models, columns, lineage) beside the warehouse's folder.

    Kept as it is when the dbt project and the warehouse's tables and columns are those it was
    built from; `full_refresh` builds it again anyway.
    """
    from newsfacts.analyst_docs import build_dbt_docs

    return str(build_dbt_docs(settings, force=full_refresh))
