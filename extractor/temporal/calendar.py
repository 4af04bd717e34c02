"""Calendar arithmetic and ISO 8601 formatting used by the tagger.

`dateutil.relativedelta` (a dateparser dependency) does month/year arithmetic; `zoneinfo` gives
the UTC offset a named zone had on a given day (Moscow is +03:00, Rome +01:00 or +02:00).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta

__all__ = [
    "OutOfCalendar",
    "valid_day",
    "shift",
    "fmt_year",
    "fmt_decade",
    "fmt_century",
    "fmt_day",
    "fmt_week",
    "fmt_month",
    "fmt_quarter",
    "zone_offset",
    "duration_value",
    "weekday_near",
    "nearest_year",
    "nth_in_period",
    "shift_season",
    "nth_weekday",
]

# Fixed-offset zone abbreviations, as written in news ("04.35 GMT", "12:35 a.m. EDT").
ZONE_ABBREVIATIONS: dict[str, str] = {
    "GMT": "+00:00", "UTC": "+00:00", "Z": "+00:00", "BST": "+01:00", "CET": "+01:00",
    "CEST": "+02:00", "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00", "EST": "-05:00",
    "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00",
    "PST": "-08:00", "PDT": "-07:00", "JST": "+09:00", "IST": "+05:30", "AEST": "+10:00",
    "AEDT": "+11:00", "HKT": "+08:00", "SGT": "+08:00", "WIB": "+07:00", "KST": "+09:00",
}  # fmt: skip

_UNIT_DELTA = {
    "Y": relativedelta(years=1),
    "M": relativedelta(months=1),
    "W": relativedelta(weeks=1),
    "D": relativedelta(days=1),
    "DE": relativedelta(years=10),
    "CE": relativedelta(years=100),
    "Q": relativedelta(months=3),
    "FN": relativedelta(weeks=2),
}


class OutOfCalendar(ValueError):
    """A date outside the years 1-9999, which the calendar (and ISO 8601 without an agreed
    expansion) cannot write: '3.2 million years ago', 'in 10,000 years'."""


def valid_day(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the calendar has no such day (30 February, the year 0)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def shift(day: dt.date, unit: str, n: int) -> dt.date:
    """`day` moved by `n` calendar units (Y, M, W, D, DE, CE, Q, FN).

    Raises OutOfCalendar when the result falls outside the years 1-9999."""
    # days and weeks are plain timedeltas; relativedelta (month ends, leap days) only where a
    # calendar month is involved, because it costs ten times as much
    try:
        if unit == "D":
            return day + dt.timedelta(days=n)
        if unit == "W":
            return day + dt.timedelta(weeks=n)
        return day + _UNIT_DELTA[unit] * n
    except (OverflowError, ValueError) as exc:
        raise OutOfCalendar(f"{day} + {n} {unit}") from exc


def fmt_year(year: int) -> str:
    """'0800', '2021'; OutOfCalendar outside the years 1-9999."""
    if not 1 <= year <= 9999:
        raise OutOfCalendar(f"year {year}")
    return f"{year:04d}"


def fmt_decade(year: int) -> str:
    """TimeML's decade: the year's first three digits ('201' for 2010-2019)."""
    return fmt_year(year)[:3]


def fmt_century(year: int) -> str:
    """ISO 8601's century: the year's first two digits ('20' for 2000-2099)."""
    return fmt_year(year)[:2]


def fmt_day(day: dt.date) -> str:
    return day.isoformat()


def fmt_week(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def fmt_month(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"  # a date's year is always 1-9999


def fmt_quarter(day: dt.date) -> str:
    return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"


def zone_offset(zone: str, day: dt.date | None) -> str | None:
    """'+03:00' for an abbreviation or an IANA zone on `day` (None if the day is unknown)."""
    if zone.upper() in ZONE_ABBREVIATIONS:
        return ZONE_ABBREVIATIONS[zone.upper()]
    if day is None:
        return None
    off = dt.datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(zone)).utcoffset()
    if off is None:  # pragma: no cover - every IANA zone has an offset
        return None
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _num(x: float) -> str:
    # positional notation always: f"{x:g}" writes 1e+06, which is no ISO 8601 number
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.6f}".rstrip("0").rstrip(".")


# Units that are multiples of ISO designators.
_MULTIPLES = {"DE": ("Y", 10), "CE": ("Y", 100), "Q": ("M", 3), "FN": ("W", 2), "SE": ("M", 6),
              "BI": ("Y", 2), "TR": ("Y", 3), "QQ": ("Y", 5)}  # fmt: skip
_DATE_ORDER = ("Y", "M", "W", "D")
_TIME_ORDER = ("H", "MIN", "S")
_FRACTION_DOWN = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60),
                  "MIN": ("S", 60)}  # fmt: skip


def duration_value(parts: Sequence[tuple[float | None, str]]) -> str:
    """ISO 8601 duration for [(amount, unit), ...]; amount None means vague ('PXM').

    Halves are carried down one unit so the value stays integral: 1.5 years -> P1Y6M,
    0.5 hours -> PT30M.
    """
    if any(n is None for n, _ in parts):
        unit = parts[0][1]
        if unit in _MULTIPLES:
            unit = {"DE": "DE", "CE": "CE"}.get(unit, _MULTIPLES[unit][0])
        return ("PT" if unit in _TIME_ORDER else "P") + "X" + {"MIN": "M"}.get(unit, unit)
    acc: dict[str, float] = {}
    for n, unit in parts:
        assert n is not None
        if unit in _MULTIPLES:
            unit, mul = _MULTIPLES[unit]
            n = n * mul
        acc[unit] = acc.get(unit, 0) + n
    for unit in ("Y", "M", "W", "D", "H", "MIN"):
        n = acc.get(unit, 0)
        if n and not float(n).is_integer():
            lower, factor = _FRACTION_DOWN[unit]
            frac = n - int(n)
            if float(frac * factor).is_integer():
                acc[unit] = int(n)
                acc[lower] = acc.get(lower, 0) + frac * factor
    date_part = "".join(f"{_num(acc[u])}{u}" for u in _DATE_ORDER if acc.get(u))
    time_part = "".join(f"{_num(acc[u])}{u[0]}" for u in _TIME_ORDER if acc.get(u))
    if not date_part and not time_part:
        return "PT0S"
    return "P" + date_part + ("T" + time_part if time_part else "")


def weekday_near(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The `weekday` (0=Monday) nearest `anchor` in `direction` (-1 past, +1 future, 0 this week).

    The anchor day itself counts for both directions: "said Tuesday" written on a Tuesday is today.
    """
    diff = weekday - anchor.weekday()
    if direction < 0:
        return anchor + dt.timedelta(days=diff if diff <= 0 else diff - 7)
    if direction > 0:
        return anchor + dt.timedelta(days=diff if diff >= 0 else diff + 7)
    return anchor + dt.timedelta(days=diff)


