"""The lexical-feature layer of the shipped NER (extractor/ner_features.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.training import Example

from extractor.ner_features import key32, lexical_features, lookup


def _tables(path: Path) -> Path:
    def keys(words: list[str]) -> np.ndarray:
        return key32(np.array([hash_string(w) for w in words], dtype=np.uint64))

    lower_words = ["roma", "mario", "."]
    lower_keys = keys(lower_words)
    order = np.argsort(lower_keys)
    lower_vals = np.array([[3, 6], [2, 0], [9, 0]], dtype=np.uint8)  # columns zipf, geo
    orth_keys = keys(["Roma"])
    np.savez(
        path,
        **{
            "lower.keys": lower_keys[order],
            "lower.vals": lower_vals[order],
            "lower.columns": np.array(["zipf", "geo"]),
            "orth.keys": orth_keys,
            "orth.vals": np.array([[0b1011_0110]], dtype=np.uint32),
            "orth.columns": np.array(["cluster"]),
        },
    )
    return path


def test_lookup_hits_and_misses() -> None:
    keys = np.array([3, 7, 9], dtype=np.uint32)
    vals = np.array([[1], [2], [3]], dtype=np.uint8)
    got = lookup(keys, vals, np.array([7, 8, 10, 3], dtype=np.uint32))
    assert got[:, 0].tolist() == [2, 0, 0, 1]


def test_feature_columns(tmp_path: Path) -> None:
    model = lexical_features(["NORM"], ["zipf", "geo", "c4", "c6"])
    model.attrs["tables_path"] = str(_tables(tmp_path / "t.npz"))
    model.initialize()
    doc = Doc(spacy.blank("it").vocab, words=["Roma", "mario", "\n", "xyz"], spaces=[True] * 4)
    feats = model.predict([doc])[0]
    assert feats.shape == (4, 5)
    # Roma: zipf 3, geo 6 (by lower case), cluster low bits 0110 -> 6 + 1, 110110 -> 54 + 1
    assert feats[0, 1:].tolist() == [3, 6, 7, 55]
    assert feats[1, 1:].tolist() == [2, 0, 0, 0]  # 'mario' has no cluster (orth table)
    assert feats[2, 1:].tolist() == [9, 0, 0, 0]  # a line break looks up '.'
    assert feats[3, 1:].tolist() == [0, 0, 0, 0]


def test_missing_column_is_an_error(tmp_path: Path) -> None:
    model = lexical_features(["NORM"], ["zipf", "nope"])
    model.attrs["tables_path"] = str(_tables(tmp_path / "t.npz"))
    with pytest.raises(ValueError, match="nope"):
        model.initialize()


def _config(tables: Path) -> dict[str, object]:
    return {
        "model": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {
                "@architectures": "extractor.LexicalEmbed.v1",
                "width": 16,
                "attrs": ["NORM", "SHAPE"],
                "rows": [100, 50],
                "include_static_vectors": False,
                "lexical": ["zipf", "geo", "c4"],
                "tables": str(tables),
                "lexical_width": 4,
                "lexical_rows": 32,
            },
            "encode": {
                "@architectures": "spacy.MaxoutWindowEncoder.v2",
                "width": 16,
                "depth": 1,
                "window_size": 1,
                "maxout_pieces": 2,
            },
        }
    }


def test_trained_pipeline_carries_its_tables(tmp_path: Path) -> None:
    """Saved and loaded again, the model needs no table file and computes the same vectors."""
    tables = _tables(tmp_path / "t.npz")
    nlp = spacy.blank("it")
    nlp.add_pipe("tok2vec", config=_config(tables))
    ner = nlp.add_pipe(
        "ner",
        config={
            "model": {
                "@architectures": "spacy.TransitionBasedParser.v2",
                "state_type": "ner",
                "hidden_width": 8,
                "maxout_pieces": 2,
                "use_upper": True,
                "tok2vec": {
                    "@architectures": "spacy.Tok2VecListener.v1",
                    "width": 16,
                    "upstream": "*",
                },
            },
            "scorer": {"@scorers": "extractor.ner_scorer_per_loc_org.v1"},
        },
    )
    ner.add_label("LOC")  # type: ignore[attr-defined]
    ner.add_label("MISC")  # type: ignore[attr-defined]
    doc = nlp.make_doc("Mario va a Roma .")
    examples = [Example.from_dict(doc, {"entities": [(11, 15, "LOC")]})]
    nlp.initialize(lambda: examples)
    for _ in range(3):
        nlp.update(examples)
    tables.unlink()  # loading must not need it
    nlp.to_disk(tmp_path / "model")
    again = spacy.load(tmp_path / "model")
    a = nlp.get_pipe("tok2vec").predict([nlp.make_doc("Roma e mario")])[0]  # type: ignore[attr-defined]
    b = again.get_pipe("tok2vec").predict([again.make_doc("Roma e mario")])[0]  # type: ignore[attr-defined]
    assert np.allclose(a, b)
    scores = again.evaluate(examples)
    assert set(scores) >= {"ents_f", "ents_p", "ents_r"}
