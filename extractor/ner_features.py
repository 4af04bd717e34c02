"""Lexical-knowledge token features for the shipped NER models (spaCy/Thinc layers).

The shipped pipelines' `tok2vec` embeds each token with `extractor.LexicalEmbed.v1`: spaCy's
MultiHashEmbed (hash embeddings of NORM/PREFIX/SUFFIX/SHAPE, optionally static vectors) plus
small embeddings of *lexical columns* looked up in tables built at training time
(`training/lexicon.py`): word-frequency bins (wordfreq), capitalisation profile, gazetteer
membership (GeoNames places, given names and surnames, organisation-name words) and Brown-cluster
path prefixes. The model learns how much to trust each one.

Why a layer of our own rather than spaCy's: MultiHashEmbed can only embed token attributes that
`Doc.to_array` returns, and none of these is one (CLUSTER even raises E983 in spaCy 3.8). The
tables are Thinc attrs of the feature extractor, so they are saved inside the model (`tok2vec/
model`) and the shipped pipeline needs no file, download or extra dependency at load time:
importing this module (which `extractor.ner.load_pipeline` does before `spacy.load`) registers
the architecture.

Lookups are vectorised: a table is a sorted array of (32-bit) spaCy string hashes of the token's
lower-cased or exact text with a row of small integers per key, so a doc's columns cost one
`numpy.searchsorted` per table, not a Python loop over tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

import numpy as np
from spacy.attrs import IS_SPACE, LOWER, ORTH, intify_attr
from spacy.ml.staticvectors import StaticVectors
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (
    HashEmbed,
    Maxout,
    Model,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
)
from thinc.types import Floats2d, Ints2d, Ragged

__all__ = ["TABLE_KEYS", "key32", "lexical_embed", "lexical_features", "lookup"]

# Tables by the token string they are keyed by: "lower" (case-folded, as the frequency lists
# and gazetteers are) or "orth" (exact: Brown clusters tell 'Apple' from 'apple').
TABLE_KEYS = ("lower", "orth")

# Columns derived from another column by keeping the low bits: Brown-cluster path prefixes
# (spaCy's cluster ids keep the path's first bits in the LOW bits). One key array serves all.
DERIVED: dict[str, tuple[str, int]] = {
    "c4": ("cluster", 4),
    "c6": ("cluster", 6),
    "c10": ("cluster", 10),
    "c16": ("cluster", 16),
}

_DOT = hash_string(".")


def key32(hashes: np.ndarray) -> np.ndarray:
    """The low 32 bits of spaCy's 64-bit string hashes: half the table size, and with ~10^6 keys
    a word outside a table is mistaken for one inside with probability ~2e-4."""
    return (np.asarray(hashes, dtype=np.uint64) & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def lookup(keys: np.ndarray, values: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Rows of `values` where keys[i] == q for each q in `query`, else 0 (`keys` sorted)."""
    shape = (len(query), *values.shape[1:])
    if len(keys) == 0:
        return np.zeros(shape, dtype=values.dtype)
    idx = np.searchsorted(keys, query)
    idx[idx >= len(keys)] = 0
    hit = keys[idx] == query
    out = values[idx]
    out[~hit] = 0
    return out


def column_source(name: str) -> tuple[str, int]:
    """(stored column, low-bit mask width or 0) for a lexical column name."""
    return DERIVED.get(name, (name, 0))


def lexical_features(
    attrs: Sequence[str | int], columns: Sequence[str]
) -> Model[list[Doc], list[Ints2d]]:
    """`spacy.ml.FeatureExtractor(attrs)` plus one column per lexical column in `columns`.

    The tables are set by `init` from the `.npz` file in `attrs["tables_path"]` (training time
    only) and then travel with the serialised model.
    """
    attr_ids = [intify_attr(a) if isinstance(a, str) else a for a in attrs]
    return Model(
        "extract_lexical_features",
        _features_forward,
        init=_init_features,
        attrs={
            "columns": list(attr_ids),
            "lexical": list(columns),
            # Filled by init (or by from_bytes when a trained model is loaded).
            "tables": None,
            "tables_path": None,
        },
    )


def _features_forward(
    model: Model[list[Doc], list[Ints2d]], docs: list[Doc], is_train: bool
) -> tuple[list[Ints2d], Callable[[Any], list[Any]]]:
    columns: list[int] = model.attrs["columns"]
    lexical: list[str] = model.attrs["lexical"]
    tables: dict[str, dict[str, Any]] | None = model.attrs["tables"]
    if lexical and tables is None:
        raise ValueError("extractor.LexicalEmbed: lexical tables not initialised")
    n_attr = len(columns)
    extra = [LOWER, ORTH, IS_SPACE]
    out: list[Ints2d] = []
    for doc in docs:
        arr = doc.to_array([*columns, *extra]).astype(np.uint64)
        if arr.ndim == 1:
            arr = arr.reshape((-1, len(columns) + len(extra)))
        feats = np.zeros((arr.shape[0], n_attr + len(lexical)), dtype=np.uint64)
        feats[:, :n_attr] = arr[:, :n_attr]
        if lexical:
            assert tables is not None
            space = arr[:, n_attr + 2] != 0
            found: dict[str, np.ndarray] = {}
            for j, key_type in enumerate(TABLE_KEYS):
                table = tables.get(key_type)
                if table is None:
                    continue
                # Line breaks get a full stop's features, as extractor_whitespace does.
                query = key32(np.where(space, np.uint64(_DOT), arr[:, n_attr + j]))
                vals = lookup(table["keys"], table["vals"], query)
                for c, name in enumerate(table["columns"]):
                    found[name] = vals[:, c]
            for j, name in enumerate(lexical):
                source, bits = column_source(name)
                col = found[source].astype(np.uint64)
                if bits:
                    col = np.where(col > 0, (col & np.uint64((1 << bits) - 1)) + 1, 0)
                feats[:, n_attr + j] = col
        out.append(model.ops.asarray2i(feats, dtype="uint64"))  # type: ignore[arg-type]
    return out, lambda d_features: []


