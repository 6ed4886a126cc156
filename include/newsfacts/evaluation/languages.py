"""Precision and recall per language on tests/gold/languages/: pages written for the project
(pages/) and real pages of ../shared/corpus/aeb, labelled under the rules of tests/gold/README.md."""

from __future__ import annotations

import json

from newsfacts.evaluation.facts import FactScores, evaluate_facts
from newsfacts.evaluation.gold import AEB_HTML_DIR, GOLD_DIR, LabelledPage
from newsfacts.evaluation.places import PlaceScores, evaluate_places

LANGUAGE_GOLD_DIR = GOLD_DIR / "languages"


def load_language_pages(heldout: bool = False) -> dict[str, list[LabelledPage]]:
    """Labelled pages by their language; a page's HTML is in pages/ or else in the aeb corpus.

    heldout=True reads heldout/facts/: pages labelled before the rules ever ran on them.
    """
    by_language: dict[str, list[LabelledPage]] = {}
    folder = LANGUAGE_GOLD_DIR / "heldout" / "facts" if heldout else LANGUAGE_GOLD_DIR / "facts"
    for path in sorted(folder.glob("*.json")):
        labels = json.loads(path.read_text(encoding="utf-8"))
        own = LANGUAGE_GOLD_DIR / "pages" / f"{path.stem}.html"
        html_path = own if own.is_file() else AEB_HTML_DIR / f"{path.stem}.html"
        by_language.setdefault(labels["language"], []).append(LabelledPage(path.stem, html_path, labels))
    return by_language


def evaluate_languages(heldout: bool = False) -> dict[str, FactScores]:
    """The facts evaluation run separately on each language's labelled pages."""
    return {language: evaluate_facts(pages) for language, pages in sorted(load_language_pages(heldout).items())}


def _cell(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def render_language_table(scores: dict[str, FactScores]) -> str:
    """Markdown: one row per language, precision and recall of each fact type."""
    lines = ["| language | articles | figures P | figures R | sources P | sources R | events P | events R |",
             "|---|---|---|---|---|---|---|---|"]
    for language, s in scores.items():
        cells = [_cell(x) for score in (s.figures, s.sources, s.events) for x in (score.precision, score.recall)]
        lines.append(f"| {language} | {s.n_pages} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def language_summary(scores: dict[str, FactScores]) -> dict[str, dict]:
    """Every per-language number, for the JSON file of `make eval`."""
    return {language: {score.name: score.numbers() for score in (s.figures, s.sources, s.events)}
            for language, s in scores.items()}


def load_language_place_pages() -> dict[str, list[LabelledPage]]:
    """Place labels of the pages in pages/ (places/lang-<language>-<n>.json), by language."""
    by_language: dict[str, list[LabelledPage]] = {}
    for path in sorted((LANGUAGE_GOLD_DIR / "places").glob("lang-*.json")):
        labels = json.loads(path.read_text(encoding="utf-8"))
        language = path.stem.split("-")[1]
        by_language.setdefault(language, []).append(
            LabelledPage(path.stem, LANGUAGE_GOLD_DIR / "pages" / f"{path.stem}.html", labels))
    return by_language


def evaluate_language_places() -> dict[str, PlaceScores]:
    """Place resolution scored separately on each language's labelled pages."""
    return {language: evaluate_places(pages) for language, pages in sorted(load_language_place_pages().items())}


def render_language_place_table(scores: dict[str, PlaceScores]) -> str:
    """Markdown: one row per language, precision and recall of its place names and demonyms."""
    lines = ["| language | articles | labelled names | places P | places R | demonyms P | demonyms R |",
             "|---|---|---|---|---|---|---|"]
    for language, s in scores.items():
        labelled = sum(x.true_positives + x.false_negatives for x in (s.places, s.demonyms))
        cells = [_cell(x) for score in (s.places, s.demonyms) for x in (score.precision, score.recall)]
        lines.append(f"| {language} | {s.n_pages} | {labelled} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def language_place_summary(scores: dict[str, PlaceScores]) -> dict[str, dict]:
    """Every per-language place number, for the JSON file of `make eval`."""
    return {language: {score.name: score.numbers() for score in (s.places, s.demonyms)}
            for language, s in scores.items()}
