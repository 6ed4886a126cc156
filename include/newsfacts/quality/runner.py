"""Run the suites on pandas frames (GX 1.x cannot validate DuckDB through SQL) and store results."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow as pa

from newsfacts.config import apply_offline_env, duckdb_config
from newsfacts.quality.languages import COVERAGE_SUITE, coverage_rows, languages_without_facts
from newsfacts.quality.suites import SuiteSpec, all_suites

RESULTS_DDL = """
create table if not exists main.quality_results (
    run_id varchar not null,
    suite varchar not null,
    expectation varchar not null,
    column_name varchar,
    severity varchar not null,
    success boolean not null,
    observed_value varchar,
    unexpected_count bigint,
    validated_at timestamptz not null
)
"""

RESULT_SCHEMA = pa.schema(
    [
        ("run_id", pa.string()),
        ("suite", pa.string()),
        ("expectation", pa.string()),
        ("column_name", pa.string()),
        ("severity", pa.string()),
        ("success", pa.bool_()),
        ("observed_value", pa.string()),
        ("unexpected_count", pa.int64()),
        ("validated_at", pa.timestamp("us", tz="UTC")),
    ]
)


def data_docs_index(docs_root: Path) -> Path:
    """The Data Docs page GX builds under docs_root (static HTML, readable offline)."""
    return docs_root / "gx" / "uncommitted" / "data_docs" / "local_site" / "index.html"


class QualityGateError(RuntimeError):
    """A critical expectation failed; the snapshot must not be published."""


def _result_rows(outcome) -> list[dict]:
    rows = []
    for result in outcome.results:
        config = result.expectation_config
        details = result.result or {}
        observed = details.get("observed_value")
        rows.append(
            {
                "expectation": config.type,
                "column_name": config.kwargs.get("column") or config.kwargs.get("column_A"),
                "severity": str(getattr(config, "severity", "critical")).split(".")[-1].lower(),
                "success": bool(result.success),
                "observed_value": None if observed is None else json.dumps(observed, default=str),
                "unexpected_count": details.get("unexpected_count"),
            }
        )
    return rows


def import_great_expectations() -> None:
    """Import Great Expectations and what it reads at its first validation (scipy, altair...)."""
    apply_offline_env()
    import great_expectations  # noqa: F401
    from great_expectations.data_context.types.base import ProgressBarsConfig  # noqa: F401


def run_suites(specs: list[SuiteSpec], frames: dict, docs_root: Path | None) -> dict[str, list[dict]]:
    """Validate each frame against its suite; with docs_root, keep results and build Data Docs there.

    Data Docs render this run's results (and the index of all kept results), not every result kept.
    """
    apply_offline_env()
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    if docs_root is None:
        context = gx.get_context(mode="ephemeral")
    else:
        docs_root.mkdir(parents=True, exist_ok=True)
        context = gx.get_context(mode="file", project_root_dir=str(docs_root))
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_or_update_pandas(name="newsfacts_warehouse")
    results = {}
    this_run = []
    for spec in specs:
        asset = source.add_dataframe_asset(name=spec.name)
        batch_definition = asset.add_batch_definition_whole_dataframe(name="whole_table")
        suite = context.suites.add_or_update(gx.ExpectationSuite(name=spec.name, expectations=spec.expectations))
        validation = context.validation_definitions.add_or_update(
            gx.ValidationDefinition(name=spec.name, data=batch_definition, suite=suite)
        )
        checkpoint = context.checkpoints.add_or_update(
            gx.Checkpoint(name=spec.name, validation_definitions=[validation], result_format="SUMMARY")
        )
        outcome = checkpoint.run(batch_parameters={"dataframe": frames[spec.name]})
        ((result_id, suite_result),) = outcome.run_results.items()
        this_run.append(result_id)
        results[spec.name] = _result_rows(suite_result)
    if docs_root is not None:
        # Every kept result has its page from the run that made it: a full rebuild grows with runs.
        context.build_data_docs(resource_identifiers=this_run)
    return results


def validate_warehouse(
    working_db: Path, run_id: str, docs_root: Path | None = None, today: date | None = None
) -> dict[str, int]:
    """Run every suite, store results in quality_results, raise if a critical one failed."""
    import duckdb

    validated_at = datetime.now(UTC)
    results = []
    suites = all_suites(today or date.today())
    with duckdb.connect(str(working_db), read_only=True, config=duckdb_config()) as con:
        frames = {spec.name: con.execute(spec.query).df() for spec in suites}
        coverage = coverage_rows(con)
    for suite_name, rows in run_suites(suites, frames, docs_root).items():
        for row in rows:
            results.append({"run_id": run_id, "suite": suite_name, **row, "validated_at": validated_at})
    results += [{"run_id": run_id, **row, "validated_at": validated_at} for row in coverage]
    table = pa.Table.from_pylist(results, schema=RESULT_SCHEMA)
    with duckdb.connect(str(working_db), config=duckdb_config()) as con:
        con.execute(RESULTS_DDL)
        con.register("quality_rows", table)
        con.execute("begin transaction")
        con.execute("delete from main.quality_results where run_id = ?", [run_id])
        con.execute("insert into main.quality_results select * from quality_rows")
        con.execute("commit")
    failed_critical = [r for r in results if not r["success"] and r["severity"] == "critical"]
    failed_warning = [r for r in results if not r["success"] and r["severity"] != "critical"]
    if missing := languages_without_facts(results):
        print(f"quality warning: no facts for language(s) {', '.join(missing)}: no rules or model reads them")
    for row in failed_warning:
        if row["suite"] == COVERAGE_SUITE:
            continue
        observed = row["observed_value"] or f"{row['unexpected_count']} unexpected rows"
        print(f"quality warning: {row['suite']}.{row['expectation']}({row['column_name']}): {observed}")
    if failed_critical:
        names = ", ".join(f"{r['suite']}.{r['expectation']}({r['column_name']})" for r in failed_critical)
        raise QualityGateError(f"{len(failed_critical)} critical expectation(s) failed: {names}")
    print(f"quality: {len(results)} expectations checked, {len(failed_warning)} warnings")
    if docs_root is not None:
        print(f"quality: Data Docs at {data_docs_index(docs_root)}")
    return {"checked": len(results), "warnings": len(failed_warning), "critical_failures": 0}
