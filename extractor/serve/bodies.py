"""Request bodies -> Articles and Records, with every way of failing an HTTP-mapped error.

The service takes what the CLI takes (plain text, an HTML page, the JSON article object) and
decodes it as the CLI decodes a file; only the transport (content type, charset, size) is new.
"""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import InputError, UnsupportedLanguageError
from ..ingest import Article, article_from_html, article_from_mapping, article_from_text
from ..ingest.encoding import decode_html
from ..ingest.loaders import MAX_CHARS, decode_text
from ..record import Record

__all__ = [
    "MAX_BODY_BYTES",
    "MAX_DIFF_BYTES",
    "ClientError",
    "DiffItem",
    "DiffRequest",
    "Payload",
    "article_from_body",
    "diff_request_from_body",
    "media_type",
    "source_article",
    "source_record",
]

# The library refuses articles over MAX_CHARS characters; UTF-8 needs at most 4 bytes for one,
# so a body past this cannot hold an acceptable article and is refused before it is read whole.
MAX_BODY_BYTES = 4 * MAX_CHARS
# A diff carries several articles or records (a record is its text plus its facts).
MAX_DIFF_BYTES = 4 * MAX_BODY_BYTES

_TEXT_TYPES = {"text/plain": "text", "text/html": "html", "application/xhtml+xml": "html"}
_JSON_TYPES = {"application/json"}
_ACCEPTED = "text/plain, text/html or application/json"


