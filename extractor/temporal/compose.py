"""Composition passes: after the selection, a timex joins the words or the timex next to it.

Each pass reads the selected candidates in text order and returns them with some joined: a
phrase before a timex ("the first Friday of" July, "the morning of" March 5, "the end of"
2012), a timex after another ("Monday" "in the morning", "this afternoon" "at 2"), or two
timexes in one ("between April and October"). `tagger.COMPOSITION` runs them in order.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from . import calendar as cal
from .calendar import valid_day
from .candidates import Cand
from .context import Context, assistant
from .numbers import parse_number
from .patterns import norm
from .rules.times import hour_in_part
from .tense import direction

__all__ = [
    "deictic_apposition",
    "duration_range",
    "weekday_of_week",
    "shift_from_day",
    "day_of_relative_month",
    "nth_of_period",
    "week_of_day",
    "part_of_day_of",
    "mod_of_period",
    "period_of_year",
    "day_then_part",
    "part_of_day_clock",
    "hour_before_part",
    "era",
    "intervals",
]


def _drop_inside(out: list[Cand], start: int) -> None:
    """Drop what was tagged inside a phrase that now joins the next timex."""
    while out and out[-1].end > start:
        out.pop()


def weekday_of_week(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """'Friday next week', 'next week on Friday', 'venerdì della prossima settimana' -> one day."""
    L, text = ctx.L, ctx.text
    out: list[Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        if i + 1 < len(chosen):
            d = chosen[i + 1]
            wd, week = (c, d) if c.weekday is not None else (d, c)
            if (
                wd.weekday is not None
                and week.granularity == "week"
                and L.week_link.fullmatch(text, c.end, d.start)
            ):
                value = None
                day = None
                if week.value is not None:
                    y, w = week.value.split("-W")
                    day = dt.date.fromisocalendar(int(y), int(w), wd.weekday + 1)
                    value = day.isoformat()
                out.append(Cand(c.start, d.end, "date", value, "day", relative=True, day=day))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


# whole days, weeks, months, years only: "two days", "P1Y2M"
_DUR_PARTS = re.compile(r"P(?:\d+[YMWD])+")
_DUR_PART = re.compile(r"(\d+)([YMWD])")


def shift_from_day(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """'two days from tomorrow', 'three days after Easter', 'due giorni prima di ieri' -> that
    day (assistant convention only: TimeML annotates the duration and the date apart)."""
    if not assistant():
        return chosen
    L, text = ctx.L, ctx.text
    out: list[Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        if i + 1 < len(chosen) and c.kind == "duration" and c.value and chosen[i + 1].day:
            d = chosen[i + 1]
            m = L.shift_from_re.fullmatch(text, c.end, d.start)
            parts = _DUR_PARTS.fullmatch(c.value)
            if m is not None and parts is not None and d.day is not None:
                sign = L.shift_from[norm(m["w"])]
                day: dt.date | None = d.day
                try:
                    for amount, unit in _DUR_PART.findall(c.value):
                        day = cal.shift(day, unit, sign * int(amount))  # type: ignore[arg-type]
                except cal.OutOfCalendar:
                    day = None
                out.append(Cand(c.start, d.end, "date", day.isoformat() if day else None, "day",
                                relative=True, day=day))  # fmt: skip
                i += 2
                continue
        out.append(c)
        i += 1
    return out


def day_of_relative_month(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """'the 20th of next month', 'il 20 del prossimo mese' -> that day."""
    L, text = ctx.L, ctx.text
    out: list[Cand] = []
    for c in chosen:
        m = None
        if c.kind == "date" and c.granularity == "month" and c.relative:
            m = L.day_of_rel.search(text, max(0, c.start - 24), c.start)
        if m is None:
            out.append(c)
            continue
        _drop_inside(out, m.start())  # the day number may have been tagged alone
        day = None
        if c.value is not None:
            y, mo = c.value.split("-")
            day = valid_day(int(y), int(mo), int(m["d"]))
            if day is None:
                out.append(c)
                continue
        out.append(Cand(m.start(), c.end, "date", day.isoformat() if day else None, "day",
                        relative=True, day=day))  # fmt: skip
    return out


def nth_of_period(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """'the first Friday of July', 'the last day of October 2015', 'the third last week of
    2018', "l'ultimo weekend di luglio" -> that day, week or weekend."""
    L, text = ctx.L, ctx.text
    out: list[Cand] = []
    for c in chosen:
        m = None
        if c.kind == "date" and c.granularity in ("month", "year"):
            m = L.nth_of_period.search(text, max(0, c.start - 40), c.start)
        if m is None:
            out.append(c)
            continue
        n = L.ordinal_map[norm(m["ord"])]
        from_end = n < 0 or m["fe"] is not None
        unit = L.nth_units[norm(m["u"])] if m["u"] else "weekday"
        wd = L.weekdays[norm(m["wd"])] if m["wd"] else None
        value: str | None = None
        day: dt.date | None = None
        if c.value is not None:
            found = cal.nth_in_period(_period_of(ctx, c, m.start()), unit, abs(n), from_end, wd)
            if found is None:
                out.append(c)
                continue
            if unit in ("week", "weekend"):
                iso = found.isocalendar()
                value = f"{iso[0]}-W{iso[1]:02d}" + ("-WE" if unit == "weekend" else "")
            else:
                day, value = found, found.isoformat()
        _drop_inside(out, m.start())
        gran = {"week": "week", "weekend": "weekend"}.get(unit, "day")
        out.append(Cand(m.start(), c.end, "date", value, gran, relative=c.relative, day=day))
    return out


