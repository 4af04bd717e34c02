"""The CLI's contract: one-line errors, exit code 2 for usage and input errors, JSON out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.cli import main

from .conftest import REPO, SEEDS


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse exits on usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "does-not-exist.txt"], "no such file"),
        (["extract"], "required"),
        (["frobnicate"], "invalid choice"),
        (["schema", "nope"], "invalid choice"),
        (["diff", str(SEEDS["it"])], "at least two"),
        (["extract", "-", str(SEEDS["it"])], "cannot be combined"),
        (["extract", "--published", "someday", str(SEEDS["it"])], "ISO date"),
        (["evaluate", "temporal", "--data", "/no/such/dir"], "no such data folder"),
        (["evaluate", "ner", "--data", str(REPO / "schemas")], "no ner evaluation data"),
        (["evaluate", "seeds", "--data", str(REPO / "schemas")], "no gold files"),
        (["evaluate", "temporal", "--data", str(REPO / "schemas")], "no temporal evaluation"),
        (["batch", "--no-progress", "--lang", "xx", str(SEEDS["it"])], "unsupported language"),
        (["extract", "--model", "/no/such/model", str(SEEDS["it"])], "cannot load"),
    ],
)
def test_usage_and_input_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(argv, capsys)
    assert code == 2
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1, err


def test_bad_bytes_give_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00broken")
    code, _, err = _run(["extract", str(bad)], capsys)
    assert code == 2 and "not text" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("which", ["record", "diff", "error"])
def test_schema_command(which: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["schema", which], capsys)
    assert code == 0
    assert json.loads(out) == json.loads((REPO / "schemas" / f"{which}.schema.json").read_text())


def test_module_entry_point_has_no_traceback() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "extractor", "extract", "missing.html"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip() == "extractor: error: missing.html: no such file"


def test_binary_standard_input_gives_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    fake = io.TextIOWrapper(io.BytesIO(b"Oggi a Roma \x00\x01 il governo."), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    code, out, err = _run(["extract", "-"], capsys)
    assert (code, out) == (2, "")
    assert "standard input: not text" in err and len(err.strip().splitlines()) == 1


def test_batch_on_an_empty_folder_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(["batch", "--no-progress", str(tmp_path)], capsys)
    assert code == 2 and "no articles" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("flag", ["--output", "--entities"])
def test_unwritable_batch_output_is_an_input_error(
    flag: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["batch", "--no-progress", str(SEEDS["it"]), flag, str(tmp_path)]  # a directory
    code, _, err = _run(argv, capsys)
    assert code == 2 and "cannot write" in err and len(err.strip().splitlines()) == 1


def test_unwritable_html_report_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing-folder" / "report.html"
    argv = ["diff", str(SEEDS["it"]), str(SEEDS["en"]), "--html", str(target)]
    code, _, err = _run(argv, capsys)
    assert code == 2 and "cannot write" in err and len(err.strip().splitlines()) == 1


def test_record_whose_offsets_do_not_quote_its_text_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from extractor.api import extract_file

    data = json.loads(extract_file(SEEDS["en"]).model_dump_json())
    data["dates"][0]["start"] += 1
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = _run(["explain", str(tampered)], capsys)
    assert (code, out) == (2, "")
    assert "do not quote" in err and len(err.strip().splitlines()) == 1


def test_folder_named_like_a_record_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "record.json"
    folder.mkdir()
    code, _, err = _run(["diff", str(folder), str(SEEDS["en"])], capsys)
    assert code == 2 and "is a directory" in err and len(err.strip().splitlines()) == 1


def test_internal_error_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import extractor.cli as cli

    def boom(args: object) -> int:
        raise ValueError("first line\n  second line\n")

    monkeypatch.setitem(cli._COMMANDS, "schema", boom)
    code, _, err = _run(["schema"], capsys)
    assert code == 1
    assert err == "extractor: internal error: ValueError: first line second line\n"


def test_bench_temporal_on_a_news_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "gold").mkdir()
    body = "The bridge was closed on 5 March 2021 for three weeks."
    (tmp_path / "news" / "a.txt").write_text(f"https://example.org/a\n# lang: en\n\n{body}\n")
    gold = {
        "lang": "en",
        "published": "2021-03-06",
        "dates": [{"surface": "5 March 2021", "value": "2021-03-05"}],
        "durations": [{"surface": "three weeks", "value": "P3W"}],
    }
    (tmp_path / "gold" / "a.json").write_text(json.dumps(gold))
    assert main(["bench", "temporal", "--input", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "bench-en" in out and "speedup" in out
    f1 = next(line for line in out.splitlines() if "f1_ours" in line)
    assert float(f1.split()[2]) == 1.0