class ClientError(Exception):
    """A request the service refuses: an HTTP status and a one-line reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = " ".join(reason.split())


@dataclass(frozen=True, slots=True)
class Payload:
    """A request body as read: its bytes and its declared media type and charset."""

    raw: bytes
    content_type: str | None

    @property
    def kind(self) -> str:
        """'text', 'html' or 'json', or ClientError 415 for anything else."""
        mtype, _ = media_type(self.content_type)
        if mtype in _TEXT_TYPES:
            return _TEXT_TYPES[mtype]
        if mtype in _JSON_TYPES or (mtype.startswith("application/") and mtype.endswith("+json")):
            return "json"
        shown = f"{mtype!r}" if mtype else "none"
        raise ClientError(415, f"unsupported content type {shown} (send {_ACCEPTED})")

    def text(self) -> str:
        return self.decoded()[0]

    def decoded(self) -> tuple[str, str]:
        """The body as text and the codec it was read in: the charset the content type
        declares, else an HTML page's own declaration (as `extractor extract page.html` reads
        it), else UTF-8. Plain text and JSON that declare nothing must be UTF-8: the client
        says what it sends, and a body that is not what it says is refused, not guessed."""
        if not self.raw.strip():
            raise ClientError(400, "request body is empty")
        _, charset = media_type(self.content_type)
        if charset is None and self.kind == "html":
            try:
                page = decode_html(self.raw, "request body")
            except InputError as exc:
                raise ClientError(400, str(exc)) from None
            return page.text, page.encoding
        if charset is None or codecs.lookup(charset).name == "utf-8":
            text = decode_text(self.raw, "request body")
            return text, "utf-8-sig" if self.raw.startswith(codecs.BOM_UTF8) else "utf-8"
        try:
            return self.raw.decode(charset), codecs.lookup(charset).name
        except UnicodeDecodeError as exc:
            raise ClientError(400, f"request body: not {charset} text (byte {exc.start})") from None


def media_type(header: str | None) -> tuple[str, str | None]:
    """('text/plain', 'utf-8') from 'text/plain; charset=UTF-8'; a charset Python does not
    know is a 415, since the body cannot be read."""
    if not header:
        return "", None
    parts = header.split(";")
    mtype = parts[0].strip().lower()
    charset = None
    for param in parts[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower() or None
    if charset is not None:
        try:
            codecs.lookup(charset)
        except LookupError:
            raise ClientError(415, f"unsupported charset {charset!r}") from None
    return mtype, charset


def _check_length(text: str) -> None:
    # Checked here, not left to the library, for the status: too long is a 413, not a 400.
    if len(text) > MAX_CHARS:
        raise ClientError(413, f"article too long ({len(text)} characters, max {MAX_CHARS})")


def _json(text: str, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ClientError(
            400, f"{what}: malformed JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
        ) from None


def article_from_body(payload: Payload, *, lang: str | None, published: str | None) -> Article:
    """The Article a POST /extract body holds, as `extractor extract` would read it."""
    kind = payload.kind  # the content type first: a wrong one says nothing of the bytes
    text, encoding = payload.decoded()
    if kind == "json":
        data = _json(text, "request body")
        if isinstance(data, dict) and isinstance(data.get("text"), str):
            _check_length(data["text"])
        article = _library(
            article_from_mapping, data, lang=lang, published=published, what="request body"
        )
    elif kind == "html":
        article = _library(article_from_html, text, lang=lang, published=published)
    else:
        _check_length(text)
        article = _library(article_from_text, text, lang=lang, published=published)
    article.encoding = encoding
    return article


def _library(fn: Any, *args: Any, **kwargs: Any) -> Article:
    try:
        article: Article = fn(*args, **kwargs)
    except UnsupportedLanguageError as exc:
        # Understood but not processable: the text is in a language we have no data for.
        raise ClientError(422, str(exc)) from None
    except InputError as exc:
        raise ClientError(400, str(exc)) from None
    return article


class DiffItem(BaseModel):
    """One source of a diff: exactly one of text, html, article (the JSON article object the
    CLI reads) or record (a record as `extractor extract` prints it)."""

    model_config = ConfigDict(extra="forbid")

    label: str | None = Field(default=None, description="Its name in the diff (default: its id).")
    text: str | None = None
    html: str | None = None
    article: dict[str, Any] | None = None
    record: dict[str, Any] | None = None
    lang: str | None = Field(default=None, description="For text, html or article.")
    published: str | None = Field(default=None, description="For text, html or article.")


class DiffRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sources: list[DiffItem] = Field(min_length=2, description="Two or more sources.")


def diff_request_from_body(payload: Payload) -> DiffRequest:
    if payload.kind != "json":
        raise ClientError(415, "POST /diff takes application/json")
    data = _json(payload.text(), "request body")
    try:
        request = DiffRequest.model_validate(data)
    except ValidationError as exc:
        raise ClientError(400, f"request body: {_first_error(exc)}") from None
    for index, item in enumerate(request.sources):
        given = [k for k in ("text", "html", "article", "record") if getattr(item, k) is not None]
        if len(given) != 1:
            raise ClientError(
                400,
                f"sources[{index}]: give exactly one of text, html, article or record "
                f"(got {', '.join(given) or 'none'})",
            )
    return request


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"]) or "body"
    return f"{where}: {err['msg']}"


def source_article(item: DiffItem, index: int) -> Article:
    """The Article of a text, html or article source (not a record)."""
    what = f"sources[{index}]"
    try:
        if item.article is not None:
            if isinstance(item.article.get("text"), str):
                _check_length(item.article["text"])
            return _library(
                article_from_mapping,
                item.article,
                lang=item.lang,
                published=item.published,
                what=what,
            )
        if item.html is not None:
            return _library(article_from_html, item.html, lang=item.lang, published=item.published)
        assert item.text is not None  # checked by diff_request_from_body
        _check_length(item.text)
        return _library(
            article_from_text, item.text, lang=item.lang, published=item.published, path=None
        )
    except ClientError as exc:
        if exc.reason.startswith(what):
            raise
        raise ClientError(exc.status, f"{what}: {exc.reason}") from None


def source_record(item: DiffItem, index: int) -> Record:
    """A record source, checked as `extractor diff` checks a saved record file."""
    from pathlib import Path

    from ..compare.engine import check_offsets

    what = f"sources[{index}]"
    try:
        record = Record.model_validate(item.record)
    except ValidationError as exc:
        reason = f"{what}: not a valid extractor record ({_first_error(exc)})"
        raise ClientError(400, reason) from None
    try:
        check_offsets(record, Path(what))
    except InputError as exc:
        raise ClientError(400, str(exc)) from None
    return record
