"""Turn inputs (plain text, HTML, JSON) into Articles.

Plain text keeps every character, so record offsets index the file as read. HTML goes
through trafilatura (main text, title, authors) and htmldate (publication date); offsets then
index the extracted text, which the record carries.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..lang import require_language
from .article import Article, parse_published, text_id
from .encoding import decode_bytes, decode_html
from .header import is_desk, parse_header
from .language import detect_language
from .preamble import Preamble, complete_partial, date_from_caption, date_from_url, read_preamble

__all__ = [
    "article_from_text",
    "article_from_html",
    "article_from_mapping",
    "decode_text",
    "load_article",
    "read_text_file",
]

# A guard against feeding a whole archive as one "article".
MAX_CHARS = 2_000_000


def _check_text(text: str, what: str) -> None:
    if not text.strip():
        raise InputError(f"{what}: empty article")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        # A lone surrogate (e.g. bytes decoded with 'surrogateescape') cannot be hashed for the
        # id nor written out as JSON: refuse it here rather than fail half-way.
        raise InputError(f"{what}: not valid Unicode (character {exc.start})") from None
    if len(text) > MAX_CHARS:
        raise InputError(f"{what}: article too long ({len(text)} characters, max {MAX_CHARS})")


def article_from_text(
    text: str,
    *,
    lang: str | None = None,
    published: object = None,
    id: str | None = None,
    path: str | None = None,
    url: str | None = None,
    title: str | None = None,
    authors: list[str] | None = None,
) -> Article:
    """An Article from plain text; a byline/date header on the first line becomes metadata."""
    what = path or id or "text"
    _check_text(text, what)
    # Checked before the header is parsed: dateparser raises a bare ValueError on 'xx'.
    language = require_language(lang) if lang else detect_language(text)
    header = parse_header(text, language)
    pre = read_preamble(text, language, skip_to=header.end)
    url_day, url_month = date_from_url(url)
    complete_partial(pre, url_month)
    pub, pub_from = _published(published, header.published, pre, url_day)
    if pub is None and pre.partial is None and url_month is None:
        pub = date_from_caption(text, language)
        pub_from = "caption" if pub is not None else None
    byline = list(header.authors) + [a for a in pre.authors if not is_desk(a[2])]
    names = [name for _, _, name in header.authors + pre.authors]
    return Article(
        text=text,
        id=id or (Path(path).stem if path else text_id(text)),
        path=path,
        url=url,
        title=title,
        authors=list(authors) if authors else names,
        language=language,
        published=pub,
        header_end=header.end,
        byline=byline,
        metadata=pre.metadata,
        dateline=pre.dateline,
        published_from=pub_from,
        published_partial=_partial(pre, url_month) if pub is None else None,
    )


def _partial(pre: Preamble, url_month: tuple[int, int | None] | None) -> str | None:
    """What is known of a publication date without its day: a dateline's day without its year
    ('XXXX-03-15'), else the year and month of the source's address ('2021-09', '2021')."""
    if pre.partial is not None:
        return pre.partial
    if url_month is None:
        return None
    year, month = url_month
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


def _published(
    given: object, header: dt.date | None, pre: Preamble, url_day: dt.date | None
) -> tuple[dt.date | None, str | None]:
    """The publication date and where it came from: given with the input, the first-line
    header, a date line or the dateline above the story, the source's address, in that order."""
    if given is not None:
        return parse_published(given), "input"
    if header is not None:
        return header, "header"
    if pre.published is not None:
        return pre.published, pre.published_from
    if url_day is not None:
        return url_day, "url"
    return None, None


def article_from_html(
    html: str,
    *,
    lang: str | None = None,
    published: object = None,
    path: str | None = None,
    url: str | None = None,
) -> Article:
    import trafilatura
    from htmldate import find_date

    what = path or url or "html"
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text:
        raise InputError(f"{what}: no article text found in the HTML")
    title = getattr(doc, "title", None)
    raw_author = getattr(doc, "author", None)
    authors = [a.strip() for a in raw_author.split(";") if a.strip()] if raw_author else None
    if published is None:
        published = find_date(html, original_date=True, outputformat="%Y-%m-%d")
    return article_from_text(
        text,
        lang=lang or getattr(doc, "language", None) or None,
        published=published,
        path=path,
        url=url or getattr(doc, "url", None),
        title=title,
        authors=authors,
    )


_MAPPING_KEYS = {"id", "text", "lang", "language", "published", "url", "title", "authors", "path"}


def article_from_mapping(
    data: dict[str, Any], *, lang: str | None = None, published: object = None, what: str = "json"
) -> Article:
    """An Article from a JSON object: `text` plus optional id, lang, published, url, title."""
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise InputError(f"{what}: expected a JSON object with a 'text' string")
    authors = data.get("authors")
    if isinstance(authors, str):
        authors = [authors]
    if authors is not None and not (
        isinstance(authors, list) and all(isinstance(a, str) for a in authors)
    ):
        raise InputError(f"{what}: 'authors' must be a string or a list of strings")
    for key in ("url", "title", "path"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise InputError(f"{what}: {key!r} must be a string")
    return article_from_text(
        data["text"],
        lang=lang or data.get("lang") or data.get("language"),
        published=published if published is not None else data.get("published"),
        id=str(data["id"]) if data.get("id") is not None else None,
        path=data.get("path"),
        url=data.get("url"),
        title=data.get("title"),
        authors=authors,
    )


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def read_text_file(path: Path) -> str:
    """A file's text, with every way of failing (missing, a folder, not text) an InputError."""
    return decode_bytes(_read_bytes(path), str(path)).text


def decode_text(raw: bytes, what: str) -> str:
    """Bytes declared to be UTF-8 (an HTTP body with charset=utf-8) as text, a BOM dropped.

    Strict: what says it is UTF-8 and is not is an error, not a guess. Files and standard input,
    which declare nothing, go through `encoding.decode_bytes` (detection) instead."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{what}: not UTF-8 text (byte {exc.start})") from None


def load_article(path: str | Path, *, lang: str | None = None, published: object = None) -> Article:
    """Read a .txt, .html/.htm or .json file as an Article, in whatever encoding it is in."""
    p = Path(path)
    raw = _read_bytes(p)
    suffix = p.suffix.lower()
    if suffix in {".html", ".htm", ".xhtml"}:
        page = decode_html(raw, str(p))
        article = article_from_html(page.text, lang=lang, published=published, path=str(p))
        article.encoding = page.encoding
        return article
    decoded = decode_bytes(raw, str(p))
    article = _load_text(decoded.text, p, lang=lang, published=published)
    article.encoding = decoded.encoding
    return article


def _load_text(content: str, p: Path, *, lang: str | None, published: object) -> Article:
    """A .json article object, else plain text."""
    if p.suffix.lower() == ".json":
        try:
            data = json.loads(content)
        except json.JSONDecodeError as exc:
            raise InputError(f"{p}: invalid JSON ({exc.msg} at line {exc.lineno})") from None
        article = article_from_mapping(data, lang=lang, published=published, what=str(p))
        if article.path is None:
            article.path = str(p)
        if not isinstance(data.get("id"), str | int):
            article.id = p.stem
        return article
    return article_from_text(content, lang=lang, published=published, path=str(p))
