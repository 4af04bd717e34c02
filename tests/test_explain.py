"""`extractor explain`: why each spelling was linked, from an article or a saved record."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.cli import main
from extractor.explain import explain
from extractor.record import Record

from .conftest import SEEDS


def test_explain_names_the_evidence(seed_records: dict[str, Record]) -> None:
    text = explain(seed_records["it"])
    block = text.split("person:anton-shkaplerov", 1)[1].split("person:", 1)[0]
    assert "Anton Škaplerov  <- romanisation (scientific" in block
    assert "Anton Shkaplerov  <- exact" in block


def test_explain_a_saved_record(
    tmp_path: Path, seed_records: dict[str, Record], capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "en.json"
    saved.write_text(seed_records["en"].model_dump_json(), encoding="utf-8")
    assert main(["explain", str(saved)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{SEEDS['en'].stem} (en)")
    assert "Anton Shklaplerov" in out
