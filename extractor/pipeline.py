"""The default spaCy pipeline per language, cached.

    tokenizer -> sentencizer -> extractor_paragraphs -> ner (statistical, shipped)
              -> extractor_temporal -> extractor_quantities -> extractor_entities
              -> extractor_consistency -> extractor_reconcile -> extractor_events

Every extractor stage is a registered spaCy factory, so users can add them to their own `nlp`.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from spacy.language import Language

from . import extensions, sentences  # noqa: F401  (register Doc extensions, extractor_paragraphs)
from .errors import ModelError
from .lang import load_lang_module, supported_languages

__all__ = ["get_nlp", "STAGES"]

# (factory name, module that registers it)
STAGES: tuple[tuple[str, str], ...] = (
    ("extractor_temporal", "extractor.temporal.component"),
    ("extractor_quantities", "extractor.quantities.component"),
    ("extractor_entities", "extractor.entities.component"),
    ("extractor_consistency", "extractor.entities.consistency"),
    ("extractor_reconcile", "extractor.reconcile.component"),
    ("extractor_events", "extractor.events.component"),
)


def _load_base(lang: str, model: str | None) -> Language:
    from .ner import load_pipeline

    return load_pipeline(lang, model)


@lru_cache(maxsize=8)
def get_nlp(lang: str, model: str | None = None) -> Language:
    """The full extractor pipeline for `lang`, loaded once per (lang, model)."""
    if lang not in supported_languages():
        load_lang_module(lang, "__init__")  # raises UnsupportedLanguageError
    nlp = _load_base(lang, model)
    try:
        tok = load_lang_module(lang, "tokenizer")
    except ModuleNotFoundError:
        tok = None
    if tok is not None:
        tok.customize_tokenizer(nlp)
    if (
        not nlp.has_pipe("sentencizer")
        and not nlp.has_pipe("senter")
        and not nlp.has_pipe("parser")
    ):
        nlp.add_pipe("sentencizer", first=True)
        nlp.add_pipe("extractor_paragraphs", after="sentencizer")
    for factory, module in STAGES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:  # pragma: no cover - a broken install
            raise ModelError(f"pipeline stage {factory} is missing: {exc}") from exc
        nlp.add_pipe(factory)  # factories read the language from nlp.lang
    return nlp
