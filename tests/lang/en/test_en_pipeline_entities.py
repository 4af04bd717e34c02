"""English places through the whole pipeline: the shipped model plus the rules on top."""

from __future__ import annotations

import pytest

from extractor import extract

CASES = [
    ("The crew flew to Baikonur on Monday.", "Baikonur", "Baikonur"),
    ("The rocket was launched from Baikonur early today.", "Baikonur", "Baikonur"),
    ("The delegation travelled from Moscow to Kazakhstan.", "Kazakhstan", "Kazakhstan"),
]


@pytest.mark.parametrize(("sentence", "surface", "name"), CASES)
def test_place(sentence: str, surface: str, name: str) -> None:
    record = extract(sentence, lang="en")
    places = {alias: p.name for p in record.places for alias in p.aliases}
    assert places.get(surface) == name
    assert not any(surface in p.aliases for p in [*record.people, *record.organizations])


ORGS = [
    ("The Russian space agency confirmed the date.", "Roscosmos"),
    ("NASA is excited to work with him, said Space X.", "NASA"),
]


@pytest.mark.parametrize(("sentence", "name"), ORGS)
def test_organisation_named_or_described(sentence: str, name: str) -> None:
    record = extract(sentence, lang="en")
    assert name in [o.name for o in record.organizations]


HYPHENATED = [
    ("Anne-Gaelle Sidot beat Patricia Djate-Taillard on Monday.", "Anne-Gaelle Sidot"),
    ("Anne-Gaelle Sidot beat Patricia Djate-Taillard on Monday.", "Patricia Djate-Taillard"),
]


@pytest.mark.parametrize(("sentence", "name"), HYPHENATED)
def test_hyphenated_name_is_one_person(sentence: str, name: str) -> None:
    assert name in {p.name for p in extract(sentence, lang="en").people}
