"""Shared helpers for the entity tests: the rules-only pipeline and mention lookup."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import extractor.entities.component  # noqa: F401  (registers the factory)
from extractor.entities.types import EntityMention
from extractor.lang import load_lang_module


@cache
def rules_nlp(lang: str) -> Language:
    """Tokenizer tweaks + sentencizer + extractor_entities, without statistical NER."""
    nlp = spacy.blank(lang)
    try:
        load_lang_module(lang, "tokenizer").customize_tokenizer(nlp)
    except ModuleNotFoundError:
        pass
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("extractor_entities")
    return nlp


def run(lang: str, text: str) -> Doc:
    doc = rules_nlp(lang)(text)
    mentions: list[EntityMention] = doc._.entities
    for m in mentions:
        assert doc.text[m.start : m.end] == m.text
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))
    return doc


def by_text(doc: Doc) -> dict[str, EntityMention]:
    return {m.text: m for m in doc._.entities}


def run_with_model_spans(lang: str, text: str, spans: list[tuple[str, str]]) -> Doc:
    """The rules on top of a stand-in for the statistical model: `spans` are (text, label)
    pairs, each the first occurrence of its text, set as doc.ents before the rules run."""
    nlp = rules_nlp(lang)
    doc = nlp.make_doc(text)
    ents = []
    for surface, label in spans:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        ents.append(span)
    doc.ents = ents
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
