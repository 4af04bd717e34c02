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
