"""Periods longer than a day: months, years, quarters and halves, seasons, decades, centuries."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import calendar as cal
from ..candidates import Cand
from ..context import Context, assistant
from ..language import Lang
from ..numbers import roman
from ..patterns import norm
from ..tense import direction
from .base import cap_ok

__all__ = [
    "period_code",
    "quarter_alone",
    "season_alone",
    "season_year",
    "year_month",
    "month_year",
    "month_alone",
    "month_year_numeric",
    "year",
    "cued_year",
    "century_in_words",
    "decade",
    "century",
    "decade_in_words",
]


def period_code(ctx: Context) -> Iterator[Cand]:
    """'Q3 2016', '2016 H2', 'Q1' (of the anchor's year)."""
    anchor = ctx.anchor
    for m in ctx.S.it(ctx.L.period_code, "periodcode"):
        ys = m["y1"] or m["y2"]
        qn, code = int(m["n"]), m["c"].upper()
        if code == "H" and qn > 2:
            continue
        if (
            ys is None
            and not assistant()
            and not ctx.L.fiscal_re.search(ctx.text, max(0, m.start() - 80), m.end() + 80)
        ):
            continue  # 'fastest in Q3' in a race report: a session, not a quarter
        if ys is None and anchor is None:
            yield Cand(m.start(), m.end(), "date", None, "quarter", relative=True)
            continue
        qyear = ys or str(anchor.year)  # type: ignore[union-attr]
        gran = "quarter" if code == "Q" else "half"
        yield Cand(m.start(), m.end(), "date", f"{qyear}-{code}{qn}", gran,
                   relative=ys is None, priority=3)  # fmt: skip


def quarter_alone(ctx: Context) -> Iterator[Cand]:
    """'the third quarter': of the anchor's year, by the clause's tense as a year-less month: a
    quarter that has not begun yet in a past clause is last year's, one already over in a future
    clause next year's."""
    L, text, anchor = ctx.L, ctx.text, ctx.anchor
    for m in ctx.S.it(L.quarter_alone, "quarter"):
        qn = L.ordinal_map[norm(m["ord"])]
        if not 1 <= qn <= 4:
            continue
        qv = None
        if anchor is not None:
            qy = anchor.year
            tense = direction(L, text, m.start(), m.end())
            if tense < 0 and 3 * qn - 2 > anchor.month:
                qy -= 1
            elif tense > 0 and 3 * qn < anchor.month:
                qy += 1
            qv = f"{qy}-Q{qn}"
        yield Cand(m.start(), m.end(), "date", qv, "quarter", relative=True, priority=2)


def season_alone(ctx: Context) -> Iterator[Cand]:
    """'in summer', "d'inverno": the season by tense (an assistant's: the coming one)."""
    L, text, anchor = ctx.L, ctx.text, ctx.anchor
    for m in ctx.S.it(L.season_alone, "season"):
        code = L.season_map[norm(m["s"])]
        value = None
        if anchor is not None:
            d = direction(L, text, m.start(), m.end())
            ks = [k for k in range(-4, 5) if cal.shift_season(anchor, k).endswith(code)]
            pick = (
                max((k for k in ks if k <= 0), default=None) if d < 0
                else min((k for k in ks if k >= 0), default=None) if d > 0
                else min(ks, key=lambda k: (abs(k), -k))
            )  # fmt: skip
            value = cal.shift_season(anchor, pick) if pick is not None else None
        yield Cand(m.start("s"), m.end(), "date", value, "season", relative=True, priority=2)


def season_year(ctx: Context) -> Iterator[Cand]:
    """'summer 2016', 'the summer of 2016', "l'estate del 2016"."""
    L = ctx.L
    for m in ctx.S.it(L.season_year, "season"):
        yield Cand(m.start(), m.end(), "date", f"{m['y']}-{L.season_map[norm(m['s'])]}",
                   "season", priority=3)  # fmt: skip


def year_month(ctx: Context) -> Iterator[Cand]:
    """'2021 ottobre', '2016, May'."""
    L, text = ctx.L, ctx.text
    for m in ctx.S.at(L.year_month):
        mname = norm(m["m"])
        if mname in L.month_abbrevs or not cap_ok(L, text, m.start("m"), L.m.MONTH_CASE_SENSITIVE):
            continue
        yield Cand(m.start(), m.end(), "date", f"{m['y']}-{L.months[mname]:02d}", "month",
                   priority=2)  # fmt: skip


def month_year(ctx: Context) -> Iterator[Cand]:
    """'October 2021', 'ottobre 2021', 'Oct. 2021'."""
    L, text = ctx.L, ctx.text
    for m in ctx.S.it(L.my, "month"):
        mname = norm(m["m"])
        if not cap_ok(L, text, m.start("m"), L.m.MONTH_CASE_SENSITIVE):
            continue
        yield Cand(m.start(), m.end(), "date", f"{m['y']}-{L.months[mname]:02d}", "month",
                   priority=2)  # fmt: skip


def month_alone(ctx: Context) -> Iterator[Cand]:
    """'in October', 'early March': the month of the year the clause's tense points to."""
    L, text, anchor = ctx.L, ctx.text, ctx.anchor
    for m in ctx.S.it(L.mon_alone, "month"):
        mname = norm(m["m"])
        if not cap_ok(L, text, m.start("m"), L.m.MONTH_CASE_SENSITIVE):
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        if mname in L.month_abbrevs:
            continue  # "Oct", "sett" alone are not dates (and often other words)
        if mname in L.m.AMBIGUOUS_MONTHS and not (m["mod"] or L.month_cue_re.search(before)):
            continue
        end = m.end() - 1 if m["dot"] else m.end()
        month = L.months[mname]
        mod = L.mod_map[norm(m["mod"])] if m["mod"] else None
        if anchor is None:
            yield Cand(m.start(), end, "date", None, "month", relative=True, mod=mod,
                       yearless=(month, None))  # fmt: skip
            continue
        year = cal.nearest_year(anchor, month, None, direction(L, text, m.start(), end))
        yield Cand(m.start(), end, "date", f"{year}-{month:02d}", "month", relative=True,
                   mod=mod, yearless=(month, None))  # fmt: skip


def month_year_numeric(ctx: Context) -> Iterator[Cand]:
    """'2019-05', '05/2019'."""
    for m in ctx.S.at(ctx.L.month_year_num):
        ys, ms = (m["y"], m["m"]) if m["y"] else (m["y2"], m["m2"])
        yield Cand(m.start(), m.end(), "date", f"{ys}-{int(ms):02d}", "month", priority=3)


# "ABC 2000", "MS-2000": after an acronym or a code, a bare number is a model, not a year
_CODE_BEFORE = re.compile(r"(?<![\w-])[A-Z][A-Z\d-]+\s$")


def _modifier(L: Lang, before: str, after: str) -> bool:
    """'the deadly 1993 bomb attacks': a year between a determiner's adjectives and a noun."""
    return (
        L.year_modifier_re is not None
        and len(after) == 2
        and after[0] == " "
        and after[1].islower()
        and L.year_modifier_re.search(before) is not None
    )


def year(ctx: Context) -> Iterator[Cand]:
    """A bare four-digit year: after a cue word ("in 2023", "nel 2023") or closing a clause."""
    L, text = ctx.L, ctx.text
    for m in ctx.S.at(L.year_re):
        before = text[max(0, m.start() - 25) : m.start()]
        after = text[m.end() : m.end() + 2]
        cue = L.year_cue_re.search(before) is not None or _modifier(L, before, after)
        closing = after == "" or after[0] in ".,;:)!?\n'’\"" or after.startswith(" –")
        named = _CODE_BEFORE.search(before) is not None
        if not (cue or (closing and not named)):
            continue
        yield Cand(m.start(), m.end(), "date", m["y"], "year", priority=1)


def century_in_words(ctx: Context) -> Iterator[Cand]:
    """'the nineteenth century' -> '18', 'il Novecento' -> '19', 'il ventesimo secolo' -> '19'."""
    L = ctx.L
    for m in L.century_word_re.finditer(ctx.text):
        n = L.century_words.get(norm(m["w"] or m.groupdict().get("name") or ""))
        if n is None or not 1 <= n <= 30:
            continue
        yield Cand(m.start(), m.end(), "date", f"{n - 1:02d}", "century", priority=3)


def cued_year(ctx: Context) -> Iterator[Cand]:
    """'entro il 2100', 'by 2150', "la strage del '92": a year the plain year rule leaves out,
    after a year cue. A two-digit year is the nearest such year not after the anchor's."""
    L, text, anchor = ctx.L, ctx.text, ctx.anchor
    for rx in (L.far_year_re, L.short_year_re):
        for m in rx.finditer(text):
            before = text[max(0, m.start() - 25) : m.start()]
            if L.far_year_cue_re.search(before) is None:
                continue
            if m.groupdict().get("y"):
                yield Cand(m.start(), m.end(), "date", m["y"], "year", priority=1)
                continue
            yy = int(m["yy"])
            now = anchor.year if anchor is not None else 2099
            year = (now // 100) * 100 + yy
            if year > now:
                year -= 100
            yield Cand(m.start(), m.end(), "date", cal.fmt_year(year), "year", priority=1,
                       relative=anchor is not None)  # fmt: skip


def decade(ctx: Context) -> Iterator[Cand]:
    """'the 1990s', "the '90s", 'anni '90'."""
    L, anchor = ctx.L, ctx.anchor
    if not any(h in ctx.text for h in L.m.DECADE_HINTS):
        return
    for rx in L.decades:
        for m in ctx.S.it(rx, "digit"):
            century = m.groupdict().get("century") or (
                "19" if anchor is None or int(m["decade"]) > anchor.year % 100 // 10 else "20"
            )
            yield Cand(m.start(), m.end(), "date", f"{century}{m['decade']}", "decade",
                       priority=2)  # fmt: skip


def century(ctx: Context) -> Iterator[Cand]:
    """'the 20th century', 'il XX secolo' -> '19' (TimeML: the first two digits of its years)."""
    for rx in ctx.L.centuries:
        for m in ctx.S.it(rx, "century"):
            cn = int(m["n"]) if m.groupdict().get("n") else roman(m["roman"])
            if cn is not None and 1 <= cn <= 30:
                yield Cand(m.start(), m.end(), "date", f"{cn - 1:02d}", "century", priority=3)


def decade_in_words(ctx: Context) -> Iterator[Cand]:
    """'the nineties', 'gli anni Novanta'."""
    L = ctx.L
    for m in ctx.S.it(L.decade_words, "decadeword"):
        dec = L.decade_word_map[norm(m["w"])]
        yield Cand(m.start(), m.end(), "date", f"19{dec}", "decade", priority=2)