def _init_features(model: Model[list[Doc], list[Ints2d]], X: Any = None, Y: Any = None) -> None:
    path = model.attrs.get("tables_path")
    lexical: list[str] = model.attrs["lexical"]
    if not lexical or model.attrs.get("tables") is not None:
        return
    if not path:
        raise ValueError("extractor.LexicalEmbed: `tables` path needed to initialise")
    needed = {column_source(name)[0] for name in lexical}
    tables: dict[str, dict[str, Any]] = {}
    with np.load(Path(path), allow_pickle=False) as npz:
        for key_type in TABLE_KEYS:
            if f"{key_type}.keys" not in npz.files:
                continue
            names = [str(n) for n in npz[f"{key_type}.columns"]]
            use = [i for i, n in enumerate(names) if n in needed]
            if not use:
                continue
            vals = npz[f"{key_type}.vals"][:, use]
            keys = npz[f"{key_type}.keys"]
            # Only keys with a value in a column this model uses: the shipped model carries
            # just what it needs.
            keep = vals.any(axis=1)
            tables[key_type] = {
                "columns": [names[i] for i in use],
                "keys": np.ascontiguousarray(keys[keep]),
                "vals": np.ascontiguousarray(vals[keep]),
            }
    have = {n for t in tables.values() for n in t["columns"]}
    missing = sorted(needed - have)
    if missing:
        raise ValueError(f"extractor.LexicalEmbed: {path} has no column {missing}")
    model.attrs["tables"] = tables


@registry.architectures("extractor.LexicalEmbed.v1")
def lexical_embed(
    width: int,
    attrs: list[str],
    rows: list[int],
    include_static_vectors: bool,
    lexical: list[str],
    tables: str | None,
    lexical_width: int = 16,
    lexical_rows: int = 512,
) -> Model[list[Doc], list[Floats2d]]:
    """MultiHashEmbed.v2 (same layers, same seeds) with `lexical` table columns added.

    Each lexical column is a small HashEmbed (`lexical_rows` x `lexical_width`); its values are
    small category ids (a frequency bin, a gazetteer class, a cluster prefix id), so the 4-way
    hashing of HashEmbed rarely collides. `tables` is the `.npz` from `training/lexicon.py`, read
    only when the model is initialised for training; loading a trained model never opens it.
    """
    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    features = lexical_features(attrs, lexical)
    features.attrs["tables_path"] = tables
    seed = 7
    embeddings: list[Model[Ints2d, Floats2d]] = []
    for i in range(len(attrs)):
        seed += 1
        embeddings.append(HashEmbed(width, rows[i], column=i, seed=seed, dropout=0.0))
    for j in range(len(lexical)):
        embeddings.append(
            HashEmbed(lexical_width, lexical_rows, column=len(attrs) + j, seed=101 + j, dropout=0.0)
        )
    concat_size = width * (len(attrs) + include_static_vectors) + lexical_width * len(lexical)
    max_out: Model[Ragged, Ragged] = with_array(
        Maxout(width, concat_size, nP=3, dropout=0.0, normalize=True)
    )
    embedded: Model[list[Doc], Ragged] = chain(
        features,
        cast(Model[list[Ints2d], Ragged], list2ragged()),
        with_array(concatenate(*embeddings)),
    )
    if include_static_vectors:
        embedded = concatenate(embedded, StaticVectors(width, dropout=0.0))
    return cast(
        Model[list[Doc], list[Floats2d]],
        chain(embedded, max_out, ragged2list()),
    )


@registry.scorers("extractor.ner_scorer_per_loc_org.v1")
def make_ner_scorer(
    labels: list[str] = ["PER", "LOC", "ORG"],  # noqa: B006 (config default, never mutated)
) -> Callable[..., dict[str, Any]]:
    """spaCy's NER scorer, with the micro-averaged ents_p/r/f over `labels` only.

    The models also learn MISC, which extractor drops: model selection on dev should measure
    what extractor keeps, as `extractor evaluate ner` does. Per-type scores still list MISC.
    """
    from spacy.scorer import PRFScore, get_ner_prf

    keep = set(labels)

    def score(examples: Any, **kwargs: Any) -> dict[str, Any]:
        scores = get_ner_prf(examples, **kwargs)
        per_type = scores.get("ents_per_type") or {}
        # get_ner_prf only returns p/r/f per type; recount tp/fp/fn for the kept labels.
        total = PRFScore()
        for eg in examples:
            if not eg.y.has_annotation("ENT_IOB"):
                continue
            golds = {(e.label_, e.start, e.end) for e in eg.y.ents if e.label_ in keep}
            align = eg.alignment.x2y
            for ent in eg.x.ents:
                if ent.label_ not in keep:
                    continue
                idx = align[ent.start : ent.end]
                if not len(idx):
                    continue
                span = eg.y[idx[0] : idx[-1] + 1]
                if any(t.ent_iob == 0 for t in span):
                    continue
                key = (ent.label_, idx[0], idx[-1] + 1)
                if key in golds:
                    total.tp += 1
                    golds.remove(key)
                else:
                    total.fp += 1
            total.fn += len(golds)
        return {
            "ents_p": total.precision,
            "ents_r": total.recall,
            "ents_f": total.fscore,
            "ents_per_type": per_type,
        }

    return score
