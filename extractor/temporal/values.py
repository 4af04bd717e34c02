"""What a well-formed value of the temporal tagger looks like.

Values are ISO 8601 with TimeML's TIMEX3 extensions, which ISO has no form for: centuries ('20')
and decades ('201') as reduced precision, halves/quarters/seasons ('2021-H1', '2021-Q3',
'2021-SU'), weekends ('2021-W40-WE'), parts of the day ('2021-10-05TEV'), X for an unknown digit
in sets ('XXXX-WXX-1'), the vague references (PRESENT_REF...), and decades/centuries as duration
units ('P2DE', 'PXCE'). The property tests hold every value the pipeline emits to this grammar;
it is code rather than a library because no installed package parses TIMEX3 values (isodate and
dateutil know plain ISO 8601 only).
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["is_date_value", "is_duration_value", "REFERENCES"]

REFERENCES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})

_YEAR = r"(?P<y>\d{4}|X{4})"
_ZONE = r"(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)"
_CLOCK = r"(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d(?:\.\d+)?)?)?"
_PART = r"(?:MO|MI|AF|EV|NI|DT)"
_DATE_FORMS = re.compile(
    rf"""^(?:
        \d{{2}} | \d{{3}}                                     # century, decade
      | {_YEAR}(?:
            -(?:H[12]|Q[1-4]|SP|SU|FA|WI)                      # half, quarter, season
          | -(?P<m>\d{{2}}|XX)(?:-(?P<d>\d{{2}}|XX))?          # month, day
          | -W(?P<w>\d{{2}}|XX)(?:-(?:WE|[1-7]))?               # week, weekend, its weekday
        )?
    )$""",
    re.X,
)
_TIME = re.compile(rf"^(?P<date>[^T]*)T(?:{_PART}|{_CLOCK}{_ZONE}?)$")
_NUM = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = re.compile(
    rf"^P(?=.)(?:{_NUM}CE)?(?:{_NUM}DE)?(?:{_NUM}Y)?(?:{_NUM}M)?(?:{_NUM}W)?(?:{_NUM}D)?"
    rf"(?:T(?=.)(?:{_NUM}H)?(?:{_NUM}M)?(?:{_NUM}S)?)?$"
)


def _calendar_ok(m: re.Match[str]) -> bool:
    y, mo, d, w = m["y"], m["m"], m["d"], m["w"]
    if y is not None and y != "XXXX" and int(y) == 0:
        return False  # year 0 has no ISO calendar date here (1 BC); such years get no value
    if w is not None and w != "XX" and not 1 <= int(w) <= 53:
        return False
    if mo is None or mo == "XX":
        return d is None or d == "XX" or 1 <= int(d) <= 31
    if not 1 <= int(mo) <= 12:
        return False
    if d is None or d == "XX":
        return True
    if y == "XXXX":
        return 1 <= int(d) <= 31
    try:
        dt.date(int(y), int(mo), int(d))
    except ValueError:
        return False
    return True


def is_date_value(value: str) -> bool:
    """True for a TIMEX3 DATE/TIME/SET calendar value: '2021', '2021-10-05', '2021-W40-WE',
    '2021-10-05T08:55+03:00', 'T14:12', 'XXXX-WXX-1', 'PRESENT_REF'..."""
    if value in REFERENCES:
        return True
    t = _TIME.match(value)
    if t is not None:
        date = t["date"]
        return date == "" or is_date_value(date) and len(date) == 10
    m = _DATE_FORMS.match(value)
    return m is not None and _calendar_ok(m)


def is_duration_value(value: str) -> bool:
    """True for an ISO 8601 duration, with X for an unknown amount ('PXM') and TimeML's
    decades/centuries ('P2DE')."""
    return _DURATION.match(value) is not None
