"""Great Expectations suites as code, one per validated table.

Each expectation carries a severity: a failing `critical` one stops the publish
step, a failing `warning` one is recorded and the run goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class SuiteSpec:
    """A suite and the SQL that selects the rows it validates."""

    name: str
    query: str
    expectations: list


def article_suite(today: date) -> SuiteSpec:
    """Expectations on dim_articles, the landed articles."""
    import great_expectations.expectations as gxe

    critical, warning = "critical", "warning"
    return SuiteSpec(
        name="dim_articles",
        query="select * replace (cast(published_date as timestamp) as published_date) from main.dim_articles",
        expectations=[
            gxe.ExpectTableRowCountToBeBetween(min_value=1, severity=critical),
            gxe.ExpectColumnValuesToNotBeNull(column="article_id", severity=critical),
            gxe.ExpectColumnValuesToBeUnique(column="article_id", severity=critical),
            gxe.ExpectColumnValuesToBeUnique(column="content_hash", severity=critical),
            gxe.ExpectColumnValuesToNotBeNull(column="body_text", severity=critical),
            gxe.ExpectColumnValueLengthsToBeBetween(
                column="body_text", min_value=100, max_value=2_000_000, severity=critical
            ),
            gxe.ExpectColumnValuesToBeBetween(
                column="word_count", min_value=20, max_value=300_000, severity=critical
            ),
            gxe.ExpectColumnValuesToBeBetween(
                column="published_date",
                min_value=datetime(1900, 1, 1),
                max_value=datetime(today.year + 1, today.month, min(today.day, 28)),
                severity=critical,
            ),
            gxe.ExpectColumnValuesToNotBeNull(column="language", mostly=0.95, severity=warning),
            gxe.ExpectColumnValuesToMatchRegex(
                column="language", regex=r"^[a-z]{2,3}$", severity=warning
            ),
            gxe.ExpectColumnValuesToNotBeNull(column="publisher", mostly=0.5, severity=warning),
            gxe.ExpectColumnValuesToNotBeNull(column="title", mostly=0.5, severity=warning),
        ],
    )


def all_suites(today: date) -> list[SuiteSpec]:
    """Every suite the pipeline runs, in order."""
    return [article_suite(today)]
