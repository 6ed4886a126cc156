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
