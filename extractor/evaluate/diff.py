"""`extractor evaluate diff`: the diff of real multi-source stories against a fact-checker's
reference (`../shared/news-diff/<story>/story.json`).

Each story's articles are extracted (with the publication dates the reference gives), diffed,
and every reference comparison is looked up among the diff rows:

- **found**: one row holds every source of the comparison, each with the reference value
  (dates by day or year, times as instants, durations by length, quantities by number, a
  stated unit converted to the reference's);
- **status**: the row's status is in the expected class (agree and compatible are one class,
  conflict and deviation the other);
- **false conflicts**: conflict rows that no expected-conflict comparison accounts for (the row
  holds two of its sources with their reference values);
- **bogus**: pairs the reference says must not be compared that one row compares;
- **duplicates**: rows beyond the first for one kind, slot and source set.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ..compare.model import Diff, FactRow
from ..compare.values import duration_seconds
from ..errors import InputError
from .news import read_article

__all__ = ["baseline", "evaluate", "regressions", "render"]

CLASS = {"agree": "same", "compatible": "same", "conflict": "differ", "deviation": "differ"}
# Lengths in metres, to compare a value stated in miles with a reference in km.
_METRES = {"km": 1000.0, "m": 1.0, "mi": 1609.344, "ft": 0.3048, "cm": 0.01}
_NUMBER = re.compile(r"^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?:-(\d+(?:\.\d+)?))?(?:\s+(.*))?$")
_CLOCK = re.compile(r"T(\d{2}):(\d{2})(Z|[+-]\d{2}:?\d{2})?")


@dataclass(slots=True)
class ComparisonResult:
    what: str
    kind: str
    expected: str
    sources: int
    found: bool = False
    status: str | None = None  # the status of the row that holds it, when found
    best: str = ""  # the closest rows, for reading the misses

    @property
    def status_ok(self) -> bool:
        return self.found and CLASS.get(self.status or "") == CLASS[self.expected]


@dataclass(slots=True)
class StoryResult:
    story: str
    comparisons: list[ComparisonResult] = field(default_factory=list)
    false_conflicts: list[str] = field(default_factory=list)
    bogus: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    rows: int = 0


def _values(row: FactRow, label: str) -> list[str]:
    """Every value a row shows for one source (its first and any other it states)."""
    out = [row.values[label]] if label in row.values else []
    for other in (getattr(row, "also", None) or {}).get(label, []):
        out.append(getattr(other, "value", other))
    return out


def _date_matches(got: str, ref: str) -> bool:
    return got == ref or got.startswith(ref + "T") or got.startswith(ref + "-")


def _ref_instant(ref: dict[str, Any], day: dt.date) -> int:
    """Minutes after midnight UTC of a reference clock time in its zone on `day`."""
    hour, minute = (int(x) for x in str(ref["value"]).split(":"))
    zone = str(ref.get("zone") or "UTC")
    if zone[0] in "+-":
        sign = 1 if zone[0] == "+" else -1
        tz: dt.tzinfo = dt.timezone(
            sign * dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
        )
    else:
        tz = ZoneInfo(zone)
    local = dt.datetime.combine(day, dt.time(hour, minute), tz)
    utc = local.astimezone(dt.timezone.utc)
    return utc.hour * 60 + utc.minute


def _time_matches(got: str, ref: dict[str, Any], day: dt.date) -> bool:
    m = _CLOCK.search(got)
    if m is None:
        return False
    hour, minute = int(m[1]), int(m[2])
    if m[3] is None:  # no zone: the clock as written
        return f"{hour:02d}:{minute:02d}" == ref["value"]
    zone = m[3]
    offset = 0
    if zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        offset = sign * (int(digits[:2]) * 60 + int(digits[2:4]))
    return (hour * 60 + minute - offset) % 1440 == _ref_instant(ref, day)


def _quantity_matches(got: str, ref: dict[str, Any], unit: str | None) -> bool:
    m = _NUMBER.match(got.strip())
    if m is None:
        return False
    numbers = [float(m[1])] + ([float(m[2])] if m[2] else [])
    got_unit = (m[3] or "").strip()
    if unit in _METRES and got_unit in _METRES:
        numbers = [n * _METRES[got_unit] / _METRES[unit] for n in numbers]
    wanted = ref["value"] if isinstance(ref["value"], list) else [ref["value"]]
    return any(
        abs(n - float(w)) <= 0.01 * max(abs(float(w)), 1e-9) for n in numbers for w in wanted
    )


def _matches(kind: str, got: str, ref: dict[str, Any], unit: str | None, day: dt.date) -> bool:
    if kind == "date":
        return _date_matches(got, str(ref["value"]))
    if kind == "time":
        return _time_matches(got, ref, day)
    if kind == "duration":
        a, b = duration_seconds(got), duration_seconds(str(ref["value"]))
        return a is not None and a == b
    return _quantity_matches(got, ref, unit)


_ROW_KINDS = {"date": {"date"}, "time": {"date", "time"}, "duration": {"duration"}}


def _covered(row: FactRow, comparison: dict[str, Any], day: dt.date) -> list[str]:
    """The comparison's sources the row holds with their reference value."""
    kind = comparison["kind"]
    if row.kind not in _ROW_KINDS.get(kind, {"quantity"}):
        return []
    unit = comparison.get("unit")
    return [
        slug
        for slug, ref in comparison["values"].items()
        if any(_matches(kind, v, ref, unit, day) for v in _values(row, slug))
    ]


