"""Clock times: '8:55', '14.30', '3pm', '15h GMT', 'alle 14', 'half past eight', 'ten thirty',
'noon'. A clock time gets its day later (`compose.attach_times`); here it keeps the clock part,
its zone, and whether it may be either half of the day ("3:30" in English)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..candidates import Cand
from ..context import Context, assistant
from ..language import Lang
from ..numbers import number_value
from ..patterns import norm

__all__ = [
    "clock",
    "dot_clock",
    "hour_ampm",
    "range_first_hour",
    "compact_clock",
    "h_clock",
    "short_ampm",
    "word_clock",
    "prefixed_hour",
    "clock_in_words",
    "noon",
    "hour_in_part",
    "clock_value",
]


def hour_in_part(h: int, part: str) -> int:
    """An hour read in a part of the day: 'at 8 in the evening' is 20."""
    if (part in ("AF", "EV") and h < 12) or (part == "NI" and 6 <= h < 12):
        return h + 12
    return h


def clock_value(h: int, mi: int, ampm: str | None, sec: int = 0) -> str | None:
    """'HH:MM' (':SS' when given) with am/pm applied; None for an impossible time."""
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


def _is_pm(ampm: str) -> bool:
    return ampm.lower().replace(".", "").replace(" ", "").startswith("p")


def _clock(
    ctx: Context, m: re.Match[str], h: int, mi: int, sec: int = 0, prio: int = 3,
    span: tuple[int, int] | None = None, ampm_done: bool = False,
) -> Cand | None:  # fmt: skip
    """The candidate of a clock time matched by `m`: a part of the day after it settles am/pm
    ("8 in the evening"). `ampm_done`: the caller already read "pm" into a 24-hour `h`."""
    L, text = ctx.L, ctx.text
    gd = m.groupdict()
    start, end = span or (m.span("t") if "t" in gd else m.span())
    ampm = None if ampm_done else gd.get("ampm")
    if ampm_done and gd.get("ampm"):
        end = max(end, m.end("ampm"))
    pod = None if ampm or (ampm_done and gd.get("ampm")) else L.pod_after.match(text, end)
    if pod is not None:
        h = hour_in_part(h, L.pod_after_map[norm(pod["p"])])
        end = pod.end()
    value = clock_value(h, mi, ampm, sec)
    if value is None:
        return None
    zone = gd.get("zone")
    zname = L.zone_map.get(norm(zone), zone.upper()) if zone else None
    hs = gd.get("h") or ""
    twelve = (
        L.m.CLOCK_12H and not ampm and not ampm_done and pod is None and 1 <= h <= 11
        and not hs.startswith("0")
        # "3h18" is written on a 24-hour clock
        and not text.startswith("h", m.end("h"))
    )  # fmt: skip
    return Cand(start, end, "time", None, "time", relative=True, priority=prio, clock=value,
                zone=zname, twelve=twelve)  # fmt: skip


def _after_prefix(L: Lang, text: str, pos: int) -> bool:
    """Whether a time prefix ("at", "alle") comes before `pos`."""
    return L.time_prefix_re.search(text[max(0, pos - 25) : pos]) is not None


def clock(ctx: Context) -> Iterator[Cand]:
    """'8:55', '14:22:05', '8:55 a.m. Moscow time', '3h18'."""
    for m in ctx.S.at(ctx.L.clock):
        c = _clock(ctx, m, int(m["h"]), int(m["mi"]), int(m["s"] or 0))
        if c is not None:
            yield c


def dot_clock(ctx: Context) -> Iterator[Cand]:
    """'14.30': with a zone, am/pm or a time prefix ("alle 14.30"), else it is a number."""
    for m in ctx.S.at(ctx.L.dot_clock):
        if m["zone"] or m["ampm"] or _after_prefix(ctx.L, ctx.text, m.start()):
            c = _clock(ctx, m, int(m["h"]), int(m["mi"]))
            if c is not None:
                yield c


def hour_ampm(ctx: Context) -> Iterator[Cand]:
    """'3pm', '11 a.m.', "seven o'clock"."""
    for m in ctx.S.at(ctx.L.hour_ampm):
        c = _clock(ctx, m, int(m["h"]), 0)
        if c is not None:
            yield c


def range_first_hour(ctx: Context) -> Iterator[Cand]:
    """'5 to 6pm', 'between 5 and 6 p.m.': the first hour of a range takes the second's am/pm."""
    for m in ctx.S.at_hours(ctx.L.range_first):
        h, h2 = int(m["h"]), int(m["h2"])
        if not (1 <= h <= 12 and 1 <= h2 <= 12):
            continue
        pm = m["ap2"].lower().startswith("p")
        # "11 to 1pm" starts in the morning; "5 to 6pm" in the afternoon
        if pm and (h % 12) <= (h2 % 12):
            h = h % 12 + 12
        c = _clock(ctx, m, h, int(m["mi"] or 0), ampm_done=True)
        if c is not None:
            yield c


