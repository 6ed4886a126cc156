"""discover_inputs on a hostile inbox: links, pipes, odd names, damaged WARCs, files changing mid-run."""

from __future__ import annotations

import gzip
import io
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsfacts.ingest import discover_inputs
from newsfacts.records import (
    RAW_INPUT_SCHEMA,
    REJECTION_SCHEMA,
    RawInput,
    Rejection,
    RejectReason,
    to_table,
)
from tests.unit.test_discover import write_warc

NOW = datetime(2024, 6, 1, tzinfo=UTC)
MB = 1024 * 1024
TOPICS = ["roads", "schools", "water", "housing", "libraries", "parks", "buses", "clinics", "bridges",
          "markets", "harbours", "museums", "rail", "power", "waste", "police", "courts", "farms"]


def english_article(topic: int) -> str:
    """A distinct pasted English article, long enough to land (title line, then the body)."""
    subject = TOPICS[topic % len(TOPICS)]
    return (
        f"Council approves new {subject} budget {topic}\n"
        f"The city council approved a new budget for {subject} on Tuesday after a long debate. "
        f"Members said the {subject} plan number {topic} would be published in full next month, "
        "after a public consultation that drew hundreds of written comments from residents.\n"
        "The mayor said the vote showed the council could agree on hard choices.\n"
    )


def article_page(topic: int) -> bytes:
    """The same kind of article as an HTML page with navigation around it."""
    title, *paragraphs = english_article(topic).splitlines()
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title></head><body><nav>Home | News</nav>"
            f"<article><h1>{title}</h1>{body}</article></body></html>").encode()


def write_big_file(path: Path, size: int, head: bytes = b"<html><body><article><p>") -> None:
    """A file of `size` bytes written one megabyte at a time, never whole in memory."""
    chunk = b"Coalition talks continue in Baghdad this week. " * (MB // 47)
    with path.open("wb") as stream:
        stream.write(head)
        written = len(head)
        while written < size:
            written += stream.write(chunk[: size - written])


def outcomes(inbox: Path, raw_store: Path, max_bytes: int = MB) -> list[RawInput | Rejection]:
    return list(discover_inputs(inbox, raw_store, max_bytes, NOW))


def by_name(results: list[RawInput | Rejection]) -> dict[str, RawInput | Rejection]:
    return {r.source_uri.rsplit("/", 1)[-1]: r for r in results}


@pytest.fixture
def inbox(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


@pytest.fixture
def store(tmp_path) -> Path:
    return tmp_path / "raw"


def test_links_and_special_files_are_refused_without_reading_them(tmp_path, inbox, store):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(english_article(1))
    (inbox / "leak.txt").symlink_to(outside / "secret.txt")
    (inbox / "leak-dir").symlink_to(outside, target_is_directory=True)
    (inbox / "self.txt").symlink_to(inbox / "self.txt")
    (inbox / "ping.txt").symlink_to(inbox / "pong.txt")
    (inbox / "pong.txt").symlink_to(inbox / "ping.txt")
    (inbox / "dangling.html").symlink_to(inbox / "gone.html")
    (inbox / "loop").symlink_to(inbox, target_is_directory=True)
    os.mkfifo(inbox / "pipe.txt")  # opening it to read would block for ever
    results = by_name(outcomes(inbox, store))
    assert {name: r.reason for name, r in results.items()} == {
        "leak.txt": RejectReason.OUTSIDE_INBOX,
        "leak-dir": RejectReason.OUTSIDE_INBOX,
        "self.txt": RejectReason.UNREADABLE,
        "ping.txt": RejectReason.UNREADABLE,
        "pong.txt": RejectReason.UNREADABLE,
        "dangling.html": RejectReason.UNREADABLE,
        "pipe.txt": RejectReason.UNREADABLE,
    }
    assert "not a regular file" in results["pipe.txt"].detail
    assert not store.exists() or not any(p.is_file() for p in store.rglob("*"))


@pytest.mark.parametrize(
    "name",
    [b"name with spaces.txt", b"it's \"quoted\" `too`.txt", "مقال عربي – été ü.txt".encode(),
     b"new\nline.txt", b"latin-1 caf\xe9.txt"],
    ids=["spaces", "quotes", "non-ascii", "newline", "not-utf8"],
)
def test_odd_file_names_are_inputs_with_utf8_source_uris(inbox, store, name):
    with open(os.path.join(os.fsencode(inbox), name), "wb") as stream:
        stream.write(english_article(2).encode())
    (found,) = outcomes(inbox, store)
    assert isinstance(found, RawInput)
    found.source_uri.encode("utf-8")  # a lone surrogate here used to break the Parquet manifest
    assert to_table([found], RAW_INPUT_SCHEMA).num_rows == 1
    assert Path(found.raw_path).read_bytes() == english_article(2).encode()


def test_a_50_mb_page_is_too_large_and_its_bytes_are_kept(inbox, store):
    write_big_file(inbox / "huge.html", 50 * MB)
    (found,) = outcomes(inbox, store, max_bytes=10 * MB)
    assert found.reason == RejectReason.TOO_LARGE
    assert Path(found.raw_path).stat().st_size == 50 * MB


def test_a_file_deleted_or_changed_between_yields_is_accounted_for(inbox, store):
    for name in ("a.txt", "b.txt", "c.txt"):
        (inbox / name).write_text(english_article(3))
    (inbox / "later").mkdir()
    (inbox / "later" / "d.txt").write_text(english_article(4))
    discovery = discover_inputs(inbox, store, MB, NOW)
    first = next(discovery)
    (inbox / "b.txt").unlink()
    (inbox / "c.txt").write_text(english_article(5))
    shutil.rmtree(inbox / "later")
    results = [first, *discovery]
    found = by_name(results)
    assert set(found) == {"a.txt", "b.txt", "c.txt", "later"}
    assert found["b.txt"].reason == RejectReason.UNREADABLE and "cannot resolve" in found["b.txt"].detail
    assert Path(found["c.txt"].raw_path).read_text() == english_article(5)
    assert found["later"].reason == RejectReason.UNREADABLE and "cannot list folder" in found["later"].detail
    assert to_table([r for r in results if isinstance(r, Rejection)], REJECTION_SCHEMA).num_rows == 2


def test_a_warc_cut_short_after_discovery_began_is_read_from_its_kept_copy(inbox, store):
    warc = inbox / "crawl.warc.gz"
    write_warc(warc, [(f"https://news.example/{i}", "text/html", article_page(i)) for i in range(3)])
    discovery = discover_inputs(inbox, store, MB, NOW)
    first = next(discovery)
    warc.write_bytes(b"")  # same inode, now empty: a reader of the original would lose the rest
    results = [first, *discovery]
    assert [r.url for r in results] == [f"https://news.example/{i}" for i in range(3)]
    assert all(isinstance(r, RawInput) for r in results)


def warc_bytes(records: list[tuple[str, str, bytes]], gzipped: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=gzipped)
    for url, content_type, payload in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers)
        )
    return stream.getvalue()


