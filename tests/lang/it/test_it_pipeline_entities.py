"""Italian places through the whole pipeline: the shipped model plus the rules on top."""

from __future__ import annotations

import pytest

from extractor import extract

CASES = [
    ("La Soyuz è partita da Bajkonur all'alba.", "Bajkonur", "Baikonur"),
    ("L'equipaggio è rientrato a Mosca ieri sera.", "Mosca", "Moscow"),
    ("La capsula è atterrata in Kazakistan.", "Kazakistan", "Kazakhstan"),
]


@pytest.mark.parametrize(("sentence", "surface", "name"), CASES)
def test_place(sentence: str, surface: str, name: str) -> None:
    record = extract(sentence, lang="it")
    places = {alias: p.name for p in record.places for alias in p.aliases}
    assert places.get(surface) == name
    assert not any(surface in p.aliases for p in [*record.people, *record.organizations])


ORGS = [
    ("Roscosmos, l'agenzia spaziale russa, ha annunciato il lancio.", "Roscosmos"),
    ("L'agenzia spaziale russa ha confermato la data.", "Roscosmos"),
    ("Anche Space X ha commentato.", "SpaceX"),
]


@pytest.mark.parametrize(("sentence", "name"), ORGS)
def test_organisation_named_or_described(sentence: str, name: str) -> None:
    record = extract(sentence, lang="it")
    assert [o.name for o in record.organizations] == [name]
