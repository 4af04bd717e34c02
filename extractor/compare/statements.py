"""What each source states, ready to compare: one statement per fact, with its slot.

A date with a clock time is two statements, its day (kind 'date') and its time (kind 'time',
an instant with its zone: see `clock.py`). A quantity's slot is what it measures (the record's
`measure`: 'dead', 'height', 'magnitude'...), a person's age is about that person; a quantity
whose sentence does not say what it measures has no slot and is compared by value only.
Repeated mentions of one value for one slot in one source are one statement.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..events import find_slot
from ..events.occurrence import occurrence_of
from ..record import DateFact, DurationFact, QuantityFact, Record
from .clock import Clock, clocks
from .model import Evidence

__all__ = ["Statement", "statements"]

Fact = DateFact | DurationFact | QuantityFact

# When a source states one slot's day several times ("this week", "today"), the day is the
# usual unit of "when" and is the one compared.
_GRANULARITY_RANK = {"day": 0, "time": 1, "week": 2, "month": 3, "season": 4, "quarter": 4}
# Lengths in metres and masses in kilograms: "45m (148ft)" is one statement.
_BASE = {
    "km": ("m", 1000.0), "m": ("m", 1.0), "cm": ("m", 0.01), "mi": ("m", 1609.344),
    "ft": ("m", 0.3048), "kg": ("kg", 1.0), "g": ("kg", 0.001), "t": ("kg", 1000.0),
    "lb": ("kg", 0.45359237),
}  # fmt: skip


@dataclass(slots=True)
class Statement:
    label: str
    kind: str  # 'date' | 'time' | 'duration' | 'quantity'
    slot: str | None
    value: str
    rank: int  # lower = more precise, preferred when a source states a slot twice
    evidence: Evidence
    participants: list[str] = field(default_factory=list)  # corpus-level entity ids
    approximate: bool = False
    bound: str | None = None
    modality: str = "actual"
    number: float | None = None  # quantities: the value in the base unit (metres, kg)
    end_number: float | None = None
    unit: str | None = None  # quantities: the base unit ('m', 'kg', 'EUR', 'dead')
    clock: Clock | None = None
    where: str | None = None  # counts: the corpus-level id of the place they are about
    occurrence: int | None = None  # quantities: which occurrence of the event (2 = the second)
    part: bool = False  # counts: only the things a measure picks out ("2 repliche di magnitudo 5")
    others: list[Statement] = field(default_factory=list)  # the same value stated again


def _sentence(record: Record, index: int) -> tuple[int, str]:
    if 0 <= index < len(record.sentences):
        start, end = record.sentences[index]
        return start, record.text[start:end]
    return 0, record.text


def _evidence(record: Record, fact: Fact, value: str, **extra: object) -> Evidence:
    _, sentence = _sentence(record, fact.sentence)
    return Evidence(
        text=fact.text,
        sentence=sentence,
        start=fact.start,
        end=fact.end,
        value=value,
        modality=fact.modality,
        **extra,  # type: ignore[arg-type]
    )


def _event(record: Record, fact: Fact) -> str | None:
    if fact.event:
        return fact.event
    # Records carry their event; an older record without one gets the lexicon's guess.
    s_start, sentence = _sentence(record, fact.sentence)
    return find_slot(sentence, fact.start - s_start, fact.end - s_start, record.source.language)


def _approximate_time(record: Record, fact: DateFact) -> bool:
    from ..lang import load_lang_module

    words = load_lang_module(record.source.language, "temporal").APPROXIMATORS
    head = record.text[max(0, fact.start - 16) : fact.start].lower().split()
    joined = " ".join(head)
    return any(joined.endswith(w) for w in words)


_FAR_ANCHOR = dt.date(2000, 1, 3)


def _unstated_day(record: Record, d: DateFact) -> bool:
    """A clock time alone ("around 11:30") takes its day from the anchor: the text does not say
    that day, so the time is compared as a time of day only. Read alone against a far-away
    anchor, such a time falls on the anchor's day; "mezzogiorno del 14 agosto" does not."""
    if not d.relative:
        return False
    from ..temporal import tag

    for t in tag(d.text, record.source.language, _FAR_ANCHOR):
        if t.value and t.value[:10] != _FAR_ANCHOR.isoformat():
            return False
    return True


def _story_resolved(record: Record, day: dt.date | None) -> dict[tuple[int, int], str]:
    """A source with no date of its own: its relative dates ("on Monday") resolved against the
    story's day (the earliest publication date of the other sources)."""
    if day is None or record.source.published is not None:
        return {}
    if not any(d.value is None and d.relative for d in record.dates):
        return {}
    from ..temporal import tag

    return {
        (t.start, t.end): t.value for t in tag(record.text, record.source.language, day) if t.value
    }


def _dates(record: Record, label: str, ids: dict[str, str], day: dt.date | None) -> list[Statement]:
    out: list[Statement] = []
    times = clocks(record, day)
    resolved = _story_resolved(record, day)
    for n, d in enumerate(record.dates):
        who = [ids.get(p, p) for p in d.participants]
        slot = _event(record, d)
        clock = times.get(n)
        if clock is not None and _unstated_day(record, d):
            clock = Clock(None, clock.minutes, clock.offset, clock.zone)
        if clock is not None:
            approx = _approximate_time(record, d)
            evidence = _evidence(record, d, clock.value(), approximate=approx)
            out.append(
                Statement(
                    label,
                    "time",
                    slot,
                    clock.value(),
                    0,
                    evidence,
                    who,
                    approx,
                    modality=d.modality,
                    clock=clock,
                )  # fmt: skip
            )
        value = d.value or resolved.get((d.start, d.end))
        if value is None or "X" in value:
            continue  # an unresolved or vague date says nothing comparable
        value = value[:10] if clock is not None and clock.day else value
        if clock is not None and not clock.day:
            continue
        rank = _GRANULARITY_RANK.get(d.granularity, 5)
        out.append(
            Statement(
                label,
                "date",
                slot,
                value,
                rank,
                _evidence(record, d, value),
                who,
                modality=d.modality,
            )  # fmt: skip
        )
    return out


