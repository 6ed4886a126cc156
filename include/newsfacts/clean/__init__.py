"""RawInput -> Article: trafilatura for HTML, the text cleaner for .txt, one reason per rejection."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

from newsfacts.clean.decode import UndecodableError, decode_text
from newsfacts.clean.html import clean_html_document
from newsfacts.clean.text import clean_text_document
from newsfacts.records import Article, InputFormat, RawInput, Rejection, RejectReason

MIN_WORDS = 20
WORD = re.compile(r"\w+")


def content_hash(body_text: str) -> str:
    """Digest of the body with case and spacing folded, so trivial reformatting is a duplicate."""
    folded = " ".join(WORD.findall(body_text.lower()))
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def detect_language(body_text: str) -> str | None:
    """ISO 639-1 code of the body's language (py3langid), None for too little text."""
    if len(body_text) < 20:
        return None
    import py3langid

    language, _score = py3langid.classify(body_text[:10_000])
    return language


def clean_input(raw: RawInput, payload: bytes, now: datetime) -> Article | Rejection:
    """Clean one input's bytes into an Article, or say why it cannot land."""

    def reject(reason: RejectReason, detail: str) -> Rejection:
        return Rejection(raw.source_uri, reason, detail, raw.raw_sha256, raw.raw_path, now)

    if not payload.strip():
        return reject(RejectReason.EMPTY, "only whitespace")
    if raw.input_format == InputFormat.TEXT:
        try:
            text = decode_text(payload)
        except UndecodableError as exc:
            return reject(RejectReason.UNDECODABLE, str(exc))
        cleaned = clean_text_document(text)
        url = raw.url
    else:
        if b"\x00" in payload[:4096] and not payload.startswith((b"\xff\xfe", b"\xfe\xff")):
            return reject(RejectReason.UNDECODABLE, "binary content: NUL bytes in an HTML file")
        try:
            cleaned = clean_html_document(payload, url=raw.url)
        except (ValueError, TypeError, RecursionError) as exc:
            return reject(RejectReason.UNDECODABLE, f"HTML could not be parsed: {exc}")
        if cleaned is None:
            return reject(RejectReason.NO_MAIN_TEXT, "trafilatura found no main text")
        url = cleaned.url

    word_count = len(WORD.findall(cleaned.body_text))
    if word_count < MIN_WORDS:
        return reject(RejectReason.NO_MAIN_TEXT, f"main text has {word_count} words (< {MIN_WORDS})")
    digest = content_hash(cleaned.body_text)
    return Article(
        article_id=digest[:16],
        source_uri=raw.source_uri,
        url=url,
        title=cleaned.title,
        publisher=cleaned.publisher,
        author=cleaned.author,
        published_date=cleaned.published_date,
        language=detect_language(cleaned.body_text),
        word_count=word_count,
        body_text=cleaned.body_text,
        content_hash=digest,
        raw_sha256=raw.raw_sha256,
        raw_path=raw.raw_path,
        input_format=str(raw.input_format),
        ingested_at=now,
    )
