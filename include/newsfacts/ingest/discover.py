"""Walk an inbox, keep every file's raw bytes, and sort files into inputs and rejections."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from newsfacts.ingest.rawstore import keep_stream
from newsfacts.ingest.warc import warc_inputs
from newsfacts.records import InputFormat, RawInput, Rejection, RejectReason

FORMAT_BY_SUFFIX = {
    ".html": InputFormat.HTML,
    ".htm": InputFormat.HTML,
    ".txt": InputFormat.TEXT,
}
WARC_SUFFIXES = (".warc", ".warc.gz")


def _is_within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _walk_files(inbox: Path) -> Iterator[Path]:
    """Every file path below the inbox, sorted, without following directory links."""
    for dirpath, dirnames, filenames in os.walk(inbox, followlinks=False):
        dirnames.sort()
        for name in sorted(filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]):
            yield Path(dirpath) / name


def discover_inputs(
    inbox: Path, raw_store: Path, max_bytes: int, now: datetime
) -> Iterator[RawInput | Rejection]:
    """Yield one RawInput or Rejection for every file (and WARC record) below the inbox."""
    inbox = inbox.resolve()
    if not inbox.is_dir():
        raise NotADirectoryError(f"inbox is not a directory: {inbox}")
    for path in _walk_files(inbox):
        yield from _discover_file(path, inbox, raw_store, max_bytes, now)


def _discover_file(
    path: Path, inbox: Path, raw_store: Path, max_bytes: int, now: datetime
) -> Iterator[RawInput | Rejection]:
    source_uri = str(path)
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        yield Rejection(source_uri, RejectReason.UNREADABLE, f"cannot resolve path: {exc}",
                        None, None, now)
        return
    if not _is_within(target, inbox):
        yield Rejection(source_uri, RejectReason.OUTSIDE_INBOX,
                        f"link points outside the inbox to {target}", None, None, now)
        return
    if target.is_dir():
        return  # a link to a folder inside the inbox: its files are walked directly
    try:
        with target.open("rb") as stream:
            sha256, blob, size = keep_stream(raw_store, stream)
    except OSError as exc:
        yield Rejection(source_uri, RejectReason.UNREADABLE, f"cannot read file: {exc}",
                        None, None, now)
        return
    name = path.name.lower()
    if size == 0:
        yield Rejection(source_uri, RejectReason.EMPTY, "file has no bytes", sha256, str(blob), now)
    elif name.endswith(WARC_SUFFIXES):
        yield from warc_inputs(target, raw_store, max_bytes, now)
    elif size > max_bytes:
        yield Rejection(source_uri, RejectReason.TOO_LARGE,
                        f"{size} bytes is over the {max_bytes}-byte limit", sha256, str(blob), now)
    elif (input_format := FORMAT_BY_SUFFIX.get(path.suffix.lower())) is None:
        yield Rejection(source_uri, RejectReason.UNSUPPORTED_FORMAT,
                        f"no reader for '{path.suffix or name}' files", sha256, str(blob), now)
    else:
        yield RawInput(source_uri, input_format, sha256, str(blob), size)
