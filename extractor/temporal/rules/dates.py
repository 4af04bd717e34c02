"""Calendar days: "2021-10-06", "10/06/2021", "5 ottobre 2021", "Tuesday, May 5", "the 15th"."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from .. import calendar as cal
from ..calendar import valid_day
from ..candidates import Cand
from ..context import Context, assistant
from ..language import Lang
from ..numbers import year_in_words
from ..patterns import norm
from ..tense import direction
from .base import cap_ok

__all__ = [
    "iso_date",
    "numeric_date",
    "year_month_name_day",
    "numeric_year_first",
    "numeric_day_month",
    "day_month",
    "month_day",
    "nth_weekday",
    "weekday_day",
    "day_alone",
]


def iso_date(ctx: Context) -> Iterator[Cand]:
    """'2021-10-06', '2021-10-06T08:55+03:00'."""
    for m in ctx.S.at(ctx.L.iso):
        day = valid_day(int(m["y"]), int(m["mo"]), int(m["d"]))
        if day is None:
            continue
        if m["h"]:
            tz = m["tz"] or ""
            if tz == "Z":
                tz = "+00:00"
            elif tz and ":" not in tz:
                tz = tz[:3] + ":" + tz[3:]
            yield Cand(m.start(), m.end(), "time", f"{day}T{m['h']}:{m['mi']}{tz}", "time",
                       priority=5, day=day)  # fmt: skip
        else:
            yield Cand(m.start(), m.end(), "date", day.isoformat(), "day", priority=5, day=day)


def _has_separator(text: str) -> bool:
    return "/" in text or "." in text or "-" in text


def numeric_date(ctx: Context) -> Iterator[Cand]:
    """'10/06/2021', '06.10.2021', '10-06-21' in the language's order of day and month."""
    if not _has_separator(ctx.text):
        return
    L = ctx.L
    for m in ctx.S.at(L.numeric):
        a, b, y = int(m["a"]), int(m["b"]), m["y"]
        if len(y) == 2 and m["sep"] == ".":
            continue  # "10.06.21" is too often a version number or a score
        if m["sep2"] != m["sep"] and (m["sep"] != "/" or (len(y) != 4 and not assistant())):
            continue  # "08/12,2015" - a comma before the year only after slashes, a full year
        year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
        mo, d = (a, b) if L.m.DATE_ORDER == "MDY" else (b, a)
        # the other order when the language's one is impossible ("21/04/2016" in English)
        day = valid_day(year, mo, d) or valid_day(year, d, mo)
        if day is not None:
            yield Cand(m.start(), m.end(), "date", day.isoformat(), "day", priority=4, day=day)


def year_month_name_day(ctx: Context) -> Iterator[Cand]:
    """'2019-sep-1', '2019/sep/01'."""
    L = ctx.L
    for m in ctx.S.at_starts(L.ymd_name, ctx.S.ymd_starts):
        day = valid_day(int(m["y"]), L.months[norm(m["m"])], int(m["d"]))
        if day is not None:
            yield Cand(m.start(), m.end(), "date", day.isoformat(), "day", priority=4, day=day)


def numeric_year_first(ctx: Context) -> Iterator[Cand]:
    """'2021/10/06', '2021.10.06'."""
    for m in ctx.S.at(ctx.L.numeric_ymd):
        day = valid_day(int(m["y"]), int(m["mo"]), int(m["d"]))
        if day is not None:
            yield Cand(m.start(), m.end(), "date", day.isoformat(), "day", priority=4, day=day)


