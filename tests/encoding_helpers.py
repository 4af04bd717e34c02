"""Shared checks for the per-language encoding tables (tests/lang/*/test_*_encoding.py)."""

from __future__ import annotations

import codecs

import pytest

from extractor.ingest.encoding import decode_bytes

# How each test encoding is written, and the name the input should be reported under: UTF-8
# when it decodes, the BOM's encoding when there is one; cp1252 and Latin-1 agree outside
# 0x80-0x9F, so a text without those bytes is reported as Latin-1 whichever wrote it.
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "utf-32", "cp1252", "latin-1"]


def encode(text: str, encoding: str) -> bytes:
    """The bytes of `text` in `encoding`; skips the case when the encoding cannot write it."""
    try:
        if encoding == "utf-16-be-bom":
            return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
        return text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip(f"{encoding} cannot write this sample")


def expected_name(raw: bytes, encoding: str) -> str:
    if encoding in ("cp1252", "latin-1"):
        if raw.isascii():
            return "utf-8"
        return "cp1252" if any(0x80 <= b <= 0x9F for b in raw) else "iso8859-1"
    return "utf-16" if encoding == "utf-16-be-bom" else codecs.lookup(encoding).name


def check_round_trip(text: str, encoding: str) -> None:
    raw = encode(text, encoding)
    decoded = decode_bytes(raw, "sample")
    assert decoded.text == text
    assert decoded.encoding == expected_name(raw, encoding)
    # The name reported is one the bytes really decode with.
    assert raw.decode(decoded.encoding) == text
