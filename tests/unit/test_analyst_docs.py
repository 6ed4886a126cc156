"""Analysts' docs are complete: every mart and column described, exposures and analyses in place."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import PROJECT_ROOT

DBT = PROJECT_ROOT / "dbt_project"
MART_YMLS = sorted((DBT / "models" / "marts").rglob("*.yml"))


def _models(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text()).get("models", [])


@pytest.mark.parametrize("path", MART_YMLS, ids=lambda p: p.stem)
def test_every_mart_and_column_is_described(path):
    for model in _models(path):
        assert model.get("description"), f"{model['name']} has no description"
        undescribed = [c["name"] for c in model["columns"] if not c.get("description")]
        assert undescribed == [], f"{model['name']}: columns without description"
        assert model["config"]["contract"]["enforced"], "the contract keeps the yml and the table in step"


def test_the_dashboard_and_the_report_are_exposures():
    exposures = yaml.safe_load((DBT / "models" / "exposures.yml").read_text())["exposures"]
    assert {e["name"]: e["type"] for e in exposures} == {
        "newsfacts_dashboard": "dashboard", "newsfacts_report": "analysis"}
    marts = {m["name"] for path in MART_YMLS for m in _models(path)}
    for exposure in exposures:
        refs = {r.removeprefix("ref('").removesuffix("')") for r in exposure["depends_on"]}
        assert refs <= marts, "exposures read marts only"


def test_each_analysis_says_what_it_answers_in_one_line():
    analyses = sorted((DBT / "analyses").glob("*.sql"))
    assert len(analyses) >= 5
    for path in analyses:
        first, second = path.read_text().splitlines()[:2]
        assert first.startswith("-- ") and not second.startswith("--"), path.name
        assert "ref('" in path.read_text() and "source(" not in path.read_text(), path.name
