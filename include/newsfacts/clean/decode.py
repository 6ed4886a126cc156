"""Turn raw bytes of a text file into str, or say why that is impossible."""

from __future__ import annotations

import codecs

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


MAX_CONTROL_SHARE = 0.05
WESTERN_LOOKALIKES = {"cp1250", "cp1252", "latin_1", "iso8859_15", "iso8859_2", "mac_roman", "cp850"}


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can identify."""


def decode_text(payload: bytes) -> str:
    """Decode bytes: BOM first, then strict UTF-8, then a detected legacy encoding."""
    return _refuse_control_text(_decode(payload))


def _decode(payload: bytes) -> str:
    for bom, encoding in BOMS:
        if payload.startswith(bom):
            try:
                return payload.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UndecodableError(f"bad {encoding} after its byte-order mark: {exc}") from exc
    if b"\x00" in payload[:4096]:
        raise UndecodableError("binary content: NUL bytes and no UTF-16/32 byte-order mark")
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(payload).best()
    if best is None:
        raise UndecodableError("no text encoding fits these bytes")
    if best.encoding in WESTERN_LOOKALIKES:
        # Short Western text fits several code pages; cp1252 (a latin-1 superset) is the usual one.
        try:
            return payload.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def _refuse_control_text(text: str) -> str:
    """The text itself, unless control characters make up more than 5% of it."""
    # Valid UTF-8 or cp1252 can still be binary: bytes below 0x20 decode without error.
    # Only the distinct characters are tested, and only the unprintable ones counted: a test
    # of every character cost about 2 ms a page (25 ms before the printable shortcut).
    if "".join(text.split()).isprintable():
        return text
    unprintable = [c for c in set(text) if not (c.isprintable() or c.isspace())]
    controls = sum(text.count(c) for c in unprintable)
    if controls > MAX_CONTROL_SHARE * max(len(text), 1):
        raise UndecodableError(f"binary content: {controls} of {len(text)} characters are control characters")
    return text
