"""Discovery keeps every file's bytes and gives each file (or WARC record) exactly one outcome."""

from __future__ import annotations

import gzip
import io
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsfacts.ingest import discover_inputs
from newsfacts.records import InputFormat, RawInput, Rejection, RejectReason

NOW = datetime(2024, 1, 1, tzinfo=UTC)
PAGE = b"<html><body><article><p>" + b"Coalition talks continue in Baghdad this week. " * 20 + b"</p></article></body></html>"


def write_warc(path: Path, records: list[tuple[str, str, bytes]]) -> None:
    """A gzipped WARC of (url, content type, payload) response records, written with warcio."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, content_type, payload in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers)
            )


def outcomes(inbox: Path, raw_store: Path, max_bytes: int = 1_000_000):
    return list(discover_inputs(inbox, raw_store, max_bytes, NOW))


def test_every_file_gets_one_outcome_and_its_bytes_are_kept(tmp_path):
    inbox, store = tmp_path / "inbox", tmp_path / "raw"
    (inbox / "nested" / "deeper").mkdir(parents=True)
    (inbox / "a.html").write_bytes(PAGE)
    (inbox / "nested" / "b.HTM").write_bytes(PAGE + b"<!-- b -->")
    (inbox / "nested" / "deeper" / "c.txt").write_text("Title line of c\nBody of c is here.")
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (inbox / "big.html").write_bytes(b"<p>" + b"x" * 2000)
    (inbox / "name with spaces 'and quotes' ü.txt").write_text("Title\nbody")
    results = outcomes(inbox, store, max_bytes=1500)

    by_name = {Path(r.source_uri).name: r for r in results}
    assert len(results) == 7
    assert isinstance(by_name["a.html"], RawInput) and by_name["a.html"].input_format == InputFormat.HTML
    assert by_name["b.HTM"].input_format == InputFormat.HTML
    assert by_name["c.txt"].input_format == InputFormat.TEXT
    assert by_name["empty.txt"].reason == RejectReason.EMPTY
    assert by_name["photo.jpg"].reason == RejectReason.UNSUPPORTED_FORMAT
    assert by_name["big.html"].reason == RejectReason.TOO_LARGE
    assert isinstance(by_name["name with spaces 'and quotes' ü.txt"], RawInput)
    for result in results:
        if result.raw_path:
            assert Path(result.raw_path).read_bytes() == (inbox / Path(result.source_uri).relative_to(inbox)).read_bytes()


def test_same_bytes_are_stored_once(tmp_path):
    inbox, store = tmp_path / "inbox", tmp_path / "raw"
    inbox.mkdir()
    (inbox / "one.html").write_bytes(PAGE)
    (inbox / "two.html").write_bytes(PAGE)
    first, second = outcomes(inbox, store)
    assert first.raw_path == second.raw_path
    assert len([p for p in store.rglob("*") if p.is_file()]) == 1


def test_links_out_of_the_inbox_are_refused_and_loops_end(tmp_path):
    inbox, store = tmp_path / "inbox", tmp_path / "raw"
    inbox.mkdir()
    secret = tmp_path / "secret.txt"
    secret.write_text("Title\nnot for the pipeline")
    (inbox / "leak.txt").symlink_to(secret)
    (inbox / "loop").symlink_to(inbox, target_is_directory=True)
    (inbox / "self").symlink_to(inbox / "self")
    (inbox / "ok.html").write_bytes(PAGE)
    (inbox / "alias.html").symlink_to(inbox / "ok.html")
    by_name = {Path(r.source_uri).name: r for r in outcomes(inbox, store)}
    assert by_name["leak.txt"].reason == RejectReason.OUTSIDE_INBOX
    assert by_name["self"].reason == RejectReason.UNREADABLE
    assert "loop" not in by_name  # a link to a folder inside the inbox adds nothing
    assert isinstance(by_name["alias.html"], RawInput)
    assert not any(secret.read_bytes() == p.read_bytes() for p in store.rglob("*") if p.is_file())


def test_warc_records_become_inputs(tmp_path):
    inbox, store = tmp_path / "inbox", tmp_path / "raw"
    inbox.mkdir()
    write_warc(
        inbox / "capture.warc.gz",
        [
            ("https://news.example/a", "text/html; charset=utf-8", PAGE),
            ("https://news.example/logo.png", "image/png", b"\x89PNG"),
            ("https://news.example/b", "text/html", PAGE.replace(b"Baghdad", b"Erbil")),
        ],
    )
    results = outcomes(inbox, store)
    assert [r.url for r in results] == ["https://news.example/a", "https://news.example/b"]
    container = str((inbox / "capture.warc.gz").resolve())
    assert all(r.input_format == InputFormat.WARC_RECORD and r.container_uri == container for r in results)
    assert all(r.source_uri.startswith(container + "#offset=") for r in results)
    assert Path(results[0].raw_path).read_bytes() == PAGE


def test_truncated_warc_keeps_good_records_and_reports_the_rest(tmp_path):
    inbox, store = tmp_path / "inbox", tmp_path / "raw"
    inbox.mkdir()
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, [(f"https://news.example/{i}", "text/html", PAGE) for i in range(3)])
    data = whole.read_bytes()
    (inbox / "cut.warc.gz").write_bytes(data[: len(data) - 200])
    results = outcomes(inbox, store)
    landed = [r for r in results if isinstance(r, RawInput)]
    rejected = [r for r in results if isinstance(r, Rejection)]
    assert 1 <= len(landed) <= 2
    assert len(rejected) == 1 and rejected[0].reason == RejectReason.MALFORMED_ARCHIVE


def test_garbage_named_warc_is_rejected(tmp_path):
    inbox, store = tmp_path / "inbox", tmp_path / "raw"
    inbox.mkdir()
    (inbox / "fake.warc.gz").write_bytes(gzip.compress(os.urandom(300))[:100])
    (result,) = outcomes(inbox, store)
    assert result.reason == RejectReason.MALFORMED_ARCHIVE


def test_missing_inbox_is_a_clear_error(tmp_path):
    with pytest.raises(NotADirectoryError, match="inbox is not a directory"):
        outcomes(tmp_path / "nope", tmp_path / "raw")


class _TrickleStream(io.RawIOBase):
    """A stream that returns at most 1000 bytes per read, as decompressing readers may."""

    def __init__(self, payload: bytes) -> None:
        self._payload, self._pos = payload, 0

    def read(self, size: int = -1) -> bytes:
        size = 1000 if size < 0 else min(size, 1000)
        part = self._payload[self._pos : self._pos + size]
        self._pos += len(part)
        return part


@pytest.mark.parametrize("size", [0, 999, 5000, 3 * 1024 * 1024 + 7])
def test_kept_bytes_are_whole_however_the_stream_reads(tmp_path, size):
    import hashlib

    from newsfacts.ingest.rawstore import keep_stream

    payload = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    sha256, blob, kept = keep_stream(tmp_path / "raw", _TrickleStream(payload))
    assert (sha256, kept) == (hashlib.sha256(payload).hexdigest(), size)
    assert blob.read_bytes() == payload
    mtime = blob.stat().st_mtime_ns
    assert keep_stream(tmp_path / "raw", _TrickleStream(payload))[1] == blob
    assert blob.stat().st_mtime_ns == mtime  # seen before: not written again
    assert not list((tmp_path / "raw").rglob(".incoming-*")) and not list((tmp_path / "raw").rglob("tmp*"))


def cached_outcomes(inbox: Path, store: Path, cache_file: Path, started_ns: int):
    """Discovery with the stat cache kept at cache_file, as pipeline.discover runs it."""
    from newsfacts.ingest.statcache import StatCache

    cache = StatCache.read(cache_file, started_ns)
    results = {Path(r.source_uri).name: r for r in discover_inputs(inbox, store, 1_000_000, NOW, stat_cache=cache)}
    cache.write(cache_file)
    return results, cache.hits


def test_an_unchanged_file_is_not_read_again_and_a_file_changed_in_place_is(tmp_path):
    import hashlib
    import time

    inbox, store, cache_file = tmp_path / "inbox", tmp_path / "raw", tmp_path / "stat-cache.parquet"
    inbox.mkdir()
    (inbox / "a.html").write_bytes(PAGE)
    edited = inbox / "b.html"
    edited.write_bytes(PAGE + b"<!-- b -->")
    # As if discovery began after the racy window: files written just now count as settled.
    later = time.time_ns() + 60 * 10**9
    first, hits = cached_outcomes(inbox, store, cache_file, later)
    assert hits == 0
    again, hits = cached_outcomes(inbox, store, cache_file, later)
    assert hits == 2 and {n: r.raw_sha256 for n, r in again.items()} == {n: r.raw_sha256 for n, r in first.items()}

    # Same size, modification time put back: only the change time (which nothing can set back) differs.
    before = edited.stat()
    while edited.stat().st_ctime_ns == before.st_ctime_ns:
        edited.write_bytes(PAGE + b"<!-- B -->")
        os.utime(edited, ns=(before.st_atime_ns, before.st_mtime_ns))
    results, hits = cached_outcomes(inbox, store, cache_file, later)
    assert hits == 1
    assert results["b.html"].raw_sha256 == hashlib.sha256(PAGE + b"<!-- B -->").hexdigest()
    assert Path(results["b.html"].raw_path).read_bytes() == PAGE + b"<!-- B -->"
    assert results["a.html"].raw_sha256 == first["a.html"].raw_sha256

    # Bytes gone from the raw store are read and kept again, whatever the cache says.
    Path(results["a.html"].raw_path).unlink()
    results, hits = cached_outcomes(inbox, store, cache_file, later)
    assert Path(results["a.html"].raw_path).read_bytes() == PAGE


def test_a_file_changed_just_before_discovery_is_hashed_again_next_time(tmp_path):
    import time

    inbox, store, cache_file = tmp_path / "inbox", tmp_path / "raw", tmp_path / "stat-cache.parquet"
    inbox.mkdir()
    (inbox / "a.html").write_bytes(PAGE)
    cached_outcomes(inbox, store, cache_file, time.time_ns())
    _results, hits = cached_outcomes(inbox, store, cache_file, time.time_ns())
    assert hits == 0  # within RACY_SECONDS of its change: never remembered


def test_an_unreadable_stat_cache_is_an_empty_one(tmp_path):
    inbox, store, cache_file = tmp_path / "inbox", tmp_path / "raw", tmp_path / "stat-cache.parquet"
    inbox.mkdir()
    (inbox / "a.html").write_bytes(PAGE)
    cache_file.write_bytes(b"not parquet")
    results, hits = cached_outcomes(inbox, store, cache_file, 0)
    assert hits == 0 and isinstance(results["a.html"], RawInput)