def numeric_day_month(ctx: Context) -> Iterator[Cand]:
    """'on 4/22', 'il 22/04': only after a date preposition, else it is a fraction or a score
    (an assistant's typed request has no fractions or scores: "4/25 at 4pm" is a date, and so
    is "on 4.22" - in news a decimal or a range)."""
    L, text, anchor = ctx.L, ctx.text, ctx.anchor
    is_assistant = assistant()
    if not ("/" in text or (is_assistant and _has_separator(text))):
        return
    for m in ctx.S.at(L.numeric_dm):
        if m["sep"] != "/" and not is_assistant:
            continue
        prep = L.prep_re.search(text, max(0, m.start() - 12), m.start()) is not None
        if m["sep"] == "/" and not (prep or is_assistant):
            continue
        if m["sep"] != "/" and not prep:
            continue
        a, b = int(m["a"]), int(m["b"])
        mo, d = (a, b) if L.m.DATE_ORDER == "MDY" else (b, a)
        if valid_day(2000, mo, d) is None:
            mo, d = d, mo
        if valid_day(2000, mo, d) is None:
            continue
        if anchor is None:
            yield Cand(m.start(), m.end(), "date", None, "day", relative=True, priority=4)
            continue
        year = cal.nearest_year(anchor, mo, d, direction(L, text, m.start(), m.end()))
        nday = valid_day(year, mo, d)
        if nday is not None:
            yield Cand(m.start(), m.end(), "date", nday.isoformat(), "day", relative=True,
                       priority=4, day=nday)  # fmt: skip


def day_month(ctx: Context) -> Iterator[Cand]:
    """'5 ottobre 2021', '17th of October', '16. Nov. 2016'."""
    for m in ctx.S.it(ctx.L.dmy, "month"):
        c = _month_day(ctx.L, ctx.text, m, ctx.anchor)
        if c is not None:
            yield c


def month_day(ctx: Context) -> Iterator[Cand]:
    """'October 17', 'May 5, 2020', 'March the third', 'jan twenty two, 2018'."""
    for m in ctx.S.it(ctx.L.mdy, "month"):
        c = _month_day(ctx.L, ctx.text, m, ctx.anchor)
        if c is not None:
            yield c


_MONTH_DAY_PRIORITY = 3


def _month_day(L: Lang, text: str, m: re.Match[str], anchor: dt.date | None) -> Cand | None:
    """A match of `dmy` or `mdy`: the day, with its year written, or the nearest one."""
    mname = norm(m.group("m"))
    month = L.months.get(mname)
    if month is None or not cap_ok(L, text, m.start("m"), L.m.MONTH_CASE_SENSITIVE):
        return None
    dc = m.groupdict().get("dc")
    dnum = int(m["d"]) if m["d"] else L.card_days[norm(dc)] if dc else L.day_words[norm(m["dw"])]
    dgroup = "d" if m["d"] else "dc" if dc else "dw"
    dstart, dend = m.span(dgroup)
    start, wday = _weekday_before(L, text, m.start())
    if m.groupdict().get("ddot") and not m.group("y"):
        return None  # "chapter 3. May he..." - a dotted number is a day only with a year
    ys, year_end = _written_year(L, text, m, dc, dend)
    if ys is not None:
        day = valid_day(ys, month, dnum)
        if day is None:
            return None
        return Cand(start, year_end, "date", cal.fmt_day(day), "day",
                    priority=_MONTH_DAY_PRIORITY, day=day)  # fmt: skip
    # a dot after a full month name ends the sentence, it does not abbreviate the name
    abbr_dot = 1 if m.group("dot") and mname in L.month_abbrevs else 0
    end = dend if dend > m.end("m") else m.end("m") + abbr_dot
    if (
        mname in L.m.AMBIGUOUS_MONTHS
        and len(mname) <= 3
        and not m.group("dot")
        and dstart > m.start("m")
        and not (L.m.MONTH_CASE_SENSITIVE and text[m.start("m")].isupper())
    ):
        # "mar 5" - an abbreviation before the day needs a dot, a year or (in English) a capital
        return None
    if (
        mname in L.month_abbrevs
        and mname in L.m.AMBIGUOUS_MONTHS
        and dgroup != "d"
        and not m.group("dot")
        and text[m.start("m")].islower()
    ):
        return None  # "due set", "primo set": an abbreviation in lower case wants digits
    shifted = _shifted_day(L, text, start, end, month, dnum, anchor)
    if shifted is not None:
        return shifted
    return _yearless_day(L, text, start, end, month, dnum, wday, anchor)


