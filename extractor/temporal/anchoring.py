"""Passes that resolve a timex against the other timexes of the text: 'the next day' from the
story's last date, a clock time on the day next to it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from . import calendar as cal
from .candidates import Cand
from .context import Context, assistant

__all__ = ["narrative", "attach_times", "clock_with_day", "years_from_context"]

_REF_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_GRAIN_RANK = {"Y": 1, "Q": 2, "M": 2, "D": 3}
_GAP_END = re.compile(r"[.;!?\n]")


_FULL_YEAR = re.compile(r"(\d{4})(?:-\d{2}(?:-\d{2})?)?(?:T.*)?$")


def years_from_context(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """Without an anchor, a yearless '5 ottobre', 'in December' takes the year of the nearest
    expression before it that writes its year ('nell'ottobre 2014 ... a dicembre'), else the
    publication year when only that is known; else it stays unresolved."""
    out: list[Cand] = []
    year: int | None = None
    for c in chosen:
        if c.yearless is None:
            m = _FULL_YEAR.match(c.value or "") if c.kind in ("date", "time", "interval") else None
            if m is not None and not c.relative:
                year = int(m[1])
            out.append(c)
            continue
        if ctx.anchor is not None:
            # with a publication date the tense decides; taking the year of the sentence's own
            # last date ('a dicembre' after 'nell'ottobre 2014') was tried and lost on MEANTIME
            out.append(c)
            continue
        y = year if year is not None else ctx.year_hint
        month, dom = c.yearless
        if y is None:
            out.append(c)
        elif dom is None:
            out.append(replace(c, value=f"{cal.fmt_year(y)}-{month:02d}"))
        elif (day := cal.valid_day(y, month, dom)) is not None:
            out.append(replace(c, value=day.isoformat(), day=day))
        else:
            out.append(c)
    return out


def narrative(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """'the next day', 'a year earlier': counted from the last date before them in the same
    paragraph (HeidelTime's narrative reference), else from the anchor where allowed."""
    out: list[Cand] = []
    for c in chosen:
        if c.narrative is None:
            out.append(c)
            continue
        unit, amount, anchored = c.narrative
        ref = _reference_date(ctx.text, out, c, unit)
        if ref is None:
            out.append(c if anchored else replace(c, value=None))
            continue
        try:
            day = cal.shift(ref, unit, amount)
        except cal.OutOfCalendar:
            out.append(replace(c, value=None))
            continue
        value = {"Y": cal.fmt_year(day.year), "Q": cal.fmt_quarter(day),
                 "M": cal.fmt_month(day), "D": day.isoformat()}[unit]  # fmt: skip
        out.append(replace(c, value=value, day=day if unit == "D" else None))
    return out


def _reference_date(text: str, before: list[Cand], c: Cand, unit: str) -> dt.date | None:
    """The last date before `c` in its paragraph (within 400 characters) at least as fine as
    `unit`."""
    for o in reversed(before):
        if c.start - o.end > 400 or "\n\n" in text[o.end : c.start]:
            return None
        m = _REF_DATE.match(o.value or "") if o.kind in ("date", "time") else None
        if m is None:
            continue
        rank = 3 if m[3] else 2 if m[2] else 1
        if rank >= _GRAIN_RANK[unit]:
            return dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    return None


def attach_times(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """Give clock times a calendar day: an adjacent date in the same clause, else the anchor
    (under the assistant convention with a time of day, the day after it when the clock time is
    not later than it: "at 3am" said at 04:30 is tomorrow's)."""
    text = ctx.text
    after = ctx.now.time() if assistant() and ctx.now is not None else None
    out: list[Cand] = []
    for i, c in enumerate(chosen):
        if c.kind != "time" or c.clock is None:
            out.append(c)
            continue
        day = _adjacent_day(text, chosen, i)
        relative = day is None or any(
            chosen[j].relative for j in (i - 1, i + 1) if 0 <= j < len(chosen)
        )
        from_text = day is not None
        if day is None:
            c, day = _anchor_day(c, ctx.anchor, after)
        if day is None:
            out.append(replace(c, value=None, relative=True))
            continue
        if c.clock is not None and c.clock.startswith("24:00"):
            # "alle 24": midnight, the start of the next day
            c = replace(c, clock="00:00" + c.clock[5:])
            day += dt.timedelta(days=1)
        tz = cal.zone_offset(c.zone, day) if c.zone else ""
        # `day` stays None when the anchor gave it, so an interval can take its end's day
        out.append(replace(c, value=f"{day.isoformat()}T{c.clock}{tz or ''}", relative=relative,
                           day=day if from_text else None))  # fmt: skip
    return out


def _adjacent_day(text: str, chosen: list[Cand], i: int) -> dt.date | None:
    """The day of the timex right before or after the i-th, in the same clause."""
    c = chosen[i]
    for j in (i - 1, i + 1):
        if 0 <= j < len(chosen) and chosen[j].day is not None:
            o = chosen[j]
            gap = text[o.end : c.start] if j < i else text[c.end : o.start]
            if len(gap) <= 12 and not _GAP_END.search(gap):
                return o.day
    return None


def _anchor_day(
    c: Cand, anchor: dt.date | None, after: dt.time | None
) -> tuple[Cand, dt.date | None]:
    """The anchor's day for a clock time, the next one when the time is past `after` ("3:30"
    said at 04:30 is 15:30 in a 12-hour language)."""
    assert c.clock is not None
    day = anchor
    now = after.strftime("%H:%M") if after is not None else None
    if day is not None and now is not None and c.clock[:5] <= now:
        later = f"{int(c.clock[:2]) + 12:02d}{c.clock[2:]}"
        if c.twelve and later[:5] > now:  # "3:30" said at 04:30 is 15:30
            c = replace(c, clock=later)
        else:
            day += dt.timedelta(days=1)
    return c, day


def clock_with_day(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """'alle 15 di ieri', '3 pm yesterday': a clock time followed by the named day it was given
    (by `attach_times`) is one expression, the time of that day. A day first ('departed today
    at 8:55') stays two: the day dates the clause, the clock refines it."""
    out: list[Cand] = []
    i = 0
    while i < len(chosen):
        a = chosen[i]
        b = chosen[i + 1] if i + 1 < len(chosen) else None
        if b is not None and _same_moment(ctx, a, b):
            t = a if a.kind == "time" else b
            out.append(replace(t, start=a.start, end=b.end, relative=a.relative or b.relative))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _same_moment(ctx: Context, a: Cand, b: Cand) -> bool:
    if a.kind != "time" or b.kind != "date":
        return False
    t, d = a, b
    if t.granularity != "time" or d.granularity != "day" or not t.value or not d.value:
        return False
    if t.value[:10] != d.value:
        return False
    return ctx.L.clock_day_link.match(ctx.text, a.end, b.start) is not None
