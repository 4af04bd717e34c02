"""Wire datelines: 'ROMA, 12 MAR - ', 'MILANO (ANSA) - ', 'LONDON (Reuters) -',
'BAIKONUR /Kazakhstan/, October 4. /TASS/.', 'WASHINGTON, March 3 (AP) —', 'Roma, 4 giugno
2025 -', '(ANSA) - GENOVA, 15 MAR -'.

A dateline opens a story's first paragraph (at the start of the text or after a headline and
other header lines). It says where the story was filed (a place), often when (a day, sometimes
without its year) and through whom (an agency). None of it is a fact of the story.

The shape is the same in every language that writes datelines, so it lives here; what is a
place is the gazetteer's to say (`is_place`), what is a date the temporal tagger's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Dateline", "find_dateline"]

# The agency in parentheses or between slashes: '(ANSA)', '(Reuters)', '/TASS/'.
_AGENCY = r"[A-Za-zÀ-ÿ][\w&.'’ -]{0,23}"
_CAPS_PLACE = r"[A-ZÀ-Ý][A-ZÀ-Ý'’.]+(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’.]+){0,3}"
_TITLE_PLACE = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:[ -](?:[A-ZÀ-Ý][a-zà-ÿ'’]+|d[ei]|del|la|sur|on|upon)){0,3}"
_DATE = r"[0-9A-Za-zÀ-ÿ][0-9A-Za-zÀ-ÿ. ]{1,28}?"
# After a date the separator is a dash or colon ('Dec. 5 (UPI) --'); the TASS style ends in the
# agency's own full stop ('October 4. /TASS/.'). Without a date a full stop may separate too
# ('SANREMO. La 74ª edizione').
_SEP_DATED = r"(?:--|[-–—:]|(?<=/\.)|(?<=/))"
_SEP_UNDATED = r"(?:--|[-–—:.])"


def _pattern(dated: bool) -> re.Pattern[str]:
    date = rf"(?:\s*,\s*(?P<date>{_DATE}))" if dated else ""
    sep = _SEP_DATED if dated else _SEP_UNDATED
    return re.compile(
        rf"""(?P<lead>\((?P<agency0>{_AGENCY})\)\s*[-–—]\s*)?
        (?P<place>{_CAPS_PLACE}|{_TITLE_PLACE})
        (?:\s*/(?P<region>[^/\n]{{2,30}})/)?
        (?:,\s*(?P<region2>[A-Z][a-z]+(?:\ [A-Z][a-z]+)?)(?=\s*[,(]))?
        {date}
        (?:\s*\((?P<agency1>{_AGENCY})\))?
        (?:\s*[.,]?\s*/(?P<agency2>[A-Z]{{2,10}})/\.?)?
        \s*{sep}\s+""",
        re.X,
    )


_DATELINES = (_pattern(dated=True), _pattern(dated=False))


@dataclass(frozen=True, slots=True)
class Dateline:
    start: int
    end: int  # where the story's own words begin
    place: tuple[int, int]  # offsets of the place as written ('GENOVA', 'Roma')
    date: tuple[int, int] | None  # offsets of the date as written ('15 MAR'), if any
    agency: tuple[int, int] | None  # offsets of the agency's name ('ANSA', 'Reuters')

    def quote(self, text: str, span: tuple[int, int] | None) -> str | None:
        return text[span[0] : span[1]] if span else None


def find_dateline(
    text: str,
    start: int,
    is_place: Callable[[str], bool],
    is_date: Callable[[str], bool],
) -> Dateline | None:
    """The dateline opening the paragraph at `start`, or None.

    A place in capitals with a separator is enough when the gazetteer knows it ('ROME: Andy
    Murray beat...'); a place written normally needs a date or an agency beside it, so that
    'Roma, la capitale...' is no dateline."""
    for rx in _DATELINES:
        m = rx.match(text, start)
        if m is not None:
            found = _accept(m, is_place, is_date)
            if found is not None:
                return found
    return None


def _accept(
    m: re.Match[str], is_place: Callable[[str], bool], is_date: Callable[[str], bool]
) -> Dateline | None:
    place = m.group("place")
    date = m.groupdict().get("date")
    if date is not None and not is_date(date):
        return None
    agency = next((g for g in ("agency0", "agency1", "agency2") if m.group(g)), None)
    caps = place.upper() == place
    if not (caps and is_place(place) or date is not None or agency is not None):
        return None
    if not caps and not is_place(place):
        return None
    return Dateline(
        start=m.start(),
        end=m.end(),
        place=m.span("place"),
        date=m.span("date") if date is not None else None,
        agency=m.span(agency) if agency else None,
    )
