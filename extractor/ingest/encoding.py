"""Bytes to text: which encoding a file or standard input is in.

The order is the one that is right on short texts, where statistical detection alone is not:
a byte-order mark first (it says what the file is), then strict UTF-8 (a legacy 8-bit text that
happens to decode as UTF-8 is vanishingly rare beyond ASCII), then charset-normalizer among
the encodings Italian and English text is written in. Unrestricted, charset-normalizer reads a
short Italian cp1252 line as cp1250 or cp1258 ('Cittŕ piů'); restricted, it only has to tell
UTF-16 without a BOM from the Western 8-bit code pages, which it does reliably. HTML keeps the
charset it declares. Whatever decodes to control characters is binary, not text.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from ..errors import InputError

__all__ = ["Decoded", "declared_charset", "decode_bytes", "decode_html"]

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Encodings Italian and English archives are written in, besides UTF-8: the Windows and ISO
# Western code pages and UTF-16/32 without a mark. Others (cp1250, cp850, mac_roman) would
# win on short texts with a few accents and turn 'è' into 'č'.
_CANDIDATES = ["cp1252", "latin_1", "iso8859_15", "utf_16_le", "utf_16_be", "utf_32"]

# Whitespace controls text files carry; any other control character means binary data.
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")

# The WHATWG encoding standard reads these labels as windows-1252, as every browser does: pages
# that declare Latin-1 use cp1252's quotes and dashes in 0x80-0x9F.
_HTML_AS_CP1252 = frozenset({"iso8859-1", "ascii", "cp1252"})


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # a Python codec name: 'utf-8', 'cp1252', 'iso8859-1', 'utf-16'...


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _is_text(text: str) -> bool:
    return not any(
        unicodedata.category(ch) == "Cc" and ch not in _TEXT_CONTROLS for ch in set(text)
    )


def _try(raw: bytes, encoding: str) -> Decoded | None:
    try:
        text = raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return Decoded(text, _codec(encoding) or encoding) if _is_text(text) else None


def _narrowest(raw: bytes, decoded: Decoded) -> Decoded:
    """cp1252 and ISO-8859-1 agree outside 0x80-0x9F: without those bytes the text is plain
    Latin-1, the narrower (and truer, for a file written as Latin-1) name."""
    if decoded.encoding == "cp1252" and not any(0x80 <= b <= 0x9F for b in raw):
        return Decoded(decoded.text, "iso8859-1")
    return decoded


def _detect(raw: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes

    # preemptive_behaviour off: a 'charset=' inside a text file is no declaration of its own.
    best = from_bytes(raw, cp_isolation=_CANDIDATES, preemptive_behaviour=False).best()
    if best is None:
        return None
    decoded = _try(raw, best.encoding)
    return _narrowest(raw, decoded) if decoded is not None else None


def _with_bom(raw: bytes) -> tuple[bool, Decoded | None]:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return True, _try(raw, encoding)
    return False, None


def decode_bytes(raw: bytes, what: str) -> Decoded:
    """Text and the encoding it was read in: a BOM, else UTF-8, else detection."""
    has_bom, decoded = _with_bom(raw)
    if not has_bom:
        decoded = _try(raw, "utf-8") or _detect(raw)
    if decoded is None:
        raise InputError(
            f"{what}: not text (binary data, or neither UTF-8, UTF-16, cp1252 nor Latin-1)"
        )
    return decoded


def declared_charset(raw: bytes) -> str | None:
    """The charset an HTML page declares in its head (<meta charset>, http-equiv), as a codec."""
    from charset_normalizer.utils import any_specified_encoding

    # The HTML standard looks for the declaration in the first 1024 bytes.
    declared = any_specified_encoding(raw[:1024], search_zone=1024)
    if declared is None:
        return None
    codec = _codec(declared)
    if codec is not None and codec.startswith(("utf-16", "utf-32")):
        # Found by an ASCII scan, so the page is not UTF-16 (a BOM would have said so): the
        # HTML standard reads such a declaration as UTF-8.
        return "utf-8"
    return "cp1252" if codec in _HTML_AS_CP1252 else codec


def decode_html(raw: bytes, what: str) -> Decoded:
    """An HTML page's text: a BOM, else the charset it declares, else as any text file."""
    has_bom, _ = _with_bom(raw)
    declared = None if has_bom else declared_charset(raw)
    decoded = _try(raw, declared) if declared is not None else None
    # No declaration, or one the bytes contradict (a UTF-8 page labelled Latin-1 is common).
    return decoded or decode_bytes(raw, what)
