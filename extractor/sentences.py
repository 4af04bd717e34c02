"""Sentence boundaries that respect paragraphs.

spaCy's rule-based sentencizer splits on punctuation only. News text scraped to plain text
often ends a paragraph, a caption or an embedded tweet without a full stop ("... May 5, 2020"
then a blank line), so a line break must end a sentence too.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["paragraph_breaks"]


@Language.component("extractor_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break; whitespace never starts a sentence."""
    pending = False  # a boundary waiting for the next non-space token
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            pending = True
        if token.is_space:
            pending = pending or bool(token.is_sent_start)
            token.is_sent_start = False
            continue
        if pending:
            token.is_sent_start = True
            pending = False
    return doc