THREE = [(f"https://news.example/{i}", "text/html", article_page(10 + i)) for i in range(3)]
PLAIN = warc_bytes(THREE, gzipped=False)
THIRD = PLAIN.index(b"WARC/1.0", PLAIN.index(b"WARC/1.0", 10) + 10)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("cut.warc", PLAIN[:-300], ["input", "input", "malformed_archive"]),
        ("cut-gzip.warc.gz", warc_bytes(THREE, gzipped=True)[:-200], ["input", "input", "malformed_archive"]),
        ("cut-header.warc", PLAIN[: THIRD + 40], ["input", "input", "malformed_archive"]),
        ("garbage-between.warc", PLAIN[:THIRD] + b"not a WARC header\r\n\r\n" + PLAIN[THIRD:],
         ["input", "input", "malformed_archive"]),
        ("random.warc.gz", gzip.compress(bytes(range(256)) * 4)[:100], ["malformed_archive"]),
        ("plain-text.warc", b"hello world, this is not an archive at all", ["malformed_archive"]),
        ("images-only.warc.gz", warc_bytes([("https://news.example/logo.png", "image/png", b"\x89PNG")], True),
         ["no_main_text"]),
        ("recrawl.warc.gz", warc_bytes([THREE[0], (THREE[0][0], "text/html", article_page(20))], True),
         ["input", "input"]),
        ("empty-record.warc.gz", warc_bytes([("https://news.example/e", "text/html", b"")], True), ["empty"]),
        ("huge-record.warc.gz", warc_bytes([("https://news.example/big", "text/html", b"x" * (MB + 1))], True),
         ["too_large"]),
    ],
)
def test_damaged_and_odd_warcs_give_every_record_one_outcome(inbox, store, name, data, expected):
    (inbox / name).write_bytes(data)
    results = outcomes(inbox, store)
    assert [r.reason if isinstance(r, Rejection) else "input" for r in results] == expected
    assert len({r.source_uri for r in results}) == len(results)  # every outcome has its own name
    for result in results:
        assert result.raw_path and Path(result.raw_path).exists()  # the bytes behind the reason are kept
