"""Records as a table: a row per fact and per mention, stable columns, Parquet and CSV."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import extractor
from extractor.cli import main
from extractor.errors import InputError, UsageError
from extractor.record import Record
from extractor.tables import COLUMNS, read_records, write_table

NAMES = [c.name for c in COLUMNS]


def _record(rid: str, text: str, person: str, spans: list[tuple[int, int]]) -> Record:
    """A small hand-made record: one person mentioned at `spans`, a date and a quantity."""
    local = "person:" + person.lower().replace(" ", "-")
    mentions = [{"text": text[s:e], "start": s, "end": e, "sentence": 0} for s, e in spans]
    return Record.model_validate(
        {
            "source": {"id": rid, "language": "it", "published": "2021-10-06"},
            "text": text,
            "people": [{"id": local, "name": person, "aliases": [person], "mentions": mentions}],
            "dates": [
                {
                    "text": "ieri",
                    "start": text.index("ieri"),
                    "end": text.index("ieri") + 4,
                    "sentence": 0,
                    "value": "2021-10-05",
                    "granularity": "day",
                    "relative": True,
                    "event": "launch",
                    "participants": [local],
                }
            ],
            "quantities": [
                {
                    "text": "15 kg",
                    "start": text.index("15 kg"),
                    "end": text.index("15 kg") + 5,
                    "sentence": 0,
                    "value": 15.0,
                    "unit": "kg",
                    "kind": "weight",
                }
            ],
        }
    )


TEXT_A = "Anton Shkaplerov è partito ieri con 15 kg di bagaglio."
TEXT_B = "Ieri, cioè ieri, Anton Shkaplerov portava 15 kg."


@pytest.fixture
def records() -> list[Record]:
    return [
        _record("a", TEXT_A, "Anton Shkaplerov", [(0, 16)]),
        _record("b", TEXT_B, "Anton Shkaplerov", [(17, 33)]),
    ]


def test_one_row_per_fact_and_per_mention(records: list[Record]) -> None:
    frame = extractor.table(records)
    assert list(frame.columns) == NAMES
    counts = frame.groupby(["article_id", "row_type"]).size().to_dict()
    assert counts == {("a", "fact"): 2, ("a", "mention"): 1, ("b", "fact"): 2, ("b", "mention"): 1}
    # Every span indexes its record's text.
    texts = {r.source.id: r.text for r in records}
    for row in frame.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.text


def test_fact_columns(records: list[Record]) -> None:
    frame = extractor.table(records)
    date = frame[(frame.article_id == "a") & (frame.kind == "date")].iloc[0]
    assert (date.value, date.granularity, date.subtype, date.event) == (
        "2021-10-05",
        "day",
        "date",
        "launch",
    )
    assert bool(date.relative) is True
    qty = frame[(frame.article_id == "a") & (frame.kind == "quantity")].iloc[0]
    assert (qty.value, qty.number, qty.unit, qty.subtype) == ("15", 15.0, "kg", "weight")


def test_ids_are_the_registrys_across_articles(records: list[Record]) -> None:
    frame = extractor.table(records)
    mentions = frame[frame.row_type == "mention"]
    assert mentions.entity_id.nunique() == 1
    entity = mentions.entity_id.iloc[0]
    # A fact's participants join to the mentions' entity ids.
    launch = frame[(frame.kind == "date") & (frame.article_id == "b")].iloc[0]
    assert list(launch.participants) == [entity]
    assert set(mentions.name) == {"Anton Shkaplerov"}


def test_dtypes_hold_with_nulls_and_when_empty(records: list[Record]) -> None:
    for frame in (extractor.table(records), extractor.table([])):
        assert list(frame.columns) == NAMES
        assert str(frame["start"].dtype) == "Int64"
        assert str(frame["number"].dtype) == "Float64"
        assert str(frame["relative"].dtype) == "boolean"


def test_dicts_are_validated_as_records(records: list[Record]) -> None:
    as_dicts = [r.model_dump(mode="json") for r in records]
    assert extractor.table(as_dicts).equals(extractor.table(records))
    with pytest.raises(InputError, match="record 1: not an extractor record"):
        extractor.table([{"text": "no source"}])


def test_parquet_schema_and_round_trip(tmp_path: Path, records: list[Record]) -> None:
    path = tmp_path / "facts.parquet"
    assert write_table(records, path) == 6
    arrow = pq.read_table(path)
    assert arrow.schema.names == NAMES
    participants = arrow.schema.field("participants").type
    assert pa.types.is_list(participants) and pa.types.is_string(participants.value_type)
    assert pa.types.is_int64(arrow.schema.field("geonames_id").type)
    back = arrow.to_pylist()
    assert [r["text"] for r in back] == list(extractor.table(records)["text"])


def test_csv_joins_participants(tmp_path: Path, records: list[Record]) -> None:
    import pandas as pd

    path = tmp_path / "facts.csv"
    write_table(records, path)
    frame = pd.read_csv(path)
    assert list(frame.columns) == NAMES
    dates = frame[frame.kind == "date"]
    assert set(dates.participants) == {"person:anton-shkaplerov"}


def test_unknown_output_suffix(tmp_path: Path, records: list[Record]) -> None:
    with pytest.raises(UsageError, match=".parquet or .csv"):
        write_table(records, tmp_path / "facts.xlsx")


def test_seed_records_as_a_table(seed_records: dict[str, Any]) -> None:
    records = list(seed_records.values())
    frame = extractor.table(records)
    for record in records:
        rows = frame[frame.article_id == record.source.id]
        facts = len(record.dates) + len(record.durations) + len(record.quantities)
        mentions = sum(len(e.mentions) for e in [*record.people, *record.places,
                                                  *record.organizations])  # fmt: skip
        assert (rows.row_type == "fact").sum() == facts
        assert (rows.row_type == "mention").sum() == mentions
    # The two seeds tell one story: some registry ids occur in both articles.
    mentions = frame[frame.row_type == "mention"]
    # Facts join to mentions: every participant (and described entity) is a mentioned entity.
    facts = frame[frame.row_type == "fact"]
    referenced = set(facts.participants.explode().dropna()) | set(facts["about"].dropna())
    assert referenced and referenced <= set(mentions.entity_id)
    shared = mentions.groupby("entity_id").article_id.nunique()
    assert (shared > 1).any()


# --- the command line -------------------------------------------------------------------------


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _jsonl(path: Path, records: list[Record], extra: list[str] | None = None) -> Path:
    lines = [r.model_dump_json() for r in records] + (extra or [])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_writes_parquet(
    tmp_path: Path, records: list[Record], capsys: pytest.CaptureFixture[str]
) -> None:
    # A batch's error line (an article that failed) is skipped: it has no facts.
    error = json.dumps({"id": "c", "error": "empty article"})
    src = _jsonl(tmp_path / "records.jsonl", records, [error])
    out = tmp_path / "facts.parquet"
    code, stdout, err = _run(["table", str(src), "-o", str(out)], capsys)
    assert (code, stdout) == (0, "")
    assert "6 rows from 2 records" in err
    assert pq.read_table(out).num_rows == 6


def test_cli_reads_one_pretty_record(
    tmp_path: Path, records: list[Record], capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "record.json"
    src.write_text(records[0].model_dump_json(indent=2), encoding="utf-8")
    code, _, _ = _run(["table", str(src), "-o", str(tmp_path / "f.csv")], capsys)
    assert code == 0 and len(read_records(src)) == 1


BAD_INPUTS = [
    ("not-json.jsonl", "Il governo è caduto.\n", "line 1: not JSON"),
    ("empty.jsonl", "\n\n", "no records"),
    ("list.jsonl", "[1, 2]\n", "line 1: not an extractor record"),
    ("article.jsonl", '{"id": "x", "text": "Oggi a Roma."}\n', "line 1: not an extractor record"),
    ("binary.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00", "not text"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD_INPUTS)
def test_cli_bad_input_is_one_line_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: str | bytes,
    message: str,
) -> None:
    src = tmp_path / name
    if isinstance(content, bytes):
        src.write_bytes(content)
    else:
        src.write_text(content, encoding="utf-8")
    out = tmp_path / "facts.parquet"
    code, stdout, err = _run(["table", str(src), "-o", str(out)], capsys)
    assert (code, stdout) == (2, "")
    assert message in err and len(err.strip().splitlines()) == 1, err
    assert not out.exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["table", "missing.jsonl", "-o", "f.parquet"], "no such file"),
        (["table", "records.jsonl"], "required"),
        (["table", "records.jsonl", "-o", "f.xlsx"], ".parquet or .csv"),
    ],
)
def test_cli_usage_errors(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(argv, capsys)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
