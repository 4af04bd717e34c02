"""The library's entry points: extract, extract_file, extract_article."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import groupby
from pathlib import Path
from typing import Any

from .build import build_record
from .errors import ExtractorError
from .ingest import Article, article_from_text, load_article
from .pipeline import get_nlp
from .record import ErrorRecord, Record

__all__ = ["extract", "extract_file", "extract_article", "extract_articles"]


def _prepare(nlp: Any, article: Article) -> Any:
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    doc._.header_end = article.header_end
    doc._.byline = list(article.byline)
    doc._.metadata = list(article.metadata)
    doc._.dateline = article.dateline
    doc._.published_partial = article.published_partial
    return doc


def extract_article(article: Article, *, model: str | None = None) -> Record:
    """Run the (cached) pipeline of the article's language and build its record."""
    assert article.language is not None  # ingestion always sets it
    nlp = get_nlp(article.language, model)
    return build_record(nlp(_prepare(nlp, article)), article)


def _error(article: Article, exc: Exception) -> ErrorRecord:
    reason = str(exc) if isinstance(exc, ExtractorError) else f"{type(exc).__name__}: {exc}"
    return ErrorRecord(id=article.id, path=article.path, error=" ".join(reason.split()))


def extract_articles(
    articles: Iterable[Article], *, model: str | None = None, batch_size: int = 16
) -> Iterator[Record | ErrorRecord]:
    """Records for many articles, in input order, batched through `nlp.pipe`.

    An article that makes the pipeline fail becomes an ErrorRecord; the others go on.
    """
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _run_batch(batch, model)
            batch = []
    if batch:
        yield from _run_batch(batch, model)


def _run_batch(batch: list[Article], model: str | None) -> Iterator[Record | ErrorRecord]:
    results: dict[int, Record | ErrorRecord] = {}
    indexed = sorted(enumerate(batch), key=lambda item: str(item[1].language))
    for lang, group in groupby(indexed, key=lambda item: str(item[1].language)):
        members = list(group)
        try:
            nlp = get_nlp(lang, model)
            docs = nlp.pipe(_prepare(nlp, article) for _, article in members)
            for (index, article), doc in zip(members, docs, strict=True):
                results[index] = build_record(doc, article)
        except Exception:  # noqa: BLE001 - isolate the article that broke the batch
            for index, article in members:
                if index in results:
                    continue
                try:
                    results[index] = extract_article(article, model=model)
                except Exception as exc:  # noqa: BLE001 - one bad article must not stop a run
                    results[index] = _error(article, exc)
    for index in range(len(batch)):
        yield results[index]


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
    title, authors, encoding). model: a spaCy pipeline name or path to use instead of the shipped
    NER.
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
    article.encoding = meta.get("encoding")
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
