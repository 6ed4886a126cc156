"""Every WARC outcome names its archive and the byte offset of its record, and the offset leads back to it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsfacts.ingest import discover_inputs
from newsfacts.records import RawInput, Rejection, RejectReason
from tests.unit.test_hostile_discover import THIRD, THREE, warc_bytes

NOW = datetime(2024, 6, 1, tzinfo=UTC)
MB = 1024 * 1024


def record_at(archive: Path, offset: int):
    """(type, URL) of the record that starts at `offset`, read with warcio after a seek."""
    from warcio.archiveiterator import ArchiveIterator

    with archive.open("rb") as stream:
        stream.seek(offset)
        record = next(iter(ArchiveIterator(stream)))
        return record.rec_type, record.rec_headers.get_header("WARC-Target-URI")


def offset_of(source_uri: str, archive: Path) -> int:
    prefix = f"{archive.resolve()}#offset="
    assert source_uri.startswith(prefix), source_uri
    return int(source_uri.removeprefix(prefix))


@pytest.mark.parametrize("gzipped", [True, False], ids=["warc.gz", "warc"])
def test_each_record_offset_seeks_to_the_record_with_its_url(tmp_path, gzipped):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    archive = inbox / ("crawl.warc.gz" if gzipped else "crawl.warc")
    archive.write_bytes(warc_bytes(THREE, gzipped=gzipped))
    results = list(discover_inputs(inbox, tmp_path / "raw", MB, NOW))
    assert all(isinstance(r, RawInput) for r in results)
    assert [r.url for r in results] == [url for url, _type, _page in THREE]
    for result in results:
        assert record_at(archive, offset_of(result.source_uri, archive)) == ("response", result.url)
    assert offset_of(results[0].source_uri, archive) == 0


@pytest.mark.parametrize(
    ("name", "data", "damaged_offset"),
    [
        ("cut-header.warc", warc_bytes(THREE, gzipped=False)[: THIRD + 40], THIRD),
        ("garbage-between.warc", (lambda p: p[:THIRD] + b"junk\r\n\r\n" + p[THIRD:])(warc_bytes(THREE, False)), THIRD),
    ],
)
def test_a_damaged_record_rejection_names_the_archive_and_offset(tmp_path, name, data, damaged_offset):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    archive = inbox / name
    archive.write_bytes(data)
    results = list(discover_inputs(inbox, tmp_path / "raw", MB, NOW))
    rejection = next(r for r in results if isinstance(r, Rejection))
    assert rejection.reason == RejectReason.MALFORMED_ARCHIVE
    assert offset_of(rejection.source_uri, archive) == damaged_offset
    landed = [r for r in results if isinstance(r, RawInput)]
    assert [record_at(archive, offset_of(r.source_uri, archive))[1] for r in landed] == [THREE[0][0], THREE[1][0]]


def test_a_recaptured_url_gives_two_inputs_with_the_same_url_and_their_own_offsets(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    url, content_type, page = THREE[0]
    (inbox / "recrawl.warc.gz").write_bytes(warc_bytes([THREE[0], (url, content_type, page + b" ")], True))
    results = list(discover_inputs(inbox, tmp_path / "raw", MB, NOW))
    assert [r.url for r in results] == [url, url]
    assert len({r.source_uri for r in results}) == 2
