"""Scores for the temporal tagger on public suites, and a benchmark against dateparser.

Suites (under `data_dir`, normally /work/shared/data/temporal; read-only, never copied):

- `recognizers-text/DateTime/<Language>/*Extractor.json`: span F1 (exact and overlapping);
  `*Parser.json`: value accuracy - a gold item is right when a timex overlapping it has a value
  equal to the gold Timex or to one of its future/past resolutions (times, date ranges and
  datetimes are compared in the same ISO shape).
- `duckling/{time,duration}_<lang>.json`: value accuracy at the example's grain on the kinds the
  tagger resolves (datetime, interval start, duration), plus hits on the negative examples.
  Tagged against the suite's reference datetime with `convention="assistant"` (Duckling's own
  conventions: next occurrence, exact-day shifts); the TimeML suites use the news default.
- `te3-platinum/*.tml` (TempEval-3 platinum) and `xtn-timexes/meantime_en_test.tsv` (MEANTIME):
  strict/relaxed span P/R/F1 and type/value accuracy on the relaxed matches, anchored on the
  document creation time. These are TEST sets: report only.

Every row is a dict with at least `suite`, `metric`, `value`, `n`.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..temporal import tag
from ..temporal.calendar import duration_value
from ..temporal.tagger import Convention
from ..temporal.types import Timex

__all__ = [
    "evaluate",
    "render",
    "bench",
    "bench_news",
    "bench_seeds",
    "bench_te3",
    "regressions",
    "pin_baseline",
    "BASELINE",
    "DEFAULT_DATA_DIR",
]

DEFAULT_DATA_DIR = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "temporal"

BASELINE = Path(__file__).resolve().parents[1] / "temporal" / "baseline.json"
# Metrics where lower is better; every other metric must not fall.
_LOWER_IS_BETTER = {"negative_hits"}

_RT_LANGS = {"English": "en", "Italian": "it"}
# Recognizers-Text is written for assistants: "two weeks from now" is a day, not a week
_RT_CONVENTION: Convention = "assistant"
_TIMEML_TYPE = {
    "date": "DATE",
    "interval": "DATE",
    "time": "TIME",
    "duration": "DURATION",
    "age": "DURATION",
    "set": "SET",
}


def _row(suite: str, metric: str, value: float, n: int, **extra: Any) -> dict[str, Any]:
    return {"suite": suite, "metric": metric, "value": round(value, 4), "n": n, **extra}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _prf(tp_sys: int, n_sys: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_sys / n_sys if n_sys else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# --------------------------------------------------------------------------------------------
# value normalisation shared by the suites

_TZ = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})$")


def _strip_tz(v: str) -> str:
    return _TZ.sub("", v) if "T" in v else v


_DUR = re.compile(
    r"P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
    r"(?:T(?:(?P<H>[\d.]+)H)?(?:(?P<MIN>[\d.]+)M)?(?:(?P<S>[\d.]+)S)?)?"
)


def _canon(v: str) -> str:
    """One spelling per duration: 'PT1.5H' and 'PT1H30M' are the same value."""
    m = _DUR.fullmatch(v)
    if not m or v in ("P", "PT"):
        return v
    parts = [(float(n), u) for u, n in m.groupdict().items() if n]
    return duration_value(parts) if parts else v


_SECONDS = {"W": 604800, "D": 86400, "H": 3600, "MIN": 60, "S": 1}


def _seconds(v: str, year_days: int = 360) -> str | None:
    """A duration as seconds, e.g. 'PT90M' and 'PT1H30M' -> '5400s' (Duckling's unit-free
    comparison). Months count 30 days and years either 360 (12 months) or 365 days: Duckling
    uses both conventions depending on the grain of the answer."""
    m = _DUR.fullmatch(v)
    if not m:
        return None
    scale = {**_SECONDS, "M": 30 * 86400, "Y": year_days * 86400}
    total = sum(float(n) * scale[u] for u, n in m.groupdict().items() if n)
    return f"{total:g}s" if total else None


def _period(v: str) -> tuple[dt.date, dt.date] | None:
    """A calendar value as [first day, first day after): '2016' -> (2016-01-01, 2017-01-01)."""
    try:
        if re.fullmatch(r"\d{4}", v):
            y = int(v)
            return dt.date(y, 1, 1), dt.date(y + 1, 1, 1)
        if re.fullmatch(r"\d{3}", v):  # a decade, '197'
            y = int(v) * 10
            return dt.date(y, 1, 1), dt.date(y + 10, 1, 1)
        m = re.fullmatch(r"(\d{4})-(\d{2})", v)
        if m:
            first = dt.date(int(m[1]), int(m[2]), 1)
            return first, (first + dt.timedelta(days=32)).replace(day=1)
        m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v)
        if m:
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return monday + dt.timedelta(days=5), monday + dt.timedelta(days=7)
            return monday, monday + dt.timedelta(days=7)
        m = re.fullmatch(r"(\d{4})-H([12])", v)
        if m:
            y, h = int(m[1]), int(m[2])
            return (
                (dt.date(y, 1, 1), dt.date(y, 7, 1))
                if h == 1
                else (dt.date(y, 7, 1), dt.date(y + 1, 1, 1))
            )
        m = re.fullmatch(r"(\d{4})-Q(\d)", v)
        if m:
            first = dt.date(int(m[1]), 3 * int(m[2]) - 2, 1)
            end = dt.date(first.year + (first.month + 3 > 12), (first.month + 2) % 12 + 1, 1)
            return first, end
        d = dt.date.fromisoformat(v)
        return d, d + dt.timedelta(days=1)
    except ValueError:
        return None


def _clock_shapes(v: str) -> set[str]:
    """'2016-11-07T17:00' -> itself, 'T17:00', and at the hour '2016-11-07T17', 'T17'."""
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2})?", v)
    if m is None:
        return set()
    out = {f"{m[1]}T{m[2]}:{m[3]}", f"T{m[2]}:{m[3]}"}
    if m[3] == "00":
        out |= {f"{m[1]}T{m[2]}", f"T{m[2]}"}
    return out


def _our_reps(t: Timex) -> set[str]:
    """The ISO shapes one of our timexes may be written in by a gold standard: the value itself
    and, for calendar periods, the [start,end) pair Recognizers-Text writes for date ranges."""
    if t.value is None:
        return set()
    v = _strip_tz(t.value)
    reps = {t.value, v, _canon(v)}
    p = _period(v)
    if p and len(v) != 10:
        reps.add(f"({p[0]},{p[1]})")
    if t.kind == "interval" and t.end_value:
        reps.add(f"({v},{_strip_tz(t.end_value)})")
        # a range of clock times in the shapes RT writes: (T17,T18), (T04:00,T07), with or
        # without the date
        a, b = _clock_shapes(v), _clock_shapes(_strip_tz(t.end_value))
        reps |= {f"({x},{y})" for x in a for y in b}
        q = _period(_strip_tz(t.end_value))
        if p and q:  # the end either as the last unit's first day or as the day after it
            reps |= {f"({p[0]},{q[0]})", f"({p[0]},{q[1]})"}
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})", v)
    if m:
        reps |= {f"T{m[2]}:{m[3]}", f"{m[1]}T{m[2]}:{m[3]}"}
        if m[3] == "00":
            reps |= {f"T{m[2]}", f"{m[1]}T{m[2]}"}
    return reps


def _rt_reps(value: dict[str, Any]) -> set[str]:
    """Gold shapes of a Recognizers-Text parser result."""
    reps: set[str] = set()
    timex = value.get("Timex")
    if timex:
        reps |= {timex, _canon(timex)}
        m = re.fullmatch(r"\((.+?),(.+?),.*\)", timex)
        if m:
            reps.add(f"({m[1]},{m[2]})")
    for key in ("FutureResolution", "PastResolution"):
        res = value.get(key) or {}
        for k in ("date", "time", "dateTime"):
            if k in res:
                s = str(res[k]).replace(" ", "T")
                s = re.sub(r":00$", "", s) if re.search(r"\d\d:\d\d:00$", s) else s
                reps.add(("T" + s) if k == "time" else s)
        if "startDate" in res and "endDate" in res:
            reps.add(f"({res['startDate']},{res['endDate']})")
    return reps


# --------------------------------------------------------------------------------------------
# Recognizers-Text


def _rt_anchor(case: dict[str, Any]) -> dt.date:
    # the day only: the suite accepts a clock time's past or future day, and "la mattina alle
    # 9am" at 17:25 is this morning's, not tomorrow's
    ref = (case.get("Context") or {}).get("ReferenceDateTime", "2016-11-07T00:00:00")
    return dt.date.fromisoformat(ref[:10])


def _eval_recognizers(root: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for folder, lang in _RT_LANGS.items():
        base = root / "DateTime" / folder
        if not base.exists():
            continue
        for path in sorted(base.glob("*Extractor.json")):
            cases = json.loads(path.read_text(encoding="utf-8-sig"))
            n_gold = n_sys = tp_exact = tp_sys = tp_gold = 0
            for case in cases:
                text = case["Input"]
                gold = [(r["Start"], r["Start"] + r["Length"]) for r in case.get("Results", [])]
                spans = [
                    (t.start, t.end)
                    for t in tag(text, lang, _rt_anchor(case), convention=_RT_CONVENTION)
                ]
                n_gold += len(gold)
                n_sys += len(spans)
                tp_exact += len(set(gold) & set(spans))
                tp_sys += sum(any(_overlap(o, g) for g in gold) for o in spans)
                tp_gold += sum(any(_overlap(o, g) for o in spans) for g in gold)
            suite = f"rt-{lang}/{path.stem}"
            rows.append(_row(suite, "exact_f1", _prf(tp_exact, n_sys, tp_exact, n_gold)[2], n_gold))
            rows.append(_row(suite, "relaxed_f1", _prf(tp_sys, n_sys, tp_gold, n_gold)[2], n_gold))
        for path in sorted(base.glob("*Parser.json")):
            if path.stem in ("TimeZoneParser", "MergedParser"):
                continue  # no Timex values to compare
            cases = json.loads(path.read_text(encoding="utf-8-sig"))
            n = right = 0
            for case in cases:
                text = case["Input"]
                ours = tag(text, lang, _rt_anchor(case), convention=_RT_CONVENTION)
                for r in case.get("Results", []):
                    span = (r["Start"], r["Start"] + r["Length"])
                    reps = _rt_reps(r.get("Value") or {})
                    if not reps:
                        continue
                    n += 1
                    if any(_overlap((t.start, t.end), span) and _our_reps(t) & reps for t in ours):
                        right += 1
            rows.append(_row(f"rt-{lang}/{path.stem}", "value_acc", right / n if n else 0.0, n))
    return rows


# --------------------------------------------------------------------------------------------
# Duckling

_GRAIN_LEN = {"Year": 4, "Month": 7, "Day": 10, "Hour": 13, "Minute": 16, "Second": 19}
_DUCK_UNIT = {"Second": "S", "Minute": "M", "Hour": "H", "Day": "D", "Week": "W", "Month": "M",
              "Year": "Y", "Quarter": "Q"}  # fmt: skip


def _duck_expected(ex: dict[str, Any]) -> str | None:
    grain = ex.get("grain")
    if grain is None:
        return None
    if ex["kind"] == "duration":
        unit = _DUCK_UNIT[grain]
        n = int(ex["value"])
        if grain == "Quarter":
            return f"P{3 * n}M"
        return f"PT{n}{unit}" if grain in ("Second", "Minute", "Hour") else f"P{n}{unit}"
    value = ex["value"]
    if ex["kind"] == "interval":
        value = value[0] if isinstance(value, list) else value
    if not isinstance(value, str):
        return None
    if grain == "Week":
        iso = dt.date.fromisoformat(value[:10]).isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    if grain == "Quarter":
        d = dt.date.fromisoformat(value[:10])
        return f"{d.year}-Q{(d.month - 1) // 3 + 1}"
    return value[: _GRAIN_LEN[grain]]


_DUCK_PARTS = {"MO": ("00", "04"), "AF": ("12",), "EV": ("18",), "NI": ("18",), "MI": ("12",)}


def _in_zone(v: str, zone: dt.tzinfo | None) -> str | None:
    """A clock time with an offset as the wall time in `zone` ('16:00+01:00' in -02:00 is
    '13:00'): Duckling writes every value in the reference time's zone."""
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})([+-]\d{2}:\d{2})", v)
    if m is None or zone is None:
        return None
    moment = dt.datetime.fromisoformat(m[1] + m[2]).astimezone(zone)
    return moment.strftime("%Y-%m-%dT%H:%M")


