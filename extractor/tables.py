"""Records as one table for pandas and DuckDB: a row per fact and a row per entity mention.

One table, not two: `extractor table` writes one file, both kinds of row share the article's
columns and the span columns (text, start, end, sentence), and a fact's `participants` hold the
same registry ids as a mention's `entity_id`, so joining facts to who took part is a self-join
on one file (`UNNEST(participants)` in DuckDB, `explode` in pandas). `row_type` ('fact' or
'mention') and `kind` tell the rows apart; columns that do not apply to a row are null.

Entity ids are the corpus registry's (`extractor.reconcile.registry`), so one person has one id
across every article of the table; `local_entity_id` keeps the record's own id.

`extractor.table` is the function (the package exports it); this module is `extractor.tables`
so that the function does not hide it: `from extractor.tables import write_table`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from pydantic import ValidationError

from .errors import InputError, UsageError
from .record import DateFact, DurationFact, QuantityFact, Record

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = ["COLUMNS", "read_records", "table", "table_rows", "write_table"]


class Column(NamedTuple):
    name: str
    type: str  # 'string', 'int', 'float', 'bool', 'list' (of strings)
    doc: str


COLUMNS = [
    Column("article_id", "string", "the record's source.id"),
    Column("language", "string", "'it' or 'en'"),
    Column("published", "string", "the article's publication date (ISO) or null"),
    Column("row_type", "string", "'fact' or 'mention'"),
    Column(
        "kind",
        "string",
        "fact: 'date', 'duration', 'quantity'; mention: 'person', 'place', 'organization'",
    ),
    Column(
        "subtype",
        "string",
        "a date's type ('date', 'time', 'set', 'interval'), a "
        "quantity's kind ('money', 'distance', 'count'...), a place's kind ('city'...)",
    ),
    Column("value", "string", "ISO 8601 date or duration; a quantity's number as text"),
    Column("end_value", "string", "the end of an interval or of a range of durations"),
    Column("number", "float", "a quantity's value as a number"),
    Column("unit", "string", "a quantity's unit ('km', 'EUR', or the counted noun)"),
    Column("granularity", "string", "a date's granularity ('day', 'month', 'year'...)"),
    Column("relative", "bool", "a date resolved against the publication date ('ieri')"),
    Column("approximate", "bool", "a duration or quantity given as approximate"),
    Column("text", "string", "the span as written"),
    Column("start", "int", "offset of the span in the record's text"),
    Column("end", "int", "end offset (exclusive)"),
    Column("sentence", "int", "index of the sentence the span starts in"),
    Column("event", "string", "the event a fact is about ('launch', 'landing'...)"),
    Column("participants", "list", "registry ids of the event's participants (facts)"),
    Column("about", "string", "registry id of the entity a quantity describes (an age)"),
    Column("entity_id", "string", "registry id of the mentioned entity (mentions)"),
    Column("local_entity_id", "string", "the entity's id within its record"),
    Column("name", "string", "the entity's canonical name"),
    Column("geonames_id", "int", "a place's GeoNames id"),
]

# pandas' nullable dtypes: a column keeps its type with nulls in it and in an empty table.
_PANDAS = {"string": "string", "int": "Int64", "float": "Float64", "bool": "boolean"}

_FACT_LISTS = (("dates", "date"), ("durations", "duration"), ("quantities", "quantity"))
_ENTITY_LISTS = (("people", "person"), ("places", "place"), ("organizations", "organization"))


def _number_text(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


def _fact_row(fact: DateFact | DurationFact | QuantityFact, ids: Mapping[str, str]) -> dict:
    row: dict[str, Any] = {
        "text": fact.text,
        "start": fact.start,
        "end": fact.end,
        "sentence": fact.sentence,
        "event": fact.event,
        "participants": [ids.get(p, p) for p in fact.participants],
    }
    if isinstance(fact, DateFact):
        row.update(value=fact.value, end_value=fact.end_value, granularity=fact.granularity)
        row.update(subtype=fact.type, relative=fact.relative)
    elif isinstance(fact, DurationFact):
        row.update(value=fact.value, end_value=fact.end_value, approximate=fact.approximate)
    else:
        row.update(value=_number_text(fact.value), number=fact.value, unit=fact.unit)
        row.update(subtype=fact.kind, approximate=fact.approximate)
        row["about"] = ids.get(fact.about, fact.about) if fact.about else None
    return row


def _record_rows(record: Record, ids: Mapping[str, str], names: Mapping[str, str]) -> list[dict]:
    base = {
        "article_id": record.source.id,
        "language": record.source.language,
        "published": record.source.published,
    }
    rows = []
    for field, kind in _FACT_LISTS:
        for fact in getattr(record, field):
            rows.append({**base, "row_type": "fact", "kind": kind, **_fact_row(fact, ids)})
    for field, kind in _ENTITY_LISTS:
        for entity in getattr(record, field):
            registry_id = ids.get(entity.id, entity.id)
            common = {
                **base,
                "row_type": "mention",
                "kind": kind,
                "subtype": getattr(entity, "kind", None),
                "entity_id": registry_id,
                "local_entity_id": entity.id,
                "name": names.get(registry_id, entity.name),
                "geonames_id": getattr(entity, "geonames_id", None),
                "participants": [],
            }
            for m in entity.mentions:
                rows.append({**common, "text": m.text, "start": m.start, "end": m.end,
                             "sentence": m.sentence})  # fmt: skip
    return rows


def table_rows(records: Iterable[Record]) -> list[dict[str, Any]]:
    """The table's rows as dicts with every column, facts before mentions within a record."""
    from .reconcile.registry import reconcile

    records = list(records)
    registry = reconcile(records)
    names = {e.id: e.name for e in registry.entities}
    ids_of: dict[str, dict[str, str]] = {}
    for (record_id, local), registry_id in registry.mapping.items():
        ids_of.setdefault(record_id, {})[local] = registry_id
    rows: list[dict[str, Any]] = []
    for record in records:
        rows += _record_rows(record, ids_of.get(record.source.id, {}), names)
    empty = dict.fromkeys(c.name for c in COLUMNS)
    return [{**empty, **row} for row in rows]


