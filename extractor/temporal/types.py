"""What the temporal tagger hands to the rest of the pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

TimexKind = Literal["date", "time", "set", "interval", "duration", "age"]


@dataclass(frozen=True, slots=True)
class Timex:
    """One time expression, with character offsets into the text that was tagged.

    `value` is ISO 8601: a calendar value for date/time/set/interval ('2021-10-05',
    '2021-W40', '2021-10-05T08:55+03:00', 'XXXX-WXX-1' for sets), a duration for
    duration/age ('P12D', 'PT3H17M', 'PXM'). None when a relative expression has no
    anchor to resolve against.
    """

    start: int
    end: int
    text: str
    kind: TimexKind
    value: str | None
    granularity: str | None = None  # for dates: year/month/week/day/time...
    relative: bool = False
    anchor: str | None = None  # ISO date used to resolve a relative expression
    approximate: bool = False  # circa / about / poco più di
    end_value: str | None = None  # intervals: value of the end point
    mod: str | None = None  # TimeML mod: START/MID/END for "early/mid/late October"
