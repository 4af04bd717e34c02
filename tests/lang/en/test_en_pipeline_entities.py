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


# A day or month name that ends a name the model found is part of the name, not a date; said
# alone after a name it is still a date.
NAME_OR_DATE = [
    ("Swan joined Sheffield Wednesday in 1953.", "Wednesday", False),
    ("The president said Wednesday that the talks would go on.", "Wednesday", True),
]


@pytest.mark.parametrize(("sentence", "word", "is_date"), NAME_OR_DATE)
def test_day_name_inside_a_name(sentence: str, word: str, is_date: bool) -> None:
    record = extract(sentence, lang="en", published="2020-01-10")
    assert (word in [d.text for d in record.dates]) is is_date