def _duck_ours(t: Timex, zone: dt.tzinfo | None = None) -> set[str]:
    if t.value is None:
        return set()
    v = _in_zone(t.value, zone) or _strip_tz(t.value)
    reps = {v, _canon(v)}
    if t.kind == "duration":
        reps |= {x for x in (_seconds(v), _seconds(v, 365)) if x}
    if len(v) == 10:  # a day: Duckling writes midnight at hour grain for "tonight" etc.
        reps.add(v + "T00")
    if t.mod and re.fullmatch(r"\d{4}-\d{2}", v):  # "early/mid/late March" as Duckling's day
        reps.add(v + {"START": "-01", "MID": "-11", "END": "-21"}[t.mod])
    if t.mod and re.fullmatch(r"\d{4}-W\d{2}", v) and t.mod == "START":
        reps.add(dt.date.fromisocalendar(int(v[:4]), int(v[6:]), 1).isoformat())
    part = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI|MI)", v)
    if part:  # a part of the day as the hour Duckling's interval for it starts at
        reps |= {f"{part[1]}T{h}" for h in _DUCK_PARTS[part[2]]}
        if part[2] == "NI" and t.mod == "END":  # "late tonight"
            reps.add(f"{part[1]}T21")
    season = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
    if season:  # Duckling gives a season as its first day (astronomical)
        if season[2] == "WI":  # the winter of 2013 began on 2012-12-21
            reps.add(f"{int(season[1]) - 1}-12-21")
        else:
            reps.add(season[1] + {"SP": "-03-20", "SU": "-06-21", "FA": "-09-23"}[season[2]])
    week = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v)
    if week:
        y, w = int(week[1]), int(week[2])
        if week[3]:  # Duckling's weekend starts on Friday at 18:00
            reps.add(dt.date.fromisocalendar(y, w, 5).isoformat() + "T18")
        elif t.mod == "END":  # and "the end of the week" on Friday
            reps.add(dt.date.fromisocalendar(y, w, 5).isoformat())
    if t.mod and re.fullmatch(r"\d{4}", v):  # "the beginning / end of the year": its months
        reps.add(v + {"START": "-01", "MID": "-05", "END": "-09"}[t.mod])
    night = re.fullmatch(r"(\d{4}-\d{2}-\d{2})TNI", v)
    if night:  # an Italian "notte" is the hours after midnight
        reps.add((dt.date.fromisoformat(night[1]) + dt.timedelta(days=1)).isoformat() + "T00")
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2}T\d{2}):(\d{2})", v)
    if m:  # the same instant at the hour's and the second's grain
        reps |= {m[1], v, v + ":00"}
    if re.match(r"\d{4}-\d{2}-\d{2}(?:T\d|$)", v):
        # compared at the example's grain: a day or an instant is also its month and year
        # ('two years ago' is 2011-02-12 at our day grain and 2011-02 at Duckling's month)
        reps |= {v[:n] for n in (4, 7, 10) if n < len(v)}
    return reps


