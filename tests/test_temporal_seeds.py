"""Seed articles against their gold dates and durations (issue 2 acceptance)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from extractor.temporal import tag

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "corpus" / "gold").glob("*.json"))


def _load(gold_path: Path) -> tuple[str, str, dt.date | None, dict]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (ROOT / "corpus" / "seeds" / gold["file"]).read_text(encoding="utf-8")
    pub = dt.date.fromisoformat(gold["published"]) if gold["published"] else None
    return text, gold["lang"], pub, gold


@pytest.mark.parametrize("gold_path", SEEDS, ids=lambda p: p.stem)
def test_seed_dates_and_durations(gold_path: Path) -> None:
    text, lang, anchor, gold = _load(gold_path)
    timexes = tag(text, lang, anchor)
    for t in timexes:
        assert text[t.start : t.end] == t.text
    found = {
        (t.text, t.value)
        for t in timexes
        if t.kind in ("date", "interval", "duration", "age", "set")
    }
    reference = [(g["surface"], g["value"], g["optional"]) for g in gold["dates"]]
    reference += [(g["surface"], g["value"], g["optional"]) for g in gold["durations"]]
    missing = [(s, v) for s, v, opt in reference if not opt and (s, v) not in found]
    assert not missing, f"missing gold items: {missing}"
    allowed = {(s, v) for s, v, _ in reference}
    extra = sorted(found - allowed, key=str)
    assert not extra, f"items not in the gold: {extra}"
