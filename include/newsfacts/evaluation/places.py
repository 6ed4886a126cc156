"""Place resolution against the hand labels in tests/gold/places: precision, recall, country accuracy.

A labelled name counts as found when the article's resolved name (matched folded: 'U.S.' = 'US')
is the labelled place: the same gazetteer id, or a point in the same country within
`SAME_PLACE_KM` (one place kept by two gazetteers, or a labelled place no gazetteer has).
Every resolved name that is not a labelled place (a football club read as its city) is a false hit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from newsfacts.evaluation.gold import LabelledPage
from newsfacts.evaluation.scores import Accuracy, Score

SAME_PLACE_KM = 25.0


@dataclass
class PlaceScores:
    """Resolution scores over the labelled pages."""

    n_pages: int = 0
    places: Score = field(default_factory=lambda: Score("places"))
    demonyms: Score = field(default_factory=lambda: Score("places: demonyms"))
    country: Accuracy = field(default_factory=lambda: Accuracy("places: country"))
    n_names: int = 0
    n_resolved: int = 0

    @property
    def share_resolved(self) -> float | None:
        """Share of all the names the resolver saw that it resolved to a place."""
        return self.n_resolved / self.n_names if self.n_names else None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points, in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def is_same_place(label: dict, mention) -> bool:
    """True when a resolved mention is the labelled place (same id, or same country and nearby)."""
    if mention.place_id is None:
        return False
    if label["place_id"] is not None and mention.place_id == label["place_id"]:
        return True
    if None in (label["latitude"], mention.latitude) or label["country_code"] != mention.country_code:
        return False
    return distance_km(label["latitude"], label["longitude"], mention.latitude, mention.longitude) <= SAME_PLACE_KM


def score_page(page: LabelledPage, mentions: list, scores: PlaceScores) -> None:
    """Add one page's hits, misses and false hits."""
    from newsfacts.places.gazetteer import fold

    labels: dict[str, dict] = {}
    for label in page.labels["places"]:
        labels.setdefault(fold(label["text"]), label)
    predicted: dict[str, object] = {}
    for mention in mentions:
        key = fold(mention.mention_text)
        if key not in predicted or predicted[key].place_id is None:
            predicted[key] = mention
    scores.n_names += len(predicted)
    scores.n_resolved += sum(m.place_id is not None for m in predicted.values())
    for key, label in labels.items():
        score = scores.demonyms if label["kind"] == "demonym" else scores.places
        mention = predicted.get(key)
        where = f"{page.page[:12]} {label['text']!r}"
        if mention is not None and mention.place_id is not None:
            scores.country.check(mention.country_code == label["country_code"],
                                 f"{where}: {mention.country_code} for {label['country_code']}")
        if mention is not None and is_same_place(label, mention):
            score.hit()
        else:
            found = "unresolved" if mention is None or mention.place_id is None else mention.place_name
            score.miss(f"{where}: want {label['place_id'] or label['country_code']}, got {found}")
    for key, mention in predicted.items():
        label = labels.get(key)
        if mention.place_id is None:
            continue
        if label is None:
            scores.places.false_hit(f"{page.page[:12]} {mention.mention_text!r} -> {mention.place_name} "
                                    "(not a labelled place)")
        elif not is_same_place(label, mention):
            score = scores.demonyms if label["kind"] == "demonym" else scores.places
            score.false_hit(f"{page.page[:12]} {mention.mention_text!r} -> {mention.place_name}")


def evaluate_places(pages: list[LabelledPage]) -> PlaceScores:
    """Clean and extract every labelled page, resolve its places and score them."""
    from newsfacts.evaluation.predict import clean_page
    from newsfacts.extract import extract_facts

    scores = PlaceScores()
    articles = {page.page: clean_page(page.html_path) for page in pages}
    batch = extract_facts([a for a in articles.values() if a is not None])
    for page in pages:
        scores.n_pages += 1
        article = articles[page.page]
        aid = article.article_id if article is not None else None
        score_page(page, [m for m in batch.place_mentions if m.article_id == aid], scores)
    return scores


def render_place_table(scores: PlaceScores) -> str:
    """P/R/F1 of place names and demonyms, country accuracy and the share resolved, as Markdown."""

    def fmt(value: float | None) -> str:
        return "  -  " if value is None else f"{value:.3f}"

    lines = [f"Places: {scores.n_pages} labelled articles.", "",
             "| measure | precision | recall | F1 |", "|---|---|---|---|"]
    combined = Score("places and demonyms")
    for part in (scores.places, scores.demonyms):
        combined.true_positives += part.true_positives
        combined.false_positives += part.false_positives
        combined.false_negatives += part.false_negatives
    for score in (combined, scores.places, scores.demonyms):
        lines.append(f"| {score.name} ({score.true_positives + score.false_negatives} labelled) | "
                     f"{fmt(score.precision)} | {fmt(score.recall)} | {fmt(score.f1)} |")
    lines.append(f"| {scores.country.name} (accuracy, of {scores.country.total} resolved labelled names) "
                 f"| | | {fmt(scores.country.value)} |")
    lines.append(f"| share of all names resolved ({scores.n_names} names) | | | {fmt(scores.share_resolved)} |")
    return "\n".join(lines)
