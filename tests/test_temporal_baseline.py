"""The temporal tagger must not fall below its pinned scores on the public suites.

Runs the whole of `extractor.evaluate.temporal.evaluate` (no subsampling; a few seconds).
Skipped when the shared data folder is absent.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from extractor.evaluate.temporal import BASELINE, evaluate, regressions

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "temporal"


@pytest.mark.shared
@pytest.mark.skipif(not DATA.exists(), reason="shared temporal data not available")
def test_temporal_scores_do_not_regress() -> None:
    t0 = time.perf_counter()
    rows = evaluate(DATA)
    assert time.perf_counter() - t0 < 60, "the temporal evaluation must stay fast"
    assert rows, "no suite found"
    failed = regressions(rows, BASELINE, tolerance=0.005)
    assert not failed, "\n".join(failed)


def test_regressions_flags_drops_beyond_tolerance(tmp_path: Path) -> None:
    from extractor.evaluate.temporal import pin_baseline

    base = tmp_path / "baseline.json"
    pin_baseline(
        [
            {"suite": "s", "metric": "value_acc", "value": 0.9, "n": 10},
            {"suite": "s", "metric": "negative_hits", "value": 0, "n": 5},
        ],
        base,
    )
    ok = [
        {"suite": "s", "metric": "value_acc", "value": 0.896, "n": 10},
        {"suite": "s", "metric": "negative_hits", "value": 0, "n": 5},
    ]
    assert regressions(ok, base) == []
    worse = [
        {"suite": "s", "metric": "value_acc", "value": 0.89, "n": 10},
        {"suite": "s", "metric": "negative_hits", "value": 1, "n": 5},
    ]
    assert len(regressions(worse, base)) == 2
    assert len(regressions([], base)) == 2  # a suite that disappears is a failure too
