"""The NER evaluation gate: F1 per test set and type may not drop below the pinned baseline.

Test splits are for reporting: this only stops regressions, it tunes nothing.
Skipped when ../shared/data/ner is absent.
"""

from __future__ import annotations

import json

import pytest

from .conftest import REPO, SHARED

DATA = SHARED / "data" / "ner"
BASELINE = REPO / "extractor" / "evaluate" / "baselines" / "ner.json"
TOLERANCE = 0.005

pytestmark = pytest.mark.skipif(not DATA.exists(), reason="../shared/data/ner not available")


def test_ner_scores_do_not_regress() -> None:
    from extractor.evaluate.ner import evaluate

    pinned = json.loads(BASELINE.read_text(encoding="utf-8"))
    rows = evaluate(DATA)
    got = {f"{r['lang']}/{r['dataset']}/{r['label']}": r["f1"] for r in rows}
    drops = [
        f"{key}: {got.get(key)} < {value}"
        for key, value in pinned.items()
        if got.get(key) is None or float(got[key]) < value - TOLERANCE
    ]
    assert not drops, drops
