"""The GX runner: severities, result rows, and Data Docs built offline."""

from __future__ import annotations

import pandas as pd

from newsfacts.quality.runner import data_docs_index, run_suites
from newsfacts.quality.suites import CRITICAL, WARNING, SuiteSpec


def spec() -> SuiteSpec:
    import great_expectations.expectations as gxe

    return SuiteSpec(
        name="people",
        query="unused",
        expectations=[
            gxe.ExpectColumnValuesToBeUnique(column="id", severity=CRITICAL),
            gxe.ExpectColumnValuesToBeInSet(column="kind", value_set=["official", "person"], severity=WARNING),
            gxe.ExpectTableRowCountToBeBetween(min_value=1, max_value=10, severity=CRITICAL),
        ],
    )


def test_results_carry_severity_success_and_observations(tmp_path):
    frame = pd.DataFrame({"id": [1, 2, 2], "kind": ["official", "rumour", "person"]})
    (rows,) = run_suites([spec()], {"people": frame}, docs_root=None).values()
    by_expectation = {row["expectation"]: row for row in rows}
    unique = by_expectation["expect_column_values_to_be_unique"]
    assert (unique["severity"], unique["success"], unique["unexpected_count"]) == ("critical", False, 2)
    in_set = by_expectation["expect_column_values_to_be_in_set"]
    assert (in_set["severity"], in_set["success"], in_set["unexpected_count"]) == ("warning", False, 1)
    count = by_expectation["expect_table_row_count_to_be_between"]
    assert count["success"] and count["observed_value"] == "3"


def test_data_docs_are_static_html_and_keep_history(tmp_path):
    good = pd.DataFrame({"id": [1, 2], "kind": ["official", "person"]})
    run_suites([spec()], {"people": good}, docs_root=tmp_path)
    run_suites([spec()], {"people": good.head(1)}, docs_root=tmp_path)
    index = data_docs_index(tmp_path)
    assert index.exists() and "people" in index.read_text()
    validations = list((index.parent / "validations").rglob("*.html"))
    assert len(validations) == 2
