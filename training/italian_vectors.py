"""Italian word vectors and clusters trained on our own Italian TRAINING text (training time).

    python training/italian_vectors.py [--dims 64] [--min-count 3]

No pretrained Italian vectors or clusters are installable here, so word2vec (gensim, a
training-time dependency only) is trained on the words of the Italian training files listed in
training/convert.py (KIND train splits, WikiNEuRal-it val, I-CAB train, CoNLL en2it silver;
never a test split). Writes

- training/cache/it-vectors/: a blank Italian pipeline holding the vectors, for
  `[initialize] vectors` (`include_static_vectors = true`);
- training/cache/it-w2v-clusters.json: k-means clusters of the normalised vectors at 16, 64
  and 256 clusters (columns w2v16/w2v64/w2v256 for training/lexicon.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


def sentences(data_dir: Path) -> list[list[str]]:
    import convert

    from extractor.evaluate.ner import read_iob

    out: list[list[str]] = []
    seen: set[str] = set()
    for entry in convert.FILES["it"]["train"]:
        name = convert.source_file(entry)
        if name in seen:
            continue
        seen.add(name)
        out.extend(words for words, _ in read_iob(data_dir / "it" / name))
    return out


def kmeans(x: np.ndarray, k: int, iters: int = 20, seed: int = 0) -> np.ndarray:
    """Plain Lloyd k-means on unit vectors (cosine); numpy only, to keep dependencies down."""
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), size=k, replace=False)]
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        labels = np.argmax(x @ centres.T, axis=1)
        for j in range(k):
            members = x[labels == j]
            if len(members):
                c = members.mean(axis=0)
                centres[j] = c / (np.linalg.norm(c) + 1e-9)
    return labels


def build(data_dir: Path, dims: int = 64, min_count: int = 3, epochs: int = 10) -> None:
    import spacy
    from gensim.models import Word2Vec
    from spacy.vectors import Vectors

    sents = sentences(data_dir)
    print(f"{len(sents)} sentences, {sum(map(len, sents))} tokens")
    # Skip-gram: better than CBOW for the rare words (names) NER cares about; one worker and a
    # fixed seed so the run is reproducible on the shared machine.
    w2v = Word2Vec(
        sents, vector_size=dims, window=5, min_count=min_count, sg=1, negative=10,
        epochs=epochs, workers=1, seed=1,
    )  # fmt: skip
    words = list(w2v.wv.index_to_key)
    data = np.asarray(w2v.wv.vectors, dtype=np.float32)
    data /= data.std(axis=0, keepdims=True) + 1e-6
    nlp = spacy.blank("it")
    vectors = Vectors(data=data, keys=None, name="it_w2v_train_text")
    for i, w in enumerate(words):
        vectors.add(w, row=i)
    nlp.vocab.vectors = vectors
    out = CACHE / "it-vectors"
    nlp.to_disk(out)
    unit = data / (np.linalg.norm(data, axis=1, keepdims=True) + 1e-9)
    clusters: dict[str, dict[str, int]] = {}
    for k in (16, 64, 256):
        labels = kmeans(unit, k)
        clusters[f"w2v{k}"] = {w: int(lab) + 1 for w, lab in zip(words, labels, strict=True)}
    (CACHE / "it-w2v-clusters.json").write_text(json.dumps(clusters), encoding="utf-8")
    print(f"{len(words)} words x {dims} dims -> {out}; clusters -> it-w2v-clusters.json")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=Path("/work/shared/data/ner"))
    ap.add_argument("--dims", type=int, default=64)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=10)
    args = ap.parse_args(argv)
    build(args.data_dir, args.dims, args.min_count, args.epochs)


if __name__ == "__main__":
    main()
