"""The library's entry points: extract, extract_file, extract_article."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .build import build_record
from .ingest import Article, article_from_text, load_article
from .pipeline import get_nlp
from .record import Record

__all__ = ["extract", "extract_file", "extract_article"]


def extract_article(article: Article, *, model: str | None = None) -> Record:
    """Run the (cached) pipeline of the article's language and build its record."""
    assert article.language is not None  # ingestion always sets it
    nlp = get_nlp(article.language, model)
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    doc._.header_end = article.header_end
    doc._.byline = list(article.byline)
    doc = nlp(doc)
    return build_record(doc, article)


def extract(
    text: str,
    *,
    lang: str | None = None,
    published: object = None,
    source: Mapping[str, Any] | None = None,
    model: str | None = None,
) -> Record:
    """Extract the facts of one article given as text.

    lang: 'it' or 'en'; None detects it. published: a date or ISO string against which relative
    expressions ('ieri', 'this week') are resolved; None takes it from a byline header if there is
    one, else relative expressions stay unresolved. source: optional metadata (id, path, url,
    title, authors). model: a spaCy pipeline name or path to use instead of the shipped NER.
    """
    meta = dict(source or {})
    article = article_from_text(
        text,
        lang=lang,
        published=published,
        id=meta.get("id"),
        path=meta.get("path"),
        url=meta.get("url"),
        title=meta.get("title"),
        authors=meta.get("authors"),
    )
    return extract_article(article, model=model)


def extract_file(
    path: str | Path,
    *,
    lang: str | None = None,
    published: object = None,
    model: str | None = None,
) -> Record:
    """Extract the facts of a .txt, .html or .json article file."""
    article = load_article(path, lang=lang, published=published)
    return extract_article(article, model=model)
