"""Unnamed sources are scored by where they were cited and what they share of their description."""

from __future__ import annotations

from pathlib import Path

from newsfacts.evaluation.facts import FactScores, score_sources
from newsfacts.evaluation.gold import LabelledPage
from newsfacts.extract.schemas import Citation

SENTENCE = "Two officials familiar with the talks said the deal was close, and the minister agreed."


def cited(name: str, source_type: str = "anonymous", sentence: str = SENTENCE) -> Citation:
    return Citation("c", "a", name, name, source_type, "say", sentence, 0, len(name))


def scores_for(citations: list[Citation]) -> FactScores:
    page = LabelledPage("page", Path("page.html"), {"sources": [
        {"name": "officials familiar with the negotiations", "aliases": [], "type": "anonymous",
         "quote": "officials familiar with the talks said the deal was close"}]})
    scores = FactScores()
    score_sources(page, citations, scores)
    return scores


def counts(scores: FactScores) -> tuple[int, int, int]:
    s = scores.sources
    return s.true_positives, s.false_positives, s.false_negatives


def test_an_unnamed_source_worded_otherwise_matches_at_its_place() -> None:
    scores = scores_for([cited("officials familiar with the talks")])
    assert counts(scores) == (1, 0, 0)


def test_a_name_that_shares_no_word_or_sits_elsewhere_does_not_match() -> None:
    # A wrong name at the right place, the right kind of name elsewhere, or a named speaker.
    for citation in (cited("the minister"), cited("two officials", sentence="Two officials said it rained."),
                     cited("familiar officials", source_type="government_body")):
        scores = scores_for([citation])
        assert counts(scores) == (0, 1, 1), citation