def _durations(record: Record, label: str, ids: dict[str, str]) -> list[Statement]:
    out = []
    for u in record.durations:
        if "X" in u.value:
            continue  # "for years", "mesi": no length to compare
        evidence = _evidence(record, u, u.value, approximate=u.approximate, bound=u.bound)
        who = [ids.get(p, p) for p in u.participants]
        out.append(
            Statement(
                label,
                "duration",
                _event(record, u),
                u.value,
                0,
                evidence,
                who,
                u.approximate,
                u.bound,
                u.modality,
            )  # fmt: skip
        )
    return out


def _quantity_slot(q: QuantityFact, ids: dict[str, str]) -> str | None:
    if q.kind == "age":
        # An age is about its person; an age of nobody known pairs up by value only.
        return f"age:{ids.get(q.about, q.about)}" if q.about else None
    return q.measure


# How far after a count the place it is about may be written ("912 le persone morte in
# Turchia", "320 vittime lungo il confine nord occidentale della Siria").
_PLACE_REACH = 60
_CLAUSE_BREAK = re.compile(r"[,;.:!?()]|\b(?:mentre|while|whereas|but|ma)\b")


def _where(record: Record, q: QuantityFact, ids: dict[str, str]) -> str | None:
    """The one place a count is about, or a distance is measured from: named after it in its
    clause ("912 morti in Turchia", "65 miles north of Gaziantep"), or — for a number standing
    alone ("Le vittime in Siria sarebbero almeno 446") — between its counted word and it."""
    if q.kind not in ("count", "distance"):
        return None
    s_start, sentence = _sentence(record, q.sentence)
    s_end = s_start + len(sentence)
    tail = record.text[q.end : min(q.end + _PLACE_REACH, s_end)]
    stop = _CLAUSE_BREAK.search(tail)
    hi = q.end + (stop.start() if stop else len(tail))
    lo = q.start
    if q.unit == q.measure:  # a lone number: its clause before it too
        head = record.text[max(s_start, q.start - _PLACE_REACH) : q.start]
        breaks = list(_CLAUSE_BREAK.finditer(head))
        lo = q.start - len(head) + (breaks[-1].end() if breaks else 0)
    found = {
        ids.get(p.id, p.id)
        for p in record.places
        for m in p.mentions
        if (q.end <= m.start and m.end <= hi) or (lo <= m.start and m.end <= q.start)
    }
    return found.pop() if len(found) == 1 else None


def _occurrence(record: Record, q: QuantityFact, texts: list[str]) -> int | None:
    """Measures of an event (a depth, a magnitude, a distance) belong to one occurrence; counts
    of people are the story's running toll across its occurrences ("912 killed" after the
    second quake counts the first's dead), so they carry none."""
    if q.kind == "count" or not 0 <= q.sentence < len(record.sentences):
        return None
    offset = q.start - record.sentences[q.sentence][0]
    return occurrence_of(texts, q.sentence, offset, record.source.language)


# How far after a count the measure that restricts it may stand ("due repliche intorno a
# magnitudo 5", "aftershocks of magnitude 6 or above").
_RESTRICT_REACH = 30


def _part(record: Record, q: QuantityFact) -> bool:
    """A count restricted by a measure of the counted things in its clause counts only some of
    them: compared with a total it is a part, not a rival value. A count after it ("912 morti e
    5383 feriti") restricts nothing."""
    if q.kind != "count":
        return False
    for other in record.quantities:
        if other.kind in ("count", "age") or other.sentence != q.sentence or other.start < q.end:
            continue
        gap = record.text[q.end : other.start]
        if len(gap) <= _RESTRICT_REACH and not _CLAUSE_BREAK.search(gap):
            return True
    return False


def _quantities(record: Record, label: str, ids: dict[str, str]) -> list[Statement]:
    out = []
    texts = [record.text[a:b] for a, b in record.sentences]
    for q in record.quantities:
        unit, scale = _BASE.get(q.unit, (q.measure or q.unit if q.kind == "count" else q.unit, 1.0))
        shown = f"{q.value:g}" + (f"-{q.end_value:g}" if q.end_value is not None else "")
        value = f"{shown} {q.unit}"
        evidence = _evidence(record, q, value, approximate=q.approximate, bound=q.bound)
        who = [ids.get(p, p) for p in q.participants]
        end = q.end_value * scale if q.end_value is not None else None
        out.append(
            Statement(
                label,
                "quantity",
                _quantity_slot(q, ids),
                value,
                0,
                evidence,
                who,
                q.approximate,
                q.bound,
                q.modality,
                q.value * scale,
                end,
                unit,
                where=_where(record, q, ids),
                occurrence=_occurrence(record, q, texts),
                part=_part(record, q),
            )
        )
    return out


def statements(
    record: Record, label: str, ids: dict[str, str], story_day: dt.date | None = None
) -> list[Statement]:
    """Every comparable statement of one source; `ids` maps the record's entity ids to
    corpus-level ids, so that slots about an entity (a person's age) line up across sources."""
    found = _dates(record, label, ids, story_day)
    found += _durations(record, label, ids)
    found += _quantities(record, label, ids)
    return found
