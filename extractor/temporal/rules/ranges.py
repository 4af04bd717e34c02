"""Ranges written in one piece: 'dal 5 al 17 ottobre', 'October 5-17', '2019-2021'.

(Two timexes joined by "from ... to", "between ... and" are joined by `compose.intervals`.)
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import calendar as cal
from ..calendar import valid_day
from ..candidates import Cand
from ..context import Context
from ..patterns import norm
from ..tense import direction
from .base import cap_ok

__all__ = ["day_range", "month_day_range", "year_range"]


def day_range(ctx: Context) -> Iterator[Cand]:
    """'12 to 16 September', '5-17 ottobre', 'dal 28 settembre al 3 ottobre'."""
    L, text, anchor = ctx.L, ctx.text, ctx.anchor
    for m in ctx.S.it(L.day_range, "month"):
        m2 = L.months[norm(m["m2"])]
        m1 = L.months[norm(m["m1"])] if m["m1"] else m2
        d1, d2 = int(m["d1"]), int(m["d2"])
        # "12 to 16 September" and "5-17 ottobre" need no opening word; "5 and 17 October" does
        if not (m["open"] or m["m1"] or not m["join"] or norm(m["join"]) in L.range_to):
            continue
        if m["y"]:
            y = int(m["y"])
            rel = False
        elif anchor is not None:
            y = cal.nearest_year(anchor, m1, d1, direction(L, text, m.start(), m.end()))
            rel = True
        else:
            if valid_day(2000, m1, d1) and valid_day(2000, m2, d2):
                yield Cand(m.start(), m.end(), "interval", None, "day", relative=True, priority=6)
            continue
        first, last = valid_day(y, m1, d1), valid_day(y, m2, d2)
        if first and last and first <= last:
            yield Cand(m.start(), m.end(), "interval", first.isoformat(), "day", relative=rel,
                       end_value=last.isoformat(), priority=6)  # fmt: skip


def month_day_range(ctx: Context) -> Iterator[Cand]:
    """'October 5-17', 'Sept. 3-5, 2019'."""
    L, text, anchor = ctx.L, ctx.text, ctx.anchor
    for m in ctx.S.it(L.md_range, "month"):
        if not cap_ok(L, text, m.start("m"), L.m.MONTH_CASE_SENSITIVE):
            continue
        mo = L.months[norm(m["m"])]
        d1, d2 = int(m["d1"]), int(m["d2"])
        if m["y"]:
            y, rel = int(m["y"]), False
        elif anchor is not None:
            y, rel = cal.nearest_year(anchor, mo, d1, direction(L, text, m.start(), m.end())), True
        else:
            yield Cand(m.start(), m.end(), "interval", None, "day", relative=True, priority=6)
            continue
        first, last = valid_day(y, mo, d1), valid_day(y, mo, d2)
        if first and last and first <= last:
            yield Cand(m.start(), m.end(), "interval", first.isoformat(), "day", relative=rel,
                       end_value=last.isoformat(), priority=6)  # fmt: skip


def year_range(ctx: Context) -> Iterator[Cand]:
    """'2019-2021', '1990-95'."""
    for m in ctx.S.at(ctx.L.year_range):
        y1, y2s = int(m["y1"]), m["y2"]
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if y1 < y2 <= y1 + 100:
            yield Cand(m.start(), m.end(), "interval", str(y1), "year", end_value=str(y2),
                       priority=3)  # fmt: skip
