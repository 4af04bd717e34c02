"""The candidate every rule proposes, the overlap selection, and the contract at the way out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from .types import TimexKind
from .values import is_date_value, is_duration_value

__all__ = ["Cand", "select", "well_formed"]


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    kind: TimexKind
    value: str | None
    granularity: str | None = None
    relative: bool = False
    approximate: bool = False
    end_value: str | None = None
    priority: int = 0
    # for times: the clock part, completed with a date later ("T08:55+03:00")
    clock: str | None = None
    zone: str | None = None
    # a clock time written without am/pm in a 12-hour language ("3:30"): 03:30 or 15:30
    twelve: bool = False
    day: dt.date | None = None  # resolved calendar day of a date candidate, for time attachment
    weekday: int | None = None  # for a bare weekday, so "Friday next week" can be combined
    mod: str | None = None  # START/MID/END ("early October", "la fine del mese")
    # counted from the story's last date: (unit, amount, fall back on the anchor's value)
    narrative: tuple[str, int, bool] | None = None
    # a day or month written without its year and left unresolved for want of an anchor:
    # (month, day or None), for the year the text gives elsewhere (anchoring.years_from_context)
    yearless: tuple[int, int | None] | None = None


def select(cands: list[Cand]) -> list[Cand]:
    """Longest span first (then higher priority); drop anything overlapping a kept one.

    The sort is stable: of two candidates with the same span and priority the one proposed
    first wins, so the order of the rules (see `rules.RULES`) is part of the behaviour."""
    cands.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    taken: list[Cand] = []
    for c in cands:
        if c.end <= c.start:
            continue
        if any(c.start < t.end and t.start < c.end for t in taken):
            continue
        taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


def well_formed(chosen: list[Cand]) -> list[Cand]:
    """The contract at the way out: a value that is not TIMEX3 (a rule gone wrong at the edge of
    the calendar) becomes no value, and a duration without a valid one is dropped. The property
    tests keep this from hiding anything: they check the rules, this checks the output."""
    out: list[Cand] = []
    for c in chosen:
        if c.kind in ("duration", "age"):
            if c.value is not None and is_duration_value(c.value):
                out.append(c)
            continue
        ok = [v is None or is_date_value(v) or is_duration_value(v) for v in (c.value, c.end_value)]
        out.append(c if all(ok) else replace(c, value=None, end_value=None))
    return out
