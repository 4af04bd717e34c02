"""Clock times as instants: the zone of every time a source states, written or implied.

A time's zone is, in order: the offset in its value ("04:35+00:00"); a zone written next to it
("11:24 ora italiana", "07:35 Moscow time", "5:24 a.m. ET", "0117GMT"); the time written beside
it in another zone ("11:30 local time (09:30 GMT)", "4:17 a.m. ... or 8:17 p.m. Sunday EST"),
which is the same instant; the one zone the source writes for its other times; and last the
zone of the country the source's places are in ("local time"). A time with no day still has a
clock and a zone, so it is compared with the others as an instant of the day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo

import pytz  # country -> zones table (a dateparser dependency)

from ..lang import load_lang_module
from ..record import DateFact, Record

__all__ = ["Clock", "clocks"]

_VALUE = re.compile(r"(?:(\d{4}-\d{2}-\d{2}))?T(\d{2}):(\d{2})(?::\d{2})?(Z|[+-]\d{2}:?\d{2})?")
# Zones as abbreviations, the same in every language.
_ABBREVIATIONS = {
    "gmt": "UTC", "utc": "UTC", "z": "UTC", "et": "America/New_York",
    "est": "America/New_York", "edt": "America/New_York", "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "cet": "Europe/Paris",
    "cest": "Europe/Paris", "bst": "Europe/London", "msk": "Europe/Moscow",
}  # fmt: skip
_GLUED_GMT = re.compile(r"^\W{0,3}\(?\s*(\d{2})[:.]?(\d{2})\s*(GMT|UTC|Z)\b", re.IGNORECASE)
_REACH = 28  # characters after a time in which its zone is written
_REACH_BEFORE = 24


@dataclass(frozen=True, slots=True)
class Clock:
    day: str | None  # ISO day, when the text gives one
    minutes: int  # minutes after midnight, as written
    offset: int | None  # minutes east of UTC; None when no zone is known
    zone: str | None  # what the zone came from ('+03:00', 'Europe/Rome')

    def value(self) -> str:
        hh, mm = divmod(self.minutes, 60)
        zone = ""
        if self.offset is not None:
            sign = "+" if self.offset >= 0 else "-"
            oh, om = divmod(abs(self.offset), 60)
            zone = f"{sign}{oh:02d}:{om:02d}"
        return f"{self.day or ''}T{hh:02d}:{mm:02d}{zone}"

    def utc_minutes(self) -> int | None:
        return None if self.offset is None else self.minutes - self.offset


@cache
def _zone_words(lang: str) -> tuple[tuple[str, str], ...]:
    words = dict(getattr(load_lang_module(lang, "temporal"), "ZONE_PHRASES", {}))
    words.update(load_lang_module(lang, "zones").ZONE_WORDS)
    words.update(_ABBREVIATIONS)
    return tuple(sorted(words.items(), key=lambda kv: -len(kv[0])))


def _offset(zone: str, day: dt.date) -> int:
    if zone[0] in "+-":
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        return sign * (int(digits[:2]) * 60 + int(digits[2:4] or 0))
    if zone in {"Z", "UTC"}:
        return 0
    moment = dt.datetime.combine(day, dt.time(12), ZoneInfo(zone))
    delta = moment.utcoffset() or dt.timedelta()
    return int(delta.total_seconds() // 60)


def _written_zone(text: str, start: int, end: int, lang: str) -> str | None:
    """A zone written in or right after the time (or just before it: "in Italia erano le
    2:17")."""
    after = text[start : end + _REACH].lower()
    digits = re.search(r"\d[\d:.]*", after)
    if digits is not None:
        after = " " * digits.end() + after[digits.end() :]  # the clock's own digits
    before = text[max(0, start - _REACH_BEFORE) : start].lower()
    for phrase, zone in _zone_words(lang):
        pattern = rf"(?<![\w]){re.escape(phrase)}(?![\w])"
        m = re.search(pattern, after)
        between = re.sub(r"\b[ap]\.\s?m\.", "", after[: m.start()]) if m else ""
        if m and not re.search(r"\d", between) and not re.search(r"[.;]\s", between):
            return zone
        if zone != "local" and phrase.startswith("in ") and re.search(pattern, before):
            return zone
    return None


def _country_zone(record: Record) -> str | None:
    """The zone of the country most of the source's places are in, when it has one zone."""
    counts: Counter[str] = Counter()
    for place in record.places:
        if place.country_code:
            counts[place.country_code.upper()] += len(place.mentions)
    for code, _ in counts.most_common(1):
        zones = pytz.country_timezones.get(code, [])
        if len(zones) == 1:
            return str(zones[0])
    return None


def _clock_of(fact: DateFact, record: Record) -> tuple[str | None, int] | None:
    """(day, minutes) of a time fact; a time whose day is unknown still has its clock."""
    m = _VALUE.search(fact.value or "")
    if m is None:
        from ..temporal import tag  # the tagger again, anchored anywhere: the clock is the same

        anchor = dt.date(2000, 1, 3)
        for t in tag(fact.text, record.source.language, anchor):
            if t.value and (m := _VALUE.search(t.value)):
                return None, int(m[2]) * 60 + int(m[3])
        return None
    return m[1], int(m[2]) * 60 + int(m[3])


def _day(record: Record, day: str | None, story_day: dt.date | None) -> dt.date:
    for candidate in (day, record.source.published):
        if candidate:
            try:
                return dt.date.fromisoformat(candidate[:10])
            except ValueError:
                pass
    return story_day or dt.date(2000, 1, 15)


def _raw(record: Record, fact: DateFact) -> tuple[str | None, int, str | None] | None:
    clock = _clock_of(fact, record)
    if clock is None:
        return None
    m = _VALUE.search(fact.value or "")
    explicit = m[4] if m and m[4] else None
    zone = explicit or _written_zone(record.text, fact.start, fact.end, record.source.language)
    if zone is None:
        glued = _GLUED_GMT.match(record.text[fact.end : fact.end + 16])
        if glued:
            # "4.17 a.m. (0117GMT)": the instant is the one in GMT.
            zone = f"={int(glued[1]) * 60 + int(glued[2])}"
    return clock[0], clock[1], zone


def clocks(record: Record, story_day: dt.date | None = None) -> dict[int, Clock]:
    """{index in record.dates: Clock} for every clock time of the record."""
    raw: dict[int, tuple[str | None, int, str | None]] = {}
    for n, fact in enumerate(record.dates):
        if fact.granularity == "time":
            got = _raw(record, fact)
            if got is not None:
                raw[n] = got
    out: dict[int, Clock] = {}
    for n, (day_text, minutes, zone) in raw.items():
        if zone is not None and zone.startswith("="):
            utc = int(zone[1:])
            offset = (minutes - utc + 720) % 1440 - 720
            out[n] = Clock(day_text, minutes, offset, "paired")
        elif zone is not None and zone != "local":
            out[n] = Clock(
                day_text, minutes, _offset(zone, _day(record, day_text, story_day)), zone
            )
    _pair_apposed(record, raw, out)
    _default_zones(record, raw, out, story_day)
    return out


def _pair_apposed(
    record: Record, raw: dict[int, tuple[str | None, int, str | None]], out: dict[int, Clock]
) -> None:
    """'11:30 local time (09:30 GMT)': a time followed by one in parentheses or after 'or' is
    the same instant; the zoned one gives the other its offset."""
    order = sorted(raw, key=lambda n: record.dates[n].start)
    for a, b in zip(order, order[1:], strict=False):
        fa, fb = record.dates[a], record.dates[b]
        between = record.text[fa.end : fb.start].lower()
        if len(between) > 30 or not re.search(r"\(|\bor\b|\bo\b|/", between):
            continue
        known, unknown = (b, a) if b in out and a not in out else (a, b)
        if known in out and unknown not in out:
            utc = out[known].utc_minutes()
            if utc is None:
                continue
            minutes = raw[unknown][1]
            offset = (minutes - utc + 720) % 1440 - 720
            out[unknown] = Clock(raw[unknown][0], minutes, offset, "paired")


def _default_zones(
    record: Record,
    raw: dict[int, tuple[str | None, int, str | None]],
    out: dict[int, Clock],
    story_day: dt.date | None,
) -> None:
    """Times with no zone of their own: the one zone the source writes for its other times,
    else the zone of the country its places are in."""
    written = {c.zone for c in out.values() if c.zone and c.zone[0].isalpha() and c.zone != "UTC"}
    fallback = next(iter(written)) if len(written) == 1 else _country_zone(record)
    for n, (day_text, minutes, zone) in raw.items():
        if n in out:
            continue
        chosen = _country_zone(record) if zone == "local" else fallback
        if chosen is None:
            out[n] = Clock(day_text, minutes, None, None)
        else:
            offset = _offset(chosen, _day(record, day_text, story_day))
            out[n] = Clock(day_text, minutes, offset, chosen)
