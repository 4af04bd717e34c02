"""The library entry points: extract, extract_file, the cached pipelines."""

from __future__ import annotations

import datetime as dt

import pytest

from extractor import UnsupportedLanguageError, extract
from extractor.api import extract_articles
from extractor.ingest import article_from_text
from extractor.pipeline import get_nlp
from extractor.record import ErrorRecord, Record, Span


@pytest.mark.parametrize("lang", ["it", "en"])
def test_pipeline_is_loaded_once_per_language(lang: str) -> None:
    assert get_nlp(lang) is get_nlp(lang)
    stages = [name for name, _ in get_nlp(lang).pipeline]
    assert stages[-6:] == [
        "extractor_temporal",
        "extractor_quantities",
        "extractor_entities",
        "extractor_consistency",
        "extractor_reconcile",
        "extractor_events",
    ]
    assert "ner" in stages


@pytest.mark.parametrize(
    ("text", "lang", "published", "value"),
    [
        ("Ieri la Soyuz è atterrata in Kazakistan.", "it", "2021-10-17", "2021-10-16"),
        ("Yesterday the Soyuz landed in Kazakhstan.", "en", dt.date(2021, 10, 17), "2021-10-16"),
        ("Yesterday the Soyuz landed in Kazakhstan.", "en", None, None),
    ],
)
def test_relative_dates_need_a_publication_date(
    text: str, lang: str, published: object, value: str | None
) -> None:
    record = extract(text, lang=lang, published=published)
    [date] = record.dates
    assert date.relative and date.value == value
    assert date.anchor == (str(published)[:10] if published else None)


def test_language_is_detected_and_metadata_kept() -> None:
    record = extract(
        "Il cosmonauta Anton Škaplerov è partito ieri da Bajkonur, in Kazakistan.",
        source={"id": "a1", "url": "https://example.org/a1", "title": "Partenza"},
    )
    assert record.source.language == "it"
    assert (record.source.id, record.source.url, record.source.title) == (
        "a1",
        "https://example.org/a1",
        "Partenza",
    )
    [place] = [p for p in record.places if p.name == "Kazakhstan"]
    assert place.aliases == ["Kazakistan"] and place.country_code == "KZ"


def test_unsupported_language() -> None:
    with pytest.raises(UnsupportedLanguageError):
        extract("Der Kosmonaut ist gestern vom Weltraumbahnhof gestartet, sagte die Agentur.")


def test_batched_extraction_keeps_order_and_isolates_failures() -> None:
    texts = [("it", "Oggi a Roma piove."), ("en", "Today it rains in London."), ("it", "Domani.")]
    articles = [article_from_text(t, lang=lang, published="2021-10-06") for lang, t in texts]
    articles[1].language = "xx"  # not a language we have: that article fails, not the batch
    results = list(extract_articles(articles))
    assert isinstance(results[0], Record) and isinstance(results[2], Record)
    assert isinstance(results[1], ErrorRecord) and "unsupported language" in results[1].error
    assert results[0].dates[0].value == "2021-10-06"
    assert results[2].dates[0].value == "2021-10-07"


_ODD = "By Jane Doe | March 3, 2022\nOn 5 October 2021 Anton Shkaplerov flew 408km to Moscow.\n\n"
_ODD += "The crew of 3 stayed for twelve days and returned on October 17."


@pytest.mark.parametrize(
    "text",
    [
        _ODD.replace("\n", "\r\n"),
        _ODD.replace("\n", "\r"),
        _ODD.replace("Anton", "\x00Anton"),
        "🚀👩‍🚀 " + _ODD.replace(" to ", " 🇷🇺 to "),
        "𝐀𝐁𝐂 " + _ODD,
        _ODD.replace("\n\n", " ") * 50,  # one very long line
    ],
)
def test_offsets_quote_the_input_on_odd_text(text: str) -> None:
    record = extract(text, lang="en")
    assert record.text == text
    spans: list[Span] = [*record.dates, *record.durations, *record.quantities]
    assert spans
    for entity in [*record.people, *record.places, *record.organizations]:
        spans += entity.mentions
    for span in spans:
        assert text[span.start : span.end] == span.text
        start, end = record.sentences[span.sentence]
        assert start <= span.start < end
