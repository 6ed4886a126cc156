"""Check the warehouse's roll-ups against the hand labels: no unrelated items merged at the top.

A roll-up merges mentions from several articles into one row: a figure claim, an event, a
source. Each merged mention is traced back to the gold fact it stands for on its page; two
members are unrelated when their gold facts differ (figures: no measured key in common; events:
another type and no shared words in what happened; sources: another name and no alias in common).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from newsfacts.evaluation.facts import (
    MIN_QUOTE_OVERLAP,
    _match_strength,
    _norm_name,
    _overlap,
    _same,
    _singular,
)
from newsfacts.evaluation.gold import LabelledPage, squash

TOP_N = 20
PAGE_ID = re.compile(r"([0-9a-f]{64})\.html")


@dataclass
class RollupCheck:
    """The top rows of one roll-up and the unrelated pairs found among their members."""

    name: str
    checked_rows: int = 0
    merged_rows: int = 0
    unrelated: list[str] = field(default_factory=list)
    unlabelled: list[str] = field(default_factory=list)


def _pages_by_article(con, pages: dict[str, LabelledPage]) -> dict[str, LabelledPage]:
    found = {}
    for article_id, source_uri in con.execute("select article_id, source_uri from dim_articles").fetchall():
        match = PAGE_ID.search(source_uri or "")
        if match and match[1] in pages:
            found[article_id] = pages[match[1]]
    return found


def _gold_figure(page: LabelledPage, value: float, value_high: float | None, sentence: str) -> dict | None:
    best = None
    for g in page.labels.get("figures", []):
        if not _same(value, float(g["value"])):
            continue
        if g.get("value_high") is not None and not _same(value_high, float(g["value_high"])):
            continue
        overlap = _overlap(g["quote"], sentence)
        if overlap >= MIN_QUOTE_OVERLAP and (best is None or overlap > best[0]):
            best = (overlap, g)
    return best[1] if best else None


def check_claims(con, by_article: dict[str, LabelledPage]) -> RollupCheck:
    """Top claims by publishers: every pair of merged figures measures the same labelled thing."""
    check = RollupCheck("figure claims")
    top = con.execute(
        "select claim_id, value, coalesce(unit, ''), coalesce(noun, '') from fct_figure_claims "
        "order by n_publishers desc, n_articles desc, n_mentions desc, claim_id limit ?", [TOP_N]
    ).fetchall()
    for claim_id, value, unit, noun in top:
        check.checked_rows += 1
        members = con.execute(
            "select article_id, value, value_high, sentence from fct_figures where claim_id = ?", [claim_id]
        ).fetchall()
        if len({m[0] for m in members}) < 2:
            continue
        check.merged_rows += 1
        tag = f"{value:g} {unit} {noun}".strip()
        keys = []
        for article_id, m_value, m_high, sentence in members:
            page = by_article.get(article_id)
            gold = _gold_figure(page, m_value, m_high, sentence) if page else None
            if gold is None:
                check.unlabelled.append(f"{tag}: {squash(sentence)[:100]}")
                continue
            keys.append({_singular(k.lower()) for k in gold.get("measured_keys") or []})
        check.unrelated += [f"{tag}: {sorted(a)} vs {sorted(b)}"
                            for i, a in enumerate(keys) for b in keys[i + 1:] if a and b and not a & b]
    return check


def _gold_event(page: LabelledPage, event_date, precision: str, sentence: str) -> dict | None:
    sentence = squash(sentence).lower()
    return next((g for g in page.labels.get("events", [])
                 if g["date"] == str(event_date) and g["precision"] == precision
                 and squash(g["date_text"]).lower() in sentence), None)


def _what_words(gold: dict) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", (gold.get("what") or "").lower())}


def check_events(con, by_article: dict[str, LabelledPage]) -> RollupCheck:
    """Top events by publishers: merged mentions label one happening (same type or same words)."""
    check = RollupCheck("events")
    top = con.execute(
        "select event_id, event_type, event_date from fct_events "
        "order by n_publishers desc, n_articles desc, n_mentions desc, event_id limit ?", [TOP_N]
    ).fetchall()
    for event_id, event_type, event_date in top:
        check.checked_rows += 1
        members = con.execute(
            "select article_id, event_date, date_precision, sentence from fct_event_mentions where event_id = ?",
            [event_id],
        ).fetchall()
        if len(members) < 2:
            continue
        check.merged_rows += 1
        tag = f"{event_type} {event_date}"
        golds = []
        for article_id, m_date, precision, sentence in members:
            page = by_article.get(article_id)
            gold = _gold_event(page, m_date, precision, sentence) if page else None
            if gold is None:
                check.unlabelled.append(f"{tag}: {squash(sentence)[:100]}")
            else:
                golds.append(gold)
        check.unrelated += [f"{tag}: {a.get('what')!r} vs {b.get('what')!r}"
                            for i, a in enumerate(golds) for b in golds[i + 1:]
                            if a["type"] != b["type"] and not _what_words(a) & _what_words(b)]
    return check


def _gold_source(page: LabelledPage, cited_as: str) -> set[str] | None:
    best = (0, None)
    for g in page.labels.get("sources", []):
        names = {_norm_name(g["name"]), *(_norm_name(a) for a in g.get("aliases", []))} - {""}
        # "Steve Clarke, deputy associate administrator ...": the name before the role.
        strength = max(_match_strength(cited_as, names), _match_strength(cited_as.split(",")[0], names))
        if strength > best[0]:
            best = (strength, names)
    return best[1]


def check_sources(con, by_article: dict[str, LabelledPage]) -> RollupCheck:
    """Top cited sources: every citation merged into one source names the same labelled source."""
    check = RollupCheck("sources")
    top = con.execute(
        "select source_id, name from dim_sources where n_articles_cited_in > 0 "
        "order by n_articles_cited_in desc, source_id limit ?", [TOP_N]
    ).fetchall()
    for source_id, name in top:
        check.checked_rows += 1
        members = con.execute(
            "select article_id, cited_as, sentence from fct_citations where source_id = ?", [source_id]
        ).fetchall()
        if len({m[0] for m in members}) < 2:
            continue
        check.merged_rows += 1
        names = []
        for article_id, cited_as, sentence in members:
            page = by_article.get(article_id)
            gold = _gold_source(page, cited_as) if page else None
            if gold is None:
                check.unlabelled.append(f"{name}: {cited_as!r} in {squash(sentence)[:80]}")
            else:
                names.append(gold)
        check.unrelated += [f"{name}: {sorted(a)} vs {sorted(b)}"
                            for i, a in enumerate(names) for b in names[i + 1:] if not a & b]
    return check


def check_rollups(warehouse: Path, pages: list[LabelledPage]) -> list[RollupCheck]:
    """The three roll-up checks on a warehouse built from labelled pages."""
    import duckdb

    with duckdb.connect(str(warehouse), read_only=True) as con:
        by_article = _pages_by_article(con, {p.page: p for p in pages})
        return [check(con, by_article) for check in (check_claims, check_events, check_sources)]
