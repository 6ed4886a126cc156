"""Discover inputs in an inbox and keep their raw bytes: paths in, RawInput/Rejection out."""

from newsfacts.ingest.discover import discover_inputs

__all__ = ["discover_inputs"]
