"""Italian event lexicon: which event a date or duration in a sentence is about."""

from __future__ import annotations

import pytest

from extractor.events import find_slot

CASES = [
    (
        "Il 5 ottobre 2021 dal cosmodromo di Bajkonur è stato lanciato il vettore.",
        "5 ottobre 2021",
        "launch",
    ),
    ("La Soyuz è decollata ieri alle 10:55.", "ieri", "launch"),
    ("La capsula è atterrata il 17 ottobre nella steppa.", "17 ottobre", "landing"),
    ("L'equipaggio trascorrerà dodici giorni sulla stazione.", "dodici giorni", "stay"),
    ("30 ore di riprese spaziali per circa 35 minuti di film.", "30 ore", "filming"),
    ("La navicella si è agganciata alla stazione dopo tre ore.", "tre ore", "docking"),
    ("Il film uscirà nel 2022.", "2022", "release"),
    ("Il 5 ottobre era una bella giornata.", "5 ottobre", None),
    ("La partita è finita il 3 maggio.", "3 maggio", None),
]


@pytest.mark.parametrize(("sentence", "fact", "slot"), CASES)
def test_slot(sentence: str, fact: str, slot: str | None) -> None:
    start = sentence.index(fact)
    assert find_slot(sentence, start, start + len(fact), "it") == slot
