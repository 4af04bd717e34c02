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


# What a quantity counts or measures: one slot vocabulary with the English table.
MEASURES = [
    # text, surface, value, measure, bound
    ("L'ultimo aggiornamento parla di 35 morti.", "35 morti", 35, "dead", None),
    ("Sono almeno 912 le persone morte in Turchia.", "912 le persone", 912, "dead", "lower"),
    ("È salito a 912 il numero dei morti.", "912 il numero dei morti", 912, "dead", None),
    ("I feriti sono 16, ricoverati in ospedale.", "16", 16, "injured", None),
    ("Il conto delle vittime finora accertate: sono 37.", "37", 37, "dead", None),
    ("Quattro persone estratte vive dalle macerie.", "Quattro persone", 4, "rescued", None),
    ("Il bilancio supera i 1.200 morti.", "1.200 morti", 1200, "dead", "lower"),
    ("Una quindicina i feriti.", "Una quindicina i feriti", 15, "injured", None),
    ("Le macerie sono cadute da un'altezza di 70 metri.", "70 metri", 70, "height", None),
    ("Un ipocentro a 28 km di profondità.", "28 km", 28, "depth", None),
    ("Un terremoto di magnitudo 7,9.", "7,9", 7.9, "magnitude", None),
    ("Un terremoto di magnitudo M 7.5.", "7.5", 7.5, "magnitude", None),
]


@pytest.mark.parametrize(("text", "surface", "value", "measure", "bound"), MEASURES)
def test_measure(text: str, surface: str, value: float, measure: str, bound: str | None) -> None:
    [q] = tag_quantities(text, "it")
    assert (q.text, q.value, q.measure, q.bound) == (surface, value, measure, bound)


# A count needs a countable noun: adjectives, verbs and words of nothing counted are none.
@pytest.mark.parametrize("text", ["Ne arrivano tre nuovi.", "E tre resteranno a casa.", "Sono 5."])
def test_no_count_without_a_countable_noun(text: str) -> None:
    assert tag_quantities(text, "it") == []
