"""What stands above a story: date lines, bylines and the dateline that opens it.

A scraped news page puts a few short lines above the story — its headline, a section label, a
line with the publication date and time ('Published May 16, 2016', '11:44 am on 1 March 2023',
'23.54 - giovedì 15 giugno 2023'), a byline ('By RICHARD TOMKINS, UPI White House
Correspondent') — and a wire story opens with a dateline ('WASHINGTON, Dec. 5 (UPI) --'). Their
dates set the publication date and are not facts of the story; their names are authors, an
agency and the place the story was filed from.

The headline and other lines stay text like any other: only date lines, bylines and the
dateline are metadata. Dates are read by the project's own temporal tagger, so a date line is
understood in every language the tagger knows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from .dateline import Dateline, find_dateline

__all__ = ["Preamble", "complete_partial", "date_from_url", "read_preamble"]

# The lines above a story are few and short; the story's first paragraph is long.
_MAX_LINES = 10
_MAX_CHARS = 1500
_MAX_DATE_LINE = 100
_STORY_WORDS = 16
# Words a date line may hold besides its date and time ('Published', 'Posted:', 'on', 'alle').
_MAX_OTHER_WORDS = 2
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
# A dateline opens one of the first paragraphs (after a headline and a standfirst at most).
_DATELINE_LINES = 4
# 'Alex Daniel21 August 2024': a byline glued to its date line by the page's layout.
_GLUED = re.compile(r"(?<=[^\W\d_])(?=\d{1,2}\s+[^\W\d_]{3,})")


@dataclass(slots=True)
class Preamble:
    published: dt.date | None = None
    # 'header' (a date line), 'dateline', 'url'; None when no date was found
    published_from: str | None = None
    # a dateline's day without its year ('XXXX-03-15'), when no year could be inferred
    partial: str | None = None
    metadata: list[tuple[int, int]] = field(default_factory=list)
    authors: list[tuple[int, int, str]] = field(default_factory=list)
    dateline: Dateline | None = None


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the non-empty lines at the top of the text."""
    pos = 0
    count = 0
    while pos < len(text) and pos < _MAX_CHARS and count < _MAX_LINES:
        end = min((i for i in (text.find("\n", pos), text.find("\r", pos)) if i >= 0),
                  default=len(text))  # fmt: skip
        if text[pos:end].strip():
            lead = len(text[pos:end]) - len(text[pos:end].lstrip())
            yield pos + lead, end
            count += 1
        pos = end + 1


def _is_story(line: str) -> bool:
    return len(line.split()) >= _STORY_WORDS


@cache
def _tag() -> object:
    from ..temporal import tag

    return tag


def _dates_in(line: str, lang: str) -> list[tuple[int, int, str | None]]:
    """(start, end, value) of the calendar expressions in a header line. Capitals are read as
    words ('15 MAR', '20 SET'): a header's abbreviations are no acronyms."""
    probe = line.lower() if line.upper() == line else line
    tag = _tag()
    found = tag(probe, lang)  # type: ignore[operator]
    return [(t.start, t.end, t.value) for t in found if t.kind in ("date", "time")]


def _day(value: str | None) -> dt.date | None:
    if value is None or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _date_line(line: str, lang: str) -> dt.date | None:
    """The day a date line states ('Posted: Jul 25, 2015 4:55 PM'), or None if the line says
    more than a date, a time and a label."""
    if len(line) > _MAX_DATE_LINE:
        return None
    line = _GLUED.sub(" ", line)
    dates = _dates_in(line, lang)
    day = next((d for d in (_day(v) for _, _, v in dates) if d is not None), None)
    if day is None:
        return None
    rest = list(line)
    for s, e, _ in dates:
        rest[s:e] = " " * (e - s)
    words = _WORDS.findall("".join(rest))
    return day if len(words) <= _MAX_OTHER_WORDS else None


def _byline(line: str, start: int) -> list[tuple[int, int, str]]:
    from .header import byline_names

    return byline_names(line, start)