def nearest_year(anchor: dt.date, month: int, day: int | None, direction: int) -> int:
    """Year for a year-less 'October 17': by tense when known, else the closest occurrence."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, month, day or 15))
        except ValueError:
            continue
    if not candidates:
        return anchor.year
    # the anchor's own month counts both ways ('in August' said on 21 August), that year's only
    this_month = [
        c for c in candidates if day is None and (c.year, c.month) == (anchor.year, anchor.month)
    ]
    if direction < 0:
        past = [c for c in candidates if c <= anchor] + this_month
        if past:
            return max(past).year
    elif direction > 0:
        future = [c for c in candidates if c >= anchor] + this_month
        if future:
            return min(future).year
    return min(candidates, key=lambda c: abs((c - anchor).days)).year


_SEASONS = ("WI", "SP", "SU", "FA")
# astronomical starts (approximate, as Duckling and most calendars give them)
_SEASON_STARTS = ((12, 21, 0), (9, 23, 3), (6, 21, 2), (3, 20, 1))


def shift_season(day: dt.date, offset: int) -> str:
    """The season `offset` seasons from the one `day` is in, as TimeML writes it: '2013-SP';
    a winter carries the year of its January ('2013-WI' began on 2012-12-21)."""
    year, idx = day.year, 0
    for month, dom, i in _SEASON_STARTS:
        if (day.month, day.day) >= (month, dom):
            year, idx = (day.year + 1, 0) if i == 0 else (day.year, i)
            break
    k = year * 4 + idx + offset
    return f"{k // 4}-{_SEASONS[k % 4]}"


def nth_in_period(
    period: str, unit: str, n: int, from_end: bool, weekday: int | None = None
) -> dt.date | None:
    """The n-th day / weekday / whole week (its Monday) / whole weekend (its Saturday) of a
    month ('2014-10') or year ('2018'), counted from its end when `from_end`. None if none."""
    if n < 1:
        return None
    if len(period) == 7:
        first = dt.date(int(period[:4]), int(period[5:7]), 1)
        last = shift(first, "M", 1) - dt.timedelta(days=1)
    elif len(period) == 4:
        first, last = dt.date(int(period), 1, 1), dt.date(int(period), 12, 31)
    else:
        return None
    # the first and last start of the unit inside [first, last], and its step
    if unit == "day":
        lo, hi, step = first, last, 1
    elif unit == "weekday" and weekday is not None:
        lo = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
        hi = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
        step = 7
    elif unit in ("week", "weekend"):
        start_wd, length = (0, 7) if unit == "week" else (5, 2)
        lo = first + dt.timedelta(days=(start_wd - first.weekday()) % 7)
        hi = last - dt.timedelta(days=length - 1)
        hi -= dt.timedelta(days=(hi.weekday() - start_wd) % 7)
        step = 7
    else:
        return None
    day = (
        hi - dt.timedelta(days=step * (n - 1))
        if from_end
        else lo + dt.timedelta(days=step * (n - 1))
    )
    return day if lo <= day <= hi else None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date | None:
    """The n-th `weekday` (0=Monday) of a month; n=-1 is the last one. None if there is none."""
    if n < 0:
        last = shift(dt.date(year, month, 1), "M", 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return day if day.month == month else None