def _period_of(ctx: Context, c: Cand, phrase_start: int) -> str:
    """The month or year an ordinal counts in; a bare month takes its year again, without the
    phrase's own "last" read as a past tense."""
    assert c.value is not None
    L, text, anchor = ctx.L, ctx.text, ctx.anchor
    bare_month = norm(text[c.start : c.end]) in L.months
    if not (bare_month and c.granularity == "month" and anchor is not None):
        return c.value
    month = int(c.value[5:7])
    year = cal.nearest_year(anchor, month, None, direction(L, text, phrase_start, c.end))
    return f"{year}-{month:02d}"


def week_of_day(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """'the week of October 6th', 'il weekend del 15 febbraio' -> the week or weekend."""
    L, text = ctx.L, ctx.text
    out: list[Cand] = []
    for c in chosen:
        m = None
        if c.kind == "date" and c.granularity == "day":
            m = L.week_of.search(text, max(0, c.start - 30), c.start)
        if m is None:
            out.append(c)
            continue
        unit = L.week_of_map[norm(m["w"])]
        value = None
        if c.day is not None:
            iso = c.day.isocalendar()
            value = f"{iso[0]}-W{iso[1]:02d}" + ("-WE" if unit == "weekend" else "")
        _drop_inside(out, m.start())
        out.append(Cand(m.start(), c.end, "date", value, unit, relative=c.relative))
    return out


def part_of_day_of(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """'the morning of March 5', 'nella serata di domani' -> that day's part."""
    L, text = ctx.L, ctx.text
    out: list[Cand] = []
    for c in chosen:
        m = None
        if c.kind == "date" and c.granularity == "day":
            m = L.pod_of.search(text, max(0, c.start - 30), c.start)
        if m is None:
            out.append(c)
            continue
        part = L.pod_of_map[norm(m["p"])]
        _drop_inside(out, m.start())  # "nella serata" tagged alone
        value = f"{c.day.isoformat()}T{part}" if c.day is not None else None
        out.append(Cand(m.start(), c.end, "time", value, "part_of_day", relative=c.relative,
                        day=c.day))  # fmt: skip
    return out


_MOD_GRAINS = frozenset(
    {"year", "month", "week", "decade", "century", "season", "quarter", "half", "part_of_day"}
)


def mod_of_period(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """'the end of 2012', 'mid-1990s', "all'inizio di quest'anno": the modifier joins the span
    and sets TimeML's mod."""
    L, text = ctx.L, ctx.text
    out: list[Cand] = []
    for c in chosen:
        m = None
        if c.kind in ("date", "time") and c.mod is None and c.granularity in _MOD_GRAINS:
            m = L.mod_period.search(text, max(0, c.start - 24), c.start)
        if m is None or (out and out[-1].end > m.start()):
            out.append(c)
            continue
        out.append(replace(c, start=m.start(), mod=L.mod_map[norm(m["mod"])]))
    return out


def period_of_year(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """'the third quarter of 2016', "il primo semestre dell'anno prossimo" -> 2016-Q3."""
    L, text = ctx.L, ctx.text
    out: list[Cand] = []
    for c in chosen:
        m = None
        if c.kind == "date" and c.granularity == "year":
            m = L.period_of_year.search(text, max(0, c.start - 40), c.start)
        if m is None:
            out.append(c)
            continue
        _drop_inside(out, m.start())  # anything tagged inside the phrase
        n = L.ordinal_map[norm(m["ord"])]
        half = norm(m["noun"]) in L.half_nouns
        limit = 2 if half else 4
        n = limit if n < 0 else n
        if not 1 <= n <= limit:
            out.append(c)
            continue
        code = "H" if half else "Q"
        value = f"{c.value}-{code}{n}" if c.value is not None else None
        out.append(Cand(m.start(), c.end, "date", value, "half" if half else "quarter",
                        relative=c.relative))  # fmt: skip
    return out


def day_then_part(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """'Monday in the morning', 'lunedì in serata' -> that day's part (a phrase like "in serata"
    alone would be read as today's)."""
    L, text = ctx.L, ctx.text
    out: list[Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        pm = None
        if c.kind == "date" and c.granularity == "day":
            pm = L.pod_after.match(text, c.end)
        if pm is None:
            out.append(c)
            i += 1
            continue
        part = L.pod_after_map[norm(pm["p"])]
        value = f"{c.day.isoformat()}T{part}" if c.day is not None else None
        out.append(Cand(c.start, pm.end(), "time", value, "part_of_day", relative=c.relative,
                        day=c.day))  # fmt: skip
        i += 1
        while i < len(chosen) and chosen[i].start < pm.end():  # "in serata" tagged alone
            i += 1
    return out


def part_of_day_clock(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """'this afternoon at 2', 'tonight at 11', 'stasera alle 8': the hour is a clock time read
    in that part of the day (a bare hour after 'at' is a time here, not a score)."""
    L, text = ctx.L, ctx.text
    out: list[Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        m = L.pod_clock.match(text, c.end) if c.granularity == "part_of_day" else None
        hs = norm(m["h"]) if m is not None else ""
        h = (int(hs) if hs.isdigit() else L.hour_words.get(hs)) if m is not None else None
        if m is None or h is None or h > 23:
            out.append(c)
            i += 1
            continue
        mi = int(m["mi"]) if m["mi"] else 0
        h = hour_in_part(h, (c.value or "")[-2:])
        value = f"{c.day.isoformat()}T{h:02d}:{mi:02d}" if c.day is not None else None
        # two timexes, as TimeML writes them: the part of the day and the clock time in it
        out.append(c)
        out.append(Cand(m.start("h"), m.end(), "time", value, "time", relative=True,
                        priority=4, day=c.day))  # fmt: skip
        i += 1
        while i < len(chosen) and chosen[i].start < m.end():  # the hour tagged alone
            i += 1
    return out


def hour_before_part(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """'at 5 tomorrow afternoon', 'alle 8 di stasera': the hour read in that part of that day."""
    L, text = ctx.L, ctx.text
    out: list[Cand] = []
    for c in chosen:
        m = None
        if c.granularity == "part_of_day" and c.day is not None and c.value:
            m = L.hour_before_part.search(text, max(0, c.start - 16), c.start)
        if (
            m is None
            or c.day is None
            or c.value is None
            or (out and out[-1].end > m.start() and out[-1].kind != "time")
            or int(m["h"]) > 23
        ):
            out.append(c)
            continue
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "time" and prev.start < m.start("h") < prev.end:
            # 'alle 8 e 20 di ieri mattina': the number is the minutes of a clock read whole
            if prev.clock is None:
                out.append(c)
                continue
            out.pop()
            h = hour_in_part(int(prev.clock[:2]), c.value[-2:])
            out.append(Cand(prev.start, c.end, "time",
                            f"{c.day.isoformat()}T{h:02d}:{prev.clock[3:5]}", "time",
                            relative=True, day=c.day))  # fmt: skip
            continue
        h = hour_in_part(int(m["h"]), c.value[-2:])
        _drop_inside(out, m.start())  # the hour tagged alone
        out.append(Cand(m.start("h"), c.end, "time", f"{c.day.isoformat()}T{h:02d}:00", "time",
                        relative=True, day=c.day))  # fmt: skip
    return out


_ERA_GRAINS = frozenset({"century", "decade", "year"})


def era(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """'the 3rd century BC', '44 a.C.', '79 d.C.': the era joins the span. Before Christ there
    is no value (ISO 8601 writes such years only in an expanded form agreed between the
    parties; '02' would say the years 100-199 AD); after Christ the year is written out."""
    L, text = ctx.L, ctx.text
    if not any(w in text for w in L.era_words):
        return chosen
    out: list[Cand] = []
    for c in chosen:
        m = L.era_after.match(text, c.end) if c.granularity in _ERA_GRAINS else None
        if m is not None:
            c = replace(c, end=m.end(), value=None if m["bc"] else c.value)
        out.append(c)
    taken = [(c.start, c.end) for c in out]
    for m in L.era_year.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        year = int(m["y"])
        value = None if m["bc"] or year == 0 else cal.fmt_year(year)
        out.append(Cand(m.start(), m.end(), "date", value, "year", priority=1))
    out.sort(key=lambda c: c.start)
    return out


def intervals(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """'between April and October', 'dal 5 maggio al 3 giugno', 'from 2019 to 2021' -> one
    interval. A word join needs its opening word ("between", "dal"); a dash needs none."""
    L, text = ctx.L, ctx.text
    out: list[Cand] = []
    i = 0
    while i < len(chosen):
        a = chosen[i]
        if i + 1 < len(chosen) and a.kind in ("date", "time") and chosen[i + 1].kind == a.kind:
            b = chosen[i + 1]
            opener = L.range_open.search(text, max(0, a.start - 14), a.start)
            dash = L.dash_join.fullmatch(text, a.end, b.start)
            if (
                (dash and a.granularity == b.granularity)
                or (opener and L.range_join.fullmatch(text, a.end, b.start))
                # "4pm till 5pm", "5 to 6pm": two clock times need no opening word
                or (a.kind == "time" and L.time_to_join.fullmatch(text, a.end, b.start))
            ):
                start = opener.start() if opener and not dash else a.start
                out.append(_interval(start, _time_start(a, b), b))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _time_start(a: Cand, b: Cand) -> Cand:
    """The start of a range of clock times, completed from its end."""
    if a.kind == "time" and a.clock and b.zone and not a.zone:
        # "9:30 - 11:00 CST": the zone written once is both ends'
        day = a.value[:10] if a.value else None
        tz = cal.zone_offset(b.zone, dt.date.fromisoformat(day)) if day else None
        if tz and a.value is not None:
            a = replace(a, zone=b.zone, value=f"{a.value}{tz}")
    if a.kind == "time" and a.day is None and b.day is not None and a.clock:
        # "dalle 9:30 alle 11:00 di giovedì": the start is on the end's day
        tz = cal.zone_offset(a.zone, b.day) if a.zone else ""
        a = replace(a, value=f"{b.day.isoformat()}T{a.clock}{tz or ''}")
    return a


def _interval(start: int, a: Cand, b: Cand) -> Cand:
    value = a.value if a.value is not None and b.value is not None else None
    return Cand(start, b.end, "interval", value, a.granularity, relative=a.relative or b.relative,
                end_value=b.value if value is not None else None)  # fmt: skip


_ONE_UNIT = re.compile(r"^(PT?)(\d+(?:\.\d+)?)([A-Z]+)$")


def duration_range(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """'35-40 minutes', 'da uno a tre giorni', 'between two and three hours': the duration of
    the upper end keeps the lower one as its range's start (value = lower, end_value = upper)."""
    L, text = ctx.L, ctx.text
    out: list[Cand] = []
    for c in chosen:
        m = _ONE_UNIT.match(c.value or "") if c.kind == "duration" else None
        r = L.range_before.search(text, max(0, c.start - 40), c.start) if m else None
        low = parse_number(L.lang, r["a"]) if r is not None else None
        if m is None or r is None or low is None or not 0 < low < float(m[2]):
            out.append(c)
            continue
        amount = str(int(low)) if float(low).is_integer() else f"{low:g}"
        start = r.start("open") if r["open"] else r.start("a")
        out.append(replace(c, start=start, value=f"{m[1]}{amount}{m[3]}", end_value=c.value))
    return out


def deictic_apposition(ctx: Context, chosen: list[Cand]) -> list[Cand]:
    """'domani 10 maggio', 'oggi, 23 maggio', 'today (May 5)': a named day and the day of the
    month in apposition are one date, the year the named day's (not the tense's)."""
    L, text = ctx.L, ctx.text
    out: list[Cand] = []
    i = 0
    while i < len(chosen):
        a = chosen[i]
        b = chosen[i + 1] if i + 1 < len(chosen) else None
        if (
            b is not None
            and a.kind == "date"
            and a.day is not None
            and b.yearless is not None
            and b.yearless[1] is not None
            and L.rel_days.fullmatch(text, a.start, a.end)
            and not text[a.end : b.start].strip(" ,(")
        ):
            month, dom = b.yearless
            day = valid_day(a.day.year, month, dom) if dom is not None else None
            if day is not None:
                out.append(
                    replace(
                        b,
                        start=a.start,
                        value=day.isoformat(),
                        day=day,
                        end=b.end
                        + (
                            1
                            if text[b.end : b.end + 1] == ")" and "(" in text[a.end : b.start]
                            else 0
                        ),
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out
