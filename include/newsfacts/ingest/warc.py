"""Split a WARC capture into one raw input per HTML response record (warcio).

Each record is named `<archive path>#offset=<byte offset of the record in the file>` (the offset a
CDX index gives, compressed for .warc.gz), so a landed article or a rejection leads back to the
exact record; its `url` is the captured URL.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from newsfacts.ingest.rawstore import keep_stream
from newsfacts.records import InputFormat, RawInput, Rejection, RejectReason

HTML_TYPES = ("text/html", "application/xhtml+xml")
GZIP_MAGIC = b"\x1f\x8b"


def warc_inputs(
    warc_blob: Path,
    container_uri: str,
    raw_store: Path,
    max_bytes: int,
    now: datetime,
    seen_uris: set[str] | None = None,
) -> Iterator[RawInput | Rejection]:
    """Yield a RawInput per HTML response record, and a Rejection per bad record.

    `warc_blob` is the capture's kept copy in the raw store, so a file that changes or
    vanishes after discovery kept it is still read as it was; `container_uri` names the file.
    """
    from warcio.archiveiterator import ArchiveIterator

    seen = seen_uris if seen_uris is not None else set()
    warc_sha256 = warc_blob.name
    outcomes = index = 0
    cut_records = 0

    def archive_rejection(source_uri: str, reason: RejectReason, detail: str) -> Rejection:
        return Rejection(source_uri, reason, detail, warc_sha256, str(warc_blob), now)

    def record_uri(offset: int) -> str:
        return f"{container_uri}#offset={offset}"

    with warc_blob.open("rb") as stream:
        records = ArchiveIterator(stream)
        try:
            for record in records:
                # Until the iterator moves on, its offset is where this record starts.
                offset = records.offset
                index += 1
                if record.format != "warc":
                    raise ValueError(f"not a WARC record: read as {record.format!r}")
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or None
                content_type = ""
                if record.http_headers is not None:
                    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
                if content_type and not content_type.startswith(HTML_TYPES):
                    continue
                source_uri = record_uri(offset)
                seen.add(source_uri)
                # Streamed into the store: a huge record never sits in memory.
                sha256, blob, size = keep_stream(raw_store, record.content_stream())
                outcomes += 1
                if missing := _missing_bytes(record):
                    cut_records += 1
                    yield Rejection(source_uri, RejectReason.MALFORMED_ARCHIVE,
                                    f"WARC record {index} ({url or 'no URL'}) is cut short: {missing} bytes missing",
                                    sha256, str(blob), now)
                elif size == 0:
                    yield Rejection(source_uri, RejectReason.EMPTY, "WARC record has no payload",
                                    sha256, str(blob), now)
                elif size > max_bytes:
                    yield Rejection(source_uri, RejectReason.TOO_LARGE,
                                    f"WARC record payload of {size} bytes is over the {max_bytes}-byte limit",
                                    sha256, str(blob), now)
                else:
                    yield RawInput(
                        source_uri=source_uri,
                        input_format=InputFormat.WARC_RECORD,
                        raw_sha256=sha256,
                        raw_path=str(blob),
                        size_bytes=size,
                        url=url,
                        container_uri=container_uri,
                    )
            # A cut record already reported the damage that the gzip check would find again.
            if not cut_records and (problem := _gzip_problem(warc_blob)):
                outcomes += 1
                yield archive_rejection(record_uri(records.offset), RejectReason.MALFORMED_ARCHIVE,
                                        f"archive damaged after {index} readable records: {problem}")
        # warcio raises many types on damaged archives (even AttributeError on a cut header).
        except Exception as exc:  # noqa: BLE001
            outcomes += 1
            yield archive_rejection(record_uri(records.offset), RejectReason.MALFORMED_ARCHIVE,
                                    f"WARC unreadable after {index} records, at byte {records.offset}: "
                                    f"{type(exc).__name__}: {exc}")
    if outcomes == 0:
        yield archive_rejection(container_uri, RejectReason.NO_MAIN_TEXT,
                                f"no HTML response record among the archive's {index} records")


def _missing_bytes(record) -> int:
    """How many bytes of the record's declared Content-Length the file does not hold."""
    # warcio quietly returns a short payload for a cut uncompressed record.
    raw = record.raw_stream
    while raw.read(1024 * 1024):
        pass
    return max(getattr(raw, "limit", 0), 0)


def _gzip_problem(path: Path) -> str | None:
    """Why a gzip file is damaged (warcio stops quietly at a cut member), or None when whole."""
    import gzip
    import zlib

    with path.open("rb") as stream:
        if stream.read(2) != GZIP_MAGIC:
            return None
    try:
        with gzip.open(path, "rb") as stream:
            while stream.read(1024 * 1024):
                pass
    except (EOFError, OSError, zlib.error) as exc:
        return f"{type(exc).__name__}: {exc}"
    return None
