"""Run the real cleaning and extraction stages on labelled pages (no warehouse needed)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

from newsfacts.records import Article, InputFormat, RawInput


def clean_page(html_path: Path) -> Article | None:
    """The Article the pipeline would land for one HTML file, or None if it would be rejected.

    The page is cleaned as if it arrived now, as the pipeline would: a fixed clock turns the
    publication date of any page newer than it into a date in the future, which is dropped.
    """
    from newsfacts.clean import clean_input

    payload = html_path.read_bytes()
    raw = RawInput(
        source_uri=str(html_path), input_format=InputFormat.HTML,
        raw_sha256=hashlib.sha256(payload).hexdigest(), raw_path=str(html_path),
        size_bytes=len(payload),
    )
    cleaned = clean_input(raw, payload, datetime.now(UTC))
    return cleaned if isinstance(cleaned, Article) else None