def compact_clock(ctx: Context) -> Iterator[Cand]:
    """'330 p.m.', '1030am'; 'at 1030' under the assistant convention."""
    S, is_assistant = ctx.S, assistant()
    compact = S.compact_starts + S.bare_compact if is_assistant else S.compact_starts
    for m in S.at_starts(ctx.L.compact_clock, compact):
        h = int(m["h"])
        if m["ampm"] or (is_assistant and h <= 12 and _after_prefix(ctx.L, ctx.text, m.start())):
            c = _clock(ctx, m, h, int(m["mi"]))
            if c is not None:
                yield c


def h_clock(ctx: Context) -> Iterator[Cand]:
    """'15h', '8h GMT': a clock hour only after a time prefix or before a zone ("15h" alone is
    fifteen hours)."""
    for m in ctx.S.at_starts(ctx.L.h_clock, ctx.S.h_starts):
        if m["zone"] or _after_prefix(ctx.L, ctx.text, m.start()):
            c = _clock(ctx, m, int(m["h"]), 0, prio=4)
            if c is not None:
                yield c


def short_ampm(ctx: Context) -> Iterator[Cand]:
    """Assistant: '7p', '3:15p', 'at 3p.' - a one-letter am/pm glued to the time."""
    if not assistant():
        return
    for m in ctx.S.at(ctx.L.short_ampm):
        h = int(m["h"])
        # "4a" alone is a flat or a form; "at 7a", "3:18a" and "7p" are times
        if m["ap"].lower() == "a" and not (m["mi"] or _after_prefix(ctx.L, ctx.text, m.start())):
            continue
        if 1 <= h <= 12:
            h = h % 12 + (12 if m["ap"].lower() == "p" else 0)
            c = _clock(ctx, m, h, int(m["mi"] or 0), ampm_done=True)
            if c is not None:
                yield c


def word_clock(ctx: Context) -> Iterator[Cand]:
    """'ten thirty pm', 'twelve oh three', 'at three twenty' (assistant)."""
    L = ctx.L
    for m in ctx.S.it(L.word_clock, "hourword"):
        marked = m["z"] or (assistant() and _after_prefix(L, ctx.text, m.start()))
        if not (m["ampm"] or marked):
            continue  # "three twenty" may be a number; "at three twenty", "ten thirty pm" are times
        hw = L.hour_words.get(norm(m["h"]))
        mins = number_value(L.lang, norm(m["mw"]))
        if hw is None or mins is None or not float(mins).is_integer():
            continue
        if not (1 <= mins <= 9 if m["z"] else 10 <= mins <= 59):
            continue
        h = hw
        if m["ampm"]:
            h = hw % 12 + (12 if _is_pm(m["ampm"]) else 0)
        c = _clock(ctx, m, h, int(mins), prio=4, ampm_done=bool(m["ampm"]))
        if c is not None:
            yield c


