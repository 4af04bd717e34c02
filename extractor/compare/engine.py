"""Compare what several sources say about the same story."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import InputError, UsageError
from ..ingest.loaders import read_text_file
from ..reconcile.registry import Registry, reconcile
from ..record import Record, Span
from .model import Diff, DiffSource, EntityRow
from .rows import build_rows
from .statements import statements

__all__ = ["check_offsets", "diff", "load_record_or_article"]


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
            check_offsets(record, p)
            return record
    from ..api import extract_file

    return extract_file(p)


def check_offsets(record: Record, path: Path) -> None:
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
    day = _story_day(records)
    facts = {
        label: statements(
            record,
            label,
            {
                local: rid
                for (rec, local), rid in registry.mapping.items()
                if rec == record.source.id
            },
            day,
        )
        for label, record in zip(names, records, strict=True)
    }
    published = {label: r.source.published for label, r in zip(names, records, strict=True)}
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
        facts=list(build_rows(facts, published)),
    )


def _story_day(records: Sequence[Record]) -> dt.date | None:
    """The day the story is first reported: what a source without a date of its own is read
    against."""
    days = []
    for r in records:
        try:
            days.append(dt.date.fromisoformat((r.source.published or "")[:10]))
        except ValueError:
            continue
    return min(days) if days else None
