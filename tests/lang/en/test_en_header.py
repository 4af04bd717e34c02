"""English byline/date headers: the header sets published and authors, and is not the story."""

from __future__ import annotations

import datetime as dt

import pytest

from extractor.ingest import parse_header

CASES = [
    # first line, published, authors
    (
        " date 2021-10-06 By Ana Carolina Barsallo 10/06/2021 – 11:00 AM\n\nStory.",
        dt.date(2021, 10, 6),
        ["Ana Carolina Barsallo"],
    ),
    (
        "By John Smith and Mary O'Brien | March 3, 2022\nStory.",
        dt.date(2022, 3, 3),
        ["John Smith", "Mary O'Brien"],
    ),
    ("Published: 2020-05-05\nStory starts here.", dt.date(2020, 5, 5), []),
    ("By Jane Doe\nStory.", None, ["Jane Doe"]),
    ("Updated 12/25/2019 by Lee Van Cleef\nStory.", dt.date(2019, 12, 25), ["Lee Van Cleef"]),
    # Windows and old Mac line endings end the header line as "\n" does.
    ("By Jane Doe | March 3, 2022\r\nStory on 5 May.", dt.date(2022, 3, 3), ["Jane Doe"]),
    ("By Jane Doe | March 3, 2022\rStory on 5 May.", dt.date(2022, 3, 3), ["Jane Doe"]),
]

NOT_HEADERS = [
    "The launch took place on October 5, 2021 from Baikonur, and the crew of three...",
    "Yesterday the mayor said: by 2030 the city will be car-free.\nMore.",
    "",
]


@pytest.mark.parametrize(("text", "published", "authors"), CASES)
def test_header(text: str, published: dt.date | None, authors: list[str]) -> None:
    header = parse_header(text, "en")
    assert header.published == published
    assert [name for _, _, name in header.authors] == authors
    for start, end, name in header.authors:
        assert text[start:end] == name
    line_end = min(i for i in (text.find("\n"), text.find("\r")) if i >= 0)
    assert 0 < header.end <= line_end


@pytest.mark.parametrize("text", NOT_HEADERS)
def test_not_a_header(text: str) -> None:
    assert parse_header(text, "en").end == 0
