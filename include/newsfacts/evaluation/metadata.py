"""Score titles, authors and publication dates against tests/gold/metadata/."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsfacts.evaluation.gold import LabelledPage, squash
from newsfacts.evaluation.scores import Accuracy


@dataclass
class MetadataScores:
    """Exact-match accuracy of each metadata field over the labelled pages."""

    title: Accuracy = field(default_factory=lambda: Accuracy("title (exact)"))
    authors: Accuracy = field(default_factory=lambda: Accuracy("authors (exact list)"))
    published_date: Accuracy = field(default_factory=lambda: Accuracy("published date"))
    n_pages: int = 0


def author_names(author: str | None) -> list[str]:
    """The names in the article's author field, which joins several with '; '."""
    return [squash(name) for name in (author or "").split(";") if squash(name)]


def evaluate_metadata(pages: list[LabelledPage]) -> MetadataScores:
    """Clean every labelled page and compare its title, authors and date with the labels."""
    from newsfacts.evaluation.predict import clean_page

    scores = MetadataScores()
    for page in pages:
        scores.n_pages += 1
        labels = page.labels
        article = clean_page(page.html_path)
        tag = page.page[:8]
        title = squash(article.title) if article else None
        scores.title.check(title == squash(labels.get("title")),
                           f"{tag} {title!r}, gold {squash(labels.get('title'))!r}")
        authors = author_names(article.author) if article else []
        gold_authors = [squash(a) for a in labels.get("authors") or []]
        scores.authors.check([a.casefold() for a in authors] == [a.casefold() for a in gold_authors],
                             f"{tag} {authors}, gold {gold_authors}")
        published = article.published_date.isoformat() if article and article.published_date else None
        scores.published_date.check(published == labels.get("published_date"),
                                    f"{tag} {published}, gold {labels.get('published_date')}")
    return scores
