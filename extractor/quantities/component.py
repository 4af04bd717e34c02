"""The `extractor_quantities` spaCy component: writes doc._.quantities."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc extensions)
from ..extensions import doc_text
from .tagger import tag_quantities

__all__ = ["QuantityTagger"]


class QuantityTagger:
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        # Dates, durations and ages belong to the temporal tagger; when it ran, skip its spans.
        taken = [(t.start, t.end) for t in (doc._.timexes or [])]
        doc._.quantities = tag_quantities(doc_text(doc), self.lang, taken)
        return doc


@Language.factory("extractor_quantities")
def make_quantities(nlp: Language, name: str) -> QuantityTagger:
    return QuantityTagger(str(nlp.lang))
