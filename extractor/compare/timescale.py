"""Where a date goes on the report's timeline: calendar intervals, a broken axis, ticks.

News stories date most facts within a few days of publication and a few others years away
(a previous mission, a trial's first hearing). One linear axis over all of them squeezes the
days of the story into a pixel, and "5 October" against "6 October" can no longer be seen. So
the axis breaks at empty stretches of time, as printed charts do, until each piece gives its
finest fact enough room: every piece has its own linear scale and its own ticks (hours, days,
months or years, whichever fits), and the drawing marks the breaks. Spans keep their length
inside a piece, so a month is a bar and a day a mark beside it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .values import date_interval

__all__ = [
    "DAY",
    "HOUR",
    "Segment",
    "clock_interval",
    "interval",
    "layout_axis",
    "ticks",
    "widen_to",
]

_UTC = dt.timezone.utc
DAY = 86400.0
HOUR = 3600.0
_YEAR = 365.2425 * DAY

# Parts of the day (TIMEX3): conventional hours, enough to place a mark inside its day.
_PARTS = {"MO": (6, 12), "MI": (11, 13), "AF": (12, 18), "EV": (18, 22), "NI": (21, 24)}
_PARTS["DT"] = (6, 18)
# Meteorological seasons (northern hemisphere, where the sources we read are written);
# winter starts in the December of the year before.
_SEASONS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (0, 3)}

_MIN_PX = 6.0  # the finest fact of a piece gets at least this many pixels
_MAX_DAY_PX = 60.0  # a day or longer fact gets at most this: a lone date stays a mark
_MIN_PIECE_PX = 90.0  # narrowest piece: room for a tick label and a mark
_BREAK_PX = 16.0  # the gap drawn where the axis breaks
_TICK_PX = 72.0  # at most one tick label per this many pixels


def _ts(year: int, month: int = 1, day: int = 1) -> float:
    """Seconds since the epoch of a UTC midnight; months past December roll into next year."""
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return dt.datetime(year, month, day, tzinfo=_UTC).timestamp()


def _extended(value: str) -> tuple[float, float] | None:
    """The TIMEX3 forms the diff's comparison does not need: halves, quarters, seasons,
    weekends, parts of the day, decades and centuries. Hand-written for the reason
    temporal/values.py gives: no installed package parses TIMEX3 values."""
    if m := re.fullmatch(r"(\d{4})-(H[12]|Q[1-4]|SP|SU|FA|WI)", value):
        year, part = int(m[1]), m[2]
        if part[0] == "H":
            first, months = 1 + 6 * (int(part[1]) - 1), 6
        elif part[0] == "Q":
            first, months = 1 + 3 * (int(part[1]) - 1), 3
        else:
            first, months = _SEASONS[part]
        return _ts(year, first), _ts(year, first + months)
    if m := re.fullmatch(r"(\d{4})-W(\d{2})-WE", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        start = _ts(monday.year, monday.month, monday.day) + 5 * DAY
        return start, start + 2 * DAY
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T(MO|MI|AF|EV|NI|DT)", value):
        midnight = _ts(int(m[1]), int(m[2]), int(m[3]))
        first, last = _PARTS[m[4]]
        return midnight + first * 3600, midnight + last * 3600
    if re.fullmatch(r"\d{3}", value):
        return _ts(int(value) * 10), _ts(int(value) * 10 + 10)
    if re.fullmatch(r"\d{2}", value):
        return _ts(max(1, int(value) * 100)), _ts(int(value) * 100 + 100)
    return None


def interval(value: str) -> tuple[float, float] | None:
    """[start, end) in UTC seconds of a date value; None when it has no calendar position
    (unknown digits, a clock time without its day, a vague reference)."""
    try:
        found = date_interval(value)
        if found is not None:
            return found[0].timestamp(), found[1].timestamp()
        return _extended(value)
    except (ValueError, OverflowError):
        return None


# Clock times whose day no source states are drawn on a day of their own, in UTC.
_CLOCK_DAY = _ts(2000, 1, 2)
_CLOCK = re.compile(r"^T(\d{2}):(\d{2})(?::\d{2})?(Z|[+-]\d{2}:?\d{2})$")


def clock_interval(value: str) -> tuple[float, float] | None:
    """The minute a day-less clock time with a zone ('T14:12+02:00') denotes, on a reference
    day in UTC (so '07:35+03:00' and '04:35Z' fall together); None without a zone."""
    m = _CLOCK.match(value)
    if m is None:
        return None
    zone = m[3].replace(":", "")
    offset = (
        0 if zone == "Z" else (1 if zone[0] == "+" else -1) * (int(zone[1:3]) * 60 + int(zone[3:5]))
    )
    start = _CLOCK_DAY + (int(m[1]) * 60 + int(m[2]) - offset) * 60.0
    return start, start + 60.0


@dataclass(slots=True)
class Segment:
    """One piece of a broken axis: the time from start to end drawn from x0 to x1."""

    start: float
    end: float
    unit: float  # the finest fact's length (a clock time counts as its day, within a day)
    x0: float = 0.0
    x1: float = 0.0

    def x(self, t: float) -> float:
        t = min(max(t, self.start), self.end)
        return self.x0 + (t - self.start) / (self.end - self.start) * (self.x1 - self.x0)

    def contains(self, t: float) -> bool:
        return self.start <= t < self.end

    def overlap(self, start: float, end: float) -> float:
        """The share of the piece that [start, end) covers."""
        return max(0.0, min(end, self.end) - max(start, self.start)) / (self.end - self.start)


def _blocks(spans: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """The spans grouped into runs that overlap or touch (no empty time inside a run)."""
    runs: list[list[tuple[float, float]]] = []
    end = float("-inf")
    for span in sorted(spans):
        if runs and span[0] <= end:
            runs[-1].append(span)
            end = max(end, span[1])
        else:
            runs.append([span])
            end = span[1]
    return runs


def _piece(runs: list[list[tuple[float, float]]]) -> Segment:
    spans = [s for run in runs for s in run]
    start, end = min(s[0] for s in spans), max(s[1] for s in spans)
    # A clock time is drawn inside its day: at a scale of days it needs a day's room, no more.
    unit = min(max(e - s, DAY) for s, e in spans)
    unit = min(unit, end - start)
    # A piece of one fact shows it in its middle half, so that it reads as a mark.
    pad = unit / 2 if len(spans) == 1 else 0.04 * (end - start)
    return Segment(start - pad, end + pad, unit)


def _allocate(pieces: list[Segment], x0: float, x1: float) -> None:
    """Share the width: each piece as much as its finest fact needs, at least a minimum."""
    room = x1 - x0 - _BREAK_PX * (len(pieces) - 1)
    need = [(p.end - p.start) / p.unit * _MIN_PX for p in pieces]
    widths = [0.0] * len(pieces)
    floor: set[int] = set()
    while True:
        free = room - _MIN_PIECE_PX * len(floor)
        total = sum(n for i, n in enumerate(need) if i not in floor)
        for i, n in enumerate(need):
            widths[i] = _MIN_PIECE_PX if i in floor else free * n / total
        small = {i for i, w in enumerate(widths) if w < _MIN_PIECE_PX} - floor
        if not small or len(floor | small) == len(pieces):
            break
        floor |= small
    at = x0
    for piece, width in zip(pieces, widths, strict=True):
        piece.x0, piece.x1 = at, at + max(width, 1.0)
        at = piece.x1 + _BREAK_PX


def _finest_px(piece: Segment) -> float:
    return piece.unit / (piece.end - piece.start) * (piece.x1 - piece.x0)


def _widen(piece: Segment) -> None:
    """Show more time around facts of a day or longer that would fill the piece (one date,
    a few days), so that a day reads as a day; facts within a day keep their hours."""
    if piece.unit < DAY or _finest_px(piece) <= _MAX_DAY_PX:
        return
    extra = (piece.unit / _MAX_DAY_PX * (piece.x1 - piece.x0) - (piece.end - piece.start)) / 2
    piece.start -= extra
    piece.end += extra


def _contains_another(span: tuple[float, float], spans: list[tuple[float, float]]) -> bool:
    """A span longer than a day around a shorter one ('2018' around '14 August 2018'); a day
    is not said to contain its clock times, which are drawn inside it anyway."""
    length = span[1] - span[0]
    return length > DAY and any(
        span[0] <= t0 and t1 <= span[1] and t1 - t0 < length for t0, t1 in spans
    )


def layout_axis(spans: list[tuple[float, float]], x0: float, x1: float) -> list[Segment]:
    """The pieces of the axis for these spans between x0 and x1 (pixels), left to right.

    When a long span around shorter ones (the year of a story around its days) would squeeze
    them below legibility, the axis is laid out for the spans that contain no other, and the
    long ones are drawn cut at the pieces' edges (the drawing shows they go on)."""
    pieces = _layout(spans, x0, x1)
    if all(_finest_px(p) >= _MIN_PX for p in pieces):
        return pieces
    inner = [s for s in spans if not _contains_another(s, spans)]
    return _layout(inner, x0, x1) if inner and len(inner) < len(spans) else pieces


