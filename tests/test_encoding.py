"""Reading bytes: BOMs first, UTF-8 when it decodes, detection after; binary is refused."""

from __future__ import annotations

import codecs
import io
import json
import sys
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.errors import InputError
from extractor.ingest import load_article
from extractor.ingest.encoding import declared_charset, decode_bytes, decode_html

from .conftest import SHARED

BINARY = [
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", id="png"),
    pytest.param(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48\xcd\xc9", id="gzip"),
    pytest.param(b"PK\x03\x04\x14\x00\x00\x00\x08\x00", id="zip"),
    pytest.param(bytes(64), id="nul-bytes"),
    pytest.param(bytes(range(256)), id="every-byte"),
    # A UTF-16 mark on bytes that are not UTF-16 (an odd length): the mark is not believed.
    pytest.param(b"\xff\xfe\x00broken", id="bad-utf16"),
    # Text with a control character in it is not a text file.
    pytest.param(b"Oggi a Roma\x00\x07 il governo.", id="controls"),
]


@pytest.mark.parametrize("raw", BINARY)
def test_binary_is_refused_in_one_line(raw: bytes) -> None:
    with pytest.raises(InputError, match="not text") as info:
        decode_bytes(raw, "file.bin")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (codecs.BOM_UTF8 + "Perché".encode(), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + "Perché".encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF32_LE + "Perché".encode("utf-32-le"), "utf-32"),
        # UTF-16 without a mark is still found, by detection.
        ("Il governo è caduto lunedì sera.".encode("utf-16-le"), "utf-16-le"),
        ("Il governo è caduto lunedì sera.".encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_marks_and_unmarked_utf16(raw: bytes, encoding: str) -> None:
    assert decode_bytes(raw, "x").encoding == encoding


def test_utf8_is_preferred_when_it_decodes() -> None:
    # 'Ã¨' is what cp1252 makes of UTF-8 'è': a reading detection could prefer on short text.
    decoded = decode_bytes("è".encode(), "x")
    assert (decoded.text, decoded.encoding) == ("è", "utf-8")


def test_a_charset_word_in_plain_text_is_no_declaration() -> None:
    text = "Il file dice charset=utf-16 ma è scritto in cp1252, perché sì – così."
    assert decode_bytes(text.encode("cp1252"), "x").text == text


def _page(charset_tag: str, body: str) -> str:
    return (
        f"<html><head>{charset_tag}<title>Prova</title></head><body><article>"
        f"<p>{body}</p></article></body></html>"
    )


BODY = "Ieri a Forlì il sindaco è stato rieletto: «È una festa», ha detto – così pare."


@pytest.mark.parametrize(
    ("tag", "written_in", "expected"),
    [
        ('<meta charset="windows-1252">', "cp1252", "cp1252"),
        # Browsers read a declared Latin-1 as windows-1252 (its quotes and dashes).
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
            "cp1252",
            "cp1252",
        ),
        ('<meta charset="utf-8">', "utf-8", "utf-8"),
        ('<meta charset="iso-8859-15">', "iso8859-15", "iso8859-15"),
        # Declared UTF-8, written in cp1252: the declaration cannot hold, detection decides.
        ('<meta charset="utf-8">', "cp1252", "cp1252"),
        # A UTF-16 declaration found by an ASCII scan is read as UTF-8 (HTML standard).
        ('<meta charset="utf-16">', "utf-8", "utf-8"),
        # Nothing declared: as a text file.
        ("", "cp1252", "cp1252"),
    ],
)
def test_html_keeps_its_declared_charset(tag: str, written_in: str, expected: str) -> None:
    body = BODY if written_in != "iso8859-15" else BODY.replace("–", "-")
    decoded = decode_html(_page(tag, body).encode(written_in), "page.html")
    assert body in decoded.text
    assert decoded.encoding == expected


def test_html_declaration_wins_over_detection() -> None:
    # Valid UTF-8 bytes declared as windows-1252 are read as the page says, as a browser would.
    raw = _page('<meta charset="windows-1252">', "è").encode("utf-8")
    assert declared_charset(raw) == "cp1252"
    assert decode_html(raw, "page.html").encoding == "cp1252"


def test_html_file_records_its_encoding(tmp_path: Path) -> None:
    path = tmp_path / "pagina.html"
    path.write_bytes(_page('<meta charset="windows-1252">', BODY).encode("cp1252"))
    article = load_article(path)
    assert BODY in article.text
    assert article.encoding == "cp1252"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_refuses_a_binary_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    code, out, err = _run(["extract", str(path)], capsys)
    assert (code, out) == (2, "")
    assert "not text" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        ("Oggi a Forlì il governo è caduto, perché sì.".encode(), "utf-8"),
        ("Oggi a Forlì il governo è caduto – perché sì.".encode("cp1252"), "cp1252"),
    ],
)
def test_standard_input_records_its_encoding(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], raw: bytes, encoding: str
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    code, out, _ = _run(["extract", "--lang", "it", "-"], capsys)
    assert code == 0
    record = json.loads(out)
    assert record["source"]["encoding"] == encoding
    assert "Forlì" in record["text"]


def test_text_declared_utf8_is_not_guessed() -> None:
    # decode_text is for bytes that say they are UTF-8 (an HTTP body's charset): no detection.
    from extractor.ingest.loaders import decode_text

    assert decode_text(codecs.BOM_UTF8 + "caffè".encode(), "body") == "caffè"
    with pytest.raises(InputError, match="body: not UTF-8 text"):
        decode_text("caffè".encode("latin-1"), "body")


NEWS = SHARED / "news-dev" / "news"


def _news_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(NEWS.glob("*.txt"))]


@pytest.mark.shared
@pytest.mark.skipif(not NEWS.is_dir(), reason="../shared/news-dev not available")
@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16", "utf-16-le"])
def test_real_articles_round_trip(encoding: str) -> None:
    """Every news-dev article that the encoding can write, whole and line by line (the short
    case), decodes back to itself."""
    checked = 0
    for text in _news_texts():
        pieces = [text, *(line for line in text.splitlines() if not line.isascii())]
        for piece in pieces:
            try:
                raw = piece.encode(encoding)
            except UnicodeEncodeError:
                continue
            assert decode_bytes(raw, "article").text == piece
            checked += 1
    assert checked > 0