def _shifted_day(
    L: Lang, text: str, start: int, end: int, month: int, dnum: int, anchor: dt.date | None
) -> Cand | None:
    """'il 5 ottobre scorso', 'last October 5', 'il prossimo 3 marzo', 'next March 3': the most
    recent such day before the anchor, or the first after it (not last year's October)."""
    post = L.rel_after_day.match(text, end)
    pre = None if post else L.rel_before_day.search(text, max(0, start - 20), start)
    word = post["post"] if post else pre["pre"] if pre else None
    if word is None:
        return None
    offset = (L.rel_after_map if post else L.rel_before_map).get(norm(word))
    if offset not in (-1, 1):
        return None
    s0, e0 = (start, post.end()) if post else (pre.start(), end)  # type: ignore[union-attr]
    if anchor is None:
        return Cand(s0, e0, "date", None, "day", relative=True,
                    priority=_MONTH_DAY_PRIORITY + 1, yearless=(month, dnum))  # fmt: skip
    years = range(anchor.year - 1, anchor.year + 2)
    days = [d for y in years if (d := valid_day(y, month, dnum)) is not None]
    pick = (max((d for d in days if d < anchor), default=None) if offset < 0
            else min((d for d in days if d > anchor), default=None))  # fmt: skip
    if pick is None:
        return None
    return Cand(s0, e0, "date", cal.fmt_day(pick), "day", relative=True,
                priority=_MONTH_DAY_PRIORITY + 1, day=pick)  # fmt: skip


def _weekday_before(L: Lang, text: str, start: int) -> tuple[int, int | None]:
    """'Tuesday, May 5': the start of the weekday before a date, and the weekday."""
    wm = L.wd_before.search(text, max(0, start - 16), start)
    if wm is not None and cap_ok(L, text, wm.start("wd"), L.m.WEEKDAY_CASE_SENSITIVE):
        return wm.start(), L.weekdays[norm(wm["wd"])]
    return start, None


def _written_year(
    L: Lang, text: str, m: re.Match[str], dc: str | None, dend: int
) -> tuple[int | None, int]:
    """The year after a day and month, in digits or in words, and where it ends."""
    year_end = m.end()
    ys: int | None = int(m.group("y")) if m.group("y") else None
    if ys is None and (m["d"] or m["dw"] or dc) and m.end() >= max(m.end("m"), dend):
        yw = L.year_words.match(text, m.end())
        if yw is not None:
            ys = year_in_words(L, yw["w"])
            year_end = yw.end("w")
    return ys, year_end


def _yearless_day(
    L: Lang, text: str, start: int, end: int, month: int, dnum: int, wday: int | None,
    anchor: dt.date | None,
) -> Cand | None:  # fmt: skip
    """A day and month without a year: in the year the clause's tense points to."""
    if anchor is None:
        if valid_day(2000, month, dnum) is None:
            return None
        return Cand(start, end, "date", None, "day", relative=True, priority=_MONTH_DAY_PRIORITY,
                    yearless=(month, dnum))  # fmt: skip
    year = cal.nearest_year(anchor, month, dnum, direction(L, text, start, end))
    if wday is not None:
        # "Sunday, Feb 10": the year in which that day is a Sunday, the nearest such one
        fits = [
            d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
            if (d := valid_day(y, month, dnum)) is not None and d.weekday() == wday
        ]  # fmt: skip
        if fits and year not in {d.year for d in fits}:
            year = min(fits, key=lambda d: abs((d - anchor).days)).year
    day = valid_day(year, month, dnum)
    if day is None:
        return None
    return Cand(start, end, "date", cal.fmt_day(day), "day", relative=True,
                priority=_MONTH_DAY_PRIORITY, day=day,
                yearless=(month, dnum) if wday is None else None)  # fmt: skip


