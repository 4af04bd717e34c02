"""Italian text in every encoding archives use comes out with its accents right."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.ingest import load_article
from tests.encoding_helpers import ENCODINGS, check_round_trip, encode, expected_name

# Short lines are the hard case for detection: a few accented letters and nothing else.
SAMPLES = [
    "Perché no?",
    "Città più belle d'Italia: così è, se vi pare.",
    "Il governo è caduto lunedì: «È finita», ha detto il premier.",
    "L’attrice è arrivata a Roma – così dicono – per girare un film.",
    "Costerà 12 € al mese: un’offerta “imperdibile”, secondo l’azienda.",
    "Ieri a Forlì il sindaco ha inaugurato la nuova piazza, già affollata di gente.",
    "PERCHÉ L'ÀNCORA È QUI? Perché sì.",
]


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("text", SAMPLES)
def test_italian_round_trip(text: str, encoding: str) -> None:
    check_round_trip(text, encoding)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16"])
def test_italian_file_keeps_its_accents(tmp_path: Path, encoding: str) -> None:
    text = (
        "Ieri a Forlì il sindaco è stato rieletto con il 60 per cento dei voti. "
        "La città, dicono, è più unita di prima."
    )
    path = tmp_path / "articolo.txt"
    raw = encode(text, encoding)
    path.write_bytes(raw)
    article = load_article(path)
    assert article.text == text
    assert article.language == "it"
    assert article.encoding == expected_name(raw, encoding)
