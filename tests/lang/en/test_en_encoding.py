"""English text from British archives (cp1252 quotes, pound signs, UTF-16) decodes right."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.ingest import load_article
from tests.encoding_helpers import ENCODINGS, check_round_trip, encode, expected_name

SAMPLES = [
    "Plain ASCII only.",
    "The café reopened.",
    "It costs £12 — a bargain, they say.",
    "The minister’s “new” plan costs €3bn.",
    "Naïve coöperation at the Brontë museum, 1 ½ hours long.",
    "“Yes,” he said… and left.",
]


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("text", SAMPLES)
def test_english_round_trip(text: str, encoding: str) -> None:
    check_round_trip(text, encoding)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16"])
def test_english_file_keeps_its_punctuation(tmp_path: Path, encoding: str) -> None:
    text = (
        "Yesterday in Leeds the council approved a £2m plan for the café quarter, "
        "the city’s mayor said."
    )
    path = tmp_path / "article.txt"
    raw = encode(text, encoding)
    path.write_bytes(raw)
    article = load_article(path)
    assert article.text == text
    assert article.language == "en"
    assert article.encoding == expected_name(raw, encoding)