def _describe(row: FactRow) -> str:
    values = ", ".join(f"{k}={v}" for k, v in row.values.items())
    return f"[{row.status} {row.kind} {row.slot}] {values}"


def _score_comparison(
    rows: list[FactRow], comparison: dict[str, Any], day: dt.date
) -> ComparisonResult:
    result = ComparisonResult(
        comparison["what"], comparison["kind"], comparison["expected"], len(comparison["values"])
    )
    best: list[tuple[int, FactRow]] = []
    for row in rows:
        covered = _covered(row, comparison, day)
        if len(covered) == len(comparison["values"]):
            result.found, result.status = True, row.status
            return result
        if covered:
            best.append((len(covered), row))
    best.sort(key=lambda item: -item[0])
    result.best = " | ".join(_describe(row) for _, row in best[:3])
    return result


def _normal(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _quotes(row: FactRow, label: str, surface: str) -> bool:
    evidence = row.evidence.get(label)
    texts = [evidence.text] if evidence else []
    texts += [getattr(o, "text", "") for o in (getattr(row, "also", None) or {}).get(label, [])]
    wanted = _normal(surface.split(" (")[0])
    return any(t and (_normal(t) in wanted or wanted in _normal(t)) for t in texts)


def _bogus(rows: list[FactRow], pairs: list[dict[str, str]]) -> list[str]:
    found = []
    for pair in pairs:
        (a, sa), (b, sb) = list(pair.items())
        for row in rows:
            if _quotes(row, a, sa) and _quotes(row, b, sb):
                found.append(f"{sa.split(' (')[0]} ~ {sb.split(' (')[0]}: {_describe(row)}")
                break
    return found


def _duplicates(rows: list[FactRow]) -> list[str]:
    seen: dict[tuple[str, str, frozenset[str]], int] = {}
    out = []
    for row in rows:
        key = (row.kind, row.slot or "", frozenset(row.values))
        if row.slot is None:
            key = (row.kind, "=" + "|".join(sorted(row.values.values())), frozenset(row.values))
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            out.append(_describe(row))
    return out


def _false_conflicts(
    rows: list[FactRow], comparisons: list[dict[str, Any]], day: dt.date
) -> list[str]:
    out = []
    for row in rows:
        if row.status != "conflict":
            continue
        explained = any(
            c["expected"] in ("conflict", "deviation") and len(_covered(row, c, day)) >= 2
            for c in comparisons
        )
        if not explained:
            out.append(_describe(row))
    return out


def _story_day(story: dict[str, Any]) -> dt.date:
    dates = sorted(a["published"] for a in story["articles"] if a.get("published"))
    return dt.date.fromisoformat(dates[0]) if dates else dt.date.today()


def diff_story(folder: Path) -> tuple[dict[str, Any], Diff]:
    """The story's reference and the diff of its articles, extracted as the reference says."""
    from ..api import extract
    from ..compare import diff

    try:
        story = json.loads((folder / "story.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{folder}/story.json: cannot read ({exc})") from None
    records = []
    for article in story["articles"]:
        path = folder / "news" / f"{article['slug']}.txt"
        url, _, body = read_article(path.read_text(encoding="utf-8"))
        source = {"id": article["slug"], "url": url, "path": str(path)}
        records.append(
            extract(
                body, lang=article.get("lang"), published=article.get("published"), source=source
            )
        )
    return story, diff(records, labels=[a["slug"] for a in story["articles"]])


def score_story(story: dict[str, Any], result: Diff) -> StoryResult:
    day = _story_day(story)
    rows = list(result.facts)
    multi = [r for r in rows if len(r.values) > 1]
    comparisons = story.get("comparisons", [])
    return StoryResult(
        story=story["story"],
        comparisons=[_score_comparison(multi, c, day) for c in comparisons],
        false_conflicts=_false_conflicts(multi, comparisons, day),
        bogus=_bogus(multi, story.get("not_comparable", [])),
        duplicates=_duplicates(rows),
        rows=len(rows),
    )


def evaluate(data_dir: Path) -> dict[str, Any]:
    folders = sorted(p for p in data_dir.iterdir() if (p / "story.json").is_file())
    if not folders:
        raise InputError(f"{data_dir}: no <story>/story.json to score against")
    stories = [score_story(*diff_story(folder)) for folder in folders]
    return {"stories": stories, "totals": totals(stories)}


def totals(stories: list[StoryResult]) -> dict[str, float | int]:
    comparisons = [c for s in stories for c in s.comparisons]
    n = len(comparisons) or 1
    return {
        "comparisons": len(comparisons),
        "found": round(sum(c.found for c in comparisons) / n, 3),
        "status": round(sum(c.status_ok for c in comparisons) / n, 3),
        "false_conflicts": sum(len(s.false_conflicts) for s in stories),
        "max_false_conflicts_per_story": max((len(s.false_conflicts) for s in stories), default=0),
        "bogus": sum(len(s.bogus) for s in stories),
        "duplicates": sum(len(s.duplicates) for s in stories),
    }


def baseline(result: dict[str, Any]) -> dict[str, float | int]:
    return dict(result["totals"])


# Shares may not drop; counts of errors may not rise.
_HIGHER_IS_BETTER = ("found", "status")
_LOWER_IS_BETTER = ("false_conflicts", "max_false_conflicts_per_story", "bogus", "duplicates")


def regressions(result: dict[str, Any], pinned: dict[str, float | int]) -> list[str]:
    got = result["totals"]
    out = [f"{k}: {got[k]} < {pinned[k]}" for k in _HIGHER_IS_BETTER if got[k] < pinned[k]]
    out += [f"{k}: {got[k]} > {pinned[k]}" for k in _LOWER_IS_BETTER if got[k] > pinned[k]]
    return out


def render(result: dict[str, Any]) -> str:
    t = result["totals"]
    lines = [
        f"comparisons {t['comparisons']}  found in one row {t['found']:.1%}  "
        f"right status class {t['status']:.1%}  false conflicts {t['false_conflicts']} "
        f"(max {t['max_false_conflicts_per_story']} per story)  bogus {t['bogus']}  "
        f"duplicate rows {t['duplicates']}"
    ]
    for story in result["stories"]:
        found = sum(c.found for c in story.comparisons)
        lines.append(f"\n{story.story}: {found}/{len(story.comparisons)} found, {story.rows} rows")
        for c in story.comparisons:
            mark = "ok " if c.status_ok else ("st " if c.found else "-- ")
            got = f" got {c.status}" if c.found else ""
            lines.append(f"  {mark}{c.kind:<8} {c.what} (expected {c.expected}{got})")
            if c.best:
                lines.append(f"        closest: {c.best}")
        lines += [f"  FALSE CONFLICT {x}" for x in story.false_conflicts]
        lines += [f"  BOGUS {x}" for x in story.bogus]
        lines += [f"  DUPLICATE {x}" for x in story.duplicates]
    return "\n".join(lines)
