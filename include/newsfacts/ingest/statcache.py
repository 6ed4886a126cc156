"""Content hashes of inbox files by their stat, so discovery hashes an unchanged file only once.

An entry maps a file's path to its size, modification and change times (nanoseconds), inode and
device, and the sha256 of its bytes. A file whose stat matches its entry, and whose bytes are in
the raw store, is not read again. Any write to a file changes its change time (which `touch -d`
or `rsync -t` cannot set back), and a file changed less than RACY_SECONDS before discovery began
is never remembered: its next change could land within the same clock tick and look unchanged.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

# Files changed this close to the start of discovery are hashed again on every run.
RACY_SECONDS = 2
STAT_CACHE_SCHEMA = pa.schema([
    ("path", pa.string()),
    ("size", pa.int64()),
    ("mtime_ns", pa.int64()),
    ("ctime_ns", pa.int64()),
    ("inode", pa.uint64()),
    ("device", pa.uint64()),
    ("sha256", pa.string()),
])


def file_stamp(status: os.stat_result) -> tuple[int, int, int, int, int]:
    """What must stay equal for a file's bytes to be taken as unchanged."""
    return status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino, status.st_dev


@dataclass
class StatCache:
    """Known (path, stamp) -> sha256, read at the start of discovery, rewritten at its end."""

    started_ns: int
    known: dict[str, tuple[tuple[int, int, int, int, int], str]] = field(default_factory=dict)
    seen: dict[str, tuple[tuple[int, int, int, int, int], str]] = field(default_factory=dict)
    hits: int = 0

    @classmethod
    def read(cls, path: Path, started_ns: int) -> StatCache:
        """The cache kept at path; an empty one when there is none or it cannot be read."""
        import pyarrow.lib
        import pyarrow.parquet as pq

        cache = cls(started_ns)
        try:
            rows = pq.read_table(path, schema=STAT_CACHE_SCHEMA).to_pylist()
        except (OSError, pyarrow.lib.ArrowException):
            return cache
        cache.known = {row["path"]: ((row["size"], row["mtime_ns"], row["ctime_ns"], row["inode"],
                                      row["device"]), row["sha256"]) for row in rows}
        return cache

    def sha256_of(self, path: str, status: os.stat_result) -> str | None:
        """The file's sha256 if its stat is the one it had when hashed; else None."""
        entry = self.known.get(path)
        if entry is None or entry[0] != file_stamp(status):
            return None
        self.hits += 1
        self.seen[path] = entry
        return entry[1]

    def remember(self, path: str, status: os.stat_result, sha256: str) -> None:
        """Keep the hash of bytes read after this stat, unless the file changed just now."""
        newest_change = max(status.st_mtime_ns, status.st_ctime_ns)
        if newest_change < self.started_ns - RACY_SECONDS * 1_000_000_000:
            self.seen[path] = (file_stamp(status), sha256)

    def write(self, path: Path) -> None:
        """Keep the entries of the files seen this run (a file gone from the inbox drops out)."""
        from newsfacts.lake import write_parquet

        rows = [{"path": name, "size": stamp[0], "mtime_ns": stamp[1], "ctime_ns": stamp[2],
                 "inode": stamp[3], "device": stamp[4], "sha256": sha256}
                for name, (stamp, sha256) in self.seen.items()]
        write_parquet(pa.Table.from_pylist(rows, schema=STAT_CACHE_SCHEMA), path)
