"""Score one record against fact-level gold (the format of corpus/gold/FORMAT.md).

Shared by the seeds and news evaluations. An extracted entity matches a reference entity when one
of its name, aliases or mention texts equals one of the reference spellings, ignoring case,
accents and apostrophes. Recall counts the non-optional reference entities matched; precision the
extracted entities that match some reference entity; a reference matched by two extracted
entities is a split, an extracted entity matching two references a merge. Dates and durations are
compared by value; a time of day counts as correct when the gold lists its day (the gold lists
dates, not times), and durations by their canonical value (PT1.5H is PT1H30M).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..record import Record
from .temporal import _canon as canonical_duration

__all__ = [
    "ENTITY_KINDS",
    "KINDS",
    "Score",
    "canonical_duration",
    "entity_spellings",
    "normalise",
    "reference_spellings",
    "score_entities",
    "score_record",
    "score_values",
]

_APOSTROPHES = dict.fromkeys(map(ord, "'’‘`´ʼ"), None)

ENTITY_KINDS = ("people", "places", "organizations")
KINDS = (*ENTITY_KINDS, "dates", "durations")


def normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


@dataclass(slots=True)
class Score:
    """Counts for one kind of fact in one or more articles."""

    tp_ref: int = 0  # non-optional references found
    n_ref: int = 0  # non-optional references
    tp_sys: int = 0  # extracted items that match a reference
    n_sys: int = 0  # extracted items
    splits: int = 0
    merges: int = 0
    missing: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    split: list[str] = field(default_factory=list)  # "reference <- entity / entity"
    merged: list[str] = field(default_factory=list)  # "entity -> reference + reference"

    @property
    def recall(self) -> float:
        return self.tp_ref / self.n_ref if self.n_ref else 1.0

    @property
    def precision(self) -> float:
        return self.tp_sys / self.n_sys if self.n_sys else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp_ref += other.tp_ref
        self.n_ref += other.n_ref
        self.tp_sys += other.tp_sys
        self.n_sys += other.n_sys
        self.splits += other.splits
        self.merges += other.merges
        self.missing += other.missing
        self.spurious += other.spurious
        self.split += other.split
        self.merged += other.merged


def entity_spellings(entity: Any) -> set[str]:
    """Every normalised spelling of an extracted entity: name, aliases, mention texts."""
    spellings = {normalise(entity.name), *(normalise(a) for a in entity.aliases)}
    spellings |= {normalise(m.text) for m in entity.mentions}
    return spellings


def reference_spellings(reference: dict[str, Any]) -> set[str]:
    return {normalise(s) for s in [reference["canonical"], *reference["surface"]]}


def score_entities(extracted: Iterable[Any], reference: list[dict[str, Any]]) -> Score:
    score = Score()
    refs = [reference_spellings(r) for r in reference]
    matched_by: dict[int, list[str]] = {}
    for entity in extracted:
        spellings = entity_spellings(entity)
        hits = [i for i, ref in enumerate(refs) if ref & spellings]
        score.n_sys += 1
        if hits:
            score.tp_sys += 1
        else:
            score.spurious.append(entity.name)
        if len(hits) > 1:
            score.merges += 1
            merged = " + ".join(reference[i]["canonical"] for i in hits)
            score.merged.append(f"{entity.name} -> {merged}")
        for i in hits:
            matched_by.setdefault(i, []).append(entity.name)
    for i, ref in enumerate(reference):
        names = matched_by.get(i, [])
        if len(names) > 1:
            score.splits += 1
            score.split.append(f"{ref['canonical']} <- {' / '.join(names)}")
        if ref.get("optional"):
            continue
        score.n_ref += 1
        if names:
            score.tp_ref += 1
        else:
            score.missing.append(ref["canonical"])
    return score


def _overlaps(text: str, surface: str) -> bool:
    a, b = normalise(text), normalise(surface)
    return bool(a and b) and (a in b or b in a)


def score_values(
    extracted: Iterable[tuple[str, str | None]],
    reference: list[dict[str, Any]],
    canon: Callable[[str], str] | None = None,
) -> Score:
    """Values compared as they are, or through `canon` (one spelling per value: PT1.5H and
    PT1H30M are the same duration)."""
    score = Score()
    same = canon or (lambda v: v)
    gold_values = {same(r["value"]) for r in reference}
    found = set()
    for text, raw in extracted:
        value = same(raw) if raw else raw
        score.n_sys += 1
        if value in gold_values:
            score.tp_sys += 1
            found.add(value)
        elif value and "T" in value and value[:10] in gold_values:
            # A time of day refines a day the gold lists ("today at 8:55 a.m."): correct. It
            # stands in for the day in recall only when it is the same expression ("this
            # evening" as 2011-07-08TEV for the gold's 2011-07-08), not another one that day.
            score.tp_sys += 1
            day = value[:10]
            if any(r["value"] == day and _overlaps(text, r["surface"]) for r in reference):
                found.add(day)
        else:
            score.spurious.append(f"{text}={raw}")
    for ref in reference:
        if ref.get("optional"):
            continue
        score.n_ref += 1
        if same(ref["value"]) in found:
            score.tp_ref += 1
        else:
            score.missing.append(f"{ref['surface']}={ref['value']}")
    return score


def date_values(dates: Iterable[Any]) -> list[tuple[str, str | None]]:
    """The (text, value) pairs a record's dates state. A set ('weekly', 'every Monday') is a
    recurrence, not a date of the story: the gold's dates are days, months, weeks and years
    (FORMAT.md), so sets are not scored. An interval states both its ends ('(1934-2021)' gives
    1934 and 2021), and dates are compared by value."""
    out: list[tuple[str, str | None]] = []
    for d in dates:
        kind = getattr(d, "type", "date")
        if kind == "set":
            continue
        out.append((d.text, d.value))
        end = getattr(d, "end_value", None)
        if kind == "interval" and end and end != d.value:
            out.append((d.text, end))
    return out


def score_record(record: Record, gold: dict[str, Any]) -> dict[str, Score]:
    """Scores per kind, plus `published` (1 of 1 when the record's date equals the gold's)."""
    scores = {
        kind: score_entities(getattr(record, kind), gold.get(kind, [])) for kind in ENTITY_KINDS
    }
    scores["dates"] = score_values(date_values(record.dates), gold.get("dates", []))
    scores["durations"] = score_values(
        ((d.text, d.value) for d in record.durations), gold.get("durations", []), canonical_duration
    )
    published_ok = record.source.published == gold.get("published")
    scores["published"] = Score(
        tp_ref=int(published_ok), n_ref=1, tp_sys=int(published_ok), n_sys=1
    )
    return scores