def _dateline(text: str, start: int, lang: str) -> Dateline | None:
    from ..entities.gazetteer import get_gazetteer

    gaz = get_gazetteer()

    def is_place(name: str) -> bool:
        return gaz.lookup(name.title() if name.isupper() else name) is not None

    def is_date(phrase: str) -> bool:
        dates = _dates_in(phrase, lang)
        covered = sum(e - s for s, e, _ in dates)
        return covered >= 0.6 * len(phrase.strip())

    return find_dateline(text, start, is_place, is_date)


def _month_day(text: str, span: tuple[int, int], lang: str) -> tuple[int, int] | None:
    """Month and day of a dateline's date, whether or not it has a year ('15 MAR')."""
    from ..temporal import tag

    phrase = text[span[0] : span[1]]
    probe = phrase.lower() if phrase.upper() == phrase else phrase
    # an anchor only to read the month and day; the year is decided apart
    for t in tag(probe, lang, dt.date(2000, 7, 1)):
        day = _day(t.value)
        if day is not None:
            return day.month, day.day
    return None


def read_preamble(text: str, lang: str, *, skip_to: int = 0) -> Preamble:
    """Date lines, bylines and the dateline in the lines at the top of `text` (from `skip_to`,
    the end of a first-line byline header already read)."""
    pre = Preamble()
    story = False  # date lines and bylines stand above the story; a dateline opens a paragraph
    for n, (start, end) in enumerate(_lines(text)):
        if start < skip_to:
            continue
        line = text[start:end]
        dateline = _dateline(text, start, lang) if n < _DATELINE_LINES else None
        if dateline is not None:
            pre.dateline = dateline
            pre.metadata.append((dateline.start, dateline.end))
            break
        story = story or _is_story(line)
        if story:
            continue
        day = _date_line(line, lang)
        if day is not None:
            pre.metadata.append((start, end))
            if pre.published is None:
                pre.published, pre.published_from = day, "header"
            continue
        names = _byline(line, start)
        if names:
            pre.metadata.append((start, end))
            pre.authors.extend(names)
    _date_from_dateline(text, lang, pre)
    if pre.published is None:
        _date_from_today(text, lang, pre)
    return pre


# A wire photo's caption ends with its date and the agency's credit: 'Wimberly, Texas, United
# States May 24, 2015. REUTERS/Jay Janner', '... 12 marzo 2023. ANSA/ETTORE FERRARI'.
_PHOTO_CREDIT = re.compile(
    r"(?P<date>[^.\n]{6,40})\.\s+(?:REUTERS|AP Photo|AFP|ANSA|EPA|Getty Images|LaPresse)\s?/",
)


def date_from_caption(text: str, lang: str) -> dt.date | None:
    """The day of a wire photo's caption: the photograph was taken for the story, and a
    caption's date is the story's day when nothing else gives one."""
    for m in _PHOTO_CREDIT.finditer(text):
        found = [_day(v) for _, _, v in _dates_in(m["date"], lang)]
        days = [d for d in found if d is not None]
        if days:
            return days[-1]
    return None


# Where the story says which day today is: its first paragraphs.
_TODAY_SPAN = 800
_PROBE_DAY = dt.date(2000, 7, 1)


def _date_from_today(text: str, lang: str, pre: Preamble) -> None:
    """'Oggi, 20 marzo 2023, il ministro...', 'today (May 5, 2020)': a story that names the
    day it calls today gives its publication date. 'Today' is found as what the tagger
    resolves to a probe anchor, so every language's words for it count."""
    from ..temporal import tag

    start = max((e for _, e in pre.metadata), default=0)
    segment = text[start : start + _TODAY_SPAN]
    found = [t for t in tag(segment, lang, _PROBE_DAY) if t.kind == "date"]
    for a, b in zip(found, found[1:], strict=False):
        gap = segment[a.end : b.start]
        if a.value == _PROBE_DAY.isoformat() and len(gap) <= 3 and not gap.strip(" ,(-–—"):
            day = _day(b.value)
            if day is not None and not b.relative:
                pre.published, pre.published_from = day, "header"
                return


