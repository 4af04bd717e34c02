"""Italian byline/date headers: day-month order and Italian month names."""

from __future__ import annotations

import datetime as dt

import pytest

from extractor.ingest import parse_header

CASES = [
    (
        "Di Mario Rossi e Anna Bianchi | 5 ottobre 2021\nTesto.",
        dt.date(2021, 10, 5),
        ["Mario Rossi", "Anna Bianchi"],
    ),
    (
        "Pubblicato il 06/10/2021 di Giulia De Santis\nTesto.",
        dt.date(2021, 10, 6),
        ["Giulia De Santis"],
    ),
    ("Data: 2021-10-05\nTesto.", dt.date(2021, 10, 5), []),
    ("di Luca D'Amico\nTesto dell'articolo.", None, ["Luca D'Amico"]),
]

NOT_HEADERS = [
    "Il 5 ottobre 2021 dal cosmodromo di Bajkonur in Kazakhstan è stato lanciato il vettore.",
    "Roma, 5 ottobre 2021 — Il ministro ha detto che di tempo ce n'è poco e che...",
]


@pytest.mark.parametrize(("text", "published", "authors"), CASES)
def test_header(text: str, published: dt.date | None, authors: list[str]) -> None:
    header = parse_header(text, "it")
    assert header.published == published
    assert [name for _, _, name in header.authors] == authors
    for start, end, name in header.authors:
        assert text[start:end] == name


@pytest.mark.parametrize("text", NOT_HEADERS)
def test_not_a_header(text: str) -> None:
    assert parse_header(text, "it").end == 0
