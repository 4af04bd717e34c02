"""Italian quantities: what the story counts and measures."""

from __future__ import annotations

import pytest

from extractor.quantities import tag_quantities

FOUND = [
    # text, surface, value, unit, kind, approximate
    (
        "ha visto la partecipazione di circa 3mila attrici.",
        "3mila attrici",
        3000,
        "attrici",
        "count",
        True,
    ),
    ("dimagrito per l'occasione di ben 15 kg.", "15 kg", 15, "kg", "weight", False),
    (
        "Oltre 2 milioni di persone in piazza.",
        "2 milioni di persone",
        2e6,
        "persone",
        "count",
        True,
    ),
    (
        "La stazione orbita a 408 chilometri dalla Terra.",
        "408 chilometri",
        408,
        "km",
        "distance",
        False,
    ),
    ("Un aumento del 3,5 per cento.", "3,5 per cento", 3.5, "%", "percent", False),
    ("Il biglietto costa tremila euro.", "tremila euro", 3000, "EUR", "money", False),
    ("Hanno corso 10km sotto la pioggia.", "10km", 10, "km", "distance", False),
    ("Sul set c'erano sette attori.", "sette attori", 7, "attori", "count", False),
    ("Incassati 1.500 dollari.", "1.500 dollari", 1500, "USD", "money", False),
]

NOTHING = [
    "La Soyuz MS-19 è partita.",
    "Nel 2021 il film è uscito.",
    "Il 10/06 è una data.",
    "La partita è finita 3-1.",
    "Un attore e una regista.",
]


@pytest.mark.parametrize(("text", "surface", "value", "unit", "kind", "approx"), FOUND)
def test_found(text: str, surface: str, value: float, unit: str, kind: str, approx: bool) -> None:
    [q] = tag_quantities(text, "it")
    assert (q.text, q.value, q.unit, q.kind, q.approximate) == (surface, value, unit, kind, approx)
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize("text", NOTHING)
def test_nothing(text: str) -> None:
    assert tag_quantities(text, "it") == []


def test_spans_claimed_by_the_temporal_tagger_are_skipped() -> None:
    text = "Per dodici giorni e 30 ore di riprese."
    start = text.index("30 ore")
    assert tag_quantities(text, "it", [(start, start + 6), (4, 17)]) == []
