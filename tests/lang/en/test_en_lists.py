"""English: names in numbered lists ('(3) Dominic Nitiwul- Defence')."""

from __future__ import annotations

import pytest

from extractor.pipeline import get_nlp
from tests.entities_helpers import by_text, run


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Dominic Nitiwul- Defence", ["Dominic", "Nitiwul", "-", "Defence"]),
        (
            "Anne-Gaelle Sidot of Chester-le-Street",
            ["Anne-Gaelle", "Sidot", "of", "Chester-le-Street"],
        ),
    ],
)
def test_en_a_hyphen_closing_a_word_is_split(text: str, tokens: list[str]) -> None:
    assert [t.text for t in get_nlp("en").make_doc(text)] == tokens


def test_en_list_numbering_is_no_age() -> None:
    text = "The ministers:\n\n(1) Alan Kyeremanteng – Trade\n\n(2) Ken Ofori Atta – Finance\n"
    found = by_text(run("en", text))
    assert "Trade" not in found
    assert "Finance" not in found


def test_en_an_age_in_parentheses_still_is_one() -> None:
    found = by_text(run("en", "The suspect, Jan Kowalczyk (45), was arrested."))
    assert found["Jan Kowalczyk"].label == "PER"
