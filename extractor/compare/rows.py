"""Statements into diff rows: one row per slot and source set.

1. Each source's repeated mentions of one value for one slot are one statement.
2. Statements of one slot in several sources make one row, whatever their values; a source
   stating two values for the slot shows both (`also`). Statements about different people
   ("30 years on the run" of two fugitives) are different rows, and so are clock times of
   one event slot that one source states hours apart (two quakes, each with its time).
3. What no slot paired: the same value (or instant) in several sources agrees, as long as
   their slots do not say they are about different things.
4. Whatever is left is reported by one source only.

A row's status compares every two sources: each value of one must be matched by a value of
the other; a planned value against a different actual one is a deviation, not a conflict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import FactRow
from .statements import Statement
from .values import (
    Verdict,
    compare_clocks,
    compare_dates,
    compare_durations,
    compare_numbers,
    date_interval,
    duration_seconds,
)

__all__ = ["build_rows", "verdict"]

# Reporting words ("said", "dichiarato") stand in every sentence of the news: a date beside one
# is rarely the date of the report, so they never make a slot shared across sources.
_REPORTING = frozenset({"announcement"})
# Measures taken from a reference place ("65 miles north of Gaziantep").
_DISTANCES = frozenset({"distance"})
_PREFERENCE = {"agree": 0, "compatible": 1, "deviation": 2, "conflict": 3}
_ORDER = {"conflict": 0, "deviation": 1, "compatible": 2, "agree": 3, "only": 4}
# One event's clock times are within hours of each other in every source; two values of one
# source further apart than this are two occurrences ("02:17" and "11:24").
_OCCURRENCE_GAP = 120
# Days of one event slot a month apart or more are different events ("since 1939").
_DAYS_APART = 31


def _duration(s: Statement) -> tuple[float, float | None, str | None, bool] | None:
    seconds = duration_seconds(s.value)
    return None if seconds is None else (seconds, None, s.bound, s.approximate)


def verdict(a: Statement, b: Statement) -> str:
    """agree / compatible / conflict, or deviation for a planned value against an actual one."""
    result = _raw_verdict(a, b)
    if result == "conflict" and a.modality != b.modality:
        return "deviation"
    return result


def _raw_verdict(a: Statement, b: Statement) -> Verdict:
    if a.kind == "time" and a.clock is not None and b.clock is not None:
        ca, cb = a.clock, b.clock
        approx = a.approximate or b.approximate
        return compare_clocks(
            (ca.day, ca.minutes, ca.offset), (cb.day, cb.minutes, cb.offset), approx
        )
    if a.kind == "date":
        return compare_dates(a.value, b.value)
    if a.kind == "duration":
        da, db = _duration(a), _duration(b)
        if da is None or db is None:
            return compare_durations(a.value, b.value, a.approximate, b.approximate)
        return compare_numbers(da, db)
    if a.number is None or b.number is None or a.unit != b.unit:
        return "agree" if a.value == b.value else "conflict"
    if a.part != b.part:
        return _part_verdict(a, b)
    converted = a.value.split(" ", 1)[-1] != b.value.split(" ", 1)[-1]
    return compare_numbers(
        (a.number, a.end_number, a.bound, a.approximate),
        (b.number, b.end_number, b.bound, b.approximate),
        0.02 if converted else 0.0,
    )


def _part_verdict(a: Statement, b: Statement) -> Verdict:
    """Some of the things (a count a measure restricts) against all of them: compatible when
    the part is no larger than the whole can be, else a conflict."""
    part, whole = (a, b) if a.part else (b, a)
    assert part.number is not None and whole.number is not None
    top = whole.end_number if whole.end_number is not None else whole.number
    return "compatible" if part.number <= top or whole.bound == "lower" else "conflict"


def _collapse(items: list[Statement]) -> list[Statement]:
    """One statement per value and slot: repeated mentions join the first (most precise)."""
    kept: list[Statement] = []
    for s in sorted(items, key=lambda s: s.rank):
        same = next(
            (k for k in kept if k.kind == s.kind and k.slot == s.slot and verdict(k, s) == "agree"),
            None,
        )
        if same is None:
            kept.append(s)
        else:
            same.others.append(s)
    return kept


def _pair_verdict(xs: list[Statement], ys: list[Statement]) -> str:
    """Each value of either source matched by its best counterpart; the worst of those. Days
    compare each source's main (most precise, first) day only: a second day a source attaches
    to the same event word is more often another event of the sentence than a claim."""
    if xs[0].kind == "date":
        xs, ys = xs[:1], ys[:1]
    worst = "agree"
    for one, other in ((xs, ys), (ys, xs)):
        for s in one:
            best = min((verdict(s, t) for t in other), key=_PREFERENCE.__getitem__)
            worst = max(worst, best, key=_PREFERENCE.__getitem__)
    return worst


def _status(group: dict[str, list[Statement]]) -> str:
    labels = list(group)
    if len(labels) < 2:
        return "only"
    verdicts = {
        _pair_verdict(group[a], group[b]) for i, a in enumerate(labels) for b in labels[i + 1 :]
    }
    return max(verdicts, key=_PREFERENCE.__getitem__)


def _row(
    group: dict[str, list[Statement]], published: dict[str, str | None], slot: str | None
) -> FactRow:
    first = next(iter(group.values()))[0]
    dated = sorted((published[label], label) for label in group if published.get(label))
    latest = None
    if len(dated) >= 2 and dated[-1][0] != dated[-2][0] and len(dated) == len(group):
        latest = dated[-1][1]
    participants = [p for items in group.values() for s in items for p in s.participants]
    return FactRow(
        kind=first.kind,  # type: ignore[arg-type]
        slot=slot,
        participants=list(dict.fromkeys(participants)),
        status=_status(group),  # type: ignore[arg-type]
        values={label: items[0].value for label, items in group.items()},
        evidence={label: items[0].evidence for label, items in group.items()},
        also={
            label: [s.evidence for s in items[1:]] for label, items in group.items() if items[1:]
        },
        chronology=[label for _, label in dated],
        latest=latest,
    )


def _by_people(items: list[Statement]) -> list[list[Statement]]:
    """Durations of one slot split by who they are about, when they name different people ("30
    years on the run" of one fugitive, "28 years" of another). Only people count: the
    organisations of a sentence are mostly its sources ("INGV", "AFAD said")."""
    groups: list[tuple[set[str], list[Statement]]] = []
    loose: list[Statement] = []
    for s in items:
        people = {p for p in s.participants if p.startswith("person:")}
        if not people:
            loose.append(s)
            continue
        home = next((g for g in groups if g[0] & people), None)
        if home is None:
            groups.append((people, [s]))
        else:
            home[0].update(people)
            home[1].append(s)
    if not groups:
        return [loose]
    largest = max(groups, key=lambda g: len({s.label for s in g[1]}))
    largest[1].extend(loose)
    return [g[1] for g in groups]


def _by_place(items: list[Statement]) -> list[list[Statement]]:
    """Counts of one slot split by the place they are about ("912 morti in Turchia", "320
    vittime ... della Siria"). A count that names no place is about the one place the others
    name; among several, about the place whose count it agrees with, else about none. A
    distance is measured from its place: one that names none is never assumed to be from
    another's ("400 km dall'epicentro" is not "65 miles north of Gaziantep")."""
    places: dict[str, list[Statement]] = {}
    for s in items:
        if s.where:
            places.setdefault(s.where, []).append(s)
    distance = items[0].slot in _DISTANCES
    if len(places) < (1 if distance else 2):
        return [items]
    loose: list[Statement] = []
    for s in items:
        if s.where:
            continue
        home = next((g for g in places.values() if any(verdict(s, t) == "agree" for t in g)), None)
        (home if home is not None else loose).append(s)
    return [*places.values(), *([loose] if loose else [])]


def _occurrences(items: list[Statement]) -> list[list[Statement]]:
    """Times and days of one event slot: when a source states several far apart (two quakes
    hours apart; this quake and the one of 1939), each is an occurrence of its own and the
    other sources' values join the nearest one."""
    if not items or items[0].kind not in ("time", "date"):
        return [items]
    by_label: dict[str, list[Statement]] = {}
    for s in items:
        by_label.setdefault(s.label, []).append(s)
    most: list[Statement] = max(list(by_label.values()), key=len)
    seeds = sorted(most, key=_position)
    far = _OCCURRENCE_GAP if items[0].kind == "time" else _DAYS_APART
    gaps = [_gap(a, b) for a, b in zip(seeds, seeds[1:], strict=False)]
    if len(seeds) < 2 or min(gaps) < far:
        return [items]
    clusters: list[list[Statement]] = [[seed] for seed in seeds]
    for s in items:
        if any(s is seed for seed in seeds):
            continue
        nearest = min(range(len(seeds)), key=lambda n: _gap(s, seeds[n]))
        clusters[nearest].append(s)
    return clusters


def _by_occurrence(items: list[Statement]) -> list[list[Statement]]:
    """Quantities of one slot split by the occurrence their source says they belong to (the
    depth of the second quake is not the first's). A value of no stated occurrence is about the
    one occurrence the others name; among several, about the one whose value it agrees with,
    else about none of them."""
    told: dict[int, list[Statement]] = {}
    for s in items:
        if s.occurrence is not None:
            told.setdefault(s.occurrence, []).append(s)
    if len(told) < 2:
        return [items]
    loose: list[Statement] = []
    for s in items:
        if s.occurrence is not None:
            continue
        home = next((g for g in told.values() if any(verdict(s, t) == "agree" for t in g)), None)
        (home if home is not None else loose).append(s)
    return [*told.values(), *([loose] if loose else [])]


def _position(s: Statement) -> float:
    """Where a time or day sits on its axis: minutes of the day (UTC when known), or days."""
    if s.clock is not None:
        utc = s.clock.utc_minutes()
        return float(utc if utc is not None else s.clock.minutes)
    interval = date_interval(re.sub(r"T(?:MO|AF|EV|NI|DT|MI)$", "", s.value))
    if interval is None:
        return 0.0
    start, end = interval
    return (start.timestamp() + end.timestamp()) / 2 / 86400


def _gap(a: Statement, b: Statement) -> float:
    if a.clock is None or b.clock is None:
        return abs(_position(a) - _position(b))
    both = a.clock.offset is not None and b.clock.offset is not None
    x = a.clock.utc_minutes() if both else a.clock.minutes
    y = b.clock.utc_minutes() if both else b.clock.minutes
    gap = abs((x or 0) - (y or 0)) % 1440
    return min(gap, 1440 - gap)


def _grouped(items: list[Statement]) -> dict[str, list[Statement]]:
    group: dict[str, list[Statement]] = {}
    for s in sorted(items, key=lambda s: s.rank):
        group.setdefault(s.label, []).append(s)
    return group


def _slot_rows(
    remaining: dict[str, list[Statement]], published: dict[str, str | None]
) -> list[FactRow]:
    rows: list[FactRow] = []
    slots = {
        (s.kind, s.slot)
        for items in remaining.values()
        for s in items
        if s.slot and s.slot not in _REPORTING
    }
    for kind, slot in sorted(slots, key=lambda ks: (ks[0], str(ks[1]))):
        items = [s for ss in remaining.values() for s in ss if s.kind == kind and s.slot == slot]
        people = _by_people(items) if kind == "duration" else [items]
        parts = [
            o
            for p in people
            for q in _by_place(p)
            for r in _by_occurrence(q)
            for o in _occurrences(r)
        ]
        parts.sort(key=lambda p: min(_position(s) for s in p))
        seen: dict[str, int] = {}
        for part in parts:
            group = _grouped(part)
            if len(group) < 2:
                continue
            where = next((s.where for s in part if s.where), None)
            name = f"{slot}@{where}" if where else slot
            seen[name] = seen.get(name, 0) + 1
            for s in part:
                remaining[s.label].remove(s)
            rows.append(_row(group, published, name if seen[name] == 1 else f"{name}#{seen[name]}"))
    return rows


def _pairable(a: Statement, b: Statement) -> bool:
    if a.kind != b.kind or (a.slot and b.slot and a.slot != b.slot):
        return False
    if a.occurrence is not None and b.occurrence is not None and a.occurrence != b.occurrence:
        return False
    result = verdict(a, b)
    return result == "agree" or (a.kind != "date" and result == "compatible")


def _value_rows(
    remaining: dict[str, list[Statement]], published: dict[str, str | None]
) -> list[FactRow]:
    rows = []
    labels = list(remaining)
    for label in labels:
        for s in list(remaining[label]):
            if s not in remaining[label]:
                continue
            group = {label: [s]}
            for other in labels:
                if other == label:
                    continue
                match = next((t for t in remaining[other] if _pairable(s, t)), None)
                if match is not None:
                    group[other] = [match]
            if len(group) > 1:
                for items in group.values():
                    remaining[items[0].label].remove(items[0])
                slot = next((x[0].slot for x in group.values() if x[0].slot), None)
                rows.append(_row(group, published, slot))
    return rows


def _only_rows(
    remaining: dict[str, list[Statement]], published: dict[str, str | None]
) -> list[FactRow]:
    rows = []
    for label, items in remaining.items():
        by_slot: dict[tuple[str, str], list[Statement]] = {}
        for s in items:
            if s.slot:
                by_slot.setdefault((s.kind, s.slot), []).append(s)
            else:
                rows.append(_row({label: [s]}, published, None))
        rows += [_row({label: ss}, published, slot) for (_, slot), ss in by_slot.items()]
    return rows


def build_rows(
    by_label: dict[str, list[Statement]], published: dict[str, str | None]
) -> Sequence[FactRow]:
    remaining = {label: _collapse(items) for label, items in by_label.items()}
    rows = _slot_rows(remaining, published)
    rows += _value_rows(remaining, published)
    rows += _only_rows(remaining, published)
    rows.sort(key=lambda r: (_ORDER[r.status], r.kind, r.slot or "~"))
    return rows
