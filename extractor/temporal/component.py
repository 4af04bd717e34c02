"""spaCy factory `extractor_temporal`: tags the raw text, independent of other pipeline stages."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc extensions)
from ..extensions import doc_text
from .tagger import tag
from .types import Timex

__all__ = ["TemporalTagger"]


class TemporalTagger:
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        partial = doc._.published_partial or ""
        year_hint = int(partial[:4]) if partial[:4].isdigit() else None
        timexes = tag(doc_text(doc), self.lang, doc._.published, year_hint=year_hint)
        doc._.timexes = [t for t in timexes if not _inside_a_name(doc, t)]
        return doc


def _inside_a_name(doc: Doc, timex: Timex) -> bool:
    """A lone day or month name that the statistical model read as the end of a longer name
    is part of that name, not a date: 'Sheffield Wednesday', 'Radio Maria', the surname in
    'Ignazio Maggio'. The tagger reads the raw text and cannot see names; the model has seen
    the words around them."""
    if any(c.isdigit() for c in timex.text) or " " in timex.text.strip():
        return False
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    return any(e.start < span.start < e.end for e in doc.ents)


@Language.factory("extractor_temporal")
def make_temporal(nlp: Language, name: str) -> TemporalTagger:
    return TemporalTagger(str(nlp.lang))
