"""Sentence boundaries that respect paragraphs.

spaCy's rule-based sentencizer splits on punctuation only. News text scraped to plain text
often ends a paragraph, a caption or an embedded tweet without a full stop ("... May 5, 2020"
then a blank line), so a line break must end a sentence too.
"""

from __future__ import annotations

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .extensions import doc_text

__all__ = ["paragraph_breaks", "sentence_bounds"]


def _breaks_line(space: str) -> bool:
    return "\n" in space or "\r" in space  # a bare "\r": old Mac line endings


@Language.component("extractor_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break; whitespace never starts a sentence."""
    pending = False  # a boundary waiting for the next non-space token
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and _breaks_line(previous.text)):
            pending = True
        if token.is_space:
            pending = pending or bool(token.is_sent_start)
            token.is_sent_start = False
            continue
        if pending:
            token.is_sent_start = True
            pending = False
    return doc


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences, trailing whitespace excluded.

    Computed from token arrays: iterating `doc.sents` on a parser-less Doc walks the tokens
    once per sentence, which costs more than everything else the record builder does.
    """
    if len(doc) == 0:
        return []
    arrays = doc.to_array([SENT_START, IDX])
    starts = [int(i) for flag, i in arrays if flag == 1]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    text = doc_text(doc)
    bounds = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        while end > start and text[end - 1].isspace():
            end -= 1
        bounds.append((start, end))
    return bounds