def nth_weekday(ctx: Context) -> Iterator[Cand]:
    """'the first Sunday': of the anchor's month (a following "of July" is joined later)."""
    L, text, anchor = ctx.L, ctx.text, ctx.anchor
    for m in ctx.S.it(L.nth_weekday_alone, "weekday"):
        if not cap_ok(L, text, m.start("wd"), L.m.WEEKDAY_CASE_SENSITIVE):
            continue
        n = L.ordinal_map[norm(m["ord"])]
        if n < 0:
            continue  # "last Sunday" is the most recent one, not the month's last
        nday = None
        if anchor is not None:
            nday = cal.nth_weekday(anchor.year, anchor.month, L.weekdays[norm(m["wd"])], n)
            if nday is None:
                continue
        yield Cand(m.start(), m.end(), "date", nday.isoformat() if nday else None, "day",
                   relative=True, priority=3, day=nday)  # fmt: skip


def weekday_day(ctx: Context) -> Iterator[Cand]:
    """'Tuesday 19th', 'venerdì 15': the day of that number nearest the anchor that falls on
    that weekday."""
    L, text = ctx.L, ctx.text
    for m in ctx.S.it(L.wd_day, "weekday"):
        if not cap_ok(L, text, m.start(), L.m.WEEKDAY_CASE_SENSITIVE):
            continue
        dnum = (
            int(m["d"]) if m["d"] else L.card_days[norm(m["dc"])] if m["dc"]
            else L.day_words[norm(m["dw"])]
        )  # fmt: skip
        c = _day_of_month(L, text, m.start(), m.end(), dnum, ctx.anchor,
                          L.weekdays[norm(m["wd"])])  # fmt: skip
        if c is not None:
            yield c


def day_alone(ctx: Context) -> Iterator[Cand]:
    """Day numbers alone, found from the token list (a regex over every digit costs more): "on
    the 15th" (an ordinal after an article or preposition) and "Tornerò il 15." (a bare number
    closing the clause after a date preposition)."""
    L, text = ctx.L, ctx.text
    for ts, te, w in ctx.S.day_tokens:
        if ts == 0 or not text[ts - 1].isspace():
            continue
        if not L.day_cue_re.search(text, max(0, ts - 8), ts):
            continue
        om = L.ordinal_day.match(text, ts)
        if om is not None and not (
            L.clause_end.match(text, om.end()) or L.day_follow.match(text, om.end())
        ):
            continue  # "the 25th anniversary", "il 17° festival": an ordinal, not a day
        wm = None if w.isdigit() else L.day_word_at.match(text, ts)
        if wm is not None:  # "the twenty second"
            w, te = norm(wm.group()), wm.end()
        if om is not None:
            c = _day_of_month(L, text, ts, om.end(), int(om["d"]), ctx.anchor, None)
        elif (w.isdigit() or w in L.day_words) and L.clause_end.match(text, te):
            dnum = int(w) if w.isdigit() else L.day_words[w]
            c = _day_of_month(L, text, ts, te, dnum, ctx.anchor, None)
        else:
            continue
        if c is not None:
            yield c


def _day_of_month(
    L: Lang, text: str, start: int, end: int, dnum: int, anchor: dt.date | None,
    weekday: int | None,
) -> Cand | None:  # fmt: skip
    """A day number without a month: in the anchor's month or a neighbouring one."""
    if not 1 <= dnum <= 31:
        return None
    if anchor is None:
        return Cand(start, end, "date", None, "day", relative=True, priority=2)
    options = []
    for k in (-1, 0, 1):
        try:
            first = cal.shift(anchor.replace(day=1), "M", k)
        except cal.OutOfCalendar:
            continue
        d = valid_day(first.year, first.month, dnum)
        if d is not None and (weekday is None or d.weekday() == weekday):
            options.append(d)
    if not options:
        return None
    tense = direction(L, text, start, end)
    pick = None
    if tense < 0:
        pick = max((d for d in options if d <= anchor), default=None)
    elif tense > 0:
        pick = min((d for d in options if d >= anchor), default=None)
    if pick is None:
        pick = min(options, key=lambda d: abs((d - anchor).days))
    return Cand(start, end, "date", pick.isoformat(), "day", relative=True, priority=2,
                day=pick)  # fmt: skip
