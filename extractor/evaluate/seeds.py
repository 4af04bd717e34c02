"""The seeds evaluation: score the seed articles' records against their fact-level gold.

The scoring itself (matching by spellings, splits, merges, dates and durations by value) is in
`extractor.evaluate.facts`, shared with the news evaluation.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import InputError
from .facts import KINDS, Score, normalise, score_record

__all__ = ["Score", "baseline", "evaluate", "normalise", "render", "score_record"]


def evaluate(seeds_dir: Path, gold_dir: Path | None = None) -> dict[str, Any]:
    """Extract every article that has a gold file and score it; totals per kind."""
    from ..api import extract_file

    if gold_dir is None:
        # ../shared/seeds keeps gold/ inside; the project's corpus/ keeps it beside seeds/.
        inside = seeds_dir / "gold"
        gold_dir = inside if inside.is_dir() else seeds_dir.parent / "gold"
    per_article: dict[str, dict[str, Score]] = {}
    languages: dict[str, str] = {}
    totals = {kind: Score() for kind in (*KINDS, "published")}
    gold_paths = sorted(gold_dir.glob("*.json"))
    if not gold_paths:
        # Scores over nothing would print as perfect (1.000 everywhere).
        raise InputError(f"{gold_dir}: no gold files to score against")
    for gold_path in gold_paths:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = seeds_dir / gold.get("file", gold_path.stem + ".txt")
        record = extract_file(article, lang=gold.get("lang"))
        scores = score_record(record, gold)
        per_article[gold_path.stem] = scores
        languages[gold_path.stem] = record.source.language
        for kind, s in scores.items():
            totals[kind].add(s)
    return {"articles": per_article, "totals": totals, "languages": languages}


def baseline(result: dict[str, Any], languages: dict[str, str]) -> dict[str, Any]:
    """Scores per language and kind, in the shape of evaluate/baselines/seeds.json.

    languages maps article stems to language codes."""
    return {
        languages[name]: {
            kind: {
                "precision": round(s.precision, 3),
                "recall": round(s.recall, 3),
                "splits": s.splits,
                "merges": s.merges,
            }
            for kind, s in scores.items()
        }
        for name, scores in result["articles"].items()
    }


def render(result: dict[str, Any]) -> str:
    lines = [f"{'kind':<14} {'precision':>9} {'recall':>7} {'splits':>6} {'merges':>6}"]
    for kind, s in result["totals"].items():
        lines.append(f"{kind:<14} {s.precision:>9.3f} {s.recall:>7.3f} {s.splits:>6} {s.merges:>6}")
    for name, scores in result["articles"].items():
        for kind, s in scores.items():
            if s.missing or s.spurious:
                lines.append(f"{name} {kind}: missing {s.missing} spurious {s.spurious}")
    return "\n".join(lines)
