"""Batch runs: nothing lost, order kept, resumable, same output on every executor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.batch import BatchOptions, count_tasks, iter_tasks, run_batch
from extractor.batch.output import completed_ids, repair_tail
from extractor.cli import main
from extractor.errors import UsageError

from .conftest import CORPUS

MIXED = CORPUS / "batch" / "mixed.jsonl"
EXPECTED_ERRORS = {
    "empty": "empty article",
    f"{MIXED}:4": "invalid JSON",
    f"{MIXED}:5": "expected a JSON object",
    "german": "does not support",
    "no-text": "'text' string",
}


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _id(row: dict) -> str:
    return row["source"]["id"] if "source" in row else row["id"]


def test_tasks_from_folders_globs_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.txt").write_text("Ieri a Roma.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Yesterday in Rome.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    tasks = list(iter_tasks([str(tmp_path), str(MIXED)]))
    ids = [t.id for t in tasks]
    assert ids[:2] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "x.txt")]
    assert ids[2:4] == ["it-seed", "en-seed"]
    assert len(tasks) == count_tasks([str(tmp_path), str(MIXED)]) == 10
    assert [t.id for t in iter_tasks([str(tmp_path / "*.txt")])] == [str(tmp_path / "a.txt")]
    with pytest.raises(UsageError):
        list(iter_tasks([str(tmp_path / "nothing-*.txt")]))


def test_repair_tail_cuts_a_half_written_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a", "error": "x"}\n{"id": "b", "err', encoding="utf-8")
    repair_tail(out)
    assert out.read_text(encoding="utf-8") == '{"id": "a", "error": "x"}\n'
    assert completed_ids(out) == {"a"}


def test_nothing_is_lost_and_order_is_kept(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(MIXED)], out, progress=False)
    rows = _lines(out)
    assert [_id(r) for r in rows] == [t.id for t in iter_tasks([str(MIXED)])]
    errors = {r["id"]: r["error"] for r in rows if "source" not in r}
    assert set(errors) == set(EXPECTED_ERRORS)
    for key, fragment in EXPECTED_ERRORS.items():
        assert fragment in errors[key] and "\n" not in errors[key]
    assert (summary.total, summary.ok, summary.failed) == (8, 3, 5)
    by_id = {_id(r): r for r in rows}
    assert by_id["en-seed"]["source"]["url"] == "https://example.org/en"
    assert by_id["short-en"]["source"]["published"] == "2021-10-18"


def test_resume_skips_done_ids(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run_batch([str(MIXED)], out, progress=False)
    full = out.read_text(encoding="utf-8")
    lines = full.splitlines(keepends=True)
    # A run killed after three records, in the middle of writing the fourth.
    out.write_text("".join(lines[:3]) + lines[3][:10], encoding="utf-8")
    summary = run_batch([str(MIXED)], out, resume=True, progress=False)
    assert summary.skipped == 3 and summary.total == 8
    assert sorted(out.read_text(encoding="utf-8").splitlines()) == sorted(full.splitlines())


@pytest.mark.slow
def test_process_workers_match_single_process(tmp_path: Path) -> None:
    single, multi = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch([str(MIXED), str(CORPUS / "seeds")], single, progress=False)
    run_batch([str(MIXED), str(CORPUS / "seeds")], multi, workers=2, chunk_size=2, progress=False)
    assert multi.read_text(encoding="utf-8") == single.read_text(encoding="utf-8")


@pytest.mark.slow
def test_dask_local_cluster_matches_single_process(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    single, dask = tmp_path / "one.jsonl", tmp_path / "dask.jsonl"
    inputs = [str(MIXED), str(CORPUS / "seeds")]
    run_batch(inputs, single, progress=False)
    run_batch(inputs, dask, dask="local", workers=2, chunk_size=2, progress=False)
    assert dask.read_text(encoding="utf-8") == single.read_text(encoding="utf-8")


def test_cli_batch_exit_code_and_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    code = main(["batch", str(MIXED), "-o", str(out), "--no-progress"])
    err = capsys.readouterr().err
    assert code == 1
    assert "8 articles: 3 extracted, 5 failed" in err
    assert len(_lines(out)) == 8


def test_cli_batch_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(MIXED), "--resume"]) == 2
    assert "needs an output file" in capsys.readouterr().err
    assert main(["batch", str(MIXED), "--workers", "0", "-o", "/tmp/x.jsonl"]) == 2


def test_options_are_picklable() -> None:
    import pickle

    options = BatchOptions(lang="it", published="2021-10-05")
    assert pickle.loads(pickle.dumps(options)) == options


def test_entity_registry_spans_the_corpus(tmp_path: Path) -> None:
    out, registry = tmp_path / "out.jsonl", tmp_path / "registry.json"
    code = main(["batch", str(MIXED), "-o", str(out), "--entities", str(registry), "--no-progress"])
    assert code == 1  # the bad rows still fail
    entities = json.loads(registry.read_text(encoding="utf-8"))["entities"]
    by_name = {e["name"]: e for e in entities}
    shkaplerov = by_name["Anton Shkaplerov"]
    assert {m["record"] for m in shkaplerov["members"]} == {"it-seed", "en-seed"}
    assert {"Anton Škaplerov", "Anton Shklaplerov"} <= set(shkaplerov["aliases"])
    ids = [e["id"] for e in entities]
    assert len(ids) == len(set(ids))
