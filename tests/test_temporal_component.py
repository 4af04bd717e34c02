"""The spaCy factory `extractor_temporal` tags doc.text with the doc's publication date."""

from __future__ import annotations

import datetime as dt

import spacy

import extractor.temporal.component  # noqa: F401  (registers the factory)


def test_component_sets_timexes_from_published() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("extractor_temporal")
    doc = nlp.make_doc("The crew left today for 12 days.")
    doc._.published = dt.date(2021, 10, 6)
    doc = nlp(doc)
    assert [(t.text, t.kind, t.value) for t in doc._.timexes] == [
        ("today", "date", "2021-10-06"),
        ("12 days", "duration", "P12D"),
    ]


def test_component_without_published_leaves_relative_values_empty() -> None:
    nlp = spacy.blank("it")
    nlp.add_pipe("extractor_temporal")
    doc = nlp("Partito ieri, il 5 ottobre 2021.")
    assert [(t.text, t.value, t.relative) for t in doc._.timexes] == [
        ("ieri", None, True),
        ("5 ottobre 2021", "2021-10-05", False),
    ]
