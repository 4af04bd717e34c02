"""English sports reports: teams named after places, scorers in result lines."""

from __future__ import annotations

import pytest

from tests.entities_helpers import by_text, run_with_model_spans

REPORT = " The match, the goal, the league and the coach."

# (text, the model's spans, expected mention text and label)
CASES: list[tuple[str, list[tuple[str, str]], tuple[str, str]]] = [
    ("Leeds beat Derby in York." + REPORT, [("Leeds", "LOC"), ("Derby", "LOC")],
     ("Leeds", "ORG")),
    ("Leeds beat Derby in York." + REPORT, [("York", "LOC")], ("York", "LOC")),
    ("It was a deserved victory over Derby." + REPORT, [("Derby", "LOC")], ("Derby", "ORG")),
    ("He sent Leeds striker Tom Curry off." + REPORT, [("Leeds", "LOC")], ("Leeds", "ORG")),
    # a national team keeps its country's reading (CoNLL-2003, OntoNotes)
    ("England beat Ireland in Dublin." + REPORT, [("England", "LOC")], ("England", "LOC")),
    ("He had spells at Portsmouth and Chelsea." + REPORT, [("Portsmouth", "LOC")],
     ("Portsmouth", "ORG")),
    ("He joined Ipswich Town in 1962." + REPORT, [("Ipswich", "LOC")], ("Ipswich Town", "ORG")),
    ("He made his name at Kingston side Harbour View." + REPORT, [("Kingston", "LOC")],
     ("Kingston", "LOC")),
    ("He made his name at Kingston side Harbour View." + REPORT,
     [("Kingston", "LOC"), ("Harbour View", "LOC")], ("Harbour View", "ORG")),
    ("He played for Greek side Aris Salonika and Portsmouth." + REPORT,
     [("Aris Salonika", "ORG"), ("Portsmouth", "LOC")], ("Portsmouth", "ORG")),
    ("He lived between Leeds and Portsmouth." + REPORT, [("Leeds", "LOC"), ("Portsmouth", "LOC")],
     ("Portsmouth", "LOC")),
    ("He was born in Mexico City." + REPORT, [("Mexico City", "LOC")], ("Mexico City", "LOC")),
]  # fmt: skip

NOT_TEAMS = [
    ("England beat the odds, the minister said.", [("England", "LOC")], ("England", "LOC")),
]


@pytest.mark.parametrize(("text", "model", "expected"), CASES + NOT_TEAMS)
def test_en_sports(text: str, model: list[tuple[str, str]], expected: tuple[str, str]) -> None:
    found = by_text(run_with_model_spans("en", text, model))
    assert expected[0] in found, sorted(found)
    assert found[expected[0]].label == expected[1]
