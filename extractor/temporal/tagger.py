"""Rule-based temporal tagger: compiled regexes over raw text, language data from
`extractor/lang/<lang>/temporal.py`.

Why hand-written and not `dateparser.search_dates`: search_dates gives no character offsets,
reads durations as dates ("12 days" -> a date) and fires on ordinary words ("We", "May"); it also
costs tens of milliseconds per article. Here every rule proposes candidates with exact offsets,
overlaps are resolved longest-first, and relative expressions are resolved against the anchor with
`calendar.py` (dateutil arithmetic). Number words go through text2num.

Span conventions (TimeML-like, consistent across languages):
- prepositions and articles before a date are outside the span ("on Sunday" -> "Sunday",
  "nel 2023" -> "2023"); "ago"/"fa" and "in"/"tra" of "in two days" are inside (they carry meaning);
- approximators ("circa", "about", "poco più di") are OUTSIDE the span and set approximate=True;
  emphasis ("ben dodici giorni") is outside and changes nothing.

The flow is `tag` below: scan the text once (`scan.py`), let every rule propose candidates
(`rules/`, one module per dimension), keep the longest non-overlapping ones (`candidates.py`),
join neighbours (`compose.py`), resolve against the other timexes (`anchoring.py`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from . import anchoring, compose
from .candidates import Cand, select, well_formed
from .context import Context, Convention, reset_convention, use_convention
from .language import tables
from .rules import RULES
from .scan import Scan
from .types import Timex

__all__ = ["tag", "Convention"]

Pass = Callable[[Context, list[Cand]], list[Cand]]

# After the selection, in this order: each pass sees what the previous ones joined.
COMPOSITION: tuple[Pass, ...] = (
    compose.deictic_apposition,
    compose.weekday_of_week,
    compose.shift_from_day,
    compose.day_of_relative_month,
    compose.nth_of_period,
    compose.week_of_day,
    compose.part_of_day_of,
    compose.mod_of_period,
    compose.period_of_year,
    compose.day_then_part,
    compose.part_of_day_clock,
    compose.hour_before_part,
    compose.era,
    anchoring.years_from_context,
    anchoring.narrative,
    anchoring.attach_times,
    anchoring.clock_with_day,
    compose.intervals,
    compose.duration_range,
)

_ANCHOR_MIN, _ANCHOR_MAX = dt.date(2, 1, 1), dt.date(9998, 12, 31)


def tag(
    text: str,
    lang: str,
    anchor: dt.date | dt.datetime | None = None,
    *,
    convention: Convention = "news",
    year_hint: int | None = None,
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

    Without an anchor, a yearless "5 ottobre" takes the year of the nearest fully dated
    expression before it (HeidelTime's narrative strategy), else `year_hint` (a publication
    year known without its day), else stays unresolved.
    """
    token = use_convention(convention)
    try:
        ctx = _context(text, lang, anchor, year_hint)
        chosen = select([c for rule in RULES for c in rule(ctx)])
        for compose_pass in COMPOSITION:
            chosen = compose_pass(ctx, chosen)
        return [
            _timex(text, c, anchor if ctx.anchor is not None else None) for c in well_formed(chosen)
        ]
    finally:
        reset_convention(token)


def _context(
    text: str, lang: str, anchor: dt.date | dt.datetime | None, year_hint: int | None = None
) -> Context:
    day = anchor.date() if isinstance(anchor, dt.datetime) else anchor
    moment = anchor if isinstance(anchor, dt.datetime) else None
    if day is not None and not _ANCHOR_MIN <= day <= _ANCHOR_MAX:
        # 'tomorrow' said on 31 December 9999 has no date: the expressions around an anchor at
        # the calendar's ends stay unresolved, rather than every rule guarding its arithmetic
        day = moment = None
    L = tables(lang)
    now = dt.datetime.combine(day, moment.time()) if day is not None and moment else None
    hint = year_hint if year_hint is not None and 1 <= year_hint <= 9999 else None
    return Context(L, Scan(L, text), text, day, now, hint)


def _timex(text: str, c: Cand, anchor: dt.date | dt.datetime | None) -> Timex:
    return Timex(
        start=c.start,
        end=c.end,
        text=text[c.start : c.end],
        kind=c.kind,
        value=c.value,
        granularity=c.granularity,
        relative=c.relative,
        anchor=anchor.isoformat() if (c.relative and anchor is not None) else None,
        approximate=c.approximate,
        end_value=c.end_value,
        mod=c.mod,
    )