def prefixed_hour(ctx: Context) -> Iterator[Cand]:
    """'alle 14', 'ore 9' (a language with an hour prefix: without one a bare number is not an
    hour); 'at 8 GMT' (without: a bare hour is a time with a zone written after it)."""
    L = ctx.L
    if L.m.HOUR_WORD_PREFIX:
        matches = ctx.S.it(L.hour_word, "digit")
    else:
        matches = [
            m for m in ctx.S.at_hours(L.hour_word)
            if m["zone"] and _after_prefix(L, ctx.text, m.start())
        ]  # fmt: skip
    for m in matches:
        c = _clock(ctx, m, int(m["h"]), 0)
        if c is not None:
            yield c


def clock_in_words(ctx: Context) -> Iterator[Cand]:
    """'half past eight', 'ten past 9', 'alle otto e mezza', 'le otto meno dieci'."""
    for m in ctx.S.it(ctx.L.clock_words, "clockword"):
        c = _clock_words(ctx, m)
        if c is not None:
            yield c


def _clock_words(ctx: Context, m: re.Match[str]) -> Cand | None:
    L, text = ctx.L, ctx.text
    hs = norm(m["h"])
    h = int(hs) if hs.isdigit() else L.hour_words.get(hs)
    if h is None:
        return None
    start, end = m.span("t")
    minutes, pre, start = _minutes_before(L, m, hs, start)
    minutes, post, end = _minutes_after(L, m, minutes, end)
    suffix = (m["ampm"] or m["oc"]) and end > m.end("h")
    # "8 della sera", "3 in the morning": a part of the day after the hour marks a clock time
    pod = not suffix and L.pod_after.match(text, end) is not None
    # "2 e 3" is two numbers: a minutes suffix alone needs "alle"/"le"/"ore" before the hour
    # "mezzogiorno meno un quarto": noon and midnight are hours by themselves
    marked = pre or suffix or pod or (post and (m["prefix"] or hs in L.noon_map))
    if not marked and not (m["prefix"] and L.m.HOUR_AFTER_PREFIX and not hs.isdigit()):
        return None  # a bare number: "alle 14" and "3pm" have their own patterns
    if suffix and m["ampm"] and h <= 12:
        h = (h % 12) + (12 if _is_pm(m["ampm"]) else 0)
    total = (h * 60 + minutes) % 1440
    return _clock(ctx, m, total // 60, total % 60, prio=4, span=(start, end), ampm_done=True)


def _minutes_before(L: Lang, m: re.Match[str], hs: str, start: int) -> tuple[int, bool, int]:
    """'half past', 'twenty to', '5 minutes to': (minutes, whether read, start of the time)."""
    if m["pre"]:
        return L.clock_before[norm(m["pre"])], True, start
    if m["pn"]:
        n = number_value(L.lang, norm(m["pn"]))
        sign = L.clock_dirs[norm(m["pdir"])]
        # "5 to 7" is a range and "3 to 1" a score: counting down needs "minutes"
        if n is not None and 0 < n < 60 and (sign > 0 or m["mw"] or hs in L.noon_map):
            return int(n) * sign, True, start
        return 0, False, m.start("h")  # "is ... past eight": not a count of minutes
    return 0, False, start


def _minutes_after(L: Lang, m: re.Match[str], minutes: int, end: int) -> tuple[int, bool, int]:
    """'e mezza', 'meno dieci': (minutes, whether read, end of the time)."""
    if m["post"]:
        return minutes + L.clock_after[norm(m["post"])], True, end
    if m["sign"]:
        n = number_value(L.lang, norm(m["qn"]))
        if n is not None and 0 < n < 60:
            return minutes + int(n) * L.clock_signs[norm(m["sign"])], True, end
        return minutes, False, m.end("h")  # "alle otto e poi": the hour alone
    return minutes, False, end


def noon(ctx: Context) -> Iterator[Cand]:
    """'noon', 'mezzogiorno', 'midnight'."""
    L = ctx.L
    for m in ctx.S.it(L.noon, "noon"):
        yield Cand(m.start(), m.end(), "time", None, "time", relative=True, priority=3,
                   clock=L.noon_map[norm(m.group())])  # fmt: skip
