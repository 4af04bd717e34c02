"""Every kind of time expression becomes a valid record: granularities the tagger reports are
granularities the record accepts."""

from __future__ import annotations

import pytest

from extractor import extract

CASES = [
    ("it", "L'equipaggio è rientrato ieri sera.", "part_of_day"),
    ("en", "They will meet this weekend.", "weekend"),
    ("en", "Sales fell in the first half of 2020.", "half"),
    ("en", "The crew exercises every day.", "set"),
    ("it", "Nel terzo trimestre del 2021 i voli sono ripresi.", "quarter"),
    ("en", "In the 1990s the station was built.", "decade"),
    ("it", "Nel XX secolo si è andati nello spazio.", "century"),
    ("en", "Last summer the crew trained.", "season"),
]


@pytest.mark.parametrize(("lang", "text", "granularity"), CASES)
def test_granularity_reaches_the_record(lang: str, text: str, granularity: str) -> None:
    record = extract(text, lang=lang, published="2021-10-06")
    assert granularity in {d.granularity for d in record.dates}
