"""English occurrence numbering: which occurrence of an event a fact belongs to."""

from __future__ import annotations

import pytest

from extractor.events.occurrence import occurrence_of

# (sentences, index of the fact's sentence, the fact's text, expected occurrence)
CASES = [
    (["The second quake struck at a depth of 10 km."], 0, "10 km", 2),
    (["The first shock was centred 12 km deep."], 0, "12 km", 1),
    (
        ["A second powerful earthquake hit after the first quake.", "It was 7 km deep."],
        1,
        "7 km",
        1,
    ),
    (["The second earthquake hit the region.", "Its depth was 9 km."], 1, "9 km", 2),
    (["The third event, north of the previous one, was 5 km deep."], 0, "5 km", 3),
    (["It was the first of many tremors at 3 km."], 0, "3 km", None),
    (["At first, the quake was put at 8 km."], 0, "8 km", None),
    (["The quake struck at a depth of 15 km."], 0, "15 km", None),
]


@pytest.mark.parametrize(("sentences", "index", "fact", "expected"), CASES)
def test_occurrence(sentences: list[str], index: int, fact: str, expected: int | None) -> None:
    offset = sentences[index].index(fact)
    assert occurrence_of(sentences, index, offset, "en") == expected
