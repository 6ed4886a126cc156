"""Split a WARC capture into one raw input per HTML response record (warcio)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from newsfacts.ingest.rawstore import keep_bytes
from newsfacts.records import InputFormat, RawInput, Rejection, RejectReason

HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_inputs(
    warc_path: Path, raw_store: Path, max_bytes: int, now: datetime
) -> Iterator[RawInput | Rejection]:
    """Yield a RawInput per HTML response record, and a Rejection per bad record."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with warc_path.open("rb") as stream:
        iterator = ArchiveIterator(stream)
        index = 0
        try:
            for record in iterator:
                index += 1
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or None
                source_uri = url or f"{warc_path}#record-{index}"
                content_type = ""
                if record.http_headers is not None:
                    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
                if content_type and not content_type.startswith(HTML_TYPES):
                    continue
                payload = record.content_stream().read(max_bytes + 1)
                if len(payload) > max_bytes:
                    yield Rejection(source_uri, RejectReason.TOO_LARGE,
                                    f"WARC record payload exceeds {max_bytes} bytes",
                                    None, None, now)
                    continue
                sha256, blob, size = keep_bytes(raw_store, payload)
                if size == 0:
                    yield Rejection(source_uri, RejectReason.EMPTY, "WARC record has no payload",
                                    sha256, str(blob), now)
                    continue
                yield RawInput(
                    source_uri=source_uri,
                    input_format=InputFormat.WARC_RECORD,
                    raw_sha256=sha256,
                    raw_path=str(blob),
                    size_bytes=size,
                    url=url,
                    container_uri=str(warc_path),
                )
            if warc_path.name.lower().endswith(".gz") and (problem := _gzip_problem(warc_path)):
                yield Rejection(
                    f"{warc_path}#after-record-{index}",
                    RejectReason.MALFORMED_ARCHIVE,
                    f"archive damaged after {index} readable records: {problem}",
                    None,
                    None,
                    now,
                )
        # warcio raises many types on damaged archives (even AttributeError on a cut header).
        except (ArchiveLoadFailed, Exception) as exc:  # noqa: BLE001
            yield Rejection(
                f"{warc_path}#record-{index + 1}",
                RejectReason.MALFORMED_ARCHIVE,
                f"WARC unreadable after {index} records: {type(exc).__name__}: {exc}",
                None,
                None,
                now,
            )


def _gzip_problem(path: Path) -> str | None:
    """Why a gzip file is damaged (warcio stops quietly at a cut member), or None when whole."""
    import gzip
    import zlib

    try:
        with gzip.open(path, "rb") as stream:
            while stream.read(1024 * 1024):
                pass
    except (EOFError, OSError, zlib.error) as exc:
        return f"{type(exc).__name__}: {exc}"
    return None
