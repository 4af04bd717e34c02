"""Byline/date headers at the top of plain-text articles.

Scraped articles often start with a line such as
``date 2021-10-06 By Ana Carolina Barsallo 10/06/2021 – 11:00 AM`` or
``Di Mario Rossi | 5 ottobre 2021``. Its date is the publication date and its names are the
authors; neither is a fact of the story. dateparser handles the date formats (it knows month
names in both languages); the regexes only find where the header is and where names stop.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import dateparser

__all__ = ["Header", "byline_names", "is_desk", "parse_header"]

# A header is short; a first line longer than this is already the story.
_MAX_HEADER_CHARS = 240

_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?\b")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_TEXT_DATE = re.compile(
    r"\b\d{1,2}\s+[A-Za-zÀ-ÿ]{3,10}\.?\s+\d{4}\b|\b[A-Za-z]{3,10}\.?\s+\d{1,2},?\s+\d{4}\b"
)
_LABEL = re.compile(
    r"^\s*(?:date|published|updated|pubblicato(?:\s+il)?|aggiornato(?:\s+il)?|data)\s*[:\-]?\s*",
    re.IGNORECASE,
)
_BY = re.compile(r"(?:^|\s)(?:by|di|written by|a cura di|testo di)\s*:?\s+(?=[A-ZÀ-Ý])", re.I)
# A name word: capitalised, may carry accents, hyphens or an inner apostrophe (O'Brien).
_NAME_WORD = r"[A-ZÀ-Ý](?:['’][A-ZÀ-Ý])?[a-zà-ÿ]+(?:[-'’][A-ZÀ-Ýa-zà-ÿ]+)*"
_PARTICLE = r"(?:de|da|di|del|della|van|von|der|la|le|dos|das)"
_NAME = re.compile(rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,4}}")
# Bylines in capitals ('By RICHARD TOMKINS'): two or more words, so an agency ('UPI') is none.
_CAPS_NAME = re.compile(
    r"[A-ZÀ-Ý]{2,}(?:[-'’][A-ZÀ-Ý]+)*(?:\s+[A-ZÀ-Ý]{2,}(?:[-'’][A-ZÀ-Ý]+)*){1,3}\b"
)
_DESKS = frozenset({"redazione", "staff", "newsroom", "desk", "agenzia", "editorial", "team"})
_NAME_SEP = re.compile(r"\s*(?:,|\band\b|\be\b|&)\s*")


@dataclass(slots=True)
class Header:
    end: int = 0
    published: dt.date | None = None
    authors: list[tuple[int, int, str]] = field(default_factory=list)


def _first_line(text: str) -> tuple[int, int]:
    start = len(text) - len(text.lstrip())
    # A bare "\r" ends a line too (old Mac line endings); "\r\n" ends it at the "\r".
    breaks = [i for i in (text.find("\n", start), text.find("\r", start)) if i >= 0]
    return start, min(breaks, default=len(text))


def _find_date(line: str, lang: str | None) -> dt.date | None:
    if m := _ISO_DATE.search(line):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    for rx in (_NUMERIC_DATE, _TEXT_DATE):
        if m := rx.search(line):
            order = "MDY" if lang == "en" else "DMY"
            settings = {"DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first"}
            languages = [lang] if lang else None
            found = dateparser.parse(m[0], languages=languages, settings=settings)
            if found is not None:
                return found.date()
    return None


# What may stand before "By"/"Di" in a byline: nothing, a label, a date or time, a separator.
_BEFORE_BY = re.compile(
    r"(?:^|[|–—·•,:;-]|\d|\b(?:AM|PM|am|pm)|^\s*(?:date|published|updated|pubblicato|"
    r"aggiornato|data)(?:\s+il)?)\s*$",
    re.IGNORECASE,
)


def _authors(line: str, offset: int) -> list[tuple[int, int, str]]:
    # "di"/"by" are everyday words ("il cosmodromo di Bajkonur"): only a byline position counts.
    by = next((m for m in _BY.finditer(line) if _BEFORE_BY.search(line[: m.start()])), None)
    if by is None:
        return []
    found: list[tuple[int, int, str]] = []
    pos = by.end()
    while True:
        m = _NAME.match(line, pos) or _CAPS_NAME.match(line, pos)
        if m is None:
            break
        found.append((offset + m.start(), offset + m.end(), m[0]))
        sep = _NAME_SEP.match(line, m.end())
        if sep is None or sep.end() == m.end():
            break
        pos = sep.end()
    return found


def byline_names(line: str, offset: int) -> list[tuple[int, int, str]]:
    """The names after 'By'/'Di' in a byline line ('By RICHARD TOMKINS, UPI...'), with their
    offsets (`offset` is the line's start in the text)."""
    return _authors(line, offset)


def is_desk(name: str) -> bool:
    """'Redazione Spettacoli', 'Staff Reporter': a byline's desk, an author but no person."""
    return name.split()[0].casefold() in _DESKS


def parse_header(text: str, lang: str | None = None) -> Header:
    """Find a byline/date header on the first line of `text`; an empty Header when there is none."""
    start, end = _first_line(text)
    line = text[start:end]
    if not line or len(line) > _MAX_HEADER_CHARS:
        return Header()
    labelled = _LABEL.match(line) is not None
    authors = _authors(line, start)
    published = _find_date(line, lang)
    # A story's first sentence may hold a date too ("Il 5 ottobre 2021 dal cosmodromo..."):
    # only a labelled date line or a byline counts as a header.
    if not labelled and not authors:
        return Header()
    if published is None and not authors:
        return Header()
    return Header(end=end, published=published, authors=authors)
