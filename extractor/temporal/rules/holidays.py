"""Holidays: 'Christmas', 'Pasqua 2014', 'Thanksgiving', 'Ferragosto'."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from dateutil.easter import easter

from .. import calendar as cal
from ..calendar import valid_day
from ..candidates import Cand
from ..context import Context, assistant
from ..patterns import norm
from ..tense import direction

__all__ = ["holiday", "holiday_date"]


def holiday_date(rule: tuple[object, ...], year: int) -> dt.date | None:
    """The day of a holiday rule of the language tables ("fixed", "easter" or "nth") in `year`."""
    if not 1 <= year <= 9999:
        return None
    kind = rule[0]
    if kind == "fixed":
        return valid_day(year, int(rule[1]), int(rule[2]))  # type: ignore[call-overload]
    if kind == "easter":
        return easter(year) + dt.timedelta(days=int(rule[1]))  # type: ignore[call-overload]
    month, weekday, n = (int(x) for x in rule[1:4])  # type: ignore[call-overload]
    return cal.nth_weekday(year, month, weekday, n)


def holiday(ctx: Context) -> Iterator[Cand]:
    """The date that year (the coming one when the year is not written and the clause has no
    tense)."""
    L, text, anchor = ctx.L, ctx.text, ctx.anchor
    for m in ctx.S.it(L.holiday_re, "holiday"):
        name = norm(m["hn"])
        rule = L.holiday_map.get(name)
        if rule is None:
            continue
        if name in L.m.AMBIGUOUS_HOLIDAYS and not (text[m.start()].isupper() or assistant()):
            continue
        if L.holiday_place_re.search(text, max(0, m.start() - 30), m.start()):
            continue  # 'la chiesa di San Giuseppe', 'piazza San Marco': a place named after it
        if m["y"]:
            day = holiday_date(rule, int(m["y"]))
            rel = False
        elif anchor is None:
            yield Cand(m.start(), m.end(), "date", None, "day", relative=True, priority=3)
            continue
        else:
            rel = True
            day = _nearest(rule, anchor, direction(L, text, m.start(), m.end()) or 1)
        if day is not None:
            yield Cand(m.start(), m.end(), "date", day.isoformat(), "day", relative=rel,
                       priority=3, day=day)  # fmt: skip


def _nearest(rule: tuple[object, ...], anchor: dt.date, tense: int) -> dt.date | None:
    """The holiday's last day up to the anchor in a past clause, else its next from it."""
    days = [holiday_date(rule, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    valid = [d for d in days if d is not None]
    if tense < 0:
        return max((d for d in valid if d <= anchor), default=None)
    return min((d for d in valid if d >= anchor), default=None)
