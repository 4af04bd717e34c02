"""Expressions named from the anchor: 'yesterday', 'next week', 'la settimana scorsa', 'Friday',
'the end of the year', 'now', and (news) 'the next day' counted from the story's last date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from .. import calendar as cal
from ..candidates import Cand
from ..context import Context, assistant
from ..language import Lang
from ..numbers import number_before
from ..patterns import norm
from ..tense import tense
from .base import cap_ok

__all__ = [
    "relative_day",
    "assistant_day",
    "relative_part_of_day",
    "shifted_grain",
    "modified_grain",
    "narrative_day",
    "period_abbreviation",
    "grain_after",
    "weekdays_away",
    "present_moment",
    "vague_reference",
    "weekday",
]


def relative_day(ctx: Context) -> Iterator[Cand]:
    """'today', 'yesterday', "l'altro ieri"."""
    L, anchor = ctx.L, ctx.anchor
    for m in ctx.S.it(L.rel_days, "relday"):
        off = L.rel_days_map[norm(m.group())]
        day = anchor + dt.timedelta(days=off) if anchor else None
        yield Cand(m.start(), m.end(), "date", day.isoformat() if day else None, "day",
                   relative=True, priority=3, day=day)  # fmt: skip


def assistant_day(ctx: Context) -> Iterator[Cand]:
    """'the next day', 'il giorno dopo': from the anchor for an assistant (in news they count
    from the story's last event, so they are not resolved against the anchor there)."""
    if not assistant():
        return
    L, anchor = ctx.L, ctx.anchor
    for m in ctx.S.it(L.assistant_days_re, "grain"):
        off = L.assistant_days[norm(m.group())]
        day = anchor + dt.timedelta(days=off) if anchor else None
        yield Cand(m.start(), m.end(), "date", day.isoformat() if day else None, "day",
                   relative=True, priority=3, day=day)  # fmt: skip


def relative_part_of_day(ctx: Context) -> Iterator[Cand]:
    """'tonight', 'stamane', 'yesterday afternoon'."""
    L, anchor = ctx.L, ctx.anchor
    for m in ctx.S.it(L.rel_parts, "relday"):
        off, part = L.rel_parts_map[norm(m.group())]
        day = anchor + dt.timedelta(days=off) if anchor else None
        yield Cand(m.start(), m.end(), "time", f"{day}T{part}" if day else None,
                   "part_of_day", relative=True, priority=3, day=day)  # fmt: skip


def _short_name(L: Lang, g: str) -> bool:
    """'Sun', 'mar': abbreviated weekdays and months are other words after 'last'/'next'."""
    return g in L.m.WEEKDAY_ABBREVIATIONS or (g in L.months and len(g) <= 3)


def shifted_grain(ctx: Context) -> Iterator[Cand]:
    """'last week', 'next Tuesday', 'this year', 'early next month'."""
    L, text, anchor = ctx.L, ctx.text, ctx.anchor
    for m in ctx.S.it(L.rel_pre, "grain"):
        g = norm(m["g"])
        if g in L.weekdays and not cap_ok(L, text, m.start("g"), L.m.WEEKDAY_CASE_SENSITIVE):
            continue
        if g in L.months and not cap_ok(L, text, m.start("g"), L.m.MONTH_CASE_SENSITIVE):
            continue
        if _short_name(L, g):
            continue
        offset = L.rel_before_map[norm(m["pre"])]
        res = grain_value(L, g, offset, anchor, text, m.start(), m.end())
        if res is None:
            continue
        mod = L.mod_map[norm(m["mod"])] if m["mod"] else None
        yield Cand(m.start(), m.end(), "date", res[0], res[1], relative=True, priority=3,
                   mod=mod)  # fmt: skip


def modified_grain(ctx: Context) -> Iterator[Cand]:
    """'the end of the year', 'entro fine anno', "all'inizio del mese": the current period."""
    L, text, anchor = ctx.L, ctx.text, ctx.anchor
    for m in ctx.S.it(L.mod_grain, "grain"):
        whole = norm(m.group())
        if whole in L.grain_map:  # "fine settimana" is the weekend, not the week's end
            res = grain_value(L, whole, 0, anchor, text, m.start(), m.end())
            mod = None
        else:
            res = grain_value(L, norm(m["g"]), 0, anchor, text, m.start(), m.end())
            mod = L.mod_map[norm(m["mod"])]
        if res is None or res[1] == "day":
            continue
        # priority 0: a fixed duration of the same words ("metà anno" = P6M) wins the tie
        yield Cand(m.start(), m.end(), "date", res[0], res[1], relative=True, priority=0,
                   mod=mod)  # fmt: skip


def narrative_day(ctx: Context) -> Iterator[Cand]:
    """News: 'the next day', 'il giorno dopo' count from the story's last date
    (`compose.narrative`); without a date before them in the paragraph, from the anchor
    (HeidelTime's news strategy), whose value is filled in here."""
    if assistant():
        return
    L, text, anchor = ctx.L, ctx.text, ctx.anchor
    for m in ctx.S.it(L.narrative_re, "narrative"):
        if L.narrative_not_before.match(text, m.end()):
            continue
        off = L.narrative_days[norm(m.group())]
        day = anchor + dt.timedelta(days=off) if anchor else None
        yield Cand(m.start(), m.end(), "date", day.isoformat() if day else None, "day",
                   relative=True, priority=5, day=day, narrative=("D", off, True))  # fmt: skip


def period_abbreviation(ctx: Context) -> Iterator[Cand]:
    """'by EOM', 'at the BOY': business shorthand for the end or start of the current period."""
    L = ctx.L
    if L.period_abbr_re is None:
        return
    for m in ctx.S.it(L.period_abbr_re, "abbr"):
        grain, mod = L.period_abbr[m.group()]
        res = grain_value(L, grain, 0, ctx.anchor, ctx.text, m.start(), m.end())
        if res is not None:
            yield Cand(m.start(), m.end(), "date", res[0], res[1], relative=True, priority=3,
                       mod=mod)  # fmt: skip


def grain_after(ctx: Context) -> Iterator[Cand]:
    """'the week after next', 'March after next', 'la settimana prossima'."""
    L, text = ctx.L, ctx.text
    if L.rel_post is None:
        return
    for m in ctx.S.it(L.rel_post, "grain"):
        g = norm(m["g"])
        if _short_name(L, g):
            continue
        offset = L.rel_after_map[norm(m["post"])]
        res = grain_value(L, g, offset, ctx.anchor, text, m.start(), m.end())
        if res is None:
            continue
        start = m.start("g") if m["art"] else m.start()
        yield Cand(start, m.end(), "date", res[0], res[1], relative=True, priority=3)


def weekdays_away(ctx: Context) -> Iterator[Cand]:
    """'3 fridays from now', 'two Sundays ago': the n-th such weekday after / before the anchor."""
    L, text, anchor = ctx.L, ctx.text, ctx.anchor
    for m in ctx.S.it(L.weekday_plural, "weekday"):
        num = number_before(L, text, m.start())
        later = L.later_re.match(text, m.end())
        ago = L.ago_re.match(text, m.end())
        if num is None or num[1] is None or not (later or ago) or not float(num[1]).is_integer():
            continue
        n, wd = int(num[1]), L.weekday_plural_map[norm(m.group())]
        shifted: dt.date | None = None
        if anchor is not None and n >= 1:
            if later:
                shifted = cal.weekday_near(anchor + dt.timedelta(days=1), wd, 1)
                shifted += dt.timedelta(weeks=n - 1)
            else:
                shifted = cal.weekday_near(anchor - dt.timedelta(days=1), wd, -1)
                shifted -= dt.timedelta(weeks=n - 1)
        end = (later or ago).end()  # type: ignore[union-attr]
        yield Cand(num[0], end, "date", shifted.isoformat() if shifted else None, "day",
                   relative=True, priority=4, day=shifted)  # fmt: skip


def present_moment(ctx: Context) -> Iterator[Cand]:
    """'now', 'adesso': the anchor's moment for an assistant."""
    if not assistant() or ctx.now is None:
        return
    moment = ctx.now
    for m in ctx.S.it(ctx.L.present_re, "present"):
        yield Cand(m.start(), m.end(), "time", moment.strftime("%Y-%m-%dT%H:%M:%S"), "time",
                   relative=True, priority=2, day=moment.date())  # fmt: skip


def vague_reference(ctx: Context) -> Iterator[Cand]:
    """News (TimeML): 'now', 'recently', 'in the future' are PRESENT_REF / PAST_REF /
    FUTURE_REF; not calendar facts, so the record builder leaves them out."""
    if assistant():
        return
    L, text, S = ctx.L, ctx.text, ctx.S
    refs = [(m, L.ref_map[norm(m.group())]) for m in S.it(L.ref_re, "ref")]
    refs += [
        (m, "PRESENT_REF")
        for rx, not_before in L.present_guarded
        for m in S.it(rx, "ref")
        if not not_before.search(text, max(0, m.start() - 12), m.start())
    ]
    for m, ref in refs:
        yield Cand(m.start(), m.end(), "date", ref, "reference", relative=True, priority=1)


def weekday(ctx: Context) -> Iterator[Cand]:
    """'Sunday', 'domenica sera': with no tense in the clause, the weekday of the anchor's own
    week (a news prior), or the coming one under the assistant convention."""
    L, text, anchor = ctx.L, ctx.text, ctx.anchor
    for m in ctx.S.it(L.weekday_re, "weekday"):
        g = norm(m["wd"])
        abbr = g in L.m.WEEKDAY_ABBREVIATIONS and not assistant()
        if abbr or not cap_ok(L, text, m.start(), L.m.WEEKDAY_CASE_SENSITIVE):
            continue
        day = (
            None
            if anchor is None
            else weekday_day(L, text, m.start(), m.end(), anchor, L.weekdays[g])
        )
        val = day.isoformat() if day is not None else None
        if m["pod"]:
            part = L.pod_map[norm(m["pod"])]
            yield Cand(m.start(), m.end(), "time", f"{val}T{part}" if val else None,
                       "part_of_day", relative=True, priority=2, day=day)  # fmt: skip
        else:
            yield Cand(m.start(), m.end(), "date", val, "day", relative=True, priority=2,
                       day=day, weekday=L.weekdays[g])  # fmt: skip


def weekday_day(L: Lang, text: str, start: int, end: int, anchor: dt.date, wd: int) -> dt.date:
    """A weekday by the clause's tense; without one, by the call's default (under the
    next-occurrence convention the anchor's own weekday is a week later: "Tuesday" said on a
    Tuesday is next Tuesday)."""
    t = tense(L, text, start, end)
    if t == 0 and assistant():
        return cal.weekday_near(anchor + dt.timedelta(days=1), wd, 1)
    if t == 0:
        # untensed news ('the final against Keys on Sunday.—AP' in Monday's paper): the
        # nearest such day, the past one on a tie (news reports what happened)
        past, ahead = cal.weekday_near(anchor, wd, -1), cal.weekday_near(anchor, wd, 1)
        return past if anchor - past <= ahead - anchor else ahead
    return cal.weekday_near(anchor, wd, t)


GrainValue = tuple[str | None, str]


def grain_value(
    L: Lang, g: str, offset: int, anchor: dt.date | None, text: str, start: int, end: int
) -> GrainValue | None:
    """Value and granularity for (last|this|next) + grain noun / season / weekday / month."""
    try:
        return _grain_value(L, g, offset, anchor, text, start, end)
    except cal.OutOfCalendar:  # 'next year' said on 31 December 9999
        grain = "day" if g in L.weekdays else "month" if g in L.months else L.grain_map.get(g)
        return (None, grain) if grain is not None else None


def _grain_value(
    L: Lang, g: str, offset: int, anchor: dt.date | None, text: str, start: int, end: int
) -> GrainValue | None:
    if g in L.weekdays:
        if anchor is None:
            return None, "day"
        return _weekday_shifted(L, L.weekdays[g], offset, anchor, text, start, end), "day"
    if g in L.months:
        if anchor is None:
            return None, "month"
        return _month_shifted(L.months[g], offset, anchor), "month"
    if g in L.season_map:
        if anchor is None:
            return None, "season"
        return f"{cal.fmt_year(anchor.year + offset)}-{L.season_map[g]}", "season"
    grain = L.grain_map.get(g)
    if grain is None:
        return None
    if anchor is None:
        return None, grain
    shifted = _GRAIN_SHIFTS.get(grain)
    return shifted(anchor, offset) if shifted is not None else None


def _weekday_shifted(
    L: Lang, wd: int, offset: int, anchor: dt.date, text: str, start: int, end: int
) -> str:
    if offset == 0:
        day = weekday_day(L, text, start, end, anchor, wd)
    elif offset < 0:
        # "last Tuesday": the most recent Tuesday strictly before the anchor
        day = cal.weekday_near(anchor - dt.timedelta(days=1), wd, -1)
    else:
        # "next Tuesday": the Tuesday of next week (as "next week" is the week after this)
        day = anchor + dt.timedelta(days=7 - anchor.weekday() + wd)
    return day.isoformat()


def _month_shifted(month: int, offset: int, anchor: dt.date) -> str:
    """'next March' is the coming one (this year's if still ahead), 'March after next' the one
    after it; 'last March' likewise backwards."""
    year = anchor.year + offset
    if offset < 0 and month < anchor.month:
        year += 1
    if offset > 0 and month > anchor.month:
        year -= 1
    return f"{cal.fmt_year(year)}-{month:02d}"


# grain noun -> (anchor, offset) -> (value, granularity)
_GRAIN_SHIFTS: dict[str, Callable[[dt.date, int], GrainValue]] = {
    "year": lambda a, k: (cal.fmt_year(a.year + k), "year"),
    # "this season", "next season": the astronomical one
    "season": lambda a, k: (cal.shift_season(a, k), "season"),
    "month": lambda a, k: (cal.fmt_month(cal.shift(a, "M", k)), "month"),
    "week": lambda a, k: (cal.fmt_week(cal.shift(a, "W", k)), "week"),
    "weekend": lambda a, k: (cal.fmt_week(cal.shift(a, "W", k)) + "-WE", "weekend"),
    "quarter": lambda a, k: (cal.fmt_quarter(cal.shift(a, "Q", k)), "quarter"),
    "day": lambda a, k: (cal.shift(a, "D", k).isoformat(), "day"),
    "decade": lambda a, k: (cal.fmt_decade(a.year + 10 * k), "decade"),
    "century": lambda a, k: (cal.fmt_century(a.year + 100 * k), "century"),
}