def _layout(spans: list[tuple[float, float]], x0: float, x1: float) -> list[Segment]:
    runs = _blocks(spans)
    groups = [runs]  # each group of runs becomes one piece
    most = max(1, int((x1 - x0 + _BREAK_PX) // (_MIN_PIECE_PX + _BREAK_PX)))
    while True:
        pieces = [_piece(g) for g in groups]
        _allocate(pieces, x0, x1)
        crowded = [
            i for i, p in enumerate(pieces) if _finest_px(p) < _MIN_PX and len(groups[i]) > 1
        ]
        if not crowded or len(groups) >= most:
            for piece in pieces:
                _widen(piece)
                widen_to(piece, 2 * HOUR)  # clock times alone read on an axis of hours
            return pieces
        # Break the widest empty stretch of the most crowded piece.
        i = min(crowded, key=lambda k: _finest_px(pieces[k]))
        runs_i = groups[i]
        gaps = [runs_i[j + 1][0][0] - max(e for _, e in runs_i[j]) for j in range(len(runs_i) - 1)]
        cut = max(range(len(gaps)), key=gaps.__getitem__) + 1
        groups[i : i + 1] = [runs_i[:cut], runs_i[cut:]]


# Tick steps from fine to coarse: (unit, count); the first that fits the piece's width is used.
_STEPS = (
    [("minute", n) for n in (15, 30)]
    + [("hour", n) for n in (1, 2, 3, 6, 12)]
    + [("day", n) for n in (1, 2, 7, 14)]
    + [("month", n) for n in (1, 2, 3, 6)]
    + [("year", n) for n in (1, 2, 5, 10, 20, 50, 100, 200, 500)]
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SECONDS = {"minute": 60.0, "hour": 3600.0, "day": DAY, "month": _YEAR / 12, "year": _YEAR}


def _tick_times(unit: str, n: int, start: float, end: float) -> list[float]:
    first = dt.datetime.fromtimestamp(start, _UTC)
    out: list[float] = []
    if unit in {"minute", "hour", "day"}:
        step = n * _SECONDS[unit]
        base = _ts(first.year, first.month, first.day)
        if unit == "day" and n % 7 == 0:
            base -= first.weekday() * DAY  # weeks start on Monday, as ISO weeks do
        t = base + step * max(0, int((start - base) // step))
        while t < end:
            if t >= start:
                out.append(t)
            t += step
        return out
    if unit == "month":
        month = first.month - 1 - (first.month - 1) % n
        t, k = _ts(first.year, month + 1), 0
        while t < end:
            if t >= start:
                out.append(t)
            k += n
            t = _ts(first.year, month + 1 + k)
        return out
    year = first.year - first.year % n
    while (t := _ts(max(1, year))) < end:
        if t >= start:
            out.append(t)
        year += n
    return out


def _tick_label(unit: str, t: float, first: bool, clock: bool = False) -> str:
    when = dt.datetime.fromtimestamp(t, _UTC)
    if clock:  # a time of day with no day: the clock alone
        return f"{when:%H:%M}" + (" UTC" if first else "")
    if unit in {"minute", "hour"}:
        if first:  # the axis runs in UTC; the marks' labels keep each source's zone
            return f"{when.day} {_MONTHS[when.month - 1]} {when:%H:%M} UTC"
        if when.hour == 0 and when.minute == 0:
            return f"{when.day} {_MONTHS[when.month - 1]} {when:%H:%M}"
        return f"{when:%H:%M}"
    if unit == "day":
        year = f" {when.year}" if first or (when.month == 1 and when.day <= 14) else ""
        return f"{when.day} {_MONTHS[when.month - 1]}{year}"
    if unit == "month":
        return f"{_MONTHS[when.month - 1]}" + (f" {when.year}" if first or when.month == 1 else "")
    return str(when.year)


def widen_to(piece: Segment, seconds: float) -> None:
    """At least this much time on the piece, around what it shows (a lone clock time reads
    on an axis of hours)."""
    extra = (seconds - (piece.end - piece.start)) / 2
    if extra > 0:
        piece.start -= extra
        piece.end += extra


def ticks(piece: Segment, clock: bool = False) -> list[tuple[float, str]]:
    """(x, label) of the piece's ticks: the finest calendar unit whose labels fit; `clock`
    labels times of day with no day."""
    most = max(1, int((piece.x1 - piece.x0) // _TICK_PX))
    span = piece.end - piece.start
    for unit, n in _STEPS:
        if span / (n * _SECONDS[unit]) > most + 1:
            continue
        times = _tick_times(unit, n, piece.start, piece.end)
        # One tick alone would name a boundary at the piece's edge rather than what it shows.
        if 2 <= len(times) <= most:
            return [(piece.x(t), _tick_label(unit, t, i == 0, clock)) for i, t in enumerate(times)]
    # Too narrow for two ticks (a lone day, month or year): name its middle.
    middle = piece.start + span / 2
    unit = "hour" if span < DAY else "day" if span < 32 * DAY else "month"
    unit = "year" if span >= 2 * _YEAR / 3 else unit
    return [(piece.x(middle), _tick_label(unit, middle, True, clock))]
