"""Numbers for a shipped pipeline's model card: size, load time, speed, dev and test scores.

    python training/measure.py --lang it [--data-dir /work/shared/data/ner]

Speed is measured on one core (BLAS limited to one thread) over the gold-tokenised test files,
so it is the NER's speed, not the tokenizer's. Test sets are for reporting only.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from extractor.evaluate.ner import Counts, evaluate, render, score_file  # noqa: E402
from extractor.ner import load_pipeline, shipped_model_path  # noqa: E402

DEV = {"it": "kind-wikinews-dev.tsv", "en": "conll2003-dev.conllu"}


def load_seconds(lang: str) -> float:
    """Wall-clock seconds to load the pipeline in a fresh interpreter (imports excluded)."""
    code = (
        "import time, spacy; from extractor.ner import load_pipeline; "
        f"t = time.perf_counter(); load_pipeline({lang!r}); print(time.perf_counter() - t)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=HERE.parent
    )
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--lang", required=True)
    ap.add_argument("--data-dir", type=Path, default=Path("/work/shared/data/ner"))
    ap.add_argument("--model", default=None, help="a trained pipeline path (default: shipped)")
    ap.add_argument("--dev-only", action="store_true", help="dev score only (ablations)")
    args = ap.parse_args(argv)
    if args.dev_only:
        nlp = load_pipeline(args.lang, args.model)
        dev_counts, words, seconds = score_file(nlp, args.data_dir / args.lang / DEV[args.lang])
        tot = Counts(*(sum(getattr(c, k) for c in dev_counts.values()) for k in ("tp", "fp", "fn")))
        per = " ".join(f"{lab} {c.prf()[2]:.3f}" for lab, c in dev_counts.items())
        p, r, f = tot.prf()
        print(f"{args.model} dev P {p:.3f} R {r:.3f} F1 {f:.3f} ({per}) {words / seconds:.0f} w/s")
        return
    path = shipped_model_path(args.lang)
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    print(f"size: {size / 1e6:.2f} MB")
    print(f"load time: {min(load_seconds(args.lang) for _ in range(3)):.2f} s")
    nlp = load_pipeline(args.lang)
    counts, words, seconds = score_file(nlp, args.data_dir / args.lang / DEV[args.lang])
    print(f"dev {DEV[args.lang]}: {words} words, {words / seconds:.0f} words/s")
    total = Counts(*(sum(getattr(c, k) for c in counts.values()) for k in ("tp", "fp", "fn")))
    for label, c in [*counts.items(), ("ALL", total)]:
        p, r, f = c.prf()
        print(f"  dev {label}: P {p:.3f} R {r:.3f} F1 {f:.3f} (support {c.tp + c.fn})")
    rows = evaluate(args.data_dir, langs=(args.lang,))
    print(render(rows))
    for row in rows:
        if row["label"] == "ALL":
            print(f"{row['dataset']}: {row['words']} words, {row['words_per_sec']:.0f} words/s")


if __name__ == "__main__":
    main()
