"""Place resolution against the hand labels in tests/gold/places: floors a little below the measured numbers.

`make eval` prints the numbers (and the README shows them); these floors only catch a regression.
"""

from __future__ import annotations

import json

import pytest

from newsfacts.evaluation.gold import AEB_HTML_DIR, GOLD_DIR, load_pages
from newsfacts.evaluation.places import evaluate_places

# Measured on 30 articles: places P 0.909 R 0.848, demonyms P 1.000 R 0.962, country 1.000.
FLOORS = {"places": (0.88, 0.82), "places: demonyms": (0.95, 0.90)}
COUNTRY_FLOOR = 0.97


@pytest.fixture(scope="module")
def scores():
    assert AEB_HTML_DIR.is_dir(), f"the labelled pages are read from {AEB_HTML_DIR}"
    pages = load_pages("places")
    assert len(pages) >= 25
    return evaluate_places(pages)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_place_resolution_stays_above_its_floor(scores, name):
    score = {s.name: s for s in (scores.places, scores.demonyms)}[name]
    floor_p, floor_r = FLOORS[name]
    assert score.precision >= floor_p, score.false_hits
    assert score.recall >= floor_r, score.misses


def test_resolved_labelled_names_are_in_the_right_country(scores):
    assert scores.country.total >= 100
    assert scores.country.value >= COUNTRY_FLOOR, scores.country.wrong


def test_every_place_label_is_well_formed():
    """Each label's text is in the page's body, and each label has a place id or a point."""
    truth = json.loads((AEB_HTML_DIR.parent / "ground-truth.json").read_text(encoding="utf-8"))
    for path in sorted((GOLD_DIR / "places").glob("*.json")):
        labels = json.loads(path.read_text(encoding="utf-8"))
        body = truth[labels["page"]]["articleBody"]
        for label in labels["places"]:
            assert label["text"] in body, (path.name, label["text"])
            assert label["kind"] in {"place", "demonym"}
            assert label["place_id"] is not None or label["latitude"] is not None, (path.name, label)
            assert label["country_code"] is None or len(label["country_code"]) == 2
