"""Loading is idempotent, deduplicates exact copies, and accounts for every input."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb

from newsfacts.lake import DISCOVERY_REJECTIONS, FETCH_LOG, write_parquet
from newsfacts.load import load_run
from newsfacts.records import (
    ARTICLE_SCHEMA,
    FETCH_LOG_SCHEMA,
    REJECTION_SCHEMA,
    Article,
    FetchOutcome,
    FetchRecord,
    Rejection,
    RejectReason,
    to_table,
)

NOW = datetime(2024, 2, 1, tzinfo=UTC)


def article(source_uri: str, article_id: str) -> Article:
    return Article(
        article_id=article_id, source_uri=source_uri, url=None, title="T", publisher="P", author=None,
        published_date=date(2024, 1, 26), language="en", word_count=30, body_text="body " * 30,
        content_hash=article_id * 4, raw_sha256="s" + source_uri, raw_path="/raw/" + source_uri,
        input_format="text", ingested_at=NOW,
    )


def write_run(folder: Path, articles: list[Article], rejections: list[Rejection]) -> Path:
    write_parquet(to_table(articles, ARTICLE_SCHEMA), folder / "batch-00000" / "articles.parquet")
    write_parquet(to_table(rejections, REJECTION_SCHEMA), folder / "batch-00000" / "rejections.parquet")
    write_parquet(to_table([], REJECTION_SCHEMA), folder / DISCOVERY_REJECTIONS)
    return folder


def snapshot(db: Path) -> dict[str, list]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            "articles": con.execute("select * exclude (run_id) from raw.articles order by 1").fetchall(),
            "rejected": con.execute("select * exclude (run_id) from raw.rejected_inputs order by 1").fetchall(),
        }


def test_rerun_adds_nothing_and_copies_are_duplicates(tmp_path):
    db = tmp_path / "w.duckdb"
    empty = Rejection("/in/empty.txt", RejectReason.EMPTY, "no bytes", "e", "/raw/e", NOW)
    run = write_run(tmp_path / "run", [article("/in/a", "aaaa"), article("/in/b", "bbbb"),
                                       article("/in/copy-of-a", "aaaa")], [empty])
    first = load_run(db, run, "run-1")
    assert first == {"n_inputs": 4, "n_landed": 2, "n_already_landed": 0, "n_rejected": 2}
    state = snapshot(db)
    assert [r[0] for r in state["articles"]] == ["aaaa", "bbbb"]
    assert {(r[0], r[1]) for r in state["rejected"]} == {("/in/copy-of-a", "duplicate"), ("/in/empty.txt", "empty")}

    second = load_run(db, run, "run-2")
    assert second == {"n_inputs": 4, "n_landed": 0, "n_already_landed": 2, "n_rejected": 2}
    assert snapshot(db) == state


def test_copy_of_an_article_landed_earlier_is_a_duplicate(tmp_path):
    db = tmp_path / "w.duckdb"
    load_run(db, write_run(tmp_path / "r1", [article("/in/a", "aaaa")], []), "r1")
    counts = load_run(db, write_run(tmp_path / "r2", [article("/other/a", "aaaa")], []), "r2")
    assert counts["n_rejected"] == 1
    (row,) = snapshot(db)["rejected"]
    assert row[1] == "duplicate" and "same text as /in/a" in row[2]


def test_fixed_input_leaves_quarantine_when_it_lands(tmp_path):
    db = tmp_path / "w.duckdb"
    broken = Rejection("/in/a", RejectReason.UNDECODABLE, "garbage", "old", "/raw/old", NOW)
    load_run(db, write_run(tmp_path / "r1", [], [broken]), "r1")
    assert len(snapshot(db)["rejected"]) == 1
    load_run(db, write_run(tmp_path / "r2", [article("/in/a", "aaaa")], []), "r2")
    state = snapshot(db)
    assert state["rejected"] == [] and len(state["articles"]) == 1


def test_changed_text_at_the_same_source_replaces_the_old_version(tmp_path):
    db = tmp_path / "w.duckdb"
    load_run(db, write_run(tmp_path / "r1", [article("/in/a", "aaaa")], []), "r1")
    counts = load_run(db, write_run(tmp_path / "r2", [article("/in/a", "cccc")], []), "r2")
    assert counts["n_landed"] == 1
    state = snapshot(db)
    assert [(row[0], row[1]) for row in state["articles"]] == [("cccc", "/in/a")]
    assert state["rejected"] == []


def test_a_copy_landed_earlier_keeps_its_place_when_a_new_copy_sorts_first(tmp_path):
    db = tmp_path / "w.duckdb"
    load_run(db, write_run(tmp_path / "r1", [article("/in/b", "bbbb")], []), "r1")
    counts = load_run(db, write_run(tmp_path / "r2", [article("/in/a", "bbbb"), article("/in/b", "bbbb")], []), "r2")
    assert counts == {"n_inputs": 2, "n_landed": 0, "n_already_landed": 1, "n_rejected": 1}
    state = snapshot(db)
    assert [(row[0], row[1]) for row in state["articles"]] == [("bbbb", "/in/b")]
    assert [(row[0], row[1], row[2]) for row in state["rejected"]] == [("/in/a", "duplicate", "same text as /in/b")]


def test_a_landed_source_that_turns_bad_leaves_the_articles(tmp_path):
    db = tmp_path / "w.duckdb"
    load_run(db, write_run(tmp_path / "r1", [article("/in/a", "aaaa")], []), "r1")
    emptied = Rejection("/in/a", RejectReason.EMPTY, "no bytes", "e", "/raw/e", NOW)
    load_run(db, write_run(tmp_path / "r2", [], [emptied]), "r2")
    state = snapshot(db)
    assert state["articles"] == []
    assert [(row[0], row[1]) for row in state["rejected"]] == [("/in/a", "empty")]


def test_only_the_landed_copy_contributes_facts(tmp_path):
    import pyarrow as pa

    from newsfacts.extract.schemas import EVENT_MENTION_SCHEMA

    db = tmp_path / "w.duckdb"
    folder = write_run(tmp_path / "r1", [article("/in/a", "aaaa"), article("/in/copy", "aaaa")], [])
    # The same event read from two copies with different publication dates.
    rows = [
        {"event_id": "e1", "article_id": "aaaa", "event_type": "other", "trigger": "meet",
         "event_date": date(2024, 1, 1), "date_precision": "month", "date_text": "in January",
         "actors": [], "location": None, "sentence": "s", "char_start": 0, "char_end": 1, "source_uri": source}
        for source in ("/in/a", "/in/copy")
    ]
    rows[1]["event_date"] = date(2023, 1, 1)
    schema = EVENT_MENTION_SCHEMA.append(pa.field("source_uri", pa.string()))
    write_parquet(pa.Table.from_pylist(rows, schema=schema), folder / "batch-00000" / "event_mentions.parquet")
    load_run(db, folder, "r1")
    load_run(db, folder, "r1")
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select event_id, event_date from raw.event_mentions").fetchall() == [
            ("e1", date(2024, 1, 1))
        ]


def test_a_warehouse_from_before_date_sources_gains_the_column(tmp_path):
    db = tmp_path / "w.duckdb"
    load_run(db, write_run(tmp_path / "r1", [article("/in/a", "aaaa")], []), "r1")
    with duckdb.connect(str(db)) as con:
        con.execute("alter table raw.articles drop column published_date_source")  # as an older release made it
    listed = dataclasses.replace(article("/in/b", "bbbb"), published_date_source="listing")
    load_run(db, write_run(tmp_path / "r2", [listed], []), "r2")
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("select source_uri, published_date_source from raw.articles order by 1").fetchall()
    assert rows == [("/in/a", None), ("/in/b", "listing")]


def test_the_fetch_log_is_replaced_when_a_run_is_loaded_again(tmp_path):
    db = tmp_path / "w.duckdb"
    run = write_run(tmp_path / "r1", [article("https://x/a", "aaaa")], [])
    log = [FetchRecord("world", "page", "https://x/a?utm_source=n", "https://x/a", FetchOutcome.FETCHED,
                       "https://x/a", "https://x/a", 200, None, 1234, NOW)]
    write_parquet(to_table(log, FETCH_LOG_SCHEMA), run / FETCH_LOG)
    load_run(db, run, "r1")
    load_run(db, run, "r1")  # a retried load
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("select listed_url, outcome, input_uri, http_status, run_id from raw.fetch_log").fetchall()
    assert rows == [("https://x/a?utm_source=n", "fetched", "https://x/a", 200, "r1")]
