"""Precision of the entity rules alone (no statistical NER) on hand-annotated news sentences.

Development splits only (never the test splits). The rules are meant to be precise, not
complete: what they add to a statistical model must rarely be wrong. Exact span and label
matching; annotation conventions that differ from ours (a city as a sports team's ORG,
'provincia di X' as one span) count as errors, so the floors are well below 1.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.evaluate.ner import iob_spans, read_iob
from tests.entities_helpers import rules_nlp

from .conftest import SHARED

NER_DATA = SHARED / "data" / "ner"
SENTENCES = 1000
CHUNK = 20  # sentences per pseudo-document, so document-level cues have some context


def _precision(lang: str, path: Path) -> dict[str, float]:
    sentences = []
    for words, tags in read_iob(path):
        sentences.append((words, tags))
        if len(sentences) >= SENTENCES:
            break
    nlp = rules_nlp(lang)
    tp = {"PER": 0, "LOC": 0, "ORG": 0}
    n = {"PER": 0, "LOC": 0, "ORG": 0}
    for k in range(0, len(sentences), CHUNK):
        text = ""
        gold: set[tuple[int, int, str]] = set()
        for words, tags in sentences[k : k + CHUNK]:
            offsets = []
            for w in words:
                offsets.append((len(text), len(text) + len(w)))
                text += w + " "
            text = text[:-1] + "\n"
            for s, e, label in iob_spans(tags, keep=("PER", "LOC", "ORG")):
                gold.add((offsets[s][0], offsets[e - 1][1], label))
        for m in nlp(text)._.entities:
            n[m.label] += 1
            tp[m.label] += (m.start, m.end, m.label) in gold
    return {label: tp[label] / n[label] for label in n if n[label]}


@pytest.mark.shared
@pytest.mark.skipif(not NER_DATA.exists(), reason="../shared/data/ner is not available")
@pytest.mark.parametrize(
    ("lang", "file", "floors"),
    [
        ("it", "kind-wikinews-dev.tsv", {"PER": 0.85, "LOC": 0.7}),
        ("en", "conll2003-dev.conllu", {"PER": 0.9, "LOC": 0.65}),
    ],
)
def test_rules_alone_are_precise(lang: str, file: str, floors: dict[str, float]) -> None:
    precision = _precision(lang, NER_DATA / lang / file)
    for label, floor in floors.items():
        assert precision[label] >= floor, precision
