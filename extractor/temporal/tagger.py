"""Rule-based temporal tagger: compiled regexes over raw text, language data from
`extractor/lang/<lang>/temporal.py`.

Why hand-written and not `dateparser.search_dates`: search_dates gives no character offsets,
reads durations as dates ("12 days" -> a date) and fires on ordinary words ("We", "May"); it also
costs tens of milliseconds per article. Here every scanner proposes candidates with exact offsets,
overlaps are resolved longest-first, and relative expressions are resolved against the anchor with
`calendar.py` (dateutil arithmetic). Number words go through text2num.

Span conventions (TimeML-like, consistent across languages):
- prepositions and articles before a date are outside the span ("on Sunday" -> "Sunday",
  "nel 2023" -> "2023"); "ago"/"fa" and "in"/"tra" of "in two days" are inside (they carry meaning);
- approximators ("circa", "about", "poco più di") are OUTSIDE the span and set approximate=True;
  emphasis ("ben dodici giorni") is outside and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from dateutil.easter import easter

from . import calendar as cal
from .calendar import valid_day as _valid
from .candidates import Cand as _Cand
from .candidates import select as _select
from .candidates import well_formed as _well_formed
from .context import _ASSISTANT, Convention
from .language import Lang as _Lang
from .language import tables as _lang
from .numbers import number_before, parse_number
from .numbers import number_value as _parse_number_cached
from .numbers import roman as _roman
from .numbers import year_in_words as _year_in_words
from .patterns import TOKEN as _TOKEN
from .patterns import norm as _norm
from .scan import Scan as _Scan
from .tense import direction as _direction
from .tense import tense as _tense
from .types import Timex

__all__ = ["tag", "Convention"]


# the support modules, under the names the scanners below still use
def _parse_number(L: _Lang, s: str, lang: str) -> float | None:
    return parse_number(lang, s)


def _number_before(L: _Lang, text: str, pos: int, lang: str) -> tuple[int, float | None] | None:
    return number_before(L, text, pos)


def tag(
    text: str,
    lang: str,
    anchor: dt.date | dt.datetime | None = None,
    *,
    convention: Convention = "news",
) -> list[Timex]:
    """Every time expression in `text`: non-overlapping, sorted, exact offsets.

    Relative expressions are resolved against `anchor`; without one their value is None and
    relative=True (never guessed). The anchor may be a datetime; its time of day is used by the
    "assistant" convention only.

    `convention` decides the readings on which news (TimeML) and scheduling assistants (the
    Duckling and Recognizers-Text suites) disagree:
    - "news" (default): an untensed "Monday", "March 3", "at 3am" is the nearest occurrence (the
      weekday of the anchor's own week); "two weeks ago" keeps the unit's granularity (a week);
      "the last two years" is a duration.
    - "assistant": the next occurrence strictly after the anchor (its time of day included for
      clock times); "two weeks ago" / "in 3 weeks" is the exact day; "the last two days" /
      "next 3 months" is the interval of those units next to the anchor.
    """
    token = _ASSISTANT.set(convention == "assistant")
    try:
        return _tag(text, lang, anchor)
    finally:
        _ASSISTANT.reset(token)


_ANCHOR_MIN, _ANCHOR_MAX = dt.date(2, 1, 1), dt.date(9998, 12, 31)


def _tag(text: str, lang: str, anchor_in: dt.date | dt.datetime | None) -> list[Timex]:
    anchor: dt.date | None
    now: dt.time | None = None
    if isinstance(anchor_in, dt.datetime):
        anchor, now = anchor_in.date(), anchor_in.time()
    else:
        anchor = anchor_in
    if anchor is not None and not _ANCHOR_MIN <= anchor <= _ANCHOR_MAX:
        # 'tomorrow' said on 31 December 9999 has no date: the expressions around an anchor at
        # the calendar's ends stay unresolved, rather than every rule guarding its arithmetic
        anchor_in = anchor = now = None
    L = _lang(lang)
    cands: list[_Cand] = []
    S = _Scan(L, text)
    cands += _scan_dates(L, S, anchor)
    now_dt = dt.datetime.combine(anchor, now) if anchor is not None and now is not None else None
    cands += _scan_relative(L, S, anchor, now_dt)
    cands += _scan_durations(L, S, anchor, lang, now_dt)
    cands += _scan_times(L, S, anchor)
    cands += _scan_sets(L, S)
    chosen = _select(cands)
    chosen = _weekday_of_week(L, text, chosen)
    if _ASSISTANT.get():
        chosen = _shift_from_day(L, text, chosen)
    chosen = _day_of_relative_month(L, text, chosen)
    chosen = _nth_of_period(L, text, chosen, anchor)
    chosen = _week_of_day(L, text, chosen)
    chosen = _part_of_day_of(L, text, chosen)
    chosen = _mod_of_period(L, text, chosen)
    chosen = _period_of_year(L, text, chosen)
    chosen = _day_then_part(L, text, chosen)
    chosen = _part_of_day_clock(L, text, chosen)
    chosen = _hour_before_part(L, text, chosen)
    chosen = _era(L, text, chosen)
    chosen = _narrative(chosen, text)
    chosen = _attach_times(text, chosen, anchor, now if _ASSISTANT.get() else None)
    chosen = _intervals(L, text, chosen)
    chosen = _well_formed(chosen)
    return [
        Timex(
            start=c.start,
            end=c.end,
            text=text[c.start : c.end],
            kind=c.kind,
            value=c.value,
            granularity=c.granularity,
            relative=c.relative,
            anchor=anchor_in.isoformat() if (c.relative and anchor_in is not None) else None,
            approximate=c.approximate,
            end_value=c.end_value,
            mod=c.mod,
        )
        for c in chosen
    ]


def _cap_ok(L: _Lang, text: str, start: int, case_sensitive: bool) -> bool:
    """In a language that capitalises names, an ambiguous one ("May", "March") needs its capital;
    unambiguous names ("october", "monday") are accepted in lower case too."""
    if not case_sensitive or text[start].isupper() or _ASSISTANT.get():
        return True  # an assistant reads typed requests: "march 3", "thu" are dates there
    w = _TOKEN.match(text, start)
    word = w.group().lower() if w else ""
    return word not in L.m.AMBIGUOUS_MONTHS and word not in L.m.WEEKDAY_ABBREVIATIONS


def _month_day(
    L: _Lang, text: str, m: re.Match[str], anchor: dt.date | None, kind_priority: int
) -> _Cand | None:
    mname = _norm(m.group("m"))
    month = L.months.get(mname)
    if month is None or not _cap_ok(L, text, m.start("m"), L.m.MONTH_CASE_SENSITIVE):
        return None
    dc = m.groupdict().get("dc")
    dnum = int(m["d"]) if m["d"] else L.card_days[_norm(dc)] if dc else L.day_words[_norm(m["dw"])]
    dgroup = "d" if m["d"] else "dc" if dc else "dw"
    dstart, dend = m.span(dgroup)
    start = m.start()
    wm = L.wd_before.search(text, max(0, start - 16), start)
    wday: int | None = None
    if wm is not None and _cap_ok(L, text, wm.start("wd"), L.m.WEEKDAY_CASE_SENSITIVE):
        start = wm.start()
        wday = L.weekdays[_norm(wm["wd"])]
    if m.groupdict().get("ddot") and not m.group("y"):
        return None  # "chapter 3. May he..." - a dotted number is a day only with a year
    year_end = m.end()
    ys: int | None = int(m.group("y")) if m.group("y") else None
    if ys is None and (m["d"] or m["dw"] or dc) and m.end() >= max(m.end("m"), dend):
        yw = L.year_words.match(text, m.end())
        if yw is not None:
            ys = _year_in_words(L, yw["w"])
            year_end = yw.end("w")
    if ys is not None:
        day = _valid(ys, month, dnum)
        if day is None:
            return None
        return _Cand(start, year_end, "date", cal.fmt_day(day), "day", priority=kind_priority,
                     day=day)  # fmt: skip
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
    if anchor is None:
        if _valid(2000, month, dnum) is None:
            return None
        return _Cand(start, end, "date", None, "day", relative=True, priority=kind_priority)
    year = cal.nearest_year(anchor, month, dnum, _direction(L, text, start, end))
    if wday is not None:
        # "Sunday, Feb 10": the year in which that day is a Sunday, the nearest such one
        fits = [
            d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
            if (d := _valid(y, month, dnum)) is not None and d.weekday() == wday
        ]  # fmt: skip
        if fits and year not in {d.year for d in fits}:
            year = min(fits, key=lambda d: abs((d - anchor).days)).year
    day = _valid(year, month, dnum)
    if day is None:
        return None
    return _Cand(start, end, "date", cal.fmt_day(day), "day", relative=True,
                 priority=kind_priority, day=day)  # fmt: skip


def _day_of_month(
    L: _Lang, text: str, start: int, end: int, dnum: int, anchor: dt.date | None,
    weekday: int | None,
) -> _Cand | None:  # fmt: skip
    """A day number without a month: in the anchor's month or a neighbouring one."""
    if not 1 <= dnum <= 31:
        return None
    if anchor is None:
        return _Cand(start, end, "date", None, "day", relative=True, priority=2)
    options = []
    for k in (-1, 0, 1):
        try:
            first = cal.shift(anchor.replace(day=1), "M", k)
        except cal.OutOfCalendar:
            continue
        d = _valid(first.year, first.month, dnum)
        if d is not None and (weekday is None or d.weekday() == weekday):
            options.append(d)
    if not options:
        return None
    direction = _direction(L, text, start, end)
    pick = None
    if direction < 0:
        pick = max((d for d in options if d <= anchor), default=None)
    elif direction > 0:
        pick = min((d for d in options if d >= anchor), default=None)
    if pick is None:
        pick = min(options, key=lambda d: abs((d - anchor).days))
    return _Cand(start, end, "date", pick.isoformat(), "day", relative=True, priority=2,
                 day=pick)  # fmt: skip


def _holiday_date(rule: tuple[object, ...], year: int) -> dt.date | None:
    if not 1 <= year <= 9999:
        return None
    kind = rule[0]
    if kind == "fixed":
        return _valid(year, int(rule[1]), int(rule[2]))  # type: ignore[call-overload]
    if kind == "easter":
        return easter(year) + dt.timedelta(days=int(rule[1]))  # type: ignore[call-overload]
    month, weekday, n = (int(x) for x in rule[1:4])  # type: ignore[call-overload]
    return cal.nth_weekday(year, month, weekday, n)


def _holiday(L: _Lang, text: str, m: re.Match[str], anchor: dt.date | None) -> _Cand | None:
    """'Christmas', 'Pasqua 2014', 'Thanksgiving': the date that year (the coming one when the
    year is not written and the clause has no tense)."""
    name = _norm(m["hn"])
    rule = L.holiday_map.get(name)
    if rule is None:
        return None
    if name in L.m.AMBIGUOUS_HOLIDAYS and not (text[m.start()].isupper() or _ASSISTANT.get()):
        return None
    if m["y"]:
        day = _holiday_date(rule, int(m["y"]))
        rel = False
    elif anchor is None:
        return _Cand(m.start(), m.end(), "date", None, "day", relative=True, priority=3)
    else:
        rel = True
        direction = _direction(L, text, m.start(), m.end()) or 1
        days = [_holiday_date(rule, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
        valid = [d for d in days if d is not None]
        if direction < 0:
            day = max((d for d in valid if d <= anchor), default=None)
        else:
            day = min((d for d in valid if d >= anchor), default=None)
    if day is None:
        return None
    return _Cand(m.start(), m.end(), "date", day.isoformat(), "day", relative=rel, priority=3,
                 day=day)  # fmt: skip


def _scan_dates(L: _Lang, S: _Scan, anchor: dt.date | None) -> list[_Cand]:
    text = S.text
    out: list[_Cand] = []
    for m in S.at(L.iso):
        day = _valid(int(m["y"]), int(m["mo"]), int(m["d"]))
        if day is None:
            continue
        if m["h"]:
            tz = m["tz"] or ""
            if tz == "Z":
                tz = "+00:00"
            elif tz and ":" not in tz:
                tz = tz[:3] + ":" + tz[3:]
            out.append(_Cand(m.start(), m.end(), "time", f"{day}T{m['h']}:{m['mi']}{tz}", "time",
                             priority=5, day=day))  # fmt: skip
        else:
            out.append(_Cand(m.start(), m.end(), "date", day.isoformat(), "day", priority=5,
                             day=day))  # fmt: skip
    has_sep = "/" in text or "." in text or "-" in text
    for m in S.at(L.numeric) if has_sep else ():
        a, b, y = int(m["a"]), int(m["b"]), m["y"]
        if len(y) == 2 and m["sep"] == ".":
            continue  # "10.06.21" is too often a version number or a score
        if m["sep2"] != m["sep"] and (m["sep"] != "/" or (len(y) != 4 and not _ASSISTANT.get())):
            continue  # "08/12,2015" - a comma before the year only after slashes, a full year
        year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
        mo, d = (a, b) if L.m.DATE_ORDER == "MDY" else (b, a)
        # the other order when the language's one is impossible ("21/04/2016" in English)
        day = _valid(year, mo, d) or _valid(year, d, mo)
        if day is not None:
            out.append(_Cand(m.start(), m.end(), "date", day.isoformat(), "day", priority=4,
                             day=day))  # fmt: skip
    for m in S.at_starts(L.ymd_name, S.ymd_starts):
        mname = _norm(m["m"])
        day = _valid(int(m["y"]), L.months[mname], int(m["d"]))
        if day is not None:
            out.append(_Cand(m.start(), m.end(), "date", day.isoformat(), "day", priority=4,
                             day=day))  # fmt: skip
    for m in S.at(L.numeric_ymd):
        day = _valid(int(m["y"]), int(m["mo"]), int(m["d"]))
        if day is not None:
            out.append(_Cand(m.start(), m.end(), "date", day.isoformat(), "day", priority=4,
                             day=day))  # fmt: skip
    assistant = _ASSISTANT.get()
    for m in S.at(L.numeric_dm) if ("/" in text or (assistant and has_sep)) else ():
        # "on 4/22", "il 22/04": only after a date preposition, else it is a fraction or a score
        # (an assistant's typed request has no fractions or scores: "4/25 at 4pm" is a date,
        # and so is "on 4.22" - in news a decimal or a range)
        if m["sep"] != "/" and not assistant:
            continue
        prep = L.prep_re.search(text, max(0, m.start() - 12), m.start()) is not None
        if m["sep"] == "/" and not (prep or assistant):
            continue
        if m["sep"] != "/" and not prep:
            continue
        a, b = int(m["a"]), int(m["b"])
        mo, d = (a, b) if L.m.DATE_ORDER == "MDY" else (b, a)
        if _valid(2000, mo, d) is None:
            mo, d = d, mo
        if _valid(2000, mo, d) is None:
            continue
        if anchor is None:
            out.append(_Cand(m.start(), m.end(), "date", None, "day", relative=True, priority=4))
            continue
        year = cal.nearest_year(anchor, mo, d, _direction(L, text, m.start(), m.end()))
        nday = _valid(year, mo, d)
        if nday is not None:
            out.append(_Cand(m.start(), m.end(), "date", nday.isoformat(), "day", relative=True,
                             priority=4, day=nday))  # fmt: skip
    for rx in (L.dmy, L.mdy):
        for m in S.it(rx, "month"):
            c = _month_day(L, text, m, anchor, 3)
            if c is not None:
                out.append(c)
    for m in S.it(L.nth_weekday_alone, "weekday"):
        # "the first Sunday": of the anchor's month (a following "of July" is joined later)
        if not _cap_ok(L, text, m.start("wd"), L.m.WEEKDAY_CASE_SENSITIVE):
            continue
        n = L.ordinal_map[_norm(m["ord"])]
        if n < 0:
            continue  # "last Sunday" is the most recent one, not the month's last
        nday = None
        if anchor is not None:
            nday = cal.nth_weekday(anchor.year, anchor.month, L.weekdays[_norm(m["wd"])], n)
            if nday is None:
                continue
        out.append(_Cand(m.start(), m.end(), "date", nday.isoformat() if nday else None, "day",
                         relative=True, priority=3, day=nday))  # fmt: skip
    for m in S.it(L.wd_day, "weekday"):
        # "Tuesday 19th", "venerdì 15": the day of that number nearest the anchor that falls on
        # that weekday
        if not _cap_ok(L, text, m.start(), L.m.WEEKDAY_CASE_SENSITIVE):
            continue
        dnum = (
            int(m["d"]) if m["d"] else L.card_days[_norm(m["dc"])] if m["dc"]
            else L.day_words[_norm(m["dw"])]
        )  # fmt: skip
        c = _day_of_month(L, text, m.start(), m.end(), dnum, anchor,
                          L.weekdays[_norm(m["wd"])])  # fmt: skip
        if c is not None:
            out.append(c)
    # Day numbers alone, found from the token list (a regex over every digit costs more):
    # "on the 15th" (an ordinal after an article or preposition) and "Tornerò il 15." (a bare
    # number closing the clause after a date preposition).
    for ts, te, w in S.day_tokens:
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
            w, te = _norm(wm.group()), wm.end()
        if om is not None:
            c = _day_of_month(L, text, ts, om.end(), int(om["d"]), anchor, None)
        elif (w.isdigit() or w in L.day_words) and L.clause_end.match(text, te):
            dnum = int(w) if w.isdigit() else L.day_words[w]
            c = _day_of_month(L, text, ts, te, dnum, anchor, None)
        else:
            continue
        if c is not None:
            out.append(c)
    for m in S.it(L.period_code, "periodcode"):
        ys = m["y1"] or m["y2"]
        qn, code = int(m["n"]), m["c"].upper()
        if code == "H" and qn > 2:
            continue
        if ys is None and anchor is None:
            out.append(_Cand(m.start(), m.end(), "date", None, "quarter", relative=True))
            continue
        qyear = ys or str(anchor.year)  # type: ignore[union-attr]
        gran = "quarter" if code == "Q" else "half"
        out.append(_Cand(m.start(), m.end(), "date", f"{qyear}-{code}{qn}", gran,
                         relative=ys is None, priority=3))  # fmt: skip
    for m in S.it(L.quarter_alone, "quarter"):
        qn = L.ordinal_map[_norm(m["ord"])]
        if not 1 <= qn <= 4:
            continue
        qv = None
        if anchor is not None:
            # by the clause's tense, as a year-less month: a quarter that has not begun yet
            # in a past clause is last year's, one already over in a future clause next year's
            qy = anchor.year
            tense = _direction(L, text, m.start(), m.end())
            if tense < 0 and 3 * qn - 2 > anchor.month:
                qy -= 1
            elif tense > 0 and 3 * qn < anchor.month:
                qy += 1
            qv = f"{qy}-Q{qn}"
        out.append(_Cand(m.start(), m.end(), "date", qv, "quarter", relative=True, priority=2))
    for m in S.it(L.season_alone, "season"):
        # "in summer", "d'inverno": the season by tense (an assistant's: the coming one)
        code = L.season_map[_norm(m["s"])]
        value = None
        if anchor is not None:
            d = _direction(L, text, m.start(), m.end())
            ks = [k for k in range(-4, 5) if cal.shift_season(anchor, k).endswith(code)]
            pick = (
                max((k for k in ks if k <= 0), default=None) if d < 0
                else min((k for k in ks if k >= 0), default=None) if d > 0
                else min(ks, key=lambda k: (abs(k), -k))
            )  # fmt: skip
            value = cal.shift_season(anchor, pick) if pick is not None else None
        out.append(_Cand(m.start("s"), m.end(), "date", value, "season", relative=True,
                         priority=2))  # fmt: skip
    for m in S.it(L.season_year, "season"):
        out.append(_Cand(m.start(), m.end(), "date",
                         f"{m['y']}-{L.season_map[_norm(m['s'])]}", "season",
                         priority=3))  # fmt: skip
    for m in S.at(L.year_month):
        mname = _norm(m["m"])
        if mname in L.month_abbrevs or not _cap_ok(L, text, m.start("m"), L.m.MONTH_CASE_SENSITIVE):
            continue
        out.append(_Cand(m.start(), m.end(), "date", f"{m['y']}-{L.months[mname]:02d}",
                         "month", priority=2))  # fmt: skip
    for m in S.it(L.holiday_re, "holiday"):
        c = _holiday(L, text, m, anchor)
        if c is not None:
            out.append(c)
    for m in S.it(L.my, "month"):
        mname = _norm(m["m"])
        if not _cap_ok(L, text, m.start("m"), L.m.MONTH_CASE_SENSITIVE):
            continue
        month = L.months[mname]
        out.append(_Cand(m.start(), m.end(), "date", f"{m['y']}-{month:02d}", "month",
                         priority=2))  # fmt: skip
    for m in S.it(L.mon_alone, "month"):
        mname = _norm(m["m"])
        if not _cap_ok(L, text, m.start("m"), L.m.MONTH_CASE_SENSITIVE):
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        if mname in L.month_abbrevs:
            continue  # "Oct", "sett" alone are not dates (and often other words)
        if mname in L.m.AMBIGUOUS_MONTHS and not (m["mod"] or L.month_cue_re.search(before)):
            continue
        if m["dot"]:
            end = m.end() - 1
        else:
            end = m.end()
        month = L.months[mname]
        mod = L.mod_map[_norm(m["mod"])] if m["mod"] else None
        if anchor is None:
            out.append(_Cand(m.start(), end, "date", None, "month", relative=True, mod=mod))
        else:
            year = cal.nearest_year(anchor, month, None, _direction(L, text, m.start(), end))
            out.append(_Cand(m.start(), end, "date", f"{year}-{month:02d}", "month",
                             relative=True, mod=mod))  # fmt: skip
    for m in S.it(L.day_range, "month"):
        m2 = L.months[_norm(m["m2"])]
        m1 = L.months[_norm(m["m1"])] if m["m1"] else m2
        d1, d2 = int(m["d1"]), int(m["d2"])
        # "12 to 16 September" and "5-17 ottobre" need no opening word; "5 and 17 October" does
        if not (m["open"] or m["m1"] or not m["join"] or _norm(m["join"]) in L.range_to):
            continue
        if m["y"]:
            y = int(m["y"])
            rel = False
        elif anchor is not None:
            y = cal.nearest_year(anchor, m1, d1, _direction(L, text, m.start(), m.end()))
            rel = True
        else:
            if _valid(2000, m1, d1) and _valid(2000, m2, d2):
                out.append(_Cand(m.start(), m.end(), "interval", None, "day", relative=True,
                                 priority=6))  # fmt: skip
            continue
        first, last = _valid(y, m1, d1), _valid(y, m2, d2)
        if first and last and first <= last:
            out.append(_Cand(m.start(), m.end(), "interval", first.isoformat(), "day", relative=rel,
                             end_value=last.isoformat(), priority=6))  # fmt: skip
    for m in S.it(L.md_range, "month"):
        if not _cap_ok(L, text, m.start("m"), L.m.MONTH_CASE_SENSITIVE):
            continue
        mo = L.months[_norm(m["m"])]
        d1, d2 = int(m["d1"]), int(m["d2"])
        if m["y"]:
            y, rel = int(m["y"]), False
        elif anchor is not None:
            y, rel = cal.nearest_year(anchor, mo, d1, _direction(L, text, m.start(), m.end())), True
        else:
            out.append(_Cand(m.start(), m.end(), "interval", None, "day", relative=True,
                             priority=6))  # fmt: skip
            continue
        first, last = _valid(y, mo, d1), _valid(y, mo, d2)
        if first and last and first <= last:
            out.append(_Cand(m.start(), m.end(), "interval", first.isoformat(), "day", relative=rel,
                             end_value=last.isoformat(), priority=6))  # fmt: skip
    for m in S.at(L.year_range):
        y1, y2s = int(m["y1"]), m["y2"]
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if y1 < y2 <= y1 + 100:
            out.append(_Cand(m.start(), m.end(), "interval", str(y1), "year", end_value=str(y2),
                             priority=3))  # fmt: skip
    for m in S.at(L.month_year_num):
        ys, ms = (m["y"], m["m"]) if m["y"] else (m["y2"], m["m2"])
        out.append(_Cand(m.start(), m.end(), "date", f"{ys}-{int(ms):02d}", "month", priority=3))
    for m in S.at(L.year_re):
        before = text[max(0, m.start() - 25) : m.start()]
        after = text[m.end() : m.end() + 2]
        cue = L.year_cue_re.search(before) is not None
        closing = after == "" or after[0] in ".,;:)!?\n'’\"" or after.startswith(" –")
        # "ABC 2000", "MS-2000": after an acronym or a code, a bare number is a model, not a year
        named = re.search(r"(?<![\w-])[A-Z][A-Z\d-]+\s$", before) is not None
        if not (cue or (closing and not named)):
            continue
        out.append(_Cand(m.start(), m.end(), "date", m["y"], "year", priority=1))
    decade_hint = any(h in text for h in L.m.DECADE_HINTS)
    for rx in L.decades if decade_hint else ():
        for m in S.it(rx, "digit"):
            century = m.groupdict().get("century") or (
                "19" if anchor is None or int(m["decade"]) > anchor.year % 100 // 10 else "20"
            )
            out.append(_Cand(m.start(), m.end(), "date", f"{century}{m['decade']}", "decade",
                             priority=2))  # fmt: skip
    for rx in L.centuries:
        for m in S.it(rx, "century"):
            cn = int(m["n"]) if m.groupdict().get("n") else _roman(m["roman"])
            if cn is not None and 1 <= cn <= 30:
                out.append(_Cand(m.start(), m.end(), "date", f"{cn - 1:02d}", "century",
                                 priority=3))  # fmt: skip
    for m in S.it(L.decade_words, "decadeword"):
        dec = L.decade_word_map[_norm(m["w"])]
        out.append(_Cand(m.start(), m.end(), "date", f"19{dec}", "decade", priority=2))
    return out


def _weekday_day(L: _Lang, text: str, start: int, end: int, anchor: dt.date, wd: int) -> dt.date:
    """A weekday by the clause's tense; without one, by the call's default (under the
    next-occurrence convention the anchor's own weekday is a week later: "Tuesday" said on a
    Tuesday is next Tuesday)."""
    tense = _tense(L, text, start, end)
    if tense == 0 and _ASSISTANT.get():
        return cal.weekday_near(anchor + dt.timedelta(days=1), wd, 1)
    return cal.weekday_near(anchor, wd, tense)


def _grain_value(
    L: _Lang, g: str, offset: int, anchor: dt.date | None, text: str, start: int, end: int
) -> tuple[str | None, str] | None:
    """Value and granularity for (last|this|next) + grain noun / season / weekday / month."""
    try:
        return _grain_value_at(L, g, offset, anchor, text, start, end)
    except cal.OutOfCalendar:  # 'next year' said on 31 December 9999
        grain = "day" if g in L.weekdays else "month" if g in L.months else L.grain_map.get(g)
        return (None, grain) if grain is not None else None


def _grain_value_at(
    L: _Lang, g: str, offset: int, anchor: dt.date | None, text: str, start: int, end: int
) -> tuple[str | None, str] | None:
    if g in L.weekdays:
        if anchor is None:
            return None, "day"
        wd = L.weekdays[g]
        if offset == 0:
            day = _weekday_day(L, text, start, end, anchor, wd)
        elif offset < 0:
            # "last Tuesday": the most recent Tuesday strictly before the anchor
            day = cal.weekday_near(anchor - dt.timedelta(days=1), wd, -1)
        else:
            # "next Tuesday": the Tuesday of next week (as "next week" is the week after this)
            day = anchor + dt.timedelta(days=7 - anchor.weekday() + wd)
        return day.isoformat(), "day"
    if g in L.months:
        if anchor is None:
            return None, "month"
        # "next March" is the coming one (this year's if still ahead), "March after next" the
        # one after it; "last March" likewise backwards
        month = L.months[g]
        year = anchor.year + offset
        if offset < 0 and month < anchor.month:
            year += 1
        if offset > 0 and month > anchor.month:
            year -= 1
        return f"{cal.fmt_year(year)}-{month:02d}", "month"
    if g in L.season_map:
        if anchor is None:
            return None, "season"
        return f"{cal.fmt_year(anchor.year + offset)}-{L.season_map[g]}", "season"
    grain = L.grain_map.get(g)
    if grain is None:
        return None
    if anchor is None:
        return None, grain
    if grain == "year":
        return cal.fmt_year(anchor.year + offset), "year"
    if grain == "season":  # "this season", "next season": the astronomical one
        return cal.shift_season(anchor, offset), "season"
    if grain == "month":
        return cal.fmt_month(cal.shift(anchor, "M", offset)), "month"
    if grain in ("week", "weekend"):
        v = cal.fmt_week(cal.shift(anchor, "W", offset))
        return (v + "-WE", "weekend") if grain == "weekend" else (v, "week")
    if grain == "quarter":
        return cal.fmt_quarter(cal.shift(anchor, "Q", offset)), "quarter"
    if grain == "day":
        return cal.shift(anchor, "D", offset).isoformat(), "day"
    if grain == "decade":
        return cal.fmt_decade(anchor.year + 10 * offset), "decade"
    if grain == "century":
        return cal.fmt_century(anchor.year + 100 * offset), "century"
    return None


def _scan_relative(
    L: _Lang, S: _Scan, anchor: dt.date | None, now: dt.datetime | None = None
) -> list[_Cand]:
    text = S.text
    out: list[_Cand] = []
    for m in S.it(L.rel_days, "relday"):
        off = L.rel_days_map[_norm(m.group())]
        day = anchor + dt.timedelta(days=off) if anchor else None
        out.append(_Cand(m.start(), m.end(), "date", day.isoformat() if day else None, "day",
                         relative=True, priority=3, day=day))  # fmt: skip
    if _ASSISTANT.get():
        # "the next day", "il giorno dopo": from the anchor for an assistant (in news they count
        # from the story's last event, so they are not resolved against the anchor there)
        for m in S.it(L.assistant_days_re, "grain"):
            off = L.assistant_days[_norm(m.group())]
            day = anchor + dt.timedelta(days=off) if anchor else None
            out.append(_Cand(m.start(), m.end(), "date", day.isoformat() if day else None,
                             "day", relative=True, priority=3, day=day))  # fmt: skip
    for m in S.it(L.rel_parts, "relday"):
        off, part = L.rel_parts_map[_norm(m.group())]
        day = anchor + dt.timedelta(days=off) if anchor else None
        out.append(_Cand(m.start(), m.end(), "time", f"{day}T{part}" if day else None,
                         "part_of_day", relative=True, priority=3, day=day))  # fmt: skip
    for m in S.it(L.rel_pre, "grain"):
        g = _norm(m["g"])
        if g in L.weekdays and not _cap_ok(L, text, m.start("g"), L.m.WEEKDAY_CASE_SENSITIVE):
            continue
        if g in L.months and not _cap_ok(L, text, m.start("g"), L.m.MONTH_CASE_SENSITIVE):
            continue
        if g in L.m.WEEKDAY_ABBREVIATIONS or (g in L.months and len(g) <= 3):
            continue
        res = _grain_value(L, g, L.rel_before_map[_norm(m["pre"])], anchor, text, m.start(),
                           m.end())  # fmt: skip
        if res is None:
            continue
        mod = L.mod_map[_norm(m["mod"])] if m["mod"] else None
        out.append(_Cand(m.start(), m.end(), "date", res[0], res[1], relative=True, priority=3,
                         mod=mod))  # fmt: skip
    for m in S.it(L.mod_grain, "grain"):
        whole = _norm(m.group())
        if whole in L.grain_map:  # "fine settimana" is the weekend, not the week's end
            res = _grain_value(L, whole, 0, anchor, text, m.start(), m.end())
            mod = None
        else:
            res = _grain_value(L, _norm(m["g"]), 0, anchor, text, m.start(), m.end())
            mod = L.mod_map[_norm(m["mod"])]
        if res is None or res[1] == "day":
            continue
        # priority 0: a fixed duration of the same words ("metà anno" = P6M) wins the tie
        out.append(_Cand(m.start(), m.end(), "date", res[0], res[1], relative=True, priority=0,
                         mod=mod))  # fmt: skip
    if not _ASSISTANT.get():
        for m in S.it(L.narrative_re, "narrative"):
            if L.narrative_not_before.match(text, m.end()):
                continue
            off = L.narrative_days[_norm(m.group())]
            # without a date before it in the paragraph, counted from the anchor (HeidelTime's
            # news strategy); the anchor's value is filled in here
            day = anchor + dt.timedelta(days=off) if anchor else None
            out.append(_Cand(m.start(), m.end(), "date", day.isoformat() if day else None, "day",
                             relative=True, priority=5, day=day,
                             narrative=("D", off, True)))  # fmt: skip
    if L.period_abbr_re is not None:
        for m in S.it(L.period_abbr_re, "abbr"):
            grain, mod = L.period_abbr[m.group()]
            res = _grain_value(L, grain, 0, anchor, text, m.start(), m.end())
            if res is not None:
                out.append(_Cand(m.start(), m.end(), "date", res[0], res[1], relative=True,
                                 priority=3, mod=mod))  # fmt: skip
    if L.rel_post is not None:
        for m in S.it(L.rel_post, "grain"):
            g = _norm(m["g"])
            if g in L.m.WEEKDAY_ABBREVIATIONS or (g in L.months and len(g) <= 3):
                continue
            res = _grain_value(L, g, L.rel_after_map[_norm(m["post"])], anchor, text, m.start(),
                               m.end())  # fmt: skip
            if res is None:
                continue
            start = m.start("g") if m["art"] else m.start()
            out.append(_Cand(start, m.end(), "date", res[0], res[1], relative=True, priority=3))
    for m in S.it(L.weekday_plural, "weekday"):
        # "3 fridays from now", "two Sundays ago": the n-th such weekday after / before the anchor
        num = _number_before(L, text, m.start(), L.lang)
        later = L.later_re.match(text, m.end())
        ago = L.ago_re.match(text, m.end())
        if num is None or num[1] is None or not (later or ago) or not float(num[1]).is_integer():
            continue
        n, wd = int(num[1]), L.weekday_plural_map[_norm(m.group())]
        shifted: dt.date | None = None
        if anchor is not None and n >= 1:
            if later:
                shifted = cal.weekday_near(anchor + dt.timedelta(days=1), wd, 1)
                shifted += dt.timedelta(weeks=n - 1)
            else:
                shifted = cal.weekday_near(anchor - dt.timedelta(days=1), wd, -1)
                shifted -= dt.timedelta(weeks=n - 1)
        end = (later or ago).end()  # type: ignore[union-attr]
        out.append(_Cand(num[0], end, "date", shifted.isoformat() if shifted else None, "day",
                         relative=True, priority=4, day=shifted))  # fmt: skip
    if _ASSISTANT.get():
        if now is not None:
            for m in S.it(L.present_re, "present"):
                # "now", "adesso": the anchor's moment for an assistant
                out.append(_Cand(m.start(), m.end(), "time", now.strftime("%Y-%m-%dT%H:%M:%S"),
                                 "time", relative=True, priority=2, day=now.date()))  # fmt: skip
    else:
        # news (TimeML): "now", "recently", "in the future" are PRESENT_REF / PAST_REF /
        # FUTURE_REF; not calendar facts, so the record builder leaves them out
        refs = [(m, L.ref_map[_norm(m.group())]) for m in S.it(L.ref_re, "ref")]
        refs += [
            (m, "PRESENT_REF")
            for rx, not_before in L.present_guarded
            for m in S.it(rx, "ref")
            if not not_before.search(text, max(0, m.start() - 12), m.start())
        ]
        for m, ref in refs:
            out.append(_Cand(m.start(), m.end(), "date", ref, "reference", relative=True,
                             priority=1))  # fmt: skip
    for m in S.it(L.weekday_re, "weekday"):
        g = _norm(m["wd"])
        abbr = g in L.m.WEEKDAY_ABBREVIATIONS and not _ASSISTANT.get()
        if abbr or not _cap_ok(L, text, m.start(), L.m.WEEKDAY_CASE_SENSITIVE):
            continue
        if anchor is None:
            val = None
            day = None
        else:
            # no tense in the clause: the weekday of the anchor's own week (a news prior), or the
            # coming one under the assistant convention
            day = _weekday_day(L, text, m.start(), m.end(), anchor, L.weekdays[g])
            val = day.isoformat()
        if m["pod"]:
            part = L.pod_map[_norm(m["pod"])]
            out.append(_Cand(m.start(), m.end(), "time", f"{val}T{part}" if val else None,
                             "part_of_day", relative=True, priority=2, day=day))  # fmt: skip
        else:
            out.append(_Cand(m.start(), m.end(), "date", val, "day", relative=True, priority=2,
                             day=day, weekday=L.weekdays[g]))  # fmt: skip
    return out


def _scan_durations(
    L: _Lang, S: _Scan, anchor: dt.date | None, lang: str, now: dt.datetime | None = None
) -> list[_Cand]:
    """Quantity + unit, joined parts ("3 hours and 17 minutes"), vague plurals, ages, ago/in."""
    text = S.text
    parts: list[tuple[int, int, float | None, str]] = []  # start, end, amount, unit
    inner_span: dict[int, int] = {}  # unit start -> sign of a span word before it
    upcoming: set[int] = set()  # unit starts with "upcoming" before them (assistant)
    for m in S.it(L.unit_re, "unit"):
        uword = _norm(m["u"])
        unit = L.units[uword]
        num = _number_before(L, text, m.start(), lang)
        if num is None:
            # "2 more minutes", "two additional days": the number is before the filler word
            filler = L.filler_re.search(text, max(0, m.start() - 16), m.start())
            if filler is None and _ASSISTANT.get():
                # "le 2 ultime settimane": a span word between the number and the unit
                filler = L.span_before.search(text, max(0, m.start() - 16), m.start())
                if filler is not None:
                    inner_span[m.start()] = L.span_map[_norm(filler["w"])]
                elif L.upcoming_re is not None:  # "2 upcoming weeks"
                    filler = L.upcoming_re.search(text, max(0, m.start() - 16), m.start())
                    if filler is not None:
                        upcoming.add(m.start())
            num = _number_before(L, text, filler.start(), lang) if filler else None
        if num is not None:
            start, amount = num
            end = m.end()
            half = L.half_re.match(text, end)
            if half and amount is not None:
                amount += 0.5
                end = half.end()
            parts.append((start, end, amount, unit))
            continue
        # "mezz'ora", "un'ora" glue the number with an apostrophe
        if _ASSISTANT.get():
            continue  # "for months" is no amount an assistant can act on (Duckling: none)
        if uword in L.m.VAGUE_PLURALS:
            parts.append((m.start(), m.end(), None, unit))
        elif uword in L.m.CUED_PLURALS and L.vague_cue_re.search(
            text[max(0, m.start() - 20) : m.start()]
        ):
            parts.append((m.start(), m.end(), None, unit))
    for m in S.at(L.unit_glued):
        # "3h", "3giorni", "3.5years", "30-minutes"; "3m" is metres, so only unit words
        # longer than one letter or "h"
        uword = _norm(m["u"])
        if uword == "h" or len(uword) > 1:
            a, _, b = m["n"].partition("/")
            if b and not 0 < int(a) < int(b):
                continue
            amount = int(a) / int(b) if b else float(a.replace(",", "."))
            parts.append((m.start(), m.end(), amount, L.units[uword]))
    for m in S.it(L.fixed_dur, "fixed"):
        parts.append((m.start(), m.end(), *L.fixed_map[_norm(m.group())]))
    parts.sort()
    # join "3 hours and 17 minutes", "176 days, 2 hours and 33 minutes"
    groups: list[list[tuple[int, int, float | None, str]]] = []
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
        # "1 hour thirty", "2 hours and 10": a bare number closing the clause after hours
        last = g[-1]
        if last[3] == "H" and last[2] is not None and len(g) == 1:
            hm = L.hour_minutes.match(text, last[1])
            mins = _parse_number(L, hm["n"], lang) if hm else None
            if hm and mins is not None and 1 <= mins < 60 and float(mins).is_integer():
                g.append((hm.start("n"), hm.end("n"), mins, "MIN"))
    out: list[_Cand] = []
    for g in groups:
        start, end = g[0][0], g[-1][1]
        value = cal.duration_value([(a, u) for _, _, a, u in g])
        before = text[max(0, start - 30) : start]
        approx = L.approx_re.search(before) is not None
        # age: "figlia di tre anni", "58-year-old" (handled by AGE patterns below)
        if (
            L.person_re is not None
            and len(g) == 1
            and g[0][3] == "Y"
            and L.person_re.search(text[max(0, start - 30) : start])
        ):
            out.append(_Cand(start, end, "age", value, priority=4))
            continue
        exact = all(p[2] is not None for p in g)
        assistant = _ASSISTANT.get()
        if assistant and exact and len(g) == 1 and anchor is not None and g[0][3] in _AHEAD:
            up = L.upcoming_re.search(before) if L.upcoming_re is not None else None
            inside = any(start < k < end for k in upcoming)
            if (up or inside) and float(g[0][2] or 0).is_integer():
                # "upcoming two weeks": the week two weeks ahead (Duckling's reading)
                grain, fmt = _AHEAD[g[0][3]]
                try:
                    ahead: str | None = fmt(cal.shift(anchor, g[0][3], int(g[0][2] or 0)))
                except cal.OutOfCalendar:
                    ahead = None
                s0 = start - len(before) + up.start() if up else start
                out.append(_Cand(s0, end, "date", ahead, grain, relative=True, priority=4))
                continue
        if assistant and exact and len(g) == 1:
            # "the last two days", "i prossimi 3 mesi": those units next to the anchor
            sb = L.span_before.search(before)
            sa = None if sb else L.span_after.match(text, end)
            inner = next((v for k, v in inner_span.items() if start < k < end), None)
            if sb or sa or inner is not None:
                sign = inner if inner is not None else L.span_map[_norm((sb or sa)["w"])]  # type: ignore[index]
                s0 = start - len(before) + sb.start() if sb else start
                e0 = sa.end() if sa else end
                c = _unit_span(s0, e0, g[0][3], int(g[0][2] or 0), sign, anchor, now)
                if c is not None:
                    out.append(c)
                    continue
        ago = L.ago_re.match(text, end)
        shift = ago or (L.later_assistant_re if assistant else L.later_re).match(text, end)
        # an assistant with a time of day keeps it across days and weeks ("in 7 days" is that
        # moment a week on)
        by_clock = assistant and now is not None and all(p[3] in ("D", "W", "FN") for p in g)
        if shift is not None and exact and all(p[3] in _SHIFTABLE for p in g) and not by_clock:
            out.append(_relative_shift(start, shift.end(), g, -1 if ago else 1, anchor))
            continue
        if shift is not None and exact and assistant and now is not None:
            out.append(_clock_shift(start, shift.end(), g, -1 if ago else 1, now))
            continue
        inm = L.in_re.search(before)
        am = L.approx_re.search(before) if inm is None and assistant else None
        if am is not None:  # "in about half an hour"
            inm = L.in_re.search(before, 0, am.start())
            inm = inm if inm is not None and inm.end() == am.start() else None
        if (
            inm is not None
            and not assistant
            and (
                _tense(L, text, start, end) < 0
                or L.in_span_re.search(text, max(0, start - 50), start - len(before) + inm.start())
            )
        ):
            # "the first time in 20 years", "its fastest pace in a decade": told in the past,
            # "in" + a duration is a stretch of time, not a date that far ahead
            inm = None
        if (
            inm and exact and all(p[3] in _SHIFTABLE for p in g) and not _OF.match(text, end)
            and not by_clock
        ):  # fmt: skip
            out.append(_relative_shift(inm.start() + (start - len(before)), end, g, 1, anchor))
            continue
        if inm and exact and assistant and now is not None and not _OF.match(text, end):
            out.append(_clock_shift(inm.start() + (start - len(before)), end, g, 1, now))
            continue
        out.append(_Cand(start, end, "duration", value, approximate=approx, priority=1))
    for rx in L.age_res:
        for m in S.it(rx, "age"):
            n = _parse_number(L, m["num"], lang)
            if n is None or n > 130:
                continue
            unit = "M" if re.search(r"month|mes", m.group(), re.I) else "Y"
            span = m.span("age") if "age" in rx.groupindex else m.span()
            out.append(_Cand(span[0], span[1], "age", f"P{int(n)}{unit}", priority=5))
    return out


_SHIFTABLE = frozenset({"Y", "M", "W", "D", "DE", "Q", "FN", "CE"})
_AHEAD: dict[str, tuple[str, Callable[[dt.date], str]]] = {
    "D": ("day", dt.date.isoformat), "W": ("week", cal.fmt_week), "M": ("month", cal.fmt_month),
    "Q": ("quarter", cal.fmt_quarter), "Y": ("year", lambda d: cal.fmt_year(d.year)),
}  # fmt: skip
_OF = re.compile(r"\s+(?:of|di)\b")
_GRAIN_OF_UNIT = {"CE": "century", "DE": "decade", "Y": "year", "Q": "month", "M": "month",
                  "FN": "day", "W": "week", "D": "day"}  # fmt: skip


_CLOCK_UNITS = {"H": "hours", "MIN": "minutes", "S": "seconds", "D": "days", "W": "weeks"}
_UNIT_TIMEDELTA = {**_CLOCK_UNITS, "FN": "weeks"}
_UNIT_FACTOR = {"FN": 2}


def _clock_shift(
    start: int, end: int, parts: list[tuple[int, int, float | None, str]], sign: int,
    now: dt.datetime,
) -> _Cand:  # fmt: skip
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
        return _Cand(start, end, "time", None, "time", relative=True, priority=4)
    fine = any(u in ("MIN", "S") for *_, u in parts)
    value = moment.strftime("%Y-%m-%dT%H:%M:%S" if fine else "%Y-%m-%dT%H:%M")
    return _Cand(start, end, "time", value, "time", relative=True, priority=4,
                 day=moment.date())  # fmt: skip


def _unit_span(
    start: int, end: int, unit: str, n: int, sign: int, anchor: dt.date | None,
    now: dt.datetime | None,
) -> _Cand | None:  # fmt: skip
    """'the last 2 days' -> [2 days before the anchor's day, the day before it]; 'the next 3
    hours' -> [the hour after the anchor's, 3 hours after it]. Units of the clock need `now`."""
    if n < 1 or anchor is None:
        return None
    if unit in ("H", "MIN", "S"):
        if now is None:
            return None
        step = dt.timedelta(**{_CLOCK_UNITS[unit]: 1})
        moment = now.replace(microsecond=0)
        moment = {"H": moment.replace(minute=0, second=0), "MIN": moment.replace(second=0)}.get(
            unit, moment
        )
        first_m = moment + step * (-n if sign < 0 else 1)
        last_m = moment + step * (-1 if sign < 0 else n)
        form = {"H": "%Y-%m-%dT%H:%M", "MIN": "%Y-%m-%dT%H:%M", "S": "%Y-%m-%dT%H:%M:%S"}[unit]
        return _Cand(start, end, "interval", first_m.strftime(form), "time", relative=True,
                     priority=5, end_value=last_m.strftime(form))  # fmt: skip
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
    return _Cand(start, end, "interval", fmt(first), grain, relative=True, priority=5,
                 end_value=fmt(last))  # fmt: skip


def _relative_shift(
    start: int,
    end: int,
    parts: list[tuple[int, int, float | None, str]],
    sign: int,
    anchor: dt.date | None,
) -> _Cand:
    """'two weeks ago' -> the week two weeks before the anchor, at the finest unit's granularity;
    '1 month and 21 days ago' -> a day."""
    if anchor is None or any(p[2] is None or not float(p[2]).is_integer() for p in parts):
        return _Cand(start, end, "date", None, None, relative=True, priority=4)
    day = anchor
    try:
        for _, _, amount, unit in parts:
            assert amount is not None
            day = cal.shift(day, unit, sign * int(amount))
    except cal.OutOfCalendar:
        # '3.2 million years ago': a date no calendar writes; the expression is still a date
        grain = _GRAIN_OF_UNIT[parts[-1][3]]
        return _Cand(start, end, "date", None, grain, relative=True, priority=4)
    # news keeps the unit's granularity ("two weeks ago" is a week); an assistant counts days
    single = len(parts) == 1 and not _ASSISTANT.get()
    grain = _GRAIN_OF_UNIT[parts[-1][3]] if single else "day"
    value = {
        "century": cal.fmt_century(day.year),
        "decade": cal.fmt_decade(day.year),
        "year": cal.fmt_year(day.year),
        "month": cal.fmt_month(day),
        "week": cal.fmt_week(day),
        "day": day.isoformat(),
    }[grain]
    return _Cand(start, end, "date", value, grain, relative=True, priority=4, day=day)


def _clock_value(h: int, mi: int, ampm: str | None, sec: int = 0) -> str | None:
    if ampm:
        a = ampm.lower().replace(".", "").replace(" ", "")
        if h > 12 or h == 0:
            return None
        if a.startswith("p") and h != 12:
            h += 12
        if a.startswith("a") and h == 12:
            h = 0
    if h > 24 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}" + (f":{sec:02d}" if sec else "")


def _scan_times(L: _Lang, S: _Scan, anchor: dt.date | None) -> list[_Cand]:
    text = S.text
    out: list[_Cand] = []

    def add(
        m: re.Match[str], h: int, mi: int, sec: int = 0, prio: int = 3,
        span: tuple[int, int] | None = None, ampm_done: bool = False,
    ) -> None:  # fmt: skip
        gd = m.groupdict()
        start, end = span or (m.span("t") if "t" in gd else m.span())
        # `ampm_done`: the caller already read "pm" into a 24-hour `h`
        ampm = None if ampm_done else gd.get("ampm")
        if ampm_done and gd.get("ampm"):
            end = max(end, m.end("ampm"))
        pod = None if ampm or (ampm_done and gd.get("ampm")) else L.pod_after.match(text, end)
        if pod is not None:
            part = L.pod_after_map[_norm(pod["p"])]
            if (part in ("AF", "EV") and h < 12) or (part == "NI" and 6 <= h < 12):
                h += 12
            end = pod.end()
        clock = _clock_value(h, mi, ampm, sec)
        if clock is None:
            return
        zone = gd.get("zone")
        zname = L.zone_map.get(_norm(zone), zone.upper()) if zone else None
        hs = gd.get("h") or ""
        twelve = (
            L.m.CLOCK_12H and not ampm and not ampm_done and pod is None and 1 <= h <= 11
            and not hs.startswith("0")
            # "3h18" is written on a 24-hour clock
            and not text.startswith("h", m.end("h"))
        )  # fmt: skip
        out.append(_Cand(start, end, "time", None, "time", relative=True, priority=prio,
                         clock=clock, zone=zname, twelve=twelve))  # fmt: skip

    for m in S.at(L.clock):
        add(m, int(m["h"]), int(m["mi"]), int(m["s"] or 0))
    for m in S.at(L.dot_clock):
        before = text[max(0, m.start() - 25) : m.start()]
        if m["zone"] or m["ampm"] or L.time_prefix_re.search(before):
            add(m, int(m["h"]), int(m["mi"]))
    for m in S.at(L.hour_ampm):
        add(m, int(m["h"]), 0)
    for m in S.at_hours(L.range_first):
        h, h2 = int(m["h"]), int(m["h2"])
        if not (1 <= h <= 12 and 1 <= h2 <= 12):
            continue
        pm = m["ap2"].lower().startswith("p")
        # "11 to 1pm" starts in the morning; "5 to 6pm" in the afternoon
        if pm and (h % 12) <= (h2 % 12):
            h = h % 12 + 12
        add(m, h, int(m["mi"] or 0), ampm_done=True)
    assistant = _ASSISTANT.get()
    compact = S.compact_starts + S.bare_compact if assistant else S.compact_starts
    for m in S.at_starts(L.compact_clock, compact):
        h = int(m["h"])
        before = text[max(0, m.start() - 25) : m.start()]
        if m["ampm"] or (assistant and h <= 12 and L.time_prefix_re.search(before)):
            add(m, h, int(m["mi"]))
    for m in S.at_starts(L.h_clock, S.h_starts):
        before = text[max(0, m.start() - 25) : m.start()]
        if m["zone"] or L.time_prefix_re.search(before):
            add(m, int(m["h"]), 0, prio=4)
    if assistant:
        for m in S.at(L.short_ampm):
            h = int(m["h"])
            before = text[max(0, m.start() - 25) : m.start()]
            # "4a" alone is a flat or a form; "at 7a", "3:18a" and "7p" are times
            if m["ap"].lower() == "a" and not (m["mi"] or L.time_prefix_re.search(before)):
                continue
            if 1 <= h <= 12:
                h = h % 12 + (12 if m["ap"].lower() == "p" else 0)
                add(m, h, int(m["mi"] or 0), ampm_done=True)
    for m in S.it(L.word_clock, "hourword"):
        before = text[max(0, m.start() - 25) : m.start()]
        marked = m["z"] or (assistant and L.time_prefix_re.search(before))
        if not (m["ampm"] or marked):
            continue  # "three twenty" may be a number; "at three twenty", "ten thirty pm" are times
        hw = L.hour_words.get(_norm(m["h"]))
        mins = _parse_number_cached(L.lang, _norm(m["mw"]))
        if hw is None or mins is None or not float(mins).is_integer():
            continue
        if not (1 <= mins <= 9 if m["z"] else 10 <= mins <= 59):
            continue
        h = hw
        if m["ampm"]:
            a = m["ampm"].lower().replace(".", "").replace(" ", "")
            h = hw % 12 + (12 if a.startswith("p") else 0)
        add(m, h, int(mins), prio=4, ampm_done=bool(m["ampm"]))
    if L.m.HOUR_WORD_PREFIX:  # "alle 14" - without a prefix a bare number is not an hour
        for m in S.it(L.hour_word, "digit"):
            add(m, int(m["h"]), 0)
    else:  # "at 8 GMT": a bare hour is a time with a zone written after it
        for m in S.at_hours(L.hour_word):
            before = text[max(0, m.start() - 25) : m.start()]
            if m["zone"] and L.time_prefix_re.search(before):
                add(m, int(m["h"]), 0)
    for m in S.it(L.clock_words, "clockword"):
        _clock_words(L, text, m, add)
    for m in S.it(L.noon, "noon"):
        out.append(_Cand(m.start(), m.end(), "time", None, "time", relative=True, priority=3,
                         clock=L.noon_map[_norm(m.group())]))  # fmt: skip
    return out


def _clock_words(L: _Lang, text: str, m: re.Match[str], add: Callable[..., None]) -> None:
    """'half past eight', 'ten past 9', 'alle otto e mezza', 'le otto meno dieci'."""
    hs = _norm(m["h"])
    h = int(hs) if hs.isdigit() else L.hour_words.get(hs)
    if h is None:
        return
    minutes = 0
    start, end = m.span("t")
    pre = post = False
    if m["pre"]:
        minutes, pre = L.clock_before[_norm(m["pre"])], True
    elif m["pn"]:
        n = _parse_number_cached(L.lang, _norm(m["pn"]))
        sign = L.clock_dirs[_norm(m["pdir"])]
        # "5 to 7" is a range and "3 to 1" a score: counting down needs "minutes"
        if n is not None and 0 < n < 60 and (sign > 0 or m["mw"] or hs in L.noon_map):
            minutes, pre = int(n) * sign, True
        else:
            start = m.start("h")  # "is ... past eight": not a count of minutes
    if m["post"]:
        minutes, post = minutes + L.clock_after[_norm(m["post"])], True
    elif m["sign"]:
        n = _parse_number_cached(L.lang, _norm(m["qn"]))
        if n is not None and 0 < n < 60:
            minutes, post = minutes + int(n) * L.clock_signs[_norm(m["sign"])], True
        else:
            end = m.end("h")  # "alle otto e poi": the hour alone
    suffix = (m["ampm"] or m["oc"]) and end > m.end("h")
    # "8 della sera", "3 in the morning": a part of the day after the hour marks a clock time
    pod = not suffix and L.pod_after.match(text, end) is not None
    # "2 e 3" is two numbers: a minutes suffix alone needs "alle"/"le"/"ore" before the hour
    # "mezzogiorno meno un quarto": noon and midnight are hours by themselves
    marked = pre or suffix or pod or (post and (m["prefix"] or hs in L.noon_map))
    if not marked and not (m["prefix"] and L.m.HOUR_AFTER_PREFIX and not hs.isdigit()):
        return  # a bare number: "alle 14" and "3pm" have their own patterns
    if suffix and m["ampm"] and h <= 12:
        a = m["ampm"].lower().replace(".", "").replace(" ", "")
        h = (h % 12) + (12 if a.startswith("p") else 0)
    total = (h * 60 + minutes) % 1440
    add(m, total // 60, total % 60, prio=4, span=(start, end), ampm_done=True)


def _scan_sets(L: _Lang, S: _Scan) -> list[_Cand]:
    out: list[_Cand] = []
    for m in S.it(L.set_adv, "set"):
        out.append(_Cand(m.start(), m.end(), "set", L.set_adv_map[_norm(m.group())], "set",
                         priority=4))  # fmt: skip
    for m in S.it(L.weekday_plural, "weekday"):
        out.append(_Cand(m.start(), m.end(), "set",
                         f"XXXX-WXX-{L.weekday_plural_map[_norm(m.group())] + 1}", "set",
                         priority=3))  # fmt: skip
    for m in S.it(L.every_re, "every"):
        g = _norm(m["g"])
        if g in L.pod_map:
            out.append(_Cand(m.start(), m.end(), "set", f"T{L.pod_map[g]}", "set", priority=4))
            continue
        if g in L.weekdays:
            if g in L.m.WEEKDAY_ABBREVIATIONS:
                continue
            val = f"XXXX-WXX-{L.weekdays[g] + 1}"
        else:
            val = cal.duration_value([(1, L.units[g])])
        out.append(_Cand(m.start(), m.end(), "set", val, "set", priority=4))
    return out


def _period_of_year(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'the third quarter of 2016', 'il primo semestre dell'anno prossimo' -> 2016-Q3."""
    out: list[_Cand] = []
    for c in chosen:
        m = None
        if c.kind == "date" and c.granularity == "year":
            m = L.period_of_year.search(text, max(0, c.start - 40), c.start)
        if m is None:
            out.append(c)
            continue
        while out and out[-1].end > m.start():  # anything tagged inside the phrase
            out.pop()
        n = L.ordinal_map[_norm(m["ord"])]
        half = _norm(m["noun"]) in L.half_nouns
        limit = 2 if half else 4
        n = limit if n < 0 else n
        if not 1 <= n <= limit:
            out.append(c)
            continue
        code = "H" if half else "Q"
        value = f"{c.value}-{code}{n}" if c.value is not None else None
        out.append(_Cand(m.start(), c.end, "date", value, "half" if half else "quarter",
                         relative=c.relative))  # fmt: skip
    return out


def _nth_of_period(L: _Lang, text: str, chosen: list[_Cand], anchor: dt.date | None) -> list[_Cand]:
    """'the first Friday of July', 'the last day of October 2015', 'the third last week of
    2018', 'l'ultimo weekend di luglio' -> that day, week or weekend."""
    out: list[_Cand] = []
    for c in chosen:
        m = None
        if c.kind == "date" and c.granularity in ("month", "year"):
            m = L.nth_of_period.search(text, max(0, c.start - 40), c.start)
        if m is None:
            out.append(c)
            continue
        n = L.ordinal_map[_norm(m["ord"])]
        from_end = n < 0 or m["fe"] is not None
        n = abs(n)
        unit = L.nth_units[_norm(m["u"])] if m["u"] else "weekday"
        wd = L.weekdays[_norm(m["wd"])] if m["wd"] else None
        value: str | None = None
        day: dt.date | None = None
        if c.value is not None:
            period = c.value
            bare_month = _norm(text[c.start : c.end]) in L.months
            if bare_month and c.granularity == "month" and anchor is not None:
                # the month's year again, without the phrase's own "last" read as a past tense
                month = int(period[5:7])
                year = cal.nearest_year(anchor, month, None, _direction(L, text, m.start(), c.end))
                period = f"{year}-{month:02d}"
            found = cal.nth_in_period(period, unit, n, from_end, wd)
            if found is None:
                out.append(c)
                continue
            if unit == "week":
                iso = found.isocalendar()
                value = f"{iso[0]}-W{iso[1]:02d}"
            elif unit == "weekend":
                iso = found.isocalendar()
                value = f"{iso[0]}-W{iso[1]:02d}-WE"
            else:
                day, value = found, found.isoformat()
        while out and out[-1].end > m.start():  # what was tagged inside the phrase
            out.pop()
        gran = {"week": "week", "weekend": "weekend"}.get(unit, "day")
        out.append(_Cand(m.start(), c.end, "date", value, gran, relative=c.relative, day=day))
    return out


def _part_of_day_of(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'the morning of March 5', 'nella serata di domani' -> that day's part."""
    out: list[_Cand] = []
    for c in chosen:
        m = None
        if c.kind == "date" and c.granularity == "day":
            m = L.pod_of.search(text, max(0, c.start - 30), c.start)
        if m is None:
            out.append(c)
            continue
        part = L.pod_of_map[_norm(m["p"])]
        while out and out[-1].end > m.start():  # "nella serata" tagged alone
            out.pop()
        value = f"{c.day.isoformat()}T{part}" if c.day is not None else None
        out.append(_Cand(m.start(), c.end, "time", value, "part_of_day", relative=c.relative,
                         day=c.day))  # fmt: skip
    return out


_MOD_GRAINS = frozenset(
    {"year", "month", "week", "decade", "century", "season", "quarter", "half", "part_of_day"}
)


def _mod_of_period(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'the end of 2012', 'mid-1990s', "all'inizio di quest'anno": the modifier joins the span
    and sets TimeML's mod."""
    out: list[_Cand] = []
    for c in chosen:
        m = None
        if c.kind in ("date", "time") and c.mod is None and c.granularity in _MOD_GRAINS:
            m = L.mod_period.search(text, max(0, c.start - 24), c.start)
        if m is None or (out and out[-1].end > m.start()):
            out.append(c)
            continue
        out.append(replace(c, start=m.start(), mod=L.mod_map[_norm(m["mod"])]))
    return out


def _week_of_day(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'the week of October 6th', 'il weekend del 15 febbraio' -> the week or weekend."""
    out: list[_Cand] = []
    for c in chosen:
        m = None
        if c.kind == "date" and c.granularity == "day":
            m = L.week_of.search(text, max(0, c.start - 30), c.start)
        if m is None:
            out.append(c)
            continue
        unit = L.week_of_map[_norm(m["w"])]
        value = None
        if c.day is not None:
            iso = c.day.isocalendar()
            value = f"{iso[0]}-W{iso[1]:02d}" + ("-WE" if unit == "weekend" else "")
        while out and out[-1].end > m.start():
            out.pop()
        out.append(_Cand(m.start(), c.end, "date", value, unit, relative=c.relative))
    return out


def _day_of_relative_month(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'the 20th of next month', 'il 20 del prossimo mese' -> that day."""
    out: list[_Cand] = []
    for c in chosen:
        m = None
        if c.kind == "date" and c.granularity == "month" and c.relative:
            m = L.day_of_rel.search(text, max(0, c.start - 24), c.start)
        if m is None:
            out.append(c)
            continue
        while out and out[-1].end > m.start():  # the day number may have been tagged alone
            out.pop()
        day = None
        if c.value is not None:
            y, mo = c.value.split("-")
            day = _valid(int(y), int(mo), int(m["d"]))
            if day is None:
                out.append(c)
                continue
        out.append(_Cand(m.start(), c.end, "date", day.isoformat() if day else None, "day",
                         relative=True, day=day))  # fmt: skip
    return out


def _intervals(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'between April and October', 'dal 5 maggio al 3 giugno', 'from 2019 to 2021' -> one
    interval. A word join needs its opening word ("between", "dal"); a dash needs none."""
    out: list[_Cand] = []
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
                value = a.value if a.value is not None and b.value is not None else None
                out.append(_Cand(start, b.end, "interval", value, a.granularity,
                                 relative=a.relative or b.relative,
                                 end_value=b.value if value is not None else None))  # fmt: skip
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _shift_from_day(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'two days from tomorrow', 'three days after Easter', 'due giorni prima di ieri' -> that
    day (assistant convention only: TimeML annotates the duration and the date apart)."""
    out: list[_Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        if i + 1 < len(chosen) and c.kind == "duration" and c.value and chosen[i + 1].day:
            d = chosen[i + 1]
            m = L.shift_from_re.fullmatch(text, c.end, d.start)
            parts = _DUR_PARTS.fullmatch(c.value)
            if m is not None and parts is not None and d.day is not None:
                sign = L.shift_from[_norm(m["w"])]
                day: dt.date | None = d.day
                try:
                    for amount, unit in _DUR_PART.findall(c.value):
                        day = cal.shift(day, unit, sign * int(amount))  # type: ignore[arg-type]
                except cal.OutOfCalendar:
                    day = None
                out.append(_Cand(c.start, d.end, "date", day.isoformat() if day else None, "day",
                                 relative=True, day=day))  # fmt: skip
                i += 2
                continue
        out.append(c)
        i += 1
    return out


# whole days, weeks, months, years only: "two days", "P1Y2M"
_DUR_PARTS = re.compile(r"P(?:\d+[YMWD])+")
_DUR_PART = re.compile(r"(\d+)([YMWD])")


def _weekday_of_week(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'Friday next week', 'next week on Friday', 'venerdì della prossima settimana' -> one day."""
    out: list[_Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        if i + 1 < len(chosen):
            d = chosen[i + 1]
            pair = (c, d) if c.weekday is not None else (d, c)
            wd, week = pair
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
                out.append(_Cand(c.start, d.end, "date", value, "day", relative=True, day=day))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


def _day_then_part(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'Monday in the morning', 'lunedì in serata' -> that day's part (a phrase like "in serata"
    alone would be read as today's)."""
    out: list[_Cand] = []
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
        part = L.pod_after_map[_norm(pm["p"])]
        value = f"{c.day.isoformat()}T{part}" if c.day is not None else None
        out.append(_Cand(c.start, pm.end(), "time", value, "part_of_day", relative=c.relative,
                         day=c.day))  # fmt: skip
        i += 1
        while i < len(chosen) and chosen[i].start < pm.end():  # "in serata" tagged alone
            i += 1
    return out


def _part_of_day_clock(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'this afternoon at 2', 'tonight at 11', 'stasera alle 8': the hour is a clock time read
    in that part of the day (a bare hour after 'at' is a time here, not a score)."""
    out: list[_Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        m = None
        if c.granularity == "part_of_day":
            m = L.pod_clock.match(text, c.end)
        if m is None:
            out.append(c)
            i += 1
            continue
        hs = _norm(m["h"])
        h = int(hs) if hs.isdigit() else L.hour_words.get(hs)
        mi = int(m["mi"]) if m["mi"] else 0
        part = (c.value or "")[-2:]
        if h is None or h > 23:
            out.append(c)
            i += 1
            continue
        if (part in ("AF", "EV") and h < 12) or (part == "NI" and 6 <= h < 12):
            h += 12
        value = f"{c.day.isoformat()}T{h:02d}:{mi:02d}" if c.day is not None else None
        # two timexes, as TimeML writes them: the part of the day and the clock time in it
        out.append(c)
        out.append(_Cand(m.start("h"), m.end(), "time", value, "time", relative=True,
                         priority=4, day=c.day))  # fmt: skip
        i += 1
        while i < len(chosen) and chosen[i].start < m.end():  # the hour tagged alone
            i += 1
    return out


def _hour_before_part(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'at 5 tomorrow afternoon', 'alle 8 di stasera': the hour read in that part of that day."""
    out: list[_Cand] = []
    for c in chosen:
        m = None
        if c.granularity == "part_of_day" and c.day is not None and c.value:
            m = L.hour_before_part.search(text, max(0, c.start - 16), c.start)
        if (
            m is None
            or c.day is None
            or c.value is None
            or (out and out[-1].end > m.start() and out[-1].kind != "time")
        ):
            out.append(c)
            continue
        h, part = int(m["h"]), c.value[-2:]
        if h > 23:
            out.append(c)
            continue
        if (part in ("AF", "EV") and h < 12) or (part == "NI" and 6 <= h < 12):
            h += 12
        while out and out[-1].end > m.start():  # the hour tagged alone
            out.pop()
        out.append(_Cand(m.start("h"), c.end, "time", f"{c.day.isoformat()}T{h:02d}:00", "time",
                         relative=True, day=c.day))  # fmt: skip
    return out


_REF_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_GRAIN_RANK = {"Y": 1, "Q": 2, "M": 2, "D": 3}


_ERA_GRAINS = frozenset({"century", "decade", "year"})


def _era(L: _Lang, text: str, chosen: list[_Cand]) -> list[_Cand]:
    """'the 3rd century BC', '44 a.C.', '79 d.C.': the era joins the span. Before Christ there
    is no value (ISO 8601 writes such years only in an expanded form agreed between the
    parties; '02' would say the years 100-199 AD); after Christ the year is written out."""
    if not any(w in text for w in L.era_words):
        return chosen
    out: list[_Cand] = []
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
        out.append(_Cand(m.start(), m.end(), "date", value, "year", priority=1))
    out.sort(key=lambda c: c.start)
    return out


def _narrative(chosen: list[_Cand], text: str) -> list[_Cand]:
    """'the next day', 'a year earlier': counted from the last date before them in the same
    paragraph (HeidelTime's narrative reference), else from the anchor where allowed."""
    out: list[_Cand] = []
    for c in chosen:
        if c.narrative is None:
            out.append(c)
            continue
        unit, amount, anchored = c.narrative
        ref: dt.date | None = None
        for o in reversed(out):
            if c.start - o.end > 400 or "\n\n" in text[o.end : c.start]:
                break
            m = _REF_DATE.match(o.value or "") if o.kind in ("date", "time") else None
            if m is None:
                continue
            rank = 3 if m[3] else 2 if m[2] else 1
            if rank >= _GRAIN_RANK[unit]:
                ref = dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
                break
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


def _attach_times(
    text: str, chosen: list[_Cand], anchor: dt.date | None, after: dt.time | None = None
) -> list[_Cand]:
    """Give clock times a calendar day: an adjacent date in the same clause, else the anchor
    (the day after it when `after` is given and the clock time is not later than it: "at 3am"
    said at 04:30 is tomorrow's)."""
    out: list[_Cand] = []
    for i, c in enumerate(chosen):
        if c.kind != "time" or c.clock is None:
            out.append(c)
            continue
        day: dt.date | None = None
        for j in (i - 1, i + 1):
            if 0 <= j < len(chosen) and chosen[j].day is not None:
                o = chosen[j]
                gap = text[o.end : c.start] if j < i else text[c.end : o.start]
                if len(gap) <= 12 and not re.search(r"[.;!?\n]", gap):
                    day = o.day
                    break
        relative = day is None or any(
            chosen[j].relative for j in (i - 1, i + 1) if 0 <= j < len(chosen)
        )
        from_text = day is not None
        if day is None:
            day = anchor
            now = after.strftime("%H:%M") if after is not None else None
            if day is not None and now is not None and c.clock[:5] <= now:
                later = f"{int(c.clock[:2]) + 12:02d}{c.clock[2:]}"
                if c.twelve and later[:5] > now:  # "3:30" said at 04:30 is 15:30
                    c = replace(c, clock=later)
                else:
                    day += dt.timedelta(days=1)
        if day is None:
            out.append(replace(c, value=None, relative=True))
            continue
        if c.clock is not None and c.clock.startswith(
            "24:00"
        ):  # "alle 24": midnight, the start of the next day
            c = replace(c, clock="00:00" + c.clock[5:])
            day += dt.timedelta(days=1)
        tz = cal.zone_offset(c.zone, day) if c.zone else ""
        # `day` stays None when the anchor gave it, so an interval can take its end's day
        out.append(replace(c, value=f"{day.isoformat()}T{c.clock}{tz or ''}", relative=relative,
                           day=day if from_text else None))  # fmt: skip
    return out
