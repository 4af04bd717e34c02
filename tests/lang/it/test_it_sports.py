"""Italian sports reports: teams named after cities, scorers in result lines."""

from __future__ import annotations

import pytest

from tests.entities_helpers import by_text, run_with_model_spans

# A report names a few sports words; the cues below need one.
REPORT = " Gol, partita e classifica del campionato."

# (text, the model's spans, expected mention text and label)
CASES: list[tuple[str, list[tuple[str, str]], tuple[str, str]]] = [
    ("Il Napoli batte il Genoa." + REPORT, [("Napoli", "LOC")], ("Napoli", "ORG")),
    ("Il Napoli batte il Genoa." + REPORT, [("Genoa", "LOC")], ("Genoa", "ORG")),
    ("Pareggio della Roma a Torino." + REPORT, [("Roma", "LOC"), ("Torino", "LOC")],
     ("Roma", "ORG")),
    ("Pareggio della Roma a Torino." + REPORT, [("Roma", "LOC"), ("Torino", "LOC")],
     ("Torino", "LOC")),
    ("Genoa - Napoli 2-3\n" + REPORT, [("Napoli", "LOC")], ("Napoli", "ORG")),
    ("4' Taarabt (G), 14' e 30' Mertens (N)." + REPORT, [("Mertens", "LOC")],
     ("Mertens", "PER")),
    ("60' aut. Zukanovic (G)." + REPORT, [("Zukanovic", "LOC")], ("Zukanovic", "PER")),
]  # fmt: skip

# Without a sports report there is no team: a city with an article is still a city.
NOT_TEAMS = [
    ("La Roma del Novecento era diversa.", [("Roma", "LOC")], ("Roma", "LOC")),
]


@pytest.mark.parametrize(("text", "model", "expected"), CASES + NOT_TEAMS)
def test_it_sports(text: str, model: list[tuple[str, str]], expected: tuple[str, str]) -> None:
    found = by_text(run_with_model_spans("it", text, model))
    assert expected[0] in found, sorted(found)
    assert found[expected[0]].label == expected[1]
