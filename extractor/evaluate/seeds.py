"""Score records against fact-level gold files (the format of corpus/gold/FORMAT.md).

An extracted entity matches a reference entity when one of its name, aliases or mention texts
equals one of the reference spellings, ignoring case, accents and apostrophes. Recall counts the
non-optional reference entities matched; precision the extracted entities that match some
reference entity; a reference matched by two extracted entities is a split, an extracted entity
matching two references a merge. Dates and durations are compared by value; a time of day
counts as correct when the gold lists its day (the gold lists dates, not times).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..record import Record

__all__ = ["Score", "baseline", "evaluate", "normalise", "render", "score_record"]

_APOSTROPHES = dict.fromkeys(map(ord, "'’‘`´ʼ"), None)


def normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


@dataclass(slots=True)
class Score:
    """Counts for one kind of fact in one or more articles."""

    tp_ref: int = 0  # non-optional references found
    n_ref: int = 0  # non-optional references
    tp_sys: int = 0  # extracted items that match a reference
    n_sys: int = 0  # extracted items
    splits: int = 0
    merges: int = 0
    missing: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.tp_ref / self.n_ref if self.n_ref else 1.0

    @property
    def precision(self) -> float:
        return self.tp_sys / self.n_sys if self.n_sys else 1.0

    def add(self, other: Score) -> None:
        self.tp_ref += other.tp_ref
        self.n_ref += other.n_ref
        self.tp_sys += other.tp_sys
        self.n_sys += other.n_sys
        self.splits += other.splits
        self.merges += other.merges
        self.missing += other.missing
        self.spurious += other.spurious


def _score_entities(extracted: Iterable[Any], reference: list[dict[str, Any]]) -> Score:
    score = Score()
    refs = [{normalise(s) for s in [r["canonical"], *r["surface"]]} | set() for r in reference]
    matched_by: dict[int, int] = {}
    for entity in extracted:
        spellings = {normalise(entity.name), *(normalise(a) for a in entity.aliases)}
        spellings |= {normalise(m.text) for m in entity.mentions}
        hits = [i for i, ref in enumerate(refs) if ref & spellings]
        score.n_sys += 1
        if hits:
            score.tp_sys += 1
        else:
            score.spurious.append(entity.name)
        if len(hits) > 1:
            score.merges += 1
        for i in hits:
            matched_by[i] = matched_by.get(i, 0) + 1
    for i, ref in enumerate(reference):
        count = matched_by.get(i, 0)
        if count > 1:
            score.splits += 1
        if ref.get("optional"):
            continue
        score.n_ref += 1
        if count:
            score.tp_ref += 1
        else:
            score.missing.append(ref["canonical"])
    return score


def _score_values(
    extracted: Iterable[tuple[str, str | None]], reference: list[dict[str, Any]]
) -> Score:
    score = Score()
    gold_values = {r["value"] for r in reference}
    found = set()
    for text, value in extracted:
        score.n_sys += 1
        if value in gold_values:
            score.tp_sys += 1
            found.add(value)
        elif value and "T" in value and value[:10] in gold_values:
            # A time of day refines a day the gold lists ("today at 8:55 a.m."): correct,
            # but it does not stand in for the day itself in recall.
            score.tp_sys += 1
        else:
            score.spurious.append(f"{text}={value}")
    for ref in reference:
        if ref.get("optional"):
            continue
        score.n_ref += 1
        if ref["value"] in found:
            score.tp_ref += 1
        else:
            score.missing.append(f"{ref['surface']}={ref['value']}")
    return score


KINDS = ("people", "places", "organizations", "dates", "durations")


def score_record(record: Record, gold: dict[str, Any]) -> dict[str, Score]:
    scores = {
        kind: _score_entities(getattr(record, kind), gold.get(kind, []))
        for kind in ("people", "places", "organizations")
    }
    scores["dates"] = _score_values(
        ((d.text, d.value) for d in record.dates), gold.get("dates", [])
    )
    scores["durations"] = _score_values(
        ((d.text, d.value) for d in record.durations), gold.get("durations", [])
    )
    published_ok = record.source.published == gold.get("published")
    scores["published"] = Score(
        tp_ref=int(published_ok), n_ref=1, tp_sys=int(published_ok), n_sys=1
    )
    return scores


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
