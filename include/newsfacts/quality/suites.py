"""Great Expectations suites as code, one per validated table.

Each expectation carries a severity: a failing `critical` one stops the publish
step (the previous snapshot stays), a failing `warning` one is recorded and the
run goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

SOURCE_TYPES = ["news_agency", "media_outlet", "government_body", "organization", "official",
                "person", "anonymous", "document"]
EVENT_TYPES = ["negotiation_meeting", "deployment", "withdrawal_drawdown", "attack_strike",
               "agreement_decision", "statement", "other"]
DATE_PRECISIONS = ["day", "month", "year"]
REJECT_REASONS = ["empty", "undecodable", "no_main_text", "duplicate", "too_large", "outside_inbox",
                  "unsupported_format", "malformed_archive", "unreadable"]
CRITICAL, WARNING = "critical", "warning"


@dataclass(frozen=True)
class SuiteSpec:
    """A suite and the SQL that selects the rows it validates."""

    name: str
    query: str
    expectations: list


def _keys(gxe, *columns: str) -> list:
    return [
        expectation
        for column in columns
        for expectation in (
            gxe.ExpectColumnValuesToNotBeNull(column=column, severity=CRITICAL),
            gxe.ExpectColumnValuesToBeUnique(column=column, severity=CRITICAL),
        )
    ]


def _offsets(gxe) -> list:
    return [
        gxe.ExpectColumnValuesToBeBetween(column="char_start", min_value=0, severity=CRITICAL),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="char_end", column_B="char_start", or_equal=False, severity=CRITICAL
        ),
        gxe.ExpectColumnValuesToNotBeNull(column="sentence", severity=CRITICAL),
    ]


def article_suite(today: date) -> SuiteSpec:
    """dim_articles: the landed articles."""
    import great_expectations.expectations as gxe

    return SuiteSpec(
        name="dim_articles",
        query="select * replace (cast(published_date as timestamp) as published_date) from main.dim_articles",
        expectations=[
            gxe.ExpectTableRowCountToBeBetween(min_value=1, severity=CRITICAL),
            *_keys(gxe, "article_id", "content_hash", "source_uri"),
            gxe.ExpectColumnValuesToNotBeNull(column="body_text", severity=CRITICAL),
            gxe.ExpectColumnValueLengthsToBeBetween(
                column="body_text", min_value=100, max_value=2_000_000, severity=CRITICAL
            ),
            gxe.ExpectColumnValuesToBeBetween(
                column="word_count", min_value=20, max_value=300_000, severity=CRITICAL
            ),
            gxe.ExpectColumnValuesToBeBetween(
                column="published_date",
                min_value=datetime(1900, 1, 1),
                max_value=datetime(today.year + 1, today.month, min(today.day, 28)),
                severity=CRITICAL,
            ),
            gxe.ExpectColumnValuesToNotBeNull(column="language", mostly=0.95, severity=WARNING),
            gxe.ExpectColumnValuesToMatchRegex(column="language", regex=r"^[a-z]{2,3}$", severity=WARNING),
            gxe.ExpectColumnValuesToNotBeNull(column="publisher", mostly=0.5, severity=WARNING),
            gxe.ExpectColumnValuesToNotBeNull(column="title", mostly=0.5, severity=WARNING),
        ],
    )


def accounting_suite() -> SuiteSpec:
    """raw.load_runs: every input of every run landed, was already there, or was rejected."""
    import great_expectations.expectations as gxe

    return SuiteSpec(
        name="load_runs",
        query="select run_id, n_inputs - n_landed - n_already_landed - n_rejected as unaccounted, "
        "(select count(*) from main.rejected_inputs r where r.reason not in "
        f"({', '.join(repr(r) for r in REJECT_REASONS)})) as unknown_reasons from raw.load_runs",
        expectations=[
            gxe.ExpectColumnValuesToBeBetween(column="unaccounted", min_value=0, max_value=0, severity=CRITICAL),
            gxe.ExpectColumnValuesToBeBetween(column="unknown_reasons", min_value=0, max_value=0, severity=CRITICAL),
        ],
    )


def figure_suite() -> SuiteSpec:
    """fct_figures: one row per figure mention."""
    import great_expectations.expectations as gxe

    return SuiteSpec(
        name="fct_figures",
        query="select *, isfinite(value) as value_is_finite from main.fct_figures",
        expectations=[
            *_keys(gxe, "figure_id"),
            gxe.ExpectColumnValuesToNotBeNull(column="article_id", severity=CRITICAL),
            gxe.ExpectColumnValuesToNotBeNull(column="value", severity=CRITICAL),
            gxe.ExpectColumnValuesToBeInSet(column="value_is_finite", value_set=[True], severity=CRITICAL),
            *_offsets(gxe),
            gxe.ExpectColumnValuesToNotBeNull(column="noun", mostly=0.7, severity=WARNING),
        ],
    )


def claim_suite() -> SuiteSpec:
    """fct_figure_claims: claims rolled up across articles."""
    import great_expectations.expectations as gxe

    return SuiteSpec(
        name="fct_figure_claims",
        query="select * exclude (conflicting_values) from main.fct_figure_claims",
        expectations=[
            *_keys(gxe, "claim_id"),
            gxe.ExpectColumnValuesToBeBetween(column="n_publishers", min_value=1, severity=CRITICAL),
            gxe.ExpectColumnPairValuesAToBeGreaterThanB(
                column_A="n_articles", column_B="n_publishers", or_equal=True, severity=CRITICAL
            ),
        ],
    )


def source_suite() -> SuiteSpec:
    """dim_sources and fct_citations: who is cited, and where."""
    import great_expectations.expectations as gxe

    return SuiteSpec(
        name="dim_sources",
        query="select * from main.dim_sources",
        expectations=[
            *_keys(gxe, "source_id"),
            gxe.ExpectColumnValuesToNotBeNull(column="name", severity=CRITICAL),
            gxe.ExpectColumnValuesToBeInSet(column="source_type", value_set=SOURCE_TYPES, severity=CRITICAL),
            gxe.ExpectColumnValuesToBeBetween(column="n_articles", min_value=1, severity=CRITICAL),
        ],
    )


def citation_suite() -> SuiteSpec:
    """fct_citations: one row per article and cited source."""
    import great_expectations.expectations as gxe

    return SuiteSpec(
        name="fct_citations",
        query="select * from main.fct_citations",
        expectations=[
            *_keys(gxe, "citation_id"),
            gxe.ExpectCompoundColumnsToBeUnique(column_list=["article_id", "source_id"], severity=CRITICAL),
            *_offsets(gxe),
        ],
    )


def event_suite() -> SuiteSpec:
    """fct_event_mentions: dates from 1900 to a year after publication (ten years is an error)."""
    import great_expectations.expectations as gxe

    return SuiteSpec(
        name="fct_event_mentions",
        query="select m.* exclude (actors), "
        "cast(m.event_date as timestamp) as event_timestamp, "
        "date_diff('day', m.event_date, coalesce(a.published_date, current_date) + interval 1 year) "
        "as days_before_one_year_limit, "
        "date_diff('day', m.event_date, coalesce(a.published_date, current_date) + interval 10 year) "
        "as days_before_ten_year_limit "
        "from main.fct_event_mentions m join main.dim_articles a using (article_id)",
        expectations=[
            *_keys(gxe, "event_mention_id"),
            gxe.ExpectColumnValuesToBeBetween(
                column="event_timestamp", min_value=datetime(1900, 1, 1), severity=CRITICAL
            ),
            # Plans reach past a year ("end by September 2025" in July 2024): a warning, not an error.
            gxe.ExpectColumnValuesToBeBetween(
                column="days_before_one_year_limit", min_value=0, severity=WARNING
            ),
            gxe.ExpectColumnValuesToBeBetween(
                column="days_before_ten_year_limit", min_value=0, severity=CRITICAL
            ),
            gxe.ExpectColumnValuesToBeInSet(column="event_type", value_set=EVENT_TYPES, severity=CRITICAL),
            gxe.ExpectColumnValuesToBeInSet(
                column="date_precision", value_set=DATE_PRECISIONS, severity=CRITICAL
            ),
            *_offsets(gxe),
        ],
    )


def all_suites(today: date) -> list[SuiteSpec]:
    """Every suite the pipeline runs, in order."""
    return [
        article_suite(today),
        accounting_suite(),
        figure_suite(),
        claim_suite(),
        source_suite(),
        citation_suite(),
        event_suite(),
    ]
