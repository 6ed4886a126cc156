"""The warehouse's roll-ups, built from the hand-labelled pages, merge nothing unrelated at the top.

The pipeline runs on every labelled article (development and held-out); the top 20 figure
claims, events and cited sources are traced back to the labels of the pages they came from.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsfacts.evaluation.gold import AEB_HTML_DIR, GOLD_DIR, load_pages
from newsfacts.evaluation.rollups import TOP_N, check_rollups
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def labelled_pages():
    assert AEB_HTML_DIR.is_dir(), f"the labelled pages are read from {AEB_HTML_DIR}"
    return load_pages("facts") + load_pages("facts", gold_dir=GOLD_DIR / "heldout")


@pytest.fixture(scope="module")
def rollups(tmp_path_factory, airflow_env, labelled_pages):
    inbox = tmp_path_factory.mktemp("labelled")
    for page in labelled_pages:
        shutil.copy(page.html_path, inbox / page.html_path.name)
    warehouse = tmp_path_factory.mktemp("out") / "labelled.duckdb"
    result = run_cli(["run", "--inbox", str(inbox), "--warehouse", str(warehouse)], airflow_env)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return {check.name: check for check in check_rollups(Path(warehouse), labelled_pages)}


@pytest.mark.parametrize("name", ["figure claims", "events", "sources"])
def test_top_rows_merge_nothing_unrelated(rollups, name):
    check = rollups[name]
    assert check.checked_rows == TOP_N
    assert check.merged_rows > 0, "nothing was merged across articles, so nothing was checked"
    assert check.unrelated == []
