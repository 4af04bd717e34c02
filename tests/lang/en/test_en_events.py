"""English event lexicon: which event a date or duration in a sentence is about."""

from __future__ import annotations

import pytest

from extractor.events import find_slot

CASES = [
    ("The Soyuz MS-19 manned spacecraft departed today at 8:55 a.m.", "today", "launch"),
    ("Russian actress Julia Peresild took off this week for the station.", "this week", "launch"),
    ("The capsule landed on October 17 in Kazakhstan.", "October 17", "landing"),
    ("The team will spend 12 days in space.", "12 days", "stay"),
    (
        "The spacecraft docked with the station 3 hours and 17 minutes later.",
        "3 hours and 17 minutes",
        "docking",
    ),
    ("The film will be released in 2022.", "2022", "release"),
    ("The landscape on May 5 was beautiful.", "May 5", None),
    ("It was a sunny day on May 5.", "May 5", None),
]


@pytest.mark.parametrize(("sentence", "fact", "slot"), CASES)
def test_slot(sentence: str, fact: str, slot: str | None) -> None:
    start = sentence.index(fact)
    assert find_slot(sentence, start, start + len(fact), "en") == slot
