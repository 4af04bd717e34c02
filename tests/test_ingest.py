"""Reading inputs: every bad input is an InputError with a one-line message."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from extractor.errors import InputError, UnsupportedLanguageError
from extractor.ingest import (
    article_from_html,
    article_from_mapping,
    article_from_text,
    detect_language,
    load_article,
)
from extractor.ingest.article import parse_published

from .conftest import SEEDS


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-10-06", dt.date(2021, 10, 6)),
        ("2021-10-06T11:00:00Z", dt.date(2021, 10, 6)),
        (dt.date(2020, 1, 2), dt.date(2020, 1, 2)),
        (dt.datetime(2020, 1, 2, 3, 4), dt.date(2020, 1, 2)),
        (None, None),
    ],
)
def test_parse_published(value: object, expected: dt.date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "06/10/2021", "2021-13-40", 20211006])
def test_parse_published_rejects(value: object) -> None:
    with pytest.raises(InputError):
        parse_published(value)


@pytest.mark.parametrize(("lang", "path"), sorted(SEEDS.items()))
def test_detect_language_on_seeds(lang: str, path: Path) -> None:
    assert detect_language(path.read_text(encoding="utf-8")) == lang


def test_unsupported_language_is_an_input_error() -> None:
    with pytest.raises(UnsupportedLanguageError):
        detect_language("Der Hund läuft schnell über die Straße und bellt sehr laut.")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # py3langid ranks Nigerian Pidgin first on these (English second, far from zero).
        ("en", "On 5 October 2021 Anton Shkaplerov flew to Moscow for twelve days."),
        ("en", "On 5 October 2021 Anton Shkaplerov flew to Moscow for twelve days, " * 3),
    ],
)
def test_close_variety_does_not_hide_a_supported_language(lang: str, text: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("lang", ["xx", 5])
def test_unknown_forced_language_is_an_input_error(lang: object) -> None:
    # A textual date on the first line sends the header to dateparser, which raised ValueError.
    with pytest.raises(UnsupportedLanguageError):
        article_from_mapping({"text": "Roma, 5 ottobre 2021. Il governo ha deciso.", "lang": lang})


@pytest.mark.parametrize(
    ("extra", "message"),
    [({"authors": [1, 2]}, "'authors'"), ({"url": 5}, "'url'"), ({"title": ["a"]}, "'title'")],
)
def test_mapping_fields_of_the_wrong_type_are_input_errors(
    extra: dict[str, object], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        article_from_mapping({"text": "Oggi a Roma il governo ha deciso.", "lang": "it", **extra})


def test_lone_surrogate_is_an_input_error() -> None:
    with pytest.raises(InputError, match="not valid Unicode"):
        article_from_text("Oggi a Roma \udcff il governo.", lang="it")


def test_english_seed_header_is_metadata() -> None:
    article = load_article(SEEDS["en"])
    assert article.published == dt.date(2021, 10, 6)
    assert article.authors == ["Ana Carolina Barsallo"]
    assert article.text == SEEDS["en"].read_text(encoding="utf-8")
    assert article.text[: article.header_end].strip().endswith("11:00 AM")
    assert article.id == SEEDS["en"].stem


def test_published_option_overrides_header() -> None:
    article = load_article(SEEDS["en"], published="2021-10-05")
    assert article.published == dt.date(2021, 10, 5)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"   \n", "empty article"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not text"),
        ("bad.json", b"{not json", "invalid JSON"),
        ("notext.json", b'{"title": "x"}', "'text' string"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        load_article(path)
    assert "\n" not in str(info.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        load_article(tmp_path)


def test_json_article(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    data = {"id": "a1", "text": "Ieri a Roma ha piovuto.", "lang": "it", "published": "2021-10-06"}
    path.write_text(json.dumps(data), encoding="utf-8")
    article = load_article(path)
    assert (article.id, article.language, article.published) == ("a1", "it", dt.date(2021, 10, 6))


HTML = """<html><head><title>Soyuz lands</title>
<meta property="article:published_time" content="2021-10-17T08:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Soyuz lands</h1>
<p>The Soyuz MS-18 capsule landed in Kazakhstan on Sunday with the actress Yulia Peresild
and the director Klim Shipenko on board, after twelve days on the station.</p>
<p>Commander Oleg Novitsky brought the crew home safely, the Russian agency said.</p>
</article><footer>Copyright 2021</footer></body></html>"""


def test_html_article() -> None:
    article = article_from_html(HTML, path="page.html")
    assert article.language == "en"
    assert article.published == dt.date(2021, 10, 17)
    assert "Klim Shipenko" in article.text
    assert "Copyright" not in article.text
    assert "Home | World" not in article.text


def test_text_id_is_stable() -> None:
    a = article_from_text("Yesterday it rained in Rome.", lang="en")
    b = article_from_text("Yesterday it rained in Rome.", lang="en")
    assert a.id == b.id and len(a.id) == 16
