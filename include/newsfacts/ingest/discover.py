"""Walk an inbox, keep every file's raw bytes, and sort files into inputs and rejections."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from newsfacts.ingest.rawstore import blob_path, keep_stream
from newsfacts.ingest.statcache import StatCache
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


def display_path(path: Path | str) -> str:
    """A path as text that always encodes to UTF-8: undecodable name bytes become \\xNN escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _walk(inbox: Path) -> Iterator[Path | OSError]:
    """Every file path below the inbox, sorted, without following directory links.

    A folder that cannot be listed (no permission, vanished mid-walk) comes out as its OSError.
    """
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(inbox, followlinks=False, onerror=errors.append):
        yield from errors
        errors.clear()
        dirnames.sort()
        for name in sorted(filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]):
            yield Path(dirpath) / name
    yield from errors


def discover_inputs(
    inbox: Path, raw_store: Path, max_bytes: int, now: datetime, stat_cache: StatCache | None = None
) -> Iterator[RawInput | Rejection]:
    """Yield one RawInput or Rejection for every file (and WARC record) below the inbox.

    With a stat cache, a file whose stat is unchanged since it was hashed is not read again.
    """
    inbox = inbox.resolve()
    if not inbox.is_dir():
        raise NotADirectoryError(f"inbox is not a directory: {inbox}")
    seen_uris: set[str] = set()
    for found in _walk(inbox):
        if isinstance(found, OSError):
            yield Rejection(display_path(found.filename or inbox), RejectReason.UNREADABLE,
                            f"cannot list folder: {found}", None, None, now)
        else:
            yield from _discover_file(found, inbox, raw_store, max_bytes, now, seen_uris, stat_cache)


def _discover_file(
    path: Path, inbox: Path, raw_store: Path, max_bytes: int, now: datetime, seen_uris: set[str],
    stat_cache: StatCache | None = None,
) -> Iterator[RawInput | Rejection]:
    source_uri = display_path(path)
    seen_uris.add(source_uri)
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        yield Rejection(source_uri, RejectReason.UNREADABLE, f"cannot resolve path: {exc}",
                        None, None, now)
        return
    if not _is_within(target, inbox):
        yield Rejection(source_uri, RejectReason.OUTSIDE_INBOX,
                        f"link points outside the inbox to {display_path(target)}", None, None, now)
        return
    try:
        kept = _keep_file(target, raw_store, stat_cache)
    except OSError as exc:
        yield Rejection(source_uri, RejectReason.UNREADABLE, f"cannot read file: {exc}",
                        None, None, now)
        return
    if kept is None:
        return  # a link to a folder inside the inbox: its files are walked directly
    sha256, blob, size = kept
    name = path.name.lower()
    if size == 0:
        yield Rejection(source_uri, RejectReason.EMPTY, "file has no bytes", sha256, str(blob), now)
    elif name.endswith(WARC_SUFFIXES):
        yield from warc_inputs(blob, source_uri, raw_store, max_bytes, now, seen_uris)
    elif size > max_bytes:
        yield Rejection(source_uri, RejectReason.TOO_LARGE,
                        f"{size} bytes is over the {max_bytes}-byte limit", sha256, str(blob), now)
    elif (input_format := FORMAT_BY_SUFFIX.get(path.suffix.lower())) is None:
        yield Rejection(source_uri, RejectReason.UNSUPPORTED_FORMAT,
                        f"no reader for '{display_path(path.suffix or name)}' files", sha256, str(blob), now)
    else:
        yield RawInput(source_uri, input_format, sha256, str(blob), size)


def _keep_file(target: Path, raw_store: Path, stat_cache: StatCache | None = None) -> tuple[str, Path, int] | None:
    """Copy a regular file into the raw store; None for a folder, OSError for anything else.

    A file the stat cache knows unchanged, whose bytes the store holds, is not read at all.
    """
    # O_NONBLOCK: opening a named pipe for reading would otherwise wait for a writer forever.
    fd = os.open(target, os.O_RDONLY | os.O_NONBLOCK)
    try:
        status = os.fstat(fd)
        if stat.S_ISDIR(status.st_mode):
            os.close(fd)
            return None
        if not stat.S_ISREG(status.st_mode):
            raise OSError(f"not a regular file (mode {stat.filemode(status.st_mode)}): {display_path(target)}")
        key = display_path(target)
        if stat_cache is not None and (sha256 := stat_cache.sha256_of(key, status)) is not None:
            kept = blob_path(raw_store, sha256)
            if kept.is_file():
                os.close(fd)
                return sha256, kept, status.st_size
        stream = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with stream:
        sha256, kept, size = keep_stream(raw_store, stream)
    if stat_cache is not None:
        # The stat taken before reading: a write during the read changes it for the next run.
        stat_cache.remember(key, status, sha256)
    return sha256, kept, size
