"""An article as it enters the pipeline: its text plus whatever metadata came with it."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from ..errors import InputError
from .dateline import Dateline

__all__ = ["Article", "parse_published", "text_id"]


@dataclass(slots=True)
class Article:
    """Text and metadata. Offsets in the record refer to `text`."""

    text: str
    id: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    published: dt.date | None = None
    # Byline/date header at the top of a plain-text article: facts inside it are metadata.
    header_end: int = 0
    byline: list[tuple[int, int, str]] = field(default_factory=list)
    # Date lines, bylines and the dateline above the story (offsets): metadata, not facts.
    metadata: list[tuple[int, int]] = field(default_factory=list)
    dateline: Dateline | None = None
    # Where `published` came from: 'input', 'header', 'dateline', 'url'; None if unknown.
    published_from: str | None = None
    # What is known of the publication date without its day: a yearless dateline day
    # ('XXXX-03-15') or the address's year and month ('2021-09').
    published_partial: str | None = None
    # The encoding the input's bytes were decoded from; None for text handed over as a string.
    encoding: str | None = None


def text_id(text: str) -> str:
    """A content-derived id for articles that come without one."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def parse_published(value: object) -> dt.date | None:
    """Accept a date, a datetime or an ISO string ('2021-10-06', '2021-10-06T11:00:00Z')."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
    raise InputError(f"published must be an ISO date such as 2021-10-06, got {value!r}")
