"""spaCy factory `extractor_temporal`: tags the raw text, independent of other pipeline stages."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc extensions)
from ..extensions import doc_text
from .tagger import tag

__all__ = ["TemporalTagger"]


class TemporalTagger:
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        partial = doc._.published_partial or ""
        year_hint = int(partial[:4]) if partial[:4].isdigit() else None
        doc._.timexes = tag(doc_text(doc), self.lang, doc._.published, year_hint=year_hint)
        return doc


@Language.factory("extractor_temporal")
def make_temporal(nlp: Language, name: str) -> TemporalTagger:
    return TemporalTagger(str(nlp.lang))
