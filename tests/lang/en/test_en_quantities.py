"""English quantities: what the story counts and measures."""

from __future__ import annotations

import pytest

from extractor.quantities import tag_quantities

FOUND = [
    # text, surface, value, unit, kind, approximate
    ("The team will spend time 408km from Earth.", "408km", 408, "km", "distance", False),
    ("It cost $5 million to make.", "$5 million", 5e6, "USD", "money", False),
    ("About 3,000 people applied.", "3,000 people", 3000, "people", "count", True),
    ("Turnout rose to 45% this year.", "45%", 45, "%", "percent", False),
    ("He lost 15 kilograms for the role.", "15 kilograms", 15, "kg", "weight", False),
    ("Nearly two dozen engineers joined.", "two dozen engineers", 24, "engineers", "count", True),
    ("The capsule fell 2.5 miles.", "2.5 miles", 2.5, "mi", "distance", False),
    ("Three astronauts boarded.", "Three astronauts", 3, "astronauts", "count", False),
]

NOTHING = [
    "The Soyuz MS-19 manned spacecraft departed.",
    "The project was postponed to 2022.",
    "tests of gravity 0, skydiving, endurance and spin.",
    "The final score was 3-1.",
    "A doctor travels to the orbital complex.",
]


@pytest.mark.parametrize(("text", "surface", "value", "unit", "kind", "approx"), FOUND)
def test_found(text: str, surface: str, value: float, unit: str, kind: str, approx: bool) -> None:
    [q] = tag_quantities(text, "en")
    assert (q.text, q.value, q.unit, q.kind, q.approximate) == (surface, value, unit, kind, approx)
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize("text", NOTHING)
def test_nothing(text: str) -> None:
    assert tag_quantities(text, "en") == []
