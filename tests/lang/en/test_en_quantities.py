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


MEASURES = [
    # text, surface, value, measure, bound
    ("The bridge collapsed, killing 26 people.", "26 people", 26, "dead", None),
    ("He said 912 people had been killed.", "912 people", 912, "dead", None),
    ("It badly injured 15.", "15", 15, "injured", None),
    ("The death toll in the north rose to 211.", "211", 211, "dead", None),
    ("More than 1,300 people dead.", "1,300 people", 1300, "dead", "lower"),
    (
        "More than two dozen aftershocks were felt.",
        "two dozen aftershocks",
        24,
        "aftershocks",
        "lower",
    ),
    ("Hundreds of buildings were destroyed.", "Hundreds of buildings", 100, "buildings", "lower"),
    ("Cars plummeted 45m on to the tracks.", "45m", 45, "height", None),
    ("The quake occurred at a depth of 7 kilometres.", "7 kilometres", 7, "depth", None),
    ("A magnitude 7.5 quake struck.", "7.5", 7.5, "magnitude", None),
    ("The 7.8 temblor damaged the castle.", "7.8", 7.8, "magnitude", None),
]


@pytest.mark.parametrize(("text", "surface", "value", "measure", "bound"), MEASURES)
def test_measure(text: str, surface: str, value: float, measure: str, bound: str | None) -> None:
    [q] = tag_quantities(text, "en")
    assert (q.text, q.value, q.measure, q.bound) == (surface, value, measure, bound)


@pytest.mark.parametrize("text", ["A second quake of magnitude 7.5 after it.", "He has 3 new."])
def test_no_count_without_a_countable_noun(text: str) -> None:
    assert [q for q in tag_quantities(text, "en") if q.kind == "count"] == []
