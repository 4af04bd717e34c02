"""Compare what several sources say about the same story."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, UsageError
from ..events import find_slot
from ..ingest.loaders import read_text_file
from ..reconcile.registry import Registry, reconcile
from ..record import DateFact, DurationFact, QuantityFact, Record, Span
from .model import Diff, DiffSource, EntityRow, Evidence, FactRow
from .values import compare_dates, compare_durations, compare_quantities

__all__ = ["diff", "load_record_or_article"]

Fact = DateFact | DurationFact | QuantityFact

# When a source states one slot several times ("this week", "today", "at 8:55"), the day is
# the usual unit of "when" and is the one compared.
_GRANULARITY_RANK = {"day": 0, "time": 1, "week": 2, "month": 3, "season": 4, "quarter": 4}


@dataclass(slots=True)
class _Fact:
    label: str
    kind: str  # 'date' | 'duration' | 'quantity'
    slot: str | None
    value: str
    rank: int  # lower = more precise, preferred when a source states a slot twice
    evidence: Evidence
    approximate: bool = False
    participants: list[str] = field(default_factory=list)  # corpus-level entity ids


def load_record_or_article(path: str | Path) -> Record:
    """A saved record (.json with a schema_version) or an article file to extract."""
    p = Path(path)
    if p.suffix.lower() == ".json":
        try:
            data = json.loads(read_text_file(p))
        except json.JSONDecodeError as exc:
            raise InputError(f"{p}: not a JSON record ({exc})") from None
        if isinstance(data, dict) and "schema_version" in data and "source" in data:
            try:
                record = Record.model_validate(data)
            except ValueError as exc:
                first = str(exc).splitlines()[0]
                raise InputError(f"{p}: not a valid extractor record ({first})") from None
            _check_offsets(record, p)
            return record
    from ..api import extract_file

    return extract_file(p)


def _check_offsets(record: Record, path: Path) -> None:
    """A saved record is evidence: each span must still quote its own text."""
    spans: list[Span] = [m for e in record.people for m in e.mentions]
    spans += [m for e in record.places for m in e.mentions]
    spans += [m for e in record.organizations for m in e.mentions]
    spans += [*record.dates, *record.durations, *record.quantities]
    for span in spans:
        if record.text[span.start : span.end] != span.text:
            raise InputError(
                f"{path}: offsets {span.start}-{span.end} do not quote {span.text!r} in the "
                "record's text"
            )


def _sentence(record: Record, index: int) -> tuple[int, str]:
    if 0 <= index < len(record.sentences):
        start, end = record.sentences[index]
        return start, record.text[start:end]
    return 0, record.text


def _facts(record: Record, label: str, ids: dict[str, str]) -> list[_Fact]:
    """ids maps the record's entity ids to corpus-level ids, so that slots about an entity
    (a person's age) line up across sources."""
    lang = record.source.language
    out: list[_Fact] = []

    def add(kind: str, fact: Fact, value: str, rank: int, approx: bool, slot: str | None) -> None:
        s_start, sentence = _sentence(record, fact.sentence)
        if slot is None and kind != "quantity":
            # Records carry their event; an older record without one gets the lexicon's guess.
            slot = fact.event or find_slot(sentence, fact.start - s_start, fact.end - s_start, lang)
        evidence = Evidence(text=fact.text, sentence=sentence, start=fact.start, end=fact.end)
        who = [ids.get(p, p) for p in fact.participants]
        out.append(_Fact(label, kind, slot, value, rank, evidence, approx, who))

    for d in record.dates:
        if d.value is not None:  # an unresolved relative date says nothing comparable
            add("date", d, d.value, _GRANULARITY_RANK.get(d.granularity, 5), False, None)
    for u in record.durations:
        add("duration", u, u.value, 0, u.approximate, None)
    for q in record.quantities:
        slot: str | None = f"count:{q.unit}" if q.kind == "count" else q.kind
        if q.kind == "age":
            # An age is about its person; an age of nobody known pairs up by value only.
            slot = f"age:{ids.get(q.about, q.about)}" if q.about else None
        add("quantity", q, f"{q.value:g} {q.unit}", 0, q.approximate, slot)
    return out


def _verdict(a: _Fact, b: _Fact) -> str:
    if a.kind == "date":
        return compare_dates(a.value, b.value)
    if a.kind == "quantity":
        return compare_quantities(a.value, b.value, a.approximate, b.approximate)
    return compare_durations(a.value, b.value, a.approximate, b.approximate)


def _status(group: list[_Fact]) -> str:
    verdicts = {_verdict(a, b) for i, a in enumerate(group) for b in group[i + 1 :]}
    if "conflict" in verdicts:
        return "conflict"
    return "compatible" if "compatible" in verdicts else "agree"


def _row(status: str, group: list[_Fact]) -> FactRow:
    return FactRow(
        kind=group[0].kind,  # type: ignore[arg-type]
        slot=next((f.slot for f in group if f.slot), None),
        participants=list(dict.fromkeys(p for f in group for p in f.participants)),
        status=status,  # type: ignore[arg-type]
        values={f.label: f.value for f in group},
        evidence={f.label: f.evidence for f in group},
    )


def _same_statement(a: _Fact, b: _Fact) -> bool:
    """Without a shared slot, only the same value (or instant) pairs two facts up; for a
    duration, also the same value stated approximately ("circa 35 minuti" / "35 minutes")."""
    if a.kind != b.kind:
        return False
    verdict = _verdict(a, b)
    return verdict == "agree" or (a.kind != "date" and verdict == "compatible")


def _compare_facts(facts_by_label: dict[str, list[_Fact]]) -> list[FactRow]:
    rows: list[FactRow] = []
    labels = list(facts_by_label)
    remaining = {label: list(facts) for label, facts in facts_by_label.items()}

    # 1. The same slot in several sources: one row, whatever the values say.
    slots = {(f.kind, f.slot) for facts in remaining.values() for f in facts if f.slot}
    for kind, slot in sorted(slots, key=lambda ks: (ks[0], str(ks[1]))):
        group = []
        for label in labels:
            candidates = [f for f in remaining[label] if f.kind == kind and f.slot == slot]
            if candidates:
                group.append(min(candidates, key=lambda f: f.rank))
        if len(group) < 2:
            continue
        for f in group:
            remaining[f.label].remove(f)
        rows.append(_row(_status(group), group))

    # 2. Facts no slot paired up: the same value (or instant) in several sources agrees.
    for label in labels:
        for fact in list(remaining[label]):
            if fact not in remaining[label]:
                continue
            group = [fact]
            for other in labels:
                if other == label:
                    continue
                match = next((f for f in remaining[other] if _same_statement(fact, f)), None)
                if match is not None:
                    group.append(match)
            if len(group) > 1:
                for f in group:
                    remaining[f.label].remove(f)
                rows.append(_row(_status(group), group))

    # 3. Whatever is left is reported by one source only.
    for label in labels:
        rows.extend(_row("only", [fact]) for fact in remaining[label])
    order = {"conflict": 0, "compatible": 1, "agree": 2, "only": 3}
    rows.sort(key=lambda r: (order[r.status], r.kind, r.slot or "~"))
    return rows


def _entities(
    records: Sequence[Record], labels: Sequence[str], registry: Registry
) -> list[EntityRow]:
    local = {
        (r.source.id, e.id): (label, e)
        for r, label in zip(records, labels, strict=True)
        for e in [*r.people, *r.places, *r.organizations]
    }
    rows: list[EntityRow] = []
    for entry in registry.entities:
        sources: dict[str, list[str]] = {}
        for member in entry.members:
            if member not in local:
                continue
            label, entity = local[member]
            spellings = sources.setdefault(label, [])
            spellings.extend(a for a in entity.aliases if a not in spellings)
        rows.append(
            EntityRow(
                type=entry.type,  # type: ignore[arg-type]
                id=entry.id,
                name=entry.name,
                sources=sources,
                status="shared" if len(sources) > 1 else "only",
            )
        )
    type_order = {"person": 0, "place": 1, "organization": 2}
    rows.sort(key=lambda r: (r.status != "shared", type_order[r.type], r.name))
    return rows


def _labels(
    records: Sequence[Record], paths: Sequence[str | None], given: Sequence[str] | None
) -> list[str]:
    if given is not None:
        if len(given) != len(records):
            raise UsageError(f"{len(given)} labels given for {len(records)} sources")
        labels = list(given)
    else:
        labels = [Path(p).stem if p else r.source.id for r, p in zip(records, paths, strict=True)]
    seen: dict[str, int] = {}
    unique = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        unique.append(label if seen[label] == 1 else f"{label}#{seen[label]}")
    return unique


def diff(
    records_or_paths: Iterable[Record | str | Path], *, labels: Sequence[str] | None = None
) -> Diff:
    """Compare two or more sources (records, saved record files or article files)."""
    items = list(records_or_paths)
    if len(items) < 2:
        raise UsageError("diff needs at least two sources")
    records: list[Record] = []
    paths: list[str | None] = []
    for item in items:
        if isinstance(item, Record):
            records.append(item)
            paths.append(None)
        else:
            records.append(load_record_or_article(item))
            paths.append(str(item))
    names = _labels(records, paths, labels)
    registry = reconcile(records)
    facts = {
        label: _facts(
            record,
            label,
            {
                local: rid
                for (rec, local), rid in registry.mapping.items()
                if rec == record.source.id
            },
        )
        for label, record in zip(names, records, strict=True)
    }
    return Diff(
        sources=[
            DiffSource(
                label=label,
                id=r.source.id,
                language=r.source.language,
                published=r.source.published,
                path=r.source.path,
            )
            for label, r in zip(names, records, strict=True)
        ],
        entities=_entities(records, names, registry),
        facts=_compare_facts(facts),
    )
