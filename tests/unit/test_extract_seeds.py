"""End to end on the five reference articles: every extractor against hand-checked facts."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path

import pytest

from newsfacts.extract import FactBatch, extract_facts
from newsfacts.records import Article

REPO = Path(__file__).resolve().parents[2]
SEED_DIRS = [REPO / "data" / "samples", REPO.parent / "shared" / "corpus" / "seeds"]
SEED_IDS = {"000": "000_32bc6b8e7723048c", "001": "001_3d60615ff8c87b22",
            "002": "002_aa9777ec9b145eb8", "003": "003_49c16478a425eacb",
            "004": "004_579d94c9c56eaa06"}
# 002 carries no date; it was published with the January 2024 articles.
PUBLISHED = {"000": date(2024, 1, 26), "001": None, "002": date(2024, 1, 26),
             "003": date(2024, 7, 22), "004": date(2024, 1, 26)}
LEADING_DATE = re.compile(r"^\s*date \d{4}-\d{2}-\d{2} ")
TRAILER = re.compile(r"^(?:Explore|Published in .*|Please enter your comment!?)$", re.MULTILINE)

# (value, unit, noun, qualifier, is_approximate); each figure once per article that states it.
FIGURES = {
    "000": [(2500, None, "troop", "approximately", True), (100, None, "troop", None, True),
            (75, "percent", "attack", None, False)],
    "001": [(2500, None, "troop", "approximately", True)],
    "002": [(10000, None, "soldier", None, True)],
    "003": [(4, None, "source", None, False), (2500, None, "troop", "approximately", True),
            (80, None, "member", "more_than", False), (3, None, "base", None, False),
            (900, None, "troop", "approximately", True)],
    "004": [(2500, None, "troop", None, False), (100, None, "troop", None, True),
            (2, None, "country", None, False)],
}
# (canonical_name, source_type), one per attribution.
CITATIONS = {
    "000": [("LBCI", "media_outlet"), ("Iraqi Foreign Ministry", "government_body"),
            ("Fadi Al-Shammari", "official"), ("Reuters", "news_agency"),
            ("Iraqi source", "anonymous")],
    "001": [("Al-Sudani's Office", "government_body"),
            ("US Pentagon deputy press secretary", "official")],
    "002": [("Washington", "government_body"), ("Iraq", "government_body"),
            ("Iraqi Foreign Ministry", "government_body"),
            ("Iraqi Foreign Ministry", "government_body"),  # "It further stated"
            ("US Secretary of Defense", "official"), ("Iraqi Government", "government_body"),
            ("Iraq", "government_body"), ("US and Iraqi Authorities", "government_body")],
    "003": [("Iraqi source", "anonymous"), ("Iraqi source", "anonymous"),
            ("US officials", "anonymous"), ("Mathew Miller", "official"),
            ("Iraqi source", "anonymous"), ("US officials", "anonymous"),
            ("US Military", "government_body"), ("US Military", "government_body"),
            ("Western officials", "anonymous")],
    "004": [("Iraqi Foreign Ministry", "government_body"), ("Iraqi Government", "government_body"),
            ("Iraq", "government_body"), ("US and Iraqi officials", "anonymous"),
            ("Lloyd Austin", "official"),
            ("Lloyd Austin", "official"),  # "the statement said": his statement, cited before
            ("Washington", "government_body")],  # "Washington fears that ...": a view held
}
# (event_type, trigger, event_date, date_precision, location)
EVENTS = {
    "000": [("other", "be", date(2014, 1, 1), "year", None)],
    "001": [("other", "establish", date(2014, 1, 1), "year", None),
            ("armed_conflict", "strike", date(2020, 1, 1), "month", None)],
    "002": [("armed_conflict", "invasion", date(2003, 1, 1), "year", "Iraq"),
            ("military_movement", "deploy", date(2014, 1, 1), "year", "Iraq"),
            ("policy_decision", "decide", date(2023, 6, 1), "month", None)],
    "003": [("meeting", "negotiation", date(2024, 1, 1), "month", None),
            ("military_movement", "withdraw", date(2024, 9, 1), "month", None),
            ("other", "end", date(2025, 9, 1), "month", None),
            ("meeting", "discuss", date(2024, 7, 22), "week", "Washington"),
            ("meeting", "meet", date(2024, 7, 22), "week", "Washington"),
            ("armed_conflict", "invade", date(2003, 1, 1), "year", "Iraq"),
            ("military_movement", "withdraw", date(2011, 1, 1), "year", None),
            ("military_movement", "return", date(2014, 1, 1), "year", None),
            ("other", "form", date(2014, 1, 1), "year", None),
            ("other", "defeat", date(2017, 1, 1), "year", "Iraq"),
            ("other", "defeat", date(2019, 1, 1), "year", "Syria"),
            ("armed_conflict", "attack", date(2024, 7, 15), "week", "Oman"),
            ("meeting", "talk", date(2024, 1, 1), "month", None)],
    "004": [("armed_conflict", "seize", date(2014, 1, 1), "year", "Iraq"),
            ("meeting", "dialogue", date(2023, 8, 1), "month", None)],
}


def _seed_path(stem: str) -> Path:
    for folder in SEED_DIRS:
        if (folder / f"{stem}.txt").exists():
            return folder / f"{stem}.txt"
    pytest.skip(f"seed {stem} not found")


def _article(key: str, body: str) -> Article:
    return Article(
        article_id=SEED_IDS[key], source_uri=f"seed://{key}", url=None, title=None,
        publisher=None, author=None, published_date=PUBLISHED[key], language="en",
        word_count=len(body.split()), body_text=body, content_hash="", raw_sha256="",
        raw_path="", input_format="text", ingested_at=datetime(2024, 8, 1, tzinfo=UTC),
    )


def _minimal_strip(text: str) -> str:
    """Cut only the date line and the trailer; furniture lines ('4 MIN READ') stay in."""
    text = LEADING_DATE.sub("", text)
    match = TRAILER.search(text)
    return text[: match.start()] if match else text


@lru_cache(maxsize=2)
def seed_facts(loader: str) -> tuple[dict[str, Article], FactBatch]:
    articles = {}
    for key, stem in SEED_IDS.items():
        raw = _seed_path(stem).read_text(encoding="utf-8")
        if loader == "cleaner":
            from newsfacts.clean.text import clean_text_document

            body = clean_text_document(raw).body_text
        else:
            body = _minimal_strip(raw)
        articles[key] = replace(_article(key, body))
    return articles, extract_facts(list(articles.values()))


def _loaders() -> list[str]:
    try:
        from newsfacts.clean.text import clean_text_document  # noqa: F401
    except ImportError:
        return ["minimal"]
    return ["minimal", "cleaner"]


def _by_article(records: list, key_of) -> dict[str, list]:
    ids = {v: k for k, v in SEED_IDS.items()}
    out: dict[str, list] = {k: [] for k in SEED_IDS}
    for record in records:
        out[ids[record.article_id]].append(key_of(record))
    return out


def _precision_recall(expected: dict[str, list], got: dict[str, list]) -> tuple[float, float]:
    tp = fp = fn = 0
    for key in SEED_IDS:
        e, g = Counter(expected[key]), Counter(got[key])
        tp += sum((e & g).values())
        fp += sum((g - e).values())
        fn += sum((e - g).values())
    return tp / ((tp + fp) or 1), tp / ((tp + fn) or 1)


@pytest.fixture(params=_loaders())
def facts(request) -> tuple[dict[str, Article], FactBatch]:
    return seed_facts(request.param)


def test_seed_figures(facts) -> None:
    _, batch = facts
    got = _by_article(batch.figures, lambda f: (f.value, f.unit, f.noun, f.qualifier,
                                                f.is_approximate))
    precision, recall = _precision_recall(FIGURES, got)
    assert (precision, recall) == (1.0, 1.0), got
    assert sum(1 for k in SEED_IDS if any(f[0] == 2500 and f[2] == "troop" for f in got[k])) == 4


def test_seed_citations(facts) -> None:
    _, batch = facts
    got = _by_article(batch.citations, lambda c: (c.canonical_name, c.source_type))
    precision, recall = _precision_recall(CITATIONS, got)
    assert precision >= 0.9 and recall >= 0.9, got


def test_seed_events(facts) -> None:
    _, batch = facts
    got = _by_article(batch.event_mentions, lambda e: (e.event_type, e.trigger, e.event_date,
                                                       e.date_precision, e.location))
    precision, recall = _precision_recall(EVENTS, got)
    # The minimal loader keeps 003's headline twice ("Iraq targets September for start of ...
    # drawdown", drawdown parsed as an adverb): two dated `other` events beyond the list.
    assert precision >= 0.85 and recall >= 0.9, got
    for key in ("001", "002", "003"):
        assert set(EVENTS[key]) <= set(got[key])


def test_seed_entities(facts) -> None:
    _, batch = facts
    got = {(e.article_id[:3], e.name, e.label): e.mention_count for e in batch.entity_mentions}
    assert got[("003", "Mathew Miller", "PERSON")] == 1
    assert got[("000", "LBCI", "ORG")] == 2
    assert got[("003", "Iraq", "GPE")] >= 8
    assert got[("004", "Baghdad", "GPE")] == 2  # the dateline "BAGHDAD:" merges with "Baghdad"
    assert got[("000", "Fadi Al-Shammari", "PERSON")] == 1


def test_seed_offsets_and_ids(facts) -> None:
    articles, batch = facts
    bodies = {a.article_id: a.body_text for a in articles.values()}
    for f in batch.figures:
        assert bodies[f.article_id][f.char_start : f.char_end] == f.text
        assert f.text in f.sentence
    for c in batch.citations:
        assert bodies[c.article_id][c.char_start : c.char_end] == c.cited_as
    for e in batch.event_mentions:
        assert e.date_text in bodies[e.article_id][e.char_start : e.char_end]
    for records, id_of in ((batch.figures, "figure_id"), (batch.citations, "citation_id"),
                           (batch.event_mentions, "event_id"), (batch.entity_mentions, "entity_id")):
        ids = [getattr(r, id_of) for r in records]
        assert len(ids) == len(set(ids)) and all(len(i) == 16 for i in ids)
