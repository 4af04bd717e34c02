"""Italian occurrence numbering: which occurrence of an event a fact belongs to."""

from __future__ import annotations

import pytest

from extractor.events.occurrence import occurrence_of

# (sentences, index of the fact's sentence, the fact's text, expected occurrence)
CASES = [
    (["La seconda scossa ha avuto un ipocentro a 10 km."], 0, "10 km", 2),
    (["Il primo terremoto è avvenuto a 12 km di profondità."], 0, "12 km", 1),
    (
        ["Il secondo forte evento è stato localizzato più a nord.", "L'ipocentro era a 9 km."],
        1,
        "9 km",
        2,
    ),
    (["Una seconda scossa ha colpito, dopo quella di magnitudo 7.9."], 0, "7.9", 1),
    (
        ["La seconda scossa, dopo quella di magnitudo 7.9 delle 2:17 a 20 km, è più lieve."],
        0,
        "20 km",
        1,
    ),
    (["Il terzo evento, a nord del precedente, è avvenuto a 5 km."], 0, "5 km", 3),
    (["Prima del terremoto la falda era a 3 km."], 0, "3 km", None),
    (["Secondo quanto dichiarato, il sisma è stato a 8 km."], 0, "8 km", None),
    (["Le prime immagini mostrano crolli a 2 km dal centro."], 0, "2 km", None),
    (["Il sisma è avvenuto a 15 km di profondità."], 0, "15 km", None),
]


@pytest.mark.parametrize(("sentences", "index", "fact", "expected"), CASES)
def test_occurrence(sentences: list[str], index: int, fact: str, expected: int | None) -> None:
    offset = sentences[index].index(fact)
    assert occurrence_of(sentences, index, offset, "it") == expected
