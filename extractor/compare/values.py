"""Whether two values of the same slot agree, are compatible, or conflict.

Dates are compared as time intervals: "2021-10" contains "2021-10-05" (compatible, a difference
of granularity), "2021-W40" contains "2021-10-05", and times written in different zones
("07:35+03:00", "04:35Z", "00:35-04:00") are the same instant (agree). Durations agree when
equal; one stated approximately ("circa 35 minuti") against an exact one within a tenth of it is
compatible.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

__all__ = [
    "Verdict",
    "compare_dates",
    "compare_durations",
    "compare_quantities",
    "date_interval",
    "duration_seconds",
    "parse_quantity",
]

Verdict = Literal["agree", "compatible", "conflict"]

_UTC = dt.timezone.utc
_TIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})T(\d{2})(?::(\d{2}))?(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$"
)
_DURATION = re.compile(
    r"^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?"
    r"(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$"
)
# Seconds per unit; months and years at their average length, enough to compare statements.
_UNIT_SECONDS = (365.2425 * 86400, 30.436875 * 86400, 7 * 86400, 86400, 3600, 60, 1)


def _zone(text: str | None) -> dt.tzinfo | None:
    if text is None:
        return None
    if text == "Z":
        return _UTC
    sign = 1 if text[0] == "+" else -1
    digits = text[1:].replace(":", "")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def date_interval(value: str) -> tuple[dt.datetime, dt.datetime] | None:
    """The half-open interval [start, end) an ISO value denotes; None when it has unknowns."""
    try:
        if m := _TIME.match(value):
            year, month, day, hour = (int(m[i]) for i in range(1, 5))
            minute = int(m[5]) if m[5] else None
            second = int(m[6]) if m[6] else 0
            tz = _zone(m[7]) or _UTC  # no zone written: compare as if UTC
            start = dt.datetime(year, month, day, hour, minute or 0, second, tzinfo=tz)
            step = dt.timedelta(minutes=1) if minute is not None else dt.timedelta(hours=1)
            return start.astimezone(_UTC), (start + step).astimezone(_UTC)
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            start_date = dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            start = dt.datetime.combine(start_date, dt.time(), _UTC)
            return start, start + dt.timedelta(days=7)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            start = dt.datetime.combine(dt.date.fromisoformat(value), dt.time(), _UTC)
            return start, start + dt.timedelta(days=1)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:])
            start = dt.datetime(year, month, 1, tzinfo=_UTC)
            nxt = dt.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=_UTC)
            return start, nxt
        if re.fullmatch(r"\d{4}", value):
            year = int(value)
            return dt.datetime(year, 1, 1, tzinfo=_UTC), dt.datetime(year + 1, 1, 1, tzinfo=_UTC)
    except ValueError:
        return None
    return None


_PART_OF_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI|DT|MI)")


def compare_dates(a: str, b: str) -> Verdict:
    # "stamattina" against "Monday": the day is what the sources state in common
    a, b = (_PART_OF_DAY.sub(r"\1", v) for v in (a, b))
    if a == b:
        return "agree"
    ia, ib = date_interval(a), date_interval(b)
    if ia is None or ib is None:
        return "conflict"
    if ia == ib:
        return "agree"  # the same instant written in two zones
    (a0, a1), (b0, b1) = ia, ib
    if (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1):
        return "compatible"
    return "conflict"


def duration_seconds(value: str) -> float | None:
    m = _DURATION.match(value)
    if m is None or value in {"P", "PT"}:
        return None
    return sum(
        float(g.replace(",", ".")) * unit
        for g, unit in zip(m.groups(), _UNIT_SECONDS, strict=True)
        if g
    )


def compare_durations(a: str, b: str, approx_a: bool = False, approx_b: bool = False) -> Verdict:
    if a == b:
        return "agree" if approx_a == approx_b else "compatible"
    sa, sb = duration_seconds(a), duration_seconds(b)
    if sa is None or sb is None:
        return "conflict"
    if sa == sb:
        return "agree" if approx_a == approx_b else "compatible"
    if (approx_a or approx_b) and abs(sa - sb) <= 0.1 * max(sa, sb):
        return "compatible"
    return "conflict"


def parse_quantity(value: str) -> tuple[float, str] | None:
    """'408 km' -> (408.0, 'km'); the diff shows quantities as value and unit."""
    number, _, unit = value.partition(" ")
    try:
        return float(number), unit
    except ValueError:
        return None


def compare_quantities(a: str, b: str, approx_a: bool = False, approx_b: bool = False) -> Verdict:
    pa, pb = parse_quantity(a), parse_quantity(b)
    if pa is None or pb is None or pa[1] != pb[1]:
        return "agree" if a == b else "conflict"
    if pa[0] == pb[0]:
        return "agree" if approx_a == approx_b else "compatible"
    if (approx_a or approx_b) and abs(pa[0] - pb[0]) <= 0.1 * max(abs(pa[0]), abs(pb[0])):
        return "compatible"
    return "conflict"


def _interval(
    value: float, end: float | None, bound: str | None, approx: bool
) -> tuple[float, float]:
    """What a stated number allows: a range, a bound, a tenth either side of an approximation."""
    lo, hi = value, value if end is None else end
    if bound == "lower":
        return lo, float("inf")
    if bound == "upper":
        return float("-inf"), hi
    if approx:
        return lo - 0.1 * abs(lo), hi + 0.1 * abs(hi)
    return lo, hi


def compare_numbers(
    a: tuple[float, float | None, str | None, bool],
    b: tuple[float, float | None, str | None, bool],
    tolerance: float = 0.0,
) -> Verdict:
    """Two numbers as stated: (value, range end, bound, approximate). `tolerance` is the share
    by which equal values may differ (a unit conversion rounded: '45m (148ft)')."""
    (va, ea, ba, xa), (vb, eb, bb, xb) = a, b
    exact_a = ea is None and ba is None and not xa
    exact_b = eb is None and bb is None and not xb
    if (ea, ba) == (eb, bb) and abs(va - vb) <= tolerance * max(abs(va), abs(vb)):
        same_end = ea is None or eb is None or abs(ea - eb) <= tolerance * max(abs(ea), abs(eb))
        if same_end:
            return "agree" if xa == xb else "compatible"
    la, ha = _interval(va, ea, ba, xa)
    lb, hb = _interval(vb, eb, bb, xb)
    slack = tolerance * max(abs(va), abs(vb))
    if la <= hb + slack and lb <= ha + slack and not (exact_a and exact_b):
        return "compatible"
    return "conflict"


def compare_clocks(
    a: tuple[str | None, int, int | None], b: tuple[str | None, int, int | None], approx: bool
) -> Verdict:
    """Two clock times (day or None, minutes as written, offset or None) as instants; a minute
    apart is compatible, and so is half an hour when either is approximate ("verso
    mezzogiorno" / "around 11:30")."""
    (da, ma, oa), (db, mb, ob) = a, b
    if oa is not None and ob is not None:
        ua, ub = ma - oa, mb - ob
    else:
        ua, ub = ma, mb  # no zone known for one of them: the clocks as written
    if da and db and oa is not None and ob is not None:
        days = (dt.date.fromisoformat(da) - dt.date.fromisoformat(db)).days
        gap = abs(ua - ub + days * 1440)
    else:
        gap = abs(ua - ub) % 1440
        gap = min(gap, 1440 - gap)
    if gap == 0:
        return "agree"
    if gap <= 1 or (approx and gap <= 30):
        return "compatible"
    return "conflict"
