"""Durations and ages: a quantity and a unit ("12 days", "dodici giorni"), joined parts ("3 hours
and 17 minutes"), vague plurals ("months"), fixed phrases ("all day"), and the readings that make
a duration a date ("two weeks ago", "in 3 days"), a span of units ("the last two days") or an
age ("58-year-old", "la figlia di tre anni").

A duration is read in two steps: the parts are found and joined into groups (`_groups`), then
each group gets the first reading that applies (`_READINGS`), a plain duration otherwise.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .. import calendar as cal
from ..candidates import Cand
from ..context import Context, assistant
from ..language import Lang
from ..numbers import number_before, parse_number
from ..patterns import norm
from ..tense import tense

__all__ = ["durations", "age", "hyphen_range", "glued_words", "race_time"]

Part = tuple[int, int, float | None, str]  # start, end, amount (None: vague), unit

_SHIFTABLE = frozenset({"Y", "M", "W", "D", "DE", "Q", "FN", "CE"})
_AHEAD: dict[str, tuple[str, Callable[[dt.date], str]]] = {
    "D": ("day", dt.date.isoformat), "W": ("week", cal.fmt_week), "M": ("month", cal.fmt_month),
    "Q": ("quarter", cal.fmt_quarter), "Y": ("year", lambda d: cal.fmt_year(d.year)),
}  # fmt: skip
_GRAIN_OF_UNIT = {"CE": "century", "DE": "decade", "Y": "year", "Q": "month", "M": "month",
                  "FN": "day", "W": "week", "D": "day"}  # fmt: skip
_CLOCK_UNITS = {"H": "hours", "MIN": "minutes", "S": "seconds", "D": "days", "W": "weeks"}
_UNIT_TIMEDELTA = {**_CLOCK_UNITS, "FN": "weeks"}
_UNIT_FACTOR = {"FN": 2}


@dataclass(slots=True)
class _Marks:
    """What the unit pass saw between a number and its unit (assistant convention)."""

    inner_span: dict[int, int] = field(default_factory=dict)  # unit start -> sign of a span word
    upcoming: set[int] = field(default_factory=set)  # unit starts after "upcoming"


def durations(ctx: Context) -> Iterator[Cand]:
    """Quantity + unit, joined parts ("3 hours and 17 minutes"), vague plurals, ago/in."""
    marks = _Marks()
    parts = [*_unit_parts(ctx, marks), *_glued_parts(ctx), *_fixed_parts(ctx)]
    parts.sort()
    for g in _groups(ctx.L, ctx.text, parts):
        yield _reading(ctx, g, marks)


_WORD = re.compile(r"[ \t]+(?P<w>[^\W\d_]+)")


def _unit_parts(ctx: Context, marks: _Marks) -> Iterator[Part]:
    """A unit word and the number before it ("12 days", "two and a half hours"), or a vague
    plural alone ("months", "for days")."""
    L, text = ctx.L, ctx.text
    for m in ctx.S.it(L.unit_re, "unit"):
        uword = norm(m["u"])
        unit = L.units[uword]
        num = number_before(L, text, m.start())
        if num is None:
            num = _number_before_filler(L, text, m.start(), marks)
        if num is not None:
            start, amount = num
            if _ordinal_second(L, text, start, m.start(), m.end(), uword):
                continue  # 'a second earthquake', 'un secondo forte terremoto'
            end = m.end()
            half = L.half_re.match(text, end)
            if half and amount is not None:
                amount += 0.5
                end = half.end()
            yield (start, end, amount, unit)
            continue
        # "mezz'ora", "un'ora" glue the number with an apostrophe
        if assistant():
            continue  # "for months" is no amount an assistant can act on (Duckling: none)
        if uword in L.m.VAGUE_PLURALS:
            yield (m.start(), m.end(), None, unit)
        elif uword in L.m.CUED_PLURALS and L.vague_cue_re.search(
            text[max(0, m.start() - 20) : m.start()]
        ):
            yield (m.start(), m.end(), None, unit)


def _ordinal_second(L: Lang, text: str, start: int, ustart: int, uend: int, uword: str) -> bool:
    """'second' is also the ordinal: after an article ('a second earthquake', 'un secondo forte
    terremoto') a word that opens a noun phrase follows it; a duration is followed by the end
    of the clause or a function word ('for a second.', 'un secondo di troppo', 'a second
    later')."""
    if uword not in L.m.ORDINAL_UNITS or any(c.isdigit() for c in text[start:ustart]):
        return False
    nxt = _WORD.match(text, uend)
    return nxt is not None and nxt["w"].lower() not in L.duration_followers


def _number_before_filler(
    L: Lang, text: str, pos: int, marks: _Marks
) -> tuple[int, float | None] | None:
    """'2 more minutes', 'two additional days': the number is before the filler word; for an
    assistant also before a span word ("le 2 ultime settimane") or "upcoming"."""
    filler = L.filler_re.search(text, max(0, pos - 16), pos)
    if filler is None and assistant():
        filler = L.span_before.search(text, max(0, pos - 16), pos)
        if filler is not None:
            marks.inner_span[pos] = L.span_map[norm(filler["w"])]
        elif L.upcoming_re is not None:  # "2 upcoming weeks"
            filler = L.upcoming_re.search(text, max(0, pos - 16), pos)
            if filler is not None:
                marks.upcoming.add(pos)
    return number_before(L, text, filler.start()) if filler else None


def _glued_parts(ctx: Context) -> Iterator[Part]:
    """'3h', '3giorni', '3.5years', '30-minutes'; "3m" is metres, so only unit words longer than
    one letter or "h"."""
    L = ctx.L
    for m in ctx.S.at(L.unit_glued):
        uword = norm(m["u"])
        if uword == "h" or len(uword) > 1:
            a, _, b = m["n"].partition("/")
            if b and not 0 < int(a) < int(b):
                continue
            amount = int(a) / int(b) if b else float(a.replace(",", "."))
            yield (m.start(), m.end(), amount, L.units[uword])


def _fixed_parts(ctx: Context) -> Iterator[Part]:
    """'all day', "l'intera settimana": durations without a number."""
    L = ctx.L
    for m in ctx.S.it(L.fixed_dur, "fixed"):
        yield (m.start(), m.end(), *L.fixed_map[norm(m.group())])


def _groups(L: Lang, text: str, parts: list[Part]) -> list[list[Part]]:
    """Join "3 hours and 17 minutes", "176 days, 2 hours and 33 minutes"; then "1 hour thirty",
    "2 hours and 10": a bare number closing the clause after hours is minutes."""
    groups: list[list[Part]] = []
    for p in parts:
        if groups:
            last = groups[-1][-1]
            gap = text[last[1] : p[0]]
            if (
                last[2] is not None
                and p[2] is not None
                and (L.joiner_re.fullmatch(gap) or (gap.isspace() and "\n" not in gap))
                and p[3] not in {q[3] for q in groups[-1]}
            ):
                groups[-1].append(p)
                continue
        groups.append([p])
    for g in groups:
        last = g[-1]
        if last[3] == "H" and last[2] is not None and len(g) == 1:
            hm = L.hour_minutes.match(text, last[1])
            mins = parse_number(L.lang, hm["n"]) if hm else None
            if hm and mins is not None and 1 <= mins < 60 and float(mins).is_integer():
                g.append((hm.start("n"), hm.end("n"), mins, "MIN"))
    return groups


@dataclass(slots=True)
class _Group:
    """A group of joined parts and what its readings look at."""

    parts: list[Part]
    start: int
    end: int
    value: str  # the duration's value
    before: str  # the 30 characters before it
    before_at: int  # where `before` starts
    exact: bool  # every part has an amount
    # an assistant with a time of day keeps it across days and weeks ("in 7 days" is that
    # moment a week on)
    by_clock: bool


def _reading(ctx: Context, parts: list[Part], marks: _Marks) -> Cand:
    """The first reading of `_READINGS` that applies to a group, else a plain duration."""
    start, end = parts[0][0], parts[-1][1]
    before_at = max(0, start - 30)
    by_clock = assistant() and ctx.now is not None and all(p[3] in ("D", "W", "FN") for p in parts)
    g = _Group(
        parts, start, end, cal.duration_value([(a, u) for _, _, a, u in parts]),
        ctx.text[before_at:start], before_at, exact=all(p[2] is not None for p in parts),
        by_clock=by_clock,
    )  # fmt: skip
    for read in _READINGS:
        c = read(ctx, g, marks)
        if c is not None:
            return c
    approx = ctx.L.approx_re.search(g.before) is not None
    return Cand(start, end, "duration", g.value, approximate=approx, priority=1)


def _person_age(ctx: Context, g: _Group, marks: _Marks) -> Cand | None:
    """'la figlia di tre anni': an age, not a duration ("58-year-old" is `age`'s)."""
    L = ctx.L
    if (
        L.person_re is not None
        and len(g.parts) == 1
        and g.parts[0][3] == "Y"
        and L.person_re.search(g.before)
    ):
        return Cand(g.start, g.end, "age", g.value, priority=4)
    return None


def _upcoming_units(ctx: Context, g: _Group, marks: _Marks) -> Cand | None:
    """Assistant: 'upcoming two weeks', '2 upcoming days': the unit that many ahead (the week
    two weeks ahead: Duckling's reading)."""
    anchor, part = ctx.anchor, g.parts[0]
    if not (assistant() and g.exact and len(g.parts) == 1 and anchor is not None):
        return None
    if part[3] not in _AHEAD:
        return None
    L = ctx.L
    up = L.upcoming_re.search(g.before) if L.upcoming_re is not None else None
    inside = any(g.start < k < g.end for k in marks.upcoming)
    if not ((up or inside) and float(part[2] or 0).is_integer()):
        return None
    grain, fmt = _AHEAD[part[3]]
    try:
        ahead: str | None = fmt(cal.shift(anchor, part[3], int(part[2] or 0)))
    except cal.OutOfCalendar:
        ahead = None
    s0 = g.before_at + up.start() if up else g.start
    return Cand(s0, g.end, "date", ahead, grain, relative=True, priority=4)


def _units_span(ctx: Context, g: _Group, marks: _Marks) -> Cand | None:
    """Assistant: 'the last two days', 'i prossimi 3 mesi': those units next to the anchor."""
    if not (assistant() and g.exact and len(g.parts) == 1):
        return None
    L, part = ctx.L, g.parts[0]
    sb = L.span_before.search(g.before)
    sa = None if sb else L.span_after.match(ctx.text, g.end)
    inner = next((v for k, v in marks.inner_span.items() if g.start < k < g.end), None)
    if not (sb or sa or inner is not None):
        return None
    sign = inner if inner is not None else L.span_map[norm((sb or sa)["w"])]  # type: ignore[index]
    s0 = g.before_at + sb.start() if sb else g.start
    e0 = sa.end() if sa else g.end
    return _unit_span(s0, e0, part[3], int(part[2] or 0), sign, ctx.anchor, ctx.now)


def _shifted(ctx: Context, g: _Group, marks: _Marks) -> Cand | None:
    """'two weeks ago', 'three days from now' (and, for an assistant, '2 years later')."""
    L, text, is_assistant = ctx.L, ctx.text, assistant()
    ago = L.ago_re.match(text, g.end)
    shift = ago or (L.later_assistant_re if is_assistant else L.later_re).match(text, g.end)
    if shift is None or not g.exact:
        return None
    sign = -1 if ago else 1
    if all(p[3] in _SHIFTABLE for p in g.parts) and not g.by_clock:
        return _relative_shift(g.start, shift.end(), g.parts, sign, ctx.anchor)
    if is_assistant and ctx.now is not None:
        return _clock_shift(g.start, shift.end(), g.parts, sign, ctx.now)
    return None


def _in_future(ctx: Context, g: _Group, marks: _Marks) -> Cand | None:
    """'in 3 days', 'tra due giorni', (assistant) 'in about half an hour'."""
    L, text, is_assistant = ctx.L, ctx.text, assistant()
    inm = L.in_re.search(g.before)
    am = L.approx_re.search(g.before) if inm is None and is_assistant else None
    if am is not None:  # "in about half an hour"
        inm = L.in_re.search(g.before, 0, am.start())
        inm = inm if inm is not None and inm.end() == am.start() else None
    if inm is None or not g.exact or L.in_not_before.match(text, g.end):
        return None
    if not is_assistant and (
        tense(L, text, g.start, g.end) < 0
        or L.in_span_re.search(text, max(0, g.start - 50), g.before_at + inm.start())
    ):
        # "the first time in 20 years", "its fastest pace in a decade": told in the past,
        # "in" + a duration is a stretch of time, not a date that far ahead
        return None
    start = g.before_at + inm.start()
    if all(p[3] in _SHIFTABLE for p in g.parts) and not g.by_clock:
        return _relative_shift(start, g.end, g.parts, 1, ctx.anchor)
    if is_assistant and ctx.now is not None:
        return _clock_shift(start, g.end, g.parts, 1, ctx.now)
    return None


# the readings of a group, in order; the first that gives a candidate wins
_READINGS: tuple[Callable[[Context, _Group, _Marks], Cand | None], ...] = (
    _person_age,
    _upcoming_units,
    _units_span,
    _shifted,
    _in_future,
)


def _clock_shift(start: int, end: int, parts: list[Part], sign: int, now: dt.datetime) -> Cand:
    """'in 2 minutes', '3 hours ago' with a time of day: the moment, to the minute (to the
    second when the amount is in minutes or seconds)."""
    moment = now
    try:
        for _, _, amount, unit in parts:
            assert amount is not None
            if unit in _UNIT_TIMEDELTA:
                step = sign * amount * _UNIT_FACTOR.get(unit, 1)
                moment += dt.timedelta(**{_UNIT_TIMEDELTA[unit]: step})
            else:
                moment = dt.datetime.combine(cal.shift(moment.date(), unit, sign * int(amount)),
                                             moment.time())  # fmt: skip
    except (cal.OutOfCalendar, OverflowError):  # timedelta overflows past the year 9999
        return Cand(start, end, "time", None, "time", relative=True, priority=4)
    fine = any(u in ("MIN", "S") for *_, u in parts)
    value = moment.strftime("%Y-%m-%dT%H:%M:%S" if fine else "%Y-%m-%dT%H:%M")
    return Cand(start, end, "time", value, "time", relative=True, priority=4, day=moment.date())


def _unit_span(
    start: int, end: int, unit: str, n: int, sign: int, anchor: dt.date | None,
    now: dt.datetime | None,
) -> Cand | None:  # fmt: skip
    """'the last 2 days' -> [2 days before the anchor's day, the day before it]; 'the next 3
    hours' -> [the hour after the anchor's, 3 hours after it]. Units of the clock need `now`."""
    if n < 1 or anchor is None:
        return None
    if unit in ("H", "MIN", "S"):
        return _clock_units_span(start, end, unit, n, sign, now) if now is not None else None
    if unit not in ("D", "W", "M", "Y", "Q"):
        return None
    base = {
        "D": anchor,
        "W": anchor - dt.timedelta(days=anchor.weekday()),
        "M": anchor.replace(day=1),
        "Y": anchor.replace(month=1, day=1),
        "Q": anchor.replace(month=(anchor.month - 1) // 3 * 3 + 1, day=1),
    }[unit]
    try:
        first = cal.shift(base, unit, -n if sign < 0 else 1)
        last = cal.shift(base, unit, -1 if sign < 0 else n)
    except cal.OutOfCalendar:
        return None
    fmt: Callable[[dt.date], str] = {
        "D": cal.fmt_day, "W": cal.fmt_week, "M": cal.fmt_month, "Q": cal.fmt_quarter,
        "Y": lambda d: cal.fmt_year(d.year),
    }[unit]  # fmt: skip
    grain = _GRAIN_OF_UNIT[unit] if unit != "Q" else "quarter"
    return Cand(start, end, "interval", fmt(first), grain, relative=True, priority=5,
                end_value=fmt(last))  # fmt: skip


def _clock_units_span(start: int, end: int, unit: str, n: int, sign: int, now: dt.datetime) -> Cand:
    step = dt.timedelta(**{_CLOCK_UNITS[unit]: 1})
    moment = now.replace(microsecond=0)
    moment = {"H": moment.replace(minute=0, second=0), "MIN": moment.replace(second=0)}.get(
        unit, moment
    )
    first_m = moment + step * (-n if sign < 0 else 1)
    last_m = moment + step * (-1 if sign < 0 else n)
    form = {"H": "%Y-%m-%dT%H:%M", "MIN": "%Y-%m-%dT%H:%M", "S": "%Y-%m-%dT%H:%M:%S"}[unit]
    return Cand(start, end, "interval", first_m.strftime(form), "time", relative=True,
                priority=5, end_value=last_m.strftime(form))  # fmt: skip


def _relative_shift(
    start: int, end: int, parts: list[Part], sign: int, anchor: dt.date | None
) -> Cand:
    """'two weeks ago' -> the week two weeks before the anchor, at the finest unit's granularity;
    '1 month and 21 days ago' -> a day."""
    if anchor is None or any(p[2] is None or not float(p[2]).is_integer() for p in parts):
        return Cand(start, end, "date", None, None, relative=True, priority=4)
    day = anchor
    try:
        for _, _, amount, unit in parts:
            assert amount is not None
            day = cal.shift(day, unit, sign * int(amount))
    except cal.OutOfCalendar:
        # '3.2 million years ago': a date no calendar writes; the expression is still a date
        grain = _GRAIN_OF_UNIT[parts[-1][3]]
        return Cand(start, end, "date", None, grain, relative=True, priority=4)
    # news keeps the unit's granularity ("two weeks ago" is a week); an assistant counts days
    single = len(parts) == 1 and not assistant()
    grain = _GRAIN_OF_UNIT[parts[-1][3]] if single else "day"
    value = {
        "century": cal.fmt_century(day.year),
        "decade": cal.fmt_decade(day.year),
        "year": cal.fmt_year(day.year),
        "month": cal.fmt_month(day),
        "week": cal.fmt_week(day),
        "day": day.isoformat(),
    }[grain]
    return Cand(start, end, "date", value, grain, relative=True, priority=4, day=day)


def age(ctx: Context) -> Iterator[Cand]:
    """'58-year-old', '37enne', 'ha 37 anni'."""
    L = ctx.L
    for rx in L.age_res:
        for m in ctx.S.it(rx, "age"):
            n = parse_number(L.lang, m["num"])
            if n is None or n > 130:
                continue
            unit = "M" if L.age_in_months.search(m.group()) else "Y"
            span = m.span("age") if "age" in rx.groupindex else m.span()
            yield Cand(span[0], span[1], "age", f"P{int(n)}{unit}", priority=5)


def hyphen_range(ctx: Context) -> Iterator[Cand]:
    """'35-40 minutes', '2-3 weeks': a duration whose amount is a range (value = the lower end,
    end_value = the upper one)."""
    L = ctx.L
    if "-" not in ctx.text and "–" not in ctx.text:
        return
    for m in L.hyphen_range.finditer(ctx.text):
        low, high = int(m["a"]), int(m["b"])
        if not 0 < low < high < 1000:
            continue  # '1980-1990 years' is no amount
        unit = L.units[norm(m["u"])]
        yield Cand(m.start(), m.end(), "duration", cal.duration_value([(low, unit)]),
                   end_value=cal.duration_value([(high, unit)]), priority=2)  # fmt: skip


def glued_words(ctx: Context) -> Iterator[Cand]:
    """'a nine-month ban', 'his eight-year career' (the digit form '9-month' is a unit part)."""
    L = ctx.L
    if "-" not in ctx.text:
        return
    for m in L.unit_glued_word.finditer(ctx.text):
        n = parse_number(L.lang, m["n"])
        if n is None or n <= 0:
            continue
        unit = L.units[norm(m["u"])]
        yield Cand(m.start(), m.end(), "duration", cal.duration_value([(n, unit)]), priority=1)


def race_time(ctx: Context) -> Iterator[Cand]:
    """Race times and gaps: 44’23’’ (PT44M23S), 1'18"792 (PT1M18.792S), 'a 40"' (PT40S)."""
    text = ctx.text
    if not ctx.L.m.PRIME_TIMES or not any(c in text for c in "'’′\"″"):
        return
    for m in ctx.L.race_time.finditer(text):
        if m["s2"]:
            before = text[max(0, m.start() - 3) : m.start()]
            if not before.rstrip().endswith(("+", "a", "at", "by", "di", "in")):
                continue  # '14"' is a gap only after 'a', 'at', '+': else a quote or inches
            value = f"PT{int(m['s2'])}S"
        else:
            secs = f"{int(m['s'])}.{m['ms']}" if m["ms"] else str(int(m["s"]))
            value = f"PT{int(m['m'])}M{secs}S" if int(m["m"]) else f"PT{secs}S"
        yield Cand(m.start(), m.end(), "duration", value, priority=2)