def _as_records(records: Iterable[Record | Mapping[str, Any]]) -> list[Record]:
    out = []
    for n, item in enumerate(records, 1):
        if isinstance(item, Record):
            out.append(item)
            continue
        try:
            out.append(Record.model_validate(item))
        except ValidationError as exc:
            raise InputError(f"record {n}: not an extractor record ({_first_error(exc)})") from None
    return out


def table(records: Iterable[Record | Mapping[str, Any]]) -> pd.DataFrame:
    """A pandas DataFrame with one row per fact and one per entity mention (see COLUMNS)."""
    import pandas as pd

    rows = table_rows(_as_records(records))
    frame = pd.DataFrame(rows, columns=[c.name for c in COLUMNS])
    dtypes = {c.name: _PANDAS[c.type] for c in COLUMNS if c.type in _PANDAS}
    return frame.astype(dtypes)


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"]) or "record"
    return f"{where}: {err['msg']}"


def _arrow_schema() -> pa.Schema:
    import pyarrow as pa

    kinds = {
        "string": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "list": pa.list_(pa.string()),
    }
    return pa.schema([pa.field(c.name, kinds[c.type]) for c in COLUMNS])


def write_table(records: Iterable[Record | Mapping[str, Any]], path: Path) -> int:
    """Write the table as Parquet (by pyarrow) or CSV, chosen by the suffix; returns its rows.

    In CSV a fact's participants are one cell, the ids joined by ';'.
    """
    suffix = path.suffix.lower()
    if suffix not in (".parquet", ".csv"):
        raise UsageError(f"{path}: the output must end in .parquet or .csv")
    rows = table_rows(_as_records(records))
    try:
        if suffix == ".parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            pq.write_table(pa.Table.from_pylist(rows, schema=_arrow_schema()), path)
        else:
            _write_csv(rows, path)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return len(rows)


def _write_csv(rows: list[dict[str, Any]], path: Path) -> None:
    import pandas as pd

    flat = [{**row, "participants": ";".join(row["participants"])} for row in rows]
    frame = pd.DataFrame(flat, columns=[c.name for c in COLUMNS])
    dtypes = {c.name: _PANDAS[c.type] for c in COLUMNS if c.type in _PANDAS}
    frame.astype(dtypes).to_csv(path, index=False)


def read_records(path: Path) -> list[Record]:
    """Records from a JSON Lines file (`extractor extract` / `batch` output) or one JSON record.

    A batch's error lines (articles that failed) carry no facts and are skipped.
    """
    from .ingest.loaders import read_text_file

    content = read_text_file(path)
    items = _json_items(content, path)
    records = []
    for n, item in items:
        if isinstance(item, dict) and "error" in item and "source" not in item:
            continue
        if not isinstance(item, dict):
            raise InputError(f"{path}: line {n}: not an extractor record (a JSON object)")
        try:
            records.append(Record.model_validate(item))
        except ValidationError as exc:
            msg = f"{path}: line {n}: not an extractor record ({_first_error(exc)})"
            raise InputError(msg) from None
    if not records:
        raise InputError(f"{path}: no records in the file")
    return records


def _json_items(content: str, path: Path) -> list[tuple[int, Any]]:
    """(line number, value) for each JSON line; a whole-file JSON object (--pretty) is one."""
    try:
        whole = json.loads(content)
    except json.JSONDecodeError:
        whole = None
    if isinstance(whole, dict):
        return [(1, whole)]
    items = []
    for n, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append((n, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: line {n}: not JSON ({exc.msg})") from None
    return items