def _has_clock(t: Timex) -> bool:
    """A time or time interval with a clock value ('2013-02-12T23:00'), not a part of the day
    ('...TNI')."""
    return t.kind in ("time", "interval") and re.search(r"T\d\d", t.value or "") is not None


def _eval_duckling(root: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in sorted(root.glob("*.json")):
        m = re.fullmatch(r"(time|duration)_(\w\w)", path.stem)
        if not m:
            continue
        lang = m[2]
        data = json.loads(path.read_text(encoding="utf-8"))
        # Duckling's reference is a datetime (2013-02-12T04:30-02:00, kept as local wall time)
        # and its suite reads untensed "Monday", "March 3", "at 3am" as the next occurrence:
        # the tagger's documented "assistant" convention.
        ref = dt.datetime.fromisoformat(data["reference_time"])
        anchor = ref.replace(tzinfo=None)
        n = right = 0
        by_kind: dict[str, list[int]] = {}  # kind -> [examples, right]
        for ex in data["examples"]:
            if ex["kind"] == "other":
                continue  # holidays and open intervals: Duckling gives no value to compare
            expected = _duck_expected(ex)
            if expected is None:
                continue
            if ex["kind"] == "duration":
                expected = _seconds(expected) or expected
            n += 1
            counts = by_kind.setdefault(ex["kind"], [0, 0])
            counts[0] += 1
            ours = tag(ex["phrase"], lang, anchor, convention="assistant")
            if ours:
                # the expression Duckling resolved: a clock time when its grain is one (our date
                # and time are two timexes, the time carrying the date), else the longest one
                clock = ex.get("grain") in ("Hour", "Minute", "Second")
                best = max(ours, key=lambda t: (clock and _has_clock(t), t.end - t.start))
                if expected in _duck_ours(best, ref.tzinfo):
                    right += 1
                    counts[1] += 1
        rows.append(_row(f"duckling/{path.stem}", "value_acc", right / n if n else 0.0, n))
        if len(by_kind) > 1:  # datetime and interval examples apart
            for kind, (k_n, k_right) in sorted(by_kind.items()):
                rows.append(_row(f"duckling/{path.stem}", f"value_acc_{kind}", k_right / k_n, k_n))
        negs = data.get("negative_examples", [])
        hits = [p for p in negs if tag(p, lang, anchor, convention="assistant")]
        vague = [
            p
            for p in hits
            if all("X" in (t.value or "") for t in tag(p, lang, anchor, convention="assistant"))
        ]
        rows.append(
            _row(
                f"duckling/{path.stem}",
                "negative_hits",
                len(hits),
                len(negs),
                hits=hits,
                vague_by_contract=vague,
            )  # fmt: skip
        )
    return rows


# --------------------------------------------------------------------------------------------
# TimeML (TempEval-3 platinum) and MEANTIME (xtn TSV)

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def _read_tml(path: Path) -> tuple[str, dt.date, list[tuple[int, int, str, str]]]:
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"', raw) or re.search(
        r'<DCT>\s*<TIMEX3[^>]*value="([^"]+)"', raw
    )
    assert dct is not None, path
    body = raw[raw.index("<TEXT>") + 6 : raw.index("</TEXT>")]
    out: list[str] = []
    pos = 0
    length = 0
    gold: list[tuple[int, int, str, str]] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m[2] != "TIMEX3":
            continue
        if m[1] == "":
            open_timex = (length, dict(_ATTR.findall(m[3])))
        elif open_timex is not None:
            attrs = open_timex[1]
            gold.append((open_timex[0], length, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    out.append(html.unescape(body[pos:]))
    return "".join(out), dt.date.fromisoformat(dct[1][:10]), gold


_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "'s", "n't", "%", "'", "'re", "'ve", "'ll"}


def _read_xtn(path: Path) -> list[tuple[str, dt.date, list[tuple[int, int, str, str]]]]:
    """Documents of an xtn BIO file, detokenised so the tagger sees ordinary text."""
    docs: list[tuple[str, dt.date, list[tuple[int, int, str, str]]]] = []
    text: list[str] = []
    length = 0
    gold: list[tuple[int, int, str, str]] = []
    anchor: dt.date | None = None
    cur: list[Any] | None = None

    def flush() -> None:
        nonlocal text, gold, length
        if anchor is not None and text:
            docs.append(("".join(text), anchor, gold))
        text, gold, length = [], [], 0

    for line in path.read_text(encoding="utf-8").split("\n"):
        dct = re.match(r'\*!-DCTVALUE="([^"]+)"-!\*', line)
        if dct:
            if cur:
                gold.append(tuple(cur))
                cur = None
            flush()
            anchor = dt.date.fromisoformat(dct[1][:10])
            continue
        if not line.strip():
            if cur:
                gold.append(tuple(cur))
                cur = None
            if text and not text[-1].endswith("\n"):
                text.append("\n")
                length += 1
            continue
        tok, label, value = (line.split("\t") + ["O", "-"])[:3]
        sep = ""
        if text and not text[-1].endswith("\n") and tok not in _NO_SPACE_BEFORE:
            if not text[-1].endswith("("):
                sep = " "
        text.append(sep + tok)
        start = length + len(sep)
        length = start + len(tok)
        if label.startswith("B-") or (label.startswith("I-") and cur is None):
            if cur:
                gold.append(tuple(cur))
            cur = [start, length, label[2:], value]
        elif label.startswith("I-") and cur is not None:
            cur[1] = length
        else:
            if cur:
                gold.append(tuple(cur))
            cur = None
    if cur:
        gold.append(tuple(cur))
    flush()
    return docs


def _timeml_value(t: Timex) -> str:
    return _strip_tz(t.value) if t.value else ""


def _score_timeml(
    suite: str, docs: Sequence[tuple[str, dt.date, list[tuple[int, int, str, str]]]]
) -> list[dict[str, Any]]:
    n_gold = n_sys = strict = tp_sys = tp_gold = type_ok = value_ok = 0
    for text, anchor, gold in docs:
        ours = tag(text, "en", anchor)
        n_gold += len(gold)
        n_sys += len(ours)
        spans = {(t.start, t.end) for t in ours}
        strict += sum((g[0], g[1]) in spans for g in gold)
        tp_sys += sum(any(_overlap((t.start, t.end), g[:2]) for g in gold) for t in ours)
        for g in gold:
            match = [t for t in ours if _overlap((t.start, t.end), g[:2])]
            if not match:
                continue
            tp_gold += 1
            best = max(match, key=lambda t: min(t.end, g[1]) - max(t.start, g[0]))
            type_ok += _TIMEML_TYPE[best.kind] == g[2]
            values = {_canon(_timeml_value(best))}
            if best.kind in ("interval", "duration") and best.end_value:
                # TimeML writes a range ('2019-2021', '35-40 minutes') as two timexes: the
                # gold one may be either end
                values.add(_canon(_strip_tz(best.end_value)))
            value_ok += _canon(g[3]) in values
    sp, sr, sf = _prf(strict, n_sys, strict, n_gold)
    rp, rr, rf = _prf(tp_sys, n_sys, tp_gold, n_gold)
    return [
        _row(suite, "strict_f1", sf, n_gold, p=round(sp, 4), r=round(sr, 4)),
        _row(suite, "relaxed_f1", rf, n_gold, p=round(rp, 4), r=round(rr, 4)),
        _row(suite, "type_acc", type_ok / tp_gold if tp_gold else 0.0, tp_gold),
        _row(suite, "value_acc", value_ok / tp_gold if tp_gold else 0.0, tp_gold),
    ]


# --------------------------------------------------------------------------------------------


def evaluate(data_dir: Path = DEFAULT_DATA_DIR) -> list[dict[str, Any]]:
    """Score the tagger on every suite found under `data_dir` (missing suites are skipped)."""
    data_dir = Path(data_dir)
    rows: list[dict[str, Any]] = []
    if (data_dir / "recognizers-text").exists():
        rows += _eval_recognizers(data_dir / "recognizers-text")
    if (data_dir / "duckling").exists():
        rows += _eval_duckling(data_dir / "duckling")
    tml = sorted((data_dir / "te3-platinum").glob("*.tml"))
    if tml:
        rows += _score_timeml("te3-platinum", [_read_tml(p) for p in tml])
    meantime = data_dir / "xtn-timexes" / "meantime_en_test.tsv"
    if meantime.exists():
        rows += _score_timeml("meantime-en", _read_xtn(meantime))
    return rows


def render(rows: Sequence[dict[str, Any]]) -> str:
    """A plain-text table of `evaluate` or `bench` rows."""
    lines = [f"{'suite':44} {'metric':14} {'value':>8} {'n':>6}  notes"]
    for r in rows:
        extra = {k: v for k, v in r.items() if k not in ("suite", "metric", "value", "n")}
        note = " ".join(f"{k}={v}" for k, v in extra.items() if v not in ([], None))
        lines.append(f"{r['suite']:44} {r['metric']:14} {r['value']:>8} {r['n']:>6}  {note}")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Benchmark against dateparser.search_dates


def _gold_items(gold: dict[str, Any]) -> list[tuple[str, str, bool]]:
    return [(g["surface"], g["value"], bool(g.get("optional"))) for g in gold.get("dates", [])] + [
        (g["surface"], g["value"], bool(g.get("optional"))) for g in gold.get("durations", [])
    ]


def _f1(preds: list[tuple[str, str]], gold: list[tuple[str, str, bool]]) -> tuple[int, int, int]:
    """(true positives, predictions, required gold); optional gold items are never required."""
    allowed = {(s, v) for s, v, _ in gold}
    tp = sum(p in allowed for p in set(preds))
    required = [(s, v) for s, v, opt in gold if not opt]
    found = sum(r in set(preds) for r in required)
    return tp, len(set(preds)), found if required else 0


def _dp_value(d: dt.datetime, gold_values: set[str]) -> str:
    """dateparser returns datetimes: write one at the granularity the gold uses, if any."""
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        if d.strftime(fmt) in gold_values:
            return d.strftime(fmt)
    return d.strftime("%Y-%m-%d")


def bench(
    texts: Sequence[str],
    lang: str,
    golds: Sequence[dict[str, Any]] | None = None,
    anchors: Sequence[dt.date | None] | None = None,
    repeat: int = 3,
) -> list[dict[str, Any]]:
    """Our tagger vs `dateparser.search_dates(text, languages=[lang])` on the same texts.

    Speed: best of `repeat` runs over all texts. Quality (when `golds` are given, in the
    corpus/gold format): P/R/F1 of (surface, value) pairs against the gold dates and durations.
    """
    from dateparser.search import search_dates

    anchors = list(anchors) if anchors is not None else [None] * len(texts)

    def run_ours() -> list[list[tuple[str, str]]]:
        return [
            [(t.text, t.value or "") for t in tag(x, lang, a) if t.kind != "time"]
            for x, a in zip(texts, anchors, strict=True)
        ]

    def run_dp() -> list[list[tuple[str, dt.datetime]]]:
        out = []
        for x, a in zip(texts, anchors, strict=True):
            settings: dict[str, Any] = {}
            if a is not None:
                settings["RELATIVE_BASE"] = dt.datetime(a.year, a.month, a.day)
            out.append(search_dates(x, languages=[lang], settings=settings) or [])
        return out

    timings = {"ours": float("inf"), "dateparser": float("inf")}
    results: dict[str, Any] = {}
    # interleaved, best of `repeat`: a shared machine's load hits both sides alike. Our side runs
    # five times per round: its runs are twenty times shorter, so one hiccup of the machine would
    # otherwise weigh twenty times more on it than on dateparser's.
    for _ in range(repeat):
        for name, fn, runs in (("ours", run_ours, 5), ("dateparser", run_dp, 1)):
            for _ in range(runs):
                t0 = time.perf_counter()
                results[name] = fn()
                timings[name] = min(timings[name], time.perf_counter() - t0)
    kb = sum(len(x.encode("utf-8")) for x in texts) / 1024 or 1.0
    rows = [
        _row(f"bench-{lang}", f"ms_per_kb_{name}", 1000 * timings[name] / kb, len(texts))
        for name in timings
    ]
    rows.append(
        _row(
            f"bench-{lang}",
            "speedup",
            timings["dateparser"] / max(timings["ours"], 1e-9),
            len(texts),
        )  # fmt: skip
    )
    if golds is not None:
        for name in ("ours", "dateparser"):
            tp = n_pred = found = n_req = 0
            for preds, gold in zip(results[name], golds, strict=True):
                items = _gold_items(gold)
                if name == "dateparser":
                    values = {v for _, v, _ in items}
                    preds = [(s, _dp_value(d, values)) for s, d in preds]
                a, b, c = _f1(preds, items)
                tp, n_pred, found = tp + a, n_pred + b, found + c
                n_req += sum(not opt for _, _, opt in items)
            p = tp / n_pred if n_pred else 0.0
            r = found / n_req if n_req else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            rows.append(_row(f"bench-{lang}", f"f1_{name}", f, n_req, p=round(p, 4), r=round(r, 4)))
    return rows


def bench_te3(data_dir: Path = DEFAULT_DATA_DIR, repeat: int = 3) -> list[dict[str, Any]]:
    """Speed only, on the 20 TempEval-3 platinum news texts (English, ~60 KB)."""
    docs = [_read_tml(p) for p in sorted((Path(data_dir) / "te3-platinum").glob("*.tml"))]
    rows = bench([d[0] for d in docs], "en", anchors=[d[1] for d in docs], repeat=repeat)
    for r in rows:
        r["suite"] = "bench-te3-en"
    return rows


def bench_seeds(corpus_dir: Path, repeat: int = 3) -> list[dict[str, Any]]:
    """`bench` on the seed articles with their gold, one block per language."""
    items = []
    for gpath in sorted((Path(corpus_dir) / "gold").glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        text = (Path(corpus_dir) / "seeds" / gold["file"]).read_text(encoding="utf-8")
        items.append((gold["lang"], text, gold))
    return _bench_by_lang(items, repeat)


def bench_news(data_dir: Path, repeat: int = 3) -> list[dict[str, Any]]:
    """`bench` on real news articles with fact-level gold (the `evaluate news` folder: news/*.txt
    and gold/*.json), each anchored on its gold publication date, one block per language."""
    from .news import load_articles

    items = [(a.gold.get("lang", "en"), a.body, a.gold) for a in load_articles(Path(data_dir))]
    return _bench_by_lang(items, repeat)


def _bench_by_lang(
    items: list[tuple[str, str, dict[str, Any]]], repeat: int
) -> list[dict[str, Any]]:
    """(lang, text, gold) -> `bench` per language, each text anchored on its gold `published`."""
    by_lang: dict[str, tuple[list[str], list[dict[str, Any]], list[dt.date | None]]] = {}
    for lang, text, gold in items:
        pub = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
        t, g, a = by_lang.setdefault(lang, ([], [], []))
        t.append(text)
        g.append(gold)
        a.append(pub)
    rows: list[dict[str, Any]] = []
    for lang, (t, g, a) in sorted(by_lang.items()):
        rows += bench(t, lang, g, a, repeat=repeat)
    return rows


# --------------------------------------------------------------------------------------------
# Pinned scores


def pin_baseline(rows: Sequence[dict[str, Any]], path: Path = BASELINE) -> None:
    """Write the scores of `rows` as the baseline the tests hold the tagger to."""
    pinned: dict[str, dict[str, float]] = {}
    for r in rows:
        pinned.setdefault(r["suite"], {})[r["metric"]] = r["value"]
    path.write_text(json.dumps(pinned, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def regressions(
    rows: Sequence[dict[str, Any]], path: Path = BASELINE, tolerance: float = 0.005
) -> list[str]:
    """Every pinned score that `rows` fall short of (beyond `tolerance`), or miss entirely."""
    pinned = json.loads(path.read_text(encoding="utf-8"))
    got = {(r["suite"], r["metric"]): r["value"] for r in rows}
    out = []
    for suite, metrics in sorted(pinned.items()):
        for metric, base in sorted(metrics.items()):
            value = got.get((suite, metric))
            if value is None:
                out.append(f"{suite} {metric}: missing (baseline {base})")
            elif metric in _LOWER_IS_BETTER and value > base + tolerance:
                out.append(f"{suite} {metric}: {value} > baseline {base}")
            elif metric not in _LOWER_IS_BETTER and value < base - tolerance:
                out.append(f"{suite} {metric}: {value} < baseline {base}")
    return out
