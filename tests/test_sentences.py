"""Line breaks end sentences; whitespace never starts one."""

from __future__ import annotations

import pytest
import spacy

import extractor.sentences  # noqa: F401  (registers the component)


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("extractor_paragraphs")
    return nlp


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "A tweet May 5, 2020\n\nThe team will spend 12 days.",
            ["A tweet May 5, 2020", "The team will spend 12 days."],
        ),
        ("One. Two.\nThree", ["One.", "Two.", "Three"]),
        ("Caption without stop\nBody text here.", ["Caption without stop", "Body text here."]),
        ("No break here. Just two.", ["No break here.", "Just two."]),
        ("Spaces  inside one sentence.", ["Spaces  inside one sentence."]),
        ("Caption without stop\r\nBody text.", ["Caption without stop", "Body text."]),
        ("Caption without stop\rBody text.", ["Caption without stop", "Body text."]),
    ],
)
def test_sentences(nlp: spacy.Language, text: str, sentences: list[str]) -> None:
    assert [s.text.strip() for s in nlp(text).sents] == sentences


@pytest.mark.parametrize(
    "text",
    [
        "A tweet May 5, 2020\n\nThe team will spend 12 days.  Yes. ",
        "One.",
        "No stop at all",
        "Caption\nBody. More body!\n\n",
    ],
)
def test_sentence_bounds_match_spacy_sentences(nlp: spacy.Language, text: str) -> None:
    from extractor.sentences import sentence_bounds

    doc = nlp(text)
    expected = [(s.start_char, s.start_char + len(s.text.rstrip())) for s in doc.sents]
    assert sentence_bounds(doc) == expected
