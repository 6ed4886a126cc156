"""Content-addressed store of raw input bytes: raw/<aa>/<sha256>."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

CHUNK_BYTES = 1024 * 1024


def blob_path(raw_store: Path, sha256: str) -> Path:
    """Where the bytes with this digest live in the store."""
    return raw_store / sha256[:2] / sha256


def keep_stream(raw_store: Path, stream: BinaryIO) -> tuple[str, Path, int]:
    """Copy a stream into the store in bounded memory; return (sha256, path, size)."""
    first = _read_up_to(stream, CHUNK_BYTES)
    if len(first) < CHUNK_BYTES:
        # Most inputs fit in one chunk: hashed in memory, written only when the store lacks them,
        # so re-reading an inbox of inputs seen before writes nothing.
        return keep_bytes(raw_store, first)
    raw_store.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    with tempfile.NamedTemporaryFile(dir=raw_store, prefix=".incoming-", delete=False) as tmp:
        try:
            chunk = first
            while chunk:
                digest.update(chunk)
                tmp.write(chunk)
                size += len(chunk)
                chunk = stream.read(CHUNK_BYTES)
        except BaseException:
            tmp.close()
            os.unlink(tmp.name)
            raise
    sha256 = digest.hexdigest()
    target = blob_path(raw_store, sha256)
    if target.exists():
        os.unlink(tmp.name)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp.name, target)
    return sha256, target, size


def _read_up_to(stream: BinaryIO, limit: int) -> bytes:
    """Up to `limit` bytes; fewer only at the end of the stream (a read may return less)."""
    parts, size = [], 0
    while size < limit and (part := stream.read(limit - size)):
        parts.append(part)
        size += len(part)
    return b"".join(parts)


def keep_bytes(raw_store: Path, payload: bytes) -> tuple[str, Path, int]:
    """Keep an in-memory payload in the store; return (sha256, path, size)."""
    sha256 = hashlib.sha256(payload).hexdigest()
    target = blob_path(raw_store, sha256)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as tmp:
            tmp.write(payload)
        os.replace(tmp.name, target)
    return sha256, target, len(payload)


def read_blob(raw_path: str | Path) -> bytes:
    """Read kept bytes back."""
    return Path(raw_path).read_bytes()
