"""Score figures, cited sources and dated events against tests/gold/facts/.

Matching rules (documented in tests/gold/README.md):
- a figure matches a gold figure of the same article with the same value (and upper bound) whose
  quote shares most of its words with the figure's sentence;
- a cited source matches a gold source when its canonical name or surface equals the gold name
  or an alias, or one is the other's surname;
- an event mention matches a gold event with the same date and precision whose time expression
  appears in the mention's sentence.
Each gold item is matched at most once. Units, measured things and types are scored on matches.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date

from newsfacts.evaluation.gold import LabelledPage, squash
from newsfacts.evaluation.scores import Accuracy, Score

WORD = re.compile(r"\w+")
MIN_QUOTE_OVERLAP = 0.6


@dataclass
class FactScores:
    """Every score of the facts evaluation."""

    figures: Score = field(default_factory=lambda: Score("figures"))
    figure_unit: Accuracy = field(default_factory=lambda: Accuracy("figures: unit"))
    figure_measured: Accuracy = field(default_factory=lambda: Accuracy("figures: measured thing"))
    sources: Score = field(default_factory=lambda: Score("sources"))
    source_type: Accuracy = field(default_factory=lambda: Accuracy("sources: type"))
    events: Score = field(default_factory=lambda: Score("events"))
    event_type: Accuracy = field(default_factory=lambda: Accuracy("events: type"))
    n_pages: int = 0


def _words(text: str) -> set[str]:
    return set(WORD.findall(text.lower()))


def _overlap(quote: str, sentence: str) -> float:
    quote_words = _words(quote)
    return len(quote_words & _words(sentence)) / len(quote_words) if quote_words else 0.0


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _figure_pairs(figures: list, gold: list[dict]) -> dict[int, int]:
    """Pair predictions with gold figures of the same value, closest quotes first.

    Matching in text order would let an earlier mention of the same number take a gold
    figure whose quote fits a later mention better.
    """
    candidates = []
    for f_idx, fig in enumerate(figures):
        for g_idx, g in enumerate(gold):
            if not _same(fig.value, float(g["value"])):
                continue
            if g.get("value_high") is not None and not _same(fig.value_high, float(g["value_high"])):
                continue
            overlap = _overlap(g["quote"], fig.sentence)
            if overlap >= MIN_QUOTE_OVERLAP:
                same_text = squash(fig.text).lower() == squash(g.get("text") or "").lower()
                candidates.append((-overlap, not same_text, f_idx, g_idx))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, f_idx, g_idx in sorted(candidates):
        if f_idx not in pairs and g_idx not in taken:
            pairs[f_idx] = g_idx
            taken.add(g_idx)
    return pairs


def score_figures(page: LabelledPage, figures: list, scores: FactScores) -> None:
    """Match predicted figures to gold figures of one page."""
    gold = list(page.labels.get("figures", []))
    figures = sorted(figures, key=lambda f: f.char_start)
    pairs = _figure_pairs(figures, gold)
    unmatched = [i for i in range(len(gold)) if i not in set(pairs.values())]
    for f_idx, fig in enumerate(figures):
        tag = f"{page.page[:8]} {fig.text!r} ({fig.value:g} {fig.unit or ''} {fig.noun or ''})"
        if f_idx not in pairs:
            scores.figures.false_hit(f"{tag} in: {squash(fig.sentence)[:140]}")
            continue
        g = gold[pairs[f_idx]]
        scores.figures.hit()
        scores.figure_unit.check((fig.unit or None) == (g.get("unit") or None),
                                 f"{tag}: gold unit {g.get('unit')}")
        keys = {_singular(k.lower()) for k in g.get("measured_keys") or []}
        if keys:
            attached = _singular(fig.noun) if fig.noun else None
            scores.figure_measured.check(attached in keys, f"{tag}: gold {g.get('measured')!r}")
    for i in unmatched:
        g = gold[i]
        scores.figures.miss(f"{page.page[:8]} {g.get('text') or g['value']!r} in: {g['quote']}")


_LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _singular(word: str) -> str:
    if word == "people":
        return "person"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


PRONOUNS = {"he", "she", "they", "him", "her", "them", "it", "we", "i", "you", "his", "their"}


def _norm_name(name: str) -> str:
    """Lower case, no article or possessive, singular words, agencies by their short name."""
    from newsfacts.extract.sources import MEDIA_OUTLETS, NEWS_AGENCIES

    name = re.sub(r"[’']s\b", "", squash(name).lower())
    name = _LEADING.sub("", name).strip(" .,")
    name = NEWS_AGENCIES.get(name, MEDIA_OUTLETS.get(name, name)).lower()
    return " ".join(_singular(w) for w in name.replace("-", " ").split())


def _match_strength(predicted: str, gold_names: set[str]) -> int:
    """3: same name; 2: the full name inside a titled one ("chairman Craig Menear"); 1: a
    surname of the full name, or the head of a description ("group" for "a group representing
    rural counties"); 0: no match."""
    p = _norm_name(predicted)
    if not p:
        return 0
    best = 0
    for g in gold_names:
        p_words, g_words = p.split(), g.split()
        if p == g:
            return 3
        if len(g_words) >= 2 and f" {g} " in f" {p} ":
            best = max(best, 2)
        elif (len(p_words) == 1 and len(g_words) > 1 and p_words[0] == g_words[-1]) or (
            len(g_words) == 1 and len(p_words) > 1 and g_words[0] == p_words[-1]
        ) or (g.startswith(p + " ") and p_words[0] not in {"us", "new"}):
            best = max(best, 1)
    return best


def score_sources(page: LabelledPage, citations: list, scores: FactScores) -> None:
    """Match the distinct sources an article cites (by canonical name) to the gold sources."""
    gold = page.labels.get("sources", [])
    # A pronoun names nobody on its own: "he" among two people's aliases would pair one
    # person's citations with the other's entry.
    gold_names = [{_norm_name(g["name"]), *(_norm_name(a) for a in g.get("aliases", []))} - {""} - PRONOUNS
                  for g in gold]
    by_name: dict[str, list] = {}
    for citation in citations:
        by_name.setdefault(citation.canonical_name, []).append(citation)
    found: set[int] = set()
    for name, group in by_name.items():
        surfaces = {name, *(c.cited_as for c in group if _norm_name(c.cited_as) not in PRONOUNS)}
        strengths = [(max(_match_strength(s, names) for s in surfaces), i not in found, -i)
                     for i, names in enumerate(gold_names)]
        best = max(strengths, default=(0, False, 0))
        match = -best[2] if best[0] > 0 else _anonymous_at_its_place(group, gold, found)
        if match is None:
            scores.sources.false_hit(f"{page.page[:8]} {name!r} ({group[0].source_type}) in: "
                                     f"{squash(group[0].sentence)[:140]}")
            continue
        if match in found:
            continue  # a second spelling of a source already credited is neither hit nor error
        found.add(match)
        scores.sources.hit()
        scores.source_type.check(group[0].source_type == gold[match]["type"],
                                 f"{page.page[:8]} {name!r}: {group[0].source_type}, gold {gold[match]['type']}")
    for i, g in enumerate(gold):
        if i not in found:
            scores.sources.miss(f"{page.page[:8]} {g['name']!r} ({g['type']}) in: {g.get('quote', '')}")


def _anonymous_at_its_place(group: list, gold: list[dict], found: set[int]) -> int | None:
    """An unnamed source is a description, worded freely by writer and labeller ("officials",
    "US officials familiar with the talks"): the extractor's anonymous source matches a gold
    anonymous one, not yet matched, that shares a word of its description and whose quote lies
    in a sentence it was cited in."""
    anonymous = [c for c in group if c.source_type == "anonymous"]
    sentences = [squash(c.sentence).lower() for c in anonymous]
    words = {w for c in anonymous for n in (c.canonical_name, c.cited_as) for w in _norm_name(n).split()}
    words -= _FILLER_WORDS
    return next((i for i, g in enumerate(gold)
                 if i not in found and g["type"] == "anonymous" and g.get("quote")
                 and words & set(_norm_name(" ".join([g["name"], *g.get("aliases", [])])).split())
                 and any(squash(g["quote"]).lower() in s for s in sentences)), None)


# Words that say nothing of who an unnamed source is ("one user", "more protesters").
_FILLER_WORDS = {"the", "a", "an", "one", "some", "more", "many", "other", "of", "on", "in", "at", "for", "and", "who", "with"}


def score_events(page: LabelledPage, events: list, scores: FactScores) -> None:
    """Match predicted event mentions to gold events of one page."""
    gold = list(page.labels.get("events", []))
    unmatched = list(range(len(gold)))
    for event in sorted(events, key=lambda e: e.char_start):
        sentence = squash(event.sentence).lower()
        match = next(
            (i for i in unmatched
             if date.fromisoformat(gold[i]["date"]) == event.event_date
             and gold[i]["precision"] == event.date_precision
             and squash(gold[i]["date_text"]).lower() in sentence),
            None,
        )
        tag = (f"{page.page[:8]} {event.date_text!r} -> {event.event_date} {event.date_precision} "
               f"{event.event_type}")
        if match is None:
            scores.events.false_hit(f"{tag} in: {squash(event.sentence)[:140]}")
            continue
        unmatched.remove(match)
        scores.events.hit()
        scores.event_type.check(event.event_type == gold[match]["type"],
                                f"{tag}: gold {gold[match]['type']} ({gold[match].get('what', '')})")
    for i in unmatched:
        g = gold[i]
        scores.events.miss(f"{page.page[:8]} {g['date_text']!r} -> {g['date']} {g['precision']} "
                           f"{g['type']} in: {g['quote']}")


def predict_facts(pages: list[LabelledPage]) -> dict[str, tuple[list, list, list]]:
    """Clean and extract every labelled page: its figures, citations and event mentions by page id."""
    from newsfacts.evaluation.predict import clean_page
    from newsfacts.extract import extract_facts

    articles = {page.page: clean_page(page.html_path) for page in pages}
    batch = extract_facts([a for a in articles.values() if a is not None])
    predictions = {}
    for page in pages:
        article = articles[page.page]
        article_id = article.article_id if article is not None else None

        def of(records: list, aid: str | None = article_id) -> list:
            return [r for r in records if r.article_id == aid]

        predictions[page.page] = (of(batch.figures), of(batch.citations), of(batch.event_mentions))
    return predictions


def score_facts(pages: list[LabelledPage], predictions: dict[str, tuple[list, list, list]]) -> FactScores:
    """Score each fact type of the given pages against their predictions (from predict_facts)."""
    scores = FactScores()
    for page in pages:
        figures, citations, event_mentions = predictions[page.page]
        scores.n_pages += 1
        score_figures(page, figures, scores)
        score_sources(page, citations, scores)
        score_events(page, event_mentions, scores)
    return scores


def evaluate_facts(pages: list[LabelledPage]) -> FactScores:
    """Clean and extract every labelled page, then score each fact type."""
    return score_facts(pages, predict_facts(pages))
