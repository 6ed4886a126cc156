"""Text files in any common encoding decode; binary garbage is refused with a reason."""

from __future__ import annotations

import os

import pytest

from newsfacts.clean.decode import UndecodableError, decode_text

ARABIC = "انسحاب التحالف الدولي من العراق بحلول سبتمبر 2025 وفق مصادر عراقية مطلعة على المفاوضات"
LATIN = "Le retrait de la coalition a été annoncé à Bagdad après des négociations très longues."


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (LATIN.encode("utf-8"), LATIN),
        (LATIN.encode("utf-8-sig"), LATIN),
        (LATIN.encode("utf-16"), LATIN),  # with BOM
        (LATIN.encode("latin-1"), LATIN),
        (ARABIC.encode("utf-8"), ARABIC),
        (ARABIC.encode("windows-1256"), ARABIC),
    ],
)
def test_decodes(payload, expected):
    assert decode_text(payload) == expected


@pytest.mark.parametrize(
    "payload",
    [
        os.urandom(0) + bytes(range(256)) * 8,
        b"\x00\x01\x02\x03binary\x00\x00\x00" * 50,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
    ],
)
def test_refuses_binary(payload):
    with pytest.raises(UndecodableError):
        decode_text(payload)


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("plain words\nand lines\r\n\tand tabs", False),
        ("zero\u200bwidth spaces and soft\xadhyphens in a long enough line of real words", False),
        ("a form feed \x0c and a line separator \u2028 are whitespace, not control", False),
        ("few controls: \x07 among very many ordinary printable characters " * 3, False),
        ("\x01\x02\x03\x04 mostly control", True),
        ("\x1b[0m" * 30, True),
    ],
)
def test_counts_control_characters_with_or_without_whitespace(text, refused):
    """The 5% rule holds whether or not the text has whitespace, zero-width or soft-hyphen characters."""
    if refused:
        with pytest.raises(UndecodableError):
            decode_text(text.encode("utf-8"))
    else:
        assert decode_text(text.encode("utf-8")) == text
