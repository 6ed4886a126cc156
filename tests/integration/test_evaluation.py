"""The extractors against the hand labels in tests/gold: floors a little below the measured numbers.

The numbers themselves are printed by `make eval` (and at the start of `make test`) and shown in
the README; these floors only catch a regression.
"""

from __future__ import annotations

import pytest

from newsfacts.evaluation.facts import evaluate_facts
from newsfacts.evaluation.gold import AEB_HTML_DIR, load_pages
from newsfacts.evaluation.metadata import evaluate_metadata

# (precision, recall) floors per fact type; accuracy floors per field.
FACT_FLOORS = {"figures": (0.975, 0.97), "sources": (0.955, 0.92), "events": (0.915, 0.93)}
FIELD_FLOORS = {"figures: measured thing": 0.905, "figures: unit": 0.98, "sources: type": 0.895,
                "events: type": 0.825, "title (exact)": 0.96, "authors (exact list)": 0.935,
                "published date": 0.96}


@pytest.fixture(scope="module")
def scores():
    assert AEB_HTML_DIR.is_dir(), f"the labelled pages are read from {AEB_HTML_DIR}"
    facts_pages, metadata_pages = load_pages("facts"), load_pages("metadata")
    assert len(facts_pages) >= 25 and len(metadata_pages) >= 60
    return evaluate_facts(facts_pages), evaluate_metadata(metadata_pages)


@pytest.mark.parametrize("name", sorted(FACT_FLOORS))
def test_fact_precision_and_recall_stay_above_their_floors(scores, name):
    facts, _ = scores
    score = {s.name: s for s in (facts.figures, facts.sources, facts.events)}[name]
    floor_p, floor_r = FACT_FLOORS[name]
    assert score.precision >= floor_p, score.false_hits[:20]
    assert score.recall >= floor_r, score.misses[:20]


@pytest.mark.parametrize("name", sorted(FIELD_FLOORS))
def test_field_accuracy_stays_above_its_floor(scores, name):
    facts, metadata = scores
    fields = (facts.figure_measured, facts.figure_unit, facts.source_type, facts.event_type,
              metadata.title, metadata.authors, metadata.published_date)
    accuracy = {a.name: a for a in fields}[name]
    assert accuracy.value >= FIELD_FLOORS[name], accuracy.wrong[:20]


def test_every_label_file_follows_the_rules():
    """Every quote is in the page text, every type and precision is known (tests/gold/validate.py)."""
    import json
    import sys

    from newsfacts.config import PROJECT_ROOT

    sys.path.insert(0, str(PROJECT_ROOT / "tests" / "gold"))
    try:
        import validate
    finally:
        sys.path.pop(0)
    truth = json.loads(validate.GROUND_TRUTH.read_text())
    bodies = {k: v["articleBody"] for k, v in truth.items()}
    problems = [p for path in sorted(validate.GOLD.rglob("*.json")) for p in validate.problems_of(path, bodies)]
    assert problems == []
