"""Sets (TimeML SET): 'daily', 'ogni giorno', 'every Monday', 'on Mondays', 'every morning'."""

from __future__ import annotations

from collections.abc import Iterator

from .. import calendar as cal
from ..candidates import Cand
from ..context import Context
from ..patterns import norm

__all__ = ["set_adverb", "weekday_plural", "every"]


def set_adverb(ctx: Context) -> Iterator[Cand]:
    """'daily', 'weekly', 'annualmente'."""
    L = ctx.L
    for m in ctx.S.it(L.set_adv, "set"):
        yield Cand(m.start(), m.end(), "set", L.set_adv_map[norm(m.group())], "set", priority=4)


def weekday_plural(ctx: Context) -> Iterator[Cand]:
    """'on Mondays', 'il lunedì' in the plural."""
    L = ctx.L
    for m in ctx.S.it(L.weekday_plural, "weekday"):
        value = f"XXXX-WXX-{L.weekday_plural_map[norm(m.group())] + 1}"
        yield Cand(m.start(), m.end(), "set", value, "set", priority=3)


def every(ctx: Context) -> Iterator[Cand]:
    """'every day', 'ogni lunedì', 'every morning'."""
    L = ctx.L
    for m in ctx.S.it(L.every_re, "every"):
        g = norm(m["g"])
        if g in L.pod_map:
            yield Cand(m.start(), m.end(), "set", f"T{L.pod_map[g]}", "set", priority=4)
            continue
        if g in L.weekdays:
            if g in L.m.WEEKDAY_ABBREVIATIONS:
                continue
            val = f"XXXX-WXX-{L.weekdays[g] + 1}"
        else:
            val = cal.duration_value([(1, L.units[g])])
        yield Cand(m.start(), m.end(), "set", val, "set", priority=4)
