"""Pin the NER test scores of the shipped models in extractor/evaluate/baselines/ner.json.

    python training/pin_baseline.py [--data-dir /work/shared/data/ner]

Run after shipping new models (their model cards quote the same numbers); a test fails when a
score drops below the pinned one. Test sets are reported, never used to choose anything.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from extractor.evaluate.ner import evaluate  # noqa: E402

BASELINE = ROOT / "extractor" / "evaluate" / "baselines" / "ner.json"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data-dir", type=Path, default=Path("/work/shared/data/ner"))
    args = ap.parse_args(argv)
    rows = evaluate(args.data_dir)
    pinned = {f"{r['lang']}/{r['dataset']}/{r['label']}": round(float(r["f1"]), 3) for r in rows}  # type: ignore[arg-type]
    BASELINE.write_text(json.dumps(pinned, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(pinned, indent=2))


if __name__ == "__main__":
    main()
