"""Facts attached to their event and participants, with and without a dependency parse."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from extractor import extract
from extractor.entities.types import EntityMention
from extractor.events.component import EventAttacher
from extractor.reconcile.types import Cluster
from extractor.temporal.types import Timex


def test_record_facts_carry_event_and_participants() -> None:
    record = extract(
        "Il 5 ottobre 2021 il cosmonauta Anton Škaplerov è stato lanciato da Bajkonur. "
        "L'attrice Julia Peresil'd resterà dodici giorni sulla stazione.",
        lang="it",
    )
    [date] = record.dates
    assert date.event == "launch"
    assert date.participants == ["person:anton-shkaplerov"]
    [stay] = record.durations
    assert stay.event == "stay"
    assert stay.participants == ["person:yulia-peresild"]


def _parsed_doc() -> Doc:
    # "Shipenko said that the Soyuz was launched on Tuesday ." with a hand-made parse:
    # the date hangs from 'launched', 'Shipenko' from 'said'.
    nlp = spacy.blank("en")
    words = ["Shipenko", "said", "the", "Soyuz", "was", "launched", "on", "Tuesday", "."]
    heads = [1, 1, 3, 5, 5, 1, 5, 6, 1]
    deps = ["nsubj", "ROOT", "det", "nsubjpass", "auxpass", "ccomp", "prep", "pobj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    day = doc[7]
    doc._.timexes = [Timex(day.idx, day.idx + len(day.text), day.text, "date", "2021-10-05", "day")]
    doc._.quantities = []
    doc._.entities = [EntityMention(0, 8, "Shipenko", "PER")]
    doc._.clusters = [Cluster("person:klim-shipenko", "PER", "Klim Shipenko", [0])]
    return doc


def test_with_a_parse_the_event_is_the_facts_ancestor() -> None:
    doc = EventAttacher("en")(_parsed_doc())
    [(span, attached)] = doc._.fact_events.items()
    assert doc.text[span[0] : span[1]] == "Tuesday"
    assert attached.event == "launch"
    # Shipenko is the one who said it, not a participant of the launch.
    assert attached.participants == []
