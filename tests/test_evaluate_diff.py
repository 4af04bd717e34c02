"""`extractor evaluate diff`: the matching of reference comparisons to diff rows, the CLI and
the baseline gate.

The small stories here are written in the test; the news-diff texts are read only by the gate
(skipped when ../shared/news-diff is absent) and never copied.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from extractor.cli import main
from extractor.compare.model import Evidence, FactRow
from extractor.evaluate import diff as evaluation

from .conftest import REPO, SHARED

NEWS_DIFF = SHARED / "news-diff"
BASELINE = REPO / "extractor" / "evaluate" / "baselines" / "diff.json"
DAY = dt.date(2023, 2, 6)


def _row(status: str, kind: str, slot: str | None, **values: str) -> FactRow:
    evidence = {k: Evidence(text=v, sentence=v, start=0, end=len(v)) for k, v in values.items()}
    return FactRow(kind=kind, slot=slot, status=status, values=values, evidence=evidence)  # type: ignore[arg-type]


def _comparison(kind: str, expected: str, unit: str | None = None, **values: Any) -> dict[str, Any]:
    return {"what": "x", "kind": kind, "unit": unit, "expected": expected, "values": values}


@pytest.mark.parametrize(
    ("kind", "got", "ref", "unit", "ok"),
    [
        ("date", "2023-02-06", {"value": "2023-02-06"}, None, True),
        ("date", "2023-02-06T04:17+03:00", {"value": "2023-02-06"}, None, True),
        ("date", "2023-02-07", {"value": "2023-02-06"}, None, False),
        ("date", "1992", {"value": "1992"}, None, True),
        ("date", "19920", {"value": "1992"}, None, False),
        # 02:17 in Rome in February (UTC+1) is 04:17 in Turkey (UTC+3) and 01:17 UTC
        ("time", "2023-02-06T04:17+03:00", {"value": "02:17", "zone": "Europe/Rome"}, None, True),
        ("time", "T01:17Z", {"value": "02:17", "zone": "Europe/Rome"}, None, True),
        ("time", "T09:00Z", {"value": "09:00", "zone": "Europe/Rome"}, None, False),
        ("time", "T09:00", {"value": "09:00", "zone": "Europe/Rome"}, None, True),
        ("duration", "P30Y", {"value": "P30Y"}, None, True),
        ("duration", "PT12H", {"value": "PT9H"}, None, False),
        ("quantity", "35 dead", {"value": 35}, "people", True),
        ("quantity", "60 mi", {"value": 96.6}, "km", True),
        ("quantity", "60 km", {"value": 96.6}, "km", False),
        ("quantity", "20 people", {"value": [10, 20]}, "people", True),
        ("quantity", "10-20 people", {"value": [10, 20]}, "people", True),
    ],
)
def test_value_matching(
    kind: str, got: str, ref: dict[str, Any], unit: str | None, ok: bool
) -> None:
    assert evaluation._matches(kind, got, ref, unit, DAY) is ok


def test_found_status_false_conflicts_bogus_duplicates() -> None:
    story = {
        "story": "s",
        "articles": [{"slug": "a", "published": "2023-02-06"}],
        "comparisons": [
            _comparison("quantity", "agree", "people", a={"value": 912}, b={"value": 912}),
            _comparison("quantity", "conflict", "people", a={"value": 5383}, b={"value": 5385}),
            _comparison("date", "agree", None, a={"value": "1939"}, b={"value": "1939"}),
        ],
        "not_comparable": [{"a": "20 Km (depth)", "b": "28 km di profondità (other quake)"}],
    }
    rows = [
        _row("agree", "quantity", "dead", a="912 dead", b="912 morti"),
        _row("agree", "quantity", "injured", a="5383 injured", b="5385 feriti"),  # wrong status
        _row("conflict", "quantity", "depth", a="20 Km", b="28 km"),  # bogus and false conflict
        _row("only", "date", "x", a="1939"),
        _row("only", "date", "x", a="1939"),  # duplicate
    ]
    diff = type("D", (), {"facts": rows})()
    result = evaluation.score_story(story, diff)  # type: ignore[arg-type]
    assert [(c.found, c.status_ok) for c in result.comparisons] == [
        (True, True),
        (True, False),
        (False, False),
    ]
    assert len(result.false_conflicts) == 1 and len(result.bogus) == 1
    assert len(result.duplicates) == 1
    t = evaluation.totals([result])
    assert t["found"] == round(2 / 3, 3) and t["status"] == round(1 / 3, 3)


def test_regressions_in_both_directions() -> None:
    pinned = {"found": 0.5, "status": 0.5, "false_conflicts": 2, "bogus": 0, "duplicates": 1,
              "max_false_conflicts_per_story": 1}  # fmt: skip
    worse = dict(pinned, found=0.4, bogus=1)
    assert len(evaluation.regressions({"totals": worse}, pinned)) == 2
    assert evaluation.regressions({"totals": dict(pinned, found=0.6)}, pinned) == []


def _story(folder: Path) -> Path:
    story = folder / "one-story"
    (story / "news").mkdir(parents=True)
    texts = {
        "a": "The bridge collapsed on 14 August 2018, killing 35 people.",
        "b": "Il ponte è crollato il 14 agosto 2018: 35 morti.",
    }
    for slug, text in texts.items():
        (story / "news" / f"{slug}.txt").write_text(f"# lang: x\n\n{text}\n", encoding="utf-8")
    reference = {
        "story": "one-story",
        "articles": [
            {"slug": "a", "lang": "en", "published": "2018-08-15"},
            {"slug": "b", "lang": "it", "published": "2018-08-15"},
        ],
        "comparisons": [
            {
                "what": "date",
                "kind": "date",
                "expected": "agree",
                "values": {"a": {"value": "2018-08-14"}, "b": {"value": "2018-08-14"}},
            },
        ],  # fmt: skip
        "not_comparable": [],
    }
    (story / "story.json").write_text(json.dumps(reference), encoding="utf-8")
    return folder


def test_cli_evaluate_diff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _story(tmp_path / "data")
    pinned = tmp_path / "diff.json"
    code = main(["evaluate", "diff", str(folder), "--write-baseline", str(pinned)])
    out = capsys.readouterr().out
    assert code == 0 and "one-story: 1/1 found" in out
    assert json.loads(pinned.read_text(encoding="utf-8"))["found"] == 1.0


def test_cli_evaluate_diff_without_stories(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["evaluate", "diff", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and "no <story>/story.json" in err and err.count("\n") == 1


@pytest.mark.shared
@pytest.mark.skipif(not NEWS_DIFF.is_dir(), reason="../shared/news-diff not available")
def test_diff_scores_do_not_get_worse_than_baseline() -> None:
    pinned = json.loads(BASELINE.read_text(encoding="utf-8"))
    failed = evaluation.regressions(evaluation.evaluate(NEWS_DIFF), pinned)
    assert not failed, "\n".join(failed)


def test_cli_bench_diff_reports_extraction_and_comparison(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # speed is measured by the command, never asserted by a test: only the report's shape
    code = main(["bench", "diff", "--docs", "2"])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("diff of 2 articles") and "comparison" in out
