"""English: what a name's head word and neighbours say of the model's span (entities.heads)."""

from __future__ import annotations

import pytest

from tests.entities_helpers import by_text, run_with_model_spans

# (text, the model's span and label, expected mention text and label; None = no entity)
CASES: list[tuple[str, tuple[str, str], tuple[str, str] | None]] = [
    ("The fossil sat in the Bruce Museum for decades.", ("Bruce Museum", "LOC"),
     ("Bruce Museum", "ORG")),
    ("He was taken to Telford Hospital on Friday.", ("Telford Hospital", "LOC"),
     ("Telford Hospital", "ORG")),
    ("Mantel won the Booker Prize again.", ("Booker Prize", "PER"), None),
    ("The film won the Golden Lion on Saturday.", ("Golden Lion", "ORG"), None),
    ("She wrote the novel Wolf Hall in 2009.", ("Wolf Hall", "LOC"), None),
    ("She won for her trilogy, Wolf Hall, in 2009.", ("Wolf Hall", "LOC"), None),
    ("It premiered Nomadland, the film that won.", ("Nomadland", "PER"), None),
    ("He met Sarah Jones, the film's producer.", ("Sarah Jones", "PER"), ("Sarah Jones", "PER")),
    ("The board hired a new Music Director last year.", ("Music Director", "ORG"), None),
    ("Wolf Hall is a village in Wiltshire.", ("Wolf Hall", "LOC"), ("Wolf Hall", "LOC")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "model", "expected"), CASES)
def test_en_head(text: str, model: tuple[str, str], expected: tuple[str, str] | None) -> None:
    found = by_text(run_with_model_spans("en", text, [model]))
    if expected is None:
        assert model[0] not in found, found
        return
    assert expected[0] in found, sorted(found)
    assert found[expected[0]].label == expected[1]


# A model's organisation that ran on into a person's role and name: the organisation, the role
# and the person apart; a role word that opens or closes a name is the name's.
ROLE_INSIDE: list[tuple[str, tuple[str, str], dict[str, str]]] = [
    ("The statement by African Union Commission Chairperson Dr Nkosazana Dlamini-Zuma came.",
     ("African Union Commission Chairperson Dr Nkosazana Dlamini-Zuma", "ORG"),
     {"African Union Commission": "ORG", "Nkosazana Dlamini-Zuma": "PER"}),
    ("Shares of General Motors rose.", ("General Motors", "ORG"), {"General Motors": "ORG"}),
    ("He spoke to Mr Sean Smith.", ("Mr Sean Smith", "PER"), {"Sean Smith": "PER"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "model", "expected"), ROLE_INSIDE)
def test_en_role_inside_a_name(text: str, model: tuple[str, str], expected: dict[str, str]) -> None:
    found = by_text(run_with_model_spans("en", text, [model]))
    assert {t: found[t].label for t in expected if t in found} == expected, sorted(found)