def _date_from_dateline(text: str, lang: str, pre: Preamble) -> None:
    """The dateline's day, with the year of the header's own date when the dateline has none;
    left partial ('XXXX-03-15') when nothing gives the year."""
    d = pre.dateline
    if d is None or d.date is None:
        return
    phrase = text[d.date[0] : d.date[1]]
    full = next((v for _, _, v in _dates_in(phrase, lang) if _day(v)), None)
    if full is not None and pre.published is None:
        pre.published, pre.published_from = _day(full), "dateline"
        return
    md = _month_day(text, d.date, lang)
    if md is None or pre.published is not None:
        return
    pre.partial = f"XXXX-{md[0]:02d}-{md[1]:02d}"


def complete_partial(pre: Preamble, year_month: tuple[int, int | None] | None) -> None:
    """Give a yearless dateline the year the source's address gives ('/2022/03/15/', or
    '/2021/09/' for the month): a dateline's day is the publication day."""
    if pre.published is not None or pre.partial is None or year_month is None:
        return
    year, month = year_month
    m, d = int(pre.partial[5:7]), int(pre.partial[8:10])
    if month is not None and month != m:
        return  # the address and the dateline disagree: keep the partial date
    try:
        pre.published = dt.date(year, m, d)
    except ValueError:
        return
    pre.published_from, pre.partial = "dateline", None


# '/2021/09/venice-...': a year and month without the day (htmldate wants all three).
_URL_YEAR_MONTH = re.compile(r"/((?:19|20)\d\d)[/_-](0[1-9]|1[0-2])(?:[/_-]|$)")
# '/20210301/': the compact form htmldate leaves aside
_URL_COMPACT = re.compile(r"/((?:19|20)\d\d)(0[1-9]|1[0-2])([0-3]\d)(?:/|$)")


def date_from_url(url: str | None) -> tuple[dt.date | None, tuple[int, int | None] | None]:
    """The publication day a source's address gives ('/2022/03/15/'), and its year and month
    when the day is not in it ('/2021/09/'); htmldate reads the full forms."""
    if not url:
        return None, None
    from htmldate.extractors import extract_url_date
    from htmldate.utils import Extractor

    options = Extractor(False, dt.datetime(2100, 1, 1), dt.datetime(1990, 1, 1), True, "%Y-%m-%d")
    found = extract_url_date(url, options)
    if found:
        day = _day(found)
        if day is not None:
            return day, (day.year, day.month)
    c = _URL_COMPACT.search(url)
    if c is not None:
        day = _day(f"{c[1]}-{c[2]}-{c[3]}")
        if day is not None:
            return day, (day.year, day.month)
    for w in _URL_YY_MONTH_DD.finditer(url.lower()):
        month = _url_month_names().get(w[2])
        if month is not None:
            try:
                day = dt.date(2000 + int(w[1]), month, int(w[3]))
            except ValueError:
                continue
            return day, (day.year, day.month)
    m = _URL_YEAR_MONTH.search(url)
    if m is not None:
        return None, (int(m[1]), int(m[2]))
    return None, None


# '/23_agosto_22/': a two-digit year, a month's name and a day, as some Italian papers write it
_URL_YY_MONTH_DD = re.compile(r"/(\d{2})_([a-z]+)_(\d{1,2})/")


@cache
def _url_month_names() -> dict[str, int]:
    """Full month names (CLDR's, through babel) of every supported language; abbreviations
    are too short to trust in an address."""
    from babel import Locale

    from ..lang import supported_languages

    names: dict[str, int] = {}
    for lang in supported_languages():
        for month, name in Locale(lang).months["format"]["wide"].items():
            names[name.lower()] = int(month)
    return names
