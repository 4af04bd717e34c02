"""Italian: what a name's head word and neighbours say of the model's span (entities.heads)."""

from __future__ import annotations

import pytest

from tests.entities_helpers import by_text, run_with_model_spans

# (text, the model's span and label, expected mention text and label; None = no entity)
CASES: list[tuple[str, tuple[str, str], tuple[str, str] | None]] = [
    ("Il Consiglio dei ministri si è riunito ieri.", ("Consiglio", "ORG"),
     ("Consiglio dei ministri", "ORG")),
    ("Lo ha deciso il Ministero del lavoro e delle politiche sociali.", ("Ministero", "ORG"),
     ("Ministero del lavoro e delle politiche sociali", "ORG")),
    ("La Procura della Repubblica di Roma indaga.", ("Procura della Repubblica", "ORG"),
     ("Procura della Repubblica di Roma", "ORG")),
    ("Il Consiglio, su proposta del presidente, approva.", ("Consiglio", "ORG"),
     ("Consiglio", "ORG")),
    ("Allagamenti in via Venezia e in piazza Dante.", ("Venezia", "LOC"),
     ("via Venezia", "LOC")),
    ("Si gioca allo stadio Bentegodi stasera.", ("Bentegodi", "PER"),
     ("stadio Bentegodi", "LOC")),
    ("Il reperto è al Museo Egizio di Torino.", ("Museo Egizio", "LOC"), ("Museo Egizio", "ORG")),
    ("Ha vinto il Premio Strega con il suo romanzo.", ("Premio Strega", "PER"), None),
    ("Domani esce il film Dune nelle sale.", ("Dune", "PER"), None),
    ("Parla il ministro Marina Calderone.", ("Marina Calderone", "PER"),
     ("Marina Calderone", "PER")),
    ("Indaga la Procura della Repubblica di Santa Maria Capua Vetere.",
     ("Procura della Repubblica", "ORG"),
     ("Procura della Repubblica di Santa Maria Capua Vetere", "ORG")),
    ("Il convegno voluto dal Comune di Bari per discutere del porto.", ("Comune di Bari", "ORG"),
     ("Comune di Bari", "ORG")),
    ("Lo finanzia la Regione Puglia con due milioni.", ("Regione Puglia", "LOC"),
     ("Regione Puglia", "ORG")),
    ("Primo al botteghino 'Dune', il film di Denis Villeneuve.", ("Dune", "LOC"), None),
    ("Per la Borsa l'indice Ftse Mib ha fatto +0,59%.", ("Ftse Mib", "ORG"), None),
    ("Il Nucleo Operativo di Lecce ha arrestato due uomini.", ("Nucleo Operativo", "ORG"),
     ("Nucleo Operativo di Lecce", "ORG")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "model", "expected"), CASES)
def test_it_head(text: str, model: tuple[str, str], expected: tuple[str, str] | None) -> None:
    found = by_text(run_with_model_spans("it", text, [model]))
    if expected is None:
        assert model[0] not in found, found
        return
    assert expected[0] in found, sorted(found)
    assert found[expected[0]].label == expected[1]


# The model leaves out the first of two given names; a common given name written next to the
# span is part of it, a place is not.
GIVEN_BEFORE: list[tuple[str, tuple[str, str], str]] = [
    ("Il ministro della ricerca Anna Maria Bernini ha parlato.", ("Maria Bernini", "PER"),
     "Anna Maria Bernini"),
    ("Arriva a Milano Daniele Oppi.", ("Daniele Oppi", "PER"), "Daniele Oppi"),
    # a place word after a given name is a surname where the head comes first
    ("C'erano Silvio Viale e altri.", ("Silvio Viale", "PER"), "Silvio Viale"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "model", "expected"), GIVEN_BEFORE)
def test_it_given_name_before(text: str, model: tuple[str, str], expected: str) -> None:
    found = by_text(run_with_model_spans("it", text, [model]))
    assert expected in found and found[expected].label == "PER", sorted(found)


HONORIFIC: list[tuple[str, tuple[str, str], str]] = [
    ("Ha parlato il dott. Mario Rossi.", ("dott. Mario Rossi", "PER"), "Mario Rossi"),
    ("Interviene il prof. Luca Bianchi.", ("prof. Luca Bianchi", "PER"), "Luca Bianchi"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "model", "expected"), HONORIFIC)
def test_it_honorific_is_no_part_of_the_name(
    text: str, model: tuple[str, str], expected: str
) -> None:
    found = by_text(run_with_model_spans("it", text, [model]))
    assert expected in found and found[expected].label == "PER", sorted(found)
